"""The blind second encoding of each article, compared with the shipped claims (``iransyria.data.compare``).

The figures ``docs/data.md`` states are the figures the comparison gives on
the shipped data: a change to the data that moves them fails here until the
docs say so. Every fact the second coder found and the shipped data has not
is encoded since, or listed in ``docs/data.md`` as left out with its reason.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from iransyria.data import shipped
from iransyria.data.compare import Comparison, compare, compare_all, main, read_encoding, table
from iransyria.errors import DataError

ENCODINGS = Path(__file__).parent / "data" / "second_encoding"
DOCS = Path(__file__).parent.parent / "docs" / "data.md"


def _section(title: str) -> str:
    text = DOCS.read_text(encoding="utf-8")
    start = text.index(title)
    rest = text[start:]
    return rest[: rest.index("\n\n", rest.index("| ---"))]


def test_the_five_articles_have_a_second_encoding() -> None:
    articles = sorted(read_encoding(path)[0] for path in ENCODINGS.glob("*.json"))
    assert articles == sorted(s.file for s in shipped().sources)


def test_docs_state_the_figures_the_comparison_gives() -> None:
    """docs/data.md's 'after reconciling' table is the comparison's table on today's data."""
    figures = table(compare_all(shipped(), ENCODINGS))
    assert _section("Agreement after reconciling") == "Agreement after reconciling\n\n" + figures.rstrip("\n")


def test_the_command_prints_the_table(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(ENCODINGS)]) == 0
    assert capsys.readouterr().out == table(compare_all(shipped(), ENCODINGS))


def test_an_encoding_fact_without_a_predicate_is_one_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.json"
    fact = {"subject": "agr-x", "predicate": "likes", "value": "x", "standing": "accepted", "quote": "q"}
    bad.write_text(json.dumps({"article": "000_7984b1fa486646ec.txt", "facts": [fact]}))
    with pytest.raises(DataError, match=r"bad.json: facts\[0\].predicate: not a predicate: 'likes'"):
        read_encoding(bad)
    assert main([str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "facts[0].predicate" in err


def _compare_document(folder: Path, document: dict[str, object]) -> Comparison:
    path = folder / "one.json"
    path.write_text(json.dumps(document))
    article, facts = read_encoding(path)
    return compare(shipped(), article, facts)


def test_alignment_needs_the_same_predicate_and_overlapping_quotes(tmp_path: Path) -> None:
    """A fact aligns with the claim quoting the same words for the same predicate, and no other."""
    data = shipped()
    claim = next(c for c in data.claims if c.id == "clm-ink20-signing-place")
    assert claim.offset is not None
    article = next(s.file for s in data.sources if s.id == claim.source)
    fact = {
        "subject": claim.subject,
        "predicate": "signing-place",
        "value": "Damascus",
        "standing": "disputed",
        "quote": claim.quote,
        "offsets": [claim.offset],
    }
    got = _compare_document(tmp_path, {"article": article, "facts": [fact]})
    assert [(a.claim.id, a.subject, a.value, a.standing) for a in got.aligned] == [
        (claim.id, True, True, False)
    ]
    assert got.figures() == (1, len(data.claims_by_source[claim.source]), 0)
    elsewhere = {**fact, "offsets": [claim.offset + len(claim.quote) + 10]}
    assert not any(
        a.claim.id == claim.id
        for a in _compare_document(tmp_path, {"article": article, "facts": [elsewhere]}).aligned
    )
    other = {**fact, "predicate": "rank", "value": "General"}
    assert not any(
        a.claim.id == claim.id
        for a in _compare_document(tmp_path, {"article": article, "facts": [other]}).aligned
    )


def test_every_fact_only_the_second_coder_found_is_listed_with_its_reason() -> None:
    """Each blind fact with no shipped match is named in docs/data.md's list of facts left out."""
    listed = set(re.findall(r"`(\d{3}) #(\d+)`", DOCS.read_text(encoding="utf-8")))
    missing = [
        (c.article[:3], f.index, f.quote)
        for c in compare_all(shipped(), ENCODINGS)
        for f in c.blind_only
        if (c.article[:3], str(f.index)) not in listed
    ]
    assert missing == []
