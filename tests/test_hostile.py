"""Hostile input beyond the corpus (issue 24): costs counted, never timed.

The corpus (tests/corpus/surface.py) drives the commands; these tests pin
the costs behind them by counting the work done (characters compared,
steps taken) or comparing sizes, so that a quadratic path fails the suite
on any machine, however fast.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from iransyria import dataset
from iransyria.queries.names import suggest_names


@pytest.fixture
def compared(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[int]]:
    """Every difflib search for a longest match, as the product of the two spans searched (its cost)."""
    areas: list[int] = []
    longest: Callable[..., Any] = difflib.SequenceMatcher.find_longest_match

    def counted(
        self: difflib.SequenceMatcher[str], alo: int = 0, ahi: Any = None, blo: int = 0, bhi: Any = None
    ) -> Any:
        ahi = len(self.a) if ahi is None else ahi
        bhi = len(self.b) if bhi is None else bhi
        areas.append((ahi - alo) * (bhi - blo))
        return longest(self, alo, ahi, blo, bhi)

    monkeypatch.setattr(difflib.SequenceMatcher, "find_longest_match", counted)
    yield areas


def test_suggesting_a_name_costs_no_more_for_a_huge_one(compared: list[int]) -> None:
    """Class 4: a 126,000-character --signatory took 9 s in difflib; it is compared with nothing now."""
    data = dataset()
    suggest_names("actor", "Hatamy", data)
    typo = sum(compared)
    assert typo > 0
    compared.clear()
    suggest_names("actor", "a" * 126_000, data)
    assert sum(compared) <= typo


def test_locate_near_search_costs_the_same_in_a_4_mb_article_as_in_a_40_kb_one(compared: list[int]) -> None:
    """Class 3: the nearest passage was found by difflib over the whole article (quadratic: past a minute).

    Now the quote's pieces probe the article (linear, at C speed) and difflib
    sees only a window the quote's length: the comparisons made are the same
    whatever the article's length.
    """
    from iransyria.authoring import locate
    from tests.corpus.surface import BIG_ARTICLE, NEAR_MISS

    small = locate(BIG_ARTICLE[:1_040_000], NEAR_MISS)
    in_small = sum(compared)
    compared.clear()
    big = locate(BIG_ARTICLE, NEAR_MISS)
    assert (
        (big.start, big.end, big.found)
        == (small.start, small.end, small.found)
        == (
            1_000_000,
            1_002_000,
            BIG_ARTICLE[1_000_000:1_002_000],
        )
    )
    assert sum(compared) <= in_small


def test_the_near_search_bound_is_documented_as_coded() -> None:
    from iransyria.authoring import MAX_NEAR_QUOTE, NEAR_PROBES
    from iransyria.cli.authoring import locate
    from iransyria.reading import MAX_ARTICLE_BYTES
    from tests.conftest import REPO

    guide = " ".join((REPO / "docs" / "your-own-sources.md").read_text(encoding="utf-8").split())
    help_text = " ".join((locate.__doc__ or "").split())
    for text in (guide, help_text):
        assert f"at most {MAX_NEAR_QUOTE:,} characters" in text
        assert f"{NEAR_PROBES} " in text and "pieces" in text
        assert f"at most {MAX_ARTICLE_BYTES // 2**20} MiB" in text


def test_the_csv_guard_is_documented_as_coded() -> None:
    from iransyria.exports.csv import FORMULA_STARTS
    from tests.conftest import REPO

    guide = (REPO / "docs" / "your-own-sources.md").read_text(encoding="utf-8")
    assert "OWASP" in guide and "--no-escape-formulas" in guide
    shown = "".join(c for c in FORMULA_STARTS if c.isprintable())
    assert all(f"`{c}`" in guide or c in "＝＋－＠" for c in shown)
    assert "`＝ ＋ － ＠`" in guide


@pytest.mark.parametrize(
    "value", ["=1", "'=1", "''@x", "\uff1dx", "\tx", "-5", "-5x", "'", "", "plain", "'plain", "\r", "+"]
)
def test_the_csv_guard_is_undone_exactly(value: str) -> None:
    from iransyria.exports.csv import guard_cell, unguard_cell

    assert unguard_cell(guard_cell(value)) == value
    assert guard_cell(value) == value or guard_cell(value) == "'" + value
