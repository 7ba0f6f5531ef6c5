"""Issue 10, items 2, 3, 7 and 8: figures from stated totals, as of a date, and tournaments.

Each test is named after what broke, with its input beside it. Figures are asserted against
values computed from the career, never a constant copied from an article.
"""

from __future__ import annotations

import json
import re

import pytest

from careerstats import statistics as stats
from careerstats.claims import Verdict, check_claims
from careerstats.cli import main
from careerstats.dates import PartialDate
from careerstats.fixtures import FixtureSet
from careerstats.model import (
    Absence,
    AbsenceKind,
    Appearance,
    Career,
    Citation,
    Finish,
    Goal,
    Match,
    Player,
    Retirement,
    StatedTotal,
    Team,
    TeamFinish,
    Tournament,
)
from careerstats.render import render_summary, summary_to_dict
from careerstats.words import subject, value

from ..conftest import PLAYER_TOML, SHARED, TOURNAMENTS_TOML, FixtureFactory

RESULTS = SHARED / "data" / "international_results"
PLAYER_FILE = "fx/players/jo-example.toml"


def cite(text: str = "a.txt#1") -> tuple[Citation, ...]:
    file, _, paragraph = text.partition("#")
    return (Citation(file=file, paragraph=int(paragraph) if paragraph else None),)


def cap(
    date: str, goals: int = 0, *, debut: bool = False, competition: str | None = None
) -> Appearance:
    return Appearance(
        match=Match(date=PartialDate.parse(date), opponent="Freedonia", competition=competition),
        debut=debut,
        goals=(Goal(),) * goals,
        cite=cite(),
    )


def stated(
    caps: int | None = None, goals: int | None = None, source: str = "a.txt#1", **more: object
) -> StatedTotal:
    return StatedTotal(caps=caps, goals=goals, cite=cite(source), **more)  # type: ignore[arg-type]


def career(**facts: object) -> Career:
    player = Player(id="jo", name="Jo", born=PartialDate(1990, 7, 1), cite=cite())
    return Career(player=player, team=Team(name="Utopia"), **facts)  # type: ignore[arg-type]


def day(text: str) -> PartialDate:
    return PartialDate.parse(text)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    # Wide enough that no table row wraps (issue 12: text fits 100 columns by default).
    wide = ["--width", "300"] if argv[0] == "summary" and "--format" not in argv else []
    code = main([*argv, *wide])
    out, err = capsys.readouterr()
    return code, out, err


def row(out: str, label: str) -> str:
    return next(line for line in out.splitlines() if line.startswith(label))


# --- 10.2: totals stated for one date, and totals that go down ---------------------------------


def test_totals_stated_for_one_date_use_the_value_most_sources_give_not_file_order() -> None:
    # Regression: `_total` took max(dated, key=date): among totals of one date, the first in
    # the file, so 30 (one source) beat 31 (two sources).
    on = day("2015-06-02")
    totals = (
        stated(30, source="a.txt#3", as_of=on),
        stated(31, source="b.txt#2", as_of=on),
        stated(31, source="c.txt#1", as_of=on),
    )
    majority = max({t.caps for t in totals}, key=lambda v: sum(t.caps == v for t in totals))
    for order in (totals, totals[::-1]):
        total = stats.caps(career(stated_totals=order))
        assert (total.value, total.other_values) == (majority, (30,))
        assert total.tied == ()
        assert {str(c) for c in total.cite} == {"b.txt#2", "c.txt#1"}


def test_a_tie_between_sources_for_one_date_has_no_value_and_the_page_says_so() -> None:
    # Regression: of 95 and 96 stated on one date, the one first in the file was the figure.
    on = day("2021-06-02")
    made = career(
        appearances=(cap("2007-03", debut=True),),
        stated_totals=(
            stated(95, source="a.txt#3", as_of=on),
            stated(96, source="b.txt#2", as_of=on),
        ),
    )
    total = stats.caps(made)
    assert (total.value, total.tied) == (None, (95, 96))
    assert stats.caps_short_of_century(made) is None  # no figure is guessed from a tie
    page = render_summary(stats.summarize(made))
    assert "sources disagree: 95 or 96" in row(page, "Caps ")
    assert summary_to_dict(stats.summarize(made))["totals"]["caps"]["tied_values"] == [95, 96]


def test_a_tie_between_career_end_totals_is_not_settled_by_file_order() -> None:
    made = career(stated_totals=(stated(41, final=True), stated(40, source="b.txt#1", final=True)))
    assert stats.caps(made).tied == (40, 41)
    assert stats.caps(made).value is None


def test_totals_for_one_date_that_differ_are_a_disagreement_in_claims() -> None:
    # Regression: only career-end totals were compared, so 95 and 96 on one date passed unseen.
    on = day("2021-06-02")
    made = career(
        appearances=(cap("2007-03", debut=True),),
        stated_totals=(
            stated(95, source="a.txt#3", as_of=on),
            stated(96, source="b.txt#2", as_of=on),
        ),
    )
    found = [
        (
            subject(d.subject),
            d.field,
            [(value(v.value), [str(c) for c in v.cite]) for v in d.versions],
        )
        for d in check_claims(made).disagreements
    ]
    assert found == [
        ("career caps as of 2021-06-02", "figure", [("95", ["a.txt#3"]), ("96", ["b.txt#2"])])
    ]


DOWN = (
    PLAYER_TOML.replace("caps = 40", "caps = 97").replace('date = "2019-09"', 'date = "2022-12"')
    + """
[[stated_totals]]
caps = 95
as_of = 2021-06-02
cite = ["a.txt#3"]

[[stated_totals]]
caps = 94
as_of = 2021-06-09
cite = ["b.txt#2"]

[[stated_totals]]
caps = 90
as_of = "2021-06"
cite = ["b.txt#2"]
"""
)


def test_a_total_stated_lower_after_a_higher_one_is_an_error(
    make_fixtures: FixtureFactory,
) -> None:
    # Regression: 94 caps stated a week after 95 passed validation. The month-precision 90 of
    # June 2021 may be before either, so it is not ordered against them; but it is certainly
    # before the career-end 97, which is no lower.
    root = make_fixtures(player=DOWN)
    problems = [str(p) for p in FixtureSet(root).check(root / "players" / "jo-example.toml")]
    assert problems == [
        f"{PLAYER_FILE}: stated_totals[2]: 94 caps stated on 2021-06-09 [b.txt#2] after 95 "
        "stated on 2021-06-02 [a.txt#3]: totals never go down"
    ]


def test_a_career_end_total_below_a_dated_one_is_an_error(make_fixtures: FixtureFactory) -> None:
    root = make_fixtures(
        player=PLAYER_TOML + '\n[[stated_totals]]\ngoals = 13\nas_of = 2015\ncite = ["b.txt#1"]\n'
    )
    problems = [str(p) for p in FixtureSet(root).check(root / "players" / "jo-example.toml")]
    assert problems == [
        f"{PLAYER_FILE}: stated_totals[0]: 12 goals stated at the career's end [a.txt#2] after "
        "13 stated in 2015 [b.txt#1]: totals never go down"
    ]


# --- 10.3: a career-end total holds from the last cap ------------------------------------------

LAST_CAP = "2010-06-22"
RETIRED = "2010-07-15"


def henry_like(final_as_of: str | None) -> Career:
    """Three recorded caps, a dated total before the last cap, and a career-end total."""
    return career(
        appearances=(cap("2008-06-01", 1, debut=True), cap("2009-06-01"), cap(LAST_CAP)),
        stated_totals=(
            stated(113, 50, as_of=day("2010-05")),
            stated(
                123,
                51,
                source="b.txt#1",
                final=True,
                **({} if final_as_of is None else {"as_of": day(final_as_of)}),
            ),
        ),
        retirement=Retirement(date=day(RETIRED), cite=cite()),
    )


def test_a_final_total_dated_to_the_last_cap_holds_before_the_retirement() -> None:
    # Regression: between the last cap and the retirement, the stated final 123 caps / 51
    # goals read 113/50, as if the final total waited for the retirement.
    made = henry_like(LAST_CAP)
    final = next(t for t in made.stated_totals if t.final)
    between = stats.known_by(made, day("2010-07-01"))
    assert (stats.caps(between).value, stats.goals(between).value) == (final.caps, final.goals)
    before = stats.known_by(made, day("2010-06-21"))
    dated = next(t for t in made.stated_totals if not t.final)
    assert (stats.caps(before).value, stats.goals(before).value) == (dated.caps, dated.goals)
    assert stats.holds_from(made, final) == day(LAST_CAP)


def test_a_final_total_without_a_date_holds_from_the_last_cap_when_every_cap_is_recorded() -> None:
    complete = career(
        appearances=(cap("2008-06-01", 1, debut=True), cap("2009-06-01", 2), cap(LAST_CAP)),
        stated_totals=(stated(3, 5, final=True),),
        retirement=Retirement(date=day(RETIRED), cite=cite()),
    )
    final = complete.stated_totals[0]
    between = stats.known_by(complete, day("2010-07-01"))
    assert (stats.caps(between).value, stats.goals(between).value) == (final.caps, final.goals)
    assert not stats.goals(between).lower_bound
    # With caps missing from the record, the last one recorded need not be the last cap: the
    # final total then waits for the retirement rather than be guessed to hold earlier.
    incomplete = henry_like(None)
    assert stats.caps(stats.known_by(incomplete, day("2010-07-01"))).value == 113
    assert stats.caps(stats.known_by(incomplete, day(RETIRED))).value == 123


# --- 10.7: as of a date ------------------------------------------------------------------------

CUP = Tournament(
    id="cup-2016",
    name="Cup 2016",
    edition=2016,
    start=day("2016-06-01"),
    end=day("2016-06-30"),
    finishes=(TeamFinish(team="Utopia", finish=Finish.WINNER, cite=cite()),),
    cite=cite(),
)


def test_a_tournament_under_way_shows_no_result() -> None:
    # Regression: `--as-of 2022-11-25` showed France "runner-up" at the 2022 World Cup.
    made = career(appearances=(cap("2010-03", debut=True),), tournaments=(CUP,))
    during = stats.summarize(made, day("2016-06-15"))
    (line,) = during.tournaments
    assert (line.under_way, line.team_finish, line.status) == (True, None, None)
    page = render_summary(during)
    assert "winner" not in page
    assert "Cup 2016" in row(page, "Cup 2016")
    assert row(page, "Cup 2016").count("under way") == 2
    assert summary_to_dict(during)["tournaments"][0]["under_way"] is True
    (after,) = stats.summarize(made, day("2016-07")).tournaments
    assert (after.under_way, after.team_finish) == (False, CUP.finishes[0])


def test_benzema_as_of_the_world_cup_shows_it_under_way(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, _ = run(capsys, "summary", "karim-benzema", "--as-of", "2022-11-25")
    assert code == 0
    line = row(out, "2022 FIFA World Cup")
    assert "runner-up" not in line
    assert line.split()[-2:] == ["under", "way"]


def test_an_absence_known_to_the_year_is_over_by_the_first_appearance_after_it() -> None:
    # Regression: as of a date after his return, an absence ending "2017" was cut at that
    # date, still running, while the caps after it were counted.
    absence = Absence(
        start=day("2013"), end=day("2017"), kind=AbsenceKind.INJURY, reason="Knee", cite=cite()
    )
    back = cap("2017-03-25", 1)
    made = career(appearances=(cap("2010-03", debut=True), back), absences=(absence,))
    assert stats.over_by(made, absence) == back.match.date.latest
    summary = stats.summarize(made, day("2017-06-30"))
    assert summary.career.absences == (absence,)
    longest = summary.longest_absence
    assert longest is not None
    assert longest.span.bounds() == "2013–2017"
    # Before his return, it is still running and cut at the date.
    still = stats.known_by(made, day("2017-03-01"))
    assert [str(a.end) for a in still.absences] == ["2017-03-01"]


@pytest.mark.skipif(not RESULTS.is_dir(), reason="needs the shared international results data")
def test_benzema_as_of_june_2021_his_exclusion_is_over(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Regression: `--as-of 2021-06-30` showed the 2015–2021 exclusion running to 2021-06-30
    # while counting his goals of 2021-06-23 and 2021-06-28.
    args = ("summary", "karim-benzema", "--as-of", "2021-06-30", "--results-dir", str(RESULTS))
    code, out, _ = run(capsys, *args, "--format", "json")
    assert code == 0
    data = json.loads(out)
    assert (data["longest_absence"]["from"], data["longest_absence"]["to"]) == ("2015", "2021")
    euro = next(t for t in data["tournaments"] if t["tournament"] == "euro-2020")
    assert (euro["under_way"], euro["team_finish"], euro["appearances"]) == (True, None, None)
    _, text, _ = run(capsys, *args)
    assert row(text, "Longest absence").split()[2] == "2015–2021"


@pytest.mark.parametrize(
    ("as_of", "expected"),
    [("2006", "before his debut, March 2007"), ("1980", "before his birth, 19 December 1987")],
)
def test_a_date_before_the_debut_or_the_birth_says_so(
    capsys: pytest.CaptureFixture[str], benzema: Career, as_of: str, expected: str
) -> None:
    # Regression: `summary --as-of 2006` said "not known" for every figure.
    debut = stats.debut(benzema)
    assert debut is not None
    assert benzema.player.born is not None
    when = debut.match.date if "debut" in expected else benzema.player.born
    assert expected.endswith(when.human())
    code, out, _ = run(capsys, "summary", "karim-benzema", "--as-of", as_of)
    assert code == 0
    for label in ("Caps ", "Goals ", "Debut ", "Age at debut"):
        assert expected in row(out, label), label
    assert "not known" not in out.split("Milestones")[0]
    _, raw, _ = run(capsys, "summary", "karim-benzema", "--as-of", as_of, "--format", "json")
    event = "debut" if "debut" in expected else "birth"
    assert json.loads(raw)["before"] == {"event": event, "date": str(when)}


# --- 10.8: the tournament table's apps and goals -----------------------------------------------

AT_CUP = (
    PLAYER_TOML.split("[[entries]]")[0]
    + """
[[appearances]]
cite = ["a.txt#1"]
[appearances.match]
date = 2012-06-10
opponent = "Sylvania"
competition = "cup-2012"
[[appearances.goals]]
minute = 3
[[appearances.goals]]
minute = 50

[[appearances]]
cite = ["a.txt#1"]
[appearances.match]
date = 2012-06-14
opponent = "Arcadia"
competition = "cup-2012"
[[appearances.goals]]
minute = 8
"""
)


def entry(more: str = "") -> str:
    return (
        f'\n[[entries]]\ntournament = "cup-2012"\nstatus = "played"\ncite = ["b.txt#4"]\n{more}\n'
    )


def test_tournament_apps_and_goals_are_counted_where_the_entry_states_none(
    make_fixtures: FixtureFactory, capsys: pytest.CaptureFixture[str]
) -> None:
    # Regression: the table left Apps and Goals empty though the appearances were recorded.
    root = make_fixtures(player=AT_CUP + entry())
    made = FixtureSet(root).career("jo-example")
    recorded = [cap for cap in made.appearances if cap.match.competition == "cup-2012"]
    scored = sum(stats.goals_in(cap) for cap in recorded)
    line = next(ln for ln in stats.tournaments(made) if ln.tournament.id == "cup-2012")
    # Counted from a fixture's appearances, which may not be all: lower bounds (issue 15).
    assert line.appearances == stats.TournamentCount(value=len(recorded), counted=True)
    assert line.goals == stats.TournamentCount(value=scored, counted=True)
    assert line.appearances.at_least
    assert line.goals.at_least
    code, out, _ = run(capsys, "summary", "jo-example", "--fixtures", str(root))
    assert code == 0
    assert row(out, "Cup 2012").split()[3:5] == [f"≥{len(recorded)}*", f"≥{scored}*"]
    assert (
        "* counted from the appearances recorded (fixture and data set), not stated by a source;"
        " ≥ at least: the records may not hold every appearance." in " ".join(out.split())
    )
    _, md, _ = run(capsys, "summary", "jo-example", "--fixtures", str(root), "--format", "markdown")
    # A bare "*" would be Markdown emphasis or a list; figures align right (issue 12).
    assert re.search(rf"\| +≥{len(recorded)}\\\* \|", md), md
    assert "\n\\* counted from the appearances recorded" in md
    _, raw, _ = run(capsys, "summary", "jo-example", "--fixtures", str(root), "--format", "json")
    cup = next(t for t in json.loads(raw)["tournaments"] if t["tournament"] == "cup-2012")
    assert (cup["appearances"], cup["appearances_from"], cup["goals"], cup["goals_from"]) == (
        len(recorded),
        "counted",
        scored,
        "counted",
    )


def test_a_stated_tournament_count_below_the_recorded_is_contradicted_by_claims(
    make_fixtures: FixtureFactory,
) -> None:
    # Regression: validate warned "1 stated, but 2 recorded" while claims agreed with all.
    root = make_fixtures(player=AT_CUP + entry("appearances = 1\ngoals = 3"))
    made = FixtureSet(root).career("jo-example")
    recorded = [cap for cap in made.appearances if cap.match.competition == "cup-2012"]
    warnings = [str(p) for p in FixtureSet(root).check(root / "players" / "jo-example.toml")]
    assert warnings == [
        f"{PLAYER_FILE}: entries[0].appearances: warning: 1 stated, but {len(recorded)} "
        "appearances at 'cup-2012' are recorded"
    ]
    checks = {subject(c.subject): c for c in check_claims(made).checks}
    apps = checks["appearances at Cup 2012"]
    assert (apps.verdict, value(apps.stated), value(apps.computed)) == (
        Verdict.CONTRADICTS,
        "1",
        str(len(recorded)),
    )
    assert checks["goals at Cup 2012"].verdict is Verdict.AGREES  # 3 stated, 3 recorded
    line = next(ln for ln in stats.tournaments(made) if ln.tournament.id == "cup-2012")
    assert line.appearances == stats.TournamentCount(value=1, counted=False)


def test_a_tournament_the_team_did_not_qualify_for_is_left_out(
    make_fixtures: FixtureFactory,
) -> None:
    # Regression: it was listed as "not stated", as if he might have played there.
    missed = """
[[tournaments]]
id = "cup-2018"
name = "Cup 2018"
edition = 2018
start = 2018-06-01
end = 2018-06-30
cite = ["a.txt#1"]

[[tournaments.finishes]]
team = "Utopia"
finish = "did-not-qualify"
cite = ["a.txt#3"]
"""
    root = make_fixtures(tournaments=TOURNAMENTS_TOML + missed)
    made = FixtureSet(root).career("jo-example")
    assert made.tournament("cup-2018") is not None
    assert "cup-2018" not in [line.tournament.id for line in stats.tournaments(made)]
    # Known before the tournament: as of a date during it, it is still left out.
    as_of = stats.summarize(made, day("2018-06-10"))
    assert "cup-2018" not in [line.tournament.id for line in as_of.tournaments]
