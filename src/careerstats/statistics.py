"""Derived statistics: pure functions of a :class:`~careerstats.model.Career`.

Nothing here reads a file or prints. Every figure is computed from the career's facts and
carries what it rests on (the stated totals and their citations, the events counted), so that
rendering can show where it came from; where the facts' precision runs out, figures are ranges.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

import attrs

from careerstats.arguments import expect
from careerstats.dates import PartialDate, Span, Years, age_on
from careerstats.model import (
    Absence,
    AbsenceKind,
    Appearance,
    Career,
    Citation,
    StatedTotal,
    TeamFinish,
    Tournament,
    TournamentEntry,
    TournamentStatus,
)

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "CENTURY",
    "AbsenceSpan",
    "CareerSummary",
    "Milestone",
    "Total",
    "TournamentLine",
    "YearRecord",
    "age_at_debut",
    "age_at_retirement",
    "caps",
    "caps_short_of_century",
    "career_span",
    "covering_absence",
    "covers",
    "debut",
    "goals",
    "goals_in",
    "goals_per_cap",
    "known_by",
    "longest_absence",
    "milestones",
    "recorded_by_year",
    "retirement_date",
    "summarize",
    "tournaments",
]

CENTURY = 100
"""A century of caps: the milestone every international career is measured against."""

CAP_MILESTONES = (50, 100, 150)
GOAL_MILESTONES = (10, 25, 50)


@attrs.frozen(kw_only=True)
class Total:
    """A career total: the figure, and whether it rests on stated totals or counted events.

    ``value`` is the stated career-end total where sources give one (the one most of them give,
    where they differ), else the latest stated total or the events counted, whichever is larger.
    ``counted`` is how many events the career data itself holds.
    """

    value: int | None
    counted: int
    stated: tuple[StatedTotal, ...] = ()
    """The statements that give ``value``."""
    other_values: tuple[int, ...] = ()
    """Values other sources state for the same total, where they disagree."""

    @property
    def cite(self) -> tuple[Citation, ...]:
        return tuple(citation for total in self.stated for citation in total.cite)

    @property
    def lower_bound(self) -> bool:
        """Counted from recorded events, which may not be all there were."""
        return not self.stated and self.value is not None

    @property
    def basis(self) -> str:
        if self.stated:
            count = len(self.stated)
            return f"stated by {count} source{'s' if count != 1 else ''}"
        if self.value is None:
            return "not known"
        return f"counted from {self.counted} recorded event{'s' if self.counted != 1 else ''}"


def _total(career: Career, field: str, counted: int) -> Total:
    """See :class:`Total`. With no appearance recorded, a count of 0 means "not known"."""
    stated = [total for total in career.stated_totals if getattr(total, field) is not None]
    final = [total for total in stated if total.final]
    if final:
        tally = Counter(getattr(total, field) for total in final)
        value = tally.most_common(1)[0][0]
        return Total(
            value=value,
            counted=counted,
            stated=tuple(total for total in final if getattr(total, field) == value),
            other_values=tuple(sorted(other for other in tally if other != value)),
        )
    dated = [total for total in stated if total.as_of is not None]
    if dated:
        latest = max(dated, key=lambda total: _as_of(total).sort_key())
        if getattr(latest, field) >= counted:
            return Total(value=getattr(latest, field), counted=counted, stated=(latest,))
    return Total(value=counted if career.appearances else None, counted=counted)


def _as_of(total: StatedTotal) -> PartialDate:
    assert total.as_of is not None
    return total.as_of


def caps(career: Career) -> Total:
    """International appearances: stated totals first, the appearances recorded otherwise."""
    expect(career, Career, "caps", "career")
    return _total(career, "caps", len(career.appearances))


def goals(career: Career) -> Total:
    """Goals for the player's team (own goals, which count for the other side, are left out)."""
    expect(career, Career, "goals", "career")
    counted = sum(goals_in(appearance) for appearance in career.appearances)
    return _total(career, "goals", counted)


def goals_in(appearance: Appearance) -> int:
    """The player's goals for his team in one appearance (own goals left out)."""
    expect(appearance, Appearance, "goals_in", "appearance")
    return sum(1 for goal in appearance.goals if not goal.own_goal)


def goals_per_cap(career: Career) -> float | None:
    """Goals divided by caps, unrounded; ``None`` without caps, or where either total is only
    counted from recorded events (a ratio of two lower bounds bounds nothing)."""
    expect(career, Career, "goals_per_cap", "career")
    cap_total, goal_total = caps(career), goals(career)
    if not cap_total.value or goal_total.value is None:
        return None
    if cap_total.lower_bound or goal_total.lower_bound:
        return None
    return goal_total.value / cap_total.value


def caps_short_of_century(career: Career) -> int | None:
    """How many caps short of 100 the career stands (0 once reached)."""
    expect(career, Career, "caps_short_of_century", "career")
    cap_total = caps(career).value
    return None if cap_total is None else max(0, CENTURY - cap_total)


@attrs.frozen(kw_only=True)
class YearRecord:
    """The caps and goals a career's data records in one calendar year (not stated totals)."""

    year: int
    caps: int
    goals: int


def recorded_by_year(career: Career) -> tuple[YearRecord, ...]:
    """Recorded appearances and goals per calendar year, in order; years with none left out.

    A partial date always names its year, so an appearance known only to the month or the year
    still belongs to exactly one year. Counts are of the events recorded, which the stated
    totals usually exceed.
    """
    expect(career, Career, "recorded_by_year", "career")
    caps_in: Counter[int] = Counter()
    goals_by_year: Counter[int] = Counter()
    for appearance in career.appearances:
        year = appearance.match.date.year
        caps_in[year] += 1
        goals_by_year[year] += goals_in(appearance)
    return tuple(
        YearRecord(year=year, caps=caps_in[year], goals=goals_by_year[year])
        for year in sorted(caps_in)
    )


@attrs.frozen(kw_only=True)
class Milestone:
    """A round number of caps or goals: reached, not reached and by how many, or not known.

    ``reached`` and ``short_by`` are ``None`` where the total is only a lower bound (counted from
    the events recorded) that stays below the threshold: the real total may be past it.
    """

    kind: str
    threshold: int
    reached: bool | None
    short_by: int | None


def milestones(career: Career) -> tuple[Milestone, ...]:
    """Milestones reached, and the next one of each kind: not reached, or not known."""
    expect(career, Career, "milestones", "career")
    found = []
    for kind, total in (("caps", caps(career)), ("goals", goals(career))):
        if total.value is None:
            continue
        for threshold in CAP_MILESTONES if kind == "caps" else GOAL_MILESTONES:
            if total.value >= threshold:
                found.append(Milestone(kind=kind, threshold=threshold, reached=True, short_by=0))
                continue
            if total.lower_bound:
                found.append(Milestone(kind=kind, threshold=threshold, reached=None, short_by=None))
            else:
                short_by = threshold - total.value
                found.append(
                    Milestone(kind=kind, threshold=threshold, reached=False, short_by=short_by)
                )
            break
    return tuple(found)


def debut(career: Career) -> Appearance | None:
    """The appearance the sources mark as the debut; ``None`` where none is marked."""
    expect(career, Career, "debut", "career")
    return next((appearance for appearance in career.appearances if appearance.debut), None)


def retirement_date(career: Career) -> PartialDate | None:
    expect(career, Career, "retirement_date", "career")
    return career.retirement.date if career.retirement else None


def career_span(career: Career) -> Span | None:
    """From the debut to the retirement; ``None`` while either is unknown."""
    expect(career, Career, "career_span", "career")
    first, last = debut(career), retirement_date(career)
    if first is None or last is None or last.compare(first.match.date) == -1:
        return None  # a retirement certainly before the debut: no span (validation says so)
    return Span(first.match.date, last)


def age_at_debut(career: Career) -> Years | None:
    expect(career, Career, "age_at_debut", "career")
    first = debut(career)
    if first is None or career.player.born is None:
        return None
    if first.match.date.compare(career.player.born) == -1:
        return None  # certainly before the birth: no age (validation says so)
    return age_on(career.player.born, first.match.date)


def age_at_retirement(career: Career) -> Years | None:
    expect(career, Career, "age_at_retirement", "career")
    last = retirement_date(career)
    if last is None or career.player.born is None or last.compare(career.player.born) == -1:
        return None  # a retirement certainly before the birth: no age (validation says so)
    return age_on(career.player.born, last)


@attrs.frozen(kw_only=True)
class AbsenceSpan:
    """An absence and its length, from the shortest to the longest its bounds allow."""

    absence: Absence
    span: Span


def longest_absence(career: Career) -> AbsenceSpan | None:
    """The absence that can have lasted longest (ties: the one certain to have lasted longest)."""
    expect(career, Career, "longest_absence", "career")
    spans = [AbsenceSpan(absence=a, span=Span(a.start, a.end)) for a in career.absences]
    if not spans:
        return None
    return max(spans, key=lambda item: (item.span.longest_days, item.span.shortest_days))


_MISSED_BY_ABSENCE = {
    AbsenceKind.INJURY: TournamentStatus.WITHDREW_INJURED,
    AbsenceKind.EXCLUSION: TournamentStatus.EXCLUDED,
    AbsenceKind.NOT_SELECTED: TournamentStatus.NOT_SELECTED,
    AbsenceKind.SUSPENSION: TournamentStatus.EXCLUDED,
    AbsenceKind.PERSONAL: TournamentStatus.NOT_SELECTED,
}


@attrs.frozen(kw_only=True)
class TournamentLine:
    """One tournament held during a career: the player's part in it and his team's finish.

    ``status`` comes from the player's entry where the sources give one; otherwise from an
    absence that certainly covers the whole tournament (``during``); otherwise it is ``None``.
    """

    tournament: Tournament
    status: TournamentStatus | None
    entry: TournamentEntry | None = None
    during: Absence | None = None
    team_finish: TeamFinish | None = None

    @property
    def played(self) -> bool | None:
        return None if self.status is None else self.status.played

    @property
    def why(self) -> str | None:
        """Why he was not there: the entry's reason, or the covering absence's."""
        if self.entry is not None:
            return self.entry.reason
        if self.during is not None:
            bounds = Span(self.during.start, self.during.end).bounds()
            return f"{self.during.reason} ({bounds} absence)"
        return None

    @property
    def cite(self) -> tuple[Citation, ...]:
        if self.entry is not None:
            return self.entry.cite
        return self.during.cite if self.during is not None else ()


def covers(absence: Absence, tournament: Tournament) -> bool:
    """The absence certainly spans the whole tournament, whatever its bounds' precision."""
    expect(absence, Absence, "covers", "absence")
    expect(tournament, Tournament, "covers", "tournament")
    return (
        absence.start.latest <= tournament.start.earliest
        and absence.end.earliest >= tournament.end.latest
    )


def covering_absence(career: Career, tournament: Tournament) -> Absence | None:
    """An absence that certainly spans the whole tournament (see :func:`covers`)."""
    expect(career, Career, "covering_absence", "career")
    expect(tournament, Tournament, "covering_absence", "tournament")
    return next((absence for absence in career.absences if covers(absence, tournament)), None)


def _held_during(tournament: Tournament, start: PartialDate, end: PartialDate | None) -> bool:
    if tournament.end.latest < start.earliest:
        return False
    return end is None or tournament.start.earliest <= end.latest


def tournaments(career: Career) -> tuple[TournamentLine, ...]:
    """Tournaments held between debut and retirement, plus any the player has an entry for."""
    expect(career, Career, "tournaments", "career")
    entries = {entry.tournament: entry for entry in career.entries}
    first = debut(career)
    lines = []
    for tournament in sorted(career.tournaments, key=lambda t: t.start.sort_key()):
        entry = entries.get(tournament.id)
        if entry is None and (
            first is None or not _held_during(tournament, first.match.date, retirement_date(career))
        ):
            continue
        during = None
        status = entry.status if entry is not None else None
        if entry is None:
            during = covering_absence(career, tournament)
            status = _MISSED_BY_ABSENCE[during.kind] if during is not None else None
        lines.append(
            TournamentLine(
                tournament=tournament,
                status=status,
                entry=entry,
                during=during,
                team_finish=tournament.finish_of(career.team.name),
            )
        )
    return tuple(lines)


def known_by(career: Career, date: PartialDate) -> Career:
    """The career as it stood on ``date``: the facts certainly dated on or before it.

    Events and dated totals after ``date`` (or that may be after it) are left out; career-end
    totals and the retirement count only once the retirement is; an absence still running is
    cut at ``date``. Every statistic of the result is then the statistic "as of" ``date``.
    """
    expect(career, Career, "known_by", "career")
    expect(date, PartialDate, "known_by", "date")

    def by(when: PartialDate | None) -> bool:
        return when is not None and when.latest <= date.latest

    retired = career.retirement is not None and by(career.retirement.date)
    finished = {t.id for t in career.tournaments if by(t.end)}
    return attrs.evolve(
        career,
        appearances=tuple(cap for cap in career.appearances if by(cap.match.date)),
        stated_totals=tuple(
            total
            for total in career.stated_totals
            if (total.final and retired) or (not total.final and by(total.as_of))
        ),
        entries=tuple(entry for entry in career.entries if entry.tournament in finished),
        absences=tuple(
            absence if by(absence.end) else attrs.evolve(absence, end=date)
            for absence in career.absences
            if by(absence.start)
        ),
        retirement=career.retirement if retired else None,
        tournaments=tuple(t for t in career.tournaments if t.start.earliest <= date.latest),
        honours=tuple(honour for honour in career.honours if by(honour.date)),
        quotes=tuple(quote for quote in career.quotes if quote.date is None or by(quote.date)),
    )


@attrs.frozen(kw_only=True, repr=False)
class CareerSummary:
    """Every headline figure of a career, computed once by :func:`summarize`.

    In a notebook it shows as the summary page's tables; :meth:`to_frame` gives a DataFrame.
    """

    career: Career
    caps: Total
    goals: Total
    goals_per_cap: float | None
    caps_short_of_century: int | None
    milestones: tuple[Milestone, ...]
    debut: Appearance | None
    retirement: PartialDate | None
    span: Span | None
    age_at_debut: Years | None
    age_at_retirement: Years | None
    longest_absence: AbsenceSpan | None
    tournaments: tuple[TournamentLine, ...]

    @property
    def tournaments_played(self) -> tuple[TournamentLine, ...]:
        return tuple(line for line in self.tournaments if line.played)

    @property
    def tournaments_missed(self) -> tuple[TournamentLine, ...]:
        return tuple(line for line in self.tournaments if line.played is False)

    def to_frame(self) -> pd.DataFrame:
        """The headline figures as a one-row pandas DataFrame (docs/dataframes.md); needs
        ``pip install 'careerstats[pandas]'``."""
        from careerstats.frames import summary_frame

        return summary_frame(self)

    def __repr__(self) -> str:
        return (
            f"<CareerSummary {self.career.player.id}: "
            f"{_count(self.caps, 'cap')}, {_count(self.goals, 'goal')}>"
        )

    def _repr_html_(self) -> str:
        """What a notebook shows: the summary page as tables, every string HTML-escaped."""
        from careerstats.render import render_summary

        return render_summary(self, "html")


def _count(total: Total, noun: str) -> str:
    """``97 caps``, ``at least 1 cap`` (counted from events), ``caps not known``."""
    if total.value is None:
        return f"{noun}s not known"
    at_least = "at least " if total.lower_bound else ""
    return f"{at_least}{total.value} {noun}{'s' if total.value != 1 else ''}"


def summarize(career: Career) -> CareerSummary:
    """All derived statistics of ``career``."""
    expect(career, Career, "summarize", "career")
    return CareerSummary(
        career=career,
        caps=caps(career),
        goals=goals(career),
        goals_per_cap=goals_per_cap(career),
        caps_short_of_century=caps_short_of_century(career),
        milestones=milestones(career),
        debut=debut(career),
        retirement=retirement_date(career),
        span=career_span(career),
        age_at_debut=age_at_debut(career),
        age_at_retirement=age_at_retirement(career),
        longest_absence=longest_absence(career),
        tournaments=tournaments(career),
    )
