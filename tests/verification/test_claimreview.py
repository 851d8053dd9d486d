"""ClaimReview JSON-LD: checked with jsonschema against the schema of what is emitted, and expanded by pyld offline."""

from __future__ import annotations

from typing import Any

import jsonschema
import pytest

import iransyria
from iransyria.verification import Verdict, statement, verify
from iransyria.verification.claimreview import RATINGS, SCHEMA, claim_review, dataset_reviews

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
    assert review["reviewRating"]["alternateName"] == verdict.value


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
        {**review, "reviewRating": {**review["reviewRating"], "alternateName": "not-checkable"}},
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
