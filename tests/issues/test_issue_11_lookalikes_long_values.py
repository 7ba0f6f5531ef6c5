"""Issue 11, items 9 (look-alike names) and 12 (long values stay readable).

Each test is named after what broke, with its input beside it; messages are asserted word for
word. Look-alike characters are written as escapes, so that the test shows which is which.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from careerstats.cli import main
from careerstats.errors import FixtureError, Problem, Severity, UnknownPlayerError
from careerstats.fixtures import FixtureSet
from careerstats.lookalikes import look_alike_characters, skeleton

from ..conftest import PLAYER_TOML, FixtureFactory

PLAYER_FILE = "fx/players/jo-example.toml"
NEXT = "careerstats list shows every player, and docs/adding-a-player.md how to add one"
CYRILLIC_O = "\u043e"
CYRILLIC_A = "\u0430"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def other_player(root: Path, file_id: str, player_id: str, name: str, aliases: str = "") -> Path:
    """A second player file in ``root``: jo-example's career under another id and name."""
    text = (
        PLAYER_TOML.replace('id = "jo-example"', f'id = "{player_id}"')
        .replace('name = "Jo Éxample"', f'name = "{name}"')
        .replace('aliases = ["Jojo"]', f"aliases = [{aliases}]")
    )
    path = root / "players" / f"{file_id}.toml"
    path.write_text(text, encoding="utf-8")
    return path


# --- 11.9: look-alike names -------------------------------------------------------------------


def test_a_skeleton_reads_look_alikes_as_the_letters_they_pass_for() -> None:
    assert skeleton(f"K{CYRILLIC_A}rim Benz\u00e9ma") == skeleton("karim-benzema")
    assert skeleton("\u0391\u03b9") == skeleton("Ai")  # Greek capital alpha, small iota
    assert look_alike_characters(f"J{CYRILLIC_O} Ex{CYRILLIC_A}mple") == [
        "U+043E CYRILLIC SMALL LETTER O for 'o'",
        "U+0430 CYRILLIC SMALL LETTER A for 'a'",
    ]
    assert look_alike_characters("Jo Éxample") == []


def test_list_reports_a_look_alike_name_naming_the_characters(
    make_fixtures: FixtureFactory, capsys: pytest.CaptureFixture[str]
) -> None:
    # Before: both listed with no word, and "jo example" then read "ambiguous" with no reason.
    root = make_fixtures()
    other_player(root, "jo-examp1e", "jo-examp1e", f"J{CYRILLIC_O} Éxample")
    code, out, err = run(capsys, "list", "--fixtures", str(root))
    assert code == 0
    assert out.splitlines()[2:] == [
        f"jo-examp1e  J{CYRILLIC_O} Éxample  jo-examp1e.toml",
        "jo-example  Jo Éxample  jo-example.toml",
    ]
    assert err == (
        f"careerstats: warning: fx/players/jo-examp1e.toml: player.name: 'J{CYRILLIC_O} Éxample' "
        "looks like 'Jo Éxample' (fx/players/jo-example.toml): U+043E CYRILLIC SMALL LETTER O "
        "for 'o'\n"
    )


def test_list_reports_a_look_alike_id(
    make_fixtures: FixtureFactory, capsys: pytest.CaptureFixture[str]
) -> None:
    root = make_fixtures()
    look_alike = f"j{CYRILLIC_O}-ex{CYRILLIC_A}mple"
    other_player(root, look_alike, look_alike, "Someone Else")
    code, _, err = run(capsys, "list", "--fixtures", str(root))
    assert code == 0
    assert err == (
        f"careerstats: warning: fx/players/{look_alike}.toml: player.id: '{look_alike}' looks "
        "like 'jo-example' (fx/players/jo-example.toml): U+043E CYRILLIC SMALL LETTER O for "
        "'o', U+0430 CYRILLIC SMALL LETTER A for 'a'\n"
    )


def test_validate_reports_a_look_alike_of_another_players_name(
    make_fixtures: FixtureFactory, capsys: pytest.CaptureFixture[str]
) -> None:
    root = make_fixtures()
    path = other_player(root, "jo-other", "jo-other", "Jo Other", f'"J{CYRILLIC_O}j{CYRILLIC_O}"')
    warning = Problem(
        str(path),
        "player.aliases[0]",
        f"'J{CYRILLIC_O}j{CYRILLIC_O}' looks like 'Jojo' (fx/players/jo-example.toml): "
        "U+043E CYRILLIC SMALL LETTER O for 'o'",
        Severity.WARNING,
    )
    assert FixtureSet(root).check(path) == [warning]
    # The file with plain Latin letters is not the one to blame.
    assert FixtureSet(root).check(root / "players" / "jo-example.toml") == []
    code, _, err = run(capsys, "validate", str(path))
    assert code == 0
    assert err.splitlines() == [str(warning), "1 of 1 file with problems: 0 errors, 1 warning"]


def test_names_that_differ_only_by_accents_are_no_look_alikes(
    make_fixtures: FixtureFactory, capsys: pytest.CaptureFixture[str]
) -> None:
    root = make_fixtures()
    other_player(root, "jo-other", "jo-other", "Jo Example")
    code, _, err = run(capsys, "list", "--fixtures", str(root))
    assert (code, err) == (0, "")


# --- 11.12: long values stay readable ---------------------------------------------------------


def test_a_long_query_is_cut_in_the_unknown_player_error(make_fixtures: FixtureFactory) -> None:
    # Before: the 131,000-character query was echoed whole.
    query = "x" * 131_000
    with pytest.raises(UnknownPlayerError) as caught:
        FixtureSet(make_fixtures()).find(query)
    assert str(caught.value) == f"unknown player '{'x' * 60}'… (131,000 characters); {NEXT}"


def test_a_long_player_id_is_cut_in_the_file_name_message(
    make_fixtures: FixtureFactory, capsys: pytest.CaptureFixture[str]
) -> None:
    root = make_fixtures(player=PLAYER_TOML.replace("jo-example", "j" * 131_000, 1))
    code, _, err = run(capsys, "list", "--fixtures", str(root))
    assert code == 2
    assert err == (
        f"careerstats: error: {PLAYER_FILE}: player.id: expected 'jo-example' (the file's name), "
        f"got '{'j' * 60}'… (131,000 characters)\n"
    )


def test_sixty_thousand_unknown_keys_are_counted_not_listed(make_fixtures: FixtureFactory) -> None:
    # Before: one line of 500 KB naming every key.
    keys = "".join(f"k{number} = 1\n" for number in range(60_000))
    root = make_fixtures(player=PLAYER_TOML.replace('name = "Utopia"', f'name = "Utopia"\n{keys}'))
    with pytest.raises(FixtureError) as caught:
        FixtureSet(root).career("jo-example")
    assert str(caught.value) == (
        f"{PLAYER_FILE}: team: unknown key 'k0', 'k1', 'k10', 'k100', 'k1000', 'k10000', "
        "'k10001', 'k10002', 'k10003', 'k10004', and 59,990 more; expected one of name"
    )


BAD_CITATION_CAP = """
[[appearances]]
cite = ["nowhere.txt#1"]

[appearances.match]
date = 2011-0{month}-01
opponent = "Freedonia"
"""


def test_a_fixture_error_lists_ten_problems_and_counts_the_rest(
    make_fixtures: FixtureFactory, capsys: pytest.CaptureFixture[str]
) -> None:
    caps = "".join(BAD_CITATION_CAP.format(month=month) for month in range(1, 10))
    root = make_fixtures(player=PLAYER_TOML + caps + caps.replace("2011", "2012"))
    line = "cites 'nowhere.txt', which is not a declared source"
    with pytest.raises(FixtureError) as caught:
        FixtureSet(root).career("jo-example")
    assert len(caught.value.problems) == 18
    assert str(caught.value).splitlines() == [
        *(f"{PLAYER_FILE}: appearances[{index}].cite[0]: {line}" for index in range(1, 11)),
        "… and 8 more problems",
    ]
    code, out, err = run(capsys, "summary", "jo-example", "--fixtures", str(root))
    assert (code, out) == (2, "")
    assert err.splitlines() == [
        *(
            f"careerstats: error: {PLAYER_FILE}: appearances[{index}].cite[0]: {line}"
            for index in range(1, 11)
        ),
        "careerstats: error: … and 8 more problems (careerstats validate lists them all)",
    ]
    # validate is the command that lists every one.
    code, _, err = run(capsys, "validate", PLAYER_FILE)
    assert (code, len(err.splitlines())) == (1, 19)


def test_a_long_cited_file_and_a_long_tournament_id_are_cut(make_fixtures: FixtureFactory) -> None:
    long_file, long_id = "z" * 131_000, "t" * 131_000
    player = PLAYER_TOML.replace('cite = ["b.txt#5"]', f'cite = ["{long_file}#5"]').replace(
        'tournament = "cup-2012"', f'tournament = "{long_id}"'
    )
    root = make_fixtures(player=player)
    assert [str(p) for p in FixtureSet(root).check(root / "players" / "jo-example.toml")] == [
        f"{PLAYER_FILE}: absences[0].cite[0]: cites '{'z' * 60}'… (131,000 characters), which "
        "is not a declared source",
        f"{PLAYER_FILE}: entries[0].tournament: unknown tournament '{'t' * 60}'… (131,000 "
        "characters)",
    ]
