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

import datetime
import functools
import heapq
import operator
import tomllib
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from importlib import resources
from itertools import compress, repeat
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

import attrs

from careerstats.arguments import (
    expect,
    expect_count,
    expect_optional,
    expect_path,
    expect_strings,
    invalid_value,
)
from careerstats.datasets.base import (
    Coverage,
    DatasetAppearance,
    DatasetGoal,
    PlayerQuery,
    SquadEntry,
)
from careerstats.datasets.csv_tables import (
    BOOL,
    COUNT,
    DATE,
    MAX_CSV_BYTES,
    MAX_DIGITS,
    MAX_ROWS_REPORTED,
    MINUTE,
    OPTIONAL_TEXT,
    TEXT,
    Kind,
    Reading,
    Table,
    Where,
    collector_paused,
    load_tables,
    read_contents,
)
from careerstats.errors import (
    AmbiguousNameError,
    DatasetError,
    Problem,
    UnknownNameError,
    describe_text,
)
from careerstats.input_files import decode_utf8, read_input
from careerstats.model import dataset_source
from careerstats.names import closest, fold

if TYPE_CHECKING:
    from careerstats.model import Source, Tournament

__all__ = [
    "CATEGORY_LABELS",
    "EDITION_GAP",
    "ENV_VAR",
    "FINALS_TOURNAMENTS",
    "MAX_CSV_BYTES",
    "MAX_DIGITS",
    "MAX_ROWS_REPORTED",
    "NAME",
    "NAMED_FOR_ANOTHER_YEAR",
    "NATIONS_LEAGUE_FINALS_MATCHES",
    "NATIONS_LEAGUE_WINDOW",
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
NAME = "international_results"
"""The data set's name in :data:`careerstats.datasets.DATASETS`."""
TITLE = "International football results from 1872"
PUBLISHER = "martj42/international_results"
DESCRIPTION = "Men's full internationals and their goal scorers; CC0 1.0"
"""What the data set holds, and its licence: with its title and publisher, its
:attr:`InternationalResults.source`."""

_read_contents = read_contents
_collector_paused = collector_paused

_READING = Reading(
    # Looked up when a file is read, so that this module's names for the three steps are the
    # ones a load uses (a test replaces them to watch or to bound what a load does).
    read=lambda path, limit: read_input(path, limit),
    decode=lambda data: decode_utf8(data),
    parse=lambda path, text, schema: _read_contents(path, text, schema),
)

_SCHEMAS: dict[str, dict[str, Kind]] = {
    "results.csv": {
        "date": DATE,
        "home_team": TEXT,
        "away_team": TEXT,
        "home_score": COUNT,
        "away_score": COUNT,
        "tournament": TEXT,
        "city": OPTIONAL_TEXT,
        "country": OPTIONAL_TEXT,
        "neutral": BOOL,
    },
    "goalscorers.csv": {
        "date": DATE,
        "home_team": TEXT,
        "away_team": TEXT,
        "team": TEXT,
        "scorer": OPTIONAL_TEXT,
        "minute": MINUTE,
        "own_goal": BOOL,
        "penalty": BOOL,
    },
    "shootouts.csv": {
        "date": DATE,
        "home_team": TEXT,
        "away_team": TEXT,
        "winner": TEXT,
        "first_shooter": OPTIONAL_TEXT,
    },
    "former_names.csv": {
        "current": TEXT,
        "former": TEXT,
        "start_date": DATE,
        "end_date": DATE,
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

EDITION_GAP = datetime.timedelta(days=183)
"""Matches of one finals competition more than half a year apart belong to two editions: no
edition pauses that long, and no two editions are played that close (but the two Copa Américas
of 1959, eight months apart)."""
NATIONS_LEAGUE_WINDOW = datetime.timedelta(days=7)
"""Matches of a Nations League more than a week apart belong to two windows of its calendar."""
NATIONS_LEAGUE_FINALS_MATCHES = 4
"""A Nations League's finals: a window of at most this many matches (two semi-finals, the
match for third place, the final), all in one country; its other windows are the league's."""
NAMED_FOR_ANOTHER_YEAR = {
    ("UEFA Euro", 2021): 2020,
    ("African Cup of Nations", 2022): 2021,
    ("African Cup of Nations", 2024): 2023,
    ("AFC Asian Cup", 2024): 2023,
}
"""Editions postponed, whose name keeps the year they were meant for: (competition, the year
most of their matches were played in) → the year in their name. The data cannot tell this."""
RESULTS_FILE = "results.csv"


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


def _catalogued(tournament: str) -> bool:
    """A competition whose editions the catalogue holds: a finals tournament, or a Nations
    League (its finals)."""
    return competition_category(tournament) in ("finals", "nations-league")


def _runs(played: Sequence[tuple[str, str]], gap: datetime.timedelta) -> list[list[datetime.date]]:
    """The days of ``played`` (date and country, by date) split where two are more than
    ``gap`` apart."""
    runs: list[list[datetime.date]] = []
    for date, _ in played:
        day = datetime.date.fromisoformat(date)
        if runs and day - runs[-1][-1] <= gap:
            runs[-1].append(day)
        else:
            runs.append([day])
    return runs


def _editions(competition: str, played: Sequence[tuple[str, str]]) -> list[Tournament]:
    """The editions of a competition from its matches (date and country, by date): see
    :meth:`InternationalResults.catalogued_tournaments`."""
    from careerstats.catalogue import catalogued, tournament_id
    from careerstats.model import Citation

    nations_league = competition_category(competition) == "nations-league"
    gap = NATIONS_LEAGUE_WINDOW if nations_league else EDITION_GAP
    named = f"{competition} Finals" if nations_league else competition
    cite = (Citation(file=f"{NAME}/{RESULTS_FILE}"),)
    editions: list[Tournament] = []
    start = 0
    for run in _runs(played, gap):
        countries = [country for _, country in played[start : start + len(run)]]
        start += len(run)
        hosts = tuple(dict.fromkeys(country for country in countries if country))
        if nations_league and (len(run) > NATIONS_LEAGUE_FINALS_MATCHES or len(hosts) != 1):
            continue
        years = Counter(day.year for day in run)
        year = max(years, key=lambda played_in: (years[played_in], -played_in))
        edition = NAMED_FOR_ANOTHER_YEAR.get((competition, year), year)
        id_, name = tournament_id(named, edition), f"{edition} {named}"
        same_year = sum(tournament.edition == edition for tournament in editions)
        if same_year:
            id_, name = f"{id_}-{same_year + 1}", f"{name} ({same_year + 1})"
        tournament = catalogued(name, edition, run[0], run[-1], hosts, cite, id_)
        if tournament is not None:
            editions.append(tournament)
    return editions


def _expect_filters(
    function: str,
    team: object,
    since: object,
    until: object,
    competition: object,
) -> None:
    """The filters :meth:`InternationalResults.scorer_totals` and ``scorer_coverage`` share,
    checked alike: ``since`` after ``until`` keeps no match, which no answer fits."""
    expect_optional(team, (str, TeamName), function, "team")
    expect_optional(since, datetime.date, function, "since")
    expect_optional(until, datetime.date, function, "until")
    expect_optional(competition, str, function, "competition")
    if isinstance(since, datetime.date) and isinstance(until, datetime.date) and since > until:
        raise invalid_value(function, "since", f"{since} comes after until ({until})")


class InternationalResults:
    """The data set in a folder, validated on load; matches and goals are built when asked for.

    >>> InternationalResults.load("no/such/folder")
    Traceback (most recent call last):
    ...
    careerstats.errors.DatasetError: no/such/folder: no such folder: expected a folder holding
    results.csv, goalscorers.csv, shootouts.csv, former_names.csv
    """

    name: ClassVar[str] = NAME
    files: ClassVar[tuple[str, ...]] = tuple(_SCHEMAS)

    def __init__(self, folder: Path, tables: dict[str, Table]) -> None:
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
        tables = load_tables(Path(folder), _SCHEMAS, strict=strict, cache=cache, reading=_READING)
        return cls(Path(folder), tables)

    @property
    def problems(self) -> list[Problem]:
        """The malformed rows skipped, in every file: the first
        :data:`MAX_ROWS_REPORTED` of a file, then a problem saying how many more it has."""
        return [
            problem
            for table in (self._results, self._goals, self._shootouts, self._former)
            for problem in table.problems
        ]

    # --- the protocol of careerstats.datasets.base.Dataset -----------------------------------

    @property
    def source(self) -> Source:
        """The data set as a source of kind dataset, with its licence."""
        return dataset_source(NAME, TITLE, PUBLISHER, DESCRIPTION)

    def player_appearances(self, player: PlayerQuery) -> list[DatasetAppearance]:
        """None: the data set names no line-ups (a match of the team is not a cap)."""
        expect(player, PlayerQuery, "player_appearances", "player")
        return []

    def player_goals(self, player: PlayerQuery) -> list[DatasetGoal]:
        """The goals ``goalscorers.csv`` credits to the player's names, for his team."""
        expect(player, PlayerQuery, "player_goals", "player")
        team = self.current_name(player.team)
        return [
            DatasetGoal(
                dataset=NAME,
                date=goal.date,
                team=goal.team,
                opponent=goal.away_team if goal.team == goal.home_team else goal.home_team,
                minute=goal.minute,
                penalty=goal.penalty,
                own_goal=goal.own_goal,
            )
            for goal in self.goals_by(player.names, team)
        ]

    def player_squads(self, player: PlayerQuery) -> list[SquadEntry]:
        """None: the data set names no squads."""
        expect(player, PlayerQuery, "player_squads", "player")
        return []

    def catalogued_tournaments(self) -> tuple[Tournament, ...]:
        """Every edition of a finals competition ``results.csv`` holds: the
        :data:`FINALS_TOURNAMENTS` (its matches split into editions where more than
        :data:`EDITION_GAP` apart) and the Nations Leagues' finals (see
        :data:`NATIONS_LEAGUE_FINALS_MATCHES`), each from its first match to its last, hosted
        by the countries its matches were played in (in the order of their first match).

        The edition is the year most of its matches were played in (the Copa América of
        December 1936 to February 1937 is 1937's), but for the :data:`NAMED_FOR_ANOTHER_YEAR`
        (Euro 2020, played in 2021); a second edition of a competition in one year gets ``-2``.
        """
        return self._catalogue

    @functools.cached_property
    def _catalogue(self) -> tuple[Tournament, ...]:
        dates, names, countries = self._results.select(("date", "tournament", "country"))
        wanted = {name for name in set(names) if _catalogued(name)}
        played: dict[str, list[tuple[str, str]]] = {}
        for date, name, country in compress(
            zip(dates, names, countries, strict=True), map(wanted.__contains__, names)
        ):
            played.setdefault(name, []).append((date, country))
        found = [
            tournament
            for name in sorted(played)
            for tournament in _editions(name, sorted(played[name]))
        ]
        return tuple(sorted(found, key=lambda tournament: tournament.start.sort_key()))

    def coverage(self) -> Coverage:
        """Men's full internationals from the first match of ``results.csv`` to the last."""
        (dates,) = self._results.select(("date",))
        first = datetime.date.fromisoformat(min(dates)) if dates else datetime.date.min
        last = datetime.date.fromisoformat(max(dates)) if dates else datetime.date.min
        return Coverage(
            dataset=NAME,
            what="men's full internationals: results, and goal scorers where named",
            first=first,
            last=last,
        )

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
            self._matches = self._matches_kept()
        return self._matches

    def _matches_kept(self, where: Where | None = None) -> list[ResultMatch]:
        """The matches of the rows ``where`` keeps, each with its shoot-out's winner."""
        if self._winners is None:
            self._winners = {
                (datetime.date.fromisoformat(date), home, away): winner
                for date, home, away, winner in self._shootouts.rows(
                    ("date", "home_team", "away_team", "winner")
                )
            }
        winners = self._winners
        return [
            match
            if (winner := winners.get((match.date, *match.teams))) is None
            else attrs.evolve(match, shootout_winner=winner)
            for match in self._results.records(ResultMatch, where)
        ]

    def matches_of(self, team: str) -> list[ResultMatch]:
        """The matches ``team`` (its current name) played, by date."""
        expect(team, str, "matches_of", "team")
        if self._matches is not None:
            return [m for m in self._matches if team in (m.home_team, m.away_team)]
        matches = [
            *self._matches_kept({"home_team": team}),
            *self._matches_kept({"away_team": team}),
        ]
        return sorted(matches, key=lambda match: match.date)

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
        return self._goals.records(ScorerGoal)

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
        where: Where = {"scorer": frozenset(wanted)}
        return self._goals.records(ScorerGoal, where if team is None else {**where, "team": team})

    def scorers_of(self, team: str) -> set[str]:
        """Every scorer the data set names for ``team`` (its name in the data set)."""
        return {scorer for (scorer,) in self._goals.rows(("scorer",), {"team": team}) if scorer}

    def goals_by_team(self, team: str) -> list[ScorerGoal]:
        """The goals credited to ``team`` (its current name), own goals of its opponents too."""
        expect(team, str, "goals_by_team", "team")
        return self._goals.records(ScorerGoal, {"team": team})

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
        _expect_filters("scorer_totals", team, since, until, competition)
        if top is not None:
            expect_count(top, "scorer_totals", "top")
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
        _expect_filters("scorer_coverage", team, since, until, competition)
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


if TYPE_CHECKING:
    from careerstats.datasets.base import Dataset

    _IMPLEMENTS: type[Dataset] = InternationalResults  # mypy checks it against the protocol
