"""Issue 11.6: nothing from a file reaches the terminal raw.

A fixture whose player name, team name, absence reason and source description hold an escape
sequence, an OSC sequence ended by BEL, a C1 control (U+009B), NUL, U+2028 and a line break
followed by a forged ``careerstats: error:`` line, run through every command and format.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from careerstats.cli import main
from careerstats.escaping import to_json
from careerstats.writers.markdown import markdown_text
from tests.conftest import PLAYER_TOML, SOURCES_TOML, FixtureFactory

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "international_results"

# As a TOML basic string writes it: the file holds only printable characters.
HOSTILE_TOML = (
    r"Jo \u001b[31mRed\u001b[0m \u001b]0;owned\u0007 \u009b31m \u0000 \u2028 x"
    r"\ncareerstats: error: forged"
)
HOSTILE = "Jo \x1b[31mRed\x1b[0m \x1b]0;owned\x07 \x9b31m \x00 \u2028 x\ncareerstats: error: forged"
SHOWN = r"Jo \x1b[31mRed\x1b[0m \x1b]0;owned\x07 \x9b31m \x00 \u2028 x\ncareerstats: error: forged"
"""The hostile text as every text page shows it: one line, each control character visible."""

# Line feed is the pages' own; everything else below U+0020, and DEL, C1, U+2028/9, is not.
RAW_CONTROL = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029]")


@pytest.fixture
def hostile_fixtures(make_fixtures: FixtureFactory) -> Path:
    player = (
        PLAYER_TOML.replace('name = "Jo Éxample"', f'name = "{HOSTILE_TOML}"')
        .replace('reason = "Knee"', f'reason = "{HOSTILE_TOML}"')
        .replace('[team]\nname = "Utopia"', f'[team]\nname = "Utopia {HOSTILE_TOML}"')
    )
    sources = SOURCES_TOML.replace(
        'file = "a.txt"', f'file = "a.txt"\ndescription = "{HOSTILE_TOML}"'
    )
    return make_fixtures(player, sources)


def _assert_nothing_raw(out: str, err: str) -> None:
    assert RAW_CONTROL.findall(out) == []
    assert RAW_CONTROL.findall(err) == []
    assert not any(line.startswith("careerstats: error: forged") for line in out.splitlines())
    assert not any(line.startswith("careerstats: error: forged") for line in err.splitlines())


FIXTURE_COMMANDS = [
    (["list"], ("text", "markdown", "json")),
    (["summary", "jo-example"], ("text", "markdown", "json", "html")),
    (["claims", "jo-example"], ("text", "markdown", "json", "html")),
    (["goals", "jo-example", "--results-dir", str(SAMPLE)], ("text", "markdown", "json")),
]


@pytest.mark.parametrize(
    ("command", "format"),
    [(command, format) for command, formats in FIXTURE_COMMANDS for format in formats],
    ids=lambda value: value if isinstance(value, str) else value[0],
)
def test_control_characters_from_a_fixture_are_shown_escaped(
    command: list[str],
    format: str,
    hostile_fixtures: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Regression: the name was printed as is: red text, a window title, a forged error line.
    assert main([*command, "--fixtures", str(hostile_fixtures), "--format", format]) == 0
    out, err = capsys.readouterr()
    _assert_nothing_raw(out, err)
    if format == "json":
        data = json.loads(out)
        if command[0] == "list":
            assert data["players"][0]["name"] == HOSTILE
        elif command[0] == "summary":
            assert data["player"]["name"] == HOSTILE
    else:
        # Markdown also shows every character it would read as markup escaped (issue 15).
        shown = markdown_text(SHOWN) if format == "markdown" else SHOWN
        # A narrow column may wrap the text at its spaces; it is still all there, in order.
        assert " ".join(shown.split()) in " ".join(out.split())


def test_the_list_names_the_player_as_a_single_escaped_line(
    hostile_fixtures: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["list", "--fixtures", str(hostile_fixtures)]) == 0
    assert capsys.readouterr().out.splitlines()[2] == f"jo-example  {SHOWN}  jo-example.toml"


def test_the_summary_title_is_one_escaped_line(
    hostile_fixtures: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["summary", "jo-example", "--fixtures", str(hostile_fixtures)]) == 0
    title, underline = capsys.readouterr().out.splitlines()[:2]
    assert title == f"{SHOWN} — Utopia {SHOWN}"
    assert underline == "=" * len(title)


@pytest.mark.parametrize("format", ["text", "markdown", "json"])
def test_control_characters_in_the_data_set_are_shown_escaped(
    format: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "results"
    shutil.copytree(SAMPLE, folder)
    scorer = "Bo \x1b[31mRed\x1b]0;owned\x07 \x9b31m \u2028"
    with (folder / "goalscorers.csv").open("a", encoding="utf-8") as goals:
        goals.write(f"2010-03-03,Utopia,Freedonia,Utopia,{scorer},30,FALSE,FALSE\n")
    assert main(["scorers", "--results-dir", str(folder), "--format", format]) == 0
    out, err = capsys.readouterr()
    _assert_nothing_raw(out, err)
    if format == "json":
        assert scorer in [row["scorer"] for row in json.loads(out)["scorers"]]
    else:
        assert r"Bo \x1b[31mRed\x1b]0;owned\x07 \x9b31m \u2028" in out


@pytest.mark.parametrize("format", ["text", "json"])
def test_validate_shows_a_file_name_escaped(
    format: str, make_fixtures: FixtureFactory, capsys: pytest.CaptureFixture[str]
) -> None:
    # Regression: validate printed "FILE: ok" with the file name's escape sequence raw.
    root = make_fixtures()
    hostile = root.rename(Path("fx\x1b[31m\x9b"))
    path = hostile / "players" / "jo-example.toml"
    main(["validate", str(path), "--format", format])
    out, err = capsys.readouterr()
    _assert_nothing_raw(out, err)
    if format == "text":
        assert out.startswith("fx\\x1b[31m\\x9b/players/jo-example.toml: ok")
    else:
        assert json.loads(out)["files"] == [str(path)]
        assert '"fx\\u001b[31m\\u009b/players/jo-example.toml"' in out


def test_json_escapes_c1_controls_line_separators_and_lone_surrogates() -> None:
    # Regression: json.dumps(ensure_ascii=False) left U+009B, U+2028 and "\udcff" raw.
    text = to_json({"name": "a\x7f\x9b\u2028\u2029\udcffé"})
    assert text == '{\n  "name": "a\\u007f\\u009b\\u2028\\u2029\\udcffé"\n}\n'
    assert json.loads(text) == {"name": "a\x7f\x9b\u2028\u2029\udcffé"}


def test_a_data_set_warning_on_stderr_is_escaped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Regression: the malformed-rows warning quoted the folder's name raw on standard error.
    folder = tmp_path / "results\x1b[31m"
    shutil.copytree(SAMPLE, folder)
    assert main(["scorers", "--results-dir", str(folder), "--top", "1"]) == 0
    err = capsys.readouterr().err
    _assert_nothing_raw("", err)
    assert err.startswith("careerstats: warning: ")
    assert "results\\x1b[31m" in err
