"""Issue 11.11 and 11.8 (the plot and frames side): the same image for the same career, and a
careerstats error, not ``OverflowError``, for values no plot or DataFrame can hold.

Loading refuses such dates and counts; these careers are built in Python, as the API allows.
"""

from __future__ import annotations

from pathlib import Path

import attrs
import matplotlib
import pytest

from careerstats.cli import main
from careerstats.dates import PartialDate
from careerstats.errors import CareerstatsError, InvalidDateError, InvalidValueError
from careerstats.model import Career
from careerstats.plot import render_timeline
from careerstats.statistics import summarize


def test_two_svg_renders_of_one_career_are_the_same_bytes(benzema: Career) -> None:
    salt = matplotlib.rcParams["svg.hashsalt"]
    first, second = render_timeline(benzema, "svg"), render_timeline(benzema, "svg")
    assert b"clip-path" in first  # the ids that used to be drawn at random
    assert first == second
    assert matplotlib.rcParams["svg.hashsalt"] == salt  # the caller's settings are left alone


def test_two_png_renders_of_one_career_are_the_same_bytes(benzema: Career) -> None:
    assert render_timeline(benzema, "png") == render_timeline(benzema, "png")


def test_two_plot_commands_write_the_same_svg(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    one, two = tmp_path / "one.svg", tmp_path / "two.svg"
    assert main(["plot", "karim-benzema", "-o", str(one)]) == 0
    assert main(["plot", "karim-benzema", "-o", str(two)]) == 0
    assert capsys.readouterr().err == ""
    assert one.read_bytes() == two.read_bytes()


def _debut_in(career: Career, date: PartialDate) -> Career:
    first = career.appearances[0]
    moved = attrs.evolve(first, match=attrs.evolve(first.match, date=date))
    return attrs.evolve(career, appearances=(moved, *career.appearances[1:]))


@pytest.mark.parametrize(
    ("date", "shown"), [(PartialDate(1, 3), "0001-03"), (PartialDate(9999, 12, 31), "9999-12-31")]
)
def test_a_date_no_career_holds_is_an_error_naming_it_not_an_overflow(
    benzema: Career, date: PartialDate, shown: str
) -> None:
    career = _debut_in(benzema, date)
    with pytest.raises(InvalidDateError) as raised:
        render_timeline(career, "png")
    assert str(raised.value) == (
        f"appearances[0].match.date: expected a date in the years 1800-2100 to draw, got {shown}"
    )


def test_an_absence_in_the_year_one_is_an_error_naming_it(benzema: Career) -> None:
    absence = attrs.evolve(benzema.absences[0], start=PartialDate(1))
    with pytest.raises(CareerstatsError, match=r"^absences\[0\]\.start: .* got 0001$"):
        render_timeline(attrs.evolve(benzema, absences=(absence, *benzema.absences[1:])))


@pytest.mark.parametrize(
    ("caps", "shown"),
    [
        (10**20, "100000000000000000000"),
        (2**63, str(2**63)),
        (10**5000, "a number of about 5000 digits"),  # past the digits str() converts
    ],
    ids=["10**20", "2**63", "10**5000"],
)
def test_stated_caps_no_int64_holds_are_an_error_naming_them(
    benzema: Career, caps: int, shown: str
) -> None:
    stated = tuple(attrs.evolve(total, caps=caps) for total in benzema.stated_totals)
    summary = summarize(attrs.evolve(benzema, stated_totals=stated))
    with pytest.raises(InvalidValueError) as raised:
        summary.to_frame()
    assert str(raised.value) == (
        "caps: expected a whole number from -2**63 to 2**63 - 1 for a DataFrame's Int64 "
        f"column, got {shown}"
    )


def test_the_largest_count_int64_holds_still_makes_a_frame(benzema: Career) -> None:
    stated = tuple(attrs.evolve(total, caps=2**63 - 1) for total in benzema.stated_totals)
    frame = summarize(attrs.evolve(benzema, stated_totals=stated)).to_frame()
    assert frame["caps"].tolist() == [2**63 - 1]
