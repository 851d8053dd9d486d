"""A holds-office claim's time qualifiers (Wikidata's point in time, start and end time): validated and round-tripped."""

from __future__ import annotations

import attrs
import orjson
import pytest

import iransyria
from iransyria.dates import FuzzyDate
from iransyria.errors import InvalidField
from iransyria.models import ActorValue, Attribution, AttributionKind, Claim, Position, Predicate, TextValue
from iransyria.serialization import structure, to_json

OFFICE = Position("Minister of Defence", "state-iran")
CLAIM = Claim(
    id="clm-x-office",
    source="src-x",
    subject="per-x",
    predicate=Predicate.HOLDS_OFFICE,
    value=ActorValue("per-x", OFFICE),
    attribution=Attribution(AttributionKind.OUTLET),
    quote="the minister",
)


def day(text: str) -> FuzzyDate:
    return FuzzyDate.parse(text)


def test_an_undated_office_claim_has_no_time() -> None:
    assert CLAIM.when == (None, None)


def test_a_point_in_time_or_a_span() -> None:
    assert attrs.evolve(CLAIM, point_in_time=day("2019-03")).when == (day("2019-03"), day("2019-03"))
    assert attrs.evolve(CLAIM, start_time=day("2018")).when == (day("2018"), None)
    spanned = attrs.evolve(CLAIM, start_time=day("2018"), end_time=day("2020"))
    assert spanned.when == (day("2018"), day("2020"))


def test_qualifiers_that_cannot_hold_are_refused() -> None:
    with pytest.raises(InvalidField, match="not both"):
        attrs.evolve(CLAIM, point_in_time=day("2019"), end_time=day("2020"))
    with pytest.raises(InvalidField, match="before it starts"):
        attrs.evolve(CLAIM, start_time=day("2020"), end_time=day("2019"))
    named = Claim(
        id="clm-x-name",
        source="src-x",
        subject="per-x",
        predicate=Predicate.NAMED_AS,
        value=TextValue("X"),
        attribution=Attribution(AttributionKind.OUTLET),
        quote="X",
    )
    with pytest.raises(InvalidField, match="holds-office claims only"):
        attrs.evolve(named, point_in_time=day("2019"))


def test_qualifiers_round_trip_and_default_to_absent() -> None:
    dated = attrs.evolve(CLAIM, start_time=day("2018-10"), end_time=day("2021-08"))
    data = orjson.loads(to_json(dated))
    assert (data["start_time"], data["end_time"], data["point_in_time"]) == ("2018-10", "2021-08", None)
    assert structure(data, Claim) == dated
    old = {
        k: v
        for k, v in orjson.loads(to_json(CLAIM)).items()
        if k not in ("point_in_time", "start_time", "end_time")
    }
    assert structure(old, Claim) == CLAIM  # data written before the qualifiers still loads


def test_the_shipped_office_claims_carry_the_dates_their_articles_give() -> None:
    data = iransyria.shipped()
    dated = {c.id: str(c.point_in_time) for c in data.claims if c.point_in_time is not None}
    assert dated["clm-medialine18-hatami-office"] == "2018-08-26"
    assert dated["clm-ink20-bagheri-office-chief-of-staff"] == "2020-07-08"
    assert dated["clm-syrobs20-eslami-office"] == "2018-01-30"
    assert data.claim_index["clm-syrobs20-eslami-office"].standing.value == "refuted"
    # 'have been working': in office at the article's own time, its publication range
    assert dated["clm-medialine18-pompeo-office"] == "2018-08-27/2018-09-01"
    assert dated["clm-medialine18-ayyoub-office"] == "2018-08-26/2018-08-27"
    undated = [c.id for c in data.claims if c.predicate.value == "holds-office" and c.when == (None, None)]
    assert "clm-medialine18-pompeo-office" not in undated
