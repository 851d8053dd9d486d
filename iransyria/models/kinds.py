"""The record kinds: every table of a dataset, declared once.

Each :class:`RecordKind` says what the rest of the package needs to know of
one kind of record: its name (``claim``: the word in messages, the JSON Lines
``record`` tag), its table (``claims``: the :class:`~iransyria.dataset.Dataset`
attribute, the key in the JSON export, the CSV file), its record class, its
id's prefixes, pattern and an example, what its CSV table holds, the field
that names a record for people, and the fields that refer to records of other
kinds (:class:`Link`).

:data:`KINDS` holds them in export order. The dataset, the reader and
writers, the merge, the identity rules, the exports, excerpts, the schema and
``iransyria show`` read it instead of spelling the tables out, so a new kind
of record is its model module and one :func:`register_kind` call (see
``docs/architecture.md``, "A new record kind").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import attrs

from iransyria.models.actor import Actor
from iransyria.models.agreement import Agreement
from iransyria.models.claim import Claim
from iransyria.models.common import ID_EXAMPLES, ID_PATTERNS, ID_PREFIXES
from iransyria.models.correction import Correction
from iransyria.models.event import Event
from iransyria.models.reference_fact import ReferenceFact
from iransyria.models.source import Source

__all__ = [
    "ACTOR",
    "AGREEMENT",
    "CLAIM",
    "CORRECTION",
    "EVENT",
    "KINDS",
    "REFERENCE",
    "SOURCE",
    "Kinds",
    "Link",
    "RecordKind",
    "register_kind",
]


@attrs.frozen
class Link:
    """A field of a record that holds the id (or a tuple of ids) of records of other kinds.

    ``kinds`` are the kinds' names; more than one when the id's prefix says
    which (a claim's subject: an agreement, an event or an actor). A scalar
    link to one kind is a foreign key of the CSV export's Table Schema unless
    ``foreign_key`` is False.
    """

    field: str
    kinds: tuple[str, ...]
    foreign_key: bool = True


@attrs.frozen
class RecordKind:
    """One kind of record: its name, table, class, ids, CSV table and links (see the module)."""

    #: The kind's name, singular: ``claim``.
    name: str
    #: Its table, plural: ``claims``.
    table: str
    #: Its record class, a frozen attrs class with an ``id`` field.
    cls: type[Any]
    #: What its CSV table holds, one line.
    description: str
    #: The field naming a record for people (``name``, ``title``), or None.
    label: str | None = None
    #: The fields that refer to other records, in the order the CSV export declares them.
    links: tuple[Link, ...] = ()

    @property
    def prefixes(self) -> tuple[str, ...]:
        """What the kind's ids start with, before the hyphen (``clm``)."""
        return ID_PREFIXES[self.name]

    @property
    def pattern(self) -> re.Pattern[str]:
        """The pattern the kind's ids match whole."""
        return ID_PATTERNS[self.name]

    @property
    def example(self) -> str:
        """An id of the kind, for messages."""
        return ID_EXAMPLES[self.name]

    @property
    def table_type(self) -> Any:
        """``tuple[cls, ...]``: the type of the kind's table, for the converter and the schema."""
        return tuple[self.cls, ...]  # type: ignore[name-defined]

    def is_id(self, value: object) -> bool:
        """Whether ``value`` is a well-formed id of this kind."""
        return isinstance(value, str) and self.pattern.fullmatch(value) is not None


class Kinds:
    """The registry of record kinds, in registration order (the export's order).

    ``generation`` counts changes, so that what is built from the kinds (the
    fast path's plan, the converter's table hooks) knows when to build again.
    """

    def __init__(self) -> None:
        self._by_name: dict[str, RecordKind] = {}
        self.generation = 0

    def register(self, kind: RecordKind) -> RecordKind:
        """Add a kind; the kind, to refer to it by. Its id must be declared (``declare_id``)."""
        if kind.name not in ID_PATTERNS:
            raise ValueError(f"declare the {kind.name} id first (iransyria.models.common.declare_id)")
        clash = [other.name for other in self if kind.table == other.table or kind.name == other.name]
        if clash:
            raise ValueError(f"the record kind {kind.name} ({kind.table}) clashes with {clash[0]}")
        if not attrs.has(kind.cls) or "id" not in attrs.fields_dict(kind.cls):
            raise TypeError(f"{kind.cls.__name__} is not an attrs class with an id field")
        self._by_name[kind.name] = kind
        self.generation += 1
        return kind

    def unregister(self, kind: RecordKind) -> None:
        """Remove a kind registered by :meth:`register` (a test's throwaway kind)."""
        if self._by_name.get(kind.name) is kind:
            del self._by_name[kind.name]
            self.generation += 1

    def __iter__(self) -> Iterator[RecordKind]:
        return iter(tuple(self._by_name.values()))

    def __len__(self) -> int:
        return len(self._by_name)

    def __contains__(self, kind: object) -> bool:
        return isinstance(kind, RecordKind) and self._by_name.get(kind.name) is kind

    @property
    def names(self) -> tuple[str, ...]:
        """Every kind's name, in order."""
        return tuple(self._by_name)

    @property
    def tables(self) -> tuple[str, ...]:
        """Every kind's table, in order."""
        return tuple(kind.table for kind in self._by_name.values())

    def named(self, name: str) -> RecordKind:
        """The kind called ``name`` (``claim``); KeyError if none."""
        return self._by_name[name]

    def of_table(self, table: str) -> RecordKind:
        """The kind whose table is ``table`` (``claims``); KeyError if none."""
        for kind in self._by_name.values():
            if kind.table == table:
                return kind
        raise KeyError(table)

    def of_id(self, value: str, among: tuple[str, ...] | None = None) -> RecordKind | None:
        """The kind whose ids ``value`` has the form of (of the kinds named ``among``, if given), or None."""
        for kind in self._by_name.values():
            if (among is None or kind.name in among) and kind.is_id(value):
                return kind
        return None


#: The record kinds, in export order.
KINDS = Kinds()

#: Register a kind in :data:`KINDS`; returns the kind.
register_kind = KINDS.register

_SUBJECTS = ("agreement", "event", "actor")

SOURCE = register_kind(
    RecordKind(
        "source",
        "sources",
        Source,
        "the articles, one per row",
        label="title",
        links=(Link("outlet", ("actor",)), Link("reports", ("agreement",))),
    )
)
ACTOR = register_kind(
    RecordKind(
        "actor",
        "actors",
        Actor,
        "people, states, organisations and outlets",
        label="name",
        links=(Link("voice_of", ("actor",), foreign_key=False),),
    )
)
AGREEMENT = register_kind(
    RecordKind(
        "agreement",
        "agreements",
        Agreement,
        "the agreements",
        label="title",
        links=(Link("parties", ("actor",)),),
    )
)
CLAIM = register_kind(
    RecordKind(
        "claim",
        "claims",
        Claim,
        "every claim in one row: subject, value in words and typed columns, source, standing and quote",
        links=(Link("source", ("source",)), Link("subject", _SUBJECTS)),
    )
)
CORRECTION = register_kind(
    RecordKind(
        "correction",
        "corrections",
        Correction,
        "corrections of claims, with their evidence",
        links=(
            Link("target", ("claim",)),
            Link("replacement", ("claim",)),
            Link("source", ("source",)),
            Link("by", ("actor",)),
        ),
    )
)
EVENT = register_kind(
    RecordKind(
        "event",
        "events",
        Event,
        "dated events: visits, meetings, signings",
        label="title",
        links=(Link("agreements", ("agreement",)), Link("part_of", ("event",))),
    )
)
REFERENCE = register_kind(
    RecordKind(
        "reference",
        "references",
        ReferenceFact,
        "dated facts from named references outside the articles",
        links=(Link("subject", _SUBJECTS), Link("actors", ("actor",))),
    )
)
