"""to_records and metadata: plain JSON types, a type on every record, one hash for the same records."""

from __future__ import annotations

import json

from hypothesis import given

import iransyria
from iransyria.dataset import Dataset
from iransyria.exports import content_hash, metadata, to_records
from iransyria.serialization import dumps, loads
from tests.exports.conftest import SHIPPED
from tests.strategies import at_most, datasets


def test_records_are_plain_json_with_their_type() -> None:
    records = to_records(SHIPPED)
    assert json.loads(json.dumps(records)) == records
    assert [r["record"] for r in records].count("claim") == len(SHIPPED.claims)
    assert records[0]["record"] == "source" and records[-1]["record"] == "reference"
    claim = next(r for r in records if r["record"] == "claim")
    assert claim["standing"] in {"accepted", "disputed", "refuted", "superseded"}


def test_metadata_names_both_versions_and_the_content_hash() -> None:
    meta = metadata(SHIPPED)
    assert (meta["code_version"], meta["data_version"]) == (iransyria.__version__, iransyria.DATA_VERSION)
    assert meta["counts"]["claim"] == len(SHIPPED.claims)
    assert meta["sha256"] == content_hash(SHIPPED) == content_hash(loads(dumps(SHIPPED)))


@at_most(25)  # a few seconds: the strategy builds whole datasets
@given(datasets())
def test_the_hash_changes_with_the_records(dataset: Dataset) -> None:
    if dataset.claims:
        fewer = dataset.evolve(claims=dataset.claims[1:])
        assert content_hash(fewer) != content_hash(dataset)
