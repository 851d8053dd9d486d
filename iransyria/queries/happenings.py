"""Events: which happenings, the claims and sources behind each, who independently reports it.

An event is reported by the claims whose subject it is; a signing is also
reported by its agreement's signing-date, signing-place and signatory claims,
since those fields are the signing's own. Corroboration counts independent
origins (:meth:`Dataset.origin`) for an event exactly as for an agreement.
"""

from __future__ import annotations

from iransyria.dataset import Dataset
from iransyria.models import Claim, Event, EventKind, Predicate
from iransyria.queries.common import OVERTURNED, given_or_shipped

__all__ = [
    "SIGNING_PREDICATES",
    "event",
    "event_claims",
    "event_corroboration",
    "event_sources",
    "events",
]

#: The agreement predicates that report the agreement's signing (for its signing event).
SIGNING_PREDICATES = frozenset({Predicate.SIGNING_DATE, Predicate.SIGNING_PLACE, Predicate.SIGNATORY})


def event(id: str, dataset: Dataset | None = None) -> Event | None:
    """The event with this id (any case), or None."""
    data = given_or_shipped(dataset)
    found = data.event_index.get(id)
    if found is not None:
        return found
    folded = id.strip().casefold()
    return next((e for e in data.events if e.id.casefold() == folded), None)


def events(
    *,
    kind: EventKind | None = None,
    actor: str | None = None,
    agreement: str | None = None,
    dataset: Dataset | None = None,
) -> tuple[Event, ...]:
    """The events, by id; only those of a kind, with the actor taking part, or concerning the agreement."""
    return tuple(
        e
        for e in given_or_shipped(dataset).events
        if (kind is None or e.kind is kind)
        and (actor is None or any(p.actor == actor for p in e.participants))
        and (agreement is None or agreement in e.agreements)
    )


def event_claims(event_id: str, dataset: Dataset | None = None) -> tuple[Claim, ...]:
    """Every claim reporting the event, whatever its standing, in id order.

    The claims about the event itself and, for a signing, its agreement's
    signing-date, signing-place and signatory claims.
    """
    data = given_or_shipped(dataset)
    found = list(data.claims_by_subject.get(event_id, ()))
    record = data.event_index.get(event_id)
    if record is not None and record.kind is EventKind.SIGNING:
        for agreement in record.agreements:
            found += [
                c for c in data.claims_by_subject.get(agreement, ()) if c.predicate in SIGNING_PREDICATES
            ]
    return tuple(sorted(found, key=lambda c: c.id))


def event_sources(event_id: str, dataset: Dataset | None = None) -> tuple[str, ...]:
    """The sources with an accepted or disputed claim reporting the event, sorted."""
    return tuple(sorted({c.source for c in event_claims(event_id, dataset) if c.standing not in OVERTURNED}))


def event_corroboration(event_id: str, dataset: Dataset | None = None) -> tuple[str, ...]:
    """The independent origins that report the event, sorted (as :func:`corroboration` for agreements).

    A refuted or superseded claim corroborates nothing; a translation or a
    republication counts with the report it derives from.
    """
    data = given_or_shipped(dataset)
    return data.origins(c for c in event_claims(event_id, data) if c.standing not in OVERTURNED)
