"""What users cite and trust: the versions, CITATION.cff, the changelog's data entries, URLs, licences."""

from __future__ import annotations

import importlib.metadata
import re
import tomllib

import iransyria
from tests.conftest import REPO

CHANGELOG = (REPO / "CHANGELOG.md").read_text(encoding="utf-8")


def test_the_installed_version_is_the_code_version() -> None:
    assert importlib.metadata.version("iransyria") == iransyria.__version__


def test_citation_cff_names_this_version_and_what_to_cite() -> None:
    cff = (REPO / "CITATION.cff").read_text(encoding="utf-8")
    fields = dict(re.findall(r"^([a-z-]+): *(.*)$", cff, flags=re.MULTILINE))
    assert fields["cff-version"] == "1.2.0"
    assert fields["version"] == f'"{iransyria.__version__}"'
    assert {"message", "title", "authors", "license", "repository-code"} <= set(fields)


def test_the_data_version_has_the_newest_data_entry_in_the_changelog() -> None:
    data_versions = re.findall(
        r"^## \[data (\d+\.\d+\.\d+)\] - \d{4}-\d{2}-\d{2}$", CHANGELOG, flags=re.MULTILINE
    )
    assert data_versions[0] == iransyria.DATA_VERSION
    assert data_versions == sorted(data_versions, key=lambda v: tuple(map(int, v.split("."))), reverse=True)


def test_project_urls_and_licence_files() -> None:
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert {"Homepage", "Source", "Issues", "Changelog"} <= set(project["urls"])
    assert project["license-files"] == ["LICENSE", "LICENSE-QUOTES.md"]
    assert "copyright stays with their publishers" in (REPO / "LICENSE-QUOTES.md").read_text(encoding="utf-8")


def test_the_readme_says_how_to_cite() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert "## Citing and licences" in readme and "CITATION.cff" in readme and "LICENSE-QUOTES.md" in readme
