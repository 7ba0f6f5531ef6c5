"""Fuzzing the fixture loader and the CSV importer with hypothesis, from a seed corpus.

The corpus is ``tests/fuzz/``: ``fixtures/`` (a small valid fixtures folder with one of every
kind of table), ``csv/`` (a small valid data set) and ``found/`` (the inputs fuzzing found that
broke careerstats, each named after what broke: the regression tests at the end load them).
The bundled Benzema fixture and the deliberately broken sample data set under ``tests/data/``
are seeds too.

Each example takes a seed file and mutates it, one to three times: a field deleted, a value
swapped for one of another type (text for a number, a table for a list...), a date made
impossible (2022-02-30, month 13), a key misspelt, an item repeated; or the bytes themselves:
cut short at a random byte, bytes flipped or inserted, random unicode inserted, lines swapped,
re-encoded. Loading the result must either succeed, and then every statistic, claim check and
rendering runs, or raise careerstats' own error, each line of which names the file and a
well-formed place; the command must exit 0 or 2 and, on 2, print only lines starting
``careerstats: error: ``, never a traceback.

The normal suite runs a fixed set of about 300 examples (``derandomize``: the same ones each
run, so that CI does not fail at random). A longer run draws new ones each time::

    CAREERSTATS_FUZZ_EXAMPLES=5000 .venv/bin/python -m pytest tests/test_fuzz.py -q

which runs that many examples in each of the four fuzz tests (a few minutes for 5000), and fails
an example that takes more than 10 seconds (the normal suite has no time limits).
"""

from __future__ import annotations

import contextlib
import csv
import datetime
import functools
import io
import json
import os
import re
import shutil
import tomllib
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import pytest
import tomli_w
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from careerstats.claims import check_claims
from careerstats.cli import main
from careerstats.datasets.international_results import InternationalResults
from careerstats.dates import PartialDate
from careerstats.errors import (
    MAX_LISTED,
    CareerstatsError,
    DatasetError,
    DatasetMatchWarning,
    FixtureError,
    MalformedRowsWarning,
    ProblemsError,
    UnknownPlayerError,
)
from careerstats.fixtures import (
    FixtureSet,
    bundled_fixtures_dir,
    dump_career,
    load_career_file,
    structure_career,
)
from careerstats.model import Career
from careerstats.reconcile import coverage, player_goals, with_dataset_goals
from careerstats.render import render_claims, render_summary
from careerstats.statistics import known_by, summarize

T = TypeVar("T")

CORPUS = Path(__file__).parent / "fuzz"
SEED_FIXTURES = CORPUS / "fixtures"
SEED_CSV = CORPUS / "csv"
FOUND = CORPUS / "found"
SAMPLE_CSV = Path(__file__).parent / "data" / "international_results"

LONG_RUN = int(os.environ.get("CAREERSTATS_FUZZ_EXAMPLES", "0"))


def fuzz_settings(examples: int) -> settings:
    """``examples`` in the normal suite, the same ones each run; more, and new ones, when asked."""
    return settings(
        max_examples=LONG_RUN or examples,
        derandomize=not LONG_RUN,
        database=None if not LONG_RUN else settings.default.database,
        # A long run also fails an example that takes over 10 s: a scan gone quadratic.
        deadline=datetime.timedelta(seconds=10) if LONG_RUN else None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )


# --- what every answer must look like ---------------------------------------------------------

# A place is a line and column, the end of the document, or a path to a field.
PLACE = re.compile(
    r"line \d+(, column \d+)?|end of document|[a-z_]+(\[\d+\])*(\.[a-z_]+(\[\d+\])*)*"
)
# What a message must never be: a Python exception's own text passed along.
LEAKED = re.compile(r"^[A-Z]\w*(Error|Exception)\b|Traceback|object at 0x")


def assert_problem_lines(error: ProblemsError, files: set[str]) -> None:
    """Each problem names one of ``files`` and a well-formed place, on one line of its own."""
    assert error.problems
    lines = str(error).split("\n")
    # The message lists the first MAX_LISTED problems and counts the rest on a last line.
    shown = error.problems[:MAX_LISTED]
    if len(error.problems) > MAX_LISTED:
        assert lines.pop() == f"… and {len(error.problems) - MAX_LISTED:,} more problems"
    for problem, line in zip(shown, lines, strict=True):
        assert problem.file in files, line
        assert line.startswith(f"{problem.file}: "), line
        assert problem.place == "" or PLACE.fullmatch(problem.place), line
        assert problem.message, line
        assert not LEAKED.search(problem.message), line
        assert line.isprintable(), line


def assert_command_answer(code: int, out: str, err: str, allowed: tuple[int, ...] = (0, 2)) -> None:
    """Exit 0 with output, or 2 with error lines only; never a traceback."""
    assert code in allowed, (code, err)
    assert "Traceback" not in err
    for line in err.splitlines():
        assert line.startswith(("careerstats: error: ", "careerstats: warning: ")), line
        assert line.isprintable(), line
    if code == 2:  # warnings may come before the errors (skipped rows) or after (a fixture's)
        assert out == ""
        assert any(line.startswith("careerstats: error: ") for line in err.splitlines())
    else:
        assert "careerstats: error: " not in err
        assert out


def run_command(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(list(argv))
    return code, out.getvalue(), err.getvalue()


# --- mutations --------------------------------------------------------------------------------

SWAPS: list[Any] = [
    "text",
    "",
    7,
    -1,
    0,
    2.5,
    float("inf"),
    True,
    [],
    [1, "a"],
    [[["deep"]]],
    {},
    {"x": 1},
    datetime.date(2022, 1, 1),
    datetime.datetime(2022, 1, 1, 12, 30),
    datetime.time(12, 30),
    "2022-02-30",
    "2007-13",
    "0000",
    10**30,
    "x" * 500,
    "a.txt#0",
    "a.txt#" + "9" * 5000,
    "yesterday",
    "999999 days ago",
    "3000 years ago",
    "February 29 last year",
    "\x00\u2028\U0001f600",
]
IMPOSSIBLE_DATES = ["2022-02-30", "2007-13", "2007-00-10", "0000", "99999", "2021-02-29", 10000]
TOML_DATE = re.compile(rb"\b(\d{4})-(\d{2})-(\d{2})\b")


def _places(data: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every key and index in parsed TOML, as a path from the top."""
    found = []
    items = data.items() if isinstance(data, dict) else enumerate(data)
    for key, value in items:
        found.append((*path, key))
        if isinstance(value, dict | list):
            found += _places(value, (*path, key))
    return found


def _parent(data: Any, path: tuple[Any, ...]) -> Any:
    for key in path[:-1]:
        data = data[key]
    return data


def _misspell(draw: st.DrawFn, key: str) -> str:
    index = draw(st.integers(0, max(0, len(key) - 1)))
    how = draw(st.sampled_from(["drop", "double", "swap", "case"]))
    if how == "drop":
        return key[:index] + key[index + 1 :]
    if how == "double":
        return key[:index] + key[index : index + 1] * 2 + key[index + 1 :]
    if how == "swap" and index + 1 < len(key):
        return key[:index] + key[index + 1] + key[index] + key[index + 2 :]
    return key.upper()


def mutate_data(draw: st.DrawFn, content: bytes) -> bytes:
    """A change made to the parsed TOML, written back with tomli-w."""
    data = tomllib.loads(content.decode("utf-8"))
    places = _places(data)
    if not places:
        return content
    path = draw(st.sampled_from(places))
    parent, key = _parent(data, path), path[-1]
    # Exchanging two values of one type keeps the file well typed, so that more of the
    # careers load and reach the checks across a career, the statistics and the claims.
    how = draw(st.sampled_from(["delete", "swap", "date", "misspell", "repeat", *["exchange"] * 3]))
    if how == "exchange":
        kind = type(parent[key])
        alike = [other for other in places if type(_parent(data, other)[other[-1]]) is kind]
        other = draw(st.sampled_from(alike))
        other_parent = _parent(data, other)
        parent[key], other_parent[other[-1]] = other_parent[other[-1]], parent[key]
    elif how == "delete":
        del parent[key]
    elif how == "swap":
        parent[key] = draw(st.sampled_from(SWAPS) | st.text(max_size=20) | st.integers())
    elif how == "date":
        parent[key] = draw(st.sampled_from(IMPOSSIBLE_DATES))
    elif how == "misspell" and isinstance(key, str):
        parent[_misspell(draw, key)] = parent.pop(key)
    elif how == "repeat" and isinstance(parent, list):
        parent.append(parent[key])
    return tomli_w.dumps(data).encode("utf-8")


def mutate_bytes(draw: st.DrawFn, content: bytes) -> bytes:
    """A change made to the bytes themselves, as a bad disk, editor or download would."""
    how = draw(
        st.sampled_from(
            [
                *("cut", "flip", "insert", "unicode", "lines", "impossible-date", "encoding"),
                *("nul", "digits", "nest", "quotes"),
            ]
        )
    )
    at = draw(st.integers(0, len(content)))
    if how == "cut":
        return content[:at]
    if how == "flip" and content:
        at = min(at, len(content) - 1)
        return content[:at] + bytes([content[at] ^ draw(st.integers(1, 255))]) + content[at + 1 :]
    if how == "insert":
        return content[:at] + draw(st.binary(min_size=1, max_size=8)) + content[at:]
    if how == "unicode":
        return content[:at] + draw(st.text(min_size=1, max_size=8)).encode("utf-8") + content[at:]
    if how == "lines":
        lines = content.split(b"\n")
        first, second = draw(st.integers(0, len(lines) - 1)), draw(st.integers(0, len(lines) - 1))
        lines[first], lines[second] = lines[second], lines[first]
        return b"\n".join(lines)
    if how == "impossible-date":
        day = draw(st.sampled_from([b"\\1-02-30", b"\\1-13-\\3", b"\\1-04-31", b"0000-\\2-\\3"]))
        return TOML_DATE.sub(day, content, count=1)
    if how == "encoding":
        codec = draw(st.sampled_from(["utf-16", "latin-1", "utf-8-sig", "crlf"]))
        if codec == "crlf":
            return content.replace(b"\n", b"\r\n")
        return content.decode("utf-8", errors="replace").encode(codec, errors="replace")
    if how == "digits":  # more than int() takes: 4300
        return content[:at] + b"9" * draw(st.integers(1, 6000)) + content[at:]
    if how == "quotes":  # unclosed strings, escapes and comments, many of them
        quote = draw(st.sampled_from([b'"', b"'", b'"""', b"'''", b'"\\', b"#", b"\\"]))
        return content[:at] + quote * draw(st.integers(1, 5000)) + content[at:]
    if how == "nest":  # deeper than tomllib's recursion can go
        opening = draw(st.sampled_from([b"[", b"{a=", b"[{b=["]))
        return content[:at] + opening * draw(st.integers(1, 3000)) + content[at:]
    return content[:at] + b"\x00" + content[at:]


@st.composite
def mutated(draw: st.DrawFn, seed: bytes, structured: Callable[..., bytes] | None) -> bytes:
    """``seed`` with one to three mutations, structured ones while it still parses."""
    content = seed
    for _ in range(draw(st.integers(1, 3), label="mutations")):
        if structured is not None and draw(st.booleans()):
            try:
                content = structured(draw, content)
                continue
            except (
                UnicodeDecodeError,
                tomllib.TOMLDecodeError,
                csv.Error,
                ValueError,
                RecursionError,
            ):
                pass  # no longer parses: its bytes are mutated instead
        content = mutate_bytes(draw, content)
    return content


# --- fuzzing the fixture loader ---------------------------------------------------------------

SEED_FILES = {
    "player": (SEED_FIXTURES / "players" / "jo-example.toml").read_bytes(),
    "benzema": (bundled_fixtures_dir() / "players" / "karim-benzema.toml").read_bytes(),
    "sources": (SEED_FIXTURES / "sources.toml").read_bytes(),
    "tournaments": (SEED_FIXTURES / "tournaments.toml").read_bytes(),
    **{f"found/{path.name}": path.read_bytes() for path in sorted(FOUND.glob("fixtures/*.toml"))},
}


@st.composite
def fixture_folders(draw: st.DrawFn, workspace: Path) -> tuple[Path, Path]:
    """A fixtures folder with one file mutated: its root, and the player file to load."""
    root = workspace / "fx"
    shutil.rmtree(root, ignore_errors=True)
    shutil.copytree(SEED_FIXTURES, root)
    seed = draw(st.sampled_from(sorted(SEED_FILES)), label="seed")
    content = draw(mutated(SEED_FILES[seed], mutate_data))
    if seed == "benzema":
        player = root / "players" / "karim-benzema.toml"
        (root / "players" / "jo-example.toml").unlink()
        for name in ("sources.toml", "tournaments.toml"):
            shutil.copy(bundled_fixtures_dir() / name, root / name)
    else:
        player = root / "players" / "jo-example.toml"
    target = {"sources": "sources.toml", "tournaments": "tournaments.toml"}.get(seed)
    (root / target if target else player).write_bytes(content)
    return root, player


def attempt(load: Callable[[], T]) -> tuple[T | None, CareerstatsError | None]:
    """What ``load`` gives, or careerstats' error; any other exception fails the test."""
    try:
        return load(), None
    except CareerstatsError as error:
        return None, error


def _kind_of(error: CareerstatsError | None) -> str:
    """The kind of the first problem, for ``pytest --hypothesis-show-statistics``."""
    assert isinstance(error, ProblemsError)
    message = error.problems[0].message
    return (
        message.split(":")[0] if message.startswith("invalid TOML") else message.split(",")[0][:40]
    )


def _fixture_files(root: Path) -> set[str]:
    return {str(root / "sources.toml"), str(root / "tournaments.toml")} | {
        str(path) for path in (root / "players").iterdir()
    }


def exercise(career: Career) -> None:
    """Every statistic, claim check and rendering of a career that loaded, and a round trip."""
    summary = summarize(career)
    report = check_claims(career, summary)
    for format in ("text", "markdown", "json"):
        assert render_summary(summary, format, claims=report)
        assert render_claims(report, format)
    for day in (career.player.born, PartialDate(2010, 6), PartialDate(1900)):
        if day is not None:
            summarize(known_by(career, day))
    assert structure_career(json.loads(json.dumps(dump_career(career)))) == career


@pytest.fixture(scope="module")
def workspace(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("fuzz")


@fuzz_settings(examples=120)
@given(st.data())
def test_fuzzed_fixtures_load_or_say_where_they_are_wrong(
    workspace: Path, data: st.DataObject
) -> None:
    root, player = data.draw(fixture_folders(workspace))
    if data.draw(st.booleans(), label="by name"):
        career, error = attempt(lambda: FixtureSet(root).career(player.stem))
    else:
        career, error = attempt(lambda: load_career_file(player))
    if isinstance(error, UnknownPlayerError):
        event("unknown player")
        assert "\n" not in str(error)
        assert str(error).startswith(f"unknown player {player.stem!r}")
    elif error is not None:
        event(f"problems: {_kind_of(error)}")
        assert isinstance(error, FixtureError)
        assert_problem_lines(error, _fixture_files(root))
    else:
        assert career is not None
        event("loaded")
        exercise(career)


@fuzz_settings(examples=60)
@given(st.data())
def test_fuzzed_fixtures_through_the_command(workspace: Path, data: st.DataObject) -> None:
    root, player = data.draw(fixture_folders(workspace))
    command = data.draw(st.sampled_from(["summary", "claims"]), label="command")
    format = data.draw(st.sampled_from(["text", "markdown", "json"]), label="format")
    code, out, err = run_command(command, player.stem, "--fixtures", str(root), "--format", format)
    event(f"exit {code}")
    assert_command_answer(code, out, err)
    if code == 0 and format == "json":
        json.loads(out)
    code, out, err = run_command("validate", str(player))
    assert code in (0, 1), err
    files = _fixture_files(root)
    summary = re.compile(r"\d+ of \d+ files? with problems: \d+ errors?, \d+ warnings?")
    for line in err.splitlines():
        assert summary.fullmatch(line) or line.split(": ", 1)[0] in files, line


# --- fuzzing the CSV importer -----------------------------------------------------------------

CSV_NAMES = ("results.csv", "goalscorers.csv", "shootouts.csv", "former_names.csv")
CSV_VALUES = ["x", "", "-1", "1.5", "TRUE", "NA", "2022-02-30", "2007-13-01", "9" * 20, '"', "a,b"]


def mutate_rows(draw: st.DrawFn, content: bytes) -> bytes:
    """A change made to the rows and columns, written back with the csv module."""
    rows = list(csv.reader(io.StringIO(content.decode("utf-8-sig"))))
    if not rows:
        return content
    width = max(len(row) for row in rows)
    column = draw(st.integers(0, max(0, width - 1)))
    how = draw(
        st.sampled_from(["drop", "repeat", "shuffle", "misspell", *["cell"] * 4, "short-row"])
    )
    if how == "drop":
        rows = [row[:column] + row[column + 1 :] for row in rows]
    elif how == "repeat":
        rows = [row + row[column : column + 1] for row in rows]
    elif how == "shuffle":
        order = draw(st.permutations(range(width)))
        rows = [[row[i] for i in order if i < len(row)] for row in rows]
    elif how == "misspell" and column < len(rows[0]):
        rows[0][column] = _misspell(draw, rows[0][column])
    elif how in ("cell", "short-row") and len(rows) > 1:
        row = rows[draw(st.integers(1, len(rows) - 1))]
        if how == "short-row" and row:
            row.pop(min(column, len(row) - 1))
        elif column < len(row):
            row[column] = draw(st.sampled_from(CSV_VALUES) | st.text(max_size=12))
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(rows)
    return out.getvalue().encode("utf-8")


@st.composite
def datasets(draw: st.DrawFn, workspace: Path) -> tuple[Path, str]:
    """A data set folder with one of its files mutated: the folder and that file's name."""
    folder = workspace / "data"
    shutil.rmtree(folder, ignore_errors=True)
    found = sorted(FOUND.glob("csv/*"))
    seed = draw(st.sampled_from([SEED_CSV, SAMPLE_CSV, *found]), label="seed")
    shutil.copytree(SEED_CSV, folder)
    for file in seed.glob("*.csv"):  # a folder of found/ holds only the file that broke
        shutil.copy(file, folder)
    name = draw(st.sampled_from(CSV_NAMES), label="file")
    (folder / name).write_bytes(draw(mutated((folder / name).read_bytes(), mutate_rows)))
    return folder, name


def exercise_dataset(data: InternationalResults, career: Career) -> None:
    """Every query of a data set that loaded, and a career's goals in it."""
    teams = sorted(data.teams())
    for match in data.matches:
        assert data.match(match.date, match.away_team, match.home_team) is not None
    for team in teams[:3]:
        data.matches_of(team)
        data.goals_by_team(team)
        data.scorer_totals(team=team, top=2)
    assert len(data.goals) >= sum(total.goals for total in data.scorer_totals())
    data.former_names  # noqa: B018 (built when read)
    for competition in ("friendly", "qualifier", "finals", "nations-league", "Cup"):
        # A tournament the mutated results.csv no longer names is refused (the library's error).
        attempt(lambda c=competition: data.scorer_totals(competition=c))
    data.goals_by(["Jo Éxample", "Jojo"], team="Utopia")
    with warnings.catch_warnings():
        # A mutated file may no longer name the player's team or his matches' opponents: the
        # library says so in a DatasetMatchWarning, as it should (not this test's concern).
        warnings.simplefilter("ignore", DatasetMatchWarning)
        player_goals(career, data)
        coverage(career, data).headline()
        exercise(with_dataset_goals(career, data))


@functools.cache
def seed_career() -> Career:
    return FixtureSet(SEED_FIXTURES).career("jo-example")


@fuzz_settings(examples=90)
@given(st.data())
def test_fuzzed_csv_files_load_or_say_where_they_are_wrong(
    workspace: Path, data: st.DataObject
) -> None:
    folder, _ = data.draw(datasets(workspace))
    files = {str(folder / name) for name in CSV_NAMES}
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        loaded, error = attempt(lambda: InternationalResults.load(folder))
    if loaded is None:
        event(f"refused: {_kind_of(error)}")
        assert isinstance(error, DatasetError)
        assert_problem_lines(error, files)
        return
    event(f"loaded, {'with' if loaded.problems else 'without'} malformed rows")
    assert all(issubclass(w.category, MalformedRowsWarning) for w in caught)
    assert len(caught) == (1 if loaded.problems else 0)
    if loaded.problems:
        assert_problem_lines(DatasetError(loaded.problems), files)
        assert all(problem.place.startswith("line ") for problem in loaded.problems)
    _, strict = attempt(lambda: InternationalResults.load(folder, strict=True))
    if loaded.problems:  # strict refuses the malformed rows of every file, all together
        assert isinstance(strict, DatasetError)
        assert strict.problems == tuple(loaded.problems)
    else:
        assert strict is None
    exercise_dataset(loaded, seed_career())


@fuzz_settings(examples=30)
@given(st.data())
def test_fuzzed_csv_files_through_the_command(workspace: Path, data: st.DataObject) -> None:
    folder, _ = data.draw(datasets(workspace))
    if data.draw(st.booleans(), label="goals"):
        argv = ["goals", "jojo", "--fixtures", str(SEED_FIXTURES)]
    else:
        argv = ["scorers", "--team", "Utopia", "--competition", "finals"]
    strict = ["--strict"] if data.draw(st.booleans(), label="strict") else []
    code, out, err = run_command(*argv, "--results-dir", str(folder), *strict)
    event(f"exit {code}")
    assert_command_answer(code, out, err)


# --- what broke, kept in the corpus -----------------------------------------------------------


def _load_found(name: str, tmp_path: Path) -> tuple[Path, Path]:
    """The seed fixtures folder with its player file replaced by ``found/fixtures/NAME.toml``."""
    root = tmp_path / "fx"
    shutil.copytree(SEED_FIXTURES, root)
    player = root / "players" / "jo-example.toml"
    shutil.copy(FOUND / "fixtures" / f"{name}.toml", player)
    return root, player


def _found_problems(name: str, tmp_path: Path) -> list[str]:
    root, player = _load_found(name, tmp_path)
    with pytest.raises(FixtureError) as caught:
        load_career_file(player)
    assert_problem_lines(caught.value, _fixture_files(root))
    return [str(problem).removeprefix(f"{player}: ") for problem in caught.value.problems]


def test_nesting_5000_deep_is_refused_not_a_recursion_error(tmp_path: Path) -> None:
    assert _found_problems("nested-5000-deep", tmp_path) == [
        "line 12, column 59: invalid TOML: arrays or inline tables nested more than 50 deep"
    ]


def test_a_whole_number_of_5000_digits_is_refused_not_a_value_error(tmp_path: Path) -> None:
    assert _found_problems("whole-number-of-5000-digits", tmp_path) == [
        "line 19, column 8: invalid TOML: a whole number of more than 4300 digits"
    ]


def test_a_citation_paragraph_of_5000_digits_is_no_citation(tmp_path: Path) -> None:
    assert _found_problems("citation-paragraph-of-5000-digits", tmp_path) == [
        "player.cite[0]: expected a citation like '001_c26b10d1ae9b22eb.txt#6' (file#paragraph), "
        f"got {'a.txt#' + '9' * 54!r}… (5,006 characters)"
    ]


def test_a_date_5000_years_before_its_source_leaves_the_claim_unchecked(tmp_path: Path) -> None:
    root, _ = _load_found("days-ago-before-the-year-1", tmp_path)
    code, out, err = run_command("claims", "jojo", "--fixtures", str(root), "--format", "json")
    assert (code, err) == (0, "")
    ages = [claim for claim in json.loads(out)["claims"] if claim["kind"] == "age"]
    assert (ages[-1]["verdict"], ages[-1]["note"]) == (
        "unchecked",
        "'999999 days ago' from 2020-05-01: that day falls before the year 1",
    )


def test_a_date_in_the_year_0000_is_a_malformed_row(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    shutil.copytree(SEED_CSV, folder)
    shutil.copy(FOUND / "csv" / "date-in-the-year-0000" / "results.csv", folder)
    with pytest.raises(DatasetError) as caught:
        InternationalResults.load(folder, strict=True)
    assert str(caught.value) == (
        f"{folder / 'results.csv'}: line 4: column date: expected a date like 2022-12-18 that "
        "the calendar has, got '0000-06-30'"
    )
    with pytest.warns(MalformedRowsWarning):
        data = InternationalResults.load(folder)
    assert [str(match.date) for match in data.matches] == ["2010-03-03", "2011-06-05", "2013-09-10"]
    assert (
        run_command(
            "goals", "jojo", "--fixtures", str(SEED_FIXTURES), "--results-dir", str(folder)
        )[0]
        == 0
    )
