"""A fast path under :func:`~iransyria.serialization.loads` and ``dumps``: same records, same bytes.

The records stay attrs classes and :mod:`iransyria.serialization`'s cattrs
converter stays the reference: it gives every problem of a bad input with its
path. This module only makes the common case, a valid dataset, cheap:

- **loads**: msgspec decodes the JSON in C into *mirrors* of the record
  classes (:class:`msgspec.Struct` types generated from the attrs classes:
  same fields, every field required, unknown keys refused, claim values a
  union tagged by ``type``, integers within 64 bits). The mirrors are then
  turned into the attrs records by builders generated once per class, which
  check each record's invariants exactly once: the validators that look at
  one value alone (an id's pattern, a non-blank text, no entry twice) as
  inline C-level calls, every other validator called as attrs calls it, and
  the record's slots then set directly (its ``__init__`` would run every
  validator a second time). A key given twice in one object
  is caught by counting colons: outside strings, every colon in JSON text
  ends a key, and the mirrors, written back by msgspec, hold one key per
  field, so the text has more colons than its decoding exactly when a key
  was given twice (an escaped colon, ``\\u003a``, could hide one, so its
  presence sends the text to the detailed path).
- **dumps**: functions generated once per table build each record's plain
  JSON form, keys already in sorted order and the records inside it written
  inline (a claim value or attribution shared by many claims, as a read
  shares them, is put into words once per write); orjson writes them with
  the canonical indentation a chunk at a time, so that a chunk's dicts are
  built, written and freed while still in the processor's cache, and the
  chunks are joined once: byte for byte what the converter writes.

Anything the fast path cannot vouch for (a decoding error, a failed
validator, a record that omits a field with a default, a duplicate key)
makes it return ``None``, and the caller runs the detailed path, which
reports the problems or, for an input that is merely unusual, reads it.
So the fast path never accepts what the detailed path refuses, and never
refuses what it accepts. A type it cannot mirror switches it off, whole.

Invariants. Each is relied on above, and each is checked by a property test
in ``tests/test_fastjson.py`` whose docstring names it (a test checks that
every one listed here has one):

- **I1** The fast path never accepts what the detailed path refuses: when
  it returns a dataset, the detailed path returns the same dataset.
- **I2** It reads every canonical text the converter writes, to the records
  written.
- **I3** It writes byte for byte what the converter writes.
- **I4** A key given twice anywhere in the document sends the text to the
  detailed path.
- **I5** An escaped colon (``\\u003a``) anywhere in the text sends it to the
  detailed path.

The generated functions are compiled with their source registered for
tracebacks and debuggers, and written out on request: see
:mod:`~iransyria.fastjson.generated`.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable
from typing import Any

from iransyria.dataset import Dataset
from iransyria.fastjson.plan import Plan
from iransyria.fastjson.shapes import Unsupported
from iransyria.models.kinds import KINDS

__all__ = ["dumps", "loads"]


_plan: Plan | None = None
_failed = False
#: The registry generation the plan (or its failure) was made for: a kind registered later makes a new plan.
_generation = -1
_lock = threading.Lock()
_reading = threading.Lock()


def _get_plan() -> Plan | None:
    """The plan, built on first use (a fraction of a millisecond per class); None if unsupported."""
    global _plan, _failed, _generation
    if _generation != KINDS.generation:
        with _lock:
            if _generation != KINDS.generation:
                _plan, _failed = None, False
                _generation = KINDS.generation
    if _plan is None and not _failed:
        with _lock:
            if _plan is None and not _failed:
                try:
                    _plan = Plan()
                except Unsupported:
                    _failed = True
    return _plan


def _paused(function: Callable[[], Any]) -> Any:
    enabled = gc.isenabled()
    gc.disable()
    try:
        return function()
    finally:
        if enabled:
            gc.enable()


def loads(data: bytes | str) -> Dataset | None:
    """The dataset in ``data`` when it is valid and plainly written; None means: use the detailed path."""
    plan = _get_plan()
    if plan is None or not isinstance(data, (bytes, str)):
        return None
    # One read at a time: a read's shared records must all come from its own tables (equal records
    # are one object, which the duplicate checks rely on), and the tables are the plan's. Reads hold
    # the interpreter lock throughout anyway, so taking turns costs nothing.
    with _reading:
        found: Dataset | None = _paused(lambda: plan.loads(data))
    return found


def dumps(dataset: Dataset) -> bytes | None:
    """The canonical JSON bytes of ``dataset``; None when the fast path does not support its types."""
    plan = _get_plan()
    if plan is None:
        return None
    written: bytes = _paused(lambda: plan.dumps(dataset))
    return written
