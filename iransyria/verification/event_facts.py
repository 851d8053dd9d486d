"""What an event's record and its claims say about a claim on that event: support, and the words against it.

An event claim is held by the event's record as an agreement claim is by the
agreement's: a date that contains the event's date is certain (a coarser
one), one that only overlaps it possible; a place equal by meaning, a
participant in the same role, an agreement it concerns, its kind. The
accepted claims on the event that say the same are the quotes that back it.
Against a claim filed under the wrong event (IS204) or contradicting the
event's claims (IS903), the words are the accepted claims on the events
concerned that state the field.
"""

from __future__ import annotations

from iransyria.dates import Certainty, FuzzyDate
from iransyria.display import indefinite
from iransyria.models import (
    Claim,
    DateValue,
    Event,
    EventKindValue,
    ParticipantValue,
    PlaceValue,
    Predicate,
    RecordValue,
    Role,
    Standing,
    StatementValue,
)
from iransyria.rules import Context
from iransyria.rules.context import place_key

__all__ = ["contains", "event_against", "event_support"]


def contains(claimed: FuzzyDate, recorded: FuzzyDate) -> Certainty:
    """Whether ``claimed`` certainly holds the recorded date (it contains it), possibly, or not."""
    if claimed.earliest <= recorded.earliest and recorded.latest <= claimed.latest:
        return Certainty.CERTAIN
    return Certainty.POSSIBLE if claimed.same_day(recorded) else Certainty.IMPOSSIBLE


def _stating(ctx: Context, event: str, predicate: Predicate, but: str) -> list[Claim]:
    """The accepted claims on ``event`` that state the field ``predicate`` backs (a speaker's too)."""
    predicates = [predicate]
    if predicate is Predicate.PARTICIPANT:
        predicates.append(Predicate.STATEMENT)
    return [
        c
        for p in predicates
        for c in ctx.claims_by_key.get((event, p), ())
        if c.standing is Standing.ACCEPTED and c.id != but
    ]


def _same_participant(claim: Claim, value: ParticipantValue) -> bool:
    other = claim.value
    if isinstance(other, StatementValue):
        return value.role is Role.SPEAKER and other.speaker == value.actor
    return isinstance(other, ParticipantValue) and (other.actor, other.role) == (value.actor, value.role)


def event_support(
    ctx: Context, claim: Claim, event: Event
) -> tuple[Certainty | None, list[tuple[Claim, Certainty]], str]:
    """How certainly ``event``'s record holds the claim, the accepted claims backing it (and how), and why."""
    value = claim.value
    saying = _stating(ctx, event.id, claim.predicate, claim.id)
    if isinstance(value, DateValue):
        quotes = [
            (c, contains(value.date, c.value.date))
            for c in saying
            if isinstance(c.value, DateValue)
            and contains(value.date, c.value.date) is not Certainty.IMPOSSIBLE
        ]
        if event.date is None:
            return None, [(c, Certainty.POSSIBLE) for c, _ in quotes], f"the date of {event.id} is not established"
        certainty = contains(value.date, event.date)
        return certainty, quotes, f"{event.id} happened {event.date}: {value.date} {certainty.value} holds it"
    if isinstance(value, PlaceValue):
        key = place_key(value.name)
        quotes = [
            (c, Certainty.CERTAIN)
            for c in saying
            if isinstance(c.value, PlaceValue) and place_key(c.value.name) == key
        ]
        if event.place is not None and place_key(event.place) == key:
            return Certainty.CERTAIN, quotes, f"{event.id} happened in {event.place}"
        return None, quotes, f"the record of {event.id} gives no such place"
    if isinstance(value, ParticipantValue):
        quotes = [(c, Certainty.CERTAIN) for c in saying if _same_participant(c, value)]
        role = value.role.value
        if any((p.actor, p.role) == (value.actor, value.role) for p in event.participants):
            return Certainty.CERTAIN, quotes, f"{value.actor} is the {role} of {event.id}"
        return None, quotes, f"the record of {event.id} does not have {value.actor} as {role}"
    if isinstance(value, RecordValue):
        quotes = [(c, Certainty.CERTAIN) for c in saying if c.value == value]
        held = (
            value.id == event.part_of
            if claim.predicate is Predicate.PART_OF
            else value.id in event.agreements
        )
        link = "part of" if claim.predicate is Predicate.PART_OF else "concerns"
        return (
            (Certainty.CERTAIN if held else None),
            quotes,
            f"{event.id} {'' if held else 'is not recorded as '}{link} {value.id}".replace("  ", " "),
        )
    if isinstance(value, EventKindValue):
        quotes = [(c, Certainty.CERTAIN) for c in saying if c.value == value]
        held = value.kind is event.kind
        return (Certainty.CERTAIN if held else None), quotes, f"{event.id} is {indefinite(event.kind.value)}"
    return None, [], "no record says the same"


def _says(other: Claim, claim: Claim) -> bool:
    """Whether ``other`` states what ``claim`` states (a date that may be the same day)."""
    theirs, value = other.value, claim.value
    if isinstance(value, DateValue) and isinstance(theirs, DateValue):
        return theirs.date.same_day(value.date) is not Certainty.IMPOSSIBLE
    if isinstance(value, PlaceValue) and isinstance(theirs, PlaceValue):
        return place_key(theirs.name) == place_key(value.name)
    if isinstance(value, ParticipantValue):
        return _same_participant(other, value)
    return theirs == value


def _role(claim: Claim) -> Role | None:
    value = claim.value
    if isinstance(value, StatementValue):
        return Role.SPEAKER
    return value.role if isinstance(value, ParticipantValue) else None


def event_against(ctx: Context, claim: Claim, events: tuple[str, ...]) -> list[Claim]:
    """The accepted claims that decide against a claim on an event.

    What the claimed event's claims state for the same field (for a
    participant, the same role), and, on each event the claim describes
    instead, the claims that state its value.
    """
    found: list[Claim] = []
    for other in _stating(ctx, claim.subject, claim.predicate, claim.id):
        if not isinstance(claim.value, ParticipantValue) or _role(other) is claim.value.role:
            found.append(other)
    for event in events:
        found += [c for c in _stating(ctx, event, claim.predicate, claim.id) if _says(c, claim)]
    return found
