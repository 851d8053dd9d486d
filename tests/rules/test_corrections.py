"""IS6xx: corrections that leave their target standing, come from elsewhere, change nothing or loop."""

from __future__ import annotations

from iransyria.models import (
    Correction,
    CorrectionKind,
    Evidence,
    Predicate,
    Standing,
    TextValue,
)
from iransyria.rules import validate
from tests.rules.conftest import (
    BASE,
    IRAN,
    S18,
    S20,
    changed_claim,
    changed_correction,
    claim,
    found,
    only,
    with_claims,
)


def test_is601_a_correction_of_a_claim_left_accepted() -> None:
    broken = changed_claim(BASE, "clm-18-hatami-foreign", standing=Standing.ACCEPTED)
    assert found(broken, "IS601") == [("corrections[cor-foreign].target", ("clm-18-hatami-foreign",))]
    assert found(BASE, "IS601") == []


def test_is602_a_publisher_correction_from_another_source() -> None:
    broken = changed_correction(BASE, "cor-companies", source=S18)
    assert found(broken, "IS602") == [
        ("corrections[cor-companies].source", ("clm-20-iranian-companies",)),
        ("corrections[cor-companies].source", ("clm-20-syrian-companies",)),
    ]
    assert found(BASE, "IS602") == []


def test_is603_a_correction_that_changes_nothing() -> None:
    broken = changed_correction(BASE, "cor-foreign", after=" Foreign  Minister")
    assert found(broken, "IS603") == [("corrections[cor-foreign].after", ())]
    assert found(changed_correction(BASE, "cor-foreign", after="foreign minister"), "IS603") == []


def test_is604_corrections_that_loop() -> None:
    back = Correction(
        id="cor-back",
        kind=CorrectionKind.EDITORIAL,
        target="clm-20-iranian-companies",
        replacement="clm-20-syrian-companies",
        before="Iranian",
        after="Syrian",
        reason="looping back",
        evidence=(Evidence(S20, "Syrian companies"),),
    )
    broken = BASE.evolve(corrections=[*BASE.corrections, back])
    assert found(broken, "IS604") == [("corrections[cor-back].replacement", ("cor-back", "cor-companies"))]
    assert "cor-back (clm-20-iranian-companies -> clm-20-syrian-companies)" in only(broken, "IS604").message
    assert found(BASE, "IS604") == []


def test_is604_a_chain_that_does_not_loop() -> None:
    third = claim("clm-x-third", IRAN, Predicate.ASSERTION, TextValue("x"), "Iranian companies", S20)
    onwards = Correction(
        id="cor-onwards",
        kind=CorrectionKind.PUBLISHER,
        target="clm-20-iranian-companies",
        replacement=third.id,
        before="Iranian companies",
        after="x",
        reason="a later version",
        source=S20,
    )
    chain = changed_claim(with_claims(BASE, third), "clm-20-iranian-companies", standing=Standing.SUPERSEDED)
    chain = chain.evolve(corrections=[*chain.corrections, onwards])
    assert validate(chain) == []


def test_is605_a_refuted_claim_with_no_correction_or_reason() -> None:
    broken = BASE.evolve(corrections=[c for c in BASE.corrections if c.id != "cor-foreign"])
    assert found(broken, "IS605") == [("claims[clm-18-hatami-foreign].standing", ())]
    explained = changed_claim(broken, "clm-18-hatami-foreign", reason="Hatami was Minister of Defence.")
    assert found(explained, "IS605") == []
