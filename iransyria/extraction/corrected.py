"""Wordings the dataset has corrected: a sentence that repeats what a correction says was wrong.

Fact-checkers match new text against the claims already checked (claim
matching); here the checked wordings are the ``before`` of each correction
whose claim the dataset refutes ('Iran's promise to invest in Turkey',
corrected to Syria). A sentence holding those words, folded as names are
(:func:`~iransyria.queries.names.words`: case, accents, apostrophes and
common spellings aside), in order and at least :data:`FEWEST_WORDS` of
them, states what that claim states: it is drafted as that claim, with the
inference saying so, and ``verify`` judges it by the rule that a claim must
not repeat a corrected one (IS606), the correction giving the reason. This
finds an error no pattern of its own could see, one only the context of an
earlier reading revealed, and only where the words are the same.
"""

from __future__ import annotations

from collections.abc import Iterator

from iransyria.dataset import Dataset
from iransyria.extraction.base import Article, Draft, Sentence, draft_claim, pattern
from iransyria.models import Claim, Correction, Standing
from iransyria.queries.names import words

__all__ = ["FEWEST_WORDS", "corrected_wordings"]

#: The fewest words a corrected wording must have to be matched: fewer say too little to be one claim.
FEWEST_WORDS = 4


def corrected_wordings(dataset: Dataset) -> tuple[tuple[Correction, Claim, tuple[str, ...]], ...]:
    """Each correction of a refuted claim, the claim, and the folded words of its ``before``."""

    def build() -> tuple[tuple[Correction, Claim, tuple[str, ...]], ...]:
        found = []
        for correction in dataset.corrections:
            target = dataset.claim_index.get(correction.target)
            keys = tuple(key for _, _, key in words(correction.before) if key)
            if target is not None and target.standing is Standing.REFUTED and len(keys) >= FEWEST_WORDS:
                found.append((correction, target, keys))
        return tuple(found)

    return dataset.derived(("extraction", "corrected-wordings"), build)


@pattern(
    "corrected-wording",
    example="Analysts pointed to Iran's promise to invest in Turkey.",
    counterexample="Analysts pointed to Iran's promise to invest in Syria.",
)
def corrected_wording(article: Article, sentence: Sentence) -> Iterator[Draft]:
    """A sentence repeating, word for word, a wording a correction names as wrong: 'Iran's promise to invest in Turkey'."""
    tokens = [(start, end, key) for start, end, key in words(sentence.text) if key]
    keys = [key for _, _, key in tokens]
    for correction, target, wording in corrected_wordings(article.dataset):
        size = len(wording)
        for i in range(len(keys) - size + 1):
            if tuple(keys[i : i + size]) != wording:
                continue
            start, end = sentence.start + tokens[i][0], sentence.start + tokens[i + size - 1][1]
            claim = draft_claim(
                article,
                sentence,
                (start, end),
                target.subject,
                target.predicate,
                target.value,
                [("value", f"the words are those {correction.id} corrects: they state what {target.id} states")],
                target.point_in_time,
            )
            yield Draft(start, end, (claim,), "corrected-wording")
            break
