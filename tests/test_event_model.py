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
        ({"id": "agr-visit"}, "id", "malformed event id"),
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
            "only a signing has signatories",
        ),
        ({"kind": EventKind.SIGNING, "participants": (), "agreements": ()}, "agreements", "exactly one"),
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
    with pytest.raises(InvalidField, match="neither an agreement id nor an event id"):
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
