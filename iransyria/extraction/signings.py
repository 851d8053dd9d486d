"""Signings: which agreement was signed, when, where and by whom.

The agreement is the one :func:`~iransyria.extraction.context.agreement_of`
chooses; the signing is a verb of signing ('signed', 'inked', 'initials
were used to sign'), not 'agreed to' or 'reached'. Initialling alone
('initialled on 30 December 2018') is not signing, and no signing claim is
drafted from it: the dataset has no predicate for an initialling, and
reading it as the signing would wrongly contradict it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from iransyria.extraction.base import (
    ActorMention,
    Article,
    DateMention,
    Draft,
    Sentence,
    draft_claim,
    pattern,
)
from iransyria.extraction.context import agreement_of
from iransyria.extraction.offices import BETWEEN_NAME_AND_TITLE, BETWEEN_TITLE_AND_NAME, position_of
from iransyria.models import ActorKind, ActorValue, DateValue, PlaceValue, Position, Predicate

__all__ = ["names_agreement", "signing_verb", "subject_region"]

_SIGN = re.compile(
    r"\b(?:sign(?:ed|s|ing)?|inked|ink|inks|unterzeichne\w*|signé\w*)\b(?!\s+into\s+law)"
    r"|\bdat(?:ed|es|ing)\s+(?:the\s+)?(?:signing|deal|agreement|pact|accord)\b",
    re.IGNORECASE,
)
_BY = re.compile(r"\b(?:signed\s+by|between|by)\b", re.IGNORECASE)
_BOUNDARY = re.compile(
    r",\s+(?:during|where|which|who|after|as|while|in\s+a|according)\b|[.;]\s|$", re.IGNORECASE
)


def signing_verb(sentence: Sentence) -> re.Match[str] | None:
    """The first verb of signing in the sentence, if any."""
    return _SIGN.search(sentence.text)


_NAMING_YEAR_BEFORE = re.compile(r"\b(?:the|a|an|its|this|that)\s+$", re.IGNORECASE)
_NAMING_YEAR_AFTER = re.compile(
    r"^(?:\s+(?!(?:on|in|at|by)\b)[\w-]+){0,4}?\s+(?:agreement|deal|pact|accord|treaty|memorandum)\b", re.IGNORECASE
)


def names_agreement(sentence: Sentence, date: DateMention) -> bool:
    """Whether ``date`` is a year used as the agreement's name: 'the 2018 deal', 'the 2020 comprehensive agreement'."""
    if date.form != "year":
        return False
    before = sentence.words(max(sentence.start, date.start - 6), date.start)
    after = sentence.text[date.end - sentence.start :]
    return bool(_NAMING_YEAR_BEFORE.search(before) and _NAMING_YEAR_AFTER.match(after))


def _at(sentence: Sentence, match: re.Match[str], group: int = 0) -> tuple[int, int]:
    return sentence.start + match.start(group), sentence.start + match.end(group)


@pattern(
    "signing-date",
    example="Iran and Syria signed the comprehensive military agreement on 8 July 2020.",
    counterexample="Iran and Syria discussed the comprehensive military agreement on 8 July 2020.",
)
def signing_date(article: Article, sentence: Sentence) -> Iterator[Draft]:
    """When an agreement was signed: 'signed ... on 8th July', 'Syria today signed a new agreement'.

    The date nearest after the verb (else before it) is the signing's; a
    missing year comes from the publication date, as the date's inference says.
    A year that names the agreement ('signed the 2018 military cooperation
    agreement in Damascus on 20 August 2018') gives way to a date the
    sentence goes on to give: that one is the signing's.
    """
    verb = signing_verb(sentence)
    found = agreement_of(article, sentence)
    if verb is None or found is None or not sentence.dates:
        return
    agreement, why = found
    at = sentence.start + verb.start()
    after = [d for d in sentence.dates if d.start >= at and not names_agreement(sentence, d)] or [
        d for d in sentence.dates if d.start >= at
    ]
    date = after[0] if after else sentence.dates[-1]
    start, end = min(at, date.start), max(sentence.start + verb.end(), date.end)
    inferences = [("agreement", why)]
    if date.inference:
        inferences.append(("date", date.inference))
    claim = draft_claim(
        article,
        sentence,
        (start, end),
        agreement.id,
        Predicate.SIGNING_DATE,
        DateValue(date.date),
        inferences,
    )
    yield Draft(start, end, (claim,), "signing-date")


@pattern(
    "signing-place",
    example="The deal was signed in Damascus on Sunday.",
    counterexample="The deal was discussed in Damascus on Sunday.",
)
def signing_place(article: Article, sentence: Sentence) -> Iterator[Draft]:
    """Where an agreement was signed: 'signed ... in the Syrian capital Damascus'."""
    verb = signing_verb(sentence)
    found = agreement_of(article, sentence)
    if verb is None or found is None:
        return
    agreement, why = found
    at = sentence.start + verb.start()
    for place in sentence.places:
        before = sentence.words(max(sentence.start, place.start - 5), place.start).lower()
        if place.start > at and re.search(r"\bin\s+$", before):
            start, end = at, place.end
            inferences = [("agreement", why)] + ([("place", place.inference)] if place.inference else [])
            claim = draft_claim(
                article,
                sentence,
                (start, end),
                agreement.id,
                Predicate.SIGNING_PLACE,
                PlaceValue(place.name),
                inferences,
            )
            yield Draft(start, end, (claim,), "signing-place")
            return


_APPOSITIVE_HEAD = re.compile(r"^(?:(?:who\s+(?:is|was|has\s+been|had\s+been)|was|is|still|then|now|the|as|an?)\s+)*$")


def _appositive(sentence: Sentence, a: int, b: int) -> bool:
    """Whether the words ``a``-``b`` (offsets into the sentence) say who the person before them is.

    A relative clause the sentence records ('who has led the ministry since
    2015'), or an office title opening the words ('then defence minister',
    "Iran's chief of staff"), with no person named in them.
    """
    start, end = sentence.start + a, sentence.start + b
    if any(start <= m.start < end for m in sentence.actors):
        return False
    if any(c_start == start and c_end <= end for c_start, c_end in sentence.clauses):
        return True
    return any(
        start <= o.start and o.end <= end and not o.counterpart and _APPOSITIVE_HEAD.match(sentence.words(start, o.start))
        for o in sentence.offices
    )


def subject_region(article: Article, sentence: Sentence, verb: int) -> tuple[int, int]:
    """Where the subject of the verb at ``verb`` (an offset into the sentence) is named: the clause before it.

    A phrase set off by commas between the name and the verb says who the
    person is and is stepped over: 'Hatami, then defence minister, signed',
    'Mohammad Bagheri, Iran's chief of staff, signed', 'Amir Hatami, who has
    led the ministry since 2015, signed'. The subject is then the clause
    before the phrase, which must end with a person's name.
    """
    text = sentence.text
    commas = list(re.finditer(r"[,;]\s", text[:verb]))
    if len(commas) >= 2 and commas[-1].group(0)[0] == "," and commas[-2].group(0)[0] == ",":
        head, tail = commas[-2].end(), commas[-1].start()
        opening = commas[-3].end() if len(commas) >= 3 else 0
        named = any(
            sentence.start + opening <= m.start
            and m.end <= sentence.start + head
            and article.dataset.actor_index[m.actor].kind is ActorKind.PERSON
            and re.fullmatch(r"[\s,]*", sentence.words(m.end, sentence.start + head))
            for m in sentence.actors
        )
        if named and _appositive(sentence, head, tail):
            return opening, head
    return (commas[-1].end() if commas else 0), verb


def attached_office(article: Article, sentence: Sentence, actor: ActorMention) -> Position | None:
    """The office the sentence gives ``actor`` by a title just before or after the name."""
    for office in sentence.offices:
        if office.counterpart:
            continue
        if office.end <= actor.start and BETWEEN_TITLE_AND_NAME.match(sentence.words(office.end, actor.start)):
            return position_of(article, actor.actor, office)
        if office.start >= actor.end and BETWEEN_NAME_AND_TITLE.match(sentence.words(actor.end, office.start)):
            return position_of(article, actor.actor, office)
    return None


@pattern(
    "signed-by",
    example="The agreement was signed by Syrian Defense Minister Ali Abdullah Ayyoub and Mohammad Bagheri.",
    counterexample="The agreement was praised by Syrian Defense Minister Ali Abdullah Ayyoub.",
)
def signed_by(article: Article, sentence: Sentence) -> Iterator[Draft]:
    """Who signed: the persons named as the verb's subject ('A and B signed') or after 'signed by' or 'between'.

    Each signatory's office is the title the sentence gives them; where it
    gives none, the one the record has them sign in or the one they held
    then (:func:`iransyria.verification.statement`), as an inference says.
    """
    from iransyria.verification import UnresolvedName, statement

    verb = signing_verb(sentence)
    found = agreement_of(article, sentence)
    if verb is None or found is None:
        return
    agreement, why = found
    text = sentence.text
    by = _BY.search(text, verb.start())
    if by is not None:
        region = (by.end(), _BOUNDARY.search(text, by.end()).start())  # type: ignore[union-attr]
    else:
        region = subject_region(article, sentence, verb.start())
    persons = [
        m
        for m in sentence.actors
        if sentence.start + region[0] <= m.start
        and m.end <= sentence.start + region[1]
        and article.dataset.actor_index[m.actor].kind is ActorKind.PERSON
    ]
    for person in persons:
        inferences = [("agreement", why)]
        position = attached_office(article, sentence, person)
        if position is None:
            try:
                drafted = statement(article.dataset, agreement=agreement.id, signatory=person.actor)
            except UnresolvedName:
                continue
            assert isinstance(drafted.value, ActorValue) and drafted.value.position is not None
            position = drafted.value.position
            inferences.append(
                ("position", "no title given: the office the record has them sign in, or held then")
            )
        if person.inference is not None:
            inferences.append(person.inference)
        start, end = (
            min(person.start, sentence.start + verb.start()),
            max(person.end, sentence.start + verb.end()),
        )
        claim = draft_claim(
            article,
            sentence,
            (start, end),
            agreement.id,
            Predicate.SIGNATORY,
            ActorValue(person.actor, position),
            inferences,
        )
        yield Draft(start, end, (claim,), "signed-by")


_PARTY_VERB = re.compile(
    r"\b(?:sign(?:ed|s)?|ink(?:ed|s)?|reach(?:ed|es)?|agreed|tout(?:ed|s)?|str(?:uck|ike)|conclud(?:ed|es)|"
    r"announced\s+the\s+signing)\b",
    re.IGNORECASE,
)


@pattern(
    "parties",
    example="Iran and Syria reached the deal following meetings on Sunday.",
    counterexample="Analysts discussed the deal following meetings on Sunday.",
)
def parties(article: Article, sentence: Sentence) -> Iterator[Draft]:
    """The states that made an agreement: 'Iran and Syria reached the deal', 'Tehran and Damascus signed ...'.

    The states named in the clause before the verb, each a party of the
    agreement the sentence speaks of.
    """
    verb = _PARTY_VERB.search(sentence.text)
    found = agreement_of(article, sentence)
    if verb is None or found is None:
        return
    agreement, why = found
    clause = max((m.end() for m in re.finditer(r"[,;:]\s", sentence.text[: verb.start()])), default=0)
    at = sentence.start + verb.start()
    states = [
        m
        for m in sentence.actors
        if sentence.start + clause <= m.start
        and m.end <= at
        and article.dataset.actor_index[m.actor].kind is ActorKind.STATE
    ]
    if not states:
        return
    start, end = states[0].start, sentence.start + verb.end()
    claims = tuple(
        draft_claim(
            article, sentence, (start, end), agreement.id, Predicate.PARTY, ActorValue(state.actor),
            [("agreement", why)] + ([("actor", f"{state.text!r} stands for {state.actor}")] if state.text != article.dataset.actor_index[state.actor].name else []),
        )
        for state in {m.actor: m for m in states}.values()
    )  # fmt: skip
    yield Draft(start, end, claims, "parties")
