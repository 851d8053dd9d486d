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
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from pathlib import Path

__all__ = ["write_atomic"]


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


def write_atomic(path: str | os.PathLike[str], data: bytes) -> None:
    """Write ``data`` to ``path`` so that the file is whole or untouched.

    Raises ``OSError`` when the folder cannot be written or the target is a
    directory; the target is then unchanged and no temporary file is left.
    """
    target = Path(path)
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
    mode = stat.S_IMODE(info.st_mode) if info is not None else _umask_mode()
    folder = target.parent
    fd, temporary = tempfile.mkstemp(dir=folder, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, mode)
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
        raise
    _fsync_folder(folder)
