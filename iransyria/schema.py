"""A JSON Schema (draft 2020-12) of the export format, derived from the models.

Tools in other languages can validate an ``iransyria export`` with it, and the
tests use an independent validator (``jsonschema``) to check that everything
the converter accepts the schema accepts too. The schema is structural: it
states fields, types, enums, the claim-value tag, the id and date syntaxes;
the models' validators and the rules check more than a schema can say.
"""

from __future__ import annotations

import enum
import types
import typing
from typing import Any, Union

import attrs

from iransyria.dataset import Dataset
from iransyria.dates import FuzzyDate, PartialDate
from iransyria.models import ID_PATTERNS, VALUE_TAGS, ClaimValue

__all__ = ["json_schema"]

_DATE = r"\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?"


def _schema_of(tp: Any, defs: dict[str, Any]) -> dict[str, Any]:
    if tp is ClaimValue:
        return _claim_value(defs)
    origin = typing.get_origin(tp)
    if origin in (Union, types.UnionType):
        members = [_schema_of(arg, defs) for arg in typing.get_args(tp)]
        return {"anyOf": members}
    if origin is tuple:
        item, _ = typing.get_args(tp)
        return {"type": "array", "items": _schema_of(item, defs)}
    if tp is type(None):
        return {"type": "null"}
    if tp is str:
        return {"type": "string"}
    if tp is int:
        return {"type": "integer"}
    if tp is bool:
        return {"type": "boolean"}
    if tp is FuzzyDate:
        return {"type": "string", "pattern": f"^{_DATE}(/{_DATE})?$"}
    if tp is PartialDate:
        return {"type": "string", "pattern": f"^{_DATE}$"}
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return {"enum": [member.value for member in tp]}
    if attrs.has(tp):
        _define(tp, defs)
        return {"$ref": f"#/$defs/{tp.__name__}"}
    raise TypeError(f"no JSON Schema for {tp!r}")


def _define(cls: type, defs: dict[str, Any], tag: str | None = None) -> dict[str, Any]:
    name = cls.__name__
    if name in defs:
        return defs[name]  # type: ignore[no-any-return]
    defs[name] = definition = {"type": "object", "additionalProperties": False}
    properties: dict[str, Any] = {}
    required: list[str] = []
    for field in attrs.fields(attrs.resolve_types(cls)):
        if not field.init:
            continue
        schema = _schema_of(field.type, defs)
        if field.name == "id" and name.lower() in ID_PATTERNS:
            schema = {**schema, "pattern": ID_PATTERNS[name.lower()].pattern}
        properties[field.name] = schema
        if field.default is attrs.NOTHING:
            required.append(field.name)
    if tag is not None:
        properties = {"type": {"const": tag}, **properties}
        required = ["type", *required]
    definition["properties"] = properties
    definition["required"] = required
    if cls.__doc__:
        definition["description"] = cls.__doc__.strip().splitlines()[0]
    return definition


def _claim_value(defs: dict[str, Any]) -> dict[str, Any]:
    for member, tag in VALUE_TAGS.items():
        _define(member, defs, tag=tag)
    return {"oneOf": [{"$ref": f"#/$defs/{member.__name__}"} for member in VALUE_TAGS]}


def json_schema() -> dict[str, Any]:
    """The JSON Schema of a dataset as ``dumps`` writes it and ``loads`` reads it."""
    defs: dict[str, Any] = {}
    root = _define(Dataset, defs)
    del defs["Dataset"]
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://github.com/iransyria/iransyria/schema/dataset.json",
        "title": "iransyria dataset",
        **root,
        "$defs": dict(sorted(defs.items())),
    }
