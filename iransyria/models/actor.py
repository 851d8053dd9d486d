"""Actors (people, states, organisations, outlets) and the offices they hold.

An office held is a Popolo membership: a position, a span, and how that span
is known.
"""

from __future__ import annotations

import enum

import attrs

from iransyria.dates import FuzzyDate
from iransyria.display import describe
from iransyria.errors import InvalidField
from iransyria.models.common import (
    all_of,
    brief_repr,
    id_of,
    no_duplicates,
    non_empty,
    optional,
    optional_non_empty,
)

__all__ = [
    "ACTOR_PREFIX",
    "Actor",
    "ActorKind",
    "Alias",
    "OfficeHeld",
    "OfficeTitle",
    "Position",
    "SpanBasis",
]


class ActorKind(enum.Enum):
    # Identity is a member's hash, computed in C (see :class:`~iransyria.models.predicates.Predicate`).
    __hash__ = object.__hash__

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


#: Read once: an enum member look-up is a Python-level call.
_STATED = SpanBasis.STATED


@attrs.define(frozen=True)
class Position:
    """An office, such as Iran's 'Minister of Defence'."""

    title: str = attrs.field(validator=non_empty)
    of: str = attrs.field(validator=id_of("actor"))  # the state or organisation

    def __str__(self) -> str:
        return self.title


@attrs.define(frozen=True)
class OfficeTitle:
    """An office's title as the records give it, and the other names papers call it by.

    'Defence Minister', 'defence chief' and 'Minister of Defense' all name the
    'Minister of Defence' of whichever state: the title, not the state, is what
    a variant names (the state comes from the person, or is given).
    """

    title: str = attrs.field(validator=non_empty)
    variants: tuple[str, ...] = attrs.field(default=(), validator=no_duplicates)


@attrs.define(frozen=True)
class Alias:
    """Another name or spelling of an actor, with where it comes from."""

    name: str = attrs.field(validator=non_empty)
    note: str | None = attrs.field(default=None, validator=optional_non_empty)


def _reference_named(office: OfficeHeld, _: attrs.Attribute[str | None], value: str | None) -> None:
    if office.basis is not _STATED and value is None:
        raise InvalidField(
            "reference", f"an office span known by {office.basis.value} must name its reference"
        )


@attrs.define(frozen=True)
class OfficeHeld:
    """An office an actor held, over a span, and how that span is known (Popolo's Membership)."""

    position: Position
    start: FuzzyDate | None
    end: FuzzyDate | None = attrs.field()
    basis: SpanBasis
    reference: str | None = attrs.field(default=None, validator=all_of(optional_non_empty, _reference_named))

    @end.validator
    def _check_span(self, _: attrs.Attribute[FuzzyDate | None], value: FuzzyDate | None) -> None:
        if value is not None and self.start is not None and not value.after(self.start):
            raise InvalidField("end", f"office span ends ({value}) before it starts ({self.start})")


def _not_own_voice(actor: Actor, _: attrs.Attribute[str | None], value: str | None) -> None:
    if value == actor.id:
        raise InvalidField("voice_of", "an actor cannot be the voice of itself")


@attrs.define(frozen=True)
class Actor:
    """A person, state, organisation or media outlet."""

    id: str = attrs.field(validator=id_of("actor"))
    __repr__ = brief_repr("id", "kind", "name")  # the full record: attrs.asdict, the JSON
    kind: ActorKind = attrs.field()
    name: str = attrs.field(validator=non_empty)
    aliases: tuple[Alias, ...] = attrs.field(default=(), validator=no_duplicates)
    offices: tuple[OfficeHeld, ...] = attrs.field(default=(), validator=no_duplicates)
    description: str | None = attrs.field(default=None, validator=optional_non_empty)
    #: The body whose voice this actor carries, for counting independent
    #: origins: Tasnim and IRNA are both Iranian state media, so two reports
    #: relaying them are one origin, not two.
    voice_of: str | None = attrs.field(
        default=None, validator=all_of(optional(id_of("actor")), _not_own_voice)
    )

    @kind.validator
    def _check_prefix(self, _: attrs.Attribute[ActorKind], value: ActorKind) -> None:
        prefix = ACTOR_PREFIX[value]
        if not self.id.startswith(prefix):
            raise InvalidField(
                "id", f"a {value.value}'s id must start with {prefix!r}, found {describe(self.id)}"
            )

    @property
    def names(self) -> tuple[str, ...]:
        """The canonical name followed by every alias."""
        return (self.name, *(alias.name for alias in self.aliases))
