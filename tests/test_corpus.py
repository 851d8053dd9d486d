"""The bad-input corpus, run through the command line: exact messages, exit codes, no traceback (issue 13).

Small cases live in tests/corpus/inputs (written by ``python -m
tests.corpus.build``) with their expected outcome in tests/corpus/expected.json;
large and special ones (a 10 MB value, 100,000 empty records, /dev/zero, a
FIFO, a 90 kB id) are generated here, in a temporary folder. Every case also
holds to the rules for all bad input: exit 0, 1 or 2, never a traceback, every
problem line naming the file, no line longer than a few hundred characters,
and no control character reaching the terminal.

The schema (``iransyria schema``) and the converter are run over every case
that parses: each accepts what the other accepts, except where a case is
marked as needing more than a schema can say (a rule across fields).
"""

from __future__ import annotations

import contextlib
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import jsonschema
import orjson
import pytest
from typer.testing import CliRunner, Result

from iransyria import cli
from iransyria.errors import DataError
from iransyria.reading import parse_json
from iransyria.schema import json_schema
from iransyria.serialization import load, loads
from tests.conftest import REPO
from tests.corpus.build import CASES, CLAIM, EXPECTED, INPUTS

ENV = {"COLUMNS": "100", "NO_COLOR": "1", "IRANSYRIA_ARTICLES": None}
#: What every line on stderr starts with: the program's name (issue 23; docs/errors.md).
P = "iransyria: "
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_runner = CliRunner()

#: Cases that are shown rather than checked, and the command that shows them.
SHOWN = {
    "name_osc52_clipboard": ["show", "actor", "per-amir-hatami"],
    "name_osc8_link": ["show", "actor", "per-amir-hatami"],
    "name_clear_screen": ["show", "actor", "per-amir-hatami"],
    "name_c1_csi_bidi": ["show", "actor", "per-amir-hatami"],
}

#: Cases the converter rejects for a reason no JSON Schema states: a rule across fields.
BEYOND_SCHEMA = {
    "int_as_exponent": "JSON Schema counts 1e3 as an integer; the converter takes integers written as such",
    "date_reversed_range": "a range's end must follow its start",
    "date_february_30": "the days of each month",
}


def invoke(args: list[str]) -> Result:
    return _runner.invoke(cli.app, args, env=ENV, catch_exceptions=True)


def args_for(name: str, path: Path) -> list[str]:
    return ["--no-shipped", "--data", str(path), *SHOWN[name]] if name in SHOWN else ["check", str(path)]


def outcome(name: str, path: Path) -> dict[str, Any]:
    # Named relative to its folder, so that where the repository lies never changes how a line wraps.
    with contextlib.chdir(path.parent):
        result = invoke(args_for(name, Path(path.name)))
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return {
        "exit": result.exit_code,
        "stderr": result.stderr.replace(path.name, "{file}"),
        "stdout": result.stdout.replace(path.name, "{file}"),
    }


def record() -> None:
    """Rewrite expected.json from what the code does now (review the diff before committing)."""
    expected = {name: outcome(name, INPUTS / f"{name}.json") for name in CASES}
    EXPECTED.write_bytes(orjson.dumps(expected, option=orjson.OPT_INDENT_2 | orjson.OPT_APPEND_NEWLINE))


EXPECTATIONS: dict[str, dict[str, Any]] = orjson.loads(EXPECTED.read_bytes()) if EXPECTED.exists() else {}


def holds_to_the_rules(
    result: dict[str, Any] | Result, file: str = "{file}", prefix: str | None = None
) -> None:
    """What every outcome of bad input must be, whatever its message."""
    exit_code = result["exit"] if isinstance(result, dict) else result.exit_code
    stderr = result["stderr"] if isinstance(result, dict) else result.stderr
    stdout = result["stdout"] if isinstance(result, dict) else result.stdout
    assert exit_code in (0, 1, 2)
    assert "Traceback" not in stderr + stdout
    assert _CONTROL.search(stderr + stdout) is None, "a control character reached the terminal"
    lines = stderr.splitlines()
    assert all(len(line) <= 400 for line in lines)
    if exit_code == 2:
        assert lines, "a rejection says why"
        start = P + (prefix if prefix is not None else f"{file}: ")
        assert all(line.startswith(start) or line.startswith(P + "and ") for line in lines), lines
        assert stdout == ""


def test_the_inputs_are_what_the_builder_writes() -> None:
    on_disk = {path.stem: path.read_bytes() for path in INPUTS.iterdir()}
    assert on_disk == CASES
    assert set(EXPECTATIONS) == set(CASES)


@pytest.mark.parametrize("name", sorted(CASES))
def test_each_case_has_its_exact_outcome(name: str) -> None:
    got = outcome(name, INPUTS / f"{name}.json")
    assert got == EXPECTATIONS[name]
    holds_to_the_rules(got)


def test_the_corpus_rejects_cleanly() -> None:
    """The closing note's figures: every bad case rejected with exit 2, the good ones accepted."""
    rejected = [name for name, case in EXPECTATIONS.items() if case["exit"] == 2]
    accepted = [name for name, case in EXPECTATIONS.items() if case["exit"] != 2]
    assert sorted(accepted) == sorted([*SHOWN, "ok_empty", "ok_one_actor"])
    assert len(rejected) >= 100


# --------------------------------------------------------------------------- the schema agrees


SCHEMA = jsonschema.Draft202012Validator(json_schema())


def _parsed(name: str) -> Any:
    try:
        return parse_json(CASES[name])
    except DataError:
        return None  # not JSON, or a key given twice: no document for a schema to judge


@pytest.mark.parametrize("name", sorted(name for name in CASES if _parsed(name) is not None))
def test_the_schema_and_the_converter_agree(name: str) -> None:
    document = _parsed(name)
    try:
        loads(CASES[name])
        converter_accepts = True
    except DataError:
        converter_accepts = False
    schema_accepts = SCHEMA.is_valid(document)
    if converter_accepts:
        assert schema_accepts, list(SCHEMA.iter_errors(document))
    elif name in BEYOND_SCHEMA:
        assert schema_accepts, "no longer beyond the schema: drop it from BEYOND_SCHEMA"
    else:
        assert not schema_accepts, f"the schema accepts what loads rejects: {name}"


# --------------------------------------------------------------------------- generated cases


def test_a_10_mb_value_is_echoed_cut_with_its_size(tmp_path: Path) -> None:
    path = tmp_path / "big-value.json"
    path.write_bytes(orjson.dumps({"claims": [{**CLAIM, "id": "clm-" + "x" * 10_000_000 + " "}]}))
    result = invoke(["check", str(path)])
    holds_to_the_rules(result, str(path))
    assert result.exit_code == 2
    assert result.stderr == (
        f"{P}{path}: claims[0].id: expected a claim id like clm-deepen18-assad-president (clm- then lowercase ASCII "
        f"letters and digits in words joined by hyphens), found the string 'clm-{'x' * 68}'… "
        "(10,000,005 characters)\n"
    )


def test_100k_empty_records_print_49_problems_then_a_count(tmp_path: Path) -> None:
    path = tmp_path / "empty-records.json"
    path.write_bytes(b'{"claims": [' + b",".join([b"{}"] * 100_000) + b"]}")
    assert len(path.read_bytes()) < 310_000
    result = invoke(["check", str(path)])
    holds_to_the_rules(result, str(path))
    lines = result.stderr.splitlines()
    assert result.exit_code == 2
    assert len(lines) == 50  # at most 50 lines by default (issue 24, class 8; it was 101)
    assert lines[0] == f"{P}{path}: claims[0].id: required field missing"
    assert lines[-1] == P + "and 99,993 more records not checked"
    fewer = invoke(["check", "--max-errors", "7", str(path)]).stderr.splitlines()
    assert len(fewer) == 8 and fewer[-1] == P + "and 99,999 more records not checked"


def test_a_device_a_folder_and_a_missing_file_are_refused(tmp_path: Path) -> None:
    cases = {
        "/dev/zero": "/dev/zero: is a character device, not a regular file",
        str(tmp_path): f"{tmp_path}: is a folder, not a regular file",
        str(tmp_path / "absent.json"): f"{tmp_path / 'absent.json'}: cannot read: No such file or directory",
    }
    for argument, message in cases.items():
        result = invoke(["check", argument])
        holds_to_the_rules(result, argument)
        assert (result.exit_code, result.stderr) == (2, P + message + "\n")
    result = invoke(["--data", "/dev/zero", "show", "agreements"])
    assert (result.exit_code, result.stderr) == (2, P + "/dev/zero: is a character device, not a regular file\n")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_a_fifo_is_refused_not_waited_on(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    done = subprocess.run(
        [sys.executable, "-m", "iransyria", "check", str(fifo)],
        capture_output=True,
        text=True,
        timeout=60,  # the bug hung for ever; a pass takes well under a second
        cwd=REPO,
        env={**os.environ, "NO_COLOR": "1"},
    )
    assert (done.returncode, done.stderr) == (2, f"{P}{fifo}: is a named pipe (FIFO), not a regular file\n")


def test_a_90_kb_id_is_answered_at_once_and_cut() -> None:
    wanted = "clm-" + "x" * 90_000
    result = invoke(["show", "claim", wanted])
    holds_to_the_rules(result, prefix="no claim ")
    assert (result.exit_code, result.stderr) == (
        2,
        f'{P}no claim "clm-{"x" * 56}…" (90,004 characters) (see `iransyria show claims` or `iransyria search`)\n',
    )


def test_an_escape_sequence_in_an_id_is_not_echoed_raw() -> None:
    result = invoke(["show", "actor", "per-\x1b]52;c;aGk=\x07x"])
    assert result.exit_code == 2
    assert "\x1b" not in result.stderr and "\\x1b]52;c;aGk=\\x07" in result.stderr


def test_load_none_says_what_it_takes() -> None:
    with pytest.raises(TypeError, match=r"^load\(\) takes the path of a dataset JSON file, not NoneType$"):
        load(None)  # type: ignore[arg-type]


def test_export_out_does_not_follow_a_symlink_planted_at_the_old_temporary_name(tmp_path: Path) -> None:
    """Class 7 of the issue, through the command: the fixed '.NAME.tmp' was followed and its target overwritten."""
    victim = tmp_path / "victim.txt"
    victim.write_bytes(b"precious")
    (tmp_path / ".out.json.tmp").symlink_to(victim)
    result = invoke(["export", "--out", str(tmp_path / "out.json")])
    assert result.exit_code == 0
    assert victim.read_bytes() == b"precious"
    assert orjson.loads((tmp_path / "out.json").read_bytes())["claims"]


def test_verify_reads_its_claim_as_all_input_is_read(tmp_path: Path) -> None:
    """--claim @FILE and --claim - go through the same reading: no device, no FIFO, no duplicate key."""
    result = invoke(["verify", "--claim", "@/dev/zero"])
    assert (result.exit_code, result.stderr) == (
        2,
        P + "--claim: /dev/zero: is a character device, not a regular file\n",
    )
    doubled = tmp_path / "claim.json"
    doubled.write_bytes(b'{"standing": "refuted", "standing": "accepted"}')
    result = invoke(["verify", "--claim", f"@{doubled}"])
    assert (result.exit_code, result.stderr) == (2, P + "--claim: duplicate key 'standing'\n")


def test_a_huge_value_in_a_rule_message_is_cut(tmp_path: Path) -> None:
    """Rules quote values in their messages; check cuts any line it shows."""
    from iransyria.display import MAX_LINE

    name = "N" * 1_000_000
    path = tmp_path / "names.json"
    path.write_bytes(
        orjson.dumps(
            {
                "actors": [
                    {"id": "per-a", "kind": "person", "name": name},
                    {"id": "per-b", "kind": "person", "name": name},
                ]
            }
        )
    )
    result = invoke(["check", str(path)])
    holds_to_the_rules(result, str(path))
    assert result.exit_code in (0, 1)
    assert max(len(line) for line in result.stdout.splitlines()) < MAX_LINE + 100
    assert "characters cut)" in result.stdout
