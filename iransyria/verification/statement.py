"""A statement to check, from names as a fact-checker gives them, turned into one claim.

``statement(agreement="2018", signatory="Hatami")`` is the claim that Hatami
signed that agreement; ``statement(actor="Eslami", office="Minister of Roads
and Urban Development", on="2019-03")`` that he held that office then;
``statement(agreement=..., date="2018-08-28", weekday="Tuesday")`` that it
was signed on Tuesday 28 August 2018; ``statement(agreement=...,
place="Tehran")`` that it was signed there; ``statement(event="Hatami visit
2018", date="2020-07")`` that the event happened then (``place=...``,
``participant=...`` [``role=...``] likewise: who took part, by default in
the role that makes the event what it is, the visitor of a visit). A
signing's date, place and signatories are its agreement's, so they are
stated as the agreement's claim. Names
resolve as :mod:`~iransyria.verification.names` says; one fact per
statement.
"""

from __future__ import annotations

import enum

import attrs

from iransyria.dataset import Dataset
from iransyria.dates import FuzzyDate
from iransyria.display import indefinite
from iransyria.models import (
    ActorValue,
    Attribution,
    AttributionKind,
    Claim,
    DateValue,
    Event,
    EventKind,
    ParticipantValue,
    PlaceValue,
    Position,
    Predicate,
    Role,
)
from iransyria.rules import Context
from iransyria.rules.offices import offices_then
from iransyria.rules.timing import WEEKDAYS
from iransyria.verification.names import (
    UnresolvedName,
    as_typed,
    resolve_actor,
    resolve_agreement,
    resolve_event,
    resolve_office,
)
from iransyria.verification.verdict import STATEMENT_SOURCE

__all__ = ["statement"]


def _date(text: str, option: str) -> FuzzyDate:
    try:
        return FuzzyDate.parse(text.strip())
    except (ValueError, TypeError) as exc:
        raise UnresolvedName(f"{option} {text!r}: {exc}") from None


def _claim(subject: str, predicate: Predicate, value: object, words: str, **qualifiers: object) -> Claim:
    return Claim(
        id="clm-verify-statement",
        source=STATEMENT_SOURCE.id,
        subject=subject,
        predicate=predicate,
        value=value,  # type: ignore[arg-type]
        attribution=Attribution(AttributionKind.OUTLET),
        quote=words,
        **qualifiers,  # type: ignore[arg-type]
    )


class Aspect(enum.Enum):
    """Which fact of a sentence a part states: each option of ``verify`` that states a fact is one."""

    SIGNATORY = "signatory"
    OFFICE = "office"
    DATE = "date"
    WEEKDAY = "weekday"
    PLACE = "place"
    PARTICIPANT = "participant"
    CLAIM = "claim"  # a whole claim, given in the dataset's format


@attrs.define(frozen=True)
class Part:
    """One fact of a sentence: which (:class:`Aspect`), and the claim that states it.

    ``within`` is the aspect this one refines, when it has one: the weekday
    of the date, the office of the signatory. What that part's claim brings
    is that part's verdict, not this one's. ``weekday`` is the day named.
    """

    aspect: Aspect
    claim: Claim
    within: Aspect | None = None
    weekday: str | None = None


_OPTIONS = "--signatory, --office, --date, --weekday, --place or --participant"


def statement(
    dataset: Dataset,
    *,
    agreement: str | None = None,
    signatory: str | None = None,
    actor: str | None = None,
    office: str | None = None,
    of: str | None = None,
    on: str | None = None,
    date: str | None = None,
    weekday: str | None = None,
    place: str | None = None,
    event: str | None = None,
    participant: str | None = None,
    role: str | None = None,
) -> Claim:
    """The one claim these options state; :class:`UnresolvedName` for a name or combination that does not fit.

    A date with its weekday is one claim (the date, with the weekday in its
    words). Options that state several facts are :func:`parts`.
    """
    found = parts(
        dataset,
        agreement=agreement,
        signatory=signatory,
        actor=actor,
        office=office,
        of=of,
        on=on,
        date=date,
        weekday=weekday,
        place=place,
        event=event,
        participant=participant,
        role=role,
    )
    if len(found) == 2 and found[1].within is found[0].aspect:
        return found[1].claim  # the date with its weekday named, the signatory with the office signed in
    if len(found) != 1:
        facts = ", ".join(p.aspect.value for p in found)
        raise UnresolvedName(f"these options state {len(found)} facts ({facts}): judge them with parts()")
    return found[0].claim


def parts(
    dataset: Dataset,
    *,
    agreement: str | None = None,
    signatory: str | None = None,
    actor: str | None = None,
    office: str | None = None,
    of: str | None = None,
    on: str | None = None,
    date: str | None = None,
    weekday: str | None = None,
    place: str | None = None,
    event: str | None = None,
    participant: str | None = None,
    role: str | None = None,
) -> tuple[Part, ...]:
    """Every fact these options state, one :class:`Part` each, in the order of :class:`Aspect`.

    ``agreement`` takes any of ``signatory`` (with ``office``: the office
    signed in), ``date``, ``weekday`` and ``place``; ``event`` any of
    ``date``, ``weekday``, ``place`` and ``participant`` (with ``role``, and
    ``office``: the office held then); ``actor`` takes ``office`` (with
    ``of`` and ``on``). A weekday without a date is checked against the
    record's date.
    """
    day = None
    if weekday is not None:
        day = weekday.strip().capitalize()
        if day not in WEEKDAYS:
            raise UnresolvedName(f"--weekday {weekday!r}: not a weekday (Monday to Sunday)")
    if event is not None:
        if agreement is not None or actor is not None or on is not None:
            raise UnresolvedName(
                f"--event takes {_OPTIONS} [--role]; --agreement, --actor and --on state other facts"
            )
        record = resolve_event(dataset, event)
        if record.kind is EventKind.SIGNING and (
            role is None or role.strip().lower() == Role.SIGNATORY.value
        ):
            # A signing's date, place and signatories are its agreement's: judged as the agreement's claims.
            if signatory is not None and participant is not None:
                raise UnresolvedName("a signing's participants are its signatories: give --signatory once")
            return _agreement_parts(
                dataset, record.agreements[0], signatory or participant, office, of, date, day, place
            )
        if signatory is not None:
            raise UnresolvedName(
                f"--signatory goes with --agreement or a signing; {record.id} is {indefinite(record.kind.value)}"
            )
        return _event_parts(dataset, record, date, day, place, participant, role, office, of)
    if participant is not None or role is not None:
        raise UnresolvedName("--participant and --role go with --event (with --agreement, use --signatory)")
    if agreement is not None:
        if actor is not None or on is not None:
            raise UnresolvedName("--actor and --on state an office; with --agreement, use --signatory")
        if office is not None and signatory is None:
            raise UnresolvedName("--office with --agreement is the office signed in: give --signatory")
        found = _agreement_parts(
            dataset, resolve_agreement(dataset, agreement).id, signatory, office, of, date, day, place
        )
        if not found:
            raise UnresolvedName(f"with --agreement give any of {_OPTIONS.replace(' or --participant', '')}")
        return found
    if actor is not None:
        if office is None:
            raise UnresolvedName("--actor needs --office (and --on for a date)")
        if date is not None or weekday is not None or place is not None or signatory is not None:
            raise UnresolvedName(
                "--actor states an office: --date, --weekday, --place and --signatory go with --agreement"
            )
        person = resolve_actor(dataset, actor)
        position = resolve_office(dataset, office, of, person)
        at = None if on is None else _date(on, "--on")
        return (Part(Aspect.OFFICE, _held(dataset, person.id, as_typed(dataset, person, actor), position, at)),)
    raise UnresolvedName(f"give --agreement or --event (with any of {_OPTIONS}), or --actor with --office")


def _office(dataset: Dataset, position: Position) -> str:
    """An office in words: 'Minister of Defence of Iran'."""
    state = dataset.actor_index.get(position.of)
    return f"{position.title} of {state.name if state is not None else position.of}"


def _held(dataset: Dataset, actor: str, name: str, position: Position, at: FuzzyDate | None) -> Claim:
    words = f"{name} held {_office(dataset, position)}" + ("" if at is None else f" on {at}")
    return _claim(actor, Predicate.HOLDS_OFFICE, ActorValue(actor, position), words, point_in_time=at)


def _dated(
    subject: str,
    predicate: Predicate,
    title: str,
    verb: str,
    date: str | None,
    day: str | None,
    recorded: FuzzyDate | None,
) -> list[Part]:
    """The date part and the weekday part: the weekday of the date given, or else of the recorded date."""
    found = []
    when = None if date is None else _date(date, "--date")
    if when is not None:
        found.append(Part(Aspect.DATE, _claim(subject, predicate, DateValue(when), f"{title} {verb} {when}")))
    if day is not None:
        at = when or recorded
        if when is not None and recorded is not None and _narrower(recorded, when):
            at = recorded  # 'in August, on a Sunday': the day it is recorded on is the one to check
        if at is None:
            raise UnresolvedName(f"--weekday needs --date: the date of {title} is not established")
        words = f"{title} {verb} {day} {at}"
        found.append(Part(Aspect.WEEKDAY, _claim(subject, predicate, DateValue(at), words), Aspect.DATE, day))
    return found


def _narrower(recorded: FuzzyDate, given: FuzzyDate) -> bool:
    """Whether the recorded date lies inside the given one and is narrower."""
    inside = given.earliest <= recorded.earliest and recorded.latest <= given.latest
    return inside and (recorded.latest - recorded.earliest) < (given.latest - given.earliest)


def _agreement_parts(
    dataset: Dataset,
    agreement: str,
    signatory: str | None,
    office: str | None,
    of: str | None,
    date: str | None,
    day: str | None,
    place: str | None,
) -> tuple[Part, ...]:
    record = dataset.agreement_index[agreement]
    found: list[Part] = []
    if signatory is not None:
        person = resolve_actor(dataset, signatory)
        given = None if office is None else resolve_office(dataset, office, of, person)
        try:
            usual = _signing_office(dataset, record.id, person.id, None, None)
        except UnresolvedName:
            if given is None:
                raise
            usual = given
        for aspect, position, within in (
            (Aspect.SIGNATORY, usual, None),
            (Aspect.OFFICE, given, Aspect.SIGNATORY),
        ):
            if position is None:
                continue
            words = f"{as_typed(dataset, person, signatory)} signed {record.title} as {_office(dataset, position)}"
            claim = _claim(record.id, Predicate.SIGNATORY, ActorValue(person.id, position), words)
            found.append(Part(aspect, claim, within))
    found += _dated(
        record.id, Predicate.SIGNING_DATE, record.title, "was signed on", date, day, record.signed
    )
    if place is not None:
        if not place.strip():
            raise UnresolvedName("--place: an empty place")
        words = f"{record.title} was signed in {place.strip()}"
        found.append(
            Part(Aspect.PLACE, _claim(record.id, Predicate.SIGNING_PLACE, PlaceValue(place.strip()), words))
        )
    return tuple(found)


def _signing_office(
    dataset: Dataset, agreement: str, actor: str, office: str | None, of: str | None
) -> Position:
    """The office a signatory is said to sign in: the one given, else the record's, else the one held then."""
    person = dataset.actor_index[actor]
    if office is not None:
        return resolve_office(dataset, office, of, person)
    record = dataset.agreement_index[agreement]
    for signatory in record.signatories:
        if signatory.actor == actor:
            return signatory.position
    if record.signed is not None:
        held = offices_then(Context(dataset), actor, record.signed)
        if len(held) == 1:
            return held[0]
    if len(person.offices) == 1:
        return person.offices[0].position
    raise UnresolvedName(f"in which office did {person.name} sign? give --office")


#: The role a participant is given when none is: the one that makes an event of the kind what it is.
DEFAULT_ROLES: dict[EventKind, Role] = {
    EventKind.VISIT: Role.VISITOR,
    EventKind.SIGNING: Role.SIGNATORY,
    EventKind.INITIALLING: Role.SIGNATORY,
    EventKind.LAW_SIGNING: Role.SIGNATORY,
    EventKind.MEETING: Role.ATTENDEE,
    EventKind.STATEMENT: Role.SPEAKER,
    EventKind.DEMAND: Role.SPEAKER,
    EventKind.CONDEMNATION: Role.SPEAKER,
    EventKind.WAR: Role.BELLIGERENT,
}


def _event_parts(
    dataset: Dataset,
    record: Event,
    date: str | None,
    day: str | None,
    place: str | None,
    participant: str | None,
    role: str | None,
    office: str | None,
    of: str | None,
) -> tuple[Part, ...]:
    """The parts of a sentence about an event that is not a signing: its date, weekday, place, participant."""
    if role is not None and participant is None:
        raise UnresolvedName("--role goes with --participant")
    if office is not None and participant is None:
        raise UnresolvedName("--office with --event is a participant's office: give --participant")
    found = _dated(record.id, Predicate.EVENT_DATE, f"{record.title}:", "on", date, day, record.date)
    if place is not None:
        if not place.strip():
            raise UnresolvedName("--place: an empty place")
        words = f"{record.title}: in {place.strip()}"
        found.append(
            Part(Aspect.PLACE, _claim(record.id, Predicate.EVENT_PLACE, PlaceValue(place.strip()), words))
        )
    if participant is not None:
        person = resolve_actor(dataset, participant)
        if role is None:
            part = DEFAULT_ROLES.get(record.kind, Role.AGENT)
        else:
            try:
                part = Role(role.strip().lower())
            except ValueError:
                roles = ", ".join(r.value for r in Role)
                raise UnresolvedName(f"--role {role!r}: not a role ({roles})") from None
        words = f"{record.title}: {as_typed(dataset, person, participant)} as {part.value}"
        found.append(
            Part(
                Aspect.PARTICIPANT,
                _claim(record.id, Predicate.PARTICIPANT, ParticipantValue(person.id, part), words),
            )
        )
        if office is not None:
            position = resolve_office(dataset, office, of, person)
            found.append(Part(Aspect.OFFICE, _held(dataset, person.id, person.name, position, record.date)))
    if not found:
        raise UnresolvedName(f"with --event give any of {_OPTIONS.replace('--signatory, ', '')}")
    return tuple(found)
