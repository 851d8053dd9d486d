"""``show agreements`` and ``show agreement ID``: the agreements, and one with the claims behind each field."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from iransyria.cli.errors import PLAIN_EXIT_CODES, guarded
from iransyria.cli.options import JsonOption, completer, listing, one, record_filter
from iransyria.cli.render import (
    WRAP,
    View,
    agreement_name,
    claim_block,
    conflict_block,
    name_of,
    named,
    position_text,
    reference_rows,
    source_name,
    value_text,
    with_id,
)

if TYPE_CHECKING:
    from rich.text import Text

    from iransyria.dataset import Dataset
    from iransyria.rules import Dispute

__all__ = ["register", "show_agreement", "show_agreements"]


@guarded
def show_agreements(
    actor: Annotated[
        str | None,
        record_filter("actor", "Only those the actor is party to or signed (an id, name or any spelling)."),
    ] = None,
    source: Annotated[
        str | None,
        record_filter(
            "source", "Only those the source mainly reports (its `reports`; an id, or its outlet and title)."
        ),
    ] = None,
    mentioned: Annotated[
        bool,
        typer.Option("--mentioned", help="With --source: also every agreement the source mentions."),
    ] = False,
    json: JsonOption = False,
) -> None:
    """One row per agreement: title, date, place, kind, sources, parties, signatories with office, disputed.

    'sources' counts independent origins (a translation counts with its
    original); 'disputed' says what is contested and how it stands (for
    example "signatory's office misreported by 1 source; corrected"),
    from the claims' standings and the rules `check` runs, or 'no'.
    """
    from iransyria import queries
    from iransyria.rules import disputes, summary, validate

    if mentioned and source is None:
        from iransyria.cli.errors import UsageError

        raise UsageError("--mentioned goes with --source")
    listed = listing(queries.agreements, json, {"actor": actor, "source": source}, mentioned=mentioned)
    if listed is None:
        return
    data, found = listed
    view = View()
    table = view.table(
        ("agreement", WRAP),
        ("parties and signatories", WRAP),
        ("disputed", WRAP),
    )
    violations = validate(data)
    for record in found:
        about = view.lines(
            view.text((record.title, "bold")),
            f"signed: {record.signed if record.signed is not None else 'unknown'}",
            f"place: {record.place or 'unknown'}",
            f"kind: {record.kind.value}",
            f"sources: {len(queries.corroboration(record.id, data))} independent",
            view.text((record.id, "dim cyan")),
        )
        who = view.lines(
            "parties: " + ", ".join(name_of(data, party) for party in record.parties),
            *(f"{name_of(data, s.actor)} ({position_text(data, s.position)})" for s in record.signatories),
        )
        found_disputes = disputes(record.id, data, violations)
        table.add_row(
            about,
            who,
            view.text((summary(found_disputes), "yellow" if found_disputes else "")),
        )
    view.listing(table, "agreements")


def _dispute_line(view: View, dispute: Dispute) -> Text:
    """'signatory's office misreported by 1 source; corrected', with the claims concerned."""
    claims = f" ({', '.join(dispute.claims)})" if dispute.claims else ""
    return view.text((dispute.label, "green" if dispute.settled else "yellow"), (claims, "dim"))


def _unresolved(data: Dataset, agreement_id: str, field: str) -> str:
    """'unknown', with the best value reported for the field where there is one."""
    from iransyria.queries import best_value

    reported = best_value(agreement_id, field, data)
    if reported is None:
        return "unknown"
    return f"unknown (reported: {value_text(data, reported.best.value)}, {reported.best.standing.value})"


@guarded
def show_agreement(
    id: Annotated[
        str,
        typer.Argument(
            metavar="AGREEMENT",
            help="An agreement: its id (any case), or words of its title or date ('2018 military').",
            autocompletion=completer("agreement"),
        ),
    ],
    json: Annotated[
        bool,
        typer.Option(
            "--json",
            help="Print the agreement with its claims, corrections, sources and actors as a dataset.",
        ),
    ] = False,
) -> None:
    """An agreement's fields with the claims behind each, its conflicts and corrections, related agreements."""
    from iransyria import queries
    from iransyria.models import Predicate

    opened = one("agreement", id, json, lambda data: data.agreement_index)
    if opened is None:
        return
    data, record = opened
    agreement_id = record.id
    from iransyria.rules import disputes

    view = View()
    view.print(with_id(view, record.title, record.id, "bold"))
    origins = queries.corroboration(agreement_id, data)
    found_disputes = disputes(agreement_id, data)
    related = queries.related(agreement_id, data)
    view.print()
    view.fields(
        [
            ("kind", record.kind.value),
            (
                "signed",
                str(record.signed)
                if record.signed is not None
                else _unresolved(data, agreement_id, "signed"),
            ),
            ("place", record.place or _unresolved(data, agreement_id, "place")),
            ("parties", "\n".join(named(data, party) for party in record.parties)),
            (
                "signatories",
                "\n".join(
                    f"{named(data, s.actor)}: {position_text(data, s.position)}, for {name_of(data, s.party)}"
                    for s in record.signatories
                )
                or "unknown",
            ),
            ("provisions", "\n".join(f"- {p}" for p in record.provisions) or "none reported"),
            (
                "related",
                "\n".join(
                    f"{agreement_name(data, r.agreement)} ({r.agreement}) is {r.kind.value} this one"
                    if r.inverse
                    else f"{r.kind.value} {agreement_name(data, r.agreement)} ({r.agreement})"
                    for r in related
                )
                or "none",
            ),
            (
                "sources",
                f"{len(origins)} independent:\n" + "\n".join(f"{source_name(data, o)} ({o})" for o in origins)
                if origins
                else "none",
            ),
            (
                "disputed",
                view.lines(*(_dispute_line(view, d) for d in found_disputes)) if found_disputes else "no",
            ),
            *reference_rows(data, agreement_id),
        ]
    )

    view.heading("Claims behind each field")
    for field in queries.FIELDS:
        resolutions = queries.resolve(agreement_id, field, data)
        if not resolutions:
            continue
        view.print()
        view.print(view.text((field, "bold")))
        for resolution in resolutions:
            best = resolution.best
            view.print(
                view.text(
                    (value_text(data, best.value), "bold"),
                    f"  ({best.standing.value}; {len(best.origins)} independent "
                    f"origin{'s' if len(best.origins) != 1 else ''})",
                ),
                2,
            )
            for claim_id in best.claims:
                claim_block(view, data, data.claim_index[claim_id], value=False, indent=4)
            for alternative in resolution.alternatives:
                verdict = (
                    "disagrees" if set(alternative.claims) & set(resolution.disagreeing) else "compatible"
                )
                view.print(
                    view.text(
                        "also reported: ",
                        (value_text(data, alternative.value), "bold"),
                        f"  ({alternative.standing.value}; {verdict})",
                    ),
                    4,
                )
                for claim_id in alternative.claims:
                    claim_block(view, data, data.claim_index[claim_id], value=False, indent=6)

    others = queries.claims(agreement=agreement_id, predicate=Predicate.NOT_REPORTED_BY, dataset=data)
    if others:
        view.heading("Not reported by")
        for claim in others:
            view.print()
            claim_block(view, data, claim, value=True, indent=2)

    found = (
        *queries.conflicts(agreement=agreement_id, dataset=data),
        *queries.signatory_conflicts(agreement_id, data),
    )
    view.heading("Conflicts and corrections")
    if not found:
        view.print("none")
    for conflict in found:
        view.print()
        conflict_block(view, data, conflict, 2)


def register(app: typer.Typer) -> None:
    """Add ``show agreements`` and ``show agreement ID`` to the ``show`` group."""
    app.command("agreements", epilog=PLAIN_EXIT_CODES)(show_agreements)
    app.command("agreement", epilog=PLAIN_EXIT_CODES)(show_agreement)
