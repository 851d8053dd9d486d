"""Paragraphs and sentences of an article, each with its offsets into the text.

Sentences come from pysbd (the Python port of the Golden Rules sentence
boundary disambiguator): rule-based, pure Python, no model to download, and
it keeps abbreviations the press uses ('Maj. Gen.', 'Jan. 30', 'U.S.')
inside their sentence. It is imported when an article is read, not when the
CLI starts. A sentence is further cut at each ';': each side states its own
fact ('One outlet wrongly dated it to 2019; it was in fact signed in 2020').
"""

from __future__ import annotations

import functools
import re
from typing import Any

__all__ = ["relative_clauses", "segments"]

_PARAGRAPH = re.compile(r"\n\s*\n")


@functools.lru_cache(maxsize=1)
def _segmenter() -> Any:
    import pysbd  # type: ignore[import-untyped]

    return pysbd.Segmenter(language="en", clean=False)


def _sentences(text: str) -> list[str]:
    # The processor's sentences, not Segmenter.segment's: segment() places every sentence by
    # searching the whole text from its start (re.finditer per sentence, all earlier repeats
    # skipped one by one), quadratic in a paragraph's length (a 80,000-character paragraph took
    # seconds). segments() places them itself, each search starting where the last sentence ended.
    return [s for s in _segmenter().processor(text).process() if s.strip()]


def segments(text: str) -> list[tuple[int, int, int]]:
    """The sentences of ``text`` as ``(start, end, paragraph)``: code-point offsets, paragraph number from 0."""
    found: list[tuple[int, int, int]] = []
    paragraph_start = 0
    paragraphs = [*(m.start() for m in _PARAGRAPH.finditer(text)), len(text)]
    for number, paragraph_end in enumerate(paragraphs):
        block = text[paragraph_start:paragraph_end]
        cursor = 0
        for piece in _sentences(block) if block.strip() else []:
            words = piece.strip()
            at = block.find(words, cursor)
            if at < 0:  # pysbd altered the text (it should not, with clean=False): skip the piece
                continue
            cursor = at + len(words)
            for clause_start, clause_end in _clauses(words):
                start = paragraph_start + at + clause_start
                found.append((start, paragraph_start + at + clause_end, number))
        if paragraph_end < len(text):
            match = _PARAGRAPH.match(text, paragraph_end)
            paragraph_start = match.end() if match else paragraph_end
    return found


def _clauses(sentence: str) -> list[tuple[int, int]]:
    """The ';'-separated parts of a sentence, stripped, as offsets into it."""
    parts: list[tuple[int, int]] = []
    start = 0
    for match in re.finditer(r";\s*", sentence):
        parts.append((start, match.start()))
        start = match.end()
    parts.append((start, len(sentence)))
    return [(a, b) for a, b in parts if sentence[a:b].strip()]


# A clause set off after a name that says something of that person: ', who has led the ministry since
# 2015,', ', still defence minister in 2024,', ', then foreign minister,'. It runs to the next comma,
# dash, parenthesis or the sentence's end.
_RELATIVE = re.compile(
    r"(?:,|\s[–—]|\()\s*(?P<clause>(?:who\b|whom\b|still\b|by\s+then\b|already\b|at\s+the\s+time\b)[^,;–—()]*)",
    re.IGNORECASE,
)


def relative_clauses(sentence: str) -> list[tuple[int, int]]:
    """The relative clauses of ``sentence`` ('who has led the ministry since 2015'), as offsets into it.

    Only clauses that describe a person are meant ('who', 'still', 'by then',
    'already', 'at the time'); 'which was signed on Sunday' describes a deal,
    and the date in it stays the sentence's. A clause ending the sentence
    ends before its full stop.
    """
    found = []
    for match in _RELATIVE.finditer(sentence):
        words = match.group("clause")
        # a clause ending the sentence stops before its full stop and any closing quotation mark or space
        kept = len(words.rstrip().rstrip(".!?\"'’”").rstrip())
        found.append((match.start("clause"), match.start("clause") + kept))
    return found
