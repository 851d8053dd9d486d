"""The command-line tests' fixtures."""

from __future__ import annotations

from pathlib import Path

import pytest

from iransyria.serialization import dump
from tests.test_queries import SMALL


@pytest.fixture
def small_file(tmp_path: Path) -> Path:
    """The small two-agreement dataset of the query tests, as a JSON file."""
    path = tmp_path / "small.json"
    dump(SMALL, path)
    return path
