"""What the command-line tests share: the runner, the dataset files and the layout checks."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import orjson
from typer.testing import CliRunner, Result

import iransyria
from iransyria import cli
from iransyria.dataset import Dataset
from iransyria.serialization import dump

SHIPPED = iransyria.shipped()
ENV = {"COLUMNS": "80", "NO_COLOR": "1", "IRANSYRIA_ARTICLES": None}

runner = CliRunner()


def run(*args: str, input: str | None = None) -> Result:
    return runner.invoke(cli.app, list(args), env=ENV, input=input, catch_exceptions=False)


def ok(*args: str) -> str:
    result = run(*args)
    assert result.exit_code == 0, result.stderr
    assert "Traceback" not in result.output
    return result.stdout


def as_json(*args: str) -> Any:
    return orjson.loads(ok(*args, "--json"))


def fits_80_columns(text: str, cut: bool = False) -> None:
    """No line wider than 80; nothing ellipsized, unless ``cut`` (one-line listings cut after a word)."""
    widths = [len(line) for line in text.splitlines()]
    assert max(widths, default=0) <= 80, max(widths)
    assert cut or "…" not in text  # nothing ellipsized
    assert "\x1b[" not in text  # plain: no escape codes


def write(dataset: Dataset, directory: Path, name: str) -> Path:
    path = directory / name
    dump(dataset, path)
    return path


def first_lines(out: str, prefixes: tuple[str, ...]) -> dict[str, str]:
    """The last cell of each row's first line (the 'claims' count), by the id the row shows.

    Rows lead with names; the id is a word of some line of the row (rows are
    separated by blank lines).
    """
    found: dict[str, str] = {}
    for block in out.split("\n\n"):
        lines = block.splitlines()
        rules = [i for i, line in enumerate(lines) if line.strip() and set(line) <= {"-", " "}]
        lines = [line for line in lines[rules[-1] + 1 if rules else 0 :] if line.strip()]
        ids = [word for line in lines for word in line.split() if word.startswith(prefixes)]
        if lines and ids:
            found[ids[0]] = lines[0].split()[-1]
    return found
