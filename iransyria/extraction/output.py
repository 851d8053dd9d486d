"""A reading as JSON (``read --json``), as JSON lines, as ClaimReview, and the JSON Schema of the JSON.

``--json`` is ``{"published", "text_sha256", "statements": [...], "summary"}``;
each statement has its ``start`` and ``end`` (code points into the text as
read, as claim offsets are), its ``sentence``, its ``speaker`` ('article' or
'reported: ...' and whether the article disowns it), the ``pattern`` that
found it, its drafted ``claims`` in the dataset's claim format, each claim's
own ``verdicts``, and the statement's ``verdict`` (one of ``verify``'s),
``findings`` and ``evidence``; ``unresolved`` says why a statement has no
claim (its person or place names no one record), else null; ``judged`` is
each claim's fact in words, exactly what its verdict is of (the statement's
words may say more).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

from iransyria.extraction.reader import Reading, Statement
from iransyria.verification.verdict import Verdict

if TYPE_CHECKING:
    from iransyria.dataset import Dataset
    from iransyria.verification.claimreview import Publication

__all__ = ["as_json", "claim_reviews", "read_schema", "statement_json"]


def statement_json(statement: Statement) -> dict[str, Any]:
    """One statement as JSON."""
    from iransyria.serialization import unstructure

    return {
        "start": statement.start,
        "end": statement.end,
        "sentence": statement.sentence,
        "speaker": {
            "label": statement.speaker.label,
            "kind": statement.speaker.kind.value,
            "actor": statement.speaker.actor,
            "disowned": statement.speaker.disowned,
        },
        "pattern": statement.pattern,
        "claims": [unstructure(c) for c in statement.claims],
        "verdicts": [r.verdict.value for r in statement.results],
        "verdict": statement.verdict.value,
        "article_error": statement.article_error,
        "findings": [attrs.asdict(f) for f in statement.findings],
        "evidence": [attrs.asdict(e) for e in statement.evidence],
        "unresolved": statement.unresolved,
        "judged": list(statement.judged),
    }


def as_json(reading: Reading) -> dict[str, Any]:
    """The whole reading as JSON: publication date, the text's hash, the statements, the summary."""
    return {
        "published": None if reading.published is None else str(reading.published),
        "text_sha256": reading.text_sha256,
        "statements": [statement_json(s) for s in reading.statements],
        "summary": reading.summary(),
    }


def claim_reviews(
    reading: Reading,
    dataset: Dataset,
    article: str = "the article read",
    publication: Publication | None = None,
) -> list[dict[str, Any]]:
    """One schema.org ClaimReview per claim judged (not the not-checkable ones), in the text's order.

    A review is of one drafted claim, never of a statement's whole span: the
    span's words may state more than its claims do ('signed ... in Tehran on
    8 July 2020', where one claim is the date and one the place), and a rating
    of the words would rate what was not judged. ``article`` names the text
    read (``itemReviewed``'s appearance); see
    :func:`~iransyria.verification.claimreview.read_review`.
    """
    from iransyria.verification.claimreview import read_review

    reviews = []
    published = None if reading.published is None else str(reading.published)
    for statement in reading.statements:
        speaker = statement.speaker
        reported = None if speaker.label == "article" else (speaker.words or speaker.kind.value)
        for result in statement.results:
            if result.verdict is Verdict.NOT_CHECKABLE:
                continue  # nothing judged: no claim to review
            reviews.append(
                read_review(
                    result,
                    dataset,
                    words=result.claim.quote,  # the exact text at the claim's offset
                    article=article,
                    published=published,
                    reported=reported,
                    speaker=speaker.actor,
                    disowned=speaker.disowned,
                    publication=publication,
                )
            )
    return reviews


_VERDICTS = [v.value for v in Verdict]


def read_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of ``read --json``; a claim is as the dataset's schema defines it."""
    from iransyria.schema import json_schema

    dataset_schema = json_schema()
    claim = {"$ref": "#/$defs/Claim"}
    statement = {
        "type": "object",
        "required": [
            "start", "end", "sentence", "speaker", "pattern", "claims", "verdicts", "verdict",
            "article_error", "findings", "evidence", "unresolved", "judged",
        ],
        "additionalProperties": False,
        "properties": {
            "start": {"type": "integer", "minimum": 0},
            "end": {"type": "integer", "minimum": 0},
            "sentence": {"type": "string"},
            "speaker": {
                "type": "object",
                "required": ["label", "kind", "actor", "disowned"],
                "properties": {
                    "label": {"type": "string"},
                    "kind": {"type": "string"},
                    "actor": {"type": ["string", "null"]},
                    "disowned": {"type": "boolean"},
                },
            },
            "pattern": {"type": "string"},
            "claims": {"type": "array", "items": claim},
            "verdicts": {"type": "array", "items": {"enum": _VERDICTS}},
            "verdict": {"enum": _VERDICTS},
            "article_error": {"type": "boolean"},
            "findings": {"type": "array", "items": {"type": "object"}},
            "evidence": {"type": "array", "items": {"type": "object"}},
            "unresolved": {"type": ["string", "null"]},
            "judged": {"type": "array", "items": {"type": "string"}},
        },
    }  # fmt: skip
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://github.com/iransyria/iransyria/schema/read.json",
        "title": "iransyria read --json",
        "type": "object",
        "required": ["published", "text_sha256", "statements", "summary"],
        "additionalProperties": False,
        "properties": {
            "published": {"type": ["string", "null"]},
            "text_sha256": {"type": "string", "pattern": "^[0-9a-f]{64}$"},
            "statements": {"type": "array", "items": statement},
            "summary": {"type": "object", "additionalProperties": {"type": "integer"}},
        },
        "$defs": dataset_schema["$defs"],
    }
