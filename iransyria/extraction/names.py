"""Actors and places named in a sentence, in any spelling the dataset knows and in close ones it does not.

Exact: every name and alias of every actor is folded as the look-ups fold
them (:func:`iransyria.queries.names.fold_word`: Ayyoub, Ayoub and Ayyub
coincide; so do Bagheri and Baqeri; Arabic and Persian script too), and the
longest run of words that equals one is a mention. A person's last name
alone names them when no other actor has it ('Eslami', 'al-Khalil'). Arabic script as
Arabic is written: 'عبدالله' for 'عبد الله', and a one-letter word joined to
the name ('وحاتمي': 'and Hatami', 'بأيوب': 'with Ayyoub') cut off it.

'The Assad regime', 'the Rouhani government' name a state, not a person: such a mention is the state whose offices the person
held (:func:`state_named`), or no mention when the records give him none or
several.

Close: a capitalised word that is no known name is a person's last name
spelt another way when :func:`iransyria.queries.names.close_person` finds
one (rapidfuzz, at or above the measured
:data:`~iransyria.queries.names.FUZZY_THRESHOLD`), the one look-up every
command shares: ``verify --signatory Hatemi`` and ``search Hatemi`` find
the person ``read`` finds.
"""

from __future__ import annotations

import re

from iransyria.dataset import Dataset
from iransyria.extraction.base import ActorMention, PlaceMention
from iransyria.models import ActorKind
from iransyria.queries.names import close_person, fold_word, person_surnames, words

__all__ = ["actor_mentions", "place_mentions", "state_named"]

#: Words the articles capitalise that are no one's name, never fuzzy-matched.
_COMMON = frozenset(
    fold_word(w)
    for w in [
        "The",
        "Minister",
        "Ministers",
        "Defense",
        "Defence",
        "Foreign",
        "General",
        "Major",
        "Brigadier",
        "President",
        "Prime",
        "Chief",
        "Staff",
        "Armed",
        "Forces",
        "Islamic",
        "Republic",
        "Syrian",
        "Iranian",
        "Syria",
        "Iran",
        "Damascus",
        "Tehran",
        "Sunday",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
        "Agreement",
        "Deal",
        "Accord",
        "Pact",
        "State",
        "Media",
        "News",
        "Agency",
        "Ministry",
        "Army",
        "Trade",
        "Economy",
        "Roads",
        "Urban",
        "Development",
        "Affairs",
        "Caesar",
        "Act",
        "Israel",
        "Israeli",
        "Russia",
        "Russian",
        "American",
        "Turkey",
        "Since",
        "After",
        "Before",
        "During",
        "According",
        "Their",
        "There",
        "These",
        "This",
        "That",
        "Which",
        "While",
        "However",
        "Under",
        "Last",
        "Analysts",
        "Officials",
        "Observer",
        "Agency",
        "Report",
        "Reports",
        "Regime",
        "Government",
        "Western",
        "Middle",
        "East",
        "Gulf",
    ]
)


def _index(dataset: Dataset) -> tuple[dict[tuple[str, ...], str], dict[str, str], int]:
    """Folded name (a tuple of word keys) to actor id; a person's unique last-name keys; the longest name.

    Built once per dataset and kept with it (:meth:`~iransyria.dataset.Dataset.derived`).
    """
    return dataset.derived(("extraction", "names"), lambda: _build_index(dataset))


def _build_index(dataset: Dataset) -> tuple[dict[tuple[str, ...], str], dict[str, str], int]:
    names: dict[tuple[str, ...], set[str]] = {}
    for actor in dataset.actors:
        for name in (*actor.names, actor.id.split("-", 1)[1].replace("-", " ")):
            key = tuple(k for _, _, k in words(name) if k)
            if key:
                names.setdefault(key, set()).add(actor.id)
    for key, ids in list(names.items()):
        joined = _join_abd(key)
        if joined != key:
            names.setdefault(joined, set()).update(ids)
    exact = {key: next(iter(ids)) for key, ids in names.items() if len(ids) == 1}
    surnames = person_surnames(dataset)
    for surname, actor_id in surnames.items():
        exact.setdefault((surname,), actor_id)
    longest = max((len(key) for key in exact), default=1)
    return exact, surnames, longest


_ABD = fold_word("عبد")
#: Arabic one-letter words written joined to the next: 'and', 'with', 'for', 'so', 'like' ('وحاتمي', 'بأيوب').
_PROCLITICS = frozenset("وبلفك")


def _join_abd(key: tuple[str, ...]) -> tuple[str, ...]:
    """The key with Arabic 'عبد' joined to the word after it, as 'عبدالله' is written for 'عبد الله'."""
    out: list[str] = []
    i = 0
    while i < len(key):
        if key[i] == _ABD and i + 1 < len(key):
            out.append(key[i] + key[i + 1])
            i += 2
        else:
            out.append(key[i])
            i += 1
    return tuple(out)


def _without_proclitic(text: str, tokens: list[tuple[int, int, str]], i: int) -> list[tuple[int, int, str]] | None:
    """The tokens from ``i`` with an Arabic proclitic letter cut from the first ('بأيوب' is 'ب' + 'أيوب')."""
    start, end, key = tokens[i]
    if len(key) < 4 or text[start] not in _PROCLITICS:
        return None
    return [(start + 1, end, fold_word(text[start + 1 : end])), *tokens[i + 1 :]]


def _capitalised(text: str, token: tuple[int, int, str]) -> bool:
    """Whether a name starts here as names do: a capital, another script, or an 'al-' before one."""
    first = text[token[0]]
    return not first.islower() or (token[2] in ("al", "il") and text[token[1] : token[1] + 1] in "-‐ ")


def _first_names(dataset: Dataset, actor: str) -> set[str]:
    """The folded first words of an actor's names ('amir' for Amir Hatami)."""
    return {
        keys[0]
        for name in dataset.actor_index[actor].names
        if len(keys := [k for _, _, k in words(name) if k]) > 1
    }


def actor_mentions(dataset: Dataset, text: str, offset: int = 0) -> list[ActorMention]:
    """The actors named in ``text`` (offsets from ``offset``), longest name first at each word."""
    exact, _, longest = _index(dataset)
    found: list[ActorMention] = []
    tokens = [t for t in words(text) if t[2]]
    i = 0
    while i < len(tokens):
        matched = 0
        cut = _without_proclitic(text, tokens, i)
        for rest in (tokens[i:], *([cut] if cut is not None else [])):
            for size in range(min(longest, len(rest)), 0, -1):
                key = tuple(t[2] for t in rest[:size])
                if key in exact and _capitalised(text, rest[0]):
                    start, end = rest[0][0], rest[size - 1][1]
                    found.append(ActorMention(offset + start, offset + end, text[start:end], exact[key]))
                    matched = size
                    break
            if matched:
                break
        if matched:
            i += matched
        else:
            start, end, folded = tokens[i]
            word = text[start:end]
            if word[:1].isupper() and word.isalpha() and len(folded) >= 4 and folded not in _COMMON:
                close = close_person(dataset, word)
                if close is not None:
                    actor = close[0]
                    if (
                        i
                        and tokens[i - 1][2] in _first_names(dataset, actor)
                        and not (found and found[-1].end > offset + tokens[i - 1][0])
                    ):
                        start = tokens[i - 1][
                            0
                        ]  # 'Amir Hatemi': the given name the dataset knows goes with it
                    found.append(
                        ActorMention(offset + start, offset + end, text[start:end], actor, close[1])
                    )
            i += 1
    return [
        state_named(dataset, text, mention, offset) or mention
        for mention in found
        if _not_a_regime(dataset, text, mention, offset)
    ]


#: 'the Assad regime', 'the Rouhani government': the words around a person's name that make it a state's.
_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
_AFTER = re.compile(r"^\s+(?:regime|government|administration)\b", re.IGNORECASE)


def _regime(text: str, mention: ActorMention, offset: int) -> tuple[int, int] | None:
    """The span of 'the X regime' (or government, administration) around a mention, if its words say so."""
    start, end = mention.start - offset, mention.end - offset
    after = _AFTER.match(text[end:])
    before = _BEFORE.search(text[max(0, start - 8) : start])
    if after is None or before is None:
        return None
    return start - len(before.group()), end + after.end()


def _served(dataset: Dataset, actor: str) -> set[str]:
    """The states whose offices the records give a person."""
    record = dataset.actor_index.get(actor)
    if record is None or record.kind is not ActorKind.PERSON:
        return set()
    states = {o.position.of for o in record.offices}
    return {s for s in states if s in dataset.actor_index and dataset.actor_index[s].kind is ActorKind.STATE}


def state_named(dataset: Dataset, text: str, mention: ActorMention, offset: int = 0) -> ActorMention | None:
    """'The Assad regime' as the state it names (Syria), when the person's offices name one state.

    A regime or government called by a leader's name is the state he leads,
    not the person: 'the Assad regime and Iran signed' says Syria signed.
    None when the words are not such a phrase, or the records give the person
    no state or several (then :func:`actor_mentions` drops the mention: it is
    not the person either).
    """
    span = _regime(text, mention, offset)
    states = _served(dataset, mention.actor)
    if span is None or len(states) != 1:
        return None
    start, end = span
    return ActorMention(offset + start, offset + end, text[start:end], next(iter(states)), mention.score)


def _not_a_regime(dataset: Dataset, text: str, mention: ActorMention, offset: int) -> bool:
    """False for 'the X regime' whose person serves no single state: that names neither him nor a state."""
    return _regime(text, mention, offset) is None or len(_served(dataset, mention.actor)) == 1


#: Places the press names, as the dataset names them, and the phrases that stand for them.
_PLACES: tuple[tuple[str, str, str | None], ...] = (
    (
        r"(?:the\s+)?Syrian\s+capital(?:,?\s+Damascus)?|Syria['’]s\s+capital(?:,?\s+Damascus)?",
        "Damascus",
        "'the Syrian capital' is Damascus",
    ),
    (
        r"(?:the\s+)?Iranian\s+capital(?:,?\s+Tehran)?|Iran['’]s\s+capital(?:,?\s+Tehran)?",
        "Tehran",
        "'the Iranian capital' is Tehran",
    ),
    (r"Damascus|Damaskus|Damas", "Damascus", None),
    (r"Tehran|Teheran|Téhéran", "Tehran", None),
    (r"Moscow|Ankara|Baghdad|Beirut|Aleppo|Latakia|Astana|Sochi|Geneva", "", None),
)
_PLACE = re.compile("|".join(f"(?P<p{i}>\\b(?:{p})\\b)" for i, (p, _, _) in enumerate(_PLACES)))


def place_mentions(text: str, offset: int = 0) -> list[PlaceMention]:
    """The places named in ``text``: Damascus, Tehran (in any common spelling) and a few other cities."""
    found = []
    for match in _PLACE.finditer(text):
        index = int(next(k for k, v in match.groupdict().items() if v is not None)[1:])
        _, name, inference = _PLACES[index]
        found.append(
            PlaceMention(
                offset + match.start(), offset + match.end(), match.group(), name or match.group(), inference
            )
        )
    return found
