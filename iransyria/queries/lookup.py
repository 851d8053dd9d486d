"""Records by id (in any case) or by any name, alias or spelling, and suggestions for a mistyped id."""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Mapping

from iransyria.dataset import Dataset
from iransyria.models import (
    Actor,
    Agreement,
    Claim,
    Correction,
    Source,
)
from iransyria.queries.common import (
    RecordT,
    given_or_shipped,
)

__all__ = [
    "MAX_SUGGESTED_LENGTH",
    "actor",
    "agreement",
    "claim",
    "correction",
    "match_id",
    "source",
    "suggest",
]


#: Past this length a wanted id is not compared for suggestions (no real id comes near it).
MAX_SUGGESTED_LENGTH = 200


def match_id(wanted: str, ids: Iterable[str]) -> str | None:
    """The id among ``ids`` equal to ``wanted`` ignoring case and surrounding blanks, or None."""
    folded = wanted.strip().casefold()
    for candidate in ids:
        if candidate.casefold() == folded:
            return candidate
    return None


def _kind_prefix(id: str) -> str:
    head, sep, _ = id.partition("-")
    return head + sep if sep else ""


def suggest(wanted: str, ids: Iterable[str], limit: int = 3, cutoff: float = 0.6) -> list[str]:
    """The ids that ``wanted`` was probably meant to be, best first (difflib similarity).

    The kind prefix both share (``agr-``, ``per-``, ...) is not counted as
    likeness. A candidate is scored on its whole id and on its opening as
    long as ``wanted``, so that a truncated or half-remembered id such as
    ``agr-2019`` finds ``agr-2018-military-cooperation``; an id that contains
    ``wanted`` (``hatami`` in ``per-amir-hatami``) is close too. Only the ids
    about as close as the closest are kept.
    """
    folded = wanted.strip().casefold()
    if not folded or len(folded) > MAX_SUGGESTED_LENGTH:
        # difflib is quadratic: a 90 kB "id" took 33 s. No id is that long, so nothing is close.
        return []
    scored: list[tuple[float, str]] = []
    for candidate in ids:
        lowered = candidate.casefold()
        query = folded
        prefix = _kind_prefix(lowered)
        if prefix and query.startswith(prefix):
            query, lowered = query[len(prefix) :], lowered[len(prefix) :]
        if not query:
            continue
        score = max(
            difflib.SequenceMatcher(None, query, lowered).ratio(),
            difflib.SequenceMatcher(None, query, lowered[: len(query)]).ratio(),
            0.8 if len(query) >= 3 and query in lowered else 0.0,
        )
        if score >= cutoff:
            scored.append((score, candidate))
    if not scored:
        return []
    top = max(score for score, _ in scored)
    close = sorted((pair for pair in scored if pair[0] >= top - 0.1), key=lambda pair: (-pair[0], pair[1]))
    return [candidate for _, candidate in close[:limit]]


def _find(records: Mapping[str, RecordT], id: str, kind: str = "", data: Dataset | None = None) -> RecordT | None:
    exact = records.get(id)
    if exact is not None:
        return exact
    matched = match_id(id, records)
    if matched is None and data is not None:
        from iransyria.queries.names import find_one

        matched = find_one(kind, id, data)  # a name, an alias, a spelling; Ambiguous if several
    return None if matched is None else records[matched]


def agreement(id: str, dataset: Dataset | None = None) -> Agreement | None:
    """The agreement with this id (any case), name, alias or spelling (:func:`find`), or None."""
    data = given_or_shipped(dataset)
    return _find(data.agreement_index, id, "agreement", data)


def actor(id: str, dataset: Dataset | None = None) -> Actor | None:
    """The actor with this id (any case), name, alias or spelling (:func:`find`), or None."""
    data = given_or_shipped(dataset)
    return _find(data.actor_index, id, "actor", data)


def source(id: str, dataset: Dataset | None = None) -> Source | None:
    """The source with this id (any case), name, alias or spelling (:func:`find`), or None."""
    data = given_or_shipped(dataset)
    return _find(data.source_index, id, "source", data)


def claim(id: str, dataset: Dataset | None = None) -> Claim | None:
    """The claim with this id (any case), name, alias or spelling (:func:`find`), or None."""
    data = given_or_shipped(dataset)
    return _find(data.claim_index, id, "claim", data)


def correction(id: str, dataset: Dataset | None = None) -> Correction | None:
    """The correction with this id (any case), name, alias or spelling (:func:`find`), or None."""
    data = given_or_shipped(dataset)
    return _find(data.correction_index, id, "correction", data)
