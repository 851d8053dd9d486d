"""Finding records by what people type: ids, names, aliases and spellings, and full-text search.

Names of Iranian and Syrian people reach English in many spellings: Ayyoub,
Ayoub, Ayyub; Bagheri, Baqeri; al-Assad, Assad, el-Assad. :func:`name_key` maps
a text to a key in which the common transliteration variants coincide, so a
look-up or a search matches whichever of them a reader types:

- case, accents and apostrophes are ignored (``Éslami``, ``Ma'mun``);
- hyphens separate words, and the article ``al``/``el``/``ul`` before a
  name is dropped (``al-Assad`` is ``Assad``);
- ``gh`` and ``q`` are one letter (Bagheri, Baqeri), so are ``ou``, ``oo``,
  ``o`` and ``u`` (Ayoub, Ayub), and ``ee``, ``e`` and ``i`` (Ameer, Amir);
  a final ``iy`` is ``i``; doubled letters count once (Ayyoub, Ayoub); and,
  for the English around the names, a final ``nce`` is ``nse`` (defence);
- in Arabic and Persian script, vowel marks and hamza seats are ignored and
  the Persian and Arabic forms of yeh and kaf coincide (``باقری``, ``باقري``).

:func:`find` turns a typed id, name or alias into the records it names
(several when it is ambiguous); :func:`search` ranks every record whose names,
titles, provisions or quotes contain the words of a query, with the matched
spans of the original text for highlighting.
"""

from __future__ import annotations

import calendar
import functools
import re
import unicodedata
from collections.abc import Iterable, Iterator
from typing import Any

import attrs

from iransyria.dataset import Dataset
from iransyria.models import ActorKind
from iransyria.models.kinds import KINDS

__all__ = [
    "FUZZY_THRESHOLD",
    "SEARCH_KINDS",
    "Ambiguous",
    "FieldMatch",
    "Hit",
    "Match",
    "close_names",
    "close_person",
    "find",
    "find_one",
    "fold_word",
    "label",
    "name_key",
    "names_of",
    "person_surnames",
    "search",
    "suggest_names",
    "words",
]

#: The record kinds that can be looked up, in the order search results list them.
SEARCH_KINDS = ("agreement", "actor", "source", "event", "claim", "correction")

_JOINERS = frozenset("'’ʼ")
_ARTICLES = frozenset({"al", "il", "ul"})  # al, el, ul as fold_word keys them
_APOSTROPHES = str.maketrans("", "", "'’‘ʼʻʿʾ`´")
# Arabic-script letters that different orthographies write differently.
_SCRIPT = str.maketrans(
    {
        "ی": "ي",  # Persian yeh
        "ى": "ي",  # alef maksura
        "ک": "ك",  # Persian kaf
        "ة": "ه",  # teh marbuta
        "ٱ": "ا",  # alef wasla
        "ـ": None,  # tatweel
    }
)
# Applied in order to each folded Latin word.
_LATIN = (
    ("gh", "q"),
    ("ou", "u"),
    ("oo", "u"),
    ("ee", "i"),
    ("o", "u"),
    ("e", "i"),
)
_DOUBLED = re.compile(r"(.)\1+")


def _plain(text: str) -> str:
    """Case-folded, without accents, vowel marks or apostrophes."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_APOSTROPHES))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return unicodedata.normalize("NFC", stripped).casefold().translate(_SCRIPT)


@functools.lru_cache(maxsize=1 << 16)
def fold_word(word: str) -> str:
    """The key of one word: equal for the common spellings of one name (kept: the same words recur)."""
    key = "".join(ch for ch in _plain(word) if ch.isalnum())
    if key.isascii():
        if key.endswith("iy"):
            key = key[:-1]
        elif key.endswith("nce"):
            key = key[:-2] + "se"  # British and American English: defence, defense
        for old, new in _LATIN:
            key = key.replace(old, new)
    return _DOUBLED.sub(r"\1", key)


def words(text: str) -> list[tuple[int, int, str]]:
    """The words of ``text`` as ``(start, end, key)``: letters and digits with their marks.

    An apostrophe between letters belongs to the word (Ma'mun); a hyphen or
    any other punctuation separates words (al-Assad is two words).
    """
    found: list[tuple[int, int, str]] = []
    start: int | None = None
    for index, ch in enumerate(text):
        if ch.isalnum() or (start is not None and unicodedata.category(ch).startswith("M")):
            if start is None:
                start = index
            continue
        inner = ch in _JOINERS and start is not None and index + 1 < len(text) and text[index + 1].isalnum()
        if inner:
            continue
        if start is not None:
            found.append((start, index, fold_word(text[start:index])))
            start = None
    if start is not None:
        found.append((start, len(text), fold_word(text[start:])))
    return found


def _keys(text: str) -> tuple[str, ...]:
    keys = [key for _, _, key in words(text) if key]
    kept = [key for key in keys if key not in _ARTICLES]
    return tuple(kept or keys)


def name_key(text: str) -> str:
    """The key a name is compared in: its folded words, without articles, joined by spaces."""
    return " ".join(_keys(text))


# --------------------------------------------------------------------------- what each record is called


def names_of(kind: str, record: Any, data: Dataset) -> tuple[str, ...]:
    """The names a reader may call a record by, the preferred one first."""
    if kind == "actor":
        return tuple(record.names)
    if kind == "agreement":
        names = [record.title]
        if record.signed is not None:
            names.append(f"{record.kind.value} agreement of {record.signed}")
        return tuple(names)
    if kind == "source":
        outlet = data.actor_index.get(record.outlet) if record.outlet else None
        names = [record.title]
        if outlet is not None:
            names.append(f"{outlet.name}: {record.title}")
        return tuple(names)
    if kind == "event":
        return (str(getattr(record, "title", record.id)),)
    return ()


def label(kind: str, record: Any, data: Dataset) -> str:
    """How a person reads a record's name: an actor's name, an outlet and title, a title and date."""
    if kind == "actor":
        return str(record.name)
    if kind == "agreement":
        return f"{record.title}" + (f", signed {record.signed}" if record.signed is not None else "")
    if kind == "source":
        outlet = data.actor_index.get(record.outlet) if record.outlet else None
        published = f" ({record.published})" if record.published is not None else ""
        return f"{outlet.name if outlet else 'unknown outlet'}: {record.title}{published}"
    if kind == "event":
        return f"{record.title}" + (f", {record.date}" if record.date is not None else "")
    if kind == "claim":
        subject = (
            data.actor_index.get(record.subject)
            or data.agreement_index.get(record.subject)
            or data.event_index.get(record.subject)
        )
        named = getattr(subject, "name", None) or getattr(subject, "title", None) or record.subject
        return f"{named}: {record.predicate.value}"
    names = names_of(kind, record, data)
    return names[0] if names else str(record.id)


def _records(kind: str, data: Dataset) -> tuple[Any, ...]:
    if kind not in SEARCH_KINDS:
        raise ValueError(f"unknown record kind {kind!r} (expected one of {', '.join(SEARCH_KINDS)})")
    return data.table(KINDS.named(kind))


# --------------------------------------------------------------------------- close spellings

#: The lowest fuzzy score (rapidfuzz ``fuzz.ratio`` on folded words, 0-100) at which a word is a
#: person's last name spelt another way. Measured, not guessed: tests/extraction/test_names.py scores
#: every transliteration in its list (German, French and wire-copy spellings) against the right person
#: and every last name against every other person's, and checks the threshold lies between the lowest
#: right score and the highest wrong one. rapidfuzz was chosen over a phonetic key (Soundex,
#: Metaphone): those keys were made for English surnames and lose the vowels and the kh/gh/q
#: distinctions Persian and Arabic names turn on, while a similarity on the folded word keeps them
#: and gives a score to threshold and report.
FUZZY_THRESHOLD = 75.0


def person_surnames(dataset: Dataset) -> dict[str, str]:
    """Each person's last-name keys (four letters or more) that no other person shares, to the person's id."""

    def build() -> dict[str, str]:
        last: dict[str, set[str]] = {}
        for actor in dataset.actors:
            if actor.kind is not ActorKind.PERSON:
                continue
            for name in actor.names:
                keys = _keys(name)
                if keys and len(keys[-1]) >= 4:
                    last.setdefault(keys[-1], set()).add(actor.id)
        return {key: next(iter(ids)) for key, ids in last.items() if len(ids) == 1}

    return dataset.derived(("names", "surnames"), build)


def close_names(dataset: Dataset, word: str) -> list[tuple[str, float]]:
    """The persons whose last name is closest to ``word``, with the fuzzy score, best first."""
    from rapidfuzz import fuzz

    key = fold_word(word)
    best: dict[str, float] = {}
    for surname, actor_id in person_surnames(dataset).items():
        score = float(fuzz.ratio(key, surname))
        best[actor_id] = max(best.get(actor_id, 0.0), score)
    return sorted(best.items(), key=lambda item: -item[1])


def close_person(dataset: Dataset, word: str) -> tuple[str, float] | None:
    """The one person a close spelling of a last name names ('Hatemi', 'Ajub'), with its score.

    The best at or above :data:`FUZZY_THRESHOLD`, strictly ahead of the next;
    words of fewer than four letters name no one this way.
    """
    if len(fold_word(word)) < 4:
        return None
    close = close_names(dataset, word)
    if close and close[0][1] >= FUZZY_THRESHOLD and (len(close) == 1 or close[1][1] < close[0][1]):
        return close[0]
    return None


def _close_match(text: str, dataset: Dataset) -> Match | None:
    """The person ``text`` names by a close spelling of the last name, any other words being the person's
    own ('Amir Hatemi', 'Ajub'); ``how`` gives the score."""
    keys = _keys(text)
    if not 1 <= len(keys) <= 4:
        return None
    found = close_person(dataset, keys[-1])
    if found is None:
        return None
    actor = dataset.actor_index[found[0]]
    own = {key for name in actor.names for key in _keys(name)}
    if not set(keys[:-1]) <= own:
        return None
    return Match(actor.id, "actor", actor.name, f"close spelling (score {found[1]:.0f})")


# --------------------------------------------------------------------------- look-up


@attrs.define(frozen=True)
class Match:
    """A record a typed text names, and how: by its ``id``, a ``name``, ``words`` of its names, or a
    ``close spelling`` of a person's last name (with its score)."""

    id: str
    kind: str
    name: str  # the name (or id) that matched
    how: str


def _id_words(record_id: str) -> tuple[str, ...]:
    return _keys(record_id.split("-", 1)[-1].replace("-", " "))


def _data(dataset: Dataset | None) -> Dataset:
    if dataset is not None:
        return dataset
    from iransyria.data import shipped

    return shipped()


_MONTHS = tuple(calendar.month_name[m].casefold() for m in range(1, 13))


def _event_keys(record: Any, dataset: Dataset) -> set[str]:
    """The folded words an event answers to, in any order: its kind, title, place, participants' names
    and its date (each end's year, month number and name, and day)."""
    keys = set(_keys(record.kind.value)) | set(_keys(record.title))
    if record.place is not None:
        keys |= set(_keys(record.place))
    for participant in record.participants:
        actor = dataset.actor_index.get(participant.actor)
        for name in (participant.actor, *(() if actor is None else actor.names)):
            keys |= set(_keys(name))
    if record.date is not None:
        keys |= set(_keys(str(record.date)))
        for end in (record.date.earliest, record.date.latest):
            keys |= set(_keys(f"{end.year} {end.month:02d} {_MONTHS[end.month - 1]}"))
    return keys


@attrs.frozen
class _Named:
    """One record's names with their keys, computed once per dataset for :func:`find`."""

    record: Any
    names: tuple[tuple[str, str, frozenset[str]], ...]  # each name, its name_key, the set of its word keys
    id_words: frozenset[str]
    event_keys: frozenset[str] | None


def _named(kind: str, records: tuple[Any, ...], dataset: Dataset) -> tuple[_Named, ...]:
    def entry(record: Any) -> _Named:
        names = tuple(
            (name, " ".join(keys), frozenset(keys))
            for name in names_of(kind, record, dataset)
            for keys in [_keys(name)]
        )
        events = frozenset(_event_keys(record, dataset)) if kind == "event" else None
        return _Named(record, names, frozenset(_id_words(record.id)), events)

    return tuple(map(entry, records))


def find(kind: str, text: str, dataset: Dataset | None = None) -> tuple[Match, ...]:
    """The records of ``kind`` that ``text`` names, best first; empty when none does.

    An id matches in any case and wins outright; then the start of ids
    (``agr-2020``: every id it begins, in whole hyphenated parts). Otherwise the records one of whose
    names folds to the same key as ``text`` (:func:`name_key`) match; failing
    that, the records one of whose names, or whose id, contains every word of
    ``text``, in any order. An event also answers to the words of its kind,
    date, place and participants ('July 2020 signing' is 'signing July 2020');
    where those fit several events and only one is of a kind the words name,
    it is that one. More than one match means ``text`` is ambiguous.
    """
    dataset = _data(dataset)
    records = _records(kind, dataset)
    wanted = text.strip()
    lowered = wanted.casefold()
    for record in records:
        if record.id.casefold() == lowered:
            return (Match(record.id, kind, record.id, "id"),)
    if "-" in lowered and " " not in lowered:
        # The start of ids in whole hyphenated parts names what it begins (agr-2020); a cut word
        # that begins several is ambiguous (agr-20), and one it alone begins is only suggested.
        whole = lowered.rstrip("-") + "-"
        started = [r.id for r in records if r.id.casefold().startswith(lowered)]
        named = [i for i in started if i.casefold().startswith(whole)] or (
            started if len(started) > 1 else []
        )
        if named:
            return tuple(Match(i, kind, i, "id-prefix") for i in named)
    key = name_key(wanted)
    if not key:
        return ()
    exact: list[Match] = []
    partial: list[Match] = []
    query = set(key.split())
    for entry in dataset.derived(("names", kind), lambda: _named(kind, records, dataset)):
        record = entry.record
        hit = next((name for name, joined, _ in entry.names if joined == key), None)
        if hit is not None:
            exact.append(Match(record.id, kind, hit, "name"))
            continue
        for name, _, word_keys in entry.names:
            if query <= word_keys:
                partial.append(Match(record.id, kind, name, "words"))
                break
        else:
            if query <= entry.id_words:
                partial.append(Match(record.id, kind, record.id, "words"))
            elif entry.event_keys is not None and query <= entry.event_keys:
                first = entry.names[0][0] if entry.names else record.id
                partial.append(Match(record.id, kind, first, "words"))
    if kind == "actor" and not exact and not partial:
        close = _close_match(wanted, dataset)
        return () if close is None else (close,)
    if kind == "event" and len(partial) > 1 and not exact:
        # 'signing 2020': the signing, not a meeting whose title mentions one.
        named = [m for m in partial if set(_keys(_record(kind, m.id, dataset).kind.value)) <= query]
        if len(named) == 1 or (named and len(named) < len(partial)):
            partial = named
    return tuple(exact or partial)


def _record(kind: str, record_id: str, dataset: Dataset) -> Any:
    return next(r for r in _records(kind, dataset) if r.id == record_id)


class Ambiguous(LookupError):
    """A typed name fits several records; the message lists them by name and id."""

    def __init__(self, kind: str, text: str, matches: tuple[Match, ...], dataset: Dataset) -> None:
        self.kind = kind
        self.text = text
        self.matches = matches
        listed = ", ".join(f"{_label_of(kind, m.id, dataset)} ({m.id})" for m in matches)
        super().__init__(f'several {kind}s match "{text}": {listed}')


def _label_of(kind: str, record_id: str, dataset: Dataset) -> str:
    record = next((r for r in _records(kind, dataset) if r.id == record_id), None)
    return record_id if record is None else label(kind, record, dataset)


def find_one(kind: str, text: str, dataset: Dataset | None = None) -> str | None:
    """The id of the one record ``text`` names (:func:`find`); None when none does.

    Raises :class:`Ambiguous` when it names several.
    """
    dataset = _data(dataset)
    matches = find(kind, text, dataset)
    if len(matches) > 1:
        raise Ambiguous(kind, text, matches, dataset)
    return matches[0].id if matches else None


def _likeness(typed: str, form: str) -> float:
    """difflib's similarity of ``typed`` and ``form``, or 0 when their lengths alone rule out 0.6.

    The ratio is quadratic in the longer text (a 126,000-character
    ``--signatory`` took 9 s); the bound from the lengths costs nothing, and
    a typed name far longer than any name cannot come near one.
    """
    from difflib import SequenceMatcher

    matcher = SequenceMatcher(None, typed, form)
    return matcher.ratio() if matcher.real_quick_ratio() >= _SUGGESTED else 0.0


#: How alike a name must be to be suggested.
_SUGGESTED = 0.6


def suggest_names(kind: str, text: str, dataset: Dataset | None = None, limit: int = 3) -> tuple[str, ...]:
    """The ids of the records whose names or ids are closest to ``text``, for 'did you mean'.

    Names are compared as :func:`name_key` keys, ids in any case; only records
    about as close as the closest one (within 0.1 of its similarity, and at
    least 0.6) are proposed, closest first.
    """
    dataset = _data(dataset)
    key, typed = name_key(text), text.casefold()
    scores: dict[str, float] = {}
    for record in _records(kind, dataset):
        forms = [name_key(name) for name in names_of(kind, record, dataset)] + [record.id.casefold()]
        best = max(_likeness(typed_form, form) for typed_form in (key, typed) for form in forms)
        if best >= _SUGGESTED:
            scores[record.id] = best
    if not scores:
        return ()
    top = max(scores.values())
    close = sorted(
        (record_id for record_id, score in scores.items() if score >= top - 0.1), key=lambda r: -scores[r]
    )
    return tuple(close[:limit])


# --------------------------------------------------------------------------- search


@attrs.define(frozen=True)
class FieldMatch:
    """Where a query matched: a field's text and the ``(start, end)`` spans of the matched words."""

    field: str
    text: str
    spans: tuple[tuple[int, int], ...]


@attrs.define(frozen=True)
class Hit:
    """A record that matches a search, with a score (higher is better) and where it matched."""

    kind: str
    id: str
    label: str
    score: float
    matches: tuple[FieldMatch, ...]


# How much a match in each field counts: a name outranks a passing mention.
_WEIGHTS = {
    "name": 10.0,
    "alias": 8.0,
    "title": 8.0,
    "id": 1.0,
    "description": 4.0,
    "provision": 4.0,
    "before": 3.0,
    "after": 3.0,
    "reason": 2.0,
    "quote": 2.0,
}


def _fields(kind: str, record: Any, data: Dataset) -> Iterator[tuple[str, str]]:
    """The searchable texts of a record, each with its field name."""
    yield "id", record.id
    if kind == "actor":
        yield "name", record.name
        for alias in record.aliases:
            yield "alias", alias.name
        if record.description:
            yield "description", record.description
    elif kind == "agreement":
        yield "title", record.title
        for provision in record.provisions:
            yield "provision", provision.summary
    elif kind == "source":
        yield "title", record.title
    elif kind == "claim":
        yield "quote", record.quote
    elif kind == "correction":
        yield "before", record.before
        yield "after", record.after
        yield "reason", record.reason
    elif kind == "event":
        yield "title", record.title
        if record.place:
            yield "description", record.place


@attrs.define(frozen=True)
class _Query:
    """A search text as words: each word's key and its plain form, articles dropped."""

    keys: tuple[str, ...]
    plains: tuple[str, ...]

    @classmethod
    def of(cls, text: str) -> _Query:
        pairs = [(key, _plain(text[start:end])) for start, end, key in words(text) if key]
        kept = [pair for pair in pairs if pair[0] not in _ARTICLES]
        pairs = kept or pairs
        return cls(tuple(key for key, _ in pairs), tuple(plain for _, plain in pairs))


def _word_score(key: str, plain: str, word_key: str, word_plain: str) -> float:
    """How well a query word matches a text word: 1 the same key, 0.6 the start of it, else 0."""
    if word_key == key:
        return 1.0
    if len(plain) >= 3 and (word_plain.startswith(plain) or (len(key) >= 3 and word_key.startswith(key))):
        return 0.6
    return 0.0


#: The most characters of one field that :func:`search` looks through.
MAX_SEARCHED = 20_000


def _match_field(query: _Query, text: str) -> tuple[float, tuple[tuple[int, int], ...]] | None:
    """A score and the matched spans when every query word matches a word of ``text``.

    The score is the mean of the words' best matches, half as much again
    when the words occur in order as a phrase, and again when they are the
    whole text. Only the first :data:`MAX_SEARCHED` characters of a field are
    searched: a real field is far shorter, and a field of megabytes would
    cost seconds and hundreds of megabytes to split into words.
    """
    text = text[:MAX_SEARCHED]
    found = [(start, end, key, _plain(text[start:end])) for start, end, key in words(text)]
    spans: set[tuple[int, int]] = set()
    total = 0.0
    positions: list[int] = []
    for key, plain in zip(query.keys, query.plains, strict=True):
        scores = [_word_score(key, plain, word_key, word_plain) for _, _, word_key, word_plain in found]
        best = max(scores, default=0.0)
        if not best:
            return None
        total += best
        positions.append(scores.index(best))
        spans.update((found[i][0], found[i][1]) for i, score in enumerate(scores) if score)
    score = total / len(query.keys)
    if len(positions) > 1 and positions == list(range(positions[0], positions[0] + len(positions))):
        score *= 1.5
    if len(found) == len(query.keys) and score >= 1.0:
        score *= 1.5
    return score, tuple(sorted(spans))


def search(
    text: str,
    dataset: Dataset | None = None,
    *,
    kinds: Iterable[str] = SEARCH_KINDS,
    limit: int | None = None,
) -> tuple[Hit, ...]:
    """The records whose ids, names, aliases, titles, provisions, quotes or corrections hold every word of ``text``.

    Words match by :func:`fold_word` key, or as the start of a word (three
    letters at least). Hits are ranked by their best field: a name beats an
    alias or title, which beat a description, provision or quote; words in
    order as a phrase, and a whole field, count more. Ties keep
    :data:`SEARCH_KINDS` order, then id order.
    """
    query = _Query.of(text)
    if not query.keys:
        return ()
    dataset = _data(dataset)
    order = {kind: index for index, kind in enumerate(SEARCH_KINDS)}
    hits: list[Hit] = []
    for kind in kinds:
        for record in _records(kind, dataset):
            matches: list[FieldMatch] = []
            best = 0.0
            for field, value in _fields(kind, record, dataset):
                result = _match_field(query, value)
                if result is not None:
                    best = max(best, result[0] * _WEIGHTS[field])
                    matches.append(FieldMatch(field, value, result[1]))
            if matches:
                hits.append(
                    Hit(kind, record.id, label(kind, record, dataset), round(best, 3), tuple(matches))
                )
    if "actor" in kinds and not any(hit.kind == "actor" for hit in hits):
        close = _close_match(text, dataset)
        if close is not None:  # 'Hatemi': the person, ranked as a name matched by half its words
            actor = dataset.actor_index[close.id]
            last = words(actor.name)[-1]
            where = FieldMatch("name", actor.name, ((last[0], last[1]),))
            hits.append(Hit("actor", actor.id, label("actor", actor, dataset), _WEIGHTS["name"] / 2, (where,)))
    hits.sort(key=lambda hit: (-hit.score, order[hit.kind], hit.id))
    return tuple(hits if limit is None else hits[:limit])
