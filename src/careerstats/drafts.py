"""A new player's career drafted from the data sets alone, and written as a fixture.

:func:`draft_career` links a name (given and family name, never the family name alone) and a
team in the data sets given, as the fixtures' players are linked
(:meth:`~careerstats.datasets.worldcup.WorldCup.link_player`,
:meth:`~careerstats.datasets.international_results.InternationalResults.goals_by`), and builds
the career they hold: the player with the birth date the World Cup Database has, his goals from
``goalscorers.csv`` as appearances, his World Cup line-ups (started or came on, minutes, goals)
joined to them by :mod:`careerstats.reconcile`, his World Cup squads as tournament entries, each
fact citing its data set's file. ``careerstats new`` writes that career (:func:`fixture_text`);
``careerstats summary`` shows it for a player with no fixture. One draft serves both, so what a
summary shows from the data sets is what the written fixture holds.
"""

from __future__ import annotations

import datetime
import re
import textwrap
import unicodedata
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any

import attrs

from careerstats.arguments import expect, expect_optional
from careerstats.catalogue import tournament_id
from careerstats.datasets.base import PlayerQuery, SquadEntry
from careerstats.dates import PartialDate
from careerstats.errors import CareerstatsError, UnknownNameError, describe_text, name_text
from careerstats.model import (
    Career,
    Citation,
    Match,
    Player,
    Source,
    Team,
    Tournament,
    TournamentEntry,
    TournamentStatus,
)
from careerstats.names import MAX_SUGGESTIONS, closest, fold, fold_words
from careerstats.reconcile import GOALSCORERS, WORLDCUP_LINEUPS, with_dataset_goals, with_worldcup
from careerstats.statistics import from_dataset

if TYPE_CHECKING:
    from careerstats.catalogue import Catalogue
    from careerstats.datasets.base import Dataset
    from careerstats.datasets.international_results import InternationalResults
    from careerstats.datasets.worldcup import WorldCup, WorldCupPlayer

__all__ = [
    "MAX_NAME_LENGTH",
    "WORLDCUP_PLAYERS",
    "WORLDCUP_SQUADS",
    "WORLDCUP_TOURNAMENTS",
    "Draft",
    "NotInDatasetsError",
    "draft_career",
    "fixture_text",
    "player_id",
    "with_finals_entries",
    "written_counts",
]

WORLDCUP_PLAYERS = "worldcup/players.csv"
"""How the player's name and birth date taken from the World Cup Database cite it."""
WORLDCUP_SQUADS = "worldcup/squads.csv"
"""How a tournament entry taken from the World Cup squads cites them."""
WORLDCUP_TOURNAMENTS = "worldcup/tournaments.csv"
"""How a World Cup's dates and host declared from the data set cite it."""
WORLDCUP_MATCHES = "worldcup/matches.csv"
"""Cited beside ``tournaments.csv`` by a World Cup whose matches span other days than it says."""

MAX_NAME_LENGTH = 100
"""The longest name or team a draft is asked for: the longest name in either data set is
under 60 characters, and a longer query is no name to look up (nor to echo back whole)."""

_WORLDCUP_FILES = "worldcup/"


class NotInDatasetsError(UnknownNameError):
    """A name that neither data set holds for the team (the message names the closest)."""

    def __init__(self, message: str, suggestions: Sequence[str] = ()) -> None:
        super().__init__(message)
        self.suggestions = tuple(suggestions)
        """The full names the message suggests, best first."""


@attrs.frozen(kw_only=True)
class Draft:
    """A career drafted from the data sets, and what of it a fixture file must declare."""

    career: Career
    """The whole career, the fixtures folder's shared sources and tournaments included."""
    shared_sources: tuple[Source, ...] = ()
    """The fixtures folder's sources: a fixture file names them without declaring them."""
    shared_tournaments: tuple[Tournament, ...] = ()
    """The fixtures folder's tournaments, likewise."""
    part_not_known: tuple[str, ...] = ()
    """The World Cups (by name) whose squads name him but whose line-ups the data set lacks
    (before 1970): whether he played there is for a person to add."""

    @property
    def datasets(self) -> tuple[str, ...]:
        """The data sets whose files the career cites, by name (``international_results``)."""
        return _datasets_cited(_own_data(self))


def _check_text(text: str, what: str) -> str:
    """A name or team as typed: not blank, one line of printable characters, not too long."""
    expect(text, str, "draft_career", what)
    if not text.strip():
        raise CareerstatsError(f"expected a {what} to look up, got {describe_text(text)}")
    if len(text) > MAX_NAME_LENGTH:
        raise CareerstatsError(
            f"expected a {what} of at most {MAX_NAME_LENGTH} characters, got {describe_text(text)}"
        )
    if any(unicodedata.category(char) in ("Cc", "Cs") for char in text):
        raise CareerstatsError(
            f"expected a {what} of printable characters, got {describe_text(text)}"
        )
    return " ".join(text.split())


def player_id(name: str) -> str:
    """An id for a name: its letters and digits, accents dropped, lower case, words joined by
    hyphens (``Thierry Henry`` → ``thierry-henry``); ``""`` where none is left.

    >>> player_id("Zinédine  Zidane"), player_id("N'Golo Kanté"), player_id("孫興慜")
    ('zinedine-zidane', 'n-golo-kante', '')
    """
    ascii_only = unicodedata.normalize("NFKD", fold(name)).encode("ascii", "ignore").decode()
    return "-".join(re.findall(r"[a-z0-9]+", ascii_only))


def draft_career(
    name: str,
    team: str | None = None,
    *,
    results: InternationalResults | None = None,
    worldcup: WorldCup | None = None,
    shared_sources: Sequence[Source] = (),
    shared_tournaments: Sequence[Tournament] = (),
    id: str | None = None,
    born: datetime.date | None = None,
) -> Draft:
    """The career the data sets hold for ``name`` of ``team``.

    ``team`` may be left out where the name scored for, or was in the squads of, one team only.
    ``born`` tells apart two World Cup players of one name and team (it is not written: a fact
    needs a source); ``id`` is the new player's id, else one made of his name. The shared
    sources and tournaments are the fixtures folder's, which the fixture is checked with: a
    World Cup it declares is named, the others are declared from the data set. A name neither
    data set holds for the team, or holds for several teams, is an
    :class:`~careerstats.errors.UnknownNameError` with the closest names; two World Cup players
    that the name, team and birth date cannot tell apart an
    :class:`~careerstats.errors.AmbiguousNameError`.
    """
    name = _check_text(name, "name")
    expect_optional(team, str, "draft_career", "team")
    expect_optional(born, datetime.date, "draft_career", "born")
    if team is not None:
        team = _check_text(team, "team")
    if results is None and worldcup is None:
        raise CareerstatsError(
            "a player without a fixture is drafted from the data sets: pass --data DIR"
        )
    if team is None:
        team = _only_team(name, results, worldcup)
    results_team = _results_team(team, results, worldcup)
    query = PlayerQuery(names=(name,), team=team, born=born)
    linked = None if worldcup is None else worldcup.link_player(query)
    scored = (
        []  # goalscorers.csv is of men's matches: a woman's goals are never in it
        if results is None or results_team is None or (linked is not None and linked.female)
        else [g for g in results.goals_by((name,), results_team) if not g.own_goal]
    )
    if linked is None and not scored:
        raise _unknown(name, team, results, results_team, worldcup)
    squads = [] if worldcup is None or linked is None else worldcup.player_squads(query)
    team_name = results_team or (squads[0].team if squads else team)
    spelt = linked.name if linked is not None else scored[0].scorer
    new_id = id if id is not None else player_id(spelt)
    if not new_id:
        raise CareerstatsError(
            f"{describe_text(spelt)} has no letters an id can be made of (a-z, 0-9): name the "
            "file to write after the player, such as -o players/son-heung-min.toml"
        )
    player = _player(new_id, spelt, linked, bool(scored))
    tournaments, entries = worldcup_entries(worldcup, squads, shared_tournaments)
    sources = [*shared_sources]
    if worldcup is not None and linked is not None:
        files = [WORLDCUP_PLAYERS, WORLDCUP_SQUADS]
        declared = tournaments[len(shared_tournaments) :]
        files += dict.fromkeys(c.file for t in declared for c in t.cite)
        known = {source.file for source in sources}
        sources += [attrs.evolve(worldcup.source, file=f) for f in files if f not in known]
    career = Career(
        player=player,
        team=Team(name=team_name),
        sources=tuple(sources),
        tournaments=tuple(tournaments),
        entries=tuple(entries),
    )
    if results is not None and scored:
        career = with_dataset_goals(career, results)
    if worldcup is not None and linked is not None:
        career = with_worldcup(career, worldcup)
    career = with_finals_entries(career, (worldcup, results), shared_tournaments)
    return Draft(
        career=career,
        shared_sources=tuple(shared_sources),
        shared_tournaments=tuple(shared_tournaments),
        part_not_known=tuple(squad.tournament_name for squad in squads if squad.played is None),
    )


def _player(id: str, name: str, linked: WorldCupPlayer | None, scored: bool) -> Player:
    cite = [Citation(file=WORLDCUP_PLAYERS)] if linked is not None else []
    if scored:
        cite.append(Citation(file=GOALSCORERS))
    born = None if linked is None or linked.born is None else PartialDate.from_date(linked.born)
    return Player(id=id, name=name, born=born, cite=tuple(cite))


def _results_team(
    team: str, results: InternationalResults | None, worldcup: WorldCup | None
) -> str | None:
    """The results data set's name for ``team``; ``None`` where it has none and the World Cup
    Database may still know the team (a women's team): its unknown name is then not an error."""
    if results is None:
        return None
    try:
        return results.resolve_team_name(team).team
    except UnknownNameError:
        played = {
            fold_words(name)
            for match in (worldcup.matches.values() if worldcup else ())
            for name in match.teams
        }
        if fold_words(team) not in played:
            raise
        return None


def _teams_of(
    name: str, results: InternationalResults | None, worldcup: WorldCup | None
) -> set[str]:
    """The teams ``name`` (a full name) scored for or was in a World Cup squad of."""
    teams = set()
    if results is not None:
        teams |= {goal.team for goal in results.goals_by((name,)) if not goal.own_goal}
    if worldcup is not None:
        wanted = fold_words(name)
        for player in worldcup.players.values():
            if fold_words(player.name) == wanted:
                teams |= {member.team for member in worldcup.squad_of(player.id)}
    return teams


def _only_team(name: str, results: InternationalResults | None, worldcup: WorldCup | None) -> str:
    """The one team ``name`` played for in the data sets; else an error asking for --team."""
    teams = _teams_of(name, results, worldcup)
    if len(teams) == 1:
        return teams.pop()
    if teams:
        raise UnknownNameError(
            f"{describe_text(name)} plays for {' and '.join(map(name_text, sorted(teams)))} in "
            "the data sets: give the team with --team"
        )
    raise _unknown(name, None, results, None, worldcup)


def _holds(choice: str, name: str) -> bool:
    """Whether a full name holds every word of ``name`` (``Thierry Henry`` holds ``henry``)."""
    return set(fold_words(name).split()) <= set(fold_words(choice).split())


def _suggested(
    name: str,
    team: str | None,
    results: InternationalResults | None,
    results_team: str | None,
    worldcup: WorldCup | None,
) -> list[str]:
    """The full names to suggest for a name neither data set holds for ``team``.

    Where ``name`` is a family or given name of players of the data sets, those full names:
    the team's first, then the others', each group the players with most goals in
    ``goalscorers.csv`` first (the one meant is most often the best known), then by name;
    else the closest spellings among the team's players (everyone's without a team). At most
    :data:`~careerstats.names.MAX_SUGGESTIONS`: the cut comes after the team's are put first,
    so that a team's player is never crowded out by namesakes of other teams.
    """
    goals: dict[str, int] = {}
    for scorer in _all_scorers(results) if results is not None else ():
        goals[scorer] = goals.get(scorer, 0) + 1
    of_team = results.scorers_of(results_team) if results is not None and results_team else set()
    holders = {scorer for scorer in goals if _holds(scorer, name)}
    if worldcup is not None:
        for player in worldcup.players.values():
            if _holds(player.name, name):
                holders.add(player.name)
                if team is not None and worldcup.find_players(
                    PlayerQuery(names=(player.name,), team=team)
                ):
                    of_team.add(player.name)
    if holders:
        ranked = sorted(
            holders,
            key=lambda full: (full not in of_team, -goals.get(full, 0), fold_words(full), full),
        )
        unique = {fold_words(full): full for full in reversed(ranked)}  # one spelling a name
        return [full for full in ranked if unique[fold_words(full)] == full][:MAX_SUGGESTIONS]
    names: set[str] = set()
    if results is not None:
        names |= results.scorers_of(results_team) if results_team else set(goals)
    if worldcup is not None:
        near = closest(name, [player.name for player in worldcup.players.values()], limit=None)
        names |= {
            found
            for found in near
            if team is None or worldcup.find_players(PlayerQuery(names=(found,), team=team))
        }
    return closest(name, names)


def _unknown(
    name: str,
    team: str | None,
    results: InternationalResults | None,
    results_team: str | None,
    worldcup: WorldCup | None,
) -> NotInDatasetsError:
    """The error for a name that neither data set holds: one line, with the names suggested
    (:func:`_suggested`)."""
    suggestions = _suggested(name, team, results, results_team, worldcup)
    where = "" if team is None else f" of {team}"
    message = (
        f"no player {describe_text(name)}{where} in the data sets: neither a scorer of "
        "goalscorers.csv nor a World Cup squad member has that full name (a family name "
        "alone is not enough)"
    )
    if suggestions:
        message += f"; did you mean {' or '.join(map(describe_text, suggestions))}?"
    return NotInDatasetsError(message, suggestions)


def _all_scorers(results: InternationalResults) -> Iterator[str]:
    for goal in results.goals:
        if goal.scorer:
            yield goal.scorer


# --- the tournaments the fixture must declare -------------------------------------------------


def worldcup_entries(
    worldcup: WorldCup | None,
    squads: Sequence[SquadEntry],
    shared: Sequence[Tournament],
) -> tuple[list[Tournament], list[TournamentEntry]]:
    """The tournaments (the shared ones, then each World Cup of the squads that they lack,
    declared from the data set as its catalogue holds it: the days of its first and last
    match, its hosts, cited; where the catalogue lacks it, ``tournaments.csv``'s dates) and an
    entry per squad: played, or in the squad unused; none where the data set holds no line-ups
    of the tournament (before 1970), for whether he played there is not known.

    The declarations are the catalogue's own, so that the file validates without ``--data``
    and ``validate --data`` finds nothing in them to differ from the data.
    """
    tournaments = list(shared)
    entries = []
    # The catalogue's account of a World Cup (dated by its matches) where it has one: what
    # validate --data checks a declaration against, so the declaration agrees with it.
    catalogued = {} if worldcup is None else {t.id: t for t in worldcup.catalogued_tournaments()}
    for squad in squads:
        held = None if worldcup is None else worldcup.tournaments.get(squad.tournament)
        if held is None:
            continue
        same = next((t for t in tournaments if held.is_held_as(t)), None)
        kind = "womens-world-cup" if held.womens else "world-cup"
        if same is None and f"{kind}-{held.year}" in catalogued:
            same = catalogued[f"{kind}-{held.year}"]
            tournaments.append(same)
        if same is None:
            same = Tournament(
                id=f"{kind}-{held.year}",
                name=held.name,
                edition=held.year,
                start=PartialDate.from_date(held.start),
                end=PartialDate.from_date(held.end),
                hosts=tuple(host.strip() for host in held.host.split(",") if host.strip()),
                cite=(Citation(file=WORLDCUP_TOURNAMENTS),),
            )
            tournaments.append(same)
        if squad.played is None:
            continue
        cite = [Citation(file=WORLDCUP_SQUADS)]
        if squad.played:
            cite.append(Citation(file=WORLDCUP_LINEUPS))
        status = TournamentStatus.PLAYED if squad.played else TournamentStatus.IN_SQUAD_UNUSED
        entries.append(TournamentEntry(tournament=same.id, status=status, cite=tuple(cite)))
    return tournaments, entries


def with_finals_entries(
    career: Career,
    datasets: Iterable[Dataset | None],
    shared: Sequence[Tournament] = (),
) -> Career:
    """The career with the tournament catalogue's id (:class:`~careerstats.catalogue.Catalogue`
    of ``datasets``) on each appearance at a catalogued finals tournament that has none (a
    goal at Euro 2000 is ``competition = "euro-2000"``), an entry ``played`` for each such
    tournament it lacks one for (citing the appearances' files), and the tournament declared,
    from the data, where neither the career nor the ``shared`` folder's tournaments declare it
    (as :func:`worldcup_entries` declares the World Cups): the file validates with and
    without ``--data``."""
    from careerstats.catalogue import Catalogue

    loaded = [dataset for dataset in datasets if dataset is not None]
    if not loaded:
        return career
    catalogue = Catalogue.of(loaded)
    editions = [t for dataset in loaded for t in dataset.catalogued_tournaments()]
    declared = {t.id: t for t in (*shared, *career.tournaments)}
    tournaments, sources = list(career.tournaments), list(career.sources)
    appearances, cited_by = [], dict[str, list[Citation]]()
    for cap in career.appearances:
        match = cap.match
        found = None if match.competition else _finals_of(match, editions, catalogue)
        if found is not None:
            cap = attrs.evolve(cap, match=attrs.evolve(match, competition=found.id))
            if found.id not in declared:
                declared[found.id] = found
                tournaments.append(found)
        if cap.match.competition in declared:
            cited_by.setdefault(cap.match.competition, []).extend(cap.cite)
        appearances.append(cap)
    entered = {entry.tournament for entry in career.entries}
    entries = list(career.entries)
    for entered_id, cites in cited_by.items():
        if entered_id not in entered:
            cite = tuple(dict.fromkeys(Citation(file=c.file) for c in cites))
            status = TournamentStatus.PLAYED
            entries.append(TournamentEntry(tournament=entered_id, status=status, cite=cite))

    def start(entry: TournamentEntry) -> datetime.date:
        held = declared.get(entry.tournament)
        return datetime.date.max if held is None else held.start.earliest

    entries.sort(key=start)  # stable: the entries of undeclared tournaments keep their order
    held_files = {source.file for source in sources}
    for tournament in tournaments:
        for citation in tournament.cite:
            added = catalogue.sources.get(citation.file)
            if added is not None and citation.file not in held_files:
                sources.append(added)
                held_files.add(citation.file)
    return attrs.evolve(
        career,
        appearances=tuple(appearances),
        tournaments=tuple(tournaments),
        entries=tuple(entries),
        sources=tuple(sources),
    )


def _finals_of(
    match: Match, editions: Sequence[Tournament], catalogue: Catalogue
) -> Tournament | None:
    """The catalogued tournament a match of a finals competition was played at: an edition
    whose id is the competition's (``UEFA Euro``: ``euro-2000``) and whose days hold the
    match's; ``None`` for a friendly, a qualifier or a competition the catalogue lacks."""
    name = match.competition_name
    if not name:
        return None
    day = match.date
    for edition in editions:
        if not (edition.start.earliest <= day.earliest and day.latest <= edition.end.latest):
            continue
        for competition in (name, f"{name} Finals"):
            stem = tournament_id(competition, edition.edition)
            if edition.id == stem or edition.id.startswith(f"{stem}-"):
                return catalogue.tournaments.get(edition.id, edition)
    return None


# --- the fixture file ---------------------------------------------------------------------------


def _own_data(draft: Draft) -> dict[str, Any]:
    """The career as a fixture file holds it: without the folder's shared tournaments, and
    with the sources it cites that the folder does not declare."""
    from careerstats.fixtures import dump_career

    career = draft.career
    shared_ids = {tournament.id for tournament in draft.shared_tournaments}
    own = attrs.evolve(
        career,
        sources=(),
        tournaments=tuple(t for t in career.tournaments if t.id not in shared_ids),
        # A squad without him is the data set's account each time it is joined, not a fact.
        entries=tuple(e for e in career.entries if not _squad_lacks_him(career, e)),
    )
    cited = set(_citations(dump_career(own)))
    shared_files = {source.file for source in draft.shared_sources}
    sources = tuple(
        source
        for source in career.sources
        if source.file in cited and source.file not in shared_files
    )
    return dump_career(attrs.evolve(own, sources=sources))


def _squad_lacks_him(career: Career, entry: TournamentEntry) -> bool:
    """A data set's entry saying that its squad does not name him (``not-selected``)."""
    return from_dataset(career, entry) and entry.status.in_squad is False


def _datasets_cited(data: object) -> tuple[str, ...]:
    """The data sets whose files plain fixture data cites, by name, sorted."""
    return tuple(sorted({file.split("/", 1)[0] for file in _citations(data)}))


def _citations(data: object) -> Iterator[str]:
    """Every file cited anywhere in plain fixture data."""
    if isinstance(data, Mapping):
        for key, value in data.items():
            if key == "cite" and isinstance(value, list):
                yield from (str(item).split("#", 1)[0] for item in value)
            else:
                yield from _citations(value)
    elif isinstance(data, list):
        for item in data:
            yield from _citations(item)


_TO_ADD = (
    "--- What the data sets cannot give: add it from sources ---------------------------------",
    "Each fact below needs an article or a federation's record, declared in [[sources]] (here",
    "or in sources.toml) and cited by paragraph. docs/fixture-format.md describes each table.",
    "- [[stated_totals]]: caps and goals as the sources state them (final = true once the",
    "  career has ended). Without one, careerstats gives caps and goals as open ranges.",
    "- The debut: debut = true on the first appearance, adding that appearance where it is not",
    "  below (the data sets list the matches with a goal and the World Cup line-ups only).",
    "- [retirement]: the day or month of the retirement from the national team.",
    "- [[entries]] for the finals tournaments the data sets do not show him at (one he played",
    "  at without scoring, outside the World Cups), and for the tournaments missed:",
    "  not-selected, excluded or withdrew-injured, with the reason.",
    "- [[absences]], [[honours]], [[quotes]], [[people]] and [[claims]], as the sources give them.",
)


def _to_add(draft: Draft) -> list[str]:
    lines = list(_TO_ADD)
    if draft.career.player.born is None:
        lines.insert(3, "- [player] born: the birth date; no data set here gives it.")
    if draft.part_not_known:
        unknown = (
            f"- [[entries]] for {', '.join(draft.part_not_known)}: the squads name him, but the "
            "data set holds no line-ups before 1970 to say whether he played."
        )
        width = max(map(len, _TO_ADD))
        lines[-1:-1] = textwrap.wrap(unknown, width=width, subsequent_indent="  ")
    return lines


def _header(draft: Draft, data: Mapping[str, Any]) -> list[str]:
    from careerstats.datasets.worldcup import CREDIT, HOME, LICENCE, LICENCE_URL

    career = draft.career
    lines = [
        f"{career.player.name}'s career with {career.team.name}, started by careerstats new.",
        "Every fact below comes from the data sets and cites the data set file it comes from;",
        "none is from an article yet. The list at the end says what a person must add.",
    ]
    if "international_results" in _datasets_cited(data):  # data is _own_data(draft)
        lines += [
            "",
            "Facts citing international_results/... are from the international football results",
            "of martj42/international_results (CC0 1.0): the goals, with their matches, and the",
            "finals tournaments he scored at (their dates and hosts, and an entry played).",
        ]
    worldcup = [file for file in _citations(data) if file.startswith(_WORLDCUP_FILES)]
    if worldcup:
        lines += [
            "",
            "Facts citing worldcup/... are from the World Cup Database. Its credit, as its",
            "licence asks:",
            f"  {CREDIT}",
            f"  (© 2023 Joshua C. Fjelstul, Ph.D.; {HOME})",
            f"  Licence: {LICENCE_URL}",
            "The facts taken from it:",
            *_worldcup_facts(data),
            "Whoever shares this file, or a work built on it, must keep this credit and share it",
            f"under the same licence ({LICENCE}).",
        ]
    return lines


def _worldcup_facts(data: Mapping[str, Any]) -> list[str]:
    """Which tables of the file hold facts from the World Cup Database."""
    facts = []

    def cites_worldcup(item: Mapping[str, Any]) -> bool:
        return any(str(file).startswith(_WORLDCUP_FILES) for file in item.get("cite", ()))

    player = data.get("player", {})
    if cites_worldcup(player):
        facts.append("- [player]: the name" + (" and birth date" if "born" in player else ""))
    declared = [t for t in data.get("tournaments", ()) if cites_worldcup(t)]
    if declared:
        facts.append(
            f"- [[tournaments]]: {len(declared)} World Cups: their dates, hosts and finishes"
        )
    appearances = [a for a in data.get("appearances", ()) if cites_worldcup(a)]
    if appearances:
        facts.append(
            f"- [[appearances]] citing {WORLDCUP_LINEUPS}: {len(appearances)} World Cup line-ups "
            "(started or came on, minutes, goals)"
        )
    entries = [e for e in data.get("entries", ()) if cites_worldcup(e)]
    if entries:
        facts.append(f"- [[entries]]: {len(entries)} World Cup squads (played, or unused)")
    return facts


def fixture_text(draft: Draft) -> str:
    """The draft as a fixture file: a header saying where its facts come from (the World Cup
    Database's credit and licence where it cites it), its tables, and a commented list of what
    a person must add from sources."""
    from careerstats.fixtures.writing import toml_text

    expect(draft, Draft, "fixture_text", "draft")
    data = _own_data(draft)
    return toml_text(data, header=_header(draft, data), footer=_to_add(draft))


def written_counts(draft: Draft) -> str:
    """What the fixture file of the draft holds, as ``careerstats new`` reports the write:
    ``41 appearances, 34 goals, 8 tournament entries`` (own goals are not his)."""
    from careerstats.names import plural

    expect(draft, Draft, "written_counts", "draft")
    data = _own_data(draft)
    appearances = data.get("appearances", [])
    goals = sum(
        not goal.get("own_goal", False) for cap in appearances for goal in cap.get("goals", [])
    )
    entries = len(data.get("entries", []))
    return ", ".join(
        (
            plural(len(appearances), "appearance"),
            plural(goals, "goal"),
            plural(entries, "tournament entry", "tournament entries"),
        )
    )
