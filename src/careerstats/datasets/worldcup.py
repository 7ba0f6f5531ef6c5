"""The Fjelstul World Cup Database (jfjelstul/worldcup, CC BY-SA 4.0), as published.

Every FIFA World Cup, men's (1930 on) and women's (1991 on), as relational tables with stable
ids (``WC-2014``, ``M-2014-10``, ``P-35408``). Nine of them are read: ``tournaments.csv``,
``matches.csv``, ``players.csv``, ``squads.csv``, ``player_appearances.csv`` (line-ups, 1970
on), ``substitutions.csv``, ``goals.csv``, ``bookings.csv`` and ``tournament_standings.csv``.
The files are read and validated as :mod:`careerstats.datasets.csv_tables` reads every data
set's (the csv module, a rule per column, malformed rows reported with file, line and column,
a cache per file version); the columns not named in a schema here are carried along as text.

A player is linked by his full name (given and family name, folded by
:func:`careerstats.names.fold`; the fixture's aliases too), never by the family name alone, in a
squad of his team, and confirmed by the birth date where the fixture has one to the day (a
different birth date is another person). Men's and women's tournaments are told apart by the
tournament's name, and a player is linked only through the squads of his own kind (``female``).

The data is the author's, under CC BY-SA 4.0: whatever uses it carries the credit of
:data:`CREDIT` (its :attr:`WorldCup.source` says so in the sources table). It is never bundled.
"""

from __future__ import annotations

import datetime
import functools
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

import attrs

from careerstats.arguments import expect, expect_path
from careerstats.datasets.base import (
    Coverage,
    DatasetAppearance,
    DatasetGoal,
    PlayerQuery,
    SquadEntry,
    SquadOmission,
)
from careerstats.datasets.csv_tables import (
    COUNT,
    DATE,
    TEXT,
    YEAR,
    DateNotBefore,
    Kind,
    Record,
    Table,
    Where,
    collector_paused,
    load_tables,
)
from careerstats.errors import AmbiguousNameError, Problem
from careerstats.model import Finish, dataset_source
from careerstats.names import fold_words

if TYPE_CHECKING:
    from careerstats.datasets.international_results import InternationalResults, ResultMatch
    from careerstats.model import Source, Tournament

__all__ = [
    "CREDIT",
    "LICENCE",
    "NAME",
    "Booking",
    "LineupAppearance",
    "SquadMember",
    "Standing",
    "WorldCup",
    "WorldCupGoal",
    "WorldCupMatch",
    "WorldCupPlayer",
    "WorldCupTournament",
]

NAME = "worldcup"
LICENCE = "CC BY-SA 4.0"
CREDIT = "Fjelstul World Cup Database, CC BY-SA 4.0, Joshua C. Fjelstul"
"""The credit the licence asks for, wherever the data (or a work built on it) is used."""
LICENCE_URL = "https://creativecommons.org/licenses/by-sa/4.0/legalcode"
HOME = "https://www.github.com/jfjelstul/worldcup"
"""Where the data set is published, as its credit names it."""
TITLE = "The Fjelstul World Cup Database"
PUBLISHER = "Joshua C. Fjelstul"
DESCRIPTION = f"Line-ups, goals and squads of the World Cups; {CREDIT} ({LICENCE_URL})"
"""What the data set holds, and its credit: with its title and publisher, its
:attr:`WorldCup.source`."""

REGULATION_MINUTES = 90
EXTRA_TIME_MINUTES = 30
NOT_AVAILABLE = "not available"
"""What ``players.csv`` writes for a birth date it does not know."""
NOT_APPLICABLE = "not applicable"
"""What ``players.csv`` writes as the given name of a player known by one name."""
_WOMENS = "Women's"
"""The word in a tournament's name (``2019 FIFA Women's World Cup``) that makes it a women's."""

_FINISH_BY_POSITION = {1: Finish.WINNER, 2: Finish.RUNNER_UP}
"""A position of ``tournament_standings.csv`` as a finish (3 and 4 lost a semi-final)."""
_FINISH_BY_STAGE = {
    "group stage": Finish.GROUP_STAGE,
    "round of 16": Finish.ROUND_OF_16,
    "quarter-final": Finish.QUARTER_FINAL,
    "quarter-finals": Finish.QUARTER_FINAL,
    "semi-final": Finish.SEMI_FINAL,
    "semi-finals": Finish.SEMI_FINAL,
    "third-place match": Finish.SEMI_FINAL,
}
"""The stage of a team's last match as its finish, for a team outside the first four."""


def _flag(value: str) -> bool:
    return value == "1"


_FLAG = Kind("0|1", "0 or 1", _flag)
_BIRTH_DATE = Kind(
    f"(?:{DATE.pattern})|{NOT_AVAILABLE}|",
    f"a date like 1990-07-01, {NOT_AVAILABLE} or nothing",
    lambda value: datetime.date.fromisoformat(value) if value and value != NOT_AVAILABLE else None,
)
_GIVEN_NAME = Kind(
    TEXT.pattern, TEXT.expected, lambda value: None if value == NOT_APPLICABLE else value
)

_SCHEMAS: dict[str, dict[str, Kind]] = {
    "tournaments.csv": {
        "tournament_id": TEXT,
        "tournament_name": TEXT,
        "year": YEAR,
        "start_date": DATE,
        "end_date": DateNotBefore("start_date"),
        "host_country": TEXT,
        "winner": TEXT,
    },
    "matches.csv": {
        "tournament_id": TEXT,
        "match_id": TEXT,
        "match_date": DATE,
        "stage_name": TEXT,
        "home_team_name": TEXT,
        "away_team_name": TEXT,
        "home_team_score": COUNT,
        "away_team_score": COUNT,
        "extra_time": _FLAG,
    },
    "players.csv": {
        "player_id": TEXT,
        "family_name": TEXT,
        "given_name": _GIVEN_NAME,
        "birth_date": _BIRTH_DATE,
        "female": _FLAG,
    },
    "squads.csv": {
        "tournament_id": TEXT,
        "team_name": TEXT,
        "player_id": TEXT,
        "shirt_number": COUNT,
        "position_code": TEXT,
    },
    "player_appearances.csv": {
        "match_id": TEXT,
        "team_name": TEXT,
        "player_id": TEXT,
        "starter": _FLAG,
        "substitute": _FLAG,
    },
    "substitutions.csv": {
        "match_id": TEXT,
        "team_name": TEXT,
        "player_id": TEXT,
        "minute_regulation": COUNT,
        "minute_stoppage": COUNT,
        "going_off": _FLAG,
        "coming_on": _FLAG,
    },
    "goals.csv": {
        "goal_id": TEXT,
        "match_id": TEXT,
        "team_name": TEXT,
        "player_id": TEXT,
        "player_team_name": TEXT,
        "minute_regulation": COUNT,
        "minute_stoppage": COUNT,
        "own_goal": _FLAG,
        "penalty": _FLAG,
    },
    "bookings.csv": {
        "match_id": TEXT,
        "team_name": TEXT,
        "player_id": TEXT,
        "minute_regulation": COUNT,
        "minute_stoppage": COUNT,
        "yellow_card": _FLAG,
        "red_card": _FLAG,
        "second_yellow_card": _FLAG,
        "sending_off": _FLAG,
    },
    "tournament_standings.csv": {
        "tournament_id": TEXT,
        "position": COUNT,
        "team_name": TEXT,
    },
}

_REFERENCES = dict.fromkeys(
    ("player_appearances.csv", "substitutions.csv", "goals.csv", "bookings.csv"),
    ("match_id", "matches.csv"),
)
"""The rows that name a match: one ``matches.csv`` does not hold is a malformed row."""


_FIELD_COLUMNS = {
    "tournament": "tournament_id",
    "name": "tournament_name",
    "start": "start_date",
    "end": "end_date",
    "host": "host_country",
    "date": "match_date",
    "stage": "stage_name",
    "home_team": "home_team_name",
    "away_team": "away_team_name",
    "home_score": "home_team_score",
    "away_score": "away_team_score",
    "born": "birth_date",
    "match": "match_id",
    "team": "team_name",
    "player": "player_id",
    "player_team": "player_team_name",
    "minute": "minute_regulation",
    "stoppage": "minute_stoppage",
}
"""The column of each record's field named otherwise in the files (one name throughout the data
set); a record's ``id`` is its table's own id column."""


@attrs.frozen(kw_only=True)
class WorldCupTournament:
    id: str
    name: str
    year: int
    start: datetime.date
    end: datetime.date
    host: str
    winner: str

    @property
    def womens(self) -> bool:
        """A women's World Cup (told by its name), else a men's."""
        return _WOMENS in self.name

    def is_held_as(self, tournament: Tournament) -> bool:
        """Whether a fixture's tournament is this World Cup: the same edition (year), on days
        that overlap its own."""
        return (
            tournament.edition == self.year
            and tournament.start.earliest <= self.end
            and self.start <= tournament.end.latest
        )


@attrs.frozen(kw_only=True)
class WorldCupMatch:
    id: str
    tournament: str
    date: datetime.date
    stage: str
    home_team: str
    away_team: str
    home_score: int
    away_score: int
    extra_time: bool

    @property
    def length(self) -> int:
        """The minutes the match lasted by the clock's regulation: 90, or 120 with extra time."""
        return REGULATION_MINUTES + EXTRA_TIME_MINUTES * self.extra_time

    @property
    def teams(self) -> tuple[str, str]:
        return (self.home_team, self.away_team)

    def opponent(self, team: str) -> str:
        return self.away_team if team == self.home_team else self.home_team


@attrs.frozen(kw_only=True)
class WorldCupPlayer:
    id: str
    family_name: str
    given_name: str | None
    """``None`` for a player known by one name (``players.csv``: not applicable)."""
    born: datetime.date | None
    female: bool

    @property
    def name(self) -> str:
        """The full name: given, then family name (the family name alone where no other)."""
        if self.given_name is None:
            return self.family_name
        return f"{self.given_name} {self.family_name}"


@attrs.frozen(kw_only=True)
class SquadMember:
    tournament: str
    team: str
    player: str
    shirt_number: int
    position: str


@attrs.frozen(kw_only=True)
class LineupAppearance:
    """A player in a match's line-up: started, or came on; his minutes on the pitch from the
    substitutions, his sending-off and the match's length (extra time included; regulation
    minutes: a change at 90+3 counts 90)."""

    match: str
    team: str
    player: str
    started: bool
    minute_on: int
    minute_off: int

    @property
    def minutes(self) -> int:
        return max(0, self.minute_off - self.minute_on)


@attrs.frozen(kw_only=True)
class WorldCupGoal:
    """A goal: ``team`` is the side credited (an own goal's is the other side), ``player_team``
    the scorer's; ``minute`` in regulation time (45 for 45+2) and ``stoppage`` the added (2)."""

    id: str
    match: str
    team: str
    player: str
    player_team: str
    minute: int
    stoppage: int
    own_goal: bool
    penalty: bool


@attrs.frozen(kw_only=True)
class Booking:
    """A yellow or red card; ``sending_off`` for a red card or a second yellow."""

    match: str
    team: str
    player: str
    minute: int
    stoppage: int
    yellow_card: bool
    red_card: bool
    second_yellow_card: bool
    sending_off: bool


@attrs.frozen(kw_only=True)
class Standing:
    """A team's final position (1 to 4) in a tournament."""

    tournament: str
    position: int
    team: str


class WorldCup:
    """The World Cup Database in a folder, validated on load; records built when asked for.

    >>> WorldCup.load("no/such/folder")
    Traceback (most recent call last):
    ...
    careerstats.errors.DatasetError: no/such/folder: no such folder: expected a folder holding
    tournaments.csv, matches.csv, players.csv, squads.csv, player_appearances.csv,
    substitutions.csv, goals.csv, bookings.csv, tournament_standings.csv
    """

    name: ClassVar[str] = NAME
    files: ClassVar[tuple[str, ...]] = tuple(_SCHEMAS)

    def __init__(self, folder: Path, tables: dict[str, Table]) -> None:
        self.folder = folder
        self._tables = tables

    @classmethod
    def load(cls, folder: Path | str, *, strict: bool = False, cache: bool = True) -> WorldCup:
        """Read and validate the nine files; malformed rows are skipped with a warning, or with
        ``strict`` raised together; each file's validated contents cached per version."""
        folder = expect_path(folder, "WorldCup.load", "folder")
        expect(strict, bool, "WorldCup.load", "strict")
        expect(cache, bool, "WorldCup.load", "cache")
        tables = load_tables(
            Path(folder), _SCHEMAS, strict=strict, cache=cache, references=_REFERENCES
        )
        return cls(Path(folder), tables)

    @property
    def problems(self) -> list[Problem]:
        """The malformed rows skipped, file by file (the first few, then how many more)."""
        return [problem for table in self._tables.values() for problem in table.problems]

    @property
    def source(self) -> Source:
        return dataset_source(NAME, TITLE, PUBLISHER, DESCRIPTION)

    # --- tables ------------------------------------------------------------------------------

    def _records(
        self,
        file: str,
        record: type[Record],
        id_column: str | None = None,
        where: Where | None = None,
    ) -> list[Record]:
        """A ``record`` for each row of ``file`` that ``where`` keeps: its fields from the
        columns :data:`_FIELD_COLUMNS` names (``id`` from ``id_column``), or of their names."""
        columns = _FIELD_COLUMNS if id_column is None else {**_FIELD_COLUMNS, "id": id_column}
        return self._tables[file].records(record, where, columns)

    @functools.cached_property
    def tournaments(self) -> dict[str, WorldCupTournament]:
        """Every tournament by its id."""
        found = self._records("tournaments.csv", WorldCupTournament, "tournament_id")
        return {tournament.id: tournament for tournament in found}

    @functools.cached_property
    def matches(self) -> dict[str, WorldCupMatch]:
        """Every match by its id."""
        return {
            match.id: match for match in self._records("matches.csv", WorldCupMatch, "match_id")
        }

    @functools.cached_property
    def players(self) -> dict[str, WorldCupPlayer]:
        """Every player by his or her id."""
        found = self._records("players.csv", WorldCupPlayer, "player_id")
        return {player.id: player for player in found}

    def squad_of(self, player: str) -> list[SquadMember]:
        """The squads a player (by id) was named in, by tournament."""
        rows = self._tables["squads.csv"].rows(tuple(_SCHEMAS["squads.csv"]), {"player_id": player})
        members = [
            SquadMember(
                tournament=tournament,
                team=team,
                player=player_id,
                shirt_number=int(shirt),
                position=position,
            )
            for tournament, team, player_id, shirt, position in rows
        ]
        return sorted(members, key=lambda member: self._tournament_start(member.tournament))

    def _tournament_start(self, tournament: str) -> datetime.date:
        found = self.tournaments.get(tournament)
        return datetime.date.max if found is None else found.start

    def _match_date(self, match: str) -> datetime.date:
        found = self.matches.get(match)
        return datetime.date.max if found is None else found.date

    @functools.cached_property
    def lineup_tournaments(self) -> frozenset[str]:
        """The tournaments (by id) whose line-ups the data set holds (1970 on): there, a squad
        member with no line-up row made no appearance; before, whether he played is not known."""
        with_lineups = set(self._tables["player_appearances.csv"].contents.values["match_id"])
        return frozenset(
            match.tournament for match in self.matches.values() if match.id in with_lineups
        )

    def lineups_of(self, player: str) -> list[LineupAppearance]:
        """The matches a player (by id) played in, by date, with his minutes on the pitch."""
        rows = self._tables["player_appearances.csv"].rows(
            ("match_id", "team_name", "starter", "substitute"), {"player_id": player}
        )
        changes: dict[tuple[str, str], list[int]] = {}  # (match, on|off) → minutes
        for changed, minute, going_off, coming_on in self._tables["substitutions.csv"].rows(
            ("match_id", "minute_regulation", "going_off", "coming_on"), {"player_id": player}
        ):
            if _flag(coming_on):
                changes.setdefault((changed, "on"), []).append(int(minute))
            if _flag(going_off):
                changes.setdefault((changed, "off"), []).append(int(minute))
        for booking in self.bookings_of(player):
            if booking.sending_off:
                changes.setdefault((booking.match, "off"), []).append(booking.minute)
        appearances = []
        for match_id, team, starter, _substitute in rows:
            match = self.matches.get(match_id)
            length = REGULATION_MINUTES if match is None else match.length
            started = _flag(starter)
            on = 0 if started else min(changes.get((match_id, "on"), [0]))
            off = min(changes.get((match_id, "off"), [length]))
            appearances.append(
                LineupAppearance(
                    match=match_id,
                    team=team,
                    player=player,
                    started=started,
                    minute_on=on,
                    minute_off=min(off, length),
                )
            )
        return sorted(appearances, key=lambda appearance: self._match_date(appearance.match))

    def goals_of(self, player: str) -> list[WorldCupGoal]:
        """The goals a player (by id) scored, own goals included, by date and minute."""
        goals = self._records("goals.csv", WorldCupGoal, "goal_id", {"player_id": player})
        return sorted(goals, key=lambda goal: (self._match_date(goal.match), goal.minute))

    def bookings_of(self, player: str) -> list[Booking]:
        """The cards a player (by id) was shown, by date and minute."""
        bookings = self._records("bookings.csv", Booking, where={"player_id": player})
        return sorted(bookings, key=lambda card: (self._match_date(card.match), card.minute))

    @functools.cached_property
    def standings(self) -> dict[tuple[str, str], int]:
        """Each team's final position (1 to 4) by (tournament id, team)."""
        rows = self._tables["tournament_standings.csv"].rows(
            ("tournament_id", "position", "team_name")
        )
        return {(tournament, team): int(position) for tournament, position, team in rows}

    def standing(self, tournament: str, team: str) -> int | None:
        """A team's final position in a tournament, where it finished in the first four."""
        return self.standings.get((tournament, team))

    def finish_of(self, tournament: str, team: str) -> Finish | None:
        """How far ``team`` went in a tournament: from the standings for the first four (1
        winner, 2 runner-up, 3 and 4 semi-final), else from the stage of its last match
        (group stage, round of 16, quarter-final); ``None`` for a team that did not play
        there, or whose last match was in a stage no finish names (a second group stage, the
        1950 final round)."""
        position = self.standing(tournament, team)
        if position is not None:
            return _FINISH_BY_POSITION.get(position, Finish.SEMI_FINAL)
        played = [
            match
            for match in self.matches.values()
            if match.tournament == tournament and team in match.teams
        ]
        if not played:
            return None
        last = max(played, key=lambda match: (match.date, match.id))
        return _FINISH_BY_STAGE.get(last.stage)

    # --- linking a player ----------------------------------------------------------------------

    @functools.cached_property
    def _players_by_name(self) -> dict[str, list[WorldCupPlayer]]:
        """Every player by the folded full name (never by the family name alone)."""
        found: dict[str, list[WorldCupPlayer]] = {}
        for player in self.players.values():
            found.setdefault(fold_words(player.name), []).append(player)
        return found

    def _plays_for(self, player: WorldCupPlayer, teams: frozenset[str]) -> bool:
        """Whether a player was in a squad of one of ``teams`` (folded), in a tournament of the
        player's own kind: a men's player through the men's tournaments only."""
        for member in self.squad_of(player.id):
            tournament = self.tournaments.get(member.tournament)
            if tournament is None or tournament.womens != player.female:
                continue
            if fold_words(member.team) in teams:
                return True
        return False

    def find_players(self, query: PlayerQuery) -> list[WorldCupPlayer]:
        """The players a query may mean: a full name of the query (its names and aliases), in a
        squad of its team, with the birth date where both have one (a different one is another
        person). Where the birth date confirms some of them, those are kept."""
        expect(query, PlayerQuery, "find_players", "query")
        by_name = self._players_by_name
        teams = _team_names(query.team)
        candidates = {
            player.id: player
            for name in query.names
            for player in by_name.get(fold_words(name), ())
            if self._plays_for(player, teams)
            and (query.born is None or player.born is None or player.born == query.born)
        }
        found = sorted(candidates.values(), key=lambda player: player.id)
        confirmed = [player for player in found if player.born == query.born is not None]
        return confirmed or found

    def link_player(self, query: PlayerQuery) -> WorldCupPlayer | None:
        """The one player a query means, ``None`` where none; two that the names, team and
        birth date cannot tell apart are an :class:`~careerstats.errors.AmbiguousNameError`."""
        found = self.find_players(query)
        if len(found) > 1:
            choices = " or ".join(
                f"{player.id} ({player.name}, born {player.born or 'on a day not known'})"
                for player in found
            )
            births = {player.born for player in found}
            advice = (
                "born on one day, the data set cannot tell them apart"
                if len(births) == 1 and None not in births
                else "give the birth date to the day"  # a different one is another person
            )
            raise AmbiguousNameError(
                f"{', '.join(map(repr, query.names))} of {query.team} is ambiguous in "
                f"{self.folder / 'players.csv'}: {choices}; {advice}"
            )
        return found[0] if found else None

    # --- the protocol of careerstats.datasets.base.Dataset -----------------------------------

    def player_appearances(self, player: PlayerQuery) -> list[DatasetAppearance]:
        """The linked player's World Cup line-up appearances, with his goals in each."""
        linked = self.link_player(player)
        if linked is None:
            return []
        goals: dict[str, list[DatasetGoal]] = {}
        for goal in self.goals_of(linked.id):
            goals.setdefault(goal.match, []).append(self._goal(goal))
        appearances = []
        for lineup in self.lineups_of(linked.id):
            match = self.matches[lineup.match]
            tournament = self.tournaments.get(match.tournament)
            appearances.append(
                DatasetAppearance(
                    dataset=NAME,
                    date=match.date,
                    team=lineup.team,
                    opponent=match.opponent(lineup.team),
                    competition=match.tournament if tournament is None else tournament.name,
                    tournament=match.tournament,
                    started=lineup.started,
                    minutes=lineup.minutes,
                    goals=tuple(goals.get(lineup.match, ())),
                    score=(
                        (match.home_score, match.away_score)
                        if lineup.team == match.home_team
                        else (match.away_score, match.home_score)
                    ),
                )
            )
        return appearances

    def _goal(self, goal: WorldCupGoal) -> DatasetGoal:
        match = self.matches[goal.match]
        return DatasetGoal(
            dataset=NAME,
            date=match.date,
            team=goal.player_team,
            opponent=match.opponent(goal.player_team),
            minute=goal.minute,
            stoppage=goal.stoppage,
            penalty=goal.penalty,
            own_goal=goal.own_goal,
        )

    def player_goals(self, player: PlayerQuery) -> list[DatasetGoal]:
        """The linked player's World Cup goals (own goals flagged), by date and minute."""
        linked = self.link_player(player)
        return [] if linked is None else [self._goal(goal) for goal in self.goals_of(linked.id)]

    def player_squads(self, player: PlayerQuery) -> list[SquadEntry]:
        """The World Cup squads the linked player was named in, and whether he played."""
        linked = self.link_player(player)
        if linked is None:
            return []
        played = {
            self.matches[lineup.match].tournament
            for lineup in self.lineups_of(linked.id)
            if lineup.match in self.matches
        }
        entries = []
        for member in self.squad_of(linked.id):
            tournament = self.tournaments.get(member.tournament)
            entries.append(
                SquadEntry(
                    dataset=NAME,
                    tournament=member.tournament,
                    tournament_name=member.tournament if tournament is None else tournament.name,
                    team=member.team,
                    # Without the tournament's line-ups (before 1970), no line-up row is no news.
                    played=(
                        member.tournament in played
                        if member.tournament in self.lineup_tournaments
                        else None
                    ),
                )
            )
        return entries

    @functools.cached_property
    def _squad_teams(self) -> dict[str, dict[str, str]]:
        """The teams each tournament's squads list: by tournament id, each team's folded name
        to its name as the data set writes it."""
        found: dict[str, dict[str, str]] = {}
        for tournament, team in self._tables["squads.csv"].rows(("tournament_id", "team_name")):
            found.setdefault(tournament, {}).setdefault(fold_words(team), team)
        return found

    def squads_without(self, player: PlayerQuery) -> list[SquadOmission]:
        """The World Cup squads of the linked player's team that the data set holds and that do
        not name him, by date: in the tournaments of his own kind (men's or women's) only, and
        of the query's team only (by its name and aliases, as he is linked). None for a player
        the data set does not link: a name it lacks says nothing of its squads."""
        linked = self.link_player(player)
        if linked is None:
            return []
        teams = _team_names(player.team)
        in_squads = {member.tournament for member in self.squad_of(linked.id)}
        found = []
        for held in sorted(self.tournaments.values(), key=lambda held: held.start):
            if held.womens != linked.female or held.id in in_squads:
                continue
            listed = self._squad_teams.get(held.id, {})
            team = next((listed[name] for name in sorted(teams) if name in listed), None)
            if team is not None:
                found.append(
                    SquadOmission(
                        dataset=NAME, tournament=held.id, tournament_name=held.name, team=team
                    )
                )
        return found

    def coverage(self) -> Coverage:
        """The World Cups of the data set: squads from the first, line-ups from 1970."""
        tournaments = list(self.tournaments.values())
        first = min((t.start for t in tournaments), default=datetime.date.min)
        last = max((t.end for t in tournaments), default=datetime.date.min)
        return Coverage(
            dataset=NAME,
            what="the men's and women's World Cup finals: squads, line-ups from 1970, goals",
            first=first,
            last=last,
        )

    def catalogued_tournaments(self) -> tuple[Tournament, ...]:
        """Every World Cup, men's and women's, by date: named as ``tournaments.csv`` names it
        (``2019 FIFA Women's World Cup``: ``womens-world-cup-2019``), from its first match in
        ``matches.csv`` to its last (``tournaments.csv`` ends 1962's a month after its final),
        hosted by its ``host_country`` (``Korea, Japan``: two hosts)."""
        return self._catalogue

    @functools.cached_property
    def _catalogue(self) -> tuple[Tournament, ...]:
        from careerstats.catalogue import catalogued
        from careerstats.model import Citation

        days: dict[str, list[str]] = {}
        for tournament_id_, date in self._tables["matches.csv"].rows(
            ("tournament_id", "match_date")
        ):
            days.setdefault(tournament_id_, []).append(date)
        cite = (Citation(file=f"{NAME}/tournaments.csv"), Citation(file=f"{NAME}/matches.csv"))
        found = []
        for held in sorted(self.tournaments.values(), key=lambda held: held.start):
            played = days.get(held.id)
            first, last = held.start, held.end
            if played:
                first, last = map(datetime.date.fromisoformat, (min(played), max(played)))
            hosts = tuple(host.strip() for host in held.host.split(",") if host.strip())
            tournament = catalogued(held.name, held.year, first, last, hosts, cite)
            if tournament is not None:
                found.append(tournament)
        return tuple(found)

    def results_match(
        self, match: WorldCupMatch, results: InternationalResults
    ) -> ResultMatch | None:
        """The match of ``results.csv`` that a men's World Cup match is: the same day and the
        same two teams, by the results data set's names for them (former names and aliases
        count), else the one match either team played that day. ``results.csv`` holds men's
        matches only, so a women's match is never linked."""
        tournament = self.tournaments.get(match.tournament)
        if tournament is None or tournament.womens:
            return None
        home, away = (results.current_name(team) for team in match.teams)
        found = results.match(match.date, home, away)
        if found is not None:
            return found
        # A team the two data sets name apart (West Germany is Germany in results.csv, and
        # 1998's Yugoslavia a former name of Serbia's): a team plays once a day, so the one
        # match either team played that day is this one.
        same_day = {
            played
            for team in (home, away)
            for played in results.matches_of(team)
            if played.date == match.date
        }
        return same_day.pop() if len(same_day) == 1 else None

    def warm(self) -> None:
        """Build every index now (a benchmark's warm load)."""
        with collector_paused():
            _ = self.tournaments, self.matches, self.players, self._players_by_name


def _team_names(team: str) -> frozenset[str]:
    """A team's name folded, with its aliases (``USA`` for United States) both ways."""
    from careerstats.datasets.international_results import team_aliases

    names = {fold_words(team)}
    for official, aliases in team_aliases().items():
        folded = {fold_words(official), *map(fold_words, aliases)}
        if names & folded:
            names |= folded
    return frozenset(names)


if TYPE_CHECKING:
    from careerstats.datasets.base import Dataset

    _IMPLEMENTS: type[Dataset] = WorldCup  # mypy checks the class against the protocol
