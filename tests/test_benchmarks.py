"""The benchmark runner runs end to end at a tiny size: every figure present, nothing timed or asserted on speed."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

from tests.benchmarks.run import main, render, render_markdown
from tests.benchmarks.synthetic import replicated, signing_day, synthetic


def test_the_runner_writes_every_figure(tmp_path: Path) -> None:
    out = tmp_path / "bench.json"
    report = main(
        ["--sizes", "16,40", "--repeat", "1", "--startup-runs", "1", "--no-warm-up", "--json", str(out)]
    )
    assert json.loads(out.read_text(encoding="utf-8")) == json.loads(json.dumps(report))
    assert {row["dataset"] for row in report["sizes"]} == {"synthetic", "replicated"}
    peers = importlib.util.find_spec("pydantic") is not None  # the bench extra
    for row in report["sizes"]:
        assert {"loads / orjson.loads", "dumps / orjson.dumps", "loads / orjson.loads, export file"} <= set(
            row["ratios"]
        )
        assert row["export file path"] == "fast"  # the file users load is read on the fast path
        assert ("loads / pydantic loads" in row["ratios"]) is peers
        assert row["ratios"]["validate per record / smallest"] > 0
        assert len(row["queries"]) == 4 and set(row["peak_mb"]) >= {"loads", "orjson.loads"}
    assert {
        "iransyria show agreements / hello typer",
        "iransyria verify / hello typer",
        "iransyria check / hello typer",
        "import iransyria / import attrs",
    } <= set(report["startup"]["ratios"])
    assert "start-up, median CPU time of 1 runs" in render(report)
    assert "| loads / orjson.loads |" in render_markdown(report)


def test_the_generators_reach_the_sizes_asked() -> None:
    assert len(synthetic(17).claims) == 24  # whole units of 8 claims
    assert len(replicated(500).claims) == 500
    # the step that failed at about 125,000 units before: days stay in range and distinct
    days = {signing_day(unit) for unit in range(0, 3_000_000, 9_973)}
    assert len(days) == len(range(0, 3_000_000, 9_973))
    assert signing_day(10**6 // 8 * 10).year <= 9998


def test_the_reading_benchmark_counts_what_it_read() -> None:
    from tests.benchmarks.articles import bench
    from tests.extraction.articles import ARTICLES

    figures = bench(copies=1)
    assert figures["articles"] == len(ARTICLES)
    assert figures["statements"] == figures["drafted"] > 0
    assert figures["claims"] >= figures["statements"]
    assert figures["cpu_seconds"] > 0 and figures["drafting_share"] > 0
