"""``show claims`` and ``show claim ID``: who says what, and one claim's whole provenance."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from iransyria.cli.errors import PLAIN_EXIT_CODES, guarded
from iransyria.cli.options import (
    AgreementFilter,
    IdsOption,
    JsonOption,
    PredicateName,
    SourceFilter,
    StandingName,
    completer,
    listing,
    one,
    record_filter,
)
from iransyria.cli.output import say
from iransyria.cli.render import (
    WRAP,
    View,
    attribution_text,
    correction_block,
    cut,
    named,
    quoted,
    said,
    short_source,
    source_name,
    standing_text,
    subject_name,
    value_text,
)

if TYPE_CHECKING:
    from collections.abc import Sequence

    from rich.console import RenderableType

    from iransyria.dataset import Dataset
    from iransyria.models import Claim


__all__ = ["register", "show_claim", "show_claims"]


@guarded
def show_claims(
    source: SourceFilter = None,
    agreement: AgreementFilter = None,
    actor: Annotated[
        str | None,
        record_filter("actor", "Only those about this actor (subject or value)."),
    ] = None,
    standing: Annotated[
        StandingName | None,
        typer.Option("--standing", case_sensitive=False, help="Only those with this standing."),
    ] = None,
    predicate: Annotated[
        PredicateName | None,
        typer.Option("--predicate", case_sensitive=False, help="Only those with this predicate."),
    ] = None,
    long: Annotated[
        bool, typer.Option("--long", help="The full view: every claim's whole text, wrapped, with its ids.")
    ] = False,
    ids: IdsOption = False,
    json: JsonOption = False,
) -> None:
    """Claims: who says what about whom, in which source, with what standing; one line each.

    Each line is cut at a word to fit the terminal; `--long` shows every
    claim in full, `--ids` adds each claim's id (for `show claim ID`).
    """
    from iransyria import queries
    from iransyria.models import Predicate, Standing

    listed = listing(
        queries.claims,
        json,
        {"source": source, "agreement": agreement, "actor": actor},
        standing=None if standing is None else Standing(standing.lower()),
        predicate=None if predicate is None else Predicate(predicate.lower()),
    )
    if listed is None:
        return
    data, found = listed
    view = View()
    if not long:
        _compact(view, data, found, ids)
        return
    table = view.table(("claim, subject, source", WRAP), ("says", WRAP), ("standing", {"no_wrap": True}))
    for claim in found:
        table.add_row(
            view.lines(
                view.text((subject_name(data, claim.subject), "bold")),
                source_name(data, claim.source),
                view.text((claim.id, "dim cyan")),
            ),
            view.lines(view.text((claim.predicate.value, "bold")), value_text(data, claim.value)),
            view.text(standing_text(claim.standing)),
        )
    view.listing(table, "claims")


def _compact(view: View, data: Dataset, found: Sequence[Claim], ids: bool) -> None:
    """One line per claim: subject, what it says (with its standing unless accepted), source.

    Each cell is cut after a whole word to fit the terminal: a date or a
    name is never split.
    """
    from iransyria.models import Standing

    if not found:
        say("no claims match", err=True)
        return
    subjects = [subject_name(data, c.subject) for c in found]
    sources = [short_source(data, c.source) for c in found]
    says = [f"{c.predicate.value}: {said(data, c)}" for c in found]
    widths = [min(max(map(len, subjects)), 22), 0, min(max(map(len, sources)), 18)]
    if ids:
        widths.insert(0, max(len(c.id) for c in found))
    widths[-2] = max(view.console.width - sum(widths) - 2 * (len(widths) - 1), 16)
    for row, claim in enumerate(found):
        line = view.text()
        if ids:
            line.append(claim.id.ljust(widths[0]) + "  ", style=view.style("dim cyan"))
        line.append(cut(subjects[row], widths[-3]).ljust(widths[-3]) + "  ", style=view.style("bold"))
        room = widths[-2]
        if claim.standing is not Standing.ACCEPTED:
            standing, style = standing_text(claim.standing)
            tag = f"[{standing}] "
            line.append(tag, style=view.style(style))
            room -= len(tag)
        text = cut(says[row], room)
        line.append(text.ljust(room) + "  ")
        line.append(cut(sources[row], widths[-1]), style=view.style("dim"))
        view.print(line)


@guarded
def show_claim(
    id: Annotated[
        str, typer.Argument(metavar="CLAIM", help="A claim id (any case).", autocompletion=completer("claim"))
    ],
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
        ("source", f"{source_name(data, claim.source)} ({claim.source})"),
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
    app.command("claims", epilog=PLAIN_EXIT_CODES)(show_claims)
    app.command("claim", epilog=PLAIN_EXIT_CODES)(show_claim)
