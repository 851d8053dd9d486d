"""The shipped dataset: every quote verbatim in its article, hashes right, lossless JSON."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

import iransyria
from iransyria.serialization import dumps, loads

DATA = iransyria.dataset()


def test_every_source_hash_matches_its_article_file(articles: Path) -> None:
    for source in DATA.sources:
        digest = hashlib.sha256((articles / source.file).read_bytes()).hexdigest()
        assert digest == source.sha256, source.id


@pytest.mark.parametrize("claim", DATA.claims, ids=lambda claim: claim.id)
def test_every_claim_quote_is_verbatim_in_its_article(claim: iransyria.Claim, articles: Path) -> None:
    source = DATA.source(claim.source)
    assert source is not None
    text = (articles / source.file).read_text(encoding="utf-8")
    assert claim.quote in text


def test_every_correction_evidence_quote_is_verbatim(articles: Path) -> None:
    for correction in DATA.corrections:
        for evidence in correction.evidence:
            source = DATA.source(evidence.source)
            assert source is not None, correction.id
            assert evidence.quote in (articles / source.file).read_text(encoding="utf-8"), correction.id


def test_shipped_dataset_round_trips_unchanged() -> None:
    assert loads(dumps(DATA)) == DATA
