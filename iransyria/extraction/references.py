"""Reference dates: the outside events the articles date, judged against the dataset's reference facts.

The US withdrawal from the nuclear deal, the Caesar Act's coming into force,
the outbreak of Syria's civil war, a state's intervention in it and a
state's strikes in Syria: a date the sentence gives for one of them becomes
that event's date claim. A law's signing ('signed into law in
December 2019') is not its coming into force, and is not read as it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from iransyria.extraction.base import Article, Draft, Sentence, draft_claim, pattern
from iransyria.models import DateValue, EventKind, Predicate, Role

__all__ = ["states_in"]


def _dated(
    article: Article, sentence: Sentence, cue: re.Pattern[str], event: str, name: str
) -> Iterator[Draft]:
    match = cue.search(sentence.text)
    if match is None or event not in article.dataset.event_index:
        return
    at = sentence.start + match.start()
    dates = [d for d in sentence.dates if d.form != "weekday"]
    if not dates:
        return
    date = min(dates, key=lambda d: abs(d.start - at))
    start, end = min(at, date.start), max(sentence.start + match.end(), date.end)
    inferences = [("date", date.inference)] if date.inference else []
    claim = draft_claim(
        article, sentence, (start, end), event, Predicate.EVENT_DATE, DateValue(date.date), inferences
    )
    yield Draft(start, end, (claim,), name)


_NUCLEAR = re.compile(
    r"\b(?:withdr[ae]w\w*|pull(?:ed|ing)?\s+out|quit|exit(?:ed|ing)?|left|leaving|abandon\w*)\b[^;]{0,60}?"
    r"\b(?:nuclear\s+(?:deal|pact|agreement|accord)|JCPOA|Joint\s+Comprehensive\s+Plan\s+of\s+Action)",
    re.IGNORECASE,
)


@pattern(
    "nuclear-deal-withdrawal",
    example="President Trump withdrew the U.S. from the Iran nuclear deal in May.",
    counterexample="President Trump criticised the Iran nuclear deal in May.",
)
def nuclear_deal_withdrawal(article: Article, sentence: Sentence) -> Iterator[Draft]:
    """When the United States left the Iran nuclear deal: 'withdrew the U.S. in May from the Iran nuclear deal'."""
    yield from _dated(
        article, sentence, _NUCLEAR, "evt-2018-05-us-leaves-nuclear-deal", "nuclear-deal-withdrawal"
    )


_CAESAR = re.compile(
    r"\bCaesar\s+(?:Syria\s+Civilian\s+Protection\s+)?Act\b[^.;]{0,40}?\b(?:(?:went|came|entered|goes|comes)\s+into\s+(?:force|effect)|took\s+effect|in\s+force)",
    re.IGNORECASE,
)


@pattern(
    "law-in-force",
    example="The agreement comes after the Caesar Act went into force last month.",
    counterexample="The Caesar Act was signed into law last year.",
    published="2020-07",
)
def law_in_force(article: Article, sentence: Sentence) -> Iterator[Draft]:
    """When the Caesar Act came into force: 'the Caesar Act went into force last month'."""
    yield from _dated(article, sentence, _CAESAR, "evt-2020-06-caesar-act-in-force", "law-in-force")


_WAR = re.compile(
    r"\b(?:(?:civil\s+war|war|uprising|conflict)\b[^.;]{0,40}?\b(?:broke\s+out|began|erupted|started)"
    r"|(?:since|after)\s+(?:breaking|it\s+broke)\s+out|(?:outbreak|start|beginning)\s+of\s+(?:the\s+)?(?:Syrian\s+)?(?:civil\s+)?war"
    r"|(?:broke\s+out|began|erupted|started)\b[^.;]{0,40}?\bcivil\s+war)",
    re.IGNORECASE,
)


@pattern(
    "war-outbreak",
    example="Since breaking out in 2011, Syria's civil war has killed many.",
    counterexample="Iranian forces have been involved in Syria's civil war since 2013.",
)
def war_outbreak(article: Article, sentence: Sentence) -> Iterator[Draft]:
    """When Syria's civil war broke out: 'since breaking out in 2011', 'the war began in 2011'.

    'involved in the civil war since 2013' dates someone's part in it, not its start, and is not read.
    """
    yield from _dated(article, sentence, _WAR, "evt-2011-syrian-civil-war", "war-outbreak")


#: States as the press names them in an agent's place: 'Iranian forces', 'Moscow', 'Israeli missiles'.
_STATE_WORDS = (
    ("state-iran", r"Iran(?:ian)?s?|Tehran|the\s+Islamic\s+Republic"),
    ("state-russia", r"Russia(?:n)?s?|Moscow|the\s+Kremlin"),
    ("state-israel", r"Israel(?:i)?s?|Jerusalem"),
    ("org-hezbollah", r"Hezbollah|Hizbullah|Hizballah"),
    ("state-usa", r"Washington|the\s+U\.S\.|the\s+United\s+States|the\s+Trump\s+administration"),
)


def states_in(text: str) -> list[tuple[str, int, int]]:
    """The states (and Hezbollah) ``text`` names as agents or targets, with their offsets."""
    found = []
    for actor, words in _STATE_WORDS:
        for match in re.finditer(rf"\b(?:{words})\b", text):
            found.append((actor, match.start(), match.end()))
    return sorted(found, key=lambda f: f[1])


def _agent_event(
    article: Article, sentence: Sentence, cue: re.Pattern[str], kind: EventKind, name: str
) -> Iterator[Draft]:
    """The date of the dataset's event of ``kind`` whose agent the sentence names before the cue.

    Each cue is read with the agent named between it and the cue before it
    ('Russia intervened in 2015, and Iranian forces have been involved since
    2013'). With several such events, the one whose target the sentence names
    too; the date is the first after the cue ('since 2013', 'in May').
    """
    named = states_in(sentence.text)
    previous = 0
    for match in cue.finditer(sentence.text):
        agents = [(actor, start) for actor, start, _ in named if previous <= start < match.start()]
        previous = match.end()
        if not agents:
            continue
        agent, agent_at = agents[-1]
        events = [
            e
            for e in article.dataset.events
            if e.kind is kind and any(p.actor == agent and p.role is Role.AGENT for p in e.participants)
        ]
        if len(events) > 1:
            targets = {actor for actor, _, _ in named} - {agent}
            events = [
                e for e in events if any(p.role is Role.TARGET and p.actor in targets for p in e.participants)
            ]
        at = sentence.start + match.start()
        dates = [d for d in sentence.dates if d.start >= at and d.form != "weekday"]
        if len(events) != 1 or not dates:
            continue
        (event,) = events
        date = dates[0]
        start = sentence.start + agent_at
        inferences = [("event", f"the dataset's one {kind.value} by {agent} that fits the sentence")]
        if date.inference:
            inferences.append(("date", date.inference))
        claim = draft_claim(
            article,
            sentence,
            (start, date.end),
            event.id,
            Predicate.EVENT_DATE,
            DateValue(date.date),
            inferences,
        )
        yield Draft(start, date.end, (claim,), name)


_INTERVENTION = re.compile(
    r"\b(?:intervened|intervention|involved\s+in\s+(?:Syria['’]s\s+|the\s+)?(?:civil\s+)?(?:war|conflict)"
    r"|entered\s+(?:Syria['’]s\s+|the\s+)?(?:civil\s+)?war|joined\s+(?:Syria['’]s\s+|the\s+)?(?:civil\s+)?war)\b",
    re.IGNORECASE,
)


@pattern(
    "intervention",
    example="Russia intervened to support Mr. Assad in 2015.",
    counterexample="Russia supported Mr. Assad in 2015.",
)
def intervention(article: Article, sentence: Sentence) -> Iterator[Draft]:
    """When a state entered Syria's war: 'Iranian forces have been involved in Syria's civil war since 2013'.

    The event is the dataset's intervention by the state named before the words.
    """
    yield from _agent_event(article, sentence, _INTERVENTION, EventKind.INTERVENTION, "intervention")


_STRIKE = re.compile(
    r"\b(?:struck|strikes?\s+(?:on|against)|air\s?strikes?|bombed|(?:missiles?|jets?)\s+(?:hit|struck))\b",
    re.IGNORECASE,
)


@pattern(
    "military-strike",
    example="Israeli missiles struck Iranian targets in Syria in May.",
    counterexample="Israeli officials warned Iran in May.",
)
def military_strike(article: Article, sentence: Sentence) -> Iterator[Draft]:
    """When a state struck in Syria: 'Israeli missiles struck Iranian targets in Syria in May'.

    The event is the dataset's strike by that state (on the target named, when it has several).
    """
    yield from _agent_event(article, sentence, _STRIKE, EventKind.MILITARY_STRIKE, "military-strike")
