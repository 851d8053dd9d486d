"""Reference dates: the outside events the articles date, judged against the dataset's reference facts.

The US withdrawal from the nuclear deal, the Caesar Act's coming into force,
and the outbreak of Syria's civil war: a date the sentence gives for one of
them becomes that event's date claim. A law's signing ('signed into law in
December 2019') is not its coming into force, and is not read as it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from iransyria.extraction.base import Article, Draft, Sentence, draft_claim, pattern
from iransyria.models import DateValue, Predicate

__all__: list[str] = []


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
