"""Issue 15, items 4 and 5: what a fresh-clone user of ``careerstats new`` and of the tournament
catalogue found.

1. A family name's suggestions missed the player meant: the World Cup Database's namesakes
   were cut to three alphabetically before the team's were picked (``Henry --team France``
   lost Thierry Henry), and ``summary henry --data`` suggested nothing.
2. ``new`` wrote its file without a word.
3. A goal at a Euro was written with its ``competition_name`` but no tournament id, so the
   draft entered World Cups only.
4. An unknown tournament of the catalogue's shape, checked without ``--data``, gave no hint.

The sample files are the World Cup sample of ``tests/data/worldcup`` with three namesakes
added to Utopia's squad, beside a results data set written here; the tests on
``../shared/data`` skip with a reason where it is absent.
"""

from __future__ import annotations

import csv
import shutil
import tomllib
from pathlib import Path

import pytest

from careerstats import load_career_file
from careerstats.catalogue import tournament_id
from careerstats.cli import main
from careerstats.datasets import ENV_VAR
from careerstats.fixtures import bundled_fixtures_dir
from careerstats.model import Career
from careerstats.names import MAX_SUGGESTIONS, fold, plural
from careerstats.reconcile import GOALSCORERS

from ..conftest import SHARED
from . import test_issue_15_new
from .test_issue_15_catalogue import PLAYER
from .test_issue_15_new import write_results

WORLDCUP_SAMPLE = Path(__file__).resolve().parents[1] / "data" / "worldcup"
SHARED_DATA = SHARED / "data"
needs_shared = pytest.mark.skipif(
    not (SHARED_DATA / "worldcup").is_dir() or not (SHARED_DATA / "international_results").is_dir(),
    reason="needs ../shared/data (both data sets) beside the checkout",
)

RESULTS_CSV = (
    test_issue_15_new.RESULTS_CSV
    + """\
1991-10-12,Freedonia,France,0,1,UEFA Euro qualification,Fredville,Freedonia,FALSE
1992-06-10,France,Sylvania,1,0,UEFA Euro,Malmö,Sweden,TRUE
1992-06-14,Sylvania,Utopia,0,0,UEFA Euro,Solna,Sweden,TRUE
"""
)
"""The results of the tests of ``new``, and a Euro qualifier and a Euro (1992)."""
GOALSCORERS_CSV = (
    test_issue_15_new.GOALSCORERS_CSV
    + """\
1991-10-12,Freedonia,France,France,Jean Dupont,30,FALSE,FALSE
1992-06-10,France,Sylvania,France,Jean Dupont,55,FALSE,FALSE
"""
)
"""Their goals, and Jean Dupont's in the qualifier and at the Euro."""
fixtures = test_issue_15_new.fixtures
"""An empty fixtures folder ``fx`` (the fixture of the tests of ``new``)."""
NO_CATALOGUE_HINT = (
    "with --data DIR, a World Cup or finals tournament of the data sets needs no declaration"
)
"""The hint, word for word, of an unknown tournament of the catalogue's shape without data."""
NAMESAKES = ("Anne", "Bea", "Cid")
"""Given names of three Duponts of Utopia: alphabetically before Jean and Marie Dupont."""


def _append(path: Path, rows: list[dict[str, str]]) -> None:
    with path.open(encoding="utf-8", newline="") as file:
        header = next(csv.reader(file))
    with path.open("a", encoding="utf-8", newline="") as file:
        writer = csv.DictWriter(file, header)
        for row in rows:
            writer.writerow({key: row.get(key, "0") for key in header})


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as file:
        return list(csv.DictReader(file))


@pytest.fixture
def data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Both data sets: the World Cup sample with three Duponts of Utopia added, and results
    holding a Euro (1992) and a Euro qualifier Jean Dupont scored in."""
    monkeypatch.delenv(ENV_VAR, raising=False)
    folder = tmp_path / "data"
    worldcup = folder / "worldcup"
    shutil.copytree(WORLDCUP_SAMPLE, worldcup)
    ids = [f"P-10{index}" for index in range(len(NAMESAKES))]
    _append(
        worldcup / "players.csv",
        [
            {"key_id": str(100 + i), "player_id": pid, "family_name": "Dupont", "given_name": given}
            | {"birth_date": "not available", "female": "0"}
            for i, (pid, given) in enumerate(zip(ids, NAMESAKES, strict=True))
        ],
    )
    _append(
        worldcup / "squads.csv",
        [
            {
                "key_id": str(100 + i),
                "tournament_id": "WC-1990",
                "tournament_name": "1990 FIFA Men's World Cup",
                "team_id": "T-02",
                "team_name": "Utopia",
                "team_code": "UTO",
                "player_id": pid,
                "family_name": "Dupont",
                "given_name": given,
                "shirt_number": str(10 + i),
                "position_name": "forward",
                "position_code": "FW",
            }
            for i, (pid, given) in enumerate(zip(ids, NAMESAKES, strict=True))
        ],
    )
    write_results(folder, RESULTS_CSV, GOALSCORERS_CSV)
    return folder


def _new_jean_dupont(capsys: pytest.CaptureFixture[str], data: Path, fixtures: Path) -> Path:
    """``careerstats new "Jean Dupont" --team France`` into ``fixtures``: the file written."""
    path = fixtures / "players" / "jean-dupont.toml"
    arguments = ["new", "Jean Dupont", "--team", "France", "--data", str(data), "-o", str(path)]
    assert _run(capsys, *arguments)[0] == 0
    return path


def _run(capsys: pytest.CaptureFixture[str], *arguments: str) -> tuple[int, str, str]:
    code = main(list(arguments))
    out, err = capsys.readouterr()
    return code, out, err


def _suggested(err: str) -> list[str]:
    """The names an error line suggests, in its order."""
    asked = err.rsplit("did you mean ", 1)[1].split("?", 1)[0]
    return [name.strip("'\"") for name in asked.split(" or ")]


# --- 1. a family name's suggestions -------------------------------------------------------------


def test_family_name_suggests_the_teams_players_though_namesakes_sort_first(
    data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Only the World Cup Database: its Duponts of Utopia used to crowd out France's.
    worldcup = str(data / "worldcup")
    code, out, err = _run(
        capsys, "new", "Dupont", "--team", "France", "--data", worldcup, "-o", "-"
    )
    assert (code, out) == (2, "")
    assert err == (
        "careerstats: error: no player 'Dupont' of France in the data sets: neither a scorer of "
        "goalscorers.csv nor a World Cup squad member has that full name (a family name alone is "
        "not enough); did you mean 'Jean Dupont' or 'Marie Dupont' or 'Anne Dupont'?\n"
    )


def test_family_name_without_a_team_suggests_the_one_with_most_goals_first(
    data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = _run(capsys, "new", "Dupont", "--data", str(data), "-o", "-")
    assert code == 2
    scored = [row["scorer"] for row in _rows(data / "international_results" / "goalscorers.csv")]
    most = max((name for name in set(scored) if "Dupont" in name), key=scored.count)
    others = sorted(
        f"{given} Dupont" for given in (*NAMESAKES, "Marie") if f"{given} Dupont" != most
    )
    assert _suggested(err) == [most, *others][:MAX_SUGGESTIONS]
    assert most == "Jean Dupont"


def test_summary_of_a_family_name_with_no_fixture_suggests_the_data_sets_full_names(
    data: Path, fixtures: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = _run(
        capsys,
        "summary",
        "dupont",
        "--team",
        "France",
        "--data",
        str(data),
        "--fixtures",
        str(fixtures),
    )
    assert (code, out) == (2, "")
    assert err == (
        "careerstats: error: unknown player 'dupont' (no fixture; in the data sets, did you mean "
        "'Jean Dupont' or 'Marie Dupont' or 'Anne Dupont'?); careerstats list shows every player, "
        "and docs/adding-a-player.md how to add one\n"
    )


def _frances_henrys() -> set[str]:
    """France's players in the shared data sets with Henry as a given or family name."""
    worldcup, results = SHARED_DATA / "worldcup", SHARED_DATA / "international_results"
    in_squads = {
        row["player_id"] for row in _rows(worldcup / "squads.csv") if row["team_name"] == "France"
    }
    found = {
        f"{row['given_name']} {row['family_name']}"
        for row in _rows(worldcup / "players.csv")
        if row["player_id"] in in_squads
        and "henry" in fold(f"{row['given_name']} {row['family_name']}").split()
    }
    found |= {
        row["scorer"]
        for row in _rows(results / "goalscorers.csv")
        if row["team"] == "France" and "henry" in fold(row["scorer"]).split()
    }
    return found


@needs_shared
def test_henry_of_france_suggests_thierry_and_amandine_henry_first(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(ENV_VAR, raising=False)
    arguments = ["new", "Henry", "--team", "France", "--data", str(SHARED_DATA), "-o", "-"]
    code, out, err = _run(capsys, *arguments)
    assert (code, out) == (2, "")
    frances = _frances_henrys()
    assert {"Thierry Henry", "Amandine Henry"} <= frances
    suggested = _suggested(err)
    assert len(suggested) == MAX_SUGGESTIONS
    assert set(suggested[: len(frances)]) == frances or set(suggested) <= frances
    assert suggested[0] == "Thierry Henry"  # the most goals of them in goalscorers.csv
    code, _, err = _run(capsys, "summary", "henry", "--data", str(SHARED_DATA))
    assert code == 2
    assert _suggested(err)[0] == "Thierry Henry"


# --- 2. new says what it wrote --------------------------------------------------------------------


def _counts(career: Career) -> str:
    goals = sum(not goal.own_goal for cap in career.appearances for goal in cap.goals)
    return ", ".join(
        (
            plural(len(career.appearances), "appearance"),
            plural(goals, "goal"),
            plural(len(career.entries), "tournament entry", "tournament entries"),
        )
    )


def test_new_says_in_one_line_what_it_wrote_and_how_to_check_it(
    data: Path, fixtures: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = fixtures / "players" / "jean-dupont.toml"
    arguments = ["new", "Jean Dupont", "--team", "France", "--data", str(data), "-o", str(path)]
    code, out, err = _run(capsys, *arguments)
    assert (code, err) == (0, "")
    counts = _counts(load_career_file(path))
    assert out == f"wrote {path}: {counts}; careerstats validate {path} checks it\n"


def test_new_report_names_the_fixtures_folders_and_escapes_the_path(
    data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "odd\nfolder"
    (folder / "players").mkdir(parents=True)
    path = folder / "players" / "jean-dupont.toml"
    arguments = ["new", "Jean Dupont", "--data", str(data), "--fixtures", str(folder)]
    code, out, err = _run(capsys, *arguments, "-o", str(path))
    assert (code, err) == (0, "")
    shown = repr(str(path))[1:-1]  # the line break escaped; quoted, as a shell would need
    assert out.count("\n") == 1
    assert out.startswith(f"wrote '{shown}': ")
    assert out.endswith(
        f"; careerstats validate --fixtures '{repr(str(folder))[1:-1]}' '{shown}' checks it\n"
    )


def test_new_to_standard_output_writes_the_fixture_alone(
    data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = _run(capsys, "new", "Jean Dupont", "--data", str(data), "-o", "-")
    assert (code, err) == (0, "")
    assert "wrote" not in out
    assert tomllib.loads(out)["player"]["name"] == "Jean Dupont"


# --- 3. the finals tournaments besides the World Cups -------------------------------------------


def test_new_gives_a_euro_goal_its_tournament_and_an_entry_played(
    data: Path, fixtures: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _new_jean_dupont(capsys, data, fixtures)
    text = path.read_text(encoding="utf-8")
    career = load_career_file(path)
    results = _rows(data / "international_results" / "results.csv")
    euro = [row for row in results if row["tournament"] == "UEFA Euro" and "France" in row.values()]
    [match] = euro
    euro_id = tournament_id("UEFA Euro", int(match["date"][:4]))
    by_date = {str(cap.match.date): cap for cap in career.appearances}
    assert by_date[match["date"]].match.competition == euro_id == "euro-1992"
    assert by_date["1991-10-12"].match.competition is None  # a qualifier is no finals
    [entry] = [entry for entry in career.entries if entry.tournament == euro_id]
    assert (entry.status.value, [c.file for c in entry.cite]) == ("played", [GOALSCORERS])
    # Declared in the file (the folder lacks it): it validates with and without --data.
    declared = tomllib.loads(text)["tournaments"]
    [held] = [t for t in declared if t["id"] == euro_id]
    assert held["cite"] == ["international_results/results.csv"]
    assert (str(held["start"]), held["hosts"]) == (match["date"], [match["country"]])
    for extra in ([], ["--data", str(data)]):
        code, out, err = _run(capsys, "validate", str(path), *extra)
        assert (code, err.splitlines()[-1]) == (0, "1 of 1 file with problems: 0 errors, 1 warning")
        assert out.startswith(f"{path}: ok, 1 warning")  # the debut's
    assert path.read_text(encoding="utf-8") == text


def test_new_names_a_euro_the_fixtures_folder_declares_without_declaring_it(
    data: Path, fixtures: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (fixtures / "sources.toml").write_text('[[sources]]\nfile = "a.txt"\n', encoding="utf-8")
    (fixtures / "tournaments.toml").write_text(
        '[[tournaments]]\nid = "euro-1992"\nname = "UEFA Euro 1992"\nedition = 1992\n'
        'start = 1992-06-10\nend = 1992-06-26\nhosts = ["Sweden"]\ncite = ["a.txt#1"]\n',
        encoding="utf-8",
    )
    path = _new_jean_dupont(capsys, data, fixtures)
    written = tomllib.loads(path.read_text(encoding="utf-8"))
    assert "euro-1992" not in {t["id"] for t in written.get("tournaments", [])}
    assert "euro-1992" in {e["tournament"] for e in written["entries"]}
    code, out, _ = _run(capsys, "validate", str(path))
    assert (code, out.startswith(f"{path}: ok, 1 warning")) == (0, True)


def test_new_declares_a_world_cup_as_the_catalogue_dates_it_so_validate_data_agrees(
    data: Path, fixtures: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # The sample's tournaments.csv dates the 1990 World Cup a few days off its matches.
    path = _new_jean_dupont(capsys, data, fixtures)
    matches = _rows(data / "worldcup" / "matches.csv")
    days = sorted(row["match_date"] for row in matches if row["tournament_id"] == "WC-1990")
    [cup] = [
        t for t in tomllib.loads(path.read_text())["tournaments"] if t["id"] == "world-cup-1990"
    ]
    assert (str(cup["start"]), str(cup["end"])) == (days[0], days[-1])
    code, _, err = _run(capsys, "validate", str(path), "--data", str(data))
    assert code == 0
    assert [line for line in err.splitlines() if "tournaments[" in line] == []


@needs_shared
def test_henry_fixture_enters_his_euros_and_still_validates_unchanged(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(ENV_VAR, raising=False)
    folder = tmp_path / "fixtures"
    (folder / "players").mkdir(parents=True)
    for shared in ("sources.toml", "tournaments.toml"):
        shutil.copy(bundled_fixtures_dir() / shared, folder / shared)
    path = folder / "players" / "thierry-henry.toml"
    arguments = ["new", "Thierry Henry", "--team", "France", "--data", str(SHARED_DATA)]
    assert _run(capsys, *arguments, "-o", str(path))[0] == 0
    text = path.read_text(encoding="utf-8")
    results = SHARED_DATA / "international_results"
    euros = {
        (row["date"], row["home_team"], row["away_team"])
        for row in _rows(results / "results.csv")
        if row["tournament"] == "UEFA Euro"
    }
    scored_at = {
        row["date"]
        for row in _rows(results / "goalscorers.csv")
        if row["scorer"] == "Thierry Henry"
        and row["team"] == "France"
        and (row["date"], row["home_team"], row["away_team"]) in euros
    }
    assert scored_at
    career = load_career_file(path)
    competitions = {str(cap.match.date): cap.match.competition for cap in career.appearances}
    assert {competitions[day] for day in scored_at} == {
        tournament_id("UEFA Euro", int(day[:4])) for day in scored_at
    }
    entered = {entry.tournament for entry in career.entries}
    assert {competitions[day] for day in scored_at} <= entered
    for extra in ([], ["--data", str(SHARED_DATA)]):
        code, out, _ = _run(capsys, "validate", str(path), *extra)
        assert code == 0
        assert out.startswith(f"{path}: ok, 1 warning")  # the debut's
    assert path.read_text(encoding="utf-8") == text


# --- 4. the unknown tournament's hint ----------------------------------------------------------


@pytest.mark.parametrize(
    ("tournament", "hinted"), [("world-cup-1998", True), ("euro-2000", True), ("cup2012", False)]
)
def test_unknown_tournament_without_data_says_data_would_declare_it(
    fixtures: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tournament: str,
    hinted: bool,
) -> None:
    monkeypatch.delenv(ENV_VAR, raising=False)
    (fixtures / "sources.toml").write_text('[[sources]]\nfile = "a.txt"\n', encoding="utf-8")
    path = fixtures / "players" / "jo-example.toml"
    path.write_text(PLAYER.format(tournament=tournament), encoding="utf-8")
    assert main(["validate", str(path)]) == 1
    hint = f" ({NO_CATALOGUE_HINT})" if hinted else ""
    assert capsys.readouterr().err.splitlines()[0] == (
        f"{path}: entries[0].tournament: unknown tournament '{tournament}'{hint}"
    )


def test_unknown_tournament_with_data_gives_no_data_hint(
    data: Path, fixtures: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (fixtures / "sources.toml").write_text('[[sources]]\nfile = "a.txt"\n', encoding="utf-8")
    path = fixtures / "players" / "jo-example.toml"
    path.write_text(PLAYER.format(tournament="world-cup-1989"), encoding="utf-8")
    assert main(["validate", str(path), "--data", str(data)]) == 1
    first = capsys.readouterr().err.splitlines()[0]
    assert first == (
        f"{path}: entries[0].tournament: unknown tournament 'world-cup-1989' (did you mean "
        "'world-cup-1990'?)"
    )
