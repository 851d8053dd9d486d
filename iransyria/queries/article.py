"""An article's own text with every quoted passage located, numbered and tied to the claims it backs.

A reviewer reading ``iransyria show source ID --text`` sees at a glance what
was encoded from an article and what was not: :func:`annotate` reads the
source's article file (checking its SHA-256 against the one the source
records), finds each distinct quote of the source's claims and of corrections'
evidence in it, and numbers the passages in reading order. :func:`mark` writes
the text with ``[n]...[/n]`` around each passage, for plain output.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import attrs

from iransyria.dataset import Dataset
from iransyria.models import Source
from iransyria.reading import MAX_ARTICLE_BYTES, Unreadable, read_regular

__all__ = ["MAX_ARTICLE_BYTES", "Annotated", "ArticleError", "Passage", "annotate", "mark"]

#: The largest article file read (news articles are a few kilobytes).


class ArticleError(Exception):
    """The article file cannot be read, lies outside its folder, or is not the one the source records."""


@attrs.define(frozen=True)
class Passage:
    """A quoted passage: its number, where it is in the text, and what cites it."""

    number: int
    start: int
    end: int
    claims: tuple[str, ...]  # the claims whose quote this is
    corrections: tuple[str, ...] = ()  # the corrections citing it as evidence


@attrs.define(frozen=True)
class Annotated:
    """An article's text and its quoted passages, in reading order; quotes not found in it, by id."""

    source: str
    text: str
    passages: tuple[Passage, ...]
    missing: tuple[str, ...] = ()

    @property
    def covered(self) -> int:
        """How many characters of the text lie in some passage."""
        covered: set[int] = set()
        for passage in self.passages:
            covered.update(range(passage.start, passage.end))
        return len(covered)


def read_article(source: Source, articles: Path) -> str:
    """The text of the source's article file in ``articles``, checked against the source's SHA-256."""
    folder = articles.resolve()
    path = (folder / source.file).resolve()
    if not path.is_relative_to(folder):
        raise ArticleError(f"{source.file}: the article file of {source.id} lies outside {articles}")
    try:
        data = read_regular(path, max_bytes=MAX_ARTICLE_BYTES)
    except Unreadable as error:
        if error.missing:
            raise ArticleError(f"{articles / source.file}: no such article file (source {source.id})") from None
        raise ArticleError(f"{articles / source.file}: {error.reason}") from None
    digest = hashlib.sha256(data).hexdigest()
    if digest != source.sha256:
        raise ArticleError(
            f"{articles / source.file}: SHA-256 {digest} is not the {source.sha256} recorded for {source.id}"
        )
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise ArticleError(f"{path}: not UTF-8 text ({error.reason} at byte {error.start})") from None


def annotate(source_id: str, dataset: Dataset, articles: Path) -> Annotated:
    """The source's article with its quoted passages numbered in reading order.

    Claims and correction evidence that quote the same words share a passage;
    a quote found more than once is placed at its first occurrence. Quotes not
    in the text (which ``check --articles`` reports as IS804) are listed in
    ``missing`` by claim or correction id.
    """
    source = dataset.source(source_id)
    if source is None:
        raise KeyError(source_id)
    text = read_article(source, articles)
    cited: dict[str, tuple[list[str], list[str]]] = {}
    for claim in dataset.claims_by_source.get(source_id, ()):
        cited.setdefault(claim.quote, ([], []))[0].append(claim.id)
    for correction in dataset.corrections:
        for evidence in correction.evidence:
            if evidence.source == source_id:
                cited.setdefault(evidence.quote, ([], []))[1].append(correction.id)
    placed: list[tuple[int, int, tuple[str, ...], tuple[str, ...]]] = []
    missing: list[str] = []
    for quote, (claims, corrections) in cited.items():
        start = text.find(quote)
        if start < 0:
            missing += claims + corrections
            continue
        placed.append((start, start + len(quote), tuple(claims), tuple(corrections)))
    placed.sort(key=lambda p: (p[0], -p[1]))
    passages = tuple(
        Passage(number, start, end, claims, corrections)
        for number, (start, end, claims, corrections) in enumerate(placed, 1)
    )
    return Annotated(source_id, text, passages, tuple(sorted(missing)))


def markers(annotated: Annotated) -> list[tuple[int, str, int]]:
    """Where each passage opens and closes: ``(offset, 'open' or 'close', number)``, in text order.

    At one offset, closings come before openings; an enclosing passage opens
    before and closes after the passages inside it.
    """
    events: list[tuple[int, int, int, str, int]] = []
    for passage in annotated.passages:
        length = passage.end - passage.start
        events.append((passage.start, 1, -length, "open", passage.number))
        events.append((passage.end, 0, length, "close", passage.number))
    events.sort()
    return [(offset, kind, number) for offset, _, _, kind, number in events]


def mark(annotated: Annotated) -> str:
    """The text with ``[n]`` before and ``[/n]`` after each passage."""
    out: list[str] = []
    position = 0
    for offset, kind, number in markers(annotated):
        out.append(annotated.text[position:offset])
        out.append(f"[{number}]" if kind == "open" else f"[/{number}]")
        position = offset
    out.append(annotated.text[position:])
    return "".join(out)
