"""Everything that bears on a career's running totals, and the tightest ranges it allows.

A career's caps and goals on a day are rarely stated for that day. What is known is a set of
pieces, each with its source: totals stated as of a date (at that date's precision) or at the
career's end, the appearances and goals recorded, the team's matches (where a calendar is
given), the debut, the retirement and the absences. :class:`Evidence` holds them, built once,
and answers for any day with a :class:`Range` of caps and of goals whose ends each name the
piece that binds them (:class:`Binding`). Nothing is guessed: a piece dated to a month or a
year counts on one side of a day only where its whole span lies on that side.

The rules are in docs/evidence.md. This module imports the model and the dates only: the
statistics, claims and pages build on it.
"""

from __future__ import annotations

import bisect
import datetime
import enum
import itertools
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Literal

import attrs

from careerstats.dates import PartialDate, Precision
from careerstats.model import Absence, Appearance, Career, Citation, Goal, StatedTotal

__all__ = [
    "DEFAULT_CAP_MILESTONES",
    "DEFAULT_GOAL_MILESTONES",
    "AbsenceBounds",
    "Binding",
    "BindingKind",
    "Contradiction",
    "ContradictionKind",
    "DatedMilestone",
    "Day",
    "Evidence",
    "Figure",
    "MilestoneStatus",
    "Range",
    "RecordedGoal",
    "RunningRow",
    "Standing",
    "Statement",
    "StatementCheck",
    "TeamMatch",
    "Verdict",
    "absence_bounds",
]

DEFAULT_CAP_MILESTONES = (50, 100)
DEFAULT_GOAL_MILESTONES = (10, 25, 50)

_DAY = datetime.timedelta(days=1)
Day = datetime.date | PartialDate
"""A day asked about: a date, or a partial date meaning its latest day."""


class Figure(enum.StrEnum):
    """Which running total: caps (appearances) or goals (for the player's team)."""

    CAPS = "caps"
    GOALS = "goals"


@attrs.frozen(kw_only=True)
class TeamMatch:
    """One match of the player's team: its day, the team's goals in it and the opponent."""

    date: datetime.date
    goals_for: int = attrs.field(validator=attrs.validators.ge(0))
    opponent: str


@attrs.frozen(kw_only=True)
class Statement:
    """One figure of a :class:`StatedTotal`, placed in time.

    ``first`` and ``last`` are the days the total may be as of (its ``as_of`` span; for a
    career-end total, the career's last day where known). ``None`` where no day is known: a
    career-end total of a career whose end is not dated.
    """

    figure: Figure
    value: int
    total: StatedTotal
    index: int
    """Its place in ``career.stated_totals``."""
    first: datetime.date | None
    last: datetime.date | None

    @property
    def final(self) -> bool:
        return self.total.final

    @property
    def as_of(self) -> PartialDate | None:
        return self.total.as_of

    @property
    def cite(self) -> tuple[Citation, ...]:
        return self.total.cite


class BindingKind(enum.StrEnum):
    """What binds one end of a range."""

    NO_EVIDENCE = "no-evidence"
    """``min`` 0: nothing recorded or stated by the day."""
    DEBUT = "debut"
    """0 (both ends): the day is certainly before the debut."""
    RECORDED = "recorded"
    """``min``: the events recorded certainly on or before the day."""
    STATED = "stated"
    """``min``: a total stated certainly on or before the day; ``max``: a total stated
    certainly after the day, less ``taken`` events recorded certainly after the day that it
    certainly counts (0 or more)."""
    RECORDED_SINCE = "recorded-since"
    """``min``: a total stated certainly on or before the day, plus ``added`` (1 or more)
    events recorded certainly after it and certainly on or before the day."""
    FINAL = "final"
    """``max``: the career-end total less ``taken`` events recorded certainly after the day;
    ``min``: the career-end total once the career has certainly ended."""
    TEAM_CALENDAR = "team-calendar"
    """``max``: a total stated (``statement``; ``None``: 0 at the debut) plus the team's eligible
    matches after it (``matches``) and, for goals, the team's goals in them (``added``)."""


@attrs.frozen(kw_only=True)
class Binding:
    """The evidence that binds one end of a :class:`Range`, with the counts it adds or takes."""

    kind: BindingKind
    value: int
    statement: Statement | None = None
    added: int = 0
    """Events recorded since the statement (``min``), or the team's goals or matches counted
    (``team-calendar``)."""
    taken: int = 0
    """Events recorded after the day, taken from a later or final total (``max``)."""
    matches: int = 0
    """The team's eligible matches counted (``team-calendar``)."""
    date: PartialDate | None = None
    """The date of the piece: the statement's ``as_of``, the debut's or the retirement's."""
    cite: tuple[Citation, ...] = ()


@attrs.frozen(kw_only=True)
class Range:
    """A figure known to lie from ``min`` to ``max`` (``None``: no upper bound), both included."""

    min: int
    max: int | None
    min_binding: Binding
    max_binding: Binding | None = None

    @property
    def exact(self) -> int | None:
        """The value where ``min`` equals ``max``; else ``None``."""
        return self.min if self.min == self.max else None

    def __contains__(self, value: object) -> bool:
        return (
            isinstance(value, int) and self.min <= value and (self.max is None or value <= self.max)
        )

    def __str__(self) -> str:
        if self.exact is not None:
            return str(self.min)
        return f"{self.min}–{'' if self.max is None else self.max}"


@attrs.frozen(kw_only=True)
class Standing:
    """Caps and goals on one day."""

    date: datetime.date
    caps: Range
    goals: Range


RunningRow = Standing
"""A row of :meth:`Evidence.running_totals`."""


class ContradictionKind(enum.StrEnum):
    """Which pieces cannot all be true."""

    TOTAL_GOES_DOWN = "total-goes-down"
    """A total stated lower than one stated certainly no later (or at the career's end)."""
    MORE_CAPS_THAN_MATCHES = "more-caps-than-matches"
    """More caps gained between two totals than the team played eligible matches."""
    MORE_GOALS_THAN_TEAM_SCORED = "more-goals-than-team-scored"
    """More goals gained between two totals than the team scored in its eligible matches."""
    BELOW_RECORDED = "below-recorded"
    """A total stated below the events recorded by its date."""
    NO_TEAM_MATCH = "no-team-match"
    """An appearance on a day (or in a month or year) the team did not play."""
    MORE_GOALS_THAN_MATCH = "more-goals-than-match"
    """More goals recorded in an appearance than the team scored in that match."""


@attrs.frozen(kw_only=True)
class Contradiction:
    """Pieces of evidence that cannot all be true.

    ``count`` is what the pieces say (a total, a gain, the events recorded, the player's goals);
    ``limit`` what the others allow. ``certain`` is ``False`` where the pieces conflict only if
    a statement dated to a month or year meant a particular day of it: its last day, for a
    total below the events recorded by then; for two totals, the days that leave the fewest
    team matches between them.
    """

    kind: ContradictionKind
    figure: Figure
    statements: tuple[Statement, ...] = ()
    appearances: tuple[Appearance, ...] = ()
    count: int
    limit: int
    matches: int | None = None
    """The team's eligible matches counted, where the calendar is part of it."""
    certain: bool = True
    cite: tuple[Citation, ...] = ()


class Verdict(enum.StrEnum):
    AGREES = "agrees"
    """All the other evidence gives exactly the stated value."""
    CONTRADICTS = "contradicts"
    """The stated value lies outside what the other evidence allows."""
    CONSISTENT = "consistent"
    """The stated value lies inside a wider range."""


@attrs.frozen(kw_only=True)
class StatementCheck:
    """A stated figure against the range the rest of the evidence gives at its date."""

    statement: Statement
    range: Range
    verdict: Verdict


class MilestoneStatus(enum.StrEnum):
    EXACT = "exact"
    RANGE = "range"
    NOT_REACHED = "not-reached"
    UNKNOWN = "unknown"


@attrs.frozen(kw_only=True)
class DatedMilestone:
    """When the ``n``-th cap or goal came: exactly, between two days, not at all, or unknown.

    ``earliest`` is the first day it can have come (the day ``max`` first reaches ``n``,
    bound by ``earliest_binding``, the day before's upper bound; ``None`` where nothing bounds
    it from below); ``latest`` the last (the day ``min`` first reaches ``n``, bound by
    ``latest_binding``; ``None`` where no evidence reaches ``n``). Where both agree,
    ``appearance`` is the recorded appearance on that day, if any.
    """

    figure: Figure
    n: int
    status: MilestoneStatus
    earliest: datetime.date | None = None
    latest: datetime.date | None = None
    earliest_binding: Binding | None = None
    latest_binding: Binding | None = None
    appearance: Appearance | None = None
    team_match: TeamMatch | None = None


@attrs.frozen(kw_only=True)
class RecordedGoal:
    """A recorded goal with its running goal number and the cap number it came on."""

    appearance: Appearance
    goal: Goal
    goal_number: Range
    cap_number: Range


@attrs.frozen(kw_only=True)
class AbsenceBounds:
    """An absence bounded by the appearances recorded around it.

    ``last_before`` is the last appearance certainly before the days the absence certainly
    covers, ``first_after`` the first certainly after them: he cannot have played while away,
    so the absence began after the one and ended before the other. ``start_from`` and
    ``end_by`` are its first and last possible days once those bounds are applied: he was not
    away on a day he played, so they are at the soonest the day after the match before and at
    the latest the day before the match after ("before 2021-06-23": to 2021-06-22), as the
    page's words "after …, before …" say and the plot draws. (The days an absence states are
    its own: a stated first or last day may be a match's, the injury came in it.) Where the
    days the absence certainly covers are none (its dates' precision overlaps), no appearance
    is said to be before or after it.
    """

    absence: Absence
    last_before: Appearance | None
    first_after: Appearance | None
    start_from: datetime.date
    end_by: datetime.date


# --- the arithmetic: one figure's events, statements and calendar --------------------------------


def _goals_in(appearance: Appearance) -> int:
    """The player's goals for his team in one appearance (own goals left out)."""
    return sum(1 for goal in appearance.goals if not goal.own_goal)


def _day(day: Day) -> datetime.date:
    if isinstance(day, PartialDate):
        latest = day.latest
        return datetime.date(latest.year, latest.month, latest.day)
    return datetime.date(day.year, day.month, day.day)


def _plain(day: datetime.date) -> datetime.date:
    """A plain date (pendulum's subclass compares alike, but keeps lists homogeneous)."""
    return datetime.date(day.year, day.month, day.day)


class _Weighted:
    """Days with weights, sorted once: the weight on or before a day by bisection."""

    def __init__(self, items: Iterable[tuple[datetime.date, int]]) -> None:
        ordered = sorted(items)
        self.days = [day for day, _ in ordered]
        self.prefix = [0, *itertools.accumulate(weight for _, weight in ordered)]

    @property
    def total(self) -> int:
        return self.prefix[-1]

    def up_to(self, day: datetime.date) -> int:
        """The weight of the days on or before ``day``."""
        return self.prefix[bisect.bisect_right(self.days, day)]

    def after(self, day: datetime.date) -> int:
        return self.total - self.up_to(day)

    def between(self, start: datetime.date, end: datetime.date) -> int:
        """The weight of the days after ``start`` and on or before ``end``."""
        return max(0, self.up_to(end) - self.up_to(start)) if end > start else 0


@attrs.frozen
class _Event:
    earliest: datetime.date
    latest: datetime.date
    weight: int


class _FigureEvidence:
    """One figure's events, statements and eligible team matches, indexed for queries."""

    def __init__(
        self,
        figure: Figure,
        events: Sequence[_Event],
        statements: Sequence[Statement],
        calendar: _Weighted | None,
        calendar_cite: tuple[Citation, ...],
    ) -> None:
        self.figure = figure
        self.events = events
        self.by_latest = _Weighted((event.latest, event.weight) for event in events)
        self.by_earliest = _Weighted((event.earliest, event.weight) for event in events)
        self.statements = statements
        self.finals = [s for s in statements if s.final]
        self.dated = [s for s in statements if not s.final and s.first is not None]
        # Per statement, the events straddling its last day (for min) and those after its first
        # day (for max): built once, so that each query bisects.
        self.straddling: dict[int, _Weighted] = {}
        self.after_first: dict[int, _Weighted] = {}
        for statement in statements:
            if statement.last is not None:
                last = statement.last
                self.straddling[id(statement)] = _Weighted(
                    (e.latest, e.weight) for e in events if e.earliest <= last < e.latest
                )
            if statement.first is not None:
                first = statement.first
                self.after_first[id(statement)] = _Weighted(
                    (e.earliest, e.weight) for e in events if e.latest > first
                )
        self.calendar = calendar
        self.calendar_cite = calendar_cite

    def recorded_since(self, statement: Statement, day: datetime.date) -> int:
        """Events certainly after the statement's last day and certainly on or before ``day``."""
        assert statement.last is not None
        last = statement.last
        if day <= last:
            return 0
        counted_or_unsure = self.by_latest.up_to(last) + self.straddling[id(statement)].up_to(day)
        return self.by_latest.up_to(day) - counted_or_unsure

    def counted_after(self, statement: Statement, day: datetime.date) -> int:
        """Events certainly after ``day`` that the statement (as of after ``day``) counts."""
        assert statement.first is not None
        uncounted = self.after_first[id(statement)].after(day)
        return self.by_earliest.after(day) - uncounted


@attrs.frozen
class _Candidate:
    """An upper bound before it becomes a :class:`Binding` (only the winner does)."""

    kind: BindingKind
    value: int
    statement: Statement | None
    taken: int = attrs.field(default=0, kw_only=True)
    added: int = attrs.field(default=0, kw_only=True)
    since: datetime.date | None = attrs.field(default=None, kw_only=True)


@attrs.frozen(kw_only=True)
class _Context:
    debut: Appearance | None
    end: datetime.date | None
    end_date: PartialDate | None
    covers: tuple[datetime.date, datetime.date] | None


# --- the evidence --------------------------------------------------------------------------------


class Evidence:
    """Everything known of a career's running totals, indexed once; see :meth:`of`."""

    def __init__(
        self,
        career: Career,
        team_matches: Sequence[TeamMatch] | None,
        calendar_cite: tuple[Citation, ...],
        covers: tuple[datetime.date, datetime.date] | None,
    ) -> None:
        self.career = career
        self.team_matches: tuple[TeamMatch, ...] | None = (
            None if team_matches is None else tuple(sorted(team_matches, key=lambda m: m.date))
        )
        self.calendar_cite = calendar_cite
        self.appearances = tuple(
            sorted(career.appearances, key=lambda cap: cap.match.date.sort_key())
        )
        debut = next((cap for cap in career.appearances if cap.debut), None)
        end_date = _end_of(career)
        if covers is None and self.team_matches:
            covers = (self.team_matches[0].date, self.team_matches[-1].date)
        self._context = _Context(
            debut=debut,
            end=None if end_date is None else _plain(end_date.latest),
            end_date=end_date,
            covers=covers if self.team_matches is not None else None,
        )
        self._matches_by_day = {m.date: m for m in self.team_matches or ()}
        self._figures = {
            figure: self._figure_evidence(figure) for figure in (Figure.CAPS, Figure.GOALS)
        }

    @classmethod
    def of(
        cls,
        career: Career,
        team_matches: Sequence[TeamMatch] | None = None,
        *,
        calendar_cite: tuple[Citation, ...] = (),
        covers: tuple[datetime.date, datetime.date] | None = None,
    ) -> Evidence:
        """The evidence of ``career``: its stated totals, appearances, debut, retirement and
        absences, and with ``team_matches`` the team's calendar, taken as every match the team
        played from ``covers``' first day to its last (by default, its first and last match)."""
        return cls(career, team_matches, calendar_cite, covers)

    def __repr__(self) -> str:
        calendar = (
            "no calendar" if self.team_matches is None else f"{len(self.team_matches)} team matches"
        )
        return (
            f"<Evidence {self.career.player.id}: {len(self.appearances)} appearances, "
            f"{len(self.career.stated_totals)} stated totals, {calendar}>"
        )

    # --- building ---

    def _figure_evidence(self, figure: Figure) -> _FigureEvidence:
        field = figure.value
        events = [
            _Event(
                earliest=_plain(cap.match.date.earliest),
                latest=_plain(cap.match.date.latest),
                weight=1 if figure is Figure.CAPS else _goals_in(cap),
            )
            for cap in self.appearances
        ]
        end = self._context.end
        statements = []
        for index, total in enumerate(self.career.stated_totals):
            value = getattr(total, field)
            if value is None:
                continue
            span = total.as_of
            first: datetime.date | None
            last: datetime.date | None
            if span is not None:
                first, last = _plain(span.earliest), _plain(span.latest)
            elif total.final and end is not None:
                first = last = end
            else:
                first = last = None
            statements.append(
                Statement(
                    figure=figure, value=value, total=total, index=index, first=first, last=last
                )
            )
        calendar = None
        if self.team_matches is not None:
            calendar = _Weighted(
                (m.date, 1 if figure is Figure.CAPS else m.goals_for)
                for m in self.team_matches
                if self._eligible(m.date)
            )
        return _FigureEvidence(figure, events, statements, calendar, self.calendar_cite)

    def _eligible(self, day: datetime.date) -> bool:
        """A team match he can have played in: not before the debut, not after the end, not
        certainly inside an absence."""
        context = self._context
        if context.debut is not None and day < context.debut.match.date.earliest:
            return False
        if context.end is not None and day > context.end:
            return False
        return not any(_certainly_inside(day, absence) for absence in self.career.absences)

    def without(self, statement: Statement) -> Evidence:
        """The same evidence less the stated total that gives ``statement``."""
        totals = self.career.stated_totals
        career = attrs.evolve(
            self.career,
            stated_totals=(*totals[: statement.index], *totals[statement.index + 1 :]),
        )
        return Evidence(career, self.team_matches, self.calendar_cite, self._context.covers)

    # --- pieces ---

    @property
    def debut(self) -> Appearance | None:
        return self._context.debut

    @property
    def end(self) -> PartialDate | None:
        """The career's last possible day: the retirement, or a career-end total's ``as_of``."""
        return self._context.end_date

    def statements(self, figure: Figure) -> tuple[Statement, ...]:
        return tuple(self._figures[figure].statements)

    def horizon(self) -> datetime.date:
        """The day after the last day any piece is dated to: from there nothing changes."""
        days = [event.latest for event in self._figures[Figure.CAPS].events]
        days += [s.last for f in self._figures.values() for s in f.statements if s.last]
        if self._context.end is not None:
            days.append(self._context.end)
        if self._context.covers is not None:
            days.append(self._context.covers[1])
        return max(days, default=datetime.date(2000, 1, 1)) + _DAY

    # --- ranges ---

    def caps_on(self, day: Day) -> Range:
        """Caps on ``day`` (a partial date: its latest day), every cap up to that day counted."""
        return self._range(self._figures[Figure.CAPS], _day(day))

    def goals_on(self, day: Day) -> Range:
        return self._range(self._figures[Figure.GOALS], _day(day))

    def on(self, day: Day) -> Standing:
        date = _day(day)
        return Standing(
            date=date,
            caps=self._range(self._figures[Figure.CAPS], date),
            goals=self._range(self._figures[Figure.GOALS], date),
        )

    def range_of(self, figure: Figure, day: Day) -> Range:
        return self._range(self._figures[figure], _day(day))

    def at_end(self) -> Standing:
        """The career-end totals: the range once every piece is past."""
        return self.on(self.horizon())

    def _range(self, figure: _FigureEvidence, day: datetime.date) -> Range:
        low = self._min(figure, day)
        high = self._max(figure, day)
        return Range(
            min=low.value,
            max=None if high is None else high.value,
            min_binding=low,
            max_binding=high,
        )

    def _before_debut(self, day: datetime.date) -> bool:
        debut = self._context.debut
        return debut is not None and day < debut.match.date.earliest

    def _debut_binding(self) -> Binding:
        debut = self._context.debut
        assert debut is not None
        return Binding(kind=BindingKind.DEBUT, value=0, date=debut.match.date, cite=debut.cite)

    def _min(self, figure: _FigureEvidence, day: datetime.date) -> Binding:
        # Values first, one Binding for the winner: a query costs a bisection per statement.
        if self._before_debut(day):
            return self._debut_binding()
        recorded = figure.by_latest.up_to(day)
        best_value, best_statement, best_added = recorded, None, recorded
        for statement in figure.statements:
            if statement.last is None or statement.last > day:
                continue
            added = figure.recorded_since(statement, day)
            if statement.value + added > best_value:
                best_value, best_statement, best_added = statement.value + added, statement, added
        floor = self._calendar_floor(figure, day)
        if floor is not None and floor.value > best_value:
            return floor
        if best_statement is None:
            if recorded == 0:
                return Binding(kind=BindingKind.NO_EVIDENCE, value=0)
            return Binding(kind=BindingKind.RECORDED, value=recorded, added=recorded)
        kind = BindingKind.RECORDED_SINCE if best_added else BindingKind.STATED
        return Binding(
            kind=BindingKind.FINAL if best_statement.final else kind,
            value=best_value,
            statement=best_statement,
            added=best_added,
            date=best_statement.as_of or self._context.end_date,
            cite=best_statement.cite,
        )

    def _max(self, figure: _FigureEvidence, day: datetime.date) -> Binding | None:
        if self._before_debut(day):
            return self._debut_binding()
        best: _Candidate | None = None
        after = figure.by_earliest.after(day)
        for statement in figure.finals:
            value = max(0, statement.value - after)
            if best is None or value < best.value:
                best = _Candidate(BindingKind.FINAL, value, statement, taken=after)
        for statement in figure.dated:
            assert statement.first is not None
            if statement.first <= day:
                continue
            taken = figure.counted_after(statement, day)
            value = max(0, statement.value - taken)
            if best is None or value < best.value:
                best = _Candidate(BindingKind.STATED, value, statement, taken=taken)
        calendar = self._calendar_bound(figure, day)
        if calendar is not None and (best is None or calendar.value < best.value):
            best = calendar
        return None if best is None else self._binding(figure, best, day)

    def _calendar_bound(self, figure: _FigureEvidence, day: datetime.date) -> _Candidate | None:
        """The least of: a statement that may be on or before ``day`` (or 0 at the debut),
        plus the team's eligible matches (goals) after it; ``None`` without a calendar."""
        calendar, covers = figure.calendar, self._context.covers
        if calendar is None or covers is None:
            return None
        until = day if self._context.end is None else min(day, self._context.end)
        if until > covers[1]:
            return None
        best = None
        debut = self._context.debut
        if debut is not None and debut.match.date.earliest >= covers[0]:
            start = _plain(debut.match.date.earliest) - _DAY
            value = calendar.between(start, until)
            best = _Candidate(BindingKind.TEAM_CALENDAR, value, None, added=value, since=start)
        for statement in figure.statements:
            first = statement.first
            if first is None or first > day or first < covers[0] - _DAY:
                continue
            added = calendar.between(first, until)
            if best is None or statement.value + added < best.value:
                best = _Candidate(
                    BindingKind.TEAM_CALENDAR,
                    statement.value + added,
                    statement,
                    added=added,
                    since=first,
                )
        return best

    def _calendar_floor(self, figure: _FigureEvidence, day: datetime.date) -> Binding | None:
        """The most of: a statement that may be as of a day after ``day`` (a career-end total:
        at the career's end) less the team's eligible matches (goals) after ``day`` up to its last
        day, the most caps (goals) he can have gained in between; ``None`` without a calendar
        that covers those days."""
        calendar, covers = figure.calendar, self._context.covers
        if calendar is None or covers is None or day < covers[0] - _DAY:
            return None
        best: tuple[int, Statement, datetime.date] | None = None
        for statement in figure.statements:
            first, last = statement.first, statement.last
            # Whether it is as of a day before ``day`` or after, he has at least its value
            # less what he can have gained from ``day`` to its last day.
            if first is None or last is None or last <= day or last > covers[1]:
                continue
            value = statement.value - calendar.between(day, last)
            if best is None or value > best[0]:
                best = (value, statement, last)
        if best is None:
            return None
        value, statement, last = best
        caps_calendar = self._figures[Figure.CAPS].calendar
        assert caps_calendar is not None
        return Binding(
            kind=BindingKind.TEAM_CALENDAR,
            value=max(0, value),
            statement=statement,
            taken=calendar.between(day, last),
            matches=caps_calendar.between(day, last),
            date=statement.as_of or self._context.end_date,
            cite=(*statement.cite, *figure.calendar_cite),
        )

    def _binding(self, figure: _FigureEvidence, best: _Candidate, day: datetime.date) -> Binding:
        """The Binding of the winning upper bound, its citations and counts gathered."""
        statement = best.statement
        if best.kind is not BindingKind.TEAM_CALENDAR:
            assert statement is not None
            return Binding(
                kind=best.kind,
                value=best.value,
                statement=statement,
                taken=best.taken,
                date=statement.as_of or self._context.end_date,
                cite=statement.cite,
            )
        assert best.since is not None
        caps_calendar = self._figures[Figure.CAPS].calendar
        assert caps_calendar is not None
        until = day if self._context.end is None else min(day, self._context.end)
        date: PartialDate | None
        if statement is None:
            debut = self._context.debut
            assert debut is not None
            date, cite = debut.match.date, debut.cite
        else:
            date, cite = statement.as_of or self._context.end_date, statement.cite
        return Binding(
            kind=BindingKind.TEAM_CALENDAR,
            value=best.value,
            statement=statement,
            added=best.added,
            matches=caps_calendar.between(best.since, until),
            date=date,
            cite=(*cite, *figure.calendar_cite),
        )

    # --- consistency ---

    def contradictions(self) -> tuple[Contradiction, ...]:
        """Every set of pieces that cannot all be true, statements first."""
        found: list[Contradiction] = []
        for figure in self._figures.values():
            found.extend(self._statement_pairs(figure))
            found.extend(self._below_recorded(figure))
        found.extend(self._against_calendar())
        return tuple(found)

    def _statement_pairs(self, figure: _FigureEvidence) -> Iterator[Contradiction]:
        for earlier, later in itertools.permutations(figure.statements, 2):
            if earlier.final:
                continue
            if _certainly_not_after(earlier, later) and earlier.value > later.value:
                yield Contradiction(
                    kind=ContradictionKind.TOTAL_GOES_DOWN,
                    figure=figure.figure,
                    statements=(earlier, later),
                    count=later.value,
                    limit=earlier.value,
                    cite=(*earlier.cite, *later.cite),
                )
                continue
            gain = later.value - earlier.value
            widest = self._gained_limit(figure, earlier, later, widest=True)
            narrowest = self._gained_limit(figure, earlier, later, widest=False)
            for limit, certain in ((widest, True), (narrowest, False)):
                if limit is not None and gain > limit[0]:
                    yield Contradiction(
                        kind=ContradictionKind.MORE_CAPS_THAN_MATCHES
                        if figure.figure is Figure.CAPS
                        else ContradictionKind.MORE_GOALS_THAN_TEAM_SCORED,
                        figure=figure.figure,
                        statements=(earlier, later),
                        count=gain,
                        limit=limit[0],
                        matches=limit[1],
                        certain=certain,
                        cite=(*earlier.cite, *later.cite, *figure.calendar_cite),
                    )
                    break

    def _gained_limit(
        self, figure: _FigureEvidence, earlier: Statement, later: Statement, *, widest: bool
    ) -> tuple[int, int] | None:
        """The most ``later`` can exceed ``earlier`` by: the team's eligible matches (for goals,
        its goals in them) from ``earlier``'s first day to ``later``'s last (``widest``), or
        from ``earlier``'s last to ``later``'s first (the days that leave the fewest); with
        the matches counted. ``None`` without a calendar covering them."""
        calendar, covers = figure.calendar, self._context.covers
        start, stop = (earlier.first, later.last) if widest else (earlier.last, later.first)
        if calendar is None or covers is None or start is None or stop is None:
            return None
        if start >= stop:
            return None
        until = stop if self._context.end is None else min(stop, self._context.end)
        if start < covers[0] - _DAY or until > covers[1]:
            return None
        caps_calendar = self._figures[Figure.CAPS].calendar
        assert caps_calendar is not None
        return (calendar.between(start, until), caps_calendar.between(start, until))

    def _below_recorded(self, figure: _FigureEvidence) -> Iterator[Contradiction]:
        for statement in figure.statements:
            if statement.final:
                counted = list(zip(self.appearances, figure.events, strict=True))
                certain = True
            elif statement.first is not None and statement.last is not None:
                first, last = statement.first, statement.last
                pairs = zip(self.appearances, figure.events, strict=True)
                counted = [(cap, event) for cap, event in pairs if event.latest <= last]
                certain = sum(e.weight for _, e in counted if e.latest <= first) > statement.value
            else:
                continue
            total = sum(event.weight for _, event in counted)
            if total > statement.value:
                yield Contradiction(
                    kind=ContradictionKind.BELOW_RECORDED,
                    figure=figure.figure,
                    statements=(statement,),
                    appearances=tuple(cap for cap, event in counted if event.weight),
                    count=total,
                    limit=statement.value,
                    certain=certain,
                    cite=statement.cite,
                )

    def _against_calendar(self) -> Iterator[Contradiction]:
        covers = self._context.covers
        if self.team_matches is None or covers is None:
            return
        days = [m.date for m in self.team_matches]
        for cap in self.appearances:
            first, last = _plain(cap.match.date.earliest), _plain(cap.match.date.latest)
            if first < covers[0] or last > covers[1]:
                continue
            played = days[bisect.bisect_left(days, first) : bisect.bisect_right(days, last)]
            if not played:
                yield Contradiction(
                    kind=ContradictionKind.NO_TEAM_MATCH,
                    figure=Figure.CAPS,
                    appearances=(cap,),
                    count=1,
                    limit=0,
                    matches=0,
                    cite=(*cap.cite, *self.calendar_cite),
                )
                continue
            # In a match the day names, or (for a month or a year) in whichever of the team's
            # matches then it was: at most the most the team scored in one of them.
            scored = _goals_in(cap)
            most = max(self._matches_by_day[played_on].goals_for for played_on in played)
            if scored > most:
                yield Contradiction(
                    kind=ContradictionKind.MORE_GOALS_THAN_MATCH,
                    figure=Figure.GOALS,
                    appearances=(cap,),
                    count=scored,
                    limit=most,
                    matches=len(played),
                    cite=(*cap.cite, *self.calendar_cite),
                )

    # --- every statement against the rest ---

    def check_statements(self) -> tuple[StatementCheck, ...]:
        """Each stated figure against the range all the other evidence gives at its date."""
        checks = []
        for figure in (Figure.CAPS, Figure.GOALS):
            for statement in self._figures[figure].statements:
                checks.append(self.check(statement))
        return tuple(checks)

    def check(self, statement: Statement) -> StatementCheck:
        """``statement`` against the rest: for a partial date, the union over its days."""
        rest = self.without(statement)
        if statement.first is None or statement.last is None:
            first = last = rest.horizon()
        else:
            first, last = statement.first, statement.last
        low = rest.range_of(statement.figure, first)
        high = rest.range_of(statement.figure, last)
        span = Range(
            min=low.min, max=high.max, min_binding=low.min_binding, max_binding=high.max_binding
        )
        value = statement.value
        if span.exact == value:
            verdict = Verdict.AGREES
        elif value in span:
            verdict = Verdict.CONSISTENT
        else:
            verdict = Verdict.CONTRADICTS
        return StatementCheck(statement=statement, range=span, verdict=verdict)

    # --- milestones and running numbers ---

    def milestone(self, figure: Figure, n: int) -> DatedMilestone:
        """When the ``n``-th cap or goal came (``n`` from 1), by bisection over days."""
        if n < 1:
            raise ValueError(f"expected a milestone of 1 or more, got {n}")
        horizon = self.horizon()
        data = self._figures[figure]
        at_end = self._range(data, horizon)
        if at_end.max is not None and at_end.max < n:
            return DatedMilestone(figure=figure, n=n, status=MilestoneStatus.NOT_REACHED)
        start = self._start()
        earliest = self._first_day(start, horizon, lambda d: _reaches(self._max(data, d), n))
        latest = self._first_day(start, horizon, lambda d: self._min(data, d).value >= n)
        earliest_binding = None
        if earliest is not None:
            earliest_binding = self._max(data, earliest - _DAY)
        latest_binding = None if latest is None else self._min(data, latest)
        if latest is None:
            status = MilestoneStatus.UNKNOWN
        elif earliest == latest:
            status = MilestoneStatus.EXACT
        else:
            status = MilestoneStatus.RANGE
        appearance = team_match = None
        if status is MilestoneStatus.EXACT:
            assert latest is not None
            team_match = self._matches_by_day.get(latest)
            appearance = next(
                (
                    cap
                    for cap in self.appearances
                    if cap.match.date.precision is Precision.DAY
                    and _plain(cap.match.date.earliest) == latest
                ),
                None,
            )
        return DatedMilestone(
            figure=figure,
            n=n,
            status=status,
            earliest=earliest,
            latest=latest,
            earliest_binding=earliest_binding,
            latest_binding=latest_binding,
            appearance=appearance,
            team_match=team_match,
        )

    def milestones(
        self,
        caps: Sequence[int] = DEFAULT_CAP_MILESTONES,
        goals: Sequence[int] = DEFAULT_GOAL_MILESTONES,
    ) -> tuple[DatedMilestone, ...]:
        return tuple(
            [self.milestone(Figure.CAPS, n) for n in caps]
            + [self.milestone(Figure.GOALS, n) for n in goals]
        )

    def _start(self) -> datetime.date:
        """A day before any cap: the day before the debut, else before the first piece."""
        if self._context.debut is not None:
            return _plain(self._context.debut.match.date.earliest) - _DAY
        days = [event.earliest for event in self._figures[Figure.CAPS].events]
        days += [s.first for f in self._figures.values() for s in f.statements if s.first]
        return min(days, default=self.horizon()) - _DAY

    @staticmethod
    def _first_day(
        start: datetime.date, horizon: datetime.date, holds: _DayTest
    ) -> datetime.date | None:
        """The first day in (``start``, ``horizon``] where ``holds`` (monotone) is true;
        ``None`` where it holds on no day of it, or already on ``start`` (no bound is known)."""
        if not holds(horizon) or holds(start):
            return None
        low, high = start.toordinal(), horizon.toordinal()  # holds(high), maybe not at low
        while high - low > 1:
            middle = (low + high) // 2
            if holds(datetime.date.fromordinal(middle)):
                high = middle
            else:
                low = middle
        return datetime.date.fromordinal(high)

    def recorded_goals(self) -> tuple[RecordedGoal, ...]:
        """Each recorded goal (own goals left out) with its goal number and cap number.

        The order of goals within a match is taken only from their minutes where both are
        known: the goal number of one of two goals without minutes spans both places.
        """
        caps, goals = self._figures[Figure.CAPS], self._figures[Figure.GOALS]
        found = []
        for cap in self.appearances:
            own = [goal for goal in cap.goals if not goal.own_goal]
            if not own:
                continue
            first, last = _plain(cap.match.date.earliest), _plain(cap.match.date.latest)
            caps_before = self._range(caps, first - _DAY)
            caps_first, caps_last = self._range(caps, first), self._range(caps, last)
            cap_number = _number(
                lows=[(caps_before.min + 1, caps_before.min_binding), _low(caps_first, 0)],
                highs=[_high(self._range(caps, last - _DAY), 1), _high(caps_last, 0)],
            )
            goals_before, goals_last = self._range(goals, first - _DAY), self._range(goals, last)
            for goal in own:
                earlier = sum(1 for other in own if _certainly_before(other, goal))
                later = sum(1 for other in own if _certainly_before(goal, other))
                number = _number(
                    lows=[_low(goals_before, 1 + earlier)], highs=[_high(goals_last, -later)]
                )
                found.append(
                    RecordedGoal(
                        appearance=cap, goal=goal, goal_number=number, cap_number=cap_number
                    )
                )
        return tuple(found)

    # --- absences ---

    def absence_bounds(self) -> tuple[AbsenceBounds, ...]:
        """Each absence bounded by the appearances recorded around it."""
        return absence_bounds(self.career.absences, self.appearances)

    # --- running totals ---

    def running_totals(
        self, every: Literal["match", "month", "year"] = "match"
    ) -> tuple[Standing, ...]:
        """Caps and goals over the career: after each match (the team's where a calendar is
        given, else each recorded appearance's last possible day), or at each month's or year's
        end, from the debut (or the first piece) to the career's end (or the last piece)."""
        start, stop = self._start() + _DAY, self.horizon() - _DAY
        if self._context.end is not None:
            stop = min(stop, self._context.end)
        if every == "match":
            if self.team_matches is not None:
                days = sorted(
                    {
                        m.date
                        for m in self.team_matches
                        if start <= m.date <= stop and self._eligible(m.date)
                    }
                )
            else:
                days = sorted({_plain(cap.match.date.latest) for cap in self.appearances})
        else:
            days = list(_period_ends(start, stop, every))
        return tuple(self.on(day) for day in days)


# --- helpers --------------------------------------------------------------------------------------


def absence_bounds(
    absences: Iterable[Absence], appearances: Sequence[Appearance]
) -> tuple[AbsenceBounds, ...]:
    """Each of ``absences`` bounded by the ``appearances`` recorded around it (see
    :class:`AbsenceBounds`): what :meth:`Evidence.absence_bounds` gives, for a career as it
    stood on a date without building its evidence again."""
    found = []
    for absence in absences:
        core_start, core_end = _plain(absence.start.latest), _plain(absence.end.earliest)
        bounding = appearances if core_start <= core_end else ()
        before = [c for c in bounding if _plain(c.match.date.latest) < core_start]
        after = [c for c in bounding if _plain(c.match.date.earliest) > core_end]
        last_before = max(before, key=lambda c: c.match.date.sort_key(), default=None)
        first_after = min(after, key=lambda c: c.match.date.sort_key(), default=None)
        start_from = _plain(absence.start.earliest)
        if last_before is not None:
            start_from = max(start_from, _plain(last_before.match.date.earliest) + _DAY)
        end_by = _plain(absence.end.latest)
        if first_after is not None:
            end_by = min(end_by, _plain(first_after.match.date.latest) - _DAY)  # back that day
        found.append(
            AbsenceBounds(
                absence=absence,
                last_before=last_before,
                first_after=first_after,
                start_from=start_from,
                end_by=end_by,
            )
        )
    return tuple(found)


_DayTest = Callable[[datetime.date], bool]


def _reaches(binding: Binding | None, n: int) -> bool:
    return binding is None or binding.value >= n


def _low(value: Range, by: int) -> tuple[int, Binding]:
    return (value.min + by, value.min_binding)


def _high(value: Range, by: int) -> tuple[int, Binding] | None:
    if value.max is None or value.max_binding is None:
        return None
    return (value.max + by, value.max_binding)


def _certainly_before(one: Goal, other: Goal) -> bool:
    """Within one match, ``one`` came before ``other`` by their minutes (both known)."""
    return one.minute is not None and other.minute is not None and one.minute < other.minute


def _number(
    lows: Sequence[tuple[int, Binding]], highs: Sequence[tuple[int, Binding] | None]
) -> Range:
    """A running number from its candidate lower and upper bounds: the tightest of each."""
    low, low_binding = max(lows, key=lambda item: item[0])
    bounded = [item for item in highs if item is not None]
    if not bounded:
        return Range(min=low, max=None, min_binding=low_binding)
    high, high_binding = min(bounded, key=lambda item: item[0])
    return Range(min=low, max=max(high, low), min_binding=low_binding, max_binding=high_binding)


def _certainly_not_after(earlier: Statement, later: Statement) -> bool:
    """``earlier`` is as of a day no later than ``later``'s, whatever days they mean."""
    if later.final:
        return True
    return earlier.last is not None and later.first is not None and earlier.last <= later.first


def _certainly_inside(day: datetime.date, absence: Absence) -> bool:
    """Certainly after an absence's first day and before its last (on those two days a match
    may still have been played: the injury came in it, the return was for it)."""
    return absence.start.latest < day < absence.end.earliest


def _end_of(career: Career) -> PartialDate | None:
    """The last day the career can have had a cap: the retirement, or a career-end total's date."""
    candidates = [total.as_of for total in career.stated_totals if total.final and total.as_of]
    if career.retirement is not None:
        candidates.append(career.retirement.date)
    if not candidates:
        return None
    return min(candidates, key=lambda date: date.latest)


def _period_ends(
    start: datetime.date, stop: datetime.date, every: Literal["month", "year"]
) -> Iterator[datetime.date]:
    """The last day of each month (or year) from ``start``'s to ``stop``'s."""
    year, month = start.year, start.month if every == "month" else 12
    while True:
        if every == "year":
            day = datetime.date(year, 12, 31)
        else:
            following = datetime.date(year + month // 12, month % 12 + 1, 1)
            day = following - _DAY
        yield day
        if day >= stop:
            return
        if every == "year":
            year += 1
        else:
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
