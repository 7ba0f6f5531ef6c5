"""Issue 15, item 4: a tournament catalogue from the data sets.

A fixture may name any World Cup (men's or women's) and any edition of a finals competition
that ``results.csv`` holds without declaring it; what ``tournaments.toml`` declares and the
data can give is checked against the data, and the data's value is used.
"""

from __future__ import annotations

import datetime
import json
import shutil
import tomllib
from pathlib import Path

import pytest

from careerstats.catalogue import Catalogue, referenced_tournaments, tournament_id
from careerstats.cli import main
from careerstats.datasets import ENV_VAR
from careerstats.datasets.international_results import InternationalResults
from careerstats.datasets.worldcup import WorldCup
from careerstats.errors import FixtureError, MalformedRowsWarning
from careerstats.fixtures import FixtureSet, bundled_fixtures_dir
from careerstats.model import Career
from tests.conftest import SHARED, FixtureFactory

DATA = Path(__file__).resolve().parents[1] / "data"
CATALOGUE_RESULTS = DATA / "catalogue" / "international_results"
WORLDCUP = DATA / "worldcup"
SHARED_DATA = SHARED / "data"
needs_shared_data = pytest.mark.skipif(
    not (SHARED_DATA / "worldcup").is_dir() or not (SHARED_DATA / "international_results").is_dir(),
    reason="needs ../shared/data (both data sets) beside the checkout",
)

SOURCES = """\
[[sources]]
file = "a.txt"
"""

TOURNAMENTS = """\
[[tournaments]]
id = "euro-2008"
name = "UEFA Euro 2008"
edition = 2008
start = 2008-06-07
end = 2008-06-30
hosts = ["Austria"]
cite = ["a.txt#1"]

[[tournaments]]
id = "euro-2020"
name = "UEFA Euro 2020"
edition = 2020
start = "2021-06"
end = 2021-07-11
cite = ["a.txt#1"]
"""

PLAYER = """\
[player]
id = "jo-example"
name = "Jo Example"
cite = ["a.txt#1"]

[team]
name = "Utopia"

[[entries]]
tournament = "{tournament}"
status = "played"
cite = ["a.txt#2"]
"""


def _catalogue() -> Catalogue:
    """The sample data sets' catalogue, the World Cup Database first (as the CLI gives it)."""
    return Catalogue.of([WorldCup.load(WORLDCUP), InternationalResults.load(CATALOGUE_RESULTS)])


@pytest.fixture
def data_folder(tmp_path: Path) -> Path:
    """A folder of the two sample data sets, as ../shared/data holds the real ones."""
    folder = tmp_path / "data"
    shutil.copytree(WORLDCUP, folder / "worldcup")
    shutil.copytree(CATALOGUE_RESULTS, folder / "international_results")
    return folder


@pytest.fixture
def fixtures(make_fixtures: FixtureFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fixtures folder ``fx`` in the test's own directory, naming ``world-cup-1990``."""
    monkeypatch.delenv(ENV_VAR, raising=False)
    player = PLAYER.format(tournament="world-cup-1990")
    return make_fixtures(player=player, sources=SOURCES, tournaments=TOURNAMENTS)


# --- the id rule --------------------------------------------------------------------------------


def test_the_id_rule_drops_year_organiser_and_mens_and_keeps_womens() -> None:
    assert tournament_id("2014 FIFA Men's World Cup", 2014) == "world-cup-2014"
    assert tournament_id("FIFA World Cup", 2014) == "world-cup-2014"
    assert tournament_id("2019 FIFA Women’s World Cup", 2019) == "womens-world-cup-2019"
    assert tournament_id("AFC Asian Cup", 2023) == "asian-cup-2023"
    assert tournament_id("CONCACAF Nations League Finals", 2021) == (
        "concacaf-nations-league-finals-2021"
    )
    assert tournament_id("Copa América", 1959) == "copa-america-1959"


def test_the_bundled_ids_follow_the_catalogues_rule() -> None:
    text = (bundled_fixtures_dir() / "tournaments.toml").read_text(encoding="utf-8")
    for declared in tomllib.loads(text)["tournaments"]:
        assert declared["id"] == tournament_id(declared["name"], declared["edition"])


# --- the data sets' tournaments -----------------------------------------------------------------


def test_results_editions_are_split_named_for_their_year_and_hosted_where_played() -> None:
    found = {t.id: t for t in InternationalResults.load(CATALOGUE_RESULTS).catalogued_tournaments()}
    assert sorted(found) == [
        "african-cup-of-nations-2025",
        "copa-america-1959",
        "copa-america-1959-2",
        "euro-2008",
        "euro-2020",
        "nations-league-finals-2021",
        "world-cup-1990",
    ]
    euro = found["euro-2020"]  # played in 2021, named for 2020
    assert (euro.edition, str(euro.start), str(euro.end)) == (2020, "2021-06-11", "2021-07-11")
    assert euro.hosts == ("Italy", "England")
    afcon = found["african-cup-of-nations-2025"]  # most of its matches in 2025
    assert (str(afcon.start), str(afcon.end), afcon.hosts) == (
        "2025-12-21",
        "2026-01-18",
        ("Morocco",),
    )
    assert found["copa-america-1959-2"].name == "1959 Copa América (2)"
    finals = found["nations-league-finals-2021"]  # the league's windows and play-outs are not
    assert (finals.name, str(finals.start), finals.hosts) == (
        "2021 UEFA Nations League Finals",
        "2021-10-06",
        ("Italy",),
    )
    assert {str(c) for t in found.values() for c in t.cite} == {"international_results/results.csv"}


def test_world_cups_are_dated_by_their_matches_and_womens_kept_apart() -> None:
    found = {t.id: t for t in WorldCup.load(WORLDCUP).catalogued_tournaments()}
    assert sorted(found) == ["womens-world-cup-1991", "world-cup-1990"]
    mens = found["world-cup-1990"]  # tournaments.csv says 1990-06-08 to 07-08; matches.csv
    assert (str(mens.start), str(mens.end), mens.hosts) == ("1990-06-10", "1990-06-20", ("Utopia",))
    assert found["womens-world-cup-1991"].name == "1991 FIFA Women's World Cup"
    assert [str(c) for c in mens.cite] == ["worldcup/tournaments.csv", "worldcup/matches.csv"]


def test_the_first_data_set_given_wins_a_tournament_both_hold() -> None:
    catalogue = _catalogue()
    assert catalogue.tournaments["world-cup-1990"].hosts == ("Utopia",)  # not results' Italy
    assert sorted(catalogue.sources) == [
        "international_results/results.csv",
        "worldcup/matches.csv",
        "worldcup/tournaments.csv",
    ]
    assert catalogue.sources["worldcup/matches.csv"].title == "The Fjelstul World Cup Database"


# --- a fixture naming the data's tournaments ----------------------------------------------------


def test_a_fixture_names_a_catalogued_world_cup_without_declaring_it(fixtures: Path) -> None:
    folder = FixtureSet(fixtures, catalogue=_catalogue())
    career = folder.career("jo-example")
    world_cup = career.tournament("world-cup-1990")
    assert world_cup is not None
    assert (world_cup.name, str(world_cup.start), world_cup.hosts) == (
        "1990 FIFA Men's World Cup",
        "1990-06-10",
        ("Utopia",),
    )
    assert {"worldcup/tournaments.csv", "worldcup/matches.csv"} <= {s.file for s in career.sources}
    # Only what the player file names joins the career: not every tournament of the data.
    assert career.tournament("copa-america-1959") is None


def test_without_data_a_catalogued_tournament_is_unknown(fixtures: Path) -> None:
    with pytest.raises(FixtureError) as raised:
        FixtureSet(fixtures).career("jo-example")
    assert [str(problem) for problem in raised.value.problems] == [
        "fx/players/jo-example.toml: entries[0].tournament: unknown tournament 'world-cup-1990' "
        "(with --data DIR, a World Cup or finals tournament of the data sets needs no "
        "declaration)"
    ]


def test_validate_with_data_accepts_world_cup_1990_and_checks_the_declarations(
    fixtures: Path, data_folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["validate", "fx/players/jo-example.toml", "--data", str(data_folder)]) == 0
    out, err = capsys.readouterr()
    assert out == (
        "fx/players/jo-example.toml: ok, 2 warnings, paragraphs not checked: no articles folder "
        "(--articles DIR)\n"
    )
    assert err.splitlines() == [
        "fx/tournaments.toml: tournaments[0].end: warning: 2008-06-30 declared, but the data "
        "gives 2008-06-29 (international_results/results.csv): the data's is used",
        "fx/tournaments.toml: tournaments[0].hosts: warning: ['Austria'] declared, but the data "
        "gives ['Switzerland', 'Austria'] (international_results/results.csv): the data's is used",
        "1 of 1 file with problems: 0 errors, 2 warnings",
    ]


def test_validate_without_data_says_the_tournament_is_unknown(
    fixtures: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["validate", "fx/players/jo-example.toml"]) == 1
    assert capsys.readouterr().err.splitlines()[0] == (
        "fx/players/jo-example.toml: entries[0].tournament: unknown tournament 'world-cup-1990' "
        "(with --data DIR, a World Cup or finals tournament of the data sets needs no "
        "declaration)"
    )


def test_validate_of_tournaments_toml_with_data_reports_each_difference(
    fixtures: Path, data_folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["validate", "fx/tournaments.toml", "--data", str(data_folder), "--strict"]) == 1
    err = capsys.readouterr().err
    assert "fx/tournaments.toml: tournaments[0].end: warning: 2008-06-30 declared" in err
    assert "tournaments[1]" not in err  # a month holding the data's day is no difference


def test_the_data_value_is_used_cited_to_the_data_set(fixtures: Path) -> None:
    career, warnings = FixtureSet(fixtures, catalogue=_catalogue()).load_with_warnings(
        fixtures / "players" / "jo-example.toml"
    )
    euro = career.tournament("euro-2008")
    assert euro is not None
    assert (str(euro.end), euro.hosts) == ("2008-06-29", ("Switzerland", "Austria"))
    assert [str(c) for c in euro.cite] == ["international_results/results.csv", "a.txt#1"]
    euro_2020 = career.tournament("euro-2020")  # declared to the month: the data's day used
    assert euro_2020 is not None
    assert euro_2020.start.earliest == datetime.date(2021, 6, 11)
    assert euro_2020.hosts == ("Italy", "England")
    assert [problem.place for problem in warnings] == ["tournaments[0].end", "tournaments[0].hosts"]


def test_an_unknown_tournament_is_suggested_the_closest_catalogued_id(fixtures: Path) -> None:
    player = PLAYER.format(tournament="world-cup-1989")
    (fixtures / "players" / "jo-example.toml").write_text(player, encoding="utf-8")
    with pytest.raises(FixtureError) as raised:
        FixtureSet(fixtures, catalogue=_catalogue()).career("jo-example")
    assert [str(problem) for problem in raised.value.problems if problem.is_error] == [
        "fx/players/jo-example.toml: entries[0].tournament: unknown tournament 'world-cup-1989' "
        "(did you mean 'world-cup-1990'?)"
    ]


def test_a_womens_world_cup_is_never_a_mens(fixtures: Path) -> None:
    player = PLAYER.format(tournament="world-cup-1991")
    (fixtures / "players" / "jo-example.toml").write_text(player, encoding="utf-8")
    with pytest.raises(FixtureError) as raised:
        FixtureSet(fixtures, catalogue=_catalogue()).career("jo-example")
    (problem,) = [problem for problem in raised.value.problems if problem.is_error]
    assert problem.message.startswith("unknown tournament 'world-cup-1991'")


def test_referenced_tournaments_are_entries_competitions_claims_and_finals(
    benzema: Career,
) -> None:
    named = referenced_tournaments(benzema)
    assert "world-cup-2022" in named
    assert "friendly" not in named


# --- the published data -------------------------------------------------------------------------


@needs_shared_data
def test_the_bundled_tournaments_agree_with_the_published_data(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(ENV_VAR, raising=False)
    bundled = bundled_fixtures_dir()
    files = [str(bundled / "tournaments.toml"), str(bundled / "players" / "karim-benzema.toml")]
    assert main(["validate", *files, "--data", str(SHARED_DATA), "--strict"]) == 0
    assert "warning" not in capsys.readouterr().err


@needs_shared_data
def test_the_published_catalogue_holds_every_world_cup_and_the_finals() -> None:
    catalogue = Catalogue.of(
        [
            WorldCup.load(SHARED_DATA / "worldcup"),
            InternationalResults.load(SHARED_DATA / "international_results"),
        ]
    )
    ids = set(catalogue.tournaments)
    assert {f"world-cup-{year}" for year in (1930, 1998, 2022, 2026)} <= ids
    assert {"womens-world-cup-1991", "womens-world-cup-2019", "euro-2020"} <= ids
    assert "euro-2021" not in ids
    assert "world-cup-2019" not in ids
    finals = sorted(name for name in ids if name.startswith("nations-league-finals"))
    assert finals == [f"nations-league-finals-{year}" for year in (2019, 2021, 2023, 2025)]
    world_cup = catalogue.tournaments["world-cup-1998"]
    assert (str(world_cup.start), str(world_cup.end), world_cup.hosts) == (
        "1998-06-10",
        "1998-07-12",
        ("France",),
    )
    assert str(catalogue.tournaments["world-cup-1962"].end) == "1962-06-17"  # its final


@needs_shared_data
def test_a_fixture_naming_world_cup_1998_validates_with_data(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv(ENV_VAR, raising=False)
    (tmp_path / "players").mkdir()
    (tmp_path / "sources.toml").write_text(SOURCES, encoding="utf-8")
    player = PLAYER.format(tournament="world-cup-1998").replace("Utopia", "France")
    (tmp_path / "players" / "jo-example.toml").write_text(player, encoding="utf-8")
    assert main(["validate", "players/jo-example.toml"]) == 1
    capsys.readouterr()
    assert main(["validate", "players/jo-example.toml", "--data", str(SHARED_DATA)]) == 0
    assert capsys.readouterr().err == ""


def test_a_tournament_the_model_cannot_hold_is_left_out_not_a_crash(tmp_path: Path) -> None:
    folder = tmp_path / "worldcup"
    shutil.copytree(WORLDCUP, folder)
    table = folder / "tournaments.csv"
    text = table.read_text(encoding="utf-8")
    table.write_text(text.replace("Women's World Cup,1991,", "Women's World Cup,5,"), "utf-8")
    # The year 5 is a malformed row of tournaments.csv now (a year from 1800 to 2100), skipped
    # with the usual warning.
    with pytest.warns(MalformedRowsWarning, match="column year: expected a year from 1800"):
        found = [t.id for t in WorldCup.load(folder, cache=False).catalogued_tournaments()]
    assert found == ["world-cup-1990"]


def test_validate_takes_the_results_data_set_from_the_environment_as_summary_does(
    fixtures: Path, data_folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CAREERSTATS_RESULTS_DIR", str(data_folder / "international_results"))
    assert main(["validate", "fx/players/jo-example.toml"]) == 0  # results.csv's 1990 World Cup


def test_summary_with_data_shows_the_catalogued_world_cup_and_cites_the_data(
    fixtures: Path, data_folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["summary", "jo-example", "--fixtures", "fx", "--data", str(data_folder)]
    assert main([*argv, "--format", "json"]) == 0
    page = json.loads(capsys.readouterr().out)
    (line,) = [t for t in page["tournaments"] if t["tournament"] == "world-cup-1990"]
    assert (line["name"], line["start"], line["end"]) == (
        "1990 FIFA Men's World Cup",
        "1990-06-10",
        "1990-06-20",
    )
    listed = [source["file"] for source in page["sources"]]
    assert {"worldcup/tournaments.csv", "worldcup/matches.csv"} <= set(listed)
