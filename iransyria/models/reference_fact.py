"""Reference facts: dated facts from outside the articles, each with its named reference.

The articles are the dataset's sources; what they leave out or get wrong is
judged against public reporting elsewhere (``reference-facts.md``). Such a
fact is never a claim, since no article says it: it is a
:class:`ReferenceFact` that names its reference and keeps that reference's
precision (a month where the day is unverified) and its doubts (``note``).
"""

from __future__ import annotations

import enum
from collections.abc import Mapping, Sequence

import attrs

from iransyria.dates import FuzzyDate
from iransyria.display import describe
from iransyria.errors import InvalidField
from iransyria.models.agreement import Agreement
from iransyria.models.common import brief_repr, id_of, ids_of, is_id, non_empty, optional_non_empty
from iransyria.models.event import Event, EventKind, Role

__all__ = [
    "AGREEMENT_DATING",
    "DAY_OF",
    "EVENT_DATING",
    "ReferenceFact",
    "ReferenceKind",
    "dating_facts",
    "days_of",
]


class ReferenceKind(enum.Enum):
    """What happened to the subject on the fact's date."""

    INITIALLED = "initialled"  # an agreement's text initialled ahead of its signing
    SIGNED = "signed"  # an agreement formally signed
    SIGNED_INTO_LAW = "signed-into-law"  # a bill signed into law
    IN_FORCE = "in-force"  # a law or agreement taking effect
    WITHDRAWN = "withdrawn"  # a party leaving an agreement
    BROKE_OUT = "broke-out"  # a war's outbreak
    ARRIVED = "arrived"  # a visitor arriving: the first day of a visit (``actors``: the visitors)
    RECEIVED = (
        "received"  # a visitor received: a day of a visit (``actors``: the host first, then the visitors)
    )


def _record_id(_: object, attribute: attrs.Attribute[str], value: str) -> None:
    if not any(is_id(kind, value) for kind in ("agreement", "event", "actor")):
        raise InvalidField(
            attribute.name, f"expected an agreement, event or actor id, found {describe(value)}"
        )


@attrs.define(frozen=True)
class ReferenceFact:
    """A dated fact about an agreement, event or actor, known from a named reference outside the articles.

    ``subject`` is what it is about; ``actors`` who acted (the signatories,
    for a signing); ``reference`` names where it is reported, and ``note``
    keeps any doubt the reference leaves.
    """

    id: str = attrs.field(validator=id_of("reference"))
    __repr__ = brief_repr("id", "subject", "kind", "date")  # the full record: attrs.asdict, the JSON
    subject: str = attrs.field(validator=_record_id)
    kind: ReferenceKind
    date: FuzzyDate
    reference: str = attrs.field(validator=non_empty)
    place: str | None = attrs.field(default=None, validator=optional_non_empty)
    actors: tuple[str, ...] = attrs.field(default=(), validator=ids_of("actor"))
    note: str | None = attrs.field(default=None, validator=optional_non_empty)

    def roles_of(self, actor: str) -> frozenset[Role]:
        """The parts ``actor`` plays in the event this fact is about: who arrived is a visitor; of who
        was received, the first named is the host and the others visitors."""
        if actor not in self.actors:
            return frozenset()
        if self.kind is ReferenceKind.ARRIVED:
            return frozenset({Role.VISITOR})
        if self.kind is ReferenceKind.RECEIVED:
            return frozenset({Role.HOST if self.actors[0] == actor else Role.VISITOR})
        return frozenset()

    def summary(self) -> str:
        """'signed 2019-01-28, Damascus: SANA; AsiaNews': what happened when, where, by whose report."""
        place = f", {self.place}" if self.place else ""
        return f"{self.kind.value} {self.date}{place}: {self.reference}"


#: The kind of reference fact that dates each kind of event: a war's date is its outbreak, a
#: law's its coming into force, a withdrawal the day it took effect. A signing is dated by its
#: agreement's ``signed`` fact.
EVENT_DATING = {
    EventKind.WAR: ReferenceKind.BROKE_OUT,
    EventKind.LAW_SIGNING: ReferenceKind.SIGNED_INTO_LAW,
    EventKind.LAW_IN_FORCE: ReferenceKind.IN_FORCE,
    EventKind.WITHDRAWAL: ReferenceKind.WITHDRAWN,
}


#: The kind of reference fact that dates each kind of event on an agreement: a signing by the
#: agreement's ``signed`` facts, an initialling by its ``initialled`` ones.
AGREEMENT_DATING = {
    EventKind.SIGNING: ReferenceKind.SIGNED,
    EventKind.INITIALLING: ReferenceKind.INITIALLED,
}


#: The kinds of reference fact that give a day on which an event was under way: a visit was
#: certainly in progress on the day its visitor arrived and on the day he was received.
DAY_OF = frozenset({ReferenceKind.ARRIVED, ReferenceKind.RECEIVED})


def days_of(record: Event, by_subject: Mapping[str, Sequence[ReferenceFact]]) -> tuple[ReferenceFact, ...]:
    """The reference facts giving a day ``record`` was under way (:data:`DAY_OF`), and its dating facts."""
    return tuple(f for f in by_subject.get(record.id, ()) if f.kind in DAY_OF) + dating_facts(
        record, by_subject
    )


def dating_facts(
    record: Agreement | Event, by_subject: Mapping[str, Sequence[ReferenceFact]]
) -> tuple[ReferenceFact, ...]:
    """The reference facts that date the happening ``record`` is: its date must fit theirs.

    An agreement's are its ``signed`` facts; an event's, the facts about it of
    the kind :data:`EVENT_DATING` gives (the Caesar Act's coming into force,
    not its signing into law); a signing event's, its agreement's ``signed``
    facts, and an initialling's its agreement's ``initialled`` facts.
    ``by_subject`` holds the facts by the id of their subject (:attr:`iransyria.dataset.Dataset.references_by_subject`).
    """
    if isinstance(record, Agreement):
        return tuple(f for f in by_subject.get(record.id, ()) if f.kind is ReferenceKind.SIGNED)
    on_agreement = AGREEMENT_DATING.get(record.kind)
    if on_agreement is not None:
        return tuple(
            f
            for subject in (*record.agreements, record.id)
            for f in by_subject.get(subject, ())
            if f.kind is on_agreement
        )
    kind = EVENT_DATING.get(record.kind)
    return tuple(f for f in by_subject.get(record.id, ()) if f.kind is kind)
