"""Reference facts: dated facts from outside the articles, each with its named reference.

The articles are the dataset's sources; what they leave out or get wrong is
judged against public reporting elsewhere (``reference-facts.md``). Such a
fact is never a claim, since no article says it: it is a
:class:`ReferenceFact` that names its reference and keeps that reference's
precision (a month where the day is unverified) and its doubts (``note``).
"""

from __future__ import annotations

import enum

import attrs

from iransyria.dates import FuzzyDate
from iransyria.display import describe
from iransyria.errors import InvalidField
from iransyria.models.common import _id_of, _ids, _non_empty, _optional_non_empty, is_id

__all__ = ["ReferenceFact", "ReferenceKind"]


class ReferenceKind(enum.Enum):
    """What happened to the subject on the fact's date."""

    INITIALLED = "initialled"  # an agreement's text initialled ahead of its signing
    SIGNED = "signed"  # an agreement formally signed
    SIGNED_INTO_LAW = "signed-into-law"  # a bill signed into law
    IN_FORCE = "in-force"  # a law or agreement taking effect
    WITHDRAWN = "withdrawn"  # a party leaving an agreement
    BROKE_OUT = "broke-out"  # a war's outbreak


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

    id: str = attrs.field(validator=_id_of("reference"))
    subject: str = attrs.field(validator=_record_id)
    kind: ReferenceKind
    date: FuzzyDate
    reference: str = attrs.field(validator=_non_empty)
    place: str | None = attrs.field(default=None, validator=_optional_non_empty)
    actors: tuple[str, ...] = attrs.field(default=(), validator=_ids("actor"))
    note: str | None = attrs.field(default=None, validator=_optional_non_empty)
