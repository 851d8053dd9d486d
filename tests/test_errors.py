"""The error catalogue (iransyria/errors.py) and docs/errors.md: generated, and true to what the code prints."""

from __future__ import annotations

import os
from pathlib import Path

import orjson
import pytest
from typer.testing import CliRunner

from iransyria import cli
from iransyria.errors import CATALOGUE, DataError, ErrorKind, errors_reference
from iransyria.reading import MAX_INPUT_BYTES, describe_size
from tests.conftest import REPO
from tests.corpus.build import EXPECTED

KINDS = [kind for _, kinds in CATALOGUE for kind in kinds]
CORPUS = orjson.loads(EXPECTED.read_bytes())
ENV = {"COLUMNS": "100", "NO_COLOR": "1", "IRANSYRIA_ARTICLES": None}
#: The command line writes each message after the program's name; the examples are the messages.
P = "iransyria: "


def test_docs_errors_md_is_what_the_code_generates() -> None:
    assert (REPO / "docs" / "errors.md").read_text(encoding="utf-8") == errors_reference()


def test_codes_are_unique_and_exit_codes_documented() -> None:
    assert len({kind.code for kind in KINDS}) == len(KINDS)
    assert {kind.exit for kind in KINDS} <= {1, 2}


def test_each_example_names_a_corpus_case() -> None:
    """A case is in the check corpus (expected.json) or the corpus of other commands (tests/corpus/surface.py)."""
    from tests.corpus.surface import CASES

    named = {kind.case for kind in KINDS if kind.case}
    assert named <= set(CORPUS) | {case.name for case in CASES}


@pytest.mark.parametrize("kind", [kind for kind in KINDS if kind.case in CORPUS], ids=lambda kind: kind.code)
def test_each_example_is_what_its_corpus_case_prints(kind: ErrorKind) -> None:
    first = CORPUS[kind.case]["stderr"].splitlines()[0]
    assert first.replace("{file}", "my.json") == P + kind.example


def _example(code: str) -> str:
    return next(kind.example for kind in KINDS if kind.code == code)


def _stderr(*args: str) -> str:
    return CliRunner().invoke(cli.app, list(args), env=ENV).stderr


def test_the_examples_without_a_corpus_case_are_what_the_code_prints(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert _stderr("check", "my.json") == P + _example("IE101") + "\n"
    os.mkfifo("my.json")
    assert _stderr("check", "my.json") == P + _example("IE102") + "\n"
    assert _example("IE103").endswith(f"the {describe_size(MAX_INPUT_BYTES)} limit for input")
    assert DataError(["x"], 5, 99_985).lines()[-1] == _example("IE407")
    assert _stderr("show", "agreement", "agr-2019") == P + _example("IE501") + "\n"
    assert _stderr("check", "--jsn") == P + _example("IE503") + "\n"


def test_the_rule_example_is_what_check_prints(tmp_path: Path) -> None:
    import attrs

    from iransyria.serialization import dump
    from tests.test_queries import SMALL

    orphan = attrs.evolve(SMALL.claims[0], id="clm-orphan", source="src-missing")
    path = tmp_path / "my.json"
    dump(SMALL.evolve(claims=(*SMALL.claims, orphan)), path)
    result = CliRunner().invoke(cli.app, ["check", str(path)], env={**ENV, "COLUMNS": "200"})
    assert result.exit_code == 1
    assert _example("IE601") in result.stdout
