"""Hostile input beyond the corpus (issue 24): costs counted, never timed.

The corpus (tests/corpus/surface.py) drives the commands; these tests pin
the costs behind them by counting the work done (characters compared,
steps taken) or comparing sizes, so that a quadratic path fails the suite
on any machine, however fast.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from iransyria import shipped
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
    data = shipped()
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


class _Counted(dict[str, Any]):
    """A mapping that counts its look-ups: the steps a rule takes, not the time they take."""

    steps = 0

    def __getitem__(self, key: str) -> Any:
        _Counted.steps += 1
        return super().__getitem__(key)

    def __contains__(self, key: object) -> bool:
        _Counted.steps += 1
        return super().__contains__(key)


def test_is905_walks_a_10_000_event_chain_in_linear_steps(monkeypatch: pytest.MonkeyPatch) -> None:
    """Class 5: IS905 followed every chain to its end from every event (cubic: 5,000 events ran past a minute)."""
    from iransyria.dataset import Dataset
    from iransyria.models import Event, EventKind
    from iransyria.rules.context import Context
    from iransyria.rules.events import event_part_of_loop

    n = 10_000
    ids = [f"evt-chain-{i:05}" for i in range(n)]
    # A chain of n events whose last is part of its 100th: one loop of n - 100, entered from a tail of 100.
    events = [
        Event(ids[i], EventKind.MEETING, f"Meeting {i}", part_of=ids[i + 1] if i + 1 < n else ids[100])
        for i in range(n)
    ]
    data = Dataset(events=tuple(events))
    index = _Counted(data.event_index)
    monkeypatch.setattr(Dataset, "event_index", property(lambda self: index))
    _Counted.steps = 0
    found = list(event_part_of_loop(Context(data)))
    assert len(found) == 1
    assert list(found[0].related) == ids[100:]
    assert _Counted.steps <= 4 * n


def _shown(tmp_path: Path, value_size: int, *args: str) -> tuple[int, str]:
    """The output's size for a dataset whose quote, actor name and title are ``value_size`` characters long."""
    import orjson
    from typer.testing import CliRunner

    from iransyria import cli
    from tests.corpus.surface import ACTOR, NAMED, SOURCE

    word = "Nahavandi" * (value_size // 9)  # one unbroken "word": the worst case for laying out
    path = tmp_path / f"big-{value_size}.json"
    path.write_bytes(
        orjson.dumps(
            {
                "sources": [{**SOURCE, "title": word}],
                "actors": [{**ACTOR, "name": word}],
                "claims": [{**NAMED, "quote": word}],
            }
        )
    )
    env = {"COLUMNS": "100", "NO_COLOR": "1"}
    result = CliRunner().invoke(cli.app, ["--no-shipped", "--data", str(path), *args], env=env)
    assert result.exit_code == 0, result.stderr[-500:]
    return len(result.stdout), result.stdout


@pytest.mark.parametrize(
    "args",
    [
        ("show", "claim", "clm-evil-named"),
        ("show", "claims"),
        ("show", "actors"),
        ("show", "actor", "per-evil"),
        ("show", "source", "src-evil"),
        ("search", "Nahavandi"),
    ],
    ids=" ".join,
)
def test_a_megabyte_value_is_laid_out_at_the_size_of_a_few_kilobytes(
    tmp_path: Path, args: tuple[str, ...]
) -> None:
    """Class 5: laying out a 4 MB quote took 38 s, a 50 MB name hung: human output shows a value's first part.

    The output for 4 MB values is no larger than for 8 kB ones (give or take the counts printed),
    so the layout's cost is bounded whatever the input; --json gives the values whole.
    """
    small, _ = _shown(tmp_path, 8_000, *args)
    big, text = _shown(tmp_path, 4_000_000, *args)
    assert big <= small + 200
    assert len(text) < 50_000


def _race(target: Path) -> tuple[list[bytes], list[bytes]]:
    """Two threads writing ``target`` exclusively at once: what each wrote, and what was refused."""
    import threading

    from iransyria.atomic import write_atomic

    wrote: list[bytes] = []
    refused: list[bytes] = []
    start = threading.Barrier(2)

    def write(data: bytes) -> None:
        start.wait()
        try:
            write_atomic(target, data, exclusive=True)
            wrote.append(data)
        except FileExistsError:
            refused.append(data)

    threads = [threading.Thread(target=write, args=(data,)) for data in (b"first", b"second")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return wrote, refused


def test_two_new_source_writers_racing_for_one_name_leave_one_file(tmp_path: Path) -> None:
    """Class 7: 'never overwrites' was a check then a rename; 9 of 30 rounds both 'wrote'. Now one link wins."""
    from iransyria.atomic import temporaries

    for round in range(30):
        target = tmp_path / f"new-{round}.json"
        wrote, refused = _race(target)
        assert len(wrote) == 1 and len(refused) == 1
        assert target.read_bytes() == wrote[0]
        assert temporaries(target) == []


def test_a_folder_export_that_fails_part_way_leaves_the_old_tables(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Class 7: a CSV folder export that failed on its third table left a mix of new and old tables."""
    import iransyria.atomic
    from iransyria.atomic import temporaries, write_folder

    folder = tmp_path / "tables"
    write_folder(folder, {"a.csv": b"old a", "b.csv": b"old b", "c.csv": b"old c"})
    written = 0
    real = iransyria.atomic.write_atomic

    def failing(path: Any, data: bytes, **options: Any) -> None:
        nonlocal written
        written += 1
        if written == 3:
            raise OSError(28, "No space left on device")
        real(path, data, **options)

    monkeypatch.setattr(iransyria.atomic, "write_atomic", failing)
    with pytest.raises(OSError, match="No space left"):
        write_folder(folder, {"a.csv": b"new a", "b.csv": b"new b", "c.csv": b"new c"})
    assert {path.name: path.read_bytes() for path in folder.iterdir()} == {
        "a.csv": b"old a",
        "b.csv": b"old b",
        "c.csv": b"old c",
    }
    assert temporaries(folder) == []


def test_the_stale_temporary_age_is_documented_as_coded() -> None:
    from iransyria.atomic import STALE_AFTER
    from tests.conftest import REPO

    guide = " ".join((REPO / "docs" / "your-own-sources.md").read_text(encoding="utf-8").split())
    assert STALE_AFTER == 3600 and "once it is an hour old" in guide and "`.NAME.<random>.tmp`" in guide
