"""``check`` (iransyria/cli/check.py): violations, exit codes, unreadable input."""

from __future__ import annotations

import tempfile
from pathlib import Path

import attrs
import orjson
import pytest
from hypothesis import given

from iransyria.dataset import Dataset
from iransyria.models import (
    Agreement,
    OfficeHeld,
    SpanBasis,
)
from iransyria.rules import Severity, Violation, validate
from iransyria.serialization import dumps, structure
from tests.cli.helpers import SHIPPED, as_json, run, write
from tests.own_articles import write_mine
from tests.strategies import at_most, datasets
from tests.test_queries import (
    SMALL,
    SOUTH_DEFENCE,
)


def test_check_the_shipped_dataset() -> None:
    result = run("check", "--json")
    violations = structure(orjson.loads(result.stdout), list[Violation])
    errors = [v for v in violations if v.severity is Severity.ERROR]
    assert result.exit_code == (1 if errors else 0)
    human = run("check")
    assert human.exit_code == result.exit_code
    assert "the shipped dataset" in human.stdout
    for violation in violations:
        assert violation.code in human.stdout


def test_check_a_clean_file(small_file: Path) -> None:
    result = run("check", str(small_file))
    assert result.exit_code == 0, result.stdout
    assert " ".join(result.stdout.split()).startswith(f"no problems in {small_file}: {len(SMALL)} records")
    assert as_json("check", str(small_file)) == []


def test_check_errors_exit_1(tmp_path: Path) -> None:
    orphan = attrs.evolve(SMALL.claims[0], id="clm-orphan", source="src-missing")
    path = write(SMALL.evolve(claims=(*SMALL.claims, orphan)), tmp_path, "broken.json")
    result = run("check", str(path))
    assert result.exit_code == 1
    assert "errors (1)" in result.stdout
    assert "IS102" in result.stdout and "claims[clm-orphan].source" in result.stdout
    (violation,) = structure(orjson.loads(run("check", str(path), "--json").stdout), list[Violation])
    assert violation.code == "IS102" and violation.severity is Severity.ERROR


def test_check_warnings_exit_0_unless_strict(tmp_path: Path) -> None:
    unknown_span = OfficeHeld(SOUTH_DEFENCE, None, None, SpanBasis.STATED)
    actors = [a if a.id != "per-john-doe" else attrs.evolve(a, offices=(unknown_span,)) for a in SMALL.actors]
    path = write(SMALL.evolve(actors=actors), tmp_path, "warned.json")
    result = run("check", str(path))
    assert result.exit_code == 0
    assert "warnings (1)" in result.stdout and "IS403" in result.stdout
    assert "0 errors, 1 warning" in result.stdout
    assert run("check", str(path), "--strict").exit_code == 1
    assert run("check", str(path), "--strict", "--json").exit_code == 1


def test_check_a_malformed_file_exits_2_with_the_path(tmp_path: Path) -> None:
    data = orjson.loads(dumps(SMALL))
    data["agreements"][0]["signed"] = "2012-13-08"
    path = tmp_path / "malformed.json"
    path.write_bytes(orjson.dumps(data))
    result = run("check", str(path))
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr == f"iransyria: {path}: agreements[0].signed: invalid month 13\n"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"{not json", "(top level): not valid JSON"),
        (b"[]", "(top level): expected an object, found an empty array"),
        (b'{"claims": 3}', "claims: expected an array, found the integer 3"),
    ],
)
def test_check_unreadable_input_exits_2(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "input.json"
    path.write_bytes(content)
    result = run("check", str(path), "--json")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.startswith(f"iransyria: {path}: {message}")
    assert "Traceback" not in result.output


def test_check_a_missing_file_or_folder_exits_2(tmp_path: Path) -> None:
    result = run("check", str(tmp_path / "absent.json"))
    assert result.exit_code == 2
    assert "absent.json: cannot read" in result.stderr
    assert run("check", "--articles", str(tmp_path / "no-such-folder")).exit_code == 2


def test_check_reads_stdin(small_file: Path) -> None:
    result = run("check", "-", input=small_file.read_text(encoding="utf-8"))
    assert result.exit_code == 0
    assert "no problems in stdin" in result.stdout


def _codes(result_stdout: str) -> list[tuple[str, str]]:
    return [(v.code, v.path) for v in structure(orjson.loads(result_stdout), list[Violation])]


def test_check_data_checks_the_users_quotes_only(tmp_path: Path) -> None:
    """`check --data mine --articles DIR`: the user's sources against DIR, the shipped ones not reported missing."""
    from tests.own_articles import FOLDER, MINE, WIRE_2020

    mine = write_mine(tmp_path)
    clean = run("--data", str(mine), "check", "--articles", str(FOLDER), "--json")
    assert clean.exit_code == 0, clean.stdout
    assert not [code for code, _ in _codes(clean.stdout) if code.startswith("IS8")]
    # A quote the article does not hold, and an article missing from the folder, are still caught.
    (claim, *_) = MINE.claims_by_source[WIRE_2020]
    wrong = MINE.evolve(claims=[attrs.evolve(c, quote="words never printed") if c == claim else c for c in MINE.claims])
    broken = run("--data", str(write(wrong, tmp_path, "wrong.json")), "check", "--articles", str(FOLDER), "--json")
    assert broken.exit_code == 1 and ("IS804", f"claims[{claim.id}].quote") in _codes(broken.stdout)
    empty = tmp_path / "empty"
    empty.mkdir()
    missing = run("--data", str(mine), "check", "--articles", str(empty), "--json")
    assert sorted(path for code, path in _codes(missing.stdout) if code == "IS802") == [
        f"sources[{source.id}].file" for source in MINE.sources
    ]


def test_check_strict_gates_the_users_warnings_not_the_shipped_ones(tmp_path: Path) -> None:
    from iransyria.authoring import TO_FILL
    from tests.own_articles import FOLDER, MINE, WIRE_2018

    assert [v for v in validate(SHIPPED) if v.severity is Severity.WARNING]  # the shipped data carries some
    mine = write_mine(tmp_path)
    strict = run("--data", str(mine), "check", "--articles", str(FOLDER), "--strict")
    assert strict.exit_code == 0, strict.stdout
    assert "--strict ignores them" in " ".join(strict.stdout.split())
    unfilled = MINE.evolve(
        sources=[
            attrs.evolve(s, outlet_basis=f"{TO_FILL} how the outlet is known") if s.id == WIRE_2018 else s
            for s in MINE.sources
        ]
    )
    mine.unlink()
    write(unfilled, tmp_path, "mine.json")
    flagged = run("--data", str(tmp_path), "check", "--articles", str(FOLDER), "--strict")
    assert flagged.exit_code == 1 and f"sources[{WIRE_2018}].outlet_basis" in flagged.stdout
    assert run("--data", str(tmp_path), "check", "--articles", str(FOLDER)).exit_code == 0  # a warning only


def test_check_with_the_articles(articles: Path) -> None:
    result = run("check", "--articles", str(articles), "--json")
    violations = structure(orjson.loads(result.stdout), list[Violation])
    assert not [v for v in violations if v.code in {"IS802", "IS803", "IS804"}]


@at_most(15)
@given(datasets())
def test_check_accepts_every_generated_dataset(dataset: Dataset) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = write(dataset, Path(folder), "generated.json")
        result = run("check", str(path))
        assert result.exit_code == 0, result.stdout
        shown = run("--no-shipped", "--data", str(path), "show", "agreements", "--json")
        assert structure(orjson.loads(shown.stdout), list[Agreement]) == list(dataset.agreements)
