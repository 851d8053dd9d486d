"""``show record ID``: any record of any kind, by its id, field by field.

The kinds with a module of their own here (agreements, actors, ...) show
more; this command shows every kind of :data:`~iransyria.models.kinds.KINDS`,
its kind known from its id's prefix, so a kind registered later is shown
with nothing added here.
"""

from __future__ import annotations

from typing import Annotated

import typer

from iransyria.cli.errors import PLAIN_EXIT_CODES, UsageError, guarded
from iransyria.cli.options import JsonOption, dataset
from iransyria.cli.render import View, emit_json, with_id
from iransyria.display import safe_text

__all__ = ["register", "show_record"]


@guarded
def show_record(
    id: Annotated[str, typer.Argument(metavar="ID", help="The id of a record of any kind (any case).")],
    json: JsonOption = False,
) -> None:
    """Any record by its id, whatever its kind: each field and its value."""
    import attrs

    from iransyria import queries
    from iransyria.models.kinds import KINDS

    data = dataset()
    wanted = id.strip().lower()
    kind = KINDS.of_id(wanted)
    record = None if kind is None else data.index(kind).get(wanted)
    if kind is None or record is None:
        prefixes = ", ".join(f"{prefix}-" for kind in KINDS for prefix in kind.prefixes)
        what = "no record" if kind is None else f"no {kind.name}"
        raise UsageError(f"{what} {safe_text(id)!r} (an id starts with one of {prefixes})")
    if json:
        emit_json(queries.excerpt(records=[record.id], dataset=data))
        return
    view = View()
    label = getattr(record, kind.label) if kind.label is not None else record.id
    view.print(with_id(view, str(label), record.id, "bold"))
    view.print(view.text((f"a {kind.name} ({kind.table})", "dim")))
    view.fields([(field.name, _text(getattr(record, field.name))) for field in attrs.fields(type(record))])


def _text(value: object) -> str:
    """A field's value as text: as it is, an enum's value, ids joined, anything else as compact JSON."""
    import enum

    if value is None or value == ():
        return "—"
    if isinstance(value, enum.Enum):
        return safe_text(str(value.value))
    if isinstance(value, (str, int)):
        return safe_text(str(value))
    if isinstance(value, tuple) and all(isinstance(item, str) for item in value):
        return safe_text(", ".join(value))
    import orjson

    from iransyria.serialization import unstructure

    shown = unstructure(value)
    return safe_text(
        shown if isinstance(shown, str) else orjson.dumps(shown, option=orjson.OPT_SORT_KEYS).decode()
    )


def register(app: typer.Typer) -> None:
    """Add ``show record ID`` to the ``show`` group."""
    app.command("record", epilog=PLAIN_EXIT_CODES)(show_record)
