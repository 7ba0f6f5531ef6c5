"""Issue 15 (and 12), second hostile pass: the tournament catalogue, the generic row builder,
the squad checks and the HTML writer, given data and fixtures that are valid file by file but
odd or broken.

The data sets are the sample files of ``tests/data`` (made up: Jean Dupont of France's men),
copied and broken here; the shared data sets are never written to.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from careerstats.datasets.worldcup import WorldCup
from careerstats.errors import DatasetError

from .test_issue_15_hostile import _replace_in_line, _run, data

__all__ = ["data"]  # the fixture of the sample data sets, shared with the first hostile pass


def test_a_world_cup_that_ends_before_it_starts_is_a_malformed_row(
    data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Regression: the row was read as it stood; `new` then declared a tournament that ends
    # before it starts, and `validate` rejected the fixture `new` had written.
    tournaments = data / "worldcup" / "tournaments.csv"
    _replace_in_line(tournaments, 2, "1990-06-08,1990-07-08", "1990-07-08,1990-06-08")
    # A World Cup of his that is well formed, so that he is still found in the data.
    with tournaments.open("a", encoding="utf-8") as file:
        file.write("3,WC-1994,1994 FIFA Men's World Cup,1994,1994-06-17,1994-07-17,Utopia,")
        file.write("France,0,2,0,0,0,0,0,0,0,0\n")
    with (data / "worldcup" / "squads.csv").open("a", encoding="utf-8") as file:
        file.write("7,WC-1994,1994 FIFA Men's World Cup,T-01,France,FRA,P-001,Dupont,Jean,9,")
        file.write("forward,FW\n")
    expected = (
        f"{tournaments}: line 2: column end_date: expected a date on or after its start_date "
        "(1990-07-08), got 1990-06-08"
    )
    with pytest.raises(DatasetError) as raised:
        WorldCup.load(data / "worldcup", strict=True, cache=False)
    assert str(raised.value) == expected
    worldcup = str(data / "worldcup")
    new = ["new", "Jean Dupont", "--team", "France", "--data", worldcup]
    code, out, err = _run(capsys, *new, "-o", "-", "--strict")
    assert (code, out, err) == (2, "", f"careerstats: error: {expected}\n")
    written = tmp_path / "dupont.toml"
    code, _, err = _run(capsys, *new, "-o", str(written))
    assert code == 0
    assert err == (
        "careerstats: warning: tournaments.csv: 1 malformed row skipped (first: "
        f"{expected.replace(': line 2:', ' line 2:')}); strict loading makes them errors\n"
    )
    assert "1990-06-08" not in written.read_text(encoding="utf-8")
    code, _, err = _run(capsys, "validate", str(written), "--data", worldcup)
    assert code == 0, err


@pytest.mark.parametrize("year", ["1700", "999999999"])
def test_a_world_cup_of_a_year_no_fixture_holds_is_a_malformed_row(
    year: str, data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Regression: 1700 stopped `new` with "edition: expected 1800 or more, got 1700", naming
    # no file; 999999999 was written into a fixture that validate rejects ("expected a whole
    # number up to 10,000").
    tournaments = data / "worldcup" / "tournaments.csv"
    _replace_in_line(tournaments, 2, ",1990,1990-06-08", f",{year},1990-06-08")
    new = ["new", "Jean Dupont", "--team", "France", "--data", str(data / "worldcup")]
    code, out, err = _run(capsys, *new, "-o", "-", "--strict")
    assert (code, out) == (2, "")
    assert err == (
        f"careerstats: error: {tournaments}: line 2: column year: expected a year from 1800 to "
        f"2100, got '{year}'\n"
    )
    code, _, err = _run(capsys, *new, "-o", str(tmp_path / "dupont.toml"))
    assert code == 2  # his only World Cup is skipped: the data sets do not hold him
    assert err.startswith(
        "careerstats: warning: tournaments.csv: 1 malformed row skipped (first: "
        f"{tournaments} line 2: column year: expected a year from 1800 to 2100, got '{year}'); "
        "strict loading makes them errors\ncareerstats: error: no player 'Jean Dupont' of France"
    )
    assert not (tmp_path / "dupont.toml").exists()


@pytest.mark.parametrize(
    ("file", "old", "new", "column"),
    [
        # Regression: a score of 123456789 (nine digits were allowed) was written into the
        # fixture, and validate rejected it: "expected a whole number up to 10,000, got
        # 123456789".
        ("matches.csv", ",2–1,2,1,", ",2–1,123456789,1,", "home_team_score"),
        # Regression: likewise "appearances[0].goals[1].minute: expected a whole number up to
        # 10,000, got 999999999".
        ("goals.csv", ",45'+2',45,2,", ",45'+2',999999999,2,", "minute_regulation"),
    ],
)
def test_a_count_no_fixture_holds_is_a_malformed_row_not_written_by_new(
    file: str,
    old: str,
    new: str,
    column: str,
    data: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    broken = data / "worldcup" / file
    _replace_in_line(broken, 2, old, new)
    command = ["new", "Jean Dupont", "--team", "France", "--data", str(data / "worldcup")]
    code, out, err = _run(capsys, *command, "-o", "-", "--strict")
    assert (code, out) == (2, "")
    # A match's rows elsewhere point at a skipped match: malformed too, reported after it.
    assert err.startswith(
        f"careerstats: error: {broken}: line 2: column {column}: expected a whole number of at "
        "most 4 digits, got 9 digits\n"
    )
    written = tmp_path / "dupont.toml"
    code, _, err = _run(capsys, *command, "-o", str(written))
    assert code == 0, err
    assert new.split(",")[2] not in written.read_text("utf-8")  # the count skipped
    code, _, err = _run(capsys, "validate", str(written), "--data", str(data / "worldcup"))
    assert code == 0, err


def test_new_declares_a_world_cup_with_the_catalogues_days_so_validate_does_not_flag_it(
    data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Regression: `new` declared the dates of tournaments.csv (1990-06-08 to 1990-07-08), the
    # catalogue gives the first and last match (1990-06-10 to 1990-06-20), and validate of the
    # file just written warned "1990-07-08 declared, but the data gives 1990-06-20" (so did the
    # shared data's 1962 World Cup, which tournaments.csv ends a month after its final).
    worldcup = str(data / "worldcup")
    written = tmp_path / "dupont.toml"
    code, _, err = _run(
        capsys, "new", "Jean Dupont", "--team", "France", "--data", worldcup, "-o", str(written)
    )
    assert (code, err) == (0, "")
    text = written.read_text(encoding="utf-8")
    assert "start = 1990-06-10\nend = 1990-06-20\n" in text
    assert 'cite = ["worldcup/tournaments.csv", "worldcup/matches.csv"]' in text
    assert 'file = "worldcup/matches.csv"' in text  # the source its citation needs
    code, out, err = _run(capsys, "validate", str(written), "--data", worldcup)
    assert code == 0
    assert "declared, but the data gives" not in out + err
    code, out, err = _run(capsys, "validate", str(written))  # and without the data
    assert code == 0, out + err


def test_a_womens_career_is_not_held_to_the_mens_calendar_of_results_csv(
    data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Regression: results.csv holds men's matches only, yet its France was taken for hers:
    # her World Cup appearance was "certain: an appearance on a day the team did not play", and
    # her goals were looked up among the men's scorers (a warning that none was credited).
    results = data / "international_results" / "results.csv"
    with results.open("a", encoding="utf-8") as file:
        file.write("1990-06-10,France,Utopia,2,1,FIFA World Cup,Rome,Italy,TRUE\n")
        file.write("1992-02-19,France,Utopia,0,0,Friendly,Paris,France,FALSE\n")
    players = tmp_path / "fx" / "players"
    players.mkdir(parents=True)
    written = players / "marie-dupont.toml"
    new = ["new", "Marie Dupont", "--team", "France", "--data", str(data), "-o", str(written)]
    assert _run(capsys, *new)[0] == 0
    claims = ["claims", "marie-dupont", "--fixtures", str(tmp_path / "fx"), "--data", str(data)]
    code, out, err = _run(capsys, *claims)
    assert code == 0
    assert "cannot all be true" not in out
    assert "no-team-match" not in out
    assert "goalscorers.csv is credited to 'Marie Dupont'" not in err


def test_a_long_unbroken_word_in_html_may_break_and_never_widens_the_page() -> None:
    # Regression: 300 characters with no space (a pasted hash in a source's description) were
    # written as they stood: the sources table, and the page, grew wider than the screen.
    from careerstats.blocks import Page, Paragraph
    from careerstats.writers import write

    token = "X" * 300
    text = f'see {token} </style><!-- javascript:alert(1) "quoted"'
    page = write(Page(title="t", blocks=(Paragraph(text),)), "html", standalone=True)
    assert (
        f'<p>see <span class="long">{token}</span> &lt;/style&gt;&lt;!-- '
        "javascript:alert(1) &quot;quoted&quot;</p>"
    ) in page
    assert ".careerstats a.url, .careerstats .long { overflow-wrap: anywhere; }" in page
    short = write(Page(title="t", blocks=(Paragraph("x" * 40),)), "html")
    assert 'class="long"' not in short  # 40 characters or fewer are words like any other
