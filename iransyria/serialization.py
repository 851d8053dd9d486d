"""JSON in and out: one configured cattrs converter, and canonical bytes.

The converter is the orjson preconf with unknown keys forbidden, enums as
their values, dates as EDTF strings and claim values as a union tagged by a
``type`` field. Scalars are structured strictly (a string is not an int) so
that nothing is coerced on the way in and the round trip is exact.

Canonical output sorts keys and records, and indents by two spaces, so the
same dataset always gives the same bytes and two exports diff line by line.
"""

from __future__ import annotations

import enum
import gc
import os
import typing
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

import attrs
import cattrs
import orjson
from cattrs.cols import homogenous_tuple_structure_factory
from cattrs.errors import AttributeValidationNote
from cattrs.preconf.orjson import make_converter
from cattrs.strategies import configure_tagged_union

from iransyria.atomic import write_atomic
from iransyria.dataset import Dataset
from iransyria.dates import FuzzyDate, PartialDate
from iransyria.errors import DataError, InvalidField
from iransyria.models import VALUE_TAGS, ClaimValue

__all__ = ["TAG", "converter", "dump", "dumps", "load", "loads", "structure", "to_json", "unstructure"]

T = TypeVar("T")

#: The discriminator key of a claim value.
TAG = "type"

_OPTIONS = orjson.OPT_SORT_KEYS | orjson.OPT_INDENT_2 | orjson.OPT_APPEND_NEWLINE


def _strict(kind: type[Any], name: str) -> Callable[[Any, type[Any]], Any]:
    def hook(value: Any, _: type[Any]) -> Any:
        if type(value) is not kind:
            raise TypeError(f"expected {name}, got {_json_type(value)}")
        return value

    return hook


def _json_type(value: Any) -> str:
    names = {
        bool: "a boolean",
        int: "an integer",
        float: "a number",
        str: "a string",
        list: "an array",
        dict: "an object",
        type(None): "null",
    }
    return names.get(type(value), type(value).__name__)


def _array_hook(cls: Any, conv: cattrs.Converter) -> Callable[[Any, type[Any]], Any]:
    """A tuple field reads only a JSON array: cattrs alone would take an object's keys or a string's letters."""
    items = homogenous_tuple_structure_factory(cls, conv)

    def hook(value: Any, cl: type[Any]) -> Any:
        if not isinstance(value, list):
            raise TypeError(f"expected an array, got {_json_type(value)}")
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
            raise TypeError(f"expected an object, got {_json_type(value)}")
        return fields(value, cl)

    return hook


def _enum_hook(cls: type[enum.Enum]) -> Callable[[Any, type[Any]], enum.Enum]:
    by_value = {member.value: member for member in cls}
    choices = ", ".join(repr(value) for value in by_value)

    def hook(value: Any, _: type[Any]) -> enum.Enum:
        try:
            return by_value[value]
        except (KeyError, TypeError):
            raise ValueError(f"{value!r} is not one of {choices}") from None

    return hook


def _is_enum(cls: Any) -> bool:
    return isinstance(cls, type) and issubclass(cls, enum.Enum)


def _enum_value(member: enum.Enum) -> Any:
    return member.value


def _structure_date(value: Any, _: type[Any]) -> FuzzyDate:
    if not isinstance(value, str):
        raise TypeError(f"expected an EDTF date string, got {_json_type(value)}")
    return FuzzyDate.parse(value)


def _structure_partial(value: Any, _: type[Any]) -> PartialDate:
    if not isinstance(value, str):
        raise TypeError(f"expected a date string, got {_json_type(value)}")
    return PartialDate.parse(value)


def _make_converter() -> cattrs.Converter:
    conv = make_converter(forbid_extra_keys=True)
    conv.register_structure_hook(str, _strict(str, "a string"))
    conv.register_structure_hook(int, _strict(int, "an integer"))
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
    known = ", ".join(sorted(VALUE_TAGS.values()))
    tags = frozenset(VALUE_TAGS.values())

    def structure_value(value: Any, cl: Any) -> Any:
        if not isinstance(value, dict):
            raise TypeError(f"expected an object, got {_json_type(value)}")
        if value.get(TAG) not in tags:
            raise ValueError(f"{TAG!r} must be one of {known}, got {value.get(TAG)!r}")
        return tagged(value, cl)

    conv.register_structure_hook(ClaimValue, structure_value)
    return conv


#: The package's one configured converter.
converter: cattrs.Converter = _make_converter()


def _describe(exc: BaseException, _: type | None) -> str:
    if isinstance(exc, cattrs.ForbiddenExtraKeysError):
        return f"unknown field{'s' if len(exc.extra_fields) > 1 else ''} " + ", ".join(
            repr(key) for key in sorted(exc.extra_fields)
        )
    if isinstance(exc, KeyError):
        return "required field missing"
    if isinstance(exc, (ValueError, TypeError)) and str(exc):
        return str(exc)
    return cattrs.v.format_exception(exc, _)


def _problems(exc: BaseException) -> list[str]:
    lines = []
    for line in cattrs.transform_error(exc, path="$", format_exception=_describe):
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


def loads(data: bytes | str) -> Dataset:
    """Read a dataset from JSON text; raise :class:`DataError` on any problem."""
    try:
        raw = orjson.loads(data)
    except orjson.JSONDecodeError as exc:
        raise DataError([f"(top level): not valid JSON: {exc}"]) from None
    if not isinstance(raw, dict):
        raise DataError([f"(top level): expected an object, got {_json_type(raw)}"])
    with _gc_paused():
        return structure(raw, Dataset)


def to_json(value: Any) -> bytes:
    """Canonical JSON bytes of any record, list of records or dataset: sorted keys, two-space indent."""
    return orjson.dumps(unstructure(value), option=_OPTIONS)


def dumps(dataset: Dataset) -> bytes:
    """The canonical JSON bytes of a dataset: sorted keys and records, two-space indent."""
    return to_json(dataset)


def load(path: str | os.PathLike[str]) -> Dataset:
    """Read a dataset from a JSON file; raise :class:`DataError` on any problem."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise DataError([f"{path}: cannot read: {exc.strerror or exc}"]) from None
    return loads(data)


def dump(dataset: Dataset, path: str | os.PathLike[str]) -> None:
    """Write a dataset's canonical JSON to a file, all or nothing (see :mod:`iransyria.atomic`)."""
    write_atomic(path, dumps(dataset))
