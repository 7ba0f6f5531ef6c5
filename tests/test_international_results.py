"""The international results importer on small sample files written for these tests.

tests/data/international_results holds a made-up data set: three good matches and three
malformed ones (a score that is no number, 2012-02-30, a missing column), goals with an NA
minute, an alias, an own goal, a quoted scorer and a malformed penalty flag.
"""

from __future__ import annotations

import datetime
import json
import shutil
from pathlib import Path

import pytest

from careerstats.cli import main
from careerstats.datasets.international_results import (
    InternationalResults,
    competition_category,
)
from careerstats.errors import DatasetError, MalformedRowsWarning, UnknownNameError
from careerstats.fixtures import FixtureSet
from careerstats.reconcile import coverage, player_goals, with_dataset_goals
from careerstats.statistics import summarize

from .conftest import FixtureFactory

SAMPLE = Path(__file__).parent / "data" / "international_results"
MALFORMED = [
    f"{SAMPLE / 'results.csv'}: line 5: column home_score: expected a whole number, got 'x'",
    f"{SAMPLE / 'results.csv'}: line 6: column date: expected a date like 2022-12-18 that the "
    "calendar has, got '2012-02-30'",
    f"{SAMPLE / 'results.csv'}: line 7: expected 9 columns, got 8",
    f"{SAMPLE / 'goalscorers.csv'}: line 9: column penalty: expected TRUE or FALSE, got 'maybe'",
]


@pytest.fixture(scope="module")
def sample() -> InternationalResults:
    with pytest.warns(MalformedRowsWarning) as caught:
        data = InternationalResults.load(SAMPLE)
    assert str(caught[0].message) == (
        "results.csv: 3 malformed rows; goalscorers.csv: 1 malformed row skipped "
        f"(first: {MALFORMED[0].replace(': line', ' line', 1)}); strict loading makes them errors"
    )
    return data


def test_malformed_rows_are_reported_by_file_line_and_column(sample: InternationalResults) -> None:
    assert [str(problem) for problem in sample.problems] == MALFORMED


def test_strict_makes_them_fatal_in_every_file_at_once() -> None:
    # Regression: strict loading stopped at the first file with a malformed row.
    with pytest.raises(DatasetError) as caught:
        InternationalResults.load(SAMPLE, strict=True)
    assert [str(problem) for problem in caught.value.problems] == MALFORMED


def test_matches_as_published(sample: InternationalResults) -> None:
    assert [(m.date.isoformat(), m.home_team, m.away_team) for m in sample.matches] == [
        ("2010-03-03", "Utopia", "Freedonia"),
        ("2011-06-05", "Freedonia", "Utopia"),
        ("2012-06-10", "Utopia", "Sylvania"),
    ]
    qualifier, cup = sample.matches[1], sample.matches[2]
    assert qualifier.city == "Free City, North"  # quoted in the file
    assert (qualifier.home_score, qualifier.away_score, qualifier.neutral) == (1, 3, False)
    assert (cup.neutral, cup.shootout_winner) == (True, "Sylvania")
    assert sample.match(datetime.date(2011, 6, 5), "Utopia", "Freedonia") is qualifier


def test_goals_as_published(sample: InternationalResults) -> None:
    goals = sample.goals
    assert len(goals) == 7
    assert (goals[1].scorer, goals[1].minute, goals[1].penalty) == ("Jojo", None, True)
    assert goals[5].scorer == 'Bo "Big" Brown'
    assert goals[4].own_goal


def test_scorer_totals_leave_out_own_goals(sample: InternationalResults) -> None:
    assert [(t.scorer, t.team, t.goals, t.penalties) for t in sample.scorer_totals()] == [
        ("Jo Éxample", "Utopia", 3, 0),
        ("Jojo", "Utopia", 1, 1),
        ("Ann Other", "Freedonia", 1, 0),  # ties: who reached it first, then by name
        ('Bo "Big" Brown', "Utopia", 1, 0),
    ]


def test_scorer_filters(sample: InternationalResults) -> None:
    def names(**filters: object) -> list[str]:
        return [t.scorer for t in sample.scorer_totals(**filters)]  # type: ignore[arg-type]

    assert names(team="UTOPIA", top=2) == ["Jo Éxample", "Jojo"]  # case ignored
    assert names(team="Old Utopia") == []  # a former name: its years only (1900-1950)
    assert names(team="Freedonia") == ["Ann Other"]
    assert names(competition="qualifier") == ["Ann Other", 'Bo "Big" Brown', "Jo Éxample"]
    assert names(competition="cup") == ["Jo Éxample"]
    assert names(
        since=datetime.date(2011, 1, 1), until=datetime.date(2011, 12, 31), team="Utopia"
    ) == ['Bo "Big" Brown', "Jo Éxample"]


def _with_goals(folder: Path, *rows: str) -> InternationalResults:
    """The sample data set with its goalscorers.csv replaced by ``rows``."""
    for file in SAMPLE.glob("*.csv"):
        shutil.copy(file, folder)
    header = "date,home_team,away_team,team,scorer,minute,own_goal,penalty"
    (folder / "goalscorers.csv").write_text("\n".join([header, *rows, ""]), encoding="utf-8")
    with pytest.warns(MalformedRowsWarning):
        return InternationalResults.load(folder)


def test_scorer_ties_go_to_who_reached_the_total_first(tmp_path: Path) -> None:
    # Regression: ties were broken by the first goal, so Ann (first goal 2010, second 2012)
    # ranked above Bo, who reached two goals in 2011.
    data = _with_goals(
        tmp_path,
        "2010-03-03,Utopia,Freedonia,Freedonia,Ann Other,1,FALSE,FALSE",
        "2011-06-05,Freedonia,Utopia,Utopia,Bo Brown,2,FALSE,FALSE",
        "2011-06-05,Freedonia,Utopia,Utopia,Bo Brown,3,FALSE,FALSE",
        "2012-06-10,Utopia,Sylvania,Freedonia,Ann Other,4,FALSE,FALSE",
    )
    totals = data.scorer_totals()
    assert [(t.scorer, t.goals, t.first.year, t.last.year) for t in totals] == [
        ("Bo Brown", 2, 2011, 2011),
        ("Ann Other", 2, 2010, 2012),
    ]


def test_goals_without_a_scorer_do_not_take_a_top_place(tmp_path: Path) -> None:
    # Regression: unnamed goals were counted as a scorer and dropped after --top was applied,
    # so --top 2 listed one scorer.
    data = _with_goals(
        tmp_path,
        "2010-03-03,Utopia,Freedonia,Utopia,,1,FALSE,FALSE",
        "2010-03-03,Utopia,Freedonia,Utopia,,2,FALSE,FALSE",
        "2011-06-05,Freedonia,Utopia,Utopia,Bo Brown,3,FALSE,FALSE",
        "2012-06-10,Utopia,Sylvania,Freedonia,Ann Other,4,FALSE,FALSE",
    )
    assert [t.scorer for t in data.scorer_totals(top=2)] == ["Bo Brown", "Ann Other"]


def test_goals_out_of_date_order_are_ranked_by_date(tmp_path: Path) -> None:
    data = _with_goals(
        tmp_path,
        "2012-06-10,Utopia,Sylvania,Utopia,Bo Brown,4,FALSE,FALSE",
        "2010-03-03,Utopia,Freedonia,Freedonia,Ann Other,1,FALSE,FALSE",
        "2011-06-05,Freedonia,Utopia,Utopia,Bo Brown,3,FALSE,FALSE",
    )
    totals = data.scorer_totals()
    assert [(t.scorer, t.first.year, t.last.year) for t in totals] == [
        ("Bo Brown", 2011, 2012),
        ("Ann Other", 2010, 2010),
    ]


@pytest.mark.parametrize(
    ("name", "category"),
    [
        ("Friendly", "friendly"),
        ("FIFA World Cup qualification", "qualifier"),
        ("UEFA Nations League", "nations-league"),
        ("UEFA Euro", "finals"),
    ],
)
def test_competition_categories(name: str, category: str) -> None:
    assert competition_category(name) == category


def test_columns_in_another_order_are_read(tmp_path: Path) -> None:
    for file in SAMPLE.glob("*.csv"):
        shutil.copy(file, tmp_path)
    lines = (SAMPLE / "former_names.csv").read_text(encoding="utf-8").splitlines()
    swapped = [",".join([*line.split(",")[2:], *line.split(",")[:2]]) for line in lines]
    (tmp_path / "former_names.csv").write_text("\n".join(swapped) + "\n", encoding="utf-8")
    with pytest.warns(MalformedRowsWarning):
        data = InternationalResults.load(tmp_path)
    assert [(n.current, n.former, n.start.year) for n in data.former_names] == [
        ("Utopia", "Old Utopia", 1900)
    ]


def test_a_missing_column_or_file(tmp_path: Path) -> None:
    for file in SAMPLE.glob("*.csv"):
        shutil.copy(file, tmp_path)
    (tmp_path / "shootouts.csv").write_text("date,home_team,winner\n", encoding="utf-8")
    with pytest.raises(DatasetError) as caught:
        InternationalResults.load(tmp_path)
    assert str(caught.value) == (
        f"{tmp_path / 'shootouts.csv'}: line 1: expected the columns date, home_team, away_team, "
        "winner, first_shooter; missing away_team, first_shooter"
    )
    (tmp_path / "results.csv").unlink()
    with pytest.raises(DatasetError) as caught:
        InternationalResults.load(tmp_path)
    assert str(caught.value) == f"{tmp_path / 'results.csv'}: file not found"


# --- a career and the data set ---------------------------------------------------------------


def test_player_goals_by_name_and_alias(
    sample: InternationalResults, make_fixtures: FixtureFactory
) -> None:
    career = FixtureSet(make_fixtures()).career("jo-example")
    found = player_goals(career, sample)
    assert [(g.date.isoformat(), g.opponent, g.goal.minute) for g in found] == [
        ("2010-03-03", "Freedonia", 17),
        ("2010-03-03", "Freedonia", None),
        ("2011-06-05", "Freedonia", 30),
        ("2012-06-10", "Sylvania", 90),
    ]
    assert [(g.venue.value if g.venue else None, str(g.score)) for g in found[2:]] == [
        ("away", "3–1"),
        ("neutral", "1–1"),
    ]


def test_dataset_goals_become_events(
    sample: InternationalResults, make_fixtures: FixtureFactory
) -> None:
    career = with_dataset_goals(FixtureSet(make_fixtures()).career("jo-example"), sample)
    caps = career.appearances
    # The fixture's debut (March 2010, one goal) is the data set's 2010-03-03 match: it keeps
    # its place and takes the data set's two goals.
    assert [(str(c.match.date), c.debut, len(c.goals), c.match.competition) for c in caps] == [
        ("2010-03", True, 2, None),
        ("2011-06-05", False, 1, None),
        ("2012-06-10", False, 1, "cup-2012"),
    ]
    assert caps[1].match.competition_name == "Cup qualification"
    assert str(caps[2].cite[0]) == "international_results/goalscorers.csv"
    assert summarize(career).goals.counted == 4


def test_coverage(sample: InternationalResults, make_fixtures: FixtureFactory) -> None:
    found = coverage(FixtureSet(make_fixtures()).career("jo-example"), sample)
    # The sample's "Cup" is no world or continental championship: an other tournament.
    assert found.headline() == (
        "4 of 12 goals in the data set (friendlies 2, qualifiers 1, finals tournaments 0, "
        "Nations League 0, other tournaments 1)"
    )
    assert found.missing == 8
    # Utopia's goals with no scorer: the 2012 cup match's goal is Jo's; the rest are named.
    assert found.unrecorded == ()


def test_coverage_as_of_a_date(sample: InternationalResults, make_fixtures: FixtureFactory) -> None:
    # Regression: `summary --as-of` printed the whole career's coverage.
    career = FixtureSet(make_fixtures()).career("jo-example")
    found = coverage(career, sample, until=datetime.date(2011, 6, 30))
    assert found.headline() == (
        "3 of 12 goals in the data set by 2011-06-30 (friendlies 2, qualifiers 1, "
        "finals tournaments 0, Nations League 0)"
    )
    assert found.last == datetime.date(2011, 6, 5)


# --- the commands ----------------------------------------------------------------------------


def test_goals_command(capsys: pytest.CaptureFixture[str], make_fixtures: FixtureFactory) -> None:
    root = make_fixtures()
    args = ["goals", "jojo", "--fixtures", str(root), "--results-dir", str(SAMPLE)]
    assert main([*args, "--format", "json"]) == 0
    out, err = capsys.readouterr()
    data = json.loads(out)
    assert [g["date"] for g in data["goals"]] == [
        "2010-03-03",
        "2010-03-03",
        "2011-06-05",
        "2012-06-10",
    ]
    assert data["goals"][3]["shootout_winner"] == "Sylvania"
    assert data["coverage"]["by_category"] == {
        "friendly": 2,
        "qualifier": 1,
        "finals": 0,
        "nations-league": 0,
        "other": 1,
    }
    assert err.startswith("careerstats: warning: results.csv: 3 malformed rows;")


def test_scorers_command(capsys: pytest.CaptureFixture[str]) -> None:
    args = ["scorers", "--team", "Utopia", "--top", "2", "--results-dir", str(SAMPLE)]
    assert main(args) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "Leading scorers for Utopia"
    assert lines[5].split()[:5] == ["1", "Jo", "Éxample", "Utopia", "3"]
    assert len(lines) == 9
    assert lines[-1] == "Scorers named for 6 of 6 goals Utopia scored (100%)."


def test_strict_command_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["scorers", "--strict", "--results-dir", str(SAMPLE)]) == 2
    err = capsys.readouterr().err.splitlines()
    assert err == [f"careerstats: error: {line}" for line in MALFORMED]


def test_without_the_data_set_the_commands_say_how_to_get_it(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("CAREERSTATS_RESULTS_DIR", raising=False)
    assert main(["goals", "karim-benzema"]) == 2
    assert capsys.readouterr().err == (
        "careerstats: error: this needs the international results data set "
        "(martj42/international_results on GitHub, CC0): pass --results-dir DIR or set "
        "CAREERSTATS_RESULTS_DIR\n"
    )


def test_the_environment_variable_names_the_folder(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CAREERSTATS_RESULTS_DIR", str(SAMPLE))
    assert main(["scorers", "--top", "1", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["scorers"][0]["scorer"] == "Jo Éxample"


def test_teams_are_matched_as_typed(sample: InternationalResults) -> None:
    assert sample.resolve_team("utopia") == "Utopia"
    assert sample.resolve_team("old utopia") == "Utopia"
    with pytest.raises(UnknownNameError) as caught:
        sample.resolve_team("Utpia")
    assert (
        str(caught.value) == f"no team 'Utpia' in {SAMPLE / 'results.csv'}; did you mean 'Utopia'?"
    )


def test_competitions_are_matched_as_typed(sample: InternationalResults) -> None:
    assert sample.resolve_competition("qualifiers") == "qualifier"
    assert sample.resolve_competition("Friendlies") == "friendly"
    assert sample.resolve_competition("cup QUALIFICATION") == "Cup qualification"
    with pytest.raises(UnknownNameError) as caught:
        sample.resolve_competition("Cups")
    assert str(caught.value) == (
        "no competition 'Cups': expected friendly, qualifier, finals, nations-league, regional, "
        f"other or a tournament named in {SAMPLE / 'results.csv'}; did you mean 'Cup'?"
    )


def test_scorers_command_names_the_team_counted_and_its_filters(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # "old utopia", a former name, now counts its own years only: tests/issues/ covers it.
    args = ["scorers", "--team", "UTOPIA", "--competition", "qualifiers", "--since", "2011"]
    assert main([*args, "--results-dir", str(SAMPLE), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["title"] == (
        "Leading scorers for Utopia, in qualifiers, 2011-01-01 to the latest match"
    )
    assert data["filters"] == {
        "team": "Utopia",
        "as": None,
        "competition": "qualifier",
        "since": "2011-01-01",
        "until": None,
        "top": 10,
    }
    assert [s["scorer"] for s in data["scorers"]] == ['Bo "Big" Brown', "Jo Éxample"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--team", "Atlantis"], f"no team 'Atlantis' in {SAMPLE / 'results.csv'}"),
        (["--since", "2012", "--until", "2011-06"], "--since 2012 comes after --until 2011-06"),
    ],
)
def test_scorers_command_refuses_what_would_print_nothing(
    capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    # Regression: a mistyped team printed an empty table and exited 0.
    assert main(["scorers", *args, "--results-dir", str(SAMPLE)]) == 2
    assert capsys.readouterr().err.splitlines()[-1] == f"careerstats: error: {message}"


def test_a_results_dir_that_is_not_a_folder(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CAREERSTATS_RESULTS_DIR", str(SAMPLE / "results.csv"))
    assert main(["scorers"]) == 2
    assert capsys.readouterr().err == (
        f"careerstats: error: {SAMPLE / 'results.csv'}: is not a folder "
        "($CAREERSTATS_RESULTS_DIR): expected the data set's folder holding results.csv, "
        "goalscorers.csv, shootouts.csv and former_names.csv\n"
    )


def test_goals_of_a_player_without_a_fixture_points_to_scorers(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["goals", "Ann Other", "--results-dir", str(SAMPLE)]) == 2
    assert capsys.readouterr().err == (
        "careerstats: error: unknown player 'Ann Other'; careerstats list shows every player, "
        "and docs/adding-a-player.md how to add one; goals lists the goals of a player with a "
        "fixture, and careerstats scorers covers everyone in the data set\n"
    )


def test_a_team_named_like_a_former_name_is_found_by_that_name(tmp_path: Path) -> None:
    # Regression (found by fuzzing): with "Old Utopia" a team of results.csv and a former name
    # of an absent Utopia, --team "Old Utopia" said "no team 'Old Utopia'; did you mean
    # 'Old Utopia'?".
    for file in SAMPLE.glob("*.csv"):
        shutil.copy(file, tmp_path)
    header = (SAMPLE / "results.csv").read_text(encoding="utf-8").splitlines()[0]
    row = "2010-03-03,Old Utopia,Freedonia,2,0,Friendly,Utopolis,Utopia,FALSE"
    (tmp_path / "results.csv").write_text(f"{header}\n{row}\n", encoding="utf-8")
    with pytest.warns(MalformedRowsWarning):
        data = InternationalResults.load(tmp_path)
    assert data.resolve_team("old utopia") == "Old Utopia"
