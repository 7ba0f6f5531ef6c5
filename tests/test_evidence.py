"""careerstats.evidence on a small hand-written career where every rule binds once.

The team played ten matches in 2010 and one in 2011 (A to J below); the player's true career is
five caps (B, C, E, G, I) and three goals (in B, C and I). The evidence: B (his debut, with his
goal), E and G recorded; 3 caps and 2 goals stated as of April 2010; 5 caps and 3 goals at the
career's end; an absence from June to August 2010 (match F certainly inside it); retired in
December 2010 (match J after it); and the calendar.
"""

from __future__ import annotations

import datetime

import attrs
import pytest

from careerstats.dates import PartialDate
from careerstats.evidence import (
    BindingKind,
    ContradictionKind,
    Evidence,
    Figure,
    MilestoneStatus,
    Range,
    TeamMatch,
    Verdict,
)
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


def cite(paragraph: int) -> tuple[Citation, ...]:
    return (Citation(file="a.txt", paragraph=paragraph),)


def day(text: str) -> datetime.date:
    return datetime.date.fromisoformat(text)


CALENDAR = tuple(
    TeamMatch(date=day(date), goals_for=goals, opponent=opponent)
    for date, goals, opponent in [
        ("2010-01-10", 2, "A-land"),  # before the debut
        ("2010-02-10", 1, "B-land"),  # the debut, recorded, his goal
        ("2010-02-20", 3, "C-land"),
        ("2010-03-10", 1, "D-land"),
        ("2010-03-20", 2, "E-land"),  # recorded
        ("2010-07-10", 4, "F-land"),  # certainly inside the absence
        ("2010-09-10", 1, "G-land"),  # recorded
        ("2010-09-20", 2, "H-land"),
        ("2010-10-10", 2, "I-land"),
        ("2011-01-10", 1, "J-land"),  # after the retirement
    ]
)


def cap(date: str, opponent: str, goals: int = 0, *, debut: bool = False) -> Appearance:
    return Appearance(
        match=Match(date=PartialDate.parse(date), opponent=opponent),
        debut=debut,
        goals=tuple(Goal(minute=10 * (n + 1)) for n in range(goals)),
        cite=cite(2),
    )


B = cap("2010-02-10", "B-land", 1, debut=True)
E = cap("2010-03-20", "E-land")
G = cap("2010-09-10", "G-land")
APRIL = StatedTotal(caps=3, goals=2, as_of=PartialDate(2010, 4), cite=cite(5))
FINAL = StatedTotal(caps=5, goals=3, final=True, cite=cite(6))
ABSENCE = Absence(
    start=PartialDate(2010, 6),
    end=PartialDate(2010, 8),
    kind=AbsenceKind.INJURY,
    reason="Knee",
    cite=cite(7),
)
CAREER = Career(
    player=Player(id="jo-example", name="Jo Example", cite=cite(1)),
    team=Team(name="Utopia"),
    appearances=(B, E, G),
    stated_totals=(APRIL, FINAL),
    absences=(ABSENCE,),
    retirement=Retirement(date=PartialDate(2010, 12), cite=cite(8)),
)


@pytest.fixture(scope="module")
def evidence() -> Evidence:
    return Evidence.of(CAREER, CALENDAR)


def ends(found: Range) -> tuple[int, int | None, BindingKind, BindingKind | None]:
    high = found.max_binding
    return (found.min, found.max, found.min_binding.kind, None if high is None else high.kind)


def test_before_the_debut_there_is_no_cap(evidence: Evidence) -> None:
    assert ends(evidence.caps_on(day("2010-01-31"))) == (
        0,
        0,
        BindingKind.DEBUT,
        BindingKind.DEBUT,
    )


def test_the_team_calendar_from_the_debut_bounds_the_caps(evidence: Evidence) -> None:
    found = evidence.caps_on(day("2010-02-15"))
    assert ends(found) == (1, 1, BindingKind.RECORDED, BindingKind.TEAM_CALENDAR)
    assert found.exact == 1
    assert found.max_binding is not None
    assert found.max_binding.statement is None  # 0 at the debut
    assert found.max_binding.matches == 1


def test_a_later_statement_less_the_appearances_recorded_before_it(evidence: Evidence) -> None:
    found = evidence.caps_on(day("2010-03-15"))
    # At least 2 too: April's 3, less the one team match (E) he can have played after the 15th.
    assert ends(found) == (2, 2, BindingKind.TEAM_CALENDAR, BindingKind.STATED)
    assert found.min_binding.statement is not None
    assert found.min_binding.statement.total == APRIL
    assert (found.min_binding.taken, found.min_binding.matches) == (1, 1)
    assert found.max_binding is not None
    assert found.max_binding.statement is not None
    assert found.max_binding.statement.total == APRIL
    assert found.max_binding.taken == 1  # E, on 2010-03-20


def test_a_month_statement_counts_once_its_whole_month_is_past(evidence: Evidence) -> None:
    inside = evidence.caps_on(day("2010-04-15"))
    # April is not yet all past, so its 3 is no "stated" lower bound yet; but the team plays no
    # match from the 15th to the month's end, so April's 3 less none binds through the calendar.
    assert inside.min_binding.kind is BindingKind.TEAM_CALENDAR
    assert (inside.min, inside.min_binding.matches) == (3, 0)
    unaware = Evidence.of(CAREER).caps_on(day("2010-04-15"))
    assert (unaware.min, unaware.min_binding.kind) == (2, BindingKind.RECORDED)
    found = evidence.caps_on(day("2010-05-15"))
    assert ends(found) == (3, 3, BindingKind.STATED, BindingKind.TEAM_CALENDAR)
    assert found.max_binding is not None
    assert found.max_binding.statement is not None
    assert found.max_binding.statement.total == APRIL
    assert found.max_binding.matches == 0


def test_a_match_certainly_inside_an_absence_is_no_cap(evidence: Evidence) -> None:
    assert evidence.caps_on(day("2010-07-31")).exact == 3
    unaware = Evidence.of(attrs.evolve(CAREER, absences=()), CALENDAR)
    assert unaware.caps_on(day("2010-07-31")).max == 4  # match F would count


def test_a_statement_plus_the_appearances_recorded_since(evidence: Evidence) -> None:
    found = evidence.caps_on(day("2010-09-15"))
    assert found.exact == 4
    assert found.min_binding.kind is BindingKind.RECORDED_SINCE
    assert found.min_binding.added == 1  # G, on 2010-09-10
    assert found.min_binding.cite == cite(5)


def test_the_final_total_bounds_the_caps_and_holds_after_the_end(evidence: Evidence) -> None:
    # The team plays no eligible match from 31 October to the retirement: exactly the final 5.
    assert ends(evidence.caps_on(day("2010-10-31"))) == (
        5,
        5,
        BindingKind.TEAM_CALENDAR,
        BindingKind.FINAL,
    )
    unaware = Evidence.of(CAREER).caps_on(day("2010-10-31"))
    assert ends(unaware) == (4, 5, BindingKind.RECORDED_SINCE, BindingKind.FINAL)
    after = evidence.caps_on(day("2011-06-30"))
    assert ends(after) == (5, 5, BindingKind.FINAL, BindingKind.FINAL)
    assert evidence.at_end().caps == after
    assert evidence.at_end().goals.exact == 3


def test_goals_are_bounded_by_the_team_goals_and_by_statements(evidence: Evidence) -> None:
    first = evidence.goals_on(day("2010-02-15"))
    assert ends(first) == (1, 1, BindingKind.RECORDED, BindingKind.TEAM_CALENDAR)
    assert first.max_binding is not None
    assert first.max_binding.added == 1  # the team's goal in B
    assert ends(evidence.goals_on(day("2010-03-15"))) == (
        1,
        2,
        BindingKind.RECORDED,
        BindingKind.STATED,
    )


def test_a_partial_date_asks_for_its_latest_day(evidence: Evidence) -> None:
    assert evidence.caps_on(PartialDate(2010, 5)) == evidence.caps_on(day("2010-05-31"))


def test_no_evidence_is_no_cap_known() -> None:
    empty = Evidence.of(attrs.evolve(CAREER, appearances=(), stated_totals=()))
    found = empty.caps_on(day("2010-05-01"))
    assert ends(found) == (0, None, BindingKind.NO_EVIDENCE, None)


def test_the_true_evidence_has_no_contradiction(evidence: Evidence) -> None:
    assert evidence.contradictions() == ()


def with_totals(*totals: StatedTotal) -> Evidence:
    return Evidence.of(
        attrs.evolve(CAREER, stated_totals=(*CAREER.stated_totals, *totals)), CALENDAR
    )


def test_a_total_that_goes_down_is_a_contradiction() -> None:
    june = StatedTotal(caps=2, as_of=PartialDate(2010, 6, 15), cite=cite(9))
    (found,) = with_totals(june).contradictions()
    assert found.kind is ContradictionKind.TOTAL_GOES_DOWN
    assert [s.total for s in found.statements] == [APRIL, june]
    assert (found.count, found.limit, found.certain) == (2, 3, True)


def test_more_caps_gained_than_the_team_played_is_a_contradiction() -> None:
    may = StatedTotal(caps=4, goals=3, as_of=PartialDate(2010, 5, 15), cite=cite(9))
    found = with_totals(may).contradictions()
    assert [(c.kind, c.figure, c.count, c.limit, c.matches) for c in found] == [
        (ContradictionKind.MORE_CAPS_THAN_MATCHES, Figure.CAPS, 1, 0, 0),
        (ContradictionKind.MORE_GOALS_THAN_TEAM_SCORED, Figure.GOALS, 1, 0, 0),
    ]
    assert all([s.total for s in c.statements] == [APRIL, may] for c in found)


def test_a_gain_the_team_can_have_played_only_on_some_days_is_a_possible_contradiction() -> None:
    # 3 caps as of April, 5 as of September: the team's eligible matches G and H (September)
    # allow it, unless April meant its last day and September its first.
    september = StatedTotal(caps=5, as_of=PartialDate(2010, 9), cite=cite(9))
    (found,) = with_totals(september).contradictions()
    assert (found.kind, found.count, found.limit, found.certain) == (
        ContradictionKind.MORE_CAPS_THAN_MATCHES,
        2,
        0,
        False,
    )


def test_a_total_below_the_appearances_recorded_by_its_date() -> None:
    certain = StatedTotal(caps=1, as_of=PartialDate(2010, 3, 31), cite=cite(9))
    found_all = with_totals(certain).contradictions()
    # Also: 2 more caps by April, and 4 more by the end, than the team played after 31 March.
    assert [(c.kind, c.count, c.limit) for c in found_all] == [
        (ContradictionKind.MORE_CAPS_THAN_MATCHES, 2, 0),
        (ContradictionKind.MORE_CAPS_THAN_MATCHES, 4, 3),
        (ContradictionKind.BELOW_RECORDED, 2, 1),
    ]
    found = found_all[-1]
    assert found.appearances == (B, E)
    assert (found.count, found.limit, found.certain) == (2, 1, True)
    possible = StatedTotal(caps=1, as_of=PartialDate(2010, 3), cite=cite(9))
    maybe = with_totals(possible).contradictions()
    assert [(c.kind, c.certain) for c in maybe][-1] == (ContradictionKind.BELOW_RECORDED, False)


def test_an_appearance_on_a_day_the_team_did_not_play() -> None:
    stray = cap("2010-03-05", "Nowhere")
    career = attrs.evolve(CAREER, appearances=(*CAREER.appearances, stray))
    kinds = [(c.kind, c.appearances) for c in Evidence.of(career, CALENDAR).contradictions()]
    assert (ContradictionKind.NO_TEAM_MATCH, (stray,)) in kinds


def test_more_goals_than_the_team_scored_in_a_match() -> None:
    brace = cap("2010-03-10", "D-land", 2)
    career = attrs.evolve(CAREER, appearances=(*CAREER.appearances, brace))
    found = [c for c in Evidence.of(career, CALENDAR).contradictions() if c.appearances == (brace,)]
    assert [(c.kind, c.count, c.limit) for c in found] == [
        (ContradictionKind.MORE_GOALS_THAN_MATCH, 2, 1)
    ]
    # Known to the month only: more than the team scored in any of its matches that month.
    hat_trick = cap("2010-09", "G-land", 3)
    career = attrs.evolve(CAREER, appearances=(*CAREER.appearances, hat_trick))
    found = [
        c for c in Evidence.of(career, CALENDAR).contradictions() if c.appearances == (hat_trick,)
    ]
    assert [(c.kind, c.count, c.limit, c.matches) for c in found] == [
        (ContradictionKind.MORE_GOALS_THAN_MATCH, 3, 2, 2)
    ]


def test_each_statement_against_the_rest(evidence: Evidence) -> None:
    checks = {(c.statement.figure, c.statement.total.final): c for c in evidence.check_statements()}
    april_caps = checks[(Figure.CAPS, False)]
    assert (april_caps.range.min, april_caps.range.max) == (2, 4)  # B and E; 4 matches by April
    assert april_caps.verdict is Verdict.CONSISTENT
    september = StatedTotal(caps=4, as_of=PartialDate(2010, 9, 15), cite=cite(9))
    (agreeing,) = [
        c for c in with_totals(september).check_statements() if c.statement.total == september
    ]
    assert (agreeing.verdict, agreeing.range.exact) == (Verdict.AGREES, 4)
    june = StatedTotal(caps=2, as_of=PartialDate(2010, 6, 15), cite=cite(9))
    (contradicting,) = [
        c for c in with_totals(june).check_statements() if c.statement.total == june
    ]
    assert contradicting.verdict is Verdict.CONTRADICTS
    assert contradicting.range.exact == 3
    assert contradicting.range.min_binding.kind is BindingKind.STATED


def test_milestones_exact_ranged_and_not_reached(evidence: Evidence) -> None:
    first = evidence.milestone(Figure.CAPS, 1)
    assert (first.status, first.latest, first.appearance) == (
        MilestoneStatus.EXACT,
        day("2010-02-10"),
        B,
    )
    fourth = evidence.milestone(Figure.CAPS, 4)
    assert (fourth.status, fourth.earliest, fourth.appearance) == (
        MilestoneStatus.EXACT,
        day("2010-09-10"),
        G,
    )
    assert fourth.team_match == CALENDAR[6]
    # Exactly 2 caps by 15 March (April's 3 less the one match left), E recorded on the 20th:
    # the third cap is E. Without the calendar it falls between E's day and April's end.
    third = evidence.milestone(Figure.CAPS, 3)
    assert (third.status, third.earliest, third.appearance) == (
        MilestoneStatus.EXACT,
        day("2010-03-20"),
        E,
    )
    unaware = Evidence.of(CAREER).milestone(Figure.CAPS, 3)
    assert (unaware.status, unaware.earliest, unaware.latest) == (
        MilestoneStatus.RANGE,
        day("2010-03-20"),
        day("2010-04-30"),
    )
    assert unaware.latest_binding is not None
    assert unaware.latest_binding.kind is BindingKind.STATED
    assert evidence.milestone(Figure.CAPS, 6).status is MilestoneStatus.NOT_REACHED
    assert [m.n for m in evidence.milestones(caps=(1, 2), goals=(1,))] == [1, 2, 1]


def test_recorded_goals_carry_their_numbers(evidence: Evidence) -> None:
    (goal,) = evidence.recorded_goals()
    assert goal.appearance == B
    assert (goal.goal_number.exact, goal.cap_number.exact) == (1, 1)


def test_an_absence_is_bounded_by_the_appearances_around_it(evidence: Evidence) -> None:
    (bounds,) = evidence.absence_bounds()
    assert (bounds.last_before, bounds.first_after) == (E, G)
    assert (bounds.start_from, bounds.end_by) == (day("2010-06-01"), day("2010-08-31"))


def test_running_totals_by_match_month_and_year(evidence: Evidence) -> None:
    by_match = evidence.running_totals("match")
    eligible = ["2010-02-10", "2010-02-20", "2010-03-10", "2010-03-20"]
    eligible += ["2010-09-10", "2010-09-20", "2010-10-10"]
    assert [row.date for row in by_match] == [day(d) for d in eligible]
    assert [str(row.caps) for row in by_match] == ["1", "1–2", "2", "3", "4", "4–5", "5"]
    by_month = evidence.running_totals("month")
    assert by_month[0].date == day("2010-02-28")
    assert by_month[-1].date == day("2010-12-31")
    assert by_month[-1].caps.exact == 5
    (year,) = evidence.running_totals("year")
    assert (year.date, year.caps.exact, year.goals.exact) == (day("2010-12-31"), 5, 3)


def test_the_evidence_layer_imports_only_the_model_and_dates() -> None:
    """DESIGN.md: evidence sits between the model and the statistics, so it imports neither
    the statistics, the claims nor any output module, at any depth of the file."""
    import ast
    from pathlib import Path

    import careerstats.evidence

    tree = ast.parse(Path(careerstats.evidence.__file__).read_text(encoding="utf-8"))
    imported = {
        node.module
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom)
        and node.module
        and node.module.startswith("careerstats")
    }
    imported |= {
        alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.Import)
        for alias in node.names
        if alias.name.startswith("careerstats")
    }
    assert imported == {"careerstats.dates", "careerstats.model"}
