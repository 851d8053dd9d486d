"""Cross-record validation: what no single record can check on its own.

A record's own validators (:mod:`iransyria.models`) guard what one record can
get wrong. The rules here judge records against each other: references that
must resolve, a claim that describes a different agreement than the one it is
attached to, a source that reports a signing before it happened, a signatory
who did not hold the office the record gives, accepted claims that
contradict each other, corrections that loop, agreement fields no accepted
claim backs, quotes that are not in their article.

Each rule is a small function with a stable code (``IS201``) and a docstring
that states it; :data:`RULES` lists them in code order and :func:`validate`
runs them all. Rules read shared indexes from one :class:`Context` built per
call, so that together they cost O(n log n) in the number of records (plus
one step per violation reported): records are grouped by key, never compared
all against all.

Codes are grouped by hundreds: ``IS1xx`` identity and references, ``IS2xx``
agreement identity, ``IS3xx`` time, ``IS4xx`` office-holding, ``IS5xx``
conflicting claims, ``IS6xx`` corrections, ``IS7xx`` support, ``IS8xx``
evidence. ``docs/rules.md`` documents each one. Codes are stable: a retired
rule's code (IS303, IS801) is never given to another rule.
"""

from __future__ import annotations

import bisect
import enum
import hashlib
import inspect
import math
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any, TypeVar

import attrs

from iransyria.dataset import Dataset
from iransyria.dates import Certainty, FuzzyDate
from iransyria.models import (
    FIELD_PREDICATES,
    ActorKind,
    ActorValue,
    Agreement,
    AgreementValue,
    Claim,
    CorrectionKind,
    DateValue,
    EventValue,
    OfficeHeld,
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
from iransyria.queries import describe_value

__all__ = [
    "RULES",
    "Context",
    "Rule",
    "Severity",
    "Violation",
    "normalize",
    "validate",
]

_T = TypeVar("_T")


class Severity(enum.Enum):
    """How bad a violation is: an error fails validation, a warning is reported."""

    ERROR = "error"
    WARNING = "warning"


_RANK = {Severity.ERROR: 0, Severity.WARNING: 1}


@attrs.define(frozen=True)
class Violation:
    """One finding of one rule, located by the path of the record field it concerns."""

    code: str  # stable, e.g. "IS201"
    severity: Severity
    message: str  # one line
    path: str  # record and field: 'claims[clm-x].value.actor'
    related: tuple[str, ...] = ()  # ids of the related records

    def __str__(self) -> str:
        return f"{self.code} {self.severity.value} {self.path}: {self.message}"


Check = Callable[["Context"], Iterable[Violation]]


@attrs.define(frozen=True)
class Rule:
    """A registered rule: its stable code and name, its severity, and the check itself."""

    code: str
    name: str
    severity: Severity
    check: Check
    doc: str  # the check's docstring: the rule, stated


_REGISTRY: dict[str, Rule] = {}


def _rule(code: str, name: str, severity: Severity) -> Callable[[Check], Check]:
    def register(check: Check) -> Check:
        if code in _REGISTRY:
            raise ValueError(f"rule code {code} registered twice")
        _REGISTRY[code] = Rule(code, name, severity, check, inspect.cleandoc(check.__doc__ or ""))
        return check

    return register


def _flag(code: str, path: str, message: str, related: Iterable[str] = ()) -> Violation:
    return Violation(code, _REGISTRY[code].severity, message, path, tuple(related))


def _position_key(position: Position) -> tuple[str, str]:
    return normalize(position.title), position.of


def _position(position: Position) -> str:
    return f"{position.title} ({position.of})"


_JUDGED = frozenset({Standing.ACCEPTED, Standing.DISPUTED})
_ORDER = {Certainty.IMPOSSIBLE: 0, Certainty.POSSIBLE: 1, Certainty.CERTAIN: 2}


# --------------------------------------------------------------------------- the shared indexes


class Context:
    """The dataset, with every index the rules share, built once per :func:`validate` call.

    Look-ups by id and claims grouped by subject and corrections by target are
    the dataset's own cached tables (:class:`Dataset`); the indexes only the
    rules need are built here. Article files are read at most once each.
    """

    def __init__(self, dataset: Dataset, articles: Path | None = None) -> None:
        self.dataset = dataset
        self.articles = articles
        self.sources = dataset.source_index
        self.actors = dataset.actor_index
        self.agreements = dataset.agreement_index
        self.claims = dataset.claim_index
        self.corrections = dataset.correction_index
        self._memo: dict[str, Any] = {}
        self._articles: dict[str, bytes | None] = {}
        self._article_errors: dict[str, str] = {}
        self._texts: dict[str, str | None] = {}
        #: Every claim about a subject (an agreement or an actor), in id order.
        self.claims_by_subject: Mapping[str, tuple[Claim, ...]] = dataset.claims_by_subject
        #: The corrections of each claim, in id order.
        self.corrections_by_target = dataset.corrections_by_target
        #: Every claim about a subject with a predicate, in id order.
        self.claims_by_key: dict[tuple[str, Predicate], list[Claim]] = {}
        for subject, about in self.claims_by_subject.items():
            for claim in about:
                self.claims_by_key.setdefault((subject, claim.predicate), []).append(claim)

        signers: defaultdict[str, dict[str, Agreement]] = defaultdict(dict)
        parties: defaultdict[str, dict[str, Agreement]] = defaultdict(dict)
        places: defaultdict[str, list[Agreement]] = defaultdict(list)
        kinds: defaultdict[str, list[Agreement]] = defaultdict(list)
        provisions: defaultdict[str, dict[str, Agreement]] = defaultdict(dict)
        relating: defaultdict[tuple[str, RelationKind], list[Agreement]] = defaultdict(list)
        for agreement in self.agreements.values():
            for signatory in agreement.signatories:
                signers[signatory.actor][agreement.id] = agreement
            for party in agreement.parties:
                parties[party][agreement.id] = agreement
            if agreement.place is not None:
                places[normalize(agreement.place)].append(agreement)
            kinds[agreement.kind.value].append(agreement)
            for provision in agreement.provisions:
                provisions[normalize(provision)][agreement.id] = agreement
            for relation in agreement.relations:
                relating[relation.target, relation.kind].append(agreement)
        self._signers = {k: list(v.values()) for k, v in signers.items()}
        self._parties = {k: list(v.values()) for k, v in parties.items()}
        self._places = dict(places)
        self._kinds = dict(kinds)
        self._provisions = {k: list(v.values()) for k, v in provisions.items()}
        self._relating = dict(relating)

        # Dated agreements by earliest signing day, with the running maximum of
        # the latest day, so that a date's matches are found by bisection.
        self._dated = sorted(
            (a for a in self.agreements.values() if a.signed is not None),
            key=lambda a: (_signed(a).sort_key, a.id),
        )
        self._earliest = [_signed(a).earliest for a in self._dated]
        self._reach = []
        latest = None
        for agreement in self._dated:
            latest = _signed(agreement).latest if latest is None else max(latest, _signed(agreement).latest)
            self._reach.append(latest)

        offices: defaultdict[tuple[str, tuple[str, str]], list[OfficeHeld]] = defaultdict(list)
        for actor in self.actors.values():
            for office in actor.offices:
                offices[actor.id, _position_key(office.position)].append(office)
        self._offices = dict(offices)

    # ------------------------------------------------------------------ look-ups

    def signed_by(self, actor: str) -> list[Agreement]:
        """The agreements whose record lists ``actor`` as a signatory."""
        return self._signers.get(actor, [])

    def agreements_on(self, date: FuzzyDate) -> list[Agreement]:
        """The agreements that may have been signed on the same day as ``date``."""
        end = bisect.bisect_right(self._earliest, date.latest)
        found = []
        for index in range(end - 1, -1, -1):
            if self._reach[index] < date.earliest:
                break  # nothing signed this early reaches the date
            if _signed(self._dated[index]).latest >= date.earliest:
                found.append(self._dated[index])
        return found[::-1]

    def signed_by_then(self, date: FuzzyDate) -> list[Agreement]:
        """The agreements possibly signed on or before ``date`` (not certainly after it)."""
        return self._dated[: bisect.bisect_right(self._earliest, date.latest)]

    def holding(self, claim: Claim) -> list[Agreement]:
        """The agreements whose record states this claim's value (its field holds it)."""
        value = claim.value
        predicate = claim.predicate
        if predicate is Predicate.KIND and isinstance(value, TextValue):
            return self._kinds.get(normalize(value.text), [])
        if predicate is Predicate.PARTY and isinstance(value, ActorValue):
            return self._parties.get(value.actor, [])
        if predicate is Predicate.SIGNATORY and isinstance(value, ActorValue):
            return self.signed_by(value.actor)
        if predicate is Predicate.SIGNING_DATE and isinstance(value, DateValue):
            return self.agreements_on(value.date)
        if predicate is Predicate.SIGNING_PLACE and isinstance(value, PlaceValue):
            return self._places.get(normalize(value.name), [])
        if predicate is Predicate.PROVISION and isinstance(value, TextValue):
            return self._provisions.get(normalize(value.text), [])
        if predicate is Predicate.RELATED_TO and isinstance(value, AgreementValue):
            return self._relating.get((value.agreement, value.relation), [])
        return []

    def offices_of(self, actor: str, position: Position) -> list[OfficeHeld]:
        """The spans over which ``actor`` held ``position``."""
        return self._offices.get((actor, _position_key(position)), [])

    def article_bytes(self, source: Source) -> bytes | None:
        """The bytes of a source's article file, read once; None without articles, or if unreadable.

        :meth:`article_error` says why a file could not be read.
        """
        if self.articles is None:
            return None
        if source.file not in self._articles:
            try:
                self._articles[source.file] = (self.articles / source.file).read_bytes()
            except FileNotFoundError:
                self._articles[source.file] = None
                self._article_errors[source.file] = f"is not in {self.articles}"
            except OSError as error:
                self._articles[source.file] = None
                reason = error.strerror or type(error).__name__
                self._article_errors[source.file] = f"cannot be read from {self.articles}: {reason}"
        return self._articles[source.file]

    def article_error(self, source: Source) -> str | None:
        """Why a source's article file could not be read (after :meth:`article_bytes`), or None."""
        if self.article_bytes(source) is not None:
            return None
        return self._article_errors.get(source.file)

    def article_text(self, source: Source) -> str | None:
        """The text of a source's article file (UTF-8), or None without articles or a readable file."""
        if source.file not in self._texts:
            data = self.article_bytes(source)
            self._texts[source.file] = None if data is None else data.decode("utf-8", errors="replace")
        return self._texts[source.file]

    def memo(self, key: str, compute: Callable[[], _T]) -> _T:
        """A value computed once per call and shared by the rules that need it."""
        if key not in self._memo:
            self._memo[key] = compute()
        found: _T = self._memo[key]
        return found


def _signed(agreement: Agreement) -> FuzzyDate:
    assert agreement.signed is not None
    return agreement.signed


def _names(ids: Iterable[str], joiner: str = " or ") -> str:
    return joiner.join(sorted(set(ids)))


# --------------------------------------------------------------------------- IS1xx identity


_TABLES = ("sources", "actors", "agreements", "claims", "corrections")


@_rule("IS101", "unique-ids", Severity.ERROR)
def unique_ids(ctx: Context) -> Iterator[Violation]:
    """Every id is unique within its table: two records never share one."""
    for table in _TABLES:
        records: Sequence[Any] = getattr(ctx.dataset, table)
        counts: defaultdict[str, int] = defaultdict(int)
        for record in records:
            counts[record.id] += 1
        for id_, count in counts.items():
            if count > 1:
                yield _flag("IS101", f"{table}[{id_}].id", f"{count} {table} share the id {id_}")


def _references(ctx: Context) -> Iterator[tuple[str, str, str, str]]:
    """Every reference: (path, the referring record's id, the table referred to, the id referred to)."""
    for source in ctx.dataset.sources:
        at = f"sources[{source.id}]"
        if source.outlet is not None:
            yield f"{at}.outlet", source.id, "actors", source.outlet
        for i, derivation in enumerate(source.derived_from):
            if derivation.actor is not None:
                yield f"{at}.derived_from[{i}].actor", source.id, "actors", derivation.actor
            if derivation.source is not None:
                yield f"{at}.derived_from[{i}].source", source.id, "sources", derivation.source
    for actor in ctx.dataset.actors:
        for i, office in enumerate(actor.offices):
            yield f"actors[{actor.id}].offices[{i}].position.of", actor.id, "actors", office.position.of
    for agreement in ctx.dataset.agreements:
        at = f"agreements[{agreement.id}]"
        for i, party in enumerate(agreement.parties):
            yield f"{at}.parties[{i}]", agreement.id, "actors", party
        for i, signatory in enumerate(agreement.signatories):
            yield f"{at}.signatories[{i}].actor", agreement.id, "actors", signatory.actor
            yield f"{at}.signatories[{i}].position.of", agreement.id, "actors", signatory.position.of
        for i, relation in enumerate(agreement.relations):
            yield f"{at}.relations[{i}].target", agreement.id, "agreements", relation.target
    for claim in ctx.dataset.claims:
        at = f"claims[{claim.id}]"
        yield f"{at}.source", claim.id, "sources", claim.source
        subject_table = "agreements" if is_agreement_id(claim.subject) else "actors"
        yield f"{at}.subject", claim.id, subject_table, claim.subject
        value = claim.value
        if isinstance(value, ActorValue):
            yield f"{at}.value.actor", claim.id, "actors", value.actor
            if value.position is not None:
                yield f"{at}.value.position.of", claim.id, "actors", value.position.of
        elif isinstance(value, AgreementValue):
            yield f"{at}.value.agreement", claim.id, "agreements", value.agreement
        if claim.attribution.actor is not None:
            yield f"{at}.attribution.actor", claim.id, "actors", claim.attribution.actor
    for correction in ctx.dataset.corrections:
        at = f"corrections[{correction.id}]"
        yield f"{at}.target", correction.id, "claims", correction.target
        if correction.replacement is not None:
            yield f"{at}.replacement", correction.id, "claims", correction.replacement
        if correction.source is not None:
            yield f"{at}.source", correction.id, "sources", correction.source
        if correction.by is not None:
            yield f"{at}.by", correction.id, "actors", correction.by
        for i, evidence in enumerate(correction.evidence):
            yield f"{at}.evidence[{i}].source", correction.id, "sources", evidence.source


@_rule("IS102", "references-resolve", Severity.ERROR)
def references_resolve(ctx: Context) -> Iterator[Violation]:
    """Every id a record refers to names a record of the right table in the dataset.

    Covers claim sources and subjects, actors inside claim values, positions
    and attributions, agreement parties, signatories and relations, correction
    targets, replacements, sources, authors and evidence, and source outlets
    and derivations.
    """
    tables = {
        "sources": ctx.sources,
        "actors": ctx.actors,
        "agreements": ctx.agreements,
        "claims": ctx.claims,
    }
    for path, owner, table, ref in _references(ctx):
        if ref not in tables[table]:
            yield _flag("IS102", path, f"{owner} refers to {ref}, which is not among the {table}", (ref,))


_PARTY_KINDS = frozenset({ActorKind.STATE, ActorKind.ORGANISATION})
_MEDIA_KINDS = frozenset({ActorKind.OUTLET, ActorKind.ORGANISATION})


@_rule("IS103", "reference-kinds", Severity.ERROR)
def reference_kinds(ctx: Context) -> Iterator[Violation]:
    """A reference names the right kind of actor for its role.

    Parties and the holders of positions are states or organisations;
    signatories are persons; a source's outlet is an outlet; what a source
    derives from, and media that did not report an agreement, are outlets or
    organisations (state media). An office claim names its own subject, and a
    claim cannot relate an agreement to itself.
    """

    def kind_of(actor: str) -> ActorKind | None:
        found = ctx.actors.get(actor)
        return None if found is None else found.kind

    def wrong(actor: str, allowed: frozenset[ActorKind]) -> str | None:
        kind = kind_of(actor)
        if kind is None or kind in allowed:
            return None
        wanted = ", ".join(sorted(k.value for k in allowed))
        return f"{actor} is a {kind.value}, not one of: {wanted}"

    person = frozenset({ActorKind.PERSON})
    outlet = frozenset({ActorKind.OUTLET})
    checks: list[tuple[str, str, frozenset[ActorKind], str]] = []
    for source in ctx.dataset.sources:
        if source.outlet is not None:
            checks.append((f"sources[{source.id}].outlet", source.outlet, outlet, "outlet"))
        for i, derivation in enumerate(source.derived_from):
            if derivation.actor is not None:
                checks.append(
                    (
                        f"sources[{source.id}].derived_from[{i}].actor",
                        derivation.actor,
                        _MEDIA_KINDS,
                        "origin",
                    )
                )
    for actor in ctx.dataset.actors:
        for i, office in enumerate(actor.offices):
            checks.append(
                (f"actors[{actor.id}].offices[{i}].position.of", office.position.of, _PARTY_KINDS, "office")
            )
    for agreement in ctx.dataset.agreements:
        at = f"agreements[{agreement.id}]"
        for i, party in enumerate(agreement.parties):
            checks.append((f"{at}.parties[{i}]", party, _PARTY_KINDS, "party"))
        for i, signatory in enumerate(agreement.signatories):
            checks.append((f"{at}.signatories[{i}].actor", signatory.actor, person, "signatory"))
            checks.append(
                (f"{at}.signatories[{i}].position.of", signatory.position.of, _PARTY_KINDS, "office")
            )
    for claim in ctx.dataset.claims:
        at = f"claims[{claim.id}]"
        value = claim.value
        if isinstance(value, ActorValue):
            expected = {
                Predicate.PARTY: ("party", _PARTY_KINDS),
                Predicate.SIGNATORY: ("signatory", person),
                Predicate.NOT_REPORTED_BY: ("medium", _MEDIA_KINDS),
            }.get(claim.predicate)
            if expected is not None:
                checks.append((f"{at}.value.actor", value.actor, expected[1], expected[0]))
            if value.position is not None:
                checks.append((f"{at}.value.position.of", value.position.of, _PARTY_KINDS, "office"))
            if claim.predicate is Predicate.HOLDS_OFFICE:
                if value.actor != claim.subject:
                    yield _flag(
                        "IS103",
                        f"{at}.value.actor",
                        f"office claim {claim.id} is about {claim.subject} but names {value.actor} as holder",
                        (value.actor,),
                    )
                if value.position is None:
                    yield _flag("IS103", f"{at}.value.position", f"office claim {claim.id} gives no position")
        if isinstance(value, AgreementValue) and value.agreement == claim.subject:
            yield _flag(
                "IS103",
                f"{at}.value.agreement",
                f"claim {claim.id} relates {claim.subject} to itself",
                (claim.subject,),
            )
    for path, referred, allowed, role in checks:
        problem = wrong(referred, allowed)
        if problem is not None:
            yield _flag("IS103", path, f"{role} {problem}", (referred,))


@_rule("IS104", "unique-names", Severity.ERROR)
def unique_names(ctx: Context) -> Iterator[Violation]:
    """No name or alias (compared case-folded) belongs to two actors: a name must say who it names."""
    owners: defaultdict[str, dict[str, str]] = defaultdict(dict)  # name -> actor -> first path
    for actor in ctx.dataset.actors:
        places = [(f"actors[{actor.id}].name", actor.name)]
        places += [(f"actors[{actor.id}].aliases[{i}].name", a.name) for i, a in enumerate(actor.aliases)]
        for path, name in places:
            owners[normalize(name)].setdefault(actor.id, path)
    for name, by_actor in owners.items():
        if len(by_actor) < 2:
            continue
        owner_ids = sorted(by_actor)
        for owner in owner_ids[1:]:
            others = [other for other in owner_ids if other != owner]
            yield _flag(
                "IS104",
                by_actor[owner],
                f"the name {name!r} of {owner} also names {_names(others, ', ')}",
                others,
            )


# --------------------------------------------------------------------------- IS2xx agreement identity


def _contradicts(claim: Claim, agreement: Agreement) -> bool:
    """Whether the claim's value cannot be a field of ``agreement``'s record."""
    value = claim.value
    predicate = claim.predicate
    if predicate is Predicate.KIND and isinstance(value, TextValue):
        return normalize(value.text) != agreement.kind.value
    if predicate is Predicate.PARTY and isinstance(value, ActorValue):
        return value.actor not in agreement.parties
    if predicate is Predicate.SIGNATORY and isinstance(value, ActorValue):
        return all(s.actor != value.actor for s in agreement.signatories)
    if predicate is Predicate.SIGNING_DATE and isinstance(value, DateValue):
        return agreement.signed is not None and agreement.signed.same_day(value.date) is Certainty.IMPOSSIBLE
    if predicate is Predicate.SIGNING_PLACE and isinstance(value, PlaceValue):
        return agreement.place is not None and normalize(agreement.place) != normalize(value.name)
    if predicate is Predicate.RELATED_TO and isinstance(value, AgreementValue):
        return value.agreement == agreement.id
    return False


def _content_reason(claim: Claim, agreement: Agreement, others: list[Agreement]) -> tuple[str, str]:
    """(field path, why) for a claim whose content fits ``others`` and contradicts ``agreement``."""
    at = f"claims[{claim.id}].value"
    a = agreement.id
    names = _names(b.id for b in others)
    value = claim.value
    if isinstance(value, ActorValue) and claim.predicate is Predicate.SIGNATORY:
        return (
            f"{at}.actor",
            f"signatory {value.actor} signed {_names((b.id for b in others), ' and ')}, not {a}",
        )
    if isinstance(value, ActorValue):
        return f"{at}.actor", f"{value.actor} is a party to {names}, not to {a}"
    if isinstance(value, DateValue):
        dates = " or ".join(f"{b.id}'s ({b.signed})" for b in others)
        return (
            f"{at}.date",
            f"signing date {value.date} cannot be {a}'s ({agreement.signed}) but can be {dates}",
        )
    if isinstance(value, PlaceValue):
        return f"{at}.name", f"signing place {value.name!r} is {names}'s, not {a}'s ({agreement.place!r})"
    if isinstance(value, TextValue):
        return f"{at}.text", f"kind {value.text!r} is {names}'s, not {a}'s ({agreement.kind.value!r})"
    assert isinstance(value, AgreementValue)
    kind = value.relation.value
    return f"{at}.agreement", f"{a} cannot be {kind} itself, while {names} is {kind} {a}"


_CONTENT = frozenset(
    {
        Predicate.KIND,
        Predicate.PARTY,
        Predicate.SIGNATORY,
        Predicate.SIGNING_DATE,
        Predicate.SIGNING_PLACE,
        Predicate.RELATED_TO,
    }
)


@_rule("IS201", "agreement-identity", Severity.ERROR)
def agreement_identity(ctx: Context) -> Iterator[Violation]:
    """A claim attached to agreement A must not describe another agreement B instead.

    It does when its content fits B and contradicts A: a signatory who signed
    B but not A; a signing date that cannot be A's but can be B's; a signing
    place, kind, party or relation that is B's and cannot be A's. Or when its
    source was certainly published before A was signed, while B (which the
    claim's value fits, or does not contradict) was signed by then. Shared
    content (the same signatory, place or parties for both) identifies
    nothing. Only accepted and disputed claims are judged: refuted and
    superseded ones are already marked wrong. The message names B.
    """
    for claim in ctx.dataset.claims:
        if claim.standing not in _JUDGED:
            continue
        agreement = ctx.agreements.get(claim.subject)
        if agreement is None:
            continue
        reasons: list[tuple[str, str]] = []
        described: set[str] = set()
        if claim.predicate in _CONTENT and _contradicts(claim, agreement):
            others = [b for b in ctx.holding(claim) if b.id != agreement.id]
            if others:
                reasons.append(_content_reason(claim, agreement, others))
                described.update(b.id for b in others)
        source = ctx.sources.get(claim.source)
        published = None if source is None else source.published
        if (
            published is not None
            and agreement.signed is not None
            and published.before(agreement.signed) is Certainty.CERTAIN
        ):
            reported = {b.id for b in ctx.signed_by_then(published)} - {agreement.id}
            others = [b for b in ctx.holding(claim) if b.id in reported]
            if not others:
                others = [ctx.agreements[b] for b in sorted(reported)]
                others = [b for b in others if not _contradicts(claim, b)]
            if others:
                signed = " or ".join(f"{b.id} ({b.signed})" for b in others)
                reasons.append(
                    (
                        f"claims[{claim.id}].source",
                        f"its source {claim.source} (published {published}) certainly predates "
                        f"{agreement.id}'s signing ({agreement.signed}), while {signed} was signed by then",
                    )
                )
                described.update(b.id for b in others)
        if reasons:
            yield _flag(
                "IS201",
                reasons[0][0],
                f"claim {claim.id} on {agreement.id} describes {_names(described)}: "
                + "; ".join(why for _, why in reasons),
                sorted(described),
            )


# --------------------------------------------------------------------------- IS3xx time


def _reporting_times(ctx: Context) -> list[tuple[Certainty, str, str, tuple[str, ...]]]:
    """(certainty, path, message, related) for every report that may predate what it reports."""

    def compute() -> list[tuple[Certainty, str, str, tuple[str, ...]]]:
        found: list[tuple[Certainty, str, str, tuple[str, ...]]] = []
        reports: defaultdict[tuple[str, str], list[str]] = defaultdict(list)
        for claim in ctx.dataset.claims:
            if claim.subject in ctx.agreements:
                reports[claim.source, claim.subject].append(claim.id)
        for (source_id, agreement_id), claim_ids in sorted(reports.items()):
            source = ctx.sources.get(source_id)
            agreement = ctx.agreements[agreement_id]
            if source is None or source.published is None or agreement.signed is None:
                continue
            certainty = source.published.before(agreement.signed)
            if certainty is not Certainty.IMPOSSIBLE:
                found.append(
                    (
                        certainty,
                        f"sources[{source_id}].published",
                        f"source {source_id} (published {source.published}) {certainty.value} predates "
                        f"the signing of {agreement_id} ({agreement.signed}) that it reports "
                        f"in {len(claim_ids)} claim(s)",
                        (agreement_id, *claim_ids),
                    )
                )
        for claim in ctx.dataset.claims:
            if claim.predicate is not Predicate.SIGNING_DATE or claim.standing not in _JUDGED:
                continue
            source = ctx.sources.get(claim.source)
            value = claim.value
            if source is None or source.published is None or not isinstance(value, DateValue):
                continue
            certainty = source.published.before(value.date)
            reported = ctx.agreements.get(claim.subject)
            # A claim on a dated agreement was judged above as a report of that
            # agreement; say more only if its own date makes it worse.
            if (
                reported is not None
                and reported.signed is not None
                and _ORDER[certainty] <= _ORDER[source.published.before(reported.signed)]
            ):
                continue
            if certainty is not Certainty.IMPOSSIBLE:
                found.append(
                    (
                        certainty,
                        f"claims[{claim.id}].value.date",
                        f"claim {claim.id} dates a signing {value.date}, {certainty.value} after its source "
                        f"{source.id} was published ({source.published})",
                        (source.id,),
                    )
                )
        return found

    return ctx.memo("reporting-times", compute)


@_rule("IS301", "report-predates-signing", Severity.ERROR)
def report_predates_signing(ctx: Context) -> Iterator[Violation]:
    """A source cannot report a signing it was certainly published before.

    Judged for every source against each agreement it has claims about, and
    for each accepted or disputed signing-date claim against its own date.
    """
    for certainty, path, message, related in _reporting_times(ctx):
        if certainty is Certainty.CERTAIN:
            yield _flag("IS301", path, message, related)


@_rule("IS302", "report-may-predate-signing", Severity.WARNING)
def report_may_predate_signing(ctx: Context) -> Iterator[Violation]:
    """A source possibly published before a signing it reports: the dates are too coarse to tell.

    The same judgement as IS301 where the dates' precision leaves it open.
    """
    for certainty, path, message, related in _reporting_times(ctx):
        if certainty is Certainty.POSSIBLE:
            yield _flag("IS302", path, message, related)


@_rule("IS304", "correction-predates-claim", Severity.ERROR)
def correction_predates_claim(ctx: Context) -> Iterator[Violation]:
    """A correction cannot be dated certainly before the source of the claim it corrects was published."""
    for correction in ctx.dataset.corrections:
        target = ctx.claims.get(correction.target)
        if correction.date is None or target is None:
            continue
        source = ctx.sources.get(target.source)
        if source is None or source.published is None:
            continue
        if correction.date.before(source.published) is Certainty.CERTAIN:
            yield _flag(
                "IS304",
                f"corrections[{correction.id}].date",
                f"correction {correction.id} is dated {correction.date}, certainly before {source.id} "
                f"({source.published}) published the claim {target.id} it corrects",
                (target.id, source.id),
            )


# --------------------------------------------------------------------------- IS4xx office-holding


def _office_verdict(
    ctx: Context, actor: str, position: Position, date: FuzzyDate
) -> tuple[Certainty | None, str]:
    """Whether ``actor`` held ``position`` on ``date``, and the spans known.

    The certainty is None when it cannot be judged: no span of that office
    with a start or an end is recorded.
    """
    spans = [o for o in ctx.offices_of(actor, position) if o.start is not None or o.end is not None]
    if not spans:
        held = bool(ctx.offices_of(actor, position))
        return None, "no span is recorded for that office" if held else "no such office is recorded"
    best = max((date.within(o.start, o.end) for o in spans), key=_ORDER.__getitem__)
    known = ", ".join(f"from {o.start or '?'} to {o.end or 'open'}" for o in spans)
    return best, f"held {known}"


# (verdict, path, message, related): a signatory not certainly in office; None: unknown.
_OfficeFinding = tuple[Certainty | None, str, str, tuple[str, ...]]


def _office_findings(ctx: Context) -> list[_OfficeFinding]:
    """(verdict, path, message, related) for every signatory that is not certainly in office."""

    def describe(
        verdict: Certainty | None, actor: str, position: Position, date: FuzzyDate, spans: str
    ) -> str:
        if verdict is None:
            return f"whether {actor} held {_position(position)} on {date} is unknown: {spans}"
        how = "certainly" if verdict is Certainty.IMPOSSIBLE else "possibly"
        return f"{actor} {how} did not hold {_position(position)} on {date}: {spans}"

    def compute() -> list[_OfficeFinding]:
        found: list[_OfficeFinding] = []
        for agreement in ctx.dataset.agreements:
            if agreement.signed is None:
                continue
            for i, signatory in enumerate(agreement.signatories):
                if signatory.actor not in ctx.actors:
                    continue
                verdict, spans = _office_verdict(ctx, signatory.actor, signatory.position, agreement.signed)
                if verdict is not Certainty.CERTAIN:
                    found.append(
                        (
                            verdict,
                            f"agreements[{agreement.id}].signatories[{i}]",
                            describe(verdict, signatory.actor, signatory.position, agreement.signed, spans)
                            + f" (signing {agreement.id})",
                            (signatory.actor,),
                        )
                    )
        for claim in ctx.dataset.claims:
            value = claim.value
            if (
                claim.predicate is not Predicate.SIGNATORY
                or claim.standing is not Standing.ACCEPTED
                or not isinstance(value, ActorValue)
                or value.position is None
                or value.actor not in ctx.actors
            ):
                continue
            signed = ctx.agreements.get(claim.subject)
            if signed is None or signed.signed is None:
                continue
            key = (value.actor, _position_key(value.position))
            if any((s.actor, _position_key(s.position)) == key for s in signed.signatories):
                continue  # the same signatory is judged on the agreement record
            verdict, spans = _office_verdict(ctx, value.actor, value.position, signed.signed)
            if verdict is not Certainty.CERTAIN:
                found.append(
                    (
                        verdict,
                        f"claims[{claim.id}].value.position",
                        describe(verdict, value.actor, value.position, signed.signed, spans)
                        + f" (claim {claim.id}: signing {signed.id})",
                        (value.actor,),
                    )
                )
        return found

    return ctx.memo("office-findings", compute)


@_rule("IS401", "signatory-out-of-office", Severity.ERROR)
def signatory_out_of_office(ctx: Context) -> Iterator[Violation]:
    """A signatory held the office the record gives on the signing date.

    Judged from the signatory's office spans for every agreement signatory,
    and for every accepted signatory claim that names a signatory or position
    the agreement record does not (the others are judged on the record). An
    error when the date is certainly outside every span of that office.
    """
    for verdict, path, message, related in _office_findings(ctx):
        if verdict is Certainty.IMPOSSIBLE:
            yield _flag("IS401", path, message, related)


@_rule("IS402", "signatory-may-be-out-of-office", Severity.WARNING)
def signatory_may_be_out_of_office(ctx: Context) -> Iterator[Violation]:
    """As IS401, where the dates' precision leaves open whether the signing fell inside the span."""
    for verdict, path, message, related in _office_findings(ctx):
        if verdict is Certainty.POSSIBLE:
            yield _flag("IS402", path, message, related)


@_rule("IS403", "signatory-office-unknown", Severity.WARNING)
def signatory_office_unknown(ctx: Context) -> Iterator[Violation]:
    """As IS401, where no dated span of that office is recorded for the signatory: it cannot be judged."""
    for verdict, path, message, related in _office_findings(ctx):
        if verdict is None:
            yield _flag("IS403", path, message, related)


# --------------------------------------------------------------------------- IS5xx conflicts

# A conflict: (first claim, second claim, field path on the second, why). The
# first has the smaller id.
_Conflict = tuple[Claim, Claim, str, str]


def _pair(a: Claim, b: Claim, field: str, why: str) -> _Conflict:
    return (a, b, field, why) if a.id < b.id else (b, a, field, why)


def _across_classes(
    claims: list[Claim], key: Callable[[Claim], Any], field: str, why: str
) -> list[_Conflict]:
    """Every pair of claims whose keys differ."""
    classes: dict[Any, list[Claim]] = defaultdict(list)
    for claim in claims:
        classes[key(claim)].append(claim)
    found: list[_Conflict] = []
    seen: list[Claim] = []
    for members in classes.values():
        for claim in members:
            found.extend(_pair(other, claim, field, why) for other in seen)
        seen.extend(members)
    return found


def _disjoint(
    claims: list[Claim], bounds: Callable[[Claim], tuple[Any, Any]], field: str, why: str
) -> list[_Conflict]:
    """Every pair of claims whose (low, high) intervals cannot overlap, found by bisection."""
    by_high = sorted(claims, key=lambda c: (bounds(c)[1], c.id))
    highs = [bounds(c)[1] for c in by_high]
    found: list[_Conflict] = []
    for claim in claims:
        for other in by_high[: bisect.bisect_left(highs, bounds(claim)[0])]:
            found.append(_pair(other, claim, field, why))
    return found


def _date_bounds(claim: Claim) -> tuple[Any, Any]:
    value = claim.value
    assert isinstance(value, (DateValue, EventValue))
    return value.date.earliest, value.date.latest


def _quantity_bounds(claim: Claim) -> tuple[float, float]:
    value = claim.value
    assert isinstance(value, QuantityValue)
    low = -math.inf if value.low is None else float(value.low)
    high = math.inf if value.high is None else float(value.high)
    return low, high


def _group_conflicts(ctx: Context, predicate: Predicate, claims: list[Claim]) -> list[_Conflict]:
    def text(claim: Claim) -> str:
        value = claim.value
        assert isinstance(value, TextValue)
        return normalize(value.text)

    def place(claim: Claim) -> str:
        value = claim.value
        assert isinstance(value, PlaceValue)
        return normalize(value.name)

    def actor(claim: Claim) -> str:
        value = claim.value
        assert isinstance(value, ActorValue)
        return value.actor

    def position(claim: Claim) -> tuple[str, str] | None:
        value = claim.value
        assert isinstance(value, ActorValue)
        return None if value.position is None else _position_key(value.position)

    def sub_groups(key: Callable[[Claim], Any]) -> list[list[Claim]]:
        groups: defaultdict[Any, list[Claim]] = defaultdict(list)
        for claim in claims:
            groups[key(claim)].append(claim)
        return [group for group in groups.values() if len(group) > 1]

    if predicate is Predicate.KIND:
        return _across_classes(claims, text, "value.text", "different kinds")
    if predicate is Predicate.SIGNING_PLACE:
        return _across_classes(claims, place, "value.name", "different places")
    if predicate is Predicate.SIGNING_DATE:
        return _disjoint(claims, _date_bounds, "value.date", "the dates cannot be the same day")
    if predicate is Predicate.SIGNATORY:
        found = []
        for group in sub_groups(actor):
            found += _across_classes(group, position, "value.position", "one signatory, different positions")
        for group in sub_groups(position):
            found += _across_classes(group, actor, "value.actor", "one position, different signatories")
        return found
    if predicate in (Predicate.EVENT, Predicate.VISIT):

        def description(claim: Claim) -> str:
            value = claim.value
            assert isinstance(value, EventValue)
            return normalize(value.description)

        def event_place(claim: Claim) -> str | None:
            value = claim.value
            assert isinstance(value, EventValue)
            return None if value.place is None else normalize(value.place)

        found = []
        for group in sub_groups(description):
            found += _disjoint(
                group, _date_bounds, "value.date", "one event, dates that cannot be the same day"
            )
            placed = [c for c in group if event_place(c) is not None]
            found += _across_classes(placed, event_place, "value.place", "one event, different places")
        return found
    if predicate is Predicate.QUANTITY:

        def unit(claim: Claim) -> str:
            value = claim.value
            assert isinstance(value, QuantityValue)
            return normalize(value.unit)

        def same_time(a: Claim, b: Claim) -> bool:
            first, second = ctx.sources.get(a.source), ctx.sources.get(b.source)
            if first is None or second is None or first.published is None or second.published is None:
                return True
            return first.published.same_day(second.published) is not Certainty.IMPOSSIBLE

        found = []
        for group in sub_groups(unit):
            found += [
                conflict
                for conflict in _disjoint(group, _quantity_bounds, "value", "figures that cannot both hold")
                if same_time(conflict[0], conflict[1])
            ]
        return found
    return []  # multi-valued without a conflict: see docs/rules.md


def _conflicts(ctx: Context) -> list[_Conflict]:
    def compute() -> list[_Conflict]:
        found: list[_Conflict] = []
        for (_, predicate), claims in ctx.claims_by_key.items():
            judged = [c for c in claims if c.standing in _JUDGED]
            if len(judged) > 1 and any(c.standing is Standing.ACCEPTED for c in judged):
                found += _group_conflicts(ctx, predicate, judged)
        return found

    return ctx.memo("conflicts", compute)


@_rule("IS501", "conflicting-claims", Severity.ERROR)
def conflicting_claims(ctx: Context) -> Iterator[Violation]:
    """Two accepted claims on the same subject and predicate do not contradict each other.

    Incompatible means: signing dates (or the dates of one event) that cannot
    be the same day; different kinds; different signing places; one signatory
    with different positions, or one position held by different signatories;
    one event in different places; figures in the same unit whose bounds
    cannot overlap, reported by sources that may be of the same day. Parties,
    provisions, relations, media that did not report, offices held, names,
    visits and events under different descriptions, statements and assertions
    are many-valued and never conflict. A conflict is resolved by refuting or
    superseding one side (with a correction or a reason, IS605), or by marking
    both disputed.
    """
    for first, second, field, why in _conflicts(ctx):
        if first.standing is second.standing is Standing.ACCEPTED:
            yield _flag(
                "IS501",
                f"claims[{second.id}].{field}",
                f"accepted claims {first.id} and {second.id} on {second.subject} "
                f"{second.predicate.value} conflict ({why}): "
                f"{describe_value(first.value, quote=True)} vs {describe_value(second.value, quote=True)}",
                (first.id,),
            )


@_rule("IS502", "half-settled-dispute", Severity.WARNING)
def half_settled_dispute(ctx: Context) -> Iterator[Violation]:
    """A disputed claim conflicts with an accepted one: either both are disputed, or one is refuted.

    'Disputed' means neither side is settled, so the side it disputes cannot
    be accepted. Conflicts are those of IS501.
    """
    for first, second, field, why in _conflicts(ctx):
        if first.standing is not second.standing:
            disputed, accepted = (first, second) if first.standing is Standing.DISPUTED else (second, first)
            yield _flag(
                "IS502",
                f"claims[{disputed.id}].{field}",
                f"disputed claim {disputed.id} conflicts with accepted claim {accepted.id} on "
                f"{disputed.subject} {disputed.predicate.value} ({why}): "
                f"{describe_value(disputed.value, quote=True)} vs {describe_value(accepted.value, quote=True)}",
                (accepted.id,),
            )


# --------------------------------------------------------------------------- IS6xx corrections


@_rule("IS601", "corrected-claim-standing", Severity.ERROR)
def corrected_claim_standing(ctx: Context) -> Iterator[Violation]:
    """The claim a correction targets is refuted or superseded, not left accepted or disputed."""
    for correction in ctx.dataset.corrections:
        target = ctx.claims.get(correction.target)
        if target is not None and target.standing in _JUDGED:
            yield _flag(
                "IS601",
                f"corrections[{correction.id}].target",
                f"correction {correction.id} corrects {target.id}, which is still {target.standing.value}",
                (target.id,),
            )


@_rule("IS602", "publisher-correction-source", Severity.ERROR)
def publisher_correction_source(ctx: Context) -> Iterator[Violation]:
    """A publisher's correction comes from the source of the claim it corrects (and of its replacement)."""
    for correction in ctx.dataset.corrections:
        if correction.kind is not CorrectionKind.PUBLISHER:
            continue
        for field, claim_id in (("target", correction.target), ("replacement", correction.replacement)):
            claim = None if claim_id is None else ctx.claims.get(claim_id)
            if claim is not None and claim.source != correction.source:
                yield _flag(
                    "IS602",
                    f"corrections[{correction.id}].source",
                    f"publisher correction {correction.id} comes from {correction.source}, but its "
                    f"{field} {claim.id} from {claim.source}",
                    (claim.id,),
                )


@_rule("IS603", "correction-changes-something", Severity.ERROR)
def correction_changes_something(ctx: Context) -> Iterator[Violation]:
    """A correction's 'after' differs from its 'before' (ignoring only runs of whitespace)."""
    for correction in ctx.dataset.corrections:
        if " ".join(correction.before.split()) == " ".join(correction.after.split()):
            yield _flag(
                "IS603",
                f"corrections[{correction.id}].after",
                f"correction {correction.id} changes nothing: before and after are both {correction.after!r}",
            )


def _strongly_connected(edges: dict[str, list[str]]) -> list[list[str]]:
    """Tarjan's strongly connected components, iteratively, in O(V + E)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    components: list[list[str]] = []
    for root in sorted(edges):
        if root in index:
            continue
        work: list[tuple[str, Iterator[str]]] = [(root, iter(edges.get(root, ())))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, successors = work[-1]
            advanced = False
            for successor in successors:
                if successor not in index:
                    index[successor] = low[successor] = len(index)
                    stack.append(successor)
                    on_stack.add(successor)
                    work.append((successor, iter(edges.get(successor, ()))))
                    advanced = True
                    break
                if successor in on_stack:
                    low[node] = min(low[node], index[successor])
            if advanced:
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                components.append(component)
    return components


@_rule("IS604", "correction-loop", Severity.ERROR)
def correction_loop(ctx: Context) -> Iterator[Violation]:
    """Corrections never loop: following target -> replacement never returns to a claim already passed."""
    edges: defaultdict[str, list[str]] = defaultdict(list)
    by_edge: defaultdict[tuple[str, str], list[str]] = defaultdict(list)
    for correction in ctx.dataset.corrections:
        if correction.replacement is not None:
            edges[correction.target].append(correction.replacement)
            by_edge[correction.target, correction.replacement].append(correction.id)
    for component in _strongly_connected(edges):
        members = set(component)
        loop = sorted(
            (cid, target, replacement)
            for (target, replacement), ids in by_edge.items()
            if target in members and replacement in members
            for cid in ids
        )
        if not loop:
            continue
        steps = ", ".join(f"{cid} ({target} -> {replacement})" for cid, target, replacement in loop)
        yield _flag(
            "IS604",
            f"corrections[{loop[0][0]}].replacement",
            f"corrections loop through claims {_names(members, ', ')}: {steps}",
            [cid for cid, _, _ in loop],
        )


@_rule("IS605", "unexplained-standing", Severity.ERROR)
def unexplained_standing(ctx: Context) -> Iterator[Violation]:
    """Every refuted or superseded claim has a correction targeting it, or states its reason."""
    for claim in ctx.dataset.claims:
        if claim.standing in _JUDGED or claim.reason is not None:
            continue
        if claim.id not in ctx.corrections_by_target:
            yield _flag(
                "IS605",
                f"claims[{claim.id}].standing",
                f"claim {claim.id} is {claim.standing.value}, but no correction targets it and it gives no reason",
            )


# --------------------------------------------------------------------------- IS7xx support


def _backs(claim: Claim, field: str, agreement: Agreement, index: int) -> bool:
    """Whether the claim states the value of the agreement's field (``index`` for list fields)."""
    value = claim.value
    if field == "kind":
        return isinstance(value, TextValue) and normalize(value.text) == agreement.kind.value
    if field == "parties":
        return isinstance(value, ActorValue) and value.actor == agreement.parties[index]
    if field == "signatories":
        signatory = agreement.signatories[index]
        return (
            isinstance(value, ActorValue)
            and value.actor == signatory.actor
            and value.position is not None
            and _position_key(value.position) == _position_key(signatory.position)
        )
    if field == "signed":
        return (
            isinstance(value, DateValue)
            and agreement.signed is not None
            and agreement.signed.same_day(value.date) is not Certainty.IMPOSSIBLE
        )
    if field == "place":
        return (
            isinstance(value, PlaceValue)
            and agreement.place is not None
            and normalize(value.name) == normalize(agreement.place)
        )
    if field == "provisions":
        return isinstance(value, TextValue) and normalize(value.text) == normalize(
            agreement.provisions[index]
        )
    relation = agreement.relations[index]
    return (
        isinstance(value, AgreementValue)
        and value.agreement == relation.target
        and value.relation is relation.kind
    )


#: Where in a claim the value of each agreement field sits, for IS702's paths.
_VALUE_PATHS: dict[str, str] = {
    "kind": "value.text",
    "parties": "value.actor",
    "signatories": "value.actor",
    "signed": "value.date",
    "place": "value.name",
    "provisions": "value.text",
    "relations": "value.agreement",
}
_PREDICATE_FIELDS: dict[Predicate, str] = {predicate: field for field, predicate in FIELD_PREDICATES.items()}


def _field_entries(agreement: Agreement, field: str) -> list[tuple[int, str, str]]:
    """(index, path suffix, description) for each entry of the field that needs backing."""
    if field == "kind":
        return [(0, "kind", f"kind {agreement.kind.value!r}")]
    if field == "signed":
        return [] if agreement.signed is None else [(0, "signed", f"signing date {agreement.signed}")]
    if field == "place":
        return [] if agreement.place is None else [(0, "place", f"signing place {agreement.place!r}")]
    if field == "parties":
        return [(i, f"parties[{i}]", f"party {p}") for i, p in enumerate(agreement.parties)]
    if field == "signatories":
        return [
            (i, f"signatories[{i}]", f"signatory {s.actor} as {_position(s.position)}")
            for i, s in enumerate(agreement.signatories)
        ]
    if field == "provisions":
        return [(i, f"provisions[{i}]", f"provision {p!r}") for i, p in enumerate(agreement.provisions)]
    return [
        (i, f"relations[{i}]", f"relation {r.kind.value} {r.target}")
        for i, r in enumerate(agreement.relations)
    ]


@_rule("IS701", "unsupported-field", Severity.ERROR)
def unsupported_field(ctx: Context) -> Iterator[Violation]:
    """Every field of an agreement is backed by at least one accepted claim on that agreement.

    The kind, each party, each signatory with its position, the signing date
    (an accepted date claim that may be the same day), the place, each
    provision and each relation. The related ids name the claims that state
    the value but are not accepted, if any.
    """
    for agreement in ctx.dataset.agreements:
        for field, predicate in FIELD_PREDICATES.items():
            claims = ctx.claims_by_key.get((agreement.id, predicate), [])
            for index, suffix, what in _field_entries(agreement, field):
                stating = [c for c in claims if _backs(c, field, agreement, index)]
                if any(c.standing is Standing.ACCEPTED for c in stating):
                    continue
                others = sorted(c.id for c in stating)
                only = f" (only {', '.join(others)}, not accepted)" if others else ""
                yield _flag(
                    "IS701",
                    f"agreements[{agreement.id}].{suffix}",
                    f"{agreement.id}'s {what} is backed by no accepted claim{only}",
                    others,
                )


@_rule("IS702", "unreflected-claim", Severity.WARNING)
def unreflected_claim(ctx: Context) -> Iterator[Violation]:
    """An accepted claim about an agreement's field is reflected in the agreement's record.

    An accepted party, signatory, provision or relation the record lacks, or
    a kind, signing date or place the record contradicts, means either the
    record is incomplete or the claim should not be accepted.
    """
    for claim in ctx.dataset.claims:
        field = _PREDICATE_FIELDS.get(claim.predicate)
        agreement = ctx.agreements.get(claim.subject)
        if field is None or agreement is None or claim.standing is not Standing.ACCEPTED:
            continue
        entries = _field_entries(agreement, field)
        if any(_backs(claim, field, agreement, index) for index, _, _ in entries):
            continue
        yield _flag(
            "IS702",
            f"claims[{claim.id}].{_VALUE_PATHS[field]}",
            f"accepted claim {claim.id} gives {agreement.id} the {claim.predicate.value} "
            f"{describe_value(claim.value, quote=True)}, which its record does not have",
            (agreement.id,),
        )


# --------------------------------------------------------------------------- IS8xx evidence


def _quotes(ctx: Context) -> Iterator[tuple[str, str, str]]:
    """(path, source id, quote) for every claim quote and correction evidence quote."""
    for claim in ctx.dataset.claims:
        yield f"claims[{claim.id}].quote", claim.source, claim.quote
    for correction in ctx.dataset.corrections:
        for i, evidence in enumerate(correction.evidence):
            yield f"corrections[{correction.id}].evidence[{i}].quote", evidence.source, evidence.quote


@_rule("IS802", "article-missing", Severity.ERROR)
def article_missing(ctx: Context) -> Iterator[Violation]:
    """With the articles folder given, each source's article file is in it and can be read."""
    if ctx.articles is None:
        return
    for source in ctx.dataset.sources:
        problem = ctx.article_error(source)
        if problem is not None:
            yield _flag(
                "IS802", f"sources[{source.id}].file", f"article file {source.file} of {source.id} {problem}"
            )


@_rule("IS803", "article-hash", Severity.ERROR)
def article_hash(ctx: Context) -> Iterator[Violation]:
    """With the articles folder given, each article file's SHA-256 is the one its source records."""
    for source in ctx.dataset.sources:
        data = ctx.article_bytes(source)
        if data is None:
            continue  # no folder, or IS802 reports the file
        digest = hashlib.sha256(data).hexdigest()
        if digest != source.sha256:
            yield _flag(
                "IS803",
                f"sources[{source.id}].sha256",
                f"article file {source.file} has SHA-256 {digest}, not the {source.sha256} of {source.id}",
            )


@_rule("IS804", "quote-not-in-article", Severity.ERROR)
def quote_not_in_article(ctx: Context) -> Iterator[Violation]:
    """With the articles folder given, every quote is an exact substring of its source's article."""
    if ctx.articles is None:
        return
    for path, source_id, quote in _quotes(ctx):
        source = ctx.sources.get(source_id)
        text = None if source is None else ctx.article_text(source)
        if text is not None and quote not in text:
            shown = quote if len(quote) <= 60 else quote[:57] + "..."
            yield _flag("IS804", path, f"the quote {shown!r} is not in {source_id}'s article", (source_id,))


# --------------------------------------------------------------------------- the registry


#: Every rule, in code order.
RULES: tuple[Rule, ...] = tuple(_REGISTRY[code] for code in sorted(_REGISTRY))


def validate(dataset: Dataset, articles: Path | None = None) -> list[Violation]:
    """Run every rule; the violations sorted by severity (errors first), code and path.

    ``articles`` is the folder of the article files; without it the rules
    that read them (IS802-IS804) check nothing.
    """
    ctx = Context(dataset, articles)
    found = [violation for rule in RULES for violation in rule.check(ctx)]
    return sorted(found, key=lambda v: (_RANK[v.severity], v.code, v.path, v.message, v.related))
