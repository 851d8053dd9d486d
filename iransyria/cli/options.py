"""The options every command shares and what they select: the dataset (``--data``) and ids.

``--data PATH`` (repeatable; a dataset file or a folder of them) and
``--no-shipped`` are root options: the app (:mod:`iransyria.cli.app`) takes
them before or after the command, and its callback records them here with
:func:`use_data`; the commands read the merged dataset through
:func:`dataset`. Every option or argument that names a record takes its id
(in any case), a name, an alias or any common spelling (:func:`resolve`,
which exits 2 listing the candidates of an ambiguous name, or suggesting
what an unknown one meant), and completes ids and names in the shell
(:func:`completer`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Literal, TypeVar

import typer

from iransyria.cli.errors import UsageError
from iransyria.cli.render import emit_json
from iransyria.display import echoed

if TYPE_CHECKING:
    from iransyria.dataset import Dataset
    from iransyria.models import Actor, Agreement, Claim, Correction, Event, Source

__all__ = [
    "ActorFilter",
    "AgreementFilter",
    "DataOption",
    "IdsOption",
    "JsonOption",
    "NoShippedOption",
    "SourceFilter",
    "completer",
    "data_name",
    "data_paths",
    "dataset",
    "one",
    "optional",
    "record_filter",
    "resolve",
    "shipped_dataset",
    "use_data",
    "with_shipped",
]

_T = TypeVar("_T")
_R = TypeVar("_R", "Source", "Actor", "Agreement", "Claim", "Correction", "Event")


def completer(kind: str) -> Callable[[str], list[tuple[str, str]]]:
    """Shell completion for an option or argument naming a ``kind`` of record.

    Offers the ids that start with what was typed, then the one-word names
    and aliases that start with it in any case (kept in the case typed, as
    the shell only offers what extends the word), each with the record's name
    as its help.
    """

    def complete(incomplete: str) -> list[tuple[str, str]]:
        from iransyria.queries import label
        from iransyria.queries.names import names_of

        try:
            data = dataset()
        except Exception:  # a broken --data file: complete nothing rather than fail the shell
            return []
        typed = incomplete.casefold()
        ids: list[tuple[str, str]] = []
        names: list[tuple[str, str]] = []
        for record in _records(kind, data):
            shown = label(kind, record, data)
            if record.id.startswith(typed):
                ids.append((record.id, shown))
            for name in names_of(kind, record, data):
                if typed and " " not in name and name.casefold().startswith(typed):
                    names.append((incomplete + name[len(incomplete) :], shown))
        return ids + [name for name in names if name[0] not in {value for value, _ in ids}]

    complete.__name__ = f"complete_{kind}"
    return complete


def record_filter(kind: str, help: str) -> Any:
    """An option ``--KIND NAME`` that names one record of ``kind`` (its id or any name) and completes it."""
    return typer.Option(f"--{kind}", metavar=kind.upper(), help=help, autocompletion=completer(kind))


DataOption = Annotated[
    list[Path] | None,
    typer.Option(
        "--data",
        metavar="PATH",
        help=(
            "Add the records of this dataset JSON file, or of every .json file in this folder, "
            "to the shipped dataset (merged by id). Repeatable; before or after the command."
        ),
    ),
]
NoShippedOption = Annotated[
    bool,
    typer.Option(
        "--no-shipped",
        help="Use only the --data files, not the shipped dataset (to query an export on its own).",
    ),
]
IdsOption = Annotated[
    bool, typer.Option("--ids", help="Show each record's id beside its name (for `show <record> ID`).")
]
_JSON_HELP = "Print the records as JSON (the export's shapes) and nothing else."
JsonOption = Annotated[bool, typer.Option("--json", help=_JSON_HELP)]

# The values of the enums options choose from, as plain strings: building a command's options then
# loads no record types (``--help`` stays light). tests/cli/test_options.py checks each against its enum.
#: :class:`iransyria.models.Standing`'s values.
StandingName = Literal["accepted", "disputed", "refuted", "superseded"]
#: :class:`iransyria.models.Predicate`'s values.
PredicateName = Literal[
    "kind",
    "party",
    "signatory",
    "signing-date",
    "signing-place",
    "provision",
    "related-to",
    "not-reported-by",
    "holds-office",
    "named-as",
    "assertion",
    "quantity",
    "rank",
    "event-kind",
    "event-date",
    "event-place",
    "participant",
    "concerns",
    "part-of",
    "statement",
]
#: :class:`iransyria.models.ActorKind`'s values.
ActorKindName = Literal["person", "state", "organisation", "outlet"]
#: :class:`iransyria.models.EventKind`'s values.
EventKindName = Literal[
    "visit",
    "meeting",
    "signing",
    "initialling",
    "law-signing",
    "statement",
    "demand",
    "condemnation",
    "law-in-force",
    "sanctions",
    "military-strike",
    "withdrawal",
    "war",
    "intervention",
]
SourceFilter = Annotated[
    str | None,
    record_filter("source", "Only those of this source (its id, or its outlet and title)."),
]
AgreementFilter = Annotated[
    str | None,
    record_filter("agreement", "Only those about this agreement (its id, or words of its title or date)."),
]
ActorFilter = Annotated[
    str | None,
    record_filter("actor", "Only those about this actor (its id, name, alias or any spelling)."),
]

_data_paths: tuple[Path, ...] = ()
_with_shipped = True


def use_data(paths: Iterable[Path] | None, no_shipped: bool = False) -> None:
    """Extend the shipped dataset with ``paths`` (``--data``), or use them alone (``--no-shipped``)."""
    global _data_paths, _with_shipped
    _data_paths = tuple(paths or ())
    _with_shipped = not no_shipped
    if no_shipped and not _data_paths:
        raise UsageError("--no-shipped needs at least one --data PATH")
    if any(str(path) == "-" and not path.exists() for path in _data_paths):
        # '-' is stdin to check, read and verify; here it was looked up as a file and reported missing
        # (a file named '-' is still read: Path turns './-' into '-').
        raise UsageError(
            "--data -: --data reads files and folders, not standard input; "
            "`iransyria check -` checks a dataset piped in"
        )


def data_paths() -> tuple[Path, ...]:
    """The paths ``--data`` named, in order."""
    return _data_paths


def with_shipped() -> bool:
    """Whether the shipped dataset is part of what the commands query (no ``--no-shipped``)."""
    return _with_shipped


def shipped_dataset() -> Dataset:
    """The shipped dataset alone, whatever ``--data`` adds."""
    from iransyria.data import shipped

    return shipped()


def data_name() -> str:
    """What the commands query, in words: 'the shipped dataset and mine.json'."""
    names = [*(["the shipped dataset"] if _with_shipped else []), *map(str, _data_paths)]
    return " and ".join(names) if len(names) <= 2 else f"{', '.join(names[:-1])} and {names[-1]}"


def dataset() -> Dataset:
    """The dataset the commands query: the shipped one, extended with (or replaced by) the ``--data`` paths."""
    from iransyria.merge import load_dataset

    return load_dataset(*_data_paths, extend_shipped=_with_shipped)


def _describe(kind: str, record_id: str, data: Dataset) -> str:
    from iransyria.models.kinds import KINDS
    from iransyria.queries import label

    record = data.index(KINDS.named(kind)).get(record_id) if kind in KINDS.names else None
    return record_id if record is None else f"{label(kind, record, data)} ({record_id})"


def resolve(kind: str, wanted: str, data: Dataset) -> str:
    """The id of the record ``wanted`` names: its id in any case, a name, an alias or a spelling.

    An ambiguous name exits 2 listing every record it fits; an unknown one
    exits 2 suggesting what was meant (:func:`iransyria.queries.find`).
    """
    from iransyria.queries import find, suggest, suggest_names

    matches = find(kind, wanted, data)
    if len(matches) == 1:
        return matches[0].id
    if matches:
        listed = "; ".join(_describe(kind, match.id, data) for match in matches)
        raise UsageError(f"several {kind}s match {echoed(wanted)}: {listed}")
    ids = tuple(record.id for record in _records(kind, data))
    close = list(suggest_names(kind, wanted, data))
    close += [found for found in suggest(wanted, ids) if found not in close]
    if close:
        hints = [_describe(kind, found, data) for found in close[:3]]
        hint = hints[0] if len(hints) == 1 else f"{', '.join(hints[:-1])} or {hints[-1]}"
        raise UsageError(f"no {kind} {echoed(wanted)}: did you mean {hint}?")
    raise UsageError(f"no {kind} {echoed(wanted)} (see `iransyria show {kind}s` or `iransyria search`)")


def _records(kind: str, data: Dataset) -> tuple[Any, ...]:
    from iransyria.models.kinds import KINDS

    return data.table(KINDS.named(kind))


def optional(kind: str, wanted: str | None, data: Dataset) -> str | None:
    """A filter's record, resolved as :func:`resolve` does; None when the filter is not given."""
    return None if wanted is None else resolve(kind, wanted, data)


def listing(
    query: Callable[..., Sequence[_T]], json: bool, filters: Mapping[str, str | None], **given: Any
) -> tuple[Dataset, Sequence[_T]] | None:
    """The opening of every listing command: ``query`` run on the dataset, each record filter resolved.

    ``filters`` maps a kind of record (``"source"``, ``"agreement"``,
    ``"actor"``) to what was typed for it (an id, a name, a spelling) or
    None; ``given`` passes the query's other arguments. With ``--json`` the
    records are printed and None returned: the command has nothing more to do.
    """
    data = dataset()
    found = query(
        **{kind: optional(kind, typed, data) for kind, typed in filters.items()}, **given, dataset=data
    )
    if json:
        emit_json(list(found))
        return None
    return data, found


def one(
    kind: str, wanted: str, json: bool, table: Callable[[Dataset], Mapping[str, _R]]
) -> tuple[Dataset, _R] | None:
    """The opening of every ``show <record> ID``: the record the id names, in any case, and its dataset.

    An unknown id exits 2 with a suggestion. With ``--json`` the record's
    provenance (:func:`iransyria.queries.excerpt`) is printed and None returned:
    the command has nothing more to do.
    """
    from iransyria import queries
    from iransyria.models.kinds import KINDS

    data = dataset()
    index = table(data)
    record = index[resolve(kind, wanted, data)]
    if json:
        selection: dict[str, Any] = {KINDS.named(kind).table: [record.id]}
        emit_json(queries.excerpt(**selection, dataset=data))
        return None
    return data, record
