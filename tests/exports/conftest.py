"""The exports' tests share the shipped dataset and one export of it per format."""

from __future__ import annotations

from pathlib import Path

import pytest

import iransyria
from iransyria.dataset import Dataset
from iransyria.exports import export

SHIPPED: Dataset = iransyria.shipped()


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The shipped dataset exported as a data package (a folder)."""
    folder = tmp_path_factory.mktemp("package")
    export(SHIPPED, "datapackage", folder)
    return folder


@pytest.fixture(scope="module")
def jsonl_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The shipped dataset exported as JSON Lines."""
    path = tmp_path_factory.mktemp("jsonl") / "iransyria.jsonl"
    export(SHIPPED, "jsonl", path)
    return path
