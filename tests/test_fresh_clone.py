"""The README's test command passes on a fresh clone, with nothing beside it (issue 23).

The repository is cloned (``git clone`` of this checkout's commit) into a
temporary folder with no article texts anywhere near it, and the README's
pytest command runs there. The whole suite would take minutes, so it runs on
the modules that hold every check of the shipped quotes against the real
articles, and those that once needed the articles for behaviour (the example
and the walkthrough that add a source, ``show source --text``). It must pass
with only those quote checks skipped, reported in one line; and with
``IRANSYRIA_REQUIRE_ARTICLES`` set (as in CI) the same run fails.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ARTICLES_SETTING, REPO, REQUIRE_SETTING, SKIP_REASON

#: The modules run in the clone: every quote check against the real articles, and the tests that
#: once needed the articles to test behaviour.
MODULES = (
    "tests/test_data.py",
    "tests/test_article.py",
    "tests/test_authoring.py",
    "tests/rules/test_shipped.py",
    "tests/cli/show/test_sources.py",
    "tests/test_examples.py",
    "tests/test_walkthrough.py",
)


@pytest.fixture(scope="module")
def clone(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if shutil.which("git") is None:
        pytest.fail("git is needed to clone the repository")
    # A folder of its own: no shared/articles beside the clone.
    folder = tmp_path_factory.mktemp("fresh") / "iransyria"
    subprocess.run(["git", "clone", "--quiet", str(REPO), str(folder)], check=True, capture_output=True)
    assert not (folder.parent / "shared").exists()
    return folder


def _pytest(clone: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    """The README's `python3 -m pytest -q`, with ``args`` (modules, options), in the clone, without the articles."""
    clean = {k: v for k, v in os.environ.items() if k not in {ARTICLES_SETTING, REQUIRE_SETTING, "CI"}}
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "no:randomly", *args],
        cwd=clone,
        env={**clean, **env},
        capture_output=True,
        text=True,
        check=False,
    )


def test_the_clone_imports_its_own_code(clone: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-c", "import iransyria; print(iransyria.__file__)"],
        cwd=clone,
        capture_output=True,
        text=True,
        check=True,
    )
    assert Path(done.stdout.strip()).is_relative_to(clone)


def test_the_readme_test_command_passes_on_a_fresh_clone(clone: Path) -> None:
    readme = (clone / "README.md").read_text(encoding="utf-8")
    assert "python3 -m pytest -q" in readme and ARTICLES_SETTING in readme
    done = _pytest(clone, *MODULES)
    out = done.stdout
    assert done.returncode == 0, out[-3000:] + done.stderr[-2000:]
    summary = out.strip().splitlines()[-1]
    passed = int(re.search(r"(\d+) passed", summary)[1])  # type: ignore[index]
    skipped = int(re.search(r"(\d+) skipped", summary)[1])  # type: ignore[index]
    assert passed > 0 and skipped > 0
    assert "failed" not in summary and "error" not in summary
    # Every skip is a quote check for want of the articles, told in one line with their number.
    lines = [line for line in out.splitlines() if line.startswith("SKIPPED")]
    assert lines == [f"SKIPPED [{skipped}] tests/conftest.py:{_skip_line(clone)}: {SKIP_REASON}"]


def test_ci_fails_a_run_that_skips(clone: Path) -> None:
    # The first quote check fails the run: -x stops there, in one process.
    done = _pytest(clone, "-x", "-n", "0", "tests/test_data.py", **{REQUIRE_SETTING: "1"})
    assert done.returncode != 0
    assert f"{REQUIRE_SETTING} is set but {ARTICLES_SETTING} names no folder" in done.stdout


def _skip_line(clone: Path) -> int:
    lines = (clone / "tests" / "conftest.py").read_text(encoding="utf-8").split("\n")
    return 1 + lines.index("        pytest.skip(SKIP_REASON)")
