"""CSV: one table per record type, a flat ``claims`` table for spreadsheets, and a ``meta`` table.

Tables ``sources``, ``actors``, ``agreements`` and ``corrections`` have a
column per field: text as it is, enums as their values, dates as EDTF with a
typed first and last day beside them (``published``, ``published_start``,
``published_end``), lists and nested records as JSON text (Table Schema's
``array`` and ``object`` types). ``claims`` needs no joins: next to the
claim's own fields it has the subject's and the source's names, the value in
words and in typed columns (date start/end/precision, actor id and name,
office), and the quote. ``meta`` holds the versions and the content hash.

Each table is a :class:`Table`: its :class:`Column` list is also its Table
Schema (:mod:`iransyria.exports.datapackage`). Cells are text, empty for
none; rows are sorted by id; lines end in ``\\n``; a cell holding a comma, a
double quote, a CR or an LF is quoted (a bare CR left unquoted split a row).

A spreadsheet runs a cell that begins with ``=``, ``+``, ``-`` or ``@``
(or a tab, CR or LF, or the full-width ``＝ ＋ － ＠``) as a formula, and a
quote from an article may begin so. As OWASP advises against CSV injection,
such a cell is written with a ``'`` before it (:func:`guard_cell`; a plain
number such as ``-5`` is left as it is), unless the export is asked to be
exact (``iransyria export --no-escape-formulas``). The prefix is undone by
:func:`read_table`: a cell that already began with ``'`` and a formula
character gets one more, so reading back is exact either way.
"""

from __future__ import annotations

import csv
import enum
import io
import os
import re
import types
import typing
from collections.abc import Iterable, Mapping
from typing import Any

import attrs
import orjson

from iransyria.dataset import Dataset, claim_actors
from iransyria.dates import FuzzyDate
from iransyria.exports.formats import ExportFormat, register_format
from iransyria.exports.records import metadata
from iransyria.models import (
    ActorValue,
    Claim,
    DateValue,
    ParticipantValue,
    Standing,
)
from iransyria.models.kinds import ACTOR, CLAIM, KINDS, SOURCE, RecordKind

__all__ = [
    "CLAIM_COLUMNS",
    "CSV",
    "FORMULA_STARTS",
    "Column",
    "Table",
    "claim_rows",
    "csv_files",
    "guard_cell",
    "read_table",
    "tables",
    "unguard_cell",
    "write_files",
]


#: What a spreadsheet takes as the start of a formula (OWASP, CSV injection), full-width forms included.
FORMULA_STARTS = "=+-@\t\r\n\uff1d\uff0b\uff0d\uff20"
# A cell to guard: formula characters after any number of guarding quotes (so the guard is undone exactly).
_GUARDED = re.compile("'*[" + re.escape(FORMULA_STARTS) + "]")
_NUMBER = re.compile(r"[+-]?[0-9]+(?:\.[0-9]+)?\Z")
_QUOTED = re.compile('[,"\r\n]')


def guard_cell(cell: str) -> str:
    """``cell`` as a spreadsheet may open it: a ``'`` before a leading formula character (OWASP)."""
    return "'" + cell if _GUARDED.match(cell) and not _NUMBER.match(cell) else cell


def unguard_cell(cell: str) -> str:
    """The value :func:`guard_cell` was given: one ``'`` less before a leading formula character."""
    return cell[1:] if cell.startswith("'") and _GUARDED.match(cell) else cell


def _field(cell: str) -> str:
    """A CSV field: quoted when it holds a comma, a double quote, a CR or an LF (RFC 4180)."""
    return '"' + cell.replace('"', '""') + '"' if _QUOTED.search(cell) else cell


@attrs.define(frozen=True)
class Column:
    """A column: its name, Table Schema type (``string``, ``integer``, ``date``, ``array``, ``object``) and meaning."""

    name: str
    type: str
    description: str
    enum: tuple[str, ...] | None = None
    required: bool = False


@attrs.define(frozen=True)
class Table:
    """A CSV table: columns, rows of text cells, its primary key and foreign keys (column, table, column)."""

    name: str
    description: str
    columns: tuple[Column, ...]
    rows: tuple[tuple[str, ...], ...]
    primary_key: str | None = None
    foreign_keys: tuple[tuple[str, str, str], ...] = ()

    def to_csv(self, *, escape_formulas: bool = True) -> bytes:
        """The table as CSV bytes (UTF-8, a header row, ``\\n`` line ends), formula cells guarded unless told not to."""
        cell = guard_cell if escape_formulas else str
        lines = [",".join(_field(column.name) for column in self.columns)]
        lines.extend(",".join(_field(cell(value)) for value in row) for row in self.rows)
        return ("\n".join(lines) + "\n").encode("utf-8")


def _json(value: Any) -> str:
    from iransyria.serialization import unstructure

    return orjson.dumps(unstructure(value), option=orjson.OPT_SORT_KEYS).decode("utf-8")


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, (str, int)):
        return str(value)
    if isinstance(value, FuzzyDate):
        return str(value)
    return _json(value)


def _date_cells(value: FuzzyDate | None) -> tuple[str, str, str]:
    if value is None:
        return "", "", ""
    return str(value), value.earliest.isoformat(), value.latest.isoformat()


def _optional(tp: Any) -> Any:
    """``X`` for ``X | None``; the type itself otherwise."""
    if typing.get_origin(tp) in (typing.Union, types.UnionType):
        members = [arg for arg in typing.get_args(tp) if arg is not type(None)]
        if len(members) == 1:
            return members[0]
    return tp


_DESCRIPTIONS = {
    "id": "the record's id",
    "sha256": "SHA-256 of the article file the quotes are checked against",
    "file": "the article's file name",
}


def _foreign_keys(kind: RecordKind) -> tuple[tuple[str, str, str], ...]:
    """A record table's foreign keys, (column, table, column): its scalar links to one kind."""
    fields = attrs.fields_dict(kind.cls)
    return tuple(
        (link.field, KINDS.named(link.kinds[0]).table, "id")
        for link in kind.links
        if link.foreign_key
        and len(link.kinds) == 1
        and typing.get_origin(fields[link.field].type) is not tuple
    )


def _record_table(kind: RecordKind, records: Iterable[Any]) -> Table:
    """A table with a column per field of the kind's class (a date: three columns)."""
    name, cls, description = kind.table, kind.cls, kind.description
    columns: list[Column] = []
    getters: list[Any] = []
    for field in attrs.fields(attrs.resolve_types(cls)):
        tp = _optional(field.type)
        required = field.type is tp and field.default is attrs.NOTHING
        about = _DESCRIPTIONS.get(field.name, f"{cls.__name__}.{field.name}")
        if tp is FuzzyDate:
            columns += [
                Column(field.name, "string", f"{about} (EDTF date at its precision)", required=required),
                Column(f"{field.name}_start", "date", f"first day {field.name} may be"),
                Column(f"{field.name}_end", "date", f"last day {field.name} may be"),
            ]
            getters.append(lambda record, key=field.name: _date_cells(getattr(record, key)))
            continue
        if isinstance(tp, type) and issubclass(tp, enum.Enum):
            column = Column(field.name, "string", about, tuple(m.value for m in tp), required)
        elif tp is int:
            column = Column(field.name, "integer", about, required=required)
        elif tp is str:
            column = Column(field.name, "string", about, required=required)
        elif typing.get_origin(tp) is tuple:
            column = Column(field.name, "array", f"{about} (JSON)", required=required)
        else:
            column = Column(field.name, "object", f"{about} (JSON)", required=required)
        columns.append(column)
        getters.append(lambda record, key=field.name: (_cell(getattr(record, key)),))
    rows = tuple(tuple(cell for get in getters for cell in get(record)) for record in records)
    return Table(name, description, tuple(columns), rows, "id", _foreign_keys(kind))


#: The flat claims table's columns.
CLAIM_COLUMNS: tuple[Column, ...] = (
    Column("id", "string", "the claim's id", required=True),
    Column("subject", "string", "id of the agreement, actor or event the claim is about", required=True),
    Column("subject_name", "string", "the subject's title or name"),
    Column("predicate", "string", "what is claimed of the subject", required=True),
    Column("value", "string", "the value in words", required=True),
    Column("value_type", "string", "the value's type (date, actor, place, quantity, text, agreement, event)"),
    Column("date_start", "date", "for a date value: the first day it may be"),
    Column("date_end", "date", "for a date value: the last day it may be"),
    Column("date_precision", "string", "for a date value: day, month or year"),
    Column("actor_id", "string", "for an actor or participant value: the actor's id"),
    Column("actor_name", "string", "for an actor or participant value: the actor's name"),
    Column("office", "string", "for an actor or participant value: the office held, as the claim gives it"),
    Column(
        "office_of", "string", "for an actor or participant value: whose office (a state or organisation id)"
    ),
    Column(
        "actors",
        "string",
        "the ids of every actor the claim concerns, space-separated: its subject when an actor, the actor "
        "its value names, a statement's speaker (what `show actor` and `claims(actor=...)` count)",
    ),
    Column("source", "string", "the id of the source making the claim", required=True),
    Column("source_title", "string", "the source's title"),
    Column("source_outlet", "string", "the source's outlet id (empty: unknown)"),
    Column("source_outlet_name", "string", "the source's outlet name"),
    Column("source_published", "string", "the source's publication date (EDTF)"),
    Column("attribution", "string", "who in the source makes the claim (outlet, official, ...)"),
    Column("attribution_actor", "string", "the official, agency or outlet the claim is attributed to"),
    Column(
        "standing", "string", "accepted, disputed, refuted or superseded", tuple(s.value for s in Standing)
    ),
    Column("reason", "string", "why the claim is disputed or refuted"),
    Column("quote", "string", "the source's verbatim words", required=True),
    Column("quote_offset", "integer", "where the quote starts in the article, in characters"),
    Column("value_json", "object", "the typed value as JSON, as the dataset holds it"),
    Column("attribution_json", "object", "the attribution as JSON"),
    Column("inferences", "array", "what the source does not state outright, and how it was reached (JSON)"),
)


def _claim_row(claim: Claim, dataset: Dataset, names: Mapping[str, str]) -> tuple[str, ...]:
    from iransyria.models import VALUE_TAGS
    from iransyria.queries import describe_value

    value = claim.value
    date = value.date if isinstance(value, DateValue) else None
    actor = value if isinstance(value, (ActorValue, ParticipantValue)) else None
    position = None if actor is None else actor.position
    source = dataset.source_index.get(claim.source)
    outlet = None if source is None else source.outlet
    return (
        claim.id,
        claim.subject,
        names.get(claim.subject, ""),
        claim.predicate.value,
        describe_value(value, names),
        VALUE_TAGS[type(value)],
        *(
            ("", "", "")
            if date is None
            else (date.earliest.isoformat(), date.latest.isoformat(), date.precision.value)
        ),
        "" if actor is None else actor.actor,
        "" if actor is None else names.get(actor.actor, ""),
        "" if position is None else position.title,
        "" if position is None else position.of,
        " ".join(claim_actors(claim)),
        claim.source,
        "" if source is None else source.title,
        _cell(outlet),
        "" if outlet is None else names.get(outlet, ""),
        "" if source is None else _cell(source.published),
        claim.attribution.kind.value,
        _cell(claim.attribution.actor),
        claim.standing.value,
        _cell(claim.reason),
        claim.quote,
        _cell(claim.offset),
        _json(value),
        _json(claim.attribution),
        _json(claim.inferences),
    )


def claim_rows(dataset: Dataset) -> list[dict[str, str]]:
    """The flat claims table as dicts of text cells, column name to cell: what reading ``claims.csv`` gives."""
    table = tables(dataset)[CLAIM.table]
    return [dict(zip((c.name for c in table.columns), row, strict=True)) for row in table.rows]


def tables(dataset: Dataset) -> dict[str, Table]:
    """Every table of the CSV export, by name: the record tables, the flat claims table, and meta."""
    names = {actor.id: actor.name for actor in dataset.actors}
    names.update({agreement.id: agreement.title for agreement in dataset.agreements})
    names.update({event.id: event.title for event in dataset.events})
    claims = Table(
        CLAIM.table,
        CLAIM.description,
        CLAIM_COLUMNS,
        tuple(_claim_row(claim, dataset, names) for claim in dataset.claims),
        "id",
        (
            ("source", SOURCE.table, "id"),
            ("actor_id", ACTOR.table, "id"),
            ("attribution_actor", ACTOR.table, "id"),
            ("source_outlet", ACTOR.table, "id"),
        ),
    )
    meta = metadata(dataset)
    # A table per record kind (KINDS): claims flat, every other kind a column per field.
    made = {
        kind.table: claims if kind is CLAIM else _record_table(kind, dataset.table(kind)) for kind in KINDS
    }
    return {
        **made,
        "meta": Table(
            "meta",
            "the export's code and data versions and the SHA-256 of the dataset's canonical JSON",
            (
                Column("key", "string", "what is recorded", required=True),
                Column("value", "string", "its value"),
            ),
            (
                ("code_version", meta["code_version"]),
                ("data_version", meta["data_version"]),
                ("sha256", meta["sha256"]),
            ),
            "key",
        ),
    }


def csv_files(dataset: Dataset, *, escape_formulas: bool = True) -> dict[str, bytes]:
    """Every CSV file of the export, by file name (formula cells guarded unless ``escape_formulas`` is false)."""
    return {
        f"{name}.csv": table.to_csv(escape_formulas=escape_formulas) for name, table in tables(dataset).items()
    }


def exact_csv_files(dataset: Dataset) -> dict[str, bytes]:
    """Every CSV file of the export, every cell exactly as it is (``--no-escape-formulas``)."""
    return csv_files(dataset, escape_formulas=False)


def write_files(files: Mapping[str, bytes], folder: str | os.PathLike[str], *, force: bool = False) -> None:
    """Write the files as the folder ``folder``, as a whole: old tables or new, never a mix (:func:`~iransyria.atomic.write_folder`)."""
    from iransyria.atomic import write_folder

    write_folder(folder, files, force=force)


def read_table(data: bytes, *, escaped_formulas: bool = True) -> list[dict[str, str]]:
    """A CSV table's rows as dicts of text cells, as :func:`claim_rows` gives them (formula guards undone)."""
    rows = csv.DictReader(io.StringIO(data.decode("utf-8"), newline=""))
    if not escaped_formulas:
        return list(rows)
    return [{key: unguard_cell(value) for key, value in row.items()} for row in rows]


CSV = register_format(
    ExportFormat(
        "csv",
        (),
        "a folder of tables with a flat claims.csv",
        write=csv_files,
        folder=True,
        exact=exact_csv_files,
    )
)
