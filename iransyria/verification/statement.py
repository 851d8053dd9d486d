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

from iransyria.dataset import Dataset
from iransyria.dates import FuzzyDate
from iransyria.models import (
    ActorValue,
    Attribution,
    AttributionKind,
    Claim,
    DateValue,
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
    """The one claim these options state; :class:`UnresolvedName` for a name or combination that does not fit."""
    if weekday is not None:
        day = weekday.strip().capitalize()
        if day not in WEEKDAYS:
            raise UnresolvedName(f"--weekday {weekday!r}: not a weekday (Monday to Sunday)")
        if date is None:
            raise UnresolvedName("--weekday needs --date: a weekday is checked against a date")
    if event is not None:
        return _event_statement(
            dataset, event, date, weekday, place, participant, role, agreement, actor, signatory, office, on
        )
    if participant is not None or role is not None:
        raise UnresolvedName("--participant and --role go with --event")
    if agreement is not None:
        if actor is not None or on is not None:
            raise UnresolvedName("--actor and --on state an office; with --agreement, use --signatory")
        facts = [
            name
            for name, given in (("--signatory", signatory), ("--date", date), ("--place", place))
            if given
        ]
        if len(facts) != 1:
            raise UnresolvedName("with --agreement give one of --signatory, --date or --place")
        record = resolve_agreement(dataset, agreement)
        if signatory is not None:
            person = resolve_actor(dataset, signatory)
            position = _signing_office(dataset, record.id, person.id, office, of)
            words = f"{person.name} signed {record.title} as {position.title} ({position.of})"
            return _claim(record.id, Predicate.SIGNATORY, ActorValue(person.id, position), words)
        if date is not None:
            when = _date(date, "--date")
            words = (
                f"{record.title} was signed on {weekday.strip().capitalize() + ' ' if weekday else ''}{when}"
            )
            return _claim(record.id, Predicate.SIGNING_DATE, DateValue(when), words)
        assert place is not None
        if not place.strip():
            raise UnresolvedName("--place: an empty place")
        return _claim(
            record.id,
            Predicate.SIGNING_PLACE,
            PlaceValue(place.strip()),
            f"{record.title} was signed in {place.strip()}",
        )
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
        words = f"{person.name} held {position.title} ({position.of})" + ("" if at is None else f" on {at}")
        return _claim(
            person.id, Predicate.HOLDS_OFFICE, ActorValue(person.id, position), words, point_in_time=at
        )
    raise UnresolvedName(
        "give --agreement (with --signatory, --date or --place), --event (with --date, --place or "
        "--participant) or --actor with --office"
    )


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


def _event_statement(
    dataset: Dataset,
    event: str,
    date: str | None,
    weekday: str | None,
    place: str | None,
    participant: str | None,
    role: str | None,
    *others: str | None,
) -> Claim:
    """The claim that an event happened on a date, in a place, or with a participant."""
    if any(other is not None for other in others):
        raise UnresolvedName(
            "--event takes --date [--weekday], --place or --participant [--role]; "
            "--agreement, --actor, --signatory, --office and --on state other facts"
        )
    facts = [
        n for n, given in (("--date", date), ("--place", place), ("--participant", participant)) if given
    ]
    if len(facts) != 1:
        raise UnresolvedName("with --event give one of --date, --place or --participant")
    if role is not None and participant is None:
        raise UnresolvedName("--role goes with --participant")
    record = resolve_event(dataset, event)
    if record.kind is EventKind.SIGNING and (role is None or role.strip().lower() == Role.SIGNATORY.value):
        # A signing's date, place and signatories are its agreement's: judged as the agreement's claim.
        return statement(
            dataset,
            agreement=record.agreements[0],
            date=date,
            weekday=weekday,
            place=place,
            signatory=participant,
        )
    if date is not None:
        when = _date(date, "--date")
        day = weekday.strip().capitalize() + " " if weekday else ""
        return _claim(record.id, Predicate.EVENT_DATE, DateValue(when), f"{record.title}: on {day}{when}")
    if place is not None:
        if not place.strip():
            raise UnresolvedName("--place: an empty place")
        words = f"{record.title}: in {place.strip()}"
        return _claim(record.id, Predicate.EVENT_PLACE, PlaceValue(place.strip()), words)
    assert participant is not None
    person = resolve_actor(dataset, participant)
    if role is None:
        part = DEFAULT_ROLES.get(record.kind, Role.AGENT)
    else:
        try:
            part = Role(role.strip().lower())
        except ValueError:
            roles = ", ".join(r.value for r in Role)
            raise UnresolvedName(f"--role {role!r}: not a role ({roles})") from None
    words = f"{record.title}: {person.name} as {part.value}"
    return _claim(record.id, Predicate.PARTICIPANT, ParticipantValue(person.id, part), words)
