"""A record kind declared in one place: the walkthrough in docs/architecture.md ("A new record kind"), done.

A throwaway kind, ``widget`` (a piece of equipment the reporting names, made
by an actor, under some agreements), is declared and registered by the
fixture below and nowhere else: no module of the package changes. It is then
loaded from a user's file, merged with the shipped data, validated by the
rules, exported to every registered format (and read back where the format
reads), and shown by ``iransyria show record``.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs
import orjson
import pytest

from iransyria.exports import FORMATS, export_bytes
from iransyria.merge import load_dataset
from iransyria.models.common import (
    ID_EXAMPLES,
    ID_PATTERNS,
    ID_PREFIXES,
    declare_id,
    id_of,
    ids_of,
    non_empty,
)
from iransyria.models.kinds import KINDS, Link, RecordKind, register_kind
from iransyria.rules import validate
from iransyria.serialization import loads
from tests.cli.helpers import SHIPPED, run

AGREEMENT = "agr-2018-military-cooperation"
MAKER = "state-iran"


@pytest.fixture
def widget() -> Iterator[RecordKind]:
    """The kind, declared as docs/architecture.md says, registered for one test only."""
    declare_id("widget", ("wdg",), "wdg-shahed-136")

    @attrs.define(frozen=True)
    class Widget:
        """A piece of equipment the reporting names."""

        id: str = attrs.field(validator=id_of("widget"))
        name: str = attrs.field(validator=non_empty)
        maker: str | None = attrs.field(default=None, validator=attrs.validators.optional(id_of("actor")))
        agreements: tuple[str, ...] = attrs.field(default=(), validator=ids_of("agreement"))

    kind = register_kind(
        RecordKind(
            "widget",
            "widgets",
            Widget,
            "equipment the reporting names",
            label="name",
            links=(Link("maker", ("actor",)), Link("agreements", ("agreement",))),
        )
    )
    try:
        yield kind
    finally:
        KINDS.unregister(kind)
        for declared in (ID_PREFIXES, ID_PATTERNS, ID_EXAMPLES):
            del declared["widget"]


def _file(tmp_path: Path, *widgets: dict[str, Any]) -> Path:
    path = tmp_path / "widgets.json"
    path.write_bytes(orjson.dumps({"widgets": list(widgets)}))
    return path


DRONE = {"id": "wdg-test-drone", "name": "Test drone", "maker": MAKER, "agreements": [AGREEMENT]}


def test_a_new_kind_is_loaded_and_merged_with_the_shipped_data(widget: RecordKind, tmp_path: Path) -> None:
    data = load_dataset(_file(tmp_path, DRONE))
    (drone,) = data.table(widget)
    assert drone == widget.cls("wdg-test-drone", "Test drone", MAKER, (AGREEMENT,))
    assert data.index(widget)["wdg-test-drone"] is drone and data.find("wdg-test-drone") is drone
    assert data.claims == SHIPPED.claims and len(data) == len(SHIPPED) + 1
    # Read by the fast path and the detailed one alike, and a bad record refused with its path.
    assert loads(orjson.dumps({"widgets": [DRONE]})).table(widget) == (drone,)
    with pytest.raises(Exception, match=r"widgets\[0\]\.id"):
        loads(orjson.dumps({"widgets": [{**DRONE, "id": "clm-not-a-widget"}]}))


def test_a_new_kind_is_validated_by_the_rules(widget: RecordKind, tmp_path: Path) -> None:
    data = load_dataset(_file(tmp_path, DRONE))
    assert not [v for v in validate(data) if "widget" in v.path or "wdg-" in v.message]
    dangling = load_dataset(_file(tmp_path, {**DRONE, "maker": "per-nobody-at-all"}))
    found = [(v.code, v.path) for v in validate(dangling) if "widgets" in v.path]
    assert found == [("IS102", "widgets[wdg-test-drone].maker")]
    twice = SHIPPED.evolve(widgets=[widget.cls("wdg-a", "One"), widget.cls("wdg-a", "Other")])
    assert [(v.code, v.path) for v in validate(twice) if "widgets" in v.path] == [
        ("IS101", "widgets[wdg-a].id")
    ]


@pytest.mark.parametrize("name", sorted(FORMATS))
def test_a_new_kind_is_exported_to_every_format(widget: RecordKind, tmp_path: Path, name: str) -> None:
    data = load_dataset(_file(tmp_path, DRONE))
    format = FORMATS[name]
    files = export_bytes(data, name)
    if format.read is not None:
        assert format.read(files[""]) == data
    if format.folder:
        rows = list(csv.DictReader(io.StringIO(files["widgets.csv"].decode())))
        assert rows == [
            {"id": "wdg-test-drone", "name": "Test drone", "maker": MAKER, "agreements": f'["{AGREEMENT}"]'}
        ]
    if "datapackage.json" in files:
        resources = {r["name"]: r for r in orjson.loads(files["datapackage.json"])["resources"]}
        assert resources["widgets"]["schema"]["foreignKeys"] == [
            {"fields": ["maker"], "reference": {"resource": "actors", "fields": ["id"]}}
        ]
        assert resources["widgets"]["description"] == widget.description


def test_a_new_kind_is_in_the_schema(widget: RecordKind) -> None:
    from iransyria.schema import json_schema

    schema = json_schema()
    assert schema["properties"]["widgets"] == {"type": "array", "items": {"$ref": "#/$defs/Widget"}}
    assert schema["$defs"]["Widget"]["required"] == ["id", "name"]


def test_a_new_kind_is_shown(widget: RecordKind, tmp_path: Path) -> None:
    path = _file(tmp_path, DRONE)
    result = run("--data", str(path), "show", "record", "WDG-test-drone")
    assert result.exit_code == 0, result.stderr
    shown = [" ".join(line.split()) for line in result.stdout.splitlines()]
    assert shown[0] == "Test drone wdg-test-drone"
    assert f"maker {MAKER}" in shown and f"agreements {AGREEMENT}" in shown
    excerpt = orjson.loads(run("--data", str(path), "show", "record", "wdg-test-drone", "--json").stdout)
    assert [w["id"] for w in excerpt["widgets"]] == ["wdg-test-drone"]
    assert MAKER in [a["id"] for a in excerpt["actors"]]  # what the widget cites comes along
    assert AGREEMENT in [a["id"] for a in excerpt["agreements"]]
    missing = run("--data", str(path), "show", "record", "wdg-nothing")
    assert missing.exit_code == 2 and "no widget 'wdg-nothing'" in missing.stderr


def test_the_kind_is_gone_after_its_test() -> None:
    assert "widget" not in KINDS.names and "widget" not in ID_PATTERNS
    assert "widgets" not in orjson.loads(export_bytes(SHIPPED, "json")[""])
