"""Offices: who held which office when, as titles are written before or after a name.

An office title is found in the words papers use ('Foreign Minister',
'Minister of Defense', 'defence chief', 'the army chief', 'Chief of Staff of
Iran's Armed Forces', 'his Syrian counterpart') with the state an adjective
or phrase gives ('Iranian', 'Syria's', 'of the Islamic Republic of Iran'),
and 'then' or 'former' when the title is of the past. The claim drafted is
a holds-office claim dated as :func:`~iransyria.extraction.context.time_of`
says: a date in the sentence, else the publication date ('Iranian Foreign
Minister Amir Hatami' in an article of 27 August 2018 says he held that
office then); a 'then' title with no date in its sentence is left undated.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from iransyria.extraction.base import (
    ActorMention,
    Article,
    Draft,
    OfficeMention,
    Sentence,
    draft_claim,
    pattern,
)
from iransyria.extraction.context import time_of
from iransyria.models import ActorKind, ActorValue, Position, Predicate

__all__ = [
    "BETWEEN_NAME_AND_TITLE",
    "BETWEEN_TITLE_AND_NAME",
    "TITLES",
    "office_mentions",
    "position_of",
]

_STATE_WORDS = {
    "iranian": "state-iran", "iran's": "state-iran", "iran": "state-iran", "islamic republic of iran": "state-iran",
    "syrian": "state-syria", "syria's": "state-syria", "syria": "state-syria", "syrian arab republic": "state-syria",
}  # fmt: skip
_STATE = r"Iranian|Syrian|Iran['’]s|Syria['’]s"
_SUFFIX_STATE = r"(?:the\s+)?Islamic\s+Republic\s+of\s+Iran|Iran|Syria|(?:the\s+)?Syrian\s+Arab\s+Republic"

#: Each office the dataset knows, as it titles it, and the words papers use for it.
TITLES: tuple[tuple[str, str], ...] = (
    ("Minister of Foreign Affairs", r"foreign\s+minister|minister\s+of\s+foreign\s+affairs|foreign\s+affairs\s+minister|Au(?:ss|ß)enminister|ministre\s+des\s+affaires\s+étrangères"),
    ("Minister of Defence", r"defen[cs]e\s+minister|minister\s+of\s+(?:national\s+)?defen[cs]e|defen[cs]e\s+chief|Verteidigungsminister|ministre\s+de\s+la\s+défense"),
    ("Chief of Staff of the Armed Forces",
     rf"chief\s+of\s+(?:the\s+)?(?:general\s+)?staff(?:(?:\s+(?:of|for)|,)\s+(?:the\s+)?(?:(?P<cs>{_STATE})\s+)?(?:armed\s+)?forces)?"
     r"|(?:armed\s+forces|army|military)\s+chief(?:\s+of\s+staff)?|Generalstabschef|chef\s+d['’]état-major"),
    ("Minister of Roads and Urban Development", r"minister\s+of\s+roads(?:\s+and\s+urban\s+development)?|roads\s+minister"),
    ("Minister of Economy and Foreign Trade", r"minister\s+of\s+economy(?:\s+and\s+foreign\s+trade)?|economy\s+minister"),
    ("Prime Minister", r"prime\s+minister|premier"),
    ("First Vice President", r"first\s+vice[\s-]+president"),
)  # fmt: skip

_TITLE_ALTERNATIVES = "|".join(rf"(?P<t{i}>\b(?:{words})\b)" for i, (_, words) in enumerate(TITLES))
_OFFICE = re.compile(
    rf"(?:\b(?P<then1>then|former|then-)[\s-]*)?(?:\b(?P<state>{_STATE})\s+)?(?:(?P<then2>then|former)[\s-]+)?"
    rf"(?:{_TITLE_ALTERNATIVES})"
    rf"(?:\s+(?:of|for)\s+(?P<suffix>{_SUFFIX_STATE})\b)?",
    re.IGNORECASE,
)
_COUNTERPART = re.compile(rf"\b(?:his|her|their)\s+(?:(?P<state>{_STATE})\s+)?counterparts?\b", re.IGNORECASE)


def _state(words: str | None) -> str | None:
    if not words:
        return None
    return _STATE_WORDS.get(re.sub(r"\s+", " ", words.lower().replace("’", "'")).removeprefix("the "))


def office_mentions(text: str, offset: int = 0) -> list[OfficeMention]:
    """The office titles in ``text``, each with the state its words give."""
    found = []
    for match in _OFFICE.finditer(text):
        index = next(i for i in range(len(TITLES)) if match.group(f"t{i}"))
        state = _state(match.group("state")) or _state(match.group("suffix")) or _state(match.group("cs"))
        then = bool(match.group("then1") or match.group("then2"))
        found.append(
            OfficeMention(
                offset + match.start(),
                offset + match.end(),
                match.group(),
                TITLES[index][0],
                state,
                then=then,
            )
        )
    for match in _COUNTERPART.finditer(text):
        found.append(
            OfficeMention(
                offset + match.start(),
                offset + match.end(),
                match.group(),
                None,
                _state(match.group("state")),
                True,
            )
        )
    return sorted(found, key=lambda m: m.start)


def position_of(article: Article, actor: str, office: OfficeMention) -> Position | None:
    """The position an office mention gives ``actor``: of the state said, else of the state the actor serves."""
    from iransyria.verification.names import UnresolvedName, resolve_office

    if office.title is None:
        return None
    dataset = article.dataset
    record = dataset.actor_index.get(actor)
    if record is None or record.kind is not ActorKind.PERSON:
        return None
    try:
        if office.of is not None:
            return resolve_office(dataset, office.title, dataset.actor_index[office.of].names[0], record)
        return resolve_office(dataset, office.title, None, record)
    except UnresolvedName:
        return None


# Between a title and the name it introduces: a comma, ranks and honorifics.
BETWEEN_TITLE_AND_NAME = re.compile(
    r"^[\s,]*(?:(?:Major|Maj\.|Brigadier|Brig\.|Lieutenant|Lt\.|General|Gen\.|Admiral|Mr\.|Dr\.|Rear|Staff)\s*)*$"
)
# Between a name and the title after it: a comma or dash, and 'then', 'who was', 'the'.
BETWEEN_NAME_AND_TITLE = re.compile(
    r"^\s*(?:,|–|—|-|\()\s*(?:(?:who\s+(?:is|was|has\s+been|had\s+been)|was|is|still|then|now|the|as)\s+)*$"
)


def _holds(
    article: Article, sentence: Sentence, actor: ActorMention, office: OfficeMention, name: str
) -> Draft | None:
    position = position_of(article, actor.actor, office)
    if position is None:
        return None
    start, end = min(actor.start, office.start), max(actor.end, office.end)
    when = time_of(article, sentence, office.then)
    inferences = [] if when is None else [("point_in_time", when[1])]
    if actor.score < 100:
        inferences.append(("actor", f"{actor.text!r} read as {actor.actor} (fuzzy score {actor.score:.0f})"))
    if office.of is None:
        inferences.append(("position", f"the state is the one {actor.actor} served: {position.of}"))
    claim = draft_claim(
        article, sentence, (start, end), actor.actor, Predicate.HOLDS_OFFICE, ActorValue(actor.actor, position),
        inferences, None if when is None else when[0],
    )  # fmt: skip
    return Draft(start, end, (claim,), name)


@pattern(
    "office-before-name",
    example="Iranian Foreign Minister Amir Hatami arrived in Damascus.",
    counterexample="Amir Hatami arrived in Damascus.",
)
def office_before_name(article: Article, sentence: Sentence) -> Iterator[Draft]:
    """A title written before the name it belongs to: 'Syrian Defense Minister Ali Abdullah Ayyoub'.

    Ranks and a comma may stand between ('the Iranian Minister of Defense,
    Amir Hatami'; 'Chief of Staff Maj. Gen. Mohammad Bagheri').
    """
    for office in sentence.offices:
        if office.counterpart:
            continue
        for actor in sentence.actors:
            if actor.start >= office.end and BETWEEN_TITLE_AND_NAME.match(sentence.words(office.end, actor.start)):
                draft = _holds(article, sentence, actor, office, "office-before-name")
                if draft is not None:
                    yield draft
                break


@pattern(
    "office-after-name",
    example="The deal was signed by Mohammad Bagheri, Chief of Staff of Iran's Armed Forces.",
    counterexample="The deal was signed by Mohammad Bagheri in Damascus.",
)
def office_after_name(article: Article, sentence: Sentence) -> Iterator[Draft]:
    """A title written after the name, set off by a comma or dash: 'Amir Hatami, then defence minister,'.

    Also 'Bagheri – Chief of Staff', 'Ayyoub, who was defence minister'.
    """
    for actor in sentence.actors:
        for office in sentence.offices:
            if office.counterpart or office.start < actor.end:
                continue
            if BETWEEN_NAME_AND_TITLE.match(sentence.words(actor.end, office.start)):
                preceding = [o for o in sentence.offices if o.end <= actor.start]
                if preceding and BETWEEN_TITLE_AND_NAME.match(sentence.words(preceding[-1].end, actor.start)):
                    break  # 'Syrian Defense Minister Ayyoub, the ...': the title before the name holds
                draft = _holds(article, sentence, actor, office, "office-after-name")
                if draft is not None:
                    yield draft
            break
