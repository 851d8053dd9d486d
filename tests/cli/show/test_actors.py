"""``show actors`` and ``show actor ID`` (iransyria/cli/show/actors.py)."""

from __future__ import annotations

from iransyria import queries
from iransyria.dataset import Dataset
from iransyria.models import (
    Actor,
)
from iransyria.serialization import structure
from tests.cli.helpers import SHIPPED, as_json, first_lines, fits_80_columns, ok
from tests.test_queries import (
    AGR_2018,
    AGR_2020,
    AYYOUB,
    BAGHERI,
    HATAMI,
)


def test_show_actors() -> None:
    out = ok("show", "actors")
    fits_80_columns(out)
    for actor in SHIPPED.actors:
        assert actor.id in out.split()
    counts = first_lines(out, ("per-", "state-", "org-", "outlet-"))
    assert counts == {a.id: str(len(queries.claims(actor=a.id))) for a in SHIPPED.actors}
    assert int(counts["state-iran"]) > 0 and int(counts[HATAMI]) > 0
    assert "Amir Hatami" in out
    hatami = out[out.index("Amir Hatami") : out.index("per-amir-hatami")]
    assert " ".join(hatami.split()).endswith("Minister of Defence, Iran 27 person (2017-08-20 to 2021-08-25)")
    assert structure(as_json("show", "actors"), list[Actor]) == list(SHIPPED.actors)
    states = as_json("show", "actors", "--kind", "STATE")
    assert {"state-iran", "state-syria"} <= {a["id"] for a in states}
    assert all(a["kind"] == "state" for a in states)
    of_2020 = {a["id"] for a in as_json("show", "actors", "--agreement", AGR_2020)}
    assert {BAGHERI, AYYOUB} <= of_2020 and HATAMI not in of_2020
    of_source = {a["id"] for a in as_json("show", "actors", "--source", "src-media-line-2018")}
    assert {"outlet-media-line", HATAMI} <= of_source


def test_show_actor() -> None:
    out = ok("show", "actor", "per-amir-hatami")
    fits_80_columns(out)
    for expected in (
        "Amir Hatami",
        "Brig. Gen. Amir Hatami",
        "2017-08-20 to 2021-08-25",
        "reference",
        AGR_2018,
    ):
        assert expected in out
    for claim in queries.claims(actor=HATAMI):
        assert claim.id in out
    part = structure(as_json("show", "actor", HATAMI), Dataset)
    assert part.actor(HATAMI) == SHIPPED.actor(HATAMI)
    assert set(queries.claims(actor=HATAMI)) <= set(part.claims)
