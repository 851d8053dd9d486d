"""Names in close spellings: the fuzzy threshold is measured against right and wrong matches."""

from __future__ import annotations

import pytest

import iransyria
from iransyria.extraction.names import actor_mentions
from iransyria.models import ActorKind
from iransyria.queries.names import FUZZY_THRESHOLD, close_names, fold_word, words

#: Spellings the dataset does not list, each with the person it names: German, French, wire copy.
VARIANTS = {
    "Hatemi": "per-amir-hatami",
    "Hatamy": "per-amir-hatami",
    "Ajub": "per-ali-abdullah-ayyoub",
    "Ayub": "per-ali-abdullah-ayyoub",
    "Ajjub": "per-ali-abdullah-ayyoub",
    "Bakeri": "per-mohammad-bagheri",
    "Baghéri": "per-mohammad-bagheri",
    "Eslamy": "per-mohammad-eslami",
    "Islami": "per-mohammad-eslami",
    "Mouallem": "per-walid-al-moallem",
    "Sarif": "per-mohammad-javad-zarif",
    "Akhundi": "per-abbas-akhoundi",
}


def _scores() -> tuple[float, float]:
    """The lowest score of a right match, and the highest of a wrong one (any other person's last name)."""
    data = iransyria.shipped()
    right = min(dict(close_names(data, word))[actor] for word, actor in VARIANTS.items())
    wrong = 0.0
    for actor in data.actors:
        if actor.kind is not ActorKind.PERSON:
            continue
        for name in actor.names:
            last = [k for _, _, k in words(name) if k][-1]
            others = [(a, s) for a, s in close_names(data, last) if a != actor.id]
            wrong = max(wrong, *(s for _, s in others))
    for word, actor in VARIANTS.items():
        wrong = max(wrong, *(s for a, s in close_names(data, word) if a != actor))
    return right, wrong


def test_the_threshold_lies_between_every_right_and_every_wrong_match() -> None:
    right, wrong = _scores()
    print(f"fuzzy: lowest right {right:.1f}, highest wrong {wrong:.1f}, threshold {FUZZY_THRESHOLD}")
    assert wrong < FUZZY_THRESHOLD <= right


@pytest.mark.parametrize(("word", "actor"), sorted(VARIANTS.items()))
def test_each_variant_names_its_person_in_a_sentence(word: str, actor: str) -> None:
    (mention,) = actor_mentions(iransyria.shipped(), f"Yesterday {word} arrived.")
    assert mention.actor == actor and mention.text == word


def test_exact_names_any_script_and_a_dropped_first_name() -> None:
    data = iransyria.shipped()
    found = actor_mentions(data, "Eslami met Abdullah Ayoub, Baqeri and امیر حاتمی.")
    assert [m.actor for m in found] == [
        "per-mohammad-eslami",
        "per-ali-abdullah-ayyoub",
        "per-mohammad-bagheri",
        "per-amir-hatami",
    ]
    assert all(m.score == 100 for m in found)


def test_common_words_and_lowercase_words_are_no_names() -> None:
    data = iransyria.shipped()
    assert actor_mentions(data, "Syria wants us to stay; the Minister met them on Sunday.") == [
        m
        for m in actor_mentions(data, "Syria wants us to stay; the Minister met them on Sunday.")
        if m.actor == "state-syria"
    ]
    assert fold_word("Hatemi") != fold_word("Hatami")  # the variant is not simply a known spelling
