"""``show sources`` and ``show source ID``: the articles, and one with its claims and corrections."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from iransyria.cli.errors import guarded
from iransyria.cli.options import ActorFilter, AgreementFilter, JsonOption, completer, dataset, one, optional
from iransyria.cli.render import (
    ID,
    NUMBER,
    WRAP,
    View,
    claim_block,
    correction_block,
    emit_json,
    name_of,
    named,
    says,
)

if TYPE_CHECKING:
    from rich.console import RenderableType
    from rich.text import Text


__all__ = ["register", "show_source", "show_sources"]


@guarded
def show_sources(
    agreement: AgreementFilter = None,
    actor: ActorFilter = None,
    json: JsonOption = False,
) -> None:
    """The articles: file, title, outlet, publication date, kind and independent origin."""
    from iransyria import queries

    data = dataset()
    found = queries.sources(
        agreement=optional("agreement", agreement, data),
        actor=optional("actor", actor, data),
        dataset=data,
    )
    if json:
        emit_json(list(found))
        return
    view = View()
    table = view.table(("source", ID), ("title, outlet", WRAP), ("claims", NUMBER))
    for record in found:
        published = record.published if record.published is not None else "unknown"
        about: list[str | Text] = [
            view.text((record.title, "bold")),
            f"outlet: {name_of(data, record.outlet)}",
        ]
        origin = data.origin(record.id)
        if origin != record.id:
            about.append(f"origin: {origin}")
        table.add_row(
            view.lines(
                view.text((record.id, "bold cyan")),
                f"file: {record.file}",
                f"published: {published}",
                f"kind: {record.kind.value}",
            ),
            view.lines(*about),
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
) -> None:
    """A source: its file, outlet, date and how each is known, what it derives from, and its claims."""
    from iransyria import queries

    opened = one("source", id, json, lambda data: data.source_index)
    if opened is None:
        return
    data, record = opened
    source_id = record.id
    view = View()
    view.print(view.text((record.id, "bold cyan")))
    view.print(view.text(record.title))
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
        ("origin", data.origin(record.id)),
    ]
    for derivation in record.derived_from:
        parts = [derivation.kind.value]
        if derivation.actor is not None:
            parts.append(named(data, derivation.actor))
        if derivation.source is not None:
            parts.append(derivation.source)
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


def register(app: typer.Typer) -> None:
    """Add ``show sources`` and ``show source ID`` to the ``show`` group."""
    app.command("sources")(show_sources)
    app.command("source")(show_source)
