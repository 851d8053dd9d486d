"""Events: the happenings the articles report, as records several sources can back.

A visit, a meeting, a signing, a remark, a strike or a law coming into force
is one :class:`Event`, however many articles report it. Its fields (date,
place, participants, the agreements it concerns, the event it was part of)
are backed by claims whose subject is the event, exactly as claims back an
agreement's fields, so that the same visit reported by three articles is one
record with three sources behind it (the rule family IS9xx checks the
backing). A quoted remark is an event of kind ``statement``: each source's
wording is its own ``statement`` claim on that one event.
"""

from __future__ import annotations

import enum

import attrs

from iransyria.dates import FuzzyDate
from iransyria.errors import InvalidField
from iransyria.models.actor import Position
from iransyria.models.common import (
    all_of,
    brief_repr,
    id_of,
    ids_of,
    no_duplicates,
    non_empty,
    optional,
    optional_non_empty,
)

__all__ = [
    "ONE_AGREEMENT_KINDS",
    "SIGNED_KINDS",
    "SPOKEN_KINDS",
    "Event",
    "EventKind",
    "Participant",
    "Role",
]


class EventKind(enum.Enum):
    """What kind of happening an event is: the kinds the five articles report."""

    VISIT = "visit"  # an official's trip to a place
    MEETING = "meeting"  # talks, meetings, rounds of discussion, a conversation
    SIGNING = "signing"  # an agreement signed (its date, place, signatories: the agreement's)
    INITIALLING = (
        "initialling"  # an agreement's text initialled ahead of its signing, by its own participants
    )
    LAW_SIGNING = "law-signing"  # a bill signed into law
    STATEMENT = "statement"  # a remark, announcement, interview or stated position
    DEMAND = "demand"  # a call on another actor to do something
    CONDEMNATION = "condemnation"  # a public condemnation
    LAW_IN_FORCE = "law-in-force"  # a law taking effect (its entry into force)
    SANCTIONS = "sanctions"  # sanctions imposed or reimposed
    MILITARY_STRIKE = "military-strike"  # strikes, missile attacks, air raids
    WITHDRAWAL = "withdrawal"  # leaving a treaty or a place
    WAR = "war"  # a war; its date is when it broke out
    INTERVENTION = "intervention"  # a foreign power's entry into a war; its date is the start


#: Kinds whose substance is what someone said: they take ``statement`` claims.
SPOKEN_KINDS = frozenset({EventKind.STATEMENT, EventKind.DEMAND, EventKind.CONDEMNATION})

#: Kinds whose participants may sign: an agreement's signing, its initialling and a law's
#: signing. Only a ``signing``'s signatories are its agreement's; an initialling's and a law
#: signing's are the event's own (the ministers who initialled are not the agreement's signatories).
SIGNED_KINDS = frozenset({EventKind.SIGNING, EventKind.INITIALLING, EventKind.LAW_SIGNING})

#: Kinds that concern exactly one agreement: the one signed or initialled.
ONE_AGREEMENT_KINDS = frozenset({EventKind.SIGNING, EventKind.INITIALLING})


class Role(enum.Enum):
    """The part an actor plays in an event."""

    VISITOR = "visitor"
    HOST = "host"
    ATTENDEE = "attendee"  # takes part in a meeting
    SIGNATORY = "signatory"
    SPEAKER = "speaker"  # says, demands or condemns
    AUDIENCE = "audience"  # is told: 'told The Media Line'
    AGENT = "agent"  # carries out a strike, a withdrawal, a law, an intervention
    TARGET = "target"  # is struck, sanctioned, criticised, called on
    SUPPORTED = "supported"  # is helped by an intervention
    BELLIGERENT = "belligerent"  # fights in a war


_A_KIND = {EventKind.SIGNING: "a signing", EventKind.INITIALLING: "an initialling"}


@attrs.define(frozen=True)
class Participant:
    """An actor taking part in an event, in a role, with the office it held then (if it matters)."""

    actor: str = attrs.field(validator=id_of("actor"))
    role: Role
    position: Position | None = None


def _participant_roles(
    event: Event, _: attrs.Attribute[tuple[Participant, ...]], value: tuple[Participant, ...]
) -> None:
    roles = {participant.role for participant in value}
    if event.kind in SPOKEN_KINDS and Role.SPEAKER not in roles:
        raise InvalidField("participants", f"a {event.kind.value} needs a speaker")
    if event.kind is EventKind.VISIT and Role.VISITOR not in roles:
        raise InvalidField("participants", "a visit needs a visitor")
    if event.kind not in SIGNED_KINDS and Role.SIGNATORY in roles:
        raise InvalidField("participants", "only a signing, an initialling or a law signing has signatories")


def _agreement_count(event: Event, _: attrs.Attribute[tuple[str, ...]], value: tuple[str, ...]) -> None:
    if event.kind in ONE_AGREEMENT_KINDS and len(value) != 1:
        raise InvalidField("agreements", f"{_A_KIND[event.kind]} concerns exactly one agreement")


def _not_part_of_itself(event: Event, _: attrs.Attribute[str | None], value: str | None) -> None:
    if value == event.id:
        raise InvalidField("part_of", "an event cannot be part of itself")


@attrs.define(frozen=True)
class Event:
    """A happening as this dataset resolves it from the claims that report it.

    ``date`` is when it happened, or began for a lasting one (a war, an
    intervention); ``None`` where no source dates it. ``part_of`` is the
    event it happened during: a meeting during a visit, a remark at a
    meeting. A signing concerns exactly one agreement, whose own fields give
    its date, place and signatories. An initialling also concerns exactly one
    agreement, but has its own date, place and signatory participants: the
    ministers who initial a text are not necessarily those who sign it.
    """

    id: str = attrs.field(validator=id_of("event"))
    __repr__ = brief_repr("id", "kind", "title", "date")  # the full record: attrs.asdict, the JSON
    kind: EventKind
    title: str = attrs.field(validator=non_empty)
    date: FuzzyDate | None = None
    place: str | None = attrs.field(default=None, validator=optional_non_empty)
    participants: tuple[Participant, ...] = attrs.field(
        default=(), validator=all_of(no_duplicates, _participant_roles)
    )
    agreements: tuple[str, ...] = attrs.field(
        default=(), validator=all_of(ids_of("agreement"), _agreement_count)
    )
    part_of: str | None = attrs.field(
        default=None, validator=all_of(optional(id_of("event")), _not_part_of_itself)
    )
