"""Provisions: what an agreement provides, in the words papers use for each provision the dataset records.

A provision claim is drafted where the sentence says the agreement provides
something ('provides for', 'stipulates', 'as per the signed agreement, Iran
will ...', 'includes', 'of the signed agreement, he said it will ...', 'a
military cooperation and reconstruction deal') and names a recorded provision in words of
:data:`PROVISION_WORDS`. A provision of another agreement ('the 2018 deal
provides for air defence') is drafted as that provision; ``verify``
contradicts it where the records list it on another agreement only (rule
IS201), and leaves it not established where a report gives it to both.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from iransyria.extraction.base import Article, Draft, Sentence, draft_claim, pattern
from iransyria.extraction.context import agreement_of
from iransyria.models import Predicate, ProvisionValue

__all__ = ["PROVISION_WORDS"]

#: Each recorded provision's id and the words that name it.
PROVISION_WORDS: tuple[tuple[str, str], ...] = (
    ("prv-2018-defence-infrastructure", r"(?:Syrian\s+)?defen[cs]e\s+infrastructure"),
    ("prv-2018-rebuild-army", r"rebuild(?:ing)?\s+(?:of\s+)?(?:the\s+)?(?:Syrian\s+|Syria['’]s\s+)?(?:regime['’]s\s+)?(?:army|armed\s+forces)"),
    ("prv-2018-presence", r"(?:areas\s+of\s+)?bilateral\s+presence|presence\s+and\s+participation"),
    ("prv-2018-reconstruction", r"(?:participat\w*|role)\s+in\s+(?:Syria['’]s\s+|the\s+)?reconstruction|(?:and|military)\s+reconstruction\s+(?:deal|agreement|pact)"),
    ("prv-2020-air-defence", r"(?:Syrian\s+|Syria['’]s\s+)?air[\s-]defen[cs]e(?:\s+systems?)?"),
    ("prv-2020-military-security-cooperation", r"military\s+and\s+security\s+cooperation"),
    ("prv-2020-armed-forces-coordination", r"coordination\s+between\s+the\s+armed\s+forces|cooperation\s+between\s+the\s+(?:two\s+)?armed\s+forces"),
    ("prv-2020-defensive-capabilities", r"defensive\s+capabilities"),
    ("prv-economic-sectors", r"(?:banking|finance|construction)(?:,?\s+(?:and\s+)?(?:banking|finance|construction|reconstruction))+\s+sectors|several\s+economic\s+sectors"),
    ("prv-economic-trade", r"facilitat\w+\s+trade"),
    ("prv-economic-iranian-companies", r"facilities\s+for\s+Iranian\s+companies"),
)  # fmt: skip
_WORDS = [(provision, re.compile(words, re.IGNORECASE)) for provision, words in PROVISION_WORDS]
_CUE = re.compile(
    r"\b(?:provides?\s+for|stipulat\w+|includes?|calls?\s+for|as\s+per\s+the|under\s+the\s+(?:deal|agreement|pact)|"
    r"(?:deal|agreement|pact|accord)\s+(?:will|would|aims?\s+to|covers?)|envisag\w+"
    r"|(?:of|about)\s+the\s+(?:signed\s+)?(?:deal|agreement|pact)\b[^.]{0,60}?\bit\s+(?:will|would)"
    r"|(?:cooperation|military)\s+and\s+reconstruction\s+(?:deal|agreement|pact))\b",
    re.IGNORECASE,
)


@pattern(
    "provision",
    example="The agreement provides for strengthening Syria's air defence systems.",
    counterexample="Syria's air defence systems were hit.",
    published="2020-07-09",
)
def provision(article: Article, sentence: Sentence) -> Iterator[Draft]:
    """What an agreement provides: 'the agreement stipulates ... military and security cooperation'."""
    if _CUE.search(sentence.text) is None:
        return
    found = agreement_of(article, sentence)
    if found is None:
        return
    agreement, why = found
    for provision_id, words in _WORDS:
        for match in words.finditer(sentence.text):
            start, end = sentence.start + match.start(), sentence.start + match.end()
            value = ProvisionValue(provision_id, match.group(0))
            claim = draft_claim(
                article,
                sentence,
                (start, end),
                agreement.id,
                Predicate.PROVISION,
                value,
                [("agreement", why)],
            )
            yield Draft(start, end, (claim,), "provision")
            break
