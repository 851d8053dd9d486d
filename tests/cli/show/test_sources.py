"""``show sources`` and ``show source ID`` (iransyria/cli/show/sources.py)."""

from __future__ import annotations

from iransyria import queries
from iransyria.dataset import Dataset
from iransyria.models import (
    Source,
)
from iransyria.serialization import structure
from tests.cli.helpers import SHIPPED, as_json, first_lines, fits_80_columns, ok
from tests.test_queries import (
    AGR_2020,
    HATAMI,
)


def test_show_sources() -> None:
    out = ok("show", "sources")
    fits_80_columns(out)
    for source in SHIPPED.sources:
        assert source.id in out.split()
        assert source.file in out
    counts = first_lines(out, ("src-",))
    assert counts == {s.id: str(len(queries.claims(source=s.id))) for s in SHIPPED.sources}
    assert all(int(count) > 0 for count in counts.values())
    assert "origin: Alsouria Net" in out  # by name
    assert structure(as_json("show", "sources"), list[Source]) == list(SHIPPED.sources)
    about = {s["id"] for s in as_json("show", "sources", "--agreement", AGR_2020)}
    assert "src-unknown-2020-comprehensive-agreement" in about
    assert "src-unknown-2018-new-deal" not in about
    assert "src-unknown-2018-new-deal" in {s["id"] for s in as_json("show", "sources", "--actor", HATAMI)}


def test_show_source() -> None:
    out = ok("show", "source", "SRC-SYRIAN-OBSERVER-2020")
    fits_80_columns(out)
    for expected in (
        "003_3400dcb84386deff.txt",
        "The Syrian Observer (outlet-syrian-observer)",
        "translation-of Alsouria Net (outlet-alsouria-net)",
        "origin     Alsouria Net (outlet-alsouria-net)",
        "2020-07",
    ):
        assert expected in out
    for claim in queries.claims(source="src-syrian-observer-2020"):
        assert claim.id in out
    part = structure(as_json("show", "source", "src-syrian-observer-2020"), Dataset)
    assert set(part.claims) == set(queries.claims(source="src-syrian-observer-2020")) | {
        c for c in part.claims if c.source != "src-syrian-observer-2020"
    }
