"""Office-holding (IS4xx).

Every dated statement that someone held an office is judged against the spans
the dataset knows (`OfficeHeld` start/end: reference data and stated spans
alike, compared case-folded by title and holder). The statements are:

- each signatory of each dated agreement, and each *accepted* signatory claim
  that names a signatory or position the agreement's record does not (the
  others would repeat the record's verdict), at the signing date (IS401-IS403);
- each judged `holds-office` claim with a time qualifier (`point_in_time`, or
  `start_time`/`end_time`, as Wikidata qualifies a statement), over that time
  (IS404, IS405);
- each participant of a dated event that is given an office, at the event's
  date, once the dataset has events (judged as `holds-office` claims are).

For a point in time the answer is the date `within` the span; for a stated
span, the worse of its two ends. An office held over several spans takes the
best answer. Certain is fine, impossible an error, possible a warning; with no
span that has a start or an end the answer is unknown (IS403 for signatories).

Offices here are held by one person at a time (a minister, a chief of staff, a
president). So when the actor has no dated span of the office given, but
another actor certainly held it on the date (on a day a stated span certainly
covers), the statement is wrong (IS406):
the office a source gives at a date is compared with the office held then (a
defence minister called foreign minister). `related` is the actor (and, for
IS406 and IS404, who held the office then).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

import attrs

from iransyria.dates import Certainty, FuzzyDate
from iransyria.models import (
    ActorValue,
    OfficeHeld,
    Position,
    Predicate,
    Standing,
)
from iransyria.rules.base import Severity, Violation, flag, register
from iransyria.rules.context import JUDGED, ORDER, Context, describe_position, position_key


@attrs.define(frozen=True)
class OfficeStatement:
    """That ``actor`` held ``position`` from ``first`` to ``last`` (one date: a point in time).

    ``signatory`` marks a signing (IS401-IS403); ``where`` is the record field
    it is read from and ``what`` says which record, for messages.
    """

    actor: str
    position: Position
    first: FuzzyDate | None
    last: FuzzyDate | None
    where: str
    what: str
    signatory: bool = False

    @property
    def date(self) -> str:
        if self.first == self.last:
            return f"on {self.first}"
        return f"from {self.first or '?'} to {self.last or '?'}"


def office_verdict(
    ctx: Context, actor: str, position: Position, first: FuzzyDate | None, last: FuzzyDate | None
) -> tuple[Certainty | None, str]:
    """Whether ``actor`` held ``position`` from ``first`` to ``last``, and the spans known.

    The certainty is None when it cannot be judged: no span of that office
    with a start or an end is recorded (or the statement has no date).
    """
    spans = [o for o in ctx.offices_of(actor, position) if o.start is not None or o.end is not None]
    if not spans:
        if ctx.offices_of(actor, position):
            return None, "no span is recorded for that office"
        # Said of the actor, not of the office, unless no one at all is recorded in it: the office
        # itself may well be recorded, held by someone else (IS406 then says who).
        if position_key(position) in _recorded_positions(ctx):
            return None, f"{actor} is recorded in that office at no time"
        return None, "no one is recorded in that office"
    known = ", ".join(f"from {o.start or '?'} to {o.end or 'open'}" for o in spans)
    ends = [date for date in (first, last) if date is not None]
    if not ends:
        return None, f"held {known}"

    def inside(office: OfficeHeld) -> Certainty:
        return min((date.within(office.start, office.end) for date in ends), key=ORDER.__getitem__)

    best = max((inside(o) for o in spans), key=ORDER.__getitem__)
    return best, f"held {known}"


def _recorded_positions(ctx: Context) -> frozenset[tuple[str, str]]:
    """Every office anyone is recorded holding, dated or not (compared as :func:`position_key`)."""
    return ctx.memo(
        "office-positions",
        lambda: frozenset(position_key(o.position) for a in ctx.dataset.actors for o in a.offices),
    )


def _holders(ctx: Context) -> dict[tuple[str, str], list[tuple[str, OfficeHeld]]]:
    """Every dated span of every office, by office: (holder, span)."""

    def compute() -> dict[tuple[str, str], list[tuple[str, OfficeHeld]]]:
        found: defaultdict[tuple[str, str], list[tuple[str, OfficeHeld]]] = defaultdict(list)
        for actor in ctx.dataset.actors:
            for office in actor.offices:
                if office.start is not None or office.end is not None:
                    found[position_key(office.position)].append((actor.id, office))
        return dict(found)

    return ctx.memo("office-holders", compute)


def held_then(
    ctx: Context, position: Position, date: FuzzyDate, but: str = ""
) -> list[tuple[str, OfficeHeld]]:
    """Who certainly held ``position`` on ``date`` (every day ``date`` may stand for), other than ``but``."""
    return [
        (holder, office)
        for holder, office in _holders(ctx).get(position_key(position), [])
        if holder != but and date.within(office.start, office.end) is Certainty.CERTAIN
    ]


def offices_then(ctx: Context, actor: str, date: FuzzyDate) -> list[Position]:
    """The offices ``actor`` certainly held on ``date``."""
    record = ctx.actors.get(actor)
    if record is None:
        return []
    return [
        o.position
        for o in record.offices
        if (o.start is not None or o.end is not None) and date.within(o.start, o.end) is Certainty.CERTAIN
    ]


#: A statement before it is written out: (actor, position, first, last, signatory, where and
#: what as format strings, their two arguments). Most statements are certainly true, and
#: only the others are made :class:`OfficeStatement` objects, with their paths and words.
_Raw = tuple[str, Position, "FuzzyDate | None", "FuzzyDate | None", bool, str, str, str, str]


def _raw_statements(ctx: Context) -> Iterator[_Raw]:
    """Every dated statement that someone held an office (see :func:`office_statements`), unwritten."""
    actors = ctx.actors
    for agreement in ctx.dataset.agreements:
        signed = agreement.signed
        if signed is None:
            continue
        for i, signatory in enumerate(agreement.signatories):
            if signatory.actor in actors:
                yield (
                    signatory.actor,
                    signatory.position,
                    signed,
                    signed,
                    True,
                    "agreements[{0}].signatories[{1}]",
                    "signing {0}",
                    agreement.id,
                    str(i),
                )
    for claim in ctx.dataset.claims:
        predicate = claim.predicate  # first: most claims are neither, and their values stay untouched
        if predicate is not Predicate.SIGNATORY and predicate is not Predicate.HOLDS_OFFICE:
            continue
        value = claim.value
        if not isinstance(value, ActorValue) or value.position is None or value.actor not in actors:
            continue
        if predicate is Predicate.SIGNATORY and claim.standing is Standing.ACCEPTED:
            record = ctx.agreements.get(claim.subject)
            if record is None or record.signed is None:
                continue
            key = (value.actor, position_key(value.position))
            if any((s.actor, position_key(s.position)) == key for s in record.signatories):
                continue  # the same signatory is judged on the agreement record
            yield (
                value.actor,
                value.position,
                record.signed,
                record.signed,
                True,
                "claims[{0}].value.position",
                "claim {0}: signing {1}",
                claim.id,
                record.id,
            )
        elif predicate is Predicate.HOLDS_OFFICE and claim.standing in JUDGED:
            first, last = claim.when
            if first is None and last is None:
                continue
            yield (
                value.actor,
                value.position,
                first,
                last,
                False,
                "claims[{0}].value.position",
                "claim {0}",
                claim.id,
                "",
            )
    # Events, where the dataset has them: a participant given an office at a dated event.
    for event in getattr(ctx.dataset, "events", ()):
        date = getattr(event, "date", None)
        if not isinstance(date, FuzzyDate):
            continue
        for i, participant in enumerate(getattr(event, "participants", ())):
            position = getattr(participant, "position", None)
            if isinstance(position, Position) and participant.actor in actors:
                yield (
                    participant.actor,
                    position,
                    date,
                    date,
                    False,
                    "events[{0}].participants[{1}]",
                    "event {0}",
                    event.id,
                    str(i),
                )


def _written(raw: _Raw) -> OfficeStatement:
    actor, position, first, last, signatory, where, what, a, b = raw
    return OfficeStatement(actor, position, first, last, where.format(a, b), what.format(a, b), signatory)


def office_statements(ctx: Context) -> list[OfficeStatement]:
    """Every dated statement that someone held an office, from agreements, claims and events."""
    return ctx.memo("office-statements", lambda: [_written(raw) for raw in _raw_statements(ctx)])


def _certainly_held(
    ctx: Context, actor: str, position: Position, first: FuzzyDate | None, last: FuzzyDate | None
) -> bool:
    """Whether :func:`office_verdict` is certain, without writing the spans known."""
    if first is None and last is None:
        return False
    # The statement's days, from the earliest its first date may stand for to the latest its
    # last may: each end is certainly within a span (FuzzyDate.within) when the span starts no
    # later than the end's earliest day and ends no earlier than its latest.
    if first is None or last is None or first is last:
        date = first or last
        assert date is not None
        earliest, latest = date.earliest, date.latest
    else:
        earliest, latest = min(first.earliest, last.earliest), max(first.latest, last.latest)
    for office in ctx.offices_of(actor, position):
        start, end = office.start, office.end
        if start is None and end is None:
            continue
        if (start is None or earliest >= start.latest) and (end is None or end.earliest >= latest):
            return True
    return False


# (statement, verdict, spans known): every statement not certainly true.
_Finding = tuple[OfficeStatement, Certainty | None, str]


def _findings(ctx: Context) -> list[_Finding]:
    def compute() -> list[_Finding]:
        found: list[_Finding] = []
        for raw in _raw_statements(ctx):
            actor, position, first, last = raw[:4]
            if _certainly_held(ctx, actor, position, first, last):
                continue
            verdict, spans = office_verdict(ctx, actor, position, first, last)
            if verdict is not Certainty.CERTAIN:
                found.append((_written(raw), verdict, spans))
        return found

    return ctx.memo("office-findings", compute)


def _describe(statement: OfficeStatement, verdict: Certainty | None, spans: str) -> str:
    office = describe_position(statement.position)
    if verdict is None:
        text = f"whether {statement.actor} held {office} {statement.date} is unknown: {spans}"
    else:
        how = "certainly" if verdict is Certainty.IMPOSSIBLE else "possibly"
        text = f"{statement.actor} {how} did not hold {office} {statement.date}: {spans}"
    return f"{text} ({statement.what})"


def _others(ctx: Context, statement: OfficeStatement) -> list[tuple[str, OfficeHeld]]:
    """Who else certainly held the office on a day the statement certainly speaks of.

    A point in time (or a span given by one end only) speaks of some day of that date, so another
    holder must hold every day it may stand for. A span from ``first`` to ``last`` says the actor
    held the office every day between them: it certainly covers the days from the latest ``first``
    may be to the earliest ``last`` may be, and a holder certain on any of those days held the
    office the statement gives the actor (these offices have one holder at a time). Where the ends'
    precision leaves no such day, either end held certainly by another will do.
    """
    first, last, actor = statement.first, statement.last, statement.actor
    if first is None or last is None or first == last:
        date = first or last
        return [] if date is None else held_then(ctx, statement.position, date, but=actor)
    low, high = first.latest, last.earliest
    if low > high:
        ends = held_then(ctx, statement.position, first, but=actor)
        return ends + [h for h in held_then(ctx, statement.position, last, but=actor) if h not in ends]
    return [
        (holder, office)
        for holder, office in _holders(ctx).get(position_key(statement.position), [])
        if holder != actor
        and (office.start is None or office.start.latest <= high)
        and (office.end is None or office.end.earliest >= low)
    ]


def _own_offices(ctx: Context, statement: OfficeStatement) -> list[Position]:
    """The offices the statement's actor certainly held at each end it gives."""
    ends = [date for date in dict.fromkeys((statement.first, statement.last)) if date is not None]
    held = [offices_then(ctx, statement.actor, date) for date in ends]
    return [p for p in held[0] if all(p in other for other in held[1:])] if held else []


@register("IS401", "signatory-out-of-office", Severity.ERROR)
def signatory_out_of_office(ctx: Context) -> Iterator[Violation]:
    """A signatory held the office the record gives on the signing date.

    ## What it checks
    That the signing date is not certainly outside every span of the office.

    ## Why
    Someone signs in an official capacity only while holding it; a wrong office
    or a wrong date is the error.

    ## Example
    `agreements[agr-2018].signatories[1]`: per-ayyoub certainly did not hold Minister of Defence (state-syria) on 2017-12-01: held from 2018-01 to 2022-04 (signing agr-2018)
    """
    for statement, verdict, spans in _findings(ctx):
        if statement.signatory and verdict is Certainty.IMPOSSIBLE:
            yield flag("IS401", statement.where, _describe(statement, verdict, spans), (statement.actor,))


@register("IS402", "signatory-may-be-out-of-office", Severity.WARNING)
def signatory_may_be_out_of_office(ctx: Context) -> Iterator[Violation]:
    """As IS401, where the dates' precision leaves open whether the signing fell inside the span.

    ## What it checks
    Where the precision of the dates leaves open whether the signing fell inside
    the span.

    ## Why
    It may be fine, but a more precise date or span would settle it.

    ## Example
    `agreements[agr-2018].signatories[0]`: per-hatami possibly did not hold Minister of Defence (state-iran) on 2017-08: held from 2017-08 to 2021-08 (signing agr-2018)
    """
    for statement, verdict, spans in _findings(ctx):
        if statement.signatory and verdict is Certainty.POSSIBLE:
            yield flag("IS402", statement.where, _describe(statement, verdict, spans), (statement.actor,))


@register("IS403", "signatory-office-unknown", Severity.WARNING)
def signatory_office_unknown(ctx: Context) -> Iterator[Violation]:
    """As IS401, where no dated span of that office is recorded for the signatory: it cannot be judged.

    ## What it checks
    Where no dated span of that office is recorded for the signatory (an office
    the articles state with no start or end, or a position not recorded at all),
    and no one else is known to have held it then (that is IS406).

    ## Why
    It cannot be judged; the warning says so rather than guessing.

    ## Example
    `agreements[agr-2018].signatories[0]`: whether per-hatami held Minister of Defence (state-iran) on 2018-08-26/2018-08-27 is unknown: no span is recorded for that office (signing agr-2018)
    """
    for statement, verdict, spans in _findings(ctx):
        if statement.signatory and verdict is None and not _others(ctx, statement):
            yield flag("IS403", statement.where, _describe(statement, verdict, spans), (statement.actor,))


@register("IS404", "office-not-held-then", Severity.ERROR)
def office_not_held_then(ctx: Context) -> Iterator[Violation]:
    """A dated office claim (or an event participant's office) falls inside a span of that office.

    ## What it checks
    That a `holds-office` claim's point in time (or each end of its stated
    start/end time), or a dated event's participant's office, is not certainly
    outside every known span of that office for that actor. The message names
    whoever certainly held the office then, where that is known.

    ## Why
    "Hatami was still Iran's defence minister in 2022" is a claim about a date;
    the spans known from references and sources settle it, whatever the wording.

    ## Example
    `claims[clm-x-office].value.position`: per-hatami certainly did not hold Minister of Defence (state-iran) on 2022-03: held from 2017-08 to 2021-08 (claim clm-x-office)
    """
    for statement, verdict, spans in _findings(ctx):
        if not statement.signatory and verdict is Certainty.IMPOSSIBLE:
            others = _others(ctx, statement)
            then = f"; held then by {', '.join(h for h, _ in others)}" if others else ""
            yield flag(
                "IS404",
                statement.where,
                _describe(statement, verdict, spans) + then,
                (statement.actor, *(h for h, _ in others)),
            )


@register("IS405", "office-may-not-be-held-then", Severity.WARNING)
def office_may_not_be_held_then(ctx: Context) -> Iterator[Violation]:
    """As IS404, where the dates' precision leaves open whether the time falls inside the span.

    ## What it checks
    A dated office claim whose time may or may not fall inside the span of the
    office (a month that straddles the start, a year that holds the end).

    ## Why
    It may be right; a more precise date or span would settle it.

    ## Example
    `claims[clm-x-office].value.position`: per-hatami possibly did not hold Minister of Defence (state-iran) on 2021: held from 2017-08 to 2021-08 (claim clm-x-office)
    """
    for statement, verdict, spans in _findings(ctx):
        if not statement.signatory and verdict is Certainty.POSSIBLE:
            yield flag("IS405", statement.where, _describe(statement, verdict, spans), (statement.actor,))


@register("IS406", "office-held-by-another", Severity.ERROR)
def office_held_by_another(ctx: Context) -> Iterator[Violation]:
    """The office a source gives someone at a date was not held then by someone else.

    ## What it checks
    For every dated office statement (IS401's signatories, IS404's claims and
    event participants) whose actor has no dated span of that office: that no
    other actor certainly held the office on that date. A claim over a stated
    span (`start_time`/`end_time`: "foreign minister since 2018") says the
    actor held it every day between its ends, so another holder certain on any
    day the span certainly covers contradicts it too. The message says who
    did, and which office the actor certainly held then, if any.

    ## Why
    These offices have one holder at a time. A source that calls a defence
    minister the foreign minister gives him an office another man held: the
    reference spans of both settle it.

    ## Example
    `claims[clm-x-office].value.position`: per-hatami did not hold Minister of Foreign Affairs (state-iran) on 2018-08-26: per-zarif held it then (from 2013-08 to 2021-08); per-hatami held Minister of Defence (state-iran) then (claim clm-x-office)
    """
    for statement, verdict, _ in _findings(ctx):
        if verdict is not None:
            continue
        others = _others(ctx, statement)
        if not others:
            continue
        holders = ", ".join(
            f"{h} held it then (from {o.start or '?'} to {o.end or 'open'})" for h, o in others
        )
        own = _own_offices(ctx, statement)
        held = (
            f"; {statement.actor} held {' and '.join(describe_position(p) for p in own)} then" if own else ""
        )
        yield flag(
            "IS406",
            statement.where,
            f"{statement.actor} did not hold {describe_position(statement.position)} {statement.date}: "
            f"{holders}{held} ({statement.what})",
            (statement.actor, *(h for h, _ in others)),
        )
