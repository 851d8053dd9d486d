"""IS4xx: signatories judged against their office spans on the signing date."""

from __future__ import annotations

from iransyria.dates import Certainty
from iransyria.models import (
    ActorValue,
    OfficeHeld,
    Predicate,
    SpanBasis,
    Standing,
)
from iransyria.rules import Context, offices
from tests.rules.conftest import (
    A18,
    AYY,
    BASE,
    HAT,
    IRAN_COS,
    IRAN_MOD,
    changed_actor,
    changed_agreement,
    claim,
    date,
    found,
    only,
    with_claims,
)


def test_is401_signatories_out_of_office_on_the_signing_date() -> None:
    early = changed_agreement(BASE, A18, signed=date("2016-05-01"))
    assert found(early, "IS401") == [
        ("agreements[agr-2018].signatories[0]", (HAT,)),
        ("agreements[agr-2018].signatories[1]", (AYY,)),
    ]
    assert only(changed_agreement(BASE, A18, signed=date("2017-12-01")), "IS401").message == (
        "per-ayyoub certainly did not hold Minister of Defence (state-syria) on 2017-12-01: "
        "held from 2018-01 to 2022-04 (signing agr-2018)"
    )
    assert found(BASE, "IS401") == []


def test_is402_a_signing_that_may_fall_outside_the_span() -> None:
    coarse = changed_agreement(BASE, A18, signed=date("2017-08"))
    assert found(coarse, "IS402") == [("agreements[agr-2018].signatories[0]", (HAT,))]
    assert found(coarse, "IS401") == [("agreements[agr-2018].signatories[1]", (AYY,))]
    assert (
        "per-hatami possibly did not hold Minister of Defence (state-iran) on 2017-08"
        in only(coarse, "IS402").message
    )


def test_is403_an_office_without_a_span() -> None:
    unknown = OfficeHeld(IRAN_MOD, None, None, SpanBasis.STATED, "the article gives the office")
    broken = changed_actor(BASE, HAT, offices=(unknown,))
    assert found(broken, "IS403") == [("agreements[agr-2018].signatories[0]", (HAT,))]
    assert "no span is recorded for that office" in only(broken, "IS403").message
    assert found(BASE, "IS403") == []


def test_is403_a_signatory_claim_with_an_office_never_held() -> None:
    # The claim's position differs from the record, so it is judged on the claim.
    other = with_claims(
        BASE,
        claim("clm-x-hatami-cos", A18, Predicate.SIGNATORY, ActorValue(HAT, IRAN_COS), "Hatami"),
    )
    assert found(other, "IS403") == [("claims[clm-x-hatami-cos].value.position", (HAT,))]
    assert "no such office is recorded" in only(other, "IS403").message


def test_office_holding_ignores_signatory_claims_that_are_not_accepted() -> None:
    other = with_claims(
        BASE,
        claim(
            "clm-x-hatami-cos",
            A18,
            Predicate.SIGNATORY,
            ActorValue(HAT, IRAN_COS),
            "Hatami",
            standing=Standing.DISPUTED,
            reason="unclear",
        ),
    )
    assert found(other, "IS403") == []


def test_office_verdicts_are_certainties_or_none_when_unknown() -> None:
    ctx = Context(BASE)
    verdict = offices._office_verdict
    assert verdict(ctx, HAT, IRAN_MOD, date("2018-08-26"))[0] is Certainty.CERTAIN
    assert verdict(ctx, HAT, IRAN_MOD, date("2017"))[0] is Certainty.POSSIBLE
    assert verdict(ctx, HAT, IRAN_MOD, date("2016-01")) == (
        Certainty.IMPOSSIBLE,
        "held from 2017-08 to 2021-08",
    )
    assert verdict(ctx, HAT, IRAN_COS, date("2018-08-26")) == (None, "no such office is recorded")
