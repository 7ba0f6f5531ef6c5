"""Issue 10, as a new user met it after the fixes: messages that point the way."""

from __future__ import annotations

from pathlib import Path

import pytest

from careerstats.cli import main


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
