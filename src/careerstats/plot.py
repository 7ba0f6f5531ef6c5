"""A career on a time axis, drawn with matplotlib: caps and goals per year, absences, tournaments.

matplotlib is the optional extra ``plot``, imported only when a figure is drawn. Every number
shown is computed by :mod:`careerstats.statistics` or :mod:`careerstats.dates`; this module only
places it. Dates are drawn at their precision: the days a partial date leaves open are hatched.
"""

from __future__ import annotations

import datetime
import io
import textwrap
import warnings
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any, Literal, NamedTuple

from careerstats.arguments import expect, expect_choice
from careerstats.dates import CAREER_YEARS, PartialDate
from careerstats.errors import InvalidDateError, MissingExtraError
from careerstats.model import Absence, AbsenceKind, Appearance, Career, Tournament
from careerstats.statistics import (
    Total,
    TournamentLine,
    absence_span,
    caps,
    debut,
    goals,
    recorded_by_year,
    retirement_date,
    tournaments,
)
from careerstats.words import basis

if TYPE_CHECKING:
    from matplotlib.artist import Artist
    from matplotlib.axes import Axes
    from matplotlib.text import Text
    from matplotlib.transforms import Bbox

__all__ = ["DPI", "FIGSIZE", "ImageFormat", "plot_timeline", "render_timeline", "short_name"]

FIGSIZE = (11.0, 5.5)
"""Inches: room for twenty years of labels, and small enough for a notebook cell."""
DPI = 100
"""Pixels per inch of a PNG from :func:`render_timeline`: 1100 by 550 pixels."""

ImageFormat = Literal["png", "svg"]

_CAPS = "#4c72b0"
_GOALS = "#dd8452"
_DEBUT = "#2e7d32"
_RETIREMENT = "#212121"
_ABSENCE = {
    AbsenceKind.EXCLUSION: "#c44e52",
    AbsenceKind.INJURY: "#8172b3",
    AbsenceKind.NOT_SELECTED: "#937860",
    AbsenceKind.SUSPENSION: "#da8bc3",
    AbsenceKind.PERSONAL: "#8c8c8c",
}
_TOURNAMENT_STYLE: dict[str, dict[str, Any]] = {
    "played": {"marker": "o", "color": "#2e7d32", "markersize": 9},
    "missed": {"marker": "X", "color": "#c62828", "markersize": 10},
    "not known": {
        "marker": "o",
        "color": "#757575",
        "markerfacecolor": "white",
        "markersize": 9,
    },
}
_TOURNAMENT_LEGEND = {
    "played": "tournament played",
    "missed": "tournament missed",
    "not known": "tournament, part not known",
}
_LABEL_SIZE = 9.0
_LABEL_PAD = 1.0
"""Points the white box behind a label reaches beyond its text."""
_LABEL_BOX = {"facecolor": "white", "alpha": 0.8, "edgecolor": "none", "pad": _LABEL_PAD}
"""Behind a label: keeps it legible where it crosses a line or a span. Labels are left out of
the figure's layout (``in_layout=False``): they are placed once the layout is fixed, and the
layout must not then move the axes under them."""
_MARKER_Y = 0.95
"""Height of the tournament markers, as a fraction of the axes' height."""
_GAP = 3.0
"""Pixels kept between labels, and between a label and the axes' edge."""
_LAYOUT_PASSES = 4
"""Draws at most before placing labels: a constrained layout settles in two or three."""
_SETTLED = 1e-4
"""A move of the axes smaller than this fraction of the figure (a tenth of a pixel) is none."""
_ONE_DAY = datetime.timedelta(days=1)
_MIN_BAR_ROOM = datetime.timedelta(days=45)
"""The least part of a year its bars share: each then stays a few pixels wide."""
_YEAR_DAYS = 365.0


def _require_matplotlib() -> None:
    # `import matplotlib` itself first: a submodule already imported would hide its absence.
    try:
        import matplotlib  # noqa: F401
    except ImportError:
        raise MissingExtraError("Plots", "matplotlib", "plot") from None


def plot_timeline(career: Career, ax: Axes | None = None) -> Axes:
    """Draw ``career`` on a time axis and return the axes.

    Without ``ax``, a new figure comes from :func:`matplotlib.pyplot.subplots`, so that a
    notebook shows it; pass axes of a figure of your own to keep pyplot out of it. Labels are
    laid out for the size the figure has when this is called.
    Raises :class:`~careerstats.errors.InvalidDateError` for a date outside
    :data:`~careerstats.dates.CAREER_YEARS`, which loading refuses but a career built in Python
    can hold: no time axis reaches the year 1 or 9999 with room to spare.
    """
    expect(career, Career, "plot_timeline", "career")
    _require_matplotlib()
    if ax is not None:
        from matplotlib.axes import Axes

        expect(ax, Axes, "plot_timeline", "ax", "matplotlib Axes or None")
    _check_years(career)
    if ax is None:
        import matplotlib.pyplot as plt

        _, ax = plt.subplots(figsize=FIGSIZE, layout="constrained")
    _Timeline(career, ax).draw()
    return ax


_SVG_SALT = "careerstats"
"""Seeds the ids of an SVG's clip paths and other elements: without it matplotlib draws them
at random, and two drawings of one career would differ."""


def render_timeline(career: Career, format: ImageFormat = "png") -> bytes:
    """The timeline as PNG or SVG bytes, drawn on a figure of its own (no pyplot, no GUI).

    The same career gives the same bytes: no date in the metadata, and SVG ids seeded, not
    random (the caller's rcParams are left as they were).
    """
    expect(career, Career, "render_timeline", "career")
    expect_choice(format, ("png", "svg"), "render_timeline", "format")
    _require_matplotlib()
    import matplotlib
    from matplotlib.figure import Figure

    # matplotlib warns where a layout cannot be settled (labels too wide for the figure): the
    # image is drawn all the same, and its warning, naming matplotlib's source files, is no
    # message of careerstats, so none reaches the caller's stderr.
    with warnings.catch_warnings(), matplotlib.rc_context({"svg.hashsalt": _SVG_SALT}):
        warnings.simplefilter("ignore")
        figure = Figure(figsize=FIGSIZE, dpi=DPI, layout="constrained")
        plot_timeline(career, figure.subplots())
        buffer = io.BytesIO()
        figure.savefig(buffer, format=format, metadata={"Date": None})
    return buffer.getvalue()


def _drawn_dates(career: Career) -> Iterator[tuple[str, PartialDate]]:
    """Every date the timeline places, with where it is in the career."""
    for index, appearance in enumerate(career.appearances):
        yield f"appearances[{index}].match.date", appearance.match.date
    for index, absence in enumerate(career.absences):
        yield f"absences[{index}].start", absence.start
        yield f"absences[{index}].end", absence.end
    for line in tournaments(career):  # those drawn, of the career's or shared ones
        yield f"tournament {line.tournament.id!r} start", line.tournament.start
        yield f"tournament {line.tournament.id!r} end", line.tournament.end
    if career.retirement is not None:
        yield "retirement.date", career.retirement.date


def _check_years(career: Career) -> None:
    """Refuse a date no career can hold (see :data:`~careerstats.dates.CAREER_YEARS`)."""
    first, last = CAREER_YEARS.start, CAREER_YEARS.stop - 1
    for place, date in _drawn_dates(career):
        if date.year not in CAREER_YEARS:
            raise InvalidDateError(
                f"{place}: expected a date in the years {first}-{last} to draw, got {date}"
            )


MAX_LABEL_CHARACTERS = 80
"""Text from a fixture (a name, an opponent, a reason) is cut to this many characters on the
timeline: laying out a label of a million characters takes minutes and gigabytes."""


def _fitted(text: str) -> str:
    """``text``, cut to :data:`MAX_LABEL_CHARACTERS` with an ellipsis where it is longer."""
    if len(text) <= MAX_LABEL_CHARACTERS:
        return text
    return text[: MAX_LABEL_CHARACTERS - 1] + "…"


def short_name(tournament: Tournament) -> str:
    """A label that fits on a timeline: ``Euro 2008``, ``WC 2010``, ``NLF 2021``.

    The words of the tournament's id (one word whole, several by their initials), then its
    edition.
    """
    expect(tournament, Tournament, "short_name", "tournament")
    words = [word for word in tournament.id.split("-") if not word.isdigit()]
    stem = words[0].capitalize() if len(words) == 1 else "".join(w[0] for w in words).upper()
    return f"{stem} {tournament.edition}".strip()


def _totals_text(cap_total: Total, goal_total: Total) -> str:
    """``97 caps, 37 goals (stated by 2 sources)``: the career totals and what they rest on."""

    def figure(total: Total, noun: str) -> str:
        if total.value is None:
            return f"{noun} not known"
        return f"{'at least ' if total.lower_bound else ''}{total.value} {noun}"

    if cap_total.value is None and goal_total.value is None:
        return "caps and goals not known"
    cap_text, goal_text = figure(cap_total, "caps"), figure(goal_total, "goals")
    cap_basis, goal_basis = basis(cap_total), basis(goal_total)
    if cap_basis == goal_basis:
        return f"{cap_text}, {goal_text} ({cap_basis})"
    return f"{cap_text} ({cap_basis}), {goal_text} ({goal_basis})"


def _recorded_label(total: Total, noun: str) -> str:
    """``caps recorded, per year (1 of 97)``: what the bars count, and how much of the total."""
    if total.value is not None and not total.lower_bound:
        return f"{noun} recorded, per year ({total.counted} of {total.value})"
    return f"{noun} recorded, per year ({total.counted})"


def _status(line: TournamentLine) -> str:
    if line.played is None:
        return "not known"
    return "played" if line.played else "missed"


def _darker(colour: str) -> tuple[float, float, float]:
    from matplotlib.colors import to_rgb

    red, green, blue = to_rgb(colour)
    return (red * 0.6, green * 0.6, blue * 0.6)


def _solid(colour: str) -> dict[str, Any]:
    """The style of days certainly inside an absence; the edge keeps a short one visible."""
    from matplotlib.colors import to_rgba

    return {"facecolor": to_rgba(colour, 0.3), "edgecolor": to_rgba(colour, 0.8), "linewidth": 0.8}


def _hatched(colour: str) -> dict[str, Any]:
    """The style of days a date leaves open: a light face, hatched in the same colour."""
    from matplotlib.colors import to_rgba

    return {
        "facecolor": to_rgba(colour, 0.08),
        "edgecolor": to_rgba(colour, 0.5),
        "hatch": "///",
        "linewidth": 0,
    }


class _AbsenceDays(NamedTuple):
    """The days an absence is drawn over: ``begin`` to ``after`` (exclusive), of which
    ``certain_from`` to ``certain_after`` are certain (empty where no day is)."""

    begin: datetime.date
    certain_from: datetime.date
    certain_after: datetime.date
    after: datetime.date


def _absence_days(absence: Absence, appearances: Sequence[Appearance]) -> _AbsenceDays:
    """The days ``absence`` may cover, its open edges narrowed by the appearances recorded.

    He was not away on a day he played: an absence known only to the year (2015-2021) is over by
    the first appearance certainly after its start, and began after the last one certainly
    before its end. The days the fixture states as certain are never narrowed (an appearance
    among them is a contradiction that ``validate`` reports).
    """
    begin, after = absence.start.earliest, absence.end.latest + _ONE_DAY
    certain_from, certain_after = absence.start.latest, absence.end.earliest + _ONE_DAY
    for appearance in appearances:
        date = appearance.match.date
        if date.earliest > absence.start.latest:  # played after the absence began
            after = max(certain_after, min(after, date.latest))
        if date.latest < absence.end.earliest:  # played before the absence ended
            begin = min(certain_from, max(begin, date.earliest + _ONE_DAY))
    return _AbsenceDays(begin, certain_from, certain_after, after)


def _longest_free(
    part: tuple[float, float], taken: Sequence[tuple[float, float]]
) -> tuple[float, float] | None:
    """The longest stretch of ``part`` that none of ``taken`` covers; ``None`` if none is left."""
    free = [part]
    for left, right in taken:
        free = [
            piece
            for low, high in free
            for piece in ((low, min(high, left)), (max(low, right), high))
            if piece[0] < piece[1]
        ]
    return max(free, key=lambda piece: piece[1] - piece[0], default=None)


class _Timeline:
    """One drawing of a career on one axes: x is a date, y a count or a fraction of the height."""

    def __init__(self, career: Career, ax: Axes) -> None:
        from matplotlib.transforms import blended_transform_factory

        self.career = career
        self.ax = ax
        # x a date, y a fraction of the axes' height: for what is not a count.
        self.strip = blended_transform_factory(ax.transData, ax.transAxes)
        self.cap_total, self.goal_total = caps(career), goals(career)
        self.lines = tournaments(career)
        self.debut = debut(career)
        self.retired = retirement_date(career)
        self.absence_days = [_absence_days(a, career.appearances) for a in career.absences]
        self.handles: dict[str, list[Artist]] = {
            group: [] for group in ("counts", "tournaments", "absences", "moments")
        }
        """Legend entries, a column per group."""
        self.uncertain = False
        """Whether any date drawn leaves days open (for the legend)."""

    @staticmethod
    def x(day: datetime.date) -> float:
        import matplotlib.dates as mdates

        # matplotlib's own numbers for dates, so that dates a caller adds line up with ours.
        when = datetime.datetime(day.year, day.month, day.day)
        return float(mdates.date2num(when))  # type: ignore[no-untyped-call]

    def draw(self) -> None:
        self.axes()
        most = self.counts()
        event_labels = [*self.absences(), *self.moments()]
        tournament_labels = self.tournaments()
        self.titles()
        self.legend()
        self.settle_layout()
        low = _place(self.ax, tournament_labels, _MARKER_Y - 0.035)
        ordered = [text for _, text in sorted(event_labels, key=lambda item: item[0])]
        low = _place(self.ax, ordered, low - 0.015)
        if most:  # the tallest bar stops below the lowest label
            self.ax.set_ylim(0, most / max(0.3, low - 0.03))

    def settle_layout(self) -> None:
        """Draw until the layout stops moving the axes: labels are placed last, for where the
        axes will sit in the image. A constrained layout takes a second pass to settle (the
        tick labels of the first pass change the room it leaves), so one draw is not enough."""
        figure = self.ax.figure.canvas.figure
        for _ in range(_LAYOUT_PASSES):
            before = self.ax.get_position().bounds
            figure.draw_without_rendering()
            after = self.ax.get_position().bounds
            if max(abs(one - other) for one, other in zip(before, after, strict=True)) < _SETTLED:
                break

    def axes(self) -> None:
        import matplotlib.dates as mdates

        ax = self.ax
        dates: list[PartialDate] = [cap.match.date for cap in self.career.appearances]
        dates += [date for a in self.career.absences for date in (a.start, a.end)]
        dates += [
            date for line in self.lines for date in (line.tournament.start, line.tournament.end)
        ]
        dates += [self.retired] if self.retired is not None else []
        if dates:
            first = min(date.earliest for date in dates).replace(month=1, day=1)
            last = max(date.latest for date in dates).replace(month=12, day=31)
            margin = datetime.timedelta(days=120)
            ax.set_xlim(self.x(first - margin), self.x(last + margin))
            years = last.year - first.year
            step = 1 if years <= 24 else 2 if years <= 48 else 5
            ax.xaxis.set_major_locator(mdates.YearLocator(step))  # type: ignore[no-untyped-call]
            ax.xaxis.set_major_formatter(mdates.DateFormatter("%Y"))  # type: ignore[no-untyped-call]
        else:  # nothing dated: no time to show
            ax.set_xticks([])
            ax.text(0.5, 0.5, "nothing dated to draw", transform=ax.transAxes, ha="center")
        ax.tick_params(labelsize=_LABEL_SIZE)
        ax.grid(axis="x", color="black", alpha=0.07)
        ax.spines[["top", "right"]].set_visible(False)

    def counts(self) -> int:
        """Bars of the caps and goals recorded in each year; returns the tallest count."""
        from matplotlib.patches import Patch
        from matplotlib.ticker import MaxNLocator

        ax = self.ax
        records = recorded_by_year(self.career)
        for record in records:
            low, high = self._bar_room(record.year)
            width = high - low
            for name, colour, offset in (("caps", _CAPS, 0.1), ("goals", _GOALS, 0.5)):
                height = record.caps if name == "caps" else record.goals
                bar = ax.bar(
                    low + offset * width, height, width=0.4 * width, align="edge", color=colour
                )
                bar.patches[0].set_gid(f"{name}-{record.year}")
        self.handles["counts"] += [
            Patch(color=_CAPS, label=_recorded_label(self.cap_total, "caps")),
            Patch(color=_GOALS, label=_recorded_label(self.goal_total, "goals")),
        ]
        most = max((max(record.caps, record.goals) for record in records), default=0)
        if most:
            ticks = MaxNLocator(nbins=4, integer=True).tick_values(0, most)
            ax.set_yticks([tick for tick in ticks if 0 <= tick <= most])
            ax.set_ylabel("recorded per year", fontsize=_LABEL_SIZE)
        else:
            ax.set_yticks([])
        return most

    def _moment_x(self, date: PartialDate) -> float:
        """Where a debut's or retirement's line is drawn: the middle of the days it can mean."""
        first, after = date.earliest, date.latest + _ONE_DAY
        return self.x(first + (after - first) / 2)

    def _bar_room(self, year: int) -> tuple[float, float]:
        """Where a year's bars go: inside the part of the year the career covers (from the debut
        line to the retirement line), in its longest stretch clear of every absence drawn.

        Where no stretch of :data:`_MIN_BAR_ROOM` is clear (a cap known only to a year an
        absence's edge is hatched over, or one the absences contradict), the part of the year in
        the career; where the career does not reach the year, the whole year. A part narrower
        than that (a debut in late December) grows into the rest of its year, so that the bars
        can still be seen.
        """
        start, end = datetime.date(year, 1, 1), datetime.date(year + 1, 1, 1)
        year_part = (self.x(start), self.x(end))
        low, high = year_part
        if self.debut is not None:
            low = max(low, self._moment_x(self.debut.match.date))
        if self.retired is not None:
            high = min(high, self._moment_x(self.retired))
        if low >= high:
            return year_part
        least = _MIN_BAR_ROOM.days
        taken = [(self.x(days.begin), self.x(days.after)) for days in self.absence_days]
        free = _longest_free((low, high), taken)
        if free is not None and free[1] - free[0] >= least:
            return free
        if high - low >= least:
            return (low, high)
        # Grow away from the career's edge: right from a debut, left to a retirement.
        if low > year_part[0]:
            return (min(low, year_part[1] - least), min(low, year_part[1] - least) + least)
        return (max(year_part[0], high - least), max(year_part[0], high - least) + least)

    def absences(self) -> list[tuple[datetime.date, Text]]:
        """A span per absence: certain days solid, days an edge may fall on hatched."""
        from matplotlib.patches import Patch

        labels: list[tuple[datetime.date, Text]] = []
        for index, absence in enumerate(self.career.absences):
            colour = _ABSENCE[absence.kind]
            begin, certain_from, certain_after, after = self.absence_days[index]
            if certain_from < certain_after:
                span = self.ax.axvspan(
                    self.x(certain_from), self.x(certain_after), **_solid(colour)
                )
                span.set_gid(f"absence-{index}-certain")
                edges = [(begin, certain_from), (certain_after, after)]
            else:  # no day is certainly inside it
                edges = [(begin, after)]
            for left, right in edges:
                if left < right:
                    self.uncertain = True
                    span = self.ax.axvspan(self.x(left), self.x(right), **_hatched(colour))
                    span.set_gid(f"absence-{index}-uncertain")
            labels.append((begin, self._absence_label(index, absence, begin, after)))
        for kind in AbsenceKind:
            if any(absence.kind is kind for absence in self.career.absences):
                label = f"absence: {kind.label}"
                self.handles["absences"].append(Patch(**_solid(_ABSENCE[kind]), label=label))
        return labels

    def _absence_label(
        self, index: int, absence: Absence, begin: datetime.date, after: datetime.date
    ) -> Text:
        ax = self.ax
        width = _pixels(ax, self.x(after)) - _pixels(ax, self.x(begin))
        character = _LABEL_SIZE * 0.55 * ax.figure.dpi / 72
        chars = max(32, min(60, int(width / character)))
        words = f"{absence.kind.label} ({absence_span(absence).in_words()}): "
        middle = self.x(begin + (after - begin) / 2)
        text = textwrap.fill(words + _fitted(absence.reason), chars)
        return self._strip_label(
            ax, middle, text, _darker(_ABSENCE[absence.kind]), f"absence-{index}-label"
        )

    def _strip_label(self, ax: Axes, x: float, words: str, color: Any, gid: str) -> Text:
        """A label under the time axis's strip, centred on ``x``: absences and tournaments."""
        return ax.text(
            x,
            0,
            words,
            transform=self.strip,
            ha="center",
            va="top",
            fontsize=_LABEL_SIZE,
            bbox=_LABEL_BOX,
            in_layout=False,
            color=color,
            gid=gid,
        )

    def moments(self) -> list[tuple[datetime.date, Text]]:
        """Debut and retirement: a line, and the days the date can mean where it is not a day."""
        from matplotlib.lines import Line2D

        labels: list[tuple[datetime.date, Text]] = []
        if self.debut is not None:
            date = self.debut.match.date
            words = f"debut: {date.human()} v {_fitted(self.debut.match.opponent)}"
            labels.append((date.earliest, self._moment(date, _DEBUT, "debut", words, "left")))
            self.handles["moments"].append(Line2D([], [], color=_DEBUT, label="debut"))
        if self.retired is not None:
            date = self.retired
            words = f"retired: {date.human()}"
            labels.append(
                (date.earliest, self._moment(date, _RETIREMENT, "retirement", words, "right"))
            )
            self.handles["moments"].append(Line2D([], [], color=_RETIREMENT, label="retirement"))
        return labels

    def _moment(self, date: PartialDate, colour: str, name: str, words: str, side: str) -> Text:
        import matplotlib.transforms as mtransforms

        ax = self.ax
        first, after = date.earliest, date.latest + _ONE_DAY
        middle = self._moment_x(date)
        ax.axvline(middle, color=colour, lw=1.5, gid=name)
        if after - first > _ONE_DAY:
            self.uncertain = True
            ax.axvspan(self.x(first), self.x(after), **_hatched(colour)).set_gid(f"{name}-range")
        # A few points beside the line, on the side the label reads from.
        nudge = mtransforms.ScaledTranslation(
            (4 if side == "left" else -4) / 72, 0, ax.figure.dpi_scale_trans
        )
        return ax.text(
            middle,
            0,
            words,
            transform=self.strip + nudge,
            ha=side,
            va="top",
            fontsize=_LABEL_SIZE,
            bbox=_LABEL_BOX,
            in_layout=False,
            color=colour,
            gid=f"{name}-label",
        )

    def tournaments(self) -> list[Text]:
        """A marker per tournament on a strip at the top, played and missed told apart."""
        from matplotlib.lines import Line2D

        labels = []
        for line in self.lines:
            tournament, status = line.tournament, _status(line)
            first, after = tournament.start.earliest, tournament.end.latest + _ONE_DAY
            middle = self.x(first + (after - first) / 2)
            style = _TOURNAMENT_STYLE[status]
            self.ax.plot(
                [middle],
                [_MARKER_Y],
                transform=self.strip,
                linestyle="none",
                clip_on=False,
                gid=f"tournament-{tournament.id}",
                **style,
            )
            gid = f"tournament-{tournament.id}-label"
            name = _fitted(short_name(tournament))
            text = self._strip_label(self.ax, middle, name, style["color"], gid)
            labels.append(text)
        shown = {_status(line) for line in self.lines}
        for status, style in _TOURNAMENT_STYLE.items():
            if status in shown:
                label = _TOURNAMENT_LEGEND[status]
                entry = Line2D([], [], linestyle="none", label=label, **style)
                self.handles["tournaments"].append(entry)
        return labels

    def titles(self) -> None:
        career = self.career
        title = f"{_fitted(career.player.name)} — {_fitted(career.team.name)}"
        self.ax.set_title(title, loc="left", fontweight="bold")
        totals = _totals_text(self.cap_total, self.goal_total)
        self.ax.set_title(totals, loc="right", fontsize=_LABEL_SIZE + 1)

    def legend(self) -> None:
        from matplotlib.patches import Patch

        if self.uncertain:
            label = "hatched: date known only to the month or year"
            self.handles["moments"].append(Patch(**_hatched("#424242"), label=label))
        columns = [group for group in self.handles.values() if group]
        rows = max(len(group) for group in columns)
        # Columns of equal length, padded with blank entries, so that each group keeps a column.
        blank = Patch(visible=False, label=" ")
        handles = [entry for group in columns for entry in [*group, *[blank] * (rows - len(group))]]
        self.ax.legend(
            handles=handles,
            loc="upper center",
            bbox_to_anchor=(0.5, -0.06),
            ncol=len(columns),
            frameon=False,
            fontsize=_LABEL_SIZE,
        )


def _pixels(ax: Axes, x: float) -> float:
    """Where a date (in matplotlib's numbers) sits across the figure, in pixels."""
    return float(ax.transData.transform((x, 0))[0])


def _place(ax: Axes, texts: Sequence[Text], top: float) -> float:
    """Put each text (top-aligned) at ``top``, moved inside the axes and down below any text
    placed before it that it would overlap. Returns the lowest bottom, as a fraction of the
    axes' height."""
    frame = ax.get_window_extent()
    to_axes = ax.transAxes.inverted()
    per_unit = _pixels(ax, 1.0) - _pixels(ax, 0.0)  # pixels per day along x
    placed: list[Bbox] = []
    lowest = top
    for text in texts:
        text.set_y(top)
        box = _label_extent(text)
        shift = min(0.0, frame.x1 - _GAP - box.x1) or max(0.0, frame.x0 + _GAP - box.x0)
        if shift:
            text.set_x(text.get_position()[0] + shift / per_unit)
            box = _label_extent(text)
        # Each move goes below a box it hit, and moves only go down: one per box at most.
        for _ in placed:
            hits = [other for other in placed if _overlap(other, box)]
            if not hits:
                break
            # The text's top, not its box's, sits where it is placed: the pad is above it.
            below = min(other.y0 for other in hits) - _GAP - _pad(text)
            text.set_y(float(to_axes.transform((0, below))[1]))
            box = _label_extent(text)
        placed.append(box)
        lowest = min(lowest, float(to_axes.transform((0, box.y0))[1]))
    return lowest


def _pad(text: Text) -> float:
    """Pixels the white box behind a label reaches beyond its text."""
    return _LABEL_PAD * text.figure.dpi / 72 if text.figure is not None else 0.0


def _label_extent(text: Text) -> Bbox:
    """A label's box in pixels, the white box behind its text included: what must not touch
    another label."""
    return text.get_window_extent().padded(_pad(text))


def _overlap(one: Bbox, other: Bbox) -> bool:
    """Whether two pixel boxes come closer than half the gap kept between labels."""
    margin = _GAP / 2
    return bool(
        one.x0 < other.x1 + margin
        and other.x0 < one.x1 + margin
        and one.y0 < other.y1 + margin
        and other.y0 < one.y1 + margin
    )
