"""The career timeline: its artists, counted from the career, and the images the command writes.

Expected counts and positions are computed here from the career, never copied from a figure.
"""

from __future__ import annotations

import datetime
import struct
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import attrs
import matplotlib
import matplotlib.dates as mdates
import pytest
from matplotlib.artist import Artist
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Rectangle
from matplotlib.text import Text

from careerstats.cli import main
from careerstats.dates import PartialDate, Precision
from careerstats.errors import MissingExtraError
from careerstats.fixtures import FixtureSet
from careerstats.model import Absence, AbsenceKind, Appearance, Career, Goal, Match
from careerstats.plot import DPI, FIGSIZE, plot_timeline, render_timeline, short_name
from careerstats.statistics import caps, goals, goals_in, tournaments
from careerstats.words import basis

from .conftest import FixtureFactory

MISSING_MATPLOTLIB = (
    "careerstats: error: Plots need matplotlib, which is not installed: "
    "pip install 'careerstats[plot]'\n"
)


@pytest.fixture(autouse=True)
def _agg(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """No GUI in tests; every pyplot figure a test opens is closed after it."""
    monkeypatch.setenv("MPLBACKEND", "Agg")
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt  # now: a test may hide matplotlib until after teardown

    yield
    plt.close("all")


def drawn(career: Career) -> Axes:
    """The timeline on a figure of the default size, made without pyplot."""
    axes = Figure(figsize=FIGSIZE, dpi=DPI, layout="constrained").subplots()
    return plot_timeline(career, axes)


def x_of(ax: Axes, day: datetime.date) -> float:
    """Where the start of a day sits across the figure, in pixels."""
    number = mdates.date2num(datetime.datetime(day.year, day.month, day.day))
    return float(ax.transData.transform((number, 0))[0])


def gids(ax: Axes, prefix: str) -> list[str]:
    found = [artist.get_gid() for artist in ax.get_children()]
    return [gid for gid in found if gid is not None and gid.startswith(prefix)]


def artist(ax: Axes, gid: str) -> Artist:
    (found,) = [child for child in ax.get_children() if child.get_gid() == gid]
    return found


@pytest.fixture
def jo(make_fixtures: FixtureFactory) -> Career:
    """The made-up player: a month-precision retirement, an injury known to the year."""
    return FixtureSet(make_fixtures()).career("jo-example")


def test_one_marker_per_tournament_played_and_missed_told_apart(benzema: Career) -> None:
    ax = drawn(benzema)
    lines = tournaments(benzema)
    markers = {
        line.get_gid(): line
        for line in ax.get_lines()
        if (line.get_gid() or "").startswith("tournament-")
    }
    assert sorted(markers) == sorted(f"tournament-{line.tournament.id}" for line in lines)
    shapes = Counter(
        (markers[f"tournament-{line.tournament.id}"].get_marker(), line.played) for line in lines
    )
    played = sum(1 for line in lines if line.played)
    missed = sum(1 for line in lines if line.played is False)
    assert shapes == {("o", True): played, ("X", False): missed}
    assert played  # both kinds are there to tell apart
    assert missed
    for line in lines:  # each marker sits within its tournament's days
        where = ax.transData.transform(
            (markers[f"tournament-{line.tournament.id}"].get_xdata()[0], 0)
        )[0]
        first = x_of(ax, line.tournament.start.earliest)
        after = x_of(ax, line.tournament.end.latest + datetime.timedelta(days=1))
        assert first <= where <= after
    labels = [artist(ax, f"tournament-{line.tournament.id}-label") for line in lines]
    assert [label.get_text() for label in labels if isinstance(label, Text)] == [
        short_name(line.tournament) for line in lines
    ]


def test_a_tournament_whose_part_is_not_known_gets_a_hollow_marker(jo: Career) -> None:
    # Without the absence that covers it, nothing says what the player did at cup-2016.
    career = attrs.evolve(jo, absences=())
    (unknown,) = [line for line in tournaments(career) if line.played is None]
    ax = drawn(career)
    marker = artist(ax, f"tournament-{unknown.tournament.id}")
    assert isinstance(marker, Line2D)
    assert (marker.get_marker(), marker.get_markerfacecolor()) == ("o", "white")
    legend = ax.get_legend()
    assert legend is not None
    assert "tournament, part not known" in [text.get_text() for text in legend.get_texts()]


@pytest.mark.parametrize("name", ["benzema", "jo"])
def test_absences_are_drawn_at_their_precision(name: str, request: pytest.FixtureRequest) -> None:
    career: Career = request.getfixturevalue(name)
    ax = drawn(career)
    one_day = datetime.timedelta(days=1)
    for index, absence in enumerate(career.absences):
        (certain,) = [
            patch for patch in ax.patches if patch.get_gid() == f"absence-{index}-certain"
        ]
        box = certain.get_window_extent()
        assert box.x0 == pytest.approx(x_of(ax, absence.start.latest), abs=1)
        assert box.x1 == pytest.approx(x_of(ax, absence.end.earliest + one_day), abs=1)
        open_edges = [
            patch for patch in ax.patches if patch.get_gid() == f"absence-{index}-uncertain"
        ]
        expected = (absence.start.precision < Precision.DAY) + (
            absence.end.precision < Precision.DAY
        )
        assert len(open_edges) == expected
        assert all(patch.get_hatch() for patch in open_edges)
        label = artist(ax, f"absence-{index}-label")
        assert isinstance(label, Text)
        words = " ".join(label.get_text().split())  # as wrapped onto lines
        assert words.startswith(absence.kind.label)
        assert words.endswith(absence.reason)


def test_an_absence_with_no_certain_day_is_all_hatched(jo: Career) -> None:
    absence = Absence(
        start=PartialDate(2015),
        end=PartialDate(2015),
        kind=AbsenceKind.SUSPENSION,
        reason="Red card",
        cite=jo.absences[0].cite,
    )
    ax = drawn(attrs.evolve(jo, absences=(absence,)))
    assert gids(ax, "absence-0-certain") == []
    (whole,) = [patch for patch in ax.patches if patch.get_gid() == "absence-0-uncertain"]
    box = whole.get_window_extent()
    assert box.x0 == pytest.approx(x_of(ax, datetime.date(2015, 1, 1)), abs=1)
    assert box.x1 == pytest.approx(x_of(ax, datetime.date(2016, 1, 1)), abs=1)


def test_debut_and_retirement_are_lines_with_their_open_days(benzema: Career, jo: Career) -> None:
    for career in (benzema, jo):
        ax = drawn(career)
        first = next(cap for cap in career.appearances if cap.debut).match.date
        assert career.retirement is not None
        for name, date in (("debut", first), ("retirement", career.retirement.date)):
            line = artist(ax, name)
            assert isinstance(line, Line2D)
            middle = date.earliest + (date.latest + datetime.timedelta(days=1) - date.earliest) / 2
            where = ax.transData.transform((line.get_xdata()[0], 0))[0]
            assert where == pytest.approx(x_of(ax, middle), abs=1)
            ranges = gids(ax, f"{name}-range")
            assert len(ranges) == (date.precision < Precision.DAY)


def test_bars_count_the_caps_and_goals_recorded_each_year(jo: Career) -> None:
    def appearance(date: str, *events: Goal) -> Appearance:
        return Appearance(
            match=Match(date=PartialDate.parse(date), opponent="Freedonia"),
            goals=events,
            cite=jo.appearances[0].cite,
        )

    career = attrs.evolve(
        jo,
        appearances=(
            *jo.appearances,
            appearance("2010-09-03", Goal(), Goal(), Goal(own_goal=True)),
            appearance("2012", Goal()),
            appearance("2012-06-05"),
        ),
    )
    ax = drawn(career)
    caps_by_year = Counter(cap.match.date.year for cap in career.appearances)
    goals_by_year: Counter[int] = Counter()
    for cap in career.appearances:
        goals_by_year[cap.match.date.year] += goals_in(cap)
    bars = [patch for patch in ax.patches if isinstance(patch, Rectangle)]
    heights = {patch.get_gid(): patch.get_height() for patch in bars}
    assert {year: heights[f"caps-{year}"] for year in caps_by_year} == caps_by_year
    assert {year: heights[f"goals-{year}"] for year in caps_by_year} == goals_by_year
    assert len(gids(ax, "caps-")) == len(caps_by_year)
    top = max(max(caps_by_year.values()), max(goals_by_year.values()))
    assert max(ax.get_yticks()) == top


def test_the_title_and_legend_say_what_the_bars_count(benzema: Career) -> None:
    ax = drawn(benzema)
    cap_total, goal_total = caps(benzema), goals(benzema)
    assert ax.get_title(loc="left") == f"{benzema.player.name} — {benzema.team.name}"
    assert ax.get_title(loc="right") == (
        f"{cap_total.value} caps, {goal_total.value} goals ({basis(cap_total)})"
    )
    legend = ax.get_legend()
    assert legend is not None
    texts = [text.get_text() for text in legend.get_texts()]
    assert f"caps recorded, per year ({cap_total.counted} of {cap_total.value})" in texts
    assert f"goals recorded, per year ({goal_total.counted} of {goal_total.value})" in texts


@pytest.mark.parametrize("name", ["benzema", "jo"])
def test_no_two_labels_overlap_at_the_default_size(
    name: str, request: pytest.FixtureRequest
) -> None:
    ax = drawn(request.getfixturevalue(name))
    labels = [text for text in ax.texts if (text.get_gid() or "").endswith("-label")]
    assert len(labels) >= 4
    ax.figure.canvas.figure.draw_without_rendering()
    boxes = [(text.get_text(), text.get_window_extent()) for text in labels]
    frame = ax.get_window_extent()
    for index, (words, box) in enumerate(boxes):
        assert frame.x0 <= box.x0, words
        assert box.x1 <= frame.x1, words
        for other, other_box in boxes[index + 1 :]:
            assert not box.overlaps(other_box), (words, other)


def test_without_axes_pyplot_makes_the_figure(benzema: Career) -> None:
    import matplotlib.pyplot as plt

    before = plt.get_fignums()
    ax = plot_timeline(benzema)
    assert len(plt.get_fignums()) == len(before) + 1
    assert tuple(ax.figure.get_size_inches()) == FIGSIZE


def test_render_timeline_leaves_pyplot_alone(benzema: Career) -> None:
    import matplotlib.pyplot as plt

    before = plt.get_fignums()
    assert render_timeline(benzema, "png").startswith(b"\x89PNG")
    assert plt.get_fignums() == before


def png_size(data: bytes) -> tuple[int, int]:
    """Width and height from a PNG's signature and first chunk, which must be IHDR."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    length, kind, width, height = struct.unpack(">I4sII", data[8:24])
    assert (length, kind) == (13, b"IHDR")
    return width, height


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_plot_writes_a_png_of_the_default_size(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "timeline.png"
    assert run(capsys, "plot", "karim-benzema", "-o", str(path)) == (0, "", "")
    assert png_size(path.read_bytes()) == (round(FIGSIZE[0] * DPI), round(FIGSIZE[1] * DPI))


def test_plot_writes_an_svg_with_an_element_per_tournament(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], benzema: Career
) -> None:
    path = tmp_path / "timeline.SVG"  # the suffix is read whatever its case
    assert run(capsys, "plot", "karim-benzema", "-o", str(path)) == (0, "", "")
    root = ET.parse(path).getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert (root.get("width"), root.get("height")) == (
        f"{FIGSIZE[0] * 72:g}pt",
        f"{FIGSIZE[1] * 72:g}pt",
    )
    ids = {element.get("id") for element in root.iter()}
    for line in tournaments(benzema):
        assert f"tournament-{line.tournament.id}" in ids
    assert {"debut", "retirement"} <= ids


def test_plot_refuses_to_overwrite_a_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "mine.png"
    path.write_bytes(b"not to be lost")
    code, out, err = run(capsys, "plot", "karim-benzema", "-o", str(path))
    assert (code, out) == (2, "")
    assert err == f"careerstats: error: {path} exists; pass --force to replace it\n"
    assert path.read_bytes() == b"not to be lost"


def test_plot_force_replaces_the_file_whole(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "mine.png"
    path.write_bytes(b"old")
    assert run(capsys, "plot", "karim-benzema", "-o", str(path), "--force") == (0, "", "")
    assert png_size(path.read_bytes()) == (round(FIGSIZE[0] * DPI), round(FIGSIZE[1] * DPI))
    assert [child.name for child in tmp_path.iterdir()] == ["mine.png"]  # nothing left beside


@pytest.mark.parametrize("force", [False, True])
def test_a_failed_write_leaves_no_partial_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, force: bool
) -> None:
    # An image that cannot be written: the write fails after the file is opened.
    monkeypatch.setattr("careerstats.plot.render_timeline", lambda career, format: "not bytes")
    path = tmp_path / "timeline.png"
    if force:
        path.write_bytes(b"kept")
    with pytest.raises(TypeError):
        main(["plot", "karim-benzema", "-o", str(path), *(["--force"] if force else [])])
    assert [child.name for child in tmp_path.iterdir()] == (["timeline.png"] if force else [])
    if force:
        assert path.read_bytes() == b"kept"


def test_plot_refuses_other_suffixes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["plot", "karim-benzema", "-o", str(tmp_path / "timeline.jpg")])
    assert caught.value.code == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err == (
        "careerstats plot: error: argument -o/--output: "
        f"expected a file ending in .png or .svg, got '{tmp_path / 'timeline.jpg'}'\n"
    )
    assert list(tmp_path.iterdir()) == []


def test_plot_names_a_missing_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "nowhere" / "timeline.png"
    code, out, err = run(capsys, "plot", "karim-benzema", "-o", str(path))
    assert (code, out) == (2, "")
    assert err == (f"careerstats: error: {path}: the folder {str(path.parent)!r} does not exist\n")


def test_plot_without_matplotlib_names_the_extra(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "matplotlib", None)
    path = tmp_path / "timeline.png"
    assert run(capsys, "plot", "karim-benzema", "-o", str(path)) == (2, "", MISSING_MATPLOTLIB)
    assert not path.exists()
    with pytest.raises(MissingExtraError) as caught:
        plot_timeline(FixtureSet.default().career("karim-benzema"))
    assert f"careerstats: error: {caught.value}\n" == MISSING_MATPLOTLIB


def test_plot_help_says_what_it_does(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["plot", "--help"])
    assert caught.value.code == 0
    help_text = " ".join(capsys.readouterr().out.split())
    for words in (
        ".png or .svg",
        "--force",
        "pip install 'careerstats[plot]'",
        "folder must exist",
        "no partial file",
        "exit 2",
    ):
        assert words in help_text, words


def test_short_names_keep_one_word_whole_and_several_as_initials(benzema: Career) -> None:
    names = {t.id: short_name(t) for t in benzema.tournaments}
    assert names["euro-2008"] == "Euro 2008"
    assert names["world-cup-2010"] == "WC 2010"
    assert names["nations-league-finals-2021"] == "NLF 2021"
    assert names["euro-2020"] == "Euro 2020"  # its edition, though it was played in 2021
