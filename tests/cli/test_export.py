"""``export`` (iransyria/cli/export.py): canonical JSON to stdout or, all or nothing, to a file."""

from __future__ import annotations

from pathlib import Path

from iransyria.serialization import dumps, loads
from tests.cli.helpers import SHIPPED, run
from tests.test_queries import (
    SMALL,
)


def test_export_to_stdout_is_the_canonical_json() -> None:
    result = run("export")
    assert result.exit_code == 0
    assert result.stdout_bytes == dumps(SHIPPED)
    assert loads(result.stdout_bytes) == SHIPPED


def test_export_to_a_file(tmp_path: Path) -> None:
    target = tmp_path / "data.json"
    result = run("export", "--out", str(target))
    assert result.exit_code == 0
    assert result.stdout == ""
    assert target.read_bytes() == dumps(SHIPPED)
    assert not list(tmp_path.glob(".*.tmp"))


def test_export_to_an_unwritable_place_exits_2(tmp_path: Path) -> None:
    result = run("export", "--out", str(tmp_path / "missing" / "data.json"))
    assert result.exit_code == 2
    assert "cannot write" in result.stderr
    assert "Traceback" not in result.output


def test_export_of_a_data_file_is_canonical(small_file: Path) -> None:
    assert run("--no-shipped", "--data", str(small_file), "export").stdout_bytes == dumps(SMALL)
