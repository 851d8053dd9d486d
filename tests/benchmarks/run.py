"""Benchmarks, run on demand: ``python -m tests.benchmarks.run``.

Every figure is a ratio to a baseline measured in the same run on the same
machine, so the numbers compare across machines and runs:

- serialization: ``loads``/``dumps`` against plain ``orjson.loads``/``dumps``
  of the same document (the cost of typing and validation), with the
  collector paused (the default) and running;
- rules: ``validate`` on datasets of n, 2n, 4n and 8n units; time per record
  relative to the smallest size (flat means linear, as the rules issue asks);
- start-up: ``import iransyria`` and ``iransyria --help`` against a bare
  ``python -c pass``.
"""

from __future__ import annotations

import gc
import statistics
import subprocess
import sys
import time
from collections.abc import Callable

import orjson

from iransyria import serialization
from tests.benchmarks.synthetic import make_dataset


def best_of(function: Callable[[], object], repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return min(times)


def bench_serialization(units: int) -> None:
    dataset = make_dataset(units)
    document = serialization.dumps(dataset)
    raw = orjson.loads(document)
    parse = best_of(lambda: orjson.loads(document))
    render = best_of(lambda: orjson.dumps(raw))
    load = best_of(lambda: serialization.loads(document))

    def load_with_gc() -> None:
        gc.enable()
        serialization.structure(orjson.loads(document), type(dataset))

    load_gc = best_of(load_with_gc)
    dump = best_of(lambda: serialization.dumps(dataset))
    print(f"serialization, {len(dataset)} records, {len(document) / 1e6:.1f} MB:")
    print(f"  loads / orjson.loads          {load / parse:6.1f}x")
    print(f"  loads with gc / loads         {load_gc / load:6.2f}x")
    print(f"  dumps / orjson.dumps          {dump / render:6.1f}x")
    assert serialization.loads(document) == dataset


def bench_rules(units: int) -> None:
    from iransyria.rules import validate

    print("rules: validate() time per record, relative to the smallest dataset:")
    base = None
    for factor in (1, 2, 4, 8):
        dataset = make_dataset(units * factor)
        seconds = best_of(lambda d=dataset: validate(d), repeat=3)  # type: ignore[misc]
        per_record = seconds / len(dataset)
        base = base or per_record
        print(f"  {len(dataset):7d} records   {per_record / base:5.2f}x")


def run(argv: list[str]) -> float:
    runs = []
    for _ in range(7):
        start = time.perf_counter()
        subprocess.run([sys.executable, *argv], check=True, capture_output=True)
        runs.append(time.perf_counter() - start)
    return statistics.median(runs)


def bench_startup() -> None:
    bare = run(["-c", "pass"])
    library = run(["-c", "import iransyria"])
    cli = run(["-m", "iransyria", "--help"])
    show = run(["-m", "iransyria", "show", "agreements"])
    print("start-up, median of 7, relative to `python -c pass`:")
    print(f"  import iransyria              {library / bare:6.2f}x")
    print(f"  iransyria --help              {cli / bare:6.2f}x")
    print(f"  iransyria show agreements     {show / bare:6.2f}x")


if __name__ == "__main__":
    units = int(sys.argv[1]) if len(sys.argv) > 1 else 500
    bench_serialization(units)
    bench_rules(units // 4 or 1)
    bench_startup()
