"""Everything the dataset knows is evidence: reference facts decide event claims as they decide agreement ones,
and a claim the dataset holds as corrected contradicts the same claim brought by a user, citing the correction."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

import iransyria
from iransyria.dates import FuzzyDate
from iransyria.models import (
    DAY_OF,
    Claim,
    DateValue,
    EventKind,
    ParticipantValue,
    PlaceValue,
    Predicate,
    ReferenceKind,
    Standing,
    TextValue,
    days_of,
)
from iransyria.verification import Verdict, verify
from iransyria.verification.sentence import judge
from iransyria.verification.statement import parts
from tests.strategies import at_most

DATA = iransyria.shipped()
FACTS = DATA.references_by_subject
#: Every (event, reference fact) pair where the fact gives a day of the event or dates it.
EVENT_FACTS = [
    (event, fact)
    for event in DATA.events
    if event.kind is not EventKind.SIGNING  # a signing's date is its agreement's
    for fact in days_of(event, FACTS)
]
CORRECTED = [
    c
    for c in DATA.claims
    if c.standing in (Standing.REFUTED, Standing.SUPERSEDED) and DATA.corrections_by_target.get(c.id)
]


def _claim(subject: str, predicate: Predicate, value: object, **extra: object) -> dict[str, object]:
    return {"id": "clm-verify-statement", "subject": subject, "predicate": predicate, "value": value, **extra}


def _stated(subject: str, predicate: Predicate, value: object) -> Claim:
    return Claim(
        id="clm-verify-statement",
        source="src-verify-statement",
        subject=subject,
        predicate=predicate,
        value=value,  # type: ignore[arg-type]
        attribution=DATA.claims[0].attribution,
        quote="the statement checked",
    )


def test_there_are_event_facts_of_every_kind_that_dates_or_marks_a_day() -> None:
    kinds = {f.kind for _, f in EVENT_FACTS}
    assert kinds >= DAY_OF and {ReferenceKind.BROKE_OUT, ReferenceKind.IN_FORCE} <= kinds


@pytest.mark.parametrize(("event", "fact"), EVENT_FACTS, ids=[f.id for _, f in EVENT_FACTS])
def test_a_reference_facts_date_supports_the_event_and_a_date_it_rules_out_is_contradicted(
    event, fact
) -> None:  # type: ignore[no-untyped-def]
    right = verify(_stated(event.id, Predicate.EVENT_DATE, DateValue(fact.date)), DATA)
    assert right.verdict is Verdict.SUPPORTED, right.reason
    assert fact.id in {e.record for e in right.evidence if e.supports}
    before = FuzzyDate.parse((fact.date.earliest - dt.timedelta(days=400)).isoformat())
    wrong = verify(_stated(event.id, Predicate.EVENT_DATE, DateValue(before)), DATA)
    assert wrong.verdict is Verdict.CONTRADICTED, wrong.reason
    # Ruled out by the fact itself, or (a day of a visit) by the visitor's arrival before it.
    ruling = {r for f in wrong.findings if f.code == "IS306" for r in f.related}
    assert ruling and ruling <= {f.id for f in days_of(event, FACTS)}
    if fact.kind is not ReferenceKind.RECEIVED:
        assert fact.id in ruling


@pytest.mark.parametrize(("event", "fact"), EVENT_FACTS, ids=[f.id for _, f in EVENT_FACTS])
def test_a_reference_facts_place_and_people_support_the_event(event, fact) -> None:  # type: ignore[no-untyped-def]
    if fact.place is not None:
        placed = verify(_stated(event.id, Predicate.EVENT_PLACE, PlaceValue(fact.place.upper())), DATA)
        assert placed.verdict is Verdict.SUPPORTED and fact.id in {e.record for e in placed.evidence}
    for actor in fact.actors:
        for role in fact.roles_of(actor):
            took_part = verify(_stated(event.id, Predicate.PARTICIPANT, ParticipantValue(actor, role)), DATA)
            assert took_part.verdict is Verdict.SUPPORTED, took_part.reason
            assert fact.id in {e.record for e in took_part.evidence}


def test_the_start_of_a_visit_is_known_where_the_signing_day_is_not() -> None:
    # The visit spans 26-27 August and began on the 26th; the signing was on the 26th or the 27th.
    visit = judge(parts(DATA, event="Hatami visit 2018", date="2018-08-26", place="Damascus"), DATA)
    assert visit.verdict is Verdict.SUPPORTED
    signing = judge(parts(DATA, event="signing 2018", date="2018-08-26"), DATA)
    assert signing.verdict is Verdict.NOT_ESTABLISHED and "possibly" in signing.reason


@pytest.mark.parametrize("wrong", CORRECTED, ids=[c.id for c in CORRECTED])
def test_every_corrected_claim_brought_again_is_contradicted_citing_its_correction(wrong: Claim) -> None:
    from iransyria.serialization import unstructure

    value = unstructure(wrong)["value"]
    if isinstance(wrong.value, TextValue):
        value = {**value, "text": f"  {wrong.value.text.upper()} "}  # the same fact in other letters
    brought = {"subject": wrong.subject, "predicate": wrong.predicate.value, "value": value}
    if wrong.point_in_time is not None:
        brought["point_in_time"] = str(wrong.point_in_time)
    result = verify(brought, DATA)
    assert result.verdict is Verdict.CONTRADICTED, result.reason
    corrections = {c.id for c in DATA.corrections_by_target[wrong.id]}
    (finding,) = [f for f in result.findings if f.code == "IS606"]
    assert {wrong.id, *corrections} == set(finding.related)
    assert corrections <= {e.record for e in result.evidence if not e.supports}
    assert wrong.id not in {e.record for e in result.evidence}  # the correction speaks, not the wrong claim


@at_most(50)
@given(st.sampled_from(CORRECTED), st.integers(min_value=1, max_value=3000))
def test_a_corrected_claim_at_another_time_is_not_the_same_fact(wrong: Claim, days: int) -> None:
    if wrong.point_in_time is None:
        return
    from iransyria.serialization import unstructure

    other = FuzzyDate.parse((wrong.point_in_time.latest + dt.timedelta(days=days)).isoformat())
    brought = {
        "subject": wrong.subject,
        "predicate": wrong.predicate.value,
        "value": unstructure(wrong)["value"],
        "point_in_time": str(other),
    }
    assert "IS606" not in {f.code for f in verify(brought, DATA).findings}
