"""What reading hostile input safely costs, on demand: ``python -m tests.benchmarks.reading [UNITS ...]``.

For a synthetic export of each size, the best of 5 runs of:

- ``orjson.loads`` alone (the baseline);
- :func:`iransyria.reading.parse_json`: orjson plus the duplicate-key and
  wide-integer checks (colon counts outside strings, at C speed);
- the same document with one duplicated key, which takes the slow path
  (a standard-library re-parse to name the duplicate's path);
- ``loads``: everything, typed and validated.

Ratios are to the baseline measured in the same run.
"""

from __future__ import annotations

import contextlib
import sys

import orjson

from iransyria import serialization
from iransyria.errors import DataError
from iransyria.reading import parse_json
from tests.benchmarks.run import best_of
from tests.benchmarks.synthetic import make_dataset


def bench(units: int) -> None:
    document = serialization.dumps(make_dataset(units))
    duplicated = document.replace(
        b'"standing": "accepted"', b'"standing": "accepted", "standing": "refuted"', 1
    )
    assert duplicated != document

    def slow_path() -> None:
        with contextlib.suppress(DataError):
            parse_json(duplicated)

    base = best_of(lambda: orjson.loads(document))
    checked = best_of(lambda: parse_json(document))
    slow = best_of(slow_path, repeat=3)
    full = best_of(lambda: serialization.loads(document), repeat=3)
    print(
        f"{units:>6} units, {len(document) / 1e6:6.1f} MB: orjson {base * 1e3:8.1f} ms | "
        f"parse_json {checked * 1e3:8.1f} ms (x{checked / base:.2f}, +{(checked - base) * 1e3:.1f} ms) | "
        f"with a duplicate {slow * 1e3:8.1f} ms (x{slow / base:.1f}) | loads {full * 1e3:8.1f} ms "
        f"(checks {100 * (checked - base) / full:.1f}% of loads)"
    )


if __name__ == "__main__":
    for units in [int(arg) for arg in sys.argv[1:]] or [100, 1000, 5000]:
        bench(units)
