"""Look-up and search by what people type: every spelling, any case, accents, script."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

import iransyria
from iransyria.data.actors import ASSAD, AYYOUB, BAGHERI, ESLAMI, HATAMI, HEZBOLLAH, IRAN
from iransyria.data.agreements import AGR_2018, AGR_2020, AGR_ECONOMIC
from iransyria.queries import names

DATA = iransyria.shipped()


def _accented(text: str) -> str:
    """``text`` upper-cased with an acute accent on every vowel: a spelling no record holds."""
    out = []
    for ch in text.upper():
        out.append(unicodedata.normalize("NFC", ch + "\u0301") if ch in "AEIOU" else ch)
    return "".join(out)


def _ids(matches: tuple[names.Match, ...]) -> list[str]:
    return [match.id for match in matches]


@pytest.mark.parametrize(
    ("spellings", "key"),
    [
        (["Ayyoub", "Ayoub", "Ayyub", "Ayub", "AYYOUB", "ayoūb"], "ayub"),
        (["Bagheri", "Baqeri", "BAGHERI"], "baqiri"),
        (["al-Assad", "Al-Assad", "el-Assad", "Assad", "Asad", "al Assad"], "asad"),
        (["Hezbollah", "Hizbullah", "Hizbollah"], "hizbulah"),
        (["Éslami", "Eslami", "Islami"], "islami"),
        (["Ma'mun", "Ma’mun", "Mamun", "Maamoun"], "mamun"),
        (["Ameer", "Amir"], "amir"),
        (["Hashemiy", "Hashemi", "Hashimi"], "hashimi"),
        (["باقری", "باقري"], "باقري"),
        (["أيوب", "ايوب", "إيوب"], "ايوب"),
    ],
)
def test_fold_maps_transliteration_variants_together(spellings: list[str], key: str) -> None:
    assert {names.name_key(spelling) for spelling in spellings} == {key}


def test_fold_keeps_different_names_apart() -> None:
    folded = {names.name_key(actor.name) for actor in DATA.actors}
    assert len(folded) == len(DATA.actors)


@given(st.text(max_size=30))
def test_fold_is_stable_and_case_blind(text: str) -> None:
    assert names.name_key(names.name_key(text)) == names.name_key(text)
    assert names.name_key(text.upper()) == names.name_key(text.lower()) or not text.isascii()


def test_words_keep_spans_of_the_original_text() -> None:
    text = "Bashar al-Assad met Ayyoub's guests in Damascus."
    found = names.words(text)
    assert [text[start:end] for start, end, _ in found] == [
        "Bashar",
        "al",
        "Assad",
        "met",
        "Ayyoub's",
        "guests",
        "in",
        "Damascus",
    ]


@pytest.mark.parametrize(
    ("typed", "actor"),
    [
        ("Ayoub", AYYOUB),
        ("Ayyub", AYYOUB),
        ("ali abdullah AYYOUB", AYYOUB),
        ("علي عبد الله أيوب", AYYOUB),
        ("أيوب", AYYOUB),
        ("Baqeri", BAGHERI),
        ("محمد باقری", BAGHERI),
        ("محمد باقري", BAGHERI),  # the Arabic yeh for the Persian one
        ("امیر حاتمی", HATAMI),
        ("Tehran", IRAN),
        ("el-Assad", ASSAD),
        ("Hizbollah", HEZBOLLAH),
        ("PER-MOHAMMAD-ESLAMI", ESLAMI),
    ],
)
def test_find_an_actor_by_any_spelling(typed: str, actor: str) -> None:
    assert _ids(names.find("actor", typed, DATA)) == [actor]


def test_find_reports_every_record_an_ambiguous_name_fits() -> None:
    matches = names.find("actor", "Mohammad", DATA)
    named = [a.id for a in DATA.actors if any("Mohammad" in n.split() for n in a.names)]
    assert sorted(_ids(matches)) == sorted(named) and {BAGHERI, ESLAMI} <= set(named)
    assert names.find("actor", "Anatoly Hatami", DATA) == ()


@pytest.mark.parametrize(
    ("typed", "found"),
    [
        ("2018 military", [AGR_2018]),
        ("economic", [AGR_ECONOMIC]),
        ("July 2020", [AGR_2020]),
        ("military", [AGR_2018, AGR_2020]),
        (AGR_2020.upper(), [AGR_2020]),
    ],
)
def test_find_an_agreement_by_title_and_date(typed: str, found: list[str]) -> None:
    assert _ids(names.find("agreement", typed, DATA)) == found


def test_find_a_source_by_outlet_and_title() -> None:
    assert _ids(names.find("source", "The Media Line", DATA)) == ["src-media-line-2018"]
    assert _ids(names.find("source", "deepen military cooperation", DATA)) == [
        "src-unknown-2018-deepen-cooperation"
    ]
    with pytest.raises(ValueError, match="unknown record kind"):
        names.find("planet", "Mars", DATA)


def test_an_exact_name_wins_over_a_word_of_another_name() -> None:
    # 'Syria' is a state's name and a word of an outlet's name: the name wins.
    assert _ids(names.find("actor", "Syria", DATA)) == ["state-syria"]


@pytest.mark.parametrize("actor", [actor.id for actor in DATA.actors])
def test_search_finds_each_actor_by_every_spelling_the_data_holds(actor: str) -> None:
    record = DATA.actor_index[actor]
    for spelling in record.names:
        for typed in (spelling, _accented(spelling)):
            hits = names.search(typed, DATA, kinds=["actor"])
            assert hits, typed
            top = [hit.id for hit in hits if hit.score == hits[0].score]
            assert actor in top, (typed, hits[:3])


def test_search_ranks_names_first_and_returns_matched_spans() -> None:
    hits = names.search("Ayoub", DATA)
    assert hits[0].id == AYYOUB
    assert {hit.kind for hit in hits} >= {"actor", "claim"}
    for hit in hits:
        for match in hit.matches:
            for start, end in match.spans:
                assert names.name_key(match.text[start:end]).endswith("ayub")


def test_search_over_titles_provisions_and_quotes() -> None:
    hits = names.search("air defence", DATA)
    kinds = {hit.kind for hit in hits}
    assert {"agreement", "claim"} <= kinds
    provision = next(hit for hit in hits if hit.id == AGR_2020)
    assert any(match.field == "provision" for match in provision.matches)
    quoted = [hit for hit in hits if hit.kind == "claim" and any(m.field == "quote" for m in hit.matches)]
    assert quoted
    for hit in quoted:
        match = next(m for m in hit.matches if m.field == "quote")
        assert [match.text[a:b].casefold() for a, b in match.spans][:2] == [
            "air",
            "defense",
        ]  # as the articles spell it


def test_search_needs_every_word_and_matches_word_starts() -> None:
    assert names.search("Hatami Putin zzz", DATA) == ()
    assert names.search("", DATA) == ()
    assert names.search("Bagh", DATA, kinds=["actor"])[0].id == BAGHERI
    assert len(names.search("Ayoub", DATA, limit=2)) == 2


def test_label_names_sources_by_outlet_and_title_and_agreements_by_date() -> None:
    source = DATA.source_index["src-media-line-2018"]
    assert names.label("source", source, DATA).startswith("The Media Line: Iran and Syria Tout")
    agreement = DATA.agreement_index[AGR_2020]
    assert names.label("agreement", agreement, DATA).endswith("signed 2020-07-08")


def test_find_one_names_the_record_or_says_which_several_match() -> None:
    assert names.find_one("actor", "Ayub", DATA) == AYYOUB
    assert names.find_one("actor", "Nobody Atall", DATA) is None
    with pytest.raises(names.Ambiguous) as raised:
        names.find_one("actor", "Mohammad", DATA)
    assert str(raised.value).startswith(
        'several actors match "Mohammad": Mohammad Bagheri (per-mohammad-bagheri), '
        "Mohammad Eslami (per-mohammad-eslami), "
    )
    assert "Mohammad Samer al-Khalil (per-mohammad-samer-al-khalil)" in str(raised.value)


def test_suggest_names_proposes_the_closest_names() -> None:
    assert names.suggest_names("actor", "Amar Hatami", DATA) == (HATAMI,)
    assert names.suggest_names("actor", "Putn", DATA)[0] == "per-vladimir-putin"
    assert names.suggest_names("actor", "qqqqqq", DATA) == ()


def test_find_folds_a_datasets_names_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """The names' keys are built once per dataset and kept: a second look-up folds only what was typed.

    Before, each look-up re-folded every record's names (some 600 name keys per event look-up), and
    ``read`` and ``verify`` look up every name they meet.
    """
    data = iransyria.Dataset(actors=DATA.actors, events=DATA.events)  # a dataset no earlier test has looked in
    folded: list[str] = []
    keys = names._keys
    monkeypatch.setattr(names, "_keys", lambda text: folded.append(text) or keys(text))
    assert _ids(names.find("event", "visit Bagheri 2020 Damascus", data)) == ["evt-2020-07-bagheri-visit-damascus"]
    first = len(folded)
    assert first > len(DATA.events)
    folded.clear()
    assert _ids(names.find("event", "Damascus 2020 visit Bagheri", data)) == ["evt-2020-07-bagheri-visit-damascus"]
    assert folded == ["Damascus 2020 visit Bagheri"]


@pytest.mark.parametrize(
    ("typed", "actor"),
    [("Hatemi", HATAMI), ("Amir Hatemi", HATAMI), ("Ajub", AYYOUB), ("Bakeri", BAGHERI)],
)
def test_find_an_actor_by_a_close_spelling_of_the_last_name(typed: str, actor: str) -> None:
    """Spellings no record lists name the person as ``read`` reads them: the same measured threshold."""
    (match,) = names.find("actor", typed, DATA)
    assert match.id == actor and match.how.startswith("close spelling (score ")


@pytest.mark.parametrize("typed", ["Iraq", "Mohammad Hatemi", "Hat", "Hatemi Hatemi Hatemi Hatemi Hatemi"])
def test_a_close_spelling_names_no_one_when_the_rest_does_not_fit(typed: str) -> None:
    """Not a state ('Iraq' is close to no person's last name), nor with another person's first name, nor short."""
    assert names.find("actor", typed, DATA) == ()


def test_search_finds_a_person_by_a_close_spelling_below_real_matches() -> None:
    (hit,) = names.search("Hatemi", DATA, kinds=("actor",))
    assert hit.id == HATAMI and hit.matches[0].text[slice(*hit.matches[0].spans[0])] == "Hatami"
    assert names.search("Hatami", DATA, kinds=("actor",))[0].score > hit.score
