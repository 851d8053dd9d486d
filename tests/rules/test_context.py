"""The shared context: the dataset's grouped tables and each article read once."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from iransyria.models import (
    Predicate,
)
from iransyria.rules import Context, context, validate
from tests.rules.conftest import (
    A18,
    BASE,
    FILES,
    S18,
    S20,
)


def test_the_context_reads_the_datasets_grouped_tables() -> None:
    ctx = Context(BASE)
    assert ctx.claims_by_subject is BASE.claims_by_subject
    assert ctx.corrections_by_target is BASE.corrections_by_target
    assert ctx.claims_by_key[A18, Predicate.SIGNATORY] == [
        c for c in BASE.claims if c.subject == A18 and c.predicate is Predicate.SIGNATORY
    ]


def test_each_article_file_is_read_once(article_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    reads: Counter[str] = Counter()
    read_regular = context.read_regular

    def counting(path: Path) -> bytes:
        reads[path.name] += 1
        return read_regular(path)

    monkeypatch.setattr(context, "read_regular", counting)
    assert validate(BASE, article_dir) == []
    assert reads == {FILES[S18]: 1, FILES[S20]: 1}
