"""Arabic and Persian script: names as the alias index holds them, written as the scripts write them, and titles."""

from __future__ import annotations

import pytest

import iransyria
from iransyria.extraction import read
from iransyria.extraction.names import actor_mentions
from iransyria.extraction.offices import office_mentions
from iransyria.models import ActorValue
from iransyria.verification import Verdict


@pytest.mark.parametrize(
    ("text", "actor", "words"),
    [
        ("علي عبدالله أيوب", "per-ali-abdullah-ayyoub", "علي عبدالله أيوب"),  # 'Abdullah' written joined
        ("التقى حاتمي بأيوب", "per-ali-abdullah-ayyoub", "أيوب"),  # 'with Ayyoub'
        ("أيوب وحاتمي", "per-amir-hatami", "حاتمي"),  # 'and Hatami'
        ("محمد باقري", "per-mohammad-bagheri", "محمد باقري"),  # Arabic yeh for the Persian
        ("حاتمى", "per-amir-hatami", "حاتمى"),  # alef maksura
    ],
)
def test_names_in_arabic_and_persian_script_as_those_scripts_write_them(
    text: str, actor: str, words: str
) -> None:
    found = {m.text: m.actor for m in actor_mentions(iransyria.shipped(), text)}
    assert found.get(words) == actor, found


def test_a_joined_letter_is_cut_only_from_a_word_that_is_no_name_itself() -> None:
    # 'بشار' (Bashar) starts with the letter for 'with', but no one the dataset knows is 'شار'
    assert actor_mentions(iransyria.shipped(), "بشار") == []


@pytest.mark.parametrize(
    ("text", "title", "state"),
    [
        ("وزير الدفاع السوري", "Minister of Defence", "state-syria"),
        ("وزير الخارجية الإيراني", "Minister of Foreign Affairs", "state-iran"),
        ("وزیر دفاع ایران", "Minister of Defence", "state-iran"),
        ("رئیس ستاد کل نیروهای مسلح ایران", "Chief of Staff of the Armed Forces", "state-iran"),
        (
            "رئيس هيئة الأركان العامة للقوات المسلحة الإيرانية",
            "Chief of Staff of the Armed Forces",
            "state-iran",
        ),
        ("وزير الدفاع", "Minister of Defence", None),
    ],
)
def test_office_titles_in_arabic_and_persian(text: str, title: str, state: str | None) -> None:
    (mention,) = office_mentions(text)
    assert (mention.title, mention.of, mention.text) == (title, state, text)


def test_no_title_in_words_that_only_contain_one() -> None:
    assert office_mentions("الدفاع عن سوريا") == []  # 'the defence of Syria'


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("وزير الدفاع السوري العماد علي عبدالله أيوب", Verdict.SUPPORTED),
        ("وزير الخارجية الإيراني أمير حاتمي", Verdict.CONTRADICTED),
        ("وزیر دفاع ایران سرلشکر محمد باقری", Verdict.CONTRADICTED),
    ],
)
def test_a_native_title_before_a_native_name_is_an_office_claim(text: str, verdict: Verdict) -> None:
    reading = read(text + ".", "2018-08-27")
    (statement,) = reading.statements
    (claim,) = statement.claims
    assert isinstance(claim.value, ActorValue)
    assert statement.verdict is verdict
