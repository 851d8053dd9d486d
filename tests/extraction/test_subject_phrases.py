"""read() sees through the words between a name and its verb, dates a signing by its own date, and places a meeting.

Each case is a short sentence written for this test, with the verdict the
dataset's records decide (Hatami signed the 2018 agreement, Bagheri the 2020
one; the 2018 meetings were in Damascus).
"""

from __future__ import annotations

import pytest

import iransyria
from iransyria.models import ActorValue, Predicate
from iransyria.verification import Verdict


def _signatories(text: str, published: str = "2020-07-10") -> dict[str, Verdict]:
    reading = iransyria.read(text, published=published)
    return {
        r.claim.value.actor: r.verdict
        for s in reading.statements
        for r in s.results
        if r.claim.predicate is Predicate.SIGNATORY and isinstance(r.claim.value, ActorValue)
    }


@pytest.mark.parametrize(
    ("text", "actor", "verdict"),
    [
        ("Hatami, then defence minister, signed the 2020 deal.", "per-amir-hatami", Verdict.CONTRADICTED),
        ("Hatami, then defence minister, signed the 2018 deal.", "per-amir-hatami", Verdict.SUPPORTED),
        ("Mohammad Bagheri, Iran's chief of staff, signed the 2018 deal in Damascus.", "per-mohammad-bagheri",
         Verdict.CONTRADICTED),
        ("Mohammad Bagheri, Iran's chief of staff, signed the 2020 deal in Damascus.", "per-mohammad-bagheri",
         Verdict.SUPPORTED),
        ("Amir Hatami, who has led the ministry since 2017, signed the 2020 deal.", "per-amir-hatami",
         Verdict.CONTRADICTED),
        ("In August 2018, Amir Hatami, who led the defence ministry, signed the deal.", "per-amir-hatami",
         Verdict.SUPPORTED),
    ],
)  # fmt: skip
def test_a_phrase_between_the_name_and_signed_leaves_the_signatory_judged(
    text: str, actor: str, verdict: Verdict
) -> None:
    assert _signatories(text) == {actor: verdict}


@pytest.mark.parametrize(
    "text",
    [
        # the phrase between the commas names a person: it is not about the one before it
        "Hatami, Ayyoub and Assad, the three men, signed the 2020 deal.",
        # the words before the phrase end with no name: nothing to step back to
        "In the end, then defence minister, signed the 2020 deal.",
    ],
)
def test_a_phrase_not_about_a_person_named_just_before_it_gives_no_signatory(text: str) -> None:
    assert "per-amir-hatami" not in _signatories(text)


def _signing_dates(text: str, published: str = "2020-07-10") -> dict[str, Verdict]:
    reading = iransyria.read(text, published=published)
    return {
        str(r.claim.value.date): r.verdict  # type: ignore[union-attr]
        for s in reading.statements
        for r in s.results
        if r.claim.predicate is Predicate.SIGNING_DATE
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hatami signed the 2018 military cooperation agreement in Damascus on 20 August 2018.",
         {"2018-08-20": Verdict.CONTRADICTED}),
        ("Iran and Syria signed the 2020 comprehensive agreement on 8 July 2020.", {"2020-07-08": Verdict.SUPPORTED}),
        ("Iran and Syria signed the 2020 comprehensive agreement on 1 June 2020.", {"2020-06-01": Verdict.CONTRADICTED}),
    ],
)  # fmt: skip
def test_a_year_naming_the_agreement_gives_way_to_the_signing_date_after_it(
    text: str, expected: dict[str, Verdict]
) -> None:
    assert _signing_dates(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the year alone: it is all the sentence says of when
        ("Iran and Syria signed the 2020 comprehensive agreement.", {"2020": Verdict.SUPPORTED}),
        # 'in 2019' does not name the deal: it dates the signing, and wrongly
        ("Iran and Syria signed the comprehensive agreement in 2019 in Damascus.", {"2019": Verdict.CONTRADICTED}),
    ],
)  # fmt: skip
def test_a_year_that_names_no_agreement_stays_the_signing_date(text: str, expected: dict[str, Verdict]) -> None:
    assert _signing_dates(text) == expected


def _meeting_places(text: str, published: str = "2018-08-28") -> dict[str, Verdict]:
    reading = iransyria.read(text, published=published)
    return {
        r.claim.value.name: r.verdict  # type: ignore[union-attr]
        for s in reading.statements
        for r in s.results
        if r.claim.predicate is Predicate.EVENT_PLACE
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Syrian minister received Hatami in Tehran.", {"Tehran": Verdict.CONTRADICTED}),
        ("Ayyoub received Hatami in Damascus.", {"Damascus": Verdict.SUPPORTED}),
        ("Hatami met Ayyoub in Tehran on Sunday.", {"Tehran": Verdict.CONTRADICTED}),
    ],
)
def test_a_meeting_place_is_drafted_and_judged(text: str, expected: dict[str, Verdict]) -> None:
    assert _meeting_places(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the place is in a clause about someone's arrival, not the meeting's
        "Hatami met Ayyoub, who arrived in Tehran on Sunday.",
        # 'from Tehran' is where he came from
        "Hatami met Ayyoub after a flight from Tehran.",
    ],
)
def test_a_place_outside_the_meeting_clause_or_not_after_in_is_not_the_meetings(text: str) -> None:
    assert _meeting_places(text) == {}


def _clause_statements(text: str, published: str = "2020-07-10") -> list[tuple[Verdict, str | None]]:
    reading = iransyria.read(text, published=published)
    return [(s.verdict, s.unresolved) for s in reading.statements if s.pattern == "office-in-clause"]


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # Hatami is recorded as defence minister in August 2018, and only from 2017
        ("In August 2018, Amir Hatemi, who has led the ministry since 2015, signed an earlier deal in Damascus.",
         Verdict.CONTRADICTED),
        ("In August 2018, Ali Abdullah Ayyoub, who has led the ministry since 2018, signed a deal in Damascus.",
         Verdict.SUPPORTED),
    ],
)  # fmt: skip
def test_the_ministry_with_no_office_before_it_is_the_one_the_records_have_him_head_then(
    text: str, verdict: Verdict
) -> None:
    assert _clause_statements(text) == [(verdict, None)]


def test_the_ministry_of_someone_who_headed_none_then_is_unresolved_not_dropped() -> None:
    found = _clause_statements("Mohammad Bagheri, who has led the ministry since 2016, signed the 2020 deal.")
    assert len(found) == 1
    verdict, reason = found[0]
    assert verdict is Verdict.NOT_ESTABLISHED
    assert reason is not None and "no ministry" in reason and "Mohammad Bagheri" in reason


def test_two_unresolved_statements_in_one_sentence_are_both_kept() -> None:
    reading = iransyria.read(
        "The defence minister praised Mohammad Bagheri, who has led the ministry since 2016.", published="2020-07-10"
    )
    unresolved = [s for s in reading.statements if s.unresolved is not None]
    assert {s.pattern for s in unresolved} == {"unresolved-reference", "office-in-clause"}
    assert all(s.verdict is Verdict.NOT_ESTABLISHED for s in unresolved)


def test_a_clause_ending_the_sentence_ends_before_its_full_stop() -> None:
    text = "The deal was praised by Ayyoub, still defence minister in 2023."
    reading = iransyria.read(text, published="2024-03-01")
    clause = [s for s in reading.statements if s.pattern == "office-in-clause"]
    assert [text[s.start : s.end] for s in clause] == ["Ayyoub, still defence minister in 2023"]
    assert [c.quote for s in clause for c in s.claims] == ["Ayyoub, still defence minister in 2023"]


def test_the_meeting_is_the_one_both_named_attended() -> None:
    # Ayyoub attended two meetings the dataset records, one of them undated; Hatami only the 2018 one
    assert _meeting_places("Ayyoub received Hatami in Tehran in August 2018.", "2020-07-10") == {
        "Tehran": Verdict.CONTRADICTED
    }


def test_a_person_wrongly_named_at_a_meeting_still_has_the_others_meeting_judged() -> None:
    reading = iransyria.read("Hatami met Mohammad Bagheri in Damascus in August 2018.", published="2018-08-28")
    attendees = {
        r.claim.value.actor: r.verdict  # type: ignore[union-attr]
        for s in reading.statements
        for r in s.results
        if r.claim.predicate is Predicate.PARTICIPANT
    }
    assert attendees == {"per-mohammad-bagheri": Verdict.NOT_ESTABLISHED}  # an attendee its record lacks (IS902)
