"""The timeline: agreements' signings and the dated visits and events around them."""

from __future__ import annotations

import enum

import attrs

from iransyria.dataset import Dataset
from iransyria.dates import FuzzyDate
from iransyria.models import (
    Claim,
    DateValue,
    EventValue,
    Predicate,
    Standing,
)
from iransyria.queries.common import (
    _RANK,
    _WRONG,
    _data,
    _mentions_actor,
    _named,
)
from iransyria.queries.listing import agreements
from iransyria.queries.resolution import best_value, claims_behind

__all__ = [
    "EventKind",
    "TimelineEvent",
    "timeline",
]


class EventKind(enum.Enum):
    SIGNING = "signing"  # an agreement's signing date
    VISIT = "visit"  # a visit claim
    EVENT = "event"  # a dated context event claim


@attrs.define(frozen=True)
class TimelineEvent:
    """A dated happening: a signing, a visit or a context event, with the sources that report it."""

    date: FuzzyDate
    kind: EventKind
    subject: str  # the agreement signed, or the actor the event is about
    description: str
    place: str | None = None
    sources: tuple[str, ...] = ()
    claims: tuple[str, ...] = ()
    standing: Standing = Standing.ACCEPTED  # the best standing of the claims that report it


_KIND_ORDER = {EventKind.SIGNING: 0, EventKind.VISIT: 1, EventKind.EVENT: 2}


def timeline(
    *, agreement: str | None = None, actor: str | None = None, dataset: Dataset | None = None
) -> tuple[TimelineEvent, ...]:
    """Agreements' signings and the visit and event claims, by :attr:`FuzzyDate.sort_key`.

    A signing is dated by the agreement's ``signed`` field and backed by the
    claims whose date may be that day; an agreement whose date is unresolved
    (``signed`` is None) is placed at its best-supported reported date, with
    that value's standing (e.g. disputed), where one is reported and not
    refuted. Claims reporting the same event of the same subject are merged,
    so each event lists every source that reports it; refuted and superseded
    claims are left out. ``agreement`` keeps that agreement's signing;
    ``actor`` the signings it is party to or signed and the events about it.
    """
    data = _data(dataset)
    agreement = _named("agreement", agreement, data)
    actor = _named("actor", actor, data)
    events: list[TimelineEvent] = []
    for record in agreements(actor=actor, dataset=data):
        if agreement is not None and record.id != agreement:
            continue
        if record.signed is not None:
            date, standing = record.signed, Standing.ACCEPTED
            backing = [
                c
                for c in claims_behind(record.id, "signed", data)
                if c.standing not in _WRONG
                and isinstance(c.value, DateValue)
                and c.value.date.same_day(record.signed)
            ]
        else:
            reported = best_value(record.id, "signed", data)
            if reported is None or reported.best.standing in _WRONG:
                continue
            assert isinstance(reported.best.value, DateValue)
            date, standing = reported.best.value.date, reported.best.standing
            backing = [data.claim_index[claim_id] for claim_id in reported.best.claims]
        events.append(
            TimelineEvent(
                date=date,
                kind=EventKind.SIGNING,
                subject=record.id,
                description=record.title,
                place=record.place,
                sources=tuple(sorted({c.source for c in backing})),
                claims=tuple(c.id for c in backing),
                standing=standing,
            )
        )
    if agreement is None:
        merged: dict[tuple[str, Predicate, EventValue], list[Claim]] = {}
        for c in data.claims:
            if (
                c.predicate in (Predicate.VISIT, Predicate.EVENT)
                and isinstance(c.value, EventValue)
                and c.standing not in _WRONG
                and (actor is None or _mentions_actor(c, actor))
            ):
                merged.setdefault((c.subject, c.predicate, c.value), []).append(c)
        for (subject, predicate, value), group in merged.items():
            events.append(
                TimelineEvent(
                    date=value.date,
                    kind=EventKind.VISIT if predicate is Predicate.VISIT else EventKind.EVENT,
                    subject=subject,
                    description=value.description,
                    place=value.place,
                    sources=tuple(sorted({c.source for c in group})),
                    claims=tuple(c.id for c in group),
                    standing=min((c.standing for c in group), key=_RANK.__getitem__),
                )
            )
    events.sort(key=lambda e: (e.date.sort_key, _KIND_ORDER[e.kind], e.subject, e.description))
    return tuple(events)
