"""The corrected-wording pattern: a sentence repeating a wording a correction names as wrong."""

from __future__ import annotations

import iransyria
from iransyria.extraction import read
from iransyria.extraction.corrected import FEWEST_WORDS, corrected_wordings
from iransyria.models import Standing
from iransyria.verification import Verdict

DATA = iransyria.shipped()


def test_each_corrected_wording_is_a_refuted_claims_correction_of_enough_words() -> None:
    wordings = corrected_wordings(DATA)
    assert wordings
    for correction, target, words in wordings:
        assert correction.target == target.id and target.standing is Standing.REFUTED
        assert len(words) >= FEWEST_WORDS


def test_a_repeated_corrected_wording_is_contradicted_by_the_correction() -> None:
    text = "Two years on, analysts still cite IRAN'S PROMISE to invest in Turkey as its aim."
    (statement,) = read(text, published="2020-08-01").statements
    assert text[statement.start : statement.end] == "IRAN'S PROMISE to invest in Turkey"
    assert statement.verdict is Verdict.CONTRADICTED
    (result,) = statement.results
    assert result.reason.startswith("IS606 ") and "cor-newdeal18-invest-in-syria-not-turkey" in result.reason
    assert any("cor-newdeal18-invest-in-syria-not-turkey" in i.how for i in result.claim.inferences)


def test_the_corrected_version_and_a_different_order_are_not_the_wording() -> None:
    for text in (
        "Analysts cite Iran's promise to invest in Syria.",  # what the correction says instead
        "Turkey, analysts say, was never part of Iran's promise to invest.",  # the words, not in order
    ):
        assert not [s for s in read(text, published="2020-08-01").statements if s.verdict is Verdict.CONTRADICTED]
