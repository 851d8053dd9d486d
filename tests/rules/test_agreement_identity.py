"""IS2xx: a claim attached to one agreement that describes another; who signs for which party."""

from __future__ import annotations

import attrs
import pytest

from iransyria.data.actors import BAGHERI, HATAMI
from iransyria.data.agreements import AGR_2018, AGR_2020
from iransyria.models import (
    ActorValue,
    Claim,
    DateValue,
    ParticipantValue,
    PlaceValue,
    Position,
    Predicate,
    ProvisionValue,
    RecordValue,
    Role,
    Standing,
)
from tests.rules.conftest import (
    A18,
    A20,
    BAG,
    BASE,
    HAT,
    S20,
    SHIPPED,
    VISIT,
    VISIT_2020,
    changed_agreement,
    changed_claim,
    changed_event,
    claim,
    date,
    found,
    only,
    with_claims,
    with_second_visit,
)


def test_is201_a_2018_signatory_reported_as_2020() -> None:
    moved = changed_claim(BASE, "clm-18-hatami", subject=A20)
    violation = only(moved, "IS201")
    assert (violation.path, violation.related) == ("claims[clm-18-hatami].value.actor", (A18,))
    assert violation.message.startswith(
        "claim clm-18-hatami on agr-2020 describes agr-2018: signatory per-hatami signed agr-2018, not agr-2020"
    )
    # Its source also predates the 2020 signing, which the message says too.
    assert "its source src-2018 (published 2018-08-28) certainly predates" in violation.message


def test_is201_a_2020_signatory_reported_as_2018() -> None:
    moved = changed_claim(BASE, "clm-20-bagheri", subject=A18)
    assert found(moved, "IS201") == [("claims[clm-20-bagheri].value.actor", (A20,))]
    assert only(moved, "IS201").message == (
        "claim clm-20-bagheri on agr-2018 describes agr-2020: "
        "signatory per-bagheri signed agr-2020, not agr-2018"
    )


@pytest.mark.parametrize(
    ("claim_id", "to", "path", "describes"),
    [
        ("clm-18-date", A20, "claims[clm-18-date].value.date", A18),
        ("clm-20-date", A18, "claims[clm-20-date].value.date", A20),
        ("clm-20-similar", A18, "claims[clm-20-similar].value.agreement", A20),
        # Shared content (Ayyoub signed both; both were signed in Damascus) says
        # nothing, but a 2018 source cannot report the 2020 deal.
        ("clm-18-ayyoub", A20, "claims[clm-18-ayyoub].source", A18),
        ("clm-18-place", A20, "claims[clm-18-place].source", A18),
        ("clm-18-kind", A20, "claims[clm-18-kind].source", A18),
        # A provision on the other agreement's record names it by content, before its source does.
        ("clm-18-rebuild", A20, "claims[clm-18-rebuild].value.provision", A18),
    ],
)
def test_is201_a_claim_moved_to_the_other_agreement(
    claim_id: str, to: str, path: str, describes: str
) -> None:
    assert found(changed_claim(BASE, claim_id, subject=to), "IS201") == [(path, (describes,))]


def test_is201_a_provision_of_the_other_agreement() -> None:
    moved = changed_claim(BASE, "clm-20-air-defence", subject=A18)
    assert found(moved, "IS201") == [("claims[clm-20-air-defence].value.provision", (A20,))]
    assert only(moved, "IS201").message == (
        "claim clm-20-air-defence on agr-2018 describes agr-2020: "
        "provision prv-strengthening-syria-s-air-defence is agr-2020's, not agr-2018's"
    )
    # A 2018 source moved onto the 2020 deal: both reasons, the content's first.
    message = only(changed_claim(BASE, "clm-18-rebuild", subject=A20), "IS201").message
    assert "provision prv-rebuilding-the-army is agr-2018's, not agr-2020's" in message
    assert "its source src-2018 (published 2018-08-28) certainly predates" in message


def test_is201_a_provision_another_report_also_gives_the_agreement_is_left_open() -> None:
    moved = changed_claim(BASE, "clm-20-air-defence", subject=A18)
    for standing in (Standing.ACCEPTED, Standing.DISPUTED):
        second = attrs.evolve(
            next(c for c in moved.claims if c.id == "clm-20-air-defence"),
            id="clm-x-again",
            standing=standing,
            reason=None if standing is Standing.ACCEPTED else "sources differ",
        )
        assert found(with_claims(moved, second), "IS201") == []
    refuted = attrs.evolve(
        next(c for c in moved.claims if c.id == "clm-20-air-defence"),
        id="clm-x-again",
        standing=Standing.REFUTED,
        reason="the dataset says it is wrong",
    )
    assert [path for path, _ in found(with_claims(moved, refuted), "IS201")] == [
        "claims[clm-20-air-defence].value.provision"
    ]


def test_is201_a_provision_no_agreement_records_identifies_nothing() -> None:
    moved = changed_claim(
        BASE, "clm-20-air-defence", subject=A18, value=ProvisionValue("prv-unheard-of", "something else")
    )
    assert found(moved, "IS201") == []


def test_is201_a_signing_place_of_another_agreement() -> None:
    elsewhere = changed_agreement(BASE, A18, place="Tehran")
    elsewhere = changed_claim(elsewhere, "clm-18-place", value=PlaceValue("Tehran"))
    moved = with_claims(
        elsewhere, claim("clm-x-tehran", A20, Predicate.SIGNING_PLACE, PlaceValue("tehran"), "Damascus", S20)
    )
    assert found(moved, "IS201") == [("claims[clm-x-tehran].value.name", (A18,))]
    assert "signing place 'tehran' is agr-2018's, not agr-2020's ('Damascus')" in only(moved, "IS201").message


@pytest.mark.parametrize("claim_id", ["clm-18-ayyoub", "clm-18-place", "clm-18-party-iran"])
def test_is201_shared_content_from_a_later_source_identifies_nothing(claim_id: str) -> None:
    # Ayyoub signed both, both were signed in Damascus by Iran and Syria: a
    # 2020 report of these on the 2018 deal is consistent with it.
    moved = changed_claim(BASE, claim_id.replace("18", "20"), subject=A18)
    assert found(moved, "IS201") == []


def test_is201_refuted_and_superseded_claims_are_not_judged() -> None:
    moved = changed_claim(
        BASE, "clm-20-bagheri", subject=A18, standing=Standing.REFUTED, reason="Bagheri signed in 2020."
    )
    assert found(moved, "IS201") == []
    disputed = changed_claim(
        BASE, "clm-20-bagheri", subject=A18, standing=Standing.DISPUTED, reason="unclear"
    )
    assert found(disputed, "IS201") == [("claims[clm-20-bagheri].value.actor", (A20,))]


def _shipped_claim(subject: str, predicate: Predicate, actor: str) -> Claim:
    return next(
        c
        for c in SHIPPED.claims
        if c.subject == subject
        and c.predicate is predicate
        and c.standing is Standing.ACCEPTED
        and isinstance(c.value, ActorValue)
        and c.value.actor == actor
    )


def test_is201_shipped_hatami_signing_the_2018_deal_moved_to_2020() -> None:
    moved = _shipped_claim(AGR_2018, Predicate.SIGNATORY, HATAMI)
    broken = changed_claim(SHIPPED, moved.id, subject=AGR_2020)
    assert found(broken, "IS201") == [(f"claims[{moved.id}].value.actor", (AGR_2018,))]
    assert only(broken, "IS201").message.startswith(
        f"claim {moved.id} on {AGR_2020} describes {AGR_2018}: "
        f"signatory {HATAMI} signed {AGR_2018}, not {AGR_2020}"
    )


def test_is201_shipped_bagheri_signing_the_2020_deal_moved_to_2018() -> None:
    moved = _shipped_claim(AGR_2020, Predicate.SIGNATORY, BAGHERI)
    broken = changed_claim(SHIPPED, moved.id, subject=AGR_2018)
    assert found(broken, "IS201") == [(f"claims[{moved.id}].value.actor", (AGR_2020,))]
    assert only(broken, "IS201").message.startswith(
        f"claim {moved.id} on {AGR_2018} describes {AGR_2020}: "
        f"signatory {BAGHERI} signed {AGR_2020}, not {AGR_2018}"
    )


def test_is201_shipped_signing_dates_moved_both_ways() -> None:
    for origin, target in ((AGR_2018, AGR_2020), (AGR_2020, AGR_2018)):
        agreement = SHIPPED.agreement_index[origin]
        moved = next(
            c
            for c in SHIPPED.claims
            if c.subject == origin
            and c.predicate is Predicate.SIGNING_DATE
            and c.standing is Standing.ACCEPTED
            and isinstance(c.value, DateValue)
            and c.value.date == agreement.signed
        )
        broken = changed_claim(SHIPPED, moved.id, subject=target)
        assert found(broken, "IS201") == [(f"claims[{moved.id}].value.date", (origin,))]


# --------------------------------------------------------------------------- IS202, IS203 signatories and parties


def _signer(actor: str, position: Position, subject: str = "agr-2020", id_: str = "clm-x-hatami") -> Claim:
    return claim(id_, subject, Predicate.SIGNATORY, ActorValue(actor, position), "signed")


def test_is202_a_second_signatory_for_a_party_in_another_office() -> None:
    iran_mod = Position("Minister of Defence", "state-iran")
    twice = with_claims(BASE, _signer("per-hatami", iran_mod))
    assert found(twice, "IS202") == [("claims[clm-x-hatami].value.position", ("per-bagheri",))]
    assert only(twice, "IS202").message == (
        "claim clm-x-hatami has per-hatami sign agr-2020 for state-iran as Minister of Defence "
        "(state-iran), but agr-2020's record has per-bagheri signing for state-iran as Chief of Staff "
        "(state-iran)"
    )
    assert found(BASE, "IS202") == []


def test_is202_passes_the_record_s_own_signatory_and_a_rival_for_the_same_office() -> None:
    # The record's signatory in another office is IS401's business, not IS202's;
    # a rival in the same office is IS501's (one position, different signatories).
    same = with_claims(BASE, _signer("per-bagheri", Position("Minister of Defence", "state-iran")))
    assert found(same, "IS202") == []
    rival = with_claims(BASE, _signer("per-hatami", Position("Chief of Staff", "state-iran")))
    assert found(rival, "IS202") == []


def test_is203_an_office_of_a_state_that_is_not_a_party() -> None:
    israel = Position("Minister of Defence", "state-israel")
    foreign = with_claims(BASE, _signer("per-hatami", israel, "agr-2018", "clm-x-signer"))
    assert found(foreign, "IS203") == [("claims[clm-x-signer].value.position", ("state-israel",))]
    assert "which is not a party (state-iran, state-syria)" in only(foreign, "IS203").message


def test_is203_a_record_signatory_signing_for_the_other_party() -> None:
    agreement = BASE.agreement_index["agr-2018"]
    first = agreement.signatories[0]
    swapped = attrs.evolve(first, party="state-syria")
    broken = changed_agreement(BASE, "agr-2018", signatories=(swapped, agreement.signatories[1]))
    assert found(broken, "IS203") == [("agreements[agr-2018].signatories[0]", ("state-iran",))]
    assert found(BASE, "IS203") == []


# --------------------------------------------------------------------------- IS204 event identity

TWO_VISITS = with_second_visit(BASE)


def test_is204_two_visits_check_clean() -> None:
    assert found(TWO_VISITS, "IS204") == []
    assert found(SHIPPED, "IS204") == []


def test_is204_a_2020_visitor_on_the_2018_visit() -> None:
    wrong = with_claims(
        TWO_VISITS,
        claim("clm-x-visitor", VISIT, Predicate.PARTICIPANT, ParticipantValue(BAG, Role.VISITOR), "x", S20),
    )
    violation = only(wrong, "IS204")
    assert (violation.path, violation.related) == ("claims[clm-x-visitor].value.actor", (VISIT_2020,))
    assert violation.message == (
        "claim clm-x-visitor on evt-visit describes evt-visit-2020: "
        "per-bagheri is evt-visit-2020's visitor, not evt-visit's"
    )


@pytest.mark.parametrize(
    ("value", "predicate", "path"),
    [
        (DateValue(date("2020-07-08")), Predicate.EVENT_DATE, "claims[clm-x].value.date"),
        (RecordValue("agr-2020"), Predicate.CONCERNS, "claims[clm-x].value.id"),
    ],
)
def test_is204_a_2020_date_or_agreement_on_the_2018_visit(
    value: DateValue | RecordValue, predicate: Predicate, path: str
) -> None:
    # Hatami's visit concerns the 2018 agreement, so that a 2020 agreement can contradict it.
    base = changed_event(TWO_VISITS, VISIT, agreements=(A18,))
    base = changed_event(base, VISIT_2020, agreements=(A20,))
    wrong = with_claims(base, claim("clm-x", VISIT, predicate, value, "x", S20))
    assert found(wrong, "IS204") == [(path, (VISIT_2020,))]


def test_is204_the_reverse_direction_and_what_identifies_nothing() -> None:
    # A 2018 date on Bagheri's visit names Hatami's.
    back = with_claims(
        TWO_VISITS, claim("clm-x", VISIT_2020, Predicate.EVENT_DATE, DateValue(date("2018-08")), "x")
    )
    assert found(back, "IS204") == [("claims[clm-x].value.date", (VISIT,))]
    shared = with_claims(
        TWO_VISITS,
        # Both visits were to Damascus: the place identifies neither.
        claim("clm-x-place", VISIT_2020, Predicate.EVENT_PLACE, PlaceValue("Damascus"), "x"),
        # A host is one more participant, not another visit.
        claim("clm-x-host", VISIT, Predicate.PARTICIPANT, ParticipantValue(BAG, Role.HOST), "x"),
        # A visitor no other visit has is IS902's business (unreflected), not another visit.
        claim("clm-x-ayy", VISIT, Predicate.PARTICIPANT, ParticipantValue("per-ayyoub", Role.VISITOR), "x"),
        # A date no other visit can have: a conflict (IS903), not another visit.
        claim("clm-x-date", VISIT, Predicate.EVENT_DATE, DateValue(date("2019-03")), "x"),
        # Refuted claims are already marked wrong.
        claim(
            "clm-x-refuted",
            VISIT,
            Predicate.PARTICIPANT,
            ParticipantValue(BAG, Role.VISITOR),
            "x",
            standing=Standing.REFUTED,
            reason="wrong visit",
        ),
    )
    assert found(shared, "IS204") == []
    # Hatami on his own visit is no contradiction, whatever other events hold.
    assert (
        found(
            with_claims(
                TWO_VISITS,
                claim("clm-x-own", VISIT, Predicate.PARTICIPANT, ParticipantValue(HAT, Role.VISITOR), "x"),
            ),
            "IS204",
        )
        == []
    )
