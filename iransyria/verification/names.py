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

from collections.abc import Iterable

from iransyria.dataset import Dataset
from iransyria.display import echoed
from iransyria.models import Actor, ActorValue, Agreement, Event, Position
from iransyria.rules.context import fold_phrase

__all__ = ["UnresolvedName", "fold_phrase", "resolve_actor", "resolve_agreement", "resolve_event", "resolve_office"]


class UnresolvedName(ValueError):
    """A name that names no record, or several: the message says which and offers candidates."""


def _choose(kind: str, wanted: str, candidates: Iterable[tuple[str, Iterable[str]]]) -> str:
    """The id whose names fit ``wanted``: an exact id, an exact name, or a unique part of one."""
    candidates = list(candidates)
    key = fold_phrase(wanted)
    for id_, _ in candidates:
        if id_.casefold() == wanted.strip().casefold():
            return id_
    exact = sorted({id_ for id_, names in candidates if any(fold_phrase(n) == key for n in names)})
    if len(exact) == 1:
        return exact[0]
    partial = exact or sorted(
        {id_ for id_, names in candidates if key and any(key in fold_phrase(n) for n in (id_, *names))}
    )
    if len(partial) == 1:
        return partial[0]
    if partial:
        raise UnresolvedName(f'{kind} {echoed(wanted)} is ambiguous: {", ".join(partial)}')
    raise UnresolvedName(f"no {kind} {echoed(wanted)}")


def resolve_actor(dataset: Dataset, wanted: str) -> Actor:
    """The actor ``wanted`` names, found as the command line finds one (:func:`iransyria.queries.find`).

    By id, name or alias in any case, or any common spelling of one
    ('Ayyub', 'Baqeri', 'أيوب'); several matches are ambiguous, and no match
    suggests the closest names.
    """
    from iransyria.queries import find, suggest_names

    matches = find("actor", wanted, dataset)
    if len(matches) == 1:
        return dataset.actor_index[matches[0].id]
    if matches:
        raise UnresolvedName(f'actor {echoed(wanted)} is ambiguous: {", ".join(m.id for m in matches)}')
    close = suggest_names("actor", wanted, dataset)
    raise UnresolvedName(f"no actor {echoed(wanted)}" + (f": did you mean {' or '.join(close)}?" if close else ""))


def resolve_agreement(dataset: Dataset, wanted: str) -> Agreement:
    """The agreement ``wanted`` names: by id or title, or a part of either that fits only one.

    Failing those, as the command line finds one (:func:`iransyria.queries.find`):
    by words of its title or date ('2018 military').
    """
    try:
        found = _choose("agreement", wanted, ((a.id, (a.title,)) for a in dataset.agreements))
    except UnresolvedName as unresolved:
        from iransyria.queries import find

        matches = find("agreement", wanted, dataset)
        if len(matches) != 1:
            raise unresolved from None
        found = matches[0].id
    return dataset.agreement_index[found]


def _event_words(dataset: Dataset, event: Event) -> tuple[set[str], str]:
    """The folded words an event answers to (kind, place, participants' names, title), and its date."""
    words = set(fold_phrase(event.kind.value).split()) | set(fold_phrase(event.title).split())
    if event.place is not None:
        words |= set(fold_phrase(event.place).split())
    for participant in event.participants:
        actor = dataset.actor_index.get(participant.actor)
        for name in (participant.actor, *(() if actor is None else actor.names)):
            words |= set(fold_phrase(name).split())
    return words, "" if event.date is None else str(event.date)


def resolve_event(dataset: Dataset, wanted: str) -> Event:
    """The event ``wanted`` names: by id or title (or a unique part), else the one every word fits.

    A word fits an event when it is its kind, a word of its place, title or a
    participant's name, or the start of its date (``2018``, ``2018-08``); an
    event with a range of dates answers to the year or month of either end.
    Where several fit and only one is of a kind the words name, it is that one.
    """
    try:
        found = _choose("event", wanted, ((e.id, (e.title,)) for e in dataset.events))
        return dataset.event_index[found]
    except UnresolvedName:
        pass
    terms = fold_phrase(wanted).split()
    fits = []
    for event in dataset.events:
        words, date = _event_words(dataset, event)
        ends = date.split("/")
        if terms and all(t in words or any(end.startswith(t) for end in ends if end) for t in terms):
            fits.append(event.id)
    kinds = [e for e in fits if dataset.event_index[e].kind.value in terms]
    if len(fits) > 1 and len(kinds) == 1:
        fits = kinds  # 'signing 2020': the signing, not a meeting whose title mentions one
    if len(fits) == 1:
        return dataset.event_index[fits[0]]
    if fits:
        raise UnresolvedName(f'event {echoed(wanted)} is ambiguous: {", ".join(sorted(fits))}')
    raise UnresolvedName(f"no event {echoed(wanted)}")


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


def resolve_office(
    dataset: Dataset, title: str, of: str | None = None, actor: Actor | None = None
) -> Position:
    """The office titled ``title`` (any spelling): of the state ``of``, else of the actor's state.

    An office the dataset does not know is built from the title when the state
    is given (it can then be judged against who held what); otherwise the
    name must fit a known office.
    """
    state = None if of is None else resolve_actor(dataset, of).id
    key = fold_phrase(title)
    fits = [p for p in known_positions(dataset) if fold_phrase(p.title) == key]
    if state is not None:
        fits = [p for p in fits if p.of == state]
        return fits[0] if fits else Position(title.strip(), state)
    if len(fits) > 1 and actor is not None:
        served = {office.position.of for office in actor.offices}
        fits = [p for p in fits if p.of in served] or fits
    if len(fits) == 1:
        return fits[0]
    if fits:
        states = ", ".join(sorted({p.of for p in fits}))
        raise UnresolvedName(f'office "{title}" is held in several states ({states}): say which with --of')
    raise UnresolvedName(f'no office "{title}" (give the state with --of to name a new one)')
