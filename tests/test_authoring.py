"""Authoring: a new source's skeleton, locating quotes, and the shipped quotes' offsets."""

from __future__ import annotations

import hashlib
from pathlib import Path

import attrs
import pytest

import iransyria
from iransyria.authoring import (
    TO_FILL,
    fill_offsets,
    locate,
    new_source,
    offsets_module,
    quote_offsets,
    read_article,
)
from iransyria.data import build
from iransyria.data.offsets import OFFSETS
from iransyria.dates import FuzzyDate
from iransyria.rules import validate
from iransyria.serialization import dumps, loads
from tests.conftest import REPO

ARTICLE = REPO / "examples" / "made-up-article.txt"
TEXT = ARTICLE.read_text(encoding="utf-8")


def test_locate_an_exact_quote_gives_its_offsets_and_count() -> None:
    quote = "signed a comprehensive military agreement on 8 July 2020"
    place = locate(TEXT, quote)
    assert place.exact and place.differences == ()
    assert TEXT[place.start : place.end] == quote
    assert place.occurrences == 1
    assert locate(TEXT, "the").occurrences == TEXT.count("the")


def test_locate_explains_a_near_miss() -> None:
    # A curly apostrophe where the article has a straight one, and a word changed.
    place = locate(TEXT, "signed by Iran’s chief of staff Muhammad Bagheri")
    assert not place.exact
    assert TEXT[place.start : place.end] == place.found == "signed by Iran's chief of staff Mohammad Bagheri"
    assert "the quote has '’' where the article has \"'\"" in place.differences[0]
    assert any("'u' where the article has 'o'" in line for line in place.differences)
    assert 0.9 < place.ratio < 1


def test_locate_reports_nothing_near() -> None:
    place = locate(TEXT, "zqxj vwkp")
    assert (place.start, place.exact, place.found) == (-1, False, "")


def test_new_source_hashes_the_article_and_marks_what_to_fill() -> None:
    skeleton = new_source(
        ARTICLE, "src-example-gazette", "Made-up report", published=FuzzyDate.parse("2020-07")
    )
    (source,) = skeleton.sources
    assert source.sha256 == hashlib.sha256(ARTICLE.read_bytes()).hexdigest()
    assert source.file == "made-up-article.txt"
    assert source.published_basis.startswith(TO_FILL) and source.outlet_basis.startswith(TO_FILL)
    assert skeleton.claims == ()
    assert loads(dumps(skeleton)) == skeleton
    codes = [(v.code, v.path) for v in validate(skeleton, ARTICLE.parent)]
    assert codes == [
        ("IS806", "sources[src-example-gazette].outlet_basis"),
        ("IS806", "sources[src-example-gazette].published_basis"),
    ]


def test_read_article_names_a_file_that_is_not_utf8(tmp_path: Path) -> None:
    bad = tmp_path / "latin1.txt"
    bad.write_bytes("Damas\xe9".encode("latin-1"))
    with pytest.raises(ValueError, match=r"latin1.txt: not UTF-8 text \(byte 5\)"):
        read_article(bad)


def test_fill_offsets_sets_claims_and_evidence_by_key() -> None:
    data = build()
    claim, correction = data.claims[0], data.corrections[0]
    filled = fill_offsets(data, {claim.id: 7, f"{correction.id}#0": 9})
    assert filled.claim_index[claim.id].offset == 7
    assert filled.correction_index[correction.id].evidence[0].offset == 9


def test_every_shipped_quote_records_its_offset() -> None:
    data = iransyria.shipped()
    keys = {c.id for c in data.claims} | {
        f"{c.id}#{i}" for c in data.corrections for i in range(len(c.evidence))
    }
    regenerate = "run: python -m iransyria.data offsets ../shared/articles > iransyria/data/offsets.py"
    assert set(OFFSETS) == keys, regenerate
    assert all(c.offset is not None for c in data.claims)


def test_shipped_offsets_are_those_of_the_articles(articles: Path) -> None:
    data = iransyria.shipped()
    assert offsets_module(quote_offsets(data, articles)) == (
        REPO / "iransyria" / "data" / "offsets.py"
    ).read_text(encoding="utf-8")
    assert [v for v in validate(data, articles) if v.code == "IS805"] == []
    for claim in data.claims[:20]:
        source = data.source_index[claim.source]
        text = read_article(articles / source.file)[1]
        assert claim.offset is not None
        assert text[claim.offset : claim.offset + len(claim.quote)] == claim.quote


def test_quote_offsets_are_found_in_articles_written_for_the_tests() -> None:
    """quote_offsets and fill_offsets on texts of our own: what the shipped offsets are made with."""
    from tests.own_articles import FOLDER, MINE

    offsets = quote_offsets(MINE, FOLDER)
    expected = {c.id: c.offset for c in MINE.claims} | {
        f"{c.id}#{i}": e.offset for c in MINE.corrections for i, e in enumerate(c.evidence)
    }
    assert offsets == expected
    unplaced = MINE.evolve(claims=[attrs.evolve(c, offset=None) for c in MINE.claims])
    assert fill_offsets(unplaced, offsets) == MINE
    generated: dict[str, object] = {}
    exec(offsets_module(offsets), generated)
    assert generated["OFFSETS"] == offsets
