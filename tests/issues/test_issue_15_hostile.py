"""Issue 15, hostile input: World Cup rows that point at nothing, a data set folder missing a
file, and ``careerstats new`` told to write into something that is no folder.

The data sets are the sample files of ``tests/data`` (made up: Jean Dupont of France's men),
copied and broken here; the shared data sets are never written to.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from careerstats.cli import main
from careerstats.datasets.worldcup import WorldCup
from careerstats.errors import DatasetError, MalformedRowsWarning

from ..conftest import run_cli

SAMPLES = Path(__file__).resolve().parents[1] / "data"


@pytest.fixture
def data(tmp_path: Path) -> Path:
    """A folder of both sample data sets, to break."""
    folder = tmp_path / "data"
    shutil.copytree(SAMPLES / "worldcup", folder / "worldcup")
    shutil.copytree(SAMPLES / "international_results", folder / "international_results")
    return folder


def _replace_in_line(path: Path, line: int, old: str, new: str) -> None:
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    assert old in lines[line - 1]
    lines[line - 1] = lines[line - 1].replace(old, new, 1)
    path.write_text("".join(lines), encoding="utf-8")


_run = run_cli


def test_a_lineup_of_a_match_matches_csv_lacks_is_a_malformed_row_not_a_traceback(
    data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Regression: `careerstats new` and `summary` died with KeyError: 'M-9999-99'.
    lineups = data / "worldcup" / "player_appearances.csv"
    _replace_in_line(lineups, 2, "M-1990-01", "M-9999-99")
    new = ["new", "Jean Dupont", "--team", "France", "--data", str(data / "worldcup"), "-o", "-"]
    code, out, err = _run(capsys, *new, "--strict")
    assert (code, out) == (2, "")
    assert err == (
        f"careerstats: error: {lineups}: line 2: column match_id: expected a match_id of "
        "matches.csv, got 'M-9999-99'\n"
    )
    code, out, err = _run(capsys, *new)
    assert code == 0
    assert err == (
        "careerstats: warning: player_appearances.csv: 1 malformed row skipped (first: "
        f"{lineups} line 2: column match_id: expected a match_id of matches.csv, got "
        "'M-9999-99'); strict loading makes them errors\n"
    )
    assert "1990-06-20" in out  # the other line-up is kept


def test_a_goal_in_a_match_matches_csv_lacks_is_a_malformed_row_not_a_traceback(
    data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Regression: the summary of a player with no fixture died with KeyError: 'M-9999-98'.
    goals = data / "worldcup" / "goals.csv"
    _replace_in_line(goals, 2, "M-1990-01", "M-9999-98")
    code, out, err = _run(
        capsys, "summary", "Jean Dupont", "--data", str(data / "worldcup"), "--strict"
    )
    assert (code, out) == (2, "")
    assert err == (
        f"careerstats: error: {goals}: line 2: column match_id: expected a match_id of "
        "matches.csv, got 'M-9999-98'\n"
    )


def test_a_row_of_a_skipped_match_is_skipped_too(data: Path) -> None:
    # A match whose row is malformed is no match: its line-ups, goals and cards are not
    # looked up in it (they were, and failed with a KeyError).
    worldcup = data / "worldcup"
    _replace_in_line(worldcup / "matches.csv", 2, "1990-06-10", "1990-06-31")
    with pytest.raises(DatasetError) as raised:
        WorldCup.load(worldcup, strict=True, cache=False)
    assert [f"{p.file}: {p.place}: {p.message}" for p in raised.value.problems][:3] == [
        f"{worldcup / 'matches.csv'}: line 2: column match_date: expected a date like "
        "2022-12-18 that the calendar has, got '1990-06-31'",
        f"{worldcup / 'player_appearances.csv'}: line 2: column match_id: expected a match_id "
        "of matches.csv, got 'M-1990-01'",
        f"{worldcup / 'player_appearances.csv'}: line 3: column match_id: expected a match_id "
        "of matches.csv, got 'M-1990-01'",
    ]
    with pytest.warns(MalformedRowsWarning):
        loaded = WorldCup.load(worldcup, cache=False)
    assert [lineup.match for lineup in loaded.lineups_of("P-001")] == ["M-1990-02"]
    assert loaded.player_appearances  # every look-up now finds its match
    assert [goal.match for goal in loaded.goals_of("P-001")] == []


def test_a_data_set_folder_missing_a_file_is_an_error_not_passed_over(
    data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Regression: a worldcup/ folder without goals.csv was no data set, passed over unsaid:
    # `careerstats new` wrote a fixture with none of the World Cup line-ups, and exited 0.
    (data / "worldcup" / "goals.csv").unlink()
    code, out, err = _run(
        capsys, "new", "Jean Dupont", "--team", "France", "--data", str(data), "-o", "-"
    )
    assert (code, out) == (2, "")
    assert err == (
        f"careerstats: error: {data / 'worldcup'}: expected every file of the worldcup data "
        "set (--data): goals.csv not found\n"
    )


def test_an_empty_data_set_folder_is_one_line(
    data: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    shutil.rmtree(data / "international_results")
    (data / "international_results").mkdir()
    monkeypatch.setenv("CAREERSTATS_DATA", str(data))
    code, _, err = _run(capsys, "summary", "karim-benzema")
    assert code == 2
    assert err == (
        f"careerstats: error: {data / 'international_results'}: expected every file of the "
        "international_results data set ($CAREERSTATS_DATA): results.csv, goalscorers.csv, "
        "shootouts.csv, former_names.csv not found\n"
    )


@pytest.mark.parametrize("command", ["new", "plot"])
def test_an_output_in_a_file_that_is_no_folder_says_it_is_no_folder(
    command: str, data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Regression: "the folder 'afile' does not exist", of a file that does.
    afile = tmp_path / "afile"
    afile.write_text("mine\n", encoding="utf-8")
    if command == "new":
        output = afile / "jean-dupont.toml"
        arguments = ["new", "Jean Dupont", "--data", str(data), "-o", str(output)]
    else:
        output = afile / "timeline.svg"
        arguments = ["plot", "karim-benzema", "-o", str(output)]
    code, out, err = _run(capsys, *arguments)
    assert (code, out) == (2, "")
    assert err == f"careerstats: error: {output}: {str(afile)!r} is not a folder\n"
    assert afile.read_text(encoding="utf-8") == "mine\n"


@pytest.mark.parametrize(
    ("command", "option"),
    [
        (["summary", "karim-benzema"], "--data"),
        (["new", "Jean Dupont", "-o", "-"], "--data"),
        (["goals", "karim-benzema"], "--results-dir"),
        (["validate", "x.toml"], "--articles"),
    ],
)
def test_an_empty_folder_name_is_refused_not_read_as_the_current_folder(
    command: list[str], option: str, capsys: pytest.CaptureFixture[str]
) -> None:
    # Regression: `--results-dir ""` read the current folder ("results.csv: file not found"),
    # `--data ""` looked for data sets in it, `--articles ""` checked paragraphs against it;
    # `--fixtures ""` was refused already.
    with pytest.raises(SystemExit) as caught:
        main([*command, option, ""])
    out, err = capsys.readouterr()
    assert (caught.value.code, out) == (2, "")
    assert err.splitlines()[-1] == (
        f"careerstats {command[0]}: error: argument {option}: expected a folder, got an empty name"
    )


def _add_player(worldcup: Path, player: str, squad: str) -> None:
    """A row of players.csv (its first five columns) and one of squads.csv at the 1990 World
    Cup (team id, team, code and player id), as Jean Dupont's are."""
    with (worldcup / "players.csv").open("a", encoding="utf-8") as players:
        players.write(f"{player},0,0,0,0,1,0,0,0\n")
    with (worldcup / "squads.csv").open("a", encoding="utf-8") as squads:
        squads.write(f"9,WC-1990,1990 FIFA Men's World Cup,{squad},Dupont,Jean,9,forward,FW\n")


def test_two_players_of_one_name_team_and_birth_date_are_not_told_to_give_it(
    data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Regression: the error asked for the birth date "with --born DATE", and asked again when
    # given it: the data set holds two Alines of Brazil born 1982-07-06, a dead end.
    worldcup = data / "worldcup"
    _add_player(worldcup, "8,P-008,Dupont,Jean,1966-01-02", "T-01,France,FRA,P-008")
    expected = (
        f"careerstats: error: 'Jean Dupont' of France is ambiguous in {worldcup / 'players.csv'}: "
        "P-001 (Jean Dupont, born 1966-01-02) or P-008 (Jean Dupont, born 1966-01-02); born on "
        "one day, the data set cannot tell them apart\n"
    )
    new = ["new", "Jean Dupont", "--team", "France", "--data", str(worldcup), "-o", "-"]
    for arguments in (new, [*new, "--born", "1966-01-02"]):
        assert _run(capsys, *arguments) == (2, "", expected)


def test_names_suggested_from_the_data_sets_are_cut_and_escaped(
    data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Regression: a 100,000-character name of players.csv came back whole in the suggestion
    # ("did you mean 'Jean Dupontxxx…'" of 100 kB), and a team of squads.csv raw and whole.
    worldcup = data / "worldcup"
    long_name = "Dupont" + "x" * 100_000
    long_team = "Utopia\x1b[31m" + "y" * 100
    _add_player(worldcup, f"9,P-009,{long_name},Jean,1970-01-01", f"T-02,{long_team},UTO,P-001")
    code, out, err = _run(capsys, "new", "Jean", "--data", str(worldcup), "-o", "-")
    assert (code, out) == (2, "")
    assert err == (
        "careerstats: error: no player 'Jean' in the data sets: neither a scorer of "
        "goalscorers.csv nor a World Cup squad member has that full name (a family name alone "
        f"is not enough); did you mean 'Jean Dupont' or 'Jean Dupont{'x' * 49}'… (100,011 "
        "characters)?\n"
    )
    code, out, err = _run(capsys, "new", "Jean Dupont", "--data", str(worldcup), "-o", "-")
    assert (code, out) == (2, "")
    assert err == (
        "careerstats: error: 'Jean Dupont' plays for France and Utopia\\x1b[31m"
        f"{'y' * 46}… in the data sets: give the team with --team\n"
    )


def test_new_to_an_ascii_stdout_writes_toml_that_reads_back(
    data: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # Regression: with PYTHONIOENCODING=ascii a character past U+FFFF went out as the JSON
    # surrogate pair "\ud835\udd38", which TOML refuses ("not a Unicode scalar value").
    import io
    import sys
    import tomllib

    worldcup = data / "worldcup"
    for table in ("players.csv", "squads.csv"):
        path = worldcup / table
        text = path.read_text(encoding="utf-8")
        path.write_text(text.replace("Dupont,Jean", "Dupont😀é,Jean"), encoding="utf-8")
    stdout = io.TextIOWrapper(io.BytesIO(), encoding="ascii", errors="strict")
    monkeypatch.setattr(sys, "stdout", stdout)
    arguments = ["new", "Jean Dupont😀é", "--team", "France", "--data", str(worldcup), "-o", "-"]
    assert main(arguments) == 0
    stdout.flush()
    written = stdout.buffer.getvalue()  # type: ignore[attr-defined]
    assert b'name = "Jean Dupont\\U0001f600\\u00e9"' in written
    assert tomllib.loads(written.decode("ascii"))["player"]["name"] == "Jean Dupont😀é"
