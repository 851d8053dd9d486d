"""The findings of the data review (issue 20), each a fact of the shipped data a careful second reading fixed."""

from __future__ import annotations

import pytest

from iransyria.data import shipped
from iransyria.dates import FuzzyDate
from iransyria.models import (
    EventKind,
    ParticipantValue,
    Predicate,
    ProvisionValue,
    QuantityValue,
    ReferenceKind,
    Role,
    SpanBasis,
    Standing,
    TextValue,
)

DATA = shipped()
ECONOMIC = "agr-long-term-economic"


def _claim(claim_id: str):  # type: ignore[no-untyped-def]
    claim = DATA.claim(claim_id)
    assert claim is not None, claim_id
    return claim


def test_the_economic_agreement_is_signed_by_the_reference_signatories_not_the_initialling_ministers() -> (
    None
):
    agreement = DATA.agreement_index[ECONOMIC]
    assert [s.actor for s in agreement.signatories] == ["per-imad-khamis", "per-eshaq-jahangiri"]
    assert [s.position.title for s in agreement.signatories] == ["Prime Minister", "First Vice President"]
    assert (agreement.signed, agreement.place) == (FuzzyDate.parse("2019-01-28"), "Damascus")
    signed = [f for f in DATA.references if f.subject == ECONOMIC and f.kind is ReferenceKind.SIGNED]
    assert len(signed) == 1 and signed[0].reference == "SANA; AsiaNews"
    assert set(signed[0].actors) == {s.actor for s in agreement.signatories}


def test_the_initialling_is_its_own_event_with_its_own_participants_date_and_place() -> None:
    [initialling] = [e for e in DATA.events if e.kind is EventKind.INITIALLING]
    assert initialling.agreements == (ECONOMIC,)
    assert (initialling.date, initialling.place) == (FuzzyDate.parse("2018-12-30"), "Tehran")
    assert {(p.actor, p.role) for p in initialling.participants} == {
        ("per-mohammad-samer-al-khalil", Role.SIGNATORY),
        ("per-mohammad-eslami", Role.SIGNATORY),
    }
    # The Syrian Observer's claims stay: who initialled it accepted, its date and 'signatories' refuted.
    assert _claim("clm-syrobs20-econ-initialling").standing is Standing.ACCEPTED
    for claim_id in (
        "clm-syrobs20-econ-initialling-date",
        "clm-syrobs20-econ-signing-date",
        "clm-syrobs20-econ-signatory-al-khalil",
        "clm-syrobs20-econ-signatory-eslami",
    ):
        assert _claim(claim_id).standing is Standing.REFUTED
        assert any(c.target == claim_id for c in DATA.corrections), claim_id


def test_iran_promise_to_invest_in_turkey_is_refuted_with_a_correction_to_syria() -> None:
    claim = _claim("clm-newdeal18-iran-invest-turkey")
    assert (claim.subject, claim.standing) == ("state-iran", Standing.REFUTED)
    [correction] = [c for c in DATA.corrections if c.target == claim.id]
    assert "Syria" in correction.after and "Turkey" in correction.before


def test_support_since_2011_and_forces_since_2013_are_two_accepted_claims() -> None:
    support = _claim("clm-ink20-iran-ally-since-2011")
    forces = _claim("clm-deepen18-iran-forces-since-2013-date")
    assert support.standing is Standing.ACCEPTED and forces.standing is Standing.ACCEPTED
    assert support.predicate is Predicate.ASSERTION and forces.predicate is Predicate.EVENT_DATE
    assert DATA.event_index[forces.subject].date == FuzzyDate.parse("2013")
    assert not [
        c for c in DATA.claims if c.standing is Standing.DISPUTED and c.predicate is Predicate.EVENT_DATE
    ]


def test_the_fighter_figure_is_filed_under_hezbollah_and_the_other_militias_together() -> None:
    claim = _claim("clm-ink20-shia-foreign-fighters")
    assert claim.subject == "org-shia-foreign-militias-in-syria"
    assert DATA.actor_index[claim.subject].name.startswith("Hezbollah and other")


def test_an_effect_expected_at_the_ceremony_is_not_a_provision() -> None:
    provisions = [c for c in DATA.claims if c.predicate is Predicate.PROVISION]
    assert not [c for c in provisions if "defensive capabilities" in c.quote]
    assert all("defensive" not in p.summary for a in DATA.agreements for p in a.provisions)
    assert _claim("clm-ink20-ceremony-statement-iran").predicate is Predicate.STATEMENT


def test_the_deepen_article_names_no_signatory() -> None:
    """001 says the deal was 'reached' after the ministers met: it names no signer, so it claims none."""
    source = "src-unknown-2018-deepen-cooperation"
    assert not [c for c in DATA.claims_by_source[source] if c.predicate is Predicate.SIGNATORY]
    attendees = {
        c.value.actor
        for c in DATA.claims_by_source[source]
        if isinstance(c.value, ParticipantValue) and c.subject == "evt-2018-08-damascus-meetings"
    }
    assert {"per-amir-hatami", "per-ali-abdullah-ayyoub"} <= attendees


def test_the_meeting_before_the_signing_and_the_talks_after_it_are_two_events() -> None:
    before = DATA.event_index["evt-2020-07-meeting-before-signing"]
    talks = DATA.event_index["evt-2020-07-damascus-talks"]
    assert before.id != talks.id and before.kind is talks.kind is EventKind.MEETING
    assert DATA.event_index["evt-2020-07-foreign-troops-must-leave"].part_of == before.id
    for remark in ("evt-2020-07-bagheri-on-air-defence", "evt-2020-07-bagheri-on-american-pressure"):
        assert DATA.event_index[remark].part_of == talks.id  # 'the signed agreement': said after it
    prior = [c for c in DATA.claims if "Prior to the signing" in c.quote]
    assert prior and all(c.subject != talks.id for c in prior)


def test_troop_and_fighter_figures_say_they_are_unverified() -> None:
    figures = [
        c
        for c in DATA.claims
        if isinstance(c.value, QuantityValue)
        and any(word in c.value.unit for word in ("soldiers", "forces", "fighters", "militias"))
    ]
    assert len(figures) == 5
    assert all(any(i.part == "unverified" for i in c.inferences) for c in figures), [c.id for c in figures]


@pytest.mark.parametrize(
    ("claim_id", "name"),
    [
        ("clm-medialine18-name-abdullah-ayyoub", "Abdullah Ayyoub"),
        ("clm-ink20-ayyoub-named-abdullah-ayoub", "Abdullah Ayoub"),
    ],
)
def test_a_dropped_first_name_is_an_error_of_form_not_a_variant(claim_id: str, name: str) -> None:
    claim = _claim(claim_id)
    assert claim.value == TextValue(name)
    assert any(i.part == "error of form" for i in claim.inferences)
    [alias] = [a for a in DATA.actor_index["per-ali-abdullah-ayyoub"].aliases if a.name == name]
    assert alias.note is not None and "error of form" in alias.note


def test_a_typo_the_article_carries_is_noted_sic() -> None:
    typo = [c for c in DATA.claims if "titling" in c.quote]
    assert typo and all(any(i.part == "sic" for i in c.inferences) for c in typo)


@pytest.mark.parametrize(
    ("claim_id", "actor"),
    [
        ("clm-medialine18-ayyoub-office", "per-ali-abdullah-ayyoub"),
        ("clm-medialine18-pompeo-office", "per-mike-pompeo"),
        ("clm-medialine18-bolton-office", "per-john-bolton"),
        ("clm-medialine18-mattis-office", "per-james-mattis"),
    ],
)
def test_office_claims_carry_the_date_the_article_implies_and_the_office_a_named_span(
    claim_id: str, actor: str
) -> None:
    claim = _claim(claim_id)
    assert claim.point_in_time is not None and any(i.part == "point in time" for i in claim.inferences)
    offices = DATA.actor_index[actor].offices
    assert offices and all(o.basis is SpanBasis.REFERENCE and o.reference for o in offices)


def test_assad_presidency_has_a_referenced_span() -> None:
    [office] = DATA.actor_index["per-bashar-al-assad"].offices
    assert office.start == FuzzyDate.parse("2000-07-17") and office.reference is not None


@pytest.mark.parametrize(
    "words",
    [
        "preparing to subdue the final pocket of rebel resistance",
        "sanctions once again begin to take a bite",
        "its largest assault inside Syria in about seven years",
        "Iranian influence is now entrenched",
        "firm strategic relations",
        "to prevent the overthrow of the Assad regime",
        "has remained defiant and has vowed its support",
    ],
)
def test_a_fact_the_first_encoding_missed_is_encoded(words: str) -> None:
    assert any(words in c.quote for c in DATA.claims)


def test_a_bloody_victory_before_the_last_offensive_is_disputed() -> None:
    victory = _claim("clm-newdeal18-assad-bloody-victory")
    assert victory.standing is Standing.DISPUTED and "clm-medialine18-idlib-offensive" in (
        victory.reason or ""
    )


def test_every_reference_fact_names_an_outlet() -> None:
    for fact in DATA.references:
        assert "no outlet" not in fact.reference and "reference-facts.md" not in fact.reference, fact.id
    by_id = {f.id: f for f in DATA.references}
    assert by_id["ref-us-leaves-nuclear-deal"].reference.startswith("EFE")
    assert by_id["ref-syrian-civil-war-outbreak"].reference.startswith("Middle East Monitor")


def test_a_provision_value_names_a_provision_of_its_agreement() -> None:
    """Dropping a provision from a record leaves no claim naming it."""
    for claim in DATA.claims:
        if isinstance(claim.value, ProvisionValue):
            ids = {p.id for p in DATA.agreement_index[claim.subject].provisions}
            assert claim.value.provision in ids, claim.id
