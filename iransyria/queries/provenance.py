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
from iransyria.models.kinds import ACTOR, AGREEMENT, CLAIM, CORRECTION, EVENT, KINDS, SOURCE
from iransyria.queries.common import (
    agreement_actors,
    claim_actors,
    given_or_shipped,
    value_actors,
)
from iransyria.queries.happenings import event_claims

__all__ = [
    "excerpt",
]

#: The kinds whose citations :func:`excerpt` follows field by field (nested ones too); any other
#: kind's are its links.
_CITED_ABOVE = frozenset({SOURCE, ACTOR, AGREEMENT, CLAIM, CORRECTION, EVENT})


def excerpt(
    *,
    agreements: Iterable[str] = (),
    actors: Iterable[str] = (),
    sources: Iterable[str] = (),
    claims: Iterable[str] = (),
    corrections: Iterable[str] = (),
    events: Iterable[str] = (),
    records: Iterable[str] = (),
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

    ``records`` names records of any kind (:data:`~iransyria.models.kinds.KINDS`) by id, the kind
    known from the id's prefix; a record of a kind not cited below cites what its links name.
    """
    data = given_or_shipped(dataset)
    # The ids kept, by table (every kind of KINDS; what is named, then what it cites).
    keep: dict[str, set[str]] = {kind.table: set() for kind in KINDS}
    for kind, named in (
        (AGREEMENT, agreements),
        (ACTOR, actors),
        (SOURCE, sources),
        (CLAIM, claims),
        (CORRECTION, corrections),
        (EVENT, events),
    ):
        keep[kind.table].update(named)
    for record_id in records:
        found = KINDS.of_id(record_id)
        if found is not None:
            keep[found.table].add(record_id)
    for agreement_id in keep[AGREEMENT.table]:
        keep[CLAIM.table].update(c.id for c in data.claims_by_subject.get(agreement_id, ()))
    for event_id in keep[EVENT.table]:
        keep[CLAIM.table].update(c.id for c in event_claims(event_id, data))
    for source_id in tuple(keep[SOURCE.table]):
        keep[CLAIM.table].update(c.id for c in data.claims_by_source.get(source_id, ()))
    if keep[ACTOR.table]:
        keep[CLAIM.table].update(
            c.id for c in data.claims if any(a in keep[ACTOR.table] for a in claim_actors(c))
        )
    for claim_id in tuple(keep[CLAIM.table]):
        keep[CORRECTION.table].update(cor.id for cor in data.corrections_by_target.get(claim_id, ()))

    def cite(table: str, id: str | None) -> None:
        if id is not None:
            keep[table].add(id)

    def cite_any(id: str) -> None:
        cite(AGREEMENT.table if is_agreement_id(id) else EVENT.table if is_event_id(id) else ACTOR.table, id)

    def cite_all() -> None:
        for cor in (data.correction(i) for i in tuple(keep[CORRECTION.table])):
            if cor is not None:
                cite(CLAIM.table, cor.target)
                cite(CLAIM.table, cor.replacement)
                cite(SOURCE.table, cor.source)
                cite(ACTOR.table, cor.by)
                for evidence in cor.evidence:
                    cite(SOURCE.table, evidence.source)
        for c in (data.claim(i) for i in tuple(keep[CLAIM.table])):
            if c is not None:
                cite(SOURCE.table, c.source)
                cite_any(c.subject)
                for named in value_actors(c.value):
                    cite(ACTOR.table, named)
                if isinstance(c.value, AgreementValue):
                    cite(AGREEMENT.table, c.value.agreement)
                if isinstance(c.value, RecordValue):
                    cite_any(c.value.id)
                cite(ACTOR.table, c.attribution.actor)
        for s in (data.source(i) for i in tuple(keep[SOURCE.table])):
            if s is not None:
                cite(ACTOR.table, s.outlet)
                for derivation in s.derived_from:
                    cite(ACTOR.table, derivation.actor)
                    cite(SOURCE.table, derivation.source)
        for a in (data.agreement(i) for i in tuple(keep[AGREEMENT.table])):
            if a is not None:
                for named in agreement_actors(a):
                    cite(ACTOR.table, named)
                for signatory in a.signatories:
                    cite(ACTOR.table, signatory.position.of)
                for relation in a.relations:
                    cite(AGREEMENT.table, relation.target)
        for e in (data.event(i) for i in tuple(keep[EVENT.table])):
            if e is not None:
                for participant in e.participants:
                    cite(ACTOR.table, participant.actor)
                    if participant.position is not None:
                        cite(ACTOR.table, participant.position.of)
                for agreement_id in e.agreements:
                    cite(AGREEMENT.table, agreement_id)
                cite(EVENT.table, e.part_of)
        for person in (data.actor(i) for i in tuple(keep[ACTOR.table])):
            if person is not None:
                for office in person.offices:
                    cite(ACTOR.table, office.position.of)
        for kind in KINDS:  # any other kind: what its links name
            if kind in _CITED_ABOVE:
                continue
            index = data.index(kind)
            for record in (index.get(i) for i in tuple(keep[kind.table])):
                for link in () if record is None else kind.links:
                    value = getattr(record, link.field)
                    for ref in value if isinstance(value, tuple) else (value,):
                        target = None if ref is None else KINDS.of_id(ref, link.kinds)
                        if target is not None:
                            cite(target.table, ref)

    # Citing is transitive (a correction cites a claim, which cites its
    # source, which cites its outlet): repeat until nothing new is cited.
    size = -1
    while size != sum(map(len, keep.values())):
        size = sum(map(len, keep.values()))
        cite_all()

    return Dataset(
        **{kind.table: [r for r in data.table(kind) if r.id in keep[kind.table]] for kind in KINDS}
    )
