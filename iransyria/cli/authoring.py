"""``new-source`` and ``locate``: start a new article's dataset file, and find a quote's place in an article."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated

import typer

from iransyria.cli.errors import (
    EXIT_FINDINGS,
    LOCATE_EXIT_CODES,
    PLAIN_EXIT_CODES,
    UsageError,
    cannot_write,
    guarded,
)
from iransyria.cli.options import data_name, dataset
from iransyria.cli.output import emit_json as write_json
from iransyria.cli.output import say
from iransyria.cli.render import emit_json

__all__ = ["locate", "new_source", "register"]

_Article = Annotated[
    Path,
    typer.Argument(
        metavar="ARTICLE", exists=True, dir_okay=False, readable=True, help="The article's text file (UTF-8)."
    ),
]


def _read(article: Path) -> str:
    from iransyria.authoring import read_article

    try:
        return read_article(article)[1]
    except ValueError as exc:
        raise UsageError(str(exc)) from None


#: What gave each field of the new source, for a message about it: its option, or the article (the
#: file's name and hash). A field no option gives is named by its path in the file.
_GIVEN_BY = {
    "id": "--id",
    "title": "--title",
    "outlet": "--outlet",
    "published": "--published",
    "language": "--language",
    "url": "--url",
    "file": "ARTICLE",
    "sha256": "ARTICLE",
}


@guarded
def new_source(
    article: _Article,
    id: Annotated[str, typer.Option("--id", metavar="ID", help="The new source's id: src-...")],
    title: Annotated[str, typer.Option("--title", help="The article's headline.")],
    outlet: Annotated[
        str | None, typer.Option("--outlet", metavar="ID", help="The outlet's actor id, if known.")
    ] = None,
    published: Annotated[
        str | None, typer.Option("--published", metavar="DATE", help="The publication date (EDTF), if known.")
    ] = None,
    language: Annotated[str, typer.Option("--language", metavar="CODE", help="ISO 639 code.")] = "en",
    url: Annotated[str | None, typer.Option("--url", help="Where the article was published online.")] = None,
    out: Annotated[
        Path | None,
        typer.Option(
            "--out", "-o", metavar="FILE", help="Write here (never over an existing file) instead of stdout."
        ),
    ] = None,
) -> None:
    """A new source's dataset file: the article's SHA-256 and file name, an empty claims list, and fields marked `FILL IN:`.

    Fill in the `FILL IN:` bases (rule IS806 warns while any is left), add
    claims with quotes `locate` finds, and use the file with `--data FILE`.
    """
    from iransyria.atomic import write_atomic
    from iransyria.authoring import new_source as skeleton
    from iransyria.dates import FuzzyDate
    from iransyria.errors import InvalidField
    from iransyria.serialization import dumps

    try:
        date = None if published is None else FuzzyDate.parse(published)
        made = skeleton(article, id, title, outlet=outlet, published=date, language=language, url=url)
    except InvalidField as exc:
        # Not '--' + the field's name: the article's name is the field 'file', and no --file exists.
        raise UsageError(f"{_GIVEN_BY.get(exc.field, f'sources[0].{exc.field}')}: {exc}") from None
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    clash = dataset().source_index.get(made.sources[0].id)
    if clash is not None:
        # Merged with the shipped data (or --data), the new file would clash with a source already there.
        raise UsageError(
            f"--id: {clash.id} is already a source in {data_name()} ({clash.title}): choose another id"
        )
    data = dumps(made)
    if out is None:
        write_json(data)
        return
    taken = f"{out}: already exists; new-source never overwrites (it may hold your claims)"
    if os.path.lexists(out):  # a dangling symlink too: writing through it would write elsewhere
        raise UsageError(taken)
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(out, data, exclusive=True)  # of two runs racing for the name, one writes
    except FileExistsError:
        raise UsageError(taken) from None
    except OSError as exc:
        raise cannot_write(out, exc) from None
    say(f"wrote {id} to {out}: fill in the fields marked FILL IN:, then add claims", err=True)


@guarded
def locate(
    article: _Article,
    quote: Annotated[str, typer.Argument(help="The words to find, exactly as the claim will quote them.")],
    json: Annotated[
        bool, typer.Option("--json", help="Print the location as JSON and nothing else.")
    ] = False,
) -> None:
    """Where a quote is in an article, in characters; or the nearest passage and what differs. Exit 1 if not verbatim.

    The article is a regular UTF-8 file of at most 4 MiB. A quote of at most
    2,000 characters that is not there verbatim is looked for near: 16 of its
    pieces probe the article and only a window around where most fall is
    compared, so the cost grows with the article's length, not its square.
    """
    from iransyria.authoring import locate as find

    place = find(_read(article), quote)
    if json:
        emit_json(place)
    elif place.exact:
        times = "" if place.occurrences == 1 else f" (first of {place.occurrences} occurrences)"
        say(f"found at characters {place.start}-{place.end}{times}: offset {place.start}")
    elif place.start < 0:
        say(f"not in {article}, and nothing in it is near")
    else:
        say(
            f"not in {article} verbatim; nearest at characters {place.start}-{place.end} "
            f"({place.ratio:.0%} alike): {place.found!r}"
        )
        for line in place.differences:
            say(f"  {line}")
    if not place.exact:
        raise typer.Exit(EXIT_FINDINGS)


def register(app: typer.Typer) -> None:
    """Add the ``new-source`` and ``locate`` commands to the app."""
    app.command("new-source", epilog=PLAIN_EXIT_CODES)(new_source)
    app.command("locate", epilog=LOCATE_EXIT_CODES)(locate)
