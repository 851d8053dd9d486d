"""Claims: one thing one source asserts, with its provenance.

A claim is a Wikidata-style statement with a standing (rank), never deleted
when wrong; its provenance is a nanopublication-style chain (source,
attribution inside it, verbatim quote, inference notes).
"""

from __future__ import annotations

import enum

import attrs

from iransyria.dates import FuzzyDate
from iransyria.display import describe
from iransyria.errors import InvalidField
from iransyria.models.common import (
    ID_PATTERNS,
    VALIDATOR_SCHEMAS,
    all_of,
    brief_repr,
    char_offset,
    id_of,
    is_id,
    no_duplicates,
    non_empty,
    optional,
    optional_non_empty,
)
from iransyria.models.predicates import AGREEMENT_PREDICATES, EVENT_PREDICATES, PREDICATE_VALUES, Predicate
from iransyria.models.values import VALUE_TAGS, ActorValue, ClaimValue, RecordValue

__all__ = [
    "Attribution",
    "AttributionKind",
    "Claim",
    "Inference",
    "Standing",
    "subject_kind",
]


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


# Members read once: ``Standing.DISPUTED`` is a look-up through the enum's metaclass (about 70 ns),
# which the validators below would pay for every claim.
_DISPUTED = Standing.DISPUTED
_SIGNATORY, _RANK = Predicate.SIGNATORY, Predicate.RANK
_HOLDS_OFFICE, _CONCERNS = Predicate.HOLDS_OFFICE, Predicate.CONCERNS


@attrs.define(frozen=True)
class Inference:
    """A part of a claim that the source does not state outright, and how it was reached."""

    part: str = attrs.field(validator=non_empty)  # e.g. 'year', 'signatory'
    how: str = attrs.field(validator=non_empty)


@attrs.define(frozen=True)
class Attribution:
    """Who makes a claim inside its source: the outlet, a relayed agency, an official."""

    kind: AttributionKind
    actor: str | None = attrs.field(default=None, validator=optional(id_of("actor")))
    note: str | None = attrs.field(default=None, validator=optional_non_empty)


def subject_kind(predicate: Predicate) -> str:
    """What a claim with this predicate is about: an 'agreement', an 'event' or an 'actor'."""
    if predicate in AGREEMENT_PREDICATES:
        return "agreement"
    if predicate in EVENT_PREDICATES:
        return "event"
    return "actor"


#: The whole-match of each predicate's subject id (:func:`subject_kind`), looked up once per claim.
_SUBJECT_MATCH = {predicate: ID_PATTERNS[subject_kind(predicate)].fullmatch for predicate in Predicate}


def _reason_stated(claim: Claim, _: attrs.Attribute[str | None], value: str | None) -> None:
    if claim.standing is _DISPUTED and value is None:
        raise InvalidField("reason", "a disputed claim must state why")


@attrs.define(frozen=True)
class Claim:
    """One thing one source asserts, with the verbatim words that support it."""

    id: str = attrs.field(validator=id_of("claim"))
    __repr__ = brief_repr("id", "source", "subject", "predicate", "standing")  # the full record: attrs.asdict, the JSON
    source: str = attrs.field(validator=id_of("source"))
    subject: str = attrs.field()
    predicate: Predicate
    value: ClaimValue = attrs.field()
    attribution: Attribution
    quote: str = attrs.field(validator=non_empty)
    inferences: tuple[Inference, ...] = attrs.field(default=(), validator=no_duplicates)
    standing: Standing = Standing.ACCEPTED
    reason: str | None = attrs.field(default=None, validator=all_of(optional_non_empty, _reason_stated))
    # Wikidata's time qualifiers, for a holds-office claim: when the office was held.
    point_in_time: FuzzyDate | None = attrs.field(default=None)
    start_time: FuzzyDate | None = attrs.field(default=None)
    end_time: FuzzyDate | None = attrs.field(default=None)
    #: Where ``quote`` starts in the article's text, in characters (code points of the
    #: UTF-8-decoded file) from 0; None where not recorded. Rule IS805 checks it.
    offset: int | None = attrs.field(default=None, validator=char_offset)

    @subject.validator
    def _check_subject(self, _: attrs.Attribute[str], value: str) -> None:
        if isinstance(value, str) and _SUBJECT_MATCH[self.predicate](value) is not None:
            return
        wanted = subject_kind(self.predicate)
        if not is_id(wanted, value):
            raise InvalidField(
                "subject",
                f"predicate {self.predicate.value!r} needs {'an' if wanted[0] in 'aeiou' else 'a'} {wanted} id "
                f"as subject, found {describe(value)}",
            )

    @value.validator
    def _check_value(self, _: attrs.Attribute[ClaimValue], value: ClaimValue) -> None:
        wanted = PREDICATE_VALUES[self.predicate]
        if (
            type(value) is wanted
            and wanted is not RecordValue
            and (wanted is not ActorValue or value.position is not None)  # type: ignore[union-attr]
        ):
            return  # the common case, decided at once: what follows concerns other cases only
        if type(value) is not wanted:
            raise InvalidField(
                "value",
                f"predicate {self.predicate.value!r} takes a {VALUE_TAGS[wanted]} value, "
                f"not {VALUE_TAGS.get(type(value), type(value).__name__)}",
            )
        if self.predicate is _SIGNATORY and isinstance(value, ActorValue) and value.position is None:
            raise InvalidField("value", "a signatory claim must give the position the signatory held")
        if self.predicate is _RANK and isinstance(value, ActorValue) and value.position is None:
            raise InvalidField("value", "a rank claim must give the rank as the position")
        if isinstance(value, RecordValue):
            target = "agreement" if self.predicate is _CONCERNS else "event"
            if not is_id(target, value.id):
                raise InvalidField(
                    "value",
                    f"predicate {self.predicate.value!r} links to an {target} id, found {describe(value.id)}",
                )

    @end_time.validator
    def _check_qualifiers(self, _: attrs.Attribute[FuzzyDate | None], value: FuzzyDate | None) -> None:
        qualified = self.point_in_time is not None or self.start_time is not None or value is not None
        if qualified and self.predicate is not _HOLDS_OFFICE:
            raise InvalidField("point_in_time", "time qualifiers belong to holds-office claims only")
        if self.point_in_time is not None and (self.start_time is not None or value is not None):
            raise InvalidField("point_in_time", "give a point in time or a start/end time, not both")
        if value is not None and self.start_time is not None and not value.after(self.start_time):
            raise InvalidField("end_time", f"ends ({value}) before it starts ({self.start_time})")

    @property
    def when(self) -> tuple[FuzzyDate | None, FuzzyDate | None]:
        """The time a holds-office claim speaks of, as a (first, last) pair; (None, None) when undated.

        A point in time is both ends; a start or end time alone leaves the other open.
        """
        if self.point_in_time is not None:
            return self.point_in_time, self.point_in_time
        return self.start_time, self.end_time


VALIDATOR_SCHEMAS[Claim._check_subject] = {
    "pattern": "^(?:"
    + "|".join(ID_PATTERNS[kind].pattern for kind in ("agreement", "actor", "event"))
    + ")(?![\\s\\S])"
}
