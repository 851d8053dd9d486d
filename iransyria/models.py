"""The records of the dataset: sources, actors, agreements, claims, corrections.

Every record is a frozen attrs value object. Field validators guard what one
record alone can get wrong (an id's form, an empty quote, an office span that
ends before it starts); what takes several records to judge lives in
:mod:`iransyria.rules`.

The shape follows established practice: claims are Wikidata-style statements
with a standing (rank) and are never deleted when wrong; offices held are
Popolo memberships with a span and how that span is known; a claim's
provenance is a nanopublication-style chain (source, attribution inside it,
verbatim quote, inference notes).
"""

from __future__ import annotations

import enum
import re
from collections.abc import Callable
from typing import Any, Union

import attrs

from iransyria.dates import FuzzyDate
from iransyria.errors import InvalidField

__all__ = [
    "AGREEMENT_PREDICATES",
    "FIELD_PREDICATES",
    "ID_PATTERNS",
    "Actor",
    "ActorKind",
    "ActorValue",
    "Agreement",
    "AgreementKind",
    "AgreementValue",
    "Alias",
    "Attribution",
    "AttributionKind",
    "Claim",
    "ClaimValue",
    "Correction",
    "CorrectionKind",
    "DateValue",
    "Derivation",
    "DerivationKind",
    "EventValue",
    "Evidence",
    "Inference",
    "OfficeHeld",
    "PlaceValue",
    "Position",
    "Predicate",
    "QuantityValue",
    "Relation",
    "RelationKind",
    "Signatory",
    "Source",
    "SourceKind",
    "SpanBasis",
    "Standing",
    "TextValue",
    "is_agreement_id",
    "normalize",
]

# Each record type has its own id prefix so an id says what it names.
ID_PATTERNS: dict[str, re.Pattern[str]] = {
    "source": re.compile(r"^src-[a-z0-9]+(?:-[a-z0-9]+)*$"),
    "actor": re.compile(r"^(?:per|state|org|outlet)-[a-z0-9]+(?:-[a-z0-9]+)*$"),
    "agreement": re.compile(r"^agr-[a-z0-9]+(?:-[a-z0-9]+)*$"),
    "claim": re.compile(r"^clm-[a-z0-9]+(?:-[a-z0-9]+)*$"),
    "correction": re.compile(r"^cor-[a-z0-9]+(?:-[a-z0-9]+)*$"),
}
_SHA256 = re.compile(r"^[0-9a-f]{64}$")
_LANGUAGE = re.compile(r"^[a-z]{2,3}$")


def normalize(text: str) -> str:
    """The form names, places and texts are compared in: case-folded, whitespace collapsed."""
    return " ".join(text.casefold().split())


def is_agreement_id(value: object) -> bool:
    """Whether ``value`` is a well-formed agreement id (as opposed to an actor id)."""
    return isinstance(value, str) and ID_PATTERNS["agreement"].match(value) is not None


def _id_of(kind: str) -> Callable[[Any, attrs.Attribute[Any], str], None]:
    pattern = ID_PATTERNS[kind]

    def check(_: Any, attribute: attrs.Attribute[Any], value: str) -> None:
        if not isinstance(value, str) or not pattern.match(value):
            raise InvalidField(attribute.name, f"malformed {kind} id {value!r} (expected {pattern.pattern})")

    return check


def _non_empty(_: Any, attribute: attrs.Attribute[Any], value: str) -> None:
    if not isinstance(value, str) or not value.strip():
        raise InvalidField(attribute.name, "must be a non-empty string")


def _optional_non_empty(_: Any, attribute: attrs.Attribute[Any], value: str | None) -> None:
    if value is not None:
        _non_empty(_, attribute, value)


def _no_duplicates(_: Any, attribute: attrs.Attribute[Any], value: tuple[Any, ...]) -> None:
    if len(set(value)) != len(value):
        raise InvalidField(attribute.name, "lists the same entry twice")


def _strings(_: Any, attribute: attrs.Attribute[Any], value: tuple[str, ...]) -> None:
    for item in value:
        _non_empty(_, attribute, item)
    _no_duplicates(_, attribute, value)


def _ids(kind: str) -> Callable[[Any, attrs.Attribute[Any], tuple[str, ...]], None]:
    check_one = _id_of(kind)

    def check(_: Any, attribute: attrs.Attribute[Any], value: tuple[str, ...]) -> None:
        for item in value:
            check_one(_, attribute, item)
        _no_duplicates(_, attribute, value)

    return check


# --------------------------------------------------------------------------- vocabularies


class SourceKind(enum.Enum):
    """What kind of publication a source is."""

    ORIGINAL = "original"  # the outlet's own report
    TRANSLATION = "translation"  # a translation of another outlet's report
    REPUBLICATION = "republication"  # another outlet's report carried verbatim


class DerivationKind(enum.Enum):
    """How a source depends on another outlet's reporting."""

    TRANSLATION_OF = "translation-of"
    REPUBLICATION_OF = "republication-of"
    RELAYS = "relays"  # reports what an agency or state media said


class ActorKind(enum.Enum):
    PERSON = "person"
    STATE = "state"
    ORGANISATION = "organisation"
    OUTLET = "outlet"


ACTOR_PREFIX: dict[ActorKind, str] = {
    ActorKind.PERSON: "per-",
    ActorKind.STATE: "state-",
    ActorKind.ORGANISATION: "org-",
    ActorKind.OUTLET: "outlet-",
}


class SpanBasis(enum.Enum):
    """How the span of an office is known."""

    STATED = "stated"  # a source in the dataset states it
    REFERENCE = "reference"  # a named public reference outside the articles
    INFERRED = "inferred"  # reasoned from the articles; see the note


class AgreementKind(enum.Enum):
    MILITARY_COOPERATION = "military-cooperation"
    ECONOMIC_COOPERATION = "economic-cooperation"


class RelationKind(enum.Enum):
    """How one agreement relates to another."""

    SIMILAR_TO = "similar-to"
    FOLLOWS = "follows"


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


class AttributionKind(enum.Enum):
    """Who, inside a source, makes the claim."""

    OUTLET = "outlet"  # the outlet in its own voice
    AGENCY = "agency"  # a news agency the outlet relays
    STATE_MEDIA = "state-media"  # state or state-linked media the outlet relays
    OFFICIAL = "official"  # a named official, quoted or paraphrased
    ANALYST = "analyst"  # an analyst or expert, named or not
    PUBLISHER_NOTE = "publisher-note"  # the publisher's correction notice


class Standing(enum.Enum):
    """The rank of a claim, as Wikidata ranks statements."""

    ACCEPTED = "accepted"
    DISPUTED = "disputed"  # sources disagree and neither side is settled
    REFUTED = "refuted"  # shown wrong; kept, with its correction or reason
    SUPERSEDED = "superseded"  # replaced by a later version of the same source


class CorrectionKind(enum.Enum):
    PUBLISHER = "publisher"  # the publisher corrected its own article
    EDITORIAL = "editorial"  # this dataset's editors resolved an error


# --------------------------------------------------------------------------- shared parts


@attrs.define(frozen=True)
class Position:
    """An office, such as Iran's 'Minister of Defence'."""

    title: str = attrs.field(validator=_non_empty)
    of: str = attrs.field(validator=_id_of("actor"))  # the state or organisation

    def __str__(self) -> str:
        return self.title


@attrs.define(frozen=True)
class Evidence:
    """A verbatim passage of a source that supports something."""

    source: str = attrs.field(validator=_id_of("source"))
    quote: str = attrs.field(validator=_non_empty)


@attrs.define(frozen=True)
class Inference:
    """A part of a claim that the source does not state outright, and how it was reached."""

    part: str = attrs.field(validator=_non_empty)  # e.g. 'year', 'signatory'
    how: str = attrs.field(validator=_non_empty)


@attrs.define(frozen=True)
class Attribution:
    """Who makes a claim inside its source: the outlet, a relayed agency, an official."""

    kind: AttributionKind
    actor: str | None = attrs.field(default=None, validator=attrs.validators.optional(_id_of("actor")))
    note: str | None = attrs.field(default=None, validator=_optional_non_empty)


# --------------------------------------------------------------------------- sources


@attrs.define(frozen=True)
class Derivation:
    """What a source is derived from: another outlet's report, or an agency it relays."""

    kind: DerivationKind
    actor: str | None = attrs.field(validator=attrs.validators.optional(_id_of("actor")))  # None: unnamed
    source: str | None = attrs.field(default=None, validator=attrs.validators.optional(_id_of("source")))
    note: str | None = attrs.field(default=None, validator=_optional_non_empty)

    @note.validator
    def _check_named(self, _: attrs.Attribute[str | None], value: str | None) -> None:
        if self.actor is None and self.source is None and value is None:
            raise InvalidField("note", "an unnamed origin needs a note saying what is known of it")


@attrs.define(frozen=True)
class Source:
    """One article, as a file whose exact bytes the quotes are checked against."""

    id: str = attrs.field(validator=_id_of("source"))
    file: str = attrs.field(validator=_non_empty)  # the article's file name
    sha256: str = attrs.field()
    title: str = attrs.field(validator=_non_empty)
    outlet: str | None = attrs.field(validator=attrs.validators.optional(_id_of("actor")))  # None: unknown
    outlet_basis: str = attrs.field(validator=_non_empty)  # how the outlet is known, or why it is not
    published: FuzzyDate | None
    published_basis: str = attrs.field(validator=_non_empty)  # the reasoning behind `published`
    language: str = attrs.field()
    kind: SourceKind
    derived_from: tuple[Derivation, ...] = attrs.field(default=(), validator=_no_duplicates)

    @sha256.validator
    def _check_sha256(self, _: attrs.Attribute[str], value: str) -> None:
        if not isinstance(value, str) or not _SHA256.match(value):
            raise InvalidField("sha256", f"sha256 must be 64 lowercase hex digits, got {value!r}")

    @language.validator
    def _check_language(self, _: attrs.Attribute[str], value: str) -> None:
        if not isinstance(value, str) or not _LANGUAGE.match(value):
            raise InvalidField("language", f"language must be an ISO 639 code, got {value!r}")

    @derived_from.validator
    def _check_kind(self, _: attrs.Attribute[tuple[Derivation, ...]], value: tuple[Derivation, ...]) -> None:
        needs = {
            SourceKind.TRANSLATION: DerivationKind.TRANSLATION_OF,
            SourceKind.REPUBLICATION: DerivationKind.REPUBLICATION_OF,
        }.get(self.kind)
        if needs is not None and not any(d.kind is needs for d in value):
            raise InvalidField(
                "derived_from", f"a {self.kind.value} must name what it is a {needs.value.split('-')[0]} of"
            )
        if self.kind is SourceKind.ORIGINAL and any(d.kind is not DerivationKind.RELAYS for d in value):
            raise InvalidField(
                "derived_from", "an original report can only relay, not translate or republish"
            )

    @property
    def origin(self) -> str:
        """The id that stands for this report's independent origin.

        A translation or republication shares its origin with the outlet it
        was derived from, so it does not count as independent corroboration.
        """
        for derivation in self.derived_from:
            if derivation.kind is not DerivationKind.RELAYS:
                return derivation.source or derivation.actor or self.id
        return self.id


# --------------------------------------------------------------------------- actors


@attrs.define(frozen=True)
class Alias:
    """Another name or spelling of an actor, with where it comes from."""

    name: str = attrs.field(validator=_non_empty)
    note: str | None = attrs.field(default=None, validator=_optional_non_empty)


@attrs.define(frozen=True)
class OfficeHeld:
    """An office an actor held, over a span, and how that span is known (Popolo's Membership)."""

    position: Position
    start: FuzzyDate | None
    end: FuzzyDate | None = attrs.field()
    basis: SpanBasis
    reference: str | None = attrs.field(default=None, validator=_optional_non_empty)

    @end.validator
    def _check_span(self, _: attrs.Attribute[FuzzyDate | None], value: FuzzyDate | None) -> None:
        if value is not None and self.start is not None and not value.after(self.start):
            raise InvalidField("end", f"office span ends ({value}) before it starts ({self.start})")

    @reference.validator
    def _check_reference(self, _: attrs.Attribute[str | None], value: str | None) -> None:
        if self.basis is not SpanBasis.STATED and value is None:
            raise InvalidField(
                "reference", f"an office span known by {self.basis.value} must name its reference"
            )


@attrs.define(frozen=True)
class Actor:
    """A person, state, organisation or media outlet."""

    id: str = attrs.field(validator=_id_of("actor"))
    kind: ActorKind = attrs.field()
    name: str = attrs.field(validator=_non_empty)
    aliases: tuple[Alias, ...] = attrs.field(default=(), validator=_no_duplicates)
    offices: tuple[OfficeHeld, ...] = attrs.field(default=(), validator=_no_duplicates)
    description: str | None = attrs.field(default=None, validator=_optional_non_empty)

    @kind.validator
    def _check_prefix(self, _: attrs.Attribute[ActorKind], value: ActorKind) -> None:
        prefix = ACTOR_PREFIX[value]
        if not self.id.startswith(prefix):
            raise InvalidField("id", f"a {value.value}'s id must start with {prefix!r}, got {self.id!r}")

    @property
    def names(self) -> tuple[str, ...]:
        """The canonical name followed by every alias."""
        return (self.name, *(alias.name for alias in self.aliases))


# --------------------------------------------------------------------------- agreements


@attrs.define(frozen=True)
class Signatory:
    """Who signed for which party, and the office they held when signing."""

    actor: str = attrs.field(validator=_id_of("actor"))
    position: Position
    party: str = attrs.field(validator=_id_of("actor"))


@attrs.define(frozen=True)
class Relation:
    kind: RelationKind
    target: str = attrs.field(validator=_id_of("agreement"))


@attrs.define(frozen=True)
class Agreement:
    """An agreement as this dataset resolves it from the claims that report it."""

    id: str = attrs.field(validator=_id_of("agreement"))
    kind: AgreementKind
    title: str = attrs.field(validator=_non_empty)
    parties: tuple[str, ...] = attrs.field(validator=_ids("actor"))
    signatories: tuple[Signatory, ...] = attrs.field(default=(), validator=_no_duplicates)
    signed: FuzzyDate | None = None
    place: str | None = attrs.field(default=None, validator=_optional_non_empty)
    provisions: tuple[str, ...] = attrs.field(default=(), validator=_strings)
    relations: tuple[Relation, ...] = attrs.field(default=(), validator=_no_duplicates)

    @parties.validator
    def _two_parties(self, _: attrs.Attribute[tuple[str, ...]], value: tuple[str, ...]) -> None:
        if len(value) < 2:
            raise InvalidField("parties", "an agreement needs at least two parties")

    @signatories.validator
    def _signatory_parties(
        self, _: attrs.Attribute[tuple[Signatory, ...]], value: tuple[Signatory, ...]
    ) -> None:
        for signatory in value:
            if signatory.party not in self.parties:
                raise InvalidField(
                    "signatories", f"signatory {signatory.actor} signs for {signatory.party}, not a party"
                )

    @relations.validator
    def _not_self(self, _: attrs.Attribute[tuple[Relation, ...]], value: tuple[Relation, ...]) -> None:
        if any(relation.target == self.id for relation in value):
            raise InvalidField("relations", "an agreement cannot be related to itself")


# --------------------------------------------------------------------------- claims


@attrs.define(frozen=True)
class DateValue:
    date: FuzzyDate


@attrs.define(frozen=True)
class ActorValue:
    """An actor, with the position it held where that matters (a signatory, an office)."""

    actor: str = attrs.field(validator=_id_of("actor"))
    position: Position | None = None


@attrs.define(frozen=True)
class PlaceValue:
    name: str = attrs.field(validator=_non_empty)


@attrs.define(frozen=True)
class QuantityValue:
    """A figure, exact or bounded: 'as many as 2,500' is ``high=2500``."""

    unit: str = attrs.field(validator=_non_empty)
    low: int | None = None
    high: int | None = attrs.field(default=None)

    @high.validator
    def _check_bounds(self, _: attrs.Attribute[int | None], value: int | None) -> None:
        if self.low is None and value is None:
            raise InvalidField("high", "a quantity needs a low or a high bound")
        if self.low is not None and value is not None and self.low > value:
            raise InvalidField("high", f"low bound {self.low} exceeds high bound {value}")


@attrs.define(frozen=True)
class TextValue:
    text: str = attrs.field(validator=_non_empty)


@attrs.define(frozen=True)
class AgreementValue:
    """Another agreement, and how the subject relates to it."""

    agreement: str = attrs.field(validator=_id_of("agreement"))
    relation: RelationKind = RelationKind.SIMILAR_TO


@attrs.define(frozen=True)
class EventValue:
    """A dated event: a visit, a withdrawal, a strike."""

    date: FuzzyDate
    description: str = attrs.field(validator=_non_empty)
    place: str | None = attrs.field(default=None, validator=_optional_non_empty)


ClaimValue = Union[  # noqa: UP007 - the union is a runtime object for cattrs
    DateValue, ActorValue, PlaceValue, QuantityValue, TextValue, AgreementValue, EventValue
]

#: The discriminator written for each member of :data:`ClaimValue`.
VALUE_TAGS: dict[type, str] = {
    DateValue: "date",
    ActorValue: "actor",
    PlaceValue: "place",
    QuantityValue: "quantity",
    TextValue: "text",
    AgreementValue: "agreement",
    EventValue: "event",
}

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


@attrs.define(frozen=True)
class Claim:
    """One thing one source asserts, with the verbatim words that support it."""

    id: str = attrs.field(validator=_id_of("claim"))
    source: str = attrs.field(validator=_id_of("source"))
    subject: str = attrs.field()
    predicate: Predicate
    value: ClaimValue = attrs.field()
    attribution: Attribution
    quote: str = attrs.field(validator=_non_empty)
    inferences: tuple[Inference, ...] = attrs.field(default=(), validator=_no_duplicates)
    standing: Standing = Standing.ACCEPTED
    reason: str | None = attrs.field(default=None, validator=_optional_non_empty)

    @subject.validator
    def _check_subject(self, _: attrs.Attribute[str], value: str) -> None:
        is_agreement = is_agreement_id(value)
        if not is_agreement and not (isinstance(value, str) and ID_PATTERNS["actor"].match(value)):
            raise InvalidField("subject", f"subject {value!r} is neither an agreement id nor an actor id")
        if is_agreement != (self.predicate in AGREEMENT_PREDICATES):
            wanted = "an agreement" if self.predicate in AGREEMENT_PREDICATES else "an actor"
            raise InvalidField("subject", f"predicate {self.predicate.value!r} needs {wanted} as subject")

    @value.validator
    def _check_value(self, _: attrs.Attribute[ClaimValue], value: ClaimValue) -> None:
        wanted = PREDICATE_VALUES[self.predicate]
        if type(value) is not wanted:
            raise InvalidField(
                "value",
                f"predicate {self.predicate.value!r} takes a {VALUE_TAGS[wanted]} value, "
                f"not {VALUE_TAGS.get(type(value), type(value).__name__)}",
            )
        if self.predicate is Predicate.SIGNATORY and isinstance(value, ActorValue) and value.position is None:
            raise InvalidField("value", "a signatory claim must give the position the signatory held")

    @reason.validator
    def _check_reason(self, _: attrs.Attribute[str | None], value: str | None) -> None:
        if self.standing is Standing.DISPUTED and value is None:
            raise InvalidField("reason", "a disputed claim must state why")


# --------------------------------------------------------------------------- corrections


@attrs.define(frozen=True)
class Correction:
    """A correction of a claim: the publisher's own, or this dataset's editors'.

    ``target`` is the claim corrected; ``replacement`` the claim that states
    the corrected fact, where there is one.
    """

    id: str = attrs.field(validator=_id_of("correction"))
    kind: CorrectionKind
    target: str = attrs.field(validator=_id_of("claim"))
    before: str = attrs.field(validator=_non_empty)
    after: str = attrs.field(validator=_non_empty)
    reason: str = attrs.field(validator=_non_empty)
    source: str | None = attrs.field(default=None, validator=attrs.validators.optional(_id_of("source")))
    by: str | None = attrs.field(default=None, validator=attrs.validators.optional(_id_of("actor")))
    date: FuzzyDate | None = None
    replacement: str | None = attrs.field(default=None, validator=attrs.validators.optional(_id_of("claim")))
    evidence: tuple[Evidence, ...] = attrs.field(default=(), validator=_no_duplicates)

    @evidence.validator
    def _check_kind(self, _: attrs.Attribute[tuple[Evidence, ...]], value: tuple[Evidence, ...]) -> None:
        if self.kind is CorrectionKind.PUBLISHER and self.source is None:
            raise InvalidField("source", "a publisher correction must name the source that carries it")
        if self.kind is CorrectionKind.EDITORIAL and not value:
            raise InvalidField("evidence", "an editorial correction must cite evidence")
        if self.replacement is not None and self.replacement == self.target:
            raise InvalidField("replacement", "a correction cannot replace a claim with itself")
