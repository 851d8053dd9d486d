"""What a reader sees names things, not the code: no Python file or attribute in any record's text."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import iransyria
from iransyria.serialization import unstructure

# A Python file, a snake_case attribute, or a CONSTANT.attribute.
CODE_WORDS = re.compile(r"\b\w+\.py\b|\b[a-z]+_[a-z_]+\b|\b[A-Z]{2,}\.[a-z_]+\b|\bSOURCE\b")


def _texts(value: Any, path: str = "") -> Iterator[tuple[str, str]]:
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, dict):
        for key, item in value.items():
            if key not in {"id", "file", "sha256"} and not key.endswith(
                ("source", "actor", "subject", "target")
            ):
                yield from _texts(item, f"{path}.{key}")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _texts(item, f"{path}[{index}]")


def test_no_record_text_names_a_python_file_or_attribute() -> None:
    exported = unstructure(iransyria.shipped())
    found = [(path, CODE_WORDS.findall(text)) for path, text in _texts(exported) if CODE_WORDS.search(text)]
    assert not found
