"""The documentation's tables agree with the records they describe."""

from __future__ import annotations

import collections
import contextlib
import importlib
import io
import re

import pytest

import iransyria
from iransyria.data import ARTICLE_MODULES
from tests.conftest import REPO

DATA_DOC = (REPO / "docs" / "data.md").read_text(encoding="utf-8")


def documented_counts(module: str) -> dict[str, int]:
    block = re.search(rf"<!-- table:{module} -->\n((?:\|.*\n)+)", DATA_DOC)
    assert block, f"docs/data.md has no table for {module}"
    rows = [line.strip("|").split("|") for line in block.group(1).splitlines()[2:]]
    return {name.strip().strip("*"): int(count.strip().strip("*")) for name, count in rows}


@pytest.mark.parametrize("module", ARTICLE_MODULES)
def test_data_doc_counts_match_each_article_module(module: str) -> None:
    claims = importlib.import_module(f"iransyria.data.{module}").CLAIMS
    actual = collections.Counter(claim.predicate.value for claim in claims)
    assert documented_counts(module) == {**actual, "total": len(claims)}


def test_data_doc_lists_every_agreement_event_and_correction() -> None:
    data = iransyria.shipped()
    for record in (*data.agreements, *data.events, *data.corrections):
        assert f"`{record.id}`" in DATA_DOC


def test_readme_shows_every_agreement_id() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    for agreement in iransyria.shipped().agreements:
        assert agreement.id in readme


README = (REPO / "README.md").read_text(encoding="utf-8")


def test_readme_python_example_runs_and_prints_what_it_says() -> None:
    blocks = re.findall(r"```python\n(.*?)```", README, flags=re.DOTALL)
    assert len(blocks) == 1
    output = io.StringIO()
    with contextlib.redirect_stdout(output):
        exec(compile(blocks[0], "README.md", "exec"), {})
    lines = output.getvalue().splitlines()
    assert lines[0] == "Iran–Syria comprehensive military agreement (July 2020) 2020-07-08 Damascus"
    assert "src-unknown-2020-comprehensive-agreement | the Chief of Staff for the Armed Forces" in "\n".join(
        lines
    )
    assert (
        "editorial Amir Hatami, Iran's Minister of Foreign Affairs -> Amir Hatami, Iran's Minister of Defence"
        in lines
    )
    assert lines[-3:] == ["Mohammad Bagheri", "True", "Ali Abdullah Ayyoub"]


def test_ci_runs_the_readme_test_command() -> None:
    first_lines = README.split("```sh\n", 1)[1].splitlines()
    install, test_command = first_lines[1].split(" && ", 1)
    assert install == "python3 -m pip install -e '.[test]'"
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    assert test_command.replace("python3 ", "python ") in ci


def test_readme_shows_the_real_agreements_table() -> None:
    from typer.testing import CliRunner

    from iransyria.cli import app

    result = CliRunner().invoke(app, ["show", "agreements"], env={"COLUMNS": "80"})
    assert result.exit_code == 0
    assert result.output.strip() in README
