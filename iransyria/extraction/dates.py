"""Dates in prose, at the precision the words give, with a missing year or day taken from the publication date.

Each form is a small named unit (:data:`FORMS`): a regular expression, a
docstring with an example, and a converter to a :class:`FuzzyDate`. Where
the words leave out the year ('on 8th July', 'in May') or give only a
weekday or a relative day ('on Sunday', 'today', 'last month'), the date is
taken from the article's publication date and the inference says so: the
latest such day (or month) not after publication, and for a weekday the one
in the week up to it. Without a publication date those forms give nothing:
a date is never guessed.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Callable

import attrs

from iransyria.dates import FuzzyDate
from iransyria.extraction.base import DateMention

__all__ = ["FORMS", "DateForm", "date_mentions"]

_MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4, "may": 5,
    "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9, "september": 9,
    "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}  # fmt: skip
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTH = r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)(?!\d)"
_WEEKDAY = r"(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"

Converter = Callable[[re.Match[str], FuzzyDate | None], tuple[FuzzyDate, str | None] | None]


@attrs.define(frozen=True)
class DateForm:
    """A way the press writes a date: its name, pattern, an example and what it is not."""

    name: str
    regex: re.Pattern[str]
    convert: Converter
    example: str
    counterexample: str
    doc: str


def _month(match: re.Match[str]) -> int:
    return _MONTHS[match.group("month").lower().rstrip(".")]


def _exact(match: re.Match[str], _: FuzzyDate | None) -> tuple[FuzzyDate, str | None] | None:
    try:
        return FuzzyDate.of(int(match.group("year")), _month(match), int(match.group("day"))), None
    except (ValueError, TypeError):
        return None


def _month_year(match: re.Match[str], _: FuzzyDate | None) -> tuple[FuzzyDate, str | None] | None:
    return FuzzyDate.of(int(match.group("year")), _month(match)), None


def _year(match: re.Match[str], _: FuzzyDate | None) -> tuple[FuzzyDate, str | None] | None:
    return FuzzyDate.of(int(match.group("year"))), None


def _first_day(year: int, month: int, day: int | None) -> _dt.date | None:
    try:
        return _dt.date(year, month, day or 1)
    except ValueError:
        return None


def _year_for(month: int, day: int | None, published: FuzzyDate | None) -> int | None:
    """The one year in which that day (or month) falls in the year up to the publication date."""
    if published is None:
        return None
    years = []
    for year in range(published.earliest.year - 1, published.latest.year + 1):
        first = _first_day(year, month, day)
        if (
            first is not None
            and first <= published.latest
            and first > published.earliest - _dt.timedelta(366)
        ):
            years.append(year)
    return years[0] if len(years) == 1 else None


def _no_year(match: re.Match[str], published: FuzzyDate | None) -> tuple[FuzzyDate, str | None] | None:
    month = _month(match)
    day = int(match.group("day")) if "day" in match.groupdict() and match.group("day") else None
    year = _year_for(month, day, published)
    if year is None or _first_day(year, month, day) is None:
        return None
    what = f"{month:02d}-{day:02d}" if day else f"month {month:02d}"
    return FuzzyDate.of(year, month, day), (
        f"year {year}: the latest {what} not after the publication date ({published})"
    )


def _days(first: _dt.date, last: _dt.date) -> FuzzyDate:
    if first == last:
        return FuzzyDate.of(first.year, first.month, first.day)
    return FuzzyDate.parse(f"{first.isoformat()}/{last.isoformat()}")


def _weekday(match: re.Match[str], published: FuzzyDate | None) -> tuple[FuzzyDate, str | None] | None:
    if published is None or (published.latest - published.earliest).days > 7:
        return None
    wanted = _WEEKDAYS.index(match.group("weekday").lower())
    day = published.earliest - _dt.timedelta(6)
    fits = []
    while day <= published.latest:
        if day.weekday() == wanted:
            fits.append(day)
        day += _dt.timedelta(1)
    if not fits:
        return None
    date = _days(fits[0], fits[-1])
    return date, f"the {match.group('weekday')} in the week up to the publication date ({published}): {date}"


def _relative(match: re.Match[str], published: FuzzyDate | None) -> tuple[FuzzyDate, str | None] | None:
    if published is None:
        return None
    words = match.group(0).lower()
    if words == "today":
        date = published
    elif words == "this week":
        if (published.latest - published.earliest).days > 7:
            return None
        date = _days(published.earliest - _dt.timedelta(6), published.latest)  # the week up to publication
    elif words == "yesterday":
        if published.earliest != published.latest and (published.latest - published.earliest).days > 1:
            return None
        one = _dt.timedelta(1)
        date = _days(published.earliest - one, published.latest - one)
    elif words in ("last month", "this month"):
        if (published.earliest.year, published.earliest.month) != (
            published.latest.year,
            published.latest.month,
        ):
            return None
        year, month = published.earliest.year, published.earliest.month
        if words == "last month":
            year, month = (year - 1, 12) if month == 1 else (year, month - 1)
        date = FuzzyDate.of(year, month)
    else:  # last year, this year
        if published.earliest.year != published.latest.year:
            return None
        date = FuzzyDate.of(published.earliest.year - (words == "last year"))
    return date, f"'{match.group(0)}' from the publication date ({published}): {date}"


def _form(name: str, regex: str, convert: Converter, example: str, counterexample: str, doc: str) -> DateForm:
    return DateForm(name, re.compile(regex, re.IGNORECASE), convert, example, counterexample, doc)


#: The date forms, tried in this order: a longer form claims its words before a shorter one sees them.
FORMS: tuple[DateForm, ...] = (
    _form("day-month-year", rf"\b(?:{_WEEKDAY},?\s+)?(?:the\s+)?{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}",
          _exact, "on Tuesday, 28 August 2018", "on 28 August", "A full date, day first: '26 August 2018'."),
    _form("month-day-year", rf"\b(?:{_WEEKDAY},?\s+)?{_MONTH}\s+{_DAY},?\s+{_YEAR}", _exact,
          "on Jan. 30, 2018", "on Jan. 30", "A full date, month first: 'Jan. 30, 2018'."),
    _form("month-year", rf"\b{_MONTH}\s+(?:of\s+)?{_YEAR}", _month_year, "in August 2018", "in August",
          "A month of a year: 'August 2018'."),
    _form("day-month", rf"\b(?:{_WEEKDAY},?\s+)?(?:the\s+)?{_DAY}\s+(?:of\s+)?{_MONTH}(?![\w.]*\s*,?\s*\d)", _no_year,
          "on 8th July", "on 8th July 2020",
          "A day and month without a year: 'on 8th July' (the year from the publication date)."),
    _form("month-day", rf"\b(?:{_WEEKDAY},?\s+)?{_MONTH}\s+{_DAY}\b(?!,?\s*\d)", _no_year, "on July 8",
          "on July 8, 2020", "A month and day without a year: 'July 8' (the year from the publication date)."),
    _form("month", rf"\b(?:in|since|from|until|by|early|late|mid-?|of)\s+{_MONTH}(?![\w.]*\s*,?\s*\d)", _no_year,
          "in May", "in May 2018", "A month without a year: 'in May' (the year from the publication date)."),
    _form("year", rf"(?<![\w-]){_YEAR}(?![\w-])", _year, "since 2011", "since 11", "A year alone: 'in 2011'."),
    _form("weekday", rf"\b{_WEEKDAY}\b", _weekday, "on Sunday", "on Sundays",
          "A weekday alone: 'on Sunday' (the one in the week up to the publication date)."),
    _form("relative", r"\b(?:today|yesterday|last\s+month|this\s+month|last\s+year|this\s+year|this\s+week)\b",
          _relative, "went into force last month", "went into force lately",
          "A day or month counted from the publication date: 'today', 'last month'."),
)  # fmt: skip


def date_mentions(text: str, published: FuzzyDate | None, offset: int = 0) -> list[DateMention]:
    """The dates in ``text``, in order; a span taken by one form is not read again by a later one."""
    taken: list[tuple[int, int]] = []
    found: list[DateMention] = []
    for form in FORMS:
        for match in form.regex.finditer(text):
            start, end = match.span()
            if form.name == "weekday" and text[end : end + 1] == "s":
                continue
            if any(start < b and a < end for a, b in taken):
                continue
            converted = form.convert(match, published)
            taken.append((start, end))
            if converted is None:
                continue
            date, inference = converted
            found.append(
                DateMention(offset + start, offset + end, match.group(0), date, inference, form.name)
            )
    return sorted(found, key=lambda m: m.start)
