"""Dates with their real precision, and the spans and ages between them.

"March 2007" is a month: it means some day from 2007-03-01 to 2007-03-31, and every figure
computed from it is a range until the precision runs out. pendulum does the calendar arithmetic.
"""

from __future__ import annotations

import calendar
import datetime
import enum
import re
from typing import Self

import attrs
import pendulum

from careerstats.errors import InvalidDateError

__all__ = ["PartialDate", "Precision", "Span", "Years", "age_on"]

_PATTERN = re.compile(r"(?P<year>\d{4})(?:-(?P<month>\d{2})(?:-(?P<day>\d{2}))?)?")
_EXPECTED = "expected a date like 2007-03-28, 2007-03 or 2007"


class Precision(enum.IntEnum):
    """How much of a date is known."""

    YEAR = 1
    MONTH = 2
    DAY = 3


def _check_fields(instance: PartialDate) -> None:
    """Refuse dates that no calendar has: month 13, 2022-02-30, a day without a month."""
    year, month, day = instance.year, instance.month, instance.day
    if not 1 <= year <= 9999:
        raise InvalidDateError(f"year {year} is out of range 1-9999")
    if month is None:
        if day is not None:
            raise InvalidDateError("a day needs a month")
        return
    if not 1 <= month <= 12:
        raise InvalidDateError(f"month {month} is out of range 1-12")
    if day is not None:
        last = calendar.monthrange(year, month)[1]
        if not 1 <= day <= last:
            raise InvalidDateError(
                f"day {day} is out of range for {calendar.month_name[month]} {year} (1-{last})"
            )


@attrs.frozen(order=False)
class PartialDate:
    """A calendar date known to the year, the month or the day.

    Equality is structural (``2007-03`` equals ``2007-03``, not ``2007-03-01``). There is no ``<``:
    two ranges that overlap cannot be ordered, so :meth:`compare` answers ``None`` for them.

    >>> PartialDate.parse("2007-03").human()
    'March 2007'
    >>> str(PartialDate.parse("2007-03").latest)
    '2007-03-31'
    """

    year: int
    month: int | None = None
    day: int | None = None

    def __attrs_post_init__(self) -> None:
        _check_fields(self)

    @classmethod
    def parse(cls, text: str) -> Self:
        """Read ``2007``, ``2007-03`` or ``2007-03-28``; anything else is an InvalidDateError."""
        match = _PATTERN.fullmatch(text.strip())
        if match is None:
            raise InvalidDateError(f"{_EXPECTED}, got {text!r}")
        month, day = match["month"], match["day"]
        try:
            return cls(
                year=int(match["year"]),
                month=None if month is None else int(month),
                day=None if day is None else int(day),
            )
        except InvalidDateError as error:
            raise InvalidDateError(f"{_EXPECTED}, got {text!r}: {error}") from None

    @classmethod
    def from_date(cls, date: datetime.date) -> Self:
        """A day-precision date from a :class:`datetime.date` (a TOML date, a pendulum date)."""
        return cls(year=date.year, month=date.month, day=date.day)

    @property
    def precision(self) -> Precision:
        if self.day is not None:
            return Precision.DAY
        if self.month is not None:
            return Precision.MONTH
        return Precision.YEAR

    @property
    def earliest(self) -> pendulum.Date:
        """The first day this date can mean."""
        return pendulum.Date(self.year, self.month or 1, self.day or 1)

    @property
    def latest(self) -> pendulum.Date:
        """The last day this date can mean."""
        month = self.month or 12
        day = self.day or calendar.monthrange(self.year, month)[1]
        return pendulum.Date(self.year, month, day)

    def contains(self, date: datetime.date) -> bool:
        """Whether ``date`` is one of the days this date can mean."""
        return self.earliest <= date <= self.latest

    def compare(self, other: PartialDate) -> int | None:
        """-1, 0 or 1 when the order is certain; ``None`` when the two ranges overlap.

        Two equal day-precision dates compare 0; ``2007`` and ``2007-03`` cannot be told apart.
        """
        if self.latest < other.earliest:
            return -1
        if other.latest < self.earliest:
            return 1
        if self.precision is Precision.DAY and self == other:
            return 0
        return None

    def sort_key(self) -> tuple[pendulum.Date, pendulum.Date]:
        """A total order for listing (by earliest, then latest day); not a claim about order."""
        return (self.earliest, self.latest)

    def human(self) -> str:
        """``2007``, ``March 2007`` or ``28 March 2007``."""
        if self.month is None:
            return str(self.year)
        month = calendar.month_name[self.month]
        if self.day is None:
            return f"{month} {self.year}"
        return f"{self.day} {month} {self.year}"

    def __str__(self) -> str:
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"


@attrs.frozen
class Years:
    """A whole number of years known to lie between ``low`` and ``high`` (inclusive)."""

    low: int
    high: int

    @property
    def exact(self) -> int | None:
        return self.low if self.low == self.high else None

    def __str__(self) -> str:
        return str(self.low) if self.low == self.high else f"{self.low}–{self.high}"


def _whole_years(start: datetime.date, end: datetime.date) -> int:
    """Completed years from ``start`` to ``end`` (negative when ``end`` comes first)."""
    return (
        pendulum.Date(start.year, start.month, start.day)
        .diff(pendulum.Date(end.year, end.month, end.day), abs=False)
        .in_years()
    )


@attrs.frozen
class Span:
    """The time between two partial dates, as the shortest and longest it can be.

    >>> span = Span(PartialDate(2015), PartialDate(2021))
    >>> (span.shortest_days, span.longest_days, str(span.years))
    (1828, 2556, '5–6')
    """

    start: PartialDate
    end: PartialDate

    @property
    def shortest_days(self) -> int:
        """Days from the latest possible start to the earliest possible end (never below 0)."""
        return max(0, (self.end.earliest - self.start.latest).in_days())

    @property
    def longest_days(self) -> int:
        """Days from the earliest possible start to the latest possible end."""
        return max(0, (self.end.latest - self.start.earliest).in_days())

    @property
    def years(self) -> Years:
        """Completed years, at their fewest and their most."""
        low = max(0, _whole_years(self.start.latest, self.end.earliest))
        high = max(0, _whole_years(self.start.earliest, self.end.latest))
        return Years(low, high)

    def in_words(self) -> str:
        """``15 years``, ``5–6 years``, or days when under a year."""
        years = self.years
        if years.high == 0:
            if self.shortest_days == self.longest_days:
                return _plural(self.shortest_days, "day")
            return f"{self.shortest_days}–{self.longest_days} days"
        return f"{years} years" if years.high != 1 else f"{years} year"


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


def age_on(born: PartialDate, on: PartialDate) -> Years:
    """A person's age in completed years on a date, as a range where precision runs out.

    >>> str(age_on(PartialDate.parse("1987-12-19"), PartialDate.parse("2007-03")))
    '19'
    >>> str(age_on(PartialDate.parse("1987"), PartialDate.parse("2007-03")))
    '19–20'
    """
    return Span(born, on).years
