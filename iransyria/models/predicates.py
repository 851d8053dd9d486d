"""The closed vocabulary of what a claim can assert, and the value type each takes."""

from __future__ import annotations

import enum

from iransyria.models.values import (
    ActorValue,
    AgreementValue,
    DateValue,
    EventValue,
    PlaceValue,
    QuantityValue,
    TextValue,
)

__all__ = [
    "AGREEMENT_PREDICATES",
    "FIELD_PREDICATES",
    "PREDICATE_VALUES",
    "Predicate",
]


class Predicate(enum.Enum):
    """The closed vocabulary of what a claim can assert.

    Agreement predicates back the fields of an :class:`Agreement`; the
    rest describe actors and the events around the agreements.
    """

    # about an agreement
    KIND = "kind"  # TextValue: the AgreementKind value
    PARTY = "party"  # ActorValue: a state party to it
    SIGNATORY = "signatory"  # ActorValue with the position held when signing
    SIGNING_DATE = "signing-date"  # DateValue
    SIGNING_PLACE = "signing-place"  # PlaceValue
    PROVISION = "provision"  # TextValue: what it provides for
    RELATED_TO = "related-to"  # AgreementValue: e.g. 'similar to' another agreement
    NOT_REPORTED_BY = "not-reported-by"  # ActorValue: media that did not mention it
    # about an actor
    HOLDS_OFFICE = "holds-office"  # ActorValue: the actor itself, with its position
    NAMED_AS = "named-as"  # TextValue: a spelling a source uses
    VISIT = "visit"  # EventValue with place: a visit that frames a signing
    STATEMENT = "statement"  # TextValue: what the actor is quoted as saying
    ASSERTION = "assertion"  # TextValue: an undated fact the source states about the actor
    EVENT = "event"  # EventValue: a dated context event involving the actor
    QUANTITY = "quantity"  # QuantityValue: a figure about the actor


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


#: Which value type each predicate takes.
PREDICATE_VALUES: dict[Predicate, type] = {
    Predicate.KIND: TextValue,
    Predicate.PARTY: ActorValue,
    Predicate.SIGNATORY: ActorValue,
    Predicate.SIGNING_DATE: DateValue,
    Predicate.SIGNING_PLACE: PlaceValue,
    Predicate.PROVISION: TextValue,
    Predicate.RELATED_TO: AgreementValue,
    Predicate.NOT_REPORTED_BY: ActorValue,
    Predicate.HOLDS_OFFICE: ActorValue,
    Predicate.NAMED_AS: TextValue,
    Predicate.VISIT: EventValue,
    Predicate.STATEMENT: TextValue,
    Predicate.ASSERTION: TextValue,
    Predicate.EVENT: EventValue,
    Predicate.QUANTITY: QuantityValue,
}
