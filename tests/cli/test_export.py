"""``export`` (iransyria/cli/export.py): canonical JSON to stdout or, all or nothing, to a file."""

from __future__ import annotations

from pathlib import Path

import orjson

from iransyria.serialization import dumps, loads
from tests.cli.helpers import SHIPPED, run
from tests.test_queries import (
    SMALL,
)


def test_export_to_stdout_is_the_canonical_json_with_its_meta() -> None:
    from iransyria.exports import content_hash, json_bytes

    result = run("export")
    assert result.exit_code == 0
    assert result.stdout_bytes == json_bytes(SHIPPED)
    assert loads(result.stdout_bytes) == SHIPPED
    document = orjson.loads(result.stdout_bytes)
    assert document["meta"]["sha256"] == content_hash(SHIPPED)
    assert {key: value for key, value in document.items() if key != "meta"} == orjson.loads(dumps(SHIPPED))


def test_export_to_a_file(tmp_path: Path) -> None:
    target = tmp_path / "data.json"
    result = run("export", "--out", str(target))
    assert result.exit_code == 0
    assert result.stdout == ""
    assert loads(target.read_bytes()) == SHIPPED
    assert not list(tmp_path.glob(".*.tmp"))


def test_export_to_an_unwritable_place_exits_2(tmp_path: Path) -> None:
    result = run("export", "--out", str(tmp_path / "missing" / "data.json"))
    assert result.exit_code == 2
    assert "cannot write" in result.stderr
    assert "Traceback" not in result.output


def test_export_of_a_data_file_is_canonical(small_file: Path) -> None:
    from iransyria.exports import json_bytes

    assert run("--no-shipped", "--data", str(small_file), "export").stdout_bytes == json_bytes(SMALL)


def test_export_jsonl_round_trips_through_the_cli() -> None:
    from iransyria.exports import loads_jsonl

    result = run("export", "--format", "jsonl")
    assert result.exit_code == 0
    assert loads_jsonl(result.stdout_bytes) == SHIPPED


def test_export_folders_need_out_and_are_written_there(tmp_path: Path) -> None:
    from iransyria.exports import claim_rows, read_table

    refused = run("export", "--format", "csv")
    assert (refused.exit_code, refused.stderr) == (
        2,
        "--format csv writes a folder of files: give it with --out DIR\n",
    )
    result = run("export", "-f", "datapackage", "-o", str(tmp_path / "package"))
    assert result.exit_code == 0, result.stderr
    assert (tmp_path / "package" / "datapackage.json").is_file()
    assert read_table((tmp_path / "package" / "claims.csv").read_bytes()) == claim_rows(SHIPPED)
    result = run("export", "-f", "csv", "-o", str(tmp_path / "tables"))
    assert sorted(p.name for p in (tmp_path / "tables").iterdir()) == [
        "actors.csv", "agreements.csv", "claims.csv", "corrections.csv", "events.csv", "meta.csv", "references.csv",
        "sources.csv",
    ]  # fmt: skip


def test_export_with_user_data_carries_its_records(tmp_path: Path) -> None:
    from iransyria.exports import loads_jsonl
    from iransyria.serialization import dump
    from tests.test_merge import USER

    dump(USER, tmp_path / "mine.json")
    result = run("export", "-f", "jsonl", "--data", str(tmp_path / "mine.json"))
    assert len(loads_jsonl(result.stdout_bytes)) == len(SHIPPED) + len(USER)
