"""The command examples in docs/cli.md are the commands' real output (or its first lines)."""

from __future__ import annotations

import re
import shlex

import pytest

from tests.cli.helpers import ENV, runner
from tests.conftest import REPO

DOC = (REPO / "docs" / "cli.md").read_text(encoding="utf-8").partition("<!-- END GENERATED -->")[2]
EXAMPLES = [
    block
    for block in re.findall(r"(?ms)^```text\n(.*?)\n^```$", DOC)
    if block.startswith("$ ") and "iransyria check" not in block.splitlines()[0]
]


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda block: block.splitlines()[0])
def test_each_example_is_the_real_output(example: str) -> None:
    from iransyria import cli

    command, *shown = example.split("\n")
    args = [arg for arg in shlex.split(command[2:]) if not arg.startswith("COLUMNS=")]
    assert args[0] == "iransyria"
    result = runner.invoke(cli.app, args[1:], env=ENV)  # none of them reads the articles
    real = result.output.rstrip("\n").split("\n")
    if shown and shown[-1] == "...":
        shown = shown[:-1]
        assert real[: len(shown)] == shown
    else:
        assert real == shown


def test_the_examples_are_found() -> None:
    assert len(EXAMPLES) >= 6
