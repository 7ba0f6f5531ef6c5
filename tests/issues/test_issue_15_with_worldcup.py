"""Issue 15, item 3 (first part): the World Cup line-ups joined into a career as appearances."""

from __future__ import annotations

from pathlib import Path

import attrs
import pytest

from careerstats.cli import main
from careerstats.datasets.worldcup import CREDIT, WorldCup
from careerstats.dates import PartialDate
from careerstats.model import (
    Appearance,
    Career,
    Citation,
    Goal,
    Match,
    Player,
    Team,
    Tournament,
)
from careerstats.reconcile import WORLDCUP_LINEUPS, with_worldcup
from careerstats.statistics import caps_at_tournaments, goals_in, tournaments

from ..conftest import SHARED

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "worldcup"
ARTICLE = (Citation(file="article.txt", paragraph=1),)

WORLD_CUP_1990 = Tournament(
    id="world-cup-1990",
    name="1990 World Cup",
    edition=1990,
    start=PartialDate.parse("1990-06-08"),
    end=PartialDate.parse("1990-07-08"),
    cite=ARTICLE,
)


def _career(*appearances: Appearance) -> Career:
    return Career(
        player=Player(
            id="jean-dupont", name="Jean Dupont", born=PartialDate.parse("1966-01-02"), cite=ARTICLE
        ),
        team=Team(name="France"),
        tournaments=(WORLD_CUP_1990,),
        appearances=appearances,
    )


@pytest.fixture(scope="module")
def sample() -> WorldCup:
    return WorldCup.load(SAMPLE, cache=False)


def test_the_lineups_become_appearances_at_the_fixtures_tournament(sample: WorldCup) -> None:
    career = with_worldcup(_career(), sample)
    first, second = career.appearances
    assert (first.match.date, first.match.opponent, first.started, first.minutes) == (
        PartialDate.parse("1990-06-10"),
        "Utopia",
        True,
        70,
    )
    assert (second.started, second.minutes) == (False, 20)
    assert {cap.match.competition for cap in career.appearances} == {"world-cup-1990"}
    assert [goals_in(cap) for cap in career.appearances] == [2, 0]
    assert first.cite == (Citation(file=WORLDCUP_LINEUPS),)
    assert str(first.match.score) == "2–1"
    assert len(caps_at_tournaments(career)["world-cup-1990"]) == 2


def test_the_tournaments_table_counts_the_lineups(sample: WorldCup) -> None:
    debut = Appearance(
        match=Match(date=PartialDate.parse("1988-03"), opponent="Utopia"), debut=True, cite=ARTICLE
    )  # the table lists the tournaments from the debut on
    [line] = tournaments(with_worldcup(_career(debut), sample))
    assert line.appearances is not None
    assert line.goals is not None
    assert (line.appearances.value, line.appearances.counted) == (2, True)
    assert (line.goals.value, line.goals.counted) == (2, True)


def test_a_fixture_appearance_the_same_day_is_one_match(sample: WorldCup) -> None:
    stated = Appearance(
        match=Match(date=PartialDate.parse("1990-06-10"), opponent="Utopia"),
        goals=(Goal(minute=45),),
        cite=ARTICLE,
    )
    career = with_worldcup(_career(stated), sample)
    first, second = career.appearances
    assert len(career.appearances) == 2
    assert (first.started, first.minutes, first.match.competition) == (True, 70, "world-cup-1990")
    assert [goal.minute for goal in first.goals] == [45, 60]  # the line-up lists more
    assert first.cite == (*ARTICLE, Citation(file=WORLDCUP_LINEUPS))
    assert second.match.date == PartialDate.parse("1990-06-20")


def test_what_the_fixture_states_is_kept(sample: WorldCup) -> None:
    stated = Appearance(
        match=Match(date=PartialDate.parse("1990-06-20"), opponent="Utopia"),
        started=True,
        minutes=120,
        cite=ARTICLE,
    )
    career = with_worldcup(_career(stated), sample)
    kept = career.appearances[1]
    assert (kept.started, kept.minutes) == (True, 120)


def test_the_source_with_its_credit_is_added_once(sample: WorldCup) -> None:
    career = with_worldcup(with_worldcup(_career(), sample), sample)
    added = [source for source in career.sources if source.file == WORLDCUP_LINEUPS]
    assert len(added) == 1
    assert added[0].description is not None
    assert CREDIT in added[0].description


def test_a_player_the_data_does_not_link_is_unchanged(sample: WorldCup) -> None:
    career = _career()
    other = Career(
        player=Player(id="dupont", name="Dupont", cite=ARTICLE), team=Team(name="France")
    )
    assert with_worldcup(other, sample) is other
    wrong_birth = Career(
        player=Player(
            id="jean-dupont", name="Jean Dupont", born=PartialDate.parse("1966-01-03"), cite=ARTICLE
        ),
        team=career.team,
    )
    assert with_worldcup(wrong_birth, sample) is wrong_birth


def test_benzema_2014_world_cup_five_apps_three_goals_from_the_lineups(
    capsys: pytest.CaptureFixture[str],
) -> None:
    data = SHARED / "data"
    if not (data / "worldcup" / "players.csv").is_file():
        pytest.skip(f"{data / 'worldcup'} is absent: the data sets live in ../shared")
    assert main(["summary", "karim-benzema", "--data", str(data), "--width", "300"]) == 0
    out = capsys.readouterr().out
    [row] = [line for line in out.splitlines() if line.startswith("2014 FIFA World Cup")]
    assert row.split()[4:8] == ["played", "5", "(5)*", "3*"]
    assert "Fjelstul World Cup Database, CC BY-SA 4.0, Joshua C. Fjelstul" in " ".join(out.split())


def test_benzema_line_ups_in_the_career_and_the_evidence(benzema: Career) -> None:
    folder = SHARED / "data" / "worldcup"
    if not (folder / "players.csv").is_file():
        pytest.skip(f"{folder} is absent: the data set lives in ../shared")
    data = WorldCup.load(folder)
    career = with_worldcup(benzema, data)
    at_2014 = caps_at_tournaments(career)["world-cup-2014"]
    assert len(at_2014) == 5
    assert sum(cap.started is True for cap in at_2014) == 5
    assert sum(map(goals_in, at_2014)) == 3
    assert "world-cup-2022" not in caps_at_tournaments(career)
    squads = {entry.tournament: entry.played for entry in data.player_squads(_query(benzema))}
    assert squads["WC-2022"] is False


def _query(career: Career) -> object:
    from careerstats.datasets.base import PlayerQuery

    return PlayerQuery.of(career)


def test_the_lineups_are_evidence_for_the_ranges(benzema: Career) -> None:
    """The day after the 2014 World Cup, his caps' lower bound rises by the line-ups of that
    day and before (none of them recorded in the fixture)."""
    import datetime

    from careerstats.datasets.base import PlayerQuery
    from careerstats.evidence import Evidence

    folder = SHARED / "data" / "worldcup"
    if not (folder / "players.csv").is_file():
        pytest.skip(f"{folder} is absent: the data set lives in ../shared")
    data = WorldCup.load(folder)
    day = PartialDate.parse("2014-07-05")
    lineups = [
        lineup
        for lineup in data.player_appearances(PlayerQuery.of(benzema))
        if lineup.date <= datetime.date(2014, 7, 5)
    ]
    before = Evidence.of(benzema).caps_on(day)
    after = Evidence.of(with_worldcup(benzema, data)).caps_on(day)
    assert len(lineups) == 5
    assert after.min == before.min + len(lineups)


def test_the_teams_finish_comes_from_the_data_where_the_fixture_states_none(
    sample: WorldCup,
) -> None:
    from careerstats.model import Finish, TeamFinish
    from careerstats.reconcile import WORLDCUP_STANDINGS

    career = with_worldcup(_career(), sample)
    [tournament] = career.tournaments
    finish = tournament.finish_of("France")
    assert finish is not None
    assert (finish.finish, finish.cite) == (Finish.WINNER, (Citation(file=WORLDCUP_STANDINGS),))
    assert career.source(WORLDCUP_STANDINGS) is not None
    stated = TeamFinish(team="France", finish=Finish.SEMI_FINAL, cite=ARTICLE)
    declared = attrs.evolve(
        _career(), tournaments=(attrs.evolve(WORLD_CUP_1990, finishes=(stated,)),)
    )
    [kept] = with_worldcup(declared, sample).tournaments
    assert kept.finishes == (stated,)
