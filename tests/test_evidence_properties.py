"""Properties of careerstats.evidence against careers whose true running totals are known.

A "true" career is a team calendar, the caps played in some of its matches (with goals no more
than the team's), an absence with no cap inside and maybe a retirement. Evidence is derived from
it: totals stated at random days with random precision, a random subset of the caps recorded at
random precision, and maybe the calendar. Every range must then hold the true figure.
"""

from __future__ import annotations

import bisect
import datetime
import itertools
from collections.abc import Sequence

import attrs
from hypothesis import given, settings
from hypothesis import strategies as st

from careerstats.dates import PartialDate, Precision
from careerstats.evidence import Evidence, Figure, MilestoneStatus, TeamMatch
from careerstats.model import (
    Absence,
    AbsenceKind,
    Appearance,
    Career,
    Citation,
    Goal,
    Match,
    Player,
    Retirement,
    StatedTotal,
    Team,
)

FIRST = datetime.date(2000, 1, 1)
LAST = datetime.date(2005, 12, 31)
CITE = (Citation(file="a.txt", paragraph=1),)


@attrs.frozen(kw_only=True)
class TrueCareer:
    """What really happened: the team's matches and the player's caps (day, goals) among them."""

    calendar: tuple[TeamMatch, ...]
    caps: tuple[tuple[datetime.date, int], ...]
    absence: tuple[datetime.date, datetime.date] | None
    retired: datetime.date | None

    def caps_on(self, day: datetime.date) -> int:
        return bisect.bisect_right([cap_day for cap_day, _ in self.caps], day)

    def goals_on(self, day: datetime.date) -> int:
        return sum(goals for cap_day, goals in self.caps if cap_day <= day)

    def figure_on(self, figure: Figure, day: datetime.date) -> int:
        return self.caps_on(day) if figure is Figure.CAPS else self.goals_on(day)


def _partial(day: datetime.date, precision: Precision) -> PartialDate:
    return PartialDate(
        year=day.year,
        month=day.month if precision >= Precision.MONTH else None,
        day=day.day if precision is Precision.DAY else None,
    )


precisions = st.sampled_from(Precision)
days = st.dates(min_value=FIRST, max_value=LAST)


@st.composite
def true_careers(draw: st.DrawFn) -> TrueCareer:
    match_days = sorted(draw(st.sets(days, min_size=2, max_size=30)))
    calendar = tuple(
        TeamMatch(date=day, goals_for=draw(st.integers(0, 4)), opponent="Freedonia")
        for day in match_days
    )
    first_cap = draw(st.integers(0, len(calendar) - 1))
    played = [
        match
        for index, match in enumerate(calendar)
        if index == first_cap or (index > first_cap and draw(st.booleans()))
    ]
    absence = None
    if len(played) >= 2 and draw(st.booleans()):
        # Between two consecutive caps, strictly: no cap inside.
        which = draw(st.integers(0, len(played) - 2))
        low, high = played[which].date, played[which + 1].date
        if (high - low).days >= 2:
            start = low + datetime.timedelta(days=draw(st.integers(1, (high - low).days - 1)))
            end = start + datetime.timedelta(days=draw(st.integers(0, (high - start).days - 1)))
            absence = (start, end)
    last_cap = played[-1].date
    retired = None
    if draw(st.booleans()):
        retired = last_cap + datetime.timedelta(days=draw(st.integers(0, 400)))
    caps = tuple((match.date, draw(st.integers(0, match.goals_for))) for match in played)
    return TrueCareer(calendar=calendar, caps=caps, absence=absence, retired=retired)


@attrs.frozen(kw_only=True)
class Pieces:
    """A selection of evidence about a true career."""

    statements: tuple[StatedTotal, ...]
    recorded: tuple[Appearance, ...]
    absence: Absence | None
    retirement: Retirement | None
    calendar: bool


@st.composite
def pieces_of(draw: st.DrawFn, truth: TrueCareer) -> Pieces:
    statements = []
    for _ in range(draw(st.integers(0, 4))):
        day = draw(days)
        caps, goals = truth.caps_on(day), truth.goals_on(day)
        statements.append(
            StatedTotal(
                caps=draw(st.sampled_from([caps, None])),
                goals=draw(st.sampled_from([goals, None])),
                as_of=_partial(day, draw(precisions)),
                cite=CITE,
            )
        )
    if draw(st.booleans()):
        caps, goals = len(truth.caps), sum(goals for _, goals in truth.caps)
        as_of = None
        if draw(st.booleans()):  # as of a day on or after the last cap
            last_cap = truth.caps[-1][0]
            after = last_cap + datetime.timedelta(days=draw(st.integers(0, 60)))
            as_of = _partial(after, draw(precisions))
        statements.append(StatedTotal(caps=caps, goals=goals, as_of=as_of, final=True, cite=CITE))
    recorded = []
    for index, (day, goals) in enumerate(truth.caps):
        if not draw(st.booleans()):
            continue
        kept = draw(st.integers(0, goals))
        recorded.append(
            Appearance(
                match=Match(date=_partial(day, draw(precisions)), opponent="Freedonia"),
                debut=index == 0,
                # Distinct minutes in order, as the true goals came.
                goals=tuple(Goal(minute=10 * (number + 1)) for number in range(kept)),
                cite=(Citation(file="a.txt", paragraph=index + 1),),  # which true cap
            )
        )
    absence = None
    if truth.absence is not None:
        start, end = truth.absence
        absence = Absence(
            start=_partial(start, draw(precisions)),
            end=_partial(end, draw(precisions)),
            kind=AbsenceKind.INJURY,
            reason="Knee",
            cite=CITE,
        )
    retirement = None
    if truth.retired is not None and draw(st.booleans()):
        retirement = Retirement(date=_partial(truth.retired, draw(precisions)), cite=CITE)
    return Pieces(
        statements=tuple(statements),
        recorded=tuple(recorded),
        absence=absence,
        retirement=retirement,
        calendar=draw(st.booleans()),
    )


@st.composite
def subsets(draw: st.DrawFn, pieces: Pieces) -> Pieces:
    """Fewer pieces of the same evidence (the absence and retirement, facts of both, stay)."""

    def some(items: Sequence[object]) -> tuple[object, ...]:
        return tuple(item for item in items if draw(st.booleans()))

    return attrs.evolve(
        pieces,
        statements=some(pieces.statements),
        recorded=some(pieces.recorded),
        calendar=pieces.calendar and draw(st.booleans()),
    )


def evidence(truth: TrueCareer, pieces: Pieces) -> Evidence:
    career = Career(
        player=Player(id="jo-example", name="Jo Example", cite=CITE),
        team=Team(name="Utopia"),
        appearances=pieces.recorded,
        stated_totals=pieces.statements,
        absences=() if pieces.absence is None else (pieces.absence,),
        retirement=pieces.retirement,
    )
    return Evidence.of(career, truth.calendar if pieces.calendar else None)


@st.composite
def cases(draw: st.DrawFn) -> tuple[TrueCareer, Pieces, list[datetime.date]]:
    truth = draw(true_careers())
    pieces = draw(pieces_of(truth))
    asked = sorted(draw(st.lists(days, min_size=1, max_size=8)))
    asked += [match.date for match in truth.calendar[:3]]
    return truth, pieces, sorted(asked)


@settings(max_examples=300, deadline=None)
@given(cases())
def test_every_range_holds_the_true_figure(
    case: tuple[TrueCareer, Pieces, list[datetime.date]],
) -> None:
    truth, pieces, asked = case
    found = evidence(truth, pieces)
    for day in asked:
        standing = found.on(day)
        assert truth.caps_on(day) in standing.caps, (day, standing.caps)
        assert truth.goals_on(day) in standing.goals, (day, standing.goals)


@settings(max_examples=300, deadline=None)
@given(cases())
def test_true_evidence_has_no_certain_contradiction(
    case: tuple[TrueCareer, Pieces, list[datetime.date]],
) -> None:
    truth, pieces, _ = case
    found = evidence(truth, pieces)
    assert [c for c in found.contradictions() if c.certain] == []
    assert all(check.statement.value in check.range for check in found.check_statements())


@settings(max_examples=200, deadline=None)
@given(cases())
def test_ranges_never_decrease_over_time(
    case: tuple[TrueCareer, Pieces, list[datetime.date]],
) -> None:
    truth, pieces, asked = case
    found = evidence(truth, pieces)
    for figure in Figure:
        ranges = [found.range_of(figure, day) for day in [*asked, found.horizon()]]
        for earlier, later in itertools.pairwise(ranges):
            assert earlier.min <= later.min
            if earlier.max is not None and later.max is not None:
                assert earlier.max <= later.max
            assert not (earlier.max is None and later.max is not None)


@st.composite
def nested(draw: st.DrawFn) -> tuple[TrueCareer, Pieces, Pieces, list[datetime.date]]:
    truth, pieces, asked = draw(cases())
    return truth, pieces, draw(subsets(pieces)), asked


@settings(max_examples=300, deadline=None)
@given(nested())
def test_adding_evidence_never_widens_a_range(
    case: tuple[TrueCareer, Pieces, Pieces, list[datetime.date]],
) -> None:
    truth, more, fewer, asked = case
    wide, narrow = evidence(truth, fewer), evidence(truth, more)
    for day in asked:
        for figure in Figure:
            outer, inner = wide.range_of(figure, day), narrow.range_of(figure, day)
            assert outer.min <= inner.min, (figure, day)
            if outer.max is not None:
                assert inner.max is not None, (figure, day)
                assert inner.max <= outer.max, (figure, day)


@settings(max_examples=200, deadline=None)
@given(cases(), st.integers(1, 12))
def test_a_milestone_date_brackets_the_true_one(
    case: tuple[TrueCareer, Pieces, list[datetime.date]], n: int
) -> None:
    truth, pieces, _ = case
    found = evidence(truth, pieces)
    for figure in Figure:
        milestone = found.milestone(figure, n)
        reached = next(
            (day for day, _ in truth.caps if truth.figure_on(figure, day) >= n),
            None,
        )
        if milestone.status is MilestoneStatus.NOT_REACHED:
            assert reached is None
            continue
        if reached is None:
            continue
        assert milestone.earliest is None or milestone.earliest <= reached
        if milestone.latest is not None:
            assert reached <= milestone.latest


@settings(max_examples=200, deadline=None)
@given(cases())
def test_each_recorded_goal_has_its_true_numbers(
    case: tuple[TrueCareer, Pieces, list[datetime.date]],
) -> None:
    truth, pieces, _ = case
    found = evidence(truth, pieces)
    for recorded in found.recorded_goals():
        paragraph = recorded.appearance.cite[0].paragraph
        assert paragraph is not None
        day = truth.caps[paragraph - 1][0]
        before = truth.goals_on(day - datetime.timedelta(days=1))
        position = recorded.appearance.goals.index(recorded.goal)
        assert before + position + 1 in recorded.goal_number
        assert truth.caps_on(day) in recorded.cap_number
