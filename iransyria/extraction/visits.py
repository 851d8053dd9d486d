"""Visits and meetings: who went where and when, who met or received whom.

The event is the dataset's: a visit whose visitor is the person named (the
one whose date fits the sentence's, else the only one), a meeting one of
whose attendees is named. A date or place in the sentence becomes the
event's date or place claim; the others named at the meeting become its
participants. 'his counterpart' is the other state's holder of the office
the article gives him (or the record, if the article gives none), on the
meeting's date; when the article's office is not the record's, the claim
that he held it then goes with the statement, since the counterpart rests
on it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from iransyria.dates import Certainty, FuzzyDate
from iransyria.extraction.base import Article, Draft, Sentence, draft_claim, pattern
from iransyria.extraction.context import pronoun_of
from iransyria.extraction.signings import attached_office
from iransyria.models import (
    ActorKind,
    ActorValue,
    Claim,
    DateValue,
    Event,
    EventKind,
    ParticipantValue,
    PlaceValue,
    Position,
    Predicate,
    Role,
)

__all__: list[str] = []

_VISIT = re.compile(
    r"\b(?:visit(?:ed|s|ing)?\s+(?:by\s+)?|travel(?:l?ed|s)?\s+to\s+|arriv(?:ed|es)\s+in\s+|fl[eo]w\s+to\s+|"
    r"headed\s+(?:a|an)\s+(?:\w+\s+)?delegation\s+to\s+|Besuch\s+|visite\s+)",
    re.IGNORECASE,
)
_MEET = re.compile(
    r"\b(?:met(?:\s+with)?|meet(?:s|ing)?(?:\s+with)?|meetings?\s+(?:\w+\s+)?(?:with|between)|received|receives|"
    r"talks\s+with|held\s+talks\s+with|(?:conversation|phone\s+call|call|talks)\s+between|traf|rencontré)\b",
    re.IGNORECASE,
)
_BOUNDARY = re.compile(
    r"(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bGen)(?<!\bMaj)(?<!\bBrig)(?<!\bLt)[.;]\s"
    r"|,\s+(?:during|which|who|after|according|as|while)\b"
    r"|,\s+(?:(?:the|an?|one)\s+)?(?:[\w.'’-]+\s+){1,3}(?:said|says|added|told|reported|wrote)\b|$",
    re.IGNORECASE,
)  # a full stop after 'Mr' or 'Gen' ends no clause


def _events(article: Article, kind: EventKind, actor: str, roles: tuple[Role, ...]) -> list[Event]:
    return [
        e
        for e in article.dataset.events
        if e.kind is kind and any(p.actor == actor and p.role in roles for p in e.participants)
    ]


def _fits(event: Event, date: FuzzyDate | None) -> bool:
    if date is None or event.date is None:
        return True
    return event.date.same_day(date) is not Certainty.IMPOSSIBLE or (
        date.earliest <= event.date.latest and event.date.earliest <= date.latest
    )


def _choose(article: Article, events: list[Event], sentence: Sentence) -> tuple[Event, str] | None:
    """The event the sentence speaks of: the one its date fits, else the one near publication, else the only one."""
    date = sentence.dates[0].date if sentence.dates else None
    if date is not None:
        fitting = [e for e in events if _fits(e, date)]
        if len(fitting) == 1:
            return fitting[0], f"the one whose date fits {date}"
    published = article.published
    if date is None and published is not None:
        near = [
            e for e in events if e.date is not None and abs((e.date.earliest - published.earliest).days) <= 31
        ]
        if len(near) == 1:
            return near[0], f"the one within a month of the publication date ({published})"
    if len(events) == 1:
        return events[0], "the only such event the dataset has for them"
    return None


def _date_claim(
    article: Article, sentence: Sentence, event: Event, start: int, why: str, chosen: tuple[str, str] | None = None
) -> tuple[Claim, int] | None:
    for date in sentence.dates:
        if date.start >= start:
            inferences = [("event", why)] + ([chosen] if chosen else [])
            inferences += [("date", date.inference)] if date.inference else []
            span = (start, date.end)
            return draft_claim(
                article, sentence, span, event.id, Predicate.EVENT_DATE, DateValue(date.date), inferences
            ), date.end
    return None


@pattern(
    "visit",
    example="Iranian Defense Minister Amir Hatami traveled to Damascus on Sunday for a two-day visit.",
    counterexample="Iranian Defense Minister Amir Hatami spoke on Sunday.",
)
def visit(article: Article, sentence: Sentence) -> Iterator[Draft]:
    """A visit: 'a visit by X to Damascus', 'X traveled to Syria's capital on Sunday', 'X visited Damascus'.

    Drafts the visit's place and date; the visit is the dataset's visit by X
    that the date fits.
    """
    verb = _VISIT.search(sentence.text)
    if verb is None:
        return
    dataset = article.dataset
    at = sentence.start + verb.start()
    persons = [m for m in sentence.actors if dataset.actor_index[m.actor].kind is ActorKind.PERSON]
    # the visitor: the person right after 'a visit by', else the last one before the verb
    visitor = next((m for m in persons if m.start >= at), None) if "by" in verb.group(0).lower() else None
    if visitor is None:
        before = [m for m in persons if m.end <= at]
        visitor = before[-1] if before else None
    if visitor is None:
        return
    chosen = _choose(article, _events(article, EventKind.VISIT, visitor.actor, (Role.VISITOR,)), sentence)
    if chosen is None:
        return
    event, why = chosen
    start = min(visitor.start, at)
    claims: list[Claim] = []
    end = max(visitor.end, sentence.start + verb.end())
    chosen_by = [("event", why)] + ([visitor.inference] if visitor.inference is not None else [])
    for place in sentence.places:
        if place.start >= at and re.search(
            r"\b(?:to|in)\s+$", sentence.words(max(sentence.start, place.start - 4), place.start)
        ):
            inferences = chosen_by + ([("place", place.inference)] if place.inference else [])
            claims.append(
                draft_claim(
                    article,
                    sentence,
                    (start, place.end),
                    event.id,
                    Predicate.EVENT_PLACE,
                    PlaceValue(place.name),
                    inferences,
                )
            )
            end = max(end, place.end)
            break
    dated = _date_claim(article, sentence, event, start, why, visitor.inference)
    if dated is not None:
        claims.append(dated[0])
        end = max(end, dated[1])
    if claims:
        yield Draft(start, end, tuple(claims), "visit")


def _article_office(article: Article, sentence: Sentence, actor: str) -> Position | None:
    """The office the article last gave ``actor`` by a title next to the name, up to this sentence."""
    given = None
    for earlier in article.sentences:
        if earlier.start > sentence.start:
            break
        for mention in earlier.actors:
            if mention.actor == actor:
                office = attached_office(article, earlier, mention)
                if office is not None:
                    given = office
    return given


def _counterpart(
    article: Article, sentence: Sentence, subject: str, event: Event, span: tuple[int, int], why: str
) -> list[Claim]:
    """The claims 'his counterpart' makes: the counterpart attended; and the office it rests on, if not the record's."""
    from iransyria.rules import Context
    from iransyria.rules.offices import offices_then

    if event.date is None:
        return []
    ctx = Context(article.dataset)
    held = offices_then(ctx, subject, event.date)
    given = _article_office(article, sentence, subject)
    office = given or (held[0] if len(held) == 1 else None)
    if office is None:
        return []
    other = (
        "state-syria" if office.of == "state-iran" else "state-iran" if office.of == "state-syria" else None
    )
    if other is None:
        return []
    position = Position(office.title, other)
    holders = [a.id for a in article.dataset.actors if position in offices_then(ctx, a.id, event.date)]
    if len(holders) != 1:
        return []
    basis = "the article's title for him" if given is not None else "the office he held then"
    claims = [
        draft_claim(
            article, sentence, span, event.id, Predicate.PARTICIPANT,
            ParticipantValue(holders[0], Role.ATTENDEE, position),
            [("event", why), ("actor", f"his counterpart: {position.of}'s {position.title} on {event.date}, "
                              f"{basis} being {office.title} ({office.of})")],
        )
    ]  # fmt: skip
    if given is not None and given not in held:
        claims.append(
            draft_claim(
                article, sentence, span, subject, Predicate.HOLDS_OFFICE, ActorValue(subject, given),
                [("point_in_time", f"the meeting's date ({event.date})"),
                 ("position", "the office the article gives him, on which 'his counterpart' rests")],
                event.date,
            )
        )  # fmt: skip
    return claims


def _meetings_of(article: Article, named: list[str]) -> list[Event]:
    """The meetings the sentence may speak of: those every person it names attended, if any did.

    'Ayyoub received Hatami': the one meeting of both, though Ayyoub attended
    others. When none has them all (one of them is wrongly named), the
    meetings of the first named who attended any, so that claim is judged.
    """
    together = [
        e
        for e in (_events(article, EventKind.MEETING, named[0], (Role.ATTENDEE,)) if named else [])
        if all(any(p.actor == who and p.role is Role.ATTENDEE for p in e.participants) for who in named)
    ]
    if together:
        return together
    for who in named:
        candidates = _events(article, EventKind.MEETING, who, (Role.ATTENDEE,))
        if candidates:
            return candidates
    return []


@pattern(
    "meeting",
    example="Amir Hatami met his counterpart and President Bashar al-Assad in Damascus.",
    counterexample="Amir Hatami praised his counterpart in Damascus.",
)
def meeting(article: Article, sentence: Sentence) -> Iterator[Draft]:
    """A meeting: 'X met (with) Y', 'X received Y', 'talks with Y', 'a conversation between X and Y'.

    Drafts each other person named (and 'his counterpart') as an attendee,
    the meeting's place ('received Hatami in Tehran': the first place after
    'in' in the clause) and its date; the meeting is the dataset's one with X
    and Y among its attendees (else X, else Y) that the date fits. 'he' is resolved only when one
    person can be meant.
    """
    verb = _MEET.search(sentence.text)
    if verb is None:
        return
    dataset = article.dataset
    at = sentence.start + verb.start()
    persons = [m for m in sentence.actors if dataset.actor_index[m.actor].kind is ActorKind.PERSON]
    end_at = sentence.start + _BOUNDARY.search(sentence.text, verb.end()).start()  # type: ignore[union-attr]
    before = [m for m in persons if m.end <= at]
    pronoun = re.search(r"\bhe\s+$", sentence.text[: verb.start()], re.IGNORECASE)
    if "between" in verb.group(0).lower():
        before = []  # 'a conversation between X and Y': both are after the words, whoever recounts it
    subject = before[-1].actor if before and pronoun is None else None
    subject_inference = before[-1].inference if before and pronoun is None else None
    if pronoun is not None:
        subject = pronoun_of(article, sentence, sentence.start + pronoun.start())
    objects = [m for m in persons if at <= m.start < end_at and m.actor != subject]
    counterpart = next((o for o in sentence.offices if o.counterpart and at <= o.start < end_at), None)
    chosen = _choose(article, _meetings_of(article, ([subject] if subject else []) + [m.actor for m in objects]),
                     sentence)  # fmt: skip
    if chosen is None:
        return
    event, why = chosen
    start = at if pronoun is None or subject is None else sentence.start + pronoun.start()
    if subject is not None and pronoun is None:
        start = before[-1].start
    for obj in objects:
        span = (start, obj.end)
        inferences = [("event", why)] + [i for i in (subject_inference, obj.inference) if i is not None]
        claim = draft_claim(
            article,
            sentence,
            span,
            event.id,
            Predicate.PARTICIPANT,
            ParticipantValue(obj.actor, Role.ATTENDEE),
            inferences,
        )
        yield Draft(span[0], span[1], (claim,), "meeting")
    if counterpart is not None and subject is not None:
        span = (start, counterpart.end)
        claims = _counterpart(article, sentence, subject, event, span, why)
        if claims:
            yield Draft(span[0], span[1], tuple(claims), "meeting")
    placed = _place_claim(article, sentence, event, (start, end_at), why, subject_inference)
    if placed is not None:
        yield Draft(start, placed[1], (placed[0],), "meeting")
    dated = _date_claim(article, sentence, event, at, why, subject_inference)
    if dated is not None:
        yield Draft(at, dated[1], (dated[0],), "meeting")


def _place_claim(
    article: Article, sentence: Sentence, event: Event, clause: tuple[int, int], why: str,
    chosen: tuple[str, str] | None,
) -> tuple[Claim, int] | None:
    """Where a meeting was: the first place after 'in' in the meeting's clause ('received Hatami in Tehran')."""
    start, end = clause
    for place in sentence.places:
        if start <= place.start < end and re.search(
            r"\bin\s+$", sentence.words(max(sentence.start, place.start - 4), place.start)
        ):
            inferences = [("event", why)] + ([chosen] if chosen else [])
            inferences += [("place", place.inference)] if place.inference else []
            claim = draft_claim(
                article, sentence, (start, place.end), event.id, Predicate.EVENT_PLACE, PlaceValue(place.name),
                inferences,
            )  # fmt: skip
            return claim, place.end
    return None
