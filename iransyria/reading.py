"""Reading untrusted input: regular files only, a size cap, and JSON that means one thing.

:func:`read_input` takes bytes only from a regular file, and at most
:data:`MAX_INPUT_BYTES` of them: ``/dev/zero`` would fill memory, a FIFO
with no writer would wait for ever, a folder is a mistake. Each is refused
with a one-line reason naming the file.

:func:`parse_json` is orjson's parse plus two checks orjson cannot make. A
key given twice in one object (``"standing": "refuted", "standing":
"accepted"``) would silently keep the last value, so :func:`check_duplicate_keys`
compares, at C speed, the keys in the text with the keys in the parsed
tree, and only when they differ parses again with the standard library to
name each duplicate's path. An integer wider than 64 bits would come back
from orjson as an inexact float, so such text is parsed exactly the same
way, and the converter then says what it found.

A faster decoder may replace orjson under :func:`parse_json`; these checks
take the raw bytes and the parsed tree, so they stay with whatever parses.
"""

from __future__ import annotations

import json
import os
import re
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

import orjson

from iransyria.display import cut, safe_text
from iransyria.errors import DataError
from iransyria.models import is_bare_file_name

__all__ = [
    "MAX_ARTICLE_BYTES",
    "MAX_INPUT_BYTES",
    "Unreadable",
    "article_path",
    "check_duplicate_keys",
    "describe_size",
    "parse_json",
    "read_input",
    "read_regular",
    "read_stream",
]

#: The largest input read, in bytes: ample for any real dataset, far short of exhausting memory.
MAX_INPUT_BYTES = 256 * 1024 * 1024

#: The largest article file read (``locate``, ``new-source``, ``show source --text``): a news
#: article is some kilobytes; this is a thousand times that.
MAX_ARTICLE_BYTES = 4 * 1024 * 1024

_CHUNK = 1024 * 1024

# One JSON string token, escapes included (the unrolled form is linear and fast in `re`).
_STRING = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*"')
# One pass of bytes.translate (C speed) makes the text the checks below scan: whitespace between
# tokens deleted (a key's closing quote then sits right before its colon), digits made '0', and
# '{' and '[' made ',' (they play one part here: what may come before a string).
_WHITESPACE = b" \t\r\n"
_COMPACT = bytes.maketrans(b"123456789{[", b"000000000,,")
# In valid JSON a quote inside a string is escaped, so in the compact text a '":' closes a key,
# unless the quote is escaped ('\\":') or opens a string that starts with a colon (after ',',
# ':' or at the start). Text with any of those takes the exact, slower count.
_AMBIGUOUS = (b'\\":', b',":', b':":')
# A number orjson may not keep exactly has 19 digits or more (2**63 has 19): a run of '0' just
# after ':' or ',' (inside a string it only sends the document down the exact path).
_LONG_RUN = b"0" * 19
_WIDE = (b":" + _LONG_RUN, b":-" + _LONG_RUN, b"," + _LONG_RUN, b",-" + _LONG_RUN)
_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*", re.ASCII)


def describe_size(size: int) -> str:
    """A byte count in words: '512 bytes', '10.0 MB'."""
    if size < 1000:
        return f"{size} byte{'' if size == 1 else 's'}"
    for unit, scale in (("GB", 10**9), ("MB", 10**6), ("kB", 10**3)):
        if size >= scale:
            return f"{size / scale:.1f} {unit}"
    raise AssertionError("unreachable")


def _kind_of(mode: int) -> str:
    kinds = (
        (stat.S_ISDIR, "a folder"),
        (stat.S_ISFIFO, "a named pipe (FIFO)"),
        (stat.S_ISCHR, "a character device"),
        (stat.S_ISBLK, "a block device"),
        (stat.S_ISSOCK, "a socket"),
    )
    for test, name in kinds:
        if test(mode):
            return name
    return "not a regular file"


def _too_large(limit: int) -> str:
    return f"larger than the {describe_size(limit)} limit for input"


class Unreadable(Exception):
    """Why a file was not read: ``reason`` completes '<file> …' ('is a folder, not a regular file')."""

    def __init__(self, reason: str, *, missing: bool = False) -> None:
        super().__init__(reason)
        self.reason = reason
        self.missing = missing


def read_regular(path: str | os.PathLike[str], *, max_bytes: int = MAX_INPUT_BYTES) -> bytes:
    """The bytes of the regular file at ``path``, at most ``max_bytes``; :class:`Unreadable` otherwise.

    A folder, a FIFO, a device or a socket is refused without being read
    (stat first, so a device is not even opened; fstat after opening, so a
    file swapped in between is refused too), and opening never waits.
    """
    try:
        if not stat.S_ISREG(mode := os.stat(path).st_mode):
            raise Unreadable(f"is {_kind_of(mode)}, not a regular file")
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError as exc:
        raise Unreadable(f"cannot read: {exc.strerror}", missing=True) from None
    except OSError as exc:
        raise Unreadable(f"cannot read: {exc.strerror or exc}") from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise Unreadable(f"is {_kind_of(info.st_mode)}, not a regular file")
        if info.st_size > max_bytes:
            raise Unreadable(_too_large(max_bytes))
        with os.fdopen(fd, "rb", closefd=False) as stream:
            chunks: list[bytes] = []
            size = 0
            while chunk := stream.read(min(_CHUNK, max_bytes + 1 - size)):
                chunks.append(chunk)
                size += len(chunk)
                if size > max_bytes:  # it grew while being read
                    raise Unreadable(_too_large(max_bytes))
            return b"".join(chunks)
    except OSError as exc:
        raise Unreadable(f"cannot read: {exc.strerror or exc}") from None
    finally:
        os.close(fd)


def read_input(path: str | os.PathLike[str], *, max_bytes: int = MAX_INPUT_BYTES) -> bytes:
    """The bytes of the regular file at ``path``, at most ``max_bytes`` of them.

    Raises :class:`DataError` (one line, starting with the file name) for a
    missing or unreadable file, a folder, a FIFO, a device or a socket, and
    for a file larger than ``max_bytes`` (see :func:`read_regular`).
    """
    if not isinstance(path, (str, os.PathLike)):
        raise TypeError(f"expected the path of a dataset JSON file, found {type(path).__name__}")
    try:
        return read_regular(path, max_bytes=max_bytes)
    except Unreadable as exc:
        raise DataError([f"{safe_text(os.fspath(path))}: {exc.reason}"]) from None


def article_path(folder: Path, name: str) -> Path:
    """The file ``name`` inside ``folder``; :class:`Unreadable` if it is not a bare name or resolves outside.

    ``Source.file`` is joined to the articles folder: ``../secret.txt``, an
    absolute path or a symlink leading out would let the evidence rules
    report the hash of, and test strings against, any readable file.
    """
    if not is_bare_file_name(name):
        raise Unreadable(f"is not a bare file name inside {safe_text(str(folder))}")
    path = folder / name
    if not path.resolve().is_relative_to(folder.resolve()):
        raise Unreadable(f"resolves outside {safe_text(str(folder))}")
    return path


def read_stream(stream: IO[bytes], name: str, *, max_bytes: int = MAX_INPUT_BYTES) -> bytes:
    """All of ``stream`` (standard input, an opened file), refusing more than ``max_bytes``."""
    chunks: list[bytes] = []
    size = 0
    while chunk := stream.read(min(_CHUNK, max_bytes + 1 - size)):
        chunks.append(chunk)
        size += len(chunk)
        if size > max_bytes:
            raise DataError([f"{safe_text(name)}: {_too_large(max_bytes)}"])
    return b"".join(chunks)


# --------------------------------------------------------------------------- JSON


def _outside_strings(raw: bytes) -> bytes:
    """The JSON text with every string token removed: what remains is structure and numbers."""
    return _STRING.sub(b"", raw)


def _compact(raw: bytes) -> bytes:
    return raw.translate(_COMPACT, _WHITESPACE)


def _key_count(raw: bytes, compact: bytes | None = None) -> int:
    """The number of object keys in valid JSON text ``raw``, counted at C speed.

    Every key is a string followed by a colon, and inside strings quotes are
    escaped: so the keys are the '":' pairs of the compact text, unless an
    escaped quote meets a colon or a string starts with one (then the colons
    left once the strings are removed: exact, and slower).
    """
    compact = _compact(raw) if compact is None else compact
    if compact.startswith(b'":') or any(mark in compact for mark in _AMBIGUOUS):
        return _outside_strings(raw).count(b":")
    return compact.count(b'":')


def _has_wide_number(compact: bytes) -> bool:
    """Whether the compact text may hold a number of 19 digits or more (orjson would round it)."""
    if _LONG_RUN not in compact:
        return False
    return compact.lstrip(b"-").startswith(_LONG_RUN) or any(mark in compact for mark in _WIDE)


def check_duplicate_keys(raw: bytes, parsed: Any) -> None:
    """Raise :class:`DataError` naming each key given twice in one object of ``raw``.

    ``parsed`` is what a parser made of ``raw`` (keeping one value per key).
    The keys in the text are counted from its '":' pairs (see
    :func:`_key_count`); the keys in the tree by serializing it again and
    counting the same way; both at C speed. Only when the counts differ is
    the text parsed again, slowly, to find the paths.
    """
    _check_keys(raw, _compact(raw), parsed)


def _check_keys(raw: bytes, compact: bytes, parsed: Any) -> None:
    if _key_count(raw, compact) != _key_count(_redump(parsed)):
        _exact(raw)


#: The deepest nesting read: what orjson writes back (a dataset has fewer than 10 levels).
MAX_DEPTH = 254
_TOO_DEEP = "(top level): nested too deeply to be a dataset"


def _check_depth(tree: Any) -> None:
    """Refuse a tree nested deeper than :data:`MAX_DEPTH`, as the orjson path refuses it.

    The exact path (a number wider than 64 bits) parses with the standard
    library, which reads far deeper: without this, 900 levels of ``meta``
    were refused, and the same with one 20-digit integer added accepted.
    """
    stack: list[tuple[Any, int]] = [(tree, 1)]
    while stack:
        node, depth = stack.pop()
        if isinstance(node, (dict, list)):
            if depth > MAX_DEPTH:
                raise DataError([_TOO_DEEP])
            stack.extend((child, depth + 1) for child in (node.values() if isinstance(node, dict) else node))


def _redump(parsed: Any) -> bytes:
    try:
        return orjson.dumps(parsed)
    except orjson.JSONEncodeError:
        # orjson writes at most 254 levels of nesting; a dataset has fewer than 10.
        raise DataError([_TOO_DEEP]) from None


class _Duplicated(dict[str, Any]):
    """An object in which some key was given more than once (only on the slow path)."""

    duplicates: list[str]


def _pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) == len(pairs):
        return result
    marked = _Duplicated(pairs)
    seen: set[str] = set()
    marked.duplicates = []
    for key, _ in pairs:
        if key in seen and key not in marked.duplicates:
            marked.duplicates.append(key)
        seen.add(key)
    return marked


def _step(path: str, key: str | int) -> str:
    if isinstance(key, int):
        return f"{path}[{key}]"
    if _NAME.fullmatch(key):
        return f"{path}.{key}" if path else key
    return f"{path}[{safe_text(cut(key))}]"


def _duplicate_lines(tree: Any) -> Iterator[str]:
    stack: list[tuple[str, Any]] = [("", tree)]
    while stack:
        path, node = stack.pop()
        if isinstance(node, _Duplicated):
            for key in node.duplicates:
                yield f"{path or '(top level)'}: duplicate key {safe_text(cut(key))}"
        if isinstance(node, dict):
            children: list[tuple[str | int, Any]] = list(node.items())
        elif isinstance(node, list):
            children = list(enumerate(node))
        else:
            continue
        stack.extend((_step(path, key), child) for key, child in reversed(children))


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")


def _exact(raw: bytes) -> Any:
    """Parse ``raw`` with the standard library: integers exact, duplicate keys reported by path."""
    try:
        tree = json.loads(raw, object_pairs_hook=_pairs, parse_constant=_reject_constant)
    except (ValueError, RecursionError) as exc:
        raise DataError([f"(top level): not valid JSON: {safe_text(str(exc))}"]) from None
    duplicates = list(_duplicate_lines(tree))
    if duplicates:
        raise DataError(duplicates)
    _check_depth(tree)
    return tree


def parse_json(data: bytes | str) -> Any:
    """The JSON value of ``data``; :class:`DataError` when it is not JSON or gives a key twice.

    Integers wider than 64 bits come back exact (as Python ints) for the
    converter to judge, not as orjson's rounded floats.
    """
    try:
        parsed = orjson.loads(data)
    except orjson.JSONDecodeError as exc:
        raise DataError([f"(top level): not valid JSON: {safe_text(str(exc))}"]) from None
    raw = data.encode() if isinstance(data, str) else bytes(data)
    compact = _compact(raw)
    if _has_wide_number(compact):
        return _exact(raw)
    _check_keys(raw, compact, parsed)
    return parsed
