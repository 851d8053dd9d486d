"""verify() on event claims: the event named by id, title or words; verdicts and the quotes that decide them."""

from __future__ import annotations

import pytest

from iransyria.models import ParticipantValue, Predicate, Role
from iransyria.verification import UnresolvedName, Verdict, statement, verify
from iransyria.verification.names import resolve_event
from tests.verification.test_verdict import AGR_2018, DATA

HATAMI_VISIT = "evt-2018-08-hatami-visit-damascus"
BAGHERI_VISIT = "evt-2020-07-bagheri-visit-damascus"


@pytest.mark.parametrize(
    ("words", "event"),
    [
        (HATAMI_VISIT, HATAMI_VISIT),
        ("Hatami visit 2018", HATAMI_VISIT),
        ("HATAMI  visit", HATAMI_VISIT),
        ("baqeri visit 2020-07", BAGHERI_VISIT),  # any spelling of a participant's name
        ("visit 2018-08", HATAMI_VISIT),
        ("signing 2020", "evt-2020-07-military-signing"),  # a meeting's title mentions the signing too
        ("Two-day visit", HATAMI_VISIT),  # a part of the title
    ],
)
def test_events_resolve_by_id_title_or_words(words: str, event: str) -> None:
    assert resolve_event(DATA, words).id == event


def test_an_event_name_that_fits_nothing_or_several_is_refused() -> None:
    with pytest.raises(UnresolvedName, match='no event "Hatami visit 2020"'):
        resolve_event(DATA, "Hatami visit 2020")
    with pytest.raises(UnresolvedName, match=r"ambiguous: .*evt-2018-08-hatami-visit-damascus"):
        resolve_event(DATA, "visit Damascus")


def test_a_2020_date_on_hatamis_visit_names_bagheris() -> None:
    result = verify(statement(DATA, event="Hatami visit 2018", date="2020-07"), DATA)
    assert result.verdict is Verdict.CONTRADICTED
    (identity,) = [f for f in result.findings if f.code == "IS204"]
    assert identity.related == (BAGHERI_VISIT,) and identity.certainty == "certain"
    against = {e.record for e in result.evidence if not e.supports}
    # Hatami's visit's own dates, and the words dating Bagheri's.
    assert {"clm-medialine18-hatami-visit-date", "clm-syrobs20-bagheri-visit-date"} <= against


def test_bagheri_as_visitor_of_hatamis_visit_names_bagheris() -> None:
    made = statement(DATA, event=HATAMI_VISIT, participant="Bagheri")
    assert made.value == ParticipantValue("per-mohammad-bagheri", Role.VISITOR)
    result = verify(made, DATA)
    assert result.verdict is Verdict.CONTRADICTED
    assert [f.related for f in result.findings if f.code == "IS204"] == [(BAGHERI_VISIT,)]
    assert "clm-syrobs20-bagheri-visit-mohammad-bagheri" in {e.record for e in result.evidence}


def test_true_event_facts_are_supported_with_their_quotes() -> None:
    for made in (
        statement(DATA, event="Hatami visit 2018", date="2018-08"),
        statement(DATA, event="Hatami visit 2018", place="the city of Damascus"),
        statement(DATA, event="Hatami visit 2018", participant="Hatami"),
        statement(DATA, event="Bagheri visit", participant="Baqeri"),
    ):
        result = verify(made, DATA)
        assert result.verdict is Verdict.SUPPORTED, result.reason
        assert result.evidence and all(e.supports for e in result.evidence)
        # Every quote is from an article, but a reference fact's (its named reference, outside them).
        assert all(e.source for e in result.evidence if e.record not in {f.id for f in DATA.references})


def test_a_day_inside_the_visit_is_only_possible_and_another_place_contradicted() -> None:
    # The second day: the record has 26 or 27 August; only the arrival on the 26th is known for certain.
    day = verify(statement(DATA, event="Hatami visit 2018", date="2018-08-27"), DATA)
    assert day.verdict is Verdict.NOT_ESTABLISHED
    assert "possibly holds it" in day.reason
    tehran = verify(statement(DATA, event="Hatami visit 2018", place="Tehran"), DATA)
    assert tehran.verdict is Verdict.CONTRADICTED
    assert {f.code for f in tehran.findings} >= {"IS903"}


def test_a_signings_facts_are_its_agreements() -> None:
    made = statement(DATA, event="signing 2018", date="2018-08-28", weekday="Tuesday")
    assert (made.subject, made.predicate) == (AGR_2018, Predicate.SIGNING_DATE)
    assert verify(made, DATA).verdict is Verdict.CONTRADICTED
    hatami = statement(DATA, event="signing 2020", participant="Hatami")
    assert hatami.predicate is Predicate.SIGNATORY
    assert "IS201" in {f.code for f in verify(hatami, DATA).findings}
