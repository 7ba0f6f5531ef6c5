"""Issue 11, round three: what a hostile tester still found on main after rounds one and two.

Quadratic time on inputs within the limits, API calls raising built-in exceptions, input that
was accepted silently although it is wrong, and messages that lost what they should say. Each
test failed before its fix; time and memory ceilings are generous (a shared 2-core machine).
"""

from __future__ import annotations

import time
import tracemalloc
import warnings
from pathlib import Path

import pytest
from matplotlib.figure import Figure

from careerstats.claims import MAX_DIFFERING_WORD_PAIRS, word_differences
from careerstats.cli import main
from careerstats.datasets import international_results
from careerstats.datasets.csv_tables import longest_row, read_contents
from careerstats.errors import DatasetError, Problem
from careerstats.fixtures import FixtureSet, PlayerRef
from careerstats.plot import MAX_LABEL_CHARACTERS, plot_timeline, render_timeline

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
    assert 1_000 * 1_000 > MAX_DIFFERING_WORD_PAIRS
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
