"""The options every command shares and what they select: the dataset (``--data``) and ids.

``--data PATH`` (repeatable; a dataset file or a folder of them) and
``--no-shipped`` are root options: the app (:mod:`iransyria.cli.app`) takes
them before or after the command, and its callback records them here with
:func:`use_data`; the commands read the merged dataset through
:func:`dataset`. Ids are matched in any case by :func:`resolve`, which exits 2
with a suggestion for an unknown one.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, TypeVar

import typer

from iransyria.cli.errors import UsageError
from iransyria.cli.render import emit_json
from iransyria.display import safe_text
from iransyria.models import Actor, Agreement, Claim, Correction, Source

if TYPE_CHECKING:
    from iransyria.dataset import Dataset

__all__ = [
    "ActorFilter",
    "AgreementFilter",
    "DataOption",
    "JsonOption",
    "NoShippedOption",
    "SourceFilter",
    "data_name",
    "data_paths",
    "dataset",
    "one",
    "optional",
    "resolve",
    "use_data",
]

_R = TypeVar("_R", Source, Actor, Agreement, Claim, Correction)

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

_data_paths: tuple[Path, ...] = ()
_with_shipped = True


def use_data(paths: Iterable[Path] | None, no_shipped: bool = False) -> None:
    """Extend the shipped dataset with ``paths`` (``--data``), or use them alone (``--no-shipped``)."""
    global _data_paths, _with_shipped
    _data_paths = tuple(paths or ())
    _with_shipped = not no_shipped
    if no_shipped and not _data_paths:
        raise UsageError("--no-shipped needs at least one --data PATH")


def data_paths() -> tuple[Path, ...]:
    """The paths ``--data`` named, in order."""
    return _data_paths


def data_name() -> str:
    """What the commands query, in words: 'the shipped dataset and mine.json'."""
    names = [*(["the shipped dataset"] if _with_shipped else []), *map(str, _data_paths)]
    return " and ".join(names) if len(names) <= 2 else f"{', '.join(names[:-1])} and {names[-1]}"


def dataset() -> Dataset:
    """The dataset the commands query: the shipped one, extended with (or replaced by) the ``--data`` paths."""
    from iransyria.merge import load_dataset

    return load_dataset(*_data_paths, extend_shipped=_with_shipped)


def resolve(kind: str, wanted: str, ids: Iterable[str]) -> str:
    """The id ``wanted`` names, in any case; or exit 2 suggesting what was meant."""
    from iransyria.queries import match_id, suggest

    ids = tuple(ids)
    found = match_id(wanted, ids)
    if found is not None:
        return found
    close = suggest(wanted, ids)
    if close:
        hint = close[0] if len(close) == 1 else f"{', '.join(close[:-1])} or {close[-1]}"
        raise UsageError(f"no {kind} {_echo(wanted)}: did you mean {hint}?")
    raise UsageError(f"no {kind} {_echo(wanted)} (see `iransyria show {kind}s`)")


def _echo(wanted: str, limit: int = 60) -> str:
    """What the user typed, quoted, escaped and cut: '"clm-xxxx…" (90,000 characters)'."""
    if len(wanted) <= limit:
        return f'"{safe_text(wanted)}"'
    return f'"{safe_text(wanted[:limit])}…" ({len(wanted):,} characters)'


def optional(kind: str, wanted: str | None, ids: Iterable[str]) -> str | None:
    """A filter's id, resolved as :func:`resolve` does; None when the filter is not given."""
    return None if wanted is None else resolve(kind, wanted, ids)


def one(
    kind: str, wanted: str, json: bool, table: Callable[[Dataset], Mapping[str, _R]]
) -> tuple[Dataset, _R] | None:
    """The opening of every ``show <record> ID``: the record the id names, in any case, and its dataset.

    An unknown id exits 2 with a suggestion. With ``--json`` the record's
    provenance (:func:`iransyria.queries.excerpt`) is printed and None returned:
    the command has nothing more to do.
    """
    from iransyria import queries

    data = dataset()
    index = table(data)
    record = index[resolve(kind, wanted, index)]
    if json:
        selection: dict[str, Any] = {f"{kind}s": [record.id]}
        emit_json(queries.excerpt(**selection, dataset=data))
        return None
    return data, record
