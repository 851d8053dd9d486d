"""A provision given to the wrong agreement: contradicted where the dataset is clear, never where it leaves it open.

The shipped records list each agreement's provisions: air defence is the
2020 comprehensive agreement's, rebuilding the army the 2018 one's. verify
contradicts a provision that another agreement's record lists and the
claimed one's does not (rule IS201), unless another report the dataset
weighs gives the claimed agreement that provision too: then it is not
established. Checked on verify directly and through read() on own short texts.
"""

from __future__ import annotations

import attrs
import pytest

import iransyria
from iransyria.data.agreements import AGR_2018, AGR_2020
from iransyria.extraction import read
from iransyria.models import Claim, Predicate, ProvisionValue, Standing
from iransyria.verification import Verdict, as_claim, verify

DATA = iransyria.shipped()
AIR_DEFENCE = "prv-2020-air-defence"
REBUILD_ARMY = "prv-2018-rebuild-army"


def _provision(agreement: str, provision: str) -> Claim:
    return as_claim(
        {
            "subject": agreement,
            "predicate": "provision",
            "value": {"type": "provision", "provision": provision, "text": "the words"},
        }
    )


@pytest.mark.parametrize(("agreement", "provision"), [(AGR_2020, AIR_DEFENCE), (AGR_2018, REBUILD_ARMY)])
def test_a_provision_of_its_own_agreement_is_supported(agreement: str, provision: str) -> None:
    assert verify(_provision(agreement, provision), DATA).verdict is Verdict.SUPPORTED


@pytest.mark.parametrize(
    ("agreement", "provision", "other"),
    [(AGR_2018, AIR_DEFENCE, AGR_2020), (AGR_2020, REBUILD_ARMY, AGR_2018)],
)
def test_a_provision_of_the_other_agreement_is_contradicted_naming_it(
    agreement: str, provision: str, other: str
) -> None:
    result = verify(_provision(agreement, provision), DATA)
    assert result.verdict is Verdict.CONTRADICTED
    (identity,) = [f for f in result.findings if f.code == "IS201"]
    assert identity.related == (other,) and identity.path.endswith(".value.provision")
    against = {e.record for e in result.evidence if not e.supports}
    assert other in against, "the other agreement's record is the evidence"
    assert any(r.startswith("clm-") for r in against), (
        "and the quotes of the sources that give it that provision"
    )


@pytest.mark.parametrize("standing", [Standing.ACCEPTED, Standing.DISPUTED])
def test_left_open_when_another_report_gives_the_agreement_that_provision(standing: Standing) -> None:
    reported = attrs.evolve(
        next(
            c
            for c in DATA.claims
            if c.predicate is Predicate.PROVISION
            and isinstance(c.value, ProvisionValue)
            and c.value.provision == AIR_DEFENCE
        ),
        id="clm-test-air-defence-2018",
        subject=AGR_2018,
        standing=standing,
        reason=None if standing is Standing.ACCEPTED else "the sources differ on which deal",
    )
    opened = DATA.evolve(claims=[*DATA.claims, reported])
    result = verify(_provision(AGR_2018, AIR_DEFENCE), opened)
    assert result.verdict is Verdict.NOT_ESTABLISHED
    assert not [f for f in result.findings if f.code == "IS201"]


def _provisions(text: str) -> list[tuple[str, str, Verdict]]:
    reading = read(text, "2021-03-01")
    return [
        (r.claim.subject, text[s.start : s.end], r.verdict)
        for s in reading.statements
        for r in s.results
        if r.claim.predicate is Predicate.PROVISION
    ]


def test_read_contradicts_air_defence_given_to_the_2018_agreement() -> None:
    text = "The 2018 agreement between Iran and Syria provides for strengthening Syria's air defence systems."
    assert _provisions(text) == [(AGR_2018, "Syria's air defence systems", Verdict.CONTRADICTED)]


def test_read_supports_air_defence_given_to_the_2020_agreement() -> None:
    text = "The 2020 agreement between Iran and Syria provides for strengthening Syria's air defence systems."
    assert _provisions(text) == [(AGR_2020, "Syria's air defence systems", Verdict.SUPPORTED)]
