"""Verdicts as schema.org ``ClaimReview`` JSON-LD that a fact-checker can publish.

A verdict becomes one ClaimReview (:func:`claim_review`); the shipped data's
refuted and corrected claims become one each (:func:`dataset_reviews`), rated
as contradicted and explained by their correction. What Google's ClaimReview
guidelines require (``claimReviewed``, ``reviewRating`` with its
``alternateName``, ``url``) is always there, and what they recommend where
it is known:

- ``url`` and ``datePublished``: the review's page and day (:class:`Publication`;
  by default a ``urn:iransyria:review:`` name of the review and today);
- ``author``: the ``Organization`` publishing it (by default iransyria; the
  ``IRANSYRIA_REVIEWER`` environment variable or an option names another);
- ``claimReviewed``: the sentence the user gives, else the claim's words: a
  shipped claim's quote, or, for a claim the publisher's correction notice
  carries, the words the article had (not the notice);
- ``itemReviewed``: a ``Claim`` with its ``appearance`` (a URL given, or the
  source's article: headline, publisher, date) and its ``author`` (who makes
  the claim) where known;
- ``reviewRating``: a ``Rating`` on the scale of :data:`RATINGS`, with the
  verdict in words as ``alternateName`` (:data:`ALTERNATE_NAMES`) and a
  ``ratingExplanation`` naming people and agreements by name;
- ``reviewBody``, and ``citation``: the evidence quotes (``Quotation``).

The rating scale (``worstRating`` 1, ``bestRating`` 3):

| ratingValue | alternateName | verdict |
|---|---|---|
| 1 | `False` | contradicted: a rule the dataset runs finds the claim wrong |
| 2 | `Unproven` | not-established: nothing certainly holds it, nothing certainly refutes it |
| 3 | `True` | supported: the records certainly hold it |
| (none) | `Unverifiable` | not-checkable: nothing in the dataset can judge it |

:data:`SCHEMA` is a JSON Schema of exactly these properties; the tests check
every review against it with ``jsonschema``, expand it with ``pyld``, and
check Google's required properties.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
from typing import Any

import attrs

from iransyria.dataset import Dataset
from iransyria.models import ActorKind, AttributionKind, Claim, CorrectionKind, Standing
from iransyria.verification.sentence import Judged, Judgement
from iransyria.verification.statement import Aspect, Part
from iransyria.verification.verdict import Result, Verdict
from iransyria.verification.wording import claim_words, named, record_says

__all__ = [
    "ALTERNATE_NAMES",
    "CONTEXT",
    "RATINGS",
    "REVIEWER",
    "SCHEMA",
    "Publication",
    "claim_review",
    "claimed_words",
    "dataset_reviews",
    "read_review",
]

CONTEXT = "https://schema.org"

#: The numeric rating of each verdict (None: no number, for not-checkable).
RATINGS: dict[Verdict, int | None] = {
    Verdict.CONTRADICTED: 1,
    Verdict.NOT_ESTABLISHED: 2,
    Verdict.SUPPORTED: 3,
    Verdict.NOT_CHECKABLE: None,
}

#: Each verdict in the words a fact-check's rating uses.
ALTERNATE_NAMES: dict[Verdict, str] = {
    Verdict.CONTRADICTED: "False",
    Verdict.NOT_ESTABLISHED: "Unproven",
    Verdict.SUPPORTED: "True",
    Verdict.NOT_CHECKABLE: "Unverifiable",
}

#: The reviewer when none is named: this library.
REVIEWER = "iransyria"


@attrs.define(frozen=True)
class Publication:
    """Where, when and by whom a review is published, and where the claim appeared and who made it."""

    url: str | None = None  # the review's page
    date_published: dt.date | None = None  # default: today
    author: str | None = None  # the organisation publishing it (default: IRANSYRIA_REVIEWER, else iransyria)
    author_url: str | None = None
    appearance: str | None = None  # the URL where the claim appeared
    claimed_by: str | None = None  # who made the claim


def _author(publication: Publication) -> dict[str, Any]:
    author: dict[str, Any] = {
        "@type": "Organization",
        "name": publication.author or os.environ.get("IRANSYRIA_REVIEWER") or REVIEWER,
    }
    if publication.author_url:
        author["url"] = publication.author_url
    return author


def _rating(verdict: Verdict, explanation: str) -> dict[str, Any]:
    rating: dict[str, Any] = {
        "@type": "Rating",
        "alternateName": ALTERNATE_NAMES[verdict],
        "bestRating": 3,
        "worstRating": 1,
        "ratingExplanation": explanation,
    }
    value = RATINGS[verdict]
    if value is not None:
        rating["ratingValue"] = value
    return rating


def _item(claim: Claim | None, dataset: Dataset, publication: Publication) -> dict[str, Any]:
    item: dict[str, Any] = {"@type": "Claim"}
    source = None if claim is None else dataset.source_index.get(claim.source)
    if publication.appearance:
        item["appearance"] = {"@type": "CreativeWork", "url": publication.appearance}
    elif source is not None:
        appearance: dict[str, Any] = {"@type": "CreativeWork", "headline": source.title}
        outlet = None if source.outlet is None else dataset.actor_index.get(source.outlet)
        if outlet is not None:
            appearance["publisher"] = {"@type": "Organization", "name": outlet.name}
        if source.published is not None:
            appearance["datePublished"] = str(source.published)
        if source.url:
            appearance["url"] = source.url
        item["appearance"] = appearance
        item["firstAppearance"] = appearance
    if publication.claimed_by:
        from iransyria.queries import find

        found = find("actor", publication.claimed_by, dataset)
        actor = dataset.actor_index[found[0].id] if len(found) == 1 else None
        kind = "Organization" if actor is not None and actor.kind is not ActorKind.PERSON else "Person"
        item["author"] = {"@type": kind, "name": actor.name if actor is not None else publication.claimed_by}
        return item
    if claim is None:
        return item
    speaker = None if claim.attribution.actor is None else dataset.actor_index.get(claim.attribution.actor)
    if speaker is None and source is not None and source.outlet is not None:
        speaker = dataset.actor_index.get(source.outlet)
    if speaker is not None:
        kind = "Person" if speaker.kind is ActorKind.PERSON else "Organization"
        item["author"] = {"@type": kind, "name": speaker.name}
    return item


def _quotation(text: str, record: str, source: str | None, dataset: Dataset) -> dict[str, Any]:
    quotation: dict[str, Any] = {"@type": "Quotation", "text": text, "identifier": record}
    found = None if source is None else dataset.source_index.get(source)
    if found is not None:
        quotation["isPartOf"] = {"@type": "CreativeWork", "headline": found.title}
    return quotation


def _url(publication: Publication, words: str) -> str:
    if publication.url:
        return publication.url
    return f"urn:iransyria:review:{hashlib.sha256(words.encode('utf-8')).hexdigest()[:16]}"


def _review(
    words: str,
    verdict: Verdict,
    explanation: str,
    item: dict[str, Any],
    quotes: list[dict[str, Any]],
    publication: Publication,
    identifier: str | None = None,
) -> dict[str, Any]:
    review: dict[str, Any] = {
        "@context": CONTEXT,
        "@type": "ClaimReview",
        "url": _url(publication, f"{identifier or ''}\n{words}"),
        "datePublished": (publication.date_published or dt.datetime.now(dt.UTC).date()).isoformat(),
        "claimReviewed": words,
        "reviewRating": _rating(verdict, explanation),
        "itemReviewed": item,
        "author": _author(publication),
        "reviewBody": explanation,
    }
    if identifier is not None:
        review["identifier"] = identifier
    if quotes:
        review["citation"] = quotes
    return review


def _explained(result: Result, dataset: Dataset) -> str:
    """A part's verdict in plain English, by names: for a contradicted one, what the records hold and the
    rules that say so; otherwise why."""
    says = record_says(result.claim, dataset) if result.verdict is Verdict.CONTRADICTED else None
    if says is None:
        return named(result.reason, dataset)
    rules = ", ".join(dict.fromkeys(f"{f.name.replace('-', ' ')} ({f.code})" for f in result.findings))
    return f"{says[0].upper()}{says[1:]}; rules: {rules}" if rules else f"{says[0].upper()}{says[1:]}"


def claim_review(
    verdict: Judgement | Result,
    dataset: Dataset,
    *,
    sentence: str | None = None,
    publication: Publication | None = None,
) -> dict[str, Any]:
    """One ClaimReview of a verdict (a sentence's :class:`Judgement`, or one claim's :class:`Result`).

    ``sentence`` is the claim as the user read it (``claimReviewed``); without
    it, the words of the parts' claims.
    """
    publication = publication or Publication()
    if isinstance(verdict, Result):
        verdict = _alone(verdict)
    results = [j.result for j in verdict.parts]
    words = sentence.strip() if sentence and sentence.strip() else "; ".join(r.claim.quote for r in results)
    if len(results) == 1:
        explanation = _explained(results[0], dataset)
    else:
        explanation = (
            f"{ALTERNATE_NAMES[verdict.verdict]}, decided by the {verdict.decided_by.part.aspect.value}. "
            + " ".join(
                f"The {j.part.aspect.value}: {ALTERNATE_NAMES[j.result.verdict].lower()}. {_explained(j.result, dataset)}."
                for j in verdict.parts
            )
        )
    quotes = [_quotation(e.quote, e.record, e.source, dataset) for r in results for e in r.evidence]
    claim = verdict.decided_by.result.claim
    shipped = claim if claim.id in dataset.claim_index else None
    return _review(
        words, verdict.verdict, explanation, _item(shipped, dataset, publication), quotes, publication
    )


def _named_author(name: str, dataset: Dataset) -> dict[str, Any]:
    """A Person or Organization by the name given, as the dataset's record names it where one fits."""
    from iransyria.queries import find

    found = find("actor", name, dataset)
    actor = dataset.actor_index[found[0].id] if len(found) == 1 else dataset.actor_index.get(name)
    kind = "Organization" if actor is not None and actor.kind is not ActorKind.PERSON else "Person"
    return {"@type": kind, "name": actor.name if actor is not None else name}


def read_review(
    result: Result,
    dataset: Dataset,
    *,
    words: str,
    article: str,
    published: str | None,
    reported: str | None,
    speaker: str | None,
    disowned: bool,
    publication: Publication | None = None,
) -> dict[str, Any]:
    """The ClaimReview of one claim ``read`` drafted from an article: of exactly the fact judged.

    ``claimReviewed`` is the claim's fact in words (:func:`claim_words`), not
    the article's words around it, which may hold facts no claim states;
    ``reviewBody`` gives those words (``words``) and says the rest of them
    was not judged. ``itemReviewed`` is the article (``article``, published
    ``published``; or the ``appearance`` URL given); a statement the article
    only reports (``reported``: the words that attribute it; ``speaker``: the
    actor it names, if any) is said to be reported, with its speaker as the
    claim's author, and the article's own statements have the ``claimed_by``
    given as theirs.
    """
    publication = publication or Publication()
    claim = result.claim
    own = attrs.evolve(publication, url=f"{publication.url}#{claim.id}" if publication.url else None)
    judged = claim_words(claim, dataset)
    review = claim_review(result, dataset, sentence=judged, publication=own)
    item: dict[str, Any] = {"@type": "Claim"}
    if publication.appearance:
        item["appearance"] = {"@type": "CreativeWork", "url": publication.appearance}
    else:
        appearance: dict[str, Any] = {"@type": "CreativeWork", "headline": article}
        if published is not None:
            appearance["datePublished"] = published
        item["appearance"] = appearance
    said = str(review["reviewBody"]).rstrip()
    said += "" if said.endswith(".") else "."
    body = f"{said} Judged: {judged}; only this, of the article's words \u201c{words}\u201d."
    if reported is not None:
        if speaker is not None:
            item["author"] = _named_author(speaker, dataset)
        calls = " and calls it wrong" if disowned else ""
        body += (
            f" The article does not make this claim itself: it reports it (\u201c{reported}\u201d){calls}."
        )
    elif publication.claimed_by:
        item["author"] = _named_author(publication.claimed_by, dataset)
    review["itemReviewed"] = item
    review["reviewBody"] = body
    review["identifier"] = claim.id
    return review


def _alone(result: Result) -> Judgement:
    judged = Judged(Part(Aspect.CLAIM, result.claim), result)
    return Judgement(result.verdict, (judged,), judged)


def claimed_words(claim: Claim, dataset: Dataset) -> str:
    """The words a claim makes: its quote; for one the publisher's correction notice carries (the quote is
    the notice), the words the article had, as the publisher's correction gives them."""
    if claim.attribution.kind is AttributionKind.PUBLISHER_NOTE:
        for correction in dataset.corrections_by_target.get(claim.id, ()):
            if correction.kind is CorrectionKind.PUBLISHER and correction.before:
                return correction.before
        text = getattr(claim.value, "text", None)
        if isinstance(text, str):
            return text
    return claim.quote


def dataset_reviews(dataset: Dataset, publication: Publication | None = None) -> list[dict[str, Any]]:
    """A ClaimReview of every refuted or corrected claim in ``dataset``, in claim-id order.

    Each is rated contradicted; it quotes the claim (:func:`claimed_words`),
    its explanation is its corrections' (or its own ``reason``), by names,
    and its citations are the corrections' evidence. A ``publication`` url is
    the page of all of them: each review's is that url with ``#`` and the
    claim's id.
    """
    publication = publication or Publication()
    reviews = []
    for claim in dataset.claims:
        corrections = dataset.corrections_by_target.get(claim.id, ())
        if claim.standing not in (Standing.REFUTED, Standing.SUPERSEDED) and not corrections:
            continue
        reasons = [c.reason for c in corrections] or [claim.reason or f"the claim is {claim.standing.value}"]
        quotes = [_quotation(e.quote, c.id, e.source, dataset) for c in corrections for e in c.evidence]
        own = attrs.evolve(publication, url=f"{publication.url}#{claim.id}" if publication.url else None)
        reviews.append(
            _review(
                claimed_words(claim, dataset),
                Verdict.CONTRADICTED,
                named(" ".join(reasons), dataset),
                _item(claim, dataset, own),
                quotes,
                own,
                claim.id,
            )
        )
    return reviews


def _thing(required: list[str], properties: dict[str, Any]) -> dict[str, Any]:
    return {"type": "object", "required": ["@type", *required], "properties": properties}


_URL = {"type": "string", "pattern": r"^(https?://|urn:)\S+$"}
_NAMED = _thing(
    ["name"],
    {
        "@type": {"enum": ["Person", "Organization"]},
        "name": {"type": "string", "minLength": 1},
        "url": _URL,
    },
)
_WORK = {
    **_thing(
        [],
        {
            "@type": {"const": "CreativeWork"},
            "headline": {"type": "string", "minLength": 1},
            "url": _URL,
            "publisher": _NAMED,
            "datePublished": {
                "type": "string",
                "pattern": r"^\d{4}(-\d{2}(-\d{2})?)?(/\d{4}(-\d{2}(-\d{2})?)?)?$",
            },
        },
    ),
    "anyOf": [{"required": ["headline"]}, {"required": ["url"]}],
}

#: A JSON Schema (draft 2020-12) of the ClaimReview objects this module writes.
SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "title": "iransyria ClaimReview",
    "type": "object",
    "required": [
        "@context",
        "@type",
        "url",
        "datePublished",
        "claimReviewed",
        "reviewRating",
        "itemReviewed",
        "author",
    ],
    "additionalProperties": False,
    "properties": {
        "@context": {"const": CONTEXT},
        "@type": {"const": "ClaimReview"},
        "url": _URL,
        "datePublished": {"type": "string", "pattern": r"^\d{4}-\d{2}-\d{2}$"},
        "identifier": {"type": "string", "pattern": "^clm-"},
        "claimReviewed": {"type": "string", "minLength": 1},
        "reviewBody": {"type": "string"},
        "reviewRating": {
            "type": "object",
            "required": ["@type", "alternateName", "bestRating", "worstRating", "ratingExplanation"],
            "additionalProperties": False,
            "properties": {
                "@type": {"const": "Rating"},
                "ratingValue": {"enum": [1, 2, 3]},
                "bestRating": {"const": 3},
                "worstRating": {"const": 1},
                "alternateName": {"enum": sorted(ALTERNATE_NAMES.values())},
                "ratingExplanation": {
                    "type": "string",
                    "minLength": 1,
                    "not": {"pattern": r"\b(per|agr|evt)-[a-z0-9]"},
                },
            },
            "if": {"properties": {"alternateName": {"const": ALTERNATE_NAMES[Verdict.NOT_CHECKABLE]}}},
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
        "author": {**_NAMED, "properties": {**_NAMED["properties"], "@type": {"const": "Organization"}}},
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
