"""The typed values a claim can carry, and the tag each is written with."""

from __future__ import annotations

import enum
from typing import Any, Union

import attrs

from iransyria.dates import FuzzyDate
from iransyria.display import describe
from iransyria.errors import InvalidField
from iransyria.models.actor import Position
from iransyria.models.agreement import AgreementKind, RelationKind
from iransyria.models.common import ID_PATTERNS, VALIDATOR_SCHEMAS, id_of, is_id, non_empty
from iransyria.models.event import EventKind, Role

__all__ = [
    "VALUE_TAGS",
    "ActorValue",
    "AgreementKindValue",
    "AgreementValue",
    "ClaimValue",
    "DateValue",
    "EventKindValue",
    "ParticipantValue",
    "PlaceValue",
    "ProvisionValue",
    "QuantityValue",
    "RecordValue",
    "StatementValue",
    "TextValue",
    "Wording",
]


@attrs.define(frozen=True)
class DateValue:
    date: FuzzyDate


@attrs.define(frozen=True)
class ActorValue:
    """An actor, with the position it held where that matters (a signatory, an office)."""

    actor: str = attrs.field(validator=id_of("actor"))
    position: Position | None = None


@attrs.define(frozen=True)
class PlaceValue:
    name: str = attrs.field(validator=non_empty)


@attrs.define(frozen=True)
class QuantityValue:
    """A figure, exact or bounded: 'as many as 2,500' is ``high=2500``.

    ``as_of`` is the time the figure describes ('today', 'the past 9 years'
    to the article's date); ``None`` where the source gives no time and its
    publication date stands in for it. Two figures in the same unit are
    comparable when their times may coincide.
    """

    unit: str = attrs.field(validator=non_empty)
    low: int | None = None
    high: int | None = attrs.field(default=None)
    as_of: FuzzyDate | None = None

    @high.validator
    def _check_bounds(self, _: attrs.Attribute[int | None], value: int | None) -> None:
        if self.low is None and value is None:
            raise InvalidField("high", "a quantity needs a low or a high bound")
        if self.low is not None and value is not None and self.low > value:
            raise InvalidField("high", f"low bound {self.low} exceeds high bound {value}")


@attrs.define(frozen=True)
class ProvisionValue:
    """A provision of the agreement, by its id, in this source's own wording."""

    provision: str = attrs.field(validator=id_of("provision"))
    text: str = attrs.field(validator=non_empty)


@attrs.define(frozen=True)
class AgreementKindValue:
    """What kind of agreement the source reports it as (the :class:`AgreementKind`)."""

    kind: AgreementKind


@attrs.define(frozen=True)
class TextValue:
    text: str = attrs.field(validator=non_empty)


@attrs.define(frozen=True)
class AgreementValue:
    """Another agreement, and how the subject relates to it."""

    agreement: str = attrs.field(validator=id_of("agreement"))
    relation: RelationKind = RelationKind.SIMILAR_TO


class Wording(enum.Enum):
    """Whose words a statement claim's text is."""

    QUOTED = "quoted"  # the speaker's words, inside the source's quotation marks
    PARAPHRASED = "paraphrased"  # the source's own words for what was said


@attrs.define(frozen=True)
class StatementValue:
    """What a speaker said, in this source's wording (one source's version of a remark)."""

    speaker: str = attrs.field(validator=id_of("actor"))
    text: str = attrs.field(validator=non_empty)
    wording: Wording = Wording.QUOTED


@attrs.define(frozen=True)
class ParticipantValue:
    """An actor taking part in an event, its role, and the office it held then (if given)."""

    actor: str = attrs.field(validator=id_of("actor"))
    role: Role
    position: Position | None = None


@attrs.define(frozen=True)
class EventKindValue:
    """What kind of happening the source reports the event as."""

    kind: EventKind


def _record_id(_: Any, attribute: attrs.Attribute[str], value: str) -> None:
    if not (is_id("agreement", value) or is_id("event", value)):
        raise InvalidField(
            attribute.name,
            f"expected an agreement id (agr-…) or an event id (evt-…), found {describe(value)}",
        )


VALIDATOR_SCHEMAS[_record_id] = {
    "pattern": f"^(?:{ID_PATTERNS['agreement'].pattern}|{ID_PATTERNS['event'].pattern})(?![\\s\\S])"
}


@attrs.define(frozen=True)
class RecordValue:
    """Another record the subject links to: the agreement an event concerns, the event it was part of."""

    id: str = attrs.field(validator=_record_id)


ClaimValue = Union[  # noqa: UP007 - the union is a runtime object for cattrs
    DateValue,
    ActorValue,
    PlaceValue,
    QuantityValue,
    TextValue,
    AgreementValue,
    StatementValue,
    ParticipantValue,
    EventKindValue,
    RecordValue,
    ProvisionValue,
    AgreementKindValue,
]


#: The discriminator written for each member of :data:`ClaimValue`.
VALUE_TAGS: dict[type, str] = {
    DateValue: "date",
    ActorValue: "actor",
    PlaceValue: "place",
    QuantityValue: "quantity",
    TextValue: "text",
    AgreementValue: "agreement",
    StatementValue: "statement",
    ParticipantValue: "participant",
    EventKindValue: "event-kind",
    RecordValue: "record",
    ProvisionValue: "provision",
    AgreementKindValue: "agreement-kind",
}
