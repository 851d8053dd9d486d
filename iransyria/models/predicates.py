"""The closed vocabulary of what a claim can assert, and the value type each takes."""

from __future__ import annotations

import enum

from iransyria.models.values import (
    ActorValue,
    AgreementKindValue,
    AgreementValue,
    DateValue,
    EventKindValue,
    ParticipantValue,
    PlaceValue,
    ProvisionValue,
    QuantityValue,
    RecordValue,
    StatementValue,
    TextValue,
)

__all__ = [
    "AGREEMENT_PREDICATES",
    "EVENT_FIELD_PREDICATES",
    "EVENT_PREDICATES",
    "FIELD_PREDICATES",
    "PREDICATE_VALUES",
    "Predicate",
]


class Predicate(enum.Enum):
    """The closed vocabulary of what a claim can assert.

    Agreement predicates back the fields of an :class:`Agreement`, event
    predicates the fields of an :class:`Event`; the rest describe actors.
    """

    # Members are singletons compared by identity, so identity can be their hash, computed in C:
    # ``Enum.__hash__`` is a Python-level call, paid at every set or dict look-up of a predicate
    # (several per claim when a dataset is loaded or validated).
    __hash__ = object.__hash__

    # about an agreement
    KIND = "kind"  # AgreementKindValue: the kind of agreement
    PARTY = "party"  # ActorValue: a state party to it
    SIGNATORY = "signatory"  # ActorValue with the position held when signing
    SIGNING_DATE = "signing-date"  # DateValue
    SIGNING_PLACE = "signing-place"  # PlaceValue
    PROVISION = "provision"  # ProvisionValue: a provision's id, in this source's wording
    RELATED_TO = "related-to"  # AgreementValue: e.g. 'similar to' another agreement
    NOT_REPORTED_BY = "not-reported-by"  # ActorValue: media that did not mention it
    # about an actor
    HOLDS_OFFICE = "holds-office"  # ActorValue: the actor itself, with its position
    NAMED_AS = "named-as"  # TextValue: a spelling a source uses
    ASSERTION = "assertion"  # TextValue: an undated fact the source states about the actor
    QUANTITY = "quantity"  # QuantityValue: a figure about the actor
    RANK = "rank"  # ActorValue: the actor itself, with its military rank as the position
    # about an event
    EVENT_KIND = "event-kind"  # EventKindValue: what kind of happening it was
    EVENT_DATE = "event-date"  # DateValue: when it happened (began, for a lasting one)
    EVENT_PLACE = "event-place"  # PlaceValue: where it happened
    PARTICIPANT = "participant"  # ParticipantValue: who took part, in what role and office
    CONCERNS = "concerns"  # RecordValue: an agreement the event concerns
    PART_OF = "part-of"  # RecordValue: the event it happened during
    STATEMENT = "statement"  # StatementValue: a remark's speaker and this source's wording of it


#: The predicate whose claims back each field of an :class:`Agreement`.
FIELD_PREDICATES: dict[str, Predicate] = {
    "kind": Predicate.KIND,
    "parties": Predicate.PARTY,
    "signatories": Predicate.SIGNATORY,
    "signed": Predicate.SIGNING_DATE,
    "place": Predicate.SIGNING_PLACE,
    "provisions": Predicate.PROVISION,
    "relations": Predicate.RELATED_TO,
}


#: Predicates whose subject is an agreement.
AGREEMENT_PREDICATES = frozenset({*FIELD_PREDICATES.values(), Predicate.NOT_REPORTED_BY})

#: The predicate whose claims back each field of an :class:`Event`. A
#: ``statement`` claim also backs its speaker's place among the participants.
EVENT_FIELD_PREDICATES: dict[str, Predicate] = {
    "kind": Predicate.EVENT_KIND,
    "date": Predicate.EVENT_DATE,
    "place": Predicate.EVENT_PLACE,
    "participants": Predicate.PARTICIPANT,
    "agreements": Predicate.CONCERNS,
    "part_of": Predicate.PART_OF,
}

#: Predicates whose subject is an event.
EVENT_PREDICATES = frozenset({*EVENT_FIELD_PREDICATES.values(), Predicate.STATEMENT})


#: Which value type each predicate takes.
PREDICATE_VALUES: dict[Predicate, type] = {
    Predicate.KIND: AgreementKindValue,
    Predicate.PARTY: ActorValue,
    Predicate.SIGNATORY: ActorValue,
    Predicate.SIGNING_DATE: DateValue,
    Predicate.SIGNING_PLACE: PlaceValue,
    Predicate.PROVISION: ProvisionValue,
    Predicate.RELATED_TO: AgreementValue,
    Predicate.NOT_REPORTED_BY: ActorValue,
    Predicate.HOLDS_OFFICE: ActorValue,
    Predicate.NAMED_AS: TextValue,
    Predicate.ASSERTION: TextValue,
    Predicate.QUANTITY: QuantityValue,
    Predicate.RANK: ActorValue,
    Predicate.EVENT_KIND: EventKindValue,
    Predicate.EVENT_DATE: DateValue,
    Predicate.EVENT_PLACE: PlaceValue,
    Predicate.PARTICIPANT: ParticipantValue,
    Predicate.CONCERNS: RecordValue,
    Predicate.PART_OF: RecordValue,
    Predicate.STATEMENT: StatementValue,
}
