"""The plan: mirrors of the record classes, and the builders and dumpers generated for them."""

from __future__ import annotations

import typing
from collections.abc import Callable
from typing import Any, Literal, Union

import attrs
import msgspec
import orjson

from iransyria.dataset import META, Dataset
from iransyria.dates import FuzzyDate, PartialDate, date_text
from iransyria.errors import DataError
from iransyria.fastjson.generated import define
from iransyria.fastjson.scalars import date_parser, has_escaped_colon_range
from iransyria.fastjson.shapes import (
    INT,
    TAG,
    Refused,
    Unsupported,
    is_claim_value,
    is_date,
    is_enum,
    is_plain,
    optional_member,
    record_tables,
    slot_setters,
    tuple_item,
)
from iransyria.models import VALUE_TAGS, ClaimValue
from iransyria.models.common import (
    EACH_WHOLE_MATCH,
    NON_BLANK,
    OPTIONAL_OF,
    WHOLE_MATCH,
    char_offset,
    no_duplicates,
    non_empty,
    optional_non_empty,
    validator_parts,
)
from iransyria.reading import parse_json

#: orjson's canonical options, less key sorting: the generated dumpers build sorted objects.
_OPTIONS = orjson.OPT_INDENT_2 | orjson.OPT_APPEND_NEWLINE
_INDENT = orjson.OPT_INDENT_2

#: Records written per orjson call by ``dumps``.
_CHUNK = 512

#: Records written back and built per step by ``loads``, and what takes their place once built.
_READ_CHUNK = 4096
_NOTHING = (None,) * _READ_CHUNK


class Plan:
    """The mirrors, decoder, builders and dumpers for the record classes of a :class:`Dataset`."""

    def __init__(self) -> None:
        self.mirrors: dict[type, type] = {}
        self.builders: dict[type, Callable[[Any], Any]] = {}
        self.dumpers: dict[type, Callable[[Any], Any]] = {}
        #: Records built from equal mirrors during one read, by class (see :meth:`_class`).
        self.interned: list[dict[Any, Any] | set[str]] = []
        self.counter = 0
        self.shared: dict[int, Any] = {}
        self.namespace: dict[str, Any] = {
            "_new": object.__new__,
            "_shared_get": self.shared.get,
            "_shared_set": self.shared.setdefault,
            "_id": id,
            "Refused": Refused,
            "_parse_date": date_parser(FuzzyDate),
            "_parse_partial": date_parser(PartialDate),
            "_date_text": date_text,
            "_str": str,
            "_tuple": tuple,
        }
        tables = record_tables()
        self.tables = tables
        for item in tables.values():
            self._class(item)
        # Value members: build and dump dispatch on the concrete class.
        seen_values: dict[Any, Any] = {}
        self.interned.append(seen_values)
        self.namespace["_seen_value"] = seen_values
        self.namespace["_make_value"] = {
            self.mirrors[cls]: self.namespace[f"_make_{cls.__name__}"]
            for cls in VALUE_TAGS
            if cls in self.mirrors
        }
        self._compile("_intern_value", "found = _seen_value[m] = _make_value[type(m)](m)\n    return found")
        self.namespace["_dump_value"] = {cls: self.dumpers[cls] for cls in VALUE_TAGS if cls in self.dumpers}
        fields: list[tuple[str, Any]] = [
            (name, list.__class_getitem__(self.mirrors[item]))  # a list: a built chunk is let go
            for name, item in tables.items()
        ]
        # An export's ``meta`` (versions, content hash) is kept undecoded and read by the detailed
        # path's own parser (see :meth:`loads`): it is small, and its rules are that parser's.
        document = msgspec.defstruct(
            "DatasetMirror",
            [*fields, (META, msgspec.Raw, msgspec.Raw())],
            forbid_unknown_fields=True,
            gc=False,
        )
        self.decoder = msgspec.json.Decoder(document)
        self.encoder = msgspec.json.Encoder()

    # ---------------------------------------------------------------- mirrors

    def _class(self, cls: type, tag: str | None = None) -> type:
        """The mirror of an attrs class, generating its builder and dumper on the way."""
        if cls in self.mirrors:
            return self.mirrors[cls]
        hints = typing.get_type_hints(cls)
        fields = [field for field in attrs.fields(cls) if field.init]
        if any(field.kw_only for field in fields):
            raise Unsupported(f"{cls.__name__} has keyword-only fields")
        # A record inside records (an attribution, a position, a claim value) is often repeated word
        # for word: records are immutable values and the validators depend on the fields alone, so
        # equal mirrors (hashed in C) share one record, built and checked once per read. Their enums
        # are mirrored by value, as strings: an enum member's hash is a Python-level call.
        interned = cls not in self.tables.values()
        mirrored = [(field.name, self._type(hints[field.name], interned)) for field in fields]
        options: dict[str, Any] = {"forbid_unknown_fields": True, "frozen": True, "gc": False}
        if tag is not None:
            options.update(tag_field=TAG, tag=tag)
        mirror = msgspec.defstruct(f"{cls.__name__}Mirror", mirrored, **options)
        self.mirrors[cls] = mirror
        name = cls.__name__
        self.namespace[f"_{name}"] = cls
        self._compile(f"_make_{name}", self._make_body(cls, fields, hints, interned))
        if not interned:
            self.builders[cls] = self.namespace[f"_make_{name}"]
        else:
            seen: dict[Any, Any] = {}
            self.interned.append(seen)
            self.namespace[f"_seen_{name}"] = seen
            body = (
                f"found = _seen_{name}.get(m)\n    if found is None:\n"
                f"        found = _seen_{name}[m] = _make_{name}(m)\n    return found"
                # (the look-up is repeated inline where it is used: only a miss calls)
            )
            self.builders[cls] = self._compile(f"_build_{name}", body)
            self._compile(f"_intern_{name}", f"found = _seen_{name}[m] = _make_{name}(m)\n    return found")
        # Dump: a dict literal, keys sorted as the canonical form has them, the records inside it
        # written inline (a function call and a look-up cost more than the dict they would save).
        self.namespace[f"_fields_{name}"] = (fields, hints, tag)
        self.dumpers[cls] = self._compile(f"_dump_{name}", f"return {self._literal(cls, 'o')}", argument="o")
        return mirror

    def _make_body(
        self, cls: type, fields: list[attrs.Attribute[Any]], hints: dict[str, Any], interned: bool
    ) -> str:
        """The body of ``_make_<cls>(m)``: the record built from its mirror ``m``, each invariant checked once.

        The checks a validator makes on one value alone (an id's pattern, a non-blank text, no entry
        twice: see :func:`_inline_check`) run inline, as C-level calls; every other validator (those
        that compare fields) is called exactly as attrs calls it. When both hold, the record is made
        without its ``__init__`` (which would run the validators again), its slots set directly.
        """
        name = cls.__name__
        lines = []
        refused: list[str] = []
        called: list[str] = []
        for index, field in enumerate(fields):
            hint = hints[field.name]
            argument = f"a{index}"
            lines.append(f"{argument} = {self._build_expr(hint, f'm.{field.name}', interned)}")
            for part, validator in enumerate(validator_parts(field.validator)):
                condition = self._inline_check(validator, hint, argument, repeats=field.name != "id")
                if condition is not None:
                    refused.append(condition)
                else:
                    key = f"{name}_{index}_{part}"
                    self.namespace[f"_v_{key}"] = validator
                    self.namespace[f"_f_{key}"] = field
                    called.append(f"_v_{key}(o, _f_{key}, {argument})")
        setters = slot_setters(cls, fields)
        arguments = ", ".join(f"a{index}" for index in range(len(fields)))
        if setters is None:
            # Not a plain slotted record: its own ``__init__`` runs every validator.
            return "\n    ".join([*lines, f"return _{name}({arguments})"])
        if refused:
            lines.append(f"if {' or '.join(refused)}:\n        raise Refused")
        lines.append(f"o = _new(_{name})")
        for index, setter in enumerate(setters):
            self.namespace[f"_s_{name}_{index}"] = setter
            lines.append(f"_s_{name}_{index}(o, a{index})")
        lines += called
        lines.append("return o")
        return "\n    ".join(lines)

    def _inline_check(self, validator: Any, hint: Any, value: str, repeats: bool = False) -> str | None:
        """An expression true when ``validator`` would refuse ``value`` (a field of type ``hint``), or None.

        Only for validators whose whole condition is known here and only on the types the mirror
        guarantees: anything else is called, so nothing is accepted that the validator refuses.
        """
        member = optional_member(hint)
        if validator in OPTIONAL_OF and member is not None:
            inner = self._inline_check(OPTIONAL_OF[validator], member, value, repeats)
            return None if inner is None else f"({value} is not None and {inner})"
        if validator is non_empty and hint is str:
            # The validator's own pattern: a character that shows.
            self.namespace["_visible"] = NON_BLANK.search
            return f"(_visible({value}) is None)"
        if validator is optional_non_empty and member is str:
            self.namespace["_visible"] = NON_BLANK.search
            return f"({value} is not None and _visible({value}) is None)"
        if validator is char_offset and member is int:
            return f"({value} is not None and {value} < 0)"
        item = tuple_item(hint)
        if validator is no_duplicates and item is not None:
            if attrs.has(item) and item not in self.tables.values():
                # Records inside records are shared by a read: equal ones are one object (the
                # mirrors' fields convert one to one), so identity tells entries apart, in C.
                return f"(len({value}) > 1 and len(set(map(_id, {value}))) != len({value}))"
            return f"(len({value}) > 1 and len(set({value})) != len({value}))"
        if validator in EACH_WHOLE_MATCH and item is str:
            match = f"_whole_{id(EACH_WHOLE_MATCH[validator])}"
            self.namespace[match] = EACH_WHOLE_MATCH[validator].fullmatch
            return (
                f"({value} and (not all(map({match}, {value})) "
                f"or (len({value}) > 1 and len(set({value})) != len({value}))))"
            )
        if validator in WHOLE_MATCH and hint is str:
            pattern = WHOLE_MATCH[validator]
            match = f"_whole_{id(pattern)}"
            self.namespace[match] = pattern.fullmatch
            if not repeats:
                return f"{match}({value}) is None"
            # A value many records repeat (a claim's source) is matched once per read: the strings
            # that matched are kept, and a string is looked up at the cost of a hash.
            matched = f"_matched_{id(pattern)}"
            if matched not in self.namespace:
                seen: set[str] = set()
                self.namespace[matched] = seen
                self.interned.append(seen)
            return f"({value} not in {matched} and ({match}({value}) is None or {matched}.add({value})))"
        return None

    def _type(self, hint: Any, interned: bool = False) -> Any:
        if hint is int:
            return INT
        if interned and is_enum(hint) and all(isinstance(member.value, str) for member in hint):
            return Literal[tuple(member.value for member in hint)]
        if is_plain(hint):
            return hint
        if is_date(hint):
            return str
        member = optional_member(hint)
        if member is not None:
            return self._type(member, interned) | None
        if is_claim_value(hint):
            members = tuple(self._class(cls, VALUE_TAGS[cls]) for cls in typing.get_args(ClaimValue))
            return Union[members]  # noqa: UP007 - built from a tuple at run time
        item = tuple_item(hint)
        if item is not None:
            return tuple[self._type(item, interned), ...]  # type: ignore[misc]
        if attrs.has(hint):
            return self._class(hint)
        raise Unsupported(f"no mirror for {hint!r}")

    # ---------------------------------------------------------------- code

    def _build_expr(self, hint: Any, expr: str, interned: bool = False) -> str:
        if interned and is_enum(hint) and all(isinstance(member.value, str) for member in hint):
            table = f"_by_value_{hint.__name__}_{id(hint)}"
            self.namespace[table] = {member.value: member for member in hint}
            return f"{table}[{expr}]"
        if is_plain(hint):
            return expr
        if hint is FuzzyDate:
            return f"_parse_date({expr})"
        if hint is PartialDate:
            return f"_parse_partial({expr})"
        member = optional_member(hint)
        if member is not None:
            variable = self._variable()
            inner = self._build_expr(member, variable, interned)
            return expr if inner == variable else f"(None if ({variable} := {expr}) is None else {inner})"
        if is_claim_value(hint):
            variable = self._variable()
            # One table for every kind of value (mirrors of different classes are never equal):
            # a value seen before costs one look-up in C, no call.
            return f"(_seen_value.get({variable} := {expr}) or _intern_value({variable}))"
        item = tuple_item(hint)
        if item is not None:
            variable = self._variable()
            inner = self._build_expr(item, "x", interned)
            if inner == "x":
                return expr
            return f"(_tuple([{inner} for x in {variable}]) if ({variable} := {expr}) else ())"
        if attrs.has(hint):
            name = hint.__name__
            if expr.isidentifier():  # (a walrus inside a comprehension would make a closure)
                return f"(_seen_{name}.get({expr}) or _intern_{name}({expr}))"
            variable = self._variable()
            return f"(_seen_{name}.get({variable} := {expr}) or _intern_{name}({variable}))"
        raise Unsupported(f"no builder for {hint!r}")

    def _variable(self) -> str:
        self.counter += 1
        return f"v{self.counter}"

    def _literal(self, cls: type, expr: str) -> str:
        """A dict literal of the record ``expr`` (a name), keys sorted as the canonical form has them."""
        fields, hints, tag = self.namespace[f"_fields_{cls.__name__}"]
        entries = [
            (field.name, self._dump_expr(hints[field.name], f"{expr}.{field.name}")) for field in fields
        ]
        if tag is not None:
            entries.append((TAG, repr(tag)))
        return "{" + ", ".join(f"{key!r}: {value}" for key, value in sorted(entries)) + "}"

    def _dump_expr(self, hint: Any, expr: str) -> str:
        if hint is str or hint is int:
            return expr
        if is_enum(hint):
            return f"{expr}._value_"  # the stored value: ``.value`` is a Python-level descriptor
        if hint is FuzzyDate:
            # ``str(date)``, less the calls: the text of a single date is ``_date_text``'s, remembered.
            date, start = self._variable(), self._variable()
            bind = expr if expr.isidentifier() else f"({date} := {expr})"
            date = expr if expr.isidentifier() else date
            return (
                f"(_str({date}) if {bind}.end is not None "
                f"else _date_text(({start} := {date}.start).year, {start}.month, {start}.day))"
            )
        if hint is PartialDate:
            return f"_str({expr})"
        member = optional_member(hint)
        if member is not None:
            variable = self._variable()
            inner = self._dump_expr(member, variable)
            return expr if inner == variable else f"(None if ({variable} := {expr}) is None else {inner})"
        if is_claim_value(hint):
            variable, key = self._variable(), self._variable()
            # Dispatched inline on the value's class (a call per value costs more than the tests).
            kind = self._variable()
            chain = "".join(
                f"{self._literal(member, variable)} if {kind} is _{member.__name__} else "
                for member in typing.get_args(ClaimValue)
            )
            return (
                f"(_shared_get({key} := _id({variable} := {expr})) or _shared_set({key}, "
                f"({chain}_dump_value[{kind}]({variable})) if ({kind} := type({variable})) else None))"
            )
        item = tuple_item(hint)
        if item is not None:
            variable, each = self._variable(), self._variable()
            inner = self._dump_expr(item, each)
            if inner == each:
                return expr  # orjson writes a tuple of strings as an array
            if ":=" in inner and attrs.has(item):
                # A name bound inside a comprehension would make the whole function a closure.
                inner = f"_dump_{item.__name__}({each})"
            # Most tuples hold two entries or fewer: a comprehension costs a call of its own.
            first, second = self._dump_expr(item, f"{variable}[0]"), self._dump_expr(item, f"{variable}[1]")
            return (
                f"([] if not ({variable} := {expr}) else [{first}] if len({variable}) == 1 "
                f"else [{first}, {second}] if len({variable}) == 2 "
                f"else [{inner} for {each} in {variable}])"
            )
        if attrs.has(hint):
            self._class(hint)
            if expr.startswith("o."):
                variable, key = self._variable(), self._variable()
                return (
                    f"(_shared_get({key} := _id({variable} := {expr})) or "
                    f"_shared_set({key}, {self._literal(hint, variable)}))"
                )
            return self._inline_record(hint, expr)
        raise Unsupported(f"no dumper for {hint!r}")

    def _inline_record(self, cls: type, expr: str) -> str:
        """The dict literal of a record inside a record: its value bound once to a fresh name.

        The name is bound where it first appears: every expression here evaluates its parts in the
        order they are written, but for conditional ones, whose condition (written second) binds
        any name the first branch uses.
        """
        if expr.isidentifier():
            return self._literal(cls, expr)
        variable = self._variable()
        literal = self._literal(cls, variable)
        first = literal.index(f"{variable}.")
        return literal[:first] + f"({variable} := {expr})." + literal[first + len(variable) + 1 :]

    def _compile(self, name: str, body: str, argument: str = "m") -> Callable[[Any], Any]:
        return define(name, f"def {name}({argument}):\n    {body}\n", self.namespace)

    # ---------------------------------------------------------------- use

    def loads(self, data: bytes | str) -> Dataset | None:
        try:
            document = self.decoder.decode(data)
        except (msgspec.DecodeError, ValueError, TypeError):
            return None
        text = data.encode() if isinstance(data, str) else data
        if has_escaped_colon_range(text):
            return None
        # A chunk of records at a time: written back (to count its colons), built, then let go,
        # all while its mirrors are still in the processor's cache.
        colons = len(self.tables)  # the document's own keys
        meta = bytes(getattr(document, META))
        if meta:
            try:
                parsed = parse_json(meta)  # duplicate keys, wide numbers: as the detailed path reads it
            except DataError:
                return None
            if not isinstance(parsed, dict):
                return None
            colons += 1 + meta.count(b":")  # its key, and the colons of its text as written
        buffer = bytearray()
        encode_into = self.encoder.encode_into
        tables: dict[str, list[Any]] = {}
        try:
            for name, item in self.tables.items():
                build = self.builders[item]
                records: list[Any] = getattr(document, name)
                built: list[Any] = []
                for start in range(0, len(records), _READ_CHUNK):
                    chunk = records[start : start + _READ_CHUNK]
                    records[start : start + _READ_CHUNK] = _NOTHING[: len(chunk)]
                    encode_into(chunk, buffer)
                    colons += buffer.count(b":")
                    built += [build(record) for record in chunk]
                tables[name] = built
        except Exception:  # a check refused a value: the detailed path says which, with its path
            return None
        finally:
            for seen in self.interned:
                seen.clear()
        if text.count(b":") != colons:
            return None  # a key given twice
        return Dataset(**tables)

    def dumps(self, dataset: Dataset) -> bytes:
        pieces: list[Any] = [b"{\n"]
        shared = self.shared
        try:
            for name in sorted(self.tables):
                records = dataset.tables.get(name, ())  # (a kind registered after the dataset was made: none)
                key = orjson.dumps(name)
                if len(pieces) > 1:
                    pieces.append(b",\n")
                if not records:
                    pieces.append(b"  " + key + b": []")
                    continue
                pieces.append(b"  " + key + b": [\n")
                dump = self.dumpers[self.tables[name]]
                # Written a chunk at a time, each chunk as the table of a document of its own (so
                # orjson indents its records as deep as the whole document would), then joined once:
                # a chunk's dicts are built, written and freed while they are still in the cache.
                prefix, suffix = len(key) + 8, len(b"\n  ]\n}")
                for start in range(0, len(records), _CHUNK):
                    if start:
                        pieces.append(b",\n")
                    chunk = [dump(record) for record in records[start : start + _CHUNK]]
                    pieces.append(memoryview(orjson.dumps({name: chunk}, option=_INDENT))[prefix:-suffix])
                    shared.clear()  # (records sharing a value sit together, as their ids do)
                pieces.append(b"\n  ]")
            pieces.append(b"\n}\n")
            return b"".join(pieces)
        finally:
            self.shared.clear()
