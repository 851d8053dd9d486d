"""docs/model.md's tables of predicates, value types and vocabularies are generated from the models.

Each table sits between ``<!-- generated:NAME -->`` and ``<!-- end:NAME -->``;
the test fails when the committed table differs from what the code gives.
Regenerate with ``python -m tests.test_model_doc``.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path

import attrs

from iransyria import models
from iransyria.models import FIELD_PREDICATES, PREDICATE_VALUES, VALUE_TAGS, Predicate, subject_kind
from tests.conftest import REPO

MODEL_DOC = REPO / "docs" / "model.md"


def predicate_table(
    predicates: Iterable[Predicate] = Predicate,
    values: Mapping[Predicate, type] = PREDICATE_VALUES,
    tags: Mapping[type, str] = VALUE_TAGS,
) -> str:
    fields = {predicate: field for field, predicate in FIELD_PREDICATES.items()}
    rows = [
        f"| `{p.value}` | {subject_kind(p)} "
        f"| `{tags[values[p]]}` | {f'`{fields[p]}`' if p in fields else ''} |"
        for p in predicates
    ]
    return "\n".join(
        [
            "| predicate | subject | value type | agreement field it backs |",
            "| --- | --- | --- | --- |",
            *rows,
        ]
    )


def value_table(tags: Mapping[type, str] = VALUE_TAGS) -> str:
    rows = [
        f"| `{tag}` | `{kind.__name__}` | {', '.join(f'`{f.name}`' for f in attrs.fields(kind))} |"
        for kind, tag in tags.items()
    ]
    return "\n".join(["| type tag | class | fields |", "| --- | --- | --- |", *rows])


def vocabulary_table(vocabularies: Iterable[type[enum.Enum]] | None = None) -> str:
    if vocabularies is None:
        vocabularies = [
            value
            for name in models.__all__
            if isinstance(value := getattr(models, name), type) and issubclass(value, enum.Enum)
            if value is not Predicate  # its own table
        ]
    rows = [
        f"| `{vocabulary.__name__}` | {', '.join(f'`{member.value}`' for member in vocabulary)} |"
        for vocabulary in sorted(vocabularies, key=lambda v: v.__name__)
    ]
    return "\n".join(["| vocabulary | values |", "| --- | --- |", *rows])


TABLES: dict[str, Callable[[], str]] = {
    "predicates": predicate_table,
    "value-types": value_table,
    "vocabularies": vocabulary_table,
}


def _block(name: str) -> re.Pattern[str]:
    return re.compile(rf"(<!-- generated:{name} -->\n)(.*?)(\n<!-- end:{name} -->)", re.DOTALL)


def committed(text: str, name: str) -> str:
    found = _block(name).search(text)
    assert found, f"docs/model.md has no generated:{name} block"
    return found.group(2)


def regenerate(path: Path = MODEL_DOC) -> None:
    text = path.read_text(encoding="utf-8")
    for name, table in TABLES.items():
        text = _block(name).sub(lambda m, table=table: m.group(1) + table() + m.group(3), text)
    path.write_text(text, encoding="utf-8")


def test_the_model_doc_tables_are_what_the_code_generates() -> None:
    text = MODEL_DOC.read_text(encoding="utf-8")
    for name, table in TABLES.items():
        assert committed(text, name) == table(), (
            f"docs/model.md {name} table is stale: python -m tests.test_model_doc"
        )


def test_a_planted_drift_is_noticed() -> None:
    text = MODEL_DOC.read_text(encoding="utf-8")
    # A predicate the code no longer has, or a value type under another tag, changes the tables.
    fewer = [predicate for predicate in Predicate if predicate is not Predicate.QUANTITY]
    assert predicate_table(fewer) != committed(text, "predicates")
    renamed = {**VALUE_TAGS, next(iter(VALUE_TAGS)): "day"}
    assert value_table(renamed) != committed(text, "value-types")
    assert vocabulary_table([models.Standing]) != committed(text, "vocabularies")


if __name__ == "__main__":
    regenerate()
