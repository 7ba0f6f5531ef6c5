"""The fixture loader: strict structuring, one exact line per problem, and round trips."""

from __future__ import annotations

import datetime
import json
import shutil
from pathlib import Path

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from careerstats.cli import main
from careerstats.dates import PartialDate
from careerstats.errors import FixtureError, UnknownPlayerError
from careerstats.fixtures import (
    FixtureSet,
    dump_career,
    load_career_file,
    structure_career,
    validate_file,
)
from careerstats.model import (
    Absence,
    AbsenceKind,
    Appearance,
    Career,
    Citation,
    Goal,
    Match,
    Player,
    StatedTotal,
    Team,
    TournamentEntry,
    TournamentStatus,
)

from .conftest import PLAYER_TOML, SOURCES_TOML, TOURNAMENTS_TOML, FixtureFactory

PLAYER_FILE = "fx/players/jo-example.toml"
NEXT = "careerstats list shows every player, and docs/adding-a-player.md how to add one"


def problems_of(root: Path, query: str = "jo-example") -> list[str]:
    with pytest.raises(FixtureError) as caught:
        FixtureSet(root).career(query)
    return [str(problem) for problem in caught.value.problems]


def test_a_valid_folder_loads(make_fixtures: FixtureFactory) -> None:
    career = FixtureSet(make_fixtures()).career("jo-example")
    assert career.player.born == PartialDate(1990, 7, 1)
    assert career.retirement is not None
    assert career.retirement.date == PartialDate(2019, 9)
    assert career.appearances[0].goals == (Goal(minute=17),)
    assert [source.file for source in career.sources] == ["a.txt", "b.txt"]
    assert [t.id for t in career.tournaments] == ["cup-2012", "cup-2016"]


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        (
            "goals = 12",
            'goals = "12"',
            "stated_totals[0].goals: expected a whole number, got '12'",
        ),
        ("caps = 40", "caps = true", "stated_totals[0].caps: expected a whole number, got true"),
        ("caps = 40", "caps = 40.5", "stated_totals[0].caps: expected a whole number, got 40.5"),
        ("caps = 40", "caps = -1", "stated_totals[0].caps: expected 0 or more, got -1"),
        (
            "caps = 40",
            "capz = 40",
            "stated_totals[0]: unknown key 'capz' (did you mean 'caps'?); "
            "expected one of caps, goals, as_of, final, cite",
        ),
        (
            "born = 1990-07-01",
            'born = "1990-02-30"',
            "player.born: expected a date like 2007-03-28, 2007-03 or 2007, got '1990-02-30': "
            "day 30 is out of range for February 1990 (1-28)",
        ),
        (
            'date = "2010-03"',
            'date = "2010-13"',
            "appearances[0].match.date: expected a date like 2007-03-28, 2007-03 or 2007, "
            "got '2010-13': month 13 is out of range 1-12",
        ),
        (
            'date = "2019-09"',
            "date = 2019-09-01T10:00:00",
            "retirement.date: expected a date like 2007-03-28, 2007-03 or 2007, "
            "got a date-time 2019-09-01T10:00:00",
        ),
        (
            'name = "Utopia"',
            'nom = "Utopia"',
            ("team.name: required field missing", "team: unknown key 'nom'; expected one of name"),
        ),
        (
            'status = "played"',
            'status = "playd"',
            "entries[0].status: expected one of played, in-squad-unused, not-selected, excluded, "
            "withdrew-injured, got 'playd'",
        ),
        (
            'aliases = ["Jojo"]',
            'aliases = "Jojo"',
            "player.aliases: expected a list in [brackets], got 'Jojo'",
        ),
        (
            'cite = ["b.txt#5"]',
            'cite = ["b.txt#0"]',
            "absences[0].cite[0]: expected a citation like '001_c26b10d1ae9b22eb.txt#6' "
            "(file#paragraph), got 'b.txt#0'",
        ),
        (
            'cite = ["b.txt#5"]',
            "cite = []",
            "absences[0].cite: expected at least one item, got an empty list",
        ),
        (
            'reason = "Knee"',
            'reason = ""',
            "absences[0].reason: expected text, got an empty string",
        ),
        ('reason = "Knee"', "", "absences[0].reason: required field missing"),
        (
            'id = "jo-example"',
            'id = "Jo Example"',
            "player.id: expected lower-case words joined by hyphens, like 'euro-2008', "
            "got 'Jo Example'",
        ),
        ("minute = 17", "minute = 0", "appearances[0].goals[0].minute: expected 1 or more, got 0"),
        (
            "start = 2013",
            "start = 13",
            "absences[0].start: expected a four-digit year like 2007, got 13",
        ),
    ],
)
def test_each_kind_of_field_error_has_its_message(
    make_fixtures: FixtureFactory, old: str, new: str, expected: str | tuple[str, ...]
) -> None:
    assert old in PLAYER_TOML
    root = make_fixtures(player=PLAYER_TOML.replace(old, new, 1))
    lines = (expected,) if isinstance(expected, str) else expected
    assert problems_of(root) == [f"{PLAYER_FILE}: {line}" for line in lines]


def test_every_problem_in_a_file_is_reported(make_fixtures: FixtureFactory) -> None:
    broken = (
        PLAYER_TOML.replace("goals = 12", 'goals = "12"')
        .replace('date = "2010-03"', 'date = "2010-13"')
        .replace('status = "played"', 'status = "playd"')
    )
    assert len(problems_of(make_fixtures(player=broken))) == 3


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        (
            'cite = ["b.txt#5"]',
            'cite = ["c.txt#5"]',
            "absences[0].cite[0]: cites 'c.txt', which is not a declared source",
        ),
        (
            'cite = ["b.txt#5"]',
            'cite = ["b.txt"]',
            "absences[0].cite[0]: cites article 'b.txt' without a #paragraph",
        ),
        (
            'tournament = "cup-2012"',
            'tournament = "cup2012"',
            "entries[0].tournament: unknown tournament 'cup2012' (did you mean 'cup-2012'?)",
        ),
        (
            'cite = ["b.txt#5"]',
            'cite = ["b.txt#5", "data.csv#2"]',
            "absences[0].cite[1]: cites data set 'data.csv' by file alone, no #paragraph",
        ),
        (
            "final = true",
            "",
            "stated_totals[0]: expected final = true or an as_of date: "
            "a total must say when it held",
        ),
        (
            'opponent = "Freedonia"',
            'opponent = "Freedonia"\ncompetition = "cup-2013"',
            "appearances[0].match.competition: expected 'friendly' or a known tournament id, "
            "got 'cup-2013' (did you mean 'cup-2012' or 'cup-2016'? With --data DIR, a World "
            "Cup or finals tournament of the data sets needs no declaration)",
        ),
        (
            'id = "jo-example"',
            'id = "jo-other"',
            "player.id: expected 'jo-example' (the file's name), got 'jo-other'",
        ),
    ],
)
def test_references_across_the_career_are_checked(
    make_fixtures: FixtureFactory, old: str, new: str, expected: str
) -> None:
    sources = SOURCES_TOML + '\n[[sources]]\nfile = "data.csv"\nkind = "dataset"\n'
    root = make_fixtures(player=PLAYER_TOML.replace(old, new, 1), sources=sources)
    # The player is found by the name in his file, whatever its id says.
    assert problems_of(root, "Jo Éxample") == [f"{PLAYER_FILE}: {expected}"]


def test_a_second_debut_and_a_cap_before_the_debut(make_fixtures: FixtureFactory) -> None:
    extra = """
[[appearances]]
debut = true
cite = ["a.txt#1"]

[appearances.match]
date = 2009-11-14
opponent = "Sylvania"
"""
    assert problems_of(make_fixtures(player=PLAYER_TOML + extra)) == [
        f"{PLAYER_FILE}: appearances[1].debut: a second debut",
        f"{PLAYER_FILE}: appearances[1].match.date: 2009-11-14 comes before the debut (2010-03)",
    ]


def test_toml_syntax_errors_keep_line_and_column(make_fixtures: FixtureFactory) -> None:
    root = make_fixtures(player=PLAYER_TOML.replace("caps = 40", "caps = = 40"))
    assert problems_of(root) == [
        f"{PLAYER_FILE}: line 16, column 8: invalid TOML: invalid value",
    ]


def test_non_utf8_file(make_fixtures: FixtureFactory) -> None:
    root = make_fixtures()
    path = root / "players" / "jo-example.toml"
    path.write_bytes(PLAYER_TOML.encode("utf-8").replace("É".encode(), b"\xc9"))
    with pytest.raises(FixtureError) as caught:
        load_career_file(path)
    assert [str(p) for p in caught.value.problems] == [
        f"{PLAYER_FILE}: line 3, column 12: expected UTF-8 text, got byte 0xc9"
    ]


def test_problems_in_shared_files_name_those_files(make_fixtures: FixtureFactory) -> None:
    root = make_fixtures(
        sources=SOURCES_TOML.replace("published = 2020-05-01", 'published = "May 2020"'),
        tournaments=TOURNAMENTS_TOML.replace('finish = "semi-final"', 'finish = "semis"'),
    )
    assert problems_of(root) == [
        "fx/sources.toml: sources[0].published: expected a date like 2007-03-28, 2007-03 or 2007, "
        "got 'May 2020'",
        "fx/tournaments.toml: tournaments[1].finishes[0].finish: expected one of did-not-qualify, "
        "group-stage, round-of-16, quarter-final, semi-final, runner-up, winner, got 'semis'",
    ]


def test_validate_file_checks_shared_files_on_their_own(make_fixtures: FixtureFactory) -> None:
    root = make_fixtures(tournaments=TOURNAMENTS_TOML.replace('"a.txt#3"', '"z.txt#3"'))
    with pytest.raises(FixtureError) as caught:
        validate_file(root / "tournaments.toml")
    assert [str(p) for p in caught.value.problems] == [
        f"{root / 'tournaments.toml'}: tournaments[1].finishes[0].cite[0]: cites 'z.txt', "
        "which is not a declared source"
    ]
    validate_file(root / "sources.toml")  # no error


# --- finding players ---------------------------------------------------------------------------


@pytest.mark.parametrize("query", ["jo-example", "Jo Example", "JO ÉXAMPLE", "jojo", "example"])
def test_players_are_found_by_id_name_alias_or_surname(
    make_fixtures: FixtureFactory, query: str
) -> None:
    assert FixtureSet(make_fixtures()).find(query).id == "jo-example"


def test_an_unknown_player_gets_close_names(make_fixtures: FixtureFactory) -> None:
    with pytest.raises(UnknownPlayerError) as caught:
        FixtureSet(make_fixtures()).find("jo exampel")
    assert str(caught.value) == f"unknown player 'jo exampel'; did you mean jo-example? {NEXT}"
    with pytest.raises(UnknownPlayerError) as caught:
        FixtureSet(make_fixtures()).find("zidane")
    assert str(caught.value) == f"unknown player 'zidane'; {NEXT}"


def test_a_query_is_never_a_path(make_fixtures: FixtureFactory, tmp_path: Path) -> None:
    root = make_fixtures()
    (tmp_path / "secret.toml").write_text(PLAYER_TOML.replace("jo-example", "secret"))
    with pytest.raises(UnknownPlayerError):
        FixtureSet(root).find("../../secret")
    with pytest.raises(UnknownPlayerError):
        FixtureSet(root).find(str(tmp_path / "secret.toml"))


def test_a_string_of_aliases_is_not_a_list_of_letters(make_fixtures: FixtureFactory) -> None:
    root = make_fixtures(player=PLAYER_TOML.replace('aliases = ["Jojo"]', 'aliases = "Jo"'))
    with pytest.raises(UnknownPlayerError):
        FixtureSet(root).find("j")
    assert FixtureSet(root).players()[0].aliases == ()


def test_a_folder_without_players_is_refused(tmp_path: Path) -> None:
    with pytest.raises(FixtureError) as caught:
        FixtureSet(tmp_path / "nowhere").players()
    assert str(caught.value) == (
        f"{tmp_path / 'nowhere'}: no such folder: expected a fixtures folder with a players/ folder"
    )


# --- round trips --------------------------------------------------------------------------------


def test_the_bundled_career_round_trips_through_json(benzema: Career) -> None:
    assert structure_career(json.loads(json.dumps(dump_career(benzema)))) == benzema


citations = st.builds(
    Citation, file=st.sampled_from(["a.txt", "b.txt"]), paragraph=st.none() | st.integers(1, 40)
)
cites = st.lists(citations, min_size=1, max_size=3).map(tuple)
dates = st.builds(
    lambda day, precision: PartialDate(
        day.year, day.month if precision > 1 else None, day.day if precision > 2 else None
    ),
    # The years a loaded date may have (dates.CAREER_YEARS): others are refused at loading.
    st.dates(min_value=datetime.date(1800, 1, 1), max_value=datetime.date(2100, 12, 31)),
    st.integers(1, 3),
)
text = st.text(min_size=1, max_size=20).filter(lambda value: not value.isspace())
goals = st.builds(
    Goal,
    minute=st.none() | st.integers(1, 120),
    penalty=st.none() | st.booleans(),
    own_goal=st.booleans(),
)
matches = st.builds(Match, date=dates, opponent=text)
appearances = st.builds(
    Appearance,
    match=matches,
    started=st.none() | st.booleans(),
    minutes=st.none() | st.integers(0, 120),
    goals=st.lists(goals, max_size=3).map(tuple),
    cite=cites,
)
careers = st.builds(
    Career,
    player=st.builds(
        Player,
        id=st.from_regex(r"[a-z]{1,8}(-[a-z0-9]{1,5}){0,2}", fullmatch=True),
        name=text,
        born=st.none() | dates,
        aliases=st.lists(text, max_size=2).map(tuple),
        cite=cites,
    ),
    team=st.builds(Team, name=text),
    appearances=st.lists(appearances, max_size=3).map(tuple),
    stated_totals=st.lists(
        st.builds(
            StatedTotal,
            caps=st.none() | st.integers(0, 200),
            goals=st.none() | st.integers(0, 200),
            as_of=st.none() | dates,
            final=st.booleans(),
            cite=cites,
        ),
        max_size=2,
    ).map(tuple),
    entries=st.lists(
        st.builds(
            TournamentEntry,
            tournament=text,
            status=st.sampled_from(TournamentStatus),
            goals=st.none() | st.integers(0, 9),
            cite=cites,
        ),
        max_size=2,
    ).map(tuple),
    absences=st.lists(
        st.builds(
            Absence,
            start=dates,
            end=dates,
            kind=st.sampled_from(AbsenceKind),
            reason=text,
            cite=cites,
        ),
        max_size=2,
    ).map(tuple),
)


@given(careers)
def test_dump_then_load_gives_an_equal_career(career: Career) -> None:
    data = dump_career(career)
    assert structure_career(data) == career
    assert structure_career(json.loads(json.dumps(data))) == career


def test_dump_leaves_out_defaults(benzema: Career) -> None:
    first = dump_career(attrs.evolve(benzema, quotes=(), people=()))["appearances"][0]
    assert first == {
        "match": {"date": "2007-03", "opponent": "Austria"},
        "started": False,
        "debut": True,
        "goals": [{"period": "second-half"}],
        "cite": ["001_c26b10d1ae9b22eb.txt#6", "002_82f36f0be73dd127.txt#10"],
    }


# --- dates in an order no career has ---------------------------------------------------------


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        (
            'date = "2019-09"',
            'date = "2009-09"',
            [
                "appearances[0].match.date: 2010-03 comes after the retirement (2009-09)",
                "retirement.date: 2009-09 comes before the debut (2010-03)",
                "absences[0].start: 2013 comes after the retirement (2009-09)",
                "entries[0].tournament: warning: 'cup-2012' (2012-06-01 to 2012-06-30) comes "
                "after the retirement (2009-09)",
            ],
        ),
        (
            "born = 1990-07-01",
            "born = 2012",
            [
                "appearances[0].match.date: 2010-03 comes before the birth date (2012)",
            ],
        ),
        ("end = 2017", "end = 2012", ["absences[0].end: ends (2012) before it starts (2013)"]),
    ],
)
def test_dates_out_of_order_are_errors(
    make_fixtures: FixtureFactory, old: str, new: str, expected: list[str]
) -> None:
    root = make_fixtures(player=PLAYER_TOML.replace(old, new, 1))
    assert problems_of(root) == [f"{PLAYER_FILE}: {line}" for line in expected]


def test_a_tournament_ending_before_it_starts(make_fixtures: FixtureFactory) -> None:
    root = make_fixtures(tournaments=TOURNAMENTS_TOML.replace("end = 2012-06-30", "end = 2011"))
    assert problems_of(root) == [
        "fx/tournaments.toml: tournaments[0].end: ends (2011) before it starts (2012-06-01)"
    ]


def test_a_byte_order_mark_is_accepted(make_fixtures: FixtureFactory) -> None:
    root = make_fixtures()
    path = root / "players" / "jo-example.toml"
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    assert FixtureSet(root).career("jo-example").player.name == "Jo Éxample"


def test_an_impossible_toml_date_says_so(make_fixtures: FixtureFactory) -> None:
    root = make_fixtures(player=PLAYER_TOML.replace("born = 1990-07-01", "born = 1990-02-30"))
    assert problems_of(root) == [
        f"{PLAYER_FILE}: line 4, column 8: invalid TOML: invalid date or datetime (a date no "
        "calendar has, such as 2022-02-30, or a malformed one)"
    ]


def test_an_unreadable_file_does_not_hide_the_other_players(make_fixtures: FixtureFactory) -> None:
    root = make_fixtures()
    (root / "players" / "broken.toml").write_text("[player\n", encoding="utf-8")
    folder = FixtureSet(root)
    assert folder.career("jojo").player.id == "jo-example"
    refs, unreadable = folder.scan()
    assert [ref.id for ref in refs] == ["jo-example"]
    assert [str(p) for p in unreadable] == [
        "fx/players/broken.toml: line 1, column 8: invalid TOML: expected ']' at the end of a "
        "table declaration"
    ]
    with pytest.raises(FixtureError) as caught:
        folder.career("broken")  # asked for by its file name: its own problem, not "unknown"
    assert caught.value.problems == tuple(unreadable)
    with pytest.raises(UnknownPlayerError) as missing:
        folder.career("zidane")
    assert str(missing.value) == (
        f"unknown player 'zidane' (1 player file could not be read); {NEXT}"
    )


def test_an_ambiguous_name(make_fixtures: FixtureFactory) -> None:
    root = make_fixtures()
    other = PLAYER_TOML.replace('id = "jo-example"', 'id = "jo-other"').replace(
        'name = "Jo Éxample"', 'name = "Jo Other"'
    )
    (root / "players" / "jo-other.toml").write_text(other, encoding="utf-8")
    with pytest.raises(UnknownPlayerError) as caught:
        FixtureSet(root).find("jo")
    assert str(caught.value) == "player 'jo' is ambiguous: it matches jo-example, jo-other"
    assert FixtureSet(root).find("jo other").id == "jo-other"


def test_a_copy_of_a_player_file_is_reported_not_ambiguous(
    make_fixtures: FixtureFactory, capsys: pytest.CaptureFixture[str]
) -> None:
    # Regression: a backup copy in players/ made `summary jo-example` fail as "ambiguous: it
    # matches jo-example, jo-example", and `list` exited 0 without a word about it.
    root = make_fixtures()
    shutil.copy(root / "players" / "jo-example.toml", root / "players" / "jo-example copy.toml")
    assert FixtureSet(root).career("jo-example").player.id == "jo-example"
    assert main(["list", "--fixtures", str(root)]) == 2
    assert capsys.readouterr().err == (
        "careerstats: error: fx/players/jo-example copy.toml: player.id: expected "
        "'jo-example copy' (the file's name), got 'jo-example'\n"
    )
