"""``show corrections`` and ``show correction ID``: the publishers' and the dataset's corrections."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from iransyria.cli.errors import PLAIN_EXIT_CODES, guarded
from iransyria.cli.options import JsonOption, completer, listing, one, record_filter
from iransyria.cli.render import ID, WRAP, View, claim_block, correction_block, quoted, says

if TYPE_CHECKING:
    from rich.text import Text


__all__ = ["register", "show_correction", "show_corrections"]


@guarded
def show_corrections(
    source: Annotated[
        str | None,
        record_filter("source", "Only those the source carries, or of its claims."),
    ] = None,
    agreement: Annotated[
        str | None,
        record_filter("agreement", "Only those of claims about this agreement."),
    ] = None,
    actor: Annotated[
        str | None,
        record_filter("actor", "Only those of claims about this actor."),
    ] = None,
    json: JsonOption = False,
) -> None:
    """Corrections: the publishers' own and this dataset's editorial ones, with what they correct."""
    from iransyria import queries

    listed = listing(queries.corrections, json, {"source": source, "agreement": agreement, "actor": actor})
    if listed is None:
        return
    _, found = listed
    view = View()
    table = view.table(("correction, claim", ID), ("before / after / reason", WRAP))
    for correction in found:
        ids: list[str | Text] = [
            view.text((correction.id, "bold cyan")),
            correction.kind.value,
            correction.target,
        ]
        if correction.replacement is not None:
            ids.append(f"-> {correction.replacement}")
        table.add_row(
            view.lines(*ids),
            view.lines(
                f"before: {quoted(correction.before)}",
                f"after: {quoted(correction.after)}",
                correction.reason,
            ),
        )
    view.listing(table, "corrections")


@guarded
def show_correction(
    id: Annotated[
        str,
        typer.Argument(
            metavar="CORRECTION", help="A correction id (any case).", autocompletion=completer("correction")
        ),
    ],
    json: Annotated[
        bool, typer.Option("--json", help="Print the correction with the claims it concerns as a dataset.")
    ] = False,
) -> None:
    """A correction, the claim it corrects and the claim that replaces it."""
    opened = one("correction", id, json, lambda data: data.correction_index)
    if opened is None:
        return
    data, correction = opened
    view = View()
    correction_block(view, data, correction, 0)
    for heading, claim_id in (("Corrects", correction.target), ("Replaced by", correction.replacement)):
        claim = data.claim(claim_id) if claim_id is not None else None
        if claim is not None:
            view.heading(heading)
            view.print(view.text(says(data, claim)), 2)
            claim_block(view, data, claim, value=False, indent=2)


def register(app: typer.Typer) -> None:
    """Add ``show corrections`` and ``show correction ID`` to the ``show`` group."""
    app.command("corrections", epilog=PLAIN_EXIT_CODES)(show_corrections)
    app.command("correction", epilog=PLAIN_EXIT_CODES)(show_correction)
