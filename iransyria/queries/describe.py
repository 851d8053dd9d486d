"""Claim values and offices in words, the one rendering the command line and the rules' messages share."""

from __future__ import annotations

from collections.abc import Mapping

from iransyria.models import (
    ActorValue,
    AgreementKindValue,
    AgreementValue,
    ClaimValue,
    DateValue,
    EventKindValue,
    ParticipantValue,
    PlaceValue,
    Position,
    ProvisionValue,
    QuantityValue,
    RecordValue,
    StatementValue,
    TextValue,
    Wording,
)

__all__ = [
    "describe_position",
    "describe_value",
]


def _quantity(value: QuantityValue) -> str:
    if value.low is not None and value.high is not None:
        amount = f"{value.low:,}" if value.low == value.high else f"{value.low:,} to {value.high:,}"
    elif value.low is not None:
        amount = f"at least {value.low:,}"
    else:
        amount = f"up to {value.high:,}"
    return f"{amount} {value.unit}"


def describe_value(value: ClaimValue, names: Mapping[str, str] | None = None, *, quote: bool = False) -> str:
    """A claim value in words, the one rendering the command line and the rules' messages share.

    ``names`` maps actor ids to display names: an actor it names reads
    ``Amir Hatami (per-amir-hatami)`` and an office ``Minister of Defence,
    Iran``; without it (or for an id it lacks) actors read as their ids.
    ``quote`` puts texts, places and event descriptions in quotes
    (``'Damascus'``), for messages where a value sits inside a sentence.
    Dates are EDTF at their precision; quantities read ``2,500``, ``1,000 to
    2,000``, ``at least 10`` or ``up to 2,500``, then the unit.
    """

    def words(text: str) -> str:
        return repr(text) if quote else text

    def actor(id: str) -> str:
        name = None if names is None else names.get(id)
        return id if name is None else f"{name} ({id})"

    if isinstance(value, ActorValue):
        if value.position is None:
            return actor(value.actor)
        return f"{actor(value.actor)}, {describe_position(value.position, names)}"
    if isinstance(value, DateValue):
        return str(value.date)
    if isinstance(value, PlaceValue):
        return words(value.name)
    if isinstance(value, TextValue):
        return words(value.text)
    if isinstance(value, ProvisionValue):
        return f"{value.provision}: {words(value.text)}"
    if isinstance(value, AgreementKindValue):
        return value.kind.value
    if isinstance(value, AgreementValue):
        return f"{value.relation.value} {value.agreement}"
    if isinstance(value, QuantityValue):
        return _quantity(value)
    if isinstance(value, StatementValue):
        said = "said" if value.wording is Wording.QUOTED else "said (paraphrased)"
        return f"{actor(value.speaker)} {said}: {words(value.text)}"
    if isinstance(value, ParticipantValue):
        held = "" if value.position is None else f", {describe_position(value.position, names)}"
        return f"{actor(value.actor)} as {value.role.value}{held}"
    if isinstance(value, EventKindValue):
        return value.kind.value
    if isinstance(value, RecordValue):
        return value.id
    raise AssertionError(f"unknown claim value {value!r}")  # pragma: no cover


def describe_position(position: Position, names: Mapping[str, str] | None = None) -> str:
    """An office in words, as :func:`describe_value` writes it: ``Minister of Defence, Iran``."""
    of = position.of if names is None else names.get(position.of, position.of)
    return f"{position.title}, {of}"
