"""Issue 15, item 6: several fixtures folders (``--fixtures A --fixtures B``,
``CAREERSTATS_FIXTURES=A:B``): later folders add players, sources and tournaments; an id declared
in two folders is an error naming both places; articles are looked for beside the folder that
declares their source; a folder given wrong is one line and exit 2."""

from __future__ import annotations

import argparse
import json
import os
from pathlib import Path

import pytest

from careerstats import cli
from careerstats.cli import main
from careerstats.errors import FixtureError, InvalidValueError
from careerstats.fixtures import ENV_VAR, FixtureSet, load_career, validate_file

from ..conftest import PLAYER_TOML, FixtureFactory

OTHER_TOML = (
    PLAYER_TOML.replace('id = "jo-example"', 'id = "al-other"')
    .replace('name = "Jo Éxample"', 'name = "Al Other"')
    .replace('aliases = ["Jojo"]', "aliases = []")
)
"""A second player, for folder B: he cites a.txt and enters cup-2012, both declared in A."""


@pytest.fixture(autouse=True)
def _folders(make_fixtures: FixtureFactory) -> None:
    """Folder A (make_fixtures' folder: sources a.txt and b.txt, cups 2012 and 2016, Jo
    Éxample) and folder B (Al Other alone, no shared files), in the test's own folder."""
    make_fixtures().rename("A")
    b_players = Path("B/players")
    b_players.mkdir(parents=True)
    (b_players / "al-other.toml").write_text(OTHER_TOML, encoding="utf-8")


def _run(capsys: pytest.CaptureFixture[str], *arguments: str) -> tuple[int, str, str]:
    code = main(list(arguments))
    out, err = capsys.readouterr()
    return code, out, err


# --- later folders add --------------------------------------------------------------------


def test_a_player_of_a_later_folder_cites_a_source_and_enters_a_tournament_of_an_earlier_one(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, err = _run(capsys, "summary", "al-other", "--fixtures", "A", "--fixtures", "B")
    assert (code, err) == (0, "")
    assert out.startswith("Al Other — Utopia\n")
    career = load_career("al-other", ["A", "B"])
    assert career.tournament("cup-2012").name == "Cup 2012"  # from A/tournaments.toml
    assert [source.file for source in career.sources] == ["a.txt", "b.txt"]


def test_alone_the_later_folder_lacks_the_earlier_ones_sources(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, _, err = _run(capsys, "summary", "al-other", "--fixtures", "B")
    assert code == 2
    assert err.splitlines()[0] == (
        "careerstats: error: B/players/al-other.toml: player.cite[0]: "
        "cites 'a.txt', which is not a declared source"
    )


@pytest.mark.parametrize("command", ["summary", "claims", "totals"])
def test_every_player_of_every_folder_is_found(
    capsys: pytest.CaptureFixture[str], command: str
) -> None:
    for player in ("jo-example", "Al Other"):
        code, _, err = _run(capsys, command, player, "--fixtures", "A", "--fixtures", "B")
        assert (code, err) == (0, ""), player


def test_the_environment_names_several_folders_separated_by_pathsep(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv(ENV_VAR, f"A{os.pathsep}B")
    code, out, err = _run(capsys, "list")
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        "Id          Name        File             Folder",
        "----------  ----------  ---------------  --------",
        "jo-example  Jo Éxample  jo-example.toml  A",
        "al-other    Al Other    al-other.toml    B",
    ]
    assert load_career("al-other").player.name == "Al Other"


def test_list_says_which_folder_only_where_there_are_several(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, _ = _run(capsys, "list", "--fixtures", "A", "--fixtures", "B", "--format", "json")
    assert code == 0
    assert [(p["id"], p["folder"]) for p in json.loads(out)["players"]] == [
        ("jo-example", "A"),
        ("al-other", "B"),
    ]
    code, out, _ = _run(capsys, "list", "--fixtures", "A", "--format", "json")
    assert json.loads(out)["players"][0] == {
        "id": "jo-example",
        "name": "Jo Éxample",
        "aliases": ["Jojo"],
        "file": "jo-example.toml",
    }


def _commands_with_fixtures() -> dict[str, argparse.Action]:
    parser = cli.build_parser()
    [subparsers] = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    return {
        name: action
        for name, command in subparsers.choices.items()
        for action in command._actions
        if "--fixtures" in action.option_strings
    }


def test_every_command_that_takes_fixtures_takes_several() -> None:
    found = _commands_with_fixtures()
    assert sorted(found) == [
        "claims",
        "goals",
        "list",
        "new",
        "plot",
        "summary",
        "totals",
        "validate",
    ]
    for name, action in found.items():
        assert isinstance(action, argparse._AppendAction), name


def test_the_python_api_takes_several_folders() -> None:
    folders = FixtureSet(["A", Path("B")])
    assert folders.roots == (Path("A"), Path("B"))
    assert [ref.id for ref in folders.players()] == ["jo-example", "al-other"]
    assert folders.career("other").player.id == "al-other"


# --- the same id in two folders -------------------------------------------------------------


def test_a_player_declared_in_two_folders_is_an_error_naming_both(
    capsys: pytest.CaptureFixture[str],
) -> None:
    Path("B/players/jo-example.toml").write_text(PLAYER_TOML, encoding="utf-8")
    twice = (
        "B/players/jo-example.toml: player.id: 'jo-example' is declared twice: also in "
        "A/players/jo-example.toml, at player.id"
    )
    code, _, err = _run(capsys, "summary", "jo-example", "--fixtures", "A", "--fixtures", "B")
    assert (code, err) == (2, f"careerstats: error: {twice}\n")
    code, out, err = _run(capsys, "list", "--fixtures", "A", "--fixtures", "B")
    assert (code, err) == (2, f"careerstats: error: {twice}\n")
    assert len(out.splitlines()) == 2 + 3  # both files listed, and the other player
    # The other player of the folders still loads.
    assert _run(capsys, "summary", "al-other", "--fixtures", "A", "--fixtures", "B")[0] == 0
    # validate: the later file has the error, the first one none.
    arguments = ["validate", "--fixtures", "A", "--fixtures", "B"]
    code, out, err = _run(capsys, *arguments, "B/players/jo-example.toml")
    assert (code, err.splitlines()[0]) == (1, twice)
    code, out, err = _run(capsys, *arguments, "A/players/jo-example.toml")
    assert (code, err) == (0, "")
    assert out.startswith("A/players/jo-example.toml: ok")


SHARED_TWICE = [
    pytest.param(
        "sources.toml",
        '[[sources]]\nfile = "c.txt"\n\n[[sources]]\nfile = "b.txt"\n',
        "B/sources.toml: sources[1]: 'b.txt' is declared twice: also in A/sources.toml, "
        "at sources[1]",
        id="source",
    ),
    pytest.param(
        "tournaments.toml",
        '[[tournaments]]\nid = "cup-2016"\nname = "Cup 2016"\nedition = 2016\n'
        'start = 2016-06-01\nend = 2016-06-30\ncite = ["a.txt#1"]\n',
        "B/tournaments.toml: tournaments[0]: 'cup-2016' is declared twice: also in "
        "A/tournaments.toml, at tournaments[1]",
        id="tournament",
    ),
]


@pytest.mark.parametrize(("shared", "text", "twice"), SHARED_TWICE)
@pytest.mark.parametrize("command", ["summary", "claims"])
def test_a_source_or_tournament_declared_in_two_folders_is_an_error_naming_both(
    capsys: pytest.CaptureFixture[str],
    shared: str,
    text: str,
    twice: str,
    command: str,
) -> None:
    Path("B", shared).write_text(text, encoding="utf-8")
    folders = ["--fixtures", "A", "--fixtures", "B"]
    for player in ("al-other", "jo-example"):
        code, _, err = _run(capsys, command, player, *folders)
        assert (code, err) == (2, f"careerstats: error: {twice}\n")
    code, _, err = _run(capsys, "validate", *folders, f"B/{shared}")
    assert (code, err.splitlines()[0]) == (1, twice)
    # The first declaration is no error of the earlier folder's file.
    code, out, _ = _run(capsys, "validate", *folders, f"A/{shared}")
    assert (code, out) == (
        0,
        f"A/{shared}: ok, paragraphs not checked: no articles folder (--articles DIR)\n",
    )


def test_a_player_file_declaring_an_earlier_folders_source_names_that_folders_file(
    capsys: pytest.CaptureFixture[str],
) -> None:
    Path("B/players/al-other.toml").write_text(
        OTHER_TOML + '\n[[sources]]\nfile = "a.txt"\n', encoding="utf-8"
    )
    with pytest.raises(FixtureError) as caught:
        FixtureSet(["A", "B"]).career("al-other")
    assert [str(problem) for problem in caught.value.problems] == [
        "B/players/al-other.toml: sources[0]: 'a.txt' is declared twice: also in "
        "A/sources.toml, at sources[0]"
    ]
    # With one folder, its shared file is named as before, by the folder's layout.
    Path("A/players/al-other.toml").write_text(
        OTHER_TOML + '\n[[sources]]\nfile = "a.txt"\n', encoding="utf-8"
    )
    with pytest.raises(FixtureError) as caught:
        FixtureSet("A").career("al-other")
    assert [str(problem) for problem in caught.value.problems] == [
        "A/players/al-other.toml: sources[0]: 'a.txt' is declared twice: also in "
        "sources.toml, at sources[0]"
    ]


# --- articles beside the folder that declares the source -----------------------------------


def test_an_article_is_looked_for_beside_the_folder_that_declares_its_source(
    capsys: pytest.CaptureFixture[str],
) -> None:
    Path("A/articles").mkdir()
    Path("A/articles/a.txt").write_text("One.\n\nTwo.\n\nThree.\n")  # three paragraphs
    Path("A/articles/b.txt").write_text("\n\n".join(["p"] * 5) + "\n")
    Path("B/articles").mkdir()
    Path("B/articles/c.txt").write_text("Only one.\n")
    Path("A/articles/c.txt").write_text("\n\n".join(["p"] * 9) + "\n")  # not B's c.txt
    Path("B/sources.toml").write_text('[[sources]]\nfile = "c.txt"\n')
    Path("B/players/al-other.toml").write_text(
        OTHER_TOML.replace('cite = ["a.txt#2"]', 'cite = ["c.txt#2"]', 1), encoding="utf-8"
    )
    code, _, err = _run(capsys, "summary", "al-other", "--fixtures", "A", "--fixtures", "B")
    assert code == 2
    assert err == (
        "careerstats: error: B/players/al-other.toml: retirement.cite[0]: cites paragraph 2 "
        "of 'c.txt', which has 1 paragraph\n"
    )
    # A's sources are checked against A's articles: a.txt#3 is there.
    assert _run(capsys, "summary", "jo-example", "--fixtures", "A", "--fixtures", "B")[0] == 0


def test_a_player_files_own_article_is_looked_for_beside_its_own_folder(
    capsys: pytest.CaptureFixture[str],
) -> None:
    Path("B/articles").mkdir()
    Path("B/articles/own.txt").write_text("Only one.\n")
    Path("B/players/al-other.toml").write_text(
        OTHER_TOML.replace('cite = ["a.txt#2"]', 'cite = ["own.txt#4"]', 1)
        + '\n[[sources]]\nfile = "own.txt"\n',
        encoding="utf-8",
    )
    problems = FixtureSet(["A", "B"]).check(Path("B/players/al-other.toml"))
    assert [str(problem) for problem in problems] == [
        "B/players/al-other.toml: retirement.cite[0]: cites paragraph 4 of 'own.txt', "
        "which has 1 paragraph"
    ]


# --- validate ---------------------------------------------------------------------------------


def test_validate_checks_the_files_of_every_folder_together(
    capsys: pytest.CaptureFixture[str],
) -> None:
    arguments = ["validate", "--fixtures", "A", "--fixtures", "B"]
    code, out, err = _run(
        capsys, *arguments, "A/players/jo-example.toml", "B/players/al-other.toml"
    )
    assert (code, err) == (0, "")
    not_checked = "ok, paragraphs not checked: no articles folder (--articles DIR)"
    assert out.splitlines() == [
        f"A/players/jo-example.toml: {not_checked}",
        f"B/players/al-other.toml: {not_checked}",
    ]


def test_a_loose_file_is_checked_against_all_the_environments_folders(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    Path("B/sources.toml").write_text('[[sources]]\nfile = "c.txt"\n')
    Path("loose.toml").write_text(
        OTHER_TOML.replace('id = "al-other"', 'id = "lo-ose"').replace(
            'cite = ["a.txt#2"]', 'cite = ["c.txt#1"]', 1
        ),
        encoding="utf-8",
    )
    monkeypatch.setenv(ENV_VAR, f"A{os.pathsep}B")
    code, _, err = _run(capsys, "validate", "loose.toml")
    assert err == (
        f"loose.toml: note: checked against all 2 fixtures folders A, B (${ENV_VAR}); pass "
        "--fixtures DIR to check it against another folder\n"
    )
    assert code == 0  # it cites A's a.txt and B's c.txt
    assert validate_file("loose.toml", ["A", "B"]) == []


# --- hostile input ----------------------------------------------------------------------------


ENTRY_EMPTY = (
    f"careerstats: error: ${ENV_VAR}: entry 2 of 3: expected a fixtures folder, got an empty "
    f"one (folders are separated by {os.pathsep!r})\n"
)
COMMANDS = [
    ["summary", "jo-example"],
    ["claims", "jo-example"],
    ["totals", "jo-example"],
    ["goals", "jo-example"],
    ["plot", "jo-example", "-o", "out.svg"],
    ["list"],
]


@pytest.mark.parametrize(
    "command",
    [*COMMANDS, ["validate", "A/players/jo-example.toml"]],
    ids=lambda command: command[0],
)
def test_an_empty_entry_of_the_environment_is_one_line_and_exit_2(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    command: list[str],
) -> None:
    monkeypatch.setenv(ENV_VAR, f"A{os.pathsep}{os.pathsep}B")
    assert _run(capsys, *command) == (2, "", ENTRY_EMPTY)


@pytest.mark.parametrize(
    ("second", "message"),
    [
        ("missing", "missing: no such folder: expected a fixtures folder with a players/ folder"),
        (
            "A/sources.toml",
            "A/sources.toml: is not a folder: expected a fixtures folder with a players/ folder",
        ),
        ("A", "A: expected each fixtures folder once, got it twice"),
        ("./A/", "A: expected each fixtures folder once, got it twice"),
        ("link", "link: expected each fixtures folder once, got it twice (first as A)"),
    ],
)
@pytest.mark.parametrize("command", [*COMMANDS, ["validate", "B/players/al-other.toml"]])
def test_a_second_folder_given_wrong_is_one_line_and_exit_2(
    capsys: pytest.CaptureFixture[str],
    command: list[str],
    second: str,
    message: str,
) -> None:
    Path("link").symlink_to("A")
    code, out, err = _run(capsys, *command, "--fixtures", "A", "--fixtures", second)
    assert (code, out, err) == (2, "", f"careerstats: error: {message}\n")


def test_an_empty_fixtures_option_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["list", "--fixtures", "A", "--fixtures", ""])
    assert caught.value.code == 2
    assert capsys.readouterr().err == (
        "careerstats list: error: argument --fixtures: expected a fixtures folder, got an "
        "empty name\n"
    )


def test_every_folder_given_wrong_is_said_at_once(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = _run(capsys, "list", "--fixtures", "x", "--fixtures", "A", "--fixtures", "y")
    assert code == 2
    assert err.splitlines() == [
        "careerstats: error: x: no such folder: expected a fixtures folder with a players/ folder",
        "careerstats: error: y: no such folder: expected a fixtures folder with a players/ folder",
    ]


def test_an_empty_list_of_folders_is_refused_in_python() -> None:
    with pytest.raises(InvalidValueError) as caught:
        FixtureSet([])
    assert str(caught.value) == "FixtureSet(root): expected one fixtures folder or more, got none"


def test_a_file_of_one_of_the_environments_folders_is_checked_with_all_of_them(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # Al Other cites A's a.txt: checked with B alone, that is no declared source.
    code, _, err = _run(capsys, "validate", "B/players/al-other.toml")
    assert code == 1
    assert err.splitlines()[0] == (
        "B/players/al-other.toml: player.cite[0]: cites 'a.txt', which is not a declared source"
    )
    monkeypatch.setenv(ENV_VAR, f"A{os.pathsep}B")
    code, out, err = _run(capsys, "validate", "B/players/al-other.toml")
    assert (code, err) == (0, "")
    assert out.startswith("B/players/al-other.toml: ok")
    Path("B/sources.toml").write_text('[[sources]]\nfile = "a.txt"\n')
    code, _, err = _run(capsys, "validate", "B/sources.toml")
    assert (code, err.splitlines()[0]) == (
        1,
        "B/sources.toml: sources[0]: 'a.txt' is declared twice: also in A/sources.toml, "
        "at sources[0]",
    )
