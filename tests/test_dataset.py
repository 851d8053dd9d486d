"""The Dataset container: canonical order, look-ups with defaults, grouped tables, origins."""

from __future__ import annotations

from typing import Any

from hypothesis import given

from iransyria.dataset import Dataset, agreement_actors, claim_actors
from iransyria.models import (
    Actor,
    ActorKind,
    Attribution,
    AttributionKind,
    Claim,
    Derivation,
    DerivationKind,
    Source,
    SourceKind,
)
from tests.strategies import datasets
from tests.test_models import claim, source


def derived(id: str, kind: SourceKind, derivation: DerivationKind, **origin: Any) -> Source:
    return source(id=id, kind=kind, derived_from=(Derivation(derivation, **origin),))


def test_records_are_sorted_so_equal_data_is_equal() -> None:
    a, b = claim(id="clm-b"), claim(id="clm-a")
    assert Dataset(claims=[a, b]) == Dataset(claims=[b, a])
    assert [c.id for c in Dataset(claims=[a, b]).claims] == ["clm-a", "clm-b"]


def test_lookups_return_a_default_for_unknown_ids() -> None:
    data = Dataset(sources=[source()])
    assert data.source("src-a") == source()
    assert data.source("src-zzz") is None
    assert data.agreement("agr-zzz", "missing") == "missing"


def test_grouped_tables() -> None:
    one, two = claim(id="clm-1"), claim(id="clm-2", subject="agr-b", source="src-b")
    data = Dataset(claims=[two, one])
    assert data.claims_by_subject == {"agr-a": (one,), "agr-b": (two,)}
    assert data.claims_by_source == {"src-a": (one,), "src-b": (two,)}
    assert data.corrections_by_target == {}


def test_a_lookup_by_a_shared_id_finds_the_first_record_and_keeps_the_order() -> None:
    first, second = claim(id="clm-1", subject="agr-a"), claim(id="clm-1", subject="agr-b")
    other = claim(id="clm-0")
    data = Dataset(claims=[first, other, second])
    assert data.claim("clm-1") is first
    assert list(data.claim_index) == ["clm-0", "clm-1"]
    assert list(Dataset(claims=[other, first]).claim_index.values()) == [other, first]


def test_origin_follows_chains_of_derivation() -> None:
    original = source(id="src-original")
    translation = derived(
        "src-translation",
        SourceKind.TRANSLATION,
        DerivationKind.TRANSLATION_OF,
        actor=None,
        source="src-original",
    )
    copy = derived(
        "src-copy",
        SourceKind.REPUBLICATION,
        DerivationKind.REPUBLICATION_OF,
        actor=None,
        source="src-translation",
    )
    of_outlet = derived(
        "src-x", SourceKind.TRANSLATION, DerivationKind.TRANSLATION_OF, actor="outlet-alsouria-net"
    )
    data = Dataset(sources=[original, translation, copy, of_outlet])
    assert data.origin("src-copy") == data.origin("src-translation") == "src-original"
    assert data.origin("src-original") == "src-original"
    assert data.origin("src-x") == "outlet-alsouria-net"
    assert data.origin("src-unknown") == "src-unknown"


def test_origin_stops_on_a_loop() -> None:
    a = derived("src-a", SourceKind.TRANSLATION, DerivationKind.TRANSLATION_OF, actor=None, source="src-b")
    b = derived("src-b", SourceKind.TRANSLATION, DerivationKind.TRANSLATION_OF, actor=None, source="src-a")
    assert Dataset(sources=[a, b]).origin("src-a") == "src-a"
    assert Dataset(sources=[a, b]).origin("src-b") == "src-b"


def test_indexes_are_not_part_of_equality() -> None:
    data = Dataset(claims=[claim()])
    _ = data.claims_by_subject
    assert data == data.evolve()


def test_a_dataset_has_a_table_per_kind_is_frozen_and_survives_pickling() -> None:
    import copy
    import pickle

    import attrs
    import pytest

    from iransyria.models.kinds import CLAIM, KINDS

    data = Dataset(claims=[claim()])
    assert tuple(data.tables) == KINDS.tables and data.table(CLAIM) == data.claims
    assert data.index(CLAIM) is data.claim_index and data.find(claim().id) == claim()
    assert len(data) == 1 and data != Dataset() and hash(data) == hash(Dataset(claims=[claim()]))
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        data.claims = ()
    with pytest.raises(TypeError, match=r"tables no record kind has: claim$"):
        Dataset(claim=[claim()])
    for copied in (pickle.loads(pickle.dumps(data)), copy.deepcopy(data)):
        assert copied == data and copied.claim_index == data.claim_index


@given(datasets())
def test_claims_by_actor_is_the_scan_it_replaces(dataset: Dataset) -> None:
    """The index behind claims(actor=) and timeline(actor=): the same claims, in id order, as a full scan."""
    actors = {actor for claim in dataset.claims for actor in claim_actors(claim)}
    assert set(dataset.claims_by_actor) == actors
    for actor in actors:
        assert dataset.claims_by_actor[actor] == tuple(c for c in dataset.claims if actor in claim_actors(c))


@given(datasets())
def test_agreement_and_event_indexes_are_the_scans_they_replace(dataset: Dataset) -> None:
    """The indexes behind agreements(actor=) and timeline(actor=): the same records, in id order."""
    actors = {actor for agreement in dataset.agreements for actor in agreement_actors(agreement)}
    assert set(dataset.agreements_by_actor) == actors
    for actor in actors:
        expected = tuple(a for a in dataset.agreements if actor in agreement_actors(a))
        assert dataset.agreements_by_actor[actor] == expected
    taking_part = {p.actor for event in dataset.events for p in event.participants}
    assert set(dataset.events_by_actor) == taking_part
    for actor in taking_part:
        expected_events = tuple(e for e in dataset.events if any(p.actor == actor for p in e.participants))
        assert dataset.events_by_actor[actor] == expected_events
    concerned = {a for event in dataset.events for a in event.agreements}
    assert set(dataset.events_by_agreement) == concerned
    for agreement in concerned:
        assert dataset.events_by_agreement[agreement] == tuple(
            e for e in dataset.events if agreement in e.agreements
        )


def test_references_by_subject_is_the_scan_it_replaces() -> None:
    """The index IS306 and verify read reference facts through: each record's facts, in id order."""
    import iransyria

    shipped = iransyria.shipped()
    subjects = {fact.subject for fact in shipped.references}
    assert set(shipped.references_by_subject) == subjects and len(subjects) > 1
    for subject in subjects:
        expected = tuple(f for f in shipped.references if f.subject == subject)
        assert shipped.references_by_subject[subject] == expected


# ------------------------------------------------------------------ origins of relayed claims


def _relayed(id: str, source_id: str, kind: AttributionKind, actor: str | None) -> Claim:
    return claim(id=id, source=source_id, attribution=Attribution(kind, actor))


_AGENCIES = [
    Actor("org-state-media", ActorKind.ORGANISATION, "State media"),
    Actor("outlet-agency", ActorKind.OUTLET, "Agency", voice_of="org-state-media"),
]


def test_two_outlets_relaying_one_state_media_are_one_origin() -> None:
    data = Dataset(sources=[source(id="src-a"), source(id="src-b")], actors=_AGENCIES)
    a = _relayed("clm-a", "src-a", AttributionKind.AGENCY, "outlet-agency")
    b = _relayed("clm-b", "src-b", AttributionKind.STATE_MEDIA, "org-state-media")
    assert data.claim_origin(a) == data.claim_origin(b) == "org-state-media"
    assert data.origins([a, b]) == ("org-state-media",)


def test_an_outlet_that_also_reports_in_its_own_voice_is_its_own_origin() -> None:
    data = Dataset(sources=[source(id="src-a"), source(id="src-b")], actors=_AGENCIES)
    relayed_a = _relayed("clm-a", "src-a", AttributionKind.AGENCY, "outlet-agency")
    own_a = _relayed("clm-a2", "src-a", AttributionKind.OUTLET, None)
    relayed_b = _relayed("clm-b", "src-b", AttributionKind.AGENCY, "outlet-agency")
    assert data.origins([relayed_a, own_a, relayed_b]) == ("org-state-media", "src-a")
    # An unnamed agency is no voice to group by: the claim keeps its source's origin.
    unnamed = _relayed("clm-c", "src-b", AttributionKind.AGENCY, None)
    assert data.claim_origin(unnamed) == "src-b"


def test_a_voice_of_loop_ends_where_it_started() -> None:
    loop = [
        Actor("outlet-x", ActorKind.OUTLET, "X", voice_of="outlet-y"),
        Actor("outlet-y", ActorKind.OUTLET, "Y", voice_of="outlet-x"),
    ]
    assert Dataset(actors=loop).voice("outlet-x") == "outlet-x"


def test_building_an_index_leaves_the_collector_as_it_found_it() -> None:
    # The builders pause the cyclic collector while they run (Dataset._collector_paused).
    import gc

    data = Dataset(claims=[claim(id="clm-1"), claim(id="clm-2", subject="agr-b")])
    assert gc.isenabled()
    assert len(data.claims_by_subject) == 2
    assert gc.isenabled()
    gc.disable()
    try:
        assert len(data.claim_index) == 2
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_a_dataset_prints_as_one_line_of_counts_and_versions() -> None:
    """repr() and print() of the shipped dataset: a summary, not every record (issue 23)."""
    import iransyria
    from iransyria.version import DATA_VERSION, __version__

    data = iransyria.shipped()
    shown = repr(data)
    assert "\n" not in shown and len(shown) < 200
    assert str(data) == shown
    assert f"{len(data.claims)} claims" in shown and f"{len(data.sources)} sources" in shown
    assert f"iransyria {__version__}, data {DATA_VERSION}" in shown


def test_every_records_repr_stays_short() -> None:
    import iransyria

    data = iransyria.shipped()
    for table in (data.sources, data.actors, data.agreements, data.claims, data.corrections, data.events):
        for record in table:
            shown = repr(record)
            assert len(shown) <= 240 and "\n" not in shown, shown
            assert shown.startswith(f"{type(record).__name__}(id={record.id!r}")
    for fact in data.references:
        assert len(repr(fact)) <= 240
    # A long title is cut, and says so.
    (long_title,) = [s for s in data.sources if s.id == "src-media-line-2018"]
    assert "…'" in repr(long_title)
