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
    """Every difflib similarity computed, as the product of the two lengths (what the ratio costs)."""
    areas: list[int] = []
    ratio: Callable[[Any], float] = difflib.SequenceMatcher.ratio

    def counted(self: difflib.SequenceMatcher[str]) -> float:
        areas.append(len(self.a) * len(self.b))
        return ratio(self)

    monkeypatch.setattr(difflib.SequenceMatcher, "ratio", counted)
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
