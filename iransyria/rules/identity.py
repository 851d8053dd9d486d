"""Identity and references (IS1xx).

Every record has an id unique in its table, every reference resolves to a
record of the right table and of the right kind, and every name says whom it
names.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from iransyria.models import (
    PREDICATE_VALUES,
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
from iransyria.models.kinds import (
    ACTOR,
    AGREEMENT,
    CLAIM,
    CORRECTION,
    EVENT,
    KINDS,
    REFERENCE,
    SOURCE,
    RecordKind,
)
from iransyria.rules.base import Severity, Violation, flag, register
from iransyria.rules.context import Context, join_ids


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
    for kind in KINDS:
        table = kind.table
        records: Sequence[Any] = ctx.dataset.table(kind)
        if len(ctx.dataset.index(kind)) == len(records):
            continue  # the index by id holds every record: no id is shared
        counts: defaultdict[str, int] = defaultdict(int)
        for record in records:
            counts[record.id] += 1
        for id_, count in counts.items():
            if count > 1:
                yield flag("IS101", f"{table}[{id_}].id", f"{count} {table} share the id {id_}")


#: One reference: (the referring record's table, its id, the field's path within it with ``{}``
#: for a list index, that index, the table referred to, the id referred to, the kinds of actor
#: its role allows and that role, for IS103, or None and ''). The path is written (:func:`_path`)
#: only for a reference a rule flags: at 10^5 records, half a million paths were formatted to
#: report none.
_Reference = tuple[str, str, str, int, str, str, "tuple[ActorKind, ...] | None", str]


# The kinds a role allows, as tuples: membership by identity, where a set would hash each
# member through Enum.__hash__ (Python code) once per reference.
_PARTY_KINDS = (ActorKind.STATE, ActorKind.ORGANISATION)
_MEDIA_KINDS = (ActorKind.OUTLET, ActorKind.ORGANISATION)
_PERSON = (ActorKind.PERSON,)
_OUTLET = (ActorKind.OUTLET,)
#: The predicates whose value names an agreement (PREDICATE_VALUES).
_AGREEMENT_VALUED = tuple(p for p, kind in PREDICATE_VALUES.items() if issubclass(kind, AgreementValue))

#: The role of the actor an actor value names, by the claim's predicate (IS103).
_VALUE_ROLES = {
    Predicate.PARTY: (_PARTY_KINDS, "party"),
    Predicate.SIGNATORY: (_PERSON, "signatory"),
    Predicate.NOT_REPORTED_BY: (_MEDIA_KINDS, "medium"),
}


def _path(table: str, owner: str, field: str, index: int) -> str:
    """A reference's path: 'agreements[agr-2018].signatories[0].actor'."""
    return f"{table}[{owner}]{field.format(index)}"


def _source_references(ctx: Context) -> Iterator[_Reference]:
    for source in ctx.dataset.sources:
        at = source.id
        if source.outlet is not None:
            yield SOURCE.table, at, ".outlet", 0, ACTOR.table, source.outlet, _OUTLET, "outlet"
        for i, derivation in enumerate(source.derived_from):
            if derivation.actor is not None:
                yield (
                    SOURCE.table,
                    at,
                    ".derived_from[{}].actor",
                    i,
                    ACTOR.table,
                    derivation.actor,
                    _MEDIA_KINDS,
                    "origin",
                )
            if derivation.source is not None:
                yield (
                    SOURCE.table,
                    at,
                    ".derived_from[{}].source",
                    i,
                    SOURCE.table,
                    derivation.source,
                    None,
                    "",
                )
        for i, agreement_id in enumerate(source.reports):
            yield SOURCE.table, at, ".reports[{}]", i, AGREEMENT.table, agreement_id, None, ""


def _actor_references(ctx: Context) -> Iterator[_Reference]:
    for actor in ctx.dataset.actors:
        if actor.voice_of is not None:
            yield ACTOR.table, actor.id, ".voice_of", 0, ACTOR.table, actor.voice_of, None, ""
        for i, office in enumerate(actor.offices):
            yield (
                ACTOR.table,
                actor.id,
                ".offices[{}].position.of",
                i,
                ACTOR.table,
                office.position.of,
                _PARTY_KINDS,
                "office",
            )


def _agreement_references(ctx: Context) -> Iterator[_Reference]:
    for agreement in ctx.dataset.agreements:
        at = agreement.id
        for i, party in enumerate(agreement.parties):
            yield AGREEMENT.table, at, ".parties[{}]", i, ACTOR.table, party, _PARTY_KINDS, "party"
        for i, signatory in enumerate(agreement.signatories):
            yield (
                AGREEMENT.table,
                at,
                ".signatories[{}].actor",
                i,
                ACTOR.table,
                signatory.actor,
                _PERSON,
                "signatory",
            )
            yield (
                AGREEMENT.table,
                at,
                ".signatories[{}].position.of",
                i,
                ACTOR.table,
                signatory.position.of,
                _PARTY_KINDS,
                "office",
            )
        for i, relation in enumerate(agreement.relations):
            yield AGREEMENT.table, at, ".relations[{}].target", i, AGREEMENT.table, relation.target, None, ""


def _event_references(ctx: Context) -> Iterator[_Reference]:
    for event in ctx.dataset.events:
        at = event.id
        for i, participant in enumerate(event.participants):
            yield EVENT.table, at, ".participants[{}].actor", i, ACTOR.table, participant.actor, None, ""
            if participant.position is not None:
                yield (
                    EVENT.table,
                    at,
                    ".participants[{}].position.of",
                    i,
                    ACTOR.table,
                    participant.position.of,
                    None,
                    "",
                )
        for i, agreement_id in enumerate(event.agreements):
            yield EVENT.table, at, ".agreements[{}]", i, AGREEMENT.table, agreement_id, None, ""
        if event.part_of is not None:
            yield EVENT.table, at, ".part_of", 0, EVENT.table, event.part_of, None, ""


def _claim_references(ctx: Context) -> Iterator[_Reference]:
    # A claim's subject is of the kind its predicate says, whatever its id looks like.
    subject_tables = {predicate: KINDS.named(subject_kind(predicate)).table for predicate in Predicate}
    for claim in ctx.dataset.claims:
        at = claim.id
        yield CLAIM.table, at, ".source", 0, SOURCE.table, claim.source, None, ""
        yield CLAIM.table, at, ".subject", 0, subject_tables[claim.predicate], claim.subject, None, ""
        value = claim.value
        if isinstance(value, ActorValue):
            allowed, role = _VALUE_ROLES.get(claim.predicate, (None, ""))
            yield CLAIM.table, at, ".value.actor", 0, ACTOR.table, value.actor, allowed, role
            if value.position is not None:
                yield (
                    CLAIM.table,
                    at,
                    ".value.position.of",
                    0,
                    ACTOR.table,
                    value.position.of,
                    _PARTY_KINDS,
                    "office",
                )
        elif isinstance(value, ParticipantValue):
            yield CLAIM.table, at, ".value.actor", 0, ACTOR.table, value.actor, None, ""
            if value.position is not None:
                yield CLAIM.table, at, ".value.position.of", 0, ACTOR.table, value.position.of, None, ""
        elif isinstance(value, StatementValue):
            yield CLAIM.table, at, ".value.speaker", 0, ACTOR.table, value.speaker, None, ""
        elif isinstance(value, AgreementValue):
            yield CLAIM.table, at, ".value.agreement", 0, AGREEMENT.table, value.agreement, None, ""
        elif isinstance(value, RecordValue):
            table = AGREEMENT.table if is_agreement_id(value.id) else EVENT.table
            yield CLAIM.table, at, ".value.id", 0, table, value.id, None, ""
        if claim.attribution.actor is not None:
            yield CLAIM.table, at, ".attribution.actor", 0, ACTOR.table, claim.attribution.actor, None, ""


def _reference_fact_references(ctx: Context) -> Iterator[_Reference]:
    for fact in ctx.dataset.references:
        at = fact.id
        table = (
            AGREEMENT.table
            if is_agreement_id(fact.subject)
            else EVENT.table
            if is_event_id(fact.subject)
            else ACTOR.table
        )
        yield REFERENCE.table, at, ".subject", 0, table, fact.subject, None, ""
        for i, actor_id in enumerate(fact.actors):
            yield REFERENCE.table, at, ".actors[{}]", i, ACTOR.table, actor_id, None, ""


def _correction_references(ctx: Context) -> Iterator[_Reference]:
    for correction in ctx.dataset.corrections:
        at = correction.id
        yield CORRECTION.table, at, ".target", 0, CLAIM.table, correction.target, None, ""
        if correction.replacement is not None:
            yield CORRECTION.table, at, ".replacement", 0, CLAIM.table, correction.replacement, None, ""
        if correction.source is not None:
            yield CORRECTION.table, at, ".source", 0, SOURCE.table, correction.source, None, ""
        if correction.by is not None:
            yield CORRECTION.table, at, ".by", 0, ACTOR.table, correction.by, None, ""
        for i, evidence in enumerate(correction.evidence):
            yield CORRECTION.table, at, ".evidence[{}].source", i, SOURCE.table, evidence.source, None, ""


def _link_references(kind: RecordKind, ctx: Context) -> Iterator[_Reference]:
    """A kind's references as its :class:`~iransyria.models.kinds.Link` s declare them (one id, or a tuple)."""
    for record in ctx.dataset.table(kind):
        for link in kind.links:
            value = getattr(record, link.field)
            many = isinstance(value, tuple)
            for i, ref in enumerate(value if many else (value,)):
                if ref is None:
                    continue
                target = KINDS.of_id(ref, link.kinds) or KINDS.named(link.kinds[-1])
                field = f".{link.field}[{{}}]" if many else f".{link.field}"
                yield kind.table, record.id, field, i, target.table, ref, None, ""


#: The kinds whose references are walked here, for the fields inside their fields and the kinds of
#: actor a role allows; any other kind's references are its links (:func:`_link_references`).
_WALKERS: dict[RecordKind, Callable[[Context], Iterator[_Reference]]] = {
    SOURCE: _source_references,
    ACTOR: _actor_references,
    AGREEMENT: _agreement_references,
    EVENT: _event_references,
    CLAIM: _claim_references,
    REFERENCE: _reference_fact_references,
    CORRECTION: _correction_references,
}


def _references(ctx: Context) -> Iterator[_Reference]:
    """Every reference, kind by kind (see :data:`_Reference`)."""
    for kind in KINDS:
        walker = _WALKERS.get(kind)
        yield from (_link_references(kind, ctx) if walker is None else walker(ctx))


def _reference_problems(ctx: Context) -> tuple[list[_Reference], list[_Reference]]:
    """(references that do not resolve, references naming an actor of a kind their role does not allow).

    One pass over every reference serves IS102 and IS103, in record order.
    """

    def compute() -> tuple[list[_Reference], list[_Reference]]:
        tables = {kind.table: ctx.dataset.index(kind) for kind in KINDS}
        actors = ctx.actors
        dangling: list[_Reference] = []
        wrong: list[_Reference] = []
        for reference in _references(ctx):
            table, ref, allowed = reference[4], reference[5], reference[6]
            if ref not in tables[table]:
                dangling.append(reference)
            elif (
                allowed is not None and actors[ref].kind not in allowed
            ):  # a tuple: kinds compare by identity
                wrong.append(reference)
        return dangling, wrong

    return ctx.memo("reference-problems", compute)


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
    for at, owner, field, index, table, ref, _, _ in _reference_problems(ctx)[0]:
        path = _path(at, owner, field, index)
        yield flag("IS102", path, f"{owner} refers to {ref}, which is not among the {table}", (ref,))


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

    for claim in ctx.dataset.claims:
        predicate = (
            claim.predicate
        )  # first: the claims of other predicates have other values (Claim's validator)
        if predicate is not Predicate.HOLDS_OFFICE and predicate not in _AGREEMENT_VALUED:
            continue
        value = claim.value
        if predicate is Predicate.HOLDS_OFFICE and isinstance(value, ActorValue):
            at = f"claims[{claim.id}]"
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
                f"claims[{claim.id}].value.agreement",
                f"claim {claim.id} relates {claim.subject} to itself",
                (claim.subject,),
            )
    # The references naming a wrong kind of actor, found with IS102's (see _reference_problems).
    for table, owner, field, index, _, referred, allowed, role in _reference_problems(ctx)[1]:
        assert allowed is not None
        wanted = ", ".join(sorted(k.value for k in allowed))
        yield flag(
            "IS103",
            _path(table, owner, field, index),
            f"{role} {referred} is a {ctx.actors[referred].kind.value}, not one of: {wanted}",
            (referred,),
        )


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
    # name -> actor -> where the actor first gives it: -1 for its name, else the alias's index
    # (the path is written only for a shared name)
    owners: defaultdict[str, dict[str, int]] = defaultdict(dict)
    for actor in ctx.dataset.actors:
        owners[normalize(actor.name)].setdefault(actor.id, -1)
        for i, alias in enumerate(actor.aliases):
            owners[normalize(alias.name)].setdefault(actor.id, i)
    for name, by_actor in owners.items():
        if len(by_actor) < 2:
            continue
        owner_ids = sorted(by_actor)
        for owner in owner_ids[1:]:
            others = [other for other in owner_ids if other != owner]
            where = by_actor[owner]
            yield flag(
                "IS104",
                f"actors[{owner}].name" if where < 0 else f"actors[{owner}].aliases[{where}].name",
                f"the name {name!r} of {owner} also names {join_ids(others, ', ')}",
                others,
            )


@register("IS105", "derivation-loop", Severity.ERROR)
def derivation_loop(ctx: Context) -> Iterator[Violation]:
    """Following `derived_from` from source to source never comes back to a source already passed.

    ## What it checks
    That no source relays, translates or republishes itself, through any
    number of steps: a source derived from itself, or two that translate each
    other. Reported once per loop, at the loop's smallest id.

    ## Why
    A report's independent origin is found by following what it derives
    from; a loop has no origin, so the count of independent sources, and
    every rule that weighs corroboration, would rest on nothing.

    ## Example
    `sources[src-2018].derived_from`: sources loop through derived_from: src-2018, src-2020
    """
    # A depth-first walk along every derivation, each source entered once: linear in the sources
    # and their derivations. A derivation leading back to a source still on the walk closes a loop.
    derived = {s.id: [d.source for d in s.derived_from if d.source] for s in ctx.dataset.sources}
    entered: set[str] = set()
    reported: set[frozenset[str]] = set()
    for start in ctx.dataset.sources:
        if start.id in entered:
            continue
        walk: list[str] = [start.id]
        on_walk = {start.id: 0}
        pending = [iter(derived[start.id])]
        entered.add(start.id)
        while pending:
            step = next(pending[-1], None)
            if step is None:
                pending.pop()
                del on_walk[walk.pop()]
                continue
            if step in on_walk:
                loop = walk[on_walk[step] :]
                if frozenset(loop) not in reported:
                    reported.add(frozenset(loop))
                    yield flag(
                        "IS105",
                        f"sources[{min(loop)}].derived_from",
                        f"sources loop through derived_from: {', '.join(sorted(loop))}",
                        sorted(loop),
                    )
            elif step not in entered and step in derived:
                entered.add(step)
                on_walk[step] = len(walk)
                walk.append(step)
                pending.append(iter(derived[step]))
