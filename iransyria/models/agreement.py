"""Agreements, as this dataset resolves them from the claims that report them."""

from __future__ import annotations

import enum

import attrs

from iransyria.dates import FuzzyDate
from iransyria.errors import InvalidField
from iransyria.models.actor import Position
from iransyria.models.common import (
    all_of,
    brief_repr,
    id_of,
    ids_of,
    no_duplicates,
    non_empty,
    optional_non_empty,
)

__all__ = [
    "Agreement",
    "AgreementKind",
    "Provision",
    "Relation",
    "RelationKind",
    "Signatory",
]


class AgreementKind(enum.Enum):
    MILITARY_COOPERATION = "military-cooperation"
    ECONOMIC_COOPERATION = "economic-cooperation"


class RelationKind(enum.Enum):
    """How one agreement relates to another."""

    SIMILAR_TO = "similar-to"
    FOLLOWS = "follows"


@attrs.define(frozen=True)
class Signatory:
    """Who signed for which party, and the office they held when signing."""

    actor: str = attrs.field(validator=id_of("actor"))
    position: Position
    party: str = attrs.field(validator=id_of("actor"))


@attrs.define(frozen=True)
class Provision:
    """One thing an agreement provides for: an id, and this dataset's summary of it.

    Sources word the same provision differently; each ``provision`` claim
    names the provision's id and keeps its own source's wording, so sources
    are joined by the id, never by making their words identical.
    """

    id: str = attrs.field(validator=id_of("provision"))
    summary: str = attrs.field(validator=non_empty)

    def __str__(self) -> str:
        return self.summary


@attrs.define(frozen=True)
class Relation:
    kind: RelationKind
    target: str = attrs.field(validator=id_of("agreement"))


def _two_parties(agreement: Agreement, _: attrs.Attribute[tuple[str, ...]], value: tuple[str, ...]) -> None:
    if len(value) < 2:
        raise InvalidField("parties", "an agreement needs at least two parties")


def _signatory_parties(
    agreement: Agreement, _: attrs.Attribute[tuple[Signatory, ...]], value: tuple[Signatory, ...]
) -> None:
    for signatory in value:
        if signatory.party not in agreement.parties:
            raise InvalidField(
                "signatories", f"signatory {signatory.actor} signs for {signatory.party}, not a party"
            )


def _distinct_provision_ids(
    agreement: Agreement, _: attrs.Attribute[tuple[Provision, ...]], value: tuple[Provision, ...]
) -> None:
    ids = [provision.id for provision in value]
    if len(set(ids)) != len(ids):
        raise InvalidField("provisions", "lists the same provision id twice")


def _not_related_to_itself(
    agreement: Agreement, _: attrs.Attribute[tuple[Relation, ...]], value: tuple[Relation, ...]
) -> None:
    if any(relation.target == agreement.id for relation in value):
        raise InvalidField("relations", "an agreement cannot be related to itself")


@attrs.define(frozen=True)
class Agreement:
    """An agreement as this dataset resolves it from the claims that report it."""

    id: str = attrs.field(validator=id_of("agreement"))
    __repr__ = brief_repr("id", "kind", "title", "signed")  # the full record: attrs.asdict, the JSON
    kind: AgreementKind
    title: str = attrs.field(validator=non_empty)
    parties: tuple[str, ...] = attrs.field(validator=all_of(ids_of("actor"), _two_parties))
    signatories: tuple[Signatory, ...] = attrs.field(
        default=(), validator=all_of(no_duplicates, _signatory_parties)
    )
    signed: FuzzyDate | None = None
    place: str | None = attrs.field(default=None, validator=optional_non_empty)
    provisions: tuple[Provision, ...] = attrs.field(
        default=(), validator=all_of(no_duplicates, _distinct_provision_ids)
    )
    relations: tuple[Relation, ...] = attrs.field(
        default=(), validator=all_of(no_duplicates, _not_related_to_itself)
    )
