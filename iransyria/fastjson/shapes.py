"""What the fast path knows of the record classes: their field types, validators and slots."""

from __future__ import annotations

import enum
import types
import typing
from collections.abc import Callable
from typing import Annotated, Any, Union

import attrs
import msgspec

from iransyria.dates import FuzzyDate, PartialDate
from iransyria.models import VALUE_TAGS, ClaimValue
from iransyria.models.kinds import KINDS

#: The discriminator key of a claim value (as :data:`iransyria.serialization.TAG`).
TAG = "type"

#: Signed 64-bit integers: msgspec reads any width, the detailed path 64 bits (signed or not) and
#: msgspec bounds only to int64, so an unsigned value above 2**63 - 1 takes the detailed path.
INT = Annotated[int, msgspec.Meta(ge=-(2**63), le=2**63 - 1)]


class Unsupported(TypeError):
    """A field type the fast path has no mirror for: the detailed path handles everything."""


class Refused(ValueError):
    """A value an inline check refuses: the detailed path says which and why."""


def optional_member(hint: Any) -> Any | None:
    """``X`` for ``X | None``, else None."""
    if typing.get_origin(hint) in (Union, types.UnionType):
        args = typing.get_args(hint)
        if len(args) == 2 and type(None) in args:
            return args[0] if args[1] is type(None) else args[1]
    return None


def is_claim_value(hint: Any) -> bool:
    return hint is ClaimValue or (
        typing.get_origin(hint) is Union and set(typing.get_args(hint)) == set(VALUE_TAGS)
    )


def tuple_item(hint: Any) -> Any | None:
    args = typing.get_args(hint)
    if typing.get_origin(hint) is tuple and len(args) == 2 and args[1] is Ellipsis:
        return args[0]
    return None


def is_date(hint: Any) -> bool:
    return hint is FuzzyDate or hint is PartialDate


def is_enum(hint: Any) -> bool:
    return isinstance(hint, type) and issubclass(hint, enum.Enum)


def slot_setters(cls: type, fields: list[attrs.Attribute[Any]]) -> list[Callable[[Any, Any], None]] | None:
    """The slot setters of a record's fields, in order, when setting them is all its ``__init__`` does.

    None for anything else (a converter, a post-init hook, a cached hash, a slot that is not a
    field): such a record is built by calling the class.
    """
    if not (attrs.has(cls) and "__slots__" in cls.__dict__):
        return None
    if hasattr(cls, "__attrs_pre_init__") or hasattr(cls, "__attrs_post_init__"):
        return None
    every = attrs.fields(cls)
    if any(field.converter is not None or not field.init for field in every) or len(every) != len(fields):
        return None
    slots = {slot for klass in cls.__mro__ for slot in klass.__dict__.get("__slots__", ())}
    if slots - {"__weakref__"} != {field.name for field in fields}:
        return None
    setters = []
    for field in fields:
        descriptor = next(klass.__dict__[field.name] for klass in cls.__mro__ if field.name in klass.__dict__)
        if not isinstance(descriptor, types.MemberDescriptorType):
            return None
        setters.append(descriptor.__set__)
    return setters


def is_plain(hint: Any) -> bool:
    """A value JSON holds as it is: a string, an integer or an enum's value."""
    return hint is str or hint is int or (isinstance(hint, type) and issubclass(hint, enum.Enum))


def record_tables() -> dict[str, type]:
    """Each table of a :class:`Dataset` and its record class (:data:`~iransyria.models.kinds.KINDS`)."""
    tables = {}
    for kind in KINDS:
        if not attrs.has(kind.cls):
            raise Unsupported(f"the {kind.table} table does not hold attrs records")
        tables[kind.table] = kind.cls
    return tables
