"""Issue 12, item 7: debut, retirement date, caps at a tournament, caps by a date and the
closest-name suggestion are one function each, used everywhere.

Each query is tested against its definition, written out here; and the suggestions that the
fixture loader makes (a misspelt key, an unknown player) follow :func:`names.closest`, the
one rule that teams, scorers and tournaments already followed.
"""

from __future__ import annotations

import ast
import functools
from pathlib import Path

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import careerstats
from careerstats.dates import PartialDate
from careerstats.errors import FixtureError, UnknownPlayerError
from careerstats.fixtures import FixtureSet, bundled_fixtures_dir, load_career_file
from careerstats.model import Career, Goal
from careerstats.names import MAX_SUGGESTIONS, closest
from careerstats.statistics import RecordedByDate, caps_at_tournaments, goals_in
from careerstats.validation import check_career

from ..conftest import PLAYER_TOML, FixtureFactory
from ..strategies import partial_dates

SRC = Path(careerstats.__file__).resolve().parent
PLAYER_FILE = "fx/players/jo-example.toml"
NEXT = "careerstats list shows every player, and docs/adding-a-player.md how to add one"


@functools.cache
def _bundled() -> Career:
    return FixtureSet(bundled_fixtures_dir()).career("karim-benzema")


def _career(dates: list[PartialDate], goals: list[int], competitions: list[str | None]) -> Career:
    """The bundled career with its first appearance copied to each date, with as many goals
    (the last of them an own goal, which is not his) and a competition each."""
    career = _bundled()
    model = career.appearances[0]
    caps = []
    for date, scored, competition in zip(dates, goals, competitions, strict=False):
        match = attrs.evolve(model.match, date=date, competition=competition)
        scored_goals = (*[Goal()] * scored, Goal(own_goal=True))
        caps.append(attrs.evolve(model, match=match, goals=scored_goals, debut=False))
    return attrs.evolve(career, appearances=tuple(caps))


careers = st.builds(
    _career,
    st.lists(partial_dates(), max_size=12),
    st.lists(st.integers(0, 3), min_size=12, max_size=12),
    st.lists(st.sampled_from([None, "friendly", "cup-a", "cup-b"]), min_size=12, max_size=12),
)


@given(careers, partial_dates())
def test_caps_by_a_date_are_those_dated_before_it_or_on_its_day(
    career: Career, date: PartialDate
) -> None:
    """The definition a stated total "as of" a date is checked with, in claims and validation."""
    by_then = [cap for cap in career.appearances if cap.match.date.compare(date) in (-1, 0)]
    assert RecordedByDate(career).by(date) == (len(by_then), sum(map(goals_in, by_then)))


@given(careers)
def test_caps_at_each_tournament_are_those_of_its_id_in_file_order(career: Career) -> None:
    found = caps_at_tournaments(career)
    for tournament in ("friendly", "cup-a", "cup-b", "cup-c"):
        expected = tuple(c for c in career.appearances if c.match.competition == tournament)
        assert found.get(tournament, ()) == expected
    assert sorted(found) == sorted({c.match.competition for c in career.appearances} - {None})


def _calls_of(name: str) -> list[str]:
    """The modules of src/ that call a function or method named ``name``."""
    found = []
    for path in sorted(SRC.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call):
                called = node.func
                called_name = (
                    called.attr
                    if isinstance(called, ast.Attribute)
                    else called.id
                    if isinstance(called, ast.Name)
                    else ""
                )
                if called_name == name:
                    found.append(path.relative_to(SRC).as_posix())
    return found


def test_names_are_suggested_one_way_only() -> None:
    """Regression: the fixture loader suggested keys and players with difflib's own rule."""
    assert _calls_of("get_close_matches") == []


def test_the_shared_queries_have_no_copies_left() -> None:
    """Regression: validation had its own debut, retirement, tournament-caps and
    caps-by-a-date helpers, claims and statistics their own tournament-caps filters."""
    defined = {
        node.name
        for path in SRC.rglob("*.py")
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.FunctionDef | ast.ClassDef)
    }
    assert not defined & {"_first_cap", "_retired", "_caps_by_competition", "_CountsBy"}


def test_a_misspelt_key_in_capitals_is_offered_the_key(make_fixtures: FixtureFactory) -> None:
    """Regression: difflib compared 'CAPS' with 'caps' case and all, and found nothing close."""
    text = PLAYER_TOML.replace("caps = 40", "CAPS = 40")
    with pytest.raises(FixtureError) as caught:
        load_career_file(make_fixtures(player=text) / "players" / "jo-example.toml")
    assert [str(problem) for problem in caught.value.problems] == [
        f"{PLAYER_FILE}: stated_totals[0]: unknown key 'CAPS' (did you mean 'caps'?); "
        "expected one of caps, goals, as_of, final, cite"
    ]


def _second_player(root: Path, player_id: str, name: str) -> None:
    text = PLAYER_TOML.replace('id = "jo-example"', f'id = "{player_id}"')
    text = text.replace('name = "Jo Éxample"', f'name = "{name}"').replace('"Jojo"', '"Jay"')
    (root / "players" / f"{player_id}.toml").write_text(text, encoding="utf-8")


def test_an_unknown_player_is_offered_the_closest_players_only(
    make_fixtures: FixtureFactory,
) -> None:
    """Regression: difflib offered every player within its cutoff, the far with the near
    ('jo exampel' was offered jo-example and jo-sample); names.closest offers those as close as
    the closest, as for teams, scorers and tournaments."""
    root = make_fixtures()
    _second_player(root, "jo-sample", "Jo Sample")
    with pytest.raises(UnknownPlayerError) as caught:
        FixtureSet(root).find("jo exampel")
    assert caught.value.suggestions == ("jo-example",)
    assert str(caught.value) == f"unknown player 'jo exampel'; did you mean jo-example? {NEXT}"


def test_players_as_close_as_each_other_are_offered_three_in_alphabetical_order(
    make_fixtures: FixtureFactory,
) -> None:
    """Regression: of players as close as each other difflib offered the last three in
    alphabetical order (mo-salah-5, 4, 3); names.closest, the first three."""
    root = make_fixtures()
    for number in range(1, 6):
        _second_player(root, f"mo-salah-{number}", f"Mo Salah {number}")
    with pytest.raises(UnknownPlayerError) as caught:
        FixtureSet(root).find("mo salha")
    assert caught.value.suggestions == ("mo-salah-1", "mo-salah-2", "mo-salah-3")


def test_closest_takes_the_closest_within_its_limit() -> None:
    choices = ["Jonas", "John", "Joan", "Jon Snow"]
    assert closest("Jon", choices) == ["Joan", "John"]
    assert closest("Jon", choices, limit=1) == ["Joan"]
    assert closest("Jon", choices, limit=None) == closest("Jon", choices)
    assert len(closest("cup-x", [f"cup-{n:02}" for n in range(100)], limit=None)) == 100


def test_a_query_checks_its_career() -> None:
    from careerstats.errors import ArgumentTypeError

    with pytest.raises(ArgumentTypeError):
        caps_at_tournaments("karim-benzema")  # type: ignore[arg-type]
    with pytest.raises(ArgumentTypeError):
        RecordedByDate(["karim-benzema"])  # type: ignore[arg-type]


def test_a_suggestion_names_three_tournaments_at_most(benzema: Career) -> None:
    """Regression: of 10,000 tournaments cup-0000 to cup-9999, each as close to 'cup-x' as the
    others, the message named all 10,000; names.closest offers MAX_SUGGESTIONS of them."""
    many = tuple(attrs.evolve(benzema.tournaments[0], id=f"cup-{n:04}") for n in range(10_000))
    entry = attrs.evolve(benzema.entries[0], tournament="cup-x")
    career = attrs.evolve(benzema, tournaments=many, entries=(entry,), appearances=())
    assert MAX_SUGGESTIONS == 3
    assert [
        problem.message
        for problem in check_career(career, "x.toml")
        if problem.place == "entries[0].tournament"
    ] == ["unknown tournament 'cup-x' (did you mean 'cup-0000' or 'cup-0001' or 'cup-0002'?)"]
