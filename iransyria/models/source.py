"""Sources: one article file each, and what it is derived from."""

from __future__ import annotations

import enum
import re

import attrs

from iransyria.dates import FuzzyDate
from iransyria.errors import InvalidField
from iransyria.models.common import _id_of, _ids, _no_duplicates, _non_empty, _optional_non_empty

__all__ = [
    "Derivation",
    "DerivationKind",
    "Source",
    "SourceKind",
]


_SHA256 = re.compile(r"^[0-9a-f]{64}$")


_LANGUAGE = re.compile(r"^[a-z]{2,3}$")


class SourceKind(enum.Enum):
    """What kind of publication a source is."""

    ORIGINAL = "original"  # the outlet's own report
    TRANSLATION = "translation"  # a translation of another outlet's report
    REPUBLICATION = "republication"  # another outlet's report carried verbatim


class DerivationKind(enum.Enum):
    """How a source depends on another outlet's reporting."""

    TRANSLATION_OF = "translation-of"
    REPUBLICATION_OF = "republication-of"
    RELAYS = "relays"  # reports what an agency or state media said


@attrs.define(frozen=True)
class Derivation:
    """What a source is derived from: another outlet's report, or an agency it relays."""

    kind: DerivationKind
    actor: str | None = attrs.field(validator=attrs.validators.optional(_id_of("actor")))  # None: unnamed
    source: str | None = attrs.field(default=None, validator=attrs.validators.optional(_id_of("source")))
    note: str | None = attrs.field(default=None, validator=_optional_non_empty)

    @note.validator
    def _check_named(self, _: attrs.Attribute[str | None], value: str | None) -> None:
        if self.actor is None and self.source is None and value is None:
            raise InvalidField("note", "an unnamed origin needs a note saying what is known of it")


@attrs.define(frozen=True)
class Source:
    """One article, as a file whose exact bytes the quotes are checked against."""

    id: str = attrs.field(validator=_id_of("source"))
    file: str = attrs.field(validator=_non_empty)  # the article's file name
    sha256: str = attrs.field()
    title: str = attrs.field(validator=_non_empty)
    outlet: str | None = attrs.field(validator=attrs.validators.optional(_id_of("actor")))  # None: unknown
    outlet_basis: str = attrs.field(validator=_non_empty)  # how the outlet is known, or why it is not
    published: FuzzyDate | None
    published_basis: str = attrs.field(validator=_non_empty)  # the reasoning behind `published`
    language: str = attrs.field()
    kind: SourceKind
    derived_from: tuple[Derivation, ...] = attrs.field(default=(), validator=_no_duplicates)
    #: The agreements the article is about (its headline subject), as opposed
    #: to those it mentions in passing: "which articles report the 2018 deal".
    reports: tuple[str, ...] = attrs.field(default=(), validator=_ids("agreement"))

    @sha256.validator
    def _check_sha256(self, _: attrs.Attribute[str], value: str) -> None:
        if not isinstance(value, str) or not _SHA256.match(value):
            raise InvalidField("sha256", f"sha256 must be 64 lowercase hex digits, got {value!r}")

    @language.validator
    def _check_language(self, _: attrs.Attribute[str], value: str) -> None:
        if not isinstance(value, str) or not _LANGUAGE.match(value):
            raise InvalidField("language", f"language must be an ISO 639 code, got {value!r}")

    @derived_from.validator
    def _check_kind(self, _: attrs.Attribute[tuple[Derivation, ...]], value: tuple[Derivation, ...]) -> None:
        needs = {
            SourceKind.TRANSLATION: DerivationKind.TRANSLATION_OF,
            SourceKind.REPUBLICATION: DerivationKind.REPUBLICATION_OF,
        }.get(self.kind)
        if needs is not None and not any(d.kind is needs for d in value):
            raise InvalidField(
                "derived_from", f"a {self.kind.value} must name what it is a {needs.value.split('-')[0]} of"
            )
        if self.kind is SourceKind.ORIGINAL and any(d.kind is not DerivationKind.RELAYS for d in value):
            raise InvalidField(
                "derived_from", "an original report can only relay, not translate or republish"
            )

    @property
    def origin(self) -> str:
        """The id that stands for this report's independent origin.

        A translation or republication shares its origin with the outlet it
        was derived from, so it does not count as independent corroboration.
        """
        for derivation in self.derived_from:
            if derivation.kind is not DerivationKind.RELAYS:
                return derivation.source or derivation.actor or self.id
        return self.id
