"""What is contested about an agreement, who independently reports it, and how agreements relate."""

from __future__ import annotations

import attrs

from iransyria.dataset import Dataset
from iransyria.models import (
    Claim,
    Correction,
    Predicate,
    RelationKind,
    Standing,
    is_event_id,
)
from iransyria.queries.common import (
    OVERTURNED,
    given_or_shipped,
    named_id,
)
from iransyria.queries.happenings import event_corroboration
from iransyria.queries.listing import claims

__all__ = [
    "Conflict",
    "Related",
    "conflicts",
    "corroboration",
    "is_disputed",
    "related",
    "signatory_conflicts",
]


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
    data = given_or_shipped(dataset)
    source = named_id("source", source, data)
    agreement = named_id("agreement", agreement, data)
    actor = named_id("actor", actor, data)
    if agreement is None and actor is None and source is None:
        return tuple(_conflict(data, c) for c in data.unsettled_claims)  # kept: no scan of every claim
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
    data = given_or_shipped(dataset)
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
    data = given_or_shipped(dataset)
    return any(_in_conflict(data, c) for c in data.claims_by_subject.get(agreement_id, ())) or bool(
        signatory_conflicts(agreement_id, data)
    )


def corroboration(agreement_id: str, dataset: Dataset | None = None) -> tuple[str, ...]:
    """The independent origins that report the agreement (or, given an event's id, the event), sorted.

    A source reports the agreement when it has an accepted or disputed claim
    about it. A refuted or superseded claim is shown wrong, so it
    corroborates nothing; a ``not-reported-by`` claim states only that some
    media did not report the agreement, so it is not a report of it either.
    Each reporting source counts once (:meth:`Dataset.origins`): as the
    agency or state media it relays when all its claims here relay that one
    voice, so two outlets relaying Iranian state media are one origin;
    otherwise as its own origin, following whole chains of derivations: a
    translation, or a republication of a translation, counts with the
    report it derives from and adds no corroboration of its own. For an
    event id it is :func:`event_corroboration`.
    """
    data = given_or_shipped(dataset)
    if is_event_id(agreement_id):
        return event_corroboration(agreement_id, data)
    return data.origins(
        c
        for c in data.claims_by_subject.get(agreement_id, ())
        if c.standing not in OVERTURNED and c.predicate is not Predicate.NOT_REPORTED_BY
    )


@attrs.define(frozen=True)
class Related:
    """An agreement related to another, and in which direction the relation was stated."""

    agreement: str
    kind: RelationKind
    inverse: bool = False  # True: ``agreement`` states the relation to the one asked about


def related(agreement_id: str, dataset: Dataset | None = None) -> tuple[Related, ...]:
    """The agreements this one relates to, then those that relate to it."""
    data = given_or_shipped(dataset)
    record = data.agreement(agreement_id)
    outgoing = tuple(Related(r.target, r.kind) for r in record.relations) if record is not None else ()
    incoming = tuple(
        Related(other.id, r.kind, inverse=True)
        for other in data.agreements
        for r in other.relations
        if r.target == agreement_id
    )
    return (*outgoing, *incoming)
