"""JSON in and out: one configured cattrs converter, and canonical bytes.

The converter is the orjson preconf with unknown keys forbidden, enums as
their values, dates as EDTF strings and claim values as a union tagged by a
``type`` field. Scalars are structured strictly (a string is not an int) so
that nothing is coerced on the way in and the round trip is exact.

Canonical output sorts keys and records, and indents by two spaces, so the
same dataset always gives the same bytes and two exports diff line by line.
"""

from __future__ import annotations

import collections
import enum
import gc
import os
import typing
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

import attrs
import cattrs
import orjson
from cattrs.cols import homogenous_tuple_structure_factory
from cattrs.errors import AttributeValidationNote
from cattrs.preconf.orjson import make_converter
from cattrs.strategies import configure_tagged_union

from iransyria import fastjson
from iransyria.atomic import write_atomic
from iransyria.dataset import META, Dataset
from iransyria.dates import FuzzyDate, PartialDate
from iransyria.display import bounded, cut, describe, safe_text
from iransyria.errors import MAX_ERRORS, DataError, InvalidField
from iransyria.models import VALUE_TAGS, ClaimValue
from iransyria.models.kinds import KINDS
from iransyria.reading import MAX_INPUT_BYTES, parse_json, read_input

__all__ = [
    "META",
    "PATHS_TAKEN",
    "TAG",
    "converter",
    "dump",
    "dumps",
    "load",
    "loads",
    "structure",
    "to_json",
    "unstructure",
]

T = TypeVar("T")

#: The discriminator key of a claim value.
TAG = "type"

#: The integers orjson can write: 64 bits, signed or not.
_INT_MIN, _INT_MAX = -(2**63), 2**64 - 1

_OPTIONS = orjson.OPT_SORT_KEYS | orjson.OPT_INDENT_2 | orjson.OPT_APPEND_NEWLINE


def _strict(kind: type[Any], name: str) -> Callable[[Any, type[Any]], Any]:
    def hook(value: Any, _: type[Any]) -> Any:
        if type(value) is not kind:
            raise TypeError(f"expected {name}, found {describe(value)}")
        return value

    return hook


def _structure_int(value: Any, _: type[Any]) -> int:
    # orjson writes integers of at most 64 bits: anything wider would load and then fail to export.
    if type(value) is not int:
        raise TypeError(f"expected an integer, found {describe(value)}")
    if not _INT_MIN <= value <= _INT_MAX:
        raise ValueError(f"expected an integer of at most 64 bits, found {describe(value)}")
    return value


def _array_hook(cls: Any, conv: cattrs.Converter) -> Callable[[Any, type[Any]], Any]:
    """A tuple field reads only a JSON array: cattrs alone would take an object's keys or a string's letters."""
    items = homogenous_tuple_structure_factory(cls, conv)

    def hook(value: Any, cl: type[Any]) -> Any:
        if not isinstance(value, list):
            raise TypeError(f"expected an array, found {describe(value)}")
        return items(value, cl)

    return hook


def _is_variadic_tuple(cls: Any) -> bool:
    args = typing.get_args(cls)
    return typing.get_origin(cls) is tuple and len(args) == 2 and args[1] is Ellipsis


def _object_hook(cls: Any, conv: cattrs.Converter) -> Callable[[Any, type[Any]], Any]:
    """A record reads only a JSON object, and says so when given anything else."""
    fields = conv.gen_structure_attrs_fromdict(cls)

    def hook(value: Any, cl: type[Any]) -> Any:
        if not isinstance(value, dict):
            raise TypeError(f"expected an object, found {describe(value)}")
        return fields(value, cl)

    return hook


def _one_of(choices: list[str]) -> str:
    return choices[0] if len(choices) == 1 else f"{', '.join(choices[:-1])} or {choices[-1]}"


def _enum_hook(cls: type[enum.Enum]) -> Callable[[Any, type[Any]], enum.Enum]:
    by_value = {member.value: member for member in cls}
    choices = _one_of([repr(value) for value in by_value])

    def hook(value: Any, _: type[Any]) -> enum.Enum:
        if isinstance(value, str) and value in by_value:
            return by_value[value]
        raise ValueError(f"expected one of {choices}, found {describe(value)}")

    return hook


def _is_enum(cls: Any) -> bool:
    return isinstance(cls, type) and issubclass(cls, enum.Enum)


def _enum_value(member: enum.Enum) -> Any:
    return member.value


def _structure_date(value: Any, _: type[Any]) -> FuzzyDate:
    if not isinstance(value, str):
        raise TypeError(f"expected an EDTF date string, found {describe(value)}")
    return FuzzyDate.parse(value)


def _structure_partial(value: Any, _: type[Any]) -> PartialDate:
    if not isinstance(value, str):
        raise TypeError(f"expected a date string, found {describe(value)}")
    return PartialDate.parse(value)


def _make_converter() -> cattrs.Converter:
    conv = make_converter(forbid_extra_keys=True)
    conv.register_structure_hook(str, _strict(str, "a string"))
    conv.register_structure_hook(int, _structure_int)
    conv.register_structure_hook_factory(_is_enum, _enum_hook)
    # orjson writes enums itself, so the preconf leaves them in; unstructure
    # promises plain JSON types (the standard library's json rejects enums).
    conv.register_unstructure_hook_factory(_is_enum, lambda _: _enum_value)
    conv.register_structure_hook_factory(_is_variadic_tuple, _array_hook)
    conv.register_structure_hook_factory(attrs.has, _object_hook)
    conv.register_structure_hook(FuzzyDate, _structure_date)
    conv.register_unstructure_hook(FuzzyDate, str)
    conv.register_structure_hook(PartialDate, _structure_partial)
    conv.register_unstructure_hook(PartialDate, str)
    configure_tagged_union(ClaimValue, conv, tag_generator=VALUE_TAGS.__getitem__, tag_name=TAG)
    tagged = conv.get_structure_hook(ClaimValue)
    known = _one_of(sorted(VALUE_TAGS.values()))
    tags = frozenset(VALUE_TAGS.values())

    def structure_value(value: Any, cl: Any) -> Any:
        if not isinstance(value, dict):
            raise TypeError(f"expected an object, found {describe(value)}")
        if TAG not in value:
            raise ValueError(f"required field {TAG!r} missing: one of {known}")
        tag = value[TAG]
        if not (isinstance(tag, str) and tag in tags):
            raise ValueError(f"expected {TAG!r} to be one of {known}, found {describe(tag)}")
        return tagged(value, cl)

    conv.register_structure_hook(ClaimValue, structure_value)

    # A dataset's tables are the registered kinds' (KINDS), read and written table by table.
    def structure_dataset(value: Any, _: Any) -> Dataset:
        if not isinstance(value, dict):
            raise TypeError(f"expected an object, found {describe(value)}")
        return _structure_dataset(value, MAX_ERRORS)

    def unstructure_dataset(dataset: Dataset) -> dict[str, Any]:
        return {kind.table: conv.unstructure(dataset.table(kind), kind.table_type) for kind in KINDS}

    conv.register_structure_hook(Dataset, structure_dataset)
    conv.register_unstructure_hook(Dataset, unstructure_dataset)
    return conv


#: The package's one configured converter.
converter: cattrs.Converter = _make_converter()


def _describe(exc: BaseException, _: type | None) -> str:
    if isinstance(exc, cattrs.ForbiddenExtraKeysError):
        extra = sorted(exc.extra_fields)
        known = (
            list(KINDS.tables)
            if exc.cl is Dataset
            else [field.name for field in attrs.fields(exc.cl) if field.init]
            if attrs.has(exc.cl)
            else []
        )
        listed = ", ".join(safe_text(cut(str(key))) for key in extra[:5])
        more = f" and {len(extra) - 5:,} more" if len(extra) > 5 else ""
        expected = f" (known fields: {', '.join(known)})" if known else ""
        return f"unknown field{'s' if len(extra) > 1 else ''} {listed}{more}{expected}"
    if isinstance(exc, KeyError):
        return "required field missing"
    if isinstance(exc, (ValueError, TypeError)) and str(exc):
        return bounded(safe_text(str(exc)))
    return cattrs.v.format_exception(exc, _)


def _problems(exc: BaseException, root: str = "$") -> list[str]:
    lines = []
    for line in cattrs.transform_error(exc, path=root, format_exception=_describe):
        message, _, path = line.rpartition(" @ ")
        path = path.removeprefix("$").lstrip(".") or "(top level)"
        lines.append(f"{path}: {message}")
    return lines


def _locate_field_errors(exc: BaseException) -> None:
    """Point each :class:`InvalidField` at its field, so its path names the field.

    cattrs reports an attrs validator's error at the record, not the field;
    the note added here is the one cattrs itself attaches to field errors.
    """
    if isinstance(exc, cattrs.ClassValidationError):
        for sub in exc.exceptions:
            if isinstance(sub, InvalidField) and not getattr(sub, "__notes__", None):
                sub.add_note(
                    AttributeValidationNote(f"Structuring @ attribute {sub.field}", sub.field, object)
                )
            _locate_field_errors(sub)
    elif isinstance(exc, cattrs.IterableValidationError):
        for sub in exc.exceptions:
            _locate_field_errors(sub)


def structure(data: Any, cls: type[T]) -> T:
    """Build a ``cls`` from JSON-shaped data, or raise :class:`DataError`."""
    try:
        return converter.structure(data, cls)
    except (cattrs.BaseValidationError, ValueError, TypeError, KeyError) as exc:
        _locate_field_errors(exc)
        raise DataError(_problems(exc)) from None


def unstructure(value: Any) -> Any:
    """The JSON form of a record or dataset: dicts, lists, strings, numbers, booleans and None only.

    What :func:`json.dumps` accepts as it is; :func:`structure` reads it back.
    """
    return converter.unstructure(value)


@contextmanager
def _gc_paused() -> Iterator[None]:
    # Bulk structuring builds many small objects; the cyclic collector
    # dominates its cost and finds nothing to free (see the benchmarks).
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _tables() -> dict[str, type[Any]]:
    """Each table of a dataset, and the record class of its items (:data:`~iransyria.models.kinds.KINDS`)."""
    return {kind.table: kind.cls for kind in KINDS}


class _Problems:
    """Problems as they are found, up to ``cap``; past it the rest of a record's are only counted."""

    def __init__(self, cap: int) -> None:
        self.cap = max(cap, 1)
        self.kept: list[str] = []
        self.omitted = 0

    def add(self, lines: list[str]) -> None:
        room = max(self.cap - len(self.kept), 0)
        self.kept.extend(lines[:room])
        self.omitted += max(len(lines) - room, 0)

    @property
    def full(self) -> bool:
        return len(self.kept) >= self.cap

    def __bool__(self) -> bool:
        return bool(self.kept)


def _structure_dataset(document: dict[str, Any], max_errors: int) -> Dataset:
    """A :class:`Dataset` from a parsed document, one record at a time.

    Record by record, so that checking stops once ``max_errors`` problems
    are found: 100,000 empty records are 700,000 problems, and listing (or
    even finding) them all took a gigabyte and many seconds. The records
    not checked are counted.
    """
    problems = _Problems(max_errors)
    known = _tables()
    unknown = [key for key in document if key not in known and key != META]
    if META in document and not isinstance(document[META], dict):
        problems.add([f"{META}: expected an object, found {describe(document[META])}"])
    if unknown:
        problems.add(
            ["(top level): " + _describe(cattrs.ForbiddenExtraKeysError("", Dataset, set(unknown)), None)]
        )
    tables: dict[str, list[Any]] = {}
    unchecked = 0
    for name, item in known.items():
        if name not in document:
            continue
        value = document[name]
        if problems.full:
            unchecked += len(value) if isinstance(value, list) else 1
            continue
        if not isinstance(value, list):
            problems.add([f"{name}: expected an array, found {describe(value)}"])
            continue
        hook = converter.get_structure_hook(item)
        records = tables[name] = []
        for index, element in enumerate(value):
            if problems.full:
                unchecked += len(value) - index
                break
            try:
                records.append(hook(element, item))
            except (cattrs.BaseValidationError, ValueError, TypeError, KeyError) as exc:
                _locate_field_errors(exc)
                problems.add(_problems(exc, f"{name}[{index}]"))
    if problems:
        raise DataError(problems.kept, problems.omitted, unchecked)
    return Dataset(**tables)


#: How many reads each path of :func:`loads` has served in this process: ``"fast"`` and
#: ``"detailed"``. The benchmark reports it, and the tests assert that the files users load
#: (an export, a ``new-source`` file) take the fast path.
PATHS_TAKEN: collections.Counter[str] = collections.Counter()


def loads(data: bytes | str, *, max_errors: int = MAX_ERRORS) -> Dataset:
    """Read a dataset from JSON text; raise :class:`DataError` on any problem.

    A key given twice in one object is a problem (see
    :mod:`iransyria.reading`). Checking stops at ``max_errors`` problems;
    :class:`DataError` counts what was left (``omitted``, ``unchecked``).

    A valid dataset is read by the fast path (:mod:`iransyria.fastjson`),
    which keeps these guarantees; anything it cannot vouch for is read by
    :func:`_loads_detailed`, record by record, so that a bad input gets
    every problem with its path.
    """
    if not isinstance(data, (bytes, bytearray, memoryview, str)):
        raise TypeError(f"loads() takes JSON text as bytes or str, not {type(data).__name__}")
    fast = fastjson.loads(data)
    if fast is not None:
        PATHS_TAKEN["fast"] += 1
        return fast
    PATHS_TAKEN["detailed"] += 1
    return _loads_detailed(data, max_errors=max_errors)


def _loads_detailed(data: bytes | str, *, max_errors: int = MAX_ERRORS) -> Dataset:
    """:func:`loads` without the fast path: the reference every fast read must agree with."""
    document = parse_json(data)
    if not isinstance(document, dict):
        raise DataError([f"(top level): expected an object, found {describe(document)}"])
    with _gc_paused():
        return _structure_dataset(document, max_errors)


def to_json(value: Any) -> bytes:
    """Canonical JSON bytes of any record, list of records or dataset: sorted keys, two-space indent."""
    return orjson.dumps(unstructure(value), option=_OPTIONS)


def dumps(dataset: Dataset) -> bytes:
    """The canonical JSON bytes of a dataset: sorted keys and records, two-space indent.

    Written by the fast path (:mod:`iransyria.fastjson`), byte for byte what
    :func:`to_json` writes. :func:`with_meta` adds an export's ``meta`` to them.
    """
    return fastjson.dumps(dataset) or to_json(dataset)


def with_meta(body: bytes, meta: dict[str, Any]) -> bytes:
    """The canonical bytes ``body`` of a dataset with ``meta`` put in at its sorted place among the tables.

    Byte for byte what writing the whole document with ``meta`` in it would
    give, without writing the records again: in canonical JSON a newline byte
    stands only between tokens (one inside a string is escaped), so a line
    starting with two spaces and a quote is a top-level key.
    """
    entry = orjson.dumps({META: meta}, option=_OPTIONS)[2:-3]  # '  "meta": {...}' at the document's depth
    whole = memoryview(body)  # (slices of it are not copies: the join below copies the body once)
    for name in sorted(_tables()):
        if name > META:
            at = body.find(b'\n  "' + name.encode() + b'": ')
            if at >= 0:
                return b"".join((whole[: at + 1], entry, b",\n", whole[at + 1 :]))
    end = body.rstrip().rfind(b"\n")  # after the last table: before the closing brace
    return b"".join((whole[:end], b",\n", entry, whole[end:]))


def load(
    path: str | os.PathLike[str], *, max_errors: int = MAX_ERRORS, max_bytes: int = MAX_INPUT_BYTES
) -> Dataset:
    """Read a dataset from a JSON file; raise :class:`DataError` on any problem, each line naming the file.

    Only a regular file of at most ``max_bytes`` is read (see
    :func:`iransyria.reading.read_input`).
    """
    if not isinstance(path, (str, os.PathLike)):
        raise TypeError(f"load() takes the path of a dataset JSON file, not {type(path).__name__}")
    data = read_input(path, max_bytes=max_bytes)
    try:
        return loads(data, max_errors=max_errors)
    except DataError as exc:
        raise exc.in_file(safe_text(os.fspath(path))) from None


def dump(dataset: Dataset, path: str | os.PathLike[str]) -> None:
    """Write a dataset's canonical JSON to a file, all or nothing (see :mod:`iransyria.atomic`)."""
    write_atomic(path, dumps(dataset))
