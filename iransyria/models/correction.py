"""Corrections of claims: a publisher's own, or this dataset's editors', with evidence."""

from __future__ import annotations

import enum

import attrs

from iransyria.dates import FuzzyDate
from iransyria.errors import InvalidField
from iransyria.models.common import all_of, brief_repr, char_offset, id_of, no_duplicates, non_empty, optional

__all__ = [
    "Correction",
    "CorrectionKind",
    "Evidence",
]


class CorrectionKind(enum.Enum):
    PUBLISHER = "publisher"  # the publisher corrected its own article
    EDITORIAL = "editorial"  # this dataset's editors resolved an error


@attrs.define(frozen=True)
class Evidence:
    """A verbatim passage of a source that supports something."""

    source: str = attrs.field(validator=id_of("source"))
    quote: str = attrs.field(validator=non_empty)
    #: Where ``quote`` starts in the source's article text, in characters; None where not recorded.
    offset: int | None = attrs.field(default=None, validator=char_offset)


def _correction_kind(
    correction: Correction, _: attrs.Attribute[tuple[Evidence, ...]], value: tuple[Evidence, ...]
) -> None:
    if correction.kind is CorrectionKind.PUBLISHER and correction.source is None:
        raise InvalidField("source", "a publisher correction must name the source that carries it")
    if correction.kind is CorrectionKind.EDITORIAL and not value:
        raise InvalidField("evidence", "an editorial correction must cite evidence")
    if correction.replacement is not None and correction.replacement == correction.target:
        raise InvalidField("replacement", "a correction cannot replace a claim with itself")


@attrs.define(frozen=True)
class Correction:
    """A correction of a claim: the publisher's own, or this dataset's editors'.

    ``target`` is the claim corrected; ``replacement`` the claim that states
    the corrected fact, where there is one.
    """

    id: str = attrs.field(validator=id_of("correction"))
    __repr__ = brief_repr("id", "kind", "target")  # the full record: attrs.asdict, the JSON
    kind: CorrectionKind
    target: str = attrs.field(validator=id_of("claim"))
    before: str = attrs.field(validator=non_empty)
    after: str = attrs.field(validator=non_empty)
    reason: str = attrs.field(validator=non_empty)
    source: str | None = attrs.field(default=None, validator=optional(id_of("source")))
    by: str | None = attrs.field(default=None, validator=optional(id_of("actor")))
    date: FuzzyDate | None = None
    replacement: str | None = attrs.field(default=None, validator=optional(id_of("claim")))
    evidence: tuple[Evidence, ...] = attrs.field(
        default=(), validator=all_of(no_duplicates, _correction_kind)
    )
