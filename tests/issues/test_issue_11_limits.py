"""Issue 11 (items 1, 3, 4 and 8) and issue 10 (item 10, one part): what the fixture loader
refuses, and how fast.

Digits other than 0-9, dates no career can hold, counts no career reaches, TOML keys of
thousands of parts and paths the system will not read are each one line naming the file and
the place; a large career is checked in near-linear time. Each test failed before the fix.
"""

from __future__ import annotations

import errno
import os
import time
from collections.abc import Iterator
from pathlib import Path

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from careerstats import validation
from careerstats.cli import main
from careerstats.dates import DateExpression, PartialDate
from careerstats.errors import FixtureError, InvalidDateError
from careerstats.fixtures import (
    MAX_COUNT,
    MAX_TOML_KEY_PARTS,
    FixtureSet,
    load_career_file,
    structure_career,
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
    Score,
    StatedTotal,
    Team,
    Tournament,
    TournamentEntry,
    TournamentStatus,
    Venue,
)
from careerstats.names import plural
from careerstats.statistics import covers

from ..conftest import PLAYER_TOML, FixtureFactory
from ..strategies import partial_dates

PLAYER_FILE = "fx/players/jo-example.toml"
EXPECTED_DATE = "expected a date like 2007-03-28, 2007-03 or 2007"

# Digits that are no 0-9 (written escaped: they look like 0-9 in an editor).
FULLWIDTH_2014 = "\uff12\uff10\uff11\uff14"
FULLWIDTH_1990 = "\uff11\uff19\uff19\uff10"
FULLWIDTH_3 = "\uff13"
ARABIC_INDIC_2014 = "\u0662\u0660\u0661\u0664"
ARABIC_INDIC_3 = "\u0663"
ARABIC_INDIC_5 = "\u0665"


def _problems(root: Path) -> list[str]:
    with pytest.raises(FixtureError) as caught:
        load_career_file(root / "players" / "jo-example.toml")
    return [str(problem) for problem in caught.value.problems]


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as done:  # argparse's usage errors
        code = int(done.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


# --- 11.1: digits are ASCII ------------------------------------------------------------------


@pytest.mark.parametrize("text", [FULLWIDTH_2014, ARABIC_INDIC_2014, "2014-\u0660\u0663"])
def test_a_date_in_digits_of_another_script_is_refused(text: str) -> None:
    """Regression: ``\\d`` matched them and int() read them, so fullwidth 2014 was 2014."""
    with pytest.raises(InvalidDateError) as caught:
        PartialDate.parse(text)
    assert str(caught.value) == f"{EXPECTED_DATE}, got {text!r} (digits are written 0-9)"


def test_a_relative_date_in_digits_of_another_script_is_refused() -> None:
    with pytest.raises(InvalidDateError) as caught:
        DateExpression.parse(f"{ARABIC_INDIC_3} days ago")
    assert str(caught.value) == (
        "expected a date like 2007-03-28, 2007-03, 2007, yesterday, last year, 15 years ago "
        f"or December 18 last year, got '{ARABIC_INDIC_3} days ago' (digits are written 0-9)"
    )


def test_as_of_in_arabic_indic_digits_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _run(capsys, "summary", "karim-benzema", "--as-of", ARABIC_INDIC_2014)
    assert (code, out) == (2, "")
    assert err == (
        f"careerstats summary: error: argument --as-of: {EXPECTED_DATE}, got "
        f"'{ARABIC_INDIC_2014}' "
        "(digits are written 0-9)\n"
    )


def test_top_in_fullwidth_digits_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    """Regression: ``type=int`` read a fullwidth 3 as 3."""
    code, out, err = _run(capsys, "scorers", "--top", FULLWIDTH_3)
    assert (code, out) == (2, "")
    assert err == (
        "careerstats scorers: error: argument --top: expected a whole number like 10, got "
        f"'{FULLWIDTH_3}' "
        "(digits are written 0-9)\n"
    )


def test_fixture_dates_and_paragraphs_in_other_digits_are_refused(
    make_fixtures: FixtureFactory,
) -> None:
    born = f"{FULLWIDTH_1990}-07-01"
    player = PLAYER_TOML.replace("born = 1990-07-01", f'born = "{born}"').replace(
        'cite = ["b.txt#5"]', f'cite = ["b.txt#{ARABIC_INDIC_5}"]'
    )
    assert _problems(make_fixtures(player=player)) == [
        f"{PLAYER_FILE}: player.born: {EXPECTED_DATE}, got '{born}' (digits are written 0-9)",
        f"{PLAYER_FILE}: absences[0].cite[0]: expected a citation like "
        f"'001_c26b10d1ae9b22eb.txt#6' (file#paragraph), got 'b.txt#{ARABIC_INDIC_5}'",
    ]


# --- 11.3: bounded time for TOML keys and for the absence check ------------------------------


def test_a_dotted_key_of_20000_parts_is_refused_before_parsing(
    make_fixtures: FixtureFactory,
) -> None:
    """Regression: tomllib took 18 s and 2.4 GB for this 52 KB line (quadratic in parts)."""
    key = ".".join(["ab"] * 20_000)
    root = make_fixtures(player=f"{PLAYER_TOML}\n{key} = 1\n")
    started = time.perf_counter()
    problems = _problems(root)
    assert time.perf_counter() - started < 1.0  # a generous ceiling: it takes milliseconds
    line = PLAYER_TOML.count("\n") + 2
    assert problems == [
        f"{PLAYER_FILE}: line {line}, column 1: invalid TOML: a dotted key of more than "
        f"{MAX_TOML_KEY_PARTS} parts"
    ]


def test_a_table_header_of_many_quoted_parts_is_refused(make_fixtures: FixtureFactory) -> None:
    header = " . ".join(['"a.b"', "'c'", "d"] * 17)  # 51 parts, quoted ones holding dots
    root = make_fixtures(player=f'x = "1.2.3"\n[[{header}]]\n{PLAYER_TOML}')
    assert _problems(root) == [
        f"{PLAYER_FILE}: line 2, column 3: invalid TOML: a dotted key of more than 50 parts"
    ]


def test_a_key_at_the_limit_and_dots_in_strings_and_numbers_are_read(
    make_fixtures: FixtureFactory,
) -> None:
    key = ".".join(["k"] * MAX_TOML_KEY_PARTS)
    dotted_text = ".".join(["word"] * 200)
    extra = f'\nreason2 = "{dotted_text}"  # {dotted_text}\nscore = 1.5\n{key} = 1\n'
    root = make_fixtures(player=PLAYER_TOML + extra)
    assert _problems(root) == [  # parsed: the keys are unknown to the [[absences]] table
        f"{PLAYER_FILE}: absences[0]: unknown key 'k', 'reason2' (did you mean 'reason'?), "
        "'score'; expected one of start, end, kind, reason, injury, cite"
    ]


CITE = (Citation(file="a.txt", paragraph=1),)


def _cap(date: PartialDate) -> Appearance:
    return Appearance(match=Match(date=date, opponent="Freedonia"), cite=CITE)


def _absence(start: PartialDate, end: PartialDate) -> Absence:
    return Absence(start=start, end=end, kind=AbsenceKind.INJURY, reason="Knee", cite=CITE)


def _career(
    caps: list[Appearance],
    absences: list[Absence],
    tournaments: list[Tournament] = [],  # noqa: B006 (never changed)
    entries: list[TournamentEntry] = [],  # noqa: B006
) -> Career:
    return Career(
        player=Player(id="jo", name="Jo", cite=CITE),
        team=Team(name="Utopia"),
        appearances=tuple(caps),
        absences=tuple(absences),
        tournaments=tuple(tournaments),
        entries=tuple(entries),
    )


def test_6200_appearances_and_6200_absences_are_checked_in_seconds() -> None:
    """Regression: each appearance was checked against each absence: 34 s."""
    count = 6_200
    caps = [_cap(PartialDate(1850 + i % 200, 1 + i % 12, 2 + i % 26)) for i in range(count)]
    # Each absence runs from the 1st to the 28th of one month of 1850-1949: the caps of those
    # years fall inside one, the later ones (checked against every absence before) in none.
    absences = [
        _absence(
            PartialDate(1850 + i % 100, 1 + i % 12, 1), PartialDate(1850 + i % 100, 1 + i % 12, 28)
        )
        for i in range(count)
    ]
    career = _career(caps, absences)
    started = time.perf_counter()
    problems = validation.check_career(career, "x.toml")
    assert time.perf_counter() - started < 5.0  # a generous ceiling; it takes under a second
    inside = [p for p in problems if "falls inside the absence" in p.message]
    assert len(inside) == sum(1 for cap in caps if cap.match.date.year < 1950)
    assert (
        inside[0].message
        == "1850-01-02 falls inside the absence absences[0] (1850-01-01 to 1850-01-28)"
    )


@st.composite
def _ranges(draw: st.DrawFn) -> tuple[PartialDate, PartialDate]:
    window = partial_dates(min_day=PartialDate(2000).earliest, max_day=PartialDate(2003).latest)
    return draw(window), draw(window)


@settings(max_examples=200, deadline=None)
@given(
    caps=st.lists(
        partial_dates(min_day=PartialDate(2000).earliest, max_day=PartialDate(2003).latest),
        max_size=8,
    ),
    absences=st.lists(_ranges(), max_size=8),
    tournaments=st.lists(_ranges(), max_size=5),
)
def test_the_fast_absence_checks_say_what_checking_every_pair_says(
    caps: list[PartialDate],
    absences: list[tuple[PartialDate, PartialDate]],
    tournaments: list[tuple[PartialDate, PartialDate]],
) -> None:
    """The index finds, for each appearance and entry, the first absence the rule names."""
    career = _career(
        [_cap(date) for date in caps],
        [_absence(start, end) for start, end in absences],
        [
            Tournament(id=f"t-{i}", name="T", edition=2000, start=start, end=end, cite=CITE)
            for i, (start, end) in enumerate(tournaments)
        ],
        [
            TournamentEntry(tournament=f"t-{i}", status=TournamentStatus.PLAYED, cite=CITE)
            for i in range(len(tournaments))
        ],
    )

    def first(holds: Iterator[bool]) -> int | None:
        return next((which for which, held in enumerate(holds) if held), None)

    expected_caps = [
        first(validation._inside(cap.match.date, absence) for absence in career.absences)
        for cap in career.appearances
    ]
    expected_entries = [
        first(covers(absence, tournament) for absence in career.absences)
        for tournament in career.tournaments
    ]
    found_caps: list[int | None] = [None] * len(caps)
    for problem in validation._caps_in_absences(career, "x"):
        index = int(problem.place.split("[")[1].split("]")[0])
        found_caps[index] = int(problem.message.split("absences[")[1].split("]")[0])
    found_entries: list[int | None] = [None] * len(tournaments)
    for problem in validation._entries_in_absences(career, "x"):
        index = int(problem.place.split("[")[1].split("]")[0])
        found_entries[index] = int(problem.message.split("absences[")[1].split("]")[0])
    assert (found_caps, found_entries) == (expected_caps, expected_entries)


# --- 11.4: every file-system error is a line -------------------------------------------------

LONG = "x" * 300  # longer than any file system's 255 bytes a name: ENAMETOOLONG


@pytest.mark.parametrize(
    ("argv", "environment"),
    [
        (["list", "--fixtures", LONG], {}),
        (["summary", "jojo", "--fixtures", LONG], {}),
        (["list"], {"CAREERSTATS_FIXTURES": LONG}),
        (["validate", "fx/players/jo-example.toml", "--fixtures", LONG], {}),
        (["validate", "fx/players/jo-example.toml", "--articles", LONG], {}),
    ],
    ids=["list", "summary", "environment", "validate-fixtures", "validate-articles"],
)
def test_a_folder_name_too_long_is_one_line(
    make_fixtures: FixtureFactory,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    argv: list[str],
    environment: dict[str, str],
) -> None:
    """Regression: is_dir() raised OSError [Errno 36] File name too long, a traceback."""
    make_fixtures()
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    code, out, err = _run(capsys, *argv)
    assert (code, out, err) == (
        2,
        "",
        f"careerstats: error: {LONG}: cannot read: File name too long\n",
    )


def test_a_player_file_in_a_folder_named_too_long_is_one_line(
    make_fixtures: FixtureFactory, capsys: pytest.CaptureFixture[str]
) -> None:
    make_fixtures()
    code, out, err = _run(capsys, "validate", f"{LONG}/players/x.toml")
    assert (code, out) == (1, "")
    assert err.splitlines()[0] == f"{LONG}: cannot read: File name too long"


def _deny(monkeypatch: pytest.MonkeyPatch, function: str, denied: str) -> None:
    """Make ``os.<function>`` refuse ``denied`` as a folder without permission would (the
    tests run as root, whom chmod does not stop)."""
    real = getattr(os, function)

    def refuse(path: object = ".", *args: object, **kwargs: object) -> object:
        if os.fspath(path) == denied:  # type: ignore[arg-type]
            raise PermissionError(errno.EACCES, "Permission denied", denied)
        return real(path, *args, **kwargs)

    monkeypatch.setattr(os, function, refuse)


@pytest.mark.parametrize("argv", [["list"], ["summary", "jojo"]], ids=["list", "summary"])
def test_an_unreadable_players_folder_says_permission_denied(
    make_fixtures: FixtureFactory,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    argv: list[str],
) -> None:
    """Regression: glob() answered the unreadable folder with no files: "No players in this
    fixtures folder", and "unknown player 'jojo'"."""
    make_fixtures()
    _deny(monkeypatch, "scandir", "fx/players")
    code, out, err = _run(capsys, *argv, "--fixtures", "fx")
    assert (code, out, err) == (
        2,
        "",
        "careerstats: error: fx/players: cannot read: Permission denied\n",
    )


def test_an_articles_folder_that_may_not_be_read(
    make_fixtures: FixtureFactory,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Regression: is_dir() raised PermissionError: a traceback."""
    make_fixtures()
    Path("art").mkdir()
    _deny(monkeypatch, "stat", "art")
    code, out, err = _run(capsys, "validate", "fx/players/jo-example.toml", "--articles", "art")
    assert (code, out, err) == (2, "", "careerstats: error: art: cannot read: Permission denied\n")


def test_a_fixtures_folder_that_may_not_be_looked_into(
    make_fixtures: FixtureFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_fixtures()
    _deny(monkeypatch, "stat", "fx/players")
    with pytest.raises(FixtureError) as caught:
        FixtureSet("fx").players()
    assert str(caught.value) == "fx/players: cannot read: Permission denied"


# --- 11.8: what no career can hold is refused at loading -------------------------------------

RANGE = "expected a date from 1800 to 2100"


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ("born = 1990-07-01", "born = 0001-05-05", f"player.born: {RANGE}, got 0001-05-05"),
        ("born = 1990-07-01", "born = 1799", f"player.born: {RANGE}, got 1799"),
        ('date = "2019-09"', 'date = "9999-09"', f"retirement.date: {RANGE}, got 9999-09"),
        (
            'date = "2010-03"',
            "date = 2101-01-01",
            f"appearances[0].match.date: {RANGE}, got 2101-01-01",
        ),
    ],
    ids=["year-1", "year-1799", "year-9999", "year-2101"],
)
def test_a_date_no_career_can_hold_is_refused(
    make_fixtures: FixtureFactory, old: str, new: str, expected: str
) -> None:
    """Regression: a fixture date in the year 1 or 9999 loaded, then crashed plot."""
    assert old in PLAYER_TOML
    problems = _problems(make_fixtures(player=PLAYER_TOML.replace(old, new, 1)))
    assert problems == [f"{PLAYER_FILE}: {expected}"]


def test_plot_of_a_career_in_the_year_1_is_one_line(
    make_fixtures: FixtureFactory, capsys: pytest.CaptureFixture[str]
) -> None:
    """Regression: plot ended in OverflowError: date value out of range."""
    player = PLAYER_TOML.replace('date = "2010-03"', "date = 0001-03-01")
    make_fixtures(player=player)
    code, out, err = _run(capsys, "plot", "jojo", "--fixtures", "fx", "-o", "x.svg")
    assert (code, out) == (2, "")
    assert err == (
        f"careerstats: error: {PLAYER_FILE}: appearances[0].match.date: {RANGE}, got 0001-03-01\n"
    )
    assert not Path("x.svg").exists()


def test_shared_and_claim_dates_are_held_to_the_career_years(
    make_fixtures: FixtureFactory,
) -> None:
    sources = '[[sources]]\nfile = "a.txt"\npublished = 1700-05-01\n\n[[sources]]\nfile = "b.txt"\n'
    claim = '\n[[claims]]\nkind = "age"\nyears = 30\non = "0001"\ncite = ["a.txt#1"]\n'
    root = make_fixtures(player=PLAYER_TOML + claim, sources=sources)
    assert _problems(root) == [
        f"fx/sources.toml: sources[0].published: {RANGE}, got 1700-05-01",
        f"{PLAYER_FILE}: claims[0].on: {RANGE}, got 0001",
    ]


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        (
            "caps = 40",
            "caps = 100000000000000000000",
            "stated_totals[0].caps: expected a whole number up to 10,000, got "
            "100000000000000000000",
        ),
        (
            "minute = 17",
            "minute = " + "9" * 4000,
            "appearances[0].goals[0].minute: expected a whole number up to 10,000, got a number "
            "of 4,000 digits",
        ),
        (
            'cite = ["b.txt#4"]',
            'cite = ["b.txt#10001"]',
            "entries[0].cite[0]: expected a paragraph number up to 10,000, got 'b.txt#10001'",
        ),
    ],
    ids=["caps", "minute", "paragraph"],
)
def test_a_count_no_career_reaches_is_refused(
    make_fixtures: FixtureFactory, old: str, new: str, expected: str
) -> None:
    """Regression: stated caps of 10**20 loaded, then crashed to_frame() (int64 overflow)."""
    assert old in PLAYER_TOML
    problems = _problems(make_fixtures(player=PLAYER_TOML.replace(old, new, 1)))
    assert problems == [f"{PLAYER_FILE}: {expected}"]


def test_counts_up_to_the_ceiling_load() -> None:
    data = {
        "player": {"id": "jo", "name": "Jo", "cite": [f"a.txt#{MAX_COUNT}"]},
        "team": {"name": "Utopia"},
        "stated_totals": [{"caps": MAX_COUNT, "final": True, "cite": ["a.txt#1"]}],
    }
    career = structure_career(data)
    assert (career.stated_totals[0].caps, career.player.cite[0].paragraph) == (10_000, 10_000)


# --- 10.10: a bare year-month in TOML ---------------------------------------------------------


def test_a_bare_year_month_is_a_syntax_error_with_a_hint_to_quote_it(
    make_fixtures: FixtureFactory,
) -> None:
    player = PLAYER_TOML.replace('date = "2019-09"', "date = 2019-09")
    line = player.splitlines().index("date = 2019-09") + 1
    assert _problems(make_fixtures(player=player)) == [
        f"{PLAYER_FILE}: line {line}, column 12: invalid TOML: expected newline or end of "
        'document after a statement (a year-month is written in quotes: date = "2019-09")'
    ]


@settings(max_examples=200, deadline=None)
@given(
    caps=st.lists(
        partial_dates(min_day=PartialDate(2000).earliest, max_day=PartialDate(2001).latest),
        max_size=8,
    ),
    as_of=st.lists(
        partial_dates(min_day=PartialDate(2000).earliest, max_day=PartialDate(2001).latest),
        max_size=4,
    ),
)
def test_totals_are_checked_against_what_counting_every_cap_gives(
    caps: list[PartialDate], as_of: list[PartialDate]
) -> None:
    """The bisection counts what comparing each cap's date with the total's date counts."""
    goal = Goal(minute=10)
    appearances = [attrs.evolve(_cap(date), goals=(goal,) * (i % 3)) for i, date in enumerate(caps)]
    totals = [StatedTotal(caps=0, goals=0, as_of=date, cite=CITE) for date in as_of]
    career = attrs.evolve(_career(appearances, []), stated_totals=tuple(totals))
    expected = []
    for index, date in enumerate(as_of):
        by_then = [cap for cap in appearances if cap.match.date.compare(date) in (-1, 0)]
        goals = sum(len(cap.goals) for cap in by_then)
        for field, counted, noun in (
            ("caps", len(by_then), "appearance"),
            ("goals", goals, "goal"),
        ):
            if counted:
                verb = "is" if counted == 1 else "are"
                expected.append(
                    f"x: stated_totals[{index}].{field}: warning: 0 as of {date}, but "
                    f"{plural(counted, noun)} {verb} recorded by then"
                )
    assert [str(p) for p in validation._totals_below_counts(career, "x")] == expected


def test_6000_stated_totals_against_6000_appearances_are_checked_in_seconds() -> None:
    """Regression: each total counted the appearances afresh: 6,000 x 6,000 comparisons."""
    caps = [_cap(PartialDate(1850 + i % 200, 1 + i % 12, 1 + i % 28)) for i in range(6_000)]
    totals = [
        StatedTotal(caps=1, as_of=PartialDate(2060 + i % 40), cite=CITE) for i in range(6_000)
    ]
    career = attrs.evolve(_career(caps, []), stated_totals=tuple(totals))
    started = time.perf_counter()
    problems = list(validation._totals_below_counts(career, "x"))
    assert time.perf_counter() - started < 5.0  # a generous ceiling; it takes milliseconds
    assert len(problems) == 6_000
    assert str(problems[0]) == (
        "x: stated_totals[0].caps: warning: 1 as of 2060, but 6000 appearances are recorded by then"
    )


def _same_match_pair_by_pair(career: Career) -> list[str]:
    """The check as it was, comparing each appearance with every earlier one of its year."""
    caps = career.appearances
    found = []
    for later, cap in enumerate(caps):
        for earlier in range(later):
            first, second = caps[earlier].match, cap.match
            if first.date.year != second.date.year:
                continue
            same_opponent = first.opponent.casefold() == second.opponent.casefold()
            order = first.date.compare(second.date)
            if order == 0:
                found.append(f"{later}: {'same' if same_opponent else 'one day'} {earlier}")
            elif order is None and same_opponent and not validation._told_apart(first, second):
                found.append(f"{later}: may be {earlier}")
            else:
                continue
            break
    return found


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.builds(
            Match,
            date=partial_dates(
                min_day=PartialDate(2000).earliest, max_day=PartialDate(2001, 2).latest
            ),
            opponent=st.sampled_from(["Freedonia", "FREEDONIA", "Sylvania"]),
            venue=st.none() | st.sampled_from(Venue),
            score=st.none()
            | st.sampled_from([Score(scored=1, conceded=0), Score(scored=2, conceded=0)]),
            competition=st.none() | st.sampled_from(["friendly", "cup-2000"]),
        ),
        max_size=10,
    )
)
def test_the_fast_same_match_check_says_what_comparing_every_pair_says(
    matches: list[Match],
) -> None:
    career = _career([Appearance(match=match, cite=CITE) for match in matches], [])
    found = []
    for problem in validation._same_match(career, "x"):
        later = problem.place.split("[")[1].split("]")[0]
        earlier = problem.message.split("appearances[")[1].split("]")[0]
        if problem.message.startswith("the same match"):
            kind = "same"
        elif problem.message.endswith("two matches on one day"):
            kind = "one day"
        else:
            kind = "may be"
        found.append(f"{later}: {kind} {earlier}")
    assert found == _same_match_pair_by_pair(career)


def test_15000_appearances_in_one_year_are_checked_in_seconds() -> None:
    """Regression: each appearance was compared with every earlier one of its year: a 1 MiB
    fixture of appearances v one opponent in one year, told apart by their scores, took
    minutes."""
    caps = [
        Appearance(
            match=Match(
                date=PartialDate(2010),
                opponent="Freedonia",
                score=Score(scored=i % 100, conceded=i // 100),
            ),
            cite=CITE,
        )
        for i in range(15_000)
    ]
    started = time.perf_counter()
    problems = list(validation._same_match(_career(caps, []), "x"))
    assert time.perf_counter() - started < 5.0  # a generous ceiling; it takes a fraction of it
    assert problems == []


def test_an_article_that_may_not_be_read_is_a_problem_not_skipped(
    make_fixtures: FixtureFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Regression: a permission error on an article passed silently: its paragraphs went
    unchecked and ``validate`` said ok."""
    root = make_fixtures()
    articles = root / "articles"
    articles.mkdir()
    (articles / "a.txt").write_text("One.\n\nTwo.\n", encoding="utf-8")
    _deny(monkeypatch, "stat", str((articles / "a.txt").resolve()))
    assert [str(p) for p in FixtureSet(root).check(root / "players" / "jo-example.toml")] == [
        "fx/sources.toml: sources[0].file: 'a.txt': cannot read: Permission denied"
    ]
