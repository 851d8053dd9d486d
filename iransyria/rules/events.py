"""Events (IS9xx).

An event record is what the dataset resolves from the claims about it, as an
agreement is: each field must be backed by an accepted claim, each accepted
claim must be reflected in the record, accepted claims must not contradict
each other, and a signing must agree with the agreement it signs.
"""

from __future__ import annotations

import bisect
import datetime
from collections import defaultdict
from collections.abc import Iterator

from iransyria.dates import Certainty
from iransyria.models import (
    EVENT_FIELD_PREDICATES,
    Claim,
    DateValue,
    Event,
    EventKind,
    EventKindValue,
    ParticipantValue,
    PlaceValue,
    Predicate,
    RecordValue,
    ReferenceFact,
    Role,
    Standing,
    StatementValue,
    dating_facts,
)
from iransyria.queries import describe_value
from iransyria.rules.base import Severity, Violation, flag, register
from iransyria.rules.context import JUDGED, Context, describe_position, join_ids, place_key, position_key


def _participant_key(actor: str, role: Role) -> tuple[str, Role]:
    return actor, role


def _describe_participant(event: Event, index: int) -> str:
    participant = event.participants[index]
    held = "" if participant.position is None else f" ({describe_position(participant.position)})"
    return f"participant {participant.actor} as {participant.role.value}{held}"


def _entries(event: Event) -> list[tuple[str, int, str, str]]:
    """(field, index, path suffix, description) for each entry of the event that needs backing.

    A signing's date, place and signatories are its agreement's (checked by
    IS904 against the agreement record, whose own claims IS701 checks), and
    so are its kind and the agreement it concerns.
    """
    signing = event.kind is EventKind.SIGNING
    found = [] if signing else [("kind", 0, "kind", f"kind {event.kind.value!r}")]
    if event.date is not None and not signing:
        found.append(("date", 0, "date", f"date {event.date}"))
    if event.place is not None and not signing:
        found.append(("place", 0, "place", f"place {event.place!r}"))
    for i, participant in enumerate(event.participants):
        if not (signing and participant.role is Role.SIGNATORY):
            found.append(("participants", i, f"participants[{i}]", _describe_participant(event, i)))
    if not signing:
        found += [
            ("agreements", i, f"agreements[{i}]", f"agreement {a}") for i, a in enumerate(event.agreements)
        ]
    if event.part_of is not None:
        found.append(("part_of", 0, "part_of", f"enclosing event {event.part_of}"))
    return found


def _backs(claim: Claim, field: str, event: Event, index: int) -> bool:
    """Whether the claim states the value of the event's field (``index`` for list fields)."""
    value = claim.value
    if field == "kind":
        if isinstance(value, EventKindValue):
            return value.kind is event.kind
        return event.kind is EventKind.STATEMENT and isinstance(value, StatementValue)
    if field == "date":
        return (
            isinstance(value, DateValue)
            and event.date is not None
            and event.date.same_day(value.date) is not Certainty.IMPOSSIBLE
        )
    if field == "place":
        return (
            isinstance(value, PlaceValue)
            and event.place is not None
            and place_key(value.name) == place_key(event.place)
        )
    if field == "participants":
        participant = event.participants[index]
        if isinstance(value, StatementValue):
            return (
                participant.role is Role.SPEAKER
                and participant.position is None
                and value.speaker == participant.actor
            )
        return (
            isinstance(value, ParticipantValue)
            and (value.actor, value.role) == (participant.actor, participant.role)
            and (value.position is None) == (participant.position is None)
            and (value.position is None or position_key(value.position) == position_key(participant.position))  # type: ignore[arg-type]
        )
    if field == "agreements":
        return isinstance(value, RecordValue) and value.id == event.agreements[index]
    return isinstance(value, RecordValue) and value.id == event.part_of


def _reference_backs(fact: ReferenceFact, field: str, event: Event, index: int) -> bool:
    """Whether a reference fact dating the event (an initialling's, a law's) states the field's value.

    Its date (that may be the same day), its place and its actors: what a
    named reference says of the happening, where the articles get it wrong.
    """
    if field == "date":
        return event.date is not None and event.date.same_day(fact.date) is not Certainty.IMPOSSIBLE
    if field == "place":
        return (
            event.place is not None
            and fact.place is not None
            and place_key(fact.place) == place_key(event.place)
        )
    if field == "participants":
        return event.participants[index].actor in fact.actors
    return False


#: The predicates whose claims may back each field (a statement backs its speaker, and a statement's kind).
_BACKING: dict[str, frozenset[Predicate]] = {
    field: frozenset({predicate}) for field, predicate in EVENT_FIELD_PREDICATES.items()
}
_BACKING["kind"] = frozenset({Predicate.EVENT_KIND, Predicate.STATEMENT})
_BACKING["participants"] = frozenset({Predicate.PARTICIPANT, Predicate.STATEMENT})


def _claims_on(ctx: Context, event: str, predicates: frozenset[Predicate]) -> list[Claim]:
    return [
        c
        for predicate in sorted(predicates, key=lambda p: p.value)
        for c in ctx.claims_by_key.get((event, predicate), [])
    ]


@register("IS901", "unsupported-event-field", Severity.ERROR)
def unsupported_event_field(ctx: Context) -> Iterator[Violation]:
    """Every field of an event is backed by at least one accepted claim on that event.

    ## What it checks
    That every field of an event is backed by at least one *accepted* claim
    whose subject is the event: the kind (an `event-kind` claim; for a
    `statement`, any statement claim), the date (a date claim that may be the
    same day), the place, each participant with its role and office (a
    `statement` claim backs its speaker), each agreement it concerns and the
    event it was part of. A signing's kind, date, place, signatories and
    agreement are its agreement's signing, checked by IS904 and IS701 instead.
    The date, place and participants may instead be backed by a reference fact
    that dates the event (an initialling's `initialled` fact on its agreement,
    a law's `in-force` or `signed-into-law` fact), which names its reference.
    `related` lists claims that state the value but are not accepted.

    ## Why
    An event record is what the dataset resolves from the sources that report
    it; a field no accepted claim states is invented.

    ## Example
    `events[evt-visit].place`: evt-visit's place 'Damascus' is backed by no accepted claim
    """
    by_subject = ctx.dataset.references_by_subject
    for event in ctx.dataset.events:
        facts = dating_facts(event, by_subject) if by_subject else ()
        for field, index, suffix, what in _entries(event):
            stating = [
                c for c in _claims_on(ctx, event.id, _BACKING[field]) if _backs(c, field, event, index)
            ]
            if any(c.standing is Standing.ACCEPTED for c in stating):
                continue
            if any(_reference_backs(fact, field, event, index) for fact in facts):
                continue
            others = sorted(c.id for c in stating)
            only = f" (only {', '.join(others)}, not accepted)" if others else ""
            yield flag(
                "IS901",
                f"events[{event.id}].{suffix}",
                f"{event.id}'s {what} is backed by no accepted claim{only}",
                others,
            )


def _reflected(claim: Claim, event: Event) -> bool:
    """Whether the record has what the claim states."""
    value = claim.value
    if isinstance(value, EventKindValue):
        return value.kind is event.kind
    if isinstance(value, DateValue):
        return event.date is not None and event.date.same_day(value.date) is not Certainty.IMPOSSIBLE
    if isinstance(value, PlaceValue):
        return event.place is not None and place_key(value.name) == place_key(event.place)
    if isinstance(value, ParticipantValue):
        return any(
            (p.actor, p.role) == (value.actor, value.role)
            and (
                value.position is None
                or (p.position is not None and position_key(p.position) == position_key(value.position))
            )
            for p in event.participants
        )
    if isinstance(value, StatementValue):
        return any(p.actor == value.speaker and p.role is Role.SPEAKER for p in event.participants)
    if isinstance(value, RecordValue):
        return (
            value.id == event.part_of
            if claim.predicate is Predicate.PART_OF
            else value.id in event.agreements
        )
    return True


_VALUE_PATHS = {
    Predicate.EVENT_KIND: "value.kind",
    Predicate.EVENT_DATE: "value.date",
    Predicate.EVENT_PLACE: "value.name",
    Predicate.PARTICIPANT: "value.actor",
    Predicate.STATEMENT: "value.speaker",
    Predicate.CONCERNS: "value.id",
    Predicate.PART_OF: "value.id",
}


@register("IS902", "unreflected-event-claim", Severity.WARNING)
def unreflected_event_claim(ctx: Context) -> Iterator[Violation]:
    """An accepted claim about an event is reflected in the event's record.

    ## What it checks
    The converse of IS901: an accepted claim about an event whose kind, date
    (one that cannot be the same day), place, participant (actor and role; and
    office, where the claim gives one; a participant a reference fact names in
    that role, such as the host who received a visitor, is reflected), statement
    speaker, agreement or enclosing event the record does not have. A signing's date, place and
    signatories are judged against its agreement (IS904). `related` is the
    event.

    ## Why
    Either the record is incomplete or the claim should not be accepted, or it
    is attached to the wrong event.

    ## Example
    `claims[clm-x-date].value.date`: accepted claim clm-x-date gives evt-visit the event-date 2019-01, which its record does not have
    """
    events = ctx.dataset.event_index
    if not events:
        return  # no events: no claim is on one
    for claim in ctx.dataset.claims:
        event = events.get(claim.subject)
        if event is None or claim.standing is not Standing.ACCEPTED or _reflected(claim, event):
            continue
        value = claim.value
        if (
            isinstance(value, ParticipantValue)
            and value.position is None
            and any(
                value.role in f.roles_of(value.actor)
                for f in ctx.dataset.references_by_subject.get(event.id, ())
            )
        ):
            continue  # a reference fact has him in that part: who received whom
        yield flag(
            "IS902",
            f"claims[{claim.id}].{_VALUE_PATHS.get(claim.predicate, 'value')}",
            f"accepted claim {claim.id} gives {event.id} the {claim.predicate.value} "
            f"{describe_value(claim.value, quote=True)}, which its record does not have",
            (event.id,),
        )


def _event_conflicts(ctx: Context) -> list[tuple[Claim, Claim, str, str]]:
    """(first, second, field path on the second, why) for each pair of judged claims that contradict.

    Judged: accepted or disputed (IS903 reports accepted pairs, IS502 a disputed
    claim against an accepted one).
    """
    found: list[tuple[Claim, Claim, str, str]] = []

    def pair(a: Claim, b: Claim, field: str, why: str) -> None:
        found.append((a, b, field, why) if a.id < b.id else (b, a, field, why))

    for event in ctx.dataset.events:
        for predicate, field, why in (
            (Predicate.EVENT_KIND, "value.kind", "different kinds"),
            (Predicate.EVENT_PLACE, "value.name", "different places"),
            (Predicate.PART_OF, "value.id", "part of different events"),
        ):
            classes: defaultdict[object, list[Claim]] = defaultdict(list)
            for claim in ctx.claims_by_key.get((event.id, predicate), []):
                if claim.standing not in JUDGED:
                    continue
                value = claim.value
                key = (
                    value.kind
                    if isinstance(value, EventKindValue)
                    else place_key(value.name)
                    if isinstance(value, PlaceValue)
                    else value.id
                    if isinstance(value, RecordValue)
                    else None
                )
                classes[key].append(claim)
            seen: list[Claim] = []
            for members in classes.values():
                for claim in members:
                    for other in seen:
                        pair(other, claim, field, why)
                seen += members
        dated = [
            c
            for c in ctx.claims_by_key.get((event.id, Predicate.EVENT_DATE), [])
            if c.standing in JUDGED and isinstance(c.value, DateValue)
        ]

        def bounds(claim: Claim) -> tuple[datetime.date, datetime.date]:
            assert isinstance(claim.value, DateValue)
            return claim.value.date.earliest, claim.value.date.latest

        by_latest = sorted(dated, key=lambda c: (bounds(c)[1], c.id))
        latest = [bounds(c)[1] for c in by_latest]
        for claim in dated:
            for other in by_latest[: bisect.bisect_left(latest, bounds(claim)[0])]:
                pair(other, claim, "value.date", "dates that cannot be the same day")
    return found


def event_conflicts(ctx: Context) -> list[tuple[Claim, Claim, str, str]]:
    """The conflicting pairs of judged claims about events, computed once per context."""
    return ctx.memo("event-conflicts", lambda: _event_conflicts(ctx))


@register("IS903", "conflicting-event-claims", Severity.ERROR)
def conflicting_event_claims(ctx: Context) -> Iterator[Violation]:
    """Two accepted claims about one event do not contradict each other.

    ## What it checks
    That no two *accepted* claims on the same event give dates that cannot be
    the same day, different kinds, different places (compared by meaning, as
    IS501 compares signing places), or different enclosing events. Participants, agreements and statements are many-valued and never
    conflict. A conflict is resolved by refuting or superseding one side, or
    by marking both disputed (with a reason): the event's field is then left
    empty, as 2011 and 2013 are for the start of Iran's intervention.

    ## Why
    One happening has one date and one place; two sources that disagree on
    them disagree on the facts, and the dataset must say so, not pick one.

    ## Example
    `claims[clm-y-date].value.date`: accepted claims clm-18-visit-date and clm-y-date on evt-visit conflict (dates that cannot be the same day): 2018-08 vs 2019-01
    """
    for first, second, field, why in event_conflicts(ctx):
        if first.standing is not Standing.ACCEPTED or second.standing is not Standing.ACCEPTED:
            continue
        yield flag(
            "IS903",
            f"claims[{second.id}].{field}",
            f"accepted claims {first.id} and {second.id} on {second.subject} conflict ({why}): "
            f"{describe_value(first.value, quote=True)} vs {describe_value(second.value, quote=True)}",
            (first.id,),
        )


@register("IS904", "signing-event-mismatch", Severity.ERROR)
def signing_event_mismatch(ctx: Context) -> Iterator[Violation]:
    """A signing event has its agreement's date, place and signatories, and an agreement one signing.

    ## What it checks
    That a `signing` event's date equals its agreement's `signed` (both may be
    empty), its place the agreement's place, and its signatory participants
    (actor and office) the agreement's signatories; and that no agreement has
    two signing events.

    ## Why
    The agreement record already resolves when, where and by whom it was
    signed from its own claims (IS701); the signing event must not tell a
    second story.

    ## Example
    `events[evt-signing].date`: signing event evt-signing is dated 2018-08, but its agreement agr-2018 was signed 2018-08-26/2018-08-27
    """
    signings: defaultdict[str, list[str]] = defaultdict(list)
    for event in ctx.dataset.events:
        if event.kind is not EventKind.SIGNING:
            continue
        at = f"events[{event.id}]"
        for agreement_id in event.agreements:
            signings[agreement_id].append(event.id)
            agreement = ctx.agreements.get(agreement_id)
            if agreement is None:
                continue  # IS102
            if event.date != agreement.signed:
                yield flag(
                    "IS904",
                    f"{at}.date",
                    f"signing event {event.id} is dated {event.date}, but its agreement {agreement.id} "
                    f"was signed {agreement.signed}",
                    (agreement.id,),
                )
            if (event.place and place_key(event.place)) != (agreement.place and place_key(agreement.place)):
                yield flag(
                    "IS904",
                    f"{at}.place",
                    f"signing event {event.id} is placed in {event.place!r}, but its agreement "
                    f"{agreement.id} was signed in {agreement.place!r}",
                    (agreement.id,),
                )
            signed = {
                (p.actor, position_key(p.position) if p.position else None)
                for p in event.participants
                if p.role is Role.SIGNATORY
            }
            record = {(s.actor, position_key(s.position)) for s in agreement.signatories}
            if signed != record:
                yield flag(
                    "IS904",
                    f"{at}.participants",
                    f"signing event {event.id} has signatories "
                    f"{join_ids(a for a, _ in signed) or 'none'}, but its agreement {agreement.id} has "
                    f"{join_ids(s.actor for s in agreement.signatories) or 'none'} (with their offices)",
                    (agreement.id,),
                )
    for agreement_id, events in sorted(signings.items()):
        if len(events) > 1:
            yield flag(
                "IS904",
                f"events[{sorted(events)[1]}].agreements",
                f"agreement {agreement_id} has {len(events)} signing events: {join_ids(events, ', ')}",
                sorted(events),
            )


@register("IS905", "event-part-of-loop", Severity.ERROR)
def event_part_of_loop(ctx: Context) -> Iterator[Violation]:
    """Following `part_of` from event to enclosing event never comes back to an event already passed.

    ## What it checks
    That the chain of enclosing events (`part_of`) ends: no event is, through
    any number of steps, part of itself. Reported once per loop, at the
    loop's smallest id.

    ## Why
    A meeting during a visit during the meeting places nothing: the timeline
    and every query that walks up to the enclosing visit would never stop.

    ## Example
    `events[evt-meeting].part_of`: events loop through part_of: evt-meeting, evt-visit
    """
    # Each event is walked from once: a walk stops at an event an earlier walk passed (its chain
    # is known to end, or its loop is reported), so the rule is linear in the events (following
    # every chain to its end was cubic: a 5,000-event chain took over a minute).
    index = ctx.dataset.event_index
    done: set[str] = set()
    for event in ctx.dataset.events:
        path: dict[str, int] = {}
        current: str | None = event.id
        while current is not None and current in index and current not in done and current not in path:
            path[current] = len(path)
            current = index[current].part_of
        done.update(path)
        if current is None or current not in path:
            continue
        loop = list(path)[path[current] :]
        first = min(loop)
        yield flag(
            "IS905",
            f"events[{first}].part_of",
            f"events loop through part_of: {', '.join(sorted(loop))}",
            sorted(loop),
        )
