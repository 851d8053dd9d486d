"""Evidence (IS8xx).

The rules that read the article files: without the articles folder they
check nothing. Each file is read once per call.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator

from iransyria.authoring import TO_FILL
from iransyria.rules.base import Severity, Violation, flag, register
from iransyria.rules.context import Context


def _quotes(ctx: Context) -> Iterator[tuple[str, str, str]]:
    """(path, source id, quote) for every claim quote and correction evidence quote."""
    for path, source, quote, _ in _placed_quotes(ctx):
        yield f"{path}.quote", source, quote


def _placed_quotes(ctx: Context) -> Iterator[tuple[str, str, str, int | None]]:
    """(record path, source id, quote, offset) for every claim and correction evidence quote."""
    for claim in ctx.dataset.claims:
        yield f"claims[{claim.id}]", claim.source, claim.quote, claim.offset
    for correction in ctx.dataset.corrections:
        for i, evidence in enumerate(correction.evidence):
            yield (
                f"corrections[{correction.id}].evidence[{i}]",
                evidence.source,
                evidence.quote,
                evidence.offset,
            )


@register("IS802", "article-missing", Severity.ERROR)
def article_missing(ctx: Context) -> Iterator[Violation]:
    """With the articles folder given, each source's article file is in it and can be read.

    ## What it checks
    When the articles folder is given, that each source's article file is in it
    and can be read (a file that exists but cannot be read, or a folder in its
    place, is reported with the reason, not raised).

    ## Why
    Quotes are checked against the file. Each file is read once per call; IS803
    and IS804 judge those same bytes and say nothing of a file IS802 reports.

    ## Example
    `sources[src-2020].file`: article file 2020.txt of src-2020 is not in /tmp/articles

    `sources[src-2020].file`: article file 2020.txt of src-2020 cannot be read from /tmp/articles: Permission denied
    """
    if ctx.articles is None:
        return
    for source in ctx.dataset.sources:
        problem = ctx.article_error(source)
        if problem is not None:
            yield flag(
                "IS802", f"sources[{source.id}].file", f"article file {source.file} of {source.id} {problem}"
            )


@register("IS803", "article-hash", Severity.ERROR)
def article_hash(ctx: Context) -> Iterator[Violation]:
    """With the articles folder given, each article file's SHA-256 is the one its source records.

    ## What it checks
    When the articles folder is given, that each article file's SHA-256 is the
    one its source records.

    ## Why
    The quotes were checked against those exact bytes; a changed file may no
    longer carry them.

    ## Example
    `sources[src-2018].sha256`: article file 2018.txt has SHA-256 1f2c…02ab, not the a52c…da2f of src-2018
    """
    for source in ctx.dataset.sources:
        data = ctx.article_bytes(source)
        if data is None:
            continue  # no folder, or IS802 reports the file
        digest = hashlib.sha256(data).hexdigest()
        if digest != source.sha256:
            yield flag(
                "IS803",
                f"sources[{source.id}].sha256",
                f"article file {source.file} has SHA-256 {digest}, not the {source.sha256} of {source.id}",
            )


@register("IS804", "quote-not-in-article", Severity.ERROR)
def quote_not_in_article(ctx: Context) -> Iterator[Violation]:
    """With the articles folder given, every quote is an exact substring of its source's article.

    ## What it checks
    When the articles folder is given, that every claim quote and correction
    evidence quote is an exact substring of its source's article text (UTF-8).
    `related` is the source.

    ## Why
    A quote is the verbatim evidence for a claim; a paraphrase is not evidence.

    ## Example
    `claims[clm-18-kind].quote`: the quote 'a military co-operation deal' is not in src-2018's article
    """
    if ctx.articles is None:
        return
    for path, source_id, quote in _quotes(ctx):
        source = ctx.sources.get(source_id)
        text = None if source is None else ctx.article_text(source)
        if text is not None and quote not in text:
            shown = quote if len(quote) <= 60 else quote[:57] + "..."
            yield flag("IS804", path, f"the quote {shown!r} is not in {source_id}'s article", (source_id,))


@register("IS805", "quote-offset", Severity.ERROR)
def quote_offset(ctx: Context) -> Iterator[Violation]:
    """With the articles folder given, each quote's recorded offset is where the quote is in its article.

    ## What it checks
    When the articles folder is given, that every claim and correction
    evidence quote that records an `offset` is found at that character offset
    of its source's article text (`text[offset:offset + len(quote)] == quote`).
    A quote that is not in the article at all is IS804's; the message says
    where the quote is when it is elsewhere. `related` is the source.

    ## Why
    The offset lets a reader and a tool jump to the words in the article, as
    GDELT's character offsets do; one that points elsewhere sends them to the
    wrong passage, and usually means the article or the quote changed.

    ## Example
    `claims[clm-18-kind].offset`: the quote 'a military cooperation deal' is not at character 3 of src-2018's article but at 22
    """
    if ctx.articles is None:
        return
    for path, source_id, quote, offset in _placed_quotes(ctx):
        source = ctx.sources.get(source_id)
        text = None if source is None or offset is None else ctx.article_text(source)
        if text is None or offset is None or text.startswith(quote, offset):
            continue
        actual = text.find(quote)
        if actual < 0:
            continue  # IS804 reports it
        shown = quote if len(quote) <= 60 else quote[:57] + "..."
        yield flag(
            "IS805",
            f"{path}.offset",
            f"the quote {shown!r} is not at character {offset} of {source_id}'s article but at {actual}",
            (source_id,),
        )


@register("IS806", "basis-to-fill", Severity.WARNING)
def basis_to_fill(ctx: Context) -> Iterator[Violation]:
    """No source still has a `FILL IN:` placeholder where a person must say how something is known.

    ## What it checks
    That no source's `outlet_basis` or `published_basis` begins with `FILL IN:`,
    the placeholder `iransyria new-source` writes.

    ## Why
    A new source's skeleton loads at once so that its claims can be checked
    while it is written; the reasoning behind its outlet and date is what a
    reader weighs the source by, and must not ship as a placeholder.

    ## Example
    `sources[src-2018].published_basis`: still the new-source placeholder: FILL IN: how the publication date is known
    """
    for source in ctx.dataset.sources:
        for field in ("outlet_basis", "published_basis"):
            value: str = getattr(source, field)
            if value.startswith(TO_FILL):
                shown = value if len(value) <= 60 else value[:57] + "..."
                yield flag(
                    "IS806", f"sources[{source.id}].{field}", f"still the new-source placeholder: {shown}"
                )
