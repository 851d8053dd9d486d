"""Honest 'disputed' labels: what is disputed and why, from the same rules check runs."""

from __future__ import annotations

import attrs

import iransyria
from iransyria import rules
from iransyria.data.agreements import AGR_2018, AGR_2020, AGR_ECONOMIC
from iransyria.dataset import Dataset
from iransyria.dates import FuzzyDate
from iransyria.models import DateValue, Predicate, Standing

DATA = iransyria.shipped()


def contradicted(data: Dataset = DATA) -> Dataset:
    """The shipped data plus an accepted claim dating the 2020 agreement to September: a contradiction."""
    dated = next(c for c in data.claims if c.subject == AGR_2020 and c.predicate is Predicate.SIGNING_DATE)
    other = attrs.evolve(dated, id="clm-user-2020-september", value=DateValue(FuzzyDate.parse("2020-09-01")))
    return data.evolve(claims=(*data.claims, other))


def test_a_misnamed_office_is_labelled_as_such_not_as_a_disputed_deal() -> None:
    # (The Media Line's provisions read from a pact it calls murky are the other, open, dispute.)
    (found,) = [d for d in rules.disputes(AGR_2018, DATA) if d.field == "signatories"]
    assert found.label == "signatory's office misreported by 1 source; corrected"
    assert found.field == "signatories" and found.settled
    assert found.claims == ("clm-newdeal18-hatami-foreign-minister",)
    assert any("Minister of Defence" in reason for reason in found.reasons)


def test_an_unsettled_date_says_so() -> None:
    # The Syrian Observer's date for the economic agreement as it stood before reference data
    # refuted it: disputed, with no correction and no reference fact to judge it by.
    econ_date = "clm-syrobs20-econ-signing-date"
    data = DATA.evolve(
        claims=[attrs.evolve(c, standing=Standing.DISPUTED) if c.id == econ_date else c for c in DATA.claims],
        corrections=[c for c in DATA.corrections if c.target != econ_date],
        references=(),
        # and its record as it stood then: no signing date, place or signatories of its own
        agreements=[
            attrs.evolve(a, signed=None, place=None, signatories=()) if a.id == AGR_ECONOMIC else a
            for a in DATA.agreements
        ],
    )
    found = rules.disputes(AGR_ECONOMIC, data)
    assert found[0].label == "signing date disputed by 1 source; unsettled"  # open disputes first
    assert not found[0].settled and found[0].field == "signed"
    assert all(dispute.settled for dispute in found[1:])


def test_a_date_reference_data_refutes_is_corrected() -> None:
    labels = [d.label for d in rules.disputes(AGR_ECONOMIC, DATA)]
    assert "signing date misreported by 1 source; corrected" in labels


def test_an_undisputed_agreement_reads_no() -> None:
    assert rules.disputes(AGR_2020, DATA) == ()
    assert rules.summary(()) == "no"


def test_a_contradiction_check_finds_is_never_undisputed() -> None:
    data = contradicted()
    assert any(v.code == "IS501" for v in rules.validate(data))
    found = rules.disputes(AGR_2020, data)
    assert [d.label for d in found] == [
        "signing date contested: reference data dates it otherwise (check IS306)",
        "signing date contested: accepted reports contradict each other (check IS501)",
    ]
    assert [d.codes for d in found] == [("IS306",), ("IS501",)]
    assert set(found[1].claims) >= {"clm-user-2020-september"}
    # the violations can be computed once and shared
    assert rules.disputes(AGR_2020, data, rules.validate(data)) == found


def test_open_disputes_come_before_settled_ones() -> None:
    data = contradicted()
    hatami = data.claim_index["clm-newdeal18-hatami-foreign-minister"]
    assert hatami.standing is Standing.REFUTED
    dated = next(c for c in data.claims if c.subject == AGR_2018 and c.predicate is Predicate.SIGNING_DATE)
    other = attrs.evolve(dated, id="clm-user-2018-july", value=DateValue(FuzzyDate.parse("2018-07-01")))
    found = rules.disputes(AGR_2018, data.evolve(claims=(*data.claims, other)))
    # the date (against the reference and against the other reports); the office
    assert [d.settled for d in found] == [False, False, True]
    assert rules.summary(found, "; ").endswith("signatory's office misreported by 1 source; corrected")
