"""The international football results data set (martj42/international_results, CC0), as published.

A folder holds ``results.csv`` (every men's full international since 1872), ``goalscorers.csv``,
``shootouts.csv`` and ``former_names.csv``. Every row is validated when the folder is loaded; a
malformed row is reported with its file, line and column, and skipped (counted in a
:class:`~careerstats.errors.MalformedRowsWarning`) unless ``strict`` makes it an error.

The two large files are read with one compiled regular expression per file rather than row by
row: the pattern both validates a row and captures only the columns a query needs, so that
loading the whole data set stays within reach of pandas' C parser (``benchmarks/``).
"""

from __future__ import annotations

import csv
import datetime
import functools
import heapq
import re
import warnings
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from itertools import compress
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


@attrs.frozen
class _Column:
    raw: str
    """The field as it stands in the file (quoted where it holds a comma or a quote)."""
    value: str
    """The field once read (unquoted)."""
    expected: str


# Only days a calendar has: 31-day and 30-day months, February to the 28th, and 29 February
# in leap years; the year 0000 is none (datetime starts at 0001). A date such as 2022-02-30 is
# then a malformed row like any other.
_LEAP_YEAR = r"(?:\d\d(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)"
_DAY = (
    r"(?!0000)"
    r"(?:\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)"
    rf"|02-(?:0[1-9]|1\d|2[0-8]))|{_LEAP_YEAR}-02-29)"
)
_DATE = _Column(_DAY, _DAY, "a date like 2022-12-18 that the calendar has")
# A NUL byte is no character of a name: a file that holds one is damaged, and its row malformed.
_TEXT = _Column(r'(?:"(?:[^"\r\n\0]|"")+"|[^,"\r\n\0]+)', r"[^\r\n\0]+", "text")
_OPTIONAL_TEXT = _Column(r'(?:"(?:[^"\r\n\0]|"")*"|[^,"\r\n\0]*)', r"[^\r\n\0]*", "text or nothing")
_DIGITS = rf"\d{{1,{MAX_DIGITS}}}"
_COUNT = _Column(_DIGITS, _DIGITS, "a whole number")
_BOOL = _Column("(?:TRUE|FALSE)", "(?:TRUE|FALSE)", "TRUE or FALSE")
_MINUTE = _Column(f"(?:{_DIGITS}|NA)", f"(?:{_DIGITS}|NA)", "a minute or NA")

_SCHEMAS: dict[str, dict[str, _Column]] = {
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


def _header_problem(header: str, columns: Sequence[str], schema: Mapping[str, _Column]) -> str:
    """What is wrong with a file's first line, if anything: its line ends, or its columns."""
    if not header:
        return f"expected the columns {', '.join(schema)}, got an empty line"
    if "\r" in header:
        return "expected lines that end in LF or CRLF, got CR alone"
    twice = sorted({name for name in columns if columns.count(name) > 1})
    if twice:
        return f"expected each column once, got {', '.join(map(describe_text, twice))} twice"
    missing = [name for name in schema if name not in columns]
    if missing:
        return f"expected the columns {', '.join(schema)}; missing {', '.join(missing)}"
    return ""


def _unquote(value: str) -> str:
    return value[1:-1].replace('""', '"') if value.startswith('"') else value


class _Table:
    """One CSV file of the data set: its text, validated once, read column by column."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.name = path.name
        schema = _SCHEMAS[self.name]
        try:
            text = decode_utf8(read_input(path, MAX_CSV_BYTES))
        except FileNotFoundError:
            raise DatasetError([Problem(str(path), "", "file not found")]) from None
        except OSError as error:
            raise DatasetError([Problem(str(path), "", f"cannot read: {error.strerror}")]) from None
        except InputFileProblem as error:
            place = "" if error.line is None else f"line {error.line}"
            raise DatasetError([Problem(str(path), place, error.message)]) from None
        header, _, self.body = text.partition("\n")
        self.columns = tuple(_unquote(name.strip()) for name in header.strip().split(","))
        problem = _header_problem(header.strip(), self.columns, schema)
        if problem:
            raise DatasetError([Problem(str(path), "line 1", problem)])
        # Columns may come in any order; ones the schema does not know are carried along.
        self.kinds = [schema.get(name, _OPTIONAL_TEXT) for name in self.columns]
        self.quoted = frozenset(re.findall(r'"(?:[^"\r\n]|"")*"', self.body))
        """Every quoted field in the file, as it stands there."""
        self._patterns: dict[tuple[tuple[str, ...], tuple[tuple[str, str], ...]], re.Pattern[str]]
        self._patterns = {}
        self.problems = self._validate()

    def _row(self, captured: Sequence[str] = (), where: Mapping[str, str] | None = None) -> str:
        """A row's pattern: each column's, the ``captured`` ones in groups, and the ``where``
        ones only matching that value (as it stands in the file)."""
        where = where or {}
        parts = []
        for name, kind in zip(self.columns, self.kinds, strict=True):
            part = re.escape(where[name]) if name in where else kind.raw
            parts.append(f"({part})" if name in captured else part)
        return ",".join(parts)

    def _pattern(
        self, captured: Sequence[str], where: Mapping[str, str] | None = None
    ) -> re.Pattern[str]:
        key = (tuple(captured), tuple(sorted((where or {}).items())))
        if key not in self._patterns:
            row = self._row(captured, where)
            self._patterns[key] = re.compile(rf"^{row}\r?$", re.MULTILINE)
        return self._patterns[key]

    def _validate(self) -> list[Problem]:
        """Every row that does not match its columns, and every date no calendar has."""
        # One pass: a valid row matches the first branch and captures nothing; any other
        # line is captured whole by the second. Blank lines are passed over.
        sorter = re.compile(rf"^(?:{self._row()}|([^\r\n]*))\r?$", re.MULTILINE)
        problems = []
        for index, bad in enumerate(sorter.findall(self.body)):
            if bad and not bad.isspace():
                line = index + 2  # the header is line 1
                problems.append(Problem(str(self.path), f"line {line}", self._diagnose(bad)))
        return problems

    def _diagnose(self, line: str) -> str:
        """The first column of a malformed row that is wrong, and how."""
        unclear = "expected fields separated by commas, quoted where they hold one"
        try:
            fields = next(csv.reader([line]))
        except csv.Error:  # a field longer than the csv module takes (128 KiB)
            return unclear
        if len(fields) != len(self.columns):
            return f"expected {len(self.columns)} columns, got {len(fields)}"
        for name, kind, value in zip(self.columns, self.kinds, fields, strict=True):
            if re.fullmatch(kind.value, value):
                continue
            if kind in (_COUNT, _MINUTE) and re.fullmatch(r"\d+", value):
                return (
                    f"column {name}: expected a whole number of at most {MAX_DIGITS} digits, "
                    f"got {len(value):,} digits"
                )
            return f"column {name}: expected {kind.expected}, got {describe_text(value)}"
        return unclear

    def rows(
        self,
        columns: Sequence[str],
        where: Mapping[str, str] | None = None,
        *,
        unquote: bool = True,
    ) -> list[tuple[str, ...]]:
        """The named columns of every valid row (rows in file order).

        ``where`` keeps the rows whose columns hold those values, as written in the file; the
        regular expression does the filtering, so it costs nothing per row in Python. With
        ``unquote=False`` quoted fields keep their quotes (for callers that unquote less).
        """
        if not columns:
            return []
        found = self._pattern(columns, where).findall(self.body)
        rows: list[tuple[str, ...]] = [(value,) for value in found] if len(columns) == 1 else found
        in_file = [name for name in self.columns if name in columns]
        if in_file != list(columns):  # a pass in Python: ask in file order where speed counts
            positions = [in_file.index(name) for name in columns]
            rows = [tuple(row[i] for i in positions) for row in rows]
        if unquote and self.quoted:
            # Few fields are quoted: rows without one pass a set test done in C.
            rows = [
                row if self.quoted.isdisjoint(row) else tuple(map(_unquote, row)) for row in rows
            ]
        return rows

    @property
    def skipped(self) -> int:
        return len(self.problems)


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
    expect(tournament, str, "competition_category", "tournament")
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
        folder = expect_path(folder, "InternationalResults.load", "folder")
        expect(strict, bool, "InternationalResults.load", "strict")
        folder = Path(folder)
        if not folder.is_dir():
            found = "is not a folder" if folder.exists() else "no such folder"
            raise DatasetError(
                [Problem(str(folder), "", f"{found}: expected a folder holding {_FILES}")]
            )
        tables = {name: _Table(folder / name) for name in _SCHEMAS}
        skipped = [table for table in tables.values() if table.skipped]
        if strict and skipped:
            raise DatasetError([problem for table in skipped for problem in table.problems])
        if skipped:
            parts = [
                f"{t.name}: {t.skipped} malformed row{'s' * (t.skipped != 1)}" for t in skipped
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
        """The malformed rows skipped, in every file."""
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
        expect(team, str, "current_name", "team")
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
        expect(team, str, "resolve_team", "team")
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

    def goals_by(self, names: Iterable[str], team: str | None = None) -> list[ScorerGoal]:
        """The goals credited to any of ``names`` (exact, case-insensitive), for ``team``."""
        names = expect_strings(names, "goals_by", "names")
        expect_optional(team, str, "goals_by", "team")
        wanted = {name.casefold() for name in names}
        rows = [
            row
            for row in self._goals.rows(_GOAL_COLUMNS)
            if row[4].casefold() in wanted and (team is None or row[3] == team)
        ]
        return self._build_goals(rows)

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
        expect_optional(team, str, "scorer_totals", "team")
        expect_optional(since, datetime.date, "scorer_totals", "since")
        expect_optional(until, datetime.date, "scorer_totals", "until")
        expect_optional(competition, str, "scorer_totals", "competition")
        if top is not None:
            expect_count(top, "scorer_totals", "top")
        if since is not None and until is not None and since > until:
            message = f"{since} comes after until ({until})"
            raise invalid_value("scorer_totals", "since", message)
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
