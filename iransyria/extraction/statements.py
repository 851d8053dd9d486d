"""Statements: who said what ('Hatami remarked that ...', '“...,” Gen. Hatami added', 'Bolton said ...').

The speaker is the actor named just before the verb of saying (or just after
a quotation: '“...,” the minister said' is not read, 'Gen. Hatami added' is),
or 'he' when :func:`~iransyria.extraction.context.pronoun_of` finds one
person. The words said are the quotation right after the verb or right before
the speaker, else the words after the verb ('said that ...'). The event is the dataset's statement by
that speaker whose recorded words are closest to these (rapidfuzz
``token_set_ratio`` of at least :data:`CLOSE_ENOUGH`, clearly ahead of the
next), as an inference says: even a speaker's only recorded statement is not
taken for words like none of it; when none stands out nothing is drafted. No rule judges what someone said, so such a claim is supported only
where a record says the same, and is otherwise not checkable.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from iransyria.extraction.base import ActorMention, Article, Draft, Sentence, draft_claim, pattern
from iransyria.extraction.context import pronoun_of
from iransyria.models import Event, EventKind, Predicate, Role, StatementValue, Wording

__all__ = ["CLOSE_ENOUGH"]

#: The lowest similarity (0-100) of the words said to a recorded remark that picks that remark's event.
CLOSE_ENOUGH = 60.0
#: How far ahead of the next the best remark must be.
_MARGIN = 10.0

_SAY = re.compile(
    r"\b(?:said|says|stressed|remarked|told|noted|added|explained|concluded|emphasi[sz]ed|affirmed|"
    r"reaffirmed|declared|insisted|warned|pledged|recounted|indicated)\b",
    re.IGNORECASE,
)
_IN_APPOSITION = re.compile(r"\b(?:at|of|for|with)\s+(?:the\s+)?$", re.IGNORECASE)
_QUOTE = re.compile(r"[“\"«]([^”\"»]{8,})[”\"»]")


def _events(article: Article, speaker: str) -> list[Event]:
    return [
        e
        for e in article.dataset.events
        if any(p.actor == speaker and p.role is Role.SPEAKER for p in e.participants)
    ]


def _recorded(article: Article, event: Event) -> list[str]:
    """The words the dataset's claims record for a statement event, and its title."""
    texts = [
        c.value.text
        for c in article.dataset.claims
        if c.subject == event.id and isinstance(c.value, StatementValue)
    ]
    return [*texts, event.title]


def _choose(article: Article, speaker: str, words: str) -> tuple[Event, str] | None:
    from rapidfuzz import fuzz

    events = _events(article, speaker)
    scored = sorted(
        ((max(fuzz.token_set_ratio(words, t) for t in _recorded(article, e)), e) for e in events),
        key=lambda pair: -pair[0],
    )
    if not scored or scored[0][0] < CLOSE_ENOUGH:
        return None
    if len(scored) > 1 and scored[0][0] - scored[1][0] < _MARGIN:
        return None
    best, event = scored[0]
    return event, f"the statement by {speaker} whose recorded words are closest (similarity {best:.0f})"


def _speaker(
    article: Article, sentence: Sentence, verb: re.Match[str]
) -> tuple[ActorMention | None, str | None, int]:
    """Who speaks: the actor right before the verb (an apposition may stand between), or 'he'."""
    at = sentence.start + verb.start()
    # the last actor before the verb, passing over one inside an apposition ('X, an expert at the Y Center, told')
    before = [
        m
        for m in sentence.actors
        if m.end <= at
        and not _IN_APPOSITION.search(sentence.words(max(sentence.start, m.start - 12), m.start))
    ]
    for candidate in reversed(before):
        gap = sentence.words(candidate.end, at)
        if (
            len(gap) <= 70
            and not re.search(r"[.;“”\"]", gap)
            and (gap.strip() == "" or gap.lstrip().startswith(","))
        ):
            return candidate, candidate.actor, candidate.start
        if re.fullmatch(
            r"\s*(?:has|had|have)?\s*(?:previously|also|later|then|again)?\s*(?:has|had)?\s*", gap
        ):
            return candidate, candidate.actor, candidate.start
    pronoun = re.search(r"\bhe\s+(?:has\s+|had\s+|also\s+)?$", sentence.text[: verb.start()], re.IGNORECASE)
    if pronoun is not None:
        return (
            None,
            pronoun_of(article, sentence, sentence.start + pronoun.start()),
            sentence.start + pronoun.start(),
        )
    return None, None, at


@pattern(
    "said",
    example="Hatami remarked that the agreement will define the areas of bilateral presence, participation and cooperation.",
    counterexample="Hatami arrived in Damascus for the talks.",
)
def said(article: Article, sentence: Sentence) -> Iterator[Draft]:
    """Who said what: 'X said that ...', 'X, an analyst, told Y that ...', '“...,” Gen. Hatami added'.

    Drafts a statement claim on the dataset's statement event by that speaker
    whose recorded words these fit.
    """
    verb = _SAY.search(sentence.text)
    if verb is None:
        return
    mention, speaker, start = _speaker(article, sentence, verb)
    if speaker is None or article.dataset.actor_index.get(speaker) is None:
        return
    quoted = next(
        (
            q
            for q in _QUOTE.finditer(sentence.text)
            if 0 <= start - (sentence.start + q.end()) <= 3 or 0 <= q.start() - verb.end() <= 14
        ),
        None,
    )  # '“...,” Gen. Hatami added', 'Hatami remarked that it will “...”'
    if quoted is not None:
        words, wording = quoted.group(1).strip(" ,.;"), Wording.QUOTED
        end = sentence.start + quoted.end()
    else:
        rest = re.sub(
            r"^\s*(?:The\s+Media\s+Line\s+|[A-Z]\w+\s+)?(?:that\s+)?", "", sentence.text[verb.end() :]
        )
        words, wording = rest.strip(" ,.;"), Wording.PARAPHRASED
        end = sentence.end
    if len(words) < 12:
        return
    chosen = _choose(article, speaker, words)
    if chosen is None:
        return
    event, why = chosen
    start = min(start, sentence.start + (quoted.start() if quoted is not None else verb.start()))
    inferences = [("event", why)]
    if mention is not None and mention.inference is not None:
        inferences.append(mention.inference)
    elif mention is None:
        inferences.append(("speaker", f"'he' is {speaker}, the one person named before"))
    claim = draft_claim(
        article, sentence, (start, end), event.id, Predicate.STATEMENT, StatementValue(speaker, words, wording),
        inferences,
    )  # fmt: skip
    yield Draft(start, end, (claim,), "said")


_DEMAND = re.compile(
    r"\b(?:demand(?:ed|s|ing)?|calls?\s+for|called\s+for|urg(?:ed|es|ing))\b"
    r"(?P<what>[^.;]{0,80}?\b(?:withdraw|leave|vacate|pull\s+out|get\s+out|out\s+of)\b[^.;,]{0,40})",
    re.IGNORECASE,
)


@pattern(
    "demand",
    example="The Trump administration and Israel amplify calls for Iran to withdraw completely from Syria.",
    counterexample="The Trump administration and Israel discussed Iran's role in Syria.",
)
def demand(article: Article, sentence: Sentence) -> Iterator[Draft]:
    """Who demanded that whom leave: 'Jerusalem and Washington have demanded that Iran's forces must vacate Syria'.

    The states named before the words are the speakers, a state named in the
    demand its target; the event is the dataset's one demand by those speakers
    on that target. Each speaker's words are a statement claim on it.
    """
    from iransyria.extraction.references import states_in

    match = _DEMAND.search(sentence.text)
    if match is None:
        return
    named = states_in(sentence.text)
    speakers = list(dict.fromkeys(actor for actor, at, _ in named if at < match.start()))
    targets = {actor for actor, at, _ in named if at >= match.start("what")}
    events = [
        e
        for e in article.dataset.events
        if any(p.role is Role.SPEAKER and p.actor in speakers for p in e.participants)
        and any(p.role is Role.TARGET and p.actor in targets for p in e.participants)
        and e.kind is EventKind.DEMAND
    ]
    if not speakers or len(events) != 1:
        return
    (event,) = events
    start = sentence.start + min(at for actor, at, _ in named if actor in speakers)
    end = sentence.start + match.end()
    words = sentence.text[match.start() : match.end()].strip(" ,")
    claims = tuple(
        draft_claim(
            article, sentence, (start, end), event.id, Predicate.STATEMENT,
            StatementValue(speaker, words, Wording.PARAPHRASED),
            [("event", f"the dataset's one demand by {', '.join(speakers)} on {', '.join(sorted(targets))}")],
        )
        for speaker in speakers
    )  # fmt: skip
    yield Draft(start, end, claims, "demand")
