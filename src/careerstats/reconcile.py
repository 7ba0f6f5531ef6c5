"""A career against the international results data set: goal events, and how far it covers.

The data set's goals for a player (matched by his name and the aliases in his fixture, for his
team) become :class:`~careerstats.model.Goal` events on his career, each in an appearance joined
to its match. :func:`coverage` then says how many of the goals the sources state the data set
holds, by kind of competition, and in which years the data set lacks scorers for his team.
"""

from __future__ import annotations

import datetime
import warnings
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING

import attrs

from careerstats.arguments import expect, expect_optional
from careerstats.catalogue import referenced_tournaments
from careerstats.datasets.base import DatasetAppearance, PlayerQuery, SquadEntry, SquadOmission
from careerstats.datasets.international_results import (
    InternationalResults,
    ResultMatch,
    ScorerGoal,
    competition_category,
)
from careerstats.dates import PartialDate, Precision
from careerstats.errors import DatasetMatchWarning, UnknownNameError
from careerstats.evidence import Evidence, RecordedGoal, TeamMatch
from careerstats.model import (
    Appearance,
    Career,
    Citation,
    Goal,
    Match,
    Score,
    Source,
    SourceKind,
    TeamFinish,
    Tournament,
    TournamentEntry,
    TournamentStatus,
    Venue,
)
from careerstats.names import closest, fold
from careerstats.statistics import LINEUPS, debut, goals, retirement_date

if TYPE_CHECKING:
    from careerstats.datasets.worldcup import WorldCup, WorldCupTournament

__all__ = [
    "CATEGORIES",
    "GOALSCORERS",
    "MIN_AGE_FOR_A_GOAL",
    "NOT_IN_SQUAD_CITE",
    "RESULTS",
    "WOMENS",
    "WORLDCUP_LINEUPS",
    "WORLDCUP_SQUADS",
    "WORLDCUP_STANDINGS",
    "Coverage",
    "PlayerGoal",
    "coverage",
    "evidence_with_dataset",
    "player_goals",
    "player_team",
    "plays_womens_football",
    "team_matches",
    "with_calendar_source",
    "with_dataset_goals",
    "with_worldcup",
]

GOALSCORERS = "international_results/goalscorers.csv"
"""How a goal event taken from the data set cites it."""

RESULTS = "international_results/results.csv"
"""How the team's calendar taken from the data set cites it."""

WORLDCUP_LINEUPS = LINEUPS
"""How an appearance (and its goals) taken from the World Cup line-ups cites them."""

WORLDCUP_STANDINGS = "worldcup/tournament_standings.csv"
"""How a team's finish taken from the World Cup Database cites it."""

WORLDCUP_SQUADS = "worldcup/squads.csv"
"""How a tournament entry taken from the World Cup squads (named: played, or unused) cites it."""

CATEGORIES = ("friendly", "qualifier", "finals", "nations-league")


@attrs.frozen(kw_only=True)
class PlayerGoal:
    """One of a player's goals in the data set, seen from his team's side of its match."""

    goal: ScorerGoal
    match: ResultMatch | None
    team: str
    opponent: str

    @property
    def date(self) -> datetime.date:
        return self.goal.date

    @property
    def venue(self) -> Venue | None:
        if self.match is None:
            return None
        if self.match.neutral:
            return Venue.NEUTRAL
        return Venue.HOME if self.match.home_team == self.team else Venue.AWAY

    @property
    def score(self) -> Score | None:
        """The final score, the player's team first."""
        match = self.match
        if match is None:
            return None
        home = match.home_team == self.team
        scored, conceded = (
            (match.home_score, match.away_score) if home else (match.away_score, match.home_score)
        )
        return Score(scored=scored, conceded=conceded)

    @property
    def competition(self) -> str:
        return self.match.tournament if self.match else "not in results.csv"

    @property
    def category(self) -> str:
        return competition_category(self.match.tournament) if self.match else "unknown"


MIN_AGE_FOR_A_GOAL = 10
"""A goal credited to a player younger than this (or not yet born) is a row about someone else,
or a date mistyped: it is left out of his goals, with a warning."""


def _warn(career: Career, message: str) -> None:
    warnings.warn(f"{career.player.id}: {message}", DatasetMatchWarning, stacklevel=3)


def _career_window(career: Career) -> tuple[datetime.date, datetime.date] | None:
    """The first and last day the career's records can fall on, where it records any."""
    days = [cap.match.date for cap in career.appearances]
    if not days:
        return None
    last = max(day.latest for day in days)
    retired = retirement_date(career)
    if retired is not None:
        last = max(last, retired.latest)
    return min(day.earliest for day in days), last


def player_team(career: Career, data: InternationalResults) -> str | None:
    """The data set's name for the player's team (its name, a former name or an alias, case and
    accents ignored); ``None``, with a warning, where the data set has no such team or the name
    could mean two (the career's years settle that where they can)."""
    expect(career, Career, "player_team", "career")
    expect(data, InternationalResults, "player_team", "data")
    try:
        return data.resolve_team_name(career.team.name, during=_career_window(career)).team
    except UnknownNameError as error:
        _warn(career, f"the fixture's team: {error}: none of the data set's goals is counted")
        return None


def _too_young(career: Career, date: datetime.date) -> str | None:
    """Why a goal on ``date`` cannot be the player's, by his birth; ``None`` where it can."""
    born = career.player.born
    if born is None:
        return None
    if date < born.earliest:
        return f"before {career.player.name} was born ({born})"
    if date < born.earliest.add(years=MIN_AGE_FOR_A_GOAL):
        return f"before {career.player.name} was {MIN_AGE_FOR_A_GOAL} (born {born})"
    return None


def player_goals(career: Career, data: InternationalResults) -> list[PlayerGoal]:
    """The player's goals for his team in the data set, by his name or an alias, by date.

    Names are matched as players are looked up, case and accents ignored, and so is his team.
    Where none of his names scored for his team, a warning suggests the closest scorer names
    of that team; a goal dated before he was :data:`MIN_AGE_FOR_A_GOAL` is left out with a
    warning naming its date. A women's career (:func:`plays_womens_football`) has none: the
    data set holds men's matches only, and its scorers are men.
    """
    expect(career, Career, "player_goals", "career")
    expect(data, InternationalResults, "player_goals", "data")
    if plays_womens_football(career):
        return []
    team = player_team(career, data)
    if team is None:
        return []
    names = (career.player.name, *career.player.aliases)
    file = data.folder / "goalscorers.csv"
    rows = data.goals_by(names, team)
    if not rows and goals(career).value != 0:
        close = sorted({near for name in names for near in closest(name, data.scorers_of(team))})
        hint = (
            f"closest scorer names of {team}: {', '.join(map(repr, close))}"
            if close
            else f"no scorer of {team} has a close name"
        )
        _warn(
            career,
            f"no goal for {team} in {file} is credited to {' or '.join(map(repr, names))}; "
            f"{hint} (the data set's spelling can go in the fixture's aliases)",
        )
    found = []
    for goal in rows:
        if goal.own_goal:
            continue
        why = _too_young(career, goal.date)
        if why is not None:
            _warn(
                career,
                f"{file}: the goal credited to {goal.scorer!r} for {team} on {goal.date} is "
                f"dated {why}: left out",
            )
            continue
        opponent = goal.away_team if goal.home_team == team else goal.home_team
        found.append(
            PlayerGoal(
                goal=goal, match=data.match(goal.date, team, opponent), team=team, opponent=opponent
            )
        )
    return sorted(found, key=lambda item: item.date)  # stable: the data set's order in a day


def _competition_id(career: Career, match: ResultMatch) -> str | None:
    """The fixture's tournament this match belongs to, or ``friendly``; else ``None``."""
    if match.tournament == "Friendly":
        return "friendly"
    if competition_category(match.tournament) == "qualifier":
        return None
    day = PartialDate.from_date(match.date)
    for tournament in career.tournaments:
        if tournament.start.earliest <= day.earliest and day.latest <= tournament.end.latest:
            return tournament.id
    return None


def _same_team(fixture_name: str, dataset_name: str, data: InternationalResults) -> bool:
    """Whether a fixture's name for a team is the data set's, case, accents and aliases aside."""
    return fold(fixture_name) == fold(dataset_name) or data.current_name(fixture_name) == (
        dataset_name
    )


def _known_appearance(
    career: Career,
    appearances: list[Appearance],
    date: datetime.date,
    opponent: str,
    data: InternationalResults,
) -> int | None:
    """The index of the fixture's appearance in the data set's match of ``date``, if any.

    A team plays once a day: an appearance dated that very day is that match, whatever the
    opponent is called (a different name is a warning). One known only to the month or year
    is the match where it can be that day and names the same opponent.
    """
    for index, cap in enumerate(appearances):
        day = cap.match.date
        if day.precision is Precision.DAY and day.earliest == date:
            if not _same_team(cap.match.opponent, opponent, data):
                _warn(
                    career,
                    f"{date}: the fixture's appearance is against {cap.match.opponent!r}, the "
                    f"data set's match that day against {opponent!r}: counted as one match",
                )
            return index
    for index, cap in enumerate(appearances):
        if cap.match.date.contains(date) and _same_team(cap.match.opponent, opponent, data):
            return index
    return None


def with_dataset_goals(career: Career, data: InternationalResults) -> Career:
    """The career with the data set's goals as events, each in an appearance in its match.

    A goal's match that the fixture already records as an appearance (the same day, see
    :func:`_known_appearance`) gets the data set's goals where the fixture lists fewer.
    """
    expect(career, Career, "with_dataset_goals", "career")
    expect(data, InternationalResults, "with_dataset_goals", "data")
    by_match: dict[tuple[datetime.date, str], list[PlayerGoal]] = defaultdict(list)
    for item in player_goals(career, data):
        by_match[(item.date, item.opponent)].append(item)
    if not by_match:
        return career
    cite = (Citation(file=GOALSCORERS),)
    appearances = list(career.appearances)
    for (date, opponent), items in by_match.items():
        events = tuple(Goal(minute=item.goal.minute, penalty=item.goal.penalty) for item in items)
        known = _known_appearance(career, appearances, date, opponent, data)
        if known is not None:
            cap = appearances[known]
            if len(cap.goals) < len(events):
                appearances[known] = attrs.evolve(cap, goals=events, cite=(*cap.cite, *cite))
            continue
        first = items[0]
        match = first.match
        appearances.append(
            Appearance(
                match=Match(
                    date=PartialDate.from_date(date),
                    opponent=opponent,
                    venue=first.venue,
                    score=first.score,
                    competition=None if match is None else _competition_id(career, match),
                    competition_name=None if match is None else match.tournament,
                ),
                goals=events,
                cite=cite,
            )
        )
    appearances.sort(key=lambda cap: cap.match.date.sort_key())
    sources = career.sources
    if career.source(GOALSCORERS) is None:
        sources = (
            *sources,
            Source(
                file=GOALSCORERS,
                kind=SourceKind.DATASET,
                title="International football results from 1872: goal scorers",
                description="Goal events of the player, matched by his name and aliases",
            ),
        )
    return attrs.evolve(career, appearances=tuple(appearances), sources=sources)


@attrs.frozen(kw_only=True)
class UnrecordedYear:
    """A year of the career in which the team scored goals the data set names no scorer for."""

    year: int
    matches: int
    team_goals: int


@attrs.frozen(kw_only=True)
class Coverage:
    """How many of the goals the sources state the data set holds, and where the rest can be."""

    stated: int | None
    found: int
    by_category: tuple[tuple[str, int], ...]
    first: datetime.date | None
    last: datetime.date | None
    unrecorded: tuple[UnrecordedYear, ...]
    """Years where the team's goals in some matches have no scorer in the data set: the
    player's missing goals, if any, are among them."""
    until: datetime.date | None = None
    """The last day counted, where the coverage is as of a date."""

    @property
    def missing(self) -> int | None:
        return None if self.stated is None else max(0, self.stated - self.found)

    def headline(self) -> str:
        """``22 of 37 goals in the data set (friendlies 0, qualifiers 12, ...)``: the words are
        :func:`careerstats.words.coverage_headline`'s."""
        from careerstats.words import coverage_headline

        return coverage_headline(self)


def coverage(
    career: Career, data: InternationalResults, until: datetime.date | None = None
) -> Coverage:
    """The data set's goals for the player against the goals the sources state.

    With ``until``, only the data set's goals and matches up to that day count: pass the career
    as it stood then (:func:`~careerstats.statistics.known_by`) for the goals stated by then.
    """
    expect(career, Career, "coverage", "career")
    expect(data, InternationalResults, "coverage", "data")
    expect_optional(until, datetime.date, "coverage", "until")
    found = [item for item in player_goals(career, data) if until is None or item.date <= until]
    counts = Counter(item.category for item in found)
    categories = [*CATEGORIES, *sorted(set(counts) - set(CATEGORIES))]
    return Coverage(
        stated=goals(career).value if career.stated_totals else None,
        found=len(found),
        by_category=tuple((category, counts[category]) for category in categories),
        first=found[0].date if found else None,
        last=found[-1].date if found else None,
        unrecorded=tuple(_unrecorded(career, data, until)),
        until=until,
    )


def _unrecorded(
    career: Career, data: InternationalResults, until: datetime.date | None
) -> Iterable[UnrecordedYear]:
    """Per year of the career, the team's matches whose goals the data set names no scorer for.

    Matches inside an absence that certainly covers them are left out: he was not there.
    """
    first, last = debut(career), retirement_date(career)
    if first is None:
        return
    start = first.match.date.earliest
    end = last.latest if last is not None else datetime.date.max
    if until is not None:
        end = min(end, until)
    team = player_team(career, data)
    if team is None:
        return
    credited = Counter(
        (goal.date, goal.home_team, goal.away_team) for goal in data.goals_by_team(team)
    )
    matches: Counter[int] = Counter()
    team_goals: Counter[int] = Counter()
    away = [
        (absence.start.latest, absence.end.earliest) for absence in career.absences
    ]  # days he was certainly not with the team
    for match in data.matches_of(team):
        if not start <= match.date <= end or any(a < match.date < b for a, b in away):
            continue
        scored = match.home_score if match.home_team == team else match.away_score
        lacking = scored - credited[(match.date, match.home_team, match.away_team)]
        if lacking > 0:
            matches[match.date.year] += 1
            team_goals[match.date.year] += lacking
    for year in sorted(matches):
        yield UnrecordedYear(year=year, matches=matches[year], team_goals=team_goals[year])


def team_matches(career: Career, data: InternationalResults) -> tuple[TeamMatch, ...] | None:
    """The team's calendar from the data set: every match of its current name, with the team's
    goals and the opponent; ``None`` (with :func:`player_team`'s warning) where the data set has
    no such team. The data set lists every match of a team, so the calendar is complete.

    ``None`` too for a women's career (:func:`plays_womens_football`): ``results.csv`` holds
    men's matches only, so its France is not hers, and a day it has no match of is no day
    she cannot have played."""
    if plays_womens_football(career):
        return None
    team = player_team(career, data)
    if team is None:
        return None
    found = []
    for match in data.matches_of(team):
        home = match.home_team == team
        found.append(
            TeamMatch(
                date=match.date,
                goals_for=match.home_score if home else match.away_score,
                opponent=match.away_team if home else match.home_team,
            )
        )
    return tuple(found)


WOMENS = "Women's"
"""The word in a tournament's name (``2019 FIFA Women's World Cup``) that makes it a women's,
as the World Cup Database tells its tournaments apart."""


def plays_womens_football(career: Career) -> bool:
    """Whether ``career`` is a women's: a tournament its player file names (an entry's, an
    appearance's, declared or from the catalogue) or an appearance's competition is a women's,
    by its name. The model has no other mark of it."""
    expect(career, Career, "plays_womens_football", "career")
    names = {tournament.id: tournament.name for tournament in career.tournaments}
    named = [names.get(tournament, "") for tournament in referenced_tournaments(career)]
    named += [cap.match.competition_name or "" for cap in career.appearances]
    return any(WOMENS in name for name in named)


def with_calendar_source(career: Career) -> Career:
    """The career with ``results.csv`` among its sources: the team's calendar that bounds its
    ranges is cited to it, and every citation a page shows must have its row."""
    if career.source(RESULTS) is not None:
        return career
    calendar = Source(
        file=RESULTS,
        kind=SourceKind.DATASET,
        title="International football results from 1872: matches",
        description="The team's matches, which bound the caps and goals a player can have had",
    )
    return attrs.evolve(career, sources=(*career.sources, calendar))


def evidence_with_dataset(career: Career, data: InternationalResults) -> Evidence:
    """The evidence of ``career`` with the data set's goals as events (:func:`with_dataset_goals`)
    and its matches as the team's calendar (:func:`team_matches`), cited to ``results.csv``."""
    return Evidence.of(
        with_calendar_source(with_dataset_goals(career, data)),
        team_matches(career, data),
        calendar_cite=(Citation(file=RESULTS),),
    )


def _tournament_of(career: Career, date: datetime.date) -> str | None:
    """The fixture's tournament held on ``date`` (a World Cup match's), if it declares one."""
    day = PartialDate.from_date(date)
    for tournament in career.tournaments:
        if tournament.start.earliest <= day.earliest and day.latest <= tournament.end.latest:
            return tournament.id
    return None


def _same_match(cap: Appearance, lineup: DatasetAppearance) -> bool:
    """A team plays once a day: an appearance dated that very day is the line-up's match; one
    known only to the month or year is where it can be that day and names the same opponent."""
    day = cap.match.date
    if day.precision is Precision.DAY:
        return day.earliest == lineup.date
    return day.contains(lineup.date) and fold(cap.match.opponent) == fold(lineup.opponent)


def _lineup_goals(lineup: DatasetAppearance) -> tuple[Goal, ...]:
    return tuple(
        Goal(minute=goal.minute or None, penalty=goal.penalty, own_goal=goal.own_goal)
        for goal in lineup.goals
    )


def _merged(cap: Appearance, lineup: DatasetAppearance, cite: tuple[Citation, ...]) -> Appearance:
    """The fixture's appearance with what the line-up adds: whether he started and his minutes
    where the fixture does not say, its goals where the fixture lists fewer."""
    events = _lineup_goals(lineup)
    return attrs.evolve(
        cap,
        started=lineup.started if cap.started is None else cap.started,
        minutes=lineup.minutes if cap.minutes is None else cap.minutes,
        goals=events if len(cap.goals) < len(events) else cap.goals,
        cite=(*cap.cite, *cite),
    )


def with_worldcup(career: Career, data: WorldCup) -> Career:
    """The career with the World Cup line-ups as appearances, their goals as events.

    The player is linked by the data set's rules (full name or alias, team, birth date: see
    :meth:`~careerstats.datasets.worldcup.WorldCup.link_player`). A line-up's match that the
    fixture (or the results data set, joined before) already records on that day is one match:
    the appearance gains whether he started, his minutes and the line-up's goals where it lists
    fewer. Other line-ups become appearances at the fixture's tournament held that day, so that
    the tournaments table counts them and the evidence uses them, cited to
    :data:`WORLDCUP_LINEUPS`; the data set's source, with its licence and credit, is added.
    The team's finish at a World Cup the fixture declares without one comes from the data set
    (:func:`_with_worldcup_finishes`), and each World Cup whose squad names him gets the data
    set's entry beside the fixture's: played, or in the squad unused
    (:func:`_with_worldcup_squads`); each whose squad of his team the data set holds without
    naming him, its ``not-selected`` (:func:`_with_squad_omissions`).
    """
    expect(career, Career, "with_worldcup", "career")
    query = PlayerQuery.of(career)
    linked = data.link_player(query)
    if linked is None:
        return career
    lineups = data.player_appearances(query)
    squads = data.player_squads(query)
    career = _with_worldcup_finishes(career, data, squads)
    cite = (Citation(file=WORLDCUP_LINEUPS),)
    appearances = list(career.appearances)
    for lineup in lineups:
        known = next(
            (index for index, cap in enumerate(appearances) if _same_match(cap, lineup)), None
        )
        if known is not None:
            cap = appearances[known]
            merged = _merged(cap, lineup, cite)
            if merged.match.competition is None:
                competition = _tournament_of(career, lineup.date)
                merged = attrs.evolve(
                    merged, match=attrs.evolve(merged.match, competition=competition)
                )
            appearances[known] = merged
            continue
        score = None
        if lineup.score is not None:
            score = Score(scored=lineup.score[0], conceded=lineup.score[1])
        appearances.append(
            Appearance(
                match=Match(
                    date=PartialDate.from_date(lineup.date),
                    opponent=lineup.opponent,
                    score=score,
                    competition=_tournament_of(career, lineup.date),
                    competition_name=lineup.competition,
                ),
                started=lineup.started,
                minutes=lineup.minutes,
                goals=_lineup_goals(lineup),
                cite=cite,
            )
        )
    appearances.sort(key=lambda cap: cap.match.date.sort_key())
    career = attrs.evolve(career, appearances=tuple(appearances))
    career = _with_worldcup_squads(
        _with_worldcup_source(career, data, WORLDCUP_LINEUPS), data, squads
    )
    return _with_squad_omissions(career, data, squads, data.squads_without(query))


def _worldcups_of(
    career: Career, data: WorldCup, squads: Iterable[SquadEntry]
) -> Iterator[tuple[Tournament, WorldCupTournament]]:
    """Each World Cup of the fixture with the data set's: a tournament of the fixture held in
    the same year, on overlapping days, as one of the data set's of the player's kind (his
    squads' kind: men's or women's)."""
    kinds = {
        data.tournaments[e.tournament].womens for e in squads if e.tournament in data.tournaments
    }
    held = [t for t in data.tournaments.values() if not kinds or t.womens in kinds]
    for tournament in career.tournaments:
        same = next((wc for wc in held if wc.is_held_as(tournament)), None)
        if same is not None:
            yield tournament, same


def _with_worldcup_finishes(career: Career, data: WorldCup, squads: Sequence[SquadEntry]) -> Career:
    """The career whose World Cups (:func:`_worldcups_of`) state the team's finish where the
    fixture does not: the standings' for the first four, else the stage of the team's last
    match (:meth:`~careerstats.datasets.worldcup.WorldCup.finish_of`)."""
    team = career.team.name
    names = {entry.tournament: entry.team for entry in squads}
    found = {
        tournament.id: data.finish_of(same.id, names.get(same.id, team))
        for tournament, same in _worldcups_of(career, data, squads)
        if tournament.finish_of(team) is None
    }
    if not any(found.values()):
        return career
    updated = []
    for tournament in career.tournaments:
        finish = found.get(tournament.id)
        if finish is None:
            updated.append(tournament)
            continue
        entry = TeamFinish(team=team, finish=finish, cite=(Citation(file=WORLDCUP_STANDINGS),))
        updated.append(attrs.evolve(tournament, finishes=(*tournament.finishes, entry)))
    return _with_worldcup_source(
        attrs.evolve(career, tournaments=tuple(updated)), data, WORLDCUP_STANDINGS
    )


def _with_worldcup_source(career: Career, data: WorldCup, file: str) -> Career:
    """The career with the data set's source (its licence and credit) as ``file``, once."""
    if career.source(file) is not None:
        return career
    return attrs.evolve(career, sources=(*career.sources, attrs.evolve(data.source, file=file)))


SQUAD_CITE = (Citation(file=WORLDCUP_SQUADS), Citation(file=WORLDCUP_LINEUPS))
"""What a squad entry from the data set rests on: the squad list, and the line-ups that say
whether he played."""


def _with_worldcup_squads(career: Career, data: WorldCup, squads: Sequence[SquadEntry]) -> Career:
    """The career with an entry from the data set for each World Cup of the fixture whose squad
    names the player: ``played``, or ``in-squad-unused`` where no line-up has him. Only where
    the data set holds the tournament's line-ups (1970 on): before, whether a squad member
    played is not known (``SquadEntry.played`` is ``None``). The fixture's own entries are
    kept; these are the data set's account, cited to :data:`WORLDCUP_SQUADS` and
    :data:`WORLDCUP_LINEUPS`."""
    named = {entry.tournament: entry for entry in squads}
    known = _squad_entered(career)
    added = []
    for tournament, same in _worldcups_of(career, data, squads):
        squad = named.get(same.id)
        if squad is None or squad.played is None or tournament.id in known:
            continue
        status = TournamentStatus.PLAYED if squad.played else TournamentStatus.IN_SQUAD_UNUSED
        added.append(TournamentEntry(tournament=tournament.id, status=status, cite=SQUAD_CITE))
    return _with_squad_entries(career, data, added)


def _with_squad_entries(career: Career, data: WorldCup, added: Sequence[TournamentEntry]) -> Career:
    """The career with the data set's squad entries ``added``, and the source of
    :data:`WORLDCUP_SQUADS` they cite (once); the career itself where none is."""
    if not added:
        return career
    career = attrs.evolve(career, entries=(*career.entries, *added))
    return _with_worldcup_source(career, data, WORLDCUP_SQUADS)


def _squad_entered(career: Career) -> set[str]:
    """The tournaments (by the fixture's id) with an entry citing the World Cup squads."""
    return {
        entry.tournament
        for entry in career.entries
        if any(citation.file == WORLDCUP_SQUADS for citation in entry.cite)
    }


NOT_IN_SQUAD_CITE = (Citation(file=WORLDCUP_SQUADS),)
"""What the data set's word that a squad lacks the player rests on: the squad list alone."""


def _with_squad_omissions(
    career: Career,
    data: WorldCup,
    squads: Sequence[SquadEntry],
    omissions: Sequence[SquadOmission],
) -> Career:
    """The career with the data set's ``not-selected`` entry for each World Cup of the fixture
    whose squad of his team the data set holds and does not name him (``omissions``, of his
    kind and team): before 1970 too, for a squad list needs no line-ups. Cited to
    :data:`WORLDCUP_SQUADS` alone; a tournament with an entry citing it already is left."""
    lacking = {omission.tournament for omission in omissions}
    known = _squad_entered(career)
    added = [
        TournamentEntry(
            tournament=tournament.id, status=TournamentStatus.NOT_SELECTED, cite=NOT_IN_SQUAD_CITE
        )
        for tournament, same in _worldcups_of(career, data, squads)
        if same.id in lacking and tournament.id not in known
    ]
    return _with_squad_entries(career, data, added)


def numbered_goals(
    goals: Sequence[PlayerGoal], evidence: Evidence
) -> tuple[RecordedGoal | None, ...]:
    """For each of the data set's ``goals``, the evidence's recorded goal of the same day (the
    same minute, where both have one; else in order): its running goal number and the cap it
    came on. ``None`` where the evidence holds no goal that day (a day the fixture dates less
    precisely)."""
    by_day: dict[datetime.date, list[RecordedGoal]] = defaultdict(list)
    for recorded in evidence.recorded_goals():
        date = recorded.appearance.match.date
        if date.precision is Precision.DAY:
            by_day[datetime.date(date.year, date.month or 1, date.day or 1)].append(recorded)
    found: list[RecordedGoal | None] = []
    for item in goals:
        left = by_day.get(item.date, [])
        same = [r for r in left if r.goal.minute is not None and r.goal.minute == item.goal.minute]
        chosen = next(iter(same or left), None)
        if chosen is not None:
            left.remove(chosen)
        found.append(chosen)
    return tuple(found)
