"""docs/verify.md shows real runs: every command in its table and its full examples is run and must match."""

from __future__ import annotations

import re
import shlex

import pytest

from tests.cli.helpers import run
from tests.conftest import REPO

DOC = (REPO / "docs" / "verify.md").read_text(encoding="utf-8")
ROW = re.compile(r"^\| [^|]+ \| `(iransyria [^`]+)` \| (\d) \| `(.*)` \|$", re.MULTILINE)
BLOCK = re.compile(r"```console\n\$ (iransyria [^\n]+)\n(.*?)\n\$ echo \$\?\n(\d)\n```", re.DOTALL)

ROWS = ROW.findall(DOC.split("<!-- runs -->", 1)[1])
BLOCKS = BLOCK.findall(DOC)


def _run(command: str) -> tuple[int, str]:
    result = run(*shlex.split(command)[1:])
    assert "Traceback" not in result.output
    return result.exit_code, result.stdout or result.stderr


def _first(output: str) -> str:
    """The first line as written, before wrapping: its continuation lines (indented 4) joined back."""
    lines = output.splitlines()
    first = lines[0]
    for line in lines[1:]:
        if not line.startswith("    ") or line.startswith("     "):
            break
        first += " " + line.strip()
    return first


def test_the_doc_has_runs_of_every_verdict() -> None:
    assert len(ROWS) >= 12 and len(BLOCKS) == 5
    assert {code for _, code, _ in ROWS} == {"0", "1", "2", "3"}


@pytest.mark.parametrize(("command", "code", "first"), ROWS, ids=[row[0] for row in ROWS])
def test_each_row_is_what_the_command_prints(command: str, code: str, first: str) -> None:
    exit_code, output = _run(command)
    assert (exit_code, _first(output)) == (int(code), first)


@pytest.mark.parametrize(("command", "output", "code"), BLOCKS, ids=[block[0] for block in BLOCKS])
def test_each_full_example_is_what_the_command_prints(command: str, output: str, code: str) -> None:
    assert _run(command) == (int(code), output + "\n")


def test_a_changed_row_would_be_noticed() -> None:
    command, _, first = ROWS[1]
    printed = _first(_run(command)[1])
    assert printed == first
    assert printed != first.replace("contradicted", "supported")
