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
        "iransyria: --format csv writes a folder of files: give it with --out DIR\n",
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


def test_export_takes_the_format_from_what_out_names(tmp_path: Path) -> None:
    """-o x.json, X.JSONL, a folder, datapackage.json, x.csv: each the format it names (issue 23)."""
    from iransyria.exports import claim_rows, loads_jsonl, read_table

    assert run("export", "-o", str(tmp_path / "x.json")).exit_code == 0
    assert loads((tmp_path / "x.json").read_bytes()) == SHIPPED
    assert run("export", "-o", str(tmp_path / "X.JSONL")).exit_code == 0
    assert loads_jsonl((tmp_path / "X.JSONL").read_bytes()) == SHIPPED
    assert run("export", "-o", str(tmp_path / "package")).exit_code == 0
    assert (tmp_path / "package" / "datapackage.json").is_file()
    assert run("export", "-o", str(tmp_path / "other" / "datapackage.json")).exit_code == 0
    assert (tmp_path / "other" / "datapackage.json").is_file() and (
        tmp_path / "other" / "claims.csv"
    ).is_file()
    one = run("export", "-o", str(tmp_path / "claims.csv"))
    assert one.exit_code == 0 and "wrote the claims table" in one.stderr
    assert read_table((tmp_path / "claims.csv").read_bytes()) == claim_rows(SHIPPED)
    unknown = run("export", "-o", str(tmp_path / "x.xml"))
    assert unknown.exit_code == 2 and "no export format has the extension '.xml'" in unknown.stderr
    clash = run("export", "--format", "json", "-o", str(tmp_path / "y.jsonl"))
    assert clash.exit_code == 2 and not (tmp_path / "y.jsonl").exists()


def test_format_names_are_case_insensitive_and_one_table_goes_to_stdout() -> None:
    from iransyria.exports import claim_rows, read_table

    assert run("export", "--format", "JSONL").stdout == run("export", "--format", "jsonl").stdout
    assert run("export", "-f", "Json").exit_code == 0
    table = run("export", "--table", "claims")
    assert table.exit_code == 0 and read_table(table.stdout.encode()) == claim_rows(SHIPPED)
    sources = run("export", "--format", "CSV", "--table", "Sources")
    assert [row["id"] for row in read_table(sources.stdout.encode())] == [s.id for s in SHIPPED.sources]
    wrong = run("export", "--table", "nope")
    assert wrong.exit_code == 2 and "--table 'nope' is no table of the export: use actors," in wrong.stderr
    assert run("export", "--format", "jsonl", "--table", "claims").exit_code == 2


def test_export_filters_as_show_claims_does() -> None:
    """--agreement, --actor, --source, --standing keep the claims show claims keeps, and every record they cite."""
    from iransyria import queries
    from iransyria.exports import read_table
    from iransyria.models import Standing

    for args, kept in (
        (["--agreement", "2020"], queries.claims(agreement="agr-2020-comprehensive-military")),
        (["--actor", "Ayoub"], queries.claims(actor="per-ali-abdullah-ayyoub")),
        (["--source", "the media line"], queries.claims(source="src-media-line-2018")),
        (["--standing", "REFUTED"], queries.claims(standing=Standing.REFUTED)),
    ):
        part = loads(run("export", *args).stdout_bytes)
        assert kept and set(kept) <= set(part.claims), args
        # What they cite comes along: their sources, and a correction's replacement claim.
        assert {c.source for c in part.claims} <= {s.id for s in part.sources}
        replacements = {c.replacement for c in part.corrections}
        assert {c.id for c in part.claims} - {c.id for c in kept} <= replacements, args
        assert len(part.claims) < len(SHIPPED.claims)
        rows = read_table(run("export", "--table", "claims", *args).stdout.encode())
        assert [row["id"] for row in rows] == [c.id for c in part.claims], args
    assert run("export", "--actor", "nobody at all").exit_code == 2


def test_a_folder_export_clears_what_an_earlier_one_wrote(tmp_path: Path) -> None:
    """No stale datapackage.json describing tables a later export changed; a user's own files stay."""
    folder = tmp_path / "out"
    assert run("export", "-f", "datapackage", "-o", str(folder)).exit_code == 0
    (folder / "notes.txt").write_text("mine", encoding="utf-8")
    assert run("export", "-f", "csv", "-o", str(folder), "--standing", "refuted").exit_code == 0
    assert not (folder / "datapackage.json").exists()
    assert (folder / "notes.txt").read_text(encoding="utf-8") == "mine"
    assert run("export", "-f", "datapackage", "-o", str(folder)).exit_code == 0
    assert (folder / "datapackage.json").is_file()
