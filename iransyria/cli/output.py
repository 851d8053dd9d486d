"""Where text leaves the program: every character a command writes, to stdout or stderr, goes out here.

Data may hold escape sequences (OSC 52 writes the terminal's clipboard,
OSC 8 makes links, ``ESC[2J`` clears the screen, ``\\r`` and ``\\b`` overwrite
what was shown, bidirectional overrides and U+061C reorder a line), and so
may arguments, file names and the messages of libraries. So no command
writes itself: human text goes out through :func:`say` (escaped by
:func:`iransyria.display.safe_text`, and on stderr each line cut to
:data:`iransyria.display.MAX_LINE`), machine output through :func:`emit_json`
(JSON whose every unsafe character is a JSON escape: the same value,
inert), and styled output through the rich :func:`console` made here, which
escapes every text it lays out. Every line on stderr starts with the
program's name, :data:`PREFIX` (``iransyria: ...``, as git, cp and grep
write theirs), so a message names its sender in a pipeline or a log; the
rule and its reasons are in docs/errors.md. A test (tests/test_architecture.py) holds
every other module of :mod:`iransyria.cli` to these three.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import typer

from iransyria.display import UNSAFE, bounded, one_line, safe_text

if TYPE_CHECKING:
    from rich.console import Console, ConsoleOptions, RenderableType
    from rich.text import Text

__all__ = ["MAX_FIELD", "PREFIX", "console", "emit_json", "field", "progress", "say", "terminal_safe_json"]

#: The most characters of one value laid out in a table or a block (a quote, a name); the rest is
#: counted, not shown. Laying out is superlinear in a value's length (a 4 MB quote took 38 s to
#: show); ``--json`` gives every value whole.
MAX_FIELD = 4_000

#: What every line the program writes on stderr starts with: its name, as git, cp and grep write theirs.
PREFIX = "iransyria: "


def say(text: str = "", *, err: bool = False, nl: bool = True) -> None:
    """Write human text: escaped; on stderr (messages) every line also starts with :data:`PREFIX`, cut short."""
    text = safe_text(text)
    if err:
        text = "\n".join(PREFIX + bounded(line) for line in text.split("\n"))
    typer.echo(text, err=err, nl=nl)


def progress(text: str, *, last: bool) -> None:
    """Show how far a long run is on stderr, on one line rewritten in place (to a terminal only).

    The carriage return that rewrites the line is the program's own, so it
    goes out raw; ``text`` is escaped as every message is, and carries the
    :data:`PREFIX`. The line ends with the last step (``last``).
    """
    typer.echo("\r" + PREFIX + bounded(one_line(text)), err=True, nl=last)


def field(text: str) -> str:
    """``text`` as a table cell or block shows it: at most :data:`MAX_FIELD` characters, the rest counted."""
    if len(text) <= MAX_FIELD:
        return text
    return f"{text[:MAX_FIELD]}… ({len(text):,} characters; --json gives them all)"


def _json_escape(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group()):04x}"


def terminal_safe_json(text: str) -> str:
    r"""JSON text with every unsafe character written as its ``\u`` escape (four hex digits): the same JSON value.

    orjson escapes C0 controls but writes DEL, C1 controls and the
    bidirectional marks raw; in JSON those can only stand inside strings,
    where the escape means the very same character.
    """
    return UNSAFE.sub(_json_escape, text)


def emit_json(text: str | bytes, *, nl: bool = False) -> None:
    """Write machine output (JSON, JSON Lines) to stdout: exact in value, inert on a terminal."""
    if isinstance(text, bytes):
        text = text.decode("utf-8")
    typer.echo(terminal_safe_json(text), nl=nl)


@functools.cache
def _safe_console() -> type[Console]:
    """A rich Console that escapes control characters in every text it lays out.

    Strings are escaped before layout (so widths are right) and every
    rendered segment once more, as a backstop for text built elsewhere;
    only rich's own control segments (colour, cursor) pass as they are.
    """
    from rich.console import Console
    from rich.segment import Segment

    class SafeConsole(Console):
        def render_str(self, text: str, **options: Any) -> Text:
            return super().render_str(safe_text(field(text)), **options)

        def render(
            self, renderable: RenderableType, options: ConsoleOptions | None = None
        ) -> Iterator[Segment]:
            for segment in super().render(renderable, options):
                if segment.control is None and UNSAFE.search(segment.text):
                    yield Segment(safe_text(segment.text), segment.style)
                else:
                    yield segment

    return SafeConsole


def console(**options: Any) -> Console:
    """The rich console human output is laid out on (its text escaped, see :func:`_safe_console`)."""
    return _safe_console()(**options)
