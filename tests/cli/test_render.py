"""Rendering (iransyria/cli/render.py): every command at 80 columns, plain or rich, and as JSON only."""

from __future__ import annotations

import orjson
import pytest

from iransyria import cli, queries
from iransyria.cli import render
from iransyria.dataset import Dataset
from iransyria.serialization import structure
from tests.cli.helpers import SHIPPED, fits_80_columns, run, runner
from tests.test_queries import (
    AGR_2018,
    AGR_ECONOMIC,
)

COMMANDS = [
    ["show", "agreements"],
    ["show", "agreement", AGR_2018],
    ["show", "agreement", AGR_ECONOMIC],
    ["show", "actors"],
    ["show", "actor", "state-iran"],
    ["show", "sources"],
    ["show", "source", "src-unknown-2018-deepen-cooperation"],
    ["show", "claims"],
    ["show", "claim", SHIPPED.claims[-1].id],
    ["show", "corrections"],
    ["timeline"],
]


@pytest.mark.parametrize("args", COMMANDS, ids=" ".join)
def test_every_command_fits_80_columns_without_losing_ids(args: list[str]) -> None:
    result = run(*args)
    assert result.exit_code == 0
    fits_80_columns(result.stdout, cut=args == ["show", "claims"])


LISTED: dict[str, list[str]] = {
    "agreements": [a.id for a in SHIPPED.agreements],
    "actors": [a.id for a in SHIPPED.actors],
    "sources": [s.id for s in SHIPPED.sources],
    "claims": [c.id for c in SHIPPED.claims],
    "corrections": [c.id for c in SHIPPED.corrections],
    "timeline": [e.subject for e in queries.timeline()],
}


@pytest.mark.parametrize("args", COMMANDS, ids=" ".join)
def test_every_command_json_is_only_records(args: list[str]) -> None:
    result = run(*args, "--json")
    assert result.exit_code == 0
    data = orjson.loads(result.stdout)  # nothing but JSON on stdout
    if len(args) == 3:  # one record: its provenance, as a dataset holding it
        kind, record_id = args[1], args[2]
        part = structure(data, Dataset)
        assert getattr(part, kind)(record_id) == getattr(SHIPPED, kind)(record_id)
        assert len(part) > 1
    else:  # a listing: every record, in order
        assert isinstance(data, list)
        expected = LISTED[args[-1]]
        assert expected
        assert [record.get("id", record.get("subject")) for record in data] == expected


def test_terminal_output_is_rich(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(render, "plain", lambda: False)
    result = runner.invoke(cli.app, ["show", "agreements"], env={"COLUMNS": "80", "FORCE_COLOR": "1"})
    assert result.exit_code == 0
    assert "─" in result.stdout  # the rich rule under the header
    assert "\x1b[" in result.stdout
    for agreement in SHIPPED.agreements:
        assert agreement.id in result.stdout
