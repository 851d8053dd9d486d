"""Who said what, other states' officials, interventions and strikes: each read, none of them guessed."""

from __future__ import annotations

import pytest

from iransyria.extraction import read
from iransyria.models import ActorValue, Predicate, StatementValue
from iransyria.verification import Verdict


def test_a_remark_goes_to_the_speakers_statement_whose_recorded_words_are_closest() -> None:
    reading = read(
        "Amir Hatami said that no third party can affect the presence of Iranian advisors in Syria.",
        "2018-08-27",
    )
    (statement,) = [s for s in reading.statements if s.pattern == "said"]
    (claim,) = statement.claims
    assert claim.subject == "evt-2018-08-hatami-no-third-party"
    assert isinstance(claim.value, StatementValue) and claim.value.speaker == "per-amir-hatami"
    assert any(i.part == "event" and "closest" in i.how for i in claim.inferences)


def test_a_remark_like_none_of_the_speakers_is_not_given_an_event() -> None:
    # Hatami has several recorded statements; words like none of them pick none
    reading = read("Amir Hatami said that the weather in the capital was pleasant all week.", "2018-08-27")
    assert [s for s in reading.statements if s.pattern == "said"] == []


def test_he_said_is_the_one_person_named_before() -> None:
    reading = read(
        "Bolton spoke to reporters.\nHe said that Putin indicated he couldn't evict Iran from Syria by himself.",
        "2018-08-27",
    )
    (statement,) = [s for s in reading.statements if s.pattern == "said"]
    assert statement.claims[0].value.speaker == "per-john-bolton"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("words", "actor", "verdict"),
    [
        ("Secretary of State Mike Pompeo", "per-mike-pompeo", Verdict.SUPPORTED),
        ("White House national security adviser John Bolton", "per-john-bolton", Verdict.SUPPORTED),
        ("Secretary of Defense Mike Pompeo", "per-mike-pompeo", Verdict.CONTRADICTED),
        ("Russian President Vladimir Putin", "per-vladimir-putin", Verdict.NOT_ESTABLISHED),
    ],
)
def test_other_states_officials_are_read_with_their_state(words: str, actor: str, verdict: Verdict) -> None:
    reading = read(f"{words} spoke on Monday.", "2018-08-27")
    (statement,) = [s for s in reading.statements if s.pattern == "office-before-name"]
    (claim,) = statement.claims
    assert claim.predicate is Predicate.HOLDS_OFFICE and isinstance(claim.value, ActorValue)
    assert claim.value.actor == actor
    assert statement.verdict is verdict


def test_a_vice_president_is_no_president_and_a_named_president_is_no_title_alone() -> None:
    reading = read("The vice president spoke. The Iranian President, Hassan Rouhani, spoke.", "2018-08-27")
    assert reading.statements == ()


def test_the_title_the_article_gave_a_person_points_back_to_them() -> None:
    reading = read(
        "Russian President Vladimir Putin met Trump. The Russian president signed nothing.", "2018-08-27"
    )
    assert not [s for s in reading.statements if s.unresolved is not None]


@pytest.mark.parametrize(
    ("text", "event", "verdict"),
    [
        (
            "Russia intervened in 2015, and Iranian forces have been involved in Syria's war since 2012.",
            "evt-iran-intervention-in-syria",
            Verdict.CONTRADICTED,
        ),
        (
            "Russia intervened to support Assad in 2015.",
            "evt-2015-russian-intervention-in-syria",
            Verdict.SUPPORTED,
        ),
        (
            "Israeli jets struck Iranian targets in Syria in May.",
            "evt-2018-05-israeli-strikes-in-syria",
            Verdict.SUPPORTED,
        ),
        (
            "Israeli jets struck Iranian targets in Syria in April.",
            "evt-2018-05-israeli-strikes-in-syria",
            Verdict.CONTRADICTED,
        ),
    ],
)
def test_each_agent_is_read_with_its_own_cue_and_date(text: str, event: str, verdict: Verdict) -> None:
    reading = read(text, "2018-08-27")
    found = [s for s in reading.statements if s.claims and s.claims[0].subject == event]
    assert [s.verdict for s in found] == [verdict]


def test_a_strike_without_a_target_the_dataset_can_tell_apart_is_not_read() -> None:
    # Israel has two recorded strikes in Syria; neither target is named
    assert read("Israeli jets struck in Syria in May.", "2018-08-27").statements == ()


def test_a_conversation_between_two_is_a_meeting_of_both_whoever_recounts_it() -> None:
    reading = read("Bolton spoke, recounting a conversation between Mr. Putin and Mr. Trump.", "2018-08-27")
    attendees = {
        c.value.actor  # type: ignore[union-attr]
        for s in reading.statements
        if s.pattern == "meeting"
        for c in s.claims
    }
    assert attendees == {"per-vladimir-putin", "per-donald-trump"}  # not Bolton, and 'Mr.' ends no clause


def test_the_states_that_reached_a_deal_are_its_parties_and_another_state_is_not_contradicted_unjudged() -> (
    None
):
    reading = read("Iran and Syria reached the deal. Russia and Iran signed the 2018 deal.", "2018-08-27")
    found = [s for s in reading.statements if s.pattern == "parties"]
    assert [[c.value.actor for c in s.claims] for s in found] == [  # type: ignore[union-attr]
        ["state-iran", "state-syria"],
        ["state-russia", "state-iran"],
    ]
    assert [s.verdict for s in found] == [Verdict.SUPPORTED, Verdict.NOT_ESTABLISHED]


def test_a_demand_names_its_speakers_and_needs_its_target() -> None:
    reading = read("Washington and Israel demanded that Iran leave Syria.", "2018-08-27")
    (statement,) = [s for s in reading.statements if s.pattern == "demand"]
    assert {c.value.speaker for c in statement.claims} == {"state-usa", "state-israel"}  # type: ignore[union-attr]
    # no target the dataset's demand has: not read
    assert read("Washington and Israel demanded that Russia leave Syria.", "2018-08-27").statements == ()


def test_the_speaker_is_the_person_before_an_apposition_not_the_organisation_in_it() -> None:
    reading = read(
        "Ali Fathollah-Nejad, an Iran expert at the Brookings Doha Center, told The Media Line that the accord "
        "comes at a time of a number of meetings involving Israel, the U.S. and Russia.",
        "2018-08-28",
    )
    (statement,) = [s for s in reading.statements if s.pattern == "said"]
    assert statement.claims[0].value.speaker == "per-ali-fathollah-nejad"  # type: ignore[union-attr]


def test_who_reports_a_meeting_is_no_attendee() -> None:
    reading = read("Hatami met Assad, Bolton said.", "2018-08-27")
    attendees = {c.value.actor for s in reading.statements for c in s.claims if s.pattern == "meeting"}  # type: ignore[union-attr]
    assert attendees == {"per-bashar-al-assad"}
