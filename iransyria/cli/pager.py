"""Long output on a terminal goes through a pager, as git does; a closed pipe ends quietly.

When stdout is a terminal, a command's output is collected (:func:`paged`)
and, if it is taller than the terminal, handed to the pager: ``$IRANSYRIA_PAGER``,
else ``$PAGER``, else ``less`` (with ``LESS=FRX`` unless ``LESS`` is set, so
colours pass through and a short page exits at once). ``--no-pager``, or
``IRANSYRIA_PAGER=cat``, prints straight to the terminal. Output to a pipe or a
file is never paged. While output is collected, :func:`terminal_size` tells
the renderer the real terminal's size, so tables still fit it and keep colour.

:func:`quiet_broken_pipe` is how a closed pipe ends (``show claims | head -1``):
stdout is pointed at ``/dev/null`` so nothing more is written, nothing is
printed, and the command exits 0, as ``git log | head -1`` does.
"""

from __future__ import annotations

import contextlib
import io
import os
import sys
from collections.abc import Iterator
from typing import TextIO

__all__ = ["disable", "paged", "quiet_broken_pipe", "quieted", "terminal_size"]

_size: os.terminal_size | None = None
_disabled = False
_quieted = False


def disable(value: bool = True) -> None:
    """Print straight to the terminal (``--no-pager``)."""
    global _disabled
    _disabled = value


def terminal_size() -> os.terminal_size | None:
    """The terminal's size while output is being collected for the pager, else None."""
    return _size


def quieted() -> bool:
    """Whether a command met a closed pipe and chose its own exit code (:func:`quiet_broken_pipe`)."""
    return _quieted


def _pager_command() -> str | None:
    command = os.environ.get("IRANSYRIA_PAGER", os.environ.get("PAGER", "less")).strip()
    return None if command in ("", "cat") else command


@contextlib.contextmanager
def paged() -> Iterator[None]:
    """Collect what is written to stdout and page it if it is taller than the terminal."""
    global _size
    if _size is not None or _disabled or not sys.stdout.isatty() or _pager_command() is None:
        yield
        return
    import shutil

    real = sys.stdout
    _size = shutil.get_terminal_size()
    collected = io.StringIO()
    sys.stdout = collected
    try:
        yield
    finally:
        sys.stdout = real
        height, _size = _size.lines, None
        _show(collected.getvalue(), real, height)


def _show(text: str, stream: TextIO, height: int) -> None:
    command = _pager_command()
    if not text:
        return
    if command is None or text.count("\n") < height:
        stream.write(text)
        stream.flush()
        return
    import subprocess

    env = dict(os.environ)
    env.setdefault("LESS", "FRX")
    try:
        pager = subprocess.Popen(command, shell=True, stdin=subprocess.PIPE, env=env)
    except OSError:
        stream.write(text)
        return
    assert pager.stdin is not None
    with contextlib.suppress(BrokenPipeError):  # the reader quit the pager early
        pager.stdin.write(text.encode("utf-8"))
        pager.stdin.close()
    while True:
        try:
            pager.wait()
            return
        except KeyboardInterrupt:  # the pager handles ^C itself; wait for it to exit
            continue


def quiet_broken_pipe() -> None:
    """Stop writing to a stdout whose reader has gone: point it at /dev/null, silently."""
    global _quieted
    _quieted = True
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
