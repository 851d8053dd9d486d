"""``show claims`` and ``show claim ID``: who says what, and one claim's whole provenance."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from iransyria.cli.errors import guarded
from iransyria.cli.options import AgreementFilter, JsonOption, SourceFilter, dataset, one, optional
from iransyria.cli.render import (
    ID,
    WRAP,
    View,
    attribution_text,
    correction_block,
    emit_json,
    named,
    quoted,
    standing_text,
    value_text,
)
from iransyria.models import Predicate, Standing

if TYPE_CHECKING:
    from rich.console import RenderableType


__all__ = ["register", "show_claim", "show_claims"]


@guarded
def show_claims(
    source: SourceFilter = None,
    agreement: AgreementFilter = None,
    actor: Annotated[
        str | None,
        typer.Option("--actor", metavar="ID", help="Only those about this actor (subject or value)."),
    ] = None,
    standing: Annotated[
        Standing | None,
        typer.Option("--standing", case_sensitive=False, help="Only those with this standing."),
    ] = None,
    predicate: Annotated[
        Predicate | None,
        typer.Option("--predicate", case_sensitive=False, help="Only those with this predicate."),
    ] = None,
    json: JsonOption = False,
) -> None:
    """Claims: who says what about whom, in which source, with what standing."""
    from iransyria import queries

    data = dataset()
    found = queries.claims(
        source=optional("source", source, data),
        agreement=optional("agreement", agreement, data),
        actor=optional("actor", actor, data),
        standing=standing,
        predicate=predicate,
        dataset=data,
    )
    if json:
        emit_json(list(found))
        return
    view = View()
    table = view.table(("claim, subject, source", ID), ("says", WRAP), ("standing", {"no_wrap": True}))
    for claim in found:
        table.add_row(
            view.lines(view.text((claim.id, "bold cyan")), claim.subject, claim.source),
            view.lines(view.text((claim.predicate.value, "bold")), value_text(data, claim.value)),
            view.text(standing_text(claim.standing)),
        )
    view.listing(table, "claims")


@guarded
def show_claim(
    id: Annotated[str, typer.Argument(metavar="ID", help="A claim id (any case).")],
    json: Annotated[
        bool,
        typer.Option("--json", help="Print the claim with its source, corrections and actors as a dataset."),
    ] = False,
) -> None:
    """A claim's whole provenance: article file, outlet, attribution, quote, inferences, corrections."""
    from iransyria import queries

    opened = one("claim", id, json, lambda data: data.claim_index)
    if opened is None:
        return
    data, claim = opened
    claim_id = claim.id
    view = View()
    source = data.source(claim.source)
    view.print(view.text((claim.id, "bold cyan"), "  ", standing_text(claim.standing)))
    view.print()
    subject = named(data, claim.subject)
    rows: list[tuple[str, RenderableType]] = [
        ("subject", subject),
        ("predicate", claim.predicate.value),
        ("value", value_text(data, claim.value)),
        ("source", claim.source),
    ]
    if source is not None:
        rows += [
            ("file", source.file),
            ("title", source.title),
            (
                "outlet",
                f"{named(data, source.outlet) if source.outlet else 'unknown'}: {source.outlet_basis}",
            ),
            ("published", str(source.published) if source.published is not None else "unknown"),
            ("origin", data.origin(source.id)),
        ]
    rows += [("attribution", attribution_text(data, claim.attribution)), ("quote", quoted(claim.quote))]
    rows.extend(("inferred", f"{i.part}: {i.how}") for i in claim.inferences)
    if claim.reason is not None:
        rows.append(("reason", claim.reason))
    view.fields(rows)
    found = queries.corrections(claim=claim_id, dataset=data)
    if found:
        view.heading("Corrections")
        for correction in found:
            view.print()
            correction_block(view, data, correction, 2)


def register(app: typer.Typer) -> None:
    """Add ``show claims`` and ``show claim ID`` to the ``show`` group."""
    app.command("claims")(show_claims)
    app.command("claim")(show_claim)
