"""Identity and references (IS1xx).

Every record has an id unique in its table, every reference resolves to a
record of the right table and of the right kind, and every name says whom it
names.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from typing import Any

from iransyria.models import (
    ActorKind,
    ActorValue,
    AgreementValue,
    ParticipantValue,
    Predicate,
    RecordValue,
    StatementValue,
    is_agreement_id,
    is_event_id,
    normalize,
    subject_kind,
)
from iransyria.rules.base import Severity, Violation, flag, register
from iransyria.rules.context import Context, join_ids

_TABLES = ("sources", "actors", "agreements", "claims", "corrections", "events", "references")


@register("IS101", "unique-ids", Severity.ERROR)
def unique_ids(ctx: Context) -> Iterator[Violation]:
    """Every id is unique within its table: two records never share one.

    ## What it checks
    That no two records of one table share an id (the id prefixes keep tables
    apart). Reported once per duplicated id.

    ## Why
    Every reference, index and path is by id; a duplicate makes one record
    unreachable (`Dataset` indexes keep the first).

    ## Example
    `claims[clm-18-kind].id`: 2 claims share the id clm-18-kind
    """
    for table in _TABLES:
        records: Sequence[Any] = getattr(ctx.dataset, table)
        counts: defaultdict[str, int] = defaultdict(int)
        for record in records:
            counts[record.id] += 1
        for id_, count in counts.items():
            if count > 1:
                yield flag("IS101", f"{table}[{id_}].id", f"{count} {table} share the id {id_}")


_SUBJECT_TABLES = {"agreement": "agreements", "event": "events", "actor": "actors"}


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
        for i, agreement_id in enumerate(source.reports):
            yield f"{at}.reports[{i}]", source.id, "agreements", agreement_id
    for actor in ctx.dataset.actors:
        if actor.voice_of is not None:
            yield f"actors[{actor.id}].voice_of", actor.id, "actors", actor.voice_of
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
    for event in ctx.dataset.events:
        at = f"events[{event.id}]"
        for i, participant in enumerate(event.participants):
            yield f"{at}.participants[{i}].actor", event.id, "actors", participant.actor
            if participant.position is not None:
                yield f"{at}.participants[{i}].position.of", event.id, "actors", participant.position.of
        for i, agreement_id in enumerate(event.agreements):
            yield f"{at}.agreements[{i}]", event.id, "agreements", agreement_id
        if event.part_of is not None:
            yield f"{at}.part_of", event.id, "events", event.part_of
    for claim in ctx.dataset.claims:
        at = f"claims[{claim.id}]"
        yield f"{at}.source", claim.id, "sources", claim.source
        yield f"{at}.subject", claim.id, _SUBJECT_TABLES[subject_kind(claim.predicate)], claim.subject
        value = claim.value
        if isinstance(value, (ActorValue, ParticipantValue)):
            yield f"{at}.value.actor", claim.id, "actors", value.actor
            if value.position is not None:
                yield f"{at}.value.position.of", claim.id, "actors", value.position.of
        elif isinstance(value, StatementValue):
            yield f"{at}.value.speaker", claim.id, "actors", value.speaker
        elif isinstance(value, AgreementValue):
            yield f"{at}.value.agreement", claim.id, "agreements", value.agreement
        elif isinstance(value, RecordValue):
            table = "agreements" if is_agreement_id(value.id) else "events"
            yield f"{at}.value.id", claim.id, table, value.id
        if claim.attribution.actor is not None:
            yield f"{at}.attribution.actor", claim.id, "actors", claim.attribution.actor
    for fact in ctx.dataset.references:
        at = f"references[{fact.id}]"
        table = (
            "agreements"
            if is_agreement_id(fact.subject)
            else "events"
            if is_event_id(fact.subject)
            else "actors"
        )
        yield f"{at}.subject", fact.id, table, fact.subject
        for i, actor_id in enumerate(fact.actors):
            yield f"{at}.actors[{i}]", fact.id, "actors", actor_id
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


@register("IS102", "references-resolve", Severity.ERROR)
def references_resolve(ctx: Context) -> Iterator[Violation]:
    """Every id a record refers to names a record of the right table in the dataset.

    ## What it checks
    That every id a record refers to names a record of the right table: claim
    source and subject (an agreement, an event or an actor, as its predicate
    says); actors in claim values (`value.actor`, `value.position.of`,
    `value.speaker`), agreements and events in claim values (`value.agreement`,
    `value.id`), attribution actors; event participants (actor and position
    holder), the agreements an event concerns and the event it is part of; agreement parties, signatories (actor
    and position holder) and relation targets; actor office positions; correction
    target, replacement, source, author (`by`) and evidence sources; source outlet
    and derivation actor and source, and the agreements it `reports`; an actor's
    `voice_of`; a reference fact's subject and actors. `related` is the missing id.

    ## Why
    A dangling reference is data that cannot be read.

    ## Example
    `agreements[agr-2018].signatories[0].actor`: agr-2018 refers to per-hatami, which is not among the actors
    """
    tables = {
        "sources": ctx.sources,
        "actors": ctx.actors,
        "agreements": ctx.agreements,
        "claims": ctx.claims,
        "events": ctx.dataset.event_index,
    }
    for path, owner, table, ref in _references(ctx):
        if ref not in tables[table]:
            yield flag("IS102", path, f"{owner} refers to {ref}, which is not among the {table}", (ref,))


_PARTY_KINDS = frozenset({ActorKind.STATE, ActorKind.ORGANISATION})
_MEDIA_KINDS = frozenset({ActorKind.OUTLET, ActorKind.ORGANISATION})


@register("IS103", "reference-kinds", Severity.ERROR)
def reference_kinds(ctx: Context) -> Iterator[Violation]:
    """A reference names the right kind of actor for its role.

    ## What it checks
    That a reference names the right *kind* of actor for its role: parties and
    the holders of positions (`Position.of`) are states or organisations;
    signatories (in records and in signatory claims) are persons; a source's
    outlet is an outlet; a derivation's actor and a `not-reported-by` medium are
    outlets or organisations (state media). Also: an office claim names its own
    subject as holder and gives a position, and a `related-to` claim does not
    relate an agreement to itself.

    ## Why
    A reference to an existing but wrong actor (a person as a party) passes
    IS102 and is still wrong.

    ## Example
    `claims[clm-18-party-iran].value.actor`: party per-hatami is a person, not one of: organisation, state
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
                    yield flag(
                        "IS103",
                        f"{at}.value.actor",
                        f"office claim {claim.id} is about {claim.subject} but names {value.actor} as holder",
                        (value.actor,),
                    )
                if value.position is None:
                    yield flag("IS103", f"{at}.value.position", f"office claim {claim.id} gives no position")
        if isinstance(value, AgreementValue) and value.agreement == claim.subject:
            yield flag(
                "IS103",
                f"{at}.value.agreement",
                f"claim {claim.id} relates {claim.subject} to itself",
                (claim.subject,),
            )
    for path, referred, allowed, role in checks:
        problem = wrong(referred, allowed)
        if problem is not None:
            yield flag("IS103", path, f"{role} {problem}", (referred,))


@register("IS104", "unique-names", Severity.ERROR)
def unique_names(ctx: Context) -> Iterator[Violation]:
    """No name or alias (compared case-folded) belongs to two actors: a name must say who it names.

    ## What it checks
    That no name or alias, compared case-folded with whitespace collapsed,
    belongs to two actors. The first actor (by id) keeps the name; each other
    actor holding it is reported at that name, with the other holders in
    `related`.

    ## Why
    Aliases are how a reader (and the CLI) resolves a name in an article to an
    actor; a shared name is ambiguous.

    ## Example
    `actors[per-hatami].aliases[0].name`: the name 'hatami' of per-hatami also names per-ayyoub
    """
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
            yield flag(
                "IS104",
                by_actor[owner],
                f"the name {name!r} of {owner} also names {join_ids(others, ', ')}",
                others,
            )
