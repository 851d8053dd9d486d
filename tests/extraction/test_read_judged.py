"""What ``read`` judges: office spans from relative clauses, and (below) what a verdict is said of."""

from __future__ import annotations

from iransyria import read
from iransyria.verification.verdict import Verdict


def test_an_office_over_a_span_someone_else_held_is_contradicted() -> None:
    # 'since 2018' gives the office a span to the publication date; Walid al-Moallem was Syria's
    # foreign minister all that time, and Ayyoub its defence minister.
    reading = read("Ayyoub, who has been Syria's foreign minister since 2018, met Hatami.", "2020-07-09")
    (office,) = [s for s in reading.statements if s.pattern == "office-in-clause"]
    assert office.verdict is Verdict.CONTRADICTED
    assert [f.code for f in office.findings] == ["IS406"]
    assert "per-walid-al-moallem" in office.findings[0].related
    reading = read("Mohammad Bagheri, who has been Iran's defence minister since 2019, met Ayyoub.", "2020-07-09")
    (office,) = [s for s in reading.statements if s.pattern == "office-in-clause"]
    assert office.verdict is Verdict.CONTRADICTED
    assert "per-amir-hatami" in office.findings[0].related
