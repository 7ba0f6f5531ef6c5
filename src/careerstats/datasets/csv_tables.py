"""The CSV machinery the data sets share: files read as published, validated a column at a time.

Each file is read by the ``csv`` module, so that any valid quoting (``"France"``, a file written
with ``csv.QUOTE_ALL``) and any line end (LF, CRLF, CR) reads as the plain file does; a row the
parser cannot read is a malformed row like any other. The values are then validated a column at
a time, each distinct value once, by one compiled regular expression over them all (a
:class:`Kind` per column, from a data set's schema), and kept as plain lists of strings, a list
per column: the contents of a file are simple data, which the cache
(:mod:`careerstats.datasets.cache`) stores as they stand, once per version of the file.

Time is linear in the size of a file, and memory bounded by the file and its valid rows: rows
are validated a chunk at a time, and of the malformed ones only the first
:data:`MAX_ROWS_REPORTED` are kept as problems; the rest are counted. A data set module gives
its schemas (file name → column → :class:`Kind`) to :func:`load_tables`, and reads the
:class:`Table` s it gets back: column by column, or as records of its own attrs classes
(:meth:`Table.records`), each value as its column's :class:`Kind` reads it.
"""

from __future__ import annotations

import contextlib
import csv
import datetime
import functools
import gc
import io
import json
import operator
import re
import warnings
from collections.abc import Callable, Collection, Iterator, Mapping, Sequence
from itertools import chain, compress, islice
from pathlib import Path
from typing import Any, TypeVar

import attrs

from careerstats.datasets.cache import ContentsCache, TableContents
from careerstats.dates import CAREER_YEARS
from careerstats.errors import (
    CacheWarning,
    DatasetError,
    MalformedRowsWarning,
    Problem,
    describe_text,
)
from careerstats.input_files import InputFileProblem, MiB, decode_utf8, read_input

__all__ = [
    "BOOL",
    "COUNT",
    "DATE",
    "DEFAULT_READING",
    "MAX_CSV_BYTES",
    "MAX_DIGITS",
    "MAX_ROWS_REPORTED",
    "MINUTE",
    "OPTIONAL_TEXT",
    "TEXT",
    "YEAR",
    "DateNotBefore",
    "Kind",
    "Number",
    "Reading",
    "Record",
    "Reference",
    "Table",
    "TableContents",
    "Where",
    "as_bool",
    "check_folder",
    "collector_paused",
    "load_tables",
    "longest_row",
    "read_contents",
    "schema_key",
]

MAX_CSV_BYTES = 512 * MiB
"""A file of the data set larger than this is refused before it is read (the largest, results.csv,
is under 4 MiB in 2024): a file that size is no longer this data set."""
MAX_DIGITS = 4
"""The most digits a score, a minute or another count of the data may have: no match needs
five, and at most 9,999 is within a fixture's counts (up to 10,000), so that a number
``careerstats new`` writes from the data is one ``validate`` accepts."""
MAX_ROWS_REPORTED = 20
"""The most malformed rows of one file reported one by one; the others are only counted, so
that ten million broken lines cost no more memory than ten."""

_CHUNK_ROWS = 1024
"""Rows validated at once: enough for the work to be done in C, few enough to bound memory,
and to let the rows die young (the garbage collector would walk them again and again)."""
_PIECE_CHARACTERS = 1 << 20
"""The text handed to the csv module at once, cut at a line end (see :func:`_lines`)."""


class Kind:
    """What the values of a column may be: a pattern each matches whole, and its wording; and
    ``read``, what a valid value is as a record's field (the text itself, by default)."""

    def __init__(
        self, pattern: str, expected: str, read: Callable[[str], object] | None = None
    ) -> None:
        self.pattern = pattern
        self.expected = expected
        self.read = read
        """``None``: the text as it stands (no call per value)."""

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


class Number(Kind):
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


class Date(Kind):
    """A day the calendar has, written 2022-12-18, in a year of
    :data:`~careerstats.dates.CAREER_YEARS`."""

    _FIRST = f"{CAREER_YEARS.start:04d}"
    _AFTER = f"{CAREER_YEARS.stop:04d}"  # the calendar's dates have 4-digit years: sorted as text

    def __init__(self) -> None:
        super().__init__(
            _DAY, "a date like 2022-12-18 that the calendar has", datetime.date.fromisoformat
        )

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


class DateNotBefore(Date):
    """A date of :class:`Date` on or after the one its row holds in the column ``first``
    (a tournament's end and its start): a row that ends before it starts is malformed, so
    that nothing built from the data (a catalogue's tournament, a new fixture) holds it."""

    def __init__(self, first: str) -> None:
        super().__init__()
        self.first = first
        self.expected = f"{self.expected}, on or after its {first}"

    def before_first(self, value: str, first: str) -> str:
        """What a message says about a valid ``value`` before its row's ``first``."""
        return f"expected a date on or after its {self.first} ({first}), got {value}"


class Year(Kind):
    """A year of :data:`~careerstats.dates.CAREER_YEARS`, written with four digits (a
    tournament's edition): a year the model cannot hold is a malformed row, not an error later
    naming no file."""

    _FIRST = Date._FIRST
    _AFTER = Date._AFTER

    def __init__(self) -> None:
        expected = f"a year from {CAREER_YEARS.start} to {CAREER_YEARS[-1]}"
        super().__init__("[0-9]{4}", expected, int)

    def valid(self, value: str) -> bool:
        return super().valid(value) and self._FIRST <= value < self._AFTER

    def all_valid(self, values: Collection[str]) -> bool:
        return super().all_valid(values) and (
            not values or (min(values) >= self._FIRST and max(values) < self._AFTER)
        )


def as_bool(value: str) -> bool:
    return value == "TRUE"


def _minute(value: str) -> int | None:
    """A minute of :data:`MINUTE`: ``None`` for NA (not known)."""
    return None if value == "NA" else int(value)


DATE = Date()
YEAR = Year()
# A NUL byte is no character of a name: a file that holds one is damaged, and its row malformed.
# Nor is a line break: no name of the data set spans two lines.
TEXT = Kind(r"[^\r\n\0]+", "text")
OPTIONAL_TEXT = Kind(r"[^\r\n\0]*", "text or nothing")
COUNT = Number(_DIGITS, "a whole number", int)
BOOL = Kind("TRUE|FALSE", "TRUE or FALSE", as_bool)
MINUTE = Number(f"{_DIGITS}|NA", "a minute or NA", _minute)


class Reference(Kind):
    """A value another file's column holds: a line-up's ``match_id`` names a match of
    ``matches.csv``. Checked by set, not by pattern: any number of ids costs one look-up each."""

    def __init__(self, known: Collection[str], expected: str) -> None:
        super().__init__("", expected)
        self.known = frozenset(known)

    def valid(self, value: str) -> bool:
        return value in self.known

    def all_valid(self, values: Collection[str]) -> bool:
        return self.known.issuperset(values)


def _header_problem(columns: Sequence[str], schema: Mapping[str, Kind]) -> str:
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


def longest_row(columns: int) -> int:
    """The most characters a row of ``columns`` fields can take on a line: each field at the
    csv module's limit, quoted, every quote in it doubled, and a comma after it. A longer line
    is malformed without being split into fields."""
    return columns * (2 * csv.field_size_limit() + 3)


def _lines(text: str, longest: Callable[[], int]) -> Iterator[str]:
    """The lines of ``text`` with their ends (LF, CRLF or CR alone), as the csv module reads
    them: a piece of about a mebibyte at a time, cut at a line end, so that no copy of the
    whole text is made (``io.StringIO`` holds four bytes a character).

    A line longer than ``longest()`` characters (see :func:`longest_row`) is read as a stand-in
    one field past the csv module's limit, which it reports as a malformed row at the line's
    number: the line itself is never copied (one of 500 MB took 4 GB)."""
    overlong = "x" * (csv.field_size_limit() + 1) + "\n"

    def line_end(after: int, before: int = len(text)) -> int:
        """Where the first line end at or after ``after`` (and before ``before``) ends, or -1."""
        found = [at for at in (text.find(c, after, before) for c in "\n\r") if at >= 0]
        if not found:
            return -1
        at = min(found)
        return at + 2 if text.startswith("\r\n", at) else at + 1

    def pieces() -> Iterator[str]:
        start = 0
        while start < len(text):
            cut = start + _PIECE_CHARACTERS
            if cut >= len(text):
                yield text[start:]
                return
            end = line_end(cut, cut + longest())
            if end >= 0:
                yield text[start:end]
                start = end
                continue
            # No line ends near the cut: the line across it is longer than any row can be.
            begins = max(text.rfind("\n", start, cut), text.rfind("\r", start, cut)) + 1
            begins = max(begins, start)
            if begins > start:
                yield text[start:begins]
            yield overlong
            start = line_end(cut)
            if start < 0:
                return

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
    """An empty line, or one of spaces or tabs only: passed over, as a CSV reader does.

    Only those: a quoted field of nothing or a line break (``""``, or a lone ``"`` whose field
    runs to the next one) is a row the file's columns do not fit, and so a malformed row."""
    return not row or (len(row) == 1 and row[0] != "" and not row[0].strip(" \t"))


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


class _Validator:
    """The rows of one file, validated a chunk at a time and kept column by column."""

    def __init__(self, file: str, columns: Sequence[str], kinds: Sequence[Kind]) -> None:
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
        ordered = self._out_of_order(columns, failing)
        if failing:
            for row in sorted(failing)[: self.invalid.room]:
                position = failing[row]
                problem = ordered.get(row) or self.kinds[position].problem(columns[position][row])
                self.invalid.first.append(
                    (starts[row], f"column {self.columns[position]}: {problem}")
                )
            self.invalid.count += len(failing)
            keep = [row not in failing for row in range(len(rows))]
            columns = [list(compress(column, keep)) for column in columns]
        for values, column, known in zip(self.values, columns, self.known, strict=True):
            values.extend(map(known.__getitem__, column))

    def _out_of_order(
        self, columns: Sequence[Sequence[str]], failing: dict[int, int]
    ) -> dict[int, str]:
        """The rows (valid value by value) whose :class:`DateNotBefore` column holds a day
        before their ``first`` column's, added to ``failing``; with what to say of each. Both
        are valid dates of four-digit years, so they compare as text."""
        said: dict[int, str] = {}
        for position, kind in enumerate(self.kinds):
            if not isinstance(kind, DateNotBefore) or kind.first not in self.columns:
                continue
            firsts = columns[self.columns.index(kind.first)]
            for row, (value, first) in enumerate(zip(columns[position], firsts, strict=True)):
                if row not in failing and value < first:
                    failing[row] = position
                    said[row] = kind.before_first(value, first)
        return said

    def contents(self, text: str) -> TableContents:
        """What was kept, the problems placed by their lines in ``text`` (the file's)."""
        first = sorted(self.unreadable.first + self.invalid.first)[:MAX_ROWS_REPORTED]
        shown = _shown_lines(text, [line for line, _ in first])
        return TableContents(
            columns=tuple(self.columns),
            values=dict(zip(self.columns, self.values, strict=True)),
            problems=tuple(
                Problem(self.file, f"line {shown.get(line, line)}", message)
                for line, message in first
            ),
            malformed=self.unreadable.count + self.invalid.count,
        )


def read_contents(path: Path, text: str, schema: Mapping[str, Kind]) -> TableContents:
    """Parse ``text`` (the file at ``path``) with the csv module and validate every row."""
    file = str(path)
    width = len(schema)  # until the header is read: a longer line is no header of the file
    reader = csv.reader(_lines(text, lambda: longest_row(width)), strict=True)
    try:
        header = next(reader, [])
    except csv.Error as error:
        raise DatasetError([Problem(file, "line 1", _parser_problem(error))]) from None
    columns = tuple(name.strip() for name in header)
    problem = _header_problem(columns, schema)
    if problem:
        raise DatasetError([Problem(file, "line 1", problem)])
    # Columns may come in any order; ones the schema does not know are carried along.
    validator = _Validator(file, columns, [schema.get(name, OPTIONAL_TEXT) for name in columns])
    width = len(columns)  # the longest row too: a longer line is malformed
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
def collector_paused() -> Iterator[None]:
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


def schema_key(name: str, schema: Mapping[str, Kind]) -> str:
    """The rules the file ``name`` is validated by, in words the cache keys its contents on:
    contents validated by other rules (a column added, a pattern or a bound changed) are
    never read back as these."""
    rules = [
        [column, type(kind).__name__, kind.pattern, kind.expected]
        for column, kind in schema.items()
    ]
    return json.dumps(
        {
            "file": name,
            "columns": rules,
            "other columns": OPTIONAL_TEXT.pattern,
            "years": [CAREER_YEARS.start, CAREER_YEARS.stop],
            "digits": MAX_DIGITS,
            "reported": MAX_ROWS_REPORTED,
            "field limit": csv.field_size_limit(),
            # How rows are read, in words: a cache of the earlier rules (a lone quote's row
            # taken for a blank line, an overlong line split into fields) is not read back.
            "rows": "blank: empty or spaces and tabs only; a line: at most longest_row",
        },
        ensure_ascii=True,
    )


Where = Mapping[str, "str | frozenset[str]"]
"""Which rows to keep: the value a column must hold, or a set of values it may."""
Record = TypeVar("Record", bound=attrs.AttrsInstance)
"""The attrs class :meth:`Table.records` builds."""


class Table:
    """One CSV file of the data set: parsed and validated once per version of the file (see
    :mod:`careerstats.datasets.cache`), and read column by column."""

    def __init__(
        self,
        path: Path,
        cache: ContentsCache,
        schema: Mapping[str, Kind],
        reading: Reading,
    ) -> None:
        self.path = path
        self.name = path.name
        self.schema = schema
        self._reading = reading
        data = self._read()

        def parse(data: bytes) -> TableContents:
            # Refers to no table (a cached file's columns keep this function, to parse
            # again should the cache prove damaged): no cycle for the collector to find.
            return _parsed(path, data, schema, reading)

        self.contents = cache.contents(path, data, schema_key(self.name, schema), parse)

    def _read(self) -> bytes:
        try:
            return self._reading.read(self.path, MAX_CSV_BYTES)
        except FileNotFoundError:
            raise DatasetError([Problem(str(self.path), "", "file not found")]) from None
        except OSError as error:
            message = f"cannot read: {error.strerror}"
            raise DatasetError([Problem(str(self.path), "", message)]) from None
        except InputFileProblem as error:
            raise unreadable(self.path, error) from None

    def refer(self, column: str, target: Table) -> None:
        """Make malformed the rows whose ``column`` holds a value that the same column of
        ``target`` does not (a line-up of a match ``matches.csv`` does not have, or skipped):
        each is then reported with its line, as any malformed row is. The file is parsed again,
        with that rule added, only where such a row exists (never for the published data)."""
        known = target.contents.values[column]
        if frozenset(known).issuperset(self.contents.values[column]):
            return
        rule = Reference(known, f"a {column} of {target.name}")
        schema = {**self.schema, column: rule}
        self.contents = _parsed(self.path, self._read(), schema, self._reading)

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

    def select(self, columns: Sequence[str], where: Where | None = None) -> list[list[str]]:
        """The named columns, each a list of its values in the valid rows ``where`` keeps (see
        :meth:`rows`): column by column, with no tuple made per row. Without ``where`` the
        lists are the table's own: read them, never change them."""
        values = self.contents.values
        if not where:
            return [values[name] for name in columns]
        mask = list(self._kept_by(where))
        return [list(compress(values[name], mask)) for name in columns]

    def rows(self, columns: Sequence[str], where: Where | None = None) -> list[tuple[str, ...]]:
        """The named columns of every valid row (rows in file order).

        ``where`` keeps the rows whose columns hold those values (as read: unquoted), or one of
        a set of them. Whole columns are zipped and compared in C, so it costs little per row.
        """
        if not columns:
            return []
        values = self.contents.values
        selected = zip(*(values[name] for name in columns), strict=True)
        if not where:
            return list(selected)
        return list(compress(selected, self._kept_by(where)))

    def records(
        self,
        record: type[Record],
        where: Where | None = None,
        columns: Mapping[str, str] | None = None,
    ) -> list[Record]:
        """An attrs ``record`` for each valid row ``where`` keeps (see :meth:`rows`), in file
        order: each field read from the column of its name (or the one ``columns`` gives for
        it) as the column's :class:`Kind` reads it; a field the table has no column for keeps
        its default. Each distinct value of a column is read once."""
        named = columns or {}
        fields = {field.name: named.get(field.name, field.name) for field in attrs.fields(record)}
        fields = {
            field: column for field, column in fields.items() if column in self.contents.values
        }
        selected = self.select(list(fields.values()), where)
        values = [
            self._values(column, cells)
            for column, cells in zip(fields.values(), selected, strict=True)
        ]
        build: Any = record  # called with its fields by name
        return [build(**dict(zip(fields, row, strict=True))) for row in zip(*values, strict=True)]

    def _values(self, column: str, cells: list[str]) -> Sequence[object]:
        """The values of ``column`` as its :class:`Kind` reads them, each distinct one once."""
        read = self.schema.get(column, OPTIONAL_TEXT).read
        if read is None:
            return cells
        value = {cell: read(cell) for cell in set(cells)}
        return list(map(value.__getitem__, cells))

    def _kept_by(self, where: Where) -> Iterator[bool]:
        """Which rows hold the values ``where`` asks for, row by row."""
        values = self.contents.values
        keep: Iterator[bool] | None = None
        for name, wanted in where.items():
            test = wanted.__eq__ if isinstance(wanted, str) else wanted.__contains__
            matching = map(test, values[name])
            keep = matching if keep is None else map(operator.and_, keep, matching)
        assert keep is not None
        return keep


def _parsed(path: Path, data: bytes, schema: Mapping[str, Kind], reading: Reading) -> TableContents:
    try:
        text = reading.decode(data)
    except InputFileProblem as error:
        raise unreadable(path, error) from None
    return reading.parse(path, text, schema)


def unreadable(path: Path, error: InputFileProblem) -> DatasetError:
    place = "" if error.line is None else f"line {error.line}"
    return DatasetError([Problem(str(path), place, error.message)])


@attrs.frozen
class Reading:
    """How a table's file is read, decoded and parsed: the three steps a data set may name
    for itself (its module's own names for them are then the ones a load uses)."""

    read: Callable[[Path, int], bytes]
    decode: Callable[[bytes], str]
    parse: Callable[[Path, str, Mapping[str, Kind]], TableContents]


DEFAULT_READING = Reading(
    read=lambda path, limit: read_input(path, limit),
    decode=lambda data: decode_utf8(data),
    parse=lambda path, text, schema: read_contents(path, text, schema),
)


def check_folder(folder: Path, files: str) -> None:
    """That ``folder`` is a folder, else a :class:`~careerstats.errors.DatasetError` saying it
    was expected to hold ``files`` (their names, as a message lists them)."""
    try:
        found = "" if folder.is_dir() else "no such folder"
        if found and folder.exists():
            found = "is not a folder"
    except OSError as error:  # a name too long, a folder on the way that may not be read
        raise DatasetError([Problem(str(folder), "", f"cannot read: {error.strerror}")]) from None
    if found:
        message = f"{found}: expected a folder holding {files}"
        raise DatasetError([Problem(str(folder), "", message)])


def load_tables(
    folder: Path,
    schemas: Mapping[str, Mapping[str, Kind]],
    *,
    strict: bool,
    cache: bool,
    reading: Reading = DEFAULT_READING,
    references: Mapping[str, tuple[str, str]] | None = None,
) -> dict[str, Table]:
    """Every file of ``schemas`` in ``folder`` (checked to be one), read and validated, by
    file name; a data set's ``load`` calls it (its warnings point at whoever called that).

    ``references`` maps a file to a column and the file whose same column its values must be
    in (``{"goals.csv": ("match_id", "matches.csv")}``): a row naming what is not there is
    malformed (:meth:`Table.refer`), and never reaches a look-up that would fail on it.

    A cache that cannot be written is a :class:`~careerstats.errors.CacheWarning`. With
    ``strict``, the malformed rows of every file are raised together; else they are skipped,
    with a :class:`~careerstats.errors.MalformedRowsWarning` counting them per file.
    """
    check_folder(folder, ", ".join(schemas))
    contents_cache = ContentsCache(enabled=cache)
    with collector_paused():
        tables = {
            name: Table(folder / name, contents_cache, schema, reading)
            for name, schema in schemas.items()
        }
        for name, (column, target) in (references or {}).items():
            tables[name].refer(column, tables[target])
    if contents_cache.unwritable is not None:
        warnings.warn(contents_cache.unwritable, CacheWarning, stacklevel=_CALLER_OF_LOAD)
    skipped = [table for table in tables.values() if table.skipped]
    if strict and skipped:
        raise DatasetError([problem for table in skipped for problem in table.problems])
    if skipped:
        parts = [f"{t.name}: {t.skipped:,} malformed row{'s' * (t.skipped != 1)}" for t in skipped]
        first = skipped[0].problems[0]
        warnings.warn(
            f"{'; '.join(parts)} skipped (first: {first.file} {first.place}: {first.message}); "
            "strict loading makes them errors",
            MalformedRowsWarning,
            stacklevel=_CALLER_OF_LOAD,
        )
    return tables


_CALLER_OF_LOAD = 3
"""A warning's frame: not this function (1), nor the data set's ``load`` (2), but its caller."""
