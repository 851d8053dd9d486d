"""The shared context: the dataset and the indexes every rule reads, built once per call.

Also the small helpers several rule families share: which standings are
judged, how certainties rank, how a position is keyed and written, how a set
of ids is listed in a message.
"""

from __future__ import annotations

import bisect
import functools
import os
import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any, TypeVar

from iransyria.dataset import Dataset
from iransyria.dates import Certainty, FuzzyDate
from iransyria.models import (
    ActorValue,
    Agreement,
    AgreementKindValue,
    AgreementValue,
    Claim,
    DateValue,
    OfficeHeld,
    PlaceValue,
    Position,
    Predicate,
    ProvisionValue,
    RelationKind,
    Source,
    Standing,
)
from iransyria.reading import Unreadable, article_path, read_regular

_T = TypeVar("_T")

#: The article folders a check is given: one, several in order, or none.
Folders = str | os.PathLike[str] | Sequence[str | os.PathLike[str]] | None


#: Spellings that mean the same word in an office's title or a place's name.
_SPELLINGS = (("defense", "defence"), ("&", "and"))
_PUNCTUATION = re.compile(r"[^\w\s'-]")


# The rules fold (fold_phrase) the same few titles and place names once per claim (a signatory
# claim's position, an agreement's place): remembered, folding was a third of validate.
@functools.lru_cache(maxsize=1 << 16)
def fold_phrase(text: str) -> str:
    """Words as compared by meaning: accents stripped, case-folded, one spelling, punctuation dropped."""
    decomposed = unicodedata.normalize("NFKD", text)
    folded = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold().replace("’", "'")
    for variant, spelling in _SPELLINGS:
        folded = folded.replace(variant, spelling)
    return " ".join(_PUNCTUATION.sub(" ", folded).split())


@functools.lru_cache(maxsize=1 << 16)
def place_key(name: str) -> str:
    """A place as compared: folded, without a leading 'the' or 'city of' ('the city of Damascus.' is Damascus)."""
    key = fold_phrase(name)
    for prefix in ("the ", "city of "):
        key = key.removeprefix(prefix)
    return key


def position_key(position: Position) -> tuple[str, str]:
    """A position as compared: its title folded ('Minister of Defense' is 'Minister of Defence'), and whose."""
    return fold_phrase(position.title), position.of


def describe_position(position: Position) -> str:
    """A position as messages write it: 'Minister of Defence (state-iran)'."""
    return f"{position.title} ({position.of})"


#: The standings a rule judges: refuted and superseded claims are already marked wrong.
JUDGED = frozenset({Standing.ACCEPTED, Standing.DISPUTED})
#: Certainties ranked, worst first.
ORDER = {Certainty.IMPOSSIBLE: 0, Certainty.POSSIBLE: 1, Certainty.CERTAIN: 2}


class _AgreementTables:
    """The agreements indexed by what their records state: built on first use (see Context.holding).

    Only a claim that contradicts its own agreement, or a source published before its
    agreement was signed, asks which other agreements hold a value; a dataset without
    either never pays for these tables.
    """

    def __init__(self, agreements: Mapping[str, Agreement]) -> None:
        signers: defaultdict[str, dict[str, Agreement]] = defaultdict(dict)
        parties: defaultdict[str, dict[str, Agreement]] = defaultdict(dict)
        places: defaultdict[str, list[Agreement]] = defaultdict(list)
        kinds: defaultdict[str, list[Agreement]] = defaultdict(list)
        provisions: defaultdict[str, dict[str, Agreement]] = defaultdict(dict)
        relating: defaultdict[tuple[str, RelationKind], list[Agreement]] = defaultdict(list)
        for agreement in agreements.values():
            for signatory in agreement.signatories:
                signers[signatory.actor][agreement.id] = agreement
            for party in agreement.parties:
                parties[party][agreement.id] = agreement
            if agreement.place is not None:
                places[place_key(agreement.place)].append(agreement)
            kinds[agreement.kind.value].append(agreement)
            for provision in agreement.provisions:
                provisions[provision.id][agreement.id] = agreement
            for relation in agreement.relations:
                relating[relation.target, relation.kind].append(agreement)
        self.signers = {k: list(v.values()) for k, v in signers.items()}
        self.parties = {k: list(v.values()) for k, v in parties.items()}
        self.places = dict(places)
        self.kinds = dict(kinds)
        self.provisions = {k: list(v.values()) for k, v in provisions.items()}
        self.relating = dict(relating)

        # Dated agreements by earliest signing day, with the running maximum of
        # the latest day, so that a date's matches are found by bisection.
        self.dated = sorted(
            (a for a in agreements.values() if a.signed is not None),
            key=lambda a: (_signed(a).sort_key, a.id),
        )
        self.earliest = [_signed(a).earliest for a in self.dated]
        self.reach = []
        latest = None
        for agreement in self.dated:
            latest = _signed(agreement).latest if latest is None else max(latest, _signed(agreement).latest)
            self.reach.append(latest)


class Context:
    """The dataset, with every index the rules share, built once per :func:`validate` call.

    Look-ups by id and claims grouped by subject and corrections by target are
    the dataset's own cached tables (:class:`Dataset`); the indexes only the
    rules need are built here. Article files are read at most once each.
    """

    def __init__(
        self, dataset: Dataset, articles: Folders = None, quotes_of: Collection[str] | None = None
    ) -> None:
        self.dataset = dataset
        #: The sources whose article files are read (a user's own beside the shipped ones); all when None.
        self.quotes_of = None if quotes_of is None else frozenset(quotes_of)
        #: The folders article files are looked for in, in order (a user's own articles
        #: may sit in a folder of their own beside the shipped ones).
        self.folders: tuple[Path, ...] = (
            ()
            if articles is None
            else (Path(articles),)
            if isinstance(articles, (str, os.PathLike))
            else tuple(Path(folder) for folder in articles)
        )
        #: The first folder, or None when no folder is given (the rules that read articles then check nothing).
        self.articles = self.folders[0] if self.folders else None
        self.sources = dataset.source_index
        self.actors = dataset.actor_index
        self.agreements = dataset.agreement_index
        self.claims = dataset.claim_index
        self.corrections = dataset.correction_index
        self._memo: dict[str, Any] = {}
        self._articles: dict[str, bytes | None] = {}
        self._article_errors: dict[str, str] = {}
        self._texts: dict[str, str | None] = {}
        #: Every claim about a subject (an agreement or an actor), in id order.
        self.claims_by_subject: Mapping[str, tuple[Claim, ...]] = dataset.claims_by_subject
        #: The corrections of each claim, in id order.
        self.corrections_by_target = dataset.corrections_by_target
        #: The claims the rules judge (accepted or disputed), in id order.
        self.judged: tuple[Claim, ...] = tuple(
            claim
            for claim in dataset.claims
            if claim.standing is Standing.ACCEPTED or claim.standing is Standing.DISPUTED
        )
        #: Every claim about a subject with a predicate, in id order.
        by_key: defaultdict[tuple[str, Predicate], list[Claim]] = defaultdict(list)
        for subject, about in self.claims_by_subject.items():
            for claim in about:
                by_key[subject, claim.predicate].append(claim)
        self.claims_by_key: dict[tuple[str, Predicate], list[Claim]] = dict(by_key)

        offices: defaultdict[tuple[str, tuple[str, str]], list[OfficeHeld]] = defaultdict(list)
        for actor in self.actors.values():
            for office in actor.offices:
                offices[actor.id, position_key(office.position)].append(office)
        self._offices = dict(offices)

    @functools.cached_property
    def _tables(self) -> _AgreementTables:
        return _AgreementTables(self.agreements)

    # ------------------------------------------------------------------ look-ups

    def signed_by(self, actor: str) -> list[Agreement]:
        """The agreements whose record lists ``actor`` as a signatory."""
        return self._tables.signers.get(actor, [])

    def agreements_on(self, date: FuzzyDate) -> list[Agreement]:
        """The agreements that may have been signed on the same day as ``date``."""
        end = bisect.bisect_right(self._tables.earliest, date.latest)
        found = []
        for index in range(end - 1, -1, -1):
            if self._tables.reach[index] < date.earliest:
                break  # nothing signed this early reaches the date
            if _signed(self._tables.dated[index]).latest >= date.earliest:
                found.append(self._tables.dated[index])
        return found[::-1]

    def signed_by_then(self, date: FuzzyDate) -> list[Agreement]:
        """The agreements possibly signed on or before ``date`` (not certainly after it)."""
        return self._tables.dated[: bisect.bisect_right(self._tables.earliest, date.latest)]

    def holding(self, claim: Claim) -> list[Agreement]:
        """The agreements whose record states this claim's value (its field holds it)."""
        value = claim.value
        predicate = claim.predicate
        if predicate is Predicate.KIND and isinstance(value, AgreementKindValue):
            return self._tables.kinds.get(value.kind.value, [])
        if predicate is Predicate.PARTY and isinstance(value, ActorValue):
            return self._tables.parties.get(value.actor, [])
        if predicate is Predicate.SIGNATORY and isinstance(value, ActorValue):
            return self.signed_by(value.actor)
        if predicate is Predicate.SIGNING_DATE and isinstance(value, DateValue):
            return self.agreements_on(value.date)
        if predicate is Predicate.SIGNING_PLACE and isinstance(value, PlaceValue):
            return self._tables.places.get(place_key(value.name), [])
        if predicate is Predicate.PROVISION and isinstance(value, ProvisionValue):
            return self._tables.provisions.get(value.provision, [])
        if predicate is Predicate.RELATED_TO and isinstance(value, AgreementValue):
            return self._tables.relating.get((value.agreement, value.relation), [])
        return []

    def offices_of(self, actor: str, position: Position) -> list[OfficeHeld]:
        """The spans over which ``actor`` held ``position``."""
        return self._offices.get((actor, position_key(position)), [])

    def article_bytes(self, source: Source) -> bytes | None:
        """The bytes of a source's article file, read once; None without articles, or if unreadable.

        :meth:`article_error` says why a file could not be read.
        """
        if self.articles is None or (self.quotes_of is not None and source.id not in self.quotes_of):
            return None
        if source.file not in self._articles:
            # Only a regular file, named bare and resolving inside a folder
            # (Source.file's validator says so too; this holds whatever built the record).
            # The folders are tried in order; a file missing from all is named with every folder.
            self._articles[source.file] = None
            for folder in self.folders:
                try:
                    self._articles[source.file] = read_regular(article_path(folder, source.file))
                except Unreadable as error:
                    if error.missing:
                        continue
                    self._article_errors[source.file] = error.reason.replace(
                        "cannot read:", f"cannot be read from {folder}:"
                    )
                break
            else:
                self._article_errors[source.file] = f"is not in {' or '.join(map(str, self.folders))}"
        return self._articles[source.file]

    def article_error(self, source: Source) -> str | None:
        """Why a source's article file could not be read (after :meth:`article_bytes`), or None."""
        if self.article_bytes(source) is not None:
            return None
        return self._article_errors.get(source.file)

    def article_text(self, source: Source) -> str | None:
        """The text of a source's article file (UTF-8), or None without articles or a readable file."""
        if source.file not in self._texts:
            data = self.article_bytes(source)
            self._texts[source.file] = None if data is None else data.decode("utf-8", errors="replace")
        return self._texts[source.file]

    def memo(self, key: str, compute: Callable[[], _T]) -> _T:
        """A value computed once per call and shared by the rules that need it."""
        if key not in self._memo:
            self._memo[key] = compute()
        found: _T = self._memo[key]
        return found


def _signed(agreement: Agreement) -> FuzzyDate:
    assert agreement.signed is not None
    return agreement.signed


def join_ids(ids: Iterable[str], joiner: str = " or ") -> str:
    """The distinct ids, sorted and joined: 'agr-2018 or agr-2020'."""
    return joiner.join(sorted(set(ids)))
