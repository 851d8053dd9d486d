"""Benchmarks, run on demand: ``python -m tests.benchmarks.run``.

Every time is set beside a baseline measured in the same run on the same
machine, so the ratios compare across machines and runs:

- ``loads`` against ``orjson.loads`` of the same bytes with the collector
  paused (the parse floor; with it running, orjson's own time swings with the
  heap's size), beside msgspec and pydantic v2 models of the same shapes
  (:mod:`tests.benchmarks.peers`) and the detailed cattrs path alone;
- ``dumps`` against ``orjson.dumps`` of the plain data with the same
  canonical options, beside the peers and the converter alone;
- ``validate`` as time per record, relative to the smallest size (flat
  means linear), and against ``loads``;
- common queries (``claims(actor=)``, ``timeline(actor=)``, ``best_value``,
  ``conflicts()``), cold (indexes built by the call) and warm;
- peak memory of each reader (tracemalloc);
- start-up of the main commands against ``python -c pass`` and a hello-world
  Typer app, medians of N runs.

Two data sets, each at every size: ``synthetic`` (the generator's agreements)
and ``replicated`` (the shipped claims repeated: long real quotes, thousands
of claims per agreement). Sizes count claims; ``--long`` adds 10^6.

    python -m tests.benchmarks.run [--sizes 1e3,1e4,1e5] [--long]
        [--datasets synthetic,replicated] [--startup-runs 11] [--json out.json]
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

import orjson

from iransyria import serialization
from iransyria.dataset import Dataset
from tests.benchmarks.synthetic import DATASETS

#: orjson's options for the canonical form.
CANONICAL = orjson.OPT_SORT_KEYS | orjson.OPT_INDENT_2 | orjson.OPT_APPEND_NEWLINE

HELLO = """
import typer
app = typer.Typer()
@app.command()
def hello(name: str = "world") -> None:
    \"\"\"Say hello.\"\"\"
    print(f"hello {name}")
app()
"""


#: Timings are this process's CPU time, not the wall clock: on a shared machine (here, 2 cores
#: and several test suites) the wall clock counts the time other processes held the CPU.
clock = time.process_time


def best_of(function: Callable[[], object], repeat: int) -> float:
    """The fastest of ``repeat`` runs, in CPU seconds, with the collector as the caller left it."""
    times = []
    for _ in range(repeat):
        start = clock()
        function()
        times.append(clock() - start)
    return min(times)


def paused(function: Callable[[], object]) -> Callable[[], object]:
    def run() -> object:
        gc.disable()
        try:
            return function()
        finally:
            gc.enable()

    return run


def peak_memory(function: Callable[[], object]) -> int:
    """The peak of memory allocated by one run of ``function``, in bytes, what it returns included."""
    gc.collect()
    tracemalloc.start()
    try:
        result = function()
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    del result
    return peak


def fresh(dataset: Dataset) -> Dataset:
    """An equal dataset with no cached indexes, so a query or validation pays for its own."""
    return dataset.evolve()  # every table (events and reference facts too), new empty caches


def query_subjects(dataset: Dataset) -> tuple[str, str]:
    """A person and an agreement to ask about: the first person with claims, the first agreement."""
    people = [actor.id for actor in dataset.actors if actor.id.startswith("per-")]
    about = dataset.claims_by_subject
    person = next((p for p in people if p in about), people[0] if people else "state-iran")
    return person, dataset.agreements[0].id


def bench_size(name: str, claims: int, repeat: int, peers: Any, memory: bool) -> dict[str, Any]:
    from iransyria import queries
    from iransyria.exports import json_bytes
    from iransyria.rules import validate

    dataset = DATASETS[name](claims)
    document = serialization.dumps(dataset)
    plain = orjson.loads(document)
    # What users load is the file ``iransyria export`` writes: the same records with a ``meta``.
    exported = json_bytes(dataset)
    row: dict[str, Any] = {
        "dataset": name,
        "claims": len(dataset.claims),
        "records": len(dataset),
        "megabytes": round(len(document) / 1e6, 2),
    }
    times: dict[str, float] = {}
    times["orjson.loads"] = best_of(paused(lambda: orjson.loads(document)), repeat)
    times["orjson.loads (gc on)"] = best_of(lambda: orjson.loads(document), repeat)
    times["orjson.dumps"] = best_of(paused(lambda: orjson.dumps(plain, option=CANONICAL)), repeat)
    times["loads"] = best_of(lambda: serialization.loads(document), repeat)
    times["orjson.loads, export file"] = best_of(paused(lambda: orjson.loads(exported)), repeat)
    before = serialization.PATHS_TAKEN.copy()
    times["loads, export file"] = best_of(lambda: serialization.loads(exported), repeat)
    taken = serialization.PATHS_TAKEN - before
    row["export file path"] = "fast" if set(taken) == {"fast"} else ", ".join(sorted(taken))
    times["export (json_bytes)"] = best_of(lambda: json_bytes(dataset), repeat)
    times["loads, detailed path"] = best_of(lambda: serialization._loads_detailed(document), 1)
    times["dumps"] = best_of(lambda: serialization.dumps(dataset), repeat)
    times["dumps, converter"] = best_of(lambda: serialization.to_json(dataset), 1)
    if peers is not None:
        decoded = peers.msgspec_loads(document)
        times["msgspec loads"] = best_of(paused(lambda: peers.msgspec_loads(document)), repeat)
        times["msgspec dumps"] = best_of(paused(lambda: peers.msgspec_dumps(decoded)), repeat)
        del decoded
        model = peers.pydantic_loads(document)
        times["pydantic loads"] = best_of(paused(lambda: peers.pydantic_loads(document)), repeat)
        times["pydantic loads (gc on)"] = best_of(lambda: peers.pydantic_loads(document), 1)
        times["pydantic dumps"] = best_of(paused(lambda: peers.pydantic_dumps(model)), repeat)
        del model
    # What users validate is what they read: the records as loads builds them (in id order), not
    # the generator's, which allocates the replicated data round by round and walks memory out of order.
    loaded = serialization.loads(document)
    assert loaded == dataset

    validations = []
    for _ in range(repeat):
        subject = fresh(loaded)
        start = clock()
        found = validate(subject)
        validations.append(clock() - start)
    times["validate"] = min(validations)
    row["violations"] = len(found)

    person, agreement = query_subjects(dataset)
    asked: dict[str, Callable[[Dataset], object]] = {
        f"claims(actor={person})": lambda d: queries.claims(actor=person, dataset=d),
        f"timeline(actor={person})": lambda d: queries.timeline(actor=person, dataset=d),
        f"best_value({agreement}, signed)": lambda d: queries.best_value(agreement, "signed", d),
        "conflicts()": lambda d: queries.conflicts(dataset=d),
    }
    row["queries"] = {}
    for label, ask in asked.items():
        subject = fresh(dataset)
        start = clock()
        ask(subject)
        cold = clock() - start
        warm = best_of(lambda a=ask, s=subject: a(s), repeat)  # type: ignore[misc]
        row["queries"][label] = {"cold_ms": cold * 1e3, "warm_ms": warm * 1e3}

    row["seconds"] = times
    parse, render = times["orjson.loads"], times["orjson.dumps"]
    row["ratios"] = {
        "loads / orjson.loads": times["loads"] / parse,
        "loads, detailed / orjson.loads": times["loads, detailed path"] / parse,
        "loads / orjson.loads, export file": times["loads, export file"] / times["orjson.loads, export file"],
        "export (json_bytes) / orjson.dumps": times["export (json_bytes)"] / render,
        "dumps / orjson.dumps": times["dumps"] / render,
        "dumps, converter / orjson.dumps": times["dumps, converter"] / render,
        "validate / loads": times["validate"] / times["loads"],
        "validate / orjson.loads": times["validate"] / parse,
    }
    if peers is not None:
        row["ratios"].update(
            {
                "msgspec loads / orjson.loads": times["msgspec loads"] / parse,
                "pydantic loads / orjson.loads": times["pydantic loads"] / parse,
                "loads / pydantic loads": times["loads"] / times["pydantic loads"],
                "msgspec dumps / orjson.dumps": times["msgspec dumps"] / render,
                "pydantic dumps / orjson.dumps": times["pydantic dumps"] / render,
            }
        )
    row["validate_us_per_record"] = times["validate"] / len(dataset) * 1e6
    if memory:
        peaks = {
            "orjson.loads": peak_memory(lambda: orjson.loads(document)),
            "loads": peak_memory(lambda: serialization.loads(document)),
        }
        if peers is not None:
            peaks["msgspec loads"] = peak_memory(lambda: peers.msgspec_loads(document))
            peaks["pydantic loads"] = peak_memory(lambda: peers.pydantic_loads(document))
        row["peak_mb"] = {key: value / 1e6 for key, value in peaks.items()}
    return row


# --------------------------------------------------------------------------- start-up


def median_run(argv: list[str], runs: int, env: dict[str, str], warm: bool = True) -> float:
    """The median CPU time (user and system) of ``runs`` runs of a command, in seconds.

    One unmeasured run first (unless ``warm`` is false), so that every module's bytecode is cached.
    """
    if warm:
        subprocess.run(argv, check=True, capture_output=True, env=env)
    times = []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        subprocess.run(argv, check=True, capture_output=True, env=env)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        times.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return statistics.median(times)


def startup_env(cache: str) -> dict[str, str]:
    """The environment the start-up runs get: bytecode cached in ``cache``, as an installed package has it.

    With ``PYTHONDONTWRITEBYTECODE`` set (as on some CI machines) and an
    editable install, every start would compile the package's sources again:
    about 100 ms that no installed copy pays (pip compiles a wheel's modules
    when it installs it). A private cache folder leaves the source tree clean,
    and every command measured, the baselines included, uses it alike.
    """
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = cache
    return env


def bench_startup(runs: int, warm: bool = True) -> dict[str, Any]:
    python = sys.executable
    script = shutil.which("iransyria", path=str(Path(python).parent))
    command = [script] if script else [python, "-m", "iransyria"]
    cases = {
        "python -c pass": [python, "-c", "pass"],
        "import attrs": [python, "-c", "import attrs"],
        "import iransyria": [python, "-c", "import iransyria"],
        "from iransyria import Claim": [python, "-c", "from iransyria import Claim"],
        "hello typer": [python, "-c", HELLO],
        "hello typer --help": [python, "-c", HELLO, "--help"],
        "iransyria --help": [*command, "--help"],
        "iransyria show agreements": [*command, "show", "agreements"],
        "iransyria check": [*command, "check"],
        "iransyria verify": [
            *command,
            "verify",
            "--agreement",
            "agr-2018-military-cooperation",
            "--signatory",
            "Hatami",
        ],
    }
    with tempfile.TemporaryDirectory(prefix="iransyria-pyc-") as cache:
        env = startup_env(cache)
        medians = {label: median_run(argv, runs, env, warm) for label, argv in cases.items()}
    return {
        "runs": runs,
        "ms": {label: value * 1e3 for label, value in medians.items()},
        "ratios": {
            "import iransyria / import attrs": medians["import iransyria"] / medians["import attrs"],
            "from iransyria import Claim / import attrs": medians["from iransyria import Claim"]
            / medians["import attrs"],
            "iransyria --help / hello typer --help": medians["iransyria --help"]
            / medians["hello typer --help"],
            "iransyria show agreements / hello typer": medians["iransyria show agreements"]
            / medians["hello typer"],
            "iransyria check / hello typer": medians["iransyria check"] / medians["hello typer"],
            "iransyria verify / hello typer": medians["iransyria verify"] / medians["hello typer"],
            "hello typer / python -c pass": medians["hello typer"] / medians["python -c pass"],
        },
    }


# --------------------------------------------------------------------------- report


def flatness(rows: list[dict[str, Any]]) -> None:
    """Each row's validate time per record relative to the smallest size of its data set."""
    smallest: dict[str, float] = {}
    for row in sorted(rows, key=lambda r: r["claims"]):
        base = smallest.setdefault(row["dataset"], row["validate_us_per_record"])
        row["ratios"]["validate per record / smallest"] = row["validate_us_per_record"] / base


def machine() -> dict[str, Any]:
    from importlib.metadata import PackageNotFoundError, version

    versions = {}
    for package in ("orjson", "msgspec", "pydantic", "attrs", "cattrs", "typer"):
        try:
            versions[package] = version(package)
        except PackageNotFoundError:  # a peer that is not installed is simply not listed
            continue
    return {
        "python": platform.python_version(),
        "implementation": platform.python_implementation(),
        "platform": platform.platform(),
        "processor": platform.processor() or platform.machine(),
        "cpus": os.cpu_count(),
        "load_average": os.getloadavg() if hasattr(os, "getloadavg") else None,
        "versions": versions,
    }


def render(report: dict[str, Any]) -> str:
    lines = [
        f"machine: {report['machine']['platform']}, {report['machine']['cpus']} CPUs, "
        f"Python {report['machine']['python']}, load {report['machine']['load_average']}",
    ]
    for row in report["sizes"]:
        lines.append("")
        lines.append(
            f"{row['dataset']}, {row['claims']:,} claims ({row['records']:,} records, "
            f"{row['megabytes']} MB), {row['violations']:,} violations; "
            f"the export file took the {row['export file path']} path"
        )
        t = row["seconds"]
        lines.append(f"  {'orjson.loads (gc paused)':34s} {t['orjson.loads'] * 1e3:10.1f} ms")
        lines.append(f"  {'orjson.dumps (canonical options)':34s} {t['orjson.dumps'] * 1e3:10.1f} ms")
        for label, value in row["ratios"].items():
            lines.append(f"  {label:34s} {value:10.2f}x")
        lines.append(f"  {'validate per record':34s} {row['validate_us_per_record']:10.2f} us")
        for label, value in row["queries"].items():
            lines.append(
                f"  {label[:34]:34s} {value['cold_ms']:10.2f} ms cold {value['warm_ms']:10.3f} ms warm"
            )
        for label, value in row.get("peak_mb", {}).items():
            lines.append(f"  {'peak memory, ' + label:34s} {value:10.1f} MB")
    if report.get("startup"):
        startup = report["startup"]
        lines.append("")
        lines.append(f"start-up, median CPU time of {startup['runs']} runs")
        for label, value in startup["ms"].items():
            lines.append(f"  {label:34s} {value:10.1f} ms")
        for label, value in startup["ratios"].items():
            lines.append(f"  {label:40s} {value:6.2f}x")
    return "\n".join(lines)


def render_markdown(report: dict[str, Any]) -> str:
    """The figures as Markdown tables, for docs/performance.md."""
    rows = report["sizes"]
    m = report["machine"]
    out = [
        f"Machine: {m['platform']}, {m['cpus']} CPUs, {m['implementation']} {m['python']}, "
        f"load average {', '.join(f'{x:.1f}' for x in m['load_average'] or [])}; "
        + ", ".join(f"{k} {v}" for k, v in m["versions"].items()),
        "",
    ]
    labels = list(dict.fromkeys(label for row in rows for label in row["ratios"]))
    header = [f"{row['dataset']} {row['claims']:,}" for row in rows]
    out.append("| ratio | " + " | ".join(header) + " |")
    out.append("| --- |" + " ---: |" * len(rows))
    out.append("| MB of JSON | " + " | ".join(f"{row['megabytes']}" for row in rows) + " |")
    out.append(
        "| orjson.loads, ms (gc paused) | "
        + " | ".join(f"{row['seconds']['orjson.loads'] * 1e3:.1f}" for row in rows)
        + " |"
    )
    out.append(
        "| orjson.dumps, ms | "
        + " | ".join(f"{row['seconds']['orjson.dumps'] * 1e3:.1f}" for row in rows)
        + " |"
    )
    for label in labels:
        cells = [f"{row['ratios'][label]:.2f}x" if label in row["ratios"] else "" for row in rows]
        out.append(f"| {label} | " + " | ".join(cells) + " |")
    out.append(
        "| validate, us per record | "
        + " | ".join(f"{row['validate_us_per_record']:.1f}" for row in rows)
        + " |"
    )
    for index, label in enumerate(rows[0]["queries"]):
        name = label.split("(")[0] + "(...)"
        cells = []
        for row in rows:
            value = list(row["queries"].values())[index]
            cells.append(f"{value['cold_ms']:.2f} / {value['warm_ms']:.3f}")
        out.append(f"| {name}, ms cold / warm | " + " | ".join(cells) + " |")
    for label in rows[0].get("peak_mb", {}):
        out.append(
            f"| peak MB, {label} | " + " | ".join(f"{row['peak_mb'][label]:.1f}" for row in rows) + " |"
        )
    if report.get("startup"):
        startup = report["startup"]
        out += [
            "",
            f"Start-up, median CPU time of {startup['runs']} runs:",
            "",
            "| command | ms |",
            "| --- | ---: |",
        ]
        out += [f"| `{label}` | {value:.1f} |" for label, value in startup["ms"].items()]
        out += ["", "| ratio | |", "| --- | ---: |"]
        out += [f"| {label} | {value:.2f}x |" for label, value in startup["ratios"].items()]
    return "\n".join(out)


def parse_sizes(text: str) -> list[int]:
    return [int(float(part)) for part in text.split(",") if part.strip()]


def main(argv: list[str] | None = None) -> dict[str, Any]:
    parser = argparse.ArgumentParser(
        prog="python -m tests.benchmarks.run", description=__doc__.split("\n")[0]
    )
    parser.add_argument("--sizes", default="1e3,1e4,1e5", help="claims per data set, comma-separated")
    parser.add_argument("--long", action="store_true", help="add 10^6 claims (minutes)")
    parser.add_argument("--datasets", default="synthetic,replicated")
    parser.add_argument("--repeat", type=int, default=3, help="runs per timing; the fastest counts")
    parser.add_argument("--startup-runs", type=int, default=11, help="0 skips start-up")
    parser.add_argument(
        "--no-warm-up", action="store_true", help="no unmeasured first start (figures then include compiling)"
    )
    parser.add_argument("--no-peers", action="store_true", help="skip msgspec and pydantic")
    parser.add_argument("--no-memory", action="store_true", help="skip peak memory (tracemalloc is slow)")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    parser.add_argument("--markdown", type=Path, help="also write them as Markdown tables to this file")
    args = parser.parse_args(argv)
    sizes = parse_sizes(args.sizes) + ([10**6] if args.long else [])
    peers = None
    if not args.no_peers:
        try:
            from tests.benchmarks.peers import Peers

            peers = Peers()
        except ImportError as missing:
            print(f"peers skipped ({missing}): pip install -e '.[bench]'", file=sys.stderr)
    rows = []
    for name in args.datasets.split(","):
        for size in sizes:
            rows.append(bench_size(name, size, args.repeat, peers, not args.no_memory))
            print(f"... {name} {size:,} done", file=sys.stderr, flush=True)
    flatness(rows)
    report = {"machine": machine(), "sizes": rows}
    if args.startup_runs:
        report["startup"] = bench_startup(args.startup_runs, warm=not args.no_warm_up)
    print(render(report))
    if args.json:
        args.json.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    if args.markdown:
        args.markdown.write_text(render_markdown(report) + "\n", encoding="utf-8")
    return report


if __name__ == "__main__":
    main()
