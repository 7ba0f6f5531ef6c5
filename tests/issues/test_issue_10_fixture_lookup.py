"""Issue 10, items 1, 10 (prefix look-up, the unknown player's error) and 11 (validate).

Each test is named after what broke, with its input beside it; messages are asserted word for
word.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from careerstats.cli import main
from careerstats.errors import FixtureError, UnknownPlayerError
from careerstats.fixtures import FixtureSet, bundled_fixtures_dir, validate_file

from ..conftest import PLAYER_TOML, SOURCES_TOML, TOURNAMENTS_TOML, FixtureFactory

PLAYER_FILE = "fx/players/jo-example.toml"
NEXT = "careerstats list shows every player, and docs/adding-a-player.md how to add one"

CUP_2012_AGAIN = """
[[tournaments]]
id = "cup-2012"
name = "Cup 2012"
edition = 2012
start = 2012-06-01
end = 2012-06-30
cite = ["a.txt#1"]
"""

ENTRY_AGAIN = """
[[entries]]
tournament = "cup-2012"
status = "played"
cite = ["b.txt#4"]
"""

A_SOURCE_AGAIN = """
[[sources]]
file = "a.txt"
"""


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def lines(problems: list[str] | tuple[object, ...]) -> list[str]:
    return [str(problem) for problem in problems]


# --- 10.1: a tournament or source declared twice ----------------------------------------------


def test_shared_tournament_declared_twice_is_an_error(make_fixtures: FixtureFactory) -> None:
    # Before: the second cup-2012 was merged in silently, and a summary counted it twice.
    root = make_fixtures(tournaments=TOURNAMENTS_TOML + CUP_2012_AGAIN)
    duplicate = (
        "fx/tournaments.toml: tournaments[2]: 'cup-2012' is declared twice: also at tournaments[0]"
    )
    assert lines(FixtureSet(root).check(root / "players" / "jo-example.toml")) == [duplicate]
    with pytest.raises(FixtureError) as caught:
        FixtureSet(root).career("jo-example")
    assert str(caught.value) == duplicate


def test_shared_source_declared_twice_is_an_error(make_fixtures: FixtureFactory) -> None:
    root = make_fixtures(sources=SOURCES_TOML + A_SOURCE_AGAIN)
    assert lines(FixtureSet(root).check(root / "players" / "jo-example.toml")) == [
        "fx/sources.toml: sources[2]: 'a.txt' is declared twice: also at sources[0]"
    ]


def test_validate_of_the_shared_files_reports_what_they_declare_twice(
    make_fixtures: FixtureFactory, capsys: pytest.CaptureFixture[str]
) -> None:
    root = make_fixtures(
        sources=SOURCES_TOML + A_SOURCE_AGAIN, tournaments=TOURNAMENTS_TOML + CUP_2012_AGAIN
    )
    code, out, err = run(
        capsys, "validate", str(root / "tournaments.toml"), str(root / "sources.toml")
    )
    assert (code, out) == (1, "")
    assert err.splitlines() == [
        "fx/tournaments.toml: tournaments[2]: 'cup-2012' is declared twice: also at tournaments[0]",
        "fx/sources.toml: sources[2]: 'a.txt' is declared twice: also at sources[0]",
        "2 of 2 files with problems: 2 errors, 0 warnings",
    ]
    with pytest.raises(FixtureError):
        validate_file(root / "tournaments.toml")


def test_a_player_file_declaring_a_shared_tournament_names_both_places(
    make_fixtures: FixtureFactory,
) -> None:
    root = make_fixtures(player=PLAYER_TOML + CUP_2012_AGAIN.replace("2012", "2016"))
    assert lines(FixtureSet(root).check(root / "players" / "jo-example.toml")) == [
        f"{PLAYER_FILE}: tournaments[0]: 'cup-2016' is declared twice: also in "
        "tournaments.toml, at tournaments[1]"
    ]


def test_a_player_file_declaring_a_shared_source_names_both_places(
    make_fixtures: FixtureFactory,
) -> None:
    root = make_fixtures(player=PLAYER_TOML + '\n[[sources]]\nfile = "b.txt"\n')
    assert lines(FixtureSet(root).check(root / "players" / "jo-example.toml")) == [
        f"{PLAYER_FILE}: sources[0]: 'b.txt' is declared twice: also in sources.toml, at sources[1]"
    ]


def test_two_entries_for_one_tournament_are_an_error(make_fixtures: FixtureFactory) -> None:
    # Before: the last [[entries]] for cup-2012 silently won.
    root = make_fixtures(player=PLAYER_TOML + ENTRY_AGAIN)
    with pytest.raises(FixtureError) as caught:
        FixtureSet(root).career("jo-example")
    assert lines(caught.value.problems) == [
        f"{PLAYER_FILE}: entries[1]: 'cup-2012' is entered twice: also at entries[0]"
    ]


# --- 10.10: a prefix finds a player; an unknown player's error says where to look ------------


@pytest.mark.parametrize("query", ["exam", "Éxa", "jo exam", "jo-exa", "joj"])
def test_a_unique_prefix_of_a_word_finds_a_player(
    make_fixtures: FixtureFactory, query: str
) -> None:
    assert FixtureSet(make_fixtures()).find(query).id == "jo-example"


def test_benz_finds_the_bundled_player(capsys: pytest.CaptureFixture[str]) -> None:
    assert FixtureSet(bundled_fixtures_dir()).find("benz").id == "karim-benzema"
    code, out, err = run(capsys, "summary", "benz", "--format", "json")
    assert (code, err) == (0, "")
    assert json.loads(out)["player"]["id"] == "karim-benzema"


def test_an_ambiguous_prefix_is_ambiguous(make_fixtures: FixtureFactory) -> None:
    root = make_fixtures()
    other = PLAYER_TOML.replace("jo-example", "jo-exact").replace("Jo Éxample", "Jo Exact")
    (root / "players" / "jo-exact.toml").write_text(other, encoding="utf-8")
    with pytest.raises(UnknownPlayerError) as caught:
        FixtureSet(root).find("exa")
    assert str(caught.value) == "player 'exa' is ambiguous: it matches jo-exact, jo-example"
    assert FixtureSet(root).find("exac").id == "jo-exact"


def test_a_prefix_of_fewer_than_three_letters_finds_no_one(make_fixtures: FixtureFactory) -> None:
    with pytest.raises(UnknownPlayerError) as caught:
        FixtureSet(make_fixtures()).find("ex")
    assert str(caught.value) == (
        f"unknown player 'ex' (a beginning of a name needs 3 letters or more); "
        f"did you mean jo-example? {NEXT}"
    )


def test_an_unknown_player_names_the_closest_players_the_list_and_the_docs_page(
    make_fixtures: FixtureFactory, capsys: pytest.CaptureFixture[str]
) -> None:
    root = make_fixtures()
    code, out, err = run(capsys, "summary", "jo", "exampel", "--fixtures", str(root))
    assert (code, out) == (2, "")
    assert err == (
        "careerstats: error: unknown player 'jo exampel'; did you mean jo-example? careerstats "
        "list shows every player, and docs/adding-a-player.md how to add one\n"
    )
    code, out, err = run(capsys, "summary", "zidane", "--fixtures", str(root))
    assert (code, out) == (2, "")
    assert err == (
        "careerstats: error: unknown player 'zidane'; careerstats list shows every player, and "
        "docs/adding-a-player.md how to add one\n"
    )


def test_the_docs_page_the_unknown_player_error_names_exists() -> None:
    page = Path(__file__).resolve().parents[2] / "docs" / "adding-a-player.md"
    assert page.is_file()


# --- 10.11: validate reports contradicted claims, and the folder a loose file is checked with --

AGE_CLAIM = """
[[claims]]
kind = "age"
on_event = "debut"
years = 30
cite = ["b.txt#7"]
"""


def test_validate_warns_of_a_claim_the_data_contradicts(
    make_fixtures: FixtureFactory, capsys: pytest.CaptureFixture[str]
) -> None:
    # Born 1990-07-01, first capped 2010-03: 19 at his debut, not 30. Before: "ok".
    root = make_fixtures(player=PLAYER_TOML + AGE_CLAIM)
    warning = (
        f"{PLAYER_FILE}: claims[0]: warning: age at debut: 30 stated, but the data gives 19 years"
    )
    assert lines(FixtureSet(root).check(root / "players" / "jo-example.toml")) == [warning]
    code, out, err = run(capsys, "validate", PLAYER_FILE)
    assert code == 0
    assert out == (
        f"{PLAYER_FILE}: ok, 1 warning, paragraphs not checked: no articles folder "
        "(--articles DIR)\n"
    )
    assert err.splitlines() == [warning, "1 of 1 file with problems: 0 errors, 1 warning"]
    code, _, _ = run(capsys, "validate", "--strict", PLAYER_FILE)
    assert code == 1


def test_validate_warns_of_a_stated_total_the_other_sources_contradict(
    make_fixtures: FixtureFactory,
) -> None:
    second = '\n[[stated_totals]]\ncaps = 40\nfinal = true\ncite = ["b.txt#9"]\n'
    third = '\n[[stated_totals]]\ncaps = 39\nfinal = true\ncite = ["b.txt#8"]\n'
    root = make_fixtures(player=PLAYER_TOML + second + third)
    assert lines(FixtureSet(root).check(root / "players" / "jo-example.toml")) == [
        f"{PLAYER_FILE}: stated_totals[2]: warning: career totals (career end): 39 caps stated, "
        "but the data gives 40 caps"
    ]


def test_a_contradiction_validate_already_reports_is_not_repeated(
    make_fixtures: FixtureFactory,
) -> None:
    root = make_fixtures(player=PLAYER_TOML.replace('status = "played"', 'status = "injured"'))
    path = root / "players" / "jo-example.toml"
    text = path.read_text(encoding="utf-8")
    path.write_text(
        text
        + '\n[[appearances]]\ncite = ["a.txt#1"]\n\n[appearances.match]\ndate = 2012-06-10\n'
        + 'opponent = "Sylvania"\ncompetition = "cup-2012"\n',
        encoding="utf-8",
    )
    assert [p.place for p in FixtureSet(root).check(path)] == ["entries[0].status"]


def test_validate_names_the_folder_a_loose_file_is_checked_against(
    make_fixtures: FixtureFactory,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    root = make_fixtures()
    Path("loose.toml").write_text(PLAYER_TOML, encoding="utf-8")
    monkeypatch.setenv("CAREERSTATS_FIXTURES", str(root))
    code, out, err = run(capsys, "validate", "loose.toml")
    assert code == 0
    assert out == "loose.toml: ok, paragraphs not checked: no articles folder (--articles DIR)\n"
    note = (
        "checked against the fixtures folder fx ($CAREERSTATS_FIXTURES); pass --fixtures DIR "
        "to check it against another folder"
    )
    assert err == f"loose.toml: note: {note}\n"
    code, out, err = run(capsys, "validate", "loose.toml", "--format", "json")
    assert (code, err) == (0, "")
    assert json.loads(out)["notes"] == [{"file": "loose.toml", "message": note}]
    # Chosen with --fixtures, or by the file's place in a folder: nothing to tell.
    code, out, err = run(capsys, "validate", "loose.toml", "--fixtures", str(root))
    assert (code, err) == (0, "")
    monkeypatch.delenv("CAREERSTATS_FIXTURES")
    code, out, err = run(capsys, "validate", "loose.toml")
    assert code == 1
    assert err.splitlines()[0] == (
        f"loose.toml: note: checked against the bundled fixtures ({bundled_fixtures_dir()}); "
        "pass --fixtures DIR to check it against another folder"
    )
