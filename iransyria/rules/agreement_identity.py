"""Agreement identity (IS2xx).

A claim attached to one agreement may describe another: the articles report
two similar Iran–Syria military agreements, and a fact filed under the wrong
one is the mistake no single record reveals.
"""

from __future__ import annotations

from collections.abc import Iterator

from iransyria.dates import Certainty
from iransyria.models import (
    ActorValue,
    Agreement,
    AgreementKindValue,
    AgreementValue,
    Claim,
    DateValue,
    PlaceValue,
    Predicate,
    normalize,
)
from iransyria.rules.base import Severity, Violation, flag, register
from iransyria.rules.context import JUDGED, Context, join_ids


def _contradicts(claim: Claim, agreement: Agreement) -> bool:
    """Whether the claim's value cannot be a field of ``agreement``'s record."""
    value = claim.value
    predicate = claim.predicate
    if predicate is Predicate.KIND and isinstance(value, AgreementKindValue):
        return value.kind is not agreement.kind
    if predicate is Predicate.PARTY and isinstance(value, ActorValue):
        return value.actor not in agreement.parties
    if predicate is Predicate.SIGNATORY and isinstance(value, ActorValue):
        return all(s.actor != value.actor for s in agreement.signatories)
    if predicate is Predicate.SIGNING_DATE and isinstance(value, DateValue):
        return agreement.signed is not None and agreement.signed.same_day(value.date) is Certainty.IMPOSSIBLE
    if predicate is Predicate.SIGNING_PLACE and isinstance(value, PlaceValue):
        return agreement.place is not None and normalize(agreement.place) != normalize(value.name)
    if predicate is Predicate.RELATED_TO and isinstance(value, AgreementValue):
        return value.agreement == agreement.id
    return False


def _content_reason(claim: Claim, agreement: Agreement, others: list[Agreement]) -> tuple[str, str]:
    """(field path, why) for a claim whose content fits ``others`` and contradicts ``agreement``."""
    at = f"claims[{claim.id}].value"
    a = agreement.id
    names = join_ids(b.id for b in others)
    value = claim.value
    if isinstance(value, ActorValue) and claim.predicate is Predicate.SIGNATORY:
        return (
            f"{at}.actor",
            f"signatory {value.actor} signed {join_ids((b.id for b in others), ' and ')}, not {a}",
        )
    if isinstance(value, ActorValue):
        return f"{at}.actor", f"{value.actor} is a party to {names}, not to {a}"
    if isinstance(value, DateValue):
        dates = " or ".join(f"{b.id}'s ({b.signed})" for b in others)
        return (
            f"{at}.date",
            f"signing date {value.date} cannot be {a}'s ({agreement.signed}) but can be {dates}",
        )
    if isinstance(value, PlaceValue):
        return f"{at}.name", f"signing place {value.name!r} is {names}'s, not {a}'s ({agreement.place!r})"
    if isinstance(value, AgreementKindValue):
        return (
            f"{at}.kind",
            f"kind {value.kind.value!r} is {names}'s, not {a}'s ({agreement.kind.value!r})",
        )
    assert isinstance(value, AgreementValue)
    kind = value.relation.value
    return f"{at}.agreement", f"{a} cannot be {kind} itself, while {names} is {kind} {a}"


_CONTENT = frozenset(
    {
        Predicate.KIND,
        Predicate.PARTY,
        Predicate.SIGNATORY,
        Predicate.SIGNING_DATE,
        Predicate.SIGNING_PLACE,
        Predicate.RELATED_TO,
    }
)


@register("IS201", "agreement-identity", Severity.ERROR)
def agreement_identity(ctx: Context) -> Iterator[Violation]:
    """A claim attached to agreement A must not describe another agreement B instead.

    ## What it checks
    That a claim attached to agreement A does not describe another agreement B
    instead. It does when its content fits B and contradicts A:

    - a `signatory` whose actor signed B (by B's record) but not A;
    - a `signing-date` that cannot be A's (`A.signed.same_day(value)` is
      impossible) but can be B's;
    - a `signing-place`, `kind` or `party` that is B's and cannot be A's (A gives
      another place or kind, or does not list the party);
    - a `related-to` claim relating A to itself while B holds that relation to A;

    or when the claim's source was published *certainly* before A was signed
    (`source.published.before(A.signed)` is certain) while B was possibly signed
    by then. In that last case B is chosen among the agreements signed by then
    whose record holds the claim's value (a 2018 report of Ayyoub as signatory
    names the 2018 deal, not the January 2018 economic one); if none holds it,
    among those it does not contradict.

    Content A and B share (Ayyoub signed both real military agreements; both were
    signed in Damascus; both are between Iran and Syria) identifies nothing. Only
    accepted and disputed claims are judged: refuted and superseded claims are
    already marked wrong. One violation per claim; the path is the field of the
    first reason, `related` lists every B, and the message names B and gives
    every reason. Works in both directions (a 2018 fact reported on the 2020
    agreement and the reverse).

    ## Why
    The articles report two similar Iran–Syria military agreements two years
    apart, both signed in Damascus with Ayyoub signing for Syria; attaching a
    fact to the wrong one is the likeliest encoding mistake, and the one no
    single record can reveal.

    ## Example
    `claims[clm-20-bagheri].value.actor`: claim clm-20-bagheri on agr-2018 describes agr-2020: signatory per-bagheri signed agr-2020, not agr-2018

    `claims[clm-18-ayyoub].source`: claim clm-18-ayyoub on agr-2020 describes agr-2018: its source src-2018 (published 2018-08-28) certainly predates agr-2020's signing (2020-07-08), while agr-2018 (2018-08-26/2018-08-27) was signed by then
    """
    for claim in ctx.dataset.claims:
        if claim.standing not in JUDGED:
            continue
        agreement = ctx.agreements.get(claim.subject)
        if agreement is None:
            continue
        reasons: list[tuple[str, str]] = []
        described: set[str] = set()
        if claim.predicate in _CONTENT and _contradicts(claim, agreement):
            others = [b for b in ctx.holding(claim) if b.id != agreement.id]
            if others:
                reasons.append(_content_reason(claim, agreement, others))
                described.update(b.id for b in others)
        source = ctx.sources.get(claim.source)
        published = None if source is None else source.published
        if (
            published is not None
            and agreement.signed is not None
            and published.before(agreement.signed) is Certainty.CERTAIN
        ):
            reported = {b.id for b in ctx.signed_by_then(published)} - {agreement.id}
            others = [b for b in ctx.holding(claim) if b.id in reported]
            if not others:
                others = [ctx.agreements[b] for b in sorted(reported)]
                others = [b for b in others if not _contradicts(claim, b)]
            if others:
                signed = " or ".join(f"{b.id} ({b.signed})" for b in others)
                reasons.append(
                    (
                        f"claims[{claim.id}].source",
                        f"its source {claim.source} (published {published}) certainly predates "
                        f"{agreement.id}'s signing ({agreement.signed}), while {signed} was signed by then",
                    )
                )
                described.update(b.id for b in others)
        if reasons:
            yield flag(
                "IS201",
                reasons[0][0],
                f"claim {claim.id} on {agreement.id} describes {join_ids(described)}: "
                + "; ".join(why for _, why in reasons),
                sorted(described),
            )
