"""The Event record, its claim values, and claims whose subject is an event."""

from __future__ import annotations

import pytest

from iransyria.dates import FuzzyDate
from iransyria.errors import InvalidField
from iransyria.models import (
    Attribution,
    AttributionKind,
    Claim,
    DateValue,
    Event,
    EventKind,
    EventKindValue,
    Participant,
    ParticipantValue,
    Position,
    Predicate,
    RecordValue,
    Role,
    StatementValue,
    TextValue,
    Wording,
    subject_kind,
)

HATAMI = "per-amir-hatami"
MOD = Position("Minister of Defence", "state-iran")


def visit(**changes: object) -> Event:
    fields: dict[str, object] = {
        "id": "evt-visit",
        "kind": EventKind.VISIT,
        "title": "A visit",
        "date": FuzzyDate.parse("2018-08-26/2018-08-27"),
        "place": "Damascus",
        "participants": (Participant(HATAMI, Role.VISITOR, MOD),),
        "agreements": ("agr-2018",),
    }
    fields.update(changes)
    return Event(**fields)  # type: ignore[arg-type]


def test_a_well_formed_event() -> None:
    event = visit(part_of="evt-trip")
    assert event.participants[0].position == MOD and event.part_of == "evt-trip"


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"id": "agr-visit"}, "id", "expected an event id like evt-"),
        ({"title": " "}, "title", "non-empty"),
        ({"participants": (Participant(HATAMI, Role.ATTENDEE),)}, "participants", "a visit needs a visitor"),
        (
            {"kind": EventKind.STATEMENT, "participants": (Participant(HATAMI, Role.AUDIENCE),)},
            "participants",
            "a statement needs a speaker",
        ),
        (
            {"kind": EventKind.MEETING, "participants": (Participant(HATAMI, Role.SIGNATORY, MOD),)},
            "participants",
            "only a signing, an initialling or a law signing has signatories",
        ),
        ({"kind": EventKind.SIGNING, "participants": (), "agreements": ()}, "agreements", "exactly one"),
        (
            {"kind": EventKind.INITIALLING, "participants": (), "agreements": ("agr-2018", "agr-2020")},
            "agreements",
            "an initialling concerns exactly one agreement",
        ),
        ({"part_of": "evt-visit"}, "part_of", "part of itself"),
        ({"agreements": ("agr-2018", "agr-2018")}, "agreements", "twice"),
        (
            {"participants": (Participant(HATAMI, Role.VISITOR), Participant(HATAMI, Role.VISITOR))},
            "participants",
            "twice",
        ),
    ],
)
def test_event_validators(changes: dict[str, object], field: str, message: str) -> None:
    with pytest.raises(InvalidField, match=message) as raised:
        visit(**changes)
    assert raised.value.field == field


_OUTLET = Attribution(AttributionKind.OUTLET)


def claim(subject: str, predicate: Predicate, value: object) -> Claim:
    return Claim("clm-x", "src-x", subject, predicate, value, _OUTLET, "words")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("predicate", "value"),
    [
        (Predicate.EVENT_KIND, EventKindValue(EventKind.VISIT)),
        (Predicate.EVENT_DATE, DateValue(FuzzyDate.parse("2018-08"))),
        (Predicate.PARTICIPANT, ParticipantValue(HATAMI, Role.VISITOR, MOD)),
        (Predicate.CONCERNS, RecordValue("agr-2018")),
        (Predicate.PART_OF, RecordValue("evt-trip")),
        (Predicate.STATEMENT, StatementValue(HATAMI, "No third party", Wording.PARAPHRASED)),
    ],
)
def test_event_predicates_take_an_event_as_subject(predicate: Predicate, value: object) -> None:
    assert subject_kind(predicate) == "event"
    assert claim("evt-visit", predicate, value).subject == "evt-visit"
    with pytest.raises(InvalidField, match="needs an event id as subject"):
        claim(HATAMI, predicate, value)


def test_actor_and_agreement_predicates_refuse_an_event_subject() -> None:
    with pytest.raises(InvalidField, match="needs an actor id as subject"):
        claim("evt-visit", Predicate.NAMED_AS, TextValue("Hatami"))
    with pytest.raises(InvalidField, match="needs an agreement id as subject"):
        claim("evt-visit", Predicate.SIGNING_DATE, DateValue(FuzzyDate.parse("2018")))


def test_links_name_the_right_kind_of_record() -> None:
    with pytest.raises(InvalidField, match="links to an agreement id"):
        claim("evt-visit", Predicate.CONCERNS, RecordValue("evt-trip"))
    with pytest.raises(InvalidField, match="links to an event id"):
        claim("evt-visit", Predicate.PART_OF, RecordValue("agr-2018"))
    with pytest.raises(InvalidField, match=r"expected an agreement id \(agr-…\) or an event id \(evt-…\)"):
        RecordValue("per-amir-hatami")


def test_a_rank_claim_needs_the_rank() -> None:
    from iransyria.models import ActorValue

    assert claim(HATAMI, Predicate.RANK, ActorValue(HATAMI, MOD)).predicate is Predicate.RANK
    with pytest.raises(InvalidField, match="rank"):
        claim(HATAMI, Predicate.RANK, ActorValue(HATAMI))


def test_a_statement_is_quoted_unless_said_otherwise() -> None:
    assert StatementValue(HATAMI, "words").wording is Wording.QUOTED
    with pytest.raises(InvalidField):
        StatementValue(HATAMI, "")


def test_an_initialling_and_a_law_signing_have_their_own_signatories() -> None:
    """The ministers who initial a text sign as the initialling's participants, not the agreement's."""
    initialling = visit(
        kind=EventKind.INITIALLING,
        place="Tehran",
        participants=(Participant(HATAMI, Role.SIGNATORY, MOD),),
    )
    assert initialling.participants[0].role is Role.SIGNATORY
    law = visit(
        kind=EventKind.LAW_SIGNING,
        participants=(Participant("per-donald-trump", Role.SIGNATORY),),
        agreements=(),
    )
    assert law.kind.value == "law-signing" and not law.agreements


def test_an_initialling_is_dated_by_its_agreements_initialled_facts_not_its_signed_ones() -> None:
    from iransyria.models import ReferenceFact, ReferenceKind, dating_facts

    facts = [
        ReferenceFact(
            id=f"ref-{kind.value}",
            subject="agr-2018",
            kind=kind,
            date=FuzzyDate.parse(date),
            reference="an outlet",
        )
        for kind, date in ((ReferenceKind.INITIALLED, "2018-12-30"), (ReferenceKind.SIGNED, "2019-01-28"))
    ]
    by_subject = {"agr-2018": facts}
    initialling = visit(kind=EventKind.INITIALLING, participants=())
    signing = visit(kind=EventKind.SIGNING, participants=())
    law = visit(id="evt-law", kind=EventKind.LAW_SIGNING, participants=(), agreements=())
    law_fact = ReferenceFact(
        id="ref-law",
        subject="evt-law",
        kind=ReferenceKind.SIGNED_INTO_LAW,
        date=FuzzyDate.parse("2019-12-20"),
        reference="an outlet",
    )
    assert [f.id for f in dating_facts(initialling, by_subject)] == ["ref-initialled"]
    assert [f.id for f in dating_facts(signing, by_subject)] == ["ref-signed"]
    assert [f.id for f in dating_facts(law, {"evt-law": [law_fact]})] == ["ref-law"]
