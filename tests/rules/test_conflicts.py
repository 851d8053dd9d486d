"""IS5xx: claims on one subject and predicate that cannot both be true."""

from __future__ import annotations

import attrs
import pytest

from iransyria.models import (
    ActorValue,
    AgreementKind,
    AgreementKindValue,
    Claim,
    DateValue,
    PlaceValue,
    Position,
    Predicate,
    ProvisionValue,
    QuantityValue,
    Standing,
    TextValue,
)
from iransyria.queries import describe_value
from tests.rules.conftest import (
    A18,
    BAG,
    BASE,
    HAT,
    IRAN,
    IRAN_COS,
    IRAN_MOD,
    S18,
    S20,
    VISIT,
    changed_claim,
    claim,
    date,
    found,
    only,
    with_claims,
)

IS501_CASES = [
    (
        claim("clm-x-date", A18, Predicate.SIGNING_DATE, DateValue(date("2018-09-05")), "on Sunday"),
        ("claims[clm-x-date].value.date", ("clm-18-date",)),
    ),
    (
        claim("clm-x-place", A18, Predicate.SIGNING_PLACE, PlaceValue("Tehran"), "in Damascus"),
        ("claims[clm-x-place].value.name", ("clm-18-place",)),
    ),
    (
        claim(
            "clm-x-kind", A18, Predicate.KIND, AgreementKindValue(AgreementKind.ECONOMIC_COOPERATION), "deal"
        ),
        ("claims[clm-x-kind].value.kind", ("clm-18-kind",)),
    ),
    (
        claim("clm-x-position", A18, Predicate.SIGNATORY, ActorValue(HAT, IRAN_COS), "Hatami"),
        ("claims[clm-x-position].value.position", ("clm-18-hatami",)),
    ),
    (
        claim("clm-x-holder", A18, Predicate.SIGNATORY, ActorValue(BAG, IRAN_MOD), "Hatami"),
        ("claims[clm-x-holder].value.actor", ("clm-18-hatami",)),
    ),
]


@pytest.mark.parametrize(("added", "expected"), IS501_CASES, ids=lambda x: getattr(x, "id", ""))
def test_is501_two_accepted_claims_that_conflict(added: Claim, expected: tuple[str, tuple[str, ...]]) -> None:
    assert found(with_claims(BASE, added), "IS501") == [expected]


@pytest.mark.parametrize(("added", "expected"), IS501_CASES, ids=lambda x: getattr(x, "id", ""))
def test_is501_a_conflict_is_resolved_by_refuting_one_side(
    added: Claim, expected: tuple[str, tuple[str, ...]]
) -> None:
    refuted = attrs.evolve(added, standing=Standing.REFUTED, reason="the other reports agree")
    assert found(with_claims(BASE, refuted), "IS501") == []


@pytest.mark.parametrize(("added", "expected"), IS501_CASES, ids=lambda x: getattr(x, "id", ""))
def test_is501_a_conflict_is_resolved_by_disputing_both_sides(
    added: Claim, expected: tuple[str, tuple[str, ...]]
) -> None:
    (_, (other,)) = expected
    both = changed_claim(with_claims(BASE, added), other, standing=Standing.DISPUTED, reason="sources differ")
    both = changed_claim(both, added.id, standing=Standing.DISPUTED, reason="sources differ")
    assert found(both, "IS501") == []
    assert found(both, "IS502") == []


def test_is501_compatible_dates_and_many_valued_predicates_do_not_conflict() -> None:
    extra = with_claims(
        BASE,
        claim("clm-x-month", A18, Predicate.SIGNING_DATE, DateValue(date("2018-08")), "on Sunday"),
        claim(
            "clm-x-provision",
            A18,
            Predicate.PROVISION,
            ProvisionValue("prv-something-else", "something else"),
            "deal",
        ),
        claim("clm-x-name-1", HAT, Predicate.NAMED_AS, TextValue("Hatami"), "Hatami"),
        claim("clm-x-name-2", HAT, Predicate.NAMED_AS, TextValue("Gen. Hatami"), "Hatami"),
        claim("clm-x-office", HAT, Predicate.HOLDS_OFFICE, ActorValue(HAT, IRAN_COS), "Hatami"),
        claim("clm-x-office-2", HAT, Predicate.HOLDS_OFFICE, ActorValue(HAT, IRAN_MOD), "Hatami"),
    )
    assert found(extra, "IS501") == []


def test_is501_quantities() -> None:
    def quantity(id_: str, low: int | None, high: int | None, source_id: str = S20) -> Claim:
        value = QuantityValue("soldiers", low, high)
        return claim(id_, IRAN, Predicate.QUANTITY, value, "Iran and Syria", source_id)

    figures = with_claims(BASE, quantity("clm-x-q1", 100, 200), quantity("clm-x-q2", 300, None))
    assert found(figures, "IS501") == [("claims[clm-x-q2].value", ("clm-x-q1",))]
    overlapping = with_claims(BASE, quantity("clm-x-q1", None, 2500), quantity("clm-x-q2", 2000, 3000))
    assert found(overlapping, "IS501") == []
    # Figures from reports two years apart may both have been true.
    apart = with_claims(BASE, quantity("clm-x-q1", 100, 200, S18), quantity("clm-x-q2", 300, None))
    assert found(apart, "IS501") == []


def test_is501_a_figures_as_of_date_decides_whether_it_is_comparable() -> None:
    def quantity(id_: str, low: int, high: int | None, as_of: str, source_id: str) -> Claim:
        value = QuantityValue("soldiers", low, high, date(as_of))
        return claim(id_, IRAN, Predicate.QUANTITY, value, "Iran and Syria", source_id)

    # Reports two years apart that give figures for one time do contradict...
    same_time = with_claims(
        BASE, quantity("clm-x-q1", 100, 200, "2018-08", S18), quantity("clm-x-q2", 300, None, "2018-08", S20)
    )
    assert found(same_time, "IS501") == [("claims[clm-x-q2].value", ("clm-x-q1",))]
    # ...and one report's figures for two different times do not.
    two_times = with_claims(
        BASE, quantity("clm-x-q1", 100, 200, "2011", S20), quantity("clm-x-q2", 300, None, "2020-07", S20)
    )
    assert found(two_times, "IS501") == []


def test_conflict_messages_render_values_as_the_query_api_does() -> None:
    # One rendering of claim values, iransyria.queries.describe_value, for
    # the rules' messages and the command line alike.
    low = claim("clm-x-q1", IRAN, Predicate.QUANTITY, QuantityValue("soldiers", 100, 200), "Iran", S20)
    high = claim("clm-x-q2", IRAN, Predicate.QUANTITY, QuantityValue("soldiers", 300, None), "Iran", S20)
    figures = only(with_claims(BASE, low, high), "IS501").message
    assert figures.endswith(f": {describe_value(low.value)} vs {describe_value(high.value)}")
    cos = claim("clm-x-position", A18, Predicate.SIGNATORY, ActorValue(HAT, IRAN_COS), "Hatami")
    positions = only(with_claims(BASE, cos), "IS501").message
    assert positions.endswith(f": {describe_value(ActorValue(HAT, IRAN_MOD))} vs {describe_value(cos.value)}")
    tehran = claim("clm-x-place", A18, Predicate.SIGNING_PLACE, PlaceValue("Tehran"), "in Damascus")
    assert only(with_claims(BASE, tehran), "IS501").message.endswith(": 'Damascus' vs 'Tehran'")


def test_is502_a_disputed_claim_against_an_accepted_one() -> None:
    disputed = claim(
        "clm-x-date",
        A18,
        Predicate.SIGNING_DATE,
        DateValue(date("2018-09-05")),
        "on Sunday",
        standing=Standing.DISPUTED,
        reason="one report",
    )
    broken = with_claims(BASE, disputed)
    assert found(broken, "IS502") == [("claims[clm-x-date].value.date", ("clm-18-date",))]
    assert found(broken, "IS501") == []
    assert found(BASE, "IS502") == []


def test_is501_compares_places_and_offices_by_meaning_not_wording() -> None:
    same_place = with_claims(
        BASE,
        claim("clm-x-place", "agr-2018", Predicate.SIGNING_PLACE, PlaceValue("the city of Damascus."), "x"),
    )
    assert found(same_place, "IS501") == []
    other_place = with_claims(
        BASE, claim("clm-x-place", "agr-2018", Predicate.SIGNING_PLACE, PlaceValue("Tehran"), "x")
    )
    assert found(other_place, "IS501") == [("claims[clm-x-place].value.name", ("clm-18-place",))]
    spelled = Position("minister of DEFENSE", "state-iran")
    same_office = with_claims(
        BASE, claim("clm-x-hatami", "agr-2018", Predicate.SIGNATORY, ActorValue("per-hatami", spelled), "x")
    )
    assert found(same_office, "IS501") == []


def test_is502_a_disputed_event_claim_against_an_accepted_one() -> None:
    disputed = claim(
        "clm-x-place",
        VISIT,
        Predicate.EVENT_PLACE,
        PlaceValue("Tehran"),
        "x",
        standing=Standing.DISPUTED,
        reason="one report",
    )
    broken = with_claims(BASE, disputed)
    assert found(broken, "IS502") == [("claims[clm-x-place].value.name", ("clm-18-visit-place",))]
    assert found(broken, "IS903") == []
    # Both sides disputed: the dispute is whole, and neither rule fires.
    both = changed_claim(broken, "clm-18-visit-place", standing=Standing.DISPUTED, reason="one report")
    assert found(both, "IS502") == [] and found(both, "IS903") == []
    # The same place in other words is no conflict.
    same = with_claims(BASE, attrs.evolve(disputed, value=PlaceValue("the city of Damascus")))
    assert found(same, "IS502") == []


def test_the_predicates_never_compared_give_no_conflict_when_compared() -> None:
    # _conflicts skips the predicates outside _COMPARED without grouping them: comparing the
    # shipped claims of each (every one of them accepted) finds nothing either.
    from iransyria.data import shipped
    from iransyria.rules.conflicts import _COMPARED, _group_conflicts
    from iransyria.rules.context import Context

    dataset = shipped()
    ctx = Context(dataset)
    skipped = [predicate for predicate in Predicate if predicate not in _COMPARED]
    assert skipped
    for predicate in skipped:
        claims = [
            attrs.evolve(c, standing=Standing.ACCEPTED, reason=None)
            for c in dataset.claims
            if c.predicate is predicate
        ]
        assert _group_conflicts(ctx, predicate, claims) == [], predicate
