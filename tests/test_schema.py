"""The exported JSON Schema, checked by an independent validator (jsonschema)."""

from __future__ import annotations

from typing import Any

import jsonschema
import orjson
import pytest
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

import iransyria
from iransyria.cli import app
from iransyria.dataset import Dataset
from iransyria.errors import DataError
from iransyria.schema import json_schema
from iransyria.serialization import dumps, loads
from tests.strategies import datasets
from tests.test_serialization import CLAIM, json_values

SCHEMA = json_schema()
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)


def test_the_schema_is_a_valid_draft_2020_12_schema() -> None:
    jsonschema.Draft202012Validator.check_schema(SCHEMA)


def test_the_shipped_export_is_valid() -> None:
    VALIDATOR.validate(orjson.loads(dumps(iransyria.shipped())))


@given(datasets())
def test_every_generated_export_is_valid(dataset: Dataset) -> None:
    VALIDATOR.validate(orjson.loads(dumps(dataset)))


@given(datasets(), st.data())
def test_what_loads_accepts_the_schema_accepts(dataset: Dataset, data: st.DataObject) -> None:
    """The schema never rejects a document the converter accepts: it is safe to validate with."""
    document = orjson.loads(dumps(dataset))
    claims = document["claims"]
    index = data.draw(st.integers(0, len(claims) - 1))
    key = data.draw(st.sampled_from(sorted(claims[index])))
    claims[index][key] = data.draw(json_values)
    try:
        loads(orjson.dumps(document))
    except DataError:
        return
    VALIDATOR.validate(document)


@pytest.mark.parametrize(
    ("change", "where"),
    [
        ({"extra": 1}, "Additional properties are not allowed ('extra' was unexpected)"),
        ({"standing": "true"}, "'true' is not one of ['accepted', 'disputed', 'refuted', 'superseded']"),
        ({"value": {"type": "date", "date": "2018-13"}}, "is not valid under any of the given schemas"),
        ({"id": "claim 1"}, "does not match"),
    ],
)
def test_the_schema_rejects_what_loads_rejects(change: dict[str, Any], where: str) -> None:
    document = {"claims": [{**CLAIM, **change}]}
    with pytest.raises(DataError):
        loads(orjson.dumps(document))
    errors = [error.message for error in VALIDATOR.iter_errors(document)]
    assert any(where in message for message in errors), errors


def test_cli_prints_the_schema() -> None:
    result = CliRunner().invoke(app, ["schema"])
    assert result.exit_code == 0
    assert orjson.loads(result.stdout) == orjson.loads(orjson.dumps(SCHEMA))


def _states(schema: dict[str, Any], keywords: dict[str, Any]) -> bool:
    """Whether ``schema`` (or, for a nullable value, one of its options) carries each of ``keywords``."""
    options = [schema, *schema.get("anyOf", [])]
    for key, value in keywords.items():
        if key == "items":
            if not any("items" in option and _states(option["items"], value) for option in options):
                return False
        elif not any(option.get(key) == value for option in options):
            return False
    return True


def test_the_schema_states_every_part_of_a_combined_validator() -> None:
    """Each part of a field's ``all_of`` and the validator inside each ``optional``, as the registry has them."""
    import attrs

    from iransyria.models.common import OPTIONAL_OF, VALIDATOR_PARTS, VALIDATOR_SCHEMAS, validator_parts
    from tests.test_models import model_classes

    stated = 0
    for cls in model_classes():
        definition = SCHEMA["$defs"].get(cls.__name__)
        for field in attrs.fields(cls):
            if definition is None or not (
                field.validator in VALIDATOR_PARTS or field.validator in OPTIONAL_OF
            ):
                continue
            for part in validator_parts(field.validator, present=True):
                if part in VALIDATOR_SCHEMAS:
                    assert _states(definition["properties"][field.name], VALIDATOR_SCHEMAS[part]), (
                        f"{cls.__name__}.{field.name}: {part}"
                    )
                    stated += 1
    assert stated >= 20
