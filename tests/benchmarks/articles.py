"""Reading throughput, on demand: ``python -m tests.benchmarks.articles [COPIES]``.

Reads the test articles written for ``read`` (tests/extraction/articles.py),
each COPIES times, in one process, after one warm-up read (pysbd's rules,
the name index and verify's baseline are built once per process). CPU time
is the process's own, so the rates are per core; ``--jobs N`` in a batch
multiplies them by up to N. The share spent finding and drafting (before any
``verify``) shows where the time goes: judging each claim runs every rule.
"""

from __future__ import annotations

import sys
import time
from typing import Any

from iransyria.data import shipped
from iransyria.extraction.reader import drafts, prepare, read
from tests.extraction.articles import ARTICLES


def bench(copies: int = 3) -> dict[str, Any]:
    """The figures: articles, statements and claims read, CPU seconds, and the rates per CPU second."""
    data = shipped()
    read(ARTICLES[0].text, ARTICLES[0].published, data)  # warm-up
    articles = [a for a in ARTICLES for _ in range(copies)]
    start = time.process_time()
    readings = [read(a.text, a.published, data) for a in articles]
    seconds = time.process_time() - start
    start = time.process_time()
    drafted = sum(len(drafts(prepare(a.text, a.published, data))) for a in articles)
    drafting = time.process_time() - start
    statements = sum(len(r.statements) for r in readings)
    claims = sum(len(s.results) for r in readings for s in r.statements)
    return {
        "articles": len(articles),
        "characters": sum(len(a.text) for a in articles),
        "statements": statements,
        "claims": claims,
        "drafted": drafted,
        "cpu_seconds": seconds,
        "articles_per_cpu_second": len(articles) / seconds,
        "statements_per_cpu_second": statements / seconds,
        "drafting_share": drafting / seconds,
    }


def main(argv: list[str]) -> None:
    figures = bench(int(argv[0]) if argv else 3)
    print(
        f"read: {figures['articles']} articles ({figures['characters']:,} characters), "
        f"{figures['statements']} statements, {figures['claims']} claims in {figures['cpu_seconds']:.2f} CPU s: "
        f"{figures['articles_per_cpu_second']:.1f} articles and {figures['statements_per_cpu_second']:.1f} "
        f"statements per CPU second; finding and drafting {figures['drafting_share']:.0%} of it, "
        "verify the rest"
    )


if __name__ == "__main__":
    main(sys.argv[1:])
