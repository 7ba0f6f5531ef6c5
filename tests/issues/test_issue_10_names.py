"""Issue 10 items 4, 5, 6 and 9, and issue 11 item 8 (goals outside a life): names against the
international results data set, one match a day, the coverage of `scorers`.

Each data set here is the small sample of tests/data/international_results with some files
replaced, written in tmp_path; the tests on the real data set skip where ../shared is absent.
"""

from __future__ import annotations

import csv
import json
import shutil
import warnings
from collections import Counter
from pathlib import Path

import pytest

from careerstats.cli import main
from careerstats.datasets.international_results import (
    FINALS_TOURNAMENTS,
    REGIONAL_CUPS,
    InternationalResults,
    competition_category,
    team_aliases,
)
from careerstats.errors import (
    AmbiguousNameError,
    DatasetMatchWarning,
    MalformedRowsWarning,
    UnknownNameError,
)
from careerstats.fixtures import FixtureSet, bundled_fixtures_dir
from careerstats.model import Career
from careerstats.names import closest
from careerstats.reconcile import player_goals, with_dataset_goals

from ..conftest import PLAYER_TOML, SHARED, FixtureFactory

SAMPLE = Path(__file__).parents[1] / "data" / "international_results"
REAL = SHARED / "data" / "international_results"
RESULTS_HEADER = "date,home_team,away_team,home_score,away_score,tournament,city,country,neutral"
GOALS_HEADER = "date,home_team,away_team,team,scorer,minute,own_goal,penalty"
FORMER_HEADER = "current,former,start_date,end_date"


def _dataset(
    folder: Path,
    *,
    results: list[str] | None = None,
    goals: list[str] | None = None,
    former: list[str] | None = None,
) -> Path:
    """The sample data set in ``folder``, with the files given replaced by these rows."""
    folder.mkdir(exist_ok=True)
    for file in SAMPLE.glob("*.csv"):
        shutil.copy(file, folder)
    for name, header, rows in (
        ("results.csv", RESULTS_HEADER, results),
        ("goalscorers.csv", GOALS_HEADER, goals),
        ("former_names.csv", FORMER_HEADER, former),
    ):
        if rows is not None:
            (folder / name).write_text("\n".join([header, *rows, ""]), encoding="utf-8")
    return folder


def _load(folder: Path) -> InternationalResults:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", MalformedRowsWarning)  # the sample's malformed rows
        return InternationalResults.load(folder)


def _jo(make_fixtures: FixtureFactory, player: str = PLAYER_TOML) -> Career:
    return FixtureSet(make_fixtures(player=player)).career("jo-example")


# --- 10.4: names matched as players are looked up --------------------------------------------


def test_a_scorer_spelt_without_the_fixtures_accent_is_found(
    tmp_path: Path, make_fixtures: FixtureFactory
) -> None:
    # Regression: scorers were matched with case ignored but not accents, so "Jo Example" in
    # goalscorers.csv was no goal of the fixture's "Jo Éxample".
    data = _load(
        _dataset(
            tmp_path / "data",
            goals=["2010-03-03,Utopia,Freedonia,Utopia,Jo Example,17,FALSE,FALSE"],
        )
    )
    career = _jo(make_fixtures, PLAYER_TOML.replace('aliases = ["Jojo"]', "aliases = []"))
    assert [(g.date.isoformat(), g.goal.scorer) for g in player_goals(career, data)] == [
        ("2010-03-03", "Jo Example")
    ]


def test_a_team_written_in_capitals_finds_its_goals(
    make_fixtures: FixtureFactory,
) -> None:
    # Regression: a fixture's team "UTOPIA" found no goal: the team was compared as written.
    data = _load(SAMPLE)
    career = _jo(make_fixtures, PLAYER_TOML.replace('name = "Utopia"', 'name = "UTOPIA"'))
    assert [g.date.isoformat() for g in player_goals(career, data)] == [
        "2010-03-03",
        "2010-03-03",
        "2011-06-05",
        "2012-06-10",
    ]


def test_an_opponent_written_otherwise_is_the_same_match(make_fixtures: FixtureFactory) -> None:
    # Regression: the fixture's debut (March 2010, "FREEDONIA") and the data set's 2010-03-03
    # match against "Freedonia" were two appearances, the goals counted twice.
    data = _load(SAMPLE)
    player = PLAYER_TOML.replace('opponent = "Freedonia"', 'opponent = "FREEDONIA"')
    caps = with_dataset_goals(_jo(make_fixtures, player), data).appearances
    assert [(str(cap.match.date), cap.match.opponent, len(cap.goals)) for cap in caps] == [
        ("2010-03", "FREEDONIA", 2),
        ("2011-06-05", "Freedonia", 1),
        ("2012-06-10", "Sylvania", 1),
    ]


def test_a_former_name_with_an_accent_is_found_without_it(tmp_path: Path) -> None:
    # Regression: former names were compared with case ignored but not accents.
    data = _load(_dataset(tmp_path / "data", former=["Utopia,Öld Utopia,1900-01-01,1950-12-31"]))
    assert data.resolve_team("old utopia") == "Utopia"
    assert data.current_name("OLD UTOPIA") == "Utopia"


def test_a_player_none_of_whose_names_scored_is_warned_about_with_the_closest(
    make_fixtures: FixtureFactory,
) -> None:
    # Regression: a fixture name the data set spells otherwise found no goal, without a word.
    data = _load(SAMPLE)
    player = PLAYER_TOML.replace('name = "Jo Éxample"', 'name = "Jo Exampel"').replace(
        'aliases = ["Jojo"]', "aliases = []"
    )
    with pytest.warns(DatasetMatchWarning) as caught:
        assert player_goals(_jo(make_fixtures, player), data) == []
    assert [str(w.message) for w in caught] == [
        f"jo-example: no goal for Utopia in {SAMPLE / 'goalscorers.csv'} is credited to "
        "'Jo Exampel'; closest scorer names of Utopia: 'Jo Éxample' (the data set's spelling "
        "can go in the fixture's aliases)"
    ]


def test_summary_and_goals_print_the_warning_once(
    capsys: pytest.CaptureFixture[str], make_fixtures: FixtureFactory
) -> None:
    player = PLAYER_TOML.replace('name = "Jo Éxample"', 'name = "Jo Exampel"').replace(
        'aliases = ["Jojo"]', "aliases = []"
    )
    root = make_fixtures(player=player)
    expected = (
        f"careerstats: warning: jo-example: no goal for Utopia in {SAMPLE / 'goalscorers.csv'} "
        "is credited to 'Jo Exampel'; closest scorer names of Utopia: 'Jo Éxample' (the data "
        "set's spelling can go in the fixture's aliases)"
    )
    for command in ("summary", "goals"):
        assert (
            main([command, "jo-example", "--fixtures", str(root), "--results-dir", str(SAMPLE)])
            == 0
        )
        err = capsys.readouterr().err.splitlines()
        assert err.count(expected) == 1, (command, err)


def test_a_fixture_team_the_data_set_lacks_is_warned_about(make_fixtures: FixtureFactory) -> None:
    data = _load(SAMPLE)
    career = _jo(make_fixtures, PLAYER_TOML.replace('name = "Utopia"', 'name = "Utopa"'))
    with pytest.warns(DatasetMatchWarning) as caught:
        assert player_goals(career, data) == []
    assert str(caught[0].message) == (
        f"jo-example: the fixture's team: no team 'Utopa' in {SAMPLE / 'results.csv'}; did you "
        "mean 'Utopia'?: none of the data set's goals is counted"
    )


# --- 10.5: a team plays once a day -----------------------------------------------------------


def test_an_appearance_and_a_match_on_the_same_day_are_one_match_whatever_the_opponent(
    make_fixtures: FixtureFactory,
) -> None:
    # Regression: the same day against "Freedonia Rep." (fixture) and "Freedonia" (data set)
    # made two appearances, and the day's goal was counted twice.
    data = _load(SAMPLE)
    player = PLAYER_TOML + (
        '\n[[appearances]]\ncite = ["a.txt#1"]\n\n[appearances.match]\n'
        'date = 2011-06-05\nopponent = "Freedonia Rep."\n\n[[appearances.goals]]\nminute = 30\n'
    )
    with pytest.warns(DatasetMatchWarning) as caught:
        caps = with_dataset_goals(_jo(make_fixtures, player), data).appearances
    assert [(str(cap.match.date), cap.match.opponent, len(cap.goals)) for cap in caps] == [
        ("2010-03", "Freedonia", 2),
        ("2011-06-05", "Freedonia Rep.", 1),
        ("2012-06-10", "Sylvania", 1),
    ]
    assert [str(w.message) for w in caught] == [
        "jo-example: 2011-06-05: the fixture's appearance is against 'Freedonia Rep.', the "
        "data set's match that day against 'Freedonia': counted as one match"
    ]


# --- 10.6: team names people type ------------------------------------------------------------


def _teams(folder: Path, *pairs: tuple[str, str]) -> Path:
    rows = [
        f"20{10 + n:02d}-01-01,{home},{away},1,0,Friendly,City,{home},FALSE"
        for n, (home, away) in enumerate(pairs)
    ]
    return _dataset(folder, results=rows)


@pytest.mark.parametrize(
    ("typed", "team"),
    [
        ("USA", "United States"),
        ("Holland", "Netherlands"),
        ("Korea Republic", "South Korea"),
        ("Côte d'Ivoire", "Ivory Coast"),
        ("cote d'ivoire", "Ivory Coast"),
        ("Czechia", "Czech Republic"),
    ],
)
def test_names_people_type_resolve_through_the_alias_table(
    tmp_path: Path, typed: str, team: str
) -> None:
    # Regression: each of these was "no team ... in results.csv".
    pairs = [("United States", "Netherlands"), ("South Korea", "Ivory Coast")]
    data = _load(_teams(tmp_path / "data", *pairs, ("Czech Republic", "Utopia")))
    resolved = data.resolve_team_name(typed)
    assert (resolved.team, resolved.alias, resolved.former) == (team, True, None)


def test_the_alias_table_ships_in_the_package_as_data() -> None:
    aliases = team_aliases()
    assert aliases["United States"] == ("USA", "US", "United States of America")
    every = [fold for names in aliases.values() for fold in names]
    assert len(every) == len(set(every)), "an alias names one team"


def _zaire(folder: Path) -> InternationalResults:
    results = [
        "1974-03-03,Zambia,DR Congo,1,2,African Cup of Nations,Cairo,Egypt,TRUE",
        "2010-05-05,DR Congo,Bonaire,3,0,Friendly,Kinshasa,DR Congo,FALSE",
    ]
    goals = [
        "1974-03-03,Zambia,DR Congo,DR Congo,Ndaye Old,10,FALSE,FALSE",
        "1974-03-03,Zambia,DR Congo,DR Congo,Ndaye Old,20,FALSE,FALSE",
        "2010-05-05,DR Congo,Bonaire,DR Congo,Mo New,10,FALSE,FALSE",
        "2010-05-05,DR Congo,Bonaire,DR Congo,Mo New,20,FALSE,FALSE",
        "2010-05-05,DR Congo,Bonaire,DR Congo,Mo New,30,FALSE,FALSE",
    ]
    former = ["DR Congo,Zaïre,1971-01-10,1997-04-27"]
    return _load(_dataset(folder, results=results, goals=goals, former=former))


def test_a_former_name_counts_the_goals_of_its_years_only(tmp_path: Path) -> None:
    # Regression: --team Zaïre ranked the scorers of 2010 first.
    data = _zaire(tmp_path / "data")
    assert [(t.scorer, t.goals) for t in data.scorer_totals(team="Zaire")] == [("Ndaye Old", 2)]
    assert [t.scorer for t in data.scorer_totals(team="DR Congo")] == ["Mo New", "Ndaye Old"]


def test_scorers_says_which_years_a_former_name_selects(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "data"
    _zaire(folder)
    assert main(["scorers", "--team", "Zaire", "--results-dir", str(folder)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "Leading scorers for DR Congo, as Zaïre, 1971-01-10 to 1997-04-27"
    assert (
        main(["scorers", "--team", "zaïre", "--results-dir", str(folder), "--format", "json"]) == 0
    )
    filters = json.loads(capsys.readouterr().out)["filters"]
    assert filters == {
        "team": "DR Congo",
        "as": "Zaïre",
        "competition": None,
        "since": "1971-01-10",
        "until": "1997-04-27",
        "top": 10,
    }
    args = ["scorers", "--team", "Zaire", "--since", "2000", "--results-dir", str(folder)]
    assert main(args) == 2
    assert capsys.readouterr().err.splitlines()[-1] == (
        "careerstats: error: --team Zaire is DR Congo as Zaïre, 1971-01-10 to 1997-04-27: the "
        "dates asked for fall outside those years"
    )


def test_suggestions_include_former_names_and_aliases(tmp_path: Path) -> None:
    # Regression: "Zaire" was unknown and suggested "Bonaire".
    data = _zaire(tmp_path / "data")
    with pytest.raises(UnknownNameError) as caught:
        data.resolve_team("Zair")
    assert str(caught.value) == (
        f"no team 'Zair' in {tmp_path / 'data' / 'results.csv'}; did you mean 'Zaïre'?"
    )
    data = _load(_teams(tmp_path / "other", ("Netherlands", "Utopia")))
    with pytest.raises(UnknownNameError) as caught:
        data.resolve_team("Holand")
    assert str(caught.value).endswith("; did you mean 'Holland'?")


def test_a_former_name_of_one_team_and_the_name_of_another_is_ambiguous(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Regression: "Ireland" silently meant Northern Ireland (its name 1882-1956).
    folder = _teams(tmp_path / "data", ("Northern Ireland", "Republic of Ireland"))
    (folder / "former_names.csv").write_text(
        f"{FORMER_HEADER}\nNorthern Ireland,Ireland,1882-02-18,1956-04-11\n", encoding="utf-8"
    )
    data = _load(folder)
    message = (
        f"team 'Ireland' is ambiguous in {folder / 'results.csv'}: 'Northern Ireland' (as "
        "Ireland, 1882-02-18 to 1956-04-11) or 'Republic of Ireland'; type the one you mean"
    )
    with pytest.raises(AmbiguousNameError) as caught:
        data.resolve_team("Ireland")
    assert str(caught.value) == message
    assert main(["scorers", "--team", "ireland", "--results-dir", str(folder)]) == 2
    assert capsys.readouterr().err.splitlines()[-1] == (
        "careerstats: error: " + message.replace("'Ireland'", "'ireland'", 1)
    )


def test_a_players_years_settle_an_ambiguous_team(
    tmp_path: Path, make_fixtures: FixtureFactory
) -> None:
    folder = _dataset(
        tmp_path / "data",
        results=["2010-03-03,Republic of Ireland,Northern Ireland,1,0,Friendly,D,Ireland,FALSE"],
        goals=[
            "2010-03-03,Republic of Ireland,Northern Ireland,Republic of Ireland,Jojo,5,FALSE,FALSE"
        ],
        former=["Northern Ireland,Ireland,1882-02-18,1956-04-11"],
    )
    career = _jo(make_fixtures, PLAYER_TOML.replace('name = "Utopia"', 'name = "Ireland"'))
    found = player_goals(career, _load(folder))
    assert [(g.team, g.opponent) for g in found] == [("Republic of Ireland", "Northern Ireland")]


def test_closest_ignores_case_and_accents() -> None:
    assert closest("zaire", ["Zaïre", "Bonaire"]) == ["Zaïre"]


# --- 10.9: categories and the coverage of scorers --------------------------------------------


@pytest.mark.parametrize(
    ("tournament", "category"),
    [
        ("FIFA World Cup", "finals"),
        ("Confederations Cup", "finals"),
        ("Copa América", "finals"),
        ("Baltic Cup", "regional"),
        ("British Home Championship", "regional"),
        ("Gulf Cup", "regional"),
        ("King's Cup", "other"),
        ("Olympic Games", "other"),
        ("AFF Championship qualification", "qualifier"),
    ],
)
def test_finals_hold_only_world_and_continental_championships(
    tournament: str, category: str
) -> None:
    # Regression: every tournament that was no friendly, qualifier or Nations League was "finals".
    assert competition_category(tournament) == category


def test_regional_and_other_are_competitions(tmp_path: Path) -> None:
    results = [
        "2010-03-03,Utopia,Freedonia,2,0,Baltic Cup,Riga,Latvia,TRUE",
        "2011-06-05,Freedonia,Utopia,1,3,King's Cup,Bangkok,Thailand,TRUE",
    ]
    data = _load(_dataset(tmp_path / "data", results=results))
    assert data.resolve_competition("regional cups") == "regional"
    assert [t.scorer for t in data.scorer_totals(competition="regional")] == ["Jo Éxample", "Jojo"]
    assert next(t.scorer for t in data.scorer_totals(competition="other")) == "Ann Other"


def test_scorers_ends_with_how_many_goals_have_a_scorer(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Regression: a top ten read as the whole record, however few goals had a scorer.
    folder = _dataset(
        tmp_path / "data",
        results=[
            "2010-03-03,Utopia,Freedonia,2,0,Friendly,Utopolis,Utopia,FALSE",
            "2011-06-05,Freedonia,Utopia,1,3,Cup qualification,Free City,Freedonia,FALSE",
            "2012-06-10,Utopia,Sylvania,1,1,Cup,Arena,Neutralia,TRUE",
            "2013-01-01,Utopia,Sylvania,4,0,Friendly,Utopolis,Utopia,FALSE",
        ],
    )
    args = ["scorers", "--team", "Utopia", "--results-dir", str(folder)]
    assert main(args) == 0
    assert capsys.readouterr().out.splitlines()[-1] == (
        "Scorers named for 6 of 10 goals Utopia scored (60%)."
    )
    assert (
        main([*args, "--since", "2011", "--competition", "qualifier", "--format", "markdown"]) == 0
    )
    assert capsys.readouterr().out.splitlines()[-1] == (
        "Scorers named for 3 of 3 goals Utopia scored in qualifiers in the period (100%)."
    )
    assert main(["scorers", "--results-dir", str(folder), "--format", "json"]) == 0
    found = json.loads(capsys.readouterr().out)["coverage"]
    # Every side's goals: Utopia 10, Freedonia 1 (named), Sylvania 1 (its row is malformed).
    assert (found["team"], found["goals"], found["named"]) == (None, 12, 7)
    assert found["text"] == "Scorers named for 7 of 12 goals scored (58%)."


# --- 11.8: a goal outside the player's life --------------------------------------------------


def test_a_goal_dated_before_the_players_birth_is_left_out_with_a_warning(
    tmp_path: Path, make_fixtures: FixtureFactory
) -> None:
    # Regression: a goal 100 years before Jo's birth (1990-07-01) was counted without a word.
    folder = _dataset(
        tmp_path / "data",
        results=[
            "1890-03-03,Utopia,Freedonia,1,0,Friendly,Utopolis,Utopia,FALSE",
            "1995-03-03,Utopia,Freedonia,1,0,Friendly,Utopolis,Utopia,FALSE",
            "2010-03-03,Utopia,Freedonia,1,0,Friendly,Utopolis,Utopia,FALSE",
        ],
        goals=[
            "1890-03-03,Utopia,Freedonia,Utopia,Jo Éxample,17,FALSE,FALSE",
            "1995-03-03,Utopia,Freedonia,Utopia,Jo Éxample,17,FALSE,FALSE",
            "2010-03-03,Utopia,Freedonia,Utopia,Jo Éxample,17,FALSE,FALSE",
        ],
    )
    with pytest.warns(DatasetMatchWarning) as caught:
        found = player_goals(_jo(make_fixtures), _load(folder))
    assert [g.date.isoformat() for g in found] == ["2010-03-03"]
    file = folder / "goalscorers.csv"
    assert [str(w.message) for w in caught] == [
        f"jo-example: {file}: the goal credited to 'Jo Éxample' for Utopia on 1890-03-03 is "
        "dated before Jo Éxample was born (1990-07-01): left out",
        f"jo-example: {file}: the goal credited to 'Jo Éxample' for Utopia on 1995-03-03 is "
        "dated before Jo Éxample was 10 (born 1990-07-01): left out",
    ]


# --- the real data set -----------------------------------------------------------------------


@pytest.fixture(scope="module")
def real() -> InternationalResults:
    if not (REAL / "results.csv").is_file():
        pytest.skip(f"{REAL} is absent: the data set lives in ../shared beside the checkout")
    return InternationalResults.load(REAL, strict=True)


def _real_rows(name: str) -> list[dict[str, str]]:
    with (REAL / name).open(newline="", encoding="utf-8") as file:
        return list(csv.DictReader(file))


def test_real_zaire_counts_zaires_years_only(
    real: InternationalResults, capsys: pytest.CaptureFixture[str]
) -> None:
    period = next(name for name in real.former_names if name.former == "Zaïre")
    counted = Counter(
        row["scorer"]
        for row in _real_rows("goalscorers.csv")
        if row["team"] == period.current
        and row["own_goal"] == "FALSE"
        and str(period.start) <= row["date"] <= str(period.end)
    )
    top = real.scorer_totals(team="Zaire", top=5)
    assert [(t.scorer, t.goals) for t in top] == [(t.scorer, counted[t.scorer]) for t in top]
    assert all(period.start <= t.first and t.last <= period.end for t in top)
    assert main(["scorers", "--team", "Zaire", "--results-dir", str(REAL)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == f"Leading scorers for DR Congo, as Zaïre, {period.start} to {period.end}"
    team, start, end = period.current, str(period.start), str(period.end)
    named = Counter(
        (row["date"], row["home_team"], row["away_team"])
        for row in _real_rows("goalscorers.csv")
        if row["team"] == team and row["scorer"] and start <= row["date"] <= end
    )
    goals = with_scorer = 0
    for row in _real_rows("results.csv"):
        if start <= row["date"] <= end and team in (row["home_team"], row["away_team"]):
            scored = int(row["home_score" if row["home_team"] == team else "away_score"])
            goals += scored
            with_scorer += min(scored, named[(row["date"], row["home_team"], row["away_team"])])
    share = round(100 * with_scorer / goals)
    assert out[-1] == (
        f"Scorers named for {with_scorer} of {goals} goals DR Congo scored in the period "
        f"({share}%)."
    )


def test_real_ireland_is_ambiguous(
    capsys: pytest.CaptureFixture[str], real: InternationalResults
) -> None:
    assert main(["scorers", "--team", "Ireland", "--results-dir", str(REAL)]) == 2
    assert capsys.readouterr().err == (
        f"careerstats: error: team 'Ireland' is ambiguous in {REAL / 'results.csv'}: 'Northern "
        "Ireland' (as Ireland, 1882-02-18 to 1956-04-11) or 'Republic of Ireland'; type the "
        "one you mean\n"
    )


def test_real_usa_resolves(capsys: pytest.CaptureFixture[str], real: InternationalResults) -> None:
    assert main(["scorers", "--team", "USA", "--format", "json", "--results-dir", str(REAL)]) == 0
    by_alias = json.loads(capsys.readouterr().out)
    assert (
        main(["scorers", "--team", "United States", "--format", "json", "--results-dir", str(REAL)])
        == 0
    )
    by_name = json.loads(capsys.readouterr().out)
    assert by_alias["title"] == "Leading scorers for United States (USA)"
    assert by_alias["scorers"] == by_name["scorers"] != []


def test_every_alias_names_a_team_of_the_real_data_set(real: InternationalResults) -> None:
    teams = real.teams()
    assert sorted(set(team_aliases()) - teams) == []
    assert sorted(FINALS_TOURNAMENTS | REGIONAL_CUPS) == sorted(
        name
        for name in FINALS_TOURNAMENTS | REGIONAL_CUPS
        if any(row["tournament"] == name for row in _real_rows("results.csv"))
    )


def test_benzemas_goals_are_unchanged_and_unwarned(
    real: InternationalResults, benzema: Career
) -> None:
    expected = [
        row["date"]
        for row in _real_rows("goalscorers.csv")
        if row["scorer"] in (benzema.player.name, *benzema.player.aliases)
        and row["team"] == benzema.team.name
        and row["own_goal"] == "FALSE"
    ]
    with warnings.catch_warnings():
        warnings.simplefilter("error", DatasetMatchWarning)
        found = player_goals(benzema, real)
        with_goals = with_dataset_goals(benzema, real)
    assert [goal.date.isoformat() for goal in found] == expected
    assert len(found) == 22  # the figure docs/international-results.md gives
    added = sum(len(cap.goals) for cap in with_goals.appearances) - sum(
        len(cap.goals) for cap in benzema.appearances
    )
    assert added <= len(expected)


@pytest.mark.parametrize(
    ("typed", "team", "former"),
    [
        ("USA", "United States", None),
        ("Holland", "Netherlands", None),
        ("Korea Republic", "South Korea", None),
        ("Côte d'Ivoire", "Ivory Coast", None),
        ("Czechia", "Czech Republic", None),
        ("Eire", "Republic of Ireland", "Éire"),  # a former name: 1937-1953 only
        ("FRANCE", "France", None),
    ],
)
def test_real_names_people_type(
    real: InternationalResults, typed: str, team: str, former: str | None
) -> None:
    resolved = real.resolve_team_name(typed)
    assert resolved.team == team
    assert (resolved.former and resolved.former.former) == former


def test_real_benzema_written_with_an_accent_and_his_team_in_capitals(
    real: InternationalResults, benzema: Career, tmp_path: Path
) -> None:
    # Regression: "Karim Benzéma" of "FRANCE" found none of his goals, without a word.
    folder = tmp_path / "fixtures"
    shutil.copytree(bundled_fixtures_dir(), folder)
    player = folder / "players" / "karim-benzema.toml"
    text = player.read_text(encoding="utf-8")
    text = text.replace('name = "Karim Benzema"', 'name = "Karim Benzéma"', 1)
    player.write_text(text.replace('name = "France"', 'name = "FRANCE"', 1), encoding="utf-8")
    accented = FixtureSet(folder).career("karim-benzema")
    assert accented.player.aliases == ()
    with warnings.catch_warnings():
        warnings.simplefilter("error", DatasetMatchWarning)
        assert player_goals(accented, real) == player_goals(benzema, real)


def test_a_very_long_team_name_is_refused_at_once_and_cut_short(tmp_path: Path) -> None:
    # Regression: every suggestion compared the whole name with difflib (seconds for 100,000
    # characters against the real data set's 330 teams), and the error echoed it whole.
    data = _load(SAMPLE)
    with pytest.raises(UnknownNameError) as caught:
        data.resolve_team("x" * 100_000)
    assert str(caught.value) == (
        f"no team {'x' * 60!r}… (100,000 characters) in {SAMPLE / 'results.csv'}"
    )
    assert closest("u" * 100_000, ["Utopia"]) == []
