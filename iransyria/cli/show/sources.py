"""``show sources`` and ``show source ID``: the articles, and one with its claims and corrections."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from iransyria.cli.errors import PLAIN_EXIT_CODES, guarded
from iransyria.cli.options import (
    ActorFilter,
    AgreementFilter,
    JsonOption,
    completer,
    listing,
    one,
)
from iransyria.cli.output import say
from iransyria.cli.render import (
    NUMBER,
    WRAP,
    View,
    claim_block,
    correction_block,
    name_of,
    named,
    says,
    source_name,
    standing_text,
    with_id,
)

if TYPE_CHECKING:
    from rich.console import RenderableType
    from rich.text import Text

    from iransyria.dataset import Dataset
    from iransyria.models import Source


__all__ = ["register", "show_source", "show_sources"]


@guarded
def show_sources(
    agreement: AgreementFilter = None,
    actor: ActorFilter = None,
    json: JsonOption = False,
) -> None:
    """The articles: file, title, outlet, publication date, kind and independent origin."""
    from iransyria import queries

    listed = listing(queries.sources, json, {"agreement": agreement, "actor": actor})
    if listed is None:
        return
    data, found = listed
    view = View()
    table = view.table(("outlet and title", WRAP), ("published, kind", WRAP), ("claims", NUMBER))
    for record in found:
        published = record.published if record.published is not None else "unknown"
        about: list[str | Text] = [
            view.text((name_of(data, record.outlet) if record.outlet else "unknown outlet", "bold")),
            record.title,
        ]
        origin = data.origin(record.id)
        if origin != record.id:
            about.append(f"origin: {source_name(data, origin)}")
        about.append(view.text((record.id, "dim cyan")))
        table.add_row(
            view.lines(*about),
            view.lines(f"published: {published}", f"kind: {record.kind.value}", f"file: {record.file}"),
            str(len(data.claims_by_source.get(record.id, ()))),
        )
    view.listing(table, "sources")


@guarded
def show_source(
    id: Annotated[
        str,
        typer.Argument(
            metavar="SOURCE",
            help="A source (an id, or its outlet and title).",
            autocompletion=completer("source"),
        ),
    ],
    json: Annotated[
        bool,
        typer.Option("--json", help="Print the source with its claims and their provenance as a dataset."),
    ] = False,
    text: Annotated[
        bool,
        typer.Option(
            "--text",
            help="The article's own text, every quoted passage numbered, with the claims each backs.",
        ),
    ] = False,
    articles: Annotated[
        Path | None,
        typer.Option(
            "--articles",
            metavar="DIR",
            envvar="IRANSYRIA_ARTICLES",
            help="The folder of article files, for --text.",
        ),
    ] = None,
) -> None:
    """A source: its file, outlet, date and how each is known, what it derives from, and its claims.

    With --text, the article itself (from the articles folder, its SHA-256
    checked): each quoted passage highlighted and numbered ([n]...[/n] in
    plain output), then the claims each passage backs, with their standing.
    """
    from iransyria import queries

    opened = one("source", id, json, lambda data: data.source_index)
    if opened is None:
        return
    data, record = opened
    source_id = record.id
    view = View()
    if text:
        _annotated(view, data, record, articles)
        return
    view.print(with_id(view, source_name(data, record.id), record.id, "bold"))
    view.print()
    rows: list[tuple[str, RenderableType]] = [
        ("file", record.file),
        ("sha256", record.sha256),
        ("outlet", f"{named(data, record.outlet) if record.outlet else 'unknown'}\n{record.outlet_basis}"),
        (
            "published",
            f"{record.published if record.published is not None else 'unknown'}\n{record.published_basis}",
        ),
        ("language", record.language),
        ("kind", record.kind.value),
        (
            "reports",
            "\n".join(
                f"{data.agreement_index[a].title} ({a})" if a in data.agreement_index else a
                for a in record.reports
            )
            or "nothing it is mainly about",
        ),
        ("origin", f"{source_name(data, data.origin(record.id))} ({data.origin(record.id)})"),
    ]
    for derivation in record.derived_from:
        parts = [derivation.kind.value]
        if derivation.actor is not None:
            parts.append(named(data, derivation.actor))
        if derivation.source is not None:
            parts.append(f"{source_name(data, derivation.source)} ({derivation.source})")
        if derivation.note is not None:
            parts.append(f"({derivation.note})")
        rows.append(("derived", " ".join(parts)))
    view.fields(rows)
    made = queries.claims(source=source_id, dataset=data)
    view.heading(f"Claims ({len(made)})")
    for claim in made:
        view.print()
        view.print(view.text(says(data, claim)), 2)
        claim_block(view, data, claim, value=False, indent=4)
    carried = queries.corrections(source=source_id, dataset=data)
    if carried:
        view.heading("Corrections")
        for correction in carried:
            view.print()
            correction_block(view, data, correction, 2)


def _annotated(view: View, data: Dataset, record: Source, articles: Path | None) -> None:
    """The article's text with its passages marked, then each passage's claims and their standing."""
    from iransyria.cli.errors import UsageError
    from iransyria.queries import ArticleError, annotate, mark
    from iransyria.queries.article import markers

    if articles is None:
        raise UsageError(
            "show source --text needs the articles folder: --articles DIR (or IRANSYRIA_ARTICLES)"
        )
    try:
        found = annotate(record.id, data, articles)
    except ArticleError as error:
        raise UsageError(str(error)) from None
    view.print(with_id(view, source_name(data, record.id), record.id, "bold"))
    view.print(
        f"{len(found.passages)} quoted passages cover {found.covered} of {len(found.text)} characters; "
        "what is not marked was not encoded."
    )
    view.print()
    if view.plain:
        say(mark(found).rstrip("\n"))  # the article's own lines, unwrapped, for grep and diff
    else:
        from rich.text import Text

        body = Text()
        position, depth = 0, 0
        for offset, kind, number in markers(found):
            body.append(found.text[position:offset], style="black on yellow" if depth else "")
            body.append(f"[{number}]" if kind == "open" else "", style="bold magenta")
            depth += 1 if kind == "open" else -1
            position = offset
        body.append(found.text[position:])
        view.print(body)
    view.heading("What each passage backs")
    for passage in found.passages:
        rows: list[tuple[str, RenderableType]] = []
        for claim_id in passage.claims:
            claim = data.claim_index[claim_id]
            rows.append(
                (
                    f"[{passage.number}]",
                    view.text(
                        standing_text(claim.standing),
                        "  ",
                        says(data, claim),
                        (f"  {claim.id}", "dim"),
                    ),
                )
            )
        for correction_id in passage.corrections:
            rows.append(
                (f"[{passage.number}]", view.text("evidence for correction ", (correction_id, "bold")))
            )
        view.fields(rows)
    if found.missing:
        view.heading("Quoted but not found in the article")
        view.print("\n".join(found.missing))


def register(app: typer.Typer) -> None:
    """Add ``show sources`` and ``show source ID`` to the ``show`` group."""
    app.command("sources", epilog=PLAIN_EXIT_CODES)(show_sources)
    app.command("source", epilog=PLAIN_EXIT_CODES)(show_source)
