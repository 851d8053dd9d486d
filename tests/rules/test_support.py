"""IS7xx: agreement fields backed by accepted claims, and accepted claims reflected in the record."""

from __future__ import annotations

from iransyria.models import (
    ActorValue,
    DateValue,
    Position,
    Predicate,
    ProvisionValue,
    Standing,
)
from tests.rules.conftest import (
    A18,
    AYY,
    BASE,
    SYRIA,
    changed_claim,
    claim,
    date,
    found,
    only,
    with_claims,
)


def test_is701_a_field_no_accepted_claim_backs() -> None:
    broken = with_claims(BASE, drop=["clm-18-place", "clm-20-air-defence", "clm-18-hatami", "clm-20-similar"])
    assert found(broken, "IS701") == [
        ("agreements[agr-2018].place", ()),
        ("agreements[agr-2018].signatories[0]", ()),
        ("agreements[agr-2020].provisions[0]", ()),
        ("agreements[agr-2020].relations[0]", ()),
    ]


def test_is701_names_the_claims_that_back_a_field_without_being_accepted() -> None:
    broken = changed_claim(BASE, "clm-18-date", standing=Standing.DISPUTED, reason="one report")
    assert found(broken, "IS701") == [("agreements[agr-2018].signed", ("clm-18-date",))]
    assert only(broken, "IS701").message == (
        "agr-2018's signing date 2018-08-26/2018-08-27 is backed by no accepted claim "
        "(only clm-18-date, not accepted)"
    )


def test_is701_a_compatible_coarser_date_backs_the_signing_date() -> None:
    coarse = changed_claim(BASE, "clm-18-date", value=DateValue(date("2018-08")))
    assert found(coarse, "IS701") == []


def test_is701_a_signatory_claim_with_another_position_does_not_back_it() -> None:
    other = changed_claim(BASE, "clm-20-ayyoub", value=ActorValue(AYY, Position("Chief of Staff", SYRIA)))
    assert found(other, "IS701") == [("agreements[agr-2020].signatories[1]", ())]


def test_is702_an_accepted_claim_the_record_does_not_reflect() -> None:
    extra = with_claims(
        BASE,
        claim(
            "clm-x-provision",
            A18,
            Predicate.PROVISION,
            ProvisionValue("prv-technology-exchange", "technology exchange"),
            "deal",
        ),
    )
    assert found(extra, "IS702") == [("claims[clm-x-provision].value.provision", (A18,))]
    disputed = changed_claim(extra, "clm-x-provision", standing=Standing.DISPUTED, reason="murky")
    assert found(disputed, "IS702") == []
    assert found(BASE, "IS702") == []
