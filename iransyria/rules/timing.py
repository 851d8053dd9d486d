"""Time (IS3xx).

News cannot precede what it reports, a correction cannot precede what it
corrects, a weekday a source names must fall on the date it gives, and a date
must fit what reference facts from outside the articles say. Dates
compare as intervals at their own precision, so each judgement is certain or
only possible.
"""

from __future__ import annotations

import calendar
import datetime as _dt
import re
from collections.abc import Iterator

from iransyria.dates import Certainty, FuzzyDate
from iransyria.models import (
    Agreement,
    Claim,
    DateValue,
    Event,
    PlaceValue,
    Predicate,
    ReferenceKind,
    TextValue,
    dating_facts,
)
from iransyria.rules.base import Severity, Violation, flag, register
from iransyria.rules.context import ORDER, Context, place_key


def _reporting_times(ctx: Context) -> list[tuple[Certainty, str, str, tuple[str, ...]]]:
    """(certainty, path, message, related) for every report that may predate what it reports."""

    def compute() -> list[tuple[Certainty, str, str, tuple[str, ...]]]:
        found: list[tuple[Certainty, str, str, tuple[str, ...]]] = []
        about = ctx.claims_by_subject
        # Each source and agreement it has claims about, judged once; the claims are listed
        # only for a report that may predate the signing.
        reports = sorted(
            (source_id, subject)
            for subject in about
            if subject in ctx.agreements
            for source_id in {claim.source for claim in about[subject]}
        )
        by_source: dict[str, dict[str, list[str]]] = {}  # agreement -> source -> claim ids, when needed
        for source_id, agreement_id in reports:
            source = ctx.sources.get(source_id)
            agreement = ctx.agreements[agreement_id]
            if source is None or source.published is None or agreement.signed is None:
                continue
            certainty = source.published.before(agreement.signed)
            if certainty is not Certainty.IMPOSSIBLE:
                if agreement_id not in by_source:
                    by_source[agreement_id] = {}
                    for claim in about[agreement_id]:
                        by_source[agreement_id].setdefault(claim.source, []).append(claim.id)
                claim_ids = by_source[agreement_id][source_id]
                found.append(
                    (
                        certainty,
                        f"sources[{source_id}].published",
                        f"source {source_id} (published {source.published}) {certainty.value} predates "
                        f"the signing of {agreement_id} ({agreement.signed}) that it reports "
                        f"in {len(claim_ids)} claim(s)",
                        (agreement_id, *claim_ids),
                    )
                )
        for claim in ctx.judged:
            if claim.predicate is not Predicate.SIGNING_DATE:
                continue
            source = ctx.sources.get(claim.source)
            value = claim.value
            if source is None or source.published is None or not isinstance(value, DateValue):
                continue
            certainty = source.published.before(value.date)
            reported = ctx.agreements.get(claim.subject)
            # A claim on a dated agreement was judged above as a report of that
            # agreement; say more only if its own date makes it worse.
            if (
                reported is not None
                and reported.signed is not None
                and ORDER[certainty] <= ORDER[source.published.before(reported.signed)]
            ):
                continue
            if certainty is not Certainty.IMPOSSIBLE:
                found.append(
                    (
                        certainty,
                        f"claims[{claim.id}].value.date",
                        f"claim {claim.id} dates a signing {value.date}, {certainty.value} after its source "
                        f"{source.id} was published ({source.published})",
                        (source.id,),
                    )
                )
        return found

    return ctx.memo("reporting-times", compute)


@register("IS301", "report-predates-signing", Severity.ERROR)
def report_predates_signing(ctx: Context) -> Iterator[Violation]:
    """A source cannot report a signing it was certainly published before.

    ## What it checks
    That a source does not report a signing it was certainly published before.
    Judged (a) once per source and agreement it has claims about (any standing),
    at `sources[…].published`, with the agreement and those claims in `related`;
    and (b) for each accepted or disputed `signing-date` claim against its own
    date, at `claims[…].value.date`, when that date makes it worse than (a)
    already says.

    ## Why
    News cannot precede the event; a report that does was misdated, or is about
    something else (IS201 then says what).

    ## Example
    `sources[src-2018].published`: source src-2018 (published 2018-08-01) certainly predates the signing of agr-2018 (2018-08-26/2018-08-27) that it reports in 8 claim(s)
    """
    for certainty, path, message, related in _reporting_times(ctx):
        if certainty is Certainty.CERTAIN:
            yield flag("IS301", path, message, related)


@register("IS302", "report-may-predate-signing", Severity.WARNING)
def report_may_predate_signing(ctx: Context) -> Iterator[Violation]:
    """A source possibly published before a signing it reports: the dates are too coarse to tell.

    ## What it checks
    The same as IS301 where the dates' precision leaves it open: the source is
    *possibly* published before the signing.

    ## Why
    A report dated only to the month, or to "Sunday or Monday", cannot be shown
    to follow the signing; the warning says the order rests on the article's
    wording, not on the dates.

    ## Example
    `sources[src-2018].published`: source src-2018 (published 2018-08) possibly predates the signing of agr-2018 (2018-08-26/2018-08-27) that it reports in 8 claim(s)
    """
    for certainty, path, message, related in _reporting_times(ctx):
        if certainty is Certainty.POSSIBLE:
            yield flag("IS302", path, message, related)


@register("IS304", "correction-predates-claim", Severity.ERROR)
def correction_predates_claim(ctx: Context) -> Iterator[Violation]:
    """A correction cannot be dated certainly before the source of the claim it corrects was published.

    ## What it checks
    That a correction's date is not certainly before the publication of the
    source of the claim it corrects; `related` is the claim and its source.

    ## Why
    One cannot correct what was not yet published.

    ## Example
    `corrections[cor-companies].date`: correction cor-companies is dated 2020-07-01, certainly before src-2020 (2020-07-09) published the claim clm-20-syrian-companies it corrects
    """
    for correction in ctx.dataset.corrections:
        target = ctx.claims.get(correction.target)
        if correction.date is None or target is None:
            continue
        source = ctx.sources.get(target.source)
        if source is None or source.published is None:
            continue
        if correction.date.before(source.published) is Certainty.CERTAIN:
            yield flag(
                "IS304",
                f"corrections[{correction.id}].date",
                f"correction {correction.id} is dated {correction.date}, certainly before {source.id} "
                f"({source.published}) published the claim {target.id} it corrects",
                (target.id, source.id),
            )


#: Weekday names, as ``datetime.date.weekday()`` numbers them (Monday is 0).
WEEKDAYS: tuple[str, ...] = tuple(calendar.day_name[i] for i in range(7))
_WEEKDAY = re.compile(r"\b(" + "|".join(WEEKDAYS) + r")\b", re.IGNORECASE)


def named_weekdays(text: str) -> list[str]:
    """The weekdays ``text`` names, capitalised, in order and without repeats."""
    found: list[str] = []
    if "day" not in text.lower():  # every weekday's name ends so: most texts name none, and skip the search
        return found
    for match in _WEEKDAY.finditer(text):
        day = match.group(1).capitalize()
        if day not in found:
            found.append(day)
    return found


def weekdays_of(date: FuzzyDate) -> list[str]:
    """The weekdays ``date`` may fall on, from its earliest day (all seven for a week or more)."""
    span = (date.latest - date.earliest).days + 1
    return [WEEKDAYS[(date.earliest + _dt.timedelta(days=i)).weekday()] for i in range(min(span, 7))]


def claim_date(claim: Claim) -> FuzzyDate | None:
    """The date a claim gives: its value's date, or its point in time."""
    date = getattr(claim.value, "date", None)  # a date value, or a dated event value
    if isinstance(date, FuzzyDate):
        return date
    return claim.point_in_time


@register("IS305", "weekday-mismatch", Severity.ERROR)
def weekday_mismatch(ctx: Context) -> Iterator[Violation]:
    """A weekday a claim's quote or value names can fall on the date the claim gives.

    ## What it checks
    For every judged claim with a date (a `signing-date`, an `event` or `visit`,
    a dated office claim) whose quote or value text names a weekday: that at
    least one weekday named can fall on the date at its precision. A day is one
    weekday, a two-day range two, a month any. A quote may name more than one
    day ('met Sunday, announced Monday'), so one fitting is enough.

    ## Why
    Reports often give only a weekday ('on Sunday'); the date encoded from it,
    or a date a source pairs with a weekday ('Tuesday 28 August'), can be
    checked against the calendar, and an off-by-one day is a common slip.

    ## Example
    `claims[clm-18-date].value.date`: claim clm-18-date names Tuesday, but 2018-08-26/2018-08-27 falls on Sunday or Monday
    """
    for claim in ctx.judged:
        date = claim_date(claim)
        if date is None:
            continue
        value = claim.value
        text = claim.quote
        description = getattr(value, "description", None)  # an event value's words
        if isinstance(description, str):
            text += " " + description
        elif isinstance(value, TextValue):
            text += " " + value.text
        named = named_weekdays(text)
        if not named:
            continue
        possible = weekdays_of(date)
        if not set(named) & set(possible):
            field = "point_in_time" if claim.point_in_time is date else "value.date"
            yield flag(
                "IS305",
                f"claims[{claim.id}].{field}",
                f"claim {claim.id} names {' or '.join(named)}, but {date} falls on {' or '.join(possible)}",
            )


#: The predicates whose date IS306 holds to the reference facts.
_DATED = frozenset({Predicate.SIGNING_DATE, Predicate.EVENT_DATE})


@register("IS306", "reference-date-mismatch", Severity.ERROR)
def reference_date_mismatch(ctx: Context) -> Iterator[Violation]:
    """A claim's date for a signing or a happening can fall on the date a reference fact gives for it.

    ## What it checks
    For every judged `signing-date` claim on an agreement and `event-date`
    claim on an event: that the date can be the same day as each reference
    fact dating that happening (`ReferenceFact`, known from a named reference
    outside the articles): an agreement's `signed` fact, a signing event's
    agreement's, a war's `broke-out`, a law's `in-force`, a withdrawal's
    `withdrawn`. A date that cannot be (`same_day` impossible) is flagged with
    the fact and its reference; a coarser date that may be is not. A visit's
    `arrived` fact bounds it from below: a date wholly before the arrival is
    flagged too.

    ## Why
    The articles misdate what they report, and the accepted claims of several
    articles can share one error. Reference facts are how a date is known
    from outside them; a claim, or a statement given to `verify`, that no
    reference allows is wrong however many sources repeat it, unless the
    reference fact itself is.

    ## Example
    `claims[clm-18-date].value.date`: claim clm-18-date dates agr-2018's signing 2018-09-03, but ref-2018-signed (the reference) has it 2018-08-26/2018-08-27
    """
    by_subject = ctx.dataset.references_by_subject
    if not by_subject:
        return
    for claim in ctx.judged:
        if claim.predicate not in _DATED or not isinstance(claim.value, DateValue):
            continue
        record: Agreement | Event | None
        if claim.predicate is Predicate.SIGNING_DATE:
            record = ctx.agreements.get(claim.subject)
        elif claim.predicate is Predicate.EVENT_DATE:
            record = ctx.dataset.event_index.get(claim.subject)
        else:
            continue
        if record is None:
            continue
        date = claim.value.date
        if isinstance(record, Event):
            for fact in by_subject.get(record.id, ()):
                if fact.kind is ReferenceKind.ARRIVED and date.latest < fact.date.earliest:
                    yield flag(
                        "IS306",
                        f"claims[{claim.id}].value.date",
                        f"claim {claim.id} dates {fact.subject} {date}, before it began: {fact.id} "
                        f"({fact.reference}) has its visitor arrive {fact.date}",
                        (fact.id,),
                    )
        for fact in dating_facts(record, by_subject):
            if date.same_day(fact.date) is Certainty.IMPOSSIBLE:
                what = "signing" if fact.kind is ReferenceKind.SIGNED else fact.kind.value
                yield flag(
                    "IS306",
                    f"claims[{claim.id}].value.date",
                    f"claim {claim.id} dates {fact.subject}'s {what} {date}, but {fact.id} "
                    f"({fact.reference}) has it {fact.date}",
                    (fact.id,),
                )


#: The predicates whose place IS307 holds to the reference facts.
_PLACED = frozenset({Predicate.SIGNING_PLACE, Predicate.EVENT_PLACE})


@register("IS307", "reference-place-mismatch", Severity.ERROR)
def reference_place_mismatch(ctx: Context) -> Iterator[Violation]:
    """A claim's place for a signing or a happening is the place a reference fact gives for it.

    ## What it checks
    For every judged `signing-place` claim on an agreement and `event-place`
    claim on an event: that the place is the place (compared by meaning, as
    IS501 compares places) of each reference fact that dates that happening
    and gives a place (IS306 holds the date to the same facts). Kept beside
    IS306 because both hold a claim to the reference facts of one happening.

    ## Why
    Where no accepted claim gives a place, the record takes it from the
    reference (IS701); a claim, or a statement given to `verify`, that puts
    the happening elsewhere is wrong however many sources repeat it.

    ## Example
    `claims[clm-18-place].value.name`: claim clm-18-place places agr-2018's signing in 'Tehran', but ref-2018-signed (the reference) has it in 'Damascus'
    """
    by_subject = ctx.dataset.references_by_subject
    if not by_subject:
        return
    for claim in ctx.judged:
        if claim.predicate not in _PLACED or not isinstance(claim.value, PlaceValue):
            continue
        record: Agreement | Event | None = (
            ctx.agreements.get(claim.subject)
            if claim.predicate is Predicate.SIGNING_PLACE
            else ctx.dataset.event_index.get(claim.subject)
        )
        if record is None:
            continue
        for fact in dating_facts(record, by_subject):
            if fact.place is None or place_key(fact.place) == place_key(claim.value.name):
                continue
            what = "signing" if fact.kind is ReferenceKind.SIGNED else fact.kind.value
            yield flag(
                "IS307",
                f"claims[{claim.id}].value.name",
                f"claim {claim.id} places {fact.subject}'s {what} in {claim.value.name!r}, but {fact.id} "
                f"({fact.reference}) has it in {fact.place!r}",
                (fact.id,),
            )
