"""Dates as precise as the reporting, and no more.

News reports give dates at mixed precision: 'August 2018', 'Sunday',
'8th July'. A :class:`PartialDate` keeps exactly the precision that is known
(year, month or day) and a :class:`FuzzyDate` adds a bounded range for dates
such as 'Sunday or Monday'. Both read and write the Library of Congress EDTF /
ISO 8601-2 level-0 syntax (``2018``, ``2018-08``, ``2018-08-26``,
``2018-08-26/2018-08-27``) and compare as intervals: no day is ever invented.
"""

from __future__ import annotations

import datetime as _dt
import enum
import functools
import re

import attrs

from iransyria.display import cut

__all__ = [
    "PARTIAL_DATE",
    "Certainty",
    "FuzzyDate",
    "PartialDate",
    "Precision",
    "date_text",
]

# Matched whole (fullmatch: no trailing newline slips through) and in ASCII
# digits only: `\d` would take Arabic-Indic or fullwidth digits.
PARTIAL_DATE = re.compile(r"([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?", re.ASCII)


class Precision(enum.Enum):
    """How much of a date is known."""

    YEAR = "year"
    MONTH = "month"
    DAY = "day"


class Certainty(enum.Enum):
    """The answer to a question about two imprecise dates."""

    CERTAIN = "certainly"
    POSSIBLE = "possibly"
    IMPOSSIBLE = "not"

    def __bool__(self) -> bool:
        """True when the relation certainly or possibly holds."""
        return self is not Certainty.IMPOSSIBLE


def _check_year(_: object, __: attrs.Attribute[int], value: int) -> None:
    if not 1 <= value <= 9999:
        raise ValueError(f"invalid year {value}")


def _check_month(_: object, __: attrs.Attribute[int | None], value: int | None) -> None:
    if value is not None and not 1 <= value <= 12:
        raise ValueError(f"invalid month {value}")


@attrs.define(frozen=True)
class PartialDate:
    """A calendar date known to year, month or day precision.

    ``PartialDate(2018, 8)`` is 'August 2018': it overlaps every day of that
    month and is neither before nor after 2018-08-26.
    """

    year: int = attrs.field(validator=_check_year)
    month: int | None = attrs.field(default=None, validator=_check_month)
    day: int | None = attrs.field(default=None)

    @day.validator
    def _check_day(self, _: attrs.Attribute[int | None], value: int | None) -> None:
        if value is None:
            return
        if self.month is None:
            raise ValueError("a day needs a month")
        last = _month_length(self.year, self.month)
        if not 1 <= value <= last:
            raise ValueError(f"invalid day {value} for {self.year:04d}-{self.month:02d}")

    @property
    def precision(self) -> Precision:
        if self.day is not None:
            return Precision.DAY
        if self.month is not None:
            return Precision.MONTH
        return Precision.YEAR

    @property
    def earliest(self) -> _dt.date:
        """The first day this date may stand for."""
        return _bounds(self.year, self.month, self.day)[0]

    @property
    def latest(self) -> _dt.date:
        """The last day this date may stand for."""
        return _bounds(self.year, self.month, self.day)[1]

    @classmethod
    def parse(cls, text: str) -> PartialDate:
        """Read ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``."""
        match = PARTIAL_DATE.fullmatch(text)
        if match is None:
            raise ValueError(
                f"expected a date as YYYY, YYYY-MM or YYYY-MM-DD in ASCII digits, found {cut(text)}"
            )
        year, month, day = match.groups()
        return cls(int(year), int(month) if month else None, int(day) if day else None)

    @classmethod
    def from_date(cls, value: _dt.date) -> PartialDate:
        return cls(value.year, value.month, value.day)

    def __str__(self) -> str:
        return date_text(self.year, self.month, self.day)


@attrs.define(frozen=True)
class FuzzyDate:
    """A date at its known precision, or a bounded range of them.

    ``FuzzyDate.parse("2018-08-26/2018-08-27")`` is 'Sunday or Monday'. The
    range is closed: the true date lies somewhere from the earliest day of
    ``start`` to the latest day of ``end``.
    """

    start: PartialDate
    end: PartialDate | None = attrs.field(default=None)

    @end.validator
    def _check_end(self, _: attrs.Attribute[PartialDate | None], value: PartialDate | None) -> None:
        if value is not None and value.latest <= self.start.latest:
            raise ValueError(f"range end {value} is not after its start {self.start}")
        if value is not None and value.earliest < self.start.earliest:
            raise ValueError(f"range end {value} starts before its start {self.start}")

    @classmethod
    def parse(cls, text: str) -> FuzzyDate:
        """Read an EDTF level-0 date or closed interval."""
        if not isinstance(text, str):
            raise TypeError(f"expected an EDTF date string, found {type(text).__name__}")
        first, sep, second = text.partition("/")
        if sep and not second:
            raise ValueError(f"expected a closed date range START/END, found the open range {cut(text)}")
        start = PartialDate.parse(first)
        return cls(start, PartialDate.parse(second) if sep else None)

    @classmethod
    def of(cls, year: int, month: int | None = None, day: int | None = None) -> FuzzyDate:
        """A single date at the precision given."""
        return cls(PartialDate(year, month, day))

    @property
    def precision(self) -> Precision:
        """The coarser precision of the two ends."""
        if self.end is None:
            return self.start.precision
        order = list(Precision)
        return min(self.start.precision, self.end.precision, key=order.index)

    @property
    def earliest(self) -> _dt.date:
        start = self.start
        return _bounds(start.year, start.month, start.day)[0]

    @property
    def latest(self) -> _dt.date:
        end = self.end or self.start
        return _bounds(end.year, end.month, end.day)[1]

    @property
    def sort_key(self) -> tuple[_dt.date, _dt.date]:
        """Order by earliest possible day, then latest: a stable, honest order."""
        start = self.start
        end = self.end or start
        return (_bounds(start.year, start.month, start.day)[0], _bounds(end.year, end.month, end.day)[1])

    def before(self, other: FuzzyDate) -> Certainty:
        """Whether this date falls strictly before ``other``."""
        if self.latest < other.earliest:
            return Certainty.CERTAIN
        if self.earliest < other.latest:
            return Certainty.POSSIBLE
        return Certainty.IMPOSSIBLE

    def after(self, other: FuzzyDate) -> Certainty:
        """Whether this date falls strictly after ``other``."""
        return other.before(self)

    def same_day(self, other: FuzzyDate) -> Certainty:
        """Whether both may stand for the same day: the test for compatible reports."""
        if self.latest < other.earliest or other.latest < self.earliest:
            return Certainty.IMPOSSIBLE
        if self.earliest == self.latest == other.earliest == other.latest:
            return Certainty.CERTAIN
        return Certainty.POSSIBLE

    def within(self, start: FuzzyDate | None, end: FuzzyDate | None) -> Certainty:
        """Whether this date lies in the span from ``start`` to ``end`` (open when None)."""
        lower_ok = Certainty.CERTAIN if start is None else _not_before(self, start)
        upper_ok = Certainty.CERTAIN if end is None else _not_before(end, self)
        if not lower_ok or not upper_ok:
            return Certainty.IMPOSSIBLE
        if lower_ok is upper_ok is Certainty.CERTAIN:
            return Certainty.CERTAIN
        return Certainty.POSSIBLE

    def __str__(self) -> str:
        start, end = self.start, self.end
        text = date_text(start.year, start.month, start.day)
        return text if end is None else f"{text}/{date_text(end.year, end.month, end.day)}"


# Sorting, the rules and the queries ask for the same few thousand dates' bounds
# over and over (``sort_key`` was the hottest function of ``validate``): the
# answers depend only on the three numbers, so they are remembered.


_MONTH_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _month_length(year: int, month: int) -> int:
    """Days in the month, by the proleptic Gregorian rule (``calendar`` costs milliseconds to import)."""
    if month == 2 and year % 4 == 0 and (year % 100 != 0 or year % 400 == 0):
        return 29
    return _MONTH_DAYS[month - 1]


@functools.lru_cache(maxsize=1 << 16)
def _bounds(year: int, month: int | None, day: int | None) -> tuple[_dt.date, _dt.date]:
    """The first and last day a date of this precision may stand for."""
    earliest = _dt.date(year, month or 1, day or 1)
    last_month = month or 12
    latest = _dt.date(year, last_month, day or _month_length(year, last_month))
    return earliest, latest


@functools.lru_cache(maxsize=1 << 16)
def date_text(year: int, month: int | None, day: int | None) -> str:
    """``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``."""
    text = f"{year:04d}"
    if month is not None:
        text += f"-{month:02d}"
    if day is not None:
        text += f"-{day:02d}"
    return text


def _not_before(late: FuzzyDate, early: FuzzyDate) -> Certainty:
    """Whether ``late`` falls on or after ``early``."""
    if late.earliest >= early.latest:
        return Certainty.CERTAIN
    if late.latest >= early.earliest:
        return Certainty.POSSIBLE
    return Certainty.IMPOSSIBLE
