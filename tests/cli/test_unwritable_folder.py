"""A write into a folder that refuses new files names the file the user asked for (issues 23 and 24, class 8).

Every writer makes a temporary file beside the target and renames it into
place; the folder refusing the temporary made the error name
``.out.json.x8d2k.tmp``, a file the user never named. Each command that
writes a file is run here into a folder the kernel itself refuses to create
files in: a folder without write permission when the tests run as a user,
and, when they run as root (whom permissions do not stop), ``/sys``, where
sysfs refuses every new file to root too. Both are real refusals of the
temporary's creation, not a patched function.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.cli.helpers import run

ARTICLE = "Hatami signed the defence pact in Damascus on Sunday.\n"


@pytest.fixture
def refusing(tmp_path: Path) -> Iterator[Path]:
    """A folder in which creating a file fails with 'Permission denied', whoever runs the tests."""
    if os.geteuid() != 0:
        folder = tmp_path / "read-only"
        folder.mkdir()
        folder.chmod(0o555)
        yield folder
        folder.chmod(0o755)
        return
    sys_folder = Path("/sys")
    try:
        tempfile.mkstemp(dir=sys_folder)
    except PermissionError:
        yield sys_folder
        return
    raise AssertionError("/sys took a new file: no folder here refuses root")  # pragma: no cover


def _commands(folder: Path, article: Path) -> dict[str, tuple[list[str], Path]]:
    """Each command that writes a file the user names, with the file it is asked to write in ``folder``."""
    return {
        "export --out": (["export", "--out", str(folder / "out.json")], folder / "out.json"),
        "export --table --out": (
            ["export", "--table", "claims", "--out", str(folder / "claims.csv")],
            folder / "claims.csv",
        ),
        "export csv folder": (
            ["export", "--format", "csv", "--out", str(folder / "tables")],
            folder / "tables",
        ),
        "new-source --out": (
            [
                "new-source",
                str(article),
                "--id",
                "src-made-up",
                "--title",
                "T",
                "--out",
                str(folder / "new.json"),
            ],
            folder / "new.json",
        ),
        "read --html": (
            ["read", str(article), "--html", str(folder / "report.html")],
            folder / "report.html",
        ),
        "timeline --plot": (["timeline", "--plot", str(folder / "timeline.svg")], folder / "timeline.svg"),
    }


NAMES = list(_commands(Path("x"), Path("y")))


@pytest.mark.parametrize("name", NAMES)
def test_a_refused_write_names_the_users_file_not_the_temporary(
    name: str, refusing: Path, tmp_path: Path
) -> None:
    article = tmp_path / "article.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    args, target = _commands(refusing, article)[name]
    result = run(*args)
    assert result.exit_code == 2
    lines = result.stderr.splitlines()
    assert len(lines) == 1, lines
    assert lines[0].startswith(f"iransyria: {target}: cannot write: "), lines[0]
    assert ".tmp" not in result.stderr
    assert not os.path.lexists(target)
    if refusing != Path("/sys"):
        assert list(refusing.iterdir()) == []
