"""Authoring a new source: its skeleton file, and where a quote sits in the article.

- :func:`new_source` builds the dataset file a new article starts as: the
  source with the article's SHA-256 and file name, the fields a person must
  judge (publication date, outlet, and the basis of each) marked ``FILL IN:``,
  and an empty claims list. The placeholders are valid values, so the file
  loads at once; rule IS806 warns while any is left.
- :func:`locate` finds a quote in an article's text: its character offsets,
  or, when it is not there verbatim, the nearest passage and what differs, so
  a person sees at once why the quote fails (a straight quote mark for a
  curly one, a missing word).
- :func:`quote_offsets` and :func:`fill_offsets` compute the offsets every
  claim and evidence quote of a dataset has in its article.

Offsets count characters (code points) of the UTF-8-decoded article, from 0,
as Python indexes strings: ``text[start:end] == quote``.
"""

from __future__ import annotations

import difflib
import hashlib
import os
from collections.abc import Iterator, Mapping
from pathlib import Path

import attrs

from iransyria.dataset import Dataset
from iransyria.dates import FuzzyDate
from iransyria.models import Source, SourceKind
from iransyria.reading import MAX_ARTICLE_BYTES, Unreadable, read_regular

__all__ = [
    "MAX_NEAR_QUOTE",
    "NEAR_PROBES",
    "TO_FILL",
    "Location",
    "fill_offsets",
    "locate",
    "new_source",
    "offsets_module",
    "quote_offsets",
    "read_article",
]

#: How a field left for a person to fill begins.
TO_FILL = "FILL IN:"

#: How far a near-match may differ from the quote and still be shown as "nearest" (share of characters).
_NEAREST_RATIO = 0.5


def read_article(path: str | os.PathLike[str]) -> tuple[bytes, str]:
    """An article file's bytes and its UTF-8 text; :class:`ValueError` naming the file if it cannot be.

    Read as all input is (:func:`iransyria.reading.read_regular`): a regular
    file only (a FIFO would hang, ``/dev/zero`` fill memory), at most
    :data:`~iransyria.reading.MAX_ARTICLE_BYTES`.
    """
    try:
        data = read_regular(path, max_bytes=MAX_ARTICLE_BYTES)
    except Unreadable as exc:
        raise ValueError(f"{os.fspath(path)}: {exc.reason}") from None
    try:
        return data, data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ValueError(f"{path}: not UTF-8 text (byte {exc.start})") from None


def new_source(
    article: str | os.PathLike[str],
    id: str,
    title: str,
    *,
    outlet: str | None = None,
    published: FuzzyDate | None = None,
    language: str = "en",
    kind: SourceKind = SourceKind.ORIGINAL,
    url: str | None = None,
) -> Dataset:
    """The dataset a new article starts as: its source, with what a person must judge marked ``FILL IN:``.

    ``sha256`` and ``file`` come from the article file itself; the outlet and
    publication date are taken as given (None when not), and their ``_basis``
    fields say ``FILL IN: ...`` until a person writes how each is known.
    """
    data, _ = read_article(article)
    source = Source(
        id=id,
        file=Path(article).name,
        sha256=hashlib.sha256(data).hexdigest(),
        title=title,
        outlet=outlet,
        outlet_basis=f"{TO_FILL} how the outlet is known (a byline, the site), or why it is not",
        published=published,
        published_basis=f"{TO_FILL} how the publication date is known (a dateline, the page), or why it is not",
        language=language,
        kind=kind,
        url=url,
    )
    return Dataset(sources=(source,))


@attrs.define(frozen=True)
class Location:
    """Where a quote is in an article: exactly, or the nearest passage and how it differs.

    ``text[start:end]`` is ``found``; for an exact match ``found`` is the
    quote, ``occurrences`` counts every place it is, and ``differences`` is
    empty. Otherwise ``differences`` says, one line each, what the article has
    where the quote has something else; ``ratio`` is how alike the two are
    (1.0 = the same). ``start`` is -1 when nothing in the article is near.
    """

    start: int
    end: int
    found: str
    exact: bool
    occurrences: int = 0
    ratio: float = 1.0
    differences: tuple[str, ...] = ()


def _explain(quote: str, found: str) -> tuple[str, ...]:
    lines = []
    matcher = difflib.SequenceMatcher(None, quote, found, autojunk=False)
    for op, q1, q2, f1, f2 in matcher.get_opcodes():
        if op == "equal":
            continue
        theirs, ours = found[f1:f2], quote[q1:q2]
        if op == "replace":
            lines.append(f"at quote character {q1}: the quote has {ours!r} where the article has {theirs!r}")
        elif op == "delete":
            lines.append(f"at quote character {q1}: the quote has {ours!r}, which the article does not")
        else:
            lines.append(f"at quote character {q1}: the article has {theirs!r}, which the quote does not")
    return tuple(lines)


#: The longest quote looked for near, not only verbatim: a quote is a sentence or a few.
MAX_NEAR_QUOTE = 2_000
#: How many pieces of the quote are looked for in the article, and how long each is at most.
NEAR_PROBES = 16
_PROBE_LENGTH = 12
_MAX_PLACES = 1_000
_END_WINDOW = 160


def _anchor(text: str, quote: str) -> int | None:
    """Where in ``text`` the quote most likely starts: the offset most of its probes agree on.

    Up to :data:`NEAR_PROBES` pieces of the quote, spread along it, are each
    found wherever they occur in the text, and vote for where the quote would
    start; a piece found more than :data:`_MAX_PLACES` times places nothing
    and is skipped. Each probe costs two passes over the text at C speed and
    at most that many votes, so the cost is linear in the article (the
    whole-text difflib alignment this replaces was quadratic: a 5 MB article
    and a 2,000-character near miss ran past a minute). None when no probe
    places the quote: nothing in the article is near.
    """
    size = max(3, min(_PROBE_LENGTH, len(quote) // 3))
    if len(quote) < size:
        return None
    last = len(quote) - size
    starts = sorted({last * i // max(1, NEAR_PROBES - 1) for i in range(NEAR_PROBES)})
    votes: dict[int, int] = {}
    for offset in starts:
        probe = quote[offset : offset + size]
        if text.count(probe) > _MAX_PLACES:
            continue
        at = text.find(probe)
        while at >= 0:
            votes[at - offset] = votes.get(at - offset, 0) + 1
            at = text.find(probe, at + 1)
    if not votes:
        return None
    return max(votes, key=lambda start: (votes[start], -start))


def locate(text: str, quote: str) -> Location:
    """Where ``quote`` is in ``text``: exactly, or the nearest passage with its differences explained."""
    start = text.find(quote) if quote else -1
    if start >= 0:
        occurrences = 0
        at = start
        while at >= 0:
            occurrences += 1
            at = text.find(quote, at + 1)
        return Location(start, start + len(quote), quote, True, occurrences)
    guess = _anchor(text, quote) if len(quote) <= MAX_NEAR_QUOTE else None
    if guess is None:
        return Location(-1, -1, "", False, ratio=0.0)
    # A quote whose opening is not in the article aligns before the article's start (or its end
    # after the article's end): the passage is looked for inside the article all the same.
    guess = min(max(guess, 0), len(text) - 1)
    # Align the quote where most probes put it, then move each end to where
    # the passage is most like the quote (a few dozen comparisons of short strings).
    slack = min(40, max(8, len(quote) // 4))

    # Each end is judged on the quote's first (or last) END_WINDOW characters at most, so that the
    # few dozen comparisons cost the same for a 2,000-character quote as for a short one.
    head, tail = quote[:_END_WINDOW], quote[-_END_WINDOW:]
    whole = len(quote) <= _END_WINDOW

    def score(piece: str, start: int, end: int) -> int:
        # Characters shared with the quote (or its end), less the passage's characters that are not.
        matcher = difflib.SequenceMatcher(None, piece, text[start:end], autojunk=False)
        shared = sum(block.size for block in matcher.get_matching_blocks())
        return 2 * shared - (end - start)

    def from_start(at: int, end: int) -> int:
        return score(quote, at, end) if whole else score(head, at, at + len(head))

    def to_end(start: int, at: int) -> int:
        return score(quote, start, at) if whole else score(tail, max(start, at - len(tail)), at)

    starts = range(max(0, guess - slack), min(len(text), guess + slack) + 1)
    start = max(starts, key=lambda at: (from_start(at, at + len(quote)), -abs(at - guess)))
    ends = range(
        max(start + 1, min(start + len(quote) - slack, len(text))), min(len(text), start + len(quote) + slack) + 1
    )
    end = max(ends, key=lambda at: (to_end(start, at), -abs(at - start - len(quote))))
    # The start was chosen for a passage of the quote's length; choose it again for this end.
    starts = range(max(0, start - slack), min(end - 1, start + slack) + 1)
    start = max(starts, key=lambda at: (from_start(at, end), -abs(at - guess)))
    found = text[start:end]
    ratio = difflib.SequenceMatcher(None, quote, found, autojunk=False).ratio()
    if ratio < _NEAREST_RATIO:
        return Location(-1, -1, "", False, ratio=ratio)
    return Location(start, end, found, False, ratio=ratio, differences=_explain(quote, found))


def _quotes(dataset: Dataset) -> Iterator[tuple[str, str, str]]:
    """(key, source id, quote) of every quote: a claim's id, or ``cor-x#i`` for a correction's i-th evidence."""
    for claim in dataset.claims:
        yield claim.id, claim.source, claim.quote
    for correction in dataset.corrections:
        for i, evidence in enumerate(correction.evidence):
            yield f"{correction.id}#{i}", evidence.source, evidence.quote


def quote_offsets(dataset: Dataset, articles: str | os.PathLike[str]) -> dict[str, int]:
    """The offset of every quote found verbatim in its article, by key (see :func:`fill_offsets`).

    The first occurrence counts. A quote not in its article, or whose article
    is not in the folder, has no offset (rules IS802 and IS804 report those).
    """
    texts: dict[str, str | None] = {}
    offsets: dict[str, int] = {}
    for key, source_id, quote in _quotes(dataset):
        if source_id not in texts:
            source = dataset.source(source_id)
            path = None if source is None else Path(articles) / source.file
            try:
                texts[source_id] = None if path is None else read_article(path)[1]
            except (OSError, ValueError):
                texts[source_id] = None
        text = texts[source_id]
        at = -1 if text is None else text.find(quote)
        if at >= 0:
            offsets[key] = at
    return offsets


def fill_offsets(dataset: Dataset, offsets: Mapping[str, int]) -> Dataset:
    """The dataset with each claim's and evidence quote's ``offset`` set from ``offsets``, by key.

    Keys are claim ids and ``cor-x#i`` for the i-th evidence of correction
    ``cor-x`` (as :func:`quote_offsets` gives them); a quote without a key
    keeps the offset it has.
    """
    claims = tuple(
        attrs.evolve(claim, offset=offsets[claim.id]) if claim.id in offsets else claim
        for claim in dataset.claims
    )
    corrections = tuple(
        attrs.evolve(
            correction,
            evidence=tuple(
                attrs.evolve(evidence, offset=offsets.get(f"{correction.id}#{i}", evidence.offset))
                for i, evidence in enumerate(correction.evidence)
            ),
        )
        for correction in dataset.corrections
    )
    return dataset.evolve(claims=claims, corrections=corrections)


def offsets_module(offsets: Mapping[str, int]) -> str:
    """The text of ``iransyria/data/offsets.py``: the shipped quotes' offsets, by key, sorted.

    Regenerate it after a quote changes or a claim is added:
    ``python -m iransyria.data offsets ../shared/articles > iransyria/data/offsets.py``.
    """
    lines = [
        '"""Where each shipped quote starts in its article, in characters: generated, do not edit.',
        "",
        "Keys are claim ids, and ``cor-x#i`` for the i-th evidence quote of correction",
        "``cor-x``. :func:`iransyria.data.build` sets them on the records; rule IS805",
        "checks them against the articles. Regenerate with",
        "``python -m iransyria.data offsets ../shared/articles > iransyria/data/offsets.py``.",
        '"""',
        "",
        "OFFSETS: dict[str, int] = {",
        *(f'    "{key}": {offsets[key]},' for key in sorted(offsets)),
        "}",
        "",
    ]
    return "\n".join(lines)
