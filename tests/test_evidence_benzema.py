"""careerstats.evidence on the bundled Benzema fixture, without and with the results data set.

Expected figures are computed here from the fixture and the data set, not typed in.
"""

from __future__ import annotations

import datetime

import attrs
import pytest

from careerstats.datasets.international_results import InternationalResults
from careerstats.dates import PartialDate
from careerstats.evidence import (
    BindingKind,
    ContradictionKind,
    Evidence,
    Figure,
    MilestoneStatus,
    Verdict,
)
from careerstats.model import Appearance, Career, Citation, StatedTotal
from careerstats.reconcile import (
    RESULTS,
    evidence_with_dataset,
    player_goals,
    team_matches,
    with_dataset_goals,
)

from .conftest import SHARED

FOLDER = SHARED / "data" / "international_results"
EURO_2020 = datetime.date(2021, 6, 28)  # France's last match of Euro 2020


@pytest.fixture(scope="module")
def data() -> InternationalResults:
    if not (FOLDER / "results.csv").is_file():
        pytest.skip(f"{FOLDER} is absent: the data set lives in ../shared beside the checkout")
    return InternationalResults.load(FOLDER)


def final(career: Career, field: str) -> int:
    (value,) = {getattr(total, field) for total in career.stated_totals if total.final}
    assert isinstance(value, int)
    return value


def goals_in(cap: Appearance) -> int:
    return sum(1 for goal in cap.goals if not goal.own_goal)


def recorded_by(career: Career, day: datetime.date) -> list[Appearance]:
    return [cap for cap in career.appearances if cap.match.date.latest <= day]


def recorded_after(career: Career, day: datetime.date) -> list[Appearance]:
    return [cap for cap in career.appearances if cap.match.date.earliest > day]


def test_without_the_data_set_the_recorded_caps_and_the_final_total(benzema: Career) -> None:
    found = Evidence.of(benzema).on(EURO_2020)
    assert found.caps.min == len(recorded_by(benzema, EURO_2020))
    assert found.caps.min_binding.kind is BindingKind.RECORDED
    assert found.caps.max == final(benzema, "caps") - len(recorded_after(benzema, EURO_2020))
    assert found.caps.max_binding is not None
    assert found.caps.max_binding.kind is BindingKind.FINAL
    assert found.goals.min == sum(map(goals_in, recorded_by(benzema, EURO_2020)))
    assert found.goals.max == final(benzema, "goals")


def test_at_the_end_the_final_totals_are_exact(benzema: Career) -> None:
    end = Evidence.of(benzema).at_end()
    assert (end.caps.exact, end.goals.exact) == (final(benzema, "caps"), final(benzema, "goals"))


def test_95_caps_then_94_a_week_later_is_a_contradiction_naming_both(benzema: Career) -> None:
    first = StatedTotal(caps=95, as_of=PartialDate(2021, 10, 3), cite=(Citation(file="x.txt"),))
    second = StatedTotal(caps=94, as_of=PartialDate(2021, 10, 10), cite=(Citation(file="y.txt"),))
    career = attrs.evolve(benzema, stated_totals=(*benzema.stated_totals, first, second))
    found = [
        c
        for c in Evidence.of(career).contradictions()
        if c.kind is ContradictionKind.TOTAL_GOES_DOWN
    ]
    assert [[s.total for s in c.statements] for c in found] == [[first, second]]
    assert found[0].cite == (*first.cite, *second.cite)
    assert found[0].certain


def test_the_100th_cap_is_not_reached(benzema: Career) -> None:
    hundredth = Evidence.of(benzema).milestone(Figure.CAPS, 100)
    assert final(benzema, "caps") < 100
    assert hundredth.status is MilestoneStatus.NOT_REACHED


def test_without_the_data_set_the_long_absence_follows_the_debut(benzema: Career) -> None:
    (long, *_) = Evidence.of(benzema).absence_bounds()
    assert long.absence == benzema.absences[0]
    debut = next(cap for cap in benzema.appearances if cap.debut)
    assert (long.last_before, long.first_after) == (debut, None)


# --- with the data set ---------------------------------------------------------------------------


def eligible_france_matches(
    benzema: Career, data: InternationalResults, day: datetime.date
) -> tuple[int, int]:
    """France's matches (and goals) from the debut's first day to ``day``, less those certainly
    inside an absence: counted here from the data set, independently of the evidence."""
    debut = next(cap for cap in benzema.appearances if cap.debut)
    count = goals = 0
    for match in data.matches_of("France"):
        if not debut.match.date.earliest <= match.date <= day:
            continue
        if any(a.start.latest < match.date < a.end.earliest for a in benzema.absences):
            continue
        count += 1
        goals += match.home_score if match.home_team == "France" else match.away_score
    return count, goals


def test_with_the_data_set_the_range_on_euro_2020s_last_day(
    benzema: Career, data: InternationalResults
) -> None:
    career = with_dataset_goals(benzema, data)
    found = evidence_with_dataset(benzema, data).on(EURO_2020)
    matches, team_goals = eligible_france_matches(benzema, data, EURO_2020)
    # At least: what is recorded by then, or the final total less every eligible France match
    # after the day (he cannot have gained more caps than that).
    assert benzema.retirement is not None
    to_end, _ = eligible_france_matches(benzema, data, benzema.retirement.date.latest)
    assert found.caps.min == max(
        len(recorded_by(career, EURO_2020)), final(benzema, "caps") - (to_end - matches)
    )
    assert found.caps.max == min(
        final(benzema, "caps") - len(recorded_after(career, EURO_2020)), matches
    )
    assert found.goals.min == sum(map(goals_in, recorded_by(career, EURO_2020)))
    goals_after = sum(map(goals_in, recorded_after(career, EURO_2020)))
    assert found.goals.max == min(final(benzema, "goals") - goals_after, team_goals)
    # The bounds name their evidence: the recorded events, and a total or the calendar.
    assert found.goals.min_binding.kind is BindingKind.RECORDED
    assert found.caps.max_binding is not None
    assert found.caps.max_binding.kind in (BindingKind.FINAL, BindingKind.TEAM_CALENDAR)
    if found.caps.max_binding.kind is BindingKind.TEAM_CALENDAR:
        assert Citation(file=RESULTS) in found.caps.max_binding.cite
    assert found.caps.min < found.caps.max  # a range: nothing guessed between


def test_with_the_data_set_the_long_absence_is_bounded_by_his_goals(
    benzema: Career, data: InternationalResults
) -> None:
    (long, *_) = evidence_with_dataset(benzema, data).absence_bounds()
    goal_days = [goal.date for goal in player_goals(benzema, data)]
    start, end = benzema.absences[0].start, benzema.absences[0].end
    last_goal_before = max(d for d in goal_days if d < start.latest)
    first_goal_after = min(d for d in goal_days if d > end.earliest)
    assert long.last_before is not None
    assert long.first_after is not None
    assert long.last_before.match.date == PartialDate.from_date(last_goal_before)
    assert long.first_after.match.date == PartialDate.from_date(first_goal_after)
    assert long.end_by == first_goal_after - datetime.timedelta(days=1)  # back for that match


def test_with_the_data_set_each_goal_has_a_running_number(
    benzema: Career, data: InternationalResults
) -> None:
    found = evidence_with_dataset(benzema, data)
    goals = found.recorded_goals()
    career = with_dataset_goals(benzema, data)
    assert len(goals) == sum(map(goals_in, career.appearances))
    lows = [goal.goal_number.min for goal in goals]
    assert lows == sorted(lows)
    assert lows[0] == 1  # the debut goal: nothing before the debut
    for goal in goals:
        high = goal.goal_number.max
        assert high is not None
        assert goal.goal_number.min <= high <= final(benzema, "goals")
        assert goal.cap_number.max is not None


def test_with_the_data_set_the_calendar_finds_no_contradiction(
    benzema: Career, data: InternationalResults
) -> None:
    assert evidence_with_dataset(benzema, data).contradictions() == ()


def test_the_calendar_is_the_teams_matches(benzema: Career, data: InternationalResults) -> None:
    calendar = team_matches(benzema, data)
    assert calendar is not None
    assert len(calendar) == len(data.matches_of("France"))


def test_each_final_total_agrees_with_the_other(benzema: Career) -> None:
    checks = Evidence.of(benzema).check_statements()
    assert len(checks) == 2 * len(benzema.stated_totals)
    for check in checks:
        field = check.statement.figure.value
        others = {
            getattr(total, field)
            for index, total in enumerate(benzema.stated_totals)
            if index != check.statement.index
        }
        expected = Verdict.AGREES if others == {check.statement.value} else Verdict.CONTRADICTS
        assert check.verdict is expected
