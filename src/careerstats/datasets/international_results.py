"""The international football results data set (martj42/international_results, CC0), as published.

A folder holds ``results.csv`` (every men's full international since 1872), ``goalscorers.csv``,
``shootouts.csv`` and ``former_names.csv``. Every row is validated when the folder is loaded; a
malformed row is reported with its file, line and column, and skipped (counted in a
:class:`~careerstats.errors.MalformedRowsWarning`) unless ``strict`` makes it an error.

Each file is read by the ``csv`` module, so that any valid quoting (``"France"``, a file written
with ``csv.QUOTE_ALL``) and any line end (LF, CRLF, CR) reads as the plain file does; a row the
parser cannot read is a malformed row like any other. The values are then validated a column at
a time, each distinct value once, by one compiled regular expression over them all, and kept as
plain lists of strings, a list per column (numbers and dates are converted when asked for):
the contents of a file are simple data, which a cache can store as it stands.

Time is linear in the size of a file, and memory bounded by the file and its valid rows: rows
are validated a chunk at a time, and of the malformed ones only the first
:data:`MAX_ROWS_REPORTED` are kept as problems; the rest are counted.
"""

from __future__ import annotations

import csv
import datetime
import functools
import heapq
import io
import operator
import re
import warnings
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from itertools import chain, compress, islice
from pathlib import Path

import attrs

from careerstats.dates import CAREER_YEARS
from careerstats.errors import (
    DatasetError,
    MalformedRowsWarning,
    Problem,
    UnknownNameError,
    describe_text,
)
from careerstats.input_files import InputFileProblem, MiB, decode_utf8, read_input
from careerstats.names import closest, fold

__all__ = [
    "CATEGORY_LABELS",
    "ENV_VAR",
    "MAX_CSV_BYTES",
    "MAX_DIGITS",
    "MAX_ROWS_REPORTED",
    "FormerName",
    "InternationalResults",
    "ResultMatch",
    "ScorerGoal",
    "ScorerTotal",
    "UnknownNameError",
    "competition_category",
]

ENV_VAR = "CAREERSTATS_RESULTS_DIR"

MAX_CSV_BYTES = 512 * MiB
"""A file of the data set larger than this is refused before it is read (the largest, results.csv,
is under 4 MiB in 2024): a file that size is no longer this data set."""
MAX_DIGITS = 9
"""The most digits a score or a minute may have: int() refuses thousands, and no match needs 10."""
MAX_ROWS_REPORTED = 20
"""The most malformed rows of one file reported one by one; the others are only counted, so
that ten million broken lines cost no more memory than ten."""

_CHUNK_ROWS = 1024
"""Rows validated at once: enough for the work to be done in C, few enough to bound memory,
and to let the rows die young (the garbage collector would walk them again and again)."""
_PIECE_CHARACTERS = 1 << 20
"""The text handed to the csv module at once, cut at a line end (see :func:`_lines`)."""


class _Kind:
    """What the values of a column may be: a pattern each matches whole, and its wording."""

    def __init__(self, pattern: str, expected: str) -> None:
        self.expected = expected
        self._one = re.compile(pattern)
        # Values are joined by LF, which no pattern matches: one match checks them all.
        self._all = re.compile(rf"(?:{pattern})(?:\n(?:{pattern}))*")

    def valid(self, value: str) -> bool:
        return self._one.fullmatch(value) is not None

    def all_valid(self, values: Collection[str]) -> bool:
        """Whether every value is valid, in one match over them all (done in C)."""
        if not values:
            return True
        joined = "\n".join(values)
        # A value holding a LF would count as two; then each is looked at alone.
        return joined.count("\n") == len(values) - 1 and self._all.fullmatch(joined) is not None

    def problem(self, value: str) -> str:
        """What a message says about a value that is not valid."""
        return f"expected {self.expected}, got {describe_text(value)}"


_DIGITS = (
    f"[0-9]{{1,{MAX_DIGITS}}}"  # ASCII digits only: \d takes Arabic-Indic and fullwidth ones too
)
_ANY_DIGITS = re.compile("[0-9]+")


class _Number(_Kind):
    """A whole number of at most :data:`MAX_DIGITS` ASCII digits (or another word it allows)."""

    def problem(self, value: str) -> str:
        if _ANY_DIGITS.fullmatch(value):
            return (
                f"expected a whole number of at most {MAX_DIGITS} digits, got {len(value):,} digits"
            )
        return super().problem(value)


# Only days a calendar has: 31-day and 30-day months, February to the 28th, and 29 February
# in leap years; the year 0000 is none (datetime starts at 0001). A date such as 2022-02-30 is
# then a malformed row like any other.
_LEAP_YEAR = r"(?:[0-9][0-9](?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)"
_DAY = (
    r"(?!0000)"
    r"(?:[0-9]{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])"
    r"|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)"
    rf"|02-(?:0[1-9]|1[0-9]|2[0-8]))|{_LEAP_YEAR}-02-29)"
)


class _Date(_Kind):
    """A day the calendar has, written 2022-12-18, in a year of
    :data:`~careerstats.dates.CAREER_YEARS`."""

    _FIRST = f"{CAREER_YEARS.start:04d}"
    _AFTER = f"{CAREER_YEARS.stop:04d}"  # the calendar's dates have 4-digit years: sorted as text

    def __init__(self) -> None:
        super().__init__(_DAY, "a date like 2022-12-18 that the calendar has")

    def valid(self, value: str) -> bool:
        return super().valid(value) and self._FIRST <= value < self._AFTER

    def all_valid(self, values: Collection[str]) -> bool:
        return super().all_valid(values) and (
            not values or (min(values) >= self._FIRST and max(values) < self._AFTER)
        )

    def problem(self, value: str) -> str:
        if super().valid(value):
            return (
                f"expected a date from {CAREER_YEARS.start} to {CAREER_YEARS[-1]}, "
                f"got {describe_text(value)}"
            )
        return super().problem(value)


_DATE = _Date()
# A NUL byte is no character of a name: a file that holds one is damaged, and its row malformed.
# Nor is a line break: no name of the data set spans two lines.
_TEXT = _Kind(r"[^\r\n\0]+", "text")
_OPTIONAL_TEXT = _Kind(r"[^\r\n\0]*", "text or nothing")
_COUNT = _Number(_DIGITS, "a whole number")
_BOOL = _Kind("TRUE|FALSE", "TRUE or FALSE")
_MINUTE = _Number(f"{_DIGITS}|NA", "a minute or NA")

_SCHEMAS: dict[str, dict[str, _Kind]] = {
    "results.csv": {
        "date": _DATE,
        "home_team": _TEXT,
        "away_team": _TEXT,
        "home_score": _COUNT,
        "away_score": _COUNT,
        "tournament": _TEXT,
        "city": _OPTIONAL_TEXT,
        "country": _OPTIONAL_TEXT,
        "neutral": _BOOL,
    },
    "goalscorers.csv": {
        "date": _DATE,
        "home_team": _TEXT,
        "away_team": _TEXT,
        "team": _TEXT,
        "scorer": _OPTIONAL_TEXT,
        "minute": _MINUTE,
        "own_goal": _BOOL,
        "penalty": _BOOL,
    },
    "shootouts.csv": {
        "date": _DATE,
        "home_team": _TEXT,
        "away_team": _TEXT,
        "winner": _TEXT,
        "first_shooter": _OPTIONAL_TEXT,
    },
    "former_names.csv": {
        "current": _TEXT,
        "former": _TEXT,
        "start_date": _DATE,
        "end_date": _DATE,
    },
}


_FILES = ", ".join(_SCHEMAS)
_CATEGORY_NAMES = {
    "friendly": "friendly",
    "friendlies": "friendly",
    "qualifier": "qualifier",
    "qualifiers": "qualifier",
    "qualification": "qualifier",
    "finals": "finals",
    "finals tournament": "finals",
    "finals tournaments": "finals",
    "nations league": "nations-league",
}
"""What ``--competition`` accepts for each category of :func:`competition_category`."""
CATEGORY_LABELS = {
    "friendly": "friendlies",
    "qualifier": "qualifiers",
    "finals": "finals tournaments",
    "nations-league": "Nations League",
}
"""Each category of :func:`competition_category` as a heading names it."""


def _header_problem(columns: Sequence[str], schema: Mapping[str, _Kind]) -> str:
    """What is wrong with a file's first line, if anything: its columns."""
    if not any(columns):
        return f"expected the columns {', '.join(schema)}, got an empty line"
    twice = sorted({name for name in columns if columns.count(name) > 1})
    if twice:
        return f"expected each column once, got {', '.join(map(describe_text, twice))} twice"
    missing = [name for name in schema if name not in columns]
    if missing:
        return f"expected the columns {', '.join(schema)}; missing {', '.join(missing)}"
    return ""


def _parser_problem(error: csv.Error) -> str:
    """A row the csv module cannot read, in the words of a message."""
    reason = str(error)
    if "field larger than field limit" in reason:
        return f"expected fields of at most {csv.field_size_limit():,} characters, got a longer one"
    if "unexpected end of data" in reason:
        return "expected a closing quote, got the end of the file"
    if "expected after" in reason:
        return "expected a comma or a line end after a closing quote"
    return "expected fields separated by commas, quoted where they hold one"


def _lines(text: str) -> Iterator[str]:
    """The lines of ``text`` with their ends (LF, CRLF or CR alone), as the csv module reads
    them: a piece of about a mebibyte at a time, cut at a line end, so that no copy of the
    whole text is made (``io.StringIO`` holds four bytes a character)."""

    def pieces() -> Iterator[str]:
        start = 0
        while start < len(text):
            end = text.find("\n", start + _PIECE_CHARACTERS) + 1
            if not end:  # no LF after there: a CR found is then alone, a line end too
                end = text.find("\r", start + _PIECE_CHARACTERS) + 1 or len(text)
            yield text[start:end]
            start = end

    return chain.from_iterable(io.StringIO(piece, newline="") for piece in pieces())


_LINE_END = re.compile(r"\r\n|\r|\n")
_LONE_CR = re.compile(r"\r(?!\n)")


def _shown_lines(text: str, lines: Collection[int]) -> Mapping[int, int]:
    """Each of ``lines`` (as the csv module counts them: a CR alone ends one) as an editor
    numbers it: by LF in a file that has one, so that a stray CR in a row does not shift the
    numbers of every line after it. Only a file with both is walked, up to the last line asked."""
    if not lines or "\n" not in text or not _LONE_CR.search(text):
        return {line: line for line in lines}
    wanted, last = set(lines), max(lines)
    shown = {}
    read = by_lf = 1
    ends = _LINE_END.finditer(text)
    while True:
        if read in wanted:
            shown[read] = by_lf
        end = next(ends, None) if read < last else None
        if end is None:
            return shown
        read += 1
        by_lf += end[0] != "\r"


def _blank(row: Sequence[str]) -> bool:
    """An empty line, or one of spaces only: passed over, as a CSV reader does."""
    return not row or (len(row) == 1 and not row[0].strip())


class _FirstProblems:
    """Problems found in line order: every one counted, the first few kept."""

    def __init__(self) -> None:
        self.count = 0
        self.first: list[tuple[int, str]] = []

    @property
    def room(self) -> int:
        return MAX_ROWS_REPORTED - len(self.first)

    def add(self, line: int, message: str) -> None:
        self.count += 1
        if self.room > 0:
            self.first.append((line, message))


@attrs.frozen
class _Contents:
    """What a file of the data set holds once validated: plain data, nothing derived.

    ``values`` has a list per column (in the file's order; valid rows only, in file order) of
    the values as strings, unquoted; ``problems`` the first malformed rows and ``malformed``
    how many there are in all.
    """

    columns: tuple[str, ...]
    values: Mapping[str, list[str]]
    problems: tuple[Problem, ...]
    malformed: int


class _Validator:
    """The rows of one file, validated a chunk at a time and kept column by column."""

    def __init__(self, file: str, columns: Sequence[str], kinds: Sequence[_Kind]) -> None:
        self.file = file
        self.columns = columns
        self.kinds = kinds
        self.values: list[list[str]] = [[] for _ in columns]
        # Each column's valid values seen so far, each mapped to itself: a value is validated
        # once, and the rows share one string object for it (a team is named in many rows).
        self.known: list[dict[str, str]] = [{} for _ in columns]
        self.unreadable = _FirstProblems()
        """Rows the parser cannot read, or not into the file's number of columns."""
        self.invalid = _FirstProblems()
        """Rows with a value its column cannot hold."""

    def take(self, rows: Sequence[Sequence[str]], starts: Sequence[int]) -> None:
        """Validate ``rows`` (of the file's width; ``starts``: the line each starts on) and
        keep the valid ones."""
        if not rows:
            return
        width = len(self.columns)
        every = list(chain.from_iterable(rows))  # then a column is a slice: faster than zip(*)
        columns = [every[position::width] for position in range(width)]
        failing: dict[int, int] = {}  # row → the first column (in file order) it fails in
        for position, (kind, column, known) in enumerate(
            zip(self.kinds, columns, self.known, strict=True)
        ):
            new = set(column).difference(known)
            if not new:
                continue
            if kind.all_valid(new):
                known.update(zip(new, new, strict=True))
                continue
            good = [value for value in new if kind.valid(value)]
            known.update(zip(good, good, strict=True))
            for row, value in enumerate(column):
                if value not in known:
                    failing.setdefault(row, position)
        if failing:
            for row in sorted(failing)[: self.invalid.room]:
                position = failing[row]
                problem = self.kinds[position].problem(columns[position][row])
                self.invalid.first.append(
                    (starts[row], f"column {self.columns[position]}: {problem}")
                )
            self.invalid.count += len(failing)
            keep = [row not in failing for row in range(len(rows))]
            columns = [list(compress(column, keep)) for column in columns]
        for values, column, known in zip(self.values, columns, self.known, strict=True):
            values.extend(map(known.__getitem__, column))

    def contents(self, text: str) -> _Contents:
        """What was kept, the problems placed by their lines in ``text`` (the file's)."""
        first = sorted(self.unreadable.first + self.invalid.first)[:MAX_ROWS_REPORTED]
        shown = _shown_lines(text, [line for line, _ in first])
        return _Contents(
            columns=tuple(self.columns),
            values=dict(zip(self.columns, self.values, strict=True)),
            problems=tuple(
                Problem(self.file, f"line {shown.get(line, line)}", message)
                for line, message in first
            ),
            malformed=self.unreadable.count + self.invalid.count,
        )


def _read_contents(path: Path, text: str, schema: Mapping[str, _Kind]) -> _Contents:
    """Parse ``text`` (the file at ``path``) with the csv module and validate every row."""
    file = str(path)
    reader = csv.reader(_lines(text), strict=True)
    try:
        header = next(reader, [])
    except csv.Error as error:
        raise DatasetError([Problem(file, "line 1", _parser_problem(error))]) from None
    columns = tuple(name.strip() for name in header)
    problem = _header_problem(columns, schema)
    if problem:
        raise DatasetError([Problem(file, "line 1", problem)])
    # Columns may come in any order; ones the schema does not know are carried along.
    validator = _Validator(file, columns, [schema.get(name, _OPTIONAL_TEXT) for name in columns])
    width = len(columns)
    rows: list[list[str]] = []
    starts: list[int] = []
    end = reader.line_num  # the last line read (a quoted field may span several)
    while True:
        before = end
        try:
            for row in islice(reader, _CHUNK_ROWS):
                if len(row) == width:
                    rows.append(row)
                    starts.append(end + 1)
                elif not _blank(row):
                    validator.unreadable.add(end + 1, f"expected {width} columns, got {len(row)}")
                end = reader.line_num
        except csv.Error as error:  # the reader goes on at the next line
            validator.unreadable.add(end + 1, _parser_problem(error))
            end = reader.line_num
        finished = end == before
        if len(rows) >= _CHUNK_ROWS or finished:
            validator.take(rows, starts)
            rows, starts = [], []
        if finished:
            return validator.contents(text)


class _Table:
    """One CSV file of the data set: parsed, validated once, and read column by column."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.name = path.name
        try:
            text = decode_utf8(read_input(path, MAX_CSV_BYTES))
        except FileNotFoundError:
            raise DatasetError([Problem(str(path), "", "file not found")]) from None
        except OSError as error:
            raise DatasetError([Problem(str(path), "", f"cannot read: {error.strerror}")]) from None
        except InputFileProblem as error:
            place = "" if error.line is None else f"line {error.line}"
            raise DatasetError([Problem(str(path), place, error.message)]) from None
        self.contents = _read_contents(path, text, _SCHEMAS[self.name])

    @property
    def columns(self) -> tuple[str, ...]:
        return self.contents.columns

    @property
    def problems(self) -> list[Problem]:
        """The first malformed rows, then how many more there are, if any."""
        problems = list(self.contents.problems)
        more = self.skipped - len(problems)
        if more:
            rows = "row" if more == 1 else "rows"
            problems.append(Problem(str(self.path), "", f"and {more:,} more malformed {rows}"))
        return problems

    @property
    def skipped(self) -> int:
        """How many rows are malformed."""
        return self.contents.malformed

    def rows(
        self, columns: Sequence[str], where: Mapping[str, str] | None = None
    ) -> list[tuple[str, ...]]:
        """The named columns of every valid row (rows in file order).

        ``where`` keeps the rows whose columns hold those values (as read: unquoted). Whole
        columns are zipped and compared in C, so it costs little per row.
        """
        if not columns:
            return []
        values = self.contents.values
        selected = zip(*(values[name] for name in columns), strict=True)
        if not where:
            return list(selected)
        keep: Iterator[bool] | None = None
        for name, wanted in where.items():
            matching = map(wanted.__eq__, values[name])
            keep = matching if keep is None else map(operator.and_, keep, matching)
        assert keep is not None
        return list(compress(selected, keep))


def _bool(value: str) -> bool:
    return value == "TRUE"


@attrs.frozen(kw_only=True)
class ResultMatch:
    """A match as ``results.csv`` has it: teams by their current names, score after extra time."""

    date: datetime.date
    home_team: str
    away_team: str
    home_score: int
    away_score: int
    tournament: str
    city: str
    country: str
    neutral: bool
    shootout_winner: str | None = None

    @property
    def teams(self) -> tuple[str, str]:
        return (self.home_team, self.away_team)


@attrs.frozen(kw_only=True)
class ScorerGoal:
    """A goal as ``goalscorers.csv`` has it; ``team`` is the side credited (own goals too)."""

    date: datetime.date
    home_team: str
    away_team: str
    team: str
    scorer: str
    minute: int | None
    own_goal: bool
    penalty: bool


@attrs.frozen(kw_only=True)
class FormerName:
    """A name a team played under from ``start`` to ``end``."""

    current: str
    former: str
    start: datetime.date
    end: datetime.date


@attrs.frozen(kw_only=True)
class ScorerTotal:
    scorer: str
    team: str
    goals: int
    penalties: int
    first: datetime.date
    last: datetime.date


def competition_category(tournament: str) -> str:
    """``friendly``, ``qualifier``, ``nations-league`` or ``finals`` for a tournament's name."""
    if tournament == "Friendly":
        return "friendly"
    if "qualification" in tournament.casefold():
        return "qualifier"
    if "Nations League" in tournament:
        return "nations-league"
    return "finals"


_MATCH_COLUMNS = (
    "date",
    "home_team",
    "away_team",
    "home_score",
    "away_score",
    "tournament",
    "city",
    "country",
    "neutral",
)
_GOAL_COLUMNS = (
    "date",
    "home_team",
    "away_team",
    "team",
    "scorer",
    "minute",
    "own_goal",
    "penalty",
)


class InternationalResults:
    """The data set in a folder, validated on load; matches and goals are built when asked for.

    >>> InternationalResults.load("no/such/folder")
    Traceback (most recent call last):
    ...
    careerstats.errors.DatasetError: no/such/folder: no such folder: expected a folder holding
    results.csv, goalscorers.csv, shootouts.csv, former_names.csv
    """

    def __init__(self, folder: Path, tables: dict[str, _Table]) -> None:
        self.folder = folder
        self._results = tables["results.csv"]
        self._goals = tables["goalscorers.csv"]
        self._shootouts = tables["shootouts.csv"]
        self._former = tables["former_names.csv"]
        self._matches: list[ResultMatch] | None = None
        self._index: dict[tuple[datetime.date, str, str], ResultMatch] | None = None
        self._winners: dict[tuple[datetime.date, str, str], str] | None = None

    @classmethod
    def load(cls, folder: Path | str, *, strict: bool = False) -> InternationalResults:
        """Read and validate the four files; malformed rows are skipped with a warning.

        With ``strict``, the malformed rows of every file are raised together instead.
        """
        folder = Path(folder)
        try:
            found = "" if folder.is_dir() else "no such folder"
            if found and folder.exists():
                found = "is not a folder"
        except OSError as error:  # a name too long, a folder on the way that may not be read
            raise DatasetError(
                [Problem(str(folder), "", f"cannot read: {error.strerror}")]
            ) from None
        if found:
            raise DatasetError(
                [Problem(str(folder), "", f"{found}: expected a folder holding {_FILES}")]
            )
        tables = {name: _Table(folder / name) for name in _SCHEMAS}
        skipped = [table for table in tables.values() if table.skipped]
        if strict and skipped:
            raise DatasetError([problem for table in skipped for problem in table.problems])
        if skipped:
            parts = [
                f"{t.name}: {t.skipped:,} malformed row{'s' * (t.skipped != 1)}" for t in skipped
            ]
            first = skipped[0].problems[0]
            warnings.warn(
                f"{'; '.join(parts)} skipped (first: {first.file} {first.place}: {first.message}); "
                "strict loading makes them errors",
                MalformedRowsWarning,
                stacklevel=2,
            )
        return cls(folder, tables)

    @property
    def problems(self) -> list[Problem]:
        """The malformed rows skipped, in every file: the first
        :data:`MAX_ROWS_REPORTED` of a file, then a problem saying how many more it has."""
        return [
            problem
            for table in (self._results, self._goals, self._shootouts, self._former)
            for problem in table.problems
        ]

    # --- teams ---------------------------------------------------------------------------------

    @property
    def former_names(self) -> list[FormerName]:
        return [
            FormerName(
                current=current,
                former=former,
                start=datetime.date.fromisoformat(start),
                end=datetime.date.fromisoformat(end),
            )
            for current, former, start, end in self._former.rows(
                ("current", "former", "start_date", "end_date")
            )
        ]

    def current_name(self, team: str) -> str:
        """A team's name as the data set writes it throughout (its current one)."""
        for name in self.former_names:
            if name.former.casefold() == team.casefold():
                return name.current
        return team

    def teams(self) -> set[str]:
        return set(self._team_names)

    @functools.cached_property
    def _team_names(self) -> frozenset[str]:
        """Every team of ``results.csv``: read once, for every name a person types."""
        return frozenset(
            team for row in self._results.rows(("home_team", "away_team")) for team in row
        )

    @functools.cached_property
    def _tournament_names(self) -> dict[str, str]:
        """Every tournament of ``results.csv`` by its folded name, read once."""
        return {fold(name): name for (name,) in self._results.rows(("tournament",))}

    def resolve_team(self, team: str) -> str:
        """The data set's current name for a team typed by a person: a current or a former
        name, case and accents ignored. An unknown team is an error with close names.
        """
        teams = self._team_names
        by_folded = {fold(name): name for name in teams}
        # A former name first (the 1882 "Ireland" is Northern Ireland), then the name itself.
        for name in (self.current_name(team), team):
            found = name if name in teams else by_folded.get(fold(name))
            if found is not None:
                return found
        close = [by_folded[name] for name in closest(fold(team), by_folded)]
        hint = f"; did you mean {' or '.join(map(repr, close))}?" if close else ""
        raise UnknownNameError(f"no team {team!r} in {self._results.path}{hint}")

    def resolve_competition(self, competition: str) -> str:
        """A category (``friendly``, ``qualifier``, ``finals``, ``nations-league``, plurals
        too) or a tournament's name as ``results.csv`` has it, case ignored; else an error.
        """
        wanted = fold(competition).strip()
        if wanted in _CATEGORY_NAMES:
            return _CATEGORY_NAMES[wanted]
        names = self._tournament_names
        if wanted in names:
            return names[wanted]
        contains = sorted(names[name] for name in names if wanted in name)
        suggestions = contains[:5] or [names[name] for name in closest(wanted, names)]
        hint = f"; did you mean {' or '.join(map(repr, suggestions))}?" if suggestions else ""
        raise UnknownNameError(
            f"no competition {competition!r}: expected friendly, qualifier, finals, "
            f"nations-league or a tournament named in {self._results.path}{hint}"
        )

    # --- matches -------------------------------------------------------------------------------

    @property
    def matches(self) -> list[ResultMatch]:
        """Every valid match, in file order, with its shoot-out winner where there was one."""
        if self._matches is None:
            matches = self._build_matches(self._results.rows(_MATCH_COLUMNS))
            self._matches = matches
        return self._matches

    def _build_matches(self, rows: Iterable[tuple[str, ...]]) -> list[ResultMatch]:
        if self._winners is None:
            self._winners = {
                (datetime.date.fromisoformat(date), home, away): winner
                for date, home, away, winner in self._shootouts.rows(
                    ("date", "home_team", "away_team", "winner")
                )
            }
        matches = []
        for date, home, away, home_score, away_score, tournament, city, country, neutral in rows:
            day = datetime.date.fromisoformat(date)
            matches.append(
                ResultMatch(
                    date=day,
                    home_team=home,
                    away_team=away,
                    home_score=int(home_score),
                    away_score=int(away_score),
                    tournament=tournament,
                    city=city,
                    country=country,
                    neutral=_bool(neutral),
                    shootout_winner=self._winners.get((day, home, away)),
                )
            )
        return matches

    def matches_of(self, team: str) -> list[ResultMatch]:
        """The matches ``team`` (its current name) played, by date."""
        if self._matches is not None:
            return [m for m in self._matches if team in (m.home_team, m.away_team)]
        rows = [
            *self._results.rows(_MATCH_COLUMNS, {"home_team": team}),
            *self._results.rows(_MATCH_COLUMNS, {"away_team": team}),
        ]
        return sorted(self._build_matches(rows), key=lambda match: match.date)

    def match(self, date: datetime.date, team: str, other: str) -> ResultMatch | None:
        """The match of two teams on a day, whichever the data set calls home."""
        if self._index is None:
            self._index = {(m.date, m.home_team, m.away_team): m for m in self.matches}
        return self._index.get((date, team, other)) or self._index.get((date, other, team))

    # --- goals ---------------------------------------------------------------------------------

    @property
    def goals(self) -> list[ScorerGoal]:
        """Every valid goal row, in file order."""
        return self._build_goals(self._goals.rows(_GOAL_COLUMNS))

    def goals_by(self, names: Iterable[str], team: str | None = None) -> list[ScorerGoal]:
        """The goals credited to any of ``names`` (exact, case-insensitive), for ``team``."""
        wanted = {name.casefold() for name in names}
        rows = [
            row
            for row in self._goals.rows(_GOAL_COLUMNS)
            if row[4].casefold() in wanted and (team is None or row[3] == team)
        ]
        return self._build_goals(rows)

    def goals_by_team(self, team: str) -> list[ScorerGoal]:
        """The goals credited to ``team`` (its current name), own goals of its opponents too."""
        return self._build_goals(self._goals.rows(_GOAL_COLUMNS, {"team": team}))

    @staticmethod
    def _build_goals(rows: Iterable[tuple[str, ...]]) -> list[ScorerGoal]:
        return [
            ScorerGoal(
                date=datetime.date.fromisoformat(date),
                home_team=home,
                away_team=away,
                team=team,
                scorer=scorer,
                minute=None if minute == "NA" else int(minute),
                own_goal=_bool(own_goal),
                penalty=_bool(penalty),
            )
            for date, home, away, team, scorer, minute, own_goal, penalty in rows
        ]

    def scorer_totals(
        self,
        team: str | None = None,
        since: datetime.date | None = None,
        until: datetime.date | None = None,
        competition: str | None = None,
        top: int | None = None,
    ) -> list[ScorerTotal]:
        """Goals per scorer and team (own goals left out), most first; every filter optional.

        ``team`` may be a current or a former name, and ``competition`` a tournament's name in
        ``results.csv`` or a category of :func:`competition_category` (see
        :meth:`resolve_team` and :meth:`resolve_competition`: an unknown one is an error). Ties go
        to whoever reached the total first (the earlier last goal), then by name. ``top``
        keeps the first so many. Goals with no scorer named count for nobody.
        """
        # Whole columns are handled by C code (regex, zip, Counter, dict); Python loops run
        # only for the optional date and competition filters and for the ranking.
        where = {"own_goal": "FALSE"}
        if team is not None:
            where["team"] = self.resolve_team(team)
        columns: tuple[str, ...] = ("date", "team", "scorer", "penalty")
        if competition is not None:
            columns = ("date", "home_team", "away_team", "team", "scorer", "penalty")
        rows = self._goals.rows(columns, where)
        if competition is not None:
            keep = self._competition_filter(competition)
            rows = [(row[0], *row[3:]) for row in rows if keep(row[0], row[1], row[2])]
        if since is not None or until is not None:
            low = since.isoformat() if since else ""
            high = until.isoformat() if until else "9999"
            rows = [row for row in rows if low <= row[0] <= high]
        if not rows:
            return []
        dates, teams, scorers, penalties = zip(*rows, strict=True)
        if any(map(str.__gt__, dates, dates[1:])):  # the published file is in date order
            rows.sort()
            dates, teams, scorers, penalties = zip(*rows, strict=True)
        keys = list(zip(scorers, teams, strict=True))
        goals = Counter(keys)
        on_penalty = Counter(compress(keys, map("TRUE".__eq__, penalties)))
        last = dict(zip(keys, dates, strict=True))  # by date: a key keeps its latest
        first = dict(zip(reversed(keys), reversed(dates), strict=True))
        named = (key for key in goals if key[0])

        def rank(key: tuple[str, str]) -> tuple[int, str, str]:
            return (-goals[key], last[key], key[0])

        ranked = sorted(named, key=rank) if top is None else heapq.nsmallest(top, named, rank)
        return [
            ScorerTotal(
                scorer=key[0],
                team=key[1],
                goals=goals[key],
                penalties=on_penalty[key],
                first=datetime.date.fromisoformat(first[key]),
                last=datetime.date.fromisoformat(last[key]),
            )
            for key in ranked
        ]

    def _competition_filter(self, competition: str) -> Callable[[str, str, str], bool]:
        wanted = self.resolve_competition(competition)
        names = {
            (date, home, away): tournament
            for date, home, away, tournament in self._results.rows(
                ("date", "home_team", "away_team", "tournament")
            )
        }
        categories = {"friendly", "qualifier", "nations-league", "finals"}

        def keep(date: str, home: str, away: str) -> bool:
            tournament = names.get((date, home, away))
            if tournament is None:
                return False
            if wanted in categories:
                return competition_category(tournament) == wanted
            return tournament == wanted

        return keep
