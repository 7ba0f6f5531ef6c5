"""Dates with their real precision, and the spans and ages between them.

"March 2007" is a month: it means some day from 2007-03-01 to 2007-03-31, and every figure
computed from it is a range until the precision runs out. pendulum does the calendar arithmetic.
"""

from __future__ import annotations

import calendar
import contextlib
import datetime
import enum
import re
from typing import Self

import attrs
import pendulum

from careerstats.arguments import expect, expect_optional, invalid_value
from careerstats.errors import CareerstatsError, InvalidDateError, describe_text
from careerstats.names import plural

__all__ = [
    "CAREER_YEARS",
    "DateExpression",
    "PartialDate",
    "Precision",
    "Span",
    "UnresolvedDateError",
    "Years",
    "age_on",
    "bounds_text",
    "digits_hint",
]

CAREER_YEARS = range(1800, 2101)
"""The years a fact of a football career can fall in. The first international was played in
1872 by men born from the 1840s; a fixture or data-set date outside this range (the year 1,
9999) is a typo, refused at loading rather than carried into arithmetic and plots."""

# [0-9], not \d: \d also matches Arabic-Indic and fullwidth digits, which int() reads as numbers.
_PATTERN = re.compile(r"(?P<year>[0-9]{4})(?:-(?P<month>[0-9]{2})(?:-(?P<day>[0-9]{2}))?)?")
_EXPECTED = "expected a date like 2007-03-28, 2007-03 or 2007"


def digits_hint(text: str) -> str:
    """`` (digits are written 0-9)`` where ``text`` holds digits of another script, else ``""``.

    Arabic-Indic and fullwidth digits look like numbers to a reader, so a message refusing
    them says why.
    """
    expect(text, str, "digits_hint", "text")
    if any(character.isdecimal() and not character.isascii() for character in text):
        return " (digits are written 0-9)"
    return ""


def _spacing_hint(text: str) -> str:
    """`` (a date has no spaces or line breaks around it)`` where that is what is wrong."""
    if text != text.strip() and _PATTERN.fullmatch(text.strip()):
        return " (a date has no spaces or line breaks around it)"
    return ""


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
        expect(self.year, int, "PartialDate", "year")
        expect_optional(self.month, int, "PartialDate", "month")
        expect_optional(self.day, int, "PartialDate", "day")
        _check_fields(self)

    @classmethod
    def parse(cls, text: str) -> Self:
        """Read ``2007``, ``2007-03`` or ``2007-03-28``; anything else is an InvalidDateError."""
        expect(text, str, "PartialDate.parse", "text")
        # Not stripped: the format is strict, and a space or a line break around a date is
        # no part of any form of it.
        match = _PATTERN.fullmatch(text)
        if match is None:
            hint = digits_hint(text) or _spacing_hint(text)
            raise InvalidDateError(f"{_EXPECTED}, got {describe_text(text)}{hint}")
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
        expect(date, datetime.date, "PartialDate.from_date", "date")
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
        expect(date, datetime.date, "PartialDate.contains", "date")
        return self.earliest <= date <= self.latest

    def compare(self, other: PartialDate) -> int | None:
        """-1, 0 or 1 when the order is certain; ``None`` when the two ranges overlap.

        Two equal day-precision dates compare 0; ``2007`` and ``2007-03`` cannot be told apart.
        """
        expect(other, PartialDate, "PartialDate.compare", "other")
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

    def __attrs_post_init__(self) -> None:
        expect(self.low, int, "Years", "low")
        expect(self.high, int, "Years", "high")
        if self.low > self.high:
            raise invalid_value("Years", "high", f"{self.high} is less than low ({self.low})")

    @property
    def exact(self) -> int | None:
        return self.low if self.low == self.high else None

    def __str__(self) -> str:
        return str(self.low) if self.low == self.high else f"{self.low}–{self.high}"


def _whole_years(start: datetime.date, end: datetime.date) -> int:
    """Completed years from ``start`` to ``end`` (for ``end`` not before ``start``).

    Counted by hand: pendulum's ``diff().in_years()`` gives a full year one day early when the
    start's month has 30 days (1999-04-02 → 2000-04-01 is 1; pendulum issue #566). Someone
    born on 29 February completes a year on 1 March in years without one.
    """
    return end.year - start.year - ((end.month, end.day) < (start.month, start.day))


def _whole_years_through(start: datetime.date, last: datetime.date) -> int:
    """Completed years from ``start`` to the day after ``last``: ``last`` itself counted.

    Without computing that day, which for 9999-12-31 no calendar has.
    """
    if (last.month, last.day) == (12, 31):
        return last.year + 1 - start.year - ((start.month, start.day) > (1, 1))
    return _whole_years(start, last + datetime.timedelta(days=1))


@attrs.frozen
class Span:
    """The time between two partial dates, as the shortest and longest it can be.

    With ``inclusive``, the span holds the days from ``start`` to ``end``, both counted: how
    long an absence lasted, from its first day away to its last, so that one a day long (a
    one-match ban, start and end the same day) is 1 day, never 0. Without it, the span is
    the difference between two dates (a career span, an age): the same day twice is 0 days.

    >>> span = Span(PartialDate(2015), PartialDate(2021))
    >>> (span.shortest_days, span.longest_days, str(span.years))
    (1828, 2556, '5–6')
    >>> Span(PartialDate(2022, 9, 3), PartialDate(2022, 9, 3), inclusive=True).in_words()
    '1 day'
    """

    start: PartialDate
    end: PartialDate
    inclusive: bool = attrs.field(default=False, kw_only=True)

    def __attrs_post_init__(self) -> None:
        # A span whose end is certainly before its start has no length: refused, not "0 days".
        expect(self.start, PartialDate, "Span", "start")
        expect(self.end, PartialDate, "Span", "end")
        if self.end.latest < self.start.earliest:
            raise invalid_value("Span", "end", f"{self.end} comes before the start ({self.start})")

    @property
    def shortest_days(self) -> int:
        """Days from the latest possible start to the earliest possible end (never below 0;
        inclusive, never below 1)."""
        days = (self.end.earliest - self.start.latest).in_days() + self.inclusive
        return max(int(self.inclusive), days)

    @property
    def longest_days(self) -> int:
        """Days from the earliest possible start to the latest possible end."""
        days = (self.end.latest - self.start.earliest).in_days() + self.inclusive
        return max(int(self.inclusive), days)

    @property
    def years(self) -> Years:
        """Completed years, at their fewest and their most."""
        between = _whole_years_through if self.inclusive else _whole_years
        low = max(0, between(self.start.latest, self.end.earliest))
        high = max(0, between(self.start.earliest, self.end.latest))
        return Years(low, high)

    def bounds(self) -> str:
        """``2015–2021`` for two years; ``2022-11-19 to 2022-12-19`` otherwise."""
        return bounds_text(self.start, self.end)

    @property
    def under_a_year(self) -> bool:
        """Whether :meth:`in_words` counts days: the span is certainly under a year."""
        return self.years.high == 0

    def days_in_words(self) -> str:
        """``30 days``, ``1 day``, ``1829–2557 days``: the days, one figure where both agree."""
        if self.shortest_days == self.longest_days:
            return plural(self.shortest_days, "day")
        return f"{self.shortest_days}–{self.longest_days} days"

    def in_words(self) -> str:
        """``15 years``, ``5–6 years``, or days when certainly under a year (``1–60 days``)."""
        if self.under_a_year:
            return self.days_in_words()
        years = self.years
        return f"{years} years" if years.high != 1 else f"{years} year"


def bounds_text(start: PartialDate, end: PartialDate) -> str:
    """``2015–2021`` for two years; ``2022-11-19 to 2022-12-19`` otherwise. Also for two
    dates in the wrong order, as a message about them shows them (no :class:`Span` has them)."""
    expect(start, PartialDate, "bounds_text", "start")
    expect(end, PartialDate, "bounds_text", "end")
    if start.precision is end.precision is Precision.YEAR:
        return f"{start}–{end}"
    return f"{start} to {end}"


def age_on(born: PartialDate, on: PartialDate) -> Years:
    """A person's age in completed years on a date, as a range where precision runs out.

    >>> str(age_on(PartialDate.parse("1987-12-19"), PartialDate.parse("2007-03")))
    '19'
    >>> str(age_on(PartialDate.parse("1987"), PartialDate.parse("2007-03")))
    '19–20'
    """
    expect(born, PartialDate, "age_on", "born")
    expect(on, PartialDate, "age_on", "on")
    if on.latest < born.earliest:
        raise invalid_value("age_on", "on", f"{on} comes before the birth ({born})")
    return Span(born, on).years


_MONTHS = {name.lower(): number for number, name in enumerate(calendar.month_name) if name}
_NUMBER_WORDS = {
    word: number
    for number, word in enumerate(
        [
            "zero",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
        ]
    )
}
# Up to 999999 days or years back: more is no date a source writes (and int() refuses
# 4300 digits).
_COUNT = r"(?P<count>[0-9]{1,6}|" + "|".join(_NUMBER_WORDS) + ")"
_RELATIVE_DAYS = re.compile(rf"today|yesterday|{_COUNT} days? ago")
_RELATIVE_YEARS = re.compile(rf"this year|last year|{_COUNT} years? ago")
_MONTH_NAMES = "|".join(_MONTHS)
_MONTH_DAY = re.compile(
    rf"(?:(?P<day1>[0-9]{{1,2}}) )?(?P<month>{_MONTH_NAMES})(?: (?P<day2>[0-9]{{1,2}}))?"
    r"(?: (?P<which>this year|last year))?"
)


class UnresolvedDateError(CareerstatsError):
    """A relative date that cannot be placed: its source has no date, or too vague a one."""


@attrs.frozen
class DateExpression:
    """A date as a source writes it: ``2022-12-19``, ``yesterday``, ``December 18 last year``.

    Relative forms are resolved against the source's publication date and keep their precision:
    ``last year`` is a year, ``yesterday`` a day. A bare month or day (``October``,
    ``December 18``) is the latest such date on or before publication.

    >>> DateExpression.parse("December 18 last year").resolve(PartialDate(2023, 3, 11))
    PartialDate(year=2022, month=12, day=18)
    >>> str(DateExpression.parse("15 years ago").resolve(PartialDate(2022, 12, 20)))
    '2007'
    """

    text: str

    def __attrs_post_init__(self) -> None:
        # Refuses text that is no date at all; relative forms wait for their source's date.
        expect(self.text, str, "DateExpression", "text")
        with contextlib.suppress(UnresolvedDateError):
            self._read(None)

    @classmethod
    def parse(cls, text: str) -> DateExpression:
        expect(text, str, "DateExpression.parse", "text")
        return cls(text)  # not stripped: a space around a date is no part of it

    @property
    def is_relative(self) -> bool:
        return _PATTERN.fullmatch(self.text) is None

    def resolve(self, published: PartialDate | None) -> PartialDate:
        """The date meant, given the source's publication date; raises UnresolvedDateError.

        So does a date the calendar lacks once placed: "February 29 last year" written in
        2023, or "999999 days ago", which falls before the year 1.
        """
        expect_optional(published, PartialDate, "DateExpression.resolve", "published")
        try:
            return self._read(published)
        except InvalidDateError as error:
            raise UnresolvedDateError(f"{self.text!r} from {published}: {error}") from None

    def _read(self, published: PartialDate | None) -> PartialDate:
        # With no publication date (also when only checking the grammar), relative forms raise
        # UnresolvedDateError; text that is no date at all raises InvalidDateError.
        text = self.text.casefold()
        if _PATTERN.fullmatch(text):
            return PartialDate.parse(text)
        if match := _RELATIVE_DAYS.fullmatch(text):
            days = {"today": 0, "yesterday": 1}.get(text)
            back = days if days is not None else _count(match["count"])
            reference = _need(published, Precision.DAY, self.text)
            try:
                return PartialDate.from_date(reference.earliest.subtract(days=back))
            except OverflowError:
                raise InvalidDateError("that day falls before the year 1") from None
        if match := _RELATIVE_YEARS.fullmatch(text):
            years = {"this year": 0, "last year": 1}.get(text)
            year = _need(published, Precision.YEAR, self.text).year
            return PartialDate(year - (years if years is not None else _count(match["count"])))
        if match := _MONTH_DAY.fullmatch(text):
            if match["day1"] and match["day2"]:
                raise InvalidDateError(f"{_EXPECTED_EXPRESSION}, got {self.text!r}")
            month = _MONTHS[match["month"]]
            day_text = match["day1"] or match["day2"]
            day_of_month = int(day_text) if day_text else None
            longest = 29 if month == 2 else _days_in(2001, month)
            if day_of_month is not None and not 1 <= day_of_month <= longest:
                raise InvalidDateError(f"{_EXPECTED_EXPRESSION}, got {self.text!r}")
            which = match["which"]
            reference = _need(published, Precision.YEAR if which else Precision.MONTH, self.text)
            year = reference.year - (which == "last year")
            written = (month, day_of_month or 1)
            if which is None and written > (reference.month or 12, reference.day or 31):
                year -= 1  # "in October", written in March: last October
            return PartialDate(year, month, day_of_month)  # resolve() names the text
        raise InvalidDateError(
            f"{_EXPECTED_EXPRESSION}, got {describe_text(self.text)}{digits_hint(self.text)}"
        )

    def __str__(self) -> str:
        return self.text


_EXPECTED_EXPRESSION = (
    "expected a date like 2007-03-28, 2007-03, 2007, yesterday, last year, 15 years ago "
    "or December 18 last year"
)


def _days_in(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def _count(text: str) -> int:
    return _NUMBER_WORDS[text] if text in _NUMBER_WORDS else int(text)


def _need(published: PartialDate | None, precision: Precision, text: str) -> PartialDate:
    if published is None:
        raise UnresolvedDateError(f"{text!r} is relative to a source that has no date")
    if published.precision < precision:
        raise UnresolvedDateError(
            f"{text!r} needs a source dated to the {precision.name.lower()}, not {published}"
        )
    return published
