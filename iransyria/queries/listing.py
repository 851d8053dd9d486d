"""Listings of each record type, filtered by the records they are about."""

from __future__ import annotations

from collections.abc import Iterable

from iransyria.dataset import Dataset
from iransyria.models import (
    Actor,
    ActorKind,
    Agreement,
    Claim,
    Correction,
    Predicate,
    ReferenceFact,
    Source,
    Standing,
)
from iransyria.queries.common import (
    agreement_actors,
    given_or_shipped,
    mentions_actor,
    named_id,
    value_actors,
)

__all__ = [
    "actors",
    "agreements",
    "claims",
    "corrections",
    "references",
    "sources",
]


def agreements(
    *,
    actor: str | None = None,
    source: str | None = None,
    mentioned: bool = False,
    dataset: Dataset | None = None,
) -> tuple[Agreement, ...]:
    """The agreements, by id; only those the actor is party to or signed, or the source reports.

    A source reports the agreements its ``reports`` names, what it is mainly
    about; with ``mentioned``, also every agreement one of its claims is about
    (The Syrian Observer reports the 2020 agreement and mentions the 2018 one).
    """
    data = given_or_shipped(dataset)
    source = named_id("source", source, data)
    actor = named_id("actor", actor, data)
    found = data.agreements if actor is None else data.agreements_by_actor.get(actor, ())
    if source is not None:
        record = data.source_index.get(source)
        reported = set(record.reports) if record is not None else set()
        if mentioned:
            reported |= {c.subject for c in data.claims_by_source.get(source, ())}
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
    data = given_or_shipped(dataset)
    source = named_id("source", source, data)
    agreement = named_id("agreement", agreement, data)
    found = data.actors
    if kind is not None:
        found = tuple(a for a in found if a.kind is kind)
    if agreement is not None:
        record = data.agreement(agreement)
        named = set(agreement_actors(record)) if record is not None else set()
        for c in data.claims_by_subject.get(agreement, ()):
            named.update(value_actors(c.value))
        found = tuple(a for a in found if a.id in named)
    if source is not None:
        named = set()
        record_source = data.source(source)
        if record_source is not None and record_source.outlet is not None:
            named.add(record_source.outlet)
        for c in data.claims_by_source.get(source, ()):
            named.add(c.subject)
            named.update(value_actors(c.value))
        found = tuple(a for a in found if a.id in named)
    return found


def sources(
    *,
    agreement: str | None = None,
    actor: str | None = None,
    reports: str | None = None,
    dataset: Dataset | None = None,
) -> tuple[Source, ...]:
    """The sources, by id; only those with claims about the agreement, or about the actor.

    ``reports`` keeps the sources whose main subject is that agreement
    (:attr:`Source.reports`): the 2020 article that mentions the 2018 deal in
    passing has claims about it, but does not report it.
    """
    data = given_or_shipped(dataset)
    agreement = named_id("agreement", agreement, data)
    actor = named_id("actor", actor, data)
    found = data.sources
    if reports is not None:
        found = tuple(s for s in found if reports in s.reports)
    if agreement is not None:
        reporting = {c.source for c in data.claims_by_subject.get(agreement, ())}
        found = tuple(s for s in found if s.id in reporting)
    if actor is not None:
        reporting = {c.source for c in data.claims_by_actor.get(actor, ())}
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
    data = given_or_shipped(dataset)
    source = named_id("source", source, data)
    agreement = named_id("agreement", agreement, data)
    actor = named_id("actor", actor, data)
    # Start from the narrowest grouped table the filters allow, in id order.
    found: Iterable[Claim]
    if source is not None:
        found = data.claims_by_source.get(source, ())
        if agreement is not None:
            found = (c for c in found if c.subject == agreement)
    elif agreement is not None:
        found = data.claims_by_subject.get(agreement, ())
    elif actor is not None:
        found = data.claims_by_actor.get(actor, ())
    else:
        found = data.claims
    if actor is not None and (source is not None or agreement is not None):
        found = (c for c in found if mentions_actor(c, actor))
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
    ``agreement``: correcting a claim about it; ``actor``: naming the actor,
    by its claims (the one corrected, or its replacement, is about the
    actor), as its corrector (``by``), or in its words (before, after, reason)
    under any of the actor's names, as :func:`iransyria.queries.search` finds it.
    """
    data = given_or_shipped(dataset)
    source = named_id("source", source, data)
    agreement = named_id("agreement", agreement, data)
    actor = named_id("actor", actor, data)
    claim = named_id("claim", claim, data)
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
        named = _corrections_naming(actor, data)
        found = tuple(c for c in found if c.id in named)
    return found


def _corrections_naming(actor: str, data: Dataset) -> set[str]:
    """The ids of the corrections that name ``actor``: by a claim, as corrector, or in their words."""
    from iransyria.queries.names import search

    named = {
        correction.id
        for correction in data.corrections
        if correction.by == actor
        or any(
            (claim := data.claim(claim_id)) is not None and mentions_actor(claim, actor)
            for claim_id in (correction.target, correction.replacement)
            if claim_id is not None
        )
    }
    record = data.actor_index.get(actor)
    for name in () if record is None else record.names:
        named.update(hit.id for hit in search(name, data, kinds=("correction",)))
    return named


def references(*, subject: str | None = None, dataset: Dataset | None = None) -> tuple[ReferenceFact, ...]:
    """The reference facts, by id; only those about ``subject`` (an agreement, event or actor id, any case).

    Reference facts come from outside the articles, each naming its
    reference: the dates a claim is judged against (rule IS306).
    """
    data = given_or_shipped(dataset)
    if subject is None:
        return data.references
    wanted = subject.casefold()
    return tuple(f for f in data.references if f.subject.casefold() == wanted)
