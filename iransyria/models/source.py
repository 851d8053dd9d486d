"""Sources: one article file each, and what it is derived from."""

from __future__ import annotations

import enum
import re

import attrs

from iransyria.dates import FuzzyDate
from iransyria.display import describe
from iransyria.errors import InvalidField
from iransyria.models.common import (
    VALIDATOR_SCHEMAS,
    WHOLE_MATCH,
    all_of,
    anchored,
    brief_repr,
    id_of,
    ids_of,
    no_duplicates,
    non_empty,
    optional,
    optional_non_empty,
    optional_url,
)

__all__ = [
    "FILE_NAME_PATTERN",
    "LANGUAGE_PATTERN",
    "SHA256_PATTERN",
    "Derivation",
    "DerivationKind",
    "Source",
    "SourceKind",
    "is_bare_file_name",
]


#: A SHA-256 digest as hex: matched whole, ASCII only (see :mod:`iransyria.models.common`).
SHA256_PATTERN = re.compile(r"[0-9a-f]{64}", re.ASCII)

#: An ISO 639-1 or 639-2 language code.
LANGUAGE_PATTERN = re.compile(r"[a-z]{2,3}", re.ASCII)

#: An article's file name: one name, no folder separator, no control character (C0, DEL, C1), no
#: bidirectional mark or override (a name shown reversed), no blank at either end.
#: (Not '.' or '..' either; the rules also check that it resolves inside the articles folder.)
FILE_NAME_PATTERN = re.compile(
    "(?!\\s)[^/\\\\\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]+(?<!\\s)"
)

_NOT_A_NAME = (".", "..")


def is_bare_file_name(value: object) -> bool:
    """Whether ``value`` names a file directly inside a folder: no separator, not '.' or '..', not absolute."""
    return (
        isinstance(value, str) and FILE_NAME_PATTERN.fullmatch(value) is not None and value not in _NOT_A_NAME
    )


def _bare_file_name(_: object, attribute: attrs.Attribute[str], value: str) -> None:
    if not is_bare_file_name(value):
        raise InvalidField(
            attribute.name,
            "expected the bare name of a file in the articles folder (no folder, no '..', "
            f"no control characters, no surrounding blanks), found {describe(value)}",
        )


VALIDATOR_SCHEMAS[_bare_file_name] = {
    "pattern": anchored(FILE_NAME_PATTERN),
    "not": {"enum": list(_NOT_A_NAME)},
}


def _sha256(_: object, attribute: attrs.Attribute[str], value: str) -> None:
    if not isinstance(value, str) or not SHA256_PATTERN.fullmatch(value):
        raise InvalidField(
            attribute.name, f"expected 64 lowercase hex digits (0-9, a-f), found {describe(value)}"
        )


VALIDATOR_SCHEMAS[_sha256] = {"pattern": anchored(SHA256_PATTERN)}
WHOLE_MATCH[_sha256] = SHA256_PATTERN


def _language(_: object, attribute: attrs.Attribute[str], value: str) -> None:
    if not isinstance(value, str) or not LANGUAGE_PATTERN.fullmatch(value):
        raise InvalidField(
            attribute.name,
            f"expected an ISO 639 code of 2 or 3 lowercase letters (en, fa), found {describe(value)}",
        )


VALIDATOR_SCHEMAS[_language] = {"pattern": anchored(LANGUAGE_PATTERN)}
WHOLE_MATCH[_language] = LANGUAGE_PATTERN


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


#: What a translation and a republication must name, read once (an enum member look-up costs a call).
_NEEDS = {
    SourceKind.TRANSLATION: DerivationKind.TRANSLATION_OF,
    SourceKind.REPUBLICATION: DerivationKind.REPUBLICATION_OF,
}
_ORIGINAL, _RELAYS = SourceKind.ORIGINAL, DerivationKind.RELAYS


def _origin_named(derivation: Derivation, _: attrs.Attribute[str | None], value: str | None) -> None:
    if derivation.actor is None and derivation.source is None and value is None:
        raise InvalidField("note", "an unnamed origin needs a note saying what is known of it")


@attrs.define(frozen=True)
class Derivation:
    """What a source is derived from: another outlet's report, or an agency it relays."""

    kind: DerivationKind
    actor: str | None = attrs.field(validator=optional(id_of("actor")))  # None: unnamed
    source: str | None = attrs.field(default=None, validator=optional(id_of("source")))
    note: str | None = attrs.field(default=None, validator=all_of(optional_non_empty, _origin_named))


def _derivation_kind(
    source: Source, _: attrs.Attribute[tuple[Derivation, ...]], value: tuple[Derivation, ...]
) -> None:
    needs = _NEEDS.get(source.kind)
    if needs is not None and not any(d.kind is needs for d in value):
        raise InvalidField(
            "derived_from", f"a {source.kind.value} must name what it is a {needs.value.split('-')[0]} of"
        )
    if source.kind is _ORIGINAL and any(d.kind is not _RELAYS for d in value):
        raise InvalidField("derived_from", "an original report can only relay, not translate or republish")


@attrs.define(frozen=True)
class Source:
    """One article, as a file whose exact bytes the quotes are checked against."""

    id: str = attrs.field(validator=id_of("source"))
    __repr__ = brief_repr("id", "kind", "published", "title")  # the full record: attrs.asdict, the JSON
    file: str = attrs.field(validator=_bare_file_name)  # the article's file name, in the articles folder
    sha256: str = attrs.field(validator=_sha256)
    title: str = attrs.field(validator=non_empty)
    outlet: str | None = attrs.field(validator=optional(id_of("actor")))  # None: unknown
    outlet_basis: str = attrs.field(validator=non_empty)  # how the outlet is known, or why it is not
    published: FuzzyDate | None
    published_basis: str = attrs.field(validator=non_empty)  # the reasoning behind `published`
    language: str = attrs.field(validator=_language)
    kind: SourceKind
    derived_from: tuple[Derivation, ...] = attrs.field(
        default=(), validator=all_of(no_duplicates, _derivation_kind)
    )
    #: Where the article was published online, and a snapshot of it (e.g. the Wayback Machine's).
    url: str | None = attrs.field(default=None, validator=optional_url)
    archive_url: str | None = attrs.field(default=None, validator=optional_url)
    #: When ``url`` (or the archive) was read: the day the article file was taken.
    accessed: FuzzyDate | None = attrs.field(default=None)
    #: The agreements the article is about (its headline subject), as opposed
    #: to those it mentions in passing: "which articles report the 2018 deal".
    reports: tuple[str, ...] = attrs.field(default=(), validator=ids_of("agreement"))

    @accessed.validator
    def _check_accessed(self, _: attrs.Attribute[FuzzyDate | None], value: FuzzyDate | None) -> None:
        if value is not None and self.url is None and self.archive_url is None:
            raise InvalidField("accessed", "an access date needs the url or archive_url it is the date of")

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
