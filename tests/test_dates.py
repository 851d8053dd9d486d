from __future__ import annotations

import datetime as dt

import pytest
from edtf import parse_edtf
from hypothesis import given

from iransyria.dates import Certainty, FuzzyDate, PartialDate, Precision
from tests.strategies import fuzzy_dates


def d(text: str) -> FuzzyDate:
    return FuzzyDate.parse(text)


@pytest.mark.parametrize(
    ("text", "precision", "earliest", "latest"),
    [
        ("2018", Precision.YEAR, dt.date(2018, 1, 1), dt.date(2018, 12, 31)),
        ("2018-08", Precision.MONTH, dt.date(2018, 8, 1), dt.date(2018, 8, 31)),
        ("2020-02", Precision.MONTH, dt.date(2020, 2, 1), dt.date(2020, 2, 29)),
        ("2018-08-26", Precision.DAY, dt.date(2018, 8, 26), dt.date(2018, 8, 26)),
        ("2018-08-26/2018-08-27", Precision.DAY, dt.date(2018, 8, 26), dt.date(2018, 8, 27)),
        ("2020-07-08/2020-12", Precision.MONTH, dt.date(2020, 7, 8), dt.date(2020, 12, 31)),
    ],
)
def test_parse_keeps_precision_and_bounds(
    text: str, precision: Precision, earliest: dt.date, latest: dt.date
) -> None:
    date = d(text)
    assert (date.precision, date.earliest, date.latest) == (precision, earliest, latest)
    assert str(date) == text


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("2018-13", "invalid month 13"),
        ("2019-02-29", "invalid day 29 for 2019-02"),
        ("18-08", "expected a date as YYYY, YYYY-MM or YYYY-MM-DD"),
        ("2018-08-27/2018-08-26", "is not after its start"),
        ("2018-08-26/2018-08-26", "is not after its start"),
        ("2018/2018-08", "is not after its start"),
        ("2018-08/", "found the open range '2018-08/'"),
        ("2018-08-26T10:00", "expected a date as YYYY"),
        # issue 13: matched whole, in ASCII digits only
        ("2018-08\n", r"found '2018-08\\n'"),
        ("2018-08-26\n/2018-08-27", "expected a date as YYYY"),
        ("\u0662\u0660\u0661\u0668-\u0660\u0668", "in ASCII digits"),  # Arabic-Indic ٢٠١٨-٠٨
        ("\uff12\uff10\uff11\uff18", "in ASCII digits"),  # fullwidth ２０１８
        ("\u09e8\u09e6\u09e7\u09ee", "in ASCII digits"),  # Bengali digits
    ],
)
def test_parse_rejects_invalid(text: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        d(text)


def test_month_overlaps_each_of_its_days_but_is_not_ordered_with_them() -> None:
    august, day = d("2018-08"), d("2018-08-26")
    assert august.same_day(day) is Certainty.POSSIBLE
    assert august.before(day) is Certainty.POSSIBLE
    assert august.after(day) is Certainty.POSSIBLE
    assert day.same_day(d("2018-08-26")) is Certainty.CERTAIN
    assert d("2018-08").before(d("2020-07-08")) is Certainty.CERTAIN
    assert d("2020-07-08").before(d("2018-08")) is Certainty.IMPOSSIBLE
    assert d("2018-08").same_day(d("2020-07")) is Certainty.IMPOSSIBLE


def test_within_span_distinguishes_certain_and_possible() -> None:
    start, end = d("2017-08"), d("2021-08")
    assert d("2018-08-26").within(start, end) is Certainty.CERTAIN
    assert d("2017-08-20").within(start, end) is Certainty.POSSIBLE
    assert d("2021-09").within(start, end) is Certainty.IMPOSSIBLE
    assert d("2016").within(start, None) is Certainty.IMPOSSIBLE
    assert d("2030").within(start, None) is Certainty.CERTAIN
    assert d("2017-08-20").within(None, end) is Certainty.CERTAIN


@given(fuzzy_dates())
def test_every_written_date_is_valid_edtf_and_reads_back(date: FuzzyDate) -> None:
    text = str(date)
    assert FuzzyDate.parse(text) == date
    parsed = parse_edtf(text)
    assert str(parsed) == text


@given(fuzzy_dates(), fuzzy_dates())
def test_comparisons_are_consistent(a: FuzzyDate, b: FuzzyDate) -> None:
    # Certainly before excludes any shared day, and the reverse relation.
    if a.before(b) is Certainty.CERTAIN:
        assert a.same_day(b) is Certainty.IMPOSSIBLE
        assert b.before(a) is Certainty.IMPOSSIBLE
    # Two dates that cannot share a day are ordered one way for certain.
    if a.same_day(b) is Certainty.IMPOSSIBLE:
        assert Certainty.CERTAIN in (a.before(b), b.before(a))
    assert a.same_day(b) is b.same_day(a)


def test_partial_date_needs_month_for_day() -> None:
    with pytest.raises(ValueError, match="a day needs a month"):
        PartialDate(2018, None, 5)
