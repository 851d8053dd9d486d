"""What a sentence is about beyond its own words: which agreement, which time, who 'he' is.

- :func:`agreement_of`: the agreement a sentence speaks of. Its words decide
  first ('economic', 'comprehensive'); then, for a definite 'the deal'
  without a year in it, the agreement named before in the article; then a
  year or date in the sentence (the agreement of that kind signed then, if
  one was); last the article's subject: the latest agreement of that kind
  signed by the publication date.
  Each choice is stated as an inference. None when nothing decides.
- :func:`time_of`: the time a title or an office is given for: a date in
  the sentence, else the article's publication date (a title given as
  current), never for a 'then' title.
- :func:`pronoun_of`: who 'he' or 'his' is: the one person named before it in
  the sentence, else in the paragraph's previous sentence; None when two
  could be meant (then nothing is drafted: never guessed).
"""

from __future__ import annotations

import re

from iransyria.dates import Certainty, FuzzyDate
from iransyria.extraction.base import Article, DateMention, Sentence
from iransyria.models import ActorKind, Agreement, AgreementKind

__all__ = ["AGREEMENT_WORDS", "agreement_of", "pronoun_of", "time_of"]

#: The words that name an agreement in prose.
AGREEMENT_WORDS = re.compile(
    r"\b(?:agreement|deal|pact|accord|treaty|memorandum|MoU|accords|agreements|Abkommen|Vertrag|accord)\b",
    re.IGNORECASE,
)
_ECONOMIC = re.compile(r"\b(?:economic|trade|long-term\s+cooperation|long-term)\b", re.IGNORECASE)
_COMPREHENSIVE = re.compile(r"\bcomprehensive\b", re.IGNORECASE)
_DEFINITE = re.compile(
    r"\b(?:the|this|that|its)\s+(?:(?!(?:of|an?|and|or)\b)[\w-]+\s+){0,3}?(?:agreement|deal|pact|accord|treaty)\b",
    re.IGNORECASE,
)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_MILITARY = re.compile(r"\b(?:military|defen[cs]e|security)\b", re.IGNORECASE)


def _signed_by(agreement: Agreement, published: FuzzyDate) -> bool:
    return agreement.signed is not None and agreement.signed.earliest <= published.latest


def _by_date(candidates: list[Agreement], date: DateMention) -> list[Agreement]:
    return [
        a
        for a in candidates
        if (a.signed is not None and a.signed.same_day(date.date) is not Certainty.IMPOSSIBLE)
        or (a.signed is not None and (a.signed.earliest.year == date.date.earliest.year))
    ]


def _words_kind(words: str) -> tuple[AgreementKind | None, bool]:
    """The kind the words give, and whether they say 'comprehensive'."""
    if _ECONOMIC.search(words) and not _MILITARY.search(words):
        return AgreementKind.ECONOMIC_COOPERATION, False
    if _COMPREHENSIVE.search(words):
        return AgreementKind.MILITARY_COOPERATION, True
    if _MILITARY.search(words):
        return AgreementKind.MILITARY_COOPERATION, False
    return None, False


def agreement_of(article: Article, sentence: Sentence) -> tuple[Agreement, str] | None:
    """The agreement ``sentence`` speaks of and how it was chosen; None when nothing decides."""
    agreements = list(article.dataset.agreements)
    if not AGREEMENT_WORDS.search(sentence.text):
        return None
    kind, comprehensive = _words_kind(sentence.text)
    if comprehensive:
        chosen = [a for a in agreements if "comprehensive" in a.title.lower()]
        if len(chosen) == 1:
            return chosen[0], "the sentence calls it comprehensive"
    if kind is AgreementKind.ECONOMIC_COOPERATION:
        chosen = [a for a in agreements if a.kind is kind]
        if len(chosen) == 1:
            return chosen[0], "the sentence calls it an economic agreement"
    candidates = [a for a in agreements if kind is None or a.kind is kind]
    definite = _DEFINITE.search(sentence.text)
    if definite is not None and not _YEAR.search(definite.group(0)):
        # 'the deal', 'the agreement': the one named before, whatever date the sentence then gives it
        for earlier in reversed([s for s in article.sentences if s.end <= sentence.start]):
            if AGREEMENT_WORDS.search(earlier.text):
                found = agreement_of(article, earlier)
                if found is not None:
                    return found[0], f"{definite.group(0)!r}: the agreement named before ({found[1]})"
    for date in sentence.dates:
        if date.form == "relative":
            continue
        dated = _by_date(candidates, date)
        if len(dated) == 1:
            return dated[0], f"the one signed in {date.date.earliest.year}, the year the sentence gives"
    if article.published is not None and kind is not AgreementKind.ECONOMIC_COOPERATION:
        published = article.published
        signed = [
            a for a in candidates if a.kind is AgreementKind.MILITARY_COOPERATION and _signed_by(a, published)
        ]
        if signed:
            latest = max(signed, key=lambda a: a.signed.earliest if a.signed else published.earliest)
            return latest, f"the latest military agreement signed by the publication date ({published})"
    return None


def time_of(article: Article, sentence: Sentence, then: bool = False) -> tuple[FuzzyDate, str] | None:
    """The time a title in ``sentence`` is given for, and why; None when the text does not fix one."""
    for date in sentence.dates:
        return date.date, f"the date the sentence gives ({date.text!r})" + (
            f"; {date.inference}" if date.inference else ""
        )
    if then or article.published is None:
        return None
    return article.published, f"the title is given as current: the publication date ({article.published})"


_PRONOUN = re.compile(r"\b(?:he|his|him)\b", re.IGNORECASE)


def pronoun_of(article: Article, sentence: Sentence, at: int) -> str | None:
    """The person 'he'/'his' at ``at`` refers to, when only one can be meant."""
    dataset = article.dataset

    def persons(s: Sentence, before: int | None = None) -> list[str]:
        return list(
            dict.fromkeys(
                m.actor
                for m in s.actors
                if dataset.actor_index[m.actor].kind is ActorKind.PERSON
                and (before is None or m.end <= before)
            )
        )

    here = persons(sentence, at)
    if here:
        return here[0] if len(here) == 1 else None
    earlier = article.before(sentence)
    if earlier:
        previous = persons(earlier[-1])
        if len(previous) == 1:
            return previous[0]
    return None
