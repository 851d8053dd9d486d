"""Time (IS3xx).

News cannot precede what it reports, and a correction cannot precede what it
corrects. Dates compare as intervals at their own precision, so each
judgement is certain or only possible.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from iransyria.dates import Certainty
from iransyria.models import (
    DateValue,
    Predicate,
)
from iransyria.rules.base import Severity, Violation, flag, register
from iransyria.rules.context import JUDGED, ORDER, Context


def _reporting_times(ctx: Context) -> list[tuple[Certainty, str, str, tuple[str, ...]]]:
    """(certainty, path, message, related) for every report that may predate what it reports."""

    def compute() -> list[tuple[Certainty, str, str, tuple[str, ...]]]:
        found: list[tuple[Certainty, str, str, tuple[str, ...]]] = []
        reports: defaultdict[tuple[str, str], list[str]] = defaultdict(list)
        for claim in ctx.dataset.claims:
            if claim.subject in ctx.agreements:
                reports[claim.source, claim.subject].append(claim.id)
        for (source_id, agreement_id), claim_ids in sorted(reports.items()):
            source = ctx.sources.get(source_id)
            agreement = ctx.agreements[agreement_id]
            if source is None or source.published is None or agreement.signed is None:
                continue
            certainty = source.published.before(agreement.signed)
            if certainty is not Certainty.IMPOSSIBLE:
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
        for claim in ctx.dataset.claims:
            if claim.predicate is not Predicate.SIGNING_DATE or claim.standing not in JUDGED:
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
