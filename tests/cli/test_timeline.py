"""``timeline`` (iransyria/cli/timeline.py)."""

from __future__ import annotations

from iransyria import queries
from iransyria.cli.render import subject_name
from iransyria.serialization import structure
from tests.cli.helpers import SHIPPED, as_json, fits_80_columns, ok
from tests.test_queries import (
    AGR_2020,
    HATAMI,
)


def test_timeline() -> None:
    out = ok("timeline")
    fits_80_columns(out)
    dates = [line.split()[0] for line in out.splitlines() if line[:4].isdigit()]  # the date column
    assert dates.index("2018-08-26/2018-08-27") < dates.index("2020-07-08")
    with_ids = ok("timeline", "--ids")
    for event in queries.timeline():
        assert event.subject in with_ids.split()
        assert subject_name(SHIPPED, event.subject).split()[0] in out  # names first
    assert "state-iran" not in out.split()
    events = structure(as_json("timeline"), list[queries.TimelineEvent])
    assert events == list(queries.timeline())
    assert [e.date.sort_key for e in events] == sorted(e.date.sort_key for e in events)
    visit, signing = structure(as_json("timeline", "--agreement", AGR_2020), list[queries.TimelineEvent])
    assert visit.kind is queries.EventKind.VISIT and str(visit.date) == "2020-07"
    assert str(signing.date) == "2020-07-08" and signing.place == "Damascus"
    assert signing.agreements == (AGR_2020,)
    hatami = as_json("timeline", "--actor", HATAMI)
    assert any(e["kind"] == "visit" for e in hatami)
