"""Coverage-guided fuzzing (atheris/libFuzzer) of ``loads``, ``check``, ``verify --claim``, ``locate`` and the CSV export.

Not part of the test suite and in no extra: atheris is a fuzzing tool with
native wheels for some Pythons only. To run it::

    pip install atheris
    python -m tests.fuzz.atheris_targets loads -max_total_time=600 -print_final_stats=1
    python -m tests.fuzz.atheris_targets check -max_total_time=600 -print_final_stats=1
    python -m tests.fuzz.atheris_targets verify-claim -max_total_time=600 -print_final_stats=1
    python -m tests.fuzz.atheris_targets locate -max_total_time=600 -print_final_stats=1
    python -m tests.fuzz.atheris_targets csv -max_total_time=600 -print_final_stats=1

Extra arguments go to libFuzzer (``-jobs``, ``-runs``, a corpus folder to
grow). The seeds are the bad-input corpus (tests/corpus) and small valid
exports. What counts as a failure:

- ``loads``: any exception but :class:`DataError`, or a problem line that
  does not start with a path and ': ', or one longer than 600 characters.
- ``check``, ``verify-claim``, ``locate``, ``csv``: see :mod:`tests.fuzz.targets`
  (their seeds also run in the suite, tests/test_fuzz_targets.py).

A failing input is saved by libFuzzer as ``crash-<sha1>``. For ``loads`` it
becomes a case in tests/corpus (see tests/test_corpus.py); for the command
targets, a seed in tests/test_fuzz_targets.py and, where a command's output
was at fault, a case in tests/corpus/surface.py (see docs/development.md).
"""

from __future__ import annotations

import importlib
import os
import pkgutil
import sys
from pathlib import Path

import atheris

# Every module of the package, imported now so that it is instrumented: the commands import
# theirs lazily, inside the function, and a module first imported after this block would give
# libFuzzer no coverage to steer by.
with atheris.instrument_imports(include=["iransyria"]):
    import iransyria

    for module in pkgutil.walk_packages(iransyria.__path__, "iransyria."):
        importlib.import_module(module.name)
    from iransyria.errors import DataError
    from iransyria.serialization import loads
    from tests.fuzz.targets import TARGETS

REPO = Path(__file__).resolve().parents[2]
CORPUS = REPO / "tests" / "corpus" / "inputs"


def fuzz_loads(data: bytes) -> None:
    try:
        loads(data)
    except DataError as error:
        for line in error.lines():
            if ": " not in line and not line.startswith("and "):
                raise AssertionError(f"a problem without a path: {line!r}") from None
            if len(line) > 600:
                raise AssertionError(f"a problem line of {len(line)} characters") from None


def seeds(folder: Path) -> Path:
    """A seed folder: the corpus inputs and a small valid export."""
    folder.mkdir(parents=True, exist_ok=True)
    if CORPUS.is_dir():
        for case in CORPUS.glob("*.json"):
            data = case.read_bytes()
            if len(data) < 100_000:
                (folder / case.name).write_bytes(data)
    import iransyria
    from iransyria.serialization import dumps

    shipped = iransyria.shipped()
    small = shipped.evolve(claims=shipped.claims[:5], corrections=(), agreements=shipped.agreements[:1])
    (folder / "small-export.json").write_bytes(dumps(small))
    return folder


def target_seeds(name: str, folder: Path) -> Path:
    """A seed folder for one of tests.fuzz.targets: the seeds the suite runs it on."""
    from tests.test_fuzz_targets import seeds as suite_seeds

    folder.mkdir(parents=True, exist_ok=True)
    for i, data in enumerate(suite_seeds(name)):
        (folder / f"seed-{i:03}").write_bytes(data)
    return folder


def dictionary(path: Path) -> Path:
    """A libFuzzer dictionary of JSON punctuation and every field name and enum value, so mutations reach the converter."""
    import enum

    import attrs

    from iransyria import models
    from iransyria.models.kinds import KINDS

    words = {"{", "}", "[", "]", ":", ",", '""', "null", "true", "false", "0", "-1", "1e400", "\\u0000"}
    for value in vars(models).values():
        if isinstance(value, type) and attrs.has(value):
            words.update(f'"{field.name}"' for field in attrs.fields(value))
        if isinstance(value, type) and issubclass(value, enum.Enum):
            words.update(f'"{member.value}"' for member in value)
    words.update(f'"{table}"' for table in KINDS.tables)
    words.update(f'"{tag}"' for tag in models.VALUE_TAGS.values())
    words.update(['"clm-a"', '"src-a"', '"per-a"', '"agr-a"', '"2018-08"', '"2018-08-26/2018-08-27"'])
    path.parent.mkdir(parents=True, exist_ok=True)
    escaped = (word.replace("\\", "\\\\").replace('"', '\\"') for word in sorted(words))
    path.write_text("".join(f'"{word}"\n' for word in escaped))
    return path


def main() -> None:
    targets = {"loads": fuzz_loads, **TARGETS}
    if len(sys.argv) < 2 or sys.argv[1] not in targets:
        sys.exit(f"usage: python -m tests.fuzz.atheris_targets {{{'|'.join(targets)}}} [libFuzzer options]")
    name = sys.argv[1]
    args = [sys.argv[0], *sys.argv[2:]]
    if not any(not arg.startswith("-") for arg in args[1:]):
        work = Path(os.environ.get("IRANSYRIA_FUZZ_CORPUS", REPO / ".fuzz" / name))
        args.append(str(seeds(work) if name in ("loads", "check") else target_seeds(name, work)))
    if not any(arg.startswith("-dict=") for arg in args):
        args.append(f"-dict={dictionary(REPO / '.fuzz' / 'iransyria.dict')}")
    atheris.Setup(args, targets[name])
    atheris.Fuzz()


if __name__ == "__main__":
    main()
