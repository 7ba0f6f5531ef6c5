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

import contextlib
import csv
import datetime
import functools
import gc
import heapq
import io
import json
import operator
import re
import tomllib
import warnings
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from importlib import resources
from itertools import chain, compress, islice, repeat
from pathlib import Path

import attrs

from careerstats.arguments import (
    expect,
    expect_count,
    expect_optional,
    expect_path,
    expect_strings,
    invalid_value,
)
from careerstats.datasets.cache import ContentsCache, TableContents
from careerstats.dates import CAREER_YEARS
from careerstats.errors import (
    AmbiguousNameError,
    CacheWarning,
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
    "FINALS_TOURNAMENTS",
    "MAX_CSV_BYTES",
    "MAX_DIGITS",
    "MAX_ROWS_REPORTED",
    "REGIONAL_CUPS",
    "TEAM_ALIASES",
    "FormerName",
    "InternationalResults",
    "ResultMatch",
    "ScorerCoverage",
    "ScorerGoal",
    "ScorerTotal",
    "TeamName",
    "UnknownNameError",
    "competition_category",
    "team_aliases",
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
        self.pattern = pattern
        self.expected = expected

    # The patterns are compiled when first used, not at import: a load that reads the cache
    # never validates a value (the calendar's pattern alone takes a millisecond to compile).

    @functools.cached_property
    def _one(self) -> re.Pattern[str]:
        return re.compile(self.pattern)

    @functools.cached_property
    def _all(self) -> re.Pattern[str]:
        """Values joined by LF, which no pattern matches: one match checks them all."""
        return re.compile(rf"(?:{self.pattern})(?:\n(?:{self.pattern}))*")

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
    "regional": "regional",
    "regional cup": "regional",
    "regional cups": "regional",
    "other": "other",
    "other tournament": "other",
    "other tournaments": "other",
}
"""What ``--competition`` accepts for each category of :func:`competition_category`."""
CATEGORY_LABELS = {
    "friendly": "friendlies",
    "qualifier": "qualifiers",
    "finals": "finals tournaments",
    "nations-league": "Nations League",
    "regional": "regional cups",
    "other": "other tournaments",
}
"""Each category of :func:`competition_category` as a heading names it."""

FINALS_TOURNAMENTS = frozenset(
    {
        "FIFA World Cup",
        "Confederations Cup",
        "UEFA Euro",
        "Copa América",
        "African Cup of Nations",
        "AFC Asian Cup",
        "Gold Cup",
        "CONCACAF Championship",  # the Gold Cup's forerunner, 1963-1989
        "Oceania Nations Cup",
    }
)
"""The finals of the world and continental championships, and the Confederations Cup."""
REGIONAL_CUPS = frozenset(
    {
        # Championships of a part of a continent or of a confederation's zone.
        "ABCS Tournament",
        "AFF Championship",
        "ASEAN Championship",
        "Amílcar Cabral Cup",
        "Arab Cup",
        "Balkan Cup",
        "Baltic Cup",
        "British Home Championship",
        "CAFA Nations Cup",
        "CCCF Championship",
        "CECAFA Cup",
        "CFU Caribbean Cup",
        "COSAFA Cup",
        "Central European International Cup",
        "Dynasty Cup",
        "EAFF Championship",
        "Gulf Cup",
        "MSG Prime Minister's Cup",
        "Melanesia Cup",
        "Muratti Vase",
        "NAFC Championship",
        "NAFU Championship",
        "Nations Cup",
        "Nile Basin Tournament",
        "Nordic Championship",
        "SAFF Cup",
        "UDEAC Cup",
        "UNCAF Cup",
        "UNIFFAC Cup",
        "WAFF Championship",
        "West African Cup",
        "Windward Islands Tournament",
        # Standing trophies between neighbours.
        "Copa Artigas",
        "Copa Bernardo O'Higgins",
        "Copa Carlos Dittborn",
        "Copa Chevallier Boutell",
        "Copa Confraternidad",
        "Copa Félix Bogado",
        "Copa Juan Pinto Durán",
        "Copa Lipton",
        "Copa Newton",
        "Copa Oswaldo Cruz",
        "Copa Paz del Chaco",
        "Copa Premio Honor Argentino",
        "Copa Premio Honor Uruguayo",
        "Copa Ramón Castilla",
        "Copa Rio Branco",
        "Copa Roca",
        "Copa del Pacífico",
        "Marianas Cup",
        "Soccer Ashes",
        "Superclásico de las Américas",
        "Trans-Tasman Cup",
    }
)
"""Regional cups: a region's championship, or a standing trophy between neighbours."""


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


_Contents = TableContents
"""What a file of the data set holds once validated (the cache keeps exactly that)."""


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


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """The cyclic garbage collector held off while a load or a total allocates hundreds of
    thousands of lists, strings and tuples, none of them in a cycle: each collection would
    walk every column kept so far, again and again (a fifth of a warm load's time). It runs
    again as soon as the block ends, if it ran before."""
    running = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if running:
            gc.enable()


def _schema_key(name: str) -> str:
    """The rules the file ``name`` is validated by, in words the cache keys its contents on:
    contents validated by other rules (a column added, a pattern or a bound changed) are
    never read back as these."""
    schema = _SCHEMAS[name]
    rules = [
        [column, type(kind).__name__, kind.pattern, kind.expected]
        for column, kind in schema.items()
    ]
    return json.dumps(
        {
            "file": name,
            "columns": rules,
            "other columns": _OPTIONAL_TEXT.pattern,
            "years": [CAREER_YEARS.start, CAREER_YEARS.stop],
            "digits": MAX_DIGITS,
            "reported": MAX_ROWS_REPORTED,
            "field limit": csv.field_size_limit(),
        },
        ensure_ascii=True,
    )


class _Table:
    """One CSV file of the data set: parsed and validated once per version of the file (see
    :mod:`careerstats.datasets.cache`), and read column by column."""

    def __init__(self, path: Path, cache: ContentsCache) -> None:
        self.path = path
        self.name = path.name
        try:
            data = read_input(path, MAX_CSV_BYTES)
        except FileNotFoundError:
            raise DatasetError([Problem(str(path), "", "file not found")]) from None
        except OSError as error:
            raise DatasetError([Problem(str(path), "", f"cannot read: {error.strerror}")]) from None
        except InputFileProblem as error:
            raise _unreadable(path, error) from None

        schema = _SCHEMAS[self.name]

        def parse(data: bytes) -> TableContents:
            # Refers to no table (a cached file's columns keep this function, to parse
            # again should the cache prove damaged): no cycle for the collector to find.
            try:
                text = decode_utf8(data)
            except InputFileProblem as error:
                raise _unreadable(path, error) from None
            return _read_contents(path, text, schema)

        self.contents = cache.contents(path, data, _schema_key(self.name), parse)

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

    def select(
        self, columns: Sequence[str], where: Mapping[str, str] | None = None
    ) -> list[list[str]]:
        """The named columns, each a list of its values in the valid rows ``where`` keeps (see
        :meth:`rows`): column by column, with no tuple made per row. Without ``where`` the
        lists are the table's own: read them, never change them."""
        values = self.contents.values
        if not where:
            return [values[name] for name in columns]
        keep: Iterator[bool] | None = None
        for name, wanted in where.items():
            matching = map(wanted.__eq__, values[name])
            keep = matching if keep is None else map(operator.and_, keep, matching)
        assert keep is not None
        mask = list(keep)
        return [list(compress(values[name], mask)) for name in columns]

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


def _unreadable(path: Path, error: InputFileProblem) -> DatasetError:
    place = "" if error.line is None else f"line {error.line}"
    return DatasetError([Problem(str(path), place, error.message)])


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
class ScorerCoverage:
    """How many of the goals scored in a set of matches have a scorer named in the data set."""

    team: str | None
    """The team whose goals are counted; ``None`` for every team."""
    former: FormerName | None
    """The former name that limited the period, where the team was asked for by one."""
    since: datetime.date | None
    until: datetime.date | None
    competition: str | None
    """A tournament's name or a category of :func:`competition_category`."""
    goals: int
    """The goals scored in those matches, by ``results.csv``'s scores."""
    named: int
    """Of those, the goals ``goalscorers.csv`` names a scorer for."""


@attrs.frozen(kw_only=True)
class TeamName:
    """A name typed for a team, resolved: the data set's ``team``, and how ``typed`` named it.

    A former name selects the team for that name's years only (``former`` holds them); a team's
    own name or an ``alias`` of :func:`team_aliases` selects it for all its years.
    """

    team: str
    typed: str
    former: FormerName | None = None
    alias: bool = False

    def limit(
        self, since: datetime.date | None, until: datetime.date | None
    ) -> tuple[datetime.date | None, datetime.date | None]:
        """``since`` and ``until`` narrowed to the former name's years (unchanged otherwise);
        the two may then cross, where the dates asked for fall outside those years."""
        if self.former is None:
            return since, until
        start, end = self.former.start, self.former.end
        return (
            start if since is None else max(since, start),
            end if until is None else min(until, end),
        )


def _choice(name: TeamName) -> str:
    """A team a name may mean, as an ambiguity lists it."""
    if name.former is None:
        return repr(name.team)
    former = name.former
    return f"{name.team!r} (as {former.former}, {former.start} to {former.end})"


TEAM_ALIASES = "team_aliases.toml"
"""The package's table of names people type for teams (``USA``, ``Holland``)."""


@functools.cache
def team_aliases() -> dict[str, tuple[str, ...]]:
    """The names people type for teams, by the data set's name for each: the package data
    file :data:`TEAM_ALIASES`, read once. Matching them ignores case and accents.

    >>> team_aliases()["United States"]
    ('USA', 'US', 'United States of America')
    """
    text = resources.files("careerstats").joinpath(TEAM_ALIASES).read_text(encoding="utf-8")
    table = tomllib.loads(text)
    aliases: dict[str, tuple[str, ...]] = {}
    for team, names in table.items():
        if not (isinstance(names, list) and all(isinstance(name, str) for name in names)):
            raise DatasetError(
                [Problem(TEAM_ALIASES, team, f"expected a list of names, got {names!r}")]
            )
        aliases[team] = tuple(names)
    return aliases


@attrs.frozen(kw_only=True)
class ScorerTotal:
    scorer: str
    team: str
    goals: int
    penalties: int
    first: datetime.date
    last: datetime.date


def competition_category(tournament: str) -> str:
    """The kind of competition a tournament of ``results.csv`` is, by its name.

    ``friendly``; ``qualifier`` (any qualification); ``nations-league``; ``finals`` (the
    :data:`FINALS_TOURNAMENTS`); ``regional`` (the :data:`REGIONAL_CUPS`); ``other`` for every
    other tournament: invitational and friendship tournaments, multi-sport games, anniversary
    cups, the tournaments of teams outside FIFA.

    >>> competition_category("UEFA Euro"), competition_category("Baltic Cup")
    ('finals', 'regional')
    >>> competition_category("King's Cup")
    'other'
    """
    expect(tournament, str, "competition_category", "tournament")
    if tournament == "Friendly":
        return "friendly"
    if "qualification" in tournament.casefold():
        return "qualifier"
    if "Nations League" in tournament:
        return "nations-league"
    if tournament in FINALS_TOURNAMENTS:
        return "finals"
    if tournament in REGIONAL_CUPS:
        return "regional"
    return "other"


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
    def load(
        cls, folder: Path | str, *, strict: bool = False, cache: bool = True
    ) -> InternationalResults:
        """Read and validate the four files; malformed rows are skipped with a warning.

        With ``strict``, the malformed rows of every file are raised together instead. Each
        file's validated contents are kept in the cache (:mod:`careerstats.datasets.cache`)
        and read from there while the file stays the same; ``cache=False`` reads the CSV
        files and writes nothing. A cache that cannot be written is a
        :class:`~careerstats.errors.CacheWarning`, and the load goes on without it.
        """
        folder = expect_path(folder, "InternationalResults.load", "folder")
        expect(strict, bool, "InternationalResults.load", "strict")
        expect(cache, bool, "InternationalResults.load", "cache")
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
        contents_cache = ContentsCache(enabled=cache)
        with _collector_paused():
            tables = {name: _Table(folder / name, contents_cache) for name in _SCHEMAS}
        if contents_cache.unwritable is not None:
            warnings.warn(contents_cache.unwritable, CacheWarning, stacklevel=2)
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
        """A team's name as the data set writes it throughout (its current one), for a current
        or a former name or an alias, case and accents ignored; an unknown or ambiguous name
        is given back as it is."""
        expect(team, str, "current_name", "team")
        try:
            return self.resolve_team_name(team).team
        except UnknownNameError:
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

    @functools.cached_property
    def _names_by_fold(self) -> dict[str, list[TeamName]]:
        """Every name that can select a team, folded: the teams' own names, their former names
        (for their years) and the aliases of :func:`team_aliases`, read once."""
        teams = self._team_names
        found: dict[str, dict[str, TeamName]] = {}

        def add(typed: str, name: TeamName) -> None:
            by_team = found.setdefault(fold(typed).strip(), {})
            held = by_team.get(name.team)
            if held is None or (held.former is not None and name.former is None):
                by_team[name.team] = name  # a team's own name or alias beats a former name
            elif held.former is not None and name.former is not None:
                # The same former name in two periods: the team from the first to the last.
                start = min(held.former.start, name.former.start)
                end = max(held.former.end, name.former.end)
                period = attrs.evolve(held.former, start=start, end=end)
                by_team[name.team] = attrs.evolve(held, former=period)

        for team in teams:
            add(team, TeamName(team=team, typed=team))
        for former in self.former_names:
            if former.current in teams:
                add(
                    former.former, TeamName(team=former.current, typed=former.former, former=former)
                )
        for team, aliases in team_aliases().items():
            if team in teams:
                for alias in aliases:
                    add(alias, TeamName(team=team, typed=alias, alias=True))
        return {key: list(by_team.values()) for key, by_team in found.items()}

    def resolve_team_name(
        self, team: str, *, during: tuple[datetime.date, datetime.date] | None = None
    ) -> TeamName:
        """The team a person means by ``team``: one of the data set's teams, by its name, a
        former name (which selects the team for that name's years: see
        :meth:`TeamName.limit`) or an alias (:func:`team_aliases`), case and accents ignored.

        A team's name exactly as ``results.csv`` writes it is that team. Another name that
        selects two teams (one's former name, another's alias or name) is an
        :class:`~careerstats.errors.AmbiguousNameError` naming both; ``during`` (a career's
        first and last day) then keeps the former names whose years overlap it, where that
        leaves one. An unknown name is an :class:`~careerstats.errors.UnknownNameError` with
        the closest names, former names and aliases included.
        """
        expect(team, str, "resolve_team_name", "team")
        if team in self._team_names:
            # A name exactly as results.csv writes it is that team: the data set's own names
            # are never ambiguous with each other (a caller may pass any of :meth:`teams`).
            return TeamName(team=team, typed=team)
        names = self._names_by_fold
        found = names.get(fold(team).strip(), [])
        if len(found) > 1 and during is not None:
            first, last = during
            overlapping = [
                name
                for name in found
                if name.former is None or (name.former.start <= last and first <= name.former.end)
            ]
            found = overlapping if len(overlapping) == 1 else found
        if len(found) == 1:
            return attrs.evolve(found[0], typed=team)
        if found:
            choices = " or ".join(sorted(map(_choice, found)))
            raise AmbiguousNameError(
                f"team {describe_text(team)} is ambiguous in {self._results.path}: {choices}; "
                "type the one you mean"
            )
        shown = {name.typed for listed in names.values() for name in listed}
        close = closest(team, shown)
        hint = f"; did you mean {' or '.join(map(repr, close))}?" if close else ""
        raise UnknownNameError(f"no team {describe_text(team)} in {self._results.path}{hint}")

    def _team_name(self, team: str | TeamName) -> TeamName:
        """A team as asked for: resolved already, or typed."""
        return team if isinstance(team, TeamName) else self.resolve_team_name(team)

    def resolve_team(self, team: str) -> str:
        """The data set's current name for a team typed by a person (see
        :meth:`resolve_team_name`, which also says for which years a former name counts)."""
        expect(team, str, "resolve_team", "team")
        return self.resolve_team_name(team).team

    def resolve_competition(self, competition: str) -> str:
        """A category of :func:`competition_category` (``friendly``, ``qualifier``, ``finals``,
        ``nations-league``, ``regional``, ``other``; plurals too) or a tournament's name as
        ``results.csv`` has it, case and accents ignored; else an error with the closest.
        """
        expect(competition, str, "resolve_competition", "competition")
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
            f"no competition {describe_text(competition)}: expected "
            f"{', '.join(CATEGORY_LABELS)} or a tournament named in {self._results.path}{hint}"
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
        expect(team, str, "matches_of", "team")
        if self._matches is not None:
            return [m for m in self._matches if team in (m.home_team, m.away_team)]
        rows = [
            *self._results.rows(_MATCH_COLUMNS, {"home_team": team}),
            *self._results.rows(_MATCH_COLUMNS, {"away_team": team}),
        ]
        return sorted(self._build_matches(rows), key=lambda match: match.date)

    def match(self, date: datetime.date, team: str, other: str) -> ResultMatch | None:
        """The match of two teams on a day, whichever the data set calls home."""
        expect(date, datetime.date, "match", "date")
        expect(team, str, "match", "team")
        expect(other, str, "match", "other")
        if self._index is None:
            self._index = {(m.date, m.home_team, m.away_team): m for m in self.matches}
        return self._index.get((date, team, other)) or self._index.get((date, other, team))

    # --- goals ---------------------------------------------------------------------------------

    @property
    def goals(self) -> list[ScorerGoal]:
        """Every valid goal row, in file order."""
        return self._build_goals(self._goals.rows(_GOAL_COLUMNS))

    @functools.cached_property
    def _scorers_by_fold(self) -> dict[str, frozenset[str]]:
        """Every scorer's name folded, with the spellings the file has for it: read once."""
        spellings: dict[str, set[str]] = {}
        for scorer in {scorer for (scorer,) in self._goals.rows(("scorer",))}:
            spellings.setdefault(fold(scorer), set()).add(scorer)
        return {key: frozenset(found) for key, found in spellings.items()}

    def goals_by(self, names: Iterable[str], team: str | None = None) -> list[ScorerGoal]:
        """The goals credited to any of ``names`` (case and accents ignored, as players are
        looked up), for ``team`` (the data set's name for it)."""
        names = expect_strings(names, "goals_by", "names")
        expect_optional(team, str, "goals_by", "team")
        spellings = self._scorers_by_fold
        wanted = {spelt for name in names for spelt in spellings.get(fold(name), ())}
        if not wanted:
            return []
        rows = self._goals.rows(_GOAL_COLUMNS, None if team is None else {"team": team})
        return self._build_goals([row for row in rows if row[4] in wanted])

    def scorers_of(self, team: str) -> set[str]:
        """Every scorer the data set names for ``team`` (its name in the data set)."""
        return {scorer for (scorer,) in self._goals.rows(("scorer",), {"team": team}) if scorer}

    def goals_by_team(self, team: str) -> list[ScorerGoal]:
        """The goals credited to ``team`` (its current name), own goals of its opponents too."""
        expect(team, str, "goals_by_team", "team")
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
        team: str | TeamName | None = None,
        since: datetime.date | None = None,
        until: datetime.date | None = None,
        competition: str | None = None,
        top: int | None = None,
    ) -> list[ScorerTotal]:
        """Goals per scorer and team (own goals left out), most first; every filter optional.

        ``team`` may be a current or a former name or an alias (a former name counts the goals
        of its years only), and ``competition`` a tournament's name in ``results.csv`` or a
        category of :func:`competition_category` (see :meth:`resolve_team_name` and
        :meth:`resolve_competition`: an unknown one is an error). Ties go
        to whoever reached the total first (the earlier last goal), then by name. ``top``
        keeps the first so many. Goals with no scorer named count for nobody.
        """
        expect_optional(team, (str, TeamName), "scorer_totals", "team")
        expect_optional(since, datetime.date, "scorer_totals", "since")
        expect_optional(until, datetime.date, "scorer_totals", "until")
        expect_optional(competition, str, "scorer_totals", "competition")
        if top is not None:
            expect_count(top, "scorer_totals", "top")
        if since is not None and until is not None and since > until:
            message = f"{since} comes after until ({until})"
            raise invalid_value("scorer_totals", "since", message)
        with _collector_paused():
            return self._scorer_totals(team, since, until, competition, top)

    def _scorer_totals(
        self,
        team: str | TeamName | None,
        since: datetime.date | None,
        until: datetime.date | None,
        competition: str | None,
        top: int | None,
    ) -> list[ScorerTotal]:
        # Whole columns are handled by C code (map, compress, zip, Counter, dict, sort with
        # C keys); Python loops run only for the competition filter and per scorer.
        where = {"own_goal": "FALSE"}
        if team is not None:
            resolved = self._team_name(team)
            where["team"] = resolved.team
            since, until = resolved.limit(since, until)
        names: tuple[str, ...] = ("date", "team", "scorer", "penalty")
        if competition is not None:
            names = (*names, "home_team", "away_team")
        columns = self._goals.select(names, where)
        if competition is not None:
            keep = self._competition_filter(competition)
            date, _, _, _, home, away = columns
            columns = _kept(columns[:4], list(map(keep, date, home, away)))
        if since is not None or until is not None:
            low = since.isoformat() if since else ""
            high = until.isoformat() if until else "9999"
            date = columns[0]
            columns = _kept(
                columns, list(map(operator.and_, map(low.__le__, date), map(high.__ge__, date)))
            )
        dates, teams, scorers, penalties = columns[:4]
        if not dates:
            return []
        if sorted(dates) != dates:  # the published file is in date order: a check in C
            order = sorted(range(len(dates)), key=dates.__getitem__)
            dates, teams, scorers, penalties = (
                list(map(column.__getitem__, order))
                for column in (dates, teams, scorers, penalties)
            )
        keys = list(zip(scorers, teams, strict=True))
        goals = Counter(keys)
        on_penalty = Counter(compress(keys, map("TRUE".__eq__, penalties)))
        last = dict(zip(keys, dates, strict=True))  # by date: a key keeps its latest
        first = dict(zip(reversed(keys), reversed(dates), strict=True))
        ranked = [key for key in goals if key[0]]  # goals with no scorer count for nobody
        if top is not None and len(ranked) > top:
            # Only those with at least the top-th most goals can be in the top: rank those.
            counts = list(map(goals.__getitem__, ranked))
            least = heapq.nlargest(top, counts)[-1]
            ranked = list(compress(ranked, map(least.__le__, counts)))
        # Most goals first, then the earlier last goal, then the name: three stable sorts
        # by C-level keys, the least significant first (first seen breaks the last ties).
        ranked.sort(key=operator.itemgetter(0))
        ranked.sort(key=last.__getitem__)
        ranked.sort(key=goals.__getitem__, reverse=True)
        if top is not None:
            del ranked[top:]
        days = {
            day: datetime.date.fromisoformat(day)
            for day in {*map(first.__getitem__, ranked), *map(last.__getitem__, ranked)}
        }
        return [
            ScorerTotal(
                scorer=key[0],
                team=key[1],
                goals=goals[key],
                penalties=on_penalty.get(key, 0),  # not [key]: Counter.__missing__ is Python
                first=days[first[key]],
                last=days[last[key]],
            )
            for key in ranked
        ]

    def scorer_coverage(
        self,
        team: str | TeamName | None = None,
        since: datetime.date | None = None,
        until: datetime.date | None = None,
        competition: str | None = None,
    ) -> ScorerCoverage:
        """How many of the goals scored in the matches of ``results.csv`` that the filters of
        :meth:`scorer_totals` keep have a scorer named in ``goalscorers.csv`` (own goals
        included: their scorer is named too). ``team`` counts that team's goals only.

        A match's named goals count up to its score, so the share never passes 100%.
        """
        resolved = None if team is None else self._team_name(team)
        wanted = None if resolved is None else resolved.team
        if resolved is not None:
            since, until = resolved.limit(since, until)
        wanted_competition = None if competition is None else self.resolve_competition(competition)
        # Column by column, in C (map, compress, zip, Counter.get): no loop per match.
        with _collector_paused():
            goals, named = self._goals_named(wanted, wanted_competition, since, until)
        return ScorerCoverage(
            team=wanted,
            former=None if resolved is None else resolved.former,
            since=since,
            until=until,
            competition=wanted_competition,
            goals=goals,
            named=named,
        )

    def _goals_named(
        self,
        wanted: str | None,
        wanted_competition: str | None,
        since: datetime.date | None,
        until: datetime.date | None,
    ) -> tuple[int, int]:
        """The goals scored in the matches kept, and how many of them have a scorer named."""
        columns: tuple[str, ...] = ("date", "home_team", "away_team", "home_score", "away_score")
        if wanted_competition is not None:
            columns = (*columns, "tournament")
        named_goals = self._goals.select(
            ("date", "home_team", "away_team", "team", "scorer"),
            None if wanted is None else {"team": wanted},
        )
        *keys, scorers = named_goals
        named = Counter(compress(zip(*keys, strict=True), map(bool, scorers)))
        goals = scored = 0
        for side in ("home_team", "away_team"):  # each match counts the side(s) wanted
            dates, homes, aways, home_scores, away_scores, *rest = self._matches_where(
                columns, None if wanted is None else {side: wanted}, since, until
            )
            if wanted_competition is not None:
                keep = [_in_competition(name, wanted_competition) for name in rest[0]]
                dates, homes, aways, home_scores, away_scores = _kept(
                    (dates, homes, aways, home_scores, away_scores), keep
                )
            sides = homes if side == "home_team" else aways
            written = home_scores if side == "home_team" else away_scores
            # A score is one of a few dozen strings: each converted once, then looked up.
            number = {score: int(score) for score in set(written)}
            scores = list(map(number.__getitem__, written))
            counted = list(map(named.get, zip(dates, homes, aways, sides, strict=True), repeat(0)))
            goals += sum(scores)
            # A match's named goals count up to its score; they seldom pass it, and finding
            # out (operator.gt) costs less than min() over every match.
            excess = any(map(operator.gt, counted, scores))
            scored += sum(map(min, scores, counted)) if excess else sum(counted)
        return goals, scored

    def _matches_where(
        self,
        columns: Sequence[str],
        where: Mapping[str, str] | None,
        since: datetime.date | None,
        until: datetime.date | None,
    ) -> list[list[str]]:
        """The named columns of ``results.csv`` in the rows ``where`` keeps, dated from
        ``since`` to ``until`` (each optional; ``date`` must be the first column)."""
        selected = self._results.select(columns, where)
        if since is None and until is None:
            return selected
        low = since.isoformat() if since else ""
        high = until.isoformat() if until else "9999"
        dates = selected[0]
        return _kept(
            selected, list(map(operator.and_, map(low.__le__, dates), map(high.__ge__, dates)))
        )

    def _competition_filter(self, competition: str) -> Callable[[str, str, str], bool]:
        wanted = self.resolve_competition(competition)
        names = {
            (date, home, away): tournament
            for date, home, away, tournament in self._results.rows(
                ("date", "home_team", "away_team", "tournament")
            )
        }

        def keep(date: str, home: str, away: str) -> bool:
            tournament = names.get((date, home, away))
            return tournament is not None and _in_competition(tournament, wanted)

        return keep


def _kept(columns: Sequence[list[str]], keep: Sequence[bool]) -> list[list[str]]:
    """The values of each column in the rows ``keep`` marks."""
    return [list(compress(column, keep)) for column in columns]


def _in_competition(tournament: str, wanted: str) -> bool:
    """Whether a tournament is the one wanted, or of the category wanted."""
    if wanted in CATEGORY_LABELS:
        return competition_category(tournament) == wanted
    return tournament == wanted
