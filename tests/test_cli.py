"""The careerstats command through its entry point: output, exit codes, and one-line errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from careerstats.cli import main

from .conftest import PLAYER_TOML, FixtureFactory


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_summary_shows_the_headline_figures(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "summary", "karim-benzema", "--width", "300")  # rows unwrapped
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0] == "Karim Benzema — France"

    def row(label: str) -> str:
        return next(line for line in lines if line.startswith(label))

    assert row("Caps ").split()[1] == "97"
    assert row("Goals ").split()[1] == "37"
    assert row("Goals per cap").split()[3] == "0.38"
    assert row("Caps short of a century").split()[5] == "3"
    assert "March 2007 v Austria" in row("Debut")
    assert "19 December 2022" in row("Retired")
    assert row("Age at retirement").split()[3] == "35"
    assert row("Longest absence").split()[2] == "2015–2021"
    for tournament in (
        "UEFA Euro 2008",
        "2010 FIFA World Cup",
        "UEFA Euro 2016",
        "2018 FIFA World Cup",
        "2022 FIFA World Cup",
    ):
        assert any(line.startswith(tournament) for line in lines), tournament
    assert "withdrew injured" in row("2022 FIFA World Cup")
    assert "Tournaments (5 played, 4 missed)" in lines


def test_summary_json_is_the_documented_object(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "summary", "Karim Benzéma", "--format", "json")
    assert code == 0
    data = json.loads(out)
    assert data["player"] == {"id": "karim-benzema", "name": "Karim Benzema", "born": "1987-12-19"}
    assert (data["team"], data["caps"], data["goals"]) == ("France", 97, 37)
    assert (data["goals_per_cap"], data["caps_short_of_century"]) == (0.38, 3)
    assert data["debut"]["date"] == "2007-03"
    assert data["debut"]["precision"] == "month"
    assert data["debut"]["opponent"] == "Austria"
    assert data["retirement"] == "2022-12-19"
    assert data["age_at_debut"] == {"years": 19, "min": 19, "max": 19}
    assert data["age_at_retirement"] == {"years": 35, "min": 35, "max": 35}
    absence = data["longest_absence"]
    assert (absence["from"], absence["to"]) == ("2015", "2021")
    assert (absence["shortest_days"], absence["longest_days"]) == (1829, 2557)
    assert "Valbuena" in absence["reason"]
    first = data["tournaments"][0]
    fields = ("name", "edition", "status", "appearances", "goals", "team_finish")  # schema 2
    assert {k: first[k] for k in fields} == {
        "name": "UEFA Euro 2008",
        "edition": 2008,
        "status": "played",
        "appearances": None,
        "goals": None,
        "team_finish": "group-stage",
    }
    assert [s["file"] for s in data["sources"]][:3] == [
        "000_c2d957eb85938973.txt",
        "001_c26b10d1ae9b22eb.txt",
        "002_82f36f0be73dd127.txt",
    ]


def test_summary_markdown(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "summary", "benzema", "--format", "markdown")
    assert code == 0
    assert out.startswith("# Karim Benzema — France\n")
    assert "## Tournaments (5 played, 4 missed)" in out
    assert "| Caps " in out


def test_unknown_player_exits_2_with_close_names(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "summary", "karim", "benzma")
    assert (code, out) == (2, "")
    assert err == (
        "careerstats: error: unknown player 'karim benzma'; did you mean karim-benzema? "
        "careerstats list shows every player, and docs/adding-a-player.md how to add one\n"
    )


def test_list(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "list", "--format", "json")
    assert code == 0
    assert {
        "id": "karim-benzema",
        "name": "Karim Benzema",
        "aliases": [],
        "file": "karim-benzema.toml",
    } in json.loads(out)["players"]


def test_fixtures_option_and_environment(
    capsys: pytest.CaptureFixture[str],
    make_fixtures: FixtureFactory,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    root = make_fixtures()
    code, out, _ = run(capsys, "list", "--fixtures", str(root))
    assert code == 0
    assert "jo-example" in out
    assert "karim-benzema" not in out
    monkeypatch.setenv("CAREERSTATS_FIXTURES", str(root))
    code, out, _ = run(capsys, "summary", "jojo", "--format", "json")
    assert (code, json.loads(out)["caps"]) == (0, 40)


def test_a_broken_fixture_is_one_line_per_problem(
    capsys: pytest.CaptureFixture[str], make_fixtures: FixtureFactory
) -> None:
    root = make_fixtures(player=PLAYER_TOML.replace("goals = 12", 'goals = "12"'))
    code, out, err = run(capsys, "summary", "jo-example", "--fixtures", str(root))
    assert (code, out) == (2, "")
    assert err == (
        "careerstats: error: fx/players/jo-example.toml: stated_totals[0].goals: "
        "expected a whole number, got '12'\n"
    )


def test_missing_fixtures_folder(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = run(capsys, "list", "--fixtures", str(tmp_path / "none"))
    assert code == 2
    assert err == (
        f"careerstats: error: {tmp_path / 'none'}: "
        "no such folder: expected a fixtures folder with a players/ folder\n"
    )


def test_validate(capsys: pytest.CaptureFixture[str], make_fixtures: FixtureFactory) -> None:
    root = make_fixtures()
    good = root / "players" / "jo-example.toml"
    code, out, err = run(capsys, "validate", str(good), str(root / "sources.toml"))
    assert (code, err) == (0, "")
    unchecked = "paragraphs not checked: no articles folder (--articles DIR)"
    assert out == f"{good}: ok, {unchecked}\n{root / 'sources.toml'}: ok, {unchecked}\n"

    good.write_text(
        PLAYER_TOML.replace("caps = 40", "caps = -4").replace("minute = 17", "minute = 0")
    )
    missing = root / "players" / "nobody.toml"
    code, out, err = run(capsys, "validate", str(good), str(missing))
    assert (code, out) == (1, "")
    assert err.splitlines() == [
        "fx/players/jo-example.toml: appearances[0].goals[0].minute: expected 1 or more, got 0",
        "fx/players/jo-example.toml: stated_totals[0].caps: expected 0 or more, got -4",
        "fx/players/nobody.toml: cannot read: No such file or directory",
        "2 of 2 files with problems: 3 errors, 0 warnings",
    ]


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["summary", "x", "--format", "yaml"])
    assert caught.value.code == 2
    assert "invalid choice: 'yaml'" in capsys.readouterr().err


def test_help_documents_exit_codes(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["--help"])
    assert caught.value.code == 0
    out = capsys.readouterr().out
    assert "exit codes:" in out
    assert "2  bad input" in out
    assert "CAREERSTATS_FIXTURES" in out


def test_the_installed_entry_point_runs_without_a_traceback(tmp_path: Path) -> None:
    """Through a real process, from a folder that is not the checkout."""
    done = subprocess.run(
        [sys.executable, "-m", "careerstats", "summary", "../../etc/passwd"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 2
    assert done.stderr == (
        "careerstats: error: unknown player '../../etc/passwd'; careerstats list shows every "
        "player, and docs/adding-a-player.md how to add one\n"
    )
    done = subprocess.run(
        [sys.executable, "-m", "careerstats", "summary", "karim-benzema", "--format", "json"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0
    assert json.loads(done.stdout)["caps_short_of_century"] == 3


def test_list_shows_the_readable_players_and_exits_2_for_the_others(
    capsys: pytest.CaptureFixture[str], make_fixtures: FixtureFactory
) -> None:
    root = make_fixtures()
    (root / "players" / "broken.toml").write_bytes(b"\xff")
    code, out, err = run(capsys, "list", "--fixtures", str(root))
    assert code == 2
    assert "jo-example" in out
    assert err == (
        "careerstats: error: fx/players/broken.toml: line 1, column 1: "
        "expected UTF-8 text, got byte 0xff\n"
    )


def test_validate_refuses_a_missing_fixtures_folder(
    capsys: pytest.CaptureFixture[str], make_fixtures: FixtureFactory
) -> None:
    root = make_fixtures()
    code, out, err = run(
        capsys, "validate", "--fixtures", "nowhere", str(root / "players" / "jo-example.toml")
    )
    assert (code, out) == (2, "")
    assert err == (
        "careerstats: error: nowhere: no such folder: "
        "expected a fixtures folder with a players/ folder\n"
    )


def test_sources_shown_are_those_the_player_relies_on(
    capsys: pytest.CaptureFixture[str], make_fixtures: FixtureFactory
) -> None:
    from .conftest import SOURCES_TOML, TOURNAMENTS_TOML

    other_team = TOURNAMENTS_TOML.replace('cite = ["a.txt#3"]', 'cite = ["c.txt#3"]').replace(
        'team = "Utopia"', 'team = "Freedonia"'
    )
    root = make_fixtures(
        sources=SOURCES_TOML + '\n[[sources]]\nfile = "c.txt"\n', tournaments=other_team
    )
    code, out, _ = run(capsys, "summary", "jojo", "--fixtures", str(root), "--format", "json")
    assert code == 0
    assert [source["file"] for source in json.loads(out)["sources"]] == ["a.txt", "b.txt"]


def test_summary_as_of_says_so_and_claims_no_unknown_milestone(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, _ = run(capsys, "summary", "karim-benzema", "--as-of", "2014")
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "Karim Benzema — France, as of 2014"
    assert not any("not reached" in line for line in lines)
    assert any(line.startswith("50 caps") and "not known" in line for line in lines)
    code, out, _ = run(capsys, "summary", "karim-benzema", "--as-of", "2014", "--format", "json")
    data = json.loads(out)
    assert data["as_of"] == "2014"
    assert data["milestones"][0] == {
        "kind": "caps",
        "threshold": 50,
        "reached": None,
        "short_by": None,
        "when": None,
    }
