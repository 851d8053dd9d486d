"""What every record type shares: id patterns, text normalisation, field validators.

The validators guard what one record alone can get wrong (an id's form, an
empty string, a repeated entry); what takes several records to judge is a rule
(:mod:`iransyria.rules`).
"""

from __future__ import annotations

import enum
import re
from collections.abc import Callable
from typing import Any

import attrs

from iransyria.display import describe
from iransyria.errors import InvalidField

__all__ = [
    "EACH_WHOLE_MATCH",
    "ID_EXAMPLES",
    "ID_PATTERNS",
    "ID_PREFIXES",
    "NON_BLANK",
    "OPTIONAL_OF",
    "VALIDATOR_PARTS",
    "VALIDATOR_SCHEMAS",
    "WHOLE_MATCH",
    "Validator",
    "all_of",
    "anchored",
    "brief_repr",
    "char_offset",
    "declare_id",
    "expected_id",
    "id_of",
    "id_pattern",
    "ids_of",
    "is_agreement_id",
    "is_event_id",
    "is_id",
    "no_duplicates",
    "non_empty",
    "normalize",
    "optional",
    "optional_non_empty",
    "optional_url",
    "validator_parts",
]


# Every pattern here is matched whole (``fullmatch``: ``$`` would let a
# trailing newline through) over ASCII classes only (``\\d`` would take
# Arabic-Indic or fullwidth digits). The JSON Schema anchors the same text
# (:mod:`iransyria.schema`), so the two accept the same strings.

#: Each kind of id's prefixes: what an id starts with, before its hyphen.
ID_PREFIXES: dict[str, tuple[str, ...]] = {
    "source": ("src",),
    "actor": ("per", "state", "org", "outlet"),
    "agreement": ("agr",),
    "claim": ("clm",),
    "correction": ("cor",),
    "provision": ("prv",),
    "reference": ("ref",),
    "event": ("evt",),
}


def id_pattern(prefixes: tuple[str, ...]) -> re.Pattern[str]:
    """An id's pattern: one of ``prefixes``, a hyphen, then lowercase ASCII words joined by hyphens."""
    head = prefixes[0] if len(prefixes) == 1 else f"(?:{'|'.join(prefixes)})"
    return re.compile(head + r"-[a-z0-9]+(?:-[a-z0-9]+)*", re.ASCII)


#: Each kind of id's pattern (:func:`id_pattern` of its :data:`ID_PREFIXES`).
ID_PATTERNS: dict[str, re.Pattern[str]] = {
    kind: id_pattern(prefixes) for kind, prefixes in ID_PREFIXES.items()
}

#: What an id of each kind looks like, for messages.
ID_EXAMPLES: dict[str, str] = {
    "source": "src-media-line-2018",
    "actor": "per-amir-hatami",
    "agreement": "agr-2018-military-cooperation",
    "claim": "clm-deepen18-assad-president",
    "correction": "cor-hatami-not-foreign-minister",
    "event": "evt-2011-syrian-civil-war",
    "provision": "prv-2018-rebuild-army",
    "reference": "ref-2018-military-signed",
}


def declare_id(kind: str, prefixes: tuple[str, ...], example: str) -> re.Pattern[str]:
    """Declare a new kind of id (its prefixes and an example), before the record type whose
    validators check it is defined; the pattern. Declaring a kind again with other prefixes is an error.
    """
    pattern = id_pattern(prefixes)
    if ID_PREFIXES.setdefault(kind, prefixes) != prefixes:
        raise ValueError(f"the {kind} id is already declared with the prefixes {ID_PREFIXES[kind]}")
    if pattern.fullmatch(example) is None:
        raise ValueError(f"the example {example!r} is not a {kind} id")
    ID_PATTERNS.setdefault(kind, pattern)
    ID_EXAMPLES.setdefault(kind, example)
    return ID_PATTERNS[kind]


#: A text field's content: a character that shows. Not whitespace, nor only the invisible format
#: characters a name could be made of (zero-width space and joiners, bidi marks, the BOM).
NON_BLANK = re.compile("[^\\s\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff]")

#: What a field validator asks of a value, in JSON Schema keywords; read by :mod:`iransyria.schema`
#: so that the exported schema and the validators agree (a test runs both over the bad-input corpus).
VALIDATOR_SCHEMAS: dict[Callable[..., None], dict[str, Any]] = {}


#: Validators that accept exactly the strings ``pattern.fullmatch`` accepts, and nothing else: the
#: fast reader (:mod:`iransyria.fastjson`) runs the match inline instead of calling the validator.
WHOLE_MATCH: dict[Callable[..., None], re.Pattern[str]] = {}

#: Validators that accept exactly the tuples of distinct strings each of which ``pattern.fullmatch``
#: accepts (see :data:`WHOLE_MATCH`).
EACH_WHOLE_MATCH: dict[Callable[..., None], re.Pattern[str]] = {}


def anchored(pattern: re.Pattern[str]) -> str:
    """``pattern`` as a JSON Schema ``pattern`` that must match the whole string.

    ``^…$`` is not enough: Python's ``re.search`` (used by the ``jsonschema``
    library) lets ``$`` match before a final newline. ``(?![\\s\\S])``,
    'no character follows', means the end in ECMA-262 and in Python alike.
    """
    return f"^(?:{pattern.pattern})(?![\\s\\S])"


def normalize(text: str) -> str:
    """The form names, places and texts are compared in: case-folded, whitespace collapsed."""
    return " ".join(text.casefold().split())


def is_agreement_id(value: object) -> bool:
    """Whether ``value`` is a well-formed agreement id (as opposed to an actor id)."""
    return isinstance(value, str) and ID_PATTERNS["agreement"].fullmatch(value) is not None


def is_id(kind: str, value: object) -> bool:
    """Whether ``value`` is a well-formed id of the record kind ``kind`` ('claim', 'actor', ...)."""
    return isinstance(value, str) and ID_PATTERNS[kind].fullmatch(value) is not None


def expected_id(kind: str) -> str:
    """'expected a claim id (like clm-deepen18-assad-president: ...)', for messages."""
    prefixes = [f"{prefix}-" for prefix in ID_PREFIXES[kind]]
    prefix = prefixes[0] if len(prefixes) == 1 else f"{', '.join(prefixes[:-1])} or {prefixes[-1]}"
    return (
        f"expected {'an' if kind[0] in 'aeiou' else 'a'} {kind} id like {ID_EXAMPLES[kind]} "
        f"({prefix} then lowercase ASCII letters and digits in words joined by hyphens)"
    )


def is_event_id(value: object) -> bool:
    """Whether ``value`` is a well-formed event id."""
    return is_id("event", value)


def id_of(kind: str) -> Callable[[Any, attrs.Attribute[Any], str], None]:
    match = ID_PATTERNS[kind].fullmatch

    def check(_: Any, attribute: attrs.Attribute[Any], value: str) -> None:
        if not isinstance(value, str) or match(value) is None:
            raise InvalidField(attribute.name, f"{expected_id(kind)}, found {describe(value)}")

    VALIDATOR_SCHEMAS[check] = {"pattern": anchored(ID_PATTERNS[kind])}
    WHOLE_MATCH[check] = ID_PATTERNS[kind]
    return check


def non_empty(_: Any, attribute: attrs.Attribute[Any], value: str) -> None:
    if not isinstance(value, str) or NON_BLANK.search(value) is None:
        raise InvalidField(attribute.name, f"expected a non-empty string, found {describe(value)}")


VALIDATOR_SCHEMAS[non_empty] = {"pattern": NON_BLANK.pattern}


def optional_non_empty(_: Any, attribute: attrs.Attribute[Any], value: str | None) -> None:
    if value is not None:
        non_empty(_, attribute, value)


VALIDATOR_SCHEMAS[optional_non_empty] = {"pattern": NON_BLANK.pattern}


def char_offset(_: Any, attribute: attrs.Attribute[Any], value: int | None) -> None:
    if value is not None and (type(value) is not int or value < 0):
        raise InvalidField(
            attribute.name, f"expected a character offset (an integer from 0), found {describe(value)}"
        )


VALIDATOR_SCHEMAS[char_offset] = {"minimum": 0}

#: A web address: http(s), a host, then anything but whitespace and control characters (ESC, BEL).
URL = re.compile(r"https?://[^\s/\x00-\x1f\x7f]+[^\s\x00-\x1f\x7f]*", re.ASCII)


def optional_url(_: Any, attribute: attrs.Attribute[Any], value: str | None) -> None:
    if value is not None and (not isinstance(value, str) or not URL.fullmatch(value)):
        raise InvalidField(attribute.name, f"expected an http(s) URL without spaces, found {describe(value)}")


VALIDATOR_SCHEMAS[optional_url] = {"pattern": anchored(URL)}


def no_duplicates(_: Any, attribute: attrs.Attribute[Any], value: tuple[Any, ...]) -> None:
    if len(set(value)) != len(value):
        raise InvalidField(attribute.name, "lists the same entry twice")


VALIDATOR_SCHEMAS[no_duplicates] = {"uniqueItems": True}


def _strings(_: Any, attribute: attrs.Attribute[Any], value: tuple[str, ...]) -> None:
    for item in value:
        non_empty(_, attribute, item)
    no_duplicates(_, attribute, value)


VALIDATOR_SCHEMAS[_strings] = {"items": {"pattern": NON_BLANK.pattern}, "uniqueItems": True}


def ids_of(kind: str) -> Callable[[Any, attrs.Attribute[Any], tuple[str, ...]], None]:
    check_one = id_of(kind)

    def check(_: Any, attribute: attrs.Attribute[Any], value: tuple[str, ...]) -> None:
        for item in value:
            check_one(_, attribute, item)
        no_duplicates(_, attribute, value)

    VALIDATOR_SCHEMAS[check] = {"items": VALIDATOR_SCHEMAS[check_one], "uniqueItems": True}
    EACH_WHOLE_MATCH[check] = ID_PATTERNS[kind]
    return check


#: A field validator, as attrs calls it: the instance, the field, the value.
Validator = Callable[[Any, "attrs.Attribute[Any]", Any], Any]

#: The parts of each validator :func:`all_of` made, in the order attrs runs them: what the fast
#: path inlines or calls one by one and the JSON Schema states (:func:`validator_parts`), read
#: here rather than from attrs' private combinator classes.
VALIDATOR_PARTS: dict[Validator, tuple[Validator, ...]] = {}

#: The validator each :func:`optional` validator runs on a value that is not None.
OPTIONAL_OF: dict[Validator, Validator] = {}


def all_of(*validators: Validator) -> Validator:
    """attrs' ``and_`` of ``validators``, its parts recorded in :data:`VALIDATOR_PARTS`.

    A field with several validators (a shared check and one that compares fields) declares them
    all here: an ``@field.validator`` method would have attrs combine them unseen.
    """
    combined = attrs.validators.and_(*validators)
    VALIDATOR_PARTS[combined] = validators
    return combined


def optional(validator: Validator) -> Validator:
    """attrs' ``optional`` of ``validator`` (None passes), the inner one recorded in :data:`OPTIONAL_OF`."""
    wrapped = attrs.validators.optional(validator)
    OPTIONAL_OF[wrapped] = validator
    return wrapped


def validator_parts(validator: Validator | None, *, present: bool = False) -> list[Validator]:
    """The validators a field's ``validator`` runs, in order, each :func:`all_of` taken apart.

    An :func:`optional` part stays whole (:data:`OPTIONAL_OF` names what it runs), unless
    ``present``: then its inner validator's parts stand for it, what a value must be when it is
    there (as the JSON Schema states it; its type admits null).
    """
    if validator is None:
        return []
    if validator in VALIDATOR_PARTS:
        return [
            inner for part in VALIDATOR_PARTS[validator] for inner in validator_parts(part, present=present)
        ]
    if present and validator in OPTIONAL_OF:
        return validator_parts(OPTIONAL_OF[validator], present=True)
    return [validator]


#: The most characters a field's value takes in a record's repr.
REPR_FIELD_WIDTH = 48


def brief_repr(*fields: str) -> Callable[[Any], str]:
    """A record's ``__repr__`` naming only these fields, each value but the id cut to :data:`REPR_FIELD_WIDTH`.

    A record holds quotes, reasons and nested values; attrs' full repr of a
    claim runs to a kilobyte and the dataset's to 300 kB, which buries a
    REPL or a log. ``attrs.asdict`` and the JSON export give everything.
    """

    def __repr__(self: Any) -> str:
        shown = []
        for name in fields:
            value = getattr(self, name)
            if isinstance(value, enum.Enum):
                value = value.value
            elif value is not None and not isinstance(value, (str, int)):
                value = str(value)  # a date: its EDTF text
            if isinstance(value, str) and len(value) > REPR_FIELD_WIDTH and name != "id":  # an id whole
                value = value[: REPR_FIELD_WIDTH - 1] + "…"
            text = repr(value)
            shown.append(f"{name}={text}")
        return f"{type(self).__name__}({', '.join(shown)})"

    return __repr__
