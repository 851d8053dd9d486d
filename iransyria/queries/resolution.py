"""The claims behind an agreement's fields and the best-supported value of each.

Values rank as Wikidata ranks statements: by the best standing among their
claims, then by how many independent origins report them
(:meth:`Dataset.origin`), then by how many claims; the values that disagree
with the best stay visible.
"""

from __future__ import annotations

from typing import Any

import attrs

from iransyria.dataset import Dataset
from iransyria.models import (
    FIELD_PREDICATES,
    ActorValue,
    AgreementValue,
    Claim,
    ClaimValue,
    DateValue,
    PlaceValue,
    Predicate,
    ProvisionValue,
    Standing,
    TextValue,
    normalize,
)
from iransyria.queries.common import (
    FIELDS,
    MULTI_VALUED,
    STANDING_RANK,
    given_or_shipped,
)

__all__ = [
    "FieldValue",
    "Resolution",
    "best_value",
    "claims_behind",
    "field_claims",
    "resolve",
]


def _predicate_of(field: str) -> Predicate:
    try:
        return FIELD_PREDICATES[field]
    except KeyError:
        raise ValueError(f"unknown agreement field {field!r}: expected one of {', '.join(FIELDS)}") from None


def claims_behind(agreement_id: str, field: str, dataset: Dataset | None = None) -> tuple[Claim, ...]:
    """Every claim about the agreement that reports a value of ``field``, whatever its standing."""
    predicate = _predicate_of(field)
    about = given_or_shipped(dataset).claims_by_subject.get(agreement_id, ())
    return tuple(c for c in about if c.predicate is predicate)


def field_claims(agreement_id: str, dataset: Dataset | None = None) -> dict[str, tuple[Claim, ...]]:
    """The claims behind each field of the agreement, in :data:`FIELDS` order."""
    data = given_or_shipped(dataset)
    return {field: claims_behind(agreement_id, field, data) for field in FIELDS}


@attrs.define(frozen=True)
class FieldValue:
    """One value reported for a field, the claims reporting it and their independent origins."""

    value: ClaimValue
    standing: Standing  # the best standing among the claims
    origins: tuple[str, ...]  # distinct Dataset.origin of the claims' sources
    claims: tuple[str, ...]  # claim ids


@attrs.define(frozen=True)
class Resolution:
    """The best-supported value of one slot of an agreement field, and the rest.

    A single-valued field (kind, signed, place) has one slot; a multi-valued
    field has one per party, signatory, provision or related agreement.
    ``alternatives`` are the other values reported for the slot, best first;
    ``disagreeing`` the claims among them that contradict the best value (a
    date that may be the same day, such as a coarser one, does not).
    """

    agreement: str
    field: str
    best: FieldValue
    alternatives: tuple[FieldValue, ...] = ()
    disagreeing: tuple[str, ...] = ()


def _slot(value: ClaimValue) -> Any:
    """Which value of a multi-valued field a value is: one party, signatory, provision, relation."""
    if isinstance(value, ActorValue):
        return value.actor
    if isinstance(value, ProvisionValue):
        return value.provision
    if isinstance(value, AgreementValue):
        return value.agreement
    return None


def _same(value: ClaimValue) -> Any:
    """What makes two values one reported value: a provision is its id, whatever each source's words."""
    if isinstance(value, ProvisionValue):
        return value.provision
    return value


def _value_key(value: ClaimValue) -> tuple[Any, ...]:
    """A deterministic order for values that tie on standing and support."""
    if isinstance(value, DateValue):
        return (value.date.latest - value.date.earliest, str(value.date))
    from iransyria.serialization import unstructure

    return (0, repr(sorted(unstructure(value).items())))


def _disagrees(best: ClaimValue, other: ClaimValue) -> bool:
    if isinstance(best, DateValue) and isinstance(other, DateValue):
        return not best.date.same_day(other.date)
    if isinstance(best, TextValue) and isinstance(other, TextValue):
        return normalize(best.text) != normalize(other.text)
    if isinstance(best, ProvisionValue) and isinstance(other, ProvisionValue):
        return best.provision != other.provision
    if isinstance(best, PlaceValue) and isinstance(other, PlaceValue):
        return normalize(best.name) != normalize(other.name)
    return best != other


def resolve(agreement_id: str, field: str, dataset: Dataset | None = None) -> tuple[Resolution, ...]:
    """The best-supported value of each slot of the field, with the values that compete with it.

    Values rank by best standing (accepted > disputed > refuted or
    superseded), then by the number of independent origins
    (:meth:`Dataset.origin`: a republication of a translation counts with
    the original), then by the number of claims; a narrower date wins a
    remaining tie. A single-valued field (kind, signed, place) is one slot,
    so every value reported for it competes; a multi-valued field has a
    slot per party, signatory, related agreement or provision (a
    provision by its id: each source keeps its own wording, and the value
    shown is the first claim's). Texts and places that differ only
    in case or spacing do not disagree.
    """
    data = given_or_shipped(dataset)
    multi = field in MULTI_VALUED
    slots: dict[Any, dict[Any, list[Claim]]] = {}
    for c in claims_behind(agreement_id, field, data):
        key = _slot(c.value) if multi else None
        slots.setdefault(key, {}).setdefault(_same(c.value), []).append(c)
    resolutions = []
    for grouped in slots.values():
        ranked = sorted(
            (
                FieldValue(
                    value=group[0].value,
                    standing=min((c.standing for c in group), key=STANDING_RANK.__getitem__),
                    origins=data.origins(group),
                    claims=tuple(c.id for c in group),
                )
                for group in grouped.values()
            ),
            key=lambda v: (STANDING_RANK[v.standing], -len(v.origins), -len(v.claims), _value_key(v.value)),
        )
        best, *rest = ranked
        disagreeing = tuple(
            claim_id for other in rest if _disagrees(best.value, other.value) for claim_id in other.claims
        )
        resolutions.append(Resolution(agreement_id, field, best, tuple(rest), disagreeing))
    return tuple(resolutions)


def best_value(agreement_id: str, field: str, dataset: Dataset | None = None) -> Resolution | None:
    """The best-supported value of a single-valued field (kind, signed, place), or None if unreported.

    Multi-valued fields have one best value per slot: use :func:`resolve`.
    """
    if field in MULTI_VALUED:
        raise ValueError(f"{field!r} holds several values: use resolve() for one resolution per value")
    found = resolve(agreement_id, field, dataset)
    return found[0] if found else None
