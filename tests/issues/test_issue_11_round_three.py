"""Issue 11, round three: what a hostile tester still found on main after rounds one and two.

Quadratic time on inputs within the limits, API calls raising built-in exceptions, input that
was accepted silently although it is wrong, and messages that lost what they should say. Each
test failed before its fix; time and memory ceilings are generous (a shared 2-core machine).
"""

from __future__ import annotations

import datetime
import os
import shutil
import subprocess
import sys
import time
import tracemalloc
import warnings
from collections.abc import Callable
from pathlib import Path

import pytest
from matplotlib.figure import Figure

from careerstats import dates, fixtures, frames, names, plot, reconcile, render, statistics
from careerstats.claims import MAX_DIFFERING_WORD_PAIRS, word_differences
from careerstats.cli import main
from careerstats.datasets import international_results
from careerstats.datasets.csv_tables import longest_row, read_contents
from careerstats.datasets.international_results import InternationalResults
from careerstats.dates import PartialDate
from careerstats.errors import (
    MAX_LISTED,
    ArgumentTypeError,
    DatasetError,
    InvalidDateError,
    InvalidValueError,
    Problem,
)
from careerstats.fixtures import (
    FixtureSet,
    PlayerRef,
    bundled_fixtures_dir,
    load_career,
    paragraph_count,
)
from careerstats.model import Citation, Player
from careerstats.plot import MAX_LABEL_CHARACTERS, plot_timeline, render_timeline
from careerstats.statistics import summarize

from ..conftest import PLAYER_TOML, FixtureFactory

PLAYER_FILE = "fx/players/jo-example.toml"


def _two_versions_of_one_quote(words: int) -> str:
    """A player file quoting one message twice, in wordings that differ in every word."""
    first = " ".join("ab"[i % 2] for i in range(words))
    second = " ".join("ba"[i % 2] for i in range(words))
    quotes = "".join(
        f'\n[[quotes]]\nspeaker = "Jo"\nmessage = "m"\nwords = "{text}"\ncite = ["{cite}"]\n'
        for text, cite in ((first, "a.txt#1"), (second, "b.txt#1"))
    )
    return PLAYER_TOML + quotes


def test_two_long_versions_of_one_quote_are_compared_in_bounded_time(
    make_fixtures: FixtureFactory, capsys: object
) -> None:
    make_fixtures(player=_two_versions_of_one_quote(30_000))
    started = time.monotonic()
    for command in ("claims", "summary"):
        main([command, "jo-example", "--fixtures", "fx"])
    main(["validate", PLAYER_FILE, "--fixtures", "fx"])
    assert time.monotonic() - started < 15  # 31 to 38 s each before


def test_wordings_differing_past_the_bound_are_said_to_differ_in_so_many_words() -> None:
    first = "x " + " ".join("ab"[i % 2] for i in range(1_000)) + " y"
    second = "x " + " ".join("ba"[i % 2] for i in range(1_000)) + " y"
    assert MAX_DIFFERING_WORD_PAIRS < 1_000 * 1_000
    assert word_differences(first, second) == (
        "1,000 words of the first and 1,000 of the second differ, from word 2"
    )


def test_wordings_differing_in_a_few_words_among_many_are_compared_word_by_word() -> None:
    shared = " ".join("ab"[i % 2] for i in range(20_000))
    assert word_differences(f"{shared} it was efforts", f"{shared} it was effort") == (
        "“efforts” → “effort”"
    )


def _many_players(count: int) -> list[str]:
    """``count`` player files in ``fx/players``, each a copy of the example under its own id."""
    paths = []
    for number in range(count):
        player_id = f"jo-example-{number}"
        text = PLAYER_TOML.replace('id = "jo-example"', f'id = "{player_id}"').replace(
            'name = "Jo Éxample"', f'name = "Jo Éxample {number}"'
        )
        path = Path("fx/players") / f"{player_id}.toml"
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    return paths


def test_validate_of_many_player_files_scans_the_folder_once(
    make_fixtures: FixtureFactory, monkeypatch: pytest.MonkeyPatch, capsys: object
) -> None:
    make_fixtures()
    Path("fx/players/jo-example.toml").unlink()
    paths = _many_players(300)
    scans = []
    scan = FixtureSet.scan

    def counted(self: FixtureSet) -> tuple[list[PlayerRef], list[Problem]]:
        scans.append(self.root)
        return scan(self)

    monkeypatch.setattr(FixtureSet, "scan", counted)
    started = time.monotonic()
    assert main(["validate", *paths]) == 0
    assert time.monotonic() - started < 30  # 7.4 s for 200 files before, 125 s for 800
    assert len(scans) == 1  # once per file before: each scan reads every file


def test_plot_of_a_long_name_and_opponent_cuts_the_labels_and_prints_no_warning(
    make_fixtures: FixtureFactory, capsys: pytest.CaptureFixture[str]
) -> None:
    long_name = "Jo " * 700  # 2,100 characters: matplotlib warned, naming its source files
    opponent = "F" * 200_000
    player = PLAYER_TOML.replace('name = "Jo Éxample"', f'name = "{long_name}"').replace(
        'opponent = "Freedonia"', f'opponent = "{opponent}"'
    )
    make_fixtures(player=player)
    started = time.monotonic()
    assert main(["plot", "jo-example", "--fixtures", "fx", "-o", "p.svg"]) == 0
    assert time.monotonic() - started < 60  # ~100 s and 670 MB for a MiB before
    assert capsys.readouterr().err == ""
    career = FixtureSet(Path("fx")).career("jo-example")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        ax = plot_timeline(career, Figure(layout="constrained").subplots())
    labels = [text.get_text() for text in ax.texts]
    assert f"v {'F' * (MAX_LABEL_CHARACTERS - 1)}…" in "".join(labels)
    assert ax.get_title(loc="left") == f"{long_name[: MAX_LABEL_CHARACTERS - 1]}… — Utopia"
    assert max(len(label) for label in labels) < 2 * MAX_LABEL_CHARACTERS


def test_render_timeline_keeps_matplotlib_warnings_to_itself(make_fixtures: FixtureFactory) -> None:
    make_fixtures(player=PLAYER_TOML.replace('name = "Jo Éxample"', f'name = "{"Jo " * 700}"'))
    career = FixtureSet(Path("fx")).career("jo-example")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert render_timeline(career, "png").startswith(b"\x89PNG")


RESULTS_HEADER = "date,home_team,away_team,home_score,away_score,tournament,city,country,neutral"
A_RESULT = "2010-09-03,France,Belarus,0,1,UEFA Euro qualification,Saint-Denis,France,FALSE"
RESULTS_SCHEMA = international_results._SCHEMAS["results.csv"]


def test_a_line_longer_than_any_row_is_malformed_without_being_copied() -> None:
    line = "x" * (longest_row(len(RESULTS_SCHEMA)) + 5 * 2**20)  # about 8 million characters
    text = f"{RESULTS_HEADER}\n{A_RESULT}\n{line}\n{A_RESULT}\n"
    tracemalloc.start()
    try:
        contents = read_contents(Path("results.csv"), text, RESULTS_SCHEMA)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < len(line)  # a copy of the line, then four bytes a character, before
    assert contents.malformed == 1
    assert [str(problem) for problem in contents.problems] == [
        "results.csv: line 3: expected fields of at most 131,072 characters, got a longer one"
    ]
    assert contents.values["home_team"] == ["France", "France"]


def test_a_file_of_one_overlong_line_is_refused_at_its_header() -> None:
    text = "x" * (longest_row(len(RESULTS_SCHEMA)) + 2 * 2**20)
    with pytest.raises(DatasetError) as caught:
        read_contents(Path("results.csv"), text, RESULTS_SCHEMA)
    assert [str(problem) for problem in caught.value.problems] == [
        "results.csv: line 1: expected fields of at most 131,072 characters, got a longer one"
    ]


def test_lines_of_any_end_read_as_before_around_the_piece_cuts() -> None:
    rows = [A_RESULT.replace("0,1", f"{n % 10},1") for n in range(40_000)]  # past 2 MiB
    for end in ("\n", "\r\n", "\r"):
        text = RESULTS_HEADER + end + end.join(rows) + end
        contents = read_contents(Path("results.csv"), text, RESULTS_SCHEMA)
        assert contents.malformed == 0
        assert len(contents.values["date"]) == len(rows)


BUNDLED_CAREER = load_career("karim-benzema")
with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # the sample's malformed rows
    SAMPLE_DATA = InternationalResults.load(
        Path(__file__).resolve().parents[1] / "data" / "international_results"
    )
A_DAY = PartialDate(2014, 6, 30)
BUNDLED_FOLDER = FixtureSet(bundled_fixtures_dir())


def _wrong_types(value: object) -> list[tuple[str, Callable[[], object]]]:
    """Public callables given ``value`` where an argument of another type belongs (round three:
    each raised a bare AttributeError or TypeError from deep inside)."""
    career, data = BUNDLED_CAREER, SAMPLE_DATA
    return [
        ("summarize(as_of)", lambda: summarize(career, value)),
        ("plot_timeline(ax)", lambda: plot.plot_timeline(career, ax=value)),
        ("folder_note(path)", lambda: fixtures.folder_note(value)),
        (
            "FixtureSet.look_alikes(refs)",
            lambda: BUNDLED_FOLDER.look_alikes(value),
        ),
        ("Career.to_frame(table)", lambda: career.to_frame(value)),
        ("career_frame(table)", lambda: frames.career_frame(career, value)),
        ("scorer_coverage(since)", lambda: data.scorer_coverage(since=value)),
        ("scorer_coverage(until)", lambda: data.scorer_coverage(until=value)),
        ("scorer_coverage(team)", lambda: data.scorer_coverage(team=value)),
        ("bounds_text(start)", lambda: dates.bounds_text(value, A_DAY)),
        ("bounds_text(end)", lambda: dates.bounds_text(A_DAY, value)),
        ("digits_hint(text)", lambda: dates.digits_hint(value)),
        ("player_team(career)", lambda: reconcile.player_team(value, data)),
        ("player_team(data)", lambda: reconcile.player_team(career, value)),
        ("render_scorers(coverage)", lambda: render.render_scorers([], "t", coverage=value)),
        ("render_scorers(filters)", lambda: render.render_scorers([], "t", filters=value)),
        ("closest(choices)", lambda: names.closest("x", value)),
        ("ended_by(tournament)", lambda: statistics.ended_by(value, A_DAY)),
        ("ended_by(date)", lambda: statistics.ended_by(career.tournaments[0], value)),
        ("over_by(career)", lambda: statistics.over_by(value, career.absences[0])),
        ("over_by(absence)", lambda: statistics.over_by(career, value)),
        ("holds_from(career)", lambda: statistics.holds_from(value, career.stated_totals[0])),
        ("holds_from(total)", lambda: statistics.holds_from(career, value)),
        ("before_career(career)", lambda: statistics.before_career(value, A_DAY)),
        ("before_career(date)", lambda: statistics.before_career(career, value)),
        ("absence_span(absence)", lambda: statistics.absence_span(value)),
    ]


_TAKES_TEXT = {
    "folder_note(path)",
    "Career.to_frame(table)",
    "career_frame(table)",
    "scorer_coverage(team)",
    "digits_hint(text)",
}


# None is a default of some of these (summarize's as_of, the filters): text, a list of a
# number and a float are not (the brief's cases: summarize(career, "2010"), to_frame([])).
@pytest.mark.parametrize(
    "call",
    [
        pytest.param(call, id=f"{name}={value!r}")
        for value in ("2010", [1], 3.5)
        for name, call in _wrong_types(value)
        if not (isinstance(value, str) and name in _TAKES_TEXT)
    ],
)
def test_a_wrong_argument_type_is_a_careerstats_type_error_round_three(
    call: Callable[[], object],
) -> None:
    with pytest.raises(ArgumentTypeError):
        call()


@pytest.mark.parametrize(
    "name",
    [
        "ended_by(date)",
        "over_by(absence)",
        "holds_from(total)",
        "absence_span(absence)",
        "before_career(date)",
        "folder_note(path)",
        "bounds_text(start)",
        "digits_hint(text)",
        "player_team(career)",
        "closest(choices)",
    ],
)
def test_none_where_a_value_belongs_is_a_careerstats_type_error(name: str) -> None:
    [call] = [call for listed, call in _wrong_types(None) if listed == name]
    with pytest.raises(ArgumentTypeError):
        call()


def test_structure_career_refuses_keys_that_are_not_text() -> None:
    with pytest.raises(ArgumentTypeError) as caught:
        fixtures.structure_career({1: 2, None: 3})
    assert str(caught.value) == "structure_career(data): expected str keys, got int 1"


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (
            lambda: SAMPLE_DATA.scorer_coverage(
                since=datetime.date(2012, 1, 1), until=datetime.date(2011, 6, 30)
            ),
            "scorer_coverage(since): 2012-01-01 comes after until (2011-06-30)",
        ),
        (lambda: dates.Years(5, 3), "Years(high): 3 is less than low (5)"),
    ],
    ids=["coverage since after until", "years reversed"],
)
def test_a_value_no_answer_fits_is_refused_round_three(
    call: Callable[[], object], message: str
) -> None:
    # Regression: these returned a coverage of zeros and a range from 5 to 3.
    with pytest.raises(InvalidValueError) as caught:
        call()
    assert str(caught.value) == message


@pytest.mark.parametrize(
    ("before", "after", "message"),
    [
        (
            'aliases = ["Jojo"]',
            'aliases = ["Jojo", ""]',
            "player.aliases[1]: expected a name, got an empty string",
        ),
        (
            'aliases = ["Jojo"]',
            'aliases = [" \\t"]',
            "player.aliases[0]: expected a name, got only white space",
        ),
        ('name = "Jo Éxample"', 'name = "   "', "player.name: expected text, got only white space"),
        (
            'opponent = "Freedonia"',
            'opponent = " "',
            "appearances[0].match.opponent: expected text, got only white space",
        ),
    ],
    ids=["empty alias", "blank alias", "blank name", "blank opponent"],
)
def test_a_blank_name_or_alias_is_refused_at_loading(
    make_fixtures: FixtureFactory,
    capsys: pytest.CaptureFixture[str],
    before: str,
    after: str,
    message: str,
) -> None:
    # Regression: aliases = [""] loaded, and then `careerstats summary ""` picked the player.
    make_fixtures(player=PLAYER_TOML.replace(before, after))
    assert main(["summary", "jo-example", "--fixtures", "fx"]) == 2
    assert capsys.readouterr().err == f"careerstats: error: {PLAYER_FILE}: {message}\n"


@pytest.mark.parametrize(("query", "found"), [("", "an empty one"), ("  ", "only white space")])
def test_a_blank_player_query_is_refused(
    make_fixtures: FixtureFactory, capsys: pytest.CaptureFixture[str], query: str, found: str
) -> None:
    make_fixtures(player=PLAYER_TOML.replace('aliases = ["Jojo"]', 'aliases = [""]'))
    assert main(["summary", query, "--fixtures", "fx"]) == 2
    err = capsys.readouterr().err
    assert err.startswith(
        f"careerstats: error: unknown player {query!r} (expected an id or a name, got {found});"
    )


SPACED_DATES = [" 2010", "2010-09-03 ", "2010\n", "\t2010-09"]
SPACING_HINT = " (a date has no spaces or line breaks around it)"


@pytest.mark.parametrize("text", SPACED_DATES)
def test_a_date_with_spaces_or_a_line_break_around_it_is_refused(text: str) -> None:
    # Regression: PartialDate.parse stripped the text, and so accepted each of these.
    with pytest.raises(InvalidDateError) as caught:
        PartialDate.parse(text)
    assert str(caught.value).endswith(SPACING_HINT)
    with pytest.raises(InvalidDateError):
        dates.DateExpression.parse(text).resolve(None)


def test_a_fixture_date_with_a_space_is_one_line_naming_the_field(
    make_fixtures: FixtureFactory, capsys: pytest.CaptureFixture[str]
) -> None:
    make_fixtures(player=PLAYER_TOML.replace('date = "2010-03"', 'date = "2010-03 "'))
    assert main(["summary", "jo-example", "--fixtures", "fx"]) == 2
    assert capsys.readouterr().err == (
        f"careerstats: error: {PLAYER_FILE}: appearances[0].match.date: expected a date like "
        f"2007-03-28, 2007-03 or 2007, got '2010-03 '{SPACING_HINT}\n"
    )


def test_an_as_of_with_a_space_is_a_usage_error(
    make_fixtures: FixtureFactory, capsys: pytest.CaptureFixture[str]
) -> None:
    make_fixtures()
    with pytest.raises(SystemExit) as caught:
        main(["summary", "jo-example", "--fixtures", "fx", "--as-of", "2014 "])
    assert caught.value.code == 2
    assert capsys.readouterr().err.endswith(
        f"argument --as-of: expected a date like 2007-03-28, 2007-03 or 2007, got '2014 '"
        f"{SPACING_HINT}\n"
    )


def test_lines_of_a_lone_quote_are_malformed_rows_not_blank_ones() -> None:
    # Regression: each pair of such lines read as a field holding a line break, taken for a
    # blank line: a million of them were passed over with exit 0, even with --strict.
    text = f'{RESULTS_HEADER}\n{A_RESULT}\n"\n"\n\n  \n""\n{A_RESULT}\n'
    contents = read_contents(Path("results.csv"), text, RESULTS_SCHEMA)
    assert [str(problem) for problem in contents.problems] == [
        "results.csv: line 3: expected 9 columns, got 1",
        "results.csv: line 7: expected 9 columns, got 1",
    ]
    assert contents.malformed == 2
    assert len(contents.values["date"]) == 2


FIVE_PARAGRAPHS = "One\n\nTwo\n\nThree\n\nFour\n\nFive\n"


def _validate_with_articles(capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = main(["validate", PLAYER_FILE, "--fixtures", "fx", "--articles", "art"])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


@pytest.mark.parametrize(
    ("make", "found"),
    [
        (lambda path: os.mkfifo(path), "a FIFO (named pipe)"),
        (lambda path: path.mkdir(), "a directory"),
    ],
    ids=["fifo", "directory"],
)
def test_a_cited_article_that_is_no_regular_file_is_reported_not_passed_over(
    make_fixtures: FixtureFactory,
    capsys: pytest.CaptureFixture[str],
    make: Callable[[Path], None],
    found: str,
) -> None:
    # Regression: validate said "ok", its citations' paragraphs silently not checked.
    make_fixtures()
    Path("art").mkdir()
    make(Path("art/a.txt"))
    Path("art/b.txt").write_text(FIVE_PARAGRAPHS, encoding="utf-8")
    code, out = _validate_with_articles(capsys)
    assert code == 1
    assert f"fx/sources.toml: sources[0].file: 'a.txt': expected a regular file, got {found}" in out


def test_a_utf16_article_is_named_as_such(
    make_fixtures: FixtureFactory, capsys: pytest.CaptureFixture[str]
) -> None:
    # Regression: read as one paragraph of replacement marks, every citation of it wrong.
    make_fixtures()
    Path("art").mkdir()
    Path("art/a.txt").write_text(FIVE_PARAGRAPHS, encoding="utf-16")
    Path("art/b.txt").write_text(FIVE_PARAGRAPHS, encoding="utf-8")
    code, out = _validate_with_articles(capsys)
    assert code == 1
    assert out.splitlines()[0] == (
        "fx/sources.toml: sources[0].file: 'a.txt': line 1, column 1: expected UTF-8 text, "
        "got UTF-16 (the file starts with a UTF-16 byte-order mark)"
    )
    assert "which has" not in out


@pytest.mark.parametrize("end", ["\r", "\r\n"])
def test_paragraphs_are_counted_across_cr_and_crlf_line_ends(
    make_fixtures: FixtureFactory, capsys: pytest.CaptureFixture[str], end: str
) -> None:
    make_fixtures()
    Path("art").mkdir()
    for name in ("a.txt", "b.txt"):
        Path("art", name).write_bytes(FIVE_PARAGRAPHS.replace("\n", end).encode())
    assert paragraph_count(FIVE_PARAGRAPHS.replace("\n", end)) == 5
    code, out = _validate_with_articles(capsys)
    assert (code, "which has" in out) == (0, False)


def test_version_is_written_to_standard_output(capsys: pytest.CaptureFixture[str]) -> None:
    # Regression: argparse's exit wrote it to standard error.
    with pytest.raises(SystemExit) as caught:
        main(["--version"])
    assert caught.value.code == 0
    captured = capsys.readouterr()
    assert (captured.out.startswith("careerstats "), captured.err) == (True, "")


@pytest.mark.parametrize(
    ("redirect", "reason"), [(">/dev/full", "No space left on device"), (">&-", "it is closed")]
)
def test_version_to_a_full_or_closed_standard_output_is_exit_2(redirect: str, reason: str) -> None:
    if redirect == ">/dev/full" and not Path("/dev/full").exists():
        pytest.skip("no /dev/full on this system")
    done = subprocess.run(
        ["sh", "-c", f'"$0" -m careerstats --version {redirect}', sys.executable],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert (done.returncode, done.stderr) == (
        2,
        f"careerstats: error: cannot write to standard output: {reason}\n",
    )


SAMPLE_FOLDER = Path(__file__).resolve().parents[1] / "data" / "international_results"


def test_strict_keeps_the_count_of_malformed_rows_past_the_ten_problems_shown(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Regression: 10 lines, then "… and 11 more problems": the count of malformed rows lost.
    folder = tmp_path / "results"
    shutil.copytree(SAMPLE_FOLDER, folder)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        before = InternationalResults.load(folder).problems
    malformed_before = sum(1 for p in before if p.file.endswith("results.csv") and p.place)
    with (folder / "results.csv").open("a", encoding="utf-8") as file:
        file.write("garbage\n" * 50_000)
    assert main(["scorers", "--results-dir", str(folder), "--strict"]) == 2
    lines = capsys.readouterr().err.splitlines()
    assert lines[-1] == (
        f"careerstats: error: {folder / 'results.csv'}: "
        f"and {50_000 + malformed_before - MAX_LISTED:,} more malformed rows"
    )
    assert len(lines) <= MAX_LISTED + 3


def test_a_problems_error_keeps_a_files_count_line_last() -> None:
    rows = [Problem("r.csv", f"line {n}", "expected 9 columns, got 1") for n in range(2, 22)]
    error = DatasetError([*rows, Problem("r.csv", "", "and 4,999,980 more malformed rows")])
    lines = str(error).splitlines()
    assert lines[MAX_LISTED - 1] == "r.csv: line 11: expected 9 columns, got 1"
    assert lines[MAX_LISTED:] == ["r.csv: and 4,999,990 more malformed rows"]


def test_a_player_built_in_python_with_a_blank_alias_is_refused() -> None:
    cite = (Citation(file="a.txt"),)
    assert Player(id="jo", name="Jo", aliases=("Jojo",), cite=cite).aliases == ("Jojo",)
    with pytest.raises(InvalidValueError) as caught:
        Player(id="jo", name="Jo", aliases=("Jojo", " "), cite=cite)
    assert str(caught.value) == "aliases[1]: expected a name, got only white space"
    with pytest.raises(ArgumentTypeError):
        Player(id="jo", name="Jo", aliases="Jojo", cite=cite)
