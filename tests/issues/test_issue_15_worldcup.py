"""Issue 15, item 2: the World Cup Database read as published, on small sample files.

tests/data/worldcup/ holds made-up rows (teams France and Utopia, tournaments WC-1990 men's and
WC-1991 women's) in the published columns: no row of the real data set.
"""

from __future__ import annotations

import datetime
import shutil
from pathlib import Path

import pytest

from careerstats.datasets.base import PlayerQuery
from careerstats.datasets.worldcup import CREDIT, WorldCup
from careerstats.errors import AmbiguousNameError, DatasetError, MalformedRowsWarning
from careerstats.model import SourceKind

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "worldcup"


@pytest.fixture(scope="module")
def sample() -> WorldCup:
    return WorldCup.load(SAMPLE, strict=True, cache=False)


def _query(name: str, team: str = "France", born: datetime.date | None = None) -> PlayerQuery:
    return PlayerQuery(names=(name,), team=team, born=born)


def _copy(tmp_path: Path) -> Path:
    folder = tmp_path / "worldcup"
    shutil.copytree(SAMPLE, folder)
    return folder


def test_every_sample_row_is_read(sample: WorldCup) -> None:
    assert sorted(sample.tournaments) == ["WC-1990", "WC-1991"]
    assert [t.womens for t in sample.tournaments.values()] == [False, True]
    assert len(sample.matches) == 3
    assert len(sample.players) == 6
    assert sample.problems == []


def test_a_starter_substituted_plays_to_the_minute_he_went_off(sample: WorldCup) -> None:
    first, _ = sample.lineups_of("P-001")
    assert (first.match, first.started, first.minute_on, first.minute_off) == (
        "M-1990-01",
        True,
        0,
        70,
    )
    assert first.minutes == 70


def test_a_substitute_in_extra_time_plays_to_the_120th_minute(sample: WorldCup) -> None:
    second = sample.lineups_of("P-001")[1]
    assert (second.started, second.minute_on, second.minute_off, second.minutes) == (
        False,
        100,
        120,
        20,
    )


def test_a_player_sent_off_plays_to_the_minute_of_his_red_card(sample: WorldCup) -> None:
    [lineup] = sample.lineups_of("P-002")
    assert lineup.minutes == 80
    [card] = sample.bookings_of("P-002")
    assert (card.red_card, card.sending_off, card.minute) == (True, True, 80)


def test_goals_keep_minute_stoppage_penalty_and_own_goal(sample: WorldCup) -> None:
    first, second = sample.goals_of("P-001")
    assert (first.minute, first.stoppage, first.penalty, first.own_goal) == (45, 2, True, False)
    assert (second.minute, second.stoppage, second.penalty) == (60, 0, False)
    [own] = sample.goals_of("P-006")
    assert (own.own_goal, own.team, own.player_team) == (True, "France", "Utopia")


def test_squads_tell_the_unused_squad_member_from_the_player(sample: WorldCup) -> None:
    [used] = sample.player_squads(_query("Jean Dupont"))
    [unused] = sample.player_squads(_query("Marc Noir"))
    assert (used.tournament, used.played) == ("WC-1990", True)
    assert (unused.tournament, unused.played) == ("WC-1990", False)
    assert sample.player_appearances(_query("Marc Noir")) == []


def test_the_final_standing_of_a_team(sample: WorldCup) -> None:
    assert sample.standing("WC-1990", "France") == 1
    assert sample.standing("WC-1991", "France") == 2
    assert sample.standing("WC-1990", "Nowhere") is None


def test_appearances_carry_their_goals_and_the_tournament(sample: WorldCup) -> None:
    first, second = sample.player_appearances(_query("Jean Dupont"))
    assert (first.date, first.opponent, first.competition, first.tournament) == (
        datetime.date(1990, 6, 10),
        "Utopia",
        "1990 FIFA Men's World Cup",
        "WC-1990",
    )
    assert [(goal.minute, goal.stoppage, goal.penalty) for goal in first.goals] == [
        (45, 2, True),
        (60, 0, False),
    ]
    assert (second.started, second.minutes, second.goals) == (False, 20, ())


# --- linking ---------------------------------------------------------------------------------


def test_the_family_name_alone_is_never_enough(sample: WorldCup) -> None:
    assert sample.find_players(_query("Dupont")) == []
    assert sample.link_player(_query("Dupont")) is None


def test_the_full_name_links_and_case_and_accents_are_ignored(sample: WorldCup) -> None:
    linked = sample.link_player(_query("JEAN DÚPONT"))
    assert linked is not None
    assert linked.id == "P-001"


def test_an_alias_links(sample: WorldCup) -> None:
    query = PlayerQuery(names=("Jeannot", "Jean Dupont"), team="France")
    linked = sample.link_player(query)
    assert linked is not None
    assert linked.id == "P-001"


def test_a_different_birth_date_is_another_person(sample: WorldCup) -> None:
    assert sample.link_player(_query("Jean Dupont", born=datetime.date(1966, 1, 3))) is None


def test_the_birth_date_confirms(sample: WorldCup) -> None:
    linked = sample.link_player(_query("Jean Dupont", born=datetime.date(1966, 1, 2)))
    assert linked is not None
    assert linked.born == datetime.date(1966, 1, 2)


def test_an_unknown_birth_date_in_the_data_does_not_refuse(sample: WorldCup) -> None:
    linked = sample.link_player(_query("Paul Blanc", born=datetime.date(1967, 1, 1)))
    assert linked is not None
    assert linked.id == "P-002"


def test_the_team_must_match(sample: WorldCup) -> None:
    assert sample.link_player(_query("Jean Dupont", team="Utopia")) is None
    otto = sample.link_player(_query("Otto Lagoon", team="Utopia"))
    assert otto is not None


def test_a_player_known_by_one_name_links_by_it(sample: WorldCup) -> None:
    linked = sample.link_player(_query("Zed", team="Utopia"))
    assert linked is not None
    assert (linked.given_name, linked.name) == (None, "Zed")


def test_a_womens_player_is_linked_through_the_womens_tournaments_only(sample: WorldCup) -> None:
    marie = sample.link_player(_query("Marie Dupont"))
    assert marie is not None
    assert marie.female
    [entry] = sample.player_squads(_query("Marie Dupont"))
    assert entry.tournament_name == "1991 FIFA Women's World Cup"
    jean = [goal.date for goal in sample.player_goals(_query("Jean Dupont"))]
    assert datetime.date(1991, 6, 11) not in jean


def test_two_players_the_query_cannot_tell_apart_are_ambiguous(tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    players = folder / "players.csv"
    players.write_text(
        players.read_text(encoding="utf-8")
        + "7,P-007,Dupont,Jean,1969-02-03,0,0,0,0,1,1,1990,not applicable\n",
        encoding="utf-8",
    )
    squads = folder / "squads.csv"
    squads.write_text(
        squads.read_text(encoding="utf-8")
        + "7,WC-1990,1990 FIFA Men's World Cup,T-01,France,FRA,P-007,Dupont,Jean,11,"
        "forward,FW\n",
        encoding="utf-8",
    )
    data = WorldCup.load(folder, strict=True, cache=False)
    with pytest.raises(AmbiguousNameError) as raised:
        data.link_player(_query("Jean Dupont"))
    assert str(raised.value) == (
        f"'Jean Dupont' of France is ambiguous in {folder / 'players.csv'}: P-001 (Jean Dupont, "
        "born 1966-01-02) or P-007 (Jean Dupont, born 1969-02-03); give the birth date to the day"
    )
    confirmed = data.link_player(_query("Jean Dupont", born=datetime.date(1969, 2, 3)))
    assert confirmed is not None
    assert confirmed.id == "P-007"


# --- the files as published --------------------------------------------------------------------


def test_a_malformed_row_is_reported_with_file_line_and_column(tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    goals = folder / "goals.csv"
    lines = goals.read_text(encoding="utf-8").splitlines(keepends=True)
    lines[2] = lines[2].replace(",60',60,0,", ",60',sixty,0,")
    goals.write_text("".join(lines), encoding="utf-8")
    with pytest.raises(DatasetError) as raised:
        WorldCup.load(folder, strict=True, cache=False)
    assert str(raised.value) == (
        f"{goals}: line 3: column minute_regulation: expected a whole number, got 'sixty'"
    )
    with pytest.warns(MalformedRowsWarning) as warned:
        data = WorldCup.load(folder, cache=False)
    assert str(warned[0].message) == (
        f"goals.csv: 1 malformed row skipped (first: {goals} line 3: column minute_regulation: "
        "expected a whole number, got 'sixty'); strict loading makes them errors"
    )
    assert len(data.goals_of("P-001")) == 1


def test_a_flag_other_than_0_or_1_is_malformed(tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    players = folder / "players.csv"
    players.write_text(
        players.read_text(encoding="utf-8").replace("1966-01-02,0,", "1966-01-02,yes,"),
        encoding="utf-8",
    )
    with pytest.raises(DatasetError) as raised:
        WorldCup.load(folder, strict=True, cache=False)
    assert str(raised.value) == f"{players}: line 2: column female: expected 0 or 1, got 'yes'"


def test_a_missing_column_is_an_error(tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    standings = folder / "tournament_standings.csv"
    standings.write_text("key_id,tournament_id,team_name\n1,WC-1990,France\n", encoding="utf-8")
    with pytest.raises(DatasetError) as raised:
        WorldCup.load(folder, cache=False)
    assert str(raised.value) == (
        f"{standings}: line 1: expected the columns tournament_id, position, team_name; "
        "missing position"
    )


def test_a_missing_file_is_an_error(tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    (folder / "bookings.csv").unlink()
    with pytest.raises(DatasetError) as raised:
        WorldCup.load(folder, cache=False)
    assert str(raised.value) == f"{folder / 'bookings.csv'}: file not found"


def test_a_warm_load_reads_the_cache_and_gives_the_same_records() -> None:
    cold = WorldCup.load(SAMPLE)
    warm = WorldCup.load(SAMPLE)
    assert warm.lineups_of("P-001") == cold.lineups_of("P-001")
    assert warm.goals_of("P-001") == cold.goals_of("P-001")


def test_the_source_carries_the_licence_and_the_credit(sample: WorldCup) -> None:
    source = sample.source
    assert source.kind is SourceKind.DATASET
    assert CREDIT == "Fjelstul World Cup Database, CC BY-SA 4.0, Joshua C. Fjelstul"
    assert source.description is not None
    assert CREDIT in source.description


def test_the_finish_comes_from_the_standings_for_the_first_four(sample: WorldCup) -> None:
    from careerstats.model import Finish

    assert sample.finish_of("WC-1990", "France") is Finish.WINNER
    assert sample.finish_of("WC-1990", "Utopia") is Finish.RUNNER_UP
    assert sample.finish_of("WC-1991", "France") is Finish.RUNNER_UP
    assert sample.finish_of("WC-1990", "Nowhere") is None


def test_outside_the_first_four_the_finish_is_the_stage_of_the_last_match(
    tmp_path: Path,
) -> None:
    from careerstats.model import Finish

    folder = _copy(tmp_path)
    standings = folder / "tournament_standings.csv"
    standings.write_text(standings.read_text(encoding="utf-8").splitlines()[0] + "\n")
    matches = folder / "matches.csv"
    matches.write_text(
        matches.read_text(encoding="utf-8").replace(",final,not applicable,", ",quarter-finals,x,")
    )
    data = WorldCup.load(folder, strict=True, cache=False)
    assert data.finish_of("WC-1990", "France") is Finish.QUARTER_FINAL
    assert data.finish_of("WC-1991", "France") is Finish.GROUP_STAGE
