"""Issue 10.13: the timeline's bars, absences and labels, measured on matplotlib's own objects.

Every position is read from the artists after the figure is drawn the way an image is written
(``savefig``), and compared with what the career says, never with pixels of a picture.
"""

from __future__ import annotations

import datetime
import io

import attrs
import matplotlib
import matplotlib.dates as mdates
import pytest
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.patches import Rectangle
from matplotlib.text import Text
from matplotlib.transforms import Bbox

from careerstats.dates import PartialDate
from careerstats.fixtures import FixtureSet
from careerstats.model import Absence, AbsenceKind, Appearance, Career, Match, Tournament
from careerstats.plot import DPI, FIGSIZE, plot_timeline
from tests.conftest import FixtureFactory

ONE_DAY = datetime.timedelta(days=1)


@pytest.fixture(autouse=True)
def _agg() -> None:
    matplotlib.use("Agg")


@pytest.fixture
def jo(make_fixtures: FixtureFactory) -> Career:
    """The made-up player: debut March 2010, an injury 2013-2017, retired September 2019."""
    return FixtureSet(make_fixtures()).career("jo-example")


def written(career: Career) -> Axes:
    """The timeline on a figure of the default size, drawn whole as an image is written."""
    figure = Figure(figsize=FIGSIZE, dpi=DPI, layout="constrained")
    ax = plot_timeline(career, figure.subplots())
    figure.savefig(io.BytesIO(), format="png")
    return ax


def number(day: datetime.date) -> float:
    """matplotlib's number for a day (the x of data coordinates)."""
    return float(mdates.date2num(datetime.datetime(day.year, day.month, day.day)))


def middle(date: PartialDate) -> float:
    """Where a debut's or retirement's line is drawn: the middle of its days."""
    first, after = date.earliest, date.latest + ONE_DAY
    return number(first + (after - first) / 2)


def bars(ax: Axes) -> dict[str, tuple[float, float]]:
    """Each bar's gid and its left and right edge, in data coordinates."""
    return {
        str(patch.get_gid()): (patch.get_x(), patch.get_x() + patch.get_width())
        for patch in ax.patches
        if isinstance(patch, Rectangle) and (patch.get_gid() or "").startswith(("caps-", "goals-"))
    }


def spans(ax: Axes, prefix: str) -> list[tuple[float, float]]:
    """The x extent, in data coordinates, of every shaded span whose gid starts with prefix."""
    found = []
    for patch in ax.patches:
        if (patch.get_gid() or "").startswith(prefix):
            box = patch.get_window_extent().transformed(ax.transData.inverted())
            found.append((box.x0, box.x1))
    return found


def appearance(career: Career, date: str, opponent: str = "Freedonia") -> Appearance:
    return Appearance(
        match=Match(date=PartialDate.parse(date), opponent=opponent),
        cite=career.appearances[0].cite,
    )


def test_the_debut_years_bars_stand_right_of_the_debut_line(benzema: Career) -> None:
    ax = written(benzema)
    debut = next(cap for cap in benzema.appearances if cap.debut).match.date
    line = middle(debut)
    assert benzema.retirement is not None
    end = middle(benzema.retirement.date)
    found = bars(ax)
    assert {f"caps-{debut.year}", f"goals-{debut.year}"} <= set(found)
    for gid, (left, right) in found.items():
        year = int(gid.split("-")[1])
        assert left >= line, gid
        assert right <= end, gid
        assert number(datetime.date(year, 1, 1)) <= left < right
        assert right <= number(datetime.date(year + 1, 1, 1)), gid


def test_caps_after_an_absence_known_to_the_year_do_not_stand_on_it(jo: Career) -> None:
    # The injury is recorded as 2013 to 2017; caps in September 2017 say it was over by then.
    back = ("2017-09-02", "2017-10-07")
    career = attrs.evolve(
        jo, appearances=(*jo.appearances, *(appearance(jo, date) for date in back))
    )
    ax = written(career)
    absence = spans(ax, "absence-0-")
    assert max(right for _, right in absence) == pytest.approx(number(datetime.date(2017, 9, 2)))
    for gid in ("caps-2017", "goals-2017"):
        left, right = bars(ax)[gid]
        for low, high in absence:
            assert right <= low or left >= high, (gid, (left, right), (low, high))


def test_caps_before_an_absence_known_to_the_year_do_not_stand_on_it(jo: Career) -> None:
    absence = attrs.evolve(jo.absences[0], start=PartialDate(2012), end=PartialDate(2014))
    career = attrs.evolve(
        jo, appearances=(*jo.appearances, appearance(jo, "2012-03-15")), absences=(absence,)
    )
    ax = written(career)
    drawn = spans(ax, "absence-0-")
    assert min(left for left, _ in drawn) == pytest.approx(number(datetime.date(2012, 3, 16)))
    left, right = bars(ax)["caps-2012"]
    assert all(right <= low or left >= high for low, high in drawn)


def labels(ax: Axes) -> list[Text]:
    return [text for text in ax.texts if (text.get_gid() or "").endswith("-label")]


def label_extent(text: Text) -> Bbox:
    """The white box drawn behind a label (its text and pad), in pixels, as last drawn."""
    patch = text.get_bbox_patch()
    assert patch is not None
    return patch.get_window_extent()


def crowded(jo: Career) -> Career:
    """Four tournaments in one year and a short absence at the end of the career, beside the
    retirement: labels that must make room for one another."""
    cite = jo.tournaments[0].cite
    held = [
        Tournament(
            id=f"{name}-2018",
            name=f"{name.title()} 2018",
            edition=2018,
            start=PartialDate(2018, month, 1),
            end=PartialDate(2018, month, 20),
            cite=cite,
        )
        for month, name in ((5, "euro"), (6, "nations-league-finals"), (8, "cup"), (9, "shield"))
    ]
    late = Absence(
        start=PartialDate(2019, 8, 20),
        end=PartialDate(2019, 9, 1),
        kind=AbsenceKind.SUSPENSION,
        reason="Sent off in the last qualifier; banned for the two matches that followed",
        cite=jo.absences[0].cite,
    )
    return attrs.evolve(jo, tournaments=(*jo.tournaments, *held), absences=(*jo.absences, late))


@pytest.mark.parametrize("name", ["benzema", "jo", "crowded"])
def test_labels_keep_apart_in_the_image_written(name: str, request: pytest.FixtureRequest) -> None:
    career = crowded(request.getfixturevalue("jo")) if name == "crowded" else None
    ax = written(career or request.getfixturevalue(name))
    frame = ax.get_window_extent()
    boxes = [(text.get_gid(), label_extent(text)) for text in labels(ax)]
    assert len(boxes) >= 4
    for index, (gid, box) in enumerate(boxes):
        assert frame.x0 <= box.x0, gid
        assert box.x1 <= frame.x1, gid
        for other, other_box in boxes[index + 1 :]:
            # A pixel at least between the white boxes behind two labels.
            assert not box.padded(0.5).overlaps(other_box.padded(0.5)), (gid, other)


def test_labels_are_placed_for_the_layout_the_image_is_written_with(benzema: Career) -> None:
    figure = Figure(figsize=FIGSIZE, dpi=DPI, layout="constrained")
    ax = plot_timeline(benzema, figure.subplots())
    placed = ax.get_position().frozen()
    figure.savefig(io.BytesIO(), format="png")
    assert ax.get_position().bounds == pytest.approx(placed.bounds, abs=1e-4)


@pytest.mark.parametrize("name", ["benzema", "crowded"])
def test_an_absences_label_sits_at_its_band(name: str, request: pytest.FixtureRequest) -> None:
    jo = request.getfixturevalue("jo")
    career = crowded(jo) if name == "crowded" else request.getfixturevalue(name)
    ax = written(career)
    to_data = ax.transData.inverted()
    for index, _ in enumerate(career.absences):
        band = spans(ax, f"absence-{index}-")
        low, high = min(left for left, _ in band), max(right for _, right in band)
        (label,) = [text for text in labels(ax) if text.get_gid() == f"absence-{index}-label"]
        box: Bbox = label_extent(label).transformed(to_data)
        assert box.x0 <= high, (label.get_text(), (low, high), box)
        assert low <= box.x1, (label.get_text(), (low, high), box)


def test_bars_stay_wide_enough_to_see_where_the_years_part_is_short(jo: Career) -> None:
    # A debut on 20 December leaves 12 days of 2009; a cap known only to 2014, the year the
    # injury (2013 to 2017) is certain in, leaves no day clear of it.
    debut = attrs.evolve(
        jo.appearances[0],
        match=attrs.evolve(jo.appearances[0].match, date=PartialDate(2009, 12, 20)),
    )
    career = attrs.evolve(jo, appearances=(debut, appearance(jo, "2014")))
    found = bars(written(career))
    for year in (2009, 2014):
        left, right = found[f"caps-{year}"]
        assert right - left >= 0.4 * 45 - 1e-6, year  # a share of at least 45 days
        assert number(datetime.date(year, 1, 1)) <= left
        assert found[f"goals-{year}"][1] <= number(datetime.date(year + 1, 1, 1))
