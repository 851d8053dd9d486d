"""Who makes a statement: the article's voice, or someone it reports (and whether the article disowns it)."""

from __future__ import annotations

import pytest

import iransyria
from iransyria.extraction.reader import prepare
from iransyria.models import AttributionKind

CASES = [
    (
        "Iranian Defence Minister Amir Hatami arrived.",
        "Amir Hatami",
        "article",
        AttributionKind.OUTLET,
        False,
    ),
    (
        "According to SANA, Amir Hatami arrived.",
        "Amir Hatami",
        "reported",
        AttributionKind.STATE_MEDIA,
        False,
    ),
    ("One outlet said Amir Hatami arrived.", "Amir Hatami", "reported", AttributionKind.AGENCY, False),
    ("A report claimed that Amir Hatami arrived.", "Amir Hatami", "reported", AttributionKind.AGENCY, False),
    (
        "Amir Hatami arrived, Iranian state media reported.",
        "Amir Hatami",
        "reported",
        AttributionKind.STATE_MEDIA,
        False,
    ),
    (
        "The deal, the Gazette adds, was signed by Amir Hatami.",
        "Amir Hatami",
        "reported",
        AttributionKind.AGENCY,
        False,
    ),
    (
        "Defense Minister Ayoub said, “Amir Hatami arrived.”",
        "Defense Minister Ayoub",
        "article",
        AttributionKind.OUTLET,
        False,
    ),
    (
        "Defense Minister Ayoub said, “Amir Hatami arrived.”",
        "Amir Hatami",
        "reported",
        AttributionKind.OFFICIAL,
        False,
    ),
    (
        "One outlet wrongly dated the deal to 2019.",
        "dated the deal",
        "reported",
        AttributionKind.AGENCY,
        True,
    ),
]


@pytest.mark.parametrize(("text", "words", "voice", "kind", "disowned"), CASES)
def test_speaker(text: str, words: str, voice: str, kind: AttributionKind, disowned: bool) -> None:
    article = prepare(text, "2018-08-27", iransyria.shipped())
    (sentence,) = article.sentences
    start = text.index(words)
    speaker = sentence.speaker_at(start, start + len(words))
    assert speaker.label.split(":")[0] == voice
    assert speaker.kind is kind
    assert speaker.disowned is disowned
