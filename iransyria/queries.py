"""Questions to ask of a dataset: look-ups, the claims behind a field, conflicts, a timeline.

Every function takes ``dataset`` last, defaulting to the shipped dataset (built
on first use), so ``agreements()`` and ``agreements(dataset=my_data)`` read the
same. Look-ups by id match case-insensitively and return ``None`` for an
unknown id; :func:`suggest` proposes the ids a mistyped one was probably meant
to be. Nothing here prints or raises on missing records: the command line in
:mod:`iransyria.cli` is a thin layer over these functions.

Best values follow Wikidata's ranks: for each field of an agreement the claims
are grouped by the value they report, and the values ranked by the best
standing among their claims (accepted, then disputed, then refuted or
superseded), then by how many independent origins report them
(:meth:`Dataset.origin`, which follows whole chains of translations and
republications). The claims that disagree with the best value stay visible,
with their standing, reasons and corrections. :func:`describe_value` writes a
claim value in words, for the command line and the rules' messages alike.
"""

from __future__ import annotations

import difflib
import enum
from collections.abc import Iterable, Mapping
from typing import Any, TypeVar

import attrs

from iransyria.dataset import Dataset
from iransyria.dates import FuzzyDate
from iransyria.models import (
    FIELD_PREDICATES,
    Actor,
    ActorKind,
    ActorValue,
    Agreement,
    AgreementValue,
    Claim,
    ClaimValue,
    Correction,
    DateValue,
    EventValue,
    PlaceValue,
    Position,
    Predicate,
    QuantityValue,
    RelationKind,
    Source,
    Standing,
    TextValue,
    is_agreement_id,
    normalize,
)

__all__ = [
    "FIELDS",
    "FIELD_PREDICATES",
    "MULTI_VALUED",
    "Conflict",
    "EventKind",
    "FieldValue",
    "Related",
    "Resolution",
    "TimelineEvent",
    "actor",
    "actors",
    "agreement",
    "agreements",
    "best_value",
    "claim",
    "claim_actors",
    "claims",
    "claims_behind",
    "conflicts",
    "correction",
    "corrections",
    "corroboration",
    "describe_position",
    "describe_value",
    "excerpt",
    "field_claims",
    "is_disputed",
    "match_id",
    "related",
    "resolve",
    "signatory_conflicts",
    "source",
    "sources",
    "suggest",
    "timeline",
]

_R = TypeVar("_R", Source, Actor, Agreement, Claim, Correction)

#: The claim-backed fields of an agreement, in display order.
FIELDS: tuple[str, ...] = tuple(FIELD_PREDICATES)

#: Fields that hold several values (one per party, signatory, provision, relation).
MULTI_VALUED: frozenset[str] = frozenset({"parties", "signatories", "provisions", "relations"})

# Wikidata-style rank: lower is better.
_RANK: Mapping[Standing, int] = {
    Standing.ACCEPTED: 0,
    Standing.DISPUTED: 1,
    Standing.REFUTED: 2,
    Standing.SUPERSEDED: 2,
}
_WRONG = frozenset({Standing.REFUTED, Standing.SUPERSEDED})


def _data(dataset: Dataset | None) -> Dataset:
    if dataset is not None:
        return dataset
    from iransyria.dataset import shipped

    return shipped()


# --------------------------------------------------------------------------- ids


def match_id(wanted: str, ids: Iterable[str]) -> str | None:
    """The id among ``ids`` equal to ``wanted`` ignoring case and surrounding blanks, or None."""
    folded = wanted.strip().casefold()
    for candidate in ids:
        if candidate.casefold() == folded:
            return candidate
    return None


def _kind_prefix(id: str) -> str:
    head, sep, _ = id.partition("-")
    return head + sep if sep else ""


def suggest(wanted: str, ids: Iterable[str], limit: int = 3, cutoff: float = 0.6) -> list[str]:
    """The ids that ``wanted`` was probably meant to be, best first (difflib similarity).

    The kind prefix both share (``agr-``, ``per-``, ...) is not counted as
    likeness. A candidate is scored on its whole id and on its opening as
    long as ``wanted``, so that a truncated or half-remembered id such as
    ``agr-2019`` finds ``agr-2018-military-cooperation``; an id that contains
    ``wanted`` (``hatami`` in ``per-amir-hatami``) is close too. Only the ids
    about as close as the closest are kept.
    """
    folded = wanted.strip().casefold()
    if not folded:
        return []
    scored: list[tuple[float, str]] = []
    for candidate in ids:
        lowered = candidate.casefold()
        query = folded
        prefix = _kind_prefix(lowered)
        if prefix and query.startswith(prefix):
            query, lowered = query[len(prefix) :], lowered[len(prefix) :]
        if not query:
            continue
        score = max(
            difflib.SequenceMatcher(None, query, lowered).ratio(),
            difflib.SequenceMatcher(None, query, lowered[: len(query)]).ratio(),
            0.8 if len(query) >= 3 and query in lowered else 0.0,
        )
        if score >= cutoff:
            scored.append((score, candidate))
    if not scored:
        return []
    top = max(score for score, _ in scored)
    close = sorted((pair for pair in scored if pair[0] >= top - 0.1), key=lambda pair: (-pair[0], pair[1]))
    return [candidate for _, candidate in close[:limit]]


def _find(records: Mapping[str, _R], id: str) -> _R | None:
    exact = records.get(id)
    if exact is not None:
        return exact
    matched = match_id(id, records)
    return None if matched is None else records[matched]


def agreement(id: str, dataset: Dataset | None = None) -> Agreement | None:
    """The agreement with this id (any case), or None."""
    return _find(_data(dataset).agreement_index, id)


def actor(id: str, dataset: Dataset | None = None) -> Actor | None:
    """The actor with this id (any case), or None."""
    return _find(_data(dataset).actor_index, id)


def source(id: str, dataset: Dataset | None = None) -> Source | None:
    """The source with this id (any case), or None."""
    return _find(_data(dataset).source_index, id)


def claim(id: str, dataset: Dataset | None = None) -> Claim | None:
    """The claim with this id (any case), or None."""
    return _find(_data(dataset).claim_index, id)


def correction(id: str, dataset: Dataset | None = None) -> Correction | None:
    """The correction with this id (any case), or None."""
    return _find(_data(dataset).correction_index, id)


# --------------------------------------------------------------------------- what a claim mentions


def _value_actors(value: ClaimValue) -> tuple[str, ...]:
    if isinstance(value, ActorValue):
        return (value.actor,) if value.position is None else (value.actor, value.position.of)
    return ()


def claim_actors(claim: Claim) -> tuple[str, ...]:
    """The actors a claim is about: its subject, when an actor, and the actor its value names.

    ``claims(actor=id)`` keeps the claims whose ``claim_actors`` include ``id``;
    an office's state or organisation (``position.of``) does not count.
    """
    about = () if is_agreement_id(claim.subject) else (claim.subject,)
    if isinstance(claim.value, ActorValue) and claim.value.actor not in about:
        about = (*about, claim.value.actor)
    return about


def _mentions_actor(claim: Claim, actor_id: str) -> bool:
    """Whether the claim is about the actor: as its subject or as the actor its value names."""
    return actor_id in claim_actors(claim)


def _agreement_actors(agreement: Agreement) -> tuple[str, ...]:
    signatories = tuple(s.actor for s in agreement.signatories)
    return (*agreement.parties, *(a for a in signatories if a not in agreement.parties))


# --------------------------------------------------------------------------- values in words


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
    if isinstance(value, AgreementValue):
        return f"{value.relation.value} {value.agreement}"
    if isinstance(value, EventValue):
        where = f" (in {words(value.place)})" if value.place else ""
        return f"{value.date}: {words(value.description)}{where}"
    if isinstance(value, QuantityValue):
        return _quantity(value)
    raise AssertionError(f"unknown claim value {value!r}")  # pragma: no cover


def describe_position(position: Position, names: Mapping[str, str] | None = None) -> str:
    """An office in words, as :func:`describe_value` writes it: ``Minister of Defence, Iran``."""
    of = position.of if names is None else names.get(position.of, position.of)
    return f"{position.title}, {of}"


# --------------------------------------------------------------------------- listings


def agreements(
    *, actor: str | None = None, source: str | None = None, dataset: Dataset | None = None
) -> tuple[Agreement, ...]:
    """The agreements, by id; only those the actor is party to or signed, or the source reports."""
    data = _data(dataset)
    found = data.agreements
    if actor is not None:
        found = tuple(a for a in found if actor in _agreement_actors(a))
    if source is not None:
        reported = {c.subject for c in data.claims_by_source.get(source, ())}
        found = tuple(a for a in found if a.id in reported)
    return found


def actors(
    *,
    kind: ActorKind | None = None,
    agreement: str | None = None,
    source: str | None = None,
    dataset: Dataset | None = None,
) -> tuple[Actor, ...]:
    """The actors, by id; filtered by kind, by an agreement, or by a source's claims.

    An actor belongs to an agreement when it is a party or a signatory, or a
    claim about the agreement names it; to a source when one of the source's
    claims is about it (as subject or value) or the source's outlet is it.
    """
    data = _data(dataset)
    found = data.actors
    if kind is not None:
        found = tuple(a for a in found if a.kind is kind)
    if agreement is not None:
        record = data.agreement(agreement)
        named = set(_agreement_actors(record)) if record is not None else set()
        for c in data.claims_by_subject.get(agreement, ()):
            named.update(_value_actors(c.value))
        found = tuple(a for a in found if a.id in named)
    if source is not None:
        named = set()
        record_source = data.source(source)
        if record_source is not None and record_source.outlet is not None:
            named.add(record_source.outlet)
        for c in data.claims_by_source.get(source, ()):
            named.add(c.subject)
            named.update(_value_actors(c.value))
        found = tuple(a for a in found if a.id in named)
    return found


def sources(
    *, agreement: str | None = None, actor: str | None = None, dataset: Dataset | None = None
) -> tuple[Source, ...]:
    """The sources, by id; only those with claims about the agreement, or about the actor."""
    data = _data(dataset)
    found = data.sources
    if agreement is not None:
        reporting = {c.source for c in data.claims_by_subject.get(agreement, ())}
        found = tuple(s for s in found if s.id in reporting)
    if actor is not None:
        reporting = {c.source for c in data.claims if _mentions_actor(c, actor)}
        found = tuple(s for s in found if s.id in reporting)
    return found


def claims(
    *,
    source: str | None = None,
    actor: str | None = None,
    agreement: str | None = None,
    standing: Standing | None = None,
    predicate: Predicate | None = None,
    dataset: Dataset | None = None,
) -> tuple[Claim, ...]:
    """The claims, by id, that match every filter given.

    ``source``: made by that source; ``actor``: about that actor, as subject
    or as the actor the value names; ``agreement``: about that agreement;
    ``standing`` and ``predicate``: with that standing or predicate.
    """
    data = _data(dataset)
    # Start from the narrowest grouped table the filters allow, in id order.
    found: Iterable[Claim]
    if source is not None:
        found = data.claims_by_source.get(source, ())
        if agreement is not None:
            found = (c for c in found if c.subject == agreement)
    elif agreement is not None:
        found = data.claims_by_subject.get(agreement, ())
    else:
        found = data.claims
    if actor is not None:
        found = (c for c in found if _mentions_actor(c, actor))
    if standing is not None:
        found = (c for c in found if c.standing is standing)
    if predicate is not None:
        found = (c for c in found if c.predicate is predicate)
    return tuple(found)


def corrections(
    *,
    claim: str | None = None,
    source: str | None = None,
    agreement: str | None = None,
    actor: str | None = None,
    dataset: Dataset | None = None,
) -> tuple[Correction, ...]:
    """The corrections, by id; filtered by the claim they correct or what that claim is about.

    ``claim``: correcting that claim (or stating it as the replacement);
    ``source``: carried by the source, or correcting one of its claims;
    ``agreement`` / ``actor``: correcting a claim about it.
    """
    data = _data(dataset)
    found = data.corrections

    def target(correction: Correction) -> Claim | None:
        return data.claim(correction.target)

    if claim is not None:
        found = tuple(c for c in found if claim in (c.target, c.replacement))
    if source is not None:
        found = tuple(
            c for c in found if c.source == source or ((t := target(c)) is not None and t.source == source)
        )
    if agreement is not None:
        found = tuple(c for c in found if (t := target(c)) is not None and t.subject == agreement)
    if actor is not None:
        found = tuple(c for c in found if (t := target(c)) is not None and _mentions_actor(t, actor))
    return found


# --------------------------------------------------------------------------- fields and best values


def _predicate_of(field: str) -> Predicate:
    try:
        return FIELD_PREDICATES[field]
    except KeyError:
        raise ValueError(f"unknown agreement field {field!r}: expected one of {', '.join(FIELDS)}") from None


def claims_behind(agreement_id: str, field: str, dataset: Dataset | None = None) -> tuple[Claim, ...]:
    """Every claim about the agreement that reports a value of ``field``, whatever its standing."""
    predicate = _predicate_of(field)
    about = _data(dataset).claims_by_subject.get(agreement_id, ())
    return tuple(c for c in about if c.predicate is predicate)


def field_claims(agreement_id: str, dataset: Dataset | None = None) -> dict[str, tuple[Claim, ...]]:
    """The claims behind each field of the agreement, in :data:`FIELDS` order."""
    data = _data(dataset)
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
    if isinstance(value, TextValue):
        return normalize(value.text)
    if isinstance(value, AgreementValue):
        return value.agreement
    return None


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
    slot per party, signatory, related agreement or provision (texts
    compared ignoring case and spacing). Texts and places that differ only
    in case or spacing do not disagree.
    """
    data = _data(dataset)
    multi = field in MULTI_VALUED
    slots: dict[Any, dict[ClaimValue, list[Claim]]] = {}
    for c in claims_behind(agreement_id, field, data):
        key = _slot(c.value) if multi else None
        slots.setdefault(key, {}).setdefault(c.value, []).append(c)
    resolutions = []
    for grouped in slots.values():
        ranked = sorted(
            (
                FieldValue(
                    value=value,
                    standing=min((c.standing for c in group), key=_RANK.__getitem__),
                    origins=tuple(sorted({data.origin(c.source) for c in group})),
                    claims=tuple(c.id for c in group),
                )
                for value, group in grouped.items()
            ),
            key=lambda v: (_RANK[v.standing], -len(v.origins), -len(v.claims), _value_key(v.value)),
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


# --------------------------------------------------------------------------- conflicts


@attrs.define(frozen=True)
class Conflict:
    """A claim that is not simply accepted, or that was corrected, and how it was resolved."""

    claim: Claim
    corrections: tuple[Correction, ...] = ()

    @property
    def replacements(self) -> tuple[str, ...]:
        """The ids of the claims that state the corrected fact."""
        return tuple(c.replacement for c in self.corrections if c.replacement is not None)

    @property
    def reasons(self) -> tuple[str, ...]:
        """Why the claim stands as it does: its own reason, then each correction's."""
        own = (self.claim.reason,) if self.claim.reason is not None else ()
        return (*own, *(c.reason for c in self.corrections))


def conflicts(
    *,
    agreement: str | None = None,
    actor: str | None = None,
    source: str | None = None,
    dataset: Dataset | None = None,
) -> tuple[Conflict, ...]:
    """Disputed, refuted and superseded claims, and claims with corrections, each with its corrections."""
    data = _data(dataset)
    return tuple(
        _conflict(data, c)
        for c in claims(agreement=agreement, actor=actor, source=source, dataset=data)
        if _in_conflict(data, c)
    )


def _in_conflict(data: Dataset, claim: Claim) -> bool:
    return claim.standing is not Standing.ACCEPTED or claim.id in data.corrections_by_target


def _conflict(data: Dataset, claim: Claim) -> Conflict:
    return Conflict(claim, data.corrections_by_target.get(claim.id, ()))


def signatory_conflicts(agreement_id: str, dataset: Dataset | None = None) -> tuple[Conflict, ...]:
    """Conflicts over the offices of the agreement's signatories, in the sources that report it.

    A source that misnames a signatory's office (a refuted ``holds-office``
    claim) misreports who signed; this finds those claims for an agreement.
    """
    data = _data(dataset)
    record = data.agreement(agreement_id)
    if record is None:
        return ()
    reporting = {c.source for c in data.claims_by_subject.get(agreement_id, ())}
    signatories = {s.actor for s in record.signatories}
    found = (
        c
        for signatory in signatories
        for c in data.claims_by_subject.get(signatory, ())
        if c.predicate is Predicate.HOLDS_OFFICE and c.source in reporting and _in_conflict(data, c)
    )
    return tuple(_conflict(data, c) for c in sorted(found, key=lambda c: c.id))


def is_disputed(agreement_id: str, dataset: Dataset | None = None) -> bool:
    """Whether anything the agreement's reporting says is contested.

    True when a claim about the agreement is disputed, refuted or
    superseded, or was corrected; or when a source that reports it has such
    a claim about the office of one of its signatories
    (:func:`signatory_conflicts`): misnaming the office misreports who signed.
    """
    data = _data(dataset)
    return any(_in_conflict(data, c) for c in data.claims_by_subject.get(agreement_id, ())) or bool(
        signatory_conflicts(agreement_id, data)
    )


def corroboration(agreement_id: str, dataset: Dataset | None = None) -> tuple[str, ...]:
    """The independent origins that report the agreement, sorted.

    A source reports the agreement when it has an accepted or disputed claim
    about it. A refuted or superseded claim is shown wrong, so it
    corroborates nothing; a ``not-reported-by`` claim states only that some
    media did not report the agreement, so it is not a report of it either.
    Each reporting source counts as its independent origin
    (:meth:`Dataset.origin`, following whole chains of derivations): a
    translation, or a republication of a translation, counts with the
    report it derives from and adds no corroboration of its own.
    """
    data = _data(dataset)
    return tuple(
        sorted(
            {
                data.origin(c.source)
                for c in data.claims_by_subject.get(agreement_id, ())
                if c.standing not in _WRONG and c.predicate is not Predicate.NOT_REPORTED_BY
            }
        )
    )


@attrs.define(frozen=True)
class Related:
    """An agreement related to another, and in which direction the relation was stated."""

    agreement: str
    kind: RelationKind
    inverse: bool = False  # True: ``agreement`` states the relation to the one asked about


def related(agreement_id: str, dataset: Dataset | None = None) -> tuple[Related, ...]:
    """The agreements this one relates to, then those that relate to it."""
    data = _data(dataset)
    record = data.agreement(agreement_id)
    outgoing = tuple(Related(r.target, r.kind) for r in record.relations) if record is not None else ()
    incoming = tuple(
        Related(other.id, r.kind, inverse=True)
        for other in data.agreements
        for r in other.relations
        if r.target == agreement_id
    )
    return (*outgoing, *incoming)


# --------------------------------------------------------------------------- timeline


class EventKind(enum.Enum):
    SIGNING = "signing"  # an agreement's signing date
    VISIT = "visit"  # a visit claim
    EVENT = "event"  # a dated context event claim


@attrs.define(frozen=True)
class TimelineEvent:
    """A dated happening: a signing, a visit or a context event, with the sources that report it."""

    date: FuzzyDate
    kind: EventKind
    subject: str  # the agreement signed, or the actor the event is about
    description: str
    place: str | None = None
    sources: tuple[str, ...] = ()
    claims: tuple[str, ...] = ()
    standing: Standing = Standing.ACCEPTED  # the best standing of the claims that report it


_KIND_ORDER = {EventKind.SIGNING: 0, EventKind.VISIT: 1, EventKind.EVENT: 2}


def timeline(
    *, agreement: str | None = None, actor: str | None = None, dataset: Dataset | None = None
) -> tuple[TimelineEvent, ...]:
    """Agreements' signings and the visit and event claims, by :attr:`FuzzyDate.sort_key`.

    A signing is dated by the agreement's ``signed`` field and backed by the
    claims whose date may be that day; an agreement whose date is unresolved
    (``signed`` is None) is placed at its best-supported reported date, with
    that value's standing (e.g. disputed), where one is reported and not
    refuted. Claims reporting the same event of the same subject are merged,
    so each event lists every source that reports it; refuted and superseded
    claims are left out. ``agreement`` keeps that agreement's signing;
    ``actor`` the signings it is party to or signed and the events about it.
    """
    data = _data(dataset)
    events: list[TimelineEvent] = []
    for record in agreements(actor=actor, dataset=data):
        if agreement is not None and record.id != agreement:
            continue
        if record.signed is not None:
            date, standing = record.signed, Standing.ACCEPTED
            backing = [
                c
                for c in claims_behind(record.id, "signed", data)
                if c.standing not in _WRONG
                and isinstance(c.value, DateValue)
                and c.value.date.same_day(record.signed)
            ]
        else:
            reported = best_value(record.id, "signed", data)
            if reported is None or reported.best.standing in _WRONG:
                continue
            assert isinstance(reported.best.value, DateValue)
            date, standing = reported.best.value.date, reported.best.standing
            backing = [data.claim_index[claim_id] for claim_id in reported.best.claims]
        events.append(
            TimelineEvent(
                date=date,
                kind=EventKind.SIGNING,
                subject=record.id,
                description=record.title,
                place=record.place,
                sources=tuple(sorted({c.source for c in backing})),
                claims=tuple(c.id for c in backing),
                standing=standing,
            )
        )
    if agreement is None:
        merged: dict[tuple[str, Predicate, EventValue], list[Claim]] = {}
        for c in data.claims:
            if (
                c.predicate in (Predicate.VISIT, Predicate.EVENT)
                and isinstance(c.value, EventValue)
                and c.standing not in _WRONG
                and (actor is None or _mentions_actor(c, actor))
            ):
                merged.setdefault((c.subject, c.predicate, c.value), []).append(c)
        for (subject, predicate, value), group in merged.items():
            events.append(
                TimelineEvent(
                    date=value.date,
                    kind=EventKind.VISIT if predicate is Predicate.VISIT else EventKind.EVENT,
                    subject=subject,
                    description=value.description,
                    place=value.place,
                    sources=tuple(sorted({c.source for c in group})),
                    claims=tuple(c.id for c in group),
                    standing=min((c.standing for c in group), key=_RANK.__getitem__),
                )
            )
    events.sort(key=lambda e: (e.date.sort_key, _KIND_ORDER[e.kind], e.subject, e.description))
    return tuple(events)


# --------------------------------------------------------------------------- excerpts


def excerpt(
    *,
    agreements: Iterable[str] = (),
    actors: Iterable[str] = (),
    sources: Iterable[str] = (),
    claims: Iterable[str] = (),
    corrections: Iterable[str] = (),
    dataset: Dataset | None = None,
) -> Dataset:
    """A dataset of the records named, the claims about them, and everything those records cite.

    For an agreement or an actor, its claims come along (for an actor, the
    claims whose subject or value it is); for a source, the claims it makes;
    for a claim, its corrections. Then every record cited is added: claims'
    sources, subjects and named actors, corrections' targets, replacements and
    evidence, sources' outlets and origins, agreements' parties, signatories
    and related agreements. It is the provenance of the records, in the
    export's shape.
    """
    data = _data(dataset)
    keep: dict[str, set[str]] = {
        "agreements": set(agreements),
        "actors": set(actors),
        "sources": set(sources),
        "claims": set(claims),
        "corrections": set(corrections),
    }
    for agreement_id in tuple(keep["agreements"]):
        keep["claims"].update(c.id for c in data.claims_by_subject.get(agreement_id, ()))
    for source_id in tuple(keep["sources"]):
        keep["claims"].update(c.id for c in data.claims_by_source.get(source_id, ()))
    if keep["actors"]:
        keep["claims"].update(c.id for c in data.claims if any(a in keep["actors"] for a in claim_actors(c)))
    for claim_id in tuple(keep["claims"]):
        keep["corrections"].update(cor.id for cor in data.corrections_by_target.get(claim_id, ()))

    def cite(table: str, id: str | None) -> None:
        if id is not None:
            keep[table].add(id)

    def cite_any(id: str) -> None:
        cite("agreements" if is_agreement_id(id) else "actors", id)

    def cite_all() -> None:
        for cor in (data.correction(i) for i in tuple(keep["corrections"])):
            if cor is not None:
                cite("claims", cor.target)
                cite("claims", cor.replacement)
                cite("sources", cor.source)
                cite("actors", cor.by)
                for evidence in cor.evidence:
                    cite("sources", evidence.source)
        for c in (data.claim(i) for i in tuple(keep["claims"])):
            if c is not None:
                cite("sources", c.source)
                cite_any(c.subject)
                for named in _value_actors(c.value):
                    cite("actors", named)
                if isinstance(c.value, AgreementValue):
                    cite("agreements", c.value.agreement)
                cite("actors", c.attribution.actor)
        for s in (data.source(i) for i in tuple(keep["sources"])):
            if s is not None:
                cite("actors", s.outlet)
                for derivation in s.derived_from:
                    cite("actors", derivation.actor)
                    cite("sources", derivation.source)
        for a in (data.agreement(i) for i in tuple(keep["agreements"])):
            if a is not None:
                for named in _agreement_actors(a):
                    cite("actors", named)
                for signatory in a.signatories:
                    cite("actors", signatory.position.of)
                for relation in a.relations:
                    cite("agreements", relation.target)
        for person in (data.actor(i) for i in tuple(keep["actors"])):
            if person is not None:
                for office in person.offices:
                    cite("actors", office.position.of)

    # Citing is transitive (a correction cites a claim, which cites its
    # source, which cites its outlet): repeat until nothing new is cited.
    size = -1
    while size != sum(map(len, keep.values())):
        size = sum(map(len, keep.values()))
        cite_all()

    def pick(records: tuple[_R, ...], table: str) -> list[_R]:
        return [r for r in records if r.id in keep[table]]

    return Dataset(
        sources=pick(data.sources, "sources"),
        actors=pick(data.actors, "actors"),
        agreements=pick(data.agreements, "agreements"),
        claims=pick(data.claims, "claims"),
        corrections=pick(data.corrections, "corrections"),
    )
