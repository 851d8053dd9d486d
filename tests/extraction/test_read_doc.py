"""docs/read.md: its runs are the command's real output, and it names every pattern and date form."""

from __future__ import annotations

import re
import shlex

import pytest

from iransyria.extraction.base import registered
from iransyria.extraction.dates import FORMS
from iransyria.extraction.families import FAMILIES
from tests.cli.helpers import ENV, runner
from tests.conftest import REPO

DOC = (REPO / "docs" / "read.md").read_text(encoding="utf-8")
RUNS = [
    block for block in re.findall(r"(?ms)^```text\n(.*?)\n^```$", DOC) if block.startswith("$ iransyria read")
]


def test_the_runs_are_found() -> None:
    assert len(RUNS) >= 2


@pytest.mark.parametrize("run", RUNS, ids=lambda block: block.splitlines()[0])
def test_each_run_is_the_real_output(run: str) -> None:
    from iransyria import cli

    command, *shown = run.split("\n")
    args = [str(REPO / arg) if arg.startswith("examples/") else arg for arg in shlex.split(command[2:])]
    result = runner.invoke(cli.app, args[1:], env=ENV)
    assert result.output.rstrip("\n").split("\n") == shown


def test_the_doc_lists_every_pattern_and_date_form_and_no_other() -> None:
    assert FAMILIES
    listed = set(re.findall(r"^\| `([a-z-]+)` \|", DOC, re.MULTILINE))
    assert listed == {p.name for p in registered()} | {f.name for f in FORMS}
