"""The annotated article: passages found, numbered in reading order, bracketed, the file checked.

The behaviour is tested on the articles written for the tests (tests/own_articles.py);
only the first test checks the shipped quotes against the five real articles.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import attrs
import pytest

import iransyria
from iransyria.errors import InvalidField
from iransyria.queries import article as annotate
from tests.own_articles import CORRECTION, FOLDER, HATAMI_SIGNED, OWN, WIRE_2018, WIRE_2020

DATA = iransyria.shipped()


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


@pytest.mark.parametrize("source", [WIRE_2018, WIRE_2020])
def test_every_quote_of_an_own_article_is_a_numbered_passage(source: str) -> None:
    found = annotate.annotate(source, OWN, FOLDER)
    assert found.missing == ()
    assert [p.number for p in found.passages] == list(range(1, len(found.passages) + 1))
    assert [p.start for p in found.passages] == sorted(p.start for p in found.passages)
    assert {c for p in found.passages for c in p.claims} == {c.id for c in OWN.claims_by_source[source]}
    for passage in found.passages:
        for claim in passage.claims:
            assert found.text[passage.start : passage.end] == OWN.claim_index[claim].quote
    assert 0 < found.covered < len(found.text)


def test_plain_marks_are_balanced_and_remove_to_the_text() -> None:
    found = annotate.annotate(WIRE_2018, OWN, FOLDER)
    marked = annotate.mark(found)
    assert re.sub(r"\[/?\d+\]", "", marked) == found.text
    # The correction's evidence lies inside the signing claim's quote: the passages nest.
    assert "[1][2]Defence Minister Amir Hatami[/2] signed for Iran[/1]" in marked
    assert "[3]Foreign Minister Amir Hatami[/3]" in marked
    open_ = []
    for closing, number in re.findall(r"\[(/?)(\d+)\]", marked):
        if closing:
            assert open_.pop() == number  # properly nested: the last opened closes first
        else:
            open_.append(number)
    assert not open_


def test_corrections_evidence_is_a_passage_too() -> None:
    found = annotate.annotate(WIRE_2018, OWN, FOLDER)
    (cited,) = [p for p in found.passages if CORRECTION in p.corrections]
    assert found.text[cited.start : cited.end] == "Defence Minister Amir Hatami"
    assert cited.claims == ()  # only the correction cites it; the signing claim's passage holds it
    assert HATAMI_SIGNED in {c for p in found.passages for c in p.claims}


def _copy(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    shutil.copytree(FOLDER, folder)
    return folder


def test_a_changed_article_is_refused_by_its_hash(tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    source = OWN.source_index[WIRE_2018]
    (folder / source.file).write_bytes((folder / source.file).read_bytes() + b"\nadded")
    with pytest.raises(annotate.ArticleError, match=rf"SHA-256 [0-9a-f]{{64}} is not the {source.sha256}"):
        annotate.annotate(WIRE_2018, OWN, folder)


def test_a_missing_or_escaping_file_is_refused(tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    source = OWN.source_index[WIRE_2018]
    (folder / source.file).unlink()
    with pytest.raises(annotate.ArticleError, match="no such article file"):
        annotate.annotate(WIRE_2018, OWN, folder)
    with pytest.raises(InvalidField, match="bare name"):
        attrs.evolve(source, file="../secret.txt")
    with attrs.validators.disabled():  # the model refuses it; annotate must refuse it too
        outside = attrs.evolve(source, file="../secret.txt")
    data = OWN.evolve(sources=[outside if s.id == WIRE_2018 else s for s in OWN.sources])
    with pytest.raises(annotate.ArticleError, match="lies outside"):
        annotate.annotate(WIRE_2018, data, folder)


def test_a_quote_not_in_the_article_is_listed_as_missing() -> None:
    claim = OWN.claims_by_source[WIRE_2020][0]
    changed = attrs.evolve(claim, quote="words the article never printed")
    data = OWN.evolve(claims=[changed if c.id == claim.id else c for c in OWN.claims])
    assert annotate.annotate(WIRE_2020, data, FOLDER).missing == (claim.id,)
