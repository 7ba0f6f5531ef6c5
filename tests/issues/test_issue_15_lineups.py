"""Issue 15, item 3: starts and minutes from the line-ups, the World Cup squads as data, a
fixture's tournament entries checked against them, and the line-ups as evidence.

The importer-level tests use the made-up sample files of ``tests/data/worldcup/`` (Jean Dupont
played twice at the 1990 World Cup, Marc Noir was in the squad and never played); the tests on
Benzema read ``../shared/data`` and skip with a reason where it is absent.
"""

from __future__ import annotations

import datetime
import json
import shutil
from pathlib import Path

import attrs
import pytest

from careerstats import load_career
from careerstats.checks import Played, Topic, Verdict
from careerstats.claims import check_claims
from careerstats.cli import main
from careerstats.datasets.base import PlayerQuery
from careerstats.datasets.worldcup import WorldCup
from careerstats.dates import PartialDate
from careerstats.evidence import Evidence
from careerstats.model import (
    Appearance,
    Career,
    Citation,
    Match,
    Player,
    Source,
    Team,
    TournamentEntry,
    TournamentStatus,
)
from careerstats.pages import MINUTE_MARK, summary_page
from careerstats.reconcile import WORLDCUP_LINEUPS, WORLDCUP_SQUADS, with_worldcup
from careerstats.records import tournament_rows
from careerstats.render import render_summary
from careerstats.statistics import TournamentLine, from_dataset, summarize, tournaments

from ..conftest import SHARED
from .test_issue_15_with_worldcup import ARTICLE, SAMPLE, WORLD_CUP_1990

DATA = SHARED / "data"
SOURCES = (Source(file="article.txt", title="An article"),)
DEBUT = Appearance(
    match=Match(date=PartialDate.parse("1988-03"), opponent="Utopia"), debut=True, cite=ARTICLE
)  # the table lists the tournaments from the debut on


def _need_shared_data() -> None:
    if not (DATA / "worldcup" / "players.csv").is_file():
        pytest.skip(f"{DATA / 'worldcup'} is absent: the data sets live in ../shared")


@pytest.fixture(scope="module")
def sample() -> WorldCup:
    return WorldCup.load(SAMPLE, cache=False)


def _player(name: str, born: str) -> Career:
    return Career(
        player=Player(
            id=name.lower().replace(" ", "-"), name=name, born=PartialDate.parse(born), cite=ARTICLE
        ),
        team=Team(name="France"),
        sources=SOURCES,
        tournaments=(WORLD_CUP_1990,),
        appearances=(DEBUT,),
    )


def dupont(*entries: TournamentEntry, appearances: tuple[Appearance, ...] = ()) -> Career:
    """Jean Dupont: started the 1990 group match (70 minutes), came on in the final (20)."""
    career = _player("Jean Dupont", "1966-01-02")
    return attrs.evolve(career, entries=entries, appearances=(DEBUT, *appearances))


def noir(*entries: TournamentEntry) -> Career:
    """Marc Noir: in the 1990 squad, in no line-up."""
    return attrs.evolve(_player("Marc Noir", "1968-05-06"), entries=entries)


def entry(status: TournamentStatus, **figures: int) -> TournamentEntry:
    return TournamentEntry(tournament="world-cup-1990", status=status, cite=ARTICLE, **figures)


def _line(career: Career) -> TournamentLine:
    [line] = tournaments(career)
    return line


def _figure(line: TournamentLine, name: str) -> tuple[int, bool] | None:
    count = getattr(line, name)
    return None if count is None else (count.value, count.counted)


# --- 1. starts and minutes ----------------------------------------------------------------------


def test_starts_and_minutes_are_counted_from_the_lineups(sample: WorldCup) -> None:
    line = _line(with_worldcup(dupont(), sample))
    lineups = sample.player_appearances(PlayerQuery.of(dupont()))
    assert _figure(line, "appearances") == (len(lineups), True)
    assert _figure(line, "starts") == (sum(bool(lineup.started) for lineup in lineups), True)
    assert _figure(line, "minutes") == (sum(lineup.minutes or 0 for lineup in lineups), True)
    assert (_figure(line, "starts"), _figure(line, "minutes")) == ((1, True), (90, True))


def test_a_count_from_lineups_that_name_him_is_exact_and_without_them_at_least(
    sample: WorldCup,
) -> None:
    # Regression: a count from the appearances a fixture or goal events happen to record read
    # "2*" as a count from complete line-ups does, though it was only a lower bound.
    from careerstats.pages import _played_there

    joined = _line(with_worldcup(dupont(), sample))
    assert joined.appearances is not None
    assert joined.appearances.complete
    assert not joined.appearances.at_least
    assert not _played_there(joined)[0].startswith("≥")
    there = Appearance(
        match=Match(
            date=PartialDate.parse("1990-06-15"), opponent="Elsewhere", competition="world-cup-1990"
        ),
        started=True,
        cite=ARTICLE,
    )
    alone = _line(dupont(appearances=(there,)))  # the fixture's one appearance, no line-ups
    assert alone.appearances is not None
    assert alone.appearances.at_least
    assert _played_there(alone) == f"≥{alone.appearances.value}*"
    assert alone.starts is None  # the starts of some appearances only are no count


def test_an_entry_played_that_goal_events_alone_rest_on_leaves_the_counts_at_least() -> None:
    # Regression: `careerstats new` enters a Euro he scored at as `played`, cited to
    # goalscorers.csv; that data-set entry passed for complete line-ups, and "3*" hid that
    # the goal events hold only the matches he scored in.
    from careerstats.model import SourceKind

    goals_file = "international_results/goalscorers.csv"
    there = Appearance(
        match=Match(
            date=PartialDate.parse("1990-06-15"), opponent="Elsewhere", competition="world-cup-1990"
        ),
        cite=(Citation(file=goals_file),),
    )
    career = attrs.evolve(
        dupont(
            TournamentEntry(
                tournament="world-cup-1990",
                status=TournamentStatus.PLAYED,
                cite=(Citation(file=goals_file),),
            ),
            appearances=(there,),
        ),
        sources=(*SOURCES, Source(file=goals_file, kind=SourceKind.DATASET)),
    )
    line = _line(career)
    assert line.squad is not None  # the data set's account...
    assert not line.lineups_complete  # ...but not of line-ups
    assert line.appearances is not None
    assert line.appearances.at_least


def test_starts_are_not_counted_where_an_appearance_does_not_say(sample: WorldCup) -> None:
    unknown = Appearance(
        match=Match(
            date=PartialDate.parse("1990-06-15"), opponent="Elsewhere", competition="world-cup-1990"
        ),
        cite=ARTICLE,
    )  # in the tournament, not in the sample's line-ups: whether he started is not known
    line = _line(with_worldcup(dupont(appearances=(unknown,)), sample))
    assert _figure(line, "appearances") == (3, True)
    assert (line.starts, line.minutes) == (None, None)


def test_starts_are_not_counted_where_the_entry_states_more_appearances(
    sample: WorldCup,
) -> None:
    line = _line(with_worldcup(dupont(entry(TournamentStatus.PLAYED, appearances=3)), sample))
    assert _figure(line, "appearances") == (3, False)
    assert (line.starts, line.minutes) == (None, None)


def test_the_table_shows_starts_in_brackets_and_minutes_under_them(sample: WorldCup) -> None:
    summary = summarize(with_worldcup(dupont(), sample))
    text = render_summary(summary, "text", width=200)
    [row] = [line for line in text.splitlines() if line.startswith("1990 World Cup")]
    below = text.splitlines()[text.splitlines().index(row) + 1]
    assert row.split()[3:6] == ["played", "2", "(1)*"]
    assert below.split() == [f"90{MINUTE_MARK}*"]
    assert (
        "Apps: appearances, the starts among them in brackets, and under them the minutes on "
        f"the pitch ({MINUTE_MARK})." in " ".join(text.split())
    )


def test_stated_appearances_keep_their_own_mark_beside_counted_starts(sample: WorldCup) -> None:
    from careerstats.pages import _played_there

    line = _line(with_worldcup(dupont(entry(TournamentStatus.PLAYED, appearances=2)), sample))
    assert _played_there(line)[0] == "2 (1*)"


def test_the_records_hold_starts_minutes_and_the_squad_status(sample: WorldCup) -> None:
    career = with_worldcup(dupont(), sample)
    [row] = tournament_rows(tournaments(career), "France")
    assert (row["appearances"], row["starts"], row["minutes"], row["squad_status"]) == (
        2,
        1,
        90,
        None,
    )
    [unused] = tournament_rows(
        tournaments(with_worldcup(noir(entry(TournamentStatus.WITHDREW_INJURED)), sample)),
        "France",
    )
    assert (unused["appearances"], unused["starts"], unused["squad_status"]) == (
        0,
        None,
        "in-squad-unused",
    )


def test_the_frame_has_the_same_columns_as_the_records(sample: WorldCup) -> None:
    pytest.importorskip("pandas")
    frame = with_worldcup(dupont(), sample).to_frame("tournaments")
    assert frame.loc[0, ["starts", "minutes"]].tolist() == [1, 90]
    assert str(frame["starts"].dtype) == "Int64"
    assert str(frame["squad_status"].dtype) == "category"


# --- 2. squad membership -----------------------------------------------------------------------


def test_an_unused_squad_member_is_in_the_squad_with_no_appearance(sample: WorldCup) -> None:
    career = with_worldcup(noir(), sample)
    line = _line(career)
    assert line.status is TournamentStatus.IN_SQUAD_UNUSED
    assert line.entry is not None
    assert from_dataset(career, line.entry)
    assert (_figure(line, "appearances"), _figure(line, "goals")) == ((0, True), (0, True))
    assert line.cite[:2] == (Citation(file=WORLDCUP_SQUADS), Citation(file=WORLDCUP_LINEUPS))
    assert career.source(WORLDCUP_SQUADS) is not None


def test_a_squad_member_who_played_gets_the_data_sets_played(sample: WorldCup) -> None:
    line = _line(with_worldcup(dupont(), sample))
    assert line.status is TournamentStatus.PLAYED
    assert line.squad is line.entry


def test_the_fixtures_status_is_kept_with_the_squad_beside_it(sample: WorldCup) -> None:
    career = with_worldcup(noir(entry(TournamentStatus.WITHDREW_INJURED)), sample)
    line = _line(career)
    assert line.status is TournamentStatus.WITHDREW_INJURED
    assert line.squad_status is TournamentStatus.IN_SQUAD_UNUSED
    assert line.cite[:3] == (
        *ARTICLE,
        Citation(file=WORLDCUP_SQUADS),
        Citation(file=WORLDCUP_LINEUPS),
    )
    text = render_summary(summarize(career), "text", width=200)
    [row] = [line for line in text.splitlines() if line.startswith("1990 World Cup")]
    assert "withdrew injured (data set: in squad unused)" in row
    assert row.split()[10:12] == ["0*", "0*"]


def test_joining_twice_adds_the_squad_once(sample: WorldCup) -> None:
    career = with_worldcup(with_worldcup(noir(), sample), sample)
    assert len(career.entries) == 1
    assert [source.file for source in career.sources].count(WORLDCUP_SQUADS) == 1


def test_a_squad_before_the_lineups_gives_no_entry(sample: WorldCup, tmp_path: Path) -> None:
    """Squads are known from 1930, line-ups from 1970: a squad member of a World Cup without
    line-ups may have played, so no entry says he did not."""
    folder = tmp_path / "worldcup"
    shutil.copytree(SAMPLE, folder)
    with (folder / "tournaments.csv").open("a", encoding="utf-8") as rows:
        rows.write(
            "3,WC-1966,1966 FIFA Men's World Cup,1966,1966-07-11,1966-07-30,Utopia,Utopia,"
            "1,2,0,0,0,0,0,0,0,0\n"
        )
    with (folder / "squads.csv").open("a", encoding="utf-8") as rows:
        rows.write("7,WC-1966,1966 FIFA Men's World Cup,T-01,France,FRA,P-003,Noir,Marc,1,gk,GK\n")
    data = WorldCup.load(folder, cache=False)
    assert data.lineup_tournaments == {"WC-1990", "WC-1991"}
    cup_1966 = attrs.evolve(
        WORLD_CUP_1990,
        id="world-cup-1966",
        name="1966 World Cup",
        edition=1966,
        start=PartialDate.parse("1966-07-11"),
        end=PartialDate.parse("1966-07-30"),
    )
    career = attrs.evolve(noir(), tournaments=(cup_1966, WORLD_CUP_1990))
    joined = with_worldcup(career, data)
    assert [found.tournament for found in joined.entries] == ["world-cup-1990"]


def test_benzema_2022_world_cup_in_the_squad_with_no_appearance(
    capsys: pytest.CaptureFixture[str],
) -> None:
    _need_shared_data()
    data = WorldCup.load(DATA / "worldcup")
    squads = {
        squad.tournament: squad
        for squad in data.player_squads(PlayerQuery.of(load_career("karim-benzema")))
    }
    assert squads["WC-2022"].played is False  # the data's squad lists him, no line-up has him
    assert main(["summary", "karim-benzema", "--data", str(DATA), "--format", "json"]) == 0
    record = json.loads(capsys.readouterr().out)
    [cup] = [row for row in record["tournaments"] if row["tournament"] == "world-cup-2022"]
    assert (cup["status"], cup["squad_status"], cup["appearances"], cup["goals"]) == (
        "withdrew-injured",
        "in-squad-unused",
        0,
        0,
    )
    assert WORLDCUP_SQUADS in cup["cite"]
    assert main(["summary", "karim-benzema", "--data", str(DATA), "--width", "300"]) == 0
    out = capsys.readouterr().out
    [row] = [line for line in out.splitlines() if line.startswith("2022 FIFA World Cup")]
    assert "withdrew injured (data set: in squad unused)" in row
    assert "Fjelstul World Cup Database, CC BY-SA 4.0, Joshua C. Fjelstul" in " ".join(out.split())


def test_benzema_2014_world_cup_apps_starts_goals_from_the_lineups(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The Done-when: 5 apps, 5 starts and 3 goals, as the line-ups themselves give them."""
    _need_shared_data()
    data = WorldCup.load(DATA / "worldcup")
    query = PlayerQuery.of(load_career("karim-benzema"))
    at_2014 = [
        lineup for lineup in data.player_appearances(query) if lineup.tournament == "WC-2014"
    ]
    apps = len(at_2014)
    starts = sum(bool(lineup.started) for lineup in at_2014)
    minutes = sum(lineup.minutes or 0 for lineup in at_2014)
    goals = sum(not goal.own_goal for lineup in at_2014 for goal in lineup.goals)
    assert main(["summary", "karim-benzema", "--data", str(DATA), "--width", "300"]) == 0
    lines = capsys.readouterr().out.splitlines()
    [row] = [line for line in lines if line.startswith("2014 FIFA World Cup")]
    below = lines[lines.index(row) + 1]
    assert row.split()[4:8] == ["played", str(apps), f"({starts})*", f"{goals}*"]
    assert below.split()[0] == f"{minutes}{MINUTE_MARK}*"
    assert main(["summary", "karim-benzema", "--data", str(DATA), "--format", "json"]) == 0
    record = json.loads(capsys.readouterr().out)
    [cup] = [row for row in record["tournaments"] if row["tournament"] == "world-cup-2014"]
    assert (cup["appearances"], cup["starts"], cup["minutes"], cup["goals"]) == (
        apps,
        starts,
        minutes,
        goals,
    )
    assert (cup["appearances_from"], cup["goals_from"]) == ("counted", "counted")


@pytest.mark.parametrize("command", ["summary", "claims"])
def test_text_with_width_80_has_no_line_over_80_with_both_data_sets(
    capsys: pytest.CaptureFixture[str], command: str
) -> None:
    _need_shared_data()
    assert main([command, "karim-benzema", "--width", "80", "--data", str(DATA)]) == 0
    out = capsys.readouterr().out
    assert [line for line in out.splitlines() if len(line) > 80] == []


# --- 3. checked against the data ---------------------------------------------------------------


def _checks(career: Career, topic: Topic) -> list[object]:
    return [check for check in check_claims(career).checks if check.subject.topic is topic]


@pytest.mark.parametrize(
    ("player", "status", "verdict"),
    [
        (noir, TournamentStatus.WITHDREW_INJURED, Verdict.AGREES),
        (noir, TournamentStatus.IN_SQUAD_UNUSED, Verdict.AGREES),
        (noir, TournamentStatus.NOT_SELECTED, Verdict.CONTRADICTS),
        (noir, TournamentStatus.EXCLUDED, Verdict.CONTRADICTS),
        (noir, TournamentStatus.PLAYED, Verdict.CONTRADICTS),
        (dupont, TournamentStatus.PLAYED, Verdict.AGREES),
        (dupont, TournamentStatus.NOT_SELECTED, Verdict.CONTRADICTS),
        (dupont, TournamentStatus.EXCLUDED, Verdict.CONTRADICTS),
        (dupont, TournamentStatus.IN_SQUAD_UNUSED, Verdict.CONTRADICTS),
    ],
)
def test_a_status_is_checked_against_the_squad(
    sample: WorldCup, player: object, status: TournamentStatus, verdict: Verdict
) -> None:
    career = with_worldcup(player(entry(status)), sample)  # type: ignore[operator]
    [check] = _checks(career, Topic.STATUS)
    assert (check.stated, check.verdict) == (status, verdict)  # type: ignore[attr-defined]
    assert check.basis == (Citation(file=WORLDCUP_SQUADS), Citation(file=WORLDCUP_LINEUPS))  # type: ignore[attr-defined]
    statuses = [
        found for found in check_claims(career).disagreements if found.subject.topic is Topic.STATUS
    ]
    assert bool(statuses) is (verdict is Verdict.CONTRADICTS)


def test_a_status_the_squad_contradicts_is_a_disagreement_of_values(sample: WorldCup) -> None:
    career = with_worldcup(noir(entry(TournamentStatus.NOT_SELECTED)), sample)
    [found] = check_claims(career).disagreements
    assert (found.subject.name, found.field) == ("1990 World Cup", "status")
    assert [(version.value, version.cite) for version in found.versions] == [
        (TournamentStatus.NOT_SELECTED, ARTICLE),
        (
            TournamentStatus.IN_SQUAD_UNUSED,
            (Citation(file=WORLDCUP_SQUADS), Citation(file=WORLDCUP_LINEUPS)),
        ),
    ]


def test_played_is_checked_by_the_lineups_count(sample: WorldCup) -> None:
    career = with_worldcup(dupont(entry(TournamentStatus.PLAYED)), sample)
    [check] = _checks(career, Topic.STATUS)
    assert check.computed == Played(appearances=2)  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("figures", "verdicts"),
    [
        ({"appearances": 2, "goals": 2}, [Verdict.AGREES, Verdict.AGREES]),
        ({"appearances": 3, "goals": 2}, [Verdict.CONTRADICTS, Verdict.AGREES]),
        ({"appearances": 2, "goals": 3}, [Verdict.AGREES, Verdict.CONTRADICTS]),
    ],
)
def test_stated_figures_are_checked_against_the_whole_lineups(
    sample: WorldCup, figures: dict[str, int], verdicts: list[Verdict]
) -> None:
    """The data set holds every line-up of the tournament: fewer recorded than stated
    contradicts the figure too (without the squad, it could not tell)."""
    career = with_worldcup(dupont(entry(TournamentStatus.PLAYED, **figures)), sample)
    checks = [*_checks(career, Topic.APPEARANCES), *_checks(career, Topic.GOALS)]
    assert [check.verdict for check in checks] == verdicts  # type: ignore[attr-defined]
    assert [check.computed for check in checks] == [2, 2]  # type: ignore[attr-defined]


def test_without_the_data_set_the_old_checks_stand(sample: WorldCup) -> None:
    [check] = _checks(dupont(entry(TournamentStatus.PLAYED, appearances=3)), Topic.APPEARANCES)
    assert (check.verdict, check.computed) == (Verdict.UNCHECKED, None)  # type: ignore[attr-defined]


def test_the_data_sets_own_entry_is_not_a_claim(sample: WorldCup) -> None:
    career = with_worldcup(noir(), sample)
    assert _checks(career, Topic.STATUS) == []


def test_benzema_statuses_agree_with_the_squads() -> None:
    _need_shared_data()
    career = with_worldcup(load_career("karim-benzema"), WorldCup.load(DATA / "worldcup"))
    report = check_claims(career)
    by_name = {
        check.subject.name: check for check in report.checks if check.subject.topic is Topic.STATUS
    }
    assert by_name["2022 FIFA World Cup"].verdict is Verdict.AGREES
    assert by_name["2022 FIFA World Cup"].computed is TournamentStatus.IN_SQUAD_UNUSED
    assert by_name["2014 FIFA World Cup"].verdict is Verdict.AGREES
    assert [d for d in report.disagreements if d.subject.topic is Topic.STATUS] == []


# --- 4. evidence ------------------------------------------------------------------------------


def test_a_lineup_the_same_day_as_a_fixture_appearance_is_one_cap(sample: WorldCup) -> None:
    same_day = Appearance(
        match=Match(date=PartialDate.parse("1990-06-10"), opponent="Utopia"), cite=ARTICLE
    )
    career = with_worldcup(dupont(appearances=(same_day,)), sample)
    after = PartialDate.from_date(datetime.date(1990, 7, 9))
    assert Evidence.of(career).caps_on(after).min == 3  # the debut and two matches, not four
    assert _figure(_line(career), "appearances") == (2, True)


def test_starts_and_minutes_do_not_move_the_ranges(sample: WorldCup) -> None:
    career = with_worldcup(dupont(), sample)
    plain = attrs.evolve(
        career,
        appearances=tuple(
            attrs.evolve(cap, started=None, minutes=None) for cap in career.appearances
        ),
    )
    after = PartialDate.from_date(datetime.date(1990, 7, 9))
    assert Evidence.of(career).on(after) == Evidence.of(plain).on(after)
    assert Evidence.of(career).caps_on(after).min == 3


def test_the_summary_page_with_the_squad_builds_in_every_format(sample: WorldCup) -> None:
    summary = summarize(with_worldcup(noir(entry(TournamentStatus.WITHDREW_INJURED)), sample))
    assert summary_page(summary).title
    for format in ("text", "markdown", "html", "json"):
        assert "1990 World Cup" in render_summary(summary, format)


def test_benzema_goal_events_and_lineups_of_one_day_are_one_match() -> None:
    """The results data set's goal events (joined first) and the World Cup line-ups meet on the
    days he scored: each such day is one appearance, citing both, counted once."""
    _need_shared_data()
    from careerstats.datasets.international_results import InternationalResults
    from careerstats.reconcile import GOALSCORERS, with_dataset_goals

    results = InternationalResults.load(DATA / "international_results")
    data = WorldCup.load(DATA / "worldcup")
    with_goals = with_dataset_goals(load_career("karim-benzema"), results)
    career = with_worldcup(with_goals, data)
    days = [str(cap.match.date) for cap in career.appearances]
    assert len(days) == len(set(days))
    lineups = data.player_appearances(PlayerQuery.of(career))
    goal_days = {cap.match.date for cap in with_goals.appearances}
    new_days = {lineup.date for lineup in lineups} - {day.earliest for day in goal_days}
    assert len(career.appearances) == len(with_goals.appearances) + len(new_days)
    both = [
        cap
        for cap in career.appearances
        if {c.file for c in cap.cite} >= {GOALSCORERS, WORLDCUP_LINEUPS}
    ]
    assert both, "no day on which a goal event met a line-up"
    assert all(cap.started is not None and cap.minutes is not None for cap in both)
