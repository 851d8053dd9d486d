"""The hostile-input corpus for every command that reads or prints (issue 24), run through the command line.

Each case of tests/corpus/surface.py is run in a temporary folder holding
its files; it must end with its exit code, print what it says, and hold to
the rules for all bad input: no traceback, no character a terminal could act
on (on stdout or stderr, JSON included: JSON escapes them), no line longer
than the message limit on stderr.
"""

from __future__ import annotations

import contextlib
import os
import re
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import attrs
import orjson
import pytest
from typer.testing import CliRunner

from iransyria import cli
from iransyria.display import MAX_LINE
from iransyria.errors import CATALOGUE, ErrorKind
from iransyria.exports.csv import read_table
from tests.conftest import REPO
from tests.corpus.surface import CASES, Case

ENV = {"COLUMNS": "100", "NO_COLOR": "1", "IRANSYRIA_ARTICLES": None}
_runner = CliRunner()
#: The test's own list of what a spreadsheet runs as a formula (OWASP), full-width forms included.
FORMULA_STARTS = "=+-@\t\r\n\uff1d\uff0b\uff0d\uff20"
_NUMBER = re.compile(r"[+-]?[0-9]+(\.[0-9]+)?\Z")
# The test's own list, not the code's: C0 controls (tab included: no case prints one) but newline,
# DEL, C1 controls, and the bidirectional marks, overrides and isolates, U+061C among them.
_UNSAFE_OR_TAB = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


@attrs.frozen
class Outcome:
    """What a case ended with, run through CliRunner or as a process."""

    exit_code: int
    stdout: str
    stderr: str


def run(case: Case, folder: Path) -> Outcome:
    for name, data in case.files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    for name in case.read_only:
        (folder / name).chmod(0o444)
    for name in case.aged:
        then = time.time() - 7200
        os.utime(folder / name, (then, then))
    for name, target in case.links:
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).symlink_to(target)
    for name in case.fifos:
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        os.mkfifo(folder / name)
    args = [arg.replace("{tmp}", str(folder)) for arg in case.args]
    if case.stdout_closed or case.stdin_closed:
        env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "100"}
        env.pop("IRANSYRIA_ARTICLES", None)
        closed = 1 if case.stdout_closed else 0
        done = subprocess.run(
            [sys.executable, "-m", "iransyria", *args],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL if case.stdin_closed else None,
            stderr=subprocess.PIPE,
            preexec_fn=lambda: os.close(closed),
            cwd=folder,
            env={**env, "PYTHONPATH": str(REPO)},
            timeout=120,
            check=False,
        )
        return Outcome(done.returncode, "", done.stderr.decode("utf-8", errors="replace"))
    with contextlib.chdir(folder):
        result = _runner.invoke(cli.app, args, env=ENV, input=case.stdin, catch_exceptions=True)
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return Outcome(result.exit_code, result.stdout, result.stderr)


def holds_to_the_rules(result: Outcome) -> None:
    """What every outcome of hostile input must be, whatever the command."""
    out, err = result.stdout, result.stderr
    assert "Traceback" not in out + err
    found = _UNSAFE_OR_TAB.search(out + err)
    assert found is None, f"{found.group()!r} reached the terminal" if found else ""
    assert all(len(line) <= MAX_LINE + 80 for line in err.splitlines()), "a message line was not cut"
    assert all(line.startswith("iransyria: ") for line in err.splitlines()), "a line on stderr is not named"


def _at(value: Any, path: tuple[Any, ...]) -> Any:
    for step in path:
        value = value[step]
    return value


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_each_case(case: Case, tmp_path: Path) -> None:
    result = run(case, tmp_path)
    holds_to_the_rules(result)
    assert result.exit_code == case.exit, (result.stdout[-2000:], result.stderr[-2000:])
    for text in case.stdout_has:
        assert text in result.stdout
    for text in case.stderr_has:
        assert text in result.stderr
    for text in case.never:
        assert text not in result.stdout + result.stderr
    if case.stderr_lines is not None:
        assert len(result.stderr.splitlines()) == case.stderr_lines
    for name in case.unchanged:
        assert (tmp_path / name).read_bytes() == case.files[name]
    for name in case.absent:
        assert not os.path.lexists(tmp_path / name)
    if case.json_value is not None:
        path, value = case.json_value
        assert _at(orjson.loads(result.stdout), path) == value
    for name, rows in case.tables:
        holds_as_a_table(tmp_path / name, rows, case.guarded)
    if case.column is not None:
        name, column, values = case.column
        read = read_table((tmp_path / name).read_bytes(), escaped_formulas=case.guarded)
        assert sorted(row[column] for row in read) == sorted(values)


def holds_as_a_table(path: Path, rows: int, guarded: bool) -> None:
    """A CSV file reads as ``rows`` rows in pandas and the csv module alike, its cells guarded if asked."""
    import csv

    import pandas

    with path.open(newline="", encoding="utf-8") as stream:
        cells = list(csv.reader(stream))
    assert len(cells) - 1 == rows == len(pandas.read_csv(path, dtype=str, keep_default_na=False))
    if guarded:
        formula = [
            cell
            for row in cells
            for cell in row
            if cell and cell[0] in FORMULA_STARTS and not _NUMBER.match(cell)
        ]
        assert formula == []


CATALOGUED = [kind for _, kinds in CATALOGUE for kind in kinds if kind.case in {case.name for case in CASES}]


@pytest.mark.parametrize("kind", CATALOGUED, ids=lambda kind: kind.code)
def test_each_catalogue_example_is_what_its_case_prints(kind: ErrorKind, tmp_path: Path) -> None:
    """docs/errors.md shows what the code prints: its example is the case's first line on stderr."""
    case = next(case for case in CASES if case.name == kind.case)
    assert run(case, tmp_path).stderr.splitlines()[0] == "iransyria: " + kind.example


def test_every_class_has_cases() -> None:
    kinds = {case.kind for case in CASES}
    assert set(range(1, 10)) <= kinds
    assert len({case.name for case in CASES}) == len(CASES)
