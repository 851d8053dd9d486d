"""One safe way to write a file: all or nothing, never through a planted name.

Every command and API call that writes a file goes through :func:`write_atomic`.
The bytes go to a temporary file created with an unpredictable name in the
target's own folder (``mkstemp`` opens it with ``O_EXCL``, so a symlink planted
beside the target is never followed), are flushed and fsynced, take the
target's permission bits, and only then replace the target in one rename. A
reader sees the old file or the new one, never half of either; two concurrent
writers each leave a whole file.

A target that is not a regular file is written through, not replaced: a
symlink keeps pointing where it pointed (the file it resolves to is replaced),
and a FIFO, a terminal or ``/dev/stdout`` receives the bytes as a stream.

A target the user may not write (a read-only file) is refused, as ``cp``
refuses it, unless ``force`` is given: the rename would otherwise replace
it silently. With ``exclusive`` the target must not exist at all (not even
as a dangling symlink): the whole file is linked into place under its name
in one step that fails if the name is taken, so of two writers racing for
one name exactly one succeeds.

A folder of files (the CSV export) is written whole by :func:`write_folder`.

A temporary file or folder is ``.NAME.<random>.tmp``. One left behind by a process
killed mid-write is removed by the next write of the same target once it is
:data:`STALE_AFTER` seconds old (a younger one may be another writer's, at
work).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import stat
import tempfile
import time
from collections.abc import Mapping
from pathlib import Path

__all__ = ["STALE_AFTER", "temporaries", "write_atomic", "write_folder"]

#: How old (seconds since last written) a temporary of ours must be to count as left behind.
STALE_AFTER = 3600


def _umask_mode() -> int:
    # The mode a new file gets from open(): 0o666 less the process umask.
    # Reading the umask means setting it; set it straight back.
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


def _fsync_folder(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # some file systems cannot sync a directory; the rename still stands
    finally:
        os.close(fd)


def _read_only(path: Path, mode: int) -> bool:
    """Whether the user may not write ``path``, or it is marked read-only (no write bit: root too is told)."""
    return not mode & 0o222 or not os.access(path, os.W_OK)


def temporaries(target: Path) -> list[Path]:
    """The temporary files :func:`write_atomic` makes for ``target`` that are there now: ``.NAME.*.tmp``."""
    prefix = f".{target.name}."
    try:
        names = os.listdir(target.parent)
    except OSError:
        return []
    return [target.parent / name for name in names if name.startswith(prefix) and name.endswith(".tmp")]


def _clean_stale(target: Path) -> None:
    """Remove the temporaries a killed writer left for ``target`` (files or folders, older than STALE_AFTER)."""
    now = time.time()
    for temporary in temporaries(target):
        with contextlib.suppress(OSError):
            info = temporary.lstat()
            if now - info.st_mtime <= STALE_AFTER:
                continue
            if stat.S_ISREG(info.st_mode):
                temporary.unlink()
            elif stat.S_ISDIR(info.st_mode):
                shutil.rmtree(temporary)


def _as_given(error: OSError, path: str | os.PathLike[str]) -> OSError:
    """``error`` naming the path the user gave, not the temporary or the file a symlink leads to."""
    given = os.fspath(path)
    if error.filename == given or error.errno is None:
        return error
    return type(error)(error.errno, error.strerror or str(error), given)


def write_atomic(
    path: str | os.PathLike[str], data: bytes, *, force: bool = False, exclusive: bool = False
) -> None:
    """Write ``data`` to ``path`` so that the file is whole or untouched.

    Raises ``OSError`` naming ``path`` (never the temporary, nor where a
    symlink leads: ``/dev/full``) when the folder cannot be written or the
    target is a directory, ``PermissionError`` when the target is a file the
    user may not write (unless ``force``), and ``FileExistsError`` when
    ``exclusive`` and the name is taken; the target is then unchanged and no
    temporary file is left.
    """
    try:
        _write_atomic(path, data, force=force, exclusive=exclusive)
    except OSError as error:
        raise _as_given(error, path) from None


def _write_atomic(path: str | os.PathLike[str], data: bytes, *, force: bool, exclusive: bool) -> None:
    """:func:`write_atomic`, its errors as they come."""
    target = Path(path)
    if exclusive:
        _write_new(target, data)
        return
    if target.is_symlink():
        target = Path(os.path.realpath(target))
    try:
        info = target.stat()
    except FileNotFoundError:
        info = None
    if info is not None and stat.S_ISDIR(info.st_mode):
        raise IsADirectoryError(21, "is a directory", str(path))
    if info is not None and not stat.S_ISREG(info.st_mode):
        # A FIFO, a terminal, /dev/stdout: a stream to write into, not a file to replace.
        with open(target, "wb") as stream:
            stream.write(data)
        return
    if info is not None and not force and _read_only(target, info.st_mode):
        raise PermissionError(13, "Permission denied (a read-only file; --force replaces it)", str(path))
    mode = stat.S_IMODE(info.st_mode) if info is not None else _umask_mode()
    temporary = _temporary_beside(target, data, mode)
    try:
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
        raise
    _fsync_folder(target.parent)


def _write_new(target: Path, data: bytes) -> None:
    """Write a file that must not exist yet: whole, under its name in one step that fails if it is taken."""
    if os.path.lexists(target):
        raise FileExistsError(17, "File exists", str(target))
    temporary = _temporary_beside(target, data, _umask_mode())
    try:
        # link() fails with EEXIST if the name exists by now, even as a dangling symlink: never replaces.
        os.link(temporary, target)
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
    _fsync_folder(target.parent)


def _temporary_beside(target: Path, data: bytes, mode: int) -> str:
    """A new temporary file beside ``target`` (``.NAME.<random>.tmp``) holding ``data``, synced, with ``mode``.

    Stale temporaries of ours beside it are cleaned first; if writing fails, the new one is removed.
    """
    _clean_stale(target)
    fd, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, mode)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
        raise
    return temporary


def write_folder(path: str | os.PathLike[str], files: Mapping[str, bytes], *, force: bool = False) -> None:
    """Write ``files`` (by name) as the folder ``path``, as a whole (see :func:`_write_folder`); errors name ``path``."""
    try:
        _write_folder(path, files, force=force)
    except OSError as error:
        raise _as_given(
            error, error.filename if error.filename and Path(error.filename).parent == Path(path) else path
        ) from None


def _write_folder(path: str | os.PathLike[str], files: Mapping[str, bytes], *, force: bool = False) -> None:
    """Write ``files`` (by name) as the folder ``path``, as a whole: the old tables or the new, never a mix.

    The files are written into a temporary folder beside it (``.NAME.<random>.tmp``),
    which then takes the folder's place by rename; files of the old folder the
    export does not write (a README of yours) are linked into the new one first,
    so nothing is lost. A table the user may not write is refused unless
    ``force``, as :func:`write_atomic` refuses a file. A write that fails
    part-way leaves the old folder as it was and no temporary behind.
    """
    target = Path(path)
    if target.is_symlink():
        target = Path(os.path.realpath(target))
    if target.exists() and not target.is_dir():
        raise NotADirectoryError(20, "Not a directory", str(path))
    old = sorted(target.iterdir()) if target.is_dir() else []
    for entry in old:
        if entry.name in files and not force and _read_only(entry, entry.stat().st_mode):
            raise PermissionError(13, "Permission denied (a read-only file; --force replaces it)", str(entry))
        if entry.name not in files and (entry.is_symlink() or not entry.is_file()):
            raise IsADirectoryError(21, "holds a folder or a link the export would not keep", str(entry))
    target.parent.mkdir(parents=True, exist_ok=True)
    _clean_stale(target)
    staging = Path(tempfile.mkdtemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp"))
    retired: Path | None = None
    try:
        os.chmod(staging, stat.S_IMODE(target.stat().st_mode) if old else 0o777 & ~_umask_mode_folder())
        for name, data in files.items():
            write_atomic(staging / name, data)
        for entry in old:
            if entry.name not in files:
                os.link(entry, staging / entry.name)
        if old or target.is_dir():
            retired = Path(tempfile.mkdtemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp"))
            os.rmdir(retired)
            os.rename(target, retired)
        os.rename(staging, target)
    except BaseException:
        if retired is not None and not target.exists():
            os.rename(retired, target)  # put the old folder back
            retired = None
        shutil.rmtree(staging, ignore_errors=True)
        raise
    finally:
        if retired is not None:
            shutil.rmtree(retired, ignore_errors=True)
    _fsync_folder(target.parent)


def _umask_mode_folder() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
