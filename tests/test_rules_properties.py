"""Properties of the rules over generated datasets (hypothesis, the profile tests/conftest.py selects).

``datasets()`` builds whole datasets meant to satisfy every rule: validation
finds nothing in them. Each mutation below breaks exactly one fact, and the
rule that guards it must fire, at the right path, naming the right records.
"""

from __future__ import annotations

import attrs
from hypothesis import assume, given
from hypothesis import strategies as st

from iransyria.dataset import Dataset
from iransyria.dates import FuzzyDate
from iransyria.models import (
    ActorValue,
    Claim,
    Correction,
    CorrectionKind,
    DateValue,
    Evidence,
    ParticipantValue,
    Predicate,
    Standing,
    StatementValue,
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
    # An accepted claim that states the record's value (not a competing one).
    record_values = [DateValue(origin.signed)] if origin.signed is not None else []
    record_values += [ActorValue(s.actor, s.position) for s in origin.signatories]
    moved = data.draw(
        st.sampled_from(
            [
                c
                for c in dataset.claims_by_subject[origin.id]
                if c.predicate is predicate and c.standing is Standing.ACCEPTED and c.value in record_values
            ]
        )
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
        if isinstance(claim.value, (ActorValue, ParticipantValue)) and claim.value.actor == person:
            expected.add(f"claims[{claim.id}].value.actor")
        if isinstance(claim.value, StatementValue) and claim.value.speaker == person:
            expected.add(f"claims[{claim.id}].value.speaker")
        if claim.attribution.actor == person:
            expected.add(f"claims[{claim.id}].attribution.actor")
    for event in dataset.events:
        for i, participant in enumerate(event.participants):
            if participant.actor == person:
                expected.add(f"events[{event.id}].participants[{i}].actor")
    violations = found(broken, "IS102")
    assert {path for path, _ in violations} == expected
    assert {related for _, related in violations} == {(person,)}


@given(datasets(), st.data())
def test_corrections_that_loop_are_reported(dataset: Dataset, data: st.DataObject) -> None:
    # Two claims no correction already links, so that the loop is exactly the two added.
    linked = {c.target for c in dataset.corrections} | {c.replacement for c in dataset.corrections}
    free = [c for c in dataset.claims if c.id not in linked]
    first, second = data.draw(st.permutations(free))[:2]

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


@given(datasets(disputed=True), st.data())
def test_settling_one_side_of_a_disputed_pair_leaves_a_half_settled_dispute(
    dataset: Dataset, data: st.DataObject
) -> None:
    # The generated disputed signing dates contradict each other but not the
    # record: accepting one side settles nothing for the other (IS502), and
    # is the only thing wrong.
    pairs = [
        [c for c in about if c.standing is Standing.DISPUTED and c.predicate is Predicate.SIGNING_DATE]
        for about in (dataset.claims_by_subject[a.id] for a in dataset.agreements)
    ]
    pair = data.draw(st.sampled_from([pair for pair in pairs if pair]))
    assert len(pair) == 2
    accepted, other = data.draw(st.permutations(pair))
    broken = dataset.evolve(
        claims=[
            attrs.evolve(c, standing=Standing.ACCEPTED, reason=None) if c.id == accepted.id else c
            for c in dataset.claims
        ]
    )
    assert [(v.code, v.path, v.related) for v in validate(broken)] == [
        ("IS502", f"claims[{other.id}].value.date", (accepted.id,))
    ]


@given(datasets(), st.data())
def test_accepting_a_refuted_competitor_is_a_conflict_with_the_claim_that_backs_the_field(
    dataset: Dataset, data: st.DataObject
) -> None:
    refuted = [
        c
        for c in dataset.claims
        if c.standing is Standing.REFUTED and c.predicate in (Predicate.KIND, Predicate.SIGNING_PLACE)
    ]
    assume(refuted)
    wrong = data.draw(st.sampled_from(refuted))
    backing = [
        c
        for c in dataset.claims_by_subject[wrong.subject]
        if c.predicate is wrong.predicate and c.standing is Standing.ACCEPTED
    ]
    broken = dataset.evolve(
        claims=[
            attrs.evolve(c, standing=Standing.ACCEPTED, reason=None) if c.id == wrong.id else c
            for c in dataset.claims
        ],
        corrections=[c for c in dataset.corrections if c.target != wrong.id],
    )
    field = "value.kind" if wrong.predicate is Predicate.KIND else "value.name"
    assert sorted(found(broken, "IS501")) == sorted(
        (f"claims[{max(c.id, wrong.id)}].{field}", (min(c.id, wrong.id),)) for c in backing
    )
    assert found(broken, "IS702") == [(f"claims[{wrong.id}].{field}", (wrong.subject,))]
