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
from iransyria.cli.output import field, say
from iransyria.cli.render import (
    WRAP,
    View,
    attribution_text,
    correction_block,
    cut,
    named,
    on_terminal,
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
    from rich.text import Text

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

    Under a header row. On a terminal each line is cut at a word to fit it;
    into a pipe or a file every line is whole. `--long` shows every claim in
    full, wrapped; `--ids` adds each claim's id (for `show claim ID`).
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
    """One line per claim under a header row: subject, what it says (with its standing unless accepted), source.

    On a terminal each cell is cut after a whole word to fit its width (a date
    or a name is never split); into a pipe or a file every line is whole, for
    grep and cut, whatever the width.
    """
    from iransyria.models import Standing

    if not found:
        say("no claims match", err=True)
        return
    fit = on_terminal()
    subjects = [subject_name(data, c.subject) for c in found]
    sources = [short_source(data, c.source, 24 if fit else None) for c in found]
    says = [
        ("" if c.standing is Standing.ACCEPTED else f"[{standing_text(c.standing)[0]}] ")
        + f"{c.predicate.value}: {said(data, c)}"
        for c in found
    ]
    if not fit:  # whole, but each value at most a few kilobytes (--json gives them all)
        subjects, says, sources = ([field(cell) for cell in column] for column in (subjects, says, sources))
    header = ["subject", "says", "source"]
    if fit:
        widths = [min(max(map(len, subjects)), 22), 0, min(max(map(len, sources)), 18)]
    else:
        widths = [max(map(len, [header[0], *subjects])), max(map(len, says)), 0]
    if ids:
        header.insert(0, "claim")
        widths.insert(0, max(len(c.id) for c in found))
    if fit:
        widths[-2] = max(view.console.width - sum(widths) - 2 * (len(widths) - 1), 16)
    show = view.print if fit else _whole
    show(
        view.text(
            (
                "  ".join(name.ljust(width) for name, width in zip(header, widths, strict=True)).rstrip(),
                "bold",
            )
        )
    )
    for row, claim in enumerate(found):
        line = view.text()
        if ids:
            line.append(claim.id.ljust(widths[0]) + "  ", style=view.style("dim cyan"))
        subject = cut(subjects[row], widths[-3]) if fit else subjects[row]
        line.append(subject.ljust(widths[-3]) + "  ", style=view.style("bold"))
        padded = (cut(says[row], widths[-2]) if fit else says[row]).ljust(widths[-2]) + "  "
        if claim.standing is not Standing.ACCEPTED:
            standing, style = standing_text(claim.standing)
            tag = f"[{standing}]"
            line.append(tag, style=view.style(style))
            padded = padded[len(tag) :]
        line.append(padded)
        line.append(cut(sources[row], widths[-1]) if fit else sources[row], style=view.style("dim"))
        show(line)


def _whole(line: Text) -> None:
    """A line printed whole, however wide: not to a terminal, so plain (the console would wrap it)."""
    say(line.plain.rstrip())


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
