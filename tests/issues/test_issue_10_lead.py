"""Issue 10, as a new user met it after the fixes: messages that point the way."""

from __future__ import annotations

from pathlib import Path

import attrs
import pytest

from careerstats import words
from careerstats.claims import Verdict, check_claims
from careerstats.cli import main
from careerstats.fixtures import FixtureSet
from tests.conftest import PLAYER_TOML, FixtureFactory


def test_a_beginning_of_fewer_than_three_letters_says_how_many_it_needs(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["summary", "be"]) == 2
    assert capsys.readouterr().err == (
        "careerstats: error: unknown player 'be' (a beginning of a name needs 3 letters or "
        "more); did you mean karim-benzema? careerstats list shows every player, and "
        "docs/adding-a-player.md how to add one\n"
    )


def test_a_fixtures_folder_that_does_not_exist_says_so(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    missing = tmp_path / "nope"
    assert main(["summary", "jo", "--fixtures", str(missing)]) == 2
    assert capsys.readouterr().err == (
        f"careerstats: error: {missing}: no such folder: expected a fixtures folder with a "
        "players/ folder\n"
    )


def test_two_career_end_totals_that_differ_each_contradict_the_other_saying_what_it_gives(
    make_fixtures: FixtureFactory,
) -> None:
    # A new user found both checks "unchecked" with an empty reason.
    career = FixtureSet(make_fixtures()).career("jo-example")
    final = next(total for total in career.stated_totals if total.final)
    other = attrs.evolve(final, caps=(final.caps or 0) + 2)
    report = check_claims(attrs.evolve(career, stated_totals=(final, other)))
    totals = [check for check in report.checks if check.kind == "totals"]
    assert [check.verdict for check in totals] == [Verdict.CONTRADICTS, Verdict.CONTRADICTS]
    assert [words.value(check.computed) for check in totals] == [
        f"{other.caps} caps, {other.goals} goals",
        f"{final.caps} caps, {final.goals} goals",
    ]


def test_validate_strict_says_that_the_warnings_made_it_fail(
    make_fixtures: FixtureFactory, capsys: pytest.CaptureFixture[str]
) -> None:
    root = make_fixtures(player=PLAYER_TOML.replace("end = 2017", "end = 2020"))
    path = root / "players" / "jo-example.toml"
    assert main(["validate", str(path), "--strict"]) == 1
    assert capsys.readouterr().err.splitlines()[-1] == (
        "1 of 1 file with problems: 0 errors, 1 warning (--strict: warnings count as errors)"
    )
