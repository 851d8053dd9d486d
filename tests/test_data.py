"""The shipped dataset: every quote verbatim in its article, hashes right, lossless JSON."""

from __future__ import annotations

import hashlib
import importlib
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


def test_record_counts() -> None:
    """Counts change only with a deliberate change to the encoding (and docs/data.md)."""
    counts = {
        "sources": len(DATA.sources),
        "actors": len(DATA.actors),
        "agreements": len(DATA.agreements),
        "claims": len(DATA.claims),
        "corrections": len(DATA.corrections),
        "events": len(DATA.events),
    }
    assert counts == {
        "sources": 5,
        "actors": 34,
        "agreements": 3,
        "claims": 318,
        "corrections": 3,
        "events": 43,
    }


def test_each_article_module_holds_its_own_source_and_claims() -> None:
    from iransyria.data import ARTICLE_MODULES

    files = sorted(source.file for source in DATA.sources)
    assert [f[:3] for f in files] == ["000", "001", "002", "003", "004"]
    for name in ARTICLE_MODULES:
        module = importlib.import_module(f"iransyria.data.{name}")
        assert module.CLAIMS, name
        assert {claim.source for claim in module.CLAIMS} == {module.SOURCE.id}, name


def test_every_claim_id_names_its_article() -> None:
    prefixes = {
        "src-unknown-2018-new-deal": "clm-newdeal18-",
        "src-unknown-2018-deepen-cooperation": "clm-deepen18-",
        "src-unknown-2020-comprehensive-agreement": "clm-ink20-",
        "src-syrian-observer-2020": "clm-syrobs20-",
        "src-media-line-2018": "clm-medialine18-",
    }
    for claim in DATA.claims:
        assert claim.id.startswith(prefixes[claim.source]), claim.id


def test_wrong_claims_are_kept_and_explained() -> None:
    """Refuted and superseded claims stay in the data, each the target of a correction."""
    corrected = {correction.target for correction in DATA.corrections}
    kept = {claim.id for claim in DATA.claims if claim.standing.value in {"refuted", "superseded"}}
    assert kept == {
        "clm-newdeal18-hatami-foreign-minister",
        "clm-deepen18-syrian-companies-real-estate",
        "clm-syrobs20-eslami-office",
    }
    assert kept <= corrected
