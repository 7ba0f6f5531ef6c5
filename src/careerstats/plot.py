"""A career on a time axis, drawn with matplotlib: caps and goals per year, absences, tournaments.

matplotlib is the optional extra ``plot``, imported only when a figure is drawn. Every number
shown is computed by :mod:`careerstats.statistics` or :mod:`careerstats.dates`; this module only
places it. Dates are drawn at their precision: the days a partial date leaves open are hatched.
"""

from __future__ import annotations

import datetime
import io
import textwrap
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Literal

from careerstats.arguments import expect, expect_choice
from careerstats.dates import PartialDate, Span
from careerstats.errors import MissingExtraError
from careerstats.model import Absence, AbsenceKind, Career, Tournament
from careerstats.statistics import (
    Total,
    TournamentLine,
    caps,
    debut,
    goals,
    recorded_by_year,
    retirement_date,
    tournaments,
)

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
_LABEL_BOX = {"facecolor": "white", "alpha": 0.8, "edgecolor": "none", "pad": 1.0}
"""Behind a label: keeps it legible where it crosses a line or a span."""
_MARKER_Y = 0.95
"""Height of the tournament markers, as a fraction of the axes' height."""
_GAP = 3.0
"""Pixels kept between labels, and between a label and the axes' edge."""
_ONE_DAY = datetime.timedelta(days=1)
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
    """
    expect(career, Career, "plot_timeline", "career")
    _require_matplotlib()
    if ax is None:
        import matplotlib.pyplot as plt

        _, ax = plt.subplots(figsize=FIGSIZE, layout="constrained")
    _Timeline(career, ax).draw()
    return ax


def render_timeline(career: Career, format: ImageFormat = "png") -> bytes:
    """The timeline as PNG or SVG bytes, drawn on a figure of its own (no pyplot, no GUI)."""
    expect(career, Career, "render_timeline", "career")
    expect_choice(format, ("png", "svg"), "render_timeline", "format")
    _require_matplotlib()
    from matplotlib.figure import Figure

    figure = Figure(figsize=FIGSIZE, dpi=DPI, layout="constrained")
    plot_timeline(career, figure.subplots())
    buffer = io.BytesIO()
    # No date in an SVG's metadata: the same career gives the same file.
    metadata = {"Date": None} if format == "svg" else None
    figure.savefig(buffer, format=format, metadata=metadata)
    return buffer.getvalue()


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
    if cap_total.basis == goal_total.basis:
        return f"{cap_text}, {goal_text} ({cap_total.basis})"
    return f"{cap_text} ({cap_total.basis}), {goal_text} ({goal_total.basis})"


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
        # Labels are placed last, once the layout has fixed where the axes sit on the figure.
        self.ax.figure.canvas.figure.draw_without_rendering()
        low = _place(self.ax, tournament_labels, _MARKER_Y - 0.035)
        ordered = [text for _, text in sorted(event_labels, key=lambda item: item[0])]
        low = _place(self.ax, ordered, low - 0.015)
        if most:  # the tallest bar stops below the lowest label
            self.ax.set_ylim(0, most / max(0.3, low - 0.03))

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
        for name, colour, offset in (("caps", _CAPS, 0.1), ("goals", _GOALS, 0.5)):
            for record in records:
                left = self.x(datetime.date(record.year, 1, 1)) + offset * _YEAR_DAYS
                height = record.caps if name == "caps" else record.goals
                bar = ax.bar(left, height, width=0.4 * _YEAR_DAYS, align="edge", color=colour)
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

    def absences(self) -> list[tuple[datetime.date, Text]]:
        """A span per absence: certain days solid, days an edge may fall on hatched."""
        from matplotlib.patches import Patch

        labels: list[tuple[datetime.date, Text]] = []
        for index, absence in enumerate(self.career.absences):
            colour = _ABSENCE[absence.kind]
            begin, after = absence.start.earliest, absence.end.latest + _ONE_DAY
            certain_from, certain_after = absence.start.latest, absence.end.earliest + _ONE_DAY
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
        words = f"{absence.kind.label} ({Span(absence.start, absence.end).in_words()}): "
        return ax.text(
            self.x(begin + (after - begin) / 2),
            0,
            textwrap.fill(words + absence.reason, chars),
            transform=self.strip,
            ha="center",
            va="top",
            fontsize=_LABEL_SIZE,
            bbox=_LABEL_BOX,
            color=_darker(_ABSENCE[absence.kind]),
            gid=f"absence-{index}-label",
        )

    def moments(self) -> list[tuple[datetime.date, Text]]:
        """Debut and retirement: a line, and the days the date can mean where it is not a day."""
        from matplotlib.lines import Line2D

        labels: list[tuple[datetime.date, Text]] = []
        if self.debut is not None:
            date = self.debut.match.date
            words = f"debut: {date.human()} v {self.debut.match.opponent}"
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
        middle = self.x(first + (after - first) / 2)
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
            text = self.ax.text(
                middle,
                0,
                short_name(tournament),
                transform=self.strip,
                ha="center",
                va="top",
                fontsize=_LABEL_SIZE,
                bbox=_LABEL_BOX,
                color=style["color"],
                gid=f"tournament-{tournament.id}-label",
            )
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
        title = f"{career.player.name} — {career.team.name}"
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
        box = text.get_window_extent()
        shift = min(0.0, frame.x1 - _GAP - box.x1) or max(0.0, frame.x0 + _GAP - box.x0)
        if shift:
            text.set_x(text.get_position()[0] + shift / per_unit)
            box = text.get_window_extent()
        # Each move goes below a box it hit, and moves only go down: one per box at most.
        for _ in placed:
            hits = [other for other in placed if _overlap(other, box)]
            if not hits:
                break
            below = min(other.y0 for other in hits) - _GAP
            text.set_y(float(to_axes.transform((0, below))[1]))
            box = text.get_window_extent()
        placed.append(box)
        lowest = min(lowest, float(to_axes.transform((0, box.y0))[1]))
    return lowest


def _overlap(one: Bbox, other: Bbox) -> bool:
    """Whether two pixel boxes come closer than half the gap kept between labels."""
    margin = _GAP / 2
    return bool(
        one.x0 < other.x1 + margin
        and other.x0 < one.x1 + margin
        and one.y0 < other.y1 + margin
        and other.y0 < one.y1 + margin
    )
