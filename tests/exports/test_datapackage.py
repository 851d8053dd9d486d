"""The data package validates with frictionless itself, foreign keys included; and fails when broken."""

from __future__ import annotations

import shutil
from pathlib import Path

import frictionless
import orjson

from iransyria.exports import content_hash
from tests.exports.conftest import SHIPPED


def test_the_data_package_is_valid(package: Path) -> None:
    report = frictionless.validate(str(package / "datapackage.json"))
    assert report.valid, report.flatten(["type", "note"])[:5]


def test_the_descriptor_carries_version_hash_and_keys(package: Path) -> None:
    descriptor = orjson.loads((package / "datapackage.json").read_bytes())
    assert descriptor["version"] == descriptor["iransyria"]["data_version"]
    assert descriptor["iransyria"]["sha256"] == content_hash(SHIPPED)
    claims = next(r for r in descriptor["resources"] if r["name"] == "claims")
    assert claims["schema"]["primaryKey"] == ["id"]
    assert {"fields": ["source"], "reference": {"resource": "sources", "fields": ["id"]}} in claims["schema"][
        "foreignKeys"
    ]


def test_a_dangling_reference_makes_it_invalid(package: Path, tmp_path: Path) -> None:
    broken = tmp_path / "broken"
    shutil.copytree(package, broken)
    claims = broken / "claims.csv"
    first_source = SHIPPED.claims[0].source
    claims.write_bytes(claims.read_bytes().replace(f",{first_source},".encode(), b",src-nowhere,", 1))
    report = frictionless.validate(str(broken / "datapackage.json"))
    assert not report.valid
    assert [kind for (kind,) in report.flatten(["type"])] == ["foreign-key"]
