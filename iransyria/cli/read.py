"""``read``: find every checkable statement in an article and judge each with ``verify``.

The article comes from a file or standard input (``-``); ``--published``
gives its date (EDTF), from which a missing year or day is taken. The text
output lists the article's sentences with each statement's verdict beside
it; ``--json``, ``--jsonl`` and ``--claimreview`` are for machines. Exit 0
when no statement in the article's own voice is contradicted, 1 when one is,
2 for bad input.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from iransyria.cli.errors import EXIT_USAGE, UsageError, cannot_write, guarded
from iransyria.cli.options import dataset
from iransyria.cli.output import emit_json, progress, say
from iransyria.cli.reviews import Appearance, Author, AuthorUrl, ClaimedBy, DatePublished, Url, publication
from iransyria.display import echoed

if TYPE_CHECKING:
    from iransyria.dataset import Dataset
    from iransyria.extraction import Reading

__all__ = ["READ_EXIT_CODES", "read", "register"]

READ_EXIT_CODES = (
    "Exit codes: 0 no statement in the article's own voice contradicted; 1 one or more contradicted; "
    f"{EXIT_USAGE} bad input (an unreadable file, a bad --published date)."
)


#: Said on stderr when the text has no publication date: nothing that needs one was read.
UNDATED = (
    "note: no --published date and no dateline: dates without a year, weekdays, relative days and "
    "an agreement named without its year were not read (give --published)"
)


def _text(path: str) -> str:
    from iransyria.errors import DataError
    from iransyria.reading import MAX_ARTICLE_BYTES, read_input, read_stream

    # Standard input is named as check names it: 'stdin', not '-'. An article is read under the
    # article cap (locate's and new-source's), not the dataset's.
    name = "stdin" if path == "-" else path
    if path == "-":
        raw = read_stream(sys.stdin.buffer, name, max_bytes=MAX_ARTICLE_BYTES)
    else:
        raw = read_input(Path(path), max_bytes=MAX_ARTICLE_BYTES)
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise DataError([f"{name}: not UTF-8 text (byte {exc.start})"]) from None


def _names(data: Dataset) -> list[tuple[str, str]]:
    """Each record id a reason may name, with the name a reader knows it by; longest id first."""
    pairs = [(a.id, a.name) for a in data.actors]
    pairs += [(a.id, a.title) for a in data.agreements] + [(e.id, e.title) for e in data.events]
    return sorted(pairs, key=lambda pair: -len(pair[0]))


def _lines(reading: Reading, data: Dataset) -> list[str]:
    """Each sentence with a statement, and under it each statement's verdict, words and reason, names not ids."""
    import shutil
    import textwrap

    from iransyria.display import safe_text
    from iransyria.extraction.reader import DRAFTED, READ_HERE

    columns = max(40, shutil.get_terminal_size((100, 24)).columns)
    lines: list[str] = []
    summary = reading.summary()
    lines.append(
        f"{summary['statements']} statements, {summary['claims']} claims: {summary['supported']} supported, "
        f"{summary['contradicted']} contradicted ({summary['article_errors']} the article's own), "
        f"{summary['not-established']} not established, {summary['not-checkable']} not checkable"
    )
    last = None
    names = _names(data)
    for statement in reading.statements:
        if statement.sentence != last:
            lines.append("")
            lines += textwrap.wrap(safe_text(statement.sentence), columns)
            last = statement.sentence
        words = safe_text(reading.text[statement.start : statement.end])
        who = "" if statement.speaker.label == "article" else f" [{safe_text(statement.speaker.label)}]"
        lines += textwrap.wrap(
            f"{statement.verdict.value.upper()}: \u201c{words}\u201d{who}", columns, initial_indent="  ",
            subsequent_indent="    ",
        )  # fmt: skip
        reasons = [(result.verdict.value, result.reason) for result in statement.results]
        if statement.unresolved is not None:
            reasons.append(("unresolved", statement.unresolved))
        for verdict, reason in reasons:
            for record, name in names:
                if record in reason:
                    reason = reason.replace(record, name)
            reason = DRAFTED.sub(READ_HERE, reason)  # a drafted claim's id names no record
            lines += textwrap.wrap(
                f"{verdict}: {safe_text(reason)}",
                columns,
                initial_indent="    - ",
                subsequent_indent="      ",
            )
    return lines


def _files(paths: list[str]) -> list[str]:
    """The article files named: each file as given, each folder's *.txt files in name order."""
    found: list[str] = []
    for path in paths:
        folder = Path(path)
        if path != "-" and folder.is_dir():
            inside = sorted(str(p) for p in folder.iterdir() if p.suffix == ".txt" and p.is_file())
            if not inside:
                raise UsageError(f"{echoed(path)}: no .txt files in this folder")
            found += inside
        else:
            found.append(path)
    return found


def _read_one(path: str, published: str | None) -> tuple[str, list[dict[str, object]], int]:
    """One article of a batch, read in a worker process: its statements as JSON, and its own errors."""
    from iransyria.extraction import read as run
    from iransyria.extraction.output import statement_json

    reading = run(_text(path), published, dataset())
    return path, [statement_json(s) for s in reading.statements], reading.summary()["article_errors"]


def _batch(paths: list[str], published: str | None, jobs: int) -> int:
    """Read many articles (in ``jobs`` processes), one JSON line per statement; the number with errors."""
    import orjson

    if "-" in paths:
        raise UsageError("standard input (-) is read alone, not in a batch of files")
    on_terminal = sys.stderr.isatty()
    with_errors = 0
    results: Any
    if jobs > 1:
        from concurrent.futures import ProcessPoolExecutor

        pool = ProcessPoolExecutor(max_workers=jobs)
        results = pool.map(_read_one, paths, [published] * len(paths))
    else:
        pool = None
        results = (_read_one(path, published) for path in paths)
    try:
        for done, (path, statements, errors) in enumerate(results, 1):
            with_errors += errors > 0
            for statement in statements:
                emit_json(orjson.dumps({"file": path, **statement}), nl=True)
            if on_terminal:
                progress(f"read {done}/{len(paths)} articles", last=done == len(paths))
    finally:
        if pool is not None:
            pool.shutdown(cancel_futures=True)
    return with_errors


@guarded
def read(
    files: Annotated[
        list[str],
        typer.Argument(
            metavar="FILE|DIR|-...",
            help="The article: a UTF-8 text file, or - for stdin; several files or a folder (its *.txt) "
            "make a batch, read with --jsonl.",
        ),
    ],
    published: Annotated[
        str | None,
        typer.Option(
            metavar="EDTF", help="When it was published (2018-08-27, 2020-07): fills in missing years."
        ),
    ] = None,
    json: Annotated[bool, typer.Option("--json", help="Print the reading as one JSON object.")] = False,
    jsonl: Annotated[
        bool, typer.Option("--jsonl", help="Print one JSON object per statement, a line each.")
    ] = False,
    claimreview: Annotated[
        bool,
        typer.Option(
            "--claimreview",
            help="Print one schema.org ClaimReview per judged claim (a list), of exactly the fact it states.",
        ),
    ] = False,
    html: Annotated[
        Path | None,
        typer.Option(
            "--html",
            metavar="OUT.html",
            help="Also write the article with every statement marked by verdict as one self-contained page.",
        ),
    ] = None,
    jobs: Annotated[
        int, typer.Option("--jobs", min=1, metavar="N", help="With a batch: read in N processes.")
    ] = 1,
    url: Url = None,
    date_published: DatePublished = None,
    author: Author = None,
    author_url: AuthorUrl = None,
    appearance: Appearance = None,
    claimed_by: ClaimedBy = None,
) -> None:
    """Find every checkable statement in an article and judge each with verify.

    Each statement has its span in the text, its sentence, who makes it (the
    article or someone it reports), the claims drafted in the dataset's
    format, and verify's verdict with its findings and evidence.
    """
    import orjson

    from iransyria.dates import FuzzyDate
    from iransyria.extraction import read as run
    from iransyria.extraction.output import as_json, claim_reviews, statement_json

    if sum((json, jsonl, claimreview)) > 1:
        raise UsageError("give one of --json, --jsonl and --claimreview")
    when = None
    if published is not None:
        try:
            when = FuzzyDate.parse(published.strip())
        except (ValueError, TypeError) as exc:
            raise UsageError(f"--published {echoed(published)}: {exc}") from None
    published_as = publication(url, date_published, author, author_url, appearance, claimed_by)
    paths = _files(files)
    if len(paths) > 1 or (paths != files):
        if not jsonl or html is not None:
            raise UsageError("a batch (several files or a folder) is read with --jsonl, and without --html")
        raise typer.Exit(1 if _batch(paths, None if when is None else str(when), jobs) else 0)
    text = _text(paths[0])
    data = dataset()
    reading = run(text, when, data)
    title = "standard input" if paths[0] == "-" else Path(paths[0]).name
    if html is not None:
        from iransyria.atomic import write_atomic
        from iransyria.extraction.report import html_report

        try:
            write_atomic(html, html_report(reading, data, f"iransyria read: {title}").encode("utf-8"))
        except OSError as exc:
            raise cannot_write(html, exc) from None
    if json:
        emit_json(orjson.dumps(as_json(reading), option=orjson.OPT_INDENT_2), nl=True)
    elif jsonl:
        for statement in reading.statements:
            emit_json(orjson.dumps(statement_json(statement)), nl=True)
    elif claimreview:
        reviews = claim_reviews(reading, data, title, published_as)
        emit_json(orjson.dumps(reviews, option=orjson.OPT_INDENT_2), nl=True)
    elif html is None:
        say("\n".join(_lines(reading, data)))
    if reading.published is None:  # after the output: a failed --html write is the one message
        say(UNDATED, err=True)
    raise typer.Exit(1 if reading.summary()["article_errors"] else 0)


def register(app: typer.Typer) -> None:
    """Add the ``read`` command to the app."""
    app.command("read", epilog=READ_EXIT_CODES)(read)
