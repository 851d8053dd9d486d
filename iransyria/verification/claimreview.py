"""Verdicts as schema.org ``ClaimReview`` JSON-LD, for fact-checkers' tools.

A :class:`~iransyria.verification.verdict.Result` becomes one ClaimReview
(:func:`claim_review`); the shipped data's refuted and corrected claims
become one each (:func:`dataset_reviews`), rated as contradicted and
explained by their correction. The properties emitted:

- ``claimReviewed``: the claim's verbatim words (its quote);
- ``reviewRating``: a ``Rating`` on the scale of :data:`RATINGS`, with the
  verdict as ``alternateName`` and the reason as ``ratingExplanation``;
- ``itemReviewed``: the ``Claim``, with ``appearance`` (the source's
  article: headline, publisher, date) and ``author`` (who makes the claim
  inside it) where the dataset knows them;
- ``author``: this library, the reviewer;
- ``reviewBody``, ``identifier`` (the claim id), and ``citation``: the
  evidence quotes (``Quotation``) that decide the verdict.

The rating scale (``worstRating`` 1, ``bestRating`` 3):

| ratingValue | alternateName | meaning |
|---|---|---|
| 1 | `contradicted` | a rule the dataset runs finds the claim wrong |
| 2 | `not-established` | nothing certainly holds it, nothing certainly refutes it |
| 3 | `supported` | the records certainly hold it |
| (none) | `not-checkable` | nothing in the dataset can judge it: no number is given |

:data:`SCHEMA` is a JSON Schema of exactly these properties; the tests check
every review against it with ``jsonschema`` and expand it with ``pyld``.
"""

from __future__ import annotations

from typing import Any

from iransyria.dataset import Dataset
from iransyria.models import ActorKind, Claim, Standing
from iransyria.verification.verdict import Result, Verdict

__all__ = ["CONTEXT", "RATINGS", "REVIEWER", "SCHEMA", "claim_review", "dataset_reviews"]

CONTEXT = "https://schema.org"

#: The numeric rating of each verdict (None: no number, for not-checkable).
RATINGS: dict[Verdict, int | None] = {
    Verdict.CONTRADICTED: 1,
    Verdict.NOT_ESTABLISHED: 2,
    Verdict.SUPPORTED: 3,
    Verdict.NOT_CHECKABLE: None,
}

#: The reviewer: this library.
REVIEWER: dict[str, Any] = {"@type": "Organization", "name": "iransyria"}


def _rating(verdict: Verdict, reason: str) -> dict[str, Any]:
    rating: dict[str, Any] = {
        "@type": "Rating",
        "alternateName": verdict.value,
        "bestRating": 3,
        "worstRating": 1,
        "ratingExplanation": reason,
    }
    value = RATINGS[verdict]
    if value is not None:
        rating["ratingValue"] = value
    return rating


def _item(claim: Claim, dataset: Dataset) -> dict[str, Any]:
    item: dict[str, Any] = {"@type": "Claim"}
    source = dataset.source_index.get(claim.source)
    if source is not None:
        appearance: dict[str, Any] = {"@type": "CreativeWork", "headline": source.title}
        outlet = None if source.outlet is None else dataset.actor_index.get(source.outlet)
        if outlet is not None:
            appearance["publisher"] = {"@type": "Organization", "name": outlet.name}
        if source.published is not None:
            appearance["datePublished"] = str(source.published)
        item["appearance"] = appearance
        item["firstAppearance"] = appearance
    speaker = None if claim.attribution.actor is None else dataset.actor_index.get(claim.attribution.actor)
    if speaker is None and source is not None and source.outlet is not None:
        speaker = dataset.actor_index.get(source.outlet)
    if speaker is not None:
        kind = "Person" if speaker.kind is ActorKind.PERSON else "Organization"
        item["author"] = {"@type": kind, "name": speaker.name}
    return item


def _review(
    claim: Claim, dataset: Dataset, verdict: Verdict, reason: str, quotes: list[dict[str, Any]]
) -> dict[str, Any]:
    review: dict[str, Any] = {
        "@context": CONTEXT,
        "@type": "ClaimReview",
        "identifier": claim.id,
        "claimReviewed": claim.quote,
        "reviewRating": _rating(verdict, reason),
        "itemReviewed": _item(claim, dataset),
        "author": REVIEWER,
        "reviewBody": reason,
    }
    if quotes:
        review["citation"] = quotes
    return review


def _quotation(text: str, record: str, source: str | None, dataset: Dataset) -> dict[str, Any]:
    quotation: dict[str, Any] = {"@type": "Quotation", "text": text, "identifier": record}
    found = None if source is None else dataset.source_index.get(source)
    if found is not None:
        quotation["isPartOf"] = {"@type": "CreativeWork", "headline": found.title}
    return quotation


def claim_review(result: Result, dataset: Dataset) -> dict[str, Any]:
    """One ClaimReview of a :func:`~iransyria.verification.verify` result."""
    quotes = [_quotation(e.quote, e.record, e.source, dataset) for e in result.evidence]
    return _review(result.claim, dataset, result.verdict, result.reason, quotes)


def dataset_reviews(dataset: Dataset) -> list[dict[str, Any]]:
    """A ClaimReview of every refuted or corrected claim in ``dataset``, in claim-id order.

    Each is rated contradicted; its reason is its corrections' (or its own
    ``reason``), and its citations are the corrections' evidence.
    """
    reviews = []
    for claim in dataset.claims:
        corrections = dataset.corrections_by_target.get(claim.id, ())
        if claim.standing not in (Standing.REFUTED, Standing.SUPERSEDED) and not corrections:
            continue
        reasons = [c.reason for c in corrections] or [claim.reason or f"the claim is {claim.standing.value}"]
        quotes = [_quotation(e.quote, c.id, e.source, dataset) for c in corrections for e in c.evidence]
        reviews.append(_review(claim, dataset, Verdict.CONTRADICTED, " ".join(reasons), quotes))
    return reviews


def _thing(required: list[str], properties: dict[str, Any]) -> dict[str, Any]:
    return {"type": "object", "required": ["@type", *required], "properties": properties}


_NAMED = _thing(
    ["name"], {"@type": {"enum": ["Person", "Organization"]}, "name": {"type": "string", "minLength": 1}}
)
_WORK = _thing(
    ["headline"],
    {
        "@type": {"const": "CreativeWork"},
        "headline": {"type": "string", "minLength": 1},
        "publisher": _NAMED,
        "datePublished": {
            "type": "string",
            "pattern": r"^\d{4}(-\d{2}(-\d{2})?)?(/\d{4}(-\d{2}(-\d{2})?)?)?$",
        },
    },
)

#: A JSON Schema (draft 2020-12) of the ClaimReview objects this module writes.
SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "title": "iransyria ClaimReview",
    "type": "object",
    "required": [
        "@context",
        "@type",
        "identifier",
        "claimReviewed",
        "reviewRating",
        "itemReviewed",
        "author",
    ],
    "additionalProperties": False,
    "properties": {
        "@context": {"const": CONTEXT},
        "@type": {"const": "ClaimReview"},
        "identifier": {"type": "string", "pattern": "^clm-"},
        "claimReviewed": {"type": "string", "minLength": 1},
        "reviewBody": {"type": "string"},
        "reviewRating": {
            "type": "object",
            "required": ["@type", "alternateName", "bestRating", "worstRating"],
            "additionalProperties": False,
            "properties": {
                "@type": {"const": "Rating"},
                "ratingValue": {"enum": [1, 2, 3]},
                "bestRating": {"const": 3},
                "worstRating": {"const": 1},
                "alternateName": {"enum": [v.value for v in Verdict]},
                "ratingExplanation": {"type": "string"},
            },
            "if": {"properties": {"alternateName": {"const": "not-checkable"}}},
            "then": {"not": {"required": ["ratingValue"]}},
            "else": {"required": ["ratingValue"]},
        },
        "itemReviewed": {
            "type": "object",
            "required": ["@type"],
            "additionalProperties": False,
            "properties": {
                "@type": {"const": "Claim"},
                "appearance": _WORK,
                "firstAppearance": _WORK,
                "author": _NAMED,
            },
        },
        "author": _NAMED,
        "citation": {
            "type": "array",
            "items": _thing(
                ["text", "identifier"],
                {
                    "@type": {"const": "Quotation"},
                    "text": {"type": "string", "minLength": 1},
                    "identifier": {"type": "string"},
                    "isPartOf": _WORK,
                },
            ),
        },
    },
}
