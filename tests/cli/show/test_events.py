"""``show events`` and ``show event ID``, on the shipped events."""

from __future__ import annotations

from iransyria import queries
from iransyria.models import Event, EventKind
from iransyria.serialization import structure
from tests.cli.helpers import SHIPPED, as_json, fits_80_columns, ok, run

SIGNING_2018 = "evt-2018-08-military-signing"
TALKS_2020 = "evt-2020-07-damascus-talks"


def test_show_events_lists_every_event_with_its_independent_origins() -> None:
    out = ok("show", "events")
    fits_80_columns(out)
    for record in SHIPPED.events:
        assert record.id in out
    assert structure(as_json("show", "events"), list[Event]) == list(SHIPPED.events)
    row = next(block for block in out.split("\n\n") if SIGNING_2018 in block)
    assert row.splitlines()[0].split()[-1] == str(len(queries.event_corroboration(SIGNING_2018, SHIPPED)))


def test_show_events_filters_by_kind_actor_and_agreement() -> None:
    signings = as_json("show", "events", "--kind", "SIGNING")
    assert [e["id"] for e in signings] == [e.id for e in SHIPPED.events if e.kind is EventKind.SIGNING]
    by_name = as_json("show", "events", "--actor", "Hatami")
    assert [e["id"] for e in by_name] == [
        e.id for e in queries.events(actor="per-amir-hatami", dataset=SHIPPED)
    ]
    assert SIGNING_2018 in [e["id"] for e in by_name]
    about = as_json("show", "events", "--agreement", "agr-2020-comprehensive-military")
    assert about and all("agr-2020-comprehensive-military" in e["agreements"] for e in about)
    assert run("show", "events", "--kind", "parade").exit_code == 2


def test_show_event_gives_participants_with_roles_and_offices_and_the_claims() -> None:
    out = ok("show", "event", SIGNING_2018)
    fits_80_columns(out)
    for expected in ("signatory", "Amir Hatami", "Minister of Defence, Iran", "Damascus", "part of"):
        assert expected in out
    assert f"Claims reporting it ({len(queries.event_claims(SIGNING_2018, SHIPPED))})" in out
    talks = ok("show", "event", TALKS_2020)
    assert "during it" in talks and "evt-2020-07-bagheri-on-air-defence" in talks


def test_show_event_finds_an_event_by_title_words_and_refuses_an_unknown_one() -> None:
    assert "evt-2020-07-bagheri-on-air-defence" in ok("show", "event", "air defence")
    unknown = run("show", "event", "evt-nope")
    assert unknown.exit_code == 2
    assert 'no event "evt-nope"' in unknown.stderr
    excerpt = as_json("show", "event", SIGNING_2018)
    assert SIGNING_2018 in [e["id"] for e in excerpt["events"]]  # with the visit it was part of
    reporting = {c.id for c in queries.event_claims(SIGNING_2018, SHIPPED)}
    assert reporting <= {c["id"] for c in excerpt["claims"]}
