"""The export formats' registry (iransyria/exports/formats.py): each format's module registers itself."""

from __future__ import annotations

from pathlib import Path

import pytest

from iransyria.dataset import Dataset
from iransyria.exports import FORMATS, ExportFormat, export, export_bytes, register_format
from tests.cli.helpers import SHIPPED, run
from tests.test_queries import SMALL


def test_each_format_module_registers_its_format_once() -> None:
    from iransyria.exports import canonical, csv, datapackage, jsonl

    assert list(FORMATS.values()) == [canonical.JSON, jsonl.JSONL, csv.CSV, datapackage.DATAPACKAGE]
    assert all(format.folder == (not format.extensions) for format in FORMATS.values())
    with pytest.raises(ValueError, match="already registered"):
        register_format(ExportFormat("json", (".json",), "another", write=lambda dataset: {"": b""}))


@pytest.mark.parametrize("name", sorted(FORMATS))
def test_every_format_writes_what_its_writer_gives_and_reads_back_what_it_wrote(name: str) -> None:
    format = FORMATS[name]
    files = export_bytes(SMALL, name)
    assert files == dict(format.write(SMALL))
    if format.folder:
        assert "" not in files and all(file.endswith(".csv") or file.endswith(".json") for file in files)
    else:
        assert list(files) == [""]
    if format.read is not None:
        assert format.read(files[""]) == SMALL


def _upper(dataset: Dataset) -> dict[str, bytes]:
    return {"": f"{len(dataset)} RECORDS\n".encode()}


@pytest.fixture
def shouting(monkeypatch: pytest.MonkeyPatch) -> ExportFormat:
    """A throwaway format, registered for one test only."""
    format = ExportFormat("shout", (".txt",), "the record count, shouted", write=_upper)
    monkeypatch.setitem(FORMATS, format.name, format)
    return format


def test_a_registered_format_is_exported_by_the_api_and_the_command(
    shouting: ExportFormat, tmp_path: Path
) -> None:
    assert export_bytes(SMALL, "shout") == {"": f"{len(SMALL)} RECORDS\n".encode()}
    assert export(SMALL, "shout", tmp_path / "count.txt") == [str(tmp_path / "count.txt")]
    assert (tmp_path / "count.txt").read_bytes() == f"{len(SMALL)} RECORDS\n".encode()
    result = run("export", "--format", "shout")
    assert result.exit_code == 0, result.stderr
    assert result.stdout == f"{len(SHIPPED)} RECORDS\n"
    shown = " ".join(run("export", "--help").stdout.replace("│", " ").split())
    assert "shout: the record count, shouted" in shown


def test_an_unknown_format_exits_2_naming_the_formats() -> None:
    result = run("export", "--format", "xml")
    assert result.exit_code == 2
    assert "'xml' is no export format: use json, jsonl, csv, datapackage" in result.stderr
    with pytest.raises(ValueError, match="unknown export format 'xml'"):
        export_bytes(SMALL, "xml")
