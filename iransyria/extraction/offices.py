"""Offices: who held which office when, as titles are written before or after a name.

An office title is found in the words papers use ('Foreign Minister',
'Minister of Defense', 'defence chief', 'the army chief', 'Chief of Staff of
Iran's Armed Forces', 'his Syrian counterpart', and the other states'
offices the reporting names: 'Russian President', 'White House national
security adviser', 'Secretary of State') with the state an adjective
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

import attrs

from iransyria.dates import FuzzyDate
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
from iransyria.models import ActorKind, ActorValue, Claim, Position, Predicate

__all__ = [
    "BETWEEN_NAME_AND_TITLE",
    "BETWEEN_TITLE_AND_NAME",
    "NATIVE_TITLES",
    "TITLES",
    "given_office",
    "office_clauses",
    "office_mentions",
    "position_of",
]

_STATE_WORDS = {
    "iranian": "state-iran", "iran's": "state-iran", "iran": "state-iran", "islamic republic of iran": "state-iran",
    "syrian": "state-syria", "syria's": "state-syria", "syria": "state-syria", "syrian arab republic": "state-syria",
    "u.s.": "state-usa", "us": "state-usa", "american": "state-usa", "white house": "state-usa",
    "russian": "state-russia", "russia's": "state-russia", "russia": "state-russia",
}  # fmt: skip
_STATE = r"Iranian|Syrian|Iran['’]s|Syria['’]s|U\.S\.|(?-i:US)|American|White\s+House|Russian|Russia['’]s"
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
    ("President", r"(?<!vice\s)(?<!vice-)president"),
    ("National Security Adviser", r"national\s+security\s+advis[eo]r"),
    ("Secretary of State", r"secretary\s+of\s+state"),
    ("Secretary of Defense", r"secretary\s+of\s+defen[cs]e|defen[cs]e\s+secretary"),
    ("Ambassador to Israel", r"ambassador\s+to\s+Israel"),
    ("Iran expert", r"Iran\s+expert"),
)  # fmt: skip

_TITLE_ALTERNATIVES = "|".join(rf"(?P<t{i}>\b(?:{words})\b)" for i, (_, words) in enumerate(TITLES))
_OFFICE = re.compile(
    rf"(?:\b(?P<then1>then|former|then-)[\s-]*)?(?:\b(?P<state>{_STATE})\s+)?(?:(?P<then2>then|former)[\s-]+)?"
    rf"(?:{_TITLE_ALTERNATIVES})"
    rf"(?:\s+(?:of|for)\s+(?P<suffix>{_SUFFIX_STATE})\b)?",
    re.IGNORECASE,
)

def _script(words: str) -> str:
    """A pattern for Arabic or Persian words in any of the spellings the two scripts use for the same letters.

    Yeh (ي ی ى), kaf (ك ک), teh marbuta or heh (ة ه), and alef with or
    without hamza (ا أ إ آ) are interchangeable; spaces match any whitespace.
    """
    classes = {"ي": "[يیى]", "ی": "[يیى]", "ى": "[يیى]", "ك": "[كک]", "ک": "[كک]", "ة": "[ةه]", "ه": "[ةه]",
               "ا": "[اأإآ]", "أ": "[اأإآ]", "إ": "[اأإآ]", "آ": "[اأإآ]", " ": r"\s+"}  # fmt: skip
    return "".join(classes.get(c, re.escape(c)) for c in words)


#: Office titles in Arabic and Persian script, as Syrian (SANA) and Iranian (IRNA, Tasnim) outlets write
#: them: the title, then the state ('وزير الدفاع السوري', 'وزیر دفاع ایران').
NATIVE_TITLES: tuple[tuple[str, str], ...] = (
    ("Minister of Defence", "|".join(_script(w) for w in ("وزير الدفاع", "وزیر دفاع"))),
    ("Minister of Foreign Affairs", "|".join(_script(w) for w in ("وزير الخارجية", "وزیر امور خارجه"))),
    ("Chief of Staff of the Armed Forces",
     "|".join(_script(w) for w in ("رئيس هيئة الأركان", "رئيس الأركان", "رئیس ستاد کل نیروهای مسلح"))),
)  # fmt: skip
_NATIVE_STATES = (
    ("state-syria", "|".join(_script(w) for w in ("السوري", "السورية", "سوريا", "سوریه"))),
    ("state-iran", "|".join(_script(w) for w in ("الإيراني", "الإيرانية", "إيران", "ایران"))),
)
_NATIVE = re.compile(
    "(?:" + "|".join(f"(?P<n{i}>{words})" for i, (_, words) in enumerate(NATIVE_TITLES)) + ")"
    r"(?:\s+(?:العامة\s+)?(?:للقوات\s+المسلحة\s+)?(?:"
    + "|".join(f"(?P<s{i}>{words})" for i, (_, words) in enumerate(_NATIVE_STATES))
    + r"))?(?!\w)"
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
    for match in _NATIVE.finditer(text):
        index = next(i for i in range(len(NATIVE_TITLES)) if match.group(f"n{i}"))
        state = next((_NATIVE_STATES[i][0] for i in range(len(_NATIVE_STATES)) if match.group(f"s{i}")), None)
        found.append(
            OfficeMention(offset + match.start(), offset + match.end(), match.group(), NATIVE_TITLES[index][0], state)
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
    r"^[\s,،]*(?:(?:Major|Maj\.|Brigadier|Brig\.|Lieutenant|Lt\.|General|Gen\.|Admiral|Mr\.|Dr\.|Rear|Staff"
    r"|العماد|اللواء|العميد|الفريق|سرلشکر|سرتیپ|سردار)[\s،]*)*$"
)  # Arabic and Persian ranks too: 'العماد' (General), 'سرلشکر' (Major General)
# Between a name and the title after it: a comma or dash, and 'then', 'who was', 'the'.
BETWEEN_NAME_AND_TITLE = re.compile(
    r"^\s*(?:,|–|—|-|\()\s*(?:(?:who\s+(?:is|was|has\s+been|had\s+been)|was|is|still|then|now|the|as|an?)\s+)*$"
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
    if actor.inference is not None:
        inferences.append(actor.inference)
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
            if any(a <= office.start < b for a, b in sentence.clauses):
                break  # 'Ayyoub, still defence minister in 2024': the clause dates it (office-in-clause)
            if BETWEEN_NAME_AND_TITLE.match(sentence.words(actor.end, office.start)):
                preceding = [o for o in sentence.offices if o.end <= actor.start]
                if preceding and BETWEEN_TITLE_AND_NAME.match(sentence.words(preceding[-1].end, actor.start)):
                    break  # 'Syrian Defense Minister Ayyoub, the ...': the title before the name holds
                draft = _holds(article, sentence, actor, office, "office-after-name")
                if draft is not None:
                    yield draft
            break


# 'who has led the ministry', 'who headed Iran's defence ministry': an office named by its ministry.
_LED = re.compile(
    rf"\b(?:led|leads|lead|headed|heads|head|run|ran|runs|been\s+in\s+charge\s+of)\s+"
    rf"(?:(?:the|its|(?P<state>{_STATE}))\s+)?(?:(?P<kind>defen[cs]e|foreign)\s+)?ministry\b",
    re.IGNORECASE,
)
_MINISTRY = {"defence": "Minister of Defence", "defense": "Minister of Defence", "foreign": "Minister of Foreign Affairs"}
# The words before a clause's date: 'since 2015' starts the span, 'until 2022' ends it.
_SINCE = re.compile(r"\b(?:since|from)\s+$", re.IGNORECASE)
_UNTIL = re.compile(r"\b(?:until|till|to)\s+$", re.IGNORECASE)
# Present perfect or 'still': the office is held at the time of writing, too.
_STILL_HELD = re.compile(r"\b(?:has|have)\s+(?:been|led|headed|run)\b|\bstill\b", re.IGNORECASE)


def office_clauses(text: str, clauses: list[tuple[int, int]], offices: list[OfficeMention], offset: int = 0) -> list[tuple[int, int]]:
    """The relative clauses of ``text`` (offsets into it) that give an office: a title, or 'led the ministry'."""
    return [
        (a, b)
        for a, b in clauses
        if _LED.search(text, a, b) is not None
        or any(a <= o.start - offset < b and not o.counterpart for o in offices)
    ]


def given_office(article: Article, sentence: Sentence, actor: str) -> Position | None:
    """The office the article last gave ``actor`` by a title just before the name, up to this sentence."""
    given = None
    for earlier in article.sentences:
        if earlier.start > sentence.start:
            break
        for mention in earlier.actors:
            if mention.actor != actor:
                continue
            for office in earlier.offices:
                if (
                    not office.counterpart
                    and office.end <= mention.start
                    and BETWEEN_TITLE_AND_NAME.match(earlier.words(office.end, mention.start))
                ):
                    given = position_of(article, actor, office) or given
    return given


def _clause_claim(
    article: Article, sentence: Sentence, actor: ActorMention, position: Position, clause: tuple[int, int],
    inferences: list[tuple[str, str]],
) -> Claim:
    """The holds-office claim a clause makes, over the time it gives ('since 2015': from then to the writing)."""
    start, end = clause
    words = article.text[start:end]
    dates = [d for d in sentence.clause_dates if start <= d.start < end]
    still = _STILL_HELD.search(words) is not None
    point: FuzzyDate | None = None
    first: FuzzyDate | None = None
    last: FuzzyDate | None = None
    for date in dates:
        before = article.text[max(start, date.start - 8) : date.start]
        if date.inference:
            inferences.append(("point_in_time", date.inference))
        if _SINCE.search(before):
            first = date.date
        elif _UNTIL.search(before):
            last = date.date
        else:
            point = date.date
    if first is not None and last is None and still and article.published is not None:
        last = article.published
        inferences.append(("end_time", f"{words!r}: held still at the publication date ({article.published})"))
    if point is None and first is None and last is None and still and article.published is not None:
        point = article.published
        inferences.append(("point_in_time", f"{words!r} with no date: the publication date ({article.published})"))
    claim = draft_claim(
        article, sentence, (actor.start, end), actor.actor, Predicate.HOLDS_OFFICE, ActorValue(actor.actor, position),
        inferences, point,
    )  # fmt: skip
    if point is None:
        claim = attrs.evolve(claim, start_time=first, end_time=last)
    return claim


def _ministry_then(article: Article, sentence: Sentence, actor: str, words: str) -> tuple[Position, str] | str:
    """The ministry 'the ministry' means when no title came before: the one the records have ``actor`` head then.

    'Then' is the time the sentence speaks of (its date, else the
    publication date). Only one recorded ministerial office held for certain
    then resolves it; none or several leave it unresolved (the reason, as a
    string), which is a statement not established, never a guess.
    """
    from iransyria.rules import Context
    from iransyria.rules.offices import offices_then

    when = time_of(article, sentence)
    name = article.dataset.actor_index[actor].name
    if when is None:
        return f"{words!r}: no ministry named before and no date to read {name}'s recorded offices at: not guessed"
    held = [p for p in offices_then(Context(article.dataset), actor, when[0]) if p.title.startswith("Minister of")]
    if len(held) != 1:
        which = f"more than one ministry ({', '.join(f'{p.title} ({p.of})' for p in held)})" if held else "no ministry"
        return f"{words!r}: no ministry named before, and the records give {name} {which} on {when[0]}: not guessed"
    return held[0], (
        f"{words!r} with no ministry named before: the one {name} is recorded heading on {when[0]} "
        f"({when[1]}): {held[0].title} ({held[0].of})"
    )


@pattern(
    "office-in-clause",
    example="Amir Hatami, who has led the defence ministry since 2017, arrived in Damascus.",
    counterexample="Amir Hatami, who arrived in Damascus on Sunday, met Assad.",
)
def office_in_clause(article: Article, sentence: Sentence) -> Iterator[Draft]:
    """An office a relative clause gives the person before it, over the time the clause says.

    'Amir Hatami, who has led the ministry since 2015, ...' (from 2015 to
    the publication date: 'the ministry' is the one the article gave him, else
    the one ministry the records have him hold at the sentence's time, else
    a statement not established: :func:`_ministry_then`),
    'Ayyoub, still defence minister in 2024, ...' (in 2024), 'Bagheri, who
    was army chief until 2025' (up to 2025).
    """
    dataset = article.dataset
    for clause in sentence.clauses:
        persons = [
            m for m in sentence.actors
            if m.end <= clause[0] and dataset.actor_index[m.actor].kind is ActorKind.PERSON
            and re.fullmatch(r"[\s,(–—-]*", sentence.words(m.end, clause[0]))
        ]  # fmt: skip
        if not persons:
            continue
        actor = persons[-1]
        inferences: list[tuple[str, str]] = [actor.inference] if actor.inference is not None else []
        office = next(
            (o for o in sentence.offices if clause[0] <= o.start < clause[1] and not o.counterpart), None
        )
        position: Position | None = None
        if office is not None:
            position = position_of(article, actor.actor, office)
            if position is not None and office.of is None:
                inferences.append(("position", f"the state is the one {actor.actor} served: {position.of}"))
        else:
            led = _LED.search(article.text, clause[0], clause[1])
            if led is None:
                continue
            kind = led.group("kind")
            if kind is None:
                position = given_office(article, sentence, actor.actor)
                if position is not None:
                    inferences.append(("position", f"{led.group(0)!r}: the office the article gave {actor.actor}"))
                else:
                    ministry = _ministry_then(article, sentence, actor.actor, led.group(0))
                    if isinstance(ministry, str):
                        yield Draft(actor.start, clause[1], (), "office-in-clause", ministry)
                        continue
                    position, why = ministry
                    inferences.append(("position", why))
            else:
                mention = OfficeMention(0, 0, led.group(0), _MINISTRY[kind.lower()], _state(led.group("state")))
                position = position_of(article, actor.actor, mention)
                if position is not None and mention.of is None:
                    inferences.append(("position", f"the state is the one {actor.actor} served: {position.of}"))
        if position is None:
            continue
        claim = _clause_claim(article, sentence, actor, position, clause, inferences)
        yield Draft(actor.start, clause[1], (claim,), "office-in-clause")
