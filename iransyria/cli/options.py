"""The options every command shares and what they select: the dataset (``--data``) and ids.

``--data FILE`` is given before the command, to the app's callback
(:mod:`iransyria.cli.app`), which records it here with :func:`use_data`; the
commands read the dataset through :func:`dataset`. Ids are matched in any case
by :func:`resolve`, which exits 2 with a suggestion for an unknown one.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, TypeVar

import typer

from iransyria.cli.errors import UsageError
from iransyria.cli.render import emit_json
from iransyria.models import Actor, Agreement, Claim, Correction, Source

if TYPE_CHECKING:
    from iransyria.dataset import Dataset

__all__ = [
    "ActorFilter",
    "AgreementFilter",
    "DataOption",
    "JsonOption",
    "SourceFilter",
    "data_file",
    "dataset",
    "one",
    "optional",
    "resolve",
    "use_data",
]

_R = TypeVar("_R", Source, Actor, Agreement, Claim, Correction)

DataOption = Annotated[
    Path | None,
    typer.Option(
        "--data",
        metavar="FILE",
        help="Query this dataset JSON file (an export) instead of the shipped dataset.",
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

_data_file: Path | None = None


def use_data(path: Path | None) -> None:
    """Read the dataset from ``path`` (``--data``), or the shipped one when None."""
    global _data_file
    _data_file = path


def data_file() -> Path | None:
    """The file ``--data`` named, if any."""
    return _data_file


def dataset() -> Dataset:
    """The dataset the commands query: the ``--data`` file, or the shipped dataset."""
    if _data_file is not None:
        from iransyria.serialization import load

        return load(_data_file)
    from iransyria.data import shipped

    return shipped()


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
        raise UsageError(f'no {kind} "{wanted}": did you mean {hint}?')
    raise UsageError(f'no {kind} "{wanted}" (see `iransyria show {kind}s`)')


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
