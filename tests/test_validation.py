"""Whole-career validation: every check, error and warning, word for word; all in one run."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from careerstats.cli import main
from careerstats.errors import FixtureError, Problem, Severity
from careerstats.fixtures import (
    MAX_ARTICLE_BYTES,
    FixtureSet,
    bundled_fixtures_dir,
    validate_file,
)
from careerstats.model import Career
from careerstats.validation import check_career

from .conftest import PLAYER_TOML, SHARED, SOURCES_TOML, TOURNAMENTS_TOML, FixtureFactory
from .test_fixtures import careers

PLAYER_FILE = "fx/players/jo-example.toml"

# The made-up career of conftest: born 1990-07-01, debut 2010-03 v Freedonia (a goal in the
# 17th minute), retired 2019-09; played at cup-2012 (2 goals stated); absent 2013–2017; a final
# total of 40 caps and 12 goals. cup-2012 is 2012-06-01 to 2012-06-30, cup-2016 June 2016.


def cap(
    date: str,
    opponent: str = "Sylvania",
    *,
    match: str = "",
    goals: str = "",
    more: str = "",
) -> str:
    """An [[appearances]] table; ``match`` adds keys to its match, ``goals`` its goal tables."""
    return f"""
[[appearances]]
cite = ["a.txt#1"]
{more}
[appearances.match]
date = "{date}"
opponent = "{opponent}"
{match}
{goals}
"""


def goal(minute: int, period: str | None = None, own_goal: bool = False) -> str:
    lines = ["[[appearances.goals]]", f"minute = {minute}"]
    if period:
        lines.append(f'period = "{period}"')
    if own_goal:
        lines.append("own_goal = true")
    return "\n".join(lines) + "\n"


def entry(tournament: str, status: str = "played", more: str = "") -> str:
    return f"""
[[entries]]
tournament = "{tournament}"
status = "{status}"
cite = ["b.txt#4"]
{more}
"""


def tournament(id: str, start: str, end: str) -> str:
    return f"""
[[tournaments]]
id = "{id}"
name = "{id}"
edition = {start[:4]}
start = {start}
end = {end}
cite = ["a.txt#1"]
"""


def lines_of(problems: list[Problem]) -> list[str]:
    return [str(problem).removeprefix(f"{PLAYER_FILE}: ") for problem in problems]


def check(make_fixtures: FixtureFactory, player: str, **files: str) -> list[str]:
    """Every problem of the player file, without its file name; warnings say so."""
    root = make_fixtures(player=player, **files)
    return lines_of(FixtureSet(root).check(root / "players" / "jo-example.toml"))


def test_the_made_up_career_has_no_problem(make_fixtures: FixtureFactory) -> None:
    assert check(make_fixtures, PLAYER_TOML) == []


# --- each check ----------------------------------------------------------------------------------

CASES = {
    "a cap inside an absence": (
        cap("2015-06-10"),
        ["appearances[1].match.date: 2015-06-10 falls inside the absence absences[0] (2013–2017)"],
    ),
    "caps the precision cannot place inside or outside an absence": (
        cap("2013") + cap("2017-05", "Arcadia") + cap("2013-01-01", "Borduria"),
        [],
    ),
    "caps on an absence's first and last days, where a match may still be played": (
        "\n[[absences]]\nstart = 2011-10-01\nend = 2011-10-31\nkind = 'injury'\nreason = 'Ankle'"
        "\ncite = ['b.txt#5']\n" + cap("2011-10-01") + cap("2011-10-31", "Arcadia"),
        [],
    ),
    "an entry for a tournament an absence spans, first and last days included": (
        tournament("cup-2018", "2018-06-14", "2018-07-15")
        + entry("cup-2018")
        + "\n[[absences]]\nstart = 2018-06-14\nend = 2018-07-15\nkind = 'injury'"
        "\nreason = 'Ankle'\ncite = ['b.txt#5']\n",
        [
            "entries[1].status: warning: played at 'cup-2018' (2018-06-14 to 2018-07-15), which "
            "falls inside the absence absences[1] (2018-06-14 to 2018-07-15)"
        ],
    ),
    "the same match twice": (
        cap("2011-10-07") + cap("2011-10-07", "sylvania"),
        ["appearances[2].match: the same match as appearances[1] (2011-10-07 v Sylvania)"],
    ),
    "two matches on one day": (
        cap("2011-10-07") + cap("2011-10-07", "Arcadia"),
        [
            "appearances[2].match.date: 2011-10-07 is also the date of appearances[1] "
            "(v Sylvania): two matches on one day"
        ],
    ),
    "a pair the dates cannot tell apart": (
        cap("2011-10") + cap("2011-10-07"),
        [
            "appearances[2].match: warning: may be the same match as appearances[1] "
            "(2011-10 v Sylvania): the dates cannot tell them apart; give the day, the venue "
            "or the score"
        ],
    ),
    "a pair the venues tell apart": (
        cap("2011-10", match='venue = "home"') + cap("2011-10", match='venue = "away"'),
        [],
    ),
    "a minute past the end of any match": (
        cap("2011-10-07", goals=goal(136)),
        [
            "appearances[1].goals[0].minute: 136 is past the end of any match (120 minutes and "
            "up to 15 of stoppage time)"
        ],
    ),
    "minutes outside the goal's period": (
        cap(
            "2011-10-07",
            goals=goal(61, "first-half") + goal(45, "second-half") + goal(90, "extra-time"),
        ),
        [
            "appearances[1].goals[0].minute: 61 is not in the first half (minutes 1–45 and up "
            "to 15 of stoppage time)",
            "appearances[1].goals[1].minute: 45 is not in the second half (minutes 46–90 and up "
            "to 15 of stoppage time)",
            "appearances[1].goals[2].minute: 90 is not in extra time (minutes 91–120 and up to "
            "15 of stoppage time)",
        ],
    ),
    "minutes in stoppage time": (
        cap(
            "2011-10-07",
            goals=goal(47, "first-half") + goal(99, "second-half") + goal(123, "extra-time"),
        ),
        [],
    ),
    "more goals than the score gives either team": (
        cap(
            "2011-10-07",
            match="score = { scored = 1, conceded = 0 }",
            goals=goal(10) + goal(20) + goal(30, own_goal=True),
        ),
        [
            "appearances[1].goals: 2 goals for Utopia, more than the 1 the score gives it (1–0)",
            "appearances[1].goals: 1 own goal, more than the 0 the score gives Sylvania (1–0)",
        ],
    ),
    "a cap at a tournament outside its days": (
        cap("2012-05-30", match='competition = "cup-2012"'),
        [
            "appearances[1].match.date: 2012-05-30 is not during 'cup-2012' (2012-06-01 to "
            "2012-06-30)"
        ],
    ),
    "entries that contradict themselves": (
        tournament("cup-2018", "2018-06-14", "2018-07-15")
        + tournament("cup-2011", "2011-06-01", "2011-06-30")
        + entry("cup-2018", "not-selected", "appearances = 2\ngoals = 1")
        + entry("cup-2011", "played", "appearances = 0"),
        [
            "entries[1].appearances: 2 appearances, but the status is not-selected",
            "entries[1].goals: 1 goal, but the status is not-selected",
            "entries[2].appearances: 0 appearances, but the status is played",
        ],
    ),
    "entries the recorded caps contradict": (
        tournament("cup-2018", "2018-06-14", "2018-07-15")
        + cap("2012-06-10", match='competition = "cup-2012"', goals=goal(5) + goal(6) + goal(7))
        + cap("2018-06-20", "Arcadia", match='competition = "cup-2018"')
        + entry("cup-2018", "not-selected"),
        [
            "entries[0].goals: warning: 2 stated, but 3 goals at 'cup-2012' are recorded",
            "entries[1].status: warning: not-selected, but an appearance at 'cup-2018' is "
            "recorded (appearances[2])",
        ],
    ),
    "more caps at a tournament than the entry states": (
        PLAYER_TOML.split("[[entries]]")[0]
        + cap("2012-06-10", match='competition = "cup-2012"')
        + cap("2012-06-14", "Arcadia", match='competition = "cup-2012"')
        + entry("cup-2012", more="appearances = 1"),
        ["entries[0].appearances: warning: 1 stated, but 2 appearances at 'cup-2012' are recorded"],
    ),
    "an entry that says played during an absence": (
        entry("cup-2016"),
        [
            "entries[1].status: warning: played at 'cup-2016' (2016-06-01 to 2016-06-30), which "
            "falls inside the absence absences[0] (2013–2017)"
        ],
    ),
    "totals smaller than the events recorded": (
        PLAYER_TOML.replace("caps = 40", "caps = 0").replace("goals = 12", "goals = 0")
        + cap("2011-10-07")
        + "\n[[stated_totals]]\ncaps = 1\nas_of = 2012\ncite = ['a.txt#2']\n",
        [
            "stated_totals[0].caps: warning: 0 stated, but 2 appearances are recorded",
            "stated_totals[0].goals: warning: 0 stated, but 1 goal is recorded",
            "stated_totals[1].caps: warning: 1 as of 2012, but 2 appearances are recorded by then",
            # The career-end 0 after 1 in 2012 is also a total that went down.
            "stated_totals[0]: 0 caps stated at the career's end [a.txt#2] after 1 stated in 2012 "
            "[a.txt#2]: totals never go down",
        ],
    ),
    "a total the precision cannot compare with the caps": (
        cap("2011-10-07")
        + "\n[[stated_totals]]\ncaps = 1\nas_of = '2011-10'\ncite = ['a.txt#2']\n",
        [],
    ),
    "dates before the birth": (
        tournament("cup-1986", "1986-06-01", "1986-06-30")
        + entry("cup-1986", "not-selected")
        + "\n[[honours]]\nname = 'Youth cup'\nkind = 'club'\ndate = 1989\ncite = ['a.txt#3']\n"
        + "\n[[stated_totals]]\ncaps = 0\nas_of = '1990-06'\ncite = ['a.txt#2']\n"
        + "\n[[absences]]\nstart = '1990-05'\nend = '1990-08'\nkind = 'personal'\nreason = 'Study'"
        + "\ncite = ['b.txt#5']\n"
        + "\n[absences.injury]\nbody_part = 'knee'\noccurred = 1989\ncite = ['b.txt#5']\n",
        [
            "absences[1].start: 1990-05 comes before the birth date (1990-07-01)",
            "absences[1].injury.occurred: 1989 comes before the birth date (1990-07-01)",
            "honours[0].date: 1989 comes before the birth date (1990-07-01)",
            "stated_totals[1].as_of: 1990-06 comes before the birth date (1990-07-01)",
            "entries[1].tournament: 'cup-1986' (1986-06-01 to 1986-06-30) comes before the "
            "birth date (1990-07-01)",
        ],
    ),
    "dates after the retirement": (
        tournament("cup-2020", "2020-06-01", "2020-06-30")
        + entry("cup-2020", "not-selected")
        + "\n[[honours]]\nname = 'Cup'\nkind = 'international'\ndate = 2020\ncite = ['a.txt#3']\n"
        + "\n[[honours]]\nname = 'League'\nkind = 'club'\ndate = 2021\ncite = ['a.txt#3']\n"
        + "\n[[stated_totals]]\ncaps = 40\nas_of = 2020\ncite = ['a.txt#2']\n"
        + "\n[[absences]]\nstart = 2018\nend = 2020\nkind = 'injury'\nreason = 'Hip'"
        + "\ncite = ['b.txt#5']\n"
        + "\n[[absences]]\nstart = 2021\nend = 2022\nkind = 'personal'\nreason = 'Rest'"
        + "\ncite = ['b.txt#5']\n",
        [
            "absences[1].end: warning: 2020 comes after the retirement (2019-09): an absence ends "
            "with the career at the latest",
            "absences[2].start: 2021 comes after the retirement (2019-09)",
            "honours[0].date: warning: 2020 comes after the retirement (2019-09)",
            "stated_totals[1].as_of: warning: 2020 comes after the retirement (2019-09): a total "
            "after the career is its final total",
            "entries[1].tournament: warning: 'cup-2020' (2020-06-01 to 2020-06-30) comes after "
            "the retirement (2019-09)",
        ],
    ),
    "caps stated before the debut": (
        tournament("cup-2008", "2008-06-07", "2008-06-29")
        + entry("cup-2008")
        + "\n[[stated_totals]]\ncaps = 3\ngoals = 0\nas_of = 2009\ncite = ['a.txt#2']\n",
        [
            "entries[1].status: warning: played at 'cup-2008' (2008-06-07 to 2008-06-29), which "
            "comes before the debut (2010-03)",
            "stated_totals[1].caps: warning: 3 as of 2009, which comes before the debut (2010-03)",
        ],
    ),
    "no debut marked": (
        PLAYER_TOML.replace("debut = true\n", ""),
        [
            "appearances: warning: no appearance is marked debut = true, so the debut, the "
            "career span and the age at debut are not known"
        ],
    ),
}


@pytest.mark.parametrize(("extra", "expected"), CASES.values(), ids=CASES.keys())
def test_each_check_has_its_message(
    make_fixtures: FixtureFactory, extra: str, expected: list[str]
) -> None:
    player = extra if extra.startswith("[player]") else PLAYER_TOML + extra
    assert check(make_fixtures, player) == expected


def test_every_problem_of_a_career_is_reported_in_one_run(
    make_fixtures: FixtureFactory, capsys: pytest.CaptureFixture[str]
) -> None:
    player = (
        PLAYER_TOML.replace("goals = 12", "goals = 0")
        + cap("2015-06-10")
        + cap("2011-10-07", goals=goal(70, "first-half"))
        + cap("2011-10-07", "Arcadia")
        + entry("cup-2016")
    )
    expected = [
        "entries[1].status: warning: played at 'cup-2016' (2016-06-01 to 2016-06-30), which "
        "falls inside the absence absences[0] (2013–2017)",
        "appearances[1].match.date: 2015-06-10 falls inside the absence absences[0] (2013–2017)",
        "appearances[3].match.date: 2011-10-07 is also the date of appearances[2] (v Sylvania): "
        "two matches on one day",
        "appearances[2].goals[0].minute: 70 is not in the first half (minutes 1–45 and up to 15 "
        "of stoppage time)",
        "stated_totals[0].goals: warning: 0 stated, but 2 goals are recorded",
    ]
    assert sorted(check(make_fixtures, player)) == sorted(expected)
    root = Path("fx")
    with pytest.raises(FixtureError) as caught:
        FixtureSet(root).career("jo-example")
    assert len(caught.value.errors) == 3
    assert len(caught.value.warnings) == 2
    assert sorted(lines_of(list(caught.value.problems))) == sorted(expected)

    code = main(["validate", str(root / "players" / "jo-example.toml")])
    out, err = capsys.readouterr()
    assert (code, out) == (1, "")
    assert err.splitlines()[-1] == "1 of 1 file with problems: 3 errors, 2 warnings"
    assert len(err.splitlines()) == 6


def test_the_order_of_problems_follows_the_checks(make_fixtures: FixtureFactory) -> None:
    player = PLAYER_TOML + cap("2011-10-07", goals=goal(200)) + cap("2015-06-10")
    assert check(make_fixtures, player) == [
        "appearances[2].match.date: 2015-06-10 falls inside the absence absences[0] (2013–2017)",
        "appearances[1].goals[0].minute: 200 is past the end of any match (120 minutes and up to "
        "15 of stoppage time)",
    ]


# --- warnings do not stop a career from loading ----------------------------------------------


def test_a_career_with_warnings_only_loads(make_fixtures: FixtureFactory) -> None:
    root = make_fixtures(player=PLAYER_TOML + entry("cup-2016"))
    path = root / "players" / "jo-example.toml"
    career = FixtureSet(root).career("jo-example")
    assert [e.tournament for e in career.entries] == ["cup-2012", "cup-2016"]
    warnings = validate_file(path)
    assert [problem.severity for problem in warnings] == [Severity.WARNING]
    assert str(warnings[0]) == (
        f"{PLAYER_FILE}: entries[1].status: warning: played at 'cup-2016' (2016-06-01 to "
        "2016-06-30), which falls inside the absence absences[0] (2013–2017)"
    )
    assert validate_file(root / "sources.toml") == []


def test_an_error_brings_the_warnings_with_it(
    make_fixtures: FixtureFactory, capsys: pytest.CaptureFixture[str]
) -> None:
    root = make_fixtures(player=PLAYER_TOML + entry("cup-2016") + cap("2015-06-10"))
    code = main(["summary", "jo-example", "--fixtures", str(root)])
    out, err = capsys.readouterr()
    assert (code, out) == (2, "")
    assert err.splitlines() == [
        "careerstats: error: fx/players/jo-example.toml: appearances[1].match.date: 2015-06-10 "
        "falls inside the absence absences[0] (2013–2017)",
        "careerstats: warning: fx/players/jo-example.toml: entries[1].status: played at "
        "'cup-2016' (2016-06-01 to 2016-06-30), which falls inside the absence absences[0] "
        "(2013–2017)",
    ]


def test_a_problem_is_an_error_unless_it_says_otherwise() -> None:
    problem = Problem("f.toml", "a", "m")
    assert (problem.severity, problem.is_error, str(problem)) == (
        Severity.ERROR,
        True,
        "f.toml: a: m",
    )
    warning = Problem("f.toml", "", "m", Severity.WARNING)
    assert (warning.is_error, warning.where, str(warning)) == (
        False,
        "f.toml",
        "f.toml: warning: m",
    )


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(careers)
def test_the_checks_never_raise(career: Career) -> None:
    """Whatever a structured career holds, the checks answer with problems, never an exception."""
    for problem in check_career(career, "x.toml"):
        assert problem.file == "x.toml"
        assert "\n" not in problem.message


# --- citations and the articles ---------------------------------------------------------------

ARTICLE_A = "Title\n\nFirst paragraph.\n\nSecond,\non two lines.\n"  # 3 paragraphs


def write_articles(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "a.txt").write_text(ARTICLE_A, encoding="utf-8")
    return folder


def test_a_paragraph_an_article_does_not_have(make_fixtures: FixtureFactory) -> None:
    root = make_fixtures(player=PLAYER_TOML.replace('cite = ["a.txt#2"]', 'cite = ["a.txt#4"]'))
    path = root / "players" / "jo-example.toml"
    # No articles folder: nothing to count, nothing reported.
    assert FixtureSet(root).check(path) == []
    # An articles/ folder inside the fixtures folder is found; b.txt is not in it: not checked.
    write_articles(root / "articles")
    assert lines_of(FixtureSet(root).check(path)) == [
        "stated_totals[0].cite[0]: cites paragraph 4 of 'a.txt', which has 3 paragraphs",
        "retirement.cite[0]: cites paragraph 4 of 'a.txt', which has 3 paragraphs",
    ]


def test_the_articles_folder_given_is_used(
    make_fixtures: FixtureFactory, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = make_fixtures(tournaments=TOURNAMENTS_TOML.replace('"a.txt#3"', '"a.txt#9"'))
    articles = write_articles(tmp_path / "elsewhere")
    path = root / "tournaments.toml"
    with pytest.raises(FixtureError) as caught:
        validate_file(path, articles=articles)
    assert [str(p) for p in caught.value.problems] == [
        "fx/tournaments.toml: tournaments[1].finishes[0].cite[0]: cites paragraph 9 of 'a.txt', "
        "which has 3 paragraphs"
    ]
    code = main(["validate", str(path), "--articles", str(articles)])
    assert code == 1
    assert validate_file(path) == []  # without the articles, nothing to check
    capsys.readouterr()


def test_a_missing_articles_folder_is_bad_input(
    make_fixtures: FixtureFactory, capsys: pytest.CaptureFixture[str]
) -> None:
    root = make_fixtures()
    with pytest.raises(FixtureError) as caught:
        FixtureSet(root, "nowhere").career("jo-example")
    assert str(caught.value) == "nowhere: expected a folder of source articles"
    code = main(["validate", str(root / "players" / "jo-example.toml"), "--articles", "nowhere"])
    out, err = capsys.readouterr()
    assert (code, out) == (2, "")
    assert err == "careerstats: error: nowhere: expected a folder of source articles\n"


def test_an_article_outside_the_folder_is_refused_not_opened(
    make_fixtures: FixtureFactory,
) -> None:
    sources = SOURCES_TOML + '\n[[sources]]\nfile = "../secret.txt"\n'
    player = PLAYER_TOML.replace('cite = ["b.txt#4"]', 'cite = ["../secret.txt#7"]')
    root = make_fixtures(player=player, sources=sources)
    write_articles(root / "articles")
    # Were it opened, its one paragraph would make "#7" a second problem.
    (root / "secret.txt").write_text("One paragraph only.\n", encoding="utf-8")
    assert lines_of(FixtureSet(root).check(root / "players" / "jo-example.toml")) == [
        "fx/sources.toml: sources[2].file: expected a file inside the articles folder, "
        "got '../secret.txt'"
    ]
    with pytest.raises(FixtureError) as caught:
        validate_file(root / "sources.toml")
    assert [str(p) for p in caught.value.problems] == [
        "fx/sources.toml: sources[2].file: expected a file inside the articles folder, "
        "got '../secret.txt'"
    ]


def test_a_link_out_of_the_articles_folder_is_not_followed(make_fixtures: FixtureFactory) -> None:
    sources = SOURCES_TOML + '\n[[sources]]\nfile = "link.txt"\n'
    player = PLAYER_TOML.replace('cite = ["b.txt#4"]', 'cite = ["link.txt#7"]')
    root = make_fixtures(player=player, sources=sources)
    articles = write_articles(root / "articles")
    (root / "secret.txt").write_text("One paragraph only.\n", encoding="utf-8")
    (articles / "link.txt").symlink_to(Path("..") / "secret.txt")
    assert lines_of(FixtureSet(root).check(root / "players" / "jo-example.toml")) == [
        "fx/sources.toml: sources[2].file: 'link.txt' leads outside the articles folder "
        "fx/articles: not read"
    ]


def test_an_article_over_the_size_limit_is_reported_not_read(make_fixtures: FixtureFactory) -> None:
    root = make_fixtures()
    articles = write_articles(root / "articles")
    with (articles / "a.txt").open("r+b") as file:  # sparse: no disk space is used
        file.truncate(MAX_ARTICLE_BYTES + 1)
    assert lines_of(FixtureSet(root).check(root / "players" / "jo-example.toml")) == [
        "fx/sources.toml: sources[0].file: 'a.txt': expected a file of at most 4 MiB "
        "(4,194,304 bytes), got 4,194,305 bytes"
    ]


# --- the bundled fixture ------------------------------------------------------------------------


def test_the_bundled_fixture_has_no_error_and_no_warning() -> None:
    folder = bundled_fixtures_dir()
    assert FixtureSet(folder).check(folder / "players" / "karim-benzema.toml") == []


def articles_or_skip() -> Path:
    articles = SHARED / "articles"
    if not articles.is_dir():
        pytest.skip(f"{articles} is absent: the source articles live in ../shared")
    return articles


def test_the_bundled_citations_land_on_paragraphs_the_articles_have() -> None:
    folder = FixtureSet(bundled_fixtures_dir(), articles_or_skip())
    assert folder.check(bundled_fixtures_dir() / "players" / "karim-benzema.toml") == []


def test_a_wrong_paragraph_in_the_bundled_fixture_is_found(tmp_path: Path) -> None:
    articles = articles_or_skip()
    copy = tmp_path / "fixtures"
    shutil.copytree(bundled_fixtures_dir(), copy)
    path = copy / "players" / "karim-benzema.toml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace('"001_c26b10d1ae9b22eb.txt#17"', '"001_c26b10d1ae9b22eb.txt#40"'))
    problems = FixtureSet(copy, articles).check(path)
    assert [problem.message for problem in problems] == [
        "cites paragraph 40 of '001_c26b10d1ae9b22eb.txt', which has 17 paragraphs"
    ]
    assert problems[0].place == "claims[0].cite[0]"


# --- the command: text, JSON, exit codes ----------------------------------------------------


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_validate_with_warnings_only_exits_0_unless_strict(
    make_fixtures: FixtureFactory, capsys: pytest.CaptureFixture[str]
) -> None:
    root = make_fixtures(player=PLAYER_TOML + entry("cup-2016"))
    path = str(root / "players" / "jo-example.toml")
    warning = (
        f"{PLAYER_FILE}: entries[1].status: warning: played at 'cup-2016' (2016-06-01 to "
        "2016-06-30), which falls inside the absence absences[0] (2013–2017)"
    )
    code, out, err = run(capsys, "validate", path)
    assert (code, out) == (
        0,
        f"{PLAYER_FILE}: ok, 1 warning, "
        "paragraphs not checked: no articles folder (--articles DIR)\n",
    )
    assert err.splitlines() == [warning, "1 of 1 file with problems: 0 errors, 1 warning"]
    code, out, err = run(capsys, "validate", "--strict", path)
    assert (code, out) == (1, "")
    assert err.splitlines() == [
        warning,
        "1 of 1 file with problems: 0 errors, 1 warning (--strict: warnings count as errors)",
    ]


def test_validate_json(make_fixtures: FixtureFactory, capsys: pytest.CaptureFixture[str]) -> None:
    root = make_fixtures(player=PLAYER_TOML + entry("cup-2016") + cap("2015-06-10"))
    path = str(root / "players" / "jo-example.toml")
    code, out, err = run(capsys, "validate", path, str(root / "sources.toml"), "--format", "json")
    assert (code, err) == (1, "")
    assert json.loads(out) == {
        "files": [PLAYER_FILE, "fx/sources.toml"],
        "errors": 1,
        "warnings": 1,
        "strict": False,
        "problems": [
            {
                "file": PLAYER_FILE,
                "location": "appearances[1].match.date",
                "severity": "error",
                "message": "2015-06-10 falls inside the absence absences[0] (2013–2017)",
            },
            {
                "file": PLAYER_FILE,
                "location": "entries[1].status",
                "severity": "warning",
                "message": "played at 'cup-2016' (2016-06-01 to 2016-06-30), which falls "
                "inside the absence absences[0] (2013–2017)",
            },
        ],
        "notes": [],
    }


def test_validate_json_of_good_and_unreadable_files(
    make_fixtures: FixtureFactory, capsys: pytest.CaptureFixture[str]
) -> None:
    root = make_fixtures()
    good = str(root / "players" / "jo-example.toml")
    code, out, _ = run(capsys, "validate", good, "--format", "json", "--strict")
    assert code == 0
    assert json.loads(out) == {
        "files": [PLAYER_FILE],
        "errors": 0,
        "warnings": 0,
        "strict": True,
        "problems": [],
        "notes": [],
    }
    code, out, _ = run(capsys, "validate", "fx/players/nobody.toml", "--format", "json")
    assert code == 1
    assert json.loads(out)["problems"] == [
        {
            "file": "fx/players/nobody.toml",
            "location": "",
            "severity": "error",
            "message": "cannot read: No such file or directory",
        }
    ]


def test_validate_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["validate", "x.toml", "--format", "yaml"])
    assert caught.value.code == 2
    assert "invalid choice: 'yaml'" in capsys.readouterr().err


def test_validate_help_documents_exit_codes(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["validate", "--help"])
    assert caught.value.code == 0
    out = " ".join(capsys.readouterr().out.split())
    assert (
        "exit codes: 0 no errors (warnings allowed, unless --strict); 1 at least one error" in out
    )
    assert "docs/errors.md" in out
