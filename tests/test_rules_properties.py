"""Properties of the rules over generated datasets (hypothesis, the fixed 'ci' profile).

``datasets()`` builds whole datasets meant to satisfy every rule: validation
finds nothing in them. Each mutation below breaks exactly one fact, and the
rule that guards it must fire, at the right path, naming the right records.
"""

from __future__ import annotations

import datetime as dt

import attrs
from hypothesis import given
from hypothesis import strategies as st

from iransyria.dataset import Dataset
from iransyria.dates import FuzzyDate
from iransyria.models import (
    ActorValue,
    Claim,
    Correction,
    CorrectionKind,
    Evidence,
    Predicate,
)
from iransyria.rules import validate
from tests.strategies import datasets


def found(dataset: Dataset, code: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(v.path, v.related) for v in validate(dataset) if v.code == code]


@given(datasets())
def test_generated_datasets_pass_every_rule(dataset: Dataset) -> None:
    assert [str(v) for v in validate(dataset)] == []


@given(datasets(min_agreements=2), st.data())
def test_moving_a_claim_to_another_agreement_is_an_identity_error(
    dataset: Dataset, data: st.DataObject
) -> None:
    origin, target = data.draw(st.permutations(dataset.agreements))[:2]
    predicate = data.draw(st.sampled_from([Predicate.SIGNATORY, Predicate.SIGNING_DATE]))
    moved = data.draw(
        st.sampled_from([c for c in dataset.claims if c.subject == origin.id and c.predicate is predicate])
    )
    broken = dataset.evolve(
        claims=[attrs.evolve(c, subject=target.id) if c.id == moved.id else c for c in dataset.claims]
    )
    field = "value.actor" if predicate is Predicate.SIGNATORY else "value.date"
    assert found(broken, "IS201") == [(f"claims[{moved.id}].{field}", (origin.id,))]
    (violation,) = [v for v in validate(broken) if v.code == "IS201"]
    assert violation.message.startswith(f"claim {moved.id} on {target.id} describes {origin.id}: ")


@given(datasets(), st.data())
def test_a_signing_date_outside_the_office_spans_is_an_office_error(
    dataset: Dataset, data: st.DataObject
) -> None:
    agreement = data.draw(st.sampled_from(dataset.agreements))
    assert agreement.signed is not None
    day = agreement.signed.earliest
    # Four years before: before every span, which starts at most 900 days earlier.
    moved = attrs.evolve(agreement, signed=FuzzyDate.of(day.year - 4, day.month, min(day.day, 28)))
    broken = dataset.evolve(agreements=[moved if a.id == agreement.id else a for a in dataset.agreements])
    assert found(broken, "IS401") == [
        (f"agreements[{agreement.id}].signatories[{i}]", (signatory.actor,))
        for i, signatory in enumerate(agreement.signatories)
    ]


@given(datasets(), st.data())
def test_deleting_a_referenced_actor_breaks_every_reference_to_it(
    dataset: Dataset, data: st.DataObject
) -> None:
    agreement = data.draw(st.sampled_from(dataset.agreements))
    person = data.draw(st.sampled_from([s.actor for s in agreement.signatories]))
    broken = dataset.evolve(actors=[a for a in dataset.actors if a.id != person])
    expected = {
        f"agreements[{agreement.id}].signatories[{i}].actor"
        for i, s in enumerate(agreement.signatories)
        if s.actor == person
    }
    for claim in dataset.claims:
        if claim.subject == person:
            expected.add(f"claims[{claim.id}].subject")
        if isinstance(claim.value, ActorValue) and claim.value.actor == person:
            expected.add(f"claims[{claim.id}].value.actor")
        if claim.attribution.actor == person:
            expected.add(f"claims[{claim.id}].attribution.actor")
    violations = found(broken, "IS102")
    assert {path for path, _ in violations} == expected
    assert {related for _, related in violations} == {(person,)}


@given(datasets(), st.data())
def test_corrections_that_loop_are_reported(dataset: Dataset, data: st.DataObject) -> None:
    first, second = data.draw(st.permutations(dataset.claims))[:2]

    def correcting(id_: str, target: Claim, replacement: Claim) -> Correction:
        return Correction(
            id=id_,
            kind=CorrectionKind.EDITORIAL,
            target=target.id,
            replacement=replacement.id,
            before="before",
            after="after",
            reason="a loop",
            evidence=(Evidence(target.source, "quote"),),
        )

    loop = [correcting("cor-loop-1", first, second), correcting("cor-loop-2", second, first)]
    broken = dataset.evolve(corrections=[*dataset.corrections, *loop])
    assert found(broken, "IS604") == [("corrections[cor-loop-1].replacement", ("cor-loop-1", "cor-loop-2"))]


def test_the_date_arithmetic_of_the_office_property() -> None:
    # The strategies start a span at most 900 days before the signing, at month
    # precision; four years earlier is always before its first day.
    signing = dt.date(1950, 1, 1)
    start = signing - dt.timedelta(days=900 + 31)
    assert dt.date(signing.year - 4, 12, 31) < start
