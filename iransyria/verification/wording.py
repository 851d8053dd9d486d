"""A verdict in a reader's words: records by name, and what the records say against a claim.

Rule messages name records by id, as ``check`` prints them; a fact-checker
reads names. :func:`named` puts each record's name for its id in a text
(``per-amir-hatami`` is Amir Hatami, ``agr-2018-military-cooperation`` the
Iran–Syria military cooperation agreement (August 2018)), optionally
keeping the id after the name. :func:`record_says` is what the dataset's
records hold on the fact a claim states: the line a contradicted claim's
``why:`` gives, which no finding says in full.
"""

from __future__ import annotations

import re

from iransyria.dataset import Dataset
from iransyria.models import (
    ActorValue,
    Claim,
    DateValue,
    ParticipantValue,
    PlaceValue,
    Position,
    Predicate,
    ProvisionValue,
    StatementValue,
    TextValue,
)

__all__ = ["STATEMENT_CLAIM", "claim_words", "name_of", "named", "record_says"]

#: The id :func:`~iransyria.verification.verify` gives a claim it checks, as a reader calls it.
STATEMENT_CLAIM = "the claim checked"
_ID = re.compile(r"\b(?:agr|evt|per|state|org|outlet|src|clm|cor|ref)-[a-z0-9]+(?:-[a-z0-9]+)*\b")
_CHECKED = re.compile(r"\b(?:accepted )?claim clm-verify-statement\b")


def name_of(record_id: str, dataset: Dataset) -> str | None:
    """What a reader calls the record ``record_id``: a name or title; None for an id no record has."""
    if record_id == "clm-verify-statement":
        return STATEMENT_CLAIM
    actor = dataset.actor_index.get(record_id)
    if actor is not None:
        return actor.name
    event = dataset.event_index.get(record_id)
    if event is not None:
        return f"\u201c{event.title}\u201d"  # a title that reads as a sentence, quoted
    for index in (dataset.agreement_index, dataset.source_index):
        record = index.get(record_id)
        if record is not None:
            return str(record.title)
    claim = dataset.claim_index.get(record_id)
    if claim is not None:
        source = dataset.source_index.get(claim.source)
        outlet = None if source is None or source.outlet is None else dataset.actor_index.get(source.outlet)
        if source is None:
            return None
        return f"{outlet.name}'s claim" if outlet is not None else f"the claim in \u201c{source.title}\u201d"
    correction = dataset.correction_index.get(record_id)
    if correction is not None:
        return f"the correction of {name_of(correction.target, dataset) or correction.target}"
    fact = next((f for f in dataset.references if f.id == record_id), None)
    if fact is not None:
        return f"reference data: {fact.kind.value} {fact.date}"
    return None


def named(text: str, dataset: Dataset, ids: bool = False) -> str:
    """``text`` with each record id replaced by the record's name (``ids``: the name, then the id)."""
    text = _CHECKED.sub(STATEMENT_CLAIM, text)

    def swap(match: re.Match[str]) -> str:
        record_id = match.group(0)
        name = name_of(record_id, dataset)
        if name is None or record_id == "clm-verify-statement":
            return name or record_id
        return f"{name} ({record_id})" if ids else name

    return _ID.sub(swap, text)


def _at(date: object) -> str:
    """'on 2020-07-08' for a day, 'in 2018' or 'in 2018-08' for a coarser date."""
    text = str(date)
    return f"on {text}" if len(text) == 10 else f"in {text}"


def _position(position: Position, dataset: Dataset) -> str:
    return f"{position.title} of {name_of(position.of, dataset) or position.of}"


def claim_words(claim: Claim, dataset: Dataset) -> str:
    """The one fact ``claim`` states, in words, by names: exactly what a verdict on it judges.

    A claim's quote is the source's words around the fact and may hold more
    ('signed ... in Tehran on 8 July 2020' for the signing date alone); these
    words hold nothing else: 'Iran–Syria comprehensive military agreement
    (July 2020) was signed on 2020-07-08'.
    """
    subject = name_of(claim.subject, dataset) or claim.subject
    value = claim.value
    predicate = claim.predicate
    if isinstance(value, ActorValue):
        who = name_of(value.actor, dataset) or value.actor
        office = "" if value.position is None else _position(value.position, dataset)
        if predicate is Predicate.SIGNATORY:
            return f"{who} signed {subject}" + (f" as {office}" if office else "")
        if predicate is Predicate.PARTY:
            return f"{who} is a party to {subject}"
        if predicate is Predicate.HOLDS_OFFICE and office:
            first, last = claim.when
            if first is not None and first == last:
                when = f" {_at(first)}"
            elif first is not None or last is not None:
                when = (f" from {first}" if first is not None else "") + (
                    f" to {last}" if last is not None else ""
                )
            else:
                when = ""
            return f"{who} held {office}{when}"
    if isinstance(value, DateValue):
        if predicate is Predicate.SIGNING_DATE:
            return f"{subject} was signed {_at(value.date)}"
        return f"{subject} happened {_at(value.date)}"
    if isinstance(value, PlaceValue):
        if predicate is Predicate.SIGNING_PLACE:
            return f"{subject} was signed in {value.name}"
        return f"{subject} happened in {value.name}"
    if isinstance(value, ParticipantValue):
        return f"{name_of(value.actor, dataset) or value.actor} was the {value.role.value} of {subject}"
    if isinstance(value, StatementValue):
        return f"{name_of(value.speaker, dataset) or value.speaker} said \u201c{value.text}\u201d"
    if isinstance(value, ProvisionValue):
        return f"{subject} provides {value.text}"
    if isinstance(value, TextValue):
        return f"{subject}: {predicate.value.replace('-', ' ')}: {value.text}"
    return f"{subject}: {predicate.value.replace('-', ' ')}: {claim.quote}"


def record_says(claim: Claim, dataset: Dataset) -> str | None:
    """What the records hold on the fact ``claim`` states, in words; None where they hold nothing of it."""
    agreement = dataset.agreement_index.get(claim.subject)
    event = dataset.event_index.get(claim.subject)
    value = claim.value
    if agreement is not None:
        title = agreement.title
        if claim.predicate is Predicate.SIGNATORY:
            who = " and ".join(
                f"{name_of(s.actor, dataset)} as {s.position.title} of {name_of(s.position.of, dataset)}"
                for s in agreement.signatories
            )
            return f"the record has {title} signed by {who}" if who else None
        if claim.predicate is Predicate.SIGNING_DATE:
            facts = [
                f for f in dataset.references_by_subject.get(agreement.id, ()) if f.kind.value == "signed"
            ]
            if agreement.signed is not None:
                return f"the record has {title} signed {agreement.signed}"
            if facts:
                return f"reference data has {title} signed {facts[0].date} ({facts[0].reference})"
            return None
        if claim.predicate is Predicate.SIGNING_PLACE and agreement.place is not None:
            return f"the record has {title} signed in {agreement.place}"
        return None
    if event is not None:
        if isinstance(value, DateValue) and event.date is not None:
            return f"the record has {event.title} on {event.date}"
        if isinstance(value, PlaceValue) and event.place is not None:
            return f"the record has {event.title} in {event.place}"
        if isinstance(value, ParticipantValue):
            same = [p for p in event.participants if p.role is value.role]
            if same:
                who = " and ".join(str(name_of(p.actor, dataset)) for p in same)
                return f"the record has {who} as {value.role.value} of {event.title}"
        return None
    if claim.predicate is Predicate.HOLDS_OFFICE and isinstance(value, ActorValue):
        actor = dataset.actor_index.get(value.actor)
        if actor is not None and actor.offices:
            held = "; ".join(
                f"{o.position.title} of {name_of(o.position.of, dataset)} from {o.start or '?'} to {o.end or 'open'}"
                for o in actor.offices
            )
            return f"the records have {actor.name} holding {held}"
    return None
