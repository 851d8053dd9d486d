"""Names as a fact-checker types them, resolved to the dataset's ids.

An actor is found as everywhere else (:func:`iransyria.queries.find`): by
its id, any of its names and aliases, or any common spelling of one
('hatami', 'Ayoub', 'Ayyub', 'AYYOUB', 'Baqeri' all resolve); an agreement by its id or its title, or a unique part of
either; an office by its title (British or American spelling), for the
state given or the one the actor serves; an event by its id or title (or a
unique part), else by a search: every word must fit its kind, its date (a
year, a month: ``2018``, ``2018-08``), its place, a name of one of its
participants or a word of its title ('Hatami visit 2018'). A name that fits
nothing, or more than one record, is an :class:`UnresolvedName` naming the
candidates.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from iransyria.dataset import Dataset
from iransyria.display import echoed
from iransyria.models import Actor, ActorValue, Agreement, Event, Position
from iransyria.rules.context import fold_phrase

__all__ = [
    "UnresolvedName",
    "as_typed",
    "fold_phrase",
    "resolve_actor",
    "resolve_agreement",
    "resolve_event",
    "resolve_office",
]


class UnresolvedName(ValueError):
    """A name that names no record, or several: the message says which and offers candidates."""


def _listed(kind: str, ids: Iterable[str], dataset: Dataset) -> str:
    from iransyria.queries import label

    table = {"agreement": dataset.agreement_index, "event": dataset.event_index, "actor": dataset.actor_index}
    return "; ".join(f"{label(kind, table[kind][i], dataset)} ({i})" for i in ids)


def _found(kind: str, wanted: str, dataset: Dataset) -> str:
    """The id of the one record of ``kind`` that ``wanted`` names, as every command finds one
    (:func:`iransyria.queries.find`); :class:`UnresolvedName` listing the candidates, or suggesting some."""
    from iransyria.queries import find, suggest_names

    matches = find(kind, wanted, dataset)
    if len(matches) == 1:
        return matches[0].id
    if matches:
        raise UnresolvedName(
            f"{kind} {echoed(wanted)} is ambiguous: {_listed(kind, (m.id for m in matches), dataset)}"
        )
    close = suggest_names(kind, wanted, dataset)
    hint = f": did you mean {' or '.join(_listed(kind, (c,), dataset) for c in close)}?" if close else ""
    raise UnresolvedName(f"no {kind} {echoed(wanted)}{hint}")


def resolve_actor(dataset: Dataset, wanted: str) -> Actor:
    """The actor ``wanted`` names, found as the command line finds one (:func:`iransyria.queries.find`).

    By id, name or alias in any case, or any common spelling of one
    ('Ayyub', 'Baqeri', 'أيوب'), or a close spelling of a person's last name
    as ``read`` finds one ('Hatemi': :func:`as_typed` says so in the words);
    several matches are ambiguous, and no match suggests the closest names.
    """
    from iransyria.queries import find, suggest_names

    matches = find("actor", wanted, dataset)
    if len(matches) == 1:
        return dataset.actor_index[matches[0].id]
    if matches:
        raise UnresolvedName(f"actor {echoed(wanted)} is ambiguous: {', '.join(m.id for m in matches)}")
    close = suggest_names("actor", wanted, dataset)
    raise UnresolvedName(
        f"no actor {echoed(wanted)}" + (f": did you mean {' or '.join(close)}?" if close else "")
    )


def as_typed(dataset: Dataset, person: Actor, typed: str) -> str:
    """The person's name for a statement's words, with what was typed when it was read as a close
    spelling of the last name ('Hatemi'), so the reading is stated, never hidden."""
    from iransyria.queries import find

    matches = find("actor", typed, dataset)
    if len(matches) == 1 and matches[0].id == person.id and matches[0].how.startswith("close spelling"):
        return f"{person.name} (read from {echoed(typed)}, a {matches[0].how})"
    return person.name


def resolve_agreement(dataset: Dataset, wanted: str) -> Agreement:
    """The agreement ``wanted`` names, as every command finds one (:func:`iransyria.queries.find`):
    by id or the start of one (``agr-2020``), title, or words of its title and date ('2018 military')."""
    return dataset.agreement_index[_found("agreement", wanted, dataset)]


def resolve_event(dataset: Dataset, wanted: str) -> Event:
    """The event ``wanted`` names, as every command finds one (:func:`iransyria.queries.find`).

    By id or the start of one, title, or words in any order that each fit its
    kind, title, place, a participant's name or its date (``2018``,
    ``2018-08``, ``August``); where several fit and only one is of a kind the
    words name, it is that one. Several left is an ambiguity listing them.
    """
    return dataset.event_index[_found("event", wanted, dataset)]


def known_positions(dataset: Dataset) -> list[Position]:
    """Every office the dataset knows: held by an actor, signed in, or given in a claim."""
    seen: dict[tuple[str, str], Position] = {}
    for actor in dataset.actors:
        for office in actor.offices:
            seen.setdefault((office.position.title, office.position.of), office.position)
    for agreement in dataset.agreements:
        for signatory in agreement.signatories:
            seen.setdefault((signatory.position.title, signatory.position.of), signatory.position)
    for claim in dataset.claims:
        value = claim.value
        if isinstance(value, ActorValue) and value.position is not None:
            seen.setdefault((value.position.title, value.position.of), value.position)
    return [seen[key] for key in sorted(seen)]


def states_of(dataset: Dataset, actor: Actor) -> frozenset[str]:
    """The states (or bodies) ``actor`` serves, by the offices the records give him: held, signed in,
    taken part in an event in, or given by a claim."""
    served = {office.position.of for office in actor.offices}
    for agreement in dataset.agreements:
        served |= {s.position.of for s in agreement.signatories if s.actor == actor.id}
    for event in dataset.events:
        served |= {p.position.of for p in event.participants if p.actor == actor.id and p.position}
    for claim in dataset.claims_by_subject.get(actor.id, ()):
        value = claim.value
        if isinstance(value, ActorValue) and value.actor == actor.id and value.position is not None:
            served.add(value.position.of)
    return frozenset(served)


def office_names(dataset: Dataset) -> dict[str, str]:
    """Every name an office goes by, folded, to the title the records use: the table of
    :data:`~iransyria.data.offices.OFFICE_TITLES` and every title the dataset holds."""
    from iransyria.data.offices import OFFICE_TITLES

    names = {fold_phrase(n): entry.title for entry in OFFICE_TITLES for n in (entry.title, *entry.variants)}
    for position in known_positions(dataset):
        names.setdefault(fold_phrase(position.title), position.title)
    return names


def _states(dataset: Dataset, states: Iterable[str]) -> str:
    return ", ".join(
        f"{dataset.actor_index[s].name} ({s})" if s in dataset.actor_index else s for s in sorted(states)
    )


def resolve_office(
    dataset: Dataset, title: str, of: str | None = None, actor: Actor | None = None
) -> Position:
    """The office ``title`` names (its title, or a name papers use: 'Defence Minister', 'army chief').

    Of the state ``of``; else of the state the actor serves, never another's:
    a title that state has no record of is an error listing the states that
    have it. Without either, the one state that has it; several are an error
    listing them. An office the dataset does not know is built from the title
    when the state is given (it can then be judged against who held what); an
    unknown name otherwise gets 'did you mean' suggestions.
    """
    names = office_names(dataset)
    key = fold_phrase(title)
    canonical = names.get(key)
    state = None if of is None else resolve_actor(dataset, of).id
    if canonical is None:
        if state is not None:
            return Position(title.strip(), state)
        import difflib

        scores = {n: difflib.SequenceMatcher(None, key, n).ratio() for n in names}
        top = max(scores.values(), default=0.0)
        ranked = sorted((n for n, r in scores.items() if r >= max(0.6, top - 0.1)), key=lambda n: -scores[n])
        close = list(dict.fromkeys(names[n] for n in ranked))
        hint = f": did you mean {' or '.join(repr(c) for c in close[:3])}?" if close else ""
        raise UnresolvedName(f"no office {echoed(title)}{hint} (give the state with --of to name a new one)")
    named = "" if fold_phrase(canonical) == key else f" ({canonical})"
    fits = [p for p in known_positions(dataset) if fold_phrase(p.title) == fold_phrase(canonical)]
    if state is not None:
        return next((p for p in fits if p.of == state), Position(canonical, state))
    if actor is not None:
        served = states_of(dataset, actor)
        mine = [p for p in fits if p.of in served]
        if len(mine) == 1:
            return mine[0]
        if served and not mine:
            elsewhere = f"; it is recorded for {_states(dataset, {p.of for p in fits})}" if fits else ""
            raise UnresolvedName(
                f"office {echoed(title)}{named} is not recorded for {_states(dataset, served)}, whom {actor.name} "
                f"serves{elsewhere}: say which with --of"
            )
        fits = mine or fits
    if len(fits) == 1:
        return fits[0]
    if fits:
        raise UnresolvedName(
            f"office {echoed(title)}{named} is held in several states ({_states(dataset, {p.of for p in fits})}): "
            "say which with --of"
        )
    raise UnresolvedName(
        f"no state has an office {echoed(title)}{named} in the records: give the state with --of"
    )


def resolve_record(
    dataset: Dataset, wanted: str, kinds: tuple[str, ...] = ("agreement", "event", "actor")
) -> str:
    """The id of the agreement, event or actor ``wanted`` names: an id, the start of one, a name.

    For a claim given as JSON, whose subject (or value's actor or agreement)
    may be typed as on the command line. One fit across the three kinds wins;
    several are an :class:`UnresolvedName` listing them; none leaves ``wanted``
    as it is, for the claim's own checks to report.
    """
    if any(wanted in index for index in (dataset.agreement_index, dataset.event_index, dataset.actor_index)):
        return wanted
    from iransyria.queries import find

    matches = [(kind, m.id) for kind in kinds for m in find(kind, wanted, dataset)]
    if len(matches) == 1:
        return matches[0][1]
    if matches:
        listed = "; ".join(_listed(kind, (i,), dataset) for kind, i in matches)
        raise UnresolvedName(f"{echoed(wanted)} is ambiguous: {listed}")
    return wanted


def named_claim(dataset: Dataset, claim: Mapping[str, Any]) -> dict[str, Any]:
    """A claim in the dataset's JSON format whose subject, value actor and value agreement may be names."""
    from iransyria.models import AGREEMENT_PREDICATES, EVENT_PREDICATES

    resolved = dict(claim)
    predicate = {p.value: p for p in (*AGREEMENT_PREDICATES, *EVENT_PREDICATES)}.get(
        str(claim.get("predicate"))
    )
    kinds: tuple[str, ...] = ("agreement", "event", "actor")
    if predicate in AGREEMENT_PREDICATES:
        kinds = ("agreement",)
    elif predicate in EVENT_PREDICATES:
        kinds = ("event",)
    if isinstance(resolved.get("subject"), str):
        resolved["subject"] = resolve_record(dataset, resolved["subject"], kinds)
    value = resolved.get("value")
    if isinstance(value, Mapping):
        value = dict(value)
        for field in ("actor", "agreement"):
            if isinstance(value.get(field), str):
                value[field] = resolve_record(dataset, value[field], (field,))
        resolved["value"] = value
    return resolved
