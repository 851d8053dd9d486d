"""The annotated article: passages found, numbered in reading order, bracketed, the file checked."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import attrs
import pytest

import iransyria
from iransyria.errors import InvalidField
from iransyria.queries import article as annotate

DATA = iransyria.shipped()
NEW_DEAL = "src-unknown-2018-new-deal"


@pytest.mark.parametrize("source", [source.id for source in DATA.sources])
def test_every_quote_of_a_source_is_a_numbered_passage(source: str, articles: Path) -> None:
    found = annotate.annotate(source, DATA, articles)
    assert found.missing == ()
    assert [p.number for p in found.passages] == list(range(1, len(found.passages) + 1))
    assert [p.start for p in found.passages] == sorted(p.start for p in found.passages)
    cited = {c for p in found.passages for c in p.claims}
    assert cited == {c.id for c in DATA.claims_by_source[source]}
    for passage in found.passages:
        for claim in passage.claims:
            assert found.text[passage.start : passage.end] == DATA.claim_index[claim].quote
    assert 0 < found.covered < len(found.text)


def test_plain_marks_are_balanced_and_remove_to_the_text(articles: Path) -> None:
    found = annotate.annotate(NEW_DEAL, DATA, articles)
    marked = annotate.mark(found)
    assert re.sub(r"\[/?\d+\]", "", marked) == found.text
    assert "[6]Iranian Foreign Minister Amir Hatami[/6]" in marked
    open_ = []
    for closing, number in re.findall(r"\[(/?)(\d+)\]", marked):
        if closing:
            assert open_.pop() == number  # properly nested: the last opened closes first
        else:
            open_.append(number)
    assert not open_


def test_corrections_evidence_is_a_passage_too(articles: Path) -> None:
    found = annotate.annotate("src-media-line-2018", DATA, articles)
    assert any("cor-hatami-not-foreign-minister" in p.corrections for p in found.passages)


def _copy(articles: Path, tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    shutil.copytree(articles, folder)
    return folder


def test_a_changed_article_is_refused_by_its_hash(articles: Path, tmp_path: Path) -> None:
    folder = _copy(articles, tmp_path)
    source = DATA.source_index[NEW_DEAL]
    (folder / source.file).write_bytes((folder / source.file).read_bytes() + b"\nadded")
    with pytest.raises(annotate.ArticleError, match=rf"SHA-256 [0-9a-f]{{64}} is not the {source.sha256}"):
        annotate.annotate(NEW_DEAL, DATA, folder)


def test_a_missing_or_escaping_file_is_refused(articles: Path, tmp_path: Path) -> None:
    folder = _copy(articles, tmp_path)
    source = DATA.source_index[NEW_DEAL]
    (folder / source.file).unlink()
    with pytest.raises(annotate.ArticleError, match="no such article file"):
        annotate.annotate(NEW_DEAL, DATA, folder)
    with pytest.raises(InvalidField, match="bare name"):
        attrs.evolve(source, file="../secret.txt")
    with attrs.validators.disabled():  # the model refuses it; annotate must refuse it too
        outside = attrs.evolve(source, file="../secret.txt")
    data = DATA.evolve(sources=[outside if s.id == NEW_DEAL else s for s in DATA.sources])
    with pytest.raises(annotate.ArticleError, match="lies outside"):
        annotate.annotate(NEW_DEAL, data, folder)


def test_a_quote_not_in_the_article_is_listed_as_missing(articles: Path) -> None:
    claim = DATA.claims_by_source[NEW_DEAL][0]
    changed = attrs.evolve(claim, quote="words the article never printed")
    data = DATA.evolve(claims=[changed if c.id == claim.id else c for c in DATA.claims])
    assert annotate.annotate(NEW_DEAL, data, articles).missing == (claim.id,)
