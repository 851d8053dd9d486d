"""The typed values a claim can carry, and the tag each is written with."""

from __future__ import annotations

from typing import Union

import attrs

from iransyria.dates import FuzzyDate
from iransyria.errors import InvalidField
from iransyria.models.actor import Position
from iransyria.models.agreement import RelationKind
from iransyria.models.common import _id_of, _non_empty, _optional_non_empty

__all__ = [
    "VALUE_TAGS",
    "ActorValue",
    "AgreementValue",
    "ClaimValue",
    "DateValue",
    "EventValue",
    "PlaceValue",
    "QuantityValue",
    "TextValue",
]


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
