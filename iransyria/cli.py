"""The ``iransyria`` command line: a thin layer over :mod:`iransyria.queries`.

Human output is rich tables and label/value blocks that fit 80 columns; it is
plain (no colour, ASCII rules) when stdout is not a terminal or ``NO_COLOR``
is set. ``--json`` prints only the records, through the library's converter,
in the export's shapes. Diagnostics go to stderr. Exit codes: 0 success; 1
``check`` found errors (or warnings, with ``--strict``); 2 bad usage, an
unknown id, or input that cannot be read.

Start-up stays light: rich, orjson's output path and the shipped dataset
load inside the commands that use them.
"""

from __future__ import annotations

import functools
import os
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, ParamSpec, TypeVar

import typer

from iransyria.errors import DataError
from iransyria.models import (
    Actor,
    ActorKind,
    ActorValue,
    Agreement,
    Attribution,
    Claim,
    ClaimValue,
    Correction,
    Position,
    Predicate,
    Source,
    Standing,
)

if TYPE_CHECKING:
    from rich.console import Console, RenderableType
    from rich.table import Table
    from rich.text import Text

    from iransyria.dataset import Dataset
    from iransyria.queries import Conflict

__all__ = ["app", "main"]

EXIT_FINDINGS = 1
EXIT_USAGE = 2

EXIT_CODES = (
    "Exit codes: 0 success; 1 check found errors (or warnings, with --strict); "
    "2 bad usage, unknown id, or unreadable input (problems on stderr)."
)

app = typer.Typer(
    name="iransyria",
    help="Query and check the Iran–Syria military agreements dataset: every value traced to its sources.",
    epilog=EXIT_CODES,
    no_args_is_help=True,
    add_completion=True,
)
show_app = typer.Typer(
    help="Show records: agreements, actors, sources, claims, corrections.",
    epilog=EXIT_CODES,
    no_args_is_help=True,
)
app.add_typer(show_app, name="show")

_P = ParamSpec("_P")
_T = TypeVar("_T")
_R = TypeVar("_R", Source, Actor, Agreement, Claim, Correction)


# --------------------------------------------------------------------------- errors and the dataset


class _UsageError(Exception):
    """A problem with what the user asked for: reported on stderr, exit 2."""


def _guarded(command: Callable[_P, _T]) -> Callable[_P, _T]:
    """Report data errors and unknown ids as lines on stderr and exit 2, without a traceback."""

    @functools.wraps(command)
    def run(*args: _P.args, **kwargs: _P.kwargs) -> _T:
        try:
            return command(*args, **kwargs)
        except DataError as exc:
            for problem in exc.problems:
                typer.echo(problem, err=True)
            raise typer.Exit(EXIT_USAGE) from None
        except _UsageError as exc:
            typer.echo(str(exc), err=True)
            raise typer.Exit(EXIT_USAGE) from None

    return run


_data_file: Path | None = None


@app.callback()
def _root(
    data: Annotated[
        Path | None,
        typer.Option(
            "--data",
            metavar="FILE",
            help="Query this dataset JSON file (an export) instead of the shipped dataset.",
        ),
    ] = None,
) -> None:
    """Query and check the Iran–Syria military agreements dataset: every value traced to its sources."""
    global _data_file
    _data_file = data


def _dataset() -> Dataset:
    if _data_file is not None:
        from iransyria.serialization import load

        return load(_data_file)
    from iransyria.dataset import shipped

    return shipped()


def _resolve(kind: str, wanted: str, ids: Iterable[str]) -> str:
    """The id ``wanted`` names, in any case; or exit 2 suggesting what was meant."""
    from iransyria.queries import match_id, suggest

    ids = tuple(ids)
    found = match_id(wanted, ids)
    if found is not None:
        return found
    close = suggest(wanted, ids)
    if close:
        hint = close[0] if len(close) == 1 else f"{', '.join(close[:-1])} or {close[-1]}"
        raise _UsageError(f'no {kind} "{wanted}": did you mean {hint}?')
    raise _UsageError(f'no {kind} "{wanted}" (see `iransyria show {kind}s`)')


def _optional(kind: str, wanted: str | None, ids: Iterable[str]) -> str | None:
    return None if wanted is None else _resolve(kind, wanted, ids)


def _one(
    kind: str, wanted: str, json: bool, table: Callable[[Dataset], Mapping[str, _R]]
) -> tuple[Dataset, _R] | None:
    """The opening of every ``show <record> ID``: the record the id names, in any case, and its dataset.

    An unknown id exits 2 with a suggestion. With ``--json`` the record's
    provenance (:func:`iransyria.queries.excerpt`) is printed and None returned:
    the command has nothing more to do.
    """
    from iransyria import queries

    data = _dataset()
    index = table(data)
    record = index[_resolve(kind, wanted, index)]
    if json:
        selection: dict[str, Any] = {f"{kind}s": [record.id]}
        _emit_json(queries.excerpt(**selection, dataset=data))
        return None
    return data, record


# --------------------------------------------------------------------------- output


def _emit_json(value: Any) -> None:
    """Write the JSON form of records to stdout, through the library's converter."""
    from iransyria.serialization import to_json

    typer.echo(to_json(value), nl=False)


def _plain() -> bool:
    """Plain output: stdout is not a terminal, or NO_COLOR is set."""
    return bool(os.environ.get("NO_COLOR")) or not sys.stdout.isatty()


def _console() -> Console:
    from rich.console import Console

    plain = _plain()
    return Console(
        highlight=False,
        emoji=False,
        markup=False,
        no_color=plain,
        color_system=None if plain else "auto",
        soft_wrap=False,
    )


class _View:
    """Human output: headings, label/value blocks, indented text and tables."""

    def __init__(self) -> None:
        self.plain = _plain()
        self.console = _console()

    def style(self, name: str) -> str:
        return "" if self.plain else name

    def text(self, *parts: str | tuple[str, str]) -> Text:
        from rich.text import Text

        out = Text()
        for part in parts:
            if isinstance(part, tuple):
                out.append(part[0], style=self.style(part[1]))
            else:
                out.append(part)
        return out

    def print(self, renderable: RenderableType = "", indent: int = 0) -> None:
        if indent:
            from rich.padding import Padding

            renderable = Padding(renderable, (0, 0, 0, indent))
        if not self.plain:
            self.console.print(renderable, crop=False)
            return
        # Plain output: no padding at line ends, so it greps and diffs cleanly.
        with self.console.capture() as captured:
            self.console.print(renderable, crop=False)
        lines = captured.get().split("\n")
        if lines and lines[-1] == "":
            lines.pop()
        typer.echo("\n".join(line.rstrip() for line in lines))

    def heading(self, title: str) -> None:
        self.print()
        self.print(self.text((title, "bold underline")))

    def fields(self, rows: Sequence[tuple[str, RenderableType]], indent: int = 0) -> None:
        """Label/value rows; values wrap, labels do not."""
        from rich.table import Table

        grid = Table.grid(padding=(0, 2))
        grid.add_column(no_wrap=True, style=self.style("bold"))
        grid.add_column(overflow="fold")
        for label, value in rows:
            grid.add_row(label, value)
        self.print(grid, indent)

    def table(self, *columns: tuple[str, Mapping[str, Any]]) -> Table:
        from rich import box
        from rich.table import Table

        # Plain: SIMPLE_HEAD in ASCII, a dashed rule under the header and a blank line between rows.
        plain_box = box.Box("    \n    \n -- \n    \n    \n    \n    \n    \n", ascii=True)
        table = Table(
            box=plain_box if self.plain else box.SIMPLE_HEAD,
            show_edge=False,
            show_lines=True,
            pad_edge=False,
            padding=(0, 1, 0, 0),
            header_style=self.style("bold"),
            expand=False,
        )
        for header, options in columns:
            table.add_column(header, **options)
        return table

    def listing(self, table: Table, noun: str) -> None:
        """Print a table of records, or say on stderr that none matched."""
        if table.row_count:
            self.print(table)
        else:
            typer.echo(f"no {noun} match", err=True)

    def lines(self, *lines: str | Text) -> Text:
        from rich.text import Text

        return Text("\n").join(line if isinstance(line, Text) else Text(line) for line in lines)


#: Column options for ids: never wrapped at a hyphen, never ellipsized.
_ID = {"no_wrap": True, "overflow": "fold"}
_WRAP = {"overflow": "fold"}
_NUMBER = {"justify": "right", "no_wrap": True}


class _Names(Mapping[str, str]):
    """Actor ids to names, read through the dataset's actor index (nothing is copied)."""

    def __init__(self, data: Dataset) -> None:
        self._actors = data.actor_index

    def __getitem__(self, actor_id: str) -> str:
        return self._actors[actor_id].name

    def __iter__(self) -> Iterator[str]:
        return iter(self._actors)

    def __len__(self) -> int:
        return len(self._actors)


def _name(data: Dataset, actor_id: str | None) -> str:
    if actor_id is None:
        return "unknown"
    record = data.actor(actor_id)
    return actor_id if record is None else record.name


def _named(data: Dataset, actor_id: str) -> str:
    """'Amir Hatami (per-amir-hatami)': the name and the id to query it by; the id alone if unknown."""
    record = data.actor(actor_id)
    return actor_id if record is None else f"{record.name} ({actor_id})"


def _position(data: Dataset, position: Position) -> str:
    """'Minister of Defence, Iran'."""
    from iransyria.queries import describe_position

    return describe_position(position, _Names(data))


def _value(data: Dataset, value: ClaimValue) -> str:
    """A claim value in words (:func:`iransyria.queries.describe_value`, with actors' names)."""
    from iransyria.queries import describe_value

    return describe_value(value, _Names(data))


def _attribution(data: Dataset, attribution: Attribution) -> str:
    text = attribution.kind.value
    if attribution.actor is not None:
        text += f": {_named(data, attribution.actor)}"
    if attribution.note is not None:
        text += f" ({attribution.note})"
    return text


def _quoted(quote: str) -> str:
    return f"“{quote}”"


def _standing(standing: Standing) -> tuple[str, str]:
    styles = {
        Standing.ACCEPTED: "green",
        Standing.DISPUTED: "yellow",
        Standing.REFUTED: "red",
        Standing.SUPERSEDED: "magenta",
    }
    return (standing.value, styles[standing])


# --------------------------------------------------------------------------- show agreements


_JSON_HELP = "Print the records as JSON (the export's shapes) and nothing else."
JsonOption = Annotated[bool, typer.Option("--json", help=_JSON_HELP)]
SourceFilter = Annotated[
    str | None, typer.Option("--source", metavar="ID", help="Only those of this source.")
]
AgreementFilter = Annotated[
    str | None, typer.Option("--agreement", metavar="ID", help="Only those about this agreement.")
]
ActorFilter = Annotated[
    str | None, typer.Option("--actor", metavar="ID", help="Only those about this actor.")
]


@show_app.command("agreements")
@_guarded
def show_agreements(
    actor: Annotated[
        str | None, typer.Option("--actor", metavar="ID", help="Only those the actor is party to or signed.")
    ] = None,
    source: Annotated[
        str | None, typer.Option("--source", metavar="ID", help="Only those the source reports.")
    ] = None,
    json: JsonOption = False,
) -> None:
    """One row per agreement: id, kind, date, place, parties, signatories with office, sources, disputed.

    'sources' counts independent origins (a translation counts with its
    original); 'disputed' is yes when a claim about the agreement is
    disputed, refuted or superseded, or was corrected.
    """
    from iransyria import queries

    data = _dataset()
    found = queries.agreements(
        actor=_optional("actor", actor, data.actor_index),
        source=_optional("source", source, data.source_index),
        dataset=data,
    )
    if json:
        _emit_json(list(found))
        return
    view = _View()
    table = view.table(
        ("agreement", _ID),
        ("parties and signatories", _WRAP),
        ("sources", _NUMBER),
        ("disputed", {"no_wrap": True}),
    )
    for record in found:
        about = view.lines(
            view.text((record.id, "bold cyan")),
            f"kind: {record.kind.value}",
            f"signed: {record.signed if record.signed is not None else 'unknown'}",
            f"place: {record.place or 'unknown'}",
        )
        who = view.lines(
            "parties: " + ", ".join(_name(data, party) for party in record.parties),
            *(f"{_name(data, s.actor)} ({_position(data, s.position)})" for s in record.signatories),
        )
        disputed = queries.is_disputed(record.id, data)
        table.add_row(
            about,
            who,
            str(len(queries.corroboration(record.id, data))),
            view.text(("yes", "yellow") if disputed else "no"),
        )
    view.listing(table, "agreements")


# --------------------------------------------------------------------------- show agreement


def _says(data: Dataset, claim: Claim) -> str:
    """'Amir Hatami (per-amir-hatami) holds-office: Minister of Foreign Affairs, Iran'."""
    subject = _named(data, claim.subject)
    value = claim.value
    if isinstance(value, ActorValue) and value.actor == claim.subject and value.position is not None:
        said = _position(data, value.position)
    else:
        said = _value(data, value)
    return f"{subject} {claim.predicate.value}: {said}"


def _claim_rows(
    data: Dataset, claim: Claim, *, value: bool, inferences: bool = True
) -> list[tuple[str, RenderableType]]:
    source = data.source(claim.source)
    rows: list[tuple[str, RenderableType]] = []
    if value:
        rows.append(("value", _value(data, claim.value)))
    rows.append(("source", claim.source if source is None else f"{claim.source} ({source.file})"))
    rows.append(("by", _attribution(data, claim.attribution)))
    rows.append(("quote", _quoted(claim.quote)))
    if inferences:
        rows.extend(("inferred", f"{i.part}: {i.how}") for i in claim.inferences)
    if claim.reason is not None:
        rows.append(("reason", claim.reason))
    return rows


def _claim_block(
    view: _View, data: Dataset, claim: Claim, *, value: bool, indent: int, inferences: bool = True
) -> None:
    """A claim with its provenance: id, standing, source, attribution, quote, inferences."""
    view.print(view.text((claim.id, "bold"), "  ", _standing(claim.standing)), indent)
    view.fields(_claim_rows(data, claim, value=value, inferences=inferences), indent + 2)


def _conflict_block(view: _View, data: Dataset, conflict: Conflict, indent: int) -> None:
    view.print(view.text(_says(data, conflict.claim)), indent)
    _claim_block(view, data, conflict.claim, value=False, indent=indent + 2, inferences=False)
    for correction in conflict.corrections:
        _correction_block(view, data, correction, indent + 4)


def _correction_block(view: _View, data: Dataset, correction: Correction, indent: int) -> None:
    view.print(
        view.text((correction.id, "bold"), f"  {correction.kind.value} correction of {correction.target}"),
        indent,
    )
    rows: list[tuple[str, RenderableType]] = [
        ("before", _quoted(correction.before)),
        ("after", _quoted(correction.after)),
        ("reason", correction.reason),
    ]
    if correction.source is not None:
        rows.append(("carried by", correction.source))
    if correction.by is not None:
        rows.append(("by", _named(data, correction.by)))
    if correction.date is not None:
        rows.append(("date", str(correction.date)))
    if correction.replacement is not None:
        rows.append(("replaced by", correction.replacement))
    for evidence in correction.evidence:
        rows.append(("evidence", f"{evidence.source}: {_quoted(evidence.quote)}"))
    view.fields(rows, indent + 2)


def _unresolved(data: Dataset, agreement_id: str, field: str) -> str:
    """'unknown', with the best value reported for the field where there is one."""
    from iransyria.queries import best_value

    reported = best_value(agreement_id, field, data)
    if reported is None:
        return "unknown"
    return f"unknown (reported: {_value(data, reported.best.value)}, {reported.best.standing.value})"


@show_app.command("agreement")
@_guarded
def show_agreement(
    id: Annotated[str, typer.Argument(metavar="ID", help="An agreement id (any case).")],
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

    opened = _one("agreement", id, json, lambda data: data.agreement_index)
    if opened is None:
        return
    data, record = opened
    agreement_id = record.id
    view = _View()
    view.print(view.text((record.id, "bold cyan")))
    view.print(view.text(record.title))
    origins = queries.corroboration(agreement_id, data)
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
            ("parties", "\n".join(_named(data, party) for party in record.parties)),
            (
                "signatories",
                "\n".join(
                    f"{_named(data, s.actor)}: {_position(data, s.position)}, for {_name(data, s.party)}"
                    for s in record.signatories
                )
                or "unknown",
            ),
            ("provisions", "\n".join(f"- {p}" for p in record.provisions) or "none reported"),
            (
                "related",
                "\n".join(
                    f"{r.agreement} is {r.kind.value} this one"
                    if r.inverse
                    else f"{r.kind.value} {r.agreement}"
                    for r in related
                )
                or "none",
            ),
            ("sources", f"{len(origins)} independent: {', '.join(origins)}" if origins else "none"),
            ("disputed", "yes" if queries.is_disputed(agreement_id, data) else "no"),
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
                    (_value(data, best.value), "bold"),
                    f"  ({best.standing.value}; {len(best.origins)} independent "
                    f"origin{'s' if len(best.origins) != 1 else ''})",
                ),
                2,
            )
            for claim_id in best.claims:
                _claim_block(view, data, data.claim_index[claim_id], value=False, indent=4)
            for alternative in resolution.alternatives:
                verdict = (
                    "disagrees" if set(alternative.claims) & set(resolution.disagreeing) else "compatible"
                )
                view.print(
                    view.text(
                        "also reported: ",
                        (_value(data, alternative.value), "bold"),
                        f"  ({alternative.standing.value}; {verdict})",
                    ),
                    4,
                )
                for claim_id in alternative.claims:
                    _claim_block(view, data, data.claim_index[claim_id], value=False, indent=6)

    others = queries.claims(agreement=agreement_id, predicate=Predicate.NOT_REPORTED_BY, dataset=data)
    if others:
        view.heading("Not reported by")
        for claim in others:
            view.print()
            _claim_block(view, data, claim, value=True, indent=2)

    found = (
        *queries.conflicts(agreement=agreement_id, dataset=data),
        *queries.signatory_conflicts(agreement_id, data),
    )
    view.heading("Conflicts and corrections")
    if not found:
        view.print("none")
    for conflict in found:
        view.print()
        _conflict_block(view, data, conflict, 2)


# --------------------------------------------------------------------------- actors


@show_app.command("actors")
@_guarded
def show_actors(
    kind: Annotated[
        ActorKind | None, typer.Option("--kind", case_sensitive=False, help="Only actors of this kind.")
    ] = None,
    agreement: Annotated[
        str | None,
        typer.Option(
            "--agreement", metavar="ID", help="Only the parties, signatories and actors its claims name."
        ),
    ] = None,
    source: Annotated[
        str | None,
        typer.Option("--source", metavar="ID", help="Only the actors the source's claims are about."),
    ] = None,
    json: JsonOption = False,
) -> None:
    """The people, states, organisations and outlets, with the offices they held."""
    from iransyria import queries

    data = _dataset()
    found = queries.actors(
        kind=kind,
        agreement=_optional("agreement", agreement, data.agreement_index),
        source=_optional("source", source, data.source_index),
        dataset=data,
    )
    if json:
        _emit_json(list(found))
        return
    view = _View()
    table = view.table(("actor", _ID), ("name and offices", _WRAP), ("claims", _NUMBER))
    # The claims about each actor (as queries.claims(actor=...) counts them), in one pass.
    about = Counter(actor_id for claim in data.claims for actor_id in queries.claim_actors(claim))
    for record in found:
        offices = [f"{_position(data, o.position)} ({_span(o.start, o.end)})" for o in record.offices]
        table.add_row(
            view.lines(view.text((record.id, "bold cyan")), record.kind.value),
            view.lines(view.text((record.name, "bold")), *offices),
            str(about[record.id]),
        )
    view.listing(table, "actors")


def _span(start: object | None, end: object | None) -> str:
    if start is None and end is None:
        return "span unknown"
    return f"{start if start is not None else '?'} to {end if end is not None else '?'}"


@show_app.command("actor")
@_guarded
def show_actor(
    id: Annotated[str, typer.Argument(metavar="ID", help="An actor id (any case).")],
    json: Annotated[
        bool,
        typer.Option(
            "--json", help="Print the actor with the claims about it and their provenance as a dataset."
        ),
    ] = False,
) -> None:
    """An actor: names, offices and how their spans are known, agreements, and the claims about it."""
    from iransyria import queries

    opened = _one("actor", id, json, lambda data: data.actor_index)
    if opened is None:
        return
    data, record = opened
    actor_id = record.id
    view = _View()
    view.print(view.text((record.id, "bold cyan")))
    rows: list[tuple[str, RenderableType]] = [("name", record.name), ("kind", record.kind.value)]
    if record.aliases:
        rows.append(
            (
                "also named",
                "\n".join(a.name + (f" ({a.note})" if a.note else "") for a in record.aliases),
            )
        )
    if record.description:
        rows.append(("about", record.description))
    for office in record.offices:
        how = office.basis.value + (f": {office.reference}" if office.reference else "")
        rows.append(
            ("office", f"{_position(data, office.position)}, {_span(office.start, office.end)}\n{how}")
        )
    agreements = queries.agreements(actor=actor_id, dataset=data)
    if agreements:
        rows.append(("agreements", "\n".join(a.id for a in agreements)))
    view.print()
    view.fields(rows)
    about = queries.claims(actor=actor_id, dataset=data)
    view.heading(f"Claims about {record.name} ({len(about)})")
    for claim in about:
        view.print()
        view.print(view.text(_says(data, claim)), 2)
        _claim_block(view, data, claim, value=False, indent=4)


# --------------------------------------------------------------------------- sources


@show_app.command("sources")
@_guarded
def show_sources(
    agreement: AgreementFilter = None,
    actor: ActorFilter = None,
    json: JsonOption = False,
) -> None:
    """The articles: file, title, outlet, publication date, kind and independent origin."""
    from iransyria import queries

    data = _dataset()
    found = queries.sources(
        agreement=_optional("agreement", agreement, data.agreement_index),
        actor=_optional("actor", actor, data.actor_index),
        dataset=data,
    )
    if json:
        _emit_json(list(found))
        return
    view = _View()
    table = view.table(("source", _ID), ("title, outlet", _WRAP), ("claims", _NUMBER))
    for record in found:
        published = record.published if record.published is not None else "unknown"
        about: list[str | Text] = [view.text((record.title, "bold")), f"outlet: {_name(data, record.outlet)}"]
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


@show_app.command("source")
@_guarded
def show_source(
    id: Annotated[str, typer.Argument(metavar="ID", help="A source id (any case).")],
    json: Annotated[
        bool,
        typer.Option("--json", help="Print the source with its claims and their provenance as a dataset."),
    ] = False,
) -> None:
    """A source: its file, outlet, date and how each is known, what it derives from, and its claims."""
    from iransyria import queries

    opened = _one("source", id, json, lambda data: data.source_index)
    if opened is None:
        return
    data, record = opened
    source_id = record.id
    view = _View()
    view.print(view.text((record.id, "bold cyan")))
    view.print(view.text(record.title))
    view.print()
    rows: list[tuple[str, RenderableType]] = [
        ("file", record.file),
        ("sha256", record.sha256),
        ("outlet", f"{_named(data, record.outlet) if record.outlet else 'unknown'}\n{record.outlet_basis}"),
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
            parts.append(_named(data, derivation.actor))
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
        view.print(view.text(_says(data, claim)), 2)
        _claim_block(view, data, claim, value=False, indent=4)
    carried = queries.corrections(source=source_id, dataset=data)
    if carried:
        view.heading("Corrections")
        for correction in carried:
            view.print()
            _correction_block(view, data, correction, 2)


# --------------------------------------------------------------------------- claims


@show_app.command("claims")
@_guarded
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

    data = _dataset()
    found = queries.claims(
        source=_optional("source", source, data.source_index),
        agreement=_optional("agreement", agreement, data.agreement_index),
        actor=_optional("actor", actor, data.actor_index),
        standing=standing,
        predicate=predicate,
        dataset=data,
    )
    if json:
        _emit_json(list(found))
        return
    view = _View()
    table = view.table(("claim, subject, source", _ID), ("says", _WRAP), ("standing", {"no_wrap": True}))
    for claim in found:
        table.add_row(
            view.lines(view.text((claim.id, "bold cyan")), claim.subject, claim.source),
            view.lines(view.text((claim.predicate.value, "bold")), _value(data, claim.value)),
            view.text(_standing(claim.standing)),
        )
    view.listing(table, "claims")


@show_app.command("claim")
@_guarded
def show_claim(
    id: Annotated[str, typer.Argument(metavar="ID", help="A claim id (any case).")],
    json: Annotated[
        bool,
        typer.Option("--json", help="Print the claim with its source, corrections and actors as a dataset."),
    ] = False,
) -> None:
    """A claim's whole provenance: article file, outlet, attribution, quote, inferences, corrections."""
    from iransyria import queries

    opened = _one("claim", id, json, lambda data: data.claim_index)
    if opened is None:
        return
    data, claim = opened
    claim_id = claim.id
    view = _View()
    source = data.source(claim.source)
    view.print(view.text((claim.id, "bold cyan"), "  ", _standing(claim.standing)))
    view.print()
    subject = _named(data, claim.subject)
    rows: list[tuple[str, RenderableType]] = [
        ("subject", subject),
        ("predicate", claim.predicate.value),
        ("value", _value(data, claim.value)),
        ("source", claim.source),
    ]
    if source is not None:
        rows += [
            ("file", source.file),
            ("title", source.title),
            (
                "outlet",
                f"{_named(data, source.outlet) if source.outlet else 'unknown'}: {source.outlet_basis}",
            ),
            ("published", str(source.published) if source.published is not None else "unknown"),
            ("origin", data.origin(source.id)),
        ]
    rows += [("attribution", _attribution(data, claim.attribution)), ("quote", _quoted(claim.quote))]
    rows.extend(("inferred", f"{i.part}: {i.how}") for i in claim.inferences)
    if claim.reason is not None:
        rows.append(("reason", claim.reason))
    view.fields(rows)
    found = queries.corrections(claim=claim_id, dataset=data)
    if found:
        view.heading("Corrections")
        for correction in found:
            view.print()
            _correction_block(view, data, correction, 2)


# --------------------------------------------------------------------------- corrections


@show_app.command("corrections")
@_guarded
def show_corrections(
    source: Annotated[
        str | None,
        typer.Option("--source", metavar="ID", help="Only those the source carries, or of its claims."),
    ] = None,
    agreement: Annotated[
        str | None,
        typer.Option("--agreement", metavar="ID", help="Only those of claims about this agreement."),
    ] = None,
    actor: Annotated[
        str | None, typer.Option("--actor", metavar="ID", help="Only those of claims about this actor.")
    ] = None,
    json: JsonOption = False,
) -> None:
    """Corrections: the publishers' own and this dataset's editorial ones, with what they correct."""
    from iransyria import queries

    data = _dataset()
    found = queries.corrections(
        source=_optional("source", source, data.source_index),
        agreement=_optional("agreement", agreement, data.agreement_index),
        actor=_optional("actor", actor, data.actor_index),
        dataset=data,
    )
    if json:
        _emit_json(list(found))
        return
    view = _View()
    table = view.table(("correction, claim", _ID), ("before / after / reason", _WRAP))
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
                f"before: {_quoted(correction.before)}",
                f"after: {_quoted(correction.after)}",
                correction.reason,
            ),
        )
    view.listing(table, "corrections")


@show_app.command("correction")
@_guarded
def show_correction(
    id: Annotated[str, typer.Argument(metavar="ID", help="A correction id (any case).")],
    json: Annotated[
        bool, typer.Option("--json", help="Print the correction with the claims it concerns as a dataset.")
    ] = False,
) -> None:
    """A correction, the claim it corrects and the claim that replaces it."""
    opened = _one("correction", id, json, lambda data: data.correction_index)
    if opened is None:
        return
    data, correction = opened
    view = _View()
    _correction_block(view, data, correction, 0)
    for heading, claim_id in (("Corrects", correction.target), ("Replaced by", correction.replacement)):
        claim = data.claim(claim_id) if claim_id is not None else None
        if claim is not None:
            view.heading(heading)
            view.print(view.text(_says(data, claim)), 2)
            _claim_block(view, data, claim, value=False, indent=2)


# --------------------------------------------------------------------------- timeline


@app.command("timeline")
@_guarded
def timeline(
    agreement: Annotated[
        str | None, typer.Option("--agreement", metavar="ID", help="Only this agreement's signing.")
    ] = None,
    actor: Annotated[
        str | None,
        typer.Option(
            "--actor", metavar="ID", help="Only signings the actor took part in, and events about it."
        ),
    ] = None,
    json: JsonOption = False,
) -> None:
    """Signings, visits and events in date order, each at the precision reported, with its sources."""
    from iransyria import queries

    data = _dataset()
    events = queries.timeline(
        agreement=_optional("agreement", agreement, data.agreement_index),
        actor=_optional("actor", actor, data.actor_index),
        dataset=data,
    )
    if json:
        _emit_json(list(events))
        return
    view = _View()
    table = view.table(("date", _ID), ("what, where, reported by", _WRAP))
    for event in events:
        what: list[str | Text] = [view.text((event.subject, "bold cyan")), event.description]
        if event.place:
            what.append(f"in {event.place}")
        what.append("sources: " + (", ".join(event.sources) or "none"))
        kind = event.kind.value
        if event.standing is not Standing.ACCEPTED:
            kind += f" ({event.standing.value})"
        table.add_row(view.lines(str(event.date), kind), view.lines(*what))
    view.listing(table, "events")


# --------------------------------------------------------------------------- export


@app.command("export")
@_guarded
def export(
    out: Annotated[
        Path | None,
        typer.Option(
            "--out", "-o", metavar="FILE", help="Write to this file (all or nothing) instead of stdout."
        ),
    ] = None,
) -> None:
    """The dataset as canonical JSON: sorted keys and records, two-space indent."""
    from iransyria.serialization import dump, dumps

    data = _dataset()
    if out is None:
        typer.echo(dumps(data), nl=False)
        return
    try:
        dump(data, out)
    except OSError as exc:
        raise _UsageError(f"{out}: cannot write: {exc.strerror or exc}") from None
    typer.echo(f"wrote {len(data)} records to {out}", err=True)


@app.command("schema")
@_guarded
def schema() -> None:
    """The JSON Schema (draft 2020-12) of the export format, for validating exports with other tools."""
    from iransyria.schema import json_schema
    from iransyria.serialization import to_json

    typer.echo(to_json(json_schema()), nl=False)


# --------------------------------------------------------------------------- check


@app.command("check", epilog=EXIT_CODES)
@_guarded
def check(
    file: Annotated[
        Path | None,
        typer.Argument(
            metavar="FILE", help="A dataset JSON file ('-' for stdin); the shipped dataset when omitted."
        ),
    ] = None,
    articles: Annotated[
        Path | None,
        typer.Option(
            "--articles",
            metavar="DIR",
            envvar="IRANSYRIA_ARTICLES",
            exists=True,
            file_okay=False,
            dir_okay=True,
            help="The folder of article files, to check hashes and that quotes are verbatim.",
        ),
    ] = None,
    json: Annotated[
        bool, typer.Option("--json", help="Print the violations as JSON and nothing else.")
    ] = False,
    strict: Annotated[bool, typer.Option("--strict", help="Exit 1 on warnings too.")] = False,
) -> None:
    """Validate a dataset against every rule; print the violations grouped by severity."""
    from iransyria.rules import Severity, validate
    from iransyria.serialization import load, loads

    if file is None:
        data = _dataset()
        name = str(_data_file) if _data_file is not None else "the shipped dataset"
    elif str(file) == "-":
        data = loads(sys.stdin.buffer.read())
        name = "stdin"
    else:
        data = load(file)
        name = str(file)
    violations = validate(data, articles)
    errors = [v for v in violations if v.severity is Severity.ERROR]
    warnings = [v for v in violations if v.severity is not Severity.ERROR]
    if json:
        _emit_json(violations)
    else:
        view = _View()
        for label, group, style in (("errors", errors, "bold red"), ("warnings", warnings, "bold yellow")):
            if not group:
                continue
            view.print(view.text((f"{label} ({len(group)})", style)))
            view.fields(
                [
                    (
                        violation.code,
                        view.lines(
                            f"{violation.path}: {violation.message}",
                            *([f"related: {', '.join(violation.related)}"] if violation.related else []),
                        ),
                    )
                    for violation in group
                ],
                indent=2,
            )
            view.print()
        quotes = "" if articles is not None else " (quotes not checked: no --articles)"
        summary = f"{_count(len(errors), 'error')}, {_count(len(warnings), 'warning')} in {name}{quotes}"
        view.print(summary if violations else f"no problems in {name}: {len(data)} records{quotes}")
    if errors or (strict and warnings):
        raise typer.Exit(EXIT_FINDINGS)


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


def main() -> None:
    """The console script's entry point."""
    app()
