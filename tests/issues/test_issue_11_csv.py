"""Issue 11, the international results data set: read by a CSV parser (item 2), ASCII digits
only (item 1), malformed rows counted in bounded memory (item 3), dates within the years a
career can hold (item 8), and a results folder that cannot be looked at (item 4).

Each data set here is the sample of ``tests/data/international_results`` written again in
``tmp_path``, in another form or with one row changed.
"""

from __future__ import annotations

import csv
import errno
import os
import shutil
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

import pytest

from careerstats.cli import main
from careerstats.datasets import international_results
from careerstats.datasets.international_results import InternationalResults
from careerstats.errors import DatasetError, MalformedRowsWarning

from ..conftest import SHARED

SAMPLE = Path(__file__).parents[1] / "data" / "international_results"
FILES = ("results.csv", "goalscorers.csv", "shootouts.csv", "former_names.csv")
RESULTS_HEADER = "date,home_team,away_team,home_score,away_score,tournament,city,country,neutral"
GOALS_HEADER = "date,home_team,away_team,team,scorer,minute,own_goal,penalty"


def _copy(folder: Path, source: Path = SAMPLE) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name in FILES:
        shutil.copy(source / name, folder / name)
    return folder


def _rewrite(folder: Path, source: Path = SAMPLE, **dialect: object) -> Path:
    """The data set in ``source``, every file parsed and written again by the csv module."""
    folder.mkdir(parents=True, exist_ok=True)
    for name in FILES:
        with (source / name).open(encoding="utf-8", newline="") as file:
            rows = list(csv.reader(file))
        with (folder / name).open("w", encoding="utf-8", newline="") as file:
            csv.writer(file, **dialect).writerows(rows)  # type: ignore[arg-type]
    return folder


def _load(folder: Path, **options: bool) -> InternationalResults:
    with pytest.warns(MalformedRowsWarning):
        return InternationalResults.load(folder, **options)


def _strict_problems(folder: Path) -> list[str]:
    with pytest.raises(DatasetError) as caught:
        InternationalResults.load(folder, strict=True)
    return [str(problem).replace(str(folder), "DIR") for problem in caught.value.problems]


def _everything(data: InternationalResults) -> dict[str, object]:
    """What the data set answers, for two forms of one data set to be compared."""
    return {
        "matches": data.matches,
        "goals": data.goals,
        "former": data.former_names,
        "totals": data.scorer_totals(),
        "utopia": data.scorer_totals(team="Utopia"),
        "qualifiers": data.scorer_totals(competition="qualifier"),
        "goals_by": data.goals_by(["Jo Éxample", "Jojo"], "Utopia"),
        "goals_by_team": data.goals_by_team("Utopia"),
        "matches_of": data.matches_of("Sylvania"),
    }


# --- item 2: CSV is read by a CSV parser ------------------------------------------------------


def _with_row(folder: Path, name: str, before: str, after: str) -> Path:
    """The sample, with ``before`` (bytes of one file) replaced by ``after``."""
    _copy(folder)
    text = (SAMPLE / name).read_bytes().decode("utf-8")
    assert before in text
    (folder / name).write_bytes(text.replace(before, after).encode("utf-8"))
    return folder


def test_a_quoted_team_name_is_counted_for_that_team(tmp_path: Path) -> None:
    # Regression: a goal whose team was written "Utopia" (quoted, as valid CSV may be) never
    # matched --team Utopia: Jo Éxample had 2 goals instead of 3, without a word.
    row = "2012-06-10,Utopia,Sylvania,Utopia,Jo Éxample,90"
    quoted = '"2012-06-10","Utopia","Sylvania","Utopia","Jo Éxample",90'
    data = _load(_with_row(tmp_path, "goalscorers.csv", row, quoted))
    plain = _load(SAMPLE)
    assert data.scorer_totals(team="Utopia") == plain.scorer_totals(team="Utopia")
    assert [(t.scorer, t.goals) for t in data.scorer_totals(team="Utopia", top=1)] == [
        ("Jo Éxample", len(plain.goals_by(["Jo Éxample"], "Utopia")))
    ]


@pytest.mark.parametrize(
    "dialect",
    [
        {"quoting": csv.QUOTE_ALL, "lineterminator": "\n"},
        {"quoting": csv.QUOTE_ALL, "lineterminator": "\r\n"},
        {"quoting": csv.QUOTE_MINIMAL, "lineterminator": "\r\n"},
        {"quoting": csv.QUOTE_MINIMAL, "lineterminator": "\r"},
        {"quoting": csv.QUOTE_ALL, "lineterminator": "\r"},
    ],
    ids=["quote-all", "quote-all-crlf", "crlf", "cr", "quote-all-cr"],
)
def test_any_quoting_and_line_end_reads_as_the_plain_file(
    tmp_path: Path, dialect: dict[str, object]
) -> None:
    # Regression: with QUOTE_ALL every row was refused ("expected a whole number, got
    # '"2"'"), and with CR line ends the whole file was.
    folder = _rewrite(tmp_path / "data", **dialect)
    assert _everything(_load(folder)) == _everything(_load(SAMPLE))
    assert _strict_problems(folder) == _strict_problems(SAMPLE)


def test_rows_ending_in_a_lone_cr_are_read(tmp_path: Path) -> None:
    # Regression: a row ending in CR alone, in a file of LF line ends, vanished with the row
    # after it, silently: Jo Éxample's 2011 goal and Ann Other's were not counted.
    row = "2011-06-05,Freedonia,Utopia,Utopia,Jo Éxample,30,FALSE,FALSE\n"
    folder = _with_row(tmp_path / "data", "goalscorers.csv", row, row.replace("\n", "\r"))
    data = _load(folder)
    assert _everything(data) == _everything(_load(SAMPLE))
    # Lines are numbered as an editor shows them: the row after the CR is on the same line.
    assert _strict_problems(folder)[-1] == (
        "DIR/goalscorers.csv: line 8: column penalty: expected TRUE or FALSE, got 'maybe'"
    )


def test_a_stray_cr_in_a_row_is_a_malformed_row_at_its_line(tmp_path: Path) -> None:
    # Regression: a row with a CR inside it vanished without a word, and the rows after it
    # were read as if it had not been there.
    row = "2012-06-10,Utopia,Sylvania,1,1,Cup,Arena,Neutralia,TRUE"
    folder = _with_row(tmp_path / "data", "results.csv", row, row.replace("Arena", "Are\rna"))
    assert _strict_problems(folder)[:5] == [
        "DIR/results.csv: line 4: expected 9 columns, got 7",
        "DIR/results.csv: line 4: expected 9 columns, got 3",
        "DIR/results.csv: line 5: column home_score: expected a whole number, got 'x'",
        "DIR/results.csv: line 6: column date: expected a date like 2022-12-18 that the "
        "calendar has, got '2012-02-30'",
        "DIR/results.csv: line 7: expected 9 columns, got 8",
    ]
    assert [str(m.date) for m in _load(folder).matches] == ["2010-03-03", "2011-06-05"]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            '2013-01-01,"Utopia"x,Sylvania,1,0,Cup,Arena,Neutralia,TRUE',
            "expected a comma or a line end after a closing quote",
        ),
        (
            '2013-01-01,"Utopia,Sylvania,1,0,Cup,Arena,Neutralia,TRUE',
            "expected a closing quote, got the end of the file",
        ),
        (
            '2013-01-01,Utopia,Sylvania,1,0,Cup,"Are\nna",Neutralia,TRUE',
            "column city: expected text or nothing, got 'Are\\nna'",
        ),
    ],
    ids=["text-after-quote", "unclosed-quote", "line-break-in-a-name"],
)
def test_a_row_the_parser_cannot_read_is_a_malformed_row(
    tmp_path: Path, line: str, expected: str
) -> None:
    folder = _copy(tmp_path / "data")
    good = "2012-06-10,Utopia,Sylvania,1,1,Cup,Arena,Neutralia,TRUE"
    (folder / "results.csv").write_text(f"{RESULTS_HEADER}\n{good}\n{line}\n", encoding="utf-8")
    assert _strict_problems(folder)[0] == f"DIR/results.csv: line 3: {expected}"
    assert [str(m.date) for m in _load(folder).matches] == ["2012-06-10"]


def test_a_header_the_parser_cannot_read(tmp_path: Path) -> None:
    folder = _copy(tmp_path / "data")
    (folder / "shootouts.csv").write_text('"date"x,home_team\n', encoding="utf-8")
    assert _strict_problems(folder) == [
        "DIR/shootouts.csv: line 1: expected a comma or a line end after a closing quote"
    ]


def test_the_real_data_set_written_with_quote_all_and_crlf_gives_the_same_figures(
    tmp_path: Path,
) -> None:
    folder = SHARED / "data" / "international_results"
    if not (folder / "results.csv").is_file():
        pytest.skip(f"{folder} is absent: the data set lives in ../shared beside the checkout")
    plain = InternationalResults.load(folder, strict=True)
    quoted = InternationalResults.load(
        _rewrite(tmp_path, folder, quoting=csv.QUOTE_ALL, lineterminator="\r\n"), strict=True
    )
    assert quoted.scorer_totals(team="France", top=10) == plain.scorer_totals(team="France", top=10)
    assert quoted.scorer_totals() == plain.scorer_totals()
    assert len(quoted.matches) == len(plain.matches)
    assert quoted.matches[-100:] == plain.matches[-100:]


# --- item 1: digits are ASCII -----------------------------------------------------------------

ARABIC_INDIC_2010 = "\u0662\u0660\u0661\u0660"  # ٢٠١٠
FULLWIDTH_17 = "\uff11\uff17"


@pytest.mark.parametrize(
    ("name", "row", "changed", "expected"),
    [
        (
            "goalscorers.csv",
            "2010-03-03,Utopia,Freedonia,Utopia,Jo Éxample,17",
            f"{ARABIC_INDIC_2010}-03-03,Utopia,Freedonia,Utopia,Jo Éxample,17",
            "line 2: column date: expected a date like 2022-12-18 that the calendar has, "
            f"got '{ARABIC_INDIC_2010}-03-03'",
        ),
        (
            "goalscorers.csv",
            "2010-03-03,Utopia,Freedonia,Utopia,Jo Éxample,17",
            f"2010-03-03,Utopia,Freedonia,Utopia,Jo Éxample,{FULLWIDTH_17}",
            f"line 2: column minute: expected a minute or NA, got '{FULLWIDTH_17}'",
        ),
        (
            "results.csv",
            "2010-03-03,Utopia,Freedonia,2,0",
            "2010-03-03,Utopia,Freedonia,\u0662,0",
            "line 2: column home_score: expected a whole number, got '\u0662'",
        ),
    ],
    ids=["arabic-indic-date", "fullwidth-minute", "arabic-indic-score"],
)
def test_digits_other_than_0_to_9_are_a_malformed_row(
    tmp_path: Path, name: str, row: str, changed: str, expected: str
) -> None:
    # Regression: \d took these digits; the date gave a traceback even with strict loading,
    # and the score and minute were read as numbers.
    folder = _with_row(tmp_path / "data", name, row, changed)
    assert f"DIR/{name}: {expected}" in _strict_problems(folder)
    data = _load(folder)
    assert f"{folder / name}: {expected}" in [str(problem) for problem in data.problems]
    assert data.scorer_totals()  # the other rows are read


# --- item 8: a date no career can hold --------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "row", "changed", "expected"),
    [
        (
            "results.csv",
            "2010-03-03,Utopia,Freedonia,2,0",
            "0001-05-05,Utopia,Freedonia,2,0",
            "line 2: column date: expected a date from 1800 to 2100, got '0001-05-05'",
        ),
        (
            "goalscorers.csv",
            "2012-06-10,Utopia,Sylvania,Utopia,Jo",
            "9999-12-31,Utopia,Sylvania,Utopia,Jo",
            "line 8: column date: expected a date from 1800 to 2100, got '9999-12-31'",
        ),
        (
            "former_names.csv",
            "1900-01-01,1950-12-31",
            "1799-12-31,2101-01-01",
            "line 2: column start_date: expected a date from 1800 to 2100, got '1799-12-31'",
        ),
    ],
    ids=["year-1", "year-9999", "former-name"],
)
def test_a_date_outside_the_years_of_a_career_is_a_malformed_row(
    tmp_path: Path, name: str, row: str, changed: str, expected: str
) -> None:
    # Regression: such dates were accepted, and crashed what plotted or counted from them.
    folder = _with_row(tmp_path / "data", name, row, changed)
    assert f"DIR/{name}: {expected}" in _strict_problems(folder)


def test_the_first_and_last_day_of_the_years_of_a_career_are_read(tmp_path: Path) -> None:
    folder = _with_row(
        tmp_path / "data", "former_names.csv", "1900-01-01,1950-12-31", "1800-01-01,2100-12-31"
    )
    names = _load(folder).former_names
    assert [(n.start.isoformat(), n.end.isoformat()) for n in names] == [
        ("1800-01-01", "2100-12-31")
    ]


# --- item 3: many malformed rows, in bounded time and memory ---------------------------------

MALFORMED_LINES = (
    "x",  # one column
    "2013-01-01,Utopia,Sylvania,x,0,Cup,Arena,Neutralia,TRUE",  # a value
    '"2013"-01-01,Utopia',  # what the parser cannot read
)
BLANK_LINES = ("", "   ")
REPEATS = 40_000  # 200,000 lines: 120,000 malformed, 80,000 blank


def _many_malformed_rows(folder: Path) -> Path:
    _copy(folder)
    good = "2012-06-10,Utopia,Sylvania,1,1,Cup,Arena,Neutralia,TRUE"
    block = "\n".join([*MALFORMED_LINES, *BLANK_LINES])
    body = "\n".join([block] * REPEATS)
    (folder / "results.csv").write_text(f"{RESULTS_HEADER}\n{good}\n{body}\n{good}\n")
    return folder


def test_many_malformed_rows_are_counted_and_the_first_20_reported(tmp_path: Path) -> None:
    # Regression: every malformed row was kept as a problem (10 million rows: 37-97 s and
    # 2.5 GB) and printed, one line each.
    folder = _many_malformed_rows(tmp_path / "data")
    start = time.perf_counter()
    problems = _strict_problems(folder)
    assert time.perf_counter() - start < 20  # a ceiling (about 0.5 s on a quiet machine)
    malformed = len(MALFORMED_LINES) * REPEATS
    assert problems[:4] == [
        "DIR/results.csv: line 3: expected 9 columns, got 1",
        "DIR/results.csv: line 4: column home_score: expected a whole number, got 'x'",
        "DIR/results.csv: line 5: expected a comma or a line end after a closing quote",
        "DIR/results.csv: line 8: expected 9 columns, got 1",  # lines 6 and 7 are blank
    ]
    assert len(problems) == 20 + 2  # then how many more, then the sample's goalscorers.csv
    assert problems[20] == f"DIR/results.csv: and {malformed - 20:,} more malformed rows"
    with pytest.warns(MalformedRowsWarning) as caught:
        data = InternationalResults.load(folder)
    assert str(caught[0].message).startswith(
        f"results.csv: {malformed:,} malformed rows; goalscorers.csv: 1 malformed row skipped "
        f"(first: {folder / 'results.csv'} line 3: expected 9 columns, got 1)"
    )
    assert [str(m.date) for m in data.matches] == ["2012-06-10", "2012-06-10"]
    assert len(data.problems) == 22


def test_malformed_rows_take_no_memory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = _many_malformed_rows(tmp_path / "data")
    size = (folder / "results.csv").stat().st_size
    # read_input asks for a buffer of the size limit (512 MiB) that the kernel never fills;
    # tracemalloc would count it. Read the files plainly instead.
    monkeypatch.setattr(international_results, "read_input", lambda path, limit: path.read_bytes())
    tracemalloc.start()
    try:
        with pytest.warns(MalformedRowsWarning):
            InternationalResults.load(folder)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    # The bytes and their text, and a mebibyte of text at a time in the parser: not the rows.
    assert peak < 2 * size + 8 * 2**20


def test_blank_lines_are_passed_over(tmp_path: Path) -> None:
    folder = _copy(tmp_path / "data")
    good = "2012-06-10,Utopia,Sylvania,1,1,Cup,Arena,Neutralia,TRUE"
    blank = "\n \n\r\n" * 50_000
    (folder / "results.csv").write_text(f"{RESULTS_HEADER}\n{blank}{good}\n{blank}")
    data = _load(folder)  # the sample's goalscorers.csv has a malformed row
    assert [problem.file for problem in data.problems] == [str(folder / "goalscorers.csv")]
    assert [str(m.date) for m in data.matches] == ["2012-06-10"]


# --- item 4: a results folder that cannot be looked at ----------------------------------------


def _denied(monkeypatch: pytest.MonkeyPatch, denied: Path) -> None:
    """Looking at ``denied`` fails as for a user who may not (the tests run as root)."""
    real = Path.stat

    def stat(self: Path, **options: bool) -> os.stat_result:
        if self == denied:
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(self))
        return real(self, **options)

    monkeypatch.setattr(Path, "stat", stat)


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("given", ["--results-dir", "$CAREERSTATS_RESULTS_DIR"])
def test_a_results_folder_with_too_long_a_name_is_one_line(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    given: str,
) -> None:
    # Regression: ENAMETOOLONG came out of Path.is_dir() as a traceback.
    folder = str(tmp_path / ("x" * 300))
    monkeypatch.delenv("CAREERSTATS_RESULTS_DIR", raising=False)
    if given == "--results-dir":
        args = ["scorers", "--results-dir", folder]
    else:
        monkeypatch.setenv("CAREERSTATS_RESULTS_DIR", folder)
        args = ["scorers"]
    assert _run(capsys, *args) == (
        2,
        "",
        f"careerstats: error: {folder}: cannot read: File name too long ({given})\n",
    )


@pytest.mark.parametrize("given", ["--results-dir", "$CAREERSTATS_RESULTS_DIR"])
def test_a_results_folder_that_may_not_be_read_is_one_line(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    given: str,
) -> None:
    # Regression: EACCES (a folder on the way that may not be read) was a traceback.
    folder = _copy(tmp_path / "data")
    _denied(monkeypatch, folder)
    monkeypatch.delenv("CAREERSTATS_RESULTS_DIR", raising=False)
    if given == "--results-dir":
        args = ["goals", "karim-benzema", "--results-dir", str(folder)]
    else:
        monkeypatch.setenv("CAREERSTATS_RESULTS_DIR", str(folder))
        args = ["goals", "karim-benzema"]
    assert _run(capsys, *args) == (
        2,
        "",
        f"careerstats: error: {folder}: cannot read: Permission denied ({given})\n",
    )


def test_a_file_of_the_results_folder_that_may_not_be_read_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = _copy(tmp_path / "data")
    _denied(monkeypatch, folder / "goalscorers.csv")
    assert _run(capsys, "scorers", "--results-dir", str(folder)) == (
        2,
        "",
        f"careerstats: error: {folder / 'goalscorers.csv'}: cannot read: Permission denied\n",
    )


@pytest.mark.parametrize(
    ("make", "expected"),
    [
        (lambda tmp_path: tmp_path / ("x" * 300), "cannot read: File name too long"),
        (lambda tmp_path: _copy(tmp_path / "data"), "cannot read: Permission denied"),
    ],
    ids=["too-long", "denied"],
)
def test_loading_a_folder_that_cannot_be_looked_at_is_a_dataset_error(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    make: Callable[[Path], Path],
    expected: str,
) -> None:
    folder = make(tmp_path)
    _denied(monkeypatch, tmp_path / "data")
    with pytest.raises(DatasetError) as caught:
        InternationalResults.load(folder)
    assert str(caught.value) == f"{folder}: {expected}"
