"""A JSON Schema (draft 2020-12) of the export format, derived from the models.

Tools in other languages can validate an ``iransyria export`` with it, and the
tests use an independent validator (``jsonschema``) to check that everything
the converter accepts the schema accepts too. The schema is structural: it
states fields, types, enums, the claim-value tag, the id and date syntaxes;
the models' validators and the rules check more than a schema can say.

Each field validator's meaning as JSON Schema (an id's pattern, a non-blank
text, a bare file name, no repeated entries) comes from
:data:`iransyria.models.common.VALIDATOR_SCHEMAS`, next to the validator, so
the two cannot drift; patterns are anchored to match the whole string, in
ASCII, under ECMA-262 and Python regexes alike.
"""

from __future__ import annotations

import enum
import types
import typing
from typing import Any, Union

import attrs

from iransyria.dataset import Dataset
from iransyria.dates import FuzzyDate, PartialDate
from iransyria.models import VALUE_TAGS, ClaimValue
from iransyria.models.common import VALIDATOR_SCHEMAS, validator_parts
from iransyria.models.kinds import KINDS

__all__ = ["json_schema"]

# ASCII digits only ([0-9], not \d: the jsonschema library's Python regexes take any script's digits).
_DATE = r"[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?"
# Whole-string: (?![\s\S]) is the end in ECMA-262 and Python alike ($ allows a final newline in Python).
_END = r"(?![\s\S])"


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
        # What orjson can write back: 64 bits, signed or not (the converter refuses wider).
        return {"type": "integer", "minimum": -(2**63), "maximum": 2**64 - 1}
    if tp is bool:
        return {"type": "boolean"}
    if tp is FuzzyDate:
        return {"type": "string", "pattern": f"^{_DATE}(/{_DATE})?{_END}"}
    if tp is PartialDate:
        return {"type": "string", "pattern": f"^{_DATE}{_END}"}
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return {"enum": [member.value for member in tp]}
    if attrs.has(tp):
        _define(tp, defs)
        return {"$ref": f"#/$defs/{tp.__name__}"}
    raise TypeError(f"no JSON Schema for {tp!r}")


def _merge(schema: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    """``schema`` with a validator's keywords added (``items`` merged into the items' own schema)."""
    merged = dict(schema)
    for key, value in extra.items():
        if key == "items" and "items" in merged:
            merged["items"] = _merge(merged["items"], value)
        elif key == "items" and "anyOf" in merged:
            merged["anyOf"] = [_merge(option, {key: value}) for option in merged["anyOf"]]
        else:
            merged[key] = value
    return merged


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
        for validator in validator_parts(field.validator, present=True):
            schema = _merge(schema, VALIDATOR_SCHEMAS.get(validator, {}))
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
    # One array per registered record kind (KINDS), none of them required.
    root: dict[str, Any] = {
        "type": "object",
        "additionalProperties": False,
        "properties": {kind.table: _schema_of(kind.table_type, defs) for kind in KINDS},
        "required": [],
        "description": (Dataset.__doc__ or "").strip().splitlines()[0],
    }
    root["properties"] = {
        **root["properties"],
        "meta": {
            "type": "object",
            "description": "what an export records about itself: code and data versions, content hash",
        },
    }
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://github.com/iransyria/iransyria/schema/dataset.json",
        "title": "iransyria dataset",
        **root,
        "$defs": dict(sorted(defs.items())),
    }
