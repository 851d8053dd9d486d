"""The peers the benchmarks compare against: msgspec and pydantic v2 models of the records' shapes.

Both are generated from the attrs classes, field by field, so they read and
write the same documents: strings, 64-bit integers, enums by value, dates as
strings, tuples as arrays, claim values as a union tagged by ``type``,
unknown keys refused. They check types only: none of the records' own
validators, which is what they would cost a hand-written peer to add.
Installed by the ``bench`` extra.
"""

from __future__ import annotations

import enum
import types
import typing
from typing import Annotated, Any, Literal, Union

import attrs

from iransyria.dates import FuzzyDate, PartialDate
from iransyria.models import VALUE_TAGS, ClaimValue
from iransyria.models.kinds import KINDS

TAG = "type"


def _tables() -> dict[str, type]:
    return {kind.table: kind.cls for kind in KINDS}


def _optional(hint: Any) -> Any | None:
    if typing.get_origin(hint) in (Union, types.UnionType):
        args = typing.get_args(hint)
        if len(args) == 2 and type(None) in args:
            return args[0] if args[1] is type(None) else args[1]
    return None


def _is_value(hint: Any) -> bool:
    return hint is ClaimValue or (
        typing.get_origin(hint) is Union and set(typing.get_args(hint)) == set(VALUE_TAGS)
    )


class _Shapes:
    """Walks the attrs classes and builds one peer model per class (``model`` is the peer's factory)."""

    def __init__(self) -> None:
        self.models: dict[type, Any] = {}

    def type_of(self, hint: Any) -> Any:
        if hint in (str, int) or (isinstance(hint, type) and issubclass(hint, enum.Enum)):
            return hint
        if hint in (FuzzyDate, PartialDate):
            return str
        member = _optional(hint)
        if member is not None:
            return Union[self.type_of(member), None]  # noqa: UP007
        if _is_value(hint):
            return self.union([self.model_of(cls, VALUE_TAGS[cls]) for cls in typing.get_args(ClaimValue)])
        args = typing.get_args(hint)
        if typing.get_origin(hint) is tuple and len(args) == 2 and args[1] is Ellipsis:
            return tuple[self.type_of(args[0]), ...]  # type: ignore[misc]
        if attrs.has(hint):
            return self.model_of(hint)
        raise TypeError(f"no peer type for {hint!r}")

    def model_of(self, cls: type, tag: str | None = None) -> Any:
        if cls not in self.models:
            hints = typing.get_type_hints(cls)
            fields = sorted((f.name, self.type_of(hints[f.name])) for f in attrs.fields(cls) if f.init)
            self.models[cls] = self.model(cls.__name__, fields, tag)
        return self.models[cls]

    def union(self, members: list[Any]) -> Any:
        raise NotImplementedError

    def model(self, name: str, fields: list[tuple[str, Any]], tag: str | None) -> Any:
        raise NotImplementedError


class MsgspecShapes(_Shapes):
    def union(self, members: list[Any]) -> Any:
        return Union[tuple(members)]  # noqa: UP007

    def model(self, name: str, fields: list[tuple[str, Any]], tag: str | None) -> Any:
        import msgspec

        options: dict[str, Any] = {"forbid_unknown_fields": True}
        if tag is not None:
            options.update(tag_field=TAG, tag=tag)
        return msgspec.defstruct(name, fields, **options)


class PydanticShapes(_Shapes):
    def union(self, members: list[Any]) -> Any:
        import pydantic

        return Annotated[Union[tuple(members)], pydantic.Field(discriminator=TAG)]  # noqa: UP007

    def model(self, name: str, fields: list[tuple[str, Any]], tag: str | None) -> Any:
        import pydantic

        definitions: dict[str, Any] = {field: (kind, ...) for field, kind in fields}
        if tag is not None:
            definitions[TAG] = (Literal[tag], ...)
        config = pydantic.ConfigDict(extra="forbid", strict=True, frozen=True)
        return pydantic.create_model(name, __config__=config, **definitions)


class Peers:
    """Decode and encode the canonical document with each peer's models."""

    def __init__(self) -> None:
        import msgspec
        import pydantic

        shapes = MsgspecShapes()
        tables = sorted((name, tuple[shapes.type_of(item), ...]) for name, item in _tables().items())  # type: ignore[misc]
        self.msgspec_decoder = msgspec.json.Decoder(msgspec.defstruct("Document", tables))
        self.msgspec_encoder = msgspec.json.Encoder(order="sorted")
        self._format = msgspec.json.format
        pyd = PydanticShapes()
        fields = {name: (tuple[pyd.type_of(item), ...], ...) for name, item in _tables().items()}  # type: ignore[misc]
        config = pydantic.ConfigDict(extra="forbid", strict=True, frozen=True)
        self.pydantic_model = pydantic.create_model("Document", __config__=config, **fields)

    def msgspec_loads(self, document: bytes) -> Any:
        return self.msgspec_decoder.decode(document)

    def msgspec_dumps(self, value: Any) -> bytes:
        """Sorted keys, two-space indent: the canonical form."""
        return bytes(self._format(self.msgspec_encoder.encode(value), indent=2)) + b"\n"

    def pydantic_loads(self, document: bytes) -> Any:
        return self.pydantic_model.model_validate_json(document)

    def pydantic_dumps(self, value: Any) -> bytes:
        """Two-space indent, fields declared in sorted order."""
        return bytes(value.model_dump_json(indent=2).encode()) + b"\n"
