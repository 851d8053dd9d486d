"""Text the fast path reads itself: escapes that could hide a key given twice, and dates."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import attrs

from iransyria.dates import PARTIAL_DATE, FuzzyDate, PartialDate
from iransyria.fastjson.generated import define
from iransyria.fastjson.shapes import slot_setters
from iransyria.models.common import validator_parts

#: The start of an escaped colon (``\\u003a``), which could hide a duplicate key from the colon count;
#: its presence (or any escape from U+0030 to U+003F) sends the text to the detailed path.
_ESCAPE_PREFIX = b"\\u003"


def has_escaped_colon_range(text: bytes) -> bool:
    """Whether ``text`` holds an escape from ``\\u0030`` to ``\\u003f`` (an escaped colon among them).

    Backslashes are found at memchr's speed and are few in most documents: each is looked at in
    turn, and past ten thousand the rest of the text is searched for the escape itself.
    """
    find = text.find
    at = find(b"\\")
    for _ in range(10_000):
        if at < 0:
            return False
        if text.startswith(_ESCAPE_PREFIX, at):
            return True
        at = find(b"\\", at + 2)  # (an escaped backslash is two characters: skip its second)
    return find(_ESCAPE_PREFIX, at) >= 0


def _single_date_parser() -> Callable[[str], FuzzyDate]:
    """``FuzzyDate.parse``, with a single date made as the builders make records.

    ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` (matched by the pattern ``PartialDate.parse`` uses)
    becomes a :class:`PartialDate` and a :class:`FuzzyDate` whose slots are set directly and whose
    every validator is then called, as attrs calls it; anything else (a range, a refused text)
    is left to ``FuzzyDate.parse``. Unless the classes are plain slotted records with the fields
    this expects: then ``FuzzyDate.parse`` does it all.
    """
    partial: list[attrs.Attribute[Any]] = list(attrs.fields(PartialDate))
    fuzzy: list[attrs.Attribute[Any]] = list(attrs.fields(FuzzyDate))
    partial_set, fuzzy_set = slot_setters(PartialDate, partial), slot_setters(FuzzyDate, fuzzy)
    names = ([field.name for field in partial], [field.name for field in fuzzy])
    if partial_set is None or fuzzy_set is None or names != (["year", "month", "day"], ["start", "end"]):
        return FuzzyDate.parse
    namespace: dict[str, Any] = {
        "_match": PARTIAL_DATE.fullmatch,
        "_parse": FuzzyDate.parse,
        "_new": object.__new__,
        "_int": int,
        "_PartialDate": PartialDate,
        "_FuzzyDate": FuzzyDate,
    }
    lines = [
        "found = _match(text)",
        "if found is None:\n        return _parse(text)",
        "y, m, d = found.groups()",
        "a0, a1, a2 = _int(y), None if m is None else _int(m), None if d is None else _int(d)",
        "start = _new(_PartialDate)",
        *(f"_sp{index}(start, a{index})" for index in range(3)),
        "b0, b1 = start, None",
        "o = _new(_FuzzyDate)",
        *(f"_sf{index}(o, b{index})" for index in range(2)),
    ]
    for prefix, record, fields, setters in (
        ("p", "start", partial, partial_set),
        ("f", "o", fuzzy, fuzzy_set),
    ):
        for index, (field, setter) in enumerate(zip(fields, setters, strict=True)):
            namespace[f"_s{prefix}{index}"] = setter
            for part, validator in enumerate(validator_parts(field.validator)):
                key = f"{prefix}{index}_{part}"
                namespace[f"_v{key}"], namespace[f"_f{key}"] = validator, field
                value = f"a{index}" if prefix == "p" else f"b{index}"
                lines.insert(-2 if prefix == "p" else len(lines), f"_v{key}({record}, _f{key}, {value})")
    source = "def parse(text):\n    " + "\n    ".join([*lines, "return o"]) + "\n"
    parse: Callable[[str], FuzzyDate] = define("parse", source, namespace)
    return parse


def date_parser(cls: type[FuzzyDate] | type[PartialDate]) -> Callable[[str], Any]:
    """``cls.parse``, remembered: dates repeat across records, and the values are immutable."""
    seen: dict[str, Any] = {}
    parse = _single_date_parser() if cls is FuzzyDate else cls.parse

    def parse_date(text: str) -> Any:
        found = seen.get(text)
        if found is None:
            found = parse(text)
            if len(seen) < 65536:
                seen[text] = found
        return found

    return parse_date
