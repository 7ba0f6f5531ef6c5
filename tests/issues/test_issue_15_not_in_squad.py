"""Issue 15, item 3 (the gap left): a World Cup squad of his team that does not name him.

Where the World Cup Database holds the team's squad for a World Cup the fixture names and the
squad does not name the (linked) player, the data set says he was not in it: a fixture's
``not-selected``, ``excluded`` or ``withdrew-injured`` agrees, ``played`` or ``in-squad-unused``
contradicts. A player the data set does not link gets no such verdict (a name it lacks is a
linking failure, not a fact); only squads of his kind (men's or women's) and team count. And a
squad before 1970, when the data set holds no line-ups, leaves ``SquadEntry.played`` not known.

The sample tests extend the made-up files of ``tests/data/worldcup/`` in a temporary copy with
a 1966 World Cup whose France squad names Henri Vieux alone (no line-ups that year): Jean
Dupont and Marc Noir (France, 1990) are not in it, and Henri Vieux is not in the 1990 squad.
The test on Benzema reads ``../shared/data`` and skips with a reason where it is absent.
"""

from __future__ import annotations

import shutil

import attrs
import pytest

from careerstats import load_career
from careerstats.checks import Check, NotInSquad, Played, Topic, Verdict
from careerstats.claims import check_claims
from careerstats.datasets.base import PlayerQuery
from careerstats.datasets.worldcup import WorldCup
from careerstats.dates import PartialDate
from careerstats.drafts import draft_career, fixture_text, worldcup_entries
from careerstats.model import (
    Appearance,
    Career,
    Citation,
    Match,
    Player,
    Team,
    Tournament,
    TournamentEntry,
    TournamentStatus,
)
from careerstats.reconcile import WORLDCUP_SQUADS, with_worldcup
from careerstats.render import render_summary
from careerstats.statistics import summarize, tournaments

from .test_issue_15_lineups import DATA, SOURCES
from .test_issue_15_with_worldcup import ARTICLE, SAMPLE, WORLD_CUP_1990

NOT_IN_SQUAD_CITE = (Citation(file=WORLDCUP_SQUADS),)


def _cup(id: str, name: str, days: tuple[str, str]) -> Tournament:
    """A World Cup of the fixture, as the 1990 one is declared, held on ``days``."""
    first, last = map(PartialDate.parse, days)
    edition = first.year
    return attrs.evolve(WORLD_CUP_1990, id=id, name=name, edition=edition, start=first, end=last)


WORLD_CUP_1966 = _cup("world-cup-1966", "1966 World Cup", ("1966-07-11", "1966-07-30"))
WOMENS_WORLD_CUP_1991 = _cup(
    "womens-world-cup-1991", "1991 Women's World Cup", ("1991-06-10", "1991-06-30")
)


@pytest.fixture(scope="module")
def extended(tmp_path_factory: pytest.TempPathFactory) -> WorldCup:
    """The sample files with a 1966 World Cup (squads, no line-ups): France's squad names
    Henri Vieux alone; Utopia's is not held."""
    folder = tmp_path_factory.mktemp("sample") / "worldcup"
    shutil.copytree(SAMPLE, folder)
    rows = {
        "tournaments.csv": "3,WC-1966,1966 FIFA Men's World Cup,1966,1966-07-11,1966-07-30,"
        "Utopia,Utopia,1,2,0,0,0,0,0,0,0,0\n",
        "players.csv": "7,P-007,Vieux,Henri,1940-03-04,0,0,0,0,1,0,0,0\n",
        "squads.csv": "7,WC-1966,1966 FIFA Men's World Cup,T-01,France,FRA,P-007,Vieux,Henri,"
        "11,forward,FW\n",
    }
    for file, row in rows.items():
        with (folder / file).open("a", encoding="utf-8") as csv_file:
            csv_file.write(row)
    return WorldCup.load(folder, cache=False)


def _player(name: str, born: str, *entries: TournamentEntry, team: str = "France") -> Career:
    debut = Appearance(
        match=Match(date=PartialDate.parse("1960-03"), opponent="Utopia"),
        debut=True,
        cite=ARTICLE,
    )  # the tournaments table lists the tournaments from the debut on
    return Career(
        player=Player(
            id=name.lower().replace(" ", "-"), name=name, born=PartialDate.parse(born), cite=ARTICLE
        ),
        team=Team(name=team),
        sources=SOURCES,
        tournaments=(WORLD_CUP_1966, WORLD_CUP_1990),
        appearances=(debut,),
        entries=entries,
    )


def vieux(*entries: TournamentEntry) -> Career:
    """Henri Vieux: in France's 1966 squad, not in its 1990 one."""
    return _player("Henri Vieux", "1940-03-04", *entries)


def at_1990(status: TournamentStatus, **figures: int) -> TournamentEntry:
    return TournamentEntry(tournament="world-cup-1990", status=status, cite=ARTICLE, **figures)


def _status_checks(career: Career) -> list[Check]:
    return [check for check in check_claims(career).checks if check.subject.topic is Topic.STATUS]


def _lacking(data: WorldCup, name: str, team: str = "France") -> list[str]:
    return [
        found.tournament for found in data.squads_without(PlayerQuery(names=(name,), team=team))
    ]


# --- SquadEntry.played before the line-ups -------------------------------------------------------


def test_squad_played_is_unknown_before_the_lineups(extended: WorldCup) -> None:
    """1966 has squads and no line-ups: no line-up row is no news, not 'did not play'."""
    played = {
        name: {entry.tournament: entry.played for entry in extended.player_squads(query)}
        for name, query in (
            ("vieux", PlayerQuery(names=("Henri Vieux",), team="France")),
            ("dupont", PlayerQuery(names=("Jean Dupont",), team="France")),
            ("noir", PlayerQuery(names=("Marc Noir",), team="France")),
        )
    }
    assert played == {
        "vieux": {"WC-1966": None},
        "dupont": {"WC-1990": True},
        "noir": {"WC-1990": False},
    }
    assert "WC-1966" not in extended.lineup_tournaments


def test_a_squad_before_the_lineups_still_gives_no_played_or_unused_entry(
    extended: WorldCup,
) -> None:
    joined = with_worldcup(vieux(), extended)
    named = [entry for entry in joined.entries if entry.tournament == "world-cup-1966"]
    assert named == []
    [check] = _status_checks(
        with_worldcup(
            vieux(
                TournamentEntry(
                    tournament="world-cup-1966", status=TournamentStatus.PLAYED, cite=ARTICLE
                )
            ),
            extended,
        )
    )
    assert check.verdict is Verdict.UNCHECKED  # named in the squad; whether he played, unknown


def test_a_draft_writes_no_status_for_a_squad_before_the_lineups(extended: WorldCup) -> None:
    """careerstats new wrote in-squad-unused for every squad before 1970, where he may have
    played: it now declares the World Cup, writes no entry and asks a person for it."""
    squads = extended.player_squads(PlayerQuery(names=("Henri Vieux",), team="France"))
    declared, entries = worldcup_entries(extended, squads, ())
    assert [t.edition for t in declared] == [1966]
    assert entries == []
    draft = draft_career("Henri Vieux", "France", worldcup=extended)
    text = fixture_text(draft)
    assert "[[entries]]" not in text.split("--- What the data sets cannot give")[0]
    comments = " ".join(line.removeprefix("#").strip() for line in text.splitlines())
    assert (
        "- [[entries]] for 1966 FIFA Men's World Cup: the squads name him, but the data set "
        "holds no line-ups before 1970 to say whether he played." in comments
    )
    assert max(len(line) for line in text.splitlines() if line.startswith("# - ")) <= 100


# --- the data set's account of a squad without him ------------------------------------------------


def test_a_squad_without_him_becomes_the_data_sets_not_selected(extended: WorldCup) -> None:
    joined = with_worldcup(vieux(), extended)
    assert [(e.tournament, e.status, e.cite) for e in joined.entries] == [
        ("world-cup-1990", TournamentStatus.NOT_SELECTED, NOT_IN_SQUAD_CITE)
    ]
    assert joined.source(WORLDCUP_SQUADS) is not None
    again = with_worldcup(joined, extended)
    assert len(again.entries) == 1


def test_a_squad_without_him_before_the_lineups_counts_too(extended: WorldCup) -> None:
    """A squad list needs no line-ups: France's 1966 squad lacks Jean Dupont."""
    dupont = _player("Jean Dupont", "1966-01-02")
    joined = with_worldcup(dupont, extended)
    lacking = [(e.tournament, e.status) for e in joined.entries if e.cite == NOT_IN_SQUAD_CITE]
    assert lacking == [("world-cup-1966", TournamentStatus.NOT_SELECTED)]


def test_only_squads_of_his_kind_and_team_count(extended: WorldCup) -> None:
    assert _lacking(extended, "Jean Dupont") == ["WC-1966"]  # not the women's 1991 squad
    assert _lacking(extended, "Marie Dupont") == []  # not the men's 1966 and 1990 squads
    assert _lacking(extended, "Otto Lagoon", "Utopia") == []  # Utopia's 1966 squad is not held
    marie = attrs.evolve(
        _player("Marie Dupont", "1970-07-08"),
        tournaments=(WORLD_CUP_1990, WOMENS_WORLD_CUP_1991),
        entries=(at_1990(TournamentStatus.PLAYED),),
    )
    joined = with_worldcup(marie, extended)
    assert [e for e in joined.entries if e.tournament == "world-cup-1990"] == list(marie.entries)


def test_an_unlinked_player_gets_no_not_in_squad_verdict(extended: WorldCup) -> None:
    """A name the data set does not hold is a linking failure, not a player left out."""
    unknown = _player("Pierre Inconnu", "1962-04-05", at_1990(TournamentStatus.PLAYED))
    assert _lacking(extended, "Pierre Inconnu") == []
    joined = with_worldcup(unknown, extended)
    assert joined.entries == unknown.entries
    [check] = _status_checks(joined)
    assert check.verdict is Verdict.UNCHECKED
    assert check_claims(joined).disagreements == ()


# --- claims ---------------------------------------------------------------------------------------


def test_not_selected_agrees_with_a_squad_that_lacks_him(extended: WorldCup) -> None:
    [check] = _status_checks(with_worldcup(vieux(at_1990(TournamentStatus.NOT_SELECTED)), extended))
    assert (check.verdict, check.computed, check.basis) == (
        Verdict.AGREES,
        NotInSquad(team="France"),
        NOT_IN_SQUAD_CITE,
    )


def test_played_is_contradicted_by_a_squad_that_lacks_him(extended: WorldCup) -> None:
    career = with_worldcup(vieux(at_1990(TournamentStatus.PLAYED, appearances=2)), extended)
    status, apps = [c for c in check_claims(career).checks if c.kind.startswith("tournament")]
    assert (status.verdict, status.computed) == (Verdict.CONTRADICTS, NotInSquad(team="France"))
    assert (apps.verdict, apps.computed) == (Verdict.CONTRADICTS, 0)  # not in it: no appearance
    [found] = check_claims(career).disagreements
    assert (found.subject.name, found.field) == ("1990 World Cup", "status")
    assert [(version.value, version.cite) for version in found.versions] == [
        (TournamentStatus.PLAYED, ARTICLE),
        (NotInSquad(team="France"), NOT_IN_SQUAD_CITE),
    ]


@pytest.mark.parametrize(
    ("status", "verdict"),
    [
        (TournamentStatus.NOT_SELECTED, Verdict.AGREES),
        (TournamentStatus.EXCLUDED, Verdict.AGREES),
        (TournamentStatus.WITHDREW_INJURED, Verdict.AGREES),  # withdrew before the final list
        (TournamentStatus.PLAYED, Verdict.CONTRADICTS),
        (TournamentStatus.IN_SQUAD_UNUSED, Verdict.CONTRADICTS),
    ],
)
def test_every_status_is_checked_against_a_squad_without_him(
    extended: WorldCup, status: TournamentStatus, verdict: Verdict
) -> None:
    career = with_worldcup(vieux(at_1990(status)), extended)
    [check] = _status_checks(career)
    assert (check.stated, check.verdict) == (status, verdict)
    disagreements = [
        d for d in check_claims(career).disagreements if d.subject.topic is Topic.STATUS
    ]
    assert bool(disagreements) is (verdict is Verdict.CONTRADICTS)


def test_the_in_squad_rule_gives_the_statuses_a_squad_without_him_allows() -> None:
    assert {status: status.in_squad for status in TournamentStatus} == {
        TournamentStatus.PLAYED: True,
        TournamentStatus.IN_SQUAD_UNUSED: True,
        TournamentStatus.NOT_SELECTED: False,
        TournamentStatus.EXCLUDED: False,
        TournamentStatus.WITHDREW_INJURED: None,
    }


def test_a_squad_that_names_him_is_still_checked_as_before(extended: WorldCup) -> None:
    noir = _player("Marc Noir", "1968-05-06", at_1990(TournamentStatus.NOT_SELECTED))
    [check] = _status_checks(with_worldcup(noir, extended))
    assert (check.verdict, check.computed) == (
        Verdict.CONTRADICTS,
        TournamentStatus.IN_SQUAD_UNUSED,
    )
    dupont = _player("Jean Dupont", "1966-01-02", at_1990(TournamentStatus.PLAYED))
    [check] = _status_checks(with_worldcup(dupont, extended))
    assert (check.verdict, check.computed) == (Verdict.AGREES, Played(appearances=2))


# --- the tournaments table ------------------------------------------------------------------------


def _row(career: Career, starts: str) -> str:
    text = render_summary(summarize(career), "text", width=200)
    [row] = [line for line in text.splitlines() if line.startswith(starts)]
    return row


def test_the_table_says_not_in_squad_beside_a_status_that_has_him_in_it(extended: WorldCup) -> None:
    career = with_worldcup(vieux(at_1990(TournamentStatus.PLAYED)), extended)
    [_, line] = tournaments(career)
    assert (line.status, line.squad_status, line.not_in_squad) == (
        TournamentStatus.PLAYED,
        TournamentStatus.NOT_SELECTED,
        True,
    )
    assert "played (data set: not in squad)" in _row(career, "1990 World Cup")
    assert Citation(file=WORLDCUP_SQUADS) in line.cite


@pytest.mark.parametrize("status", [TournamentStatus.NOT_SELECTED, TournamentStatus.EXCLUDED])
def test_the_table_says_nothing_more_where_the_status_has_him_out_of_the_squad(
    extended: WorldCup, status: TournamentStatus
) -> None:
    career = with_worldcup(vieux(at_1990(status)), extended)
    [_, line] = tournaments(career)
    assert line.squad_status is None
    assert "data set" not in _row(career, "1990 World Cup")


def test_a_world_cup_of_the_career_with_no_entry_shows_the_squad_without_him(
    extended: WorldCup,
) -> None:
    career = with_worldcup(vieux(), extended)
    [_, line] = tournaments(career)
    assert (line.status, line.entry, line.squad_status) == (
        TournamentStatus.NOT_SELECTED,
        line.squad,
        None,
    )
    row = _row(career, "1990 World Cup")
    assert row.split()[3:6] == ["not", "in", "squad"]


def test_a_world_cup_before_the_debut_is_not_listed_for_a_squad_without_him(
    extended: WorldCup,
) -> None:
    dupont = attrs.evolve(
        _player("Jean Dupont", "1966-01-02"),
        appearances=(
            Appearance(
                match=Match(date=PartialDate.parse("1988-03"), opponent="Utopia"),
                debut=True,
                cite=ARTICLE,
            ),
        ),
    )
    joined = with_worldcup(dupont, extended)
    assert any(entry.tournament == "world-cup-1966" for entry in joined.entries)
    assert [line.tournament.id for line in tournaments(joined)] == ["world-cup-1990"]


def test_a_draft_writes_no_squad_without_him(extended: WorldCup) -> None:
    """The data set's account is joined again whenever the data is: a fixture does not hold it."""
    draft = draft_career(
        "Jean Dupont", "France", worldcup=extended, shared_tournaments=(WORLD_CUP_1966,)
    )
    assert any(entry.status is TournamentStatus.NOT_SELECTED for entry in draft.career.entries)
    assert 'status = "not-selected"' not in fixture_text(draft)


# --- Benzema, on the real data --------------------------------------------------------------------


def test_benzema_2010_and_2018_statuses_agree_with_squads_that_lack_him() -> None:
    if not (DATA / "worldcup" / "players.csv").is_file():
        pytest.skip(f"{DATA / 'worldcup'} is absent: the data sets live in ../shared")
    data = WorldCup.load(DATA / "worldcup")
    fixture = load_career("karim-benzema")
    query = PlayerQuery.of(fixture)
    linked = data.link_player(query)
    assert linked is not None
    named = {member.tournament for member in data.squad_of(linked.id)}
    lacking = {found.tournament: found for found in data.squads_without(query)}
    for year in (2010, 2018):  # the data holds France's squad, and it does not name him
        assert f"WC-{year}" not in named
        assert lacking[f"WC-{year}"].team == fixture.team.name
    assert "WC-2022" in named
    assert "WC-2022" not in lacking
    report = check_claims(with_worldcup(fixture, data))
    by_name = {c.subject.name: c for c in report.checks if c.subject.topic is Topic.STATUS}
    stated = {entry.tournament: entry.status for entry in fixture.entries}
    for year in (2010, 2018):
        check = by_name[f"{year} FIFA World Cup"]
        assert check.stated is stated[f"world-cup-{year}"]
        assert (check.verdict, check.computed, check.basis) == (
            Verdict.AGREES,
            NotInSquad(team=fixture.team.name),
            NOT_IN_SQUAD_CITE,
        )
    assert by_name["2022 FIFA World Cup"].computed is TournamentStatus.IN_SQUAD_UNUSED
    assert [d for d in report.disagreements if d.subject.topic is Topic.STATUS] == []
