"""Conflicting claims (IS5xx).

Claims are grouped by subject and predicate; within a group, only accepted
and disputed claims are compared, and only as the predicate allows:

| Predicate | Incompatible when |
|-----------|-------------------|
| `signing-date` | the dates cannot be the same day (`same_day` is impossible): compared as intervals of days, whatever their precision or wording |
| `kind` | the kinds differ |
| `signing-place` | the places differ by meaning: compared folded (case, accents, punctuation, a leading 'the' or 'city of' ignored), so 'Damascus' and 'the city of Damascus.' agree and 'Tehran' conflicts |
| `signatory` | one actor with different positions; or one position (title and holder) with different actors — an office is held by one person at a time. Titles compare by meaning: folded, one spelling ('Minister of Defense' is 'Minister of Defence') |
| `quantity` | in the same unit, bounds that cannot overlap (`low`/`high`, open where absent), at times that may be the same day: a figure's `as_of`, or where it has none its source's publication date (figures about different times do not contradict) |
| `party`, `provision`, `related-to`, `not-reported-by` | never: an agreement has many of each |
| `holds-office`, `rank` | never: one holds several offices (and ranks) over time (IS4xx judges dated office claims against the spans) |
| `named-as`, `statement`, `assertion` | never: many spellings, many wordings, many facts |
| `event-kind`, `event-date`, `event-place`, `part-of` | not here: accepted claims about an event are judged by IS903 (IS502 takes its pairs too) |
| `participant`, `concerns` | never: an event has many of each |

Conflicting pairs are found without comparing all pairs: categorical values
by grouping on the value, dates and quantities by bisection over the claims
sorted by their upper bound. Each conflicting pair is reported once, at the
claim with the larger id, with the other in `related`.
"""

from __future__ import annotations

import bisect
import math
from collections import defaultdict
from collections.abc import Callable, Iterator
from typing import Any

from iransyria.dates import Certainty, FuzzyDate
from iransyria.models import (
    ActorValue,
    AgreementKindValue,
    Claim,
    DateValue,
    PlaceValue,
    Predicate,
    QuantityValue,
    Standing,
    TextValue,
    normalize,
)
from iransyria.queries import describe_value
from iransyria.rules.base import Severity, Violation, flag, register
from iransyria.rules.context import Context, place_key, position_key
from iransyria.rules.events import event_conflicts

# A conflict: (first claim, second claim, field path on the second, why). The
# first has the smaller id.
_Conflict = tuple[Claim, Claim, str, str]


def _pair(a: Claim, b: Claim, field: str, why: str) -> _Conflict:
    return (a, b, field, why) if a.id < b.id else (b, a, field, why)


def _across_classes(
    claims: list[Claim], key: Callable[[Claim], Any], field: str, why: str
) -> list[_Conflict]:
    """Every pair of claims whose keys differ."""
    classes: dict[Any, list[Claim]] = defaultdict(list)
    for claim in claims:
        classes[key(claim)].append(claim)
    found: list[_Conflict] = []
    seen: list[Claim] = []
    for members in classes.values():
        for claim in members:
            found.extend(_pair(other, claim, field, why) for other in seen)
        seen.extend(members)
    return found


def _disjoint(
    claims: list[Claim], bounds: Callable[[Claim], tuple[Any, Any]], field: str, why: str
) -> list[_Conflict]:
    """Every pair of claims whose (low, high) intervals cannot overlap, found by bisection."""
    by_high = sorted(claims, key=lambda c: (bounds(c)[1], c.id))
    highs = [bounds(c)[1] for c in by_high]
    found: list[_Conflict] = []
    for claim in claims:
        for other in by_high[: bisect.bisect_left(highs, bounds(claim)[0])]:
            found.append(_pair(other, claim, field, why))
    return found


def _date_bounds(claim: Claim) -> tuple[Any, Any]:
    value = claim.value
    assert isinstance(value, DateValue)
    return value.date.earliest, value.date.latest


def _quantity_bounds(claim: Claim) -> tuple[float, float]:
    value = claim.value
    assert isinstance(value, QuantityValue)
    low = -math.inf if value.low is None else float(value.low)
    high = math.inf if value.high is None else float(value.high)
    return low, high


def _group_conflicts(ctx: Context, predicate: Predicate, claims: list[Claim]) -> list[_Conflict]:
    def text(claim: Claim) -> str:
        value = claim.value
        assert isinstance(value, TextValue)
        return normalize(value.text)

    def place(claim: Claim) -> str:
        value = claim.value
        assert isinstance(value, PlaceValue)
        return place_key(value.name)

    def actor(claim: Claim) -> str:
        value = claim.value
        assert isinstance(value, ActorValue)
        return value.actor

    def position(claim: Claim) -> tuple[str, str] | None:
        value = claim.value
        assert isinstance(value, ActorValue)
        return None if value.position is None else position_key(value.position)

    def sub_groups(key: Callable[[Claim], Any]) -> list[list[Claim]]:
        groups: defaultdict[Any, list[Claim]] = defaultdict(list)
        for claim in claims:
            groups[key(claim)].append(claim)
        return [group for group in groups.values() if len(group) > 1]

    if predicate is Predicate.KIND:

        def kind(claim: Claim) -> str:
            value = claim.value
            assert isinstance(value, AgreementKindValue)
            return value.kind.value

        return _across_classes(claims, kind, "value.kind", "different kinds")
    if predicate is Predicate.SIGNING_PLACE:
        return _across_classes(claims, place, "value.name", "different places")
    if predicate is Predicate.SIGNING_DATE:
        return _disjoint(claims, _date_bounds, "value.date", "the dates cannot be the same day")
    if predicate is Predicate.SIGNATORY:
        found = []
        for group in sub_groups(actor):
            found += _across_classes(group, position, "value.position", "one signatory, different positions")
        for group in sub_groups(position):
            found += _across_classes(group, actor, "value.actor", "one position, different signatories")
        return found
    if predicate is Predicate.QUANTITY:

        def unit(claim: Claim) -> str:
            value = claim.value
            assert isinstance(value, QuantityValue)
            return normalize(value.unit)

        def when(claim: Claim) -> FuzzyDate | None:
            value = claim.value
            assert isinstance(value, QuantityValue)
            if value.as_of is not None:
                return value.as_of
            source = ctx.sources.get(claim.source)
            return None if source is None else source.published

        def same_time(a: Claim, b: Claim) -> bool:
            first, second = when(a), when(b)
            if first is None or second is None:
                return True
            return first.same_day(second) is not Certainty.IMPOSSIBLE

        found = []
        for group in sub_groups(unit):
            found += [
                conflict
                for conflict in _disjoint(group, _quantity_bounds, "value", "figures that cannot both hold")
                if same_time(conflict[0], conflict[1])
            ]
        return found
    return []  # multi-valued without a conflict: see the table in the module docstring


#: The predicates whose claims can conflict (see the table above); the others are never
#: compared. A tuple: membership by identity, not through Enum.__hash__.
_COMPARED = (
    Predicate.KIND,
    Predicate.SIGNING_PLACE,
    Predicate.SIGNING_DATE,
    Predicate.SIGNATORY,
    Predicate.QUANTITY,
)


def _conflicts(ctx: Context) -> list[_Conflict]:
    def compute() -> list[_Conflict]:
        found: list[_Conflict] = []
        for (_, predicate), claims in ctx.claims_by_key.items():
            if len(claims) < 2 or predicate not in _COMPARED:
                continue
            judged = [c for c in claims if c.standing is Standing.ACCEPTED or c.standing is Standing.DISPUTED]
            if len(judged) > 1 and any(c.standing is Standing.ACCEPTED for c in judged):
                found += _group_conflicts(ctx, predicate, judged)
        return found

    return ctx.memo("conflicts", compute)


@register("IS501", "conflicting-claims", Severity.ERROR)
def conflicting_claims(ctx: Context) -> Iterator[Violation]:
    """Two accepted claims on the same subject and predicate do not contradict each other.

    ## What it checks
    That no two *accepted* claims conflict (as the table above defines it). A
    conflict is resolved by refuting or superseding one side (with a correction
    or a reason, see IS605), or by marking both disputed.

    ## Why
    The dataset resolves each agreement from its accepted claims; two accepted
    claims that cannot both be true leave it unresolved.

    ## Example
    `claims[clm-x-date].value.date`: accepted claims clm-18-date and clm-x-date on agr-2018 signing-date conflict (the dates cannot be the same day): 2018-08-26/2018-08-27 vs 2018-09-05
    """
    for first, second, field, why in _conflicts(ctx):
        if first.standing is second.standing is Standing.ACCEPTED:
            yield flag(
                "IS501",
                f"claims[{second.id}].{field}",
                f"accepted claims {first.id} and {second.id} on {second.subject} "
                f"{second.predicate.value} conflict ({why}): "
                f"{describe_value(first.value, quote=True)} vs {describe_value(second.value, quote=True)}",
                (first.id,),
            )


@register("IS502", "half-settled-dispute", Severity.WARNING)
def half_settled_dispute(ctx: Context) -> Iterator[Violation]:
    """A disputed claim conflicts with an accepted one: either both are disputed, or one is refuted.

    ## What it checks
    That a disputed claim does not conflict with an accepted one, about an
    agreement or an actor (as IS501 defines it) or about an event (as IS903
    defines it: dates that cannot be the same day, different kinds, places or
    enclosing events); reported at the disputed claim.

    ## Why
    "Disputed" means neither side is settled; if the other side is accepted, the
    dispute is settled after all (refute the claim) or it is not (dispute both).

    ## Example
    `claims[clm-x-date].value.date`: disputed claim clm-x-date conflicts with accepted claim clm-18-date on agr-2018 signing-date (the dates cannot be the same day): 2018-09-05 vs 2018-08-26/2018-08-27

    `claims[clm-x-visit-date].value.date`: disputed claim clm-x-visit-date conflicts with accepted claim clm-18-visit-date on evt-visit event-date (dates that cannot be the same day): 2019-01 vs 2018-08
    """
    for first, second, field, why in [*_conflicts(ctx), *event_conflicts(ctx)]:
        if first.standing is not second.standing:
            disputed, accepted = (first, second) if first.standing is Standing.DISPUTED else (second, first)
            yield flag(
                "IS502",
                f"claims[{disputed.id}].{field}",
                f"disputed claim {disputed.id} conflicts with accepted claim {accepted.id} on "
                f"{disputed.subject} {disputed.predicate.value} ({why}): "
                f"{describe_value(disputed.value, quote=True)} vs {describe_value(accepted.value, quote=True)}",
                (accepted.id,),
            )
