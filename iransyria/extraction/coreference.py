"""People and places the text names by description: a title alone, or words pointing back in the paragraph.

- A title with no name ('the Iranian defence minister', "Syria's defence
  minister", 'the army chief') is the person named before in the paragraph
  who held that office then (by the dataset's spans, or the article gave
  them that title), if exactly one did; else, where the title gives
  the state, the one person the dataset's office spans show certainly
  holding it at the time the sentence gives
  (:func:`~iransyria.extraction.context.time_of`), with no other possibly
  holding it. A title without a state and no one before it stays unresolved:
  the dataset does not know every state's holders, so picking the one it
  knows would be a guess.
- 'the Syrian minister' is the one person named before in the paragraph who
  is (by the article's title or the dataset's offices) a minister of that
  state; 'the two ministers' the two ministers named before, when exactly two
  were; 'the same city' the one city named before in the paragraph.

A reference that fits no one, or several, is an :class:`UnresolvedMention`;
the pattern here makes it a statement with no claim, not established.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import attrs

from iransyria.dates import Certainty, FuzzyDate
from iransyria.extraction.base import (
    ActorMention,
    Article,
    Draft,
    Mention,
    OfficeMention,
    PlaceMention,
    Sentence,
    UnresolvedMention,
    pattern,
)
from iransyria.extraction.context import time_of
from iransyria.models import ActorKind, Position

__all__ = ["resolve_references"]

_STATE_NAMES = {"state-iran": "Iranian", "state-syria": "Syrian"}
_DETERMINER = re.compile(r"(?:\b(?:the|The)\s+(?:(?:then|former)[\s-]+)?)$")
_POSSESSIVE = re.compile(r"^(?:Iran|Syria)['’]s\b")
_MINISTER = re.compile(
    r"\b[Tt]he\s+(?:(?P<two>two|both)\s+ministers|(?P<state>Iranian|Syrian)\s+(?:minister|official))\b(?!\s+(?:of|for)\b)"
)
_UNKNOWN_NAME = re.compile(r"(?:[\s,]*(?:Major|Maj\.|Brig\.|Gen\.|General|Mr\.|Dr\.))*[\s,]+[A-Z][\w’'-]+\s+[A-Z]")
_SAME_CITY = re.compile(r"\b[Tt]he\s+same\s+(?:city|capital)\b")


def _persons_before(article: Article, sentence: Sentence, at: int) -> list[ActorMention]:
    """The persons named in the paragraph before offset ``at``, in order, each once (the latest mention)."""
    dataset = article.dataset
    found: dict[str, ActorMention] = {}
    for s in (*article.before(sentence), sentence):
        for m in s.actors:
            if m.end <= at and dataset.actor_index[m.actor].kind is ActorKind.PERSON:
                found.pop(m.actor, None)
                found[m.actor] = m
    return list(found.values())


def _holds(article: Article, actor: str, title: str, state: str | None, date: FuzzyDate) -> Certainty:
    """Whether ``actor`` held ``title`` (of ``state``, if given) on ``date``, by the dataset's office spans."""
    best = Certainty.IMPOSSIBLE
    for office in article.dataset.actor_index[actor].offices:
        position = office.position
        if position.title.casefold() != title.casefold() or (state is not None and position.of != state):
            continue
        if office.start is None and office.end is None:
            answer = Certainty.POSSIBLE
        else:
            answer = date.within(office.start, office.end)
        if answer is Certainty.CERTAIN:
            return answer
        if answer is not Certainty.IMPOSSIBLE:
            best = Certainty.POSSIBLE
    return best


def _given(article: Article, sentence: Sentence, actor: str, office: OfficeMention) -> bool:
    """Whether the article gave ``actor`` this title before ('Russian President Vladimir Putin')."""
    from iransyria.extraction.offices import given_office

    given = given_office(article, sentence, actor)
    return (
        given is not None
        and office.title is not None
        and given.title.casefold() == office.title.casefold()
        and (office.of is None or given.of == office.of)
    )


def _attached(sentence: Sentence, office: OfficeMention) -> bool:
    """Whether a name goes with the title ('Defence Minister Amir Hatami', 'Hatami, the defence minister')."""
    from iransyria.extraction.offices import BETWEEN_NAME_AND_TITLE, BETWEEN_TITLE_AND_NAME

    if _UNKNOWN_NAME.match(sentence.words(office.end, sentence.end)):
        return True  # 'the Iranian President, Hassan Rouhani': a name the dataset does not know
    for actor in sentence.actors:
        if actor.start >= office.end and BETWEEN_TITLE_AND_NAME.match(
            sentence.words(office.end, actor.start)
        ):
            return True
        if actor.end <= office.start and BETWEEN_NAME_AND_TITLE.match(
            sentence.words(actor.end, office.start)
        ):
            return True
    return False


def _title_alone(article: Article, sentence: Sentence, office: OfficeMention) -> Mention | None:
    """The person a title without a name stands for, or why none can be said; None if it is no such title."""
    if office.title is None or office.counterpart or _attached(sentence, office):
        return None
    if any(a <= office.start < b for a, b in sentence.clauses):
        return None
    before = sentence.words(max(sentence.start, office.start - 16), office.start)
    if not (_DETERMINER.search(before) or _POSSESSIVE.match(office.text)):
        return None
    when = time_of(article, sentence, office.then)
    what = f"{office.text!r}"
    if when is None:
        return UnresolvedMention(
            office.start, office.end, office.text, f"{what}: no date says when, so not who"
        )
    date, why = when
    earlier = [
        m for m in _persons_before(article, sentence, office.start)
        if _holds(article, m.actor, office.title, office.of, date) is Certainty.CERTAIN
        or _given(article, sentence, m.actor, office)
    ]  # fmt: skip
    if len(earlier) == 1:
        return ActorMention(
            office.start, office.end, office.text, earlier[0].actor,
            how=f"the one named before in the paragraph who held it on {date} ({why})",
        )  # fmt: skip
    if len(earlier) > 1:
        names = ", ".join(m.actor for m in earlier)
        return UnresolvedMention(office.start, office.end, office.text, f"{what} could be any of {names}")
    if office.of is None:
        return UnresolvedMention(
            office.start, office.end, office.text,
            f"{what} names no state and no one before it held it: not guessed from the holders the dataset knows",
        )  # fmt: skip
    certain, possible = [], []
    for actor in article.dataset.actors:
        if actor.kind is not ActorKind.PERSON:
            continue
        held = _holds(article, actor.id, office.title, office.of, date)
        if held is Certainty.CERTAIN:
            certain.append(actor.id)
        elif held is not Certainty.IMPOSSIBLE:
            possible.append(actor.id)
    if len(certain) == 1 and not possible:
        return ActorMention(
            office.start, office.end, office.text, certain[0],
            how=f"the one holder of {office.title} ({office.of}) on {date} by the dataset's office spans ({why})",
        )  # fmt: skip
    holders = ", ".join(certain + possible) or "no one the dataset knows"
    return UnresolvedMention(
        office.start, office.end, office.text, f"{what} on {date} could be {holders}: not one certain holder"
    )


def _is_minister(article: Article, sentence: Sentence, actor: str, state: str | None) -> bool:
    """Whether the article or the dataset makes ``actor`` a minister (of ``state``, if given)."""
    from iransyria.extraction.offices import given_office

    given = given_office(article, sentence, actor)
    positions: list[Position] = [o.position for o in article.dataset.actor_index[actor].offices]
    if given is not None:
        positions = [given]
    return any("minister" in p.title.casefold() and (state is None or p.of == state) for p in positions)


def _ministers(article: Article, sentence: Sentence, match: re.Match[str]) -> list[Mention]:
    start, end = sentence.start + match.start(), sentence.start + match.end()
    words = match.group(0)
    state = {"iranian": "state-iran", "syrian": "state-syria"}.get((match.group("state") or "").lower())
    fitting = [
        m.actor
        for m in _persons_before(article, sentence, start)
        if _is_minister(article, sentence, m.actor, state)
    ]
    wanted = 2 if match.group("two") else 1
    if len(fitting) == wanted:
        how = f"the {'two ministers' if wanted == 2 else 'one ' + _STATE_NAMES[state or ''] + ' minister'} named before in the paragraph"
        return [ActorMention(start, end, words, actor, how=how) for actor in fitting]
    who = ", ".join(fitting) or "no one"
    return [
        UnresolvedMention(start, end, words, f"{words!r}: {wanted} meant, {who} named before: not guessed")
    ]


def _same_city(article: Article, sentence: Sentence, match: re.Match[str]) -> Mention:
    start, end = sentence.start + match.start(), sentence.start + match.end()
    names = list(
        dict.fromkeys(
            p.name for s in (*article.before(sentence), sentence) for p in s.places if p.end <= start
        )
    )
    if len(names) == 1:
        return PlaceMention(
            start, end, match.group(0), names[0], f"{match.group(0)!r}: the one city named before, {names[0]}"
        )
    who = ", ".join(names) or "none"
    return UnresolvedMention(start, end, match.group(0), f"{match.group(0)!r}: cities named before: {who}")


def _resolved(article: Article, sentence: Sentence) -> Sentence:
    found: list[Mention] = []
    for office in sentence.offices:
        mention = _title_alone(article, sentence, office)
        if mention is not None:
            found.append(mention)
    taken = [(o.start, o.end) for o in sentence.offices]
    for match in _MINISTER.finditer(sentence.text):
        start = sentence.start + match.start()
        if not any(a <= start < b for a, b in taken):
            found.extend(_ministers(article, sentence, match))
    places = [_same_city(article, sentence, m) for m in _SAME_CITY.finditer(sentence.text)]
    actors = [m for m in found if isinstance(m, ActorMention)]
    unresolved = [m for m in (*found, *places) if isinstance(m, UnresolvedMention)]
    if not (actors or unresolved or places):
        return sentence
    return attrs.evolve(
        sentence,
        actors=tuple(sorted((*sentence.actors, *actors), key=lambda m: m.start)),
        places=tuple(
            sorted(
                (*sentence.places, *(p for p in places if isinstance(p, PlaceMention))), key=lambda m: m.start
            )
        ),
        unresolved=tuple(unresolved),
    )


def resolve_references(article: Article) -> Article:
    """The article with each sentence's references resolved, in order: a later one may point to an earlier one."""
    sentences = list(article.sentences)
    for i in range(len(sentences)):
        current = attrs.evolve(article, sentences=tuple(sentences))
        sentences[i] = _resolved(current, sentences[i])
    return attrs.evolve(article, sentences=tuple(sentences))


@pattern(
    "unresolved-reference",
    example="The defence minister signed the deal on Sunday.",
    counterexample="The Iranian defence minister signed the deal on Sunday.",
)
def unresolved_reference(article: Article, sentence: Sentence) -> Iterator[Draft]:
    """A person or place named only by words that fit no one record, or several: 'the defence minister'
    when Iran's and Syria's both held the title, 'the same city' after two cities.

    The statement is not established and carries no claim: who is meant is not guessed.
    """
    for mention in sentence.unresolved:
        yield Draft(mention.start, mention.end, (), "unresolved-reference", mention.reason)
