"""The timeline: each happening once, at its date, with every source that reports it."""

from __future__ import annotations

from operator import attrgetter

import attrs

from iransyria.dataset import Dataset
from iransyria.dates import FuzzyDate
from iransyria.models import (
    Claim,
    DateValue,
    Event,
    EventKind,
    Standing,
)
from iransyria.queries.common import (
    OVERTURNED,
    STANDING_RANK,
    given_or_shipped,
    named_id,
)
from iransyria.queries.happenings import event_claims
from iransyria.queries.listing import agreements
from iransyria.queries.resolution import best_value, claims_behind

__all__ = [
    "EventKind",
    "TimelineEvent",
    "timeline",
]


@attrs.define(frozen=True)
class TimelineEvent:
    """A dated happening, with the sources and claims that report it.

    ``subject`` is the event's id, or an agreement's id for a signing the
    dataset has no event record of (its date then comes from the agreement).
    """

    date: FuzzyDate
    kind: EventKind
    subject: str
    description: str
    place: str | None = None
    sources: tuple[str, ...] = ()
    claims: tuple[str, ...] = ()
    standing: Standing = Standing.ACCEPTED  # the best standing of the claims that report it
    agreements: tuple[str, ...] = ()  # the agreements it concerns


def _best(claims: list[Claim]) -> Standing:
    return min((c.standing for c in claims), key=STANDING_RANK.__getitem__, default=Standing.ACCEPTED)


def timeline(
    *, agreement: str | None = None, actor: str | None = None, dataset: Dataset | None = None
) -> tuple[TimelineEvent, ...]:
    """Every dated event, and the signings of agreements without a signing event, by date.

    Each happening appears once, however many sources report it: an event
    lists every source with an accepted or disputed claim about it (for a
    signing, also its agreement's signing claims); refuted and superseded
    claims are left out. An event no source dates is not placed. A signing
    without an event record is dated by the agreement's ``signed`` field or,
    where that is unresolved, by its best-supported reported date with that
    value's standing (e.g. disputed). ``agreement`` keeps what concerns that
    agreement; ``actor`` the events it takes part in and the signings of
    agreements it is party to or signed. Order: :attr:`FuzzyDate.sort_key`,
    then signings first, then id.
    """
    data = given_or_shipped(dataset)
    agreement = named_id("agreement", agreement, data)
    actor = named_id("actor", actor, data)
    rows: list[TimelineEvent] = []
    by_agreement = data.events_by_agreement
    # With an actor, only the events it takes part in and the signings of its agreements are
    # looked at (from the indexes, not a scan); each once, in id order.
    candidates: tuple[Event, ...] | list[Event] = data.events
    if actor is not None:
        taking_part = {id(e): e for e in data.events_by_actor.get(actor, ())}
        for record_id in {record.id for record in agreements(actor=actor, dataset=data)}:
            for e in by_agreement.get(record_id, ()):
                if e.kind is EventKind.SIGNING:
                    taking_part.setdefault(id(e), e)
        candidates = sorted(taking_part.values(), key=attrgetter("id"))
    elif agreement is not None:
        candidates = list(by_agreement.get(agreement, ()))
    for record in candidates:
        if record.date is None:
            continue
        if agreement is not None and agreement not in record.agreements:
            continue
        reporting = [c for c in event_claims(record.id, data) if c.standing not in OVERTURNED]
        rows.append(
            TimelineEvent(
                date=record.date,
                kind=record.kind,
                subject=record.id,
                description=record.title,
                place=record.place,
                sources=tuple(sorted({c.source for c in reporting})),
                claims=tuple(c.id for c in reporting),
                standing=_best(reporting),
                agreements=record.agreements,
            )
        )
    for signed in agreements(actor=actor, dataset=data):
        if agreement is not None and signed.id != agreement:
            continue
        if any(e.kind is EventKind.SIGNING for e in by_agreement.get(signed.id, ())):
            continue  # its signing event is on the timeline instead
        if signed.signed is not None:
            date, standing = signed.signed, Standing.ACCEPTED
            backing = [
                c
                for c in claims_behind(signed.id, "signed", data)
                if c.standing not in OVERTURNED
                and isinstance(c.value, DateValue)
                and c.value.date.same_day(signed.signed)
            ]
        else:
            reported = best_value(signed.id, "signed", data)
            if reported is None or reported.best.standing in OVERTURNED:
                continue
            assert isinstance(reported.best.value, DateValue)
            date, standing = reported.best.value.date, reported.best.standing
            backing = [data.claim_index[claim_id] for claim_id in reported.best.claims]
        rows.append(
            TimelineEvent(
                date=date,
                kind=EventKind.SIGNING,
                subject=signed.id,
                description=signed.title,
                place=signed.place,
                sources=tuple(sorted({c.source for c in backing})),
                claims=tuple(c.id for c in backing),
                standing=standing,
                agreements=(signed.id,),
            )
        )
    rows.sort(key=lambda e: (e.date.sort_key, e.kind is not EventKind.SIGNING, e.subject))
    return tuple(rows)
