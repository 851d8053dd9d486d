"""What every record type shares: id patterns, text normalisation, field validators.

The validators guard what one record alone can get wrong (an id's form, an
empty string, a repeated entry); what takes several records to judge is a rule
(:mod:`iransyria.rules`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import attrs

from iransyria.errors import InvalidField

__all__ = [
    "ID_PATTERNS",
    "is_agreement_id",
    "is_event_id",
    "normalize",
]


ID_PATTERNS: dict[str, re.Pattern[str]] = {
    "source": re.compile(r"^src-[a-z0-9]+(?:-[a-z0-9]+)*$"),
    "actor": re.compile(r"^(?:per|state|org|outlet)-[a-z0-9]+(?:-[a-z0-9]+)*$"),
    "agreement": re.compile(r"^agr-[a-z0-9]+(?:-[a-z0-9]+)*$"),
    "claim": re.compile(r"^clm-[a-z0-9]+(?:-[a-z0-9]+)*$"),
    "correction": re.compile(r"^cor-[a-z0-9]+(?:-[a-z0-9]+)*$"),
    "provision": re.compile(r"^prv-[a-z0-9]+(?:-[a-z0-9]+)*$"),
    "reference": re.compile(r"^ref-[a-z0-9]+(?:-[a-z0-9]+)*$"),
    "event": re.compile(r"^evt-[a-z0-9]+(?:-[a-z0-9]+)*$"),
}


def normalize(text: str) -> str:
    """The form names, places and texts are compared in: case-folded, whitespace collapsed."""
    return " ".join(text.casefold().split())


def is_agreement_id(value: object) -> bool:
    """Whether ``value`` is a well-formed agreement id (as opposed to an actor id)."""
    return isinstance(value, str) and ID_PATTERNS["agreement"].match(value) is not None


def is_event_id(value: object) -> bool:
    """Whether ``value`` is a well-formed event id."""
    return isinstance(value, str) and ID_PATTERNS["event"].match(value) is not None


def _id_of(kind: str) -> Callable[[Any, attrs.Attribute[Any], str], None]:
    pattern = ID_PATTERNS[kind]

    def check(_: Any, attribute: attrs.Attribute[Any], value: str) -> None:
        if not isinstance(value, str) or not pattern.match(value):
            raise InvalidField(attribute.name, f"malformed {kind} id {value!r} (expected {pattern.pattern})")

    return check


def _non_empty(_: Any, attribute: attrs.Attribute[Any], value: str) -> None:
    if not isinstance(value, str) or not value.strip():
        raise InvalidField(attribute.name, "must be a non-empty string")


def _optional_non_empty(_: Any, attribute: attrs.Attribute[Any], value: str | None) -> None:
    if value is not None:
        _non_empty(_, attribute, value)


def _no_duplicates(_: Any, attribute: attrs.Attribute[Any], value: tuple[Any, ...]) -> None:
    if len(set(value)) != len(value):
        raise InvalidField(attribute.name, "lists the same entry twice")


def _strings(_: Any, attribute: attrs.Attribute[Any], value: tuple[str, ...]) -> None:
    for item in value:
        _non_empty(_, attribute, item)
    _no_duplicates(_, attribute, value)


def _ids(kind: str) -> Callable[[Any, attrs.Attribute[Any], tuple[str, ...]], None]:
    check_one = _id_of(kind)

    def check(_: Any, attribute: attrs.Attribute[Any], value: tuple[str, ...]) -> None:
        for item in value:
            check_one(_, attribute, item)
        _no_duplicates(_, attribute, value)

    return check
