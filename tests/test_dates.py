"""Partial dates: parsing, impossible dates, ranges, ordering, spans and ages."""

from __future__ import annotations

import datetime

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from careerstats.dates import PartialDate, Precision, Span, Years, age_on
from careerstats.errors import InvalidDateError

from .strategies import days_within, partial_dates


def whole_years(start: datetime.date, end: datetime.date) -> int:
    """Completed years from ``start`` to ``end``, counted the way a birthday is."""
    return end.year - start.year - ((end.month, end.day) < (start.month, start.day))


@pytest.mark.parametrize(
    ("text", "expected", "precision"),
    [
        ("2007", PartialDate(2007), Precision.YEAR),
        ("2007-03", PartialDate(2007, 3), Precision.MONTH),
        ("2007-03-28", PartialDate(2007, 3, 28), Precision.DAY),
        ("2024-02-29", PartialDate(2024, 2, 29), Precision.DAY),
    ],
)
def test_parse_keeps_precision(text: str, expected: PartialDate, precision: Precision) -> None:
    parsed = PartialDate.parse(text)
    assert parsed == expected
    assert parsed.precision is precision
    assert str(parsed) == text


def test_a_month_is_not_its_first_day() -> None:
    march = PartialDate.parse("2007-03")
    assert march != PartialDate.parse("2007-03-01")
    assert (str(march.earliest), str(march.latest)) == ("2007-03-01", "2007-03-31")
    assert march.human() == "March 2007"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "2022-02-30",
            "expected a date like 2007-03-28, 2007-03 or 2007, got '2022-02-30': "
            "day 30 is out of range for February 2022 (1-28)",
        ),
        (
            "2007-13",
            "expected a date like 2007-03-28, 2007-03 or 2007, got '2007-13': "
            "month 13 is out of range 1-12",
        ),
        ("March 2007", "expected a date like 2007-03-28, 2007-03 or 2007, got 'March 2007'"),
        ("07-03-28", "expected a date like 2007-03-28, 2007-03 or 2007, got '07-03-28'"),
        ("", "expected a date like 2007-03-28, 2007-03 or 2007, got ''"),
    ],
)
def test_impossible_dates_are_errors(text: str, message: str) -> None:
    with pytest.raises(InvalidDateError) as caught:
        PartialDate.parse(text)
    assert str(caught.value) == message


def test_a_day_needs_a_month() -> None:
    with pytest.raises(InvalidDateError) as caught:
        PartialDate(2007, None, 3)
    assert str(caught.value) == "a day needs a month"


def test_compare_refuses_to_guess_for_overlapping_ranges() -> None:
    year, march, day = PartialDate(2007), PartialDate(2007, 3), PartialDate(2007, 3, 28)
    assert year.compare(march) is None
    assert march.compare(day) is None
    assert march.compare(march) is None  # two Marches may be different days
    assert day.compare(day) == 0
    assert PartialDate(2006).compare(march) == -1
    assert march.compare(PartialDate(2007, 2, 28)) == 1


def test_span_between_year_precision_bounds_is_a_range() -> None:
    span = Span(PartialDate(2015), PartialDate(2021))
    # 2015-12-31 → 2021-01-01 at the shortest, 2015-01-01 → 2021-12-31 at the longest.
    assert (span.shortest_days, span.longest_days) == (1828, 2556)
    assert span.years == Years(5, 6)
    assert span.in_words() == "5–6 years"


def test_span_under_a_year_is_told_in_days() -> None:
    assert Span(PartialDate(2022, 11), PartialDate(2022, 12)).in_words() == "1–60 days"
    assert Span(PartialDate(2022, 12, 18), PartialDate(2022, 12, 19)).in_words() == "1 day"


def test_age_is_exact_only_when_precision_allows() -> None:
    born = PartialDate(1987, 12, 19)
    assert age_on(born, PartialDate(2022, 12, 19)) == Years(35, 35)
    assert age_on(born, PartialDate(2022, 12, 18)) == Years(34, 34)
    assert age_on(born, PartialDate(2022, 12)) == Years(34, 35)
    assert age_on(PartialDate(1987), PartialDate(2007, 3)) == Years(19, 20)


def test_whole_years_a_day_before_the_anniversary_after_a_30_day_month() -> None:
    """pendulum's diff().in_years() counts 1999-04-02 → 2000-04-01 as a year (its issue #566)."""
    born = PartialDate(1999, 4, 2)
    assert age_on(born, PartialDate(2000, 4, 1)) == Years(0, 0)
    assert age_on(born, PartialDate(2000, 4)) == Years(0, 1)
    assert age_on(born, PartialDate(2000, 4, 2)) == Years(1, 1)


def test_age_over_a_leap_day_birthday() -> None:
    born = PartialDate(2000, 2, 29)
    assert age_on(born, PartialDate(2001, 2, 28)).exact == 0
    assert age_on(born, PartialDate(2001, 3, 1)).exact == 1


@given(partial_dates())
def test_text_round_trip(date: PartialDate) -> None:
    assert PartialDate.parse(str(date)) == date


@given(partial_dates())
def test_a_date_contains_exactly_its_range(date: PartialDate) -> None:
    assert date.earliest <= date.latest
    assert date.contains(date.earliest)
    assert date.contains(date.latest)
    assert not date.contains(date.earliest - datetime.timedelta(days=1))
    assert not date.contains(date.latest + datetime.timedelta(days=1))


@given(partial_dates(), partial_dates())
def test_compare_is_antisymmetric_and_never_wrong(a: PartialDate, b: PartialDate) -> None:
    order = a.compare(b)
    back = b.compare(a)
    assert (order is None) == (back is None)
    if order is not None:
        assert back == -order
    if order == -1:
        assert a.latest < b.earliest
    if order is None:
        assert not (a.latest < b.earliest or b.latest < a.earliest) or a == b


@given(partial_dates(), partial_dates())
def test_span_bounds_hold_every_pair_of_days(a: PartialDate, b: PartialDate) -> None:
    assume(not b.latest < a.earliest)  # certainly reversed: refused (issue 11.10)
    span = Span(a, b)
    assert 0 <= span.shortest_days <= span.longest_days
    assert span.years.low <= span.years.high
    for start in (a.earliest, a.latest):
        for end in (b.earliest, b.latest):
            days = max(0, (end - start).days)
            assert span.shortest_days <= days <= span.longest_days


@given(partial_dates(), partial_dates())
def test_age_range_covers_both_extremes(born: PartialDate, on: PartialDate) -> None:
    assume(not on.latest < born.earliest)  # certainly before the birth: refused (issue 11.10)
    age = age_on(born, on)
    for birth in (born.earliest, born.latest):
        for day in (on.earliest, on.latest):
            if day >= birth:
                assert age.low <= whole_years(birth, day) <= age.high


# --- properties over any day a partial date can mean ------------------------------------------


@given(partial_dates(), partial_dates(), partial_dates())
def test_certain_order_agrees_with_the_days_and_is_transitive(
    a: PartialDate, b: PartialDate, c: PartialDate
) -> None:
    if a.compare(b) == -1:
        assert a.sort_key() < b.sort_key()
        if b.compare(c) == -1:
            assert a.compare(c) == -1
    if a.compare(b) == 0:
        assert a.earliest == a.latest == b.earliest == b.latest


@given(st.data())
def test_a_certain_order_holds_for_any_days_meant(data: st.DataObject) -> None:
    a, b = data.draw(partial_dates()), data.draw(partial_dates())
    first, second = data.draw(days_within(a)), data.draw(days_within(b))
    order = a.compare(b)
    if order is not None:
        assert order == (first > second) - (first < second)


@given(st.data())
def test_a_span_bounds_any_pair_of_days_inside_its_dates(data: st.DataObject) -> None:
    """Not only the four extremes: any start the first date can mean, any end of the second."""
    a, b = data.draw(partial_dates()), data.draw(partial_dates())
    assume(not b.latest < a.earliest)
    start, end = data.draw(days_within(a)), data.draw(days_within(b))
    span = Span(a, b)
    assert span.shortest_days <= max(0, (end - start).days) <= span.longest_days
    if end >= start:
        assert span.years.low <= whole_years(start, end) <= span.years.high


@given(st.data())
def test_an_age_covers_any_birthday_and_day_inside_the_dates(data: st.DataObject) -> None:
    born, on = data.draw(partial_dates()), data.draw(partial_dates())
    assume(not on.latest < born.earliest)
    birth, day = data.draw(days_within(born)), data.draw(days_within(on))
    age = age_on(born, on)
    if day >= birth:
        assert age.low <= whole_years(birth, day) <= age.high
    if born.precision is on.precision is Precision.DAY:
        assert age.exact is not None


@given(partial_dates(), partial_dates(), partial_dates())
def test_an_age_never_falls_as_the_day_moves_later(
    born: PartialDate, one: PartialDate, other: PartialDate
) -> None:
    """The fewest years follow the earliest day meant; the most, the latest day."""
    assume(not one.latest < born.earliest and not other.latest < born.earliest)
    if one.earliest <= other.earliest:
        assert age_on(born, one).low <= age_on(born, other).low
    if one.latest <= other.latest:
        assert age_on(born, one).high <= age_on(born, other).high
