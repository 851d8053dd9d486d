"""The words people use: every office title and variant, every event name in every word order, and every
name that works in one command working in all (show, the queries, verify's options and its --claim JSON)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import iransyria
from iransyria import queries
from iransyria.data.offices import OFFICE_TITLES
from iransyria.queries.names import find, names_of
from iransyria.rules.context import fold_phrase as fold
from iransyria.verification import UnresolvedName, Verdict, verify
from iransyria.verification.names import (
    known_positions,
    named_claim,
    office_names,
    resolve_agreement,
    resolve_event,
    resolve_office,
    states_of,
)
from tests.cli.helpers import run
from tests.strategies import at_most

DATA = iransyria.shipped()
POSITIONS = known_positions(DATA)
#: Every name of every office in the table: (name as typed, the title it names).
NAMES = [(name, entry.title) for entry in OFFICE_TITLES for name in (entry.title, *entry.variants)]


def _typed(name: str) -> list[str]:
    """The name as people type it: any case, British or American spelling, a stray blank."""
    forms = [name, name.upper(), name.lower(), name.title(), f" {name} "]
    forms += [f.replace("ence", "ense") for f in forms] + [f.replace("ense", "ence") for f in forms]
    return list(dict.fromkeys(forms))


def test_no_name_names_two_offices() -> None:
    seen: dict[str, str] = {}
    for name, title in NAMES:
        assert seen.setdefault(fold(name), title) == title, name


def test_every_title_a_record_holds_is_in_the_table() -> None:
    # The offices people are said to hold or sign in; ranks and one-off roles aside.
    held = {o.position.title for a in DATA.actors for o in a.offices}
    held |= {s.position.title for a in DATA.agreements for s in a.signatories}
    assert held <= {entry.title for entry in OFFICE_TITLES}


@pytest.mark.parametrize(("name", "title"), NAMES, ids=[n for n, _ in NAMES])
def test_every_variant_names_the_office_of_every_holder_and_of_every_state(name: str, title: str) -> None:
    holders = [(a, o.position) for a in DATA.actors for o in a.offices if o.position.title == title]
    for typed in _typed(name):
        assert office_names(DATA)[fold(typed)] == title
        for actor, position in holders:
            assert resolve_office(DATA, typed, actor=actor) == position, (typed, actor.id)
        for position in (p for p in POSITIONS if p.title == title):
            assert resolve_office(DATA, typed, of=position.of) == position
        states = {p.of for p in POSITIONS if p.title == title}
        if len(states) > 1:  # no person to decide: an error listing every state
            with pytest.raises(UnresolvedName, match="several states") as raised:
                resolve_office(DATA, typed)
            assert all(state in str(raised.value) for state in states)


PEOPLE = [a for a in DATA.actors if states_of(DATA, a)]


@pytest.mark.parametrize("title", sorted({t for _, t in NAMES}))
def test_the_state_is_the_persons_never_another(title: str) -> None:
    for actor in PEOPLE:
        served = states_of(DATA, actor)
        mine = [p for p in POSITIONS if p.title == title and p.of in served]
        if len(mine) == 1:
            assert resolve_office(DATA, title, actor=actor) == mine[0]
        elif not mine:
            with pytest.raises(UnresolvedName, match="say which with --of") as raised:
                resolve_office(DATA, title, actor=actor)
            assert actor.name in str(raised.value)


def test_ayyoub_as_chief_of_staff_is_not_silently_irans() -> None:
    with pytest.raises(UnresolvedName, match=r"not recorded for Syria \(state-syria\).*Iran \(state-iran\)"):
        resolve_office(DATA, "Chief of Staff", actor=DATA.actor_index["per-ali-abdullah-ayyoub"])
    assert resolve_office(DATA, "Chief of Staff", of="Syria").of == "state-syria"


@at_most(100)
@given(st.sampled_from(NAMES), st.data())
def test_an_unknown_title_gets_suggestions(entry: tuple[str, str], data: st.DataObject) -> None:
    name, title = entry
    if len(name) < 8:
        return
    at = data.draw(st.integers(min_value=1, max_value=len(name) - 2))
    typo = name[:at] + name[at + 1 :]
    if fold(typo) in office_names(DATA):
        return  # the slip made another name
    with pytest.raises(UnresolvedName, match="did you mean") as raised:
        resolve_office(DATA, typo)
    assert title in str(raised.value)


def _outcome(typed: str) -> str | frozenset[str]:
    """An event name's answer: the event's id, or the ids an ambiguity lists, or nothing."""
    try:
        return resolve_event(DATA, typed).id
    except UnresolvedName as error:
        return frozenset(e.id for e in DATA.events if e.id in str(error))


def _event_names(event: iransyria.models.Event) -> list[list[str]]:
    """Names of an event as people put them: its title's words; its kind, a participant, its year and place."""
    names = [event.title.replace("(", " ").replace(")", " ").split()]
    words = [event.kind.value]
    if event.participants:
        words.append(DATA.actor_index[event.participants[0].actor].name.split()[-1])
    if event.date is not None:
        words.append(str(event.date.earliest.year))
    if event.place is not None:
        words.append(event.place)
    names.append(words)
    return names


def _orders(words: list[str]) -> set[tuple[str, ...]]:
    """Every rotation of the words, forwards and backwards: each word in every position, both ways round.

    All n! permutations say no more about an order-blind resolver and cost 120 resolutions at five words.
    """
    n = len(words)
    forwards = {tuple(words[i:] + words[:i]) for i in range(n)}
    return forwards | {tuple(reversed(order)) for order in forwards}


@pytest.mark.parametrize("event", DATA.events, ids=[e.id for e in DATA.events])
def test_every_event_name_resolves_the_same_in_every_word_order(event: iransyria.models.Event) -> None:
    for words in _event_names(event):
        orders = _orders(words)
        outcomes = {_outcome(" ".join(order)) for order in orders}
        assert len(outcomes) == 1, (words, outcomes)
        (outcome,) = outcomes
        assert outcome == event.id or (isinstance(outcome, frozenset) and event.id in outcome), (
            words,
            outcome,
        )


def test_a_signing_by_month_and_year_in_either_order_is_the_signing() -> None:
    for typed in ("signing July 2020", "July 2020 signing", "2020 July signing"):
        assert resolve_event(DATA, typed).id == "evt-2020-07-military-signing"
    with pytest.raises(
        UnresolvedName, match=r"ambiguous: .*evt-2018-08-military-signing.*evt-2020-07-military-signing"
    ):
        resolve_event(DATA, "signing")


def _unique_prefix(record_id: str, ids: list[str]) -> str | None:
    parts = record_id.split("-")
    for n in range(2, len(parts)):
        prefix = "-".join(parts[:n])
        if [i for i in ids if i.startswith(prefix)] == [record_id]:
            return prefix
    return None


def _names(kind: str, record: object) -> list[str]:
    ids = [r.id for r in getattr(DATA, f"{kind}s")]
    found = [record.id, record.id.upper()]  # type: ignore[attr-defined]
    prefix = _unique_prefix(record.id, ids)  # type: ignore[attr-defined]
    if prefix is not None:
        found.append(prefix)
    found += list(names_of(kind, record, DATA))
    return [n for n in found if len(find(kind, n, DATA)) == 1]


@pytest.mark.parametrize("agreement", DATA.agreements, ids=[a.id for a in DATA.agreements])
def test_every_agreement_name_works_in_every_command(agreement: iransyria.models.Agreement) -> None:
    names = _names("agreement", agreement)
    assert _unique_prefix(agreement.id, [a.id for a in DATA.agreements]) in names
    for name in names:
        assert resolve_agreement(DATA, name).id == agreement.id
        got = queries.agreement(name, DATA)
        assert got is not None and got.id == agreement.id
        claim = named_claim(
            DATA, {"subject": name, "predicate": "signing-place", "value": {"type": "place", "name": "x"}}
        )
        assert claim["subject"] == agreement.id
    shown = run("show", "agreement", names[-1])
    assert shown.exit_code == 0 and agreement.id in shown.stdout


@pytest.mark.parametrize("event", DATA.events, ids=[e.id for e in DATA.events])
def test_every_event_name_works_in_every_command(event: iransyria.models.Event) -> None:
    for name in _names("event", event):
        assert resolve_event(DATA, name).id == event.id
        claim = named_claim(
            DATA, {"subject": name, "predicate": "event-place", "value": {"type": "place", "name": "x"}}
        )
        assert claim["subject"] == event.id


def test_show_agreement_and_the_claim_json_take_a_unique_id_prefix() -> None:
    shown = run("show", "agreement", "agr-2020")
    assert shown.exit_code == 0 and "agr-2020-comprehensive-military" in shown.stdout
    result = verify(
        {"subject": "agr-2020", "predicate": "signing-place", "value": {"type": "place", "name": "Damascus"}}
    )
    assert result.verdict is Verdict.SUPPORTED and result.claim.subject == "agr-2020-comprehensive-military"
    named = verify(
        {
            "subject": "2018 military",
            "predicate": "signatory",
            "value": {
                "type": "actor",
                "actor": "Baqeri",
                "position": {"title": "Chief of Staff of the Armed Forces", "of": "state-iran"},
            },
        }
    )
    assert named.verdict is Verdict.CONTRADICTED and "IS201" in {f.code for f in named.findings}
    assert (
        run(
            "verify",
            "--claim",
            '{"subject": "agr-20", "predicate": "signing-place", '
            '"value": {"type": "place", "name": "Damascus"}}',
        ).exit_code
        == 2
    )
