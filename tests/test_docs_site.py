"""The documentation site builds strictly, and a broken link fails the build."""

from __future__ import annotations

import html
import shutil
import subprocess
import sys
from pathlib import Path

import iransyria
from iransyria import queries
from iransyria.cli import plot
from tests.conftest import REPO


def _build(root: Path, site: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "mkdocs",
            "build",
            "--strict",
            "-f",
            str(root / "mkdocs.yml"),
            "-d",
            str(site),
        ],
        capture_output=True,
        text=True,
        cwd=root,
        check=False,
    )


def test_the_site_builds_strictly_with_every_page(tmp_path: Path) -> None:
    result = _build(REPO, tmp_path / "site")
    assert result.returncode == 0, result.stderr
    for page in (REPO / "docs").glob("*.md"):
        built = "index.html" if page.stem == "index" else f"{page.stem}/index.html"
        assert (tmp_path / "site" / built).is_file(), page.name
    assert (tmp_path / "site" / "timeline.svg").is_file()


def test_a_broken_link_fails_the_build(tmp_path: Path) -> None:
    shutil.copy(REPO / "mkdocs.yml", tmp_path / "mkdocs.yml")
    shutil.copytree(REPO / "docs", tmp_path / "docs")
    with (tmp_path / "docs" / "index.md").open("a", encoding="utf-8") as page:
        page.write("\nSee [the missing page](missing.md).\n")
    result = _build(tmp_path, tmp_path / "site")
    assert result.returncode != 0
    assert "missing.md" in result.stderr


def test_the_readme_links_to_the_pages_and_shows_the_picture() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert "![" in readme and "(docs/timeline.svg)" in readme
    unlinked = [page.name for page in (REPO / "docs").glob("*.md") if f"(docs/{page.name})" not in readme]
    assert not unlinked, (
        f"add a line '- [docs/NAME](docs/NAME): what it holds' to the README's Documentation list for {unlinked}"
    )


def test_the_pictured_timeline_shows_every_item_of_the_current_one() -> None:
    data = iransyria.shipped()
    names = {actor.id: actor.name for actor in data.actors}
    svg = html.unescape((REPO / "docs" / "timeline.svg").read_text(encoding="utf-8"))
    missing = [plot.label(event, names) for event in queries.timeline(dataset=data)]
    missing = [text for text in missing if text not in svg]
    assert not missing, f"redraw docs/timeline.svg (iransyria timeline --plot docs/timeline.svg): {missing}"
