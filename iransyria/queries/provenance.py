"""Excerpts: the records named and everything they cite, as a dataset in the export's shape."""

from __future__ import annotations

from collections.abc import Iterable

from iransyria.dataset import Dataset
from iransyria.models import (
    AgreementValue,
    RecordValue,
    is_agreement_id,
    is_event_id,
)
from iransyria.queries.common import (
    _R,
    _agreement_actors,
    _data,
    _value_actors,
    claim_actors,
)
from iransyria.queries.happenings import event_claims

__all__ = [
    "excerpt",
]


def excerpt(
    *,
    agreements: Iterable[str] = (),
    actors: Iterable[str] = (),
    sources: Iterable[str] = (),
    claims: Iterable[str] = (),
    corrections: Iterable[str] = (),
    events: Iterable[str] = (),
    dataset: Dataset | None = None,
) -> Dataset:
    """A dataset of the records named, the claims about them, and everything those records cite.

    For an agreement, an event or an actor, its claims come along (for an
    event, every claim reporting it, :func:`event_claims`: a signing's are also
    its agreement's signing date, place and signatories; for an actor, the
    claims whose subject or value it is); for a source, the claims
    it makes; for a claim, its corrections. Then every record cited is added:
    claims' sources, subjects, named actors and linked records, corrections'
    targets, replacements and evidence, sources' outlets and origins,
    agreements' parties, signatories and related agreements, events'
    participants, agreements and enclosing events. It is the provenance of the records, in the
    export's shape.
    """
    data = _data(dataset)
    keep: dict[str, set[str]] = {
        "agreements": set(agreements),
        "actors": set(actors),
        "sources": set(sources),
        "claims": set(claims),
        "corrections": set(corrections),
        "events": set(events),
    }
    for agreement_id in keep["agreements"]:
        keep["claims"].update(c.id for c in data.claims_by_subject.get(agreement_id, ()))
    for event_id in keep["events"]:
        keep["claims"].update(c.id for c in event_claims(event_id, data))
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
        cite("agreements" if is_agreement_id(id) else "events" if is_event_id(id) else "actors", id)

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
                if isinstance(c.value, RecordValue):
                    cite_any(c.value.id)
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
        for e in (data.event(i) for i in tuple(keep["events"])):
            if e is not None:
                for participant in e.participants:
                    cite("actors", participant.actor)
                    if participant.position is not None:
                        cite("actors", participant.position.of)
                for agreement_id in e.agreements:
                    cite("agreements", agreement_id)
                cite("events", e.part_of)
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
        events=pick(data.events, "events"),
    )
