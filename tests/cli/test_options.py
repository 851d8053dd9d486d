"""Shared options (iransyria/cli/options.py): every single-record command resolves ids the same way."""

from __future__ import annotations

import pytest

from iransyria import queries
from iransyria.dataset import Dataset
from iransyria.serialization import structure
from tests.cli.helpers import SHIPPED, as_json, ok, run
from tests.test_queries import (
    AGR_2018,
    HATAMI,
)


@pytest.mark.parametrize(
    ("kind", "record_id"),
    [
        ("agreement", AGR_2018),
        ("actor", HATAMI),
        ("source", "src-media-line-2018"),
        ("claim", SHIPPED.claims[0].id),
        ("correction", SHIPPED.corrections[0].id),
    ],
)
def test_every_single_record_command_resolves_ids_the_same_way(kind: str, record_id: str) -> None:
    out = ok("show", kind, record_id.upper())
    assert record_id in out.split("\n\n")[0].split()  # the heading: the name, then the id
    part = structure(as_json("show", kind, f" {record_id.title()} "), Dataset)
    assert part == queries.excerpt(**{f"{kind}s": [record_id]})
    result = run("show", kind, record_id[:-1])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.startswith(f'no {kind} "{record_id[:-1]}": did you mean ')
    assert f"({record_id})" in result.stderr  # the name, then the id to use
    missing = run("show", kind, "zzzz-qqqq-xxxx", "--json")
    assert missing.exit_code == 2 and missing.stdout == ""
    assert missing.stderr.strip() == (
        f'no {kind} "zzzz-qqqq-xxxx" (see `iransyria show {kind}s` or `iransyria search`)'
    )
