"""Untrusted text made fit to show: values in words, cut to a readable length, control characters escaped.

A dataset file may hold anything: a 10 MB string, an id of 90,000
characters, escape sequences that would set the terminal's clipboard (OSC 52)
or clear its screen. Every message that echoes a value from the input and
every line of human output goes through these functions, so what reaches a
person is short, one line per value, and inert.
"""

from __future__ import annotations

import re
from typing import Any

__all__ = [
    "MAX_LINE",
    "MAX_SHOWN",
    "UNSAFE",
    "bounded",
    "cut",
    "describe",
    "echoed",
    "indefinite",
    "json_type",
    "one_line",
    "safe_text",
    "shown",
]

#: The most characters of an input value a message echoes.
MAX_SHOWN = 72

#: What may not reach a terminal as it is: C0 controls but tab and newline, DEL, C1 controls
#: (CSI 0x9b, OSC 0x9d), and the bidirectional marks, overrides and isolates that reorder
#: what a line shows (U+061C ARABIC LETTER MARK among them).
UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def safe_text(text: str) -> str:
    r"""``text`` with every control character shown as an escape: ``\x1b]52;…`` prints as those letters.

    Tab and newline stay (they lay text out but cannot act on the
    terminal); everything else that could move the cursor, write the
    clipboard, make a link or reorder a line is escaped.
    """
    return UNSAFE.sub(_escape, text)


def one_line(text: str) -> str:
    r"""``text`` escaped as :func:`safe_text` does, newlines and tabs too: one line whatever it holds.

    A problem is one line; a file name with a newline in it (``bad\nname.json``)
    would otherwise print as two, the second passing for a problem of its own.
    """
    return safe_text(text).replace("\n", "\\n").replace("\t", "\\t")


#: The most characters of one message line, whatever values it quotes.
MAX_LINE = 400


def bounded(message: str, limit: int = MAX_LINE) -> str:
    """``message`` cut to ``limit`` characters, saying how long it was: the backstop for any line shown."""
    if len(message) <= limit:
        return message
    return f"{message[:limit]}… (message of {len(message):,} characters cut)"


def _count(n: int, noun: str) -> str:
    return f"{n:,} {noun}{'' if n == 1 else 's'}"


def cut(text: str, limit: int = MAX_SHOWN) -> str:
    """``text`` quoted and escaped as Python shows strings, cut to ``limit`` characters with its length said."""
    if len(text) <= limit:
        return repr(text)
    return f"{text[:limit]!r}… ({_count(len(text), 'character')})"


def echoed(typed: str, limit: int = 60) -> str:
    """What the user typed, in double quotes, escaped and cut: '"clm-xxxx…" (90,000 characters)'."""
    if len(typed) <= limit:
        return f'"{safe_text(typed)}"'
    return f'"{safe_text(typed[:limit])}…" ({len(typed):,} characters)'


def json_type(value: Any) -> str:
    """The JSON kind of a parsed value, in words: 'a string', 'an array', 'null'."""
    names = {
        bool: "a boolean",
        int: "an integer",
        float: "a number",
        str: "a string",
        list: "an array",
        dict: "an object",
        type(None): "null",
    }
    return names.get(type(value), type(value).__name__)


def shown(value: Any) -> str:
    """A parsed JSON value as a message echoes it: short, escaped, in JSON's words (``true``, ``null``)."""
    if value is None:
        return "null"
    if value is True or value is False:
        return "true" if value else "false"
    if isinstance(value, int):
        try:
            text = str(value)
        except ValueError:  # beyond Python's int-to-text limit
            return "an integer of thousands of digits"
        digits = len(text.lstrip("-"))
        return text if digits <= 20 else f"an integer of {digits:,} digits"
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, str):
        return cut(value)
    if isinstance(value, list):
        return f"an array of {_count(len(value), 'item')}" if value else "an empty array"
    if isinstance(value, dict):
        return f"an object with {_count(len(value), 'key')}" if value else "an empty object"
    return cut(repr(value))


def describe(value: Any) -> str:
    """What was found, for 'expected X, found Y': the kind, and the value where it is short."""
    if value is None or isinstance(value, (list, dict)):
        return shown(value)
    if isinstance(value, bool):
        return f"{shown(value)} (a boolean)"
    if isinstance(value, int):
        text = shown(value)
        return text if text.startswith("an integer") else f"the integer {text}"
    if isinstance(value, float):
        return f"the number {shown(value)}"
    if isinstance(value, str):
        return f"the string {shown(value)}"
    return shown(value)


def indefinite(noun: str) -> str:
    """``noun`` with its indefinite article, by its first sound's letter: 'an assertion', 'a visit'."""
    return f"{'an' if noun[:1].lower() in 'aeio' else 'a'} {noun}"
