"""IS4xx: every dated office statement judged against the known office spans."""

from __future__ import annotations

import attrs
from hypothesis import given
from hypothesis import strategies as st

from iransyria.dates import Certainty, FuzzyDate
from iransyria.models import (
    Actor,
    ActorKind,
    ActorValue,
    Claim,
    Event,
    EventKind,
    OfficeHeld,
    Participant,
    Position,
    Predicate,
    Role,
    SpanBasis,
    Standing,
)
from iransyria.rules import Context, offices
from tests.rules.conftest import (
    A18,
    AYY,
    BAG,
    BASE,
    HAT,
    IRAN_COS,
    IRAN_MOD,
    changed_actor,
    changed_agreement,
    changed_claim,
    claim,
    date,
    found,
    office,
    only,
    with_claims,
)
from tests.strategies import fuzzy_dates


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
    envoy = Position("Special Envoy", IRAN_MOD.of)
    other = with_claims(
        BASE,
        claim("clm-x-hatami-envoy", A18, Predicate.SIGNATORY, ActorValue(HAT, envoy), "Hatami"),
    )
    assert found(other, "IS403") == [("claims[clm-x-hatami-envoy].value.position", (HAT,))]
    # The office is nobody's in the records: said so, of the office.
    assert "no one is recorded in that office" in only(other, "IS403").message


def test_is406_a_signatory_given_the_office_another_held() -> None:
    # Bagheri was Chief of Staff when the 2018 deal was signed.
    other = with_claims(
        BASE,
        claim("clm-x-hatami-cos", A18, Predicate.SIGNATORY, ActorValue(HAT, IRAN_COS), "Hatami"),
    )
    assert found(other, "IS403") == []
    assert found(other, "IS406") == [("claims[clm-x-hatami-cos].value.position", (HAT, BAG))]


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

    def verdict(actor: str, position: Position, when: str) -> tuple[Certainty | None, str]:
        return offices.office_verdict(ctx, actor, position, date(when), date(when))

    assert verdict(HAT, IRAN_MOD, "2018-08-26")[0] is Certainty.CERTAIN
    assert verdict(HAT, IRAN_MOD, "2017")[0] is Certainty.POSSIBLE
    assert verdict(HAT, IRAN_MOD, "2016-01") == (Certainty.IMPOSSIBLE, "held from 2017-08 to 2021-08")
    # Bagheri is recorded in that office: the message is about Hatami, not the office.
    assert verdict(HAT, IRAN_COS, "2018-08-26") == (None, "per-hatami is recorded in that office at no time")
    envoy = Position("Special Envoy", IRAN_MOD.of)
    assert verdict(HAT, envoy, "2018-08-26") == (None, "no one is recorded in that office")
    # A stated span is judged by its worse end.
    assert offices.office_verdict(ctx, HAT, IRAN_MOD, date("2018"), date("2022"))[0] is Certainty.IMPOSSIBLE
    assert offices.office_verdict(ctx, HAT, IRAN_MOD, date("2018"), None)[0] is Certainty.CERTAIN
    assert offices.office_verdict(ctx, HAT, IRAN_MOD, None, None)[0] is None


def _office_claim(position: Position = IRAN_MOD, **when: FuzzyDate) -> Claim:
    made = claim("clm-x-office", HAT, Predicate.HOLDS_OFFICE, ActorValue(HAT, position), "x")
    return attrs.evolve(made, **when)


FOREIGN = Position("Minister of Foreign Affairs", IRAN_MOD.of)
ZARIF = Actor("per-zarif", ActorKind.PERSON, "Zarif", (), (office(FOREIGN, "2013-08", "2021-08"),))


def test_is404_a_dated_office_claim_outside_the_span() -> None:
    late = with_claims(BASE, _office_claim(point_in_time=date("2022-03")))
    assert found(late, "IS404") == [("claims[clm-x-office].value.position", (HAT,))]
    assert found(with_claims(BASE, _office_claim(point_in_time=date("2019-03"))), "IS404") == []
    # A stated span: both ends must fall inside.
    span = with_claims(BASE, _office_claim(start_time=date("2018"), end_time=date("2022")))
    assert "from 2018 to 2022" in only(span, "IS404").message
    # An undated office claim is not judged.
    assert found(with_claims(BASE, _office_claim()), "IS404") == []


def test_is404_names_who_held_the_office_then() -> None:
    wrong = with_claims(BASE, _office_claim(FOREIGN, point_in_time=date("2022-03")))
    wrong = wrong.evolve(actors=[*wrong.actors, ZARIF])
    wrong = changed_actor(
        wrong, HAT, offices=(*wrong.actor_index[HAT].offices, office(FOREIGN, "2010", "2012"))
    )
    violation = only(wrong, "IS404")
    assert violation.related == (HAT,)
    early = changed_claim(wrong, "clm-x-office", point_in_time=date("2016-03"))
    assert only(early, "IS404").related == (HAT, "per-zarif")
    assert only(early, "IS404").message.endswith("; held then by per-zarif")


def test_is405_a_dated_office_claim_that_may_fall_outside_the_span() -> None:
    coarse = with_claims(BASE, _office_claim(point_in_time=date("2021")))
    assert found(coarse, "IS405") == [("claims[clm-x-office].value.position", (HAT,))]
    assert found(coarse, "IS404") == []


def test_is406_an_office_someone_else_held_then() -> None:
    called = with_claims(BASE, _office_claim(FOREIGN, point_in_time=date("2018-08-26")))
    assert found(called, "IS406") == []  # nobody is known to have held it: not judged
    called = called.evolve(actors=[*called.actors, ZARIF])
    assert found(called, "IS406") == [("claims[clm-x-office].value.position", (HAT, "per-zarif"))]
    assert "per-hatami held Minister of Defence (state-iran) then" in only(called, "IS406").message


def test_is406_a_stated_span_of_an_office_someone_else_held() -> None:
    # 'Hatami, who has been Iran's foreign minister since 2018' read at a 2020 publication date:
    # Zarif held it all that time, as a point in time inside the span would show.
    with_zarif = BASE.evolve(actors=[*BASE.actors, ZARIF])
    since = with_claims(with_zarif, _office_claim(FOREIGN, start_time=date("2018"), end_time=date("2020-07-09")))
    violation = only(since, "IS406")
    assert violation.related == (HAT, "per-zarif")
    assert "did not hold Minister of Foreign Affairs (state-iran) from 2018 to 2020-07-09" in violation.message
    assert "per-zarif held it then" in violation.message
    assert "per-hatami held Minister of Defence (state-iran) then" in violation.message
    # The start alone: some day of 2018, every one of them Zarif's.
    assert found(with_claims(with_zarif, _office_claim(FOREIGN, start_time=date("2018"))), "IS406") == [
        ("claims[clm-x-office].value.position", (HAT, "per-zarif"))
    ]
    # A span that holds Zarif's whole term between its ends: those days are certainly covered.
    wide = with_claims(with_zarif, _office_claim(FOREIGN, start_time=date("2010"), end_time=date("2022")))
    assert found(wide, "IS406") == [("claims[clm-x-office].value.position", (HAT, "per-zarif"))]
    # Not when no day the span certainly covers was certainly Zarif's (2021 to 2023: his term may
    # have ended before the end of 2021), nor an end alone he may not have held all of.
    late = with_claims(with_zarif, _office_claim(FOREIGN, start_time=date("2021"), end_time=date("2023")))
    assert found(late, "IS406") == []
    assert found(with_claims(with_zarif, _office_claim(FOREIGN, end_time=date("2021"))), "IS406") == []


def test_is406_judges_signatories_too_and_replaces_the_unknown_warning() -> None:
    signing = with_claims(
        BASE, claim("clm-x-hatami-fm", A18, Predicate.SIGNATORY, ActorValue(HAT, FOREIGN), "Hatami")
    )
    assert found(signing, "IS403") == [("claims[clm-x-hatami-fm].value.position", (HAT,))]
    signing = signing.evolve(actors=[*signing.actors, ZARIF])
    assert found(signing, "IS403") == []
    assert found(signing, "IS406") == [("claims[clm-x-hatami-fm].value.position", (HAT, "per-zarif"))]


# --------------------------------------------------------------------------- events


def test_a_dated_event_s_participant_is_judged_in_the_office_given() -> None:
    meeting = Event(
        "evt-x-meeting",
        EventKind.MEETING,
        "A meeting",
        date=date("2022-03-01"),
        participants=(Participant(HAT, Role.ATTENDEE, IRAN_MOD), Participant(AYY, Role.ATTENDEE)),
    )
    undated = Event(
        "evt-x-undated",
        EventKind.MEETING,
        "Undated",
        participants=(Participant(HAT, Role.ATTENDEE, IRAN_MOD),),
    )
    data = BASE.evolve(events=[*BASE.events, meeting, undated])
    assert found(data, "IS404") == [("events[evt-x-meeting].participants[0]", (HAT,))]
    assert only(data, "IS404").message.endswith("(event evt-x-meeting)")


@given(
    st.lists(st.tuples(st.none() | fuzzy_dates(), st.none() | fuzzy_dates()), min_size=1, max_size=3),
    st.none() | fuzzy_dates(),
    st.none() | fuzzy_dates(),
)
def test_the_quick_certainty_test_agrees_with_the_verdict(
    spans: list[tuple[FuzzyDate | None, FuzzyDate | None]], first: FuzzyDate | None, last: FuzzyDate | None
) -> None:
    # _certainly_held skips writing the spans known for the statements certainly true: it must
    # say 'certain' exactly when office_verdict does.
    offices_held = []
    for start, end in spans:
        try:
            held = OfficeHeld(IRAN_MOD, start, end, SpanBasis.STATED)
        except ValueError:  # a span that ends before it starts
            continue
        if held not in offices_held:
            offices_held.append(held)
    person = attrs.evolve(BASE.actor(HAT), offices=tuple(offices_held))
    ctx = Context(BASE.evolve(actors=[a for a in BASE.actors if a.id != HAT] + [person]))
    verdict = offices.office_verdict(ctx, HAT, IRAN_MOD, first, last)[0]
    assert offices._certainly_held(ctx, HAT, IRAN_MOD, first, last) is (verdict is Certainty.CERTAIN)
