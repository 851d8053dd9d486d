"""ClaimReview JSON-LD: checked with jsonschema against the schema of what is emitted, and expanded by pyld offline."""

from __future__ import annotations

import datetime as dt
from typing import Any

import jsonschema
import orjson
import pytest
from hypothesis import given
from hypothesis import strategies as st

import iransyria
from iransyria.models import AttributionKind
from iransyria.verification import Verdict, statement, verify
from iransyria.verification.claimreview import (
    ALTERNATE_NAMES,
    RATINGS,
    SCHEMA,
    Publication,
    claim_review,
    dataset_reviews,
)
from iransyria.verification.sentence import judge
from iransyria.verification.statement import parts
from tests import strategies
from tests.cli.helpers import run
from tests.strategies import at_most

DATA = iransyria.shipped()
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)
SCHEMA_ORG = "https://schema.org/"


def _offline_loader(url: str, options: dict[str, Any] | None = None) -> dict[str, Any]:
    """schema.org's context as far as these terms need it, embedded: nothing is fetched."""
    assert url.rstrip("/") == SCHEMA_ORG.rstrip("/"), url
    return {"contextUrl": None, "documentUrl": url, "document": {"@context": {"@vocab": SCHEMA_ORG}}}


def _expanded(review: dict[str, Any]) -> list[dict[str, Any]]:
    jsonld = pytest.importorskip("pyld.jsonld")
    return jsonld.expand(review, {"documentLoader": _offline_loader})  # type: ignore[no-any-return]


def test_the_shipped_refuted_and_corrected_claims_are_reviewed() -> None:
    reviews = dataset_reviews(DATA)
    assert [r["identifier"] for r in reviews] == [
        "clm-deepen18-syrian-companies-real-estate",
        "clm-newdeal18-hatami-foreign-minister",
        "clm-newdeal18-iran-invest-turkey",
        "clm-newdeal18-meetings-counterpart",
        "clm-syrobs20-econ-initialling-date",
        "clm-syrobs20-econ-signatory-al-khalil",
        "clm-syrobs20-econ-signatory-eslami",
        "clm-syrobs20-econ-signing-date",
        "clm-syrobs20-eslami-office",
    ]
    for review in reviews:
        VALIDATOR.validate(review)
        assert review["reviewRating"]["ratingValue"] == 1
        assert review["reviewRating"]["alternateName"] == "False"
        assert review["itemReviewed"]["appearance"]["headline"]
        assert review["citation"]


@pytest.mark.parametrize(
    ("options", "verdict"),
    [
        ({"agreement": "agr-2018-military", "signatory": "Hatami"}, Verdict.SUPPORTED),
        ({"agreement": "agr-2018-military", "signatory": "Bagheri"}, Verdict.CONTRADICTED),
        ({"agreement": "agr-2018-military", "date": "2018-08-26"}, Verdict.NOT_ESTABLISHED),
    ],
)
def test_a_verdict_is_a_valid_claim_review_on_the_documented_scale(
    options: dict[str, str], verdict: Verdict
) -> None:
    result = verify(statement(DATA, **options), DATA)
    assert result.verdict is verdict
    review = claim_review(result, DATA)
    VALIDATOR.validate(review)
    assert review["reviewRating"]["ratingValue"] == RATINGS[verdict]
    assert review["reviewRating"]["alternateName"] == ALTERNATE_NAMES[verdict]


def test_a_not_checkable_verdict_has_no_number() -> None:
    result = verify(
        {"subject": "per-amir-hatami", "predicate": "assertion", "value": {"type": "text", "text": "x"}}, DATA
    )
    review = claim_review(result, DATA)
    VALIDATOR.validate(review)
    assert "ratingValue" not in review["reviewRating"]


def test_the_schema_refuses_what_a_claim_review_must_not_be() -> None:
    review = dataset_reviews(DATA)[0]
    for broken in (
        {**review, "reviewRating": {**review["reviewRating"], "ratingValue": 7}},
        {k: v for k, v in review.items() if k != "claimReviewed"},
        {**review, "itemReviewed": {"@type": "Claim", "appearance": {"@type": "CreativeWork"}}},
        {**review, "reviewRating": {**review["reviewRating"], "alternateName": "Unverifiable"}},
        {**review, "reviewRating": {**review["reviewRating"], "alternateName": "contradicted"}},
        {k: v for k, v in review.items() if k != "url"},
        {**review, "reviewRating": {**review["reviewRating"], "ratingExplanation": "per-amir-hatami signed"}},
    ):
        assert not VALIDATOR.is_valid(broken)


def test_json_ld_expansion_gives_schema_org_terms() -> None:
    (expanded,) = _expanded(dataset_reviews(DATA)[1])
    assert expanded["@type"] == [f"{SCHEMA_ORG}ClaimReview"]
    rating = expanded[f"{SCHEMA_ORG}reviewRating"][0]
    assert rating[f"{SCHEMA_ORG}ratingValue"] == [{"@value": 1}]
    item = expanded[f"{SCHEMA_ORG}itemReviewed"][0]
    assert item["@type"] == [f"{SCHEMA_ORG}Claim"]
    assert f"{SCHEMA_ORG}appearance" in item


#: Google's ClaimReview structured data: the properties it requires of each type (developers.google.com,
#: 'Fact Check (ClaimReview) structured data', required properties), and those it recommends that we know.
GOOGLE_REQUIRED = {"ClaimReview": ("claimReviewed", "reviewRating", "url"), "Rating": ("alternateName",)}
GOOGLE_RECOMMENDED = {"ClaimReview": ("author", "datePublished", "itemReviewed"), "Claim": ("appearance",)}
CORRECTED = [r["identifier"] for r in dataset_reviews(DATA)]


def _google(review: dict[str, Any]) -> None:
    for prop in GOOGLE_REQUIRED["ClaimReview"] + GOOGLE_RECOMMENDED["ClaimReview"]:
        assert review.get(prop), prop
    for prop in GOOGLE_REQUIRED["Rating"]:
        assert review["reviewRating"].get(prop), prop
    assert review["author"]["@type"] == "Organization" and review["author"]["name"]


@at_most(25)
@given(strategies.agreement_sentences(DATA), st.text(min_size=1, max_size=60).filter(str.strip))
def test_every_verdict_is_a_publishable_claim_review(case: strategies.SentenceCase, sentence: str) -> None:
    options, _ = case
    judgement = judge(parts(DATA, **options), DATA)
    publication = Publication(
        url="https://factcheck.example/reviews/1",
        date_published=dt.date(2026, 12, 7),
        author="Example Fact Check",
        author_url="https://factcheck.example/",
        appearance="https://news.example/story",
        claimed_by="Bolton",
    )
    review = claim_review(judgement, DATA, sentence=sentence, publication=publication)
    VALIDATOR.validate(review)
    _google(review)
    assert review["claimReviewed"] == sentence.strip()
    assert (review["url"], review["datePublished"]) == ("https://factcheck.example/reviews/1", "2026-12-07")
    assert review["author"] == {
        "@type": "Organization",
        "name": "Example Fact Check",
        "url": "https://factcheck.example/",
    }
    assert review["itemReviewed"]["appearance"]["url"] == "https://news.example/story"
    assert review["itemReviewed"]["author"] == {"@type": "Person", "name": "John Bolton"}
    assert review["reviewRating"]["alternateName"] == ALTERNATE_NAMES[judgement.verdict]
    explanation = review["reviewRating"]["ratingExplanation"]
    for record_id in {j.result.claim.subject for j in judgement.parts}:
        assert record_id not in explanation  # named, not by id
    (expanded,) = _expanded(review)
    assert expanded[f"{SCHEMA_ORG}url"] == [{"@value": "https://factcheck.example/reviews/1"}]


def test_defaults_make_a_valid_review_the_reviewer_named_by_the_environment(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("IRANSYRIA_REVIEWER", "Desk")
    review = claim_review(judge(parts(DATA, agreement="agr-2020", place="Damascus"), DATA), DATA)
    VALIDATOR.validate(review)
    _google(review)
    assert review["author"]["name"] == "Desk" and review["url"].startswith("urn:iransyria:review:")
    assert review["datePublished"] == dt.datetime.now(dt.UTC).date().isoformat()
    assert (
        review["claimReviewed"]
        == "Iran–Syria comprehensive military agreement (July 2020) was signed in Damascus"
    )


@pytest.mark.parametrize("identifier", CORRECTED)
def test_every_refuted_claims_review_quotes_the_claim_not_the_correction(identifier: str) -> None:
    (review,) = [r for r in dataset_reviews(DATA) if r["identifier"] == identifier]
    _google(review)
    claim = DATA.claim_index[identifier]
    notices = {c.id for c in DATA.claims if c.attribution.kind is AttributionKind.PUBLISHER_NOTE}
    if claim.id in notices:
        # The claim's quote is the publisher's notice: the review quotes what the article had said.
        assert review["claimReviewed"] != claim.quote
        assert review["claimReviewed"] in {c.before for c in DATA.corrections_by_target[claim.id]}
    else:
        assert review["claimReviewed"] == claim.quote
    for correction in DATA.corrections:
        assert review["claimReviewed"] != correction.after


def test_the_claimreview_command_takes_where_and_by_whom_it_is_published() -> None:
    result = run(
        "claimreview",
        "--url",
        "https://factcheck.example/iran-syria",
        "--date-published",
        "2026-12-07",
        "--author",
        "Desk",
    )
    assert result.exit_code == 0, result.stderr
    for review in orjson.loads(result.stdout):
        VALIDATOR.validate(review)
        assert review["url"] == f"https://factcheck.example/iran-syria#{review['identifier']}"
        assert review["author"]["name"] == "Desk" and review["datePublished"] == "2026-12-07"
    bad = run("claimreview", "--date-published", "yesterday")
    assert bad.exit_code == 2 and "--date-published" in bad.stderr
