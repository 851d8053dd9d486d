"""read() on the test articles written for it: every planted error contradicted, nothing accurate contradicted."""

from __future__ import annotations

import pytest

from iransyria.extraction import Reading, read
from iransyria.verification import Verdict
from tests.extraction.articles import ARTICLES, WrittenArticle


def _span(article: WrittenArticle, words: str) -> tuple[int, int]:
    at = article.text.find(words)
    assert at >= 0, f"{article.name}: {words!r} is not in the text"
    return at, at + len(words)


def _overlapping(reading: Reading, span: tuple[int, int]) -> list:
    return [s for s in reading.statements if s.start < span[1] and span[0] < s.end]


@pytest.fixture(scope="module")
def readings() -> dict[str, Reading]:
    return {a.name: read(a.text, published=a.published) for a in ARTICLES}


def test_there_are_eight_or_more_articles_in_several_styles() -> None:
    assert len(ARTICLES) >= 8
    assert len({a.style for a in ARTICLES}) >= 5


@pytest.mark.parametrize("article", ARTICLES, ids=lambda a: a.name)
def test_every_planted_error_is_contradicted(article: WrittenArticle, readings: dict[str, Reading]) -> None:
    reading = readings[article.name]
    for words in article.errors:
        found = _overlapping(reading, _span(article, words))
        contradicted = [s for s in found if s.verdict is Verdict.CONTRADICTED]
        assert contradicted, (
            f"{article.name}: {words!r} not contradicted; found {[(s.pattern, s.verdict) for s in found]}"
        )
        own = any(s.article_error for s in contradicted)
        assert own is (words not in article.reported), f"{article.name}: {words!r} article's own error: {own}"


@pytest.mark.parametrize("article", ARTICLES, ids=lambda a: a.name)
def test_nothing_accurate_is_contradicted(article: WrittenArticle, readings: dict[str, Reading]) -> None:
    reading = readings[article.name]
    for words in article.accurate:
        found = _overlapping(reading, _span(article, words))
        assert found, f"{article.name}: no statement found in {words!r}"
        for statement in found:
            error_spans = [_span(article, e) for e in article.errors]
            if any(statement.start < b and a < statement.end for a, b in error_spans):
                continue  # a statement that also holds a planted error
            assert statement.verdict is not Verdict.CONTRADICTED, (
                f"{article.name}: {article.text[statement.start : statement.end]!r} contradicted: "
                f"{[r.reason for r in statement.results]}"
            )


@pytest.mark.parametrize("article", ARTICLES, ids=lambda a: a.name)
def test_no_contradiction_outside_the_planted_errors(
    article: WrittenArticle, readings: dict[str, Reading]
) -> None:
    errors = [_span(article, e) for e in article.errors]
    for statement in readings[article.name].statements:
        if statement.verdict is Verdict.CONTRADICTED:
            assert any(statement.start < b and a < statement.end for a, b in errors), (
                f"{article.name}: {article.text[statement.start : statement.end]!r} contradicted: "
                f"{[r.reason for r in statement.results]}"
            )


@pytest.mark.parametrize("article", ARTICLES, ids=lambda a: a.name)
def test_each_claim_quotes_the_text_at_its_offset(
    article: WrittenArticle, readings: dict[str, Reading]
) -> None:
    for statement in readings[article.name].statements:
        assert article.text[statement.start : statement.end]
        for claim in statement.claims:
            assert claim.offset is not None
            assert article.text[claim.offset : claim.offset + len(claim.quote)] == claim.quote
