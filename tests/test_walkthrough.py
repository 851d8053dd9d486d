"""docs/your-own-sources.md runs as written: every command, file and Python block, in order.

The walkthrough is replayed in a temporary folder holding only the made-up
article: none of the five real articles is needed (``check --data`` checks
the quotes of the user's files only). A ``<!-- file: PATH -->``
comment before a JSON block writes that block to PATH; a console block's
``$ iransyria ...`` lines run through the app and must print what follows
them (``...`` stands for any text); a Python block runs and must print the
text block after it.
"""

from __future__ import annotations

import contextlib
import io
import re
import shlex
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from iransyria.cli import app
from tests.conftest import REPO

DOC = (REPO / "docs" / "your-own-sources.md").read_text(encoding="utf-8")
BLOCK = re.compile(r"(?:<!-- file: (?P<file>\S+) -->\n)?```(?P<lang>\w+)\n(?P<body>.*?)```", re.DOTALL)
ENV = {"COLUMNS": "80", "NO_COLOR": "1", "IRANSYRIA_ARTICLES": None}


def matches(expected: str, actual: str) -> bool:
    pattern = r"(?:.|\n)*?".join(re.escape(part) for part in expected.split("..."))
    return re.fullmatch(pattern, actual) is not None


def commands(body: str) -> list[tuple[str, str]]:
    """(command line, expected output) of each ``$ `` line of a console block."""
    found: list[tuple[str, str]] = []
    for line in body.splitlines(keepends=True):
        if line.startswith("$ "):
            found.append((line[2:].strip(), ""))
        else:
            command, expected = found[-1]
            found[-1] = (command, expected + line)
    return found


def test_the_walkthrough_runs_as_written(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shutil.copy(REPO / "examples" / "made-up-article.txt", tmp_path)
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    blocks = list(BLOCK.finditer(DOC))
    ran = {"console": 0, "json": 0, "python": 0}
    for index, block in enumerate(blocks):
        lang, body = block["lang"], block["body"]
        if block["file"]:
            (tmp_path / block["file"]).write_text(body, encoding="utf-8")
            ran["json"] += 1
        elif lang == "console":
            for command, expected in commands(body):
                argv = shlex.split(command)
                assert argv[0] == "iransyria", command
                result = runner.invoke(app, argv[1:], env=ENV, catch_exceptions=False)
                assert matches(expected, result.output), f"$ {command}\n{result.output}"
                ran["console"] += 1
        elif lang == "python":
            printed = io.StringIO()
            with contextlib.redirect_stdout(printed):
                exec(compile(body, "docs/your-own-sources.md", "exec"), {})
            following = blocks[index + 1]
            assert following["lang"] == "text"
            assert printed.getvalue() == following["body"]
            ran["python"] += 1
    assert ran == {"console": 10, "json": 3, "python": 1}


def test_the_wildcard_matches_only_what_it_should() -> None:
    assert matches("a\n...\nz\n", "a\nb\nc\nz\n")
    assert not matches("a\n...\nz\n", "a\nb\ny\n")
    assert matches("wrote ... records\n", "wrote 12 records\n")
