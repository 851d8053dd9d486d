"""The :class:`Dataset` container: every record of a dataset, with look-ups by id.

A dataset holds every record in a canonical order (sorted by id) so that two
equal datasets are equal however they were built, and their exports diff
cleanly. Look-ups by id go through indexes built once, on first use.
"""

from __future__ import annotations

import functools
import gc
import operator
import sys
import types
import warnings
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from typing import Any, ParamSpec, TypeVar

import attrs

from iransyria.models import (
    Actor,
    ActorValue,
    Agreement,
    AttributionKind,
    Claim,
    Correction,
    Event,
    ParticipantValue,
    Predicate,
    ReferenceFact,
    Source,
    Standing,
    StatementValue,
    subject_kind,
)
from iransyria.models.kinds import ACTOR, AGREEMENT, CLAIM, CORRECTION, EVENT, KINDS, SOURCE, RecordKind

__all__ = ["META", "Dataset", "agreement_actors", "claim_actors"]

#: The optional top-level key of a dataset file that holds an export's metadata (versions, content
#: hash; see :func:`iransyria.exports.metadata`): read past, since the records are what is loaded.
META = "meta"

#: Attributions whose words come from an agency or state media the source relays.
_RELAYED = frozenset({AttributionKind.AGENCY, AttributionKind.STATE_MEDIA})

_R = TypeVar("_R", Source, Actor, Agreement, Claim, Correction, Event, ReferenceFact)
_T = TypeVar("_T")
_P = ParamSpec("_P")


_ID = operator.attrgetter("id")
_SUBJECT = operator.attrgetter("subject")
_SOURCE = operator.attrgetter("source")
_TARGET = operator.attrgetter("target")


def _by_id(records: Iterable[Any]) -> tuple[Any, ...]:
    return tuple(sorted(records, key=_ID))


def _collector_paused(build: Callable[_P, _T]) -> Callable[_P, _T]:
    """Run an index builder with the cyclic collector paused (as the caller left it otherwise).

    A builder allocates a container per group and frees none, so the
    collector's passes over the heap find nothing (a cold ``claims(actor=)``
    at 10^5 claims, in a process holding the data and its JSON: 129 ms with
    the collector running, 95 ms paused).
    """

    @functools.wraps(build)
    def run(*args: _P.args, **kwargs: _P.kwargs) -> _T:
        if not gc.isenabled():
            return build(*args, **kwargs)
        gc.disable()
        try:
            return build(*args, **kwargs)
        finally:
            gc.enable()

    return run


@_collector_paused
def _group(records: Iterable[_R], key: Callable[[_R], str | None]) -> dict[str, tuple[_R, ...]]:
    groups: dict[str, list[_R]] = defaultdict(list)
    for record in records:
        value = key(record)
        if value is not None:
            groups[value].append(record)
    return {value: tuple(members) for value, members in groups.items()}


#: The predicates whose subject is an actor: a tuple, so that membership is by identity (a set
#: hashes through Enum.__hash__, Python code, once per claim).
_ABOUT_ACTORS = tuple(predicate for predicate in Predicate if subject_kind(predicate) == "actor")


def claim_actors(claim: Claim) -> tuple[str, ...]:
    """The actors a claim is about: its subject, when an actor, and the actor its value names.

    The actor a value names is an actor value's, a participant's or a
    statement's speaker. ``claims(actor=id)`` keeps the claims whose
    ``claim_actors`` include ``id``; an office's state or organisation
    (``position.of``) does not count.
    """
    about: tuple[str, ...] = (claim.subject,) if claim.predicate in _ABOUT_ACTORS else ()
    value = claim.value
    named = (
        value.actor
        if isinstance(value, (ActorValue, ParticipantValue))
        else value.speaker
        if isinstance(value, StatementValue)
        else None
    )
    if named is not None and named not in about:
        about = (*about, named)
    return about


def agreement_actors(agreement: Agreement) -> tuple[str, ...]:
    """The actors an agreement's record names: its parties, then its signatories who are not parties.

    ``agreements(actor=id)`` and ``timeline(actor=id)`` keep the agreements
    whose ``agreement_actors`` include ``id``.
    """
    signatories = tuple(s.actor for s in agreement.signatories)
    return (*agreement.parties, *(a for a in signatories if a not in agreement.parties))


def _distinct_agreement_actors(agreement: Agreement) -> tuple[str, ...]:
    return tuple(dict.fromkeys(agreement_actors(agreement)))


def _participants(event: Event) -> tuple[str, ...]:
    return tuple(dict.fromkeys(p.actor for p in event.participants))


@_collector_paused
def _group_many(records: Iterable[_R], keys: Callable[[_R], Iterable[str]]) -> dict[str, tuple[_R, ...]]:
    groups: dict[str, list[_R]] = defaultdict(list)
    for record in records:
        for value in keys(record):
            groups[value].append(record)
    return {value: tuple(members) for value, members in groups.items()}


@_collector_paused
def _index(records: tuple[_R, ...]) -> dict[str, _R]:
    index: dict[str, _R] = {record.id: record for record in records}
    if len(index) < len(records):
        # Two records share an id: keep the first of them (the identity
        # rule reports the duplicate instead of hiding it).
        index = {}
        for record in records:
            index.setdefault(record.id, record)
    return index


class Dataset:
    """Every record of a dataset, sorted by id, with look-ups by id.

    One table per record kind of :data:`~iransyria.models.kinds.KINDS`, as an
    attribute named for the table (``dataset.claims``) and through
    :meth:`table`; ``Dataset(claims=..., sources=...)`` takes any of them
    (the others are empty). Frozen and compared by its tables: the indexes
    built on first use are not part of its value.
    """

    # The tables of the built-in kinds, for type checkers; a registered kind's table is set the same way.
    sources: tuple[Source, ...]
    actors: tuple[Actor, ...]
    agreements: tuple[Agreement, ...]
    claims: tuple[Claim, ...]
    corrections: tuple[Correction, ...]
    events: tuple[Event, ...]
    references: tuple[ReferenceFact, ...]
    _tables: dict[str, tuple[Any, ...]]
    _indexes: dict[str | tuple[str, ...], Any]  # tables' id indexes, and derived values (derived())

    def __init__(self, **tables: Iterable[Any]) -> None:
        unknown = [name for name in tables if name not in KINDS.tables]
        if unknown:
            raise TypeError(f"Dataset() got tables no record kind has: {', '.join(unknown)}")
        own = {kind.table: _by_id(tables.get(kind.table, ())) for kind in KINDS}
        object.__setattr__(self, "_tables", own)
        object.__setattr__(self, "_indexes", {})
        self.__dict__.update(own)

    def __setattr__(self, name: str, value: Any) -> None:
        raise attrs.exceptions.FrozenInstanceError()

    def __delattr__(self, name: str) -> None:
        raise attrs.exceptions.FrozenInstanceError()

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self._tables == other._tables

    def __ne__(self, other: object) -> bool:
        equal = self.__eq__(other)
        return equal if equal is NotImplemented else not equal

    def __hash__(self) -> int:
        # Frozen, so computed once: a cache keyed on a dataset would otherwise hash all its records per call.
        return self.derived(("dataset", "hash"), lambda: hash(tuple(self._tables.items())))

    def __repr__(self) -> str:
        """One line: how many records of each kind, and the code and data versions (not 300 kB of records)."""
        from iransyria.version import DATA_VERSION, __version__

        counts = ", ".join(f"{len(records)} {name}" for name, records in self._tables.items())
        return f"Dataset({counts}; iransyria {__version__}, data {DATA_VERSION})"

    def __str__(self) -> str:
        return repr(self)

    def __getstate__(self) -> dict[str, tuple[Any, ...]]:
        return self._tables

    def __setstate__(self, state: dict[str, tuple[Any, ...]]) -> None:
        object.__setattr__(self, "_tables", dict(state))
        object.__setattr__(self, "_indexes", {})
        self.__dict__.update(state)

    @property
    def tables(self) -> Mapping[str, tuple[Any, ...]]:
        """Every table, by name, in the kinds' order."""
        return self._tables

    def table(self, kind: RecordKind) -> tuple[Any, ...]:
        """The records of one kind (empty for a kind registered after this dataset was made)."""
        return self._tables.get(kind.table, ())

    def index(self, kind: RecordKind) -> Mapping[str, Any]:
        """The records of one kind by id, built on first use."""
        index = self._indexes.get(kind.table)
        if index is None:
            index = self._indexes[kind.table] = _index(self.table(kind))
        return index

    def derived(self, key: tuple[str, ...], build: Callable[[], _T]) -> _T:
        """A value a later layer computes from the tables (a name index), built on first use and kept.

        The dataset is frozen, so what is built from it stays true; ``key`` names
        the value (its first part the module that builds it).
        """
        if key not in self._indexes:
            self._indexes[key] = build()
        return self._indexes[key]  # type: ignore[no-any-return]

    def find(self, id: str, default: _T | None = None) -> Any:
        """The record of any kind with this id (its prefix says the kind), or ``default``."""
        kind = KINDS.of_id(id)
        return default if kind is None else self.index(kind).get(id, default)

    @property
    def source_index(self) -> Mapping[str, Source]:
        return self.index(SOURCE)

    @property
    def actor_index(self) -> Mapping[str, Actor]:
        return self.index(ACTOR)

    @property
    def agreement_index(self) -> Mapping[str, Agreement]:
        return self.index(AGREEMENT)

    @property
    def claim_index(self) -> Mapping[str, Claim]:
        return self.index(CLAIM)

    @property
    def correction_index(self) -> Mapping[str, Correction]:
        return self.index(CORRECTION)

    @property
    def event_index(self) -> Mapping[str, Event]:
        return self.index(EVENT)

    def _grouped(
        self, name: str, records: tuple[_R, ...], key: Callable[[_R], str | None]
    ) -> Mapping[str, tuple[_R, ...]]:
        table = self._indexes.get(name)
        if table is None:
            table = self._indexes[name] = _group(records, key)
        return table

    def _grouped_many(
        self, name: str, records: tuple[_R, ...], keys: Callable[[_R], Iterable[str]]
    ) -> Mapping[str, tuple[_R, ...]]:
        table = self._indexes.get(name)
        if table is None:
            table = self._indexes[name] = _group_many(records, keys)
        return table

    @property
    def claims_by_subject(self) -> Mapping[str, tuple[Claim, ...]]:
        """Claims grouped by the id of their subject, in id order."""
        return self._grouped("claims_by_subject", self.claims, _SUBJECT)

    @property
    def claims_by_source(self) -> Mapping[str, tuple[Claim, ...]]:
        """Claims grouped by the id of their source, in id order."""
        return self._grouped("claims_by_source", self.claims, _SOURCE)

    @property
    def claims_by_actor(self) -> Mapping[str, tuple[Claim, ...]]:
        """Claims grouped by each actor they are about (:func:`claim_actors`), in id order."""
        return self._grouped_many("claims_by_actor", self.claims, claim_actors)

    @property
    def agreements_by_actor(self) -> Mapping[str, tuple[Agreement, ...]]:
        """Agreements grouped by each actor party to them or signing them (:func:`agreement_actors`), in id order."""
        return self._grouped_many("agreements_by_actor", self.agreements, _distinct_agreement_actors)

    @property
    def events_by_actor(self) -> Mapping[str, tuple[Event, ...]]:
        """Events grouped by each actor taking part in them, in id order."""
        return self._grouped_many("events_by_actor", self.events, _participants)

    @property
    def events_by_agreement(self) -> Mapping[str, tuple[Event, ...]]:
        """Events grouped by each agreement they concern, in id order."""
        return self._grouped_many(
            "events_by_agreement", self.events, lambda event: tuple(dict.fromkeys(event.agreements))
        )

    @property
    def references_by_subject(self) -> Mapping[str, tuple[ReferenceFact, ...]]:
        """Reference facts grouped by the id of the record they are about, in id order."""
        return self._grouped("references_by_subject", self.references, _SUBJECT)

    @property
    def unsettled_claims(self) -> tuple[Claim, ...]:
        """The claims not simply accepted: disputed, refuted or superseded, or corrected; in id order.

        What ``conflicts()`` lists, kept so that asking again does not scan every claim.
        """
        found: tuple[Claim, ...] | None = self._indexes.get("unsettled_claims")
        if found is None:
            corrected = self.corrections_by_target
            found = self._indexes["unsettled_claims"] = tuple(
                c for c in self.claims if c.standing is not Standing.ACCEPTED or c.id in corrected
            )
        return found

    @property
    def corrections_by_target(self) -> Mapping[str, tuple[Correction, ...]]:
        """Corrections grouped by the id of the claim they correct, in id order."""
        return self._grouped("corrections_by_target", self.corrections, _TARGET)

    def origin(self, source_id: str) -> str:
        """The independent origin of a source's reporting, followed through chains of derivations.

        A republication of a translation shares the translated report's
        origin: corroboration counts distinct origins, never copies of one.
        The id returned is a source id, or an outlet's id where the chain ends
        at an outlet the dataset holds no source for.
        """
        seen = {source_id}
        current = source_id
        while (source := self.source_index.get(current)) is not None:
            following = source.origin
            if following in seen:
                return following
            seen.add(following)
            current = following
        return current

    def voice(self, actor_id: str) -> str:
        """The body whose voice an actor carries, followed through ``voice_of`` (itself if none)."""
        seen = {actor_id}
        current = actor_id
        while (actor := self.actor_index.get(current)) is not None and actor.voice_of is not None:
            if actor.voice_of in seen:
                return actor.voice_of
            seen.add(actor.voice_of)
            current = actor.voice_of
        return current

    def claim_origin(self, claim: Claim) -> str:
        """The independent origin of one claim.

        A claim a source relays from a news agency or state media (its
        attribution is ``agency`` or ``state-media`` with a named actor) has
        that agency's voice as its origin (:meth:`voice`): Tasnim, relayed by
        one outlet, and 'Iranian state media', relayed by another, are one
        origin, not two. Any other claim has its source's origin
        (:meth:`origin`).
        """
        attribution = claim.attribution
        if attribution.kind in _RELAYED and attribution.actor is not None:
            return self.voice(attribution.actor)
        return self.origin(claim.source)

    def origins(self, claims: Iterable[Claim]) -> tuple[str, ...]:
        """The independent origins behind some claims of one fact, sorted.

        Each source counts once: as the voice it relays (:meth:`claim_origin`)
        when every one of its claims here relays that one voice, otherwise
        as its own origin (:meth:`origin`). So two outlets that both report a
        fact only by relaying Iranian state media are one origin, and an
        outlet that also states the fact in its own voice is its own.
        """
        by_source: dict[str, set[str]] = {}
        for claim in claims:
            by_source.setdefault(claim.source, set()).add(self.claim_origin(claim))
        found = set()
        for source_id, voices in by_source.items():
            own = self.origin(source_id)
            found.add(next(iter(voices)) if len(voices) == 1 else own)
        return tuple(sorted(found))

    def source(self, id: str, default: _T | None = None) -> Source | _T | None:
        """The source with this id, or ``default``."""
        return self.source_index.get(id, default)

    def actor(self, id: str, default: _T | None = None) -> Actor | _T | None:
        """The actor with this id, or ``default``."""
        return self.actor_index.get(id, default)

    def agreement(self, id: str, default: _T | None = None) -> Agreement | _T | None:
        """The agreement with this id, or ``default``."""
        return self.agreement_index.get(id, default)

    def claim(self, id: str, default: _T | None = None) -> Claim | _T | None:
        """The claim with this id, or ``default``."""
        return self.claim_index.get(id, default)

    def correction(self, id: str, default: _T | None = None) -> Correction | _T | None:
        """The correction with this id, or ``default``."""
        return self.correction_index.get(id, default)

    def event(self, id: str, default: _T | None = None) -> Event | _T | None:
        """The event with this id, or ``default``."""
        return self.event_index.get(id, default)

    def evolve(self, **changes: Any) -> Dataset:
        """A copy with some record tables replaced (``attrs.evolve`` for datasets)."""
        return Dataset(**{**self._tables, **changes})

    def __len__(self) -> int:
        """The number of records of every kind."""
        return sum(map(len, self._tables.values()))


class _CallableModule(types.ModuleType):
    """This module, callable for one release as the function ``iransyria.dataset()`` was.

    Deprecated: ``iransyria.shipped()`` is the shipped dataset. The package
    named a function and this module ``iransyria.dataset``, and kept the
    function from being overwritten when the module loaded; the name is now
    the module's alone, and this call goes with the next release.
    """

    def __call__(self) -> Dataset:
        warnings.warn(
            "iransyria.dataset() is deprecated and will be removed: use iransyria.shipped()",
            DeprecationWarning,
            stacklevel=2,
        )
        # The package root is always loaded before this module (it is its parent): no import.
        shipped: Callable[[], Dataset] = sys.modules["iransyria"].shipped
        return shipped()


sys.modules[__name__].__class__ = _CallableModule
