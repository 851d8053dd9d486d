"""Office-holding (IS4xx).

Each signatory of each dated agreement, and each *accepted* signatory claim
that names a signatory or position the agreement's record does not (the
others would repeat the record's verdict), is judged: did the actor hold that
position on the signing date? The answer comes from the actor's office spans
for that position (`OfficeHeld` start/end, compared case-folded by title and
holder): the signing date `within` the span is certain (fine), impossible
(IS401), possible (IS402); with no span that has a start or an end, the
answer is unknown (IS403). An office held over several spans takes the best
answer. `related` is the signatory.
"""

from __future__ import annotations

from collections.abc import Iterator

from iransyria.dates import Certainty, FuzzyDate
from iransyria.models import (
    ActorValue,
    Position,
    Predicate,
    Standing,
)
from iransyria.rules.base import Severity, Violation, flag, register
from iransyria.rules.context import ORDER, Context, describe_position, position_key


def _office_verdict(
    ctx: Context, actor: str, position: Position, date: FuzzyDate
) -> tuple[Certainty | None, str]:
    """Whether ``actor`` held ``position`` on ``date``, and the spans known.

    The certainty is None when it cannot be judged: no span of that office
    with a start or an end is recorded.
    """
    spans = [o for o in ctx.offices_of(actor, position) if o.start is not None or o.end is not None]
    if not spans:
        held = bool(ctx.offices_of(actor, position))
        return None, "no span is recorded for that office" if held else "no such office is recorded"
    best = max((date.within(o.start, o.end) for o in spans), key=ORDER.__getitem__)
    known = ", ".join(f"from {o.start or '?'} to {o.end or 'open'}" for o in spans)
    return best, f"held {known}"


# (verdict, path, message, related): a signatory not certainly in office; None: unknown.
_OfficeFinding = tuple[Certainty | None, str, str, tuple[str, ...]]


def _office_findings(ctx: Context) -> list[_OfficeFinding]:
    """(verdict, path, message, related) for every signatory that is not certainly in office."""

    def describe(
        verdict: Certainty | None, actor: str, position: Position, date: FuzzyDate, spans: str
    ) -> str:
        if verdict is None:
            return f"whether {actor} held {describe_position(position)} on {date} is unknown: {spans}"
        how = "certainly" if verdict is Certainty.IMPOSSIBLE else "possibly"
        return f"{actor} {how} did not hold {describe_position(position)} on {date}: {spans}"

    def compute() -> list[_OfficeFinding]:
        found: list[_OfficeFinding] = []
        for agreement in ctx.dataset.agreements:
            if agreement.signed is None:
                continue
            for i, signatory in enumerate(agreement.signatories):
                if signatory.actor not in ctx.actors:
                    continue
                verdict, spans = _office_verdict(ctx, signatory.actor, signatory.position, agreement.signed)
                if verdict is not Certainty.CERTAIN:
                    found.append(
                        (
                            verdict,
                            f"agreements[{agreement.id}].signatories[{i}]",
                            describe(verdict, signatory.actor, signatory.position, agreement.signed, spans)
                            + f" (signing {agreement.id})",
                            (signatory.actor,),
                        )
                    )
        for claim in ctx.dataset.claims:
            value = claim.value
            if (
                claim.predicate is not Predicate.SIGNATORY
                or claim.standing is not Standing.ACCEPTED
                or not isinstance(value, ActorValue)
                or value.position is None
                or value.actor not in ctx.actors
            ):
                continue
            signed = ctx.agreements.get(claim.subject)
            if signed is None or signed.signed is None:
                continue
            key = (value.actor, position_key(value.position))
            if any((s.actor, position_key(s.position)) == key for s in signed.signatories):
                continue  # the same signatory is judged on the agreement record
            verdict, spans = _office_verdict(ctx, value.actor, value.position, signed.signed)
            if verdict is not Certainty.CERTAIN:
                found.append(
                    (
                        verdict,
                        f"claims[{claim.id}].value.position",
                        describe(verdict, value.actor, value.position, signed.signed, spans)
                        + f" (claim {claim.id}: signing {signed.id})",
                        (value.actor,),
                    )
                )
        return found

    return ctx.memo("office-findings", compute)


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
    for verdict, path, message, related in _office_findings(ctx):
        if verdict is Certainty.IMPOSSIBLE:
            yield flag("IS401", path, message, related)


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
    for verdict, path, message, related in _office_findings(ctx):
        if verdict is Certainty.POSSIBLE:
            yield flag("IS402", path, message, related)


@register("IS403", "signatory-office-unknown", Severity.WARNING)
def signatory_office_unknown(ctx: Context) -> Iterator[Violation]:
    """As IS401, where no dated span of that office is recorded for the signatory: it cannot be judged.

    ## What it checks
    Where no dated span of that office is recorded for the signatory (an office
    the articles state with no start or end, or a position not recorded at all).

    ## Why
    It cannot be judged; the warning says so rather than guessing.

    ## Example
    `agreements[agr-2018].signatories[0]`: whether per-hatami held Minister of Defence (state-iran) on 2018-08-26/2018-08-27 is unknown: no span is recorded for that office (signing agr-2018)
    """
    for verdict, path, message, related in _office_findings(ctx):
        if verdict is None:
            yield flag("IS403", path, message, related)
