"""What the question families share: the shipped-dataset default, field names, ranks, who a claim is about."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TypeVar

from iransyria.dataset import Dataset, agreement_actors, claim_actors
from iransyria.models import (
    FIELD_PREDICATES,
    Actor,
    ActorValue,
    Agreement,
    Claim,
    ClaimValue,
    Correction,
    ParticipantValue,
    Source,
    Standing,
    StatementValue,
)

__all__ = [
    "FIELDS",
    "FIELD_PREDICATES",
    "MULTI_VALUED",
    "OVERTURNED",
    "STANDING_RANK",
    "RecordT",
    "agreement_actors",
    "claim_actors",
    "given_or_shipped",
    "mentions_actor",
    "named_id",
    "value_actors",
]


RecordT = TypeVar("RecordT", Source, Actor, Agreement, Claim, Correction)


#: The claim-backed fields of an agreement, in display order.
FIELDS: tuple[str, ...] = tuple(FIELD_PREDICATES)


#: Fields that hold several values (one per party, signatory, provision, relation).
MULTI_VALUED: frozenset[str] = frozenset({"parties", "signatories", "provisions", "relations"})


# Wikidata-style rank: lower is better.
STANDING_RANK: Mapping[Standing, int] = {
    Standing.ACCEPTED: 0,
    Standing.DISPUTED: 1,
    Standing.REFUTED: 2,
    Standing.SUPERSEDED: 2,
}


OVERTURNED = frozenset({Standing.REFUTED, Standing.SUPERSEDED})


def given_or_shipped(dataset: Dataset | None) -> Dataset:
    if dataset is not None:
        return dataset
    from iransyria.data import shipped

    return shipped()


#: What a filter that names no record becomes: an id no record has, so the filter keeps nothing.
_NO_RECORD = "\x00no such record"


def named_id(kind: str, wanted: str | None, data: Dataset) -> str | None:
    """The id a filter names: an id in any case, a name, an alias or a spelling (None: no filter).

    A filter that names no record keeps nothing; one that names several
    raises :class:`~iransyria.queries.names.Ambiguous`, listing them.
    """
    if wanted is None:
        return None
    index = {
        "actor": data.actor_index,
        "agreement": data.agreement_index,
        "source": data.source_index,
        "claim": data.claim_index,
        "correction": data.correction_index,
    }[kind]
    if wanted in index:
        return wanted
    from iransyria.queries.names import find_one

    found = find_one(kind, wanted, data)
    return _NO_RECORD if found is None else found


def value_actors(value: ClaimValue) -> tuple[str, ...]:
    if isinstance(value, (ActorValue, ParticipantValue)):
        return (value.actor,) if value.position is None else (value.actor, value.position.of)
    if isinstance(value, StatementValue):
        return (value.speaker,)
    return ()


def mentions_actor(claim: Claim, actor_id: str) -> bool:
    """Whether the claim is about the actor: as its subject or as the actor its value names."""
    return actor_id in claim_actors(claim)

