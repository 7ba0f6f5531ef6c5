"""Shared test helpers: a small fixtures folder for a made-up player, and the bundled one."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from careerstats.fixtures import FixtureSet, bundled_fixtures_dir
from careerstats.model import Career

SHARED = Path(__file__).resolve().parents[2] / "shared"
"""The shared folder beside the checkout (articles, data set); absent on most machines."""

SOURCES_TOML = """\
[[sources]]
file = "a.txt"
published = 2020-05-01

[[sources]]
file = "b.txt"
"""

TOURNAMENTS_TOML = """\
[[tournaments]]
id = "cup-2012"
name = "Cup 2012"
edition = 2012
start = 2012-06-01
end = 2012-06-30
cite = ["a.txt#1"]

[[tournaments]]
id = "cup-2016"
name = "Cup 2016"
edition = 2016
start = 2016-06-01
end = 2016-06-30
cite = ["a.txt#1"]

[[tournaments.finishes]]
team = "Utopia"
finish = "semi-final"
cite = ["a.txt#3"]
"""

PLAYER_TOML = """\
[player]
id = "jo-example"
name = "Jo Éxample"
born = 1990-07-01
aliases = ["Jojo"]
cite = ["a.txt#1"]

[team]
name = "Utopia"

[retirement]
date = "2019-09"
cite = ["a.txt#2"]

[[stated_totals]]
caps = 40
goals = 12
final = true
cite = ["a.txt#2"]

[[appearances]]
debut = true
started = true
cite = ["a.txt#1"]

[appearances.match]
date = "2010-03"
opponent = "Freedonia"

[[appearances.goals]]
minute = 17

[[entries]]
tournament = "cup-2012"
status = "played"
goals = 2
cite = ["b.txt#4"]

[[absences]]
start = 2013
end = 2017
kind = "injury"
reason = "Knee"
cite = ["b.txt#5"]
"""

FixtureFactory = Callable[..., Path]


@pytest.fixture(autouse=True)
def _cache_in_a_temporary_folder(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Every test keeps the data-set cache in a folder of its own (never the user's cache
    folder): set in the environment, so that the commands a test starts use it too."""
    folder = tmp_path_factory.mktemp("cache")
    monkeypatch.setenv("CAREERSTATS_CACHE_DIR", str(folder))
    return folder


@pytest.fixture
def make_fixtures(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> FixtureFactory:
    """Write a fixtures folder; keyword arguments replace the text of its three files.

    The folder is ``fx`` in the current directory (the test's own), so that the paths in
    messages read as a user would type them: ``fx/players/jo-example.toml``.
    """
    monkeypatch.chdir(tmp_path)

    def make(
        player: str = PLAYER_TOML,
        sources: str = SOURCES_TOML,
        tournaments: str = TOURNAMENTS_TOML,
        name: str = "jo-example",
    ) -> Path:
        root = Path("fx")
        (root / "players").mkdir(parents=True, exist_ok=True)
        (root / "sources.toml").write_text(sources, encoding="utf-8")
        (root / "tournaments.toml").write_text(tournaments, encoding="utf-8")
        (root / "players" / f"{name}.toml").write_text(player, encoding="utf-8")
        return root

    return make


@pytest.fixture(scope="session")
def benzema() -> Career:
    """The bundled Benzema career, loaded once."""
    return FixtureSet(bundled_fixtures_dir()).career("karim-benzema")


def run_cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """``careerstats ARGV`` in process: its exit code, standard output and standard error."""
    from careerstats.cli import main

    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err
