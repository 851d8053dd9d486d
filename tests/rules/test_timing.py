"""IS3xx: reports that predate what they report, corrections that predate what they correct."""

from __future__ import annotations

import attrs

from iransyria.models import (
    ActorValue,
    DateValue,
    EventKind,
    PlaceValue,
    Predicate,
    ReferenceFact,
    ReferenceKind,
    Standing,
)
from iransyria.rules import timing
from tests.rules.conftest import (
    A18,
    A20,
    BASE,
    HAT,
    IRAN_MOD,
    S18,
    S20,
    SIGNING,
    VISIT,
    changed_claim,
    changed_correction,
    changed_event,
    changed_source,
    claim,
    date,
    found,
    only,
    signed_2018,
    with_claims,
    with_references,
)


def test_is301_a_source_published_before_the_signing_it_reports() -> None:
    early = changed_source(BASE, S18, published=date("2018-08-01"))
    on_2018 = tuple(c.id for c in BASE.claims if c.source == S18 and c.subject == A18)
    assert found(early, "IS301") == [("sources[src-2018].published", (A18, *on_2018))]
    assert only(early, "IS301").message.startswith(
        "source src-2018 (published 2018-08-01) certainly predates the signing of agr-2018 (2018-08-26/2018-08-27)"
    )
    assert found(BASE, "IS301") == []


def test_is301_a_signing_date_after_its_source_was_published() -> None:
    late = with_claims(
        BASE, claim("clm-x-late", A20, Predicate.SIGNING_DATE, DateValue(date("2020-08")), "on 8th July", S20)
    )
    assert found(late, "IS301") == [("claims[clm-x-late].value.date", (S20,))]
    assert "certainly after its source src-2020 was published (2020-07-09)" in only(late, "IS301").message


def test_is302_a_source_possibly_published_before_the_signing() -> None:
    coarse = changed_source(BASE, S18, published=date("2018-08"))
    on_2018 = tuple(c.id for c in BASE.claims if c.source == S18 and c.subject == A18)
    assert found(coarse, "IS302") == [("sources[src-2018].published", (A18, *on_2018))]
    assert "possibly predates" in only(coarse, "IS302").message
    assert found(coarse, "IS301") == []


def test_is304_a_correction_dated_before_the_claim_it_corrects() -> None:
    broken = changed_correction(BASE, "cor-companies", date=date("2020-07-01"))
    assert found(broken, "IS304") == [("corrections[cor-companies].date", ("clm-20-syrian-companies", S20))]
    same_month = changed_correction(BASE, "cor-companies", date=date("2020-07"))
    assert found(same_month, "IS304") == []


# --------------------------------------------------------------------------- IS305 weekdays


def test_is305_a_weekday_that_cannot_fall_on_the_date() -> None:
    tuesday = changed_claim(BASE, "clm-18-date", quote="signed on Tuesday")
    assert found(tuesday, "IS305") == [("claims[clm-18-date].value.date", ())]
    assert only(tuesday, "IS305").message == (
        "claim clm-18-date names Tuesday, but 2018-08-26/2018-08-27 falls on Sunday or Monday"
    )


def test_is305_a_range_of_two_days_may_hold_either_weekday() -> None:
    assert found(BASE, "IS305") == []  # 'on Sunday' with 26/27 August 2018
    monday = changed_claim(BASE, "clm-18-date", quote="said Monday")
    assert found(monday, "IS305") == []
    # One named weekday that fits is enough; case does not matter.
    both = changed_claim(BASE, "clm-18-date", quote="met FRIDAY, announced monday")
    assert found(both, "IS305") == []


def test_is305_judges_a_date_at_its_precision() -> None:
    month = changed_claim(BASE, "clm-20-date", value=DateValue(date("2020-07")), quote="on Tuesday")
    assert found(month, "IS305") == []
    day = changed_claim(BASE, "clm-20-date", quote="on Wednesday 8th July")
    assert found(day, "IS305") == []
    wrong = changed_claim(BASE, "clm-20-date", quote="on Thursday 8th July")
    assert "falls on Wednesday" in only(wrong, "IS305").message


def test_is305_reads_dated_office_claims_and_skips_refuted_ones() -> None:
    office_claim = attrs.evolve(
        claim("clm-x-office", HAT, Predicate.HOLDS_OFFICE, ActorValue(HAT, IRAN_MOD), "on Saturday"),
        point_in_time=date("2018-08-26"),
    )
    dated = with_claims(BASE, office_claim)
    assert found(dated, "IS305") == [("claims[clm-x-office].point_in_time", ())]
    refuted = with_claims(BASE, attrs.evolve(office_claim, standing=Standing.REFUTED, reason="wrong"))
    assert found(refuted, "IS305") == []


def test_weekday_helpers() -> None:
    assert timing.weekdays_of(date("2018-08-28")) == ["Tuesday"]
    assert len(timing.weekdays_of(date("2018-08"))) == 7
    assert timing.named_weekdays("Sunday or sunday, then Monday") == ["Sunday", "Monday"]
    assert timing.named_weekdays("Sundays are Mondays' eve") == []
    assert timing.named_weekdays("MET ON TUESDAY, not on Wed.") == ["Tuesday"]  # any case


def test_is306_a_signing_date_no_reference_allows() -> None:
    late = with_references(
        changed_claim(BASE, "clm-18-date", value=DateValue(date("2018-09-03"))), signed_2018()
    )
    assert found(late, "IS306") == [("claims[clm-18-date].value.date", ("ref-2018-signed",))]
    assert only(late, "IS306").message == (
        "claim clm-18-date dates agr-2018's signing 2018-09-03, but ref-2018-signed (the reference) "
        "has it 2018-08-26/2018-08-27"
    )


def test_is306_passes_a_date_that_fits_or_may_fit_the_reference() -> None:
    assert found(with_references(BASE, signed_2018()), "IS306") == []
    assert found(with_references(BASE, signed_2018("2018-08-26")), "IS306") == []  # a range that may hold it
    coarse = changed_claim(BASE, "clm-18-date", value=DateValue(date("2018")))
    assert found(with_references(coarse, signed_2018()), "IS306") == []
    assert found(changed_claim(BASE, "clm-18-date", value=DateValue(date("2018-09-03"))), "IS306") == []


def test_is306_skips_refuted_claims() -> None:
    refuted = changed_claim(
        BASE, "clm-18-date", value=DateValue(date("2018-09-03")), standing=Standing.REFUTED, reason="wrong"
    )
    assert found(with_references(refuted, signed_2018()), "IS306") == []


def test_is306_dates_a_signing_event_by_its_agreement_and_other_events_by_their_kind() -> None:
    signing_date = claim("clm-x-signing-date", SIGNING, Predicate.EVENT_DATE, DateValue(date("2018-09")), "x")
    assert found(with_references(with_claims(BASE, signing_date), signed_2018()), "IS306") == [
        ("claims[clm-x-signing-date].value.date", ("ref-2018-signed",))
    ]
    visited = changed_event(BASE, VISIT, kind=EventKind.WITHDRAWAL)
    withdrawn = ReferenceFact("ref-left", VISIT, ReferenceKind.WITHDRAWN, date("2018-05-08"), "the reference")
    law = ReferenceFact("ref-law", VISIT, ReferenceKind.SIGNED_INTO_LAW, date("2017-12"), "the reference")
    # clm-18-visit-date says 2018-08: the withdrawal fact rules it out, a fact of another kind does not count.
    assert found(with_references(visited, withdrawn, law), "IS306") == [
        ("claims[clm-18-visit-date].value.date", ("ref-left",))
    ]
    assert found(with_references(visited, law), "IS306") == []


def test_is307_a_signing_place_the_reference_puts_elsewhere() -> None:
    placed = attrs.evolve(signed_2018(), place="Damascus")
    tehran = with_references(changed_claim(BASE, "clm-18-place", value=PlaceValue("Tehran")), placed)
    assert found(tehran, "IS307") == [("claims[clm-18-place].value.name", ("ref-2018-signed",))]
    assert only(tehran, "IS307").message == (
        "claim clm-18-place places agr-2018's signing in 'Tehran', but ref-2018-signed (the reference) "
        "has it in 'Damascus'"
    )


def test_is307_passes_the_reference_place_and_a_fact_without_one() -> None:
    assert found(with_references(BASE, attrs.evolve(signed_2018(), place="damascus")), "IS307") == []
    tehran = changed_claim(BASE, "clm-18-place", value=PlaceValue("Tehran"))
    assert found(with_references(tehran, signed_2018()), "IS307") == []  # the reference gives no place
