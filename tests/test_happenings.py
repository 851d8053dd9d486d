"""Events in the queries: one row per happening, its sources, its corroboration, and the free-text share."""

from __future__ import annotations

import collections

from hypothesis import given

import iransyria
from iransyria import queries
from iransyria.data import events as E
from iransyria.dataset import Dataset
from iransyria.dates import FuzzyDate
from iransyria.models import (
    Attribution,
    AttributionKind,
    Claim,
    DateValue,
    Derivation,
    DerivationKind,
    Event,
    EventKind,
    EventKindValue,
    Participant,
    ParticipantValue,
    Predicate,
    Role,
    Source,
    SourceKind,
    StatementValue,
    TextValue,
)
from tests.strategies import datasets

DATA = iransyria.shipped()
SRC_000, SRC_001 = "src-unknown-2018-new-deal", "src-unknown-2018-deepen-cooperation"
SRC_002, SRC_003, SRC_004 = (
    "src-unknown-2020-comprehensive-agreement",
    "src-syrian-observer-2020",
    "src-media-line-2018",
)


def test_the_timeline_shows_each_happening_once() -> None:
    rows = queries.timeline()
    subjects = [row.subject for row in rows]
    assert len(subjects) == len(set(subjects))
    (visit,) = [row for row in rows if row.subject == E.VISIT_2018]
    assert visit.kind is EventKind.VISIT
    assert set(visit.sources) == {SRC_000, SRC_003, SRC_004}
    (signing,) = [row for row in rows if row.subject == E.SIGNING_2018]
    assert set(signing.sources) == {SRC_000, SRC_001, SRC_003, SRC_004}
    assert signing.agreements == ("agr-2018-military-cooperation",)
    assert [row.date.sort_key for row in rows] == sorted(row.date.sort_key for row in rows)


def test_the_timeline_places_only_dated_events_and_unrecorded_signings() -> None:
    rows = {row.subject for row in queries.timeline()}
    dated = {e.id for e in DATA.events if e.date is not None}
    assert dated <= rows
    assert E.IRAN_INTERVENTION in rows  # Iran's forces, from 2013 (its support from 2011 is an assertion)
    # No signing event: its agreement's record, dated by the reference fact, places it.
    assert "agr-long-term-economic" in rows
    assert "agr-2018-military-cooperation" not in rows  # its signing event stands for it


def test_timeline_filters() -> None:
    for_2020 = queries.timeline(agreement="agr-2020-comprehensive-military")
    assert {row.subject for row in for_2020} == {E.VISIT_2020, E.SIGNING_2020}
    for_hatami = {row.subject for row in queries.timeline(actor="per-amir-hatami")}
    assert {E.VISIT_2018, E.MEETINGS_2018, E.SIGNING_2018} <= for_hatami
    assert E.SIGNING_2020 not in for_hatami


def test_corroboration_counts_independent_origins_of_an_event() -> None:
    # 003 is a translation of Alsouria Net: it counts as Alsouria Net's report.
    assert queries.corroboration(E.VISIT_2018) == ("outlet-alsouria-net", SRC_004, SRC_000)
    # 001 reports the signing only through Tasnim, the voice of Iranian state media.
    assert queries.event_corroboration(E.SIGNING_2018) == (
        "org-iranian-state-media",
        "outlet-alsouria-net",
        SRC_004,
        SRC_000,
    )


def test_one_remark_in_two_reports_is_one_event_with_two_wordings() -> None:
    said = [c for c in queries.event_claims(E.BAGHERI_WILL_2020) if c.predicate is Predicate.STATEMENT]
    assert {c.source for c in said} == {SRC_002, SRC_003}
    wordings = {c.value.text for c in said if isinstance(c.value, StatementValue)}
    assert len(wordings) == 2
    assert {c.value.speaker for c in said if isinstance(c.value, StatementValue)} == {"per-mohammad-bagheri"}


def test_the_us_demands_are_one_event_reported_three_times() -> None:
    assert set(queries.event_sources(E.DEMANDS_2018)) == {SRC_000, SRC_001, SRC_004}
    assert {p.actor for p in DATA.event_index[E.DEMANDS_2018].participants if p.role is Role.SPEAKER} == {
        "state-usa",
        "state-israel",
    }


def test_events_filters() -> None:
    assert {e.id for e in queries.events(kind=EventKind.SIGNING)} == {E.SIGNING_2018, E.SIGNING_2020}
    assert E.BAGHERI_TURKEY_2020 in {e.id for e in queries.events(actor="state-turkey")}
    assert E.SIGNING_2020 in {e.id for e in queries.events(agreement="agr-2020-comprehensive-military")}
    assert queries.event("EVT-2018-08-HATAMI-VISIT-DAMASCUS") == DATA.event_index[E.VISIT_2018]
    assert queries.event("evt-nothing") is None


def test_free_text_is_under_fifteen_percent() -> None:
    text, total = queries.free_text_share()
    assert text / total < 0.15, (text, total)
    assert all(c.predicate is not Predicate.NAMED_AS for c in queries.free_text_claims())


def test_free_text_share_counts_text_values_only() -> None:
    outlet = Attribution(AttributionKind.OUTLET)
    claims = [
        Claim("clm-a", "src-a", "per-a", Predicate.ASSERTION, TextValue("prose"), outlet, "q"),
        Claim("clm-b", "src-a", "per-a", Predicate.NAMED_AS, TextValue("A"), outlet, "q"),
        Claim("clm-c", "src-a", "evt-a", Predicate.STATEMENT, StatementValue("per-a", "words"), outlet, "q"),
    ]
    assert queries.free_text_share(Dataset(claims=claims)) == (1, 3)


def test_a_translation_adds_no_corroboration_to_an_event() -> None:
    outlet = Attribution(AttributionKind.OUTLET)
    source = Source(
        "src-a", "a.txt", "0" * 64, "A", None, "unknown", None, "unknown", "en", SourceKind.ORIGINAL
    )
    copy = Source(
        "src-b",
        "b.txt",
        "1" * 64,
        "B",
        None,
        "unknown",
        None,
        "unknown",
        "en",
        SourceKind.TRANSLATION,
        (Derivation(DerivationKind.TRANSLATION_OF, None, "src-a"),),
    )
    event = Event(
        "evt-a", EventKind.MEETING, "A meeting", participants=(Participant("per-a", Role.ATTENDEE),)
    )
    claims = [
        Claim(
            f"clm-{s}",
            f"src-{s}",
            "evt-a",
            Predicate.EVENT_KIND,
            EventKindValue(EventKind.MEETING),
            outlet,
            "q",
        )
        for s in "ab"
    ]
    data = Dataset(sources=[source, copy], claims=claims, events=[event])
    assert queries.corroboration("evt-a", data) == ("src-a",)
    assert queries.event_sources("evt-a", data) == ("src-a", "src-b")


def test_reports_of_one_event_merge_into_one_timeline_row() -> None:
    outlet = Attribution(AttributionKind.OUTLET)
    event = Event(
        "evt-a",
        EventKind.VISIT,
        "A visit",
        date=FuzzyDate.parse("2018-08"),
        participants=(Participant("per-a", Role.VISITOR),),
    )
    claims = [
        Claim(
            "clm-a",
            "src-a",
            "evt-a",
            Predicate.EVENT_DATE,
            DateValue(FuzzyDate.parse("2018-08")),
            outlet,
            "q",
        ),
        Claim(
            "clm-b",
            "src-b",
            "evt-a",
            Predicate.PARTICIPANT,
            ParticipantValue("per-a", Role.VISITOR),
            outlet,
            "q",
        ),
    ]
    (row,) = queries.timeline(dataset=Dataset(claims=claims, events=[event]))
    assert (row.subject, row.sources, row.claims) == ("evt-a", ("src-a", "src-b"), ("clm-a", "clm-b"))


def test_claims_per_event() -> None:
    per_event = collections.Counter(c.subject for c in DATA.claims if c.subject.startswith("evt-"))
    assert set(per_event) == {e.id for e in DATA.events}


def _timeline_by_scan(actor: str, dataset: Dataset) -> tuple[queries.TimelineEvent, ...]:
    """timeline(actor=) as a scan of the whole timeline: the rows the actor takes part in or signed."""
    from iransyria.dataset import agreement_actors

    named = {a.id for a in dataset.agreements if actor in agreement_actors(a)}
    events = {e.id: e for e in dataset.events}
    kept = []
    for row in queries.timeline(dataset=dataset):
        event = events.get(row.subject)
        if event is None:
            keep = row.subject in named
        else:
            keep = any(p.actor == actor for p in event.participants) or (
                event.kind is queries.EventKind.SIGNING and bool(named & set(event.agreements))
            )
        if keep:
            kept.append(row)
    return tuple(kept)


@given(datasets())
def test_the_timeline_of_an_actor_is_the_scan_it_replaces(dataset: Dataset) -> None:
    for actor in dataset.actors:
        assert queries.timeline(actor=actor.id, dataset=dataset) == _timeline_by_scan(actor.id, dataset)


def test_the_shipped_timeline_of_each_actor_is_the_scan_it_replaces() -> None:
    data = DATA
    assert any(queries.timeline(actor=actor.id, dataset=data) for actor in data.actors)
    for actor in data.actors:
        assert queries.timeline(actor=actor.id, dataset=data) == _timeline_by_scan(actor.id, data)
