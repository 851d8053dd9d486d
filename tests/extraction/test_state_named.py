"""'The Assad regime' names the state he leads (Syria), not the person: mentions, and read() on own short texts."""

from __future__ import annotations

from iransyria.data import shipped
from iransyria.data.actors import ASSAD, IRAN, SYRIA
from iransyria.extraction import read
from iransyria.extraction.names import actor_mentions
from iransyria.models import ActorValue, Predicate
from iransyria.verification import Verdict


def _actors(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.actor) for m in actor_mentions(shipped(), text)]


def test_the_regime_or_government_of_a_leader_is_his_state() -> None:
    assert _actors("The Assad regime and Iran signed the deal.") == [
        ("The Assad regime", SYRIA),
        ("Iran", IRAN),
    ]
    assert _actors("officials of the Bashar al-Assad government said") == [
        ("the Bashar al-Assad government", SYRIA)
    ]


def test_the_leader_himself_stays_the_person() -> None:
    assert _actors("Bashar al-Assad and Iran signed the deal.") == [
        ("Bashar al-Assad", ASSAD),
        ("Iran", IRAN),
    ]
    assert _actors("Assad's regime fell; Assad regime officials fled.") == [("Assad", ASSAD)]


def _signatories(text: str) -> list[tuple[str, Verdict]]:
    reading = read(text, "2020-07-09")
    return [
        (r.claim.value.actor, r.verdict)
        for s in reading.statements
        for r in s.results
        if r.claim.predicate is Predicate.SIGNATORY and isinstance(r.claim.value, ActorValue)
    ]


def test_read_does_not_make_the_president_sign_for_the_regime() -> None:
    text = "In July 2020 the Assad regime and Iran signed a comprehensive military agreement in Damascus."
    reading = read(text, "2020-07-09")
    assert _signatories(text) == []
    assert not [s for s in reading.statements if s.verdict is Verdict.CONTRADICTED]


def test_read_still_contradicts_the_president_named_as_signing() -> None:
    text = "In July 2020 Bashar al-Assad and Iran signed a comprehensive military agreement in Damascus."
    assert (ASSAD, Verdict.CONTRADICTED) in _signatories(text)
