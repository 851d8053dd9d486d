"""JSON Lines: one record per line after the metadata line; back to the same Dataset; damage named by line."""

from __future__ import annotations

from pathlib import Path

import duckdb
import orjson
import pytest
from hypothesis import given

from iransyria.dataset import Dataset
from iransyria.errors import DataError
from iransyria.exports import dumps_jsonl, loads_jsonl
from tests.exports.conftest import SHIPPED
from tests.strategies import at_most, datasets


@at_most(25)  # a few seconds: the strategy builds whole datasets
@given(datasets())
def test_jsonl_round_trips_to_the_same_dataset(dataset: Dataset) -> None:
    assert loads_jsonl(dumps_jsonl(dataset)) == dataset


def test_one_record_per_line_after_the_metadata(jsonl_file: Path) -> None:
    lines = jsonl_file.read_bytes().splitlines()
    assert len(lines) == 1 + len(SHIPPED)
    first = orjson.loads(lines[0])
    assert first["record"] == "meta" and len(first["sha256"]) == 64
    assert loads_jsonl(jsonl_file.read_bytes()) == SHIPPED


def test_an_edited_file_fails_its_hash() -> None:
    edited = dumps_jsonl(SHIPPED).replace(b'"standing":"refuted"', b'"standing":"accepted"', 1)
    with pytest.raises(DataError, match=r"^line 1: the records hash to [0-9a-f]{64}, not the"):
        loads_jsonl(edited)


def test_bad_lines_are_named_by_number() -> None:
    lines = dumps_jsonl(SHIPPED).splitlines()
    lines[2] = b"{not json"
    lines[3] = b'{"record": "rumour"}'
    lines[4] = orjson.dumps({**orjson.loads(lines[4]), "id": 7})
    with pytest.raises(DataError) as caught:
        loads_jsonl(b"\n".join(lines[1:]))  # no metadata line either
    problems = caught.value.problems
    assert problems[0].startswith("line 1: not the metadata line")
    assert problems[1].startswith("line 2: not valid JSON")
    assert problems[2].startswith("line 3: 'record' must be one of 'source'")
    assert any(p.startswith("line 4: ") and "id" in p for p in problems[3:])


def test_duckdb_reads_the_jsonl(jsonl_file: Path) -> None:
    rows = duckdb.sql(
        f"select record, count(*) from read_json('{jsonl_file}', format='newline_delimited') "
        "group by record order by record"
    ).fetchall()
    assert dict(rows) == {
        "actor": len(SHIPPED.actors),
        "agreement": len(SHIPPED.agreements),
        "claim": len(SHIPPED.claims),
        "correction": len(SHIPPED.corrections),
        "meta": 1,
        "source": len(SHIPPED.sources),
        "event": len(SHIPPED.events),
        "reference": len(SHIPPED.references),
    }
