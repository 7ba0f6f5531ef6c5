"""Issue 15, item 1: data sets behind one protocol, registered in one place; ``--data DIR``."""

from __future__ import annotations

import datetime
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from careerstats import cli
from careerstats.cli import main
from careerstats.datasets import DATASETS, ENV_VAR, csv_tables, recognise, registered
from careerstats.datasets.base import PlayerQuery
from careerstats.datasets.international_results import InternationalResults
from careerstats.datasets.worldcup import WorldCup
from careerstats.errors import MalformedRowsWarning
from careerstats.model import SourceKind

DATA = Path(__file__).resolve().parents[1] / "data"
WORLDCUP = DATA / "worldcup"
RESULTS = DATA / "international_results"
DOCS = Path(__file__).resolve().parents[2] / "docs"


def _results() -> InternationalResults:
    """The sample results data set, whose malformed rows are another test's business."""
    with pytest.warns(MalformedRowsWarning):
        return InternationalResults.load(RESULTS)


@pytest.fixture
def data_folder(tmp_path: Path) -> Path:
    """A folder of data sets as ../shared/data is: one subfolder each."""
    shutil.copytree(WORLDCUP, tmp_path / "worldcup")
    shutil.copytree(RESULTS, tmp_path / "international_results")
    return tmp_path


def test_the_registry_names_each_data_set_with_its_class_files_and_source() -> None:
    assert [dataset.name for dataset in DATASETS] == ["international_results", "worldcup"]
    for dataset in DATASETS:
        found = dataset.dataset_class()
        assert found.name == dataset.name
        assert found.files == dataset.files
    assert registered("worldcup").dataset_class() is WorldCup
    assert registered("international_results").dataset_class() is InternationalResults


def test_both_data_sets_answer_the_protocol_in_the_same_records() -> None:
    query = PlayerQuery(names=("Jean Dupont",), team="France")
    for loaded in (WorldCup.load(WORLDCUP), _results()):
        assert loaded.source.kind is SourceKind.DATASET
        assert loaded.source.file == loaded.name
        assert isinstance(loaded.player_appearances(query), list)
        assert isinstance(loaded.player_goals(query), list)
        assert isinstance(loaded.player_squads(query), list)
        coverage = loaded.coverage()
        assert coverage.dataset == loaded.name
        assert coverage.first <= coverage.last


def test_the_results_data_set_gives_a_players_goals_through_the_protocol() -> None:
    data = _results()
    [first] = data.goals[:1]
    query = PlayerQuery(names=(first.scorer,), team=first.team)
    goals = data.player_goals(query)
    assert goals
    assert {goal.dataset for goal in goals} == {"international_results"}
    assert len(goals) == len(data.goals_by([first.scorer], first.team))


def test_the_csv_machinery_is_shared() -> None:
    import careerstats.datasets.international_results as results
    import careerstats.datasets.worldcup as worldcup

    assert results.Table is worldcup.Table is csv_tables.Table
    assert results.load_tables is worldcup.load_tables is csv_tables.load_tables


def test_a_folder_of_data_sets_is_recognised_by_their_files(data_folder: Path) -> None:
    assert recognise(data_folder) == {
        "international_results": data_folder / "international_results",
        "worldcup": data_folder / "worldcup",
    }
    assert recognise(data_folder / "worldcup") == {"worldcup": data_folder / "worldcup"}
    (data_folder / "worldcup" / "goals.csv").unlink()
    assert recognise(data_folder) == {
        "international_results": data_folder / "international_results"
    }
    assert recognise(data_folder / "no-such-folder") == {}


def test_data_names_the_results_data_set_for_the_commands(
    data_folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["goals", "karim-benzema", "--data", str(data_folder)])
    by_data = code, *capsys.readouterr()
    code = main(
        ["goals", "karim-benzema", "--results-dir", str(data_folder / "international_results")]
    )
    by_results_dir = code, *capsys.readouterr()
    assert by_data == by_results_dir
    assert by_data[0] == 0
    assert "goals in the international results data set" in by_data[1]


def test_the_environment_names_the_folder_of_data_sets(
    data_folder: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENV_VAR, str(data_folder))
    monkeypatch.delenv("CAREERSTATS_RESULTS_DIR", raising=False)
    assert main(["goals", "karim-benzema"]) == 0
    assert "goals in the international results data set" in capsys.readouterr().out


def test_results_dir_wins_over_data(
    data_folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "elsewhere"
    code = main(
        ["goals", "karim-benzema", "--data", str(data_folder), "--results-dir", str(missing)]
    )
    assert code == 2
    assert capsys.readouterr().err.startswith(f"careerstats: error: {missing}: no such folder")


def test_a_data_folder_with_no_data_set_is_an_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["goals", "karim-benzema", "--data", str(tmp_path)]) == 2
    assert capsys.readouterr().err == (
        f"careerstats: error: {tmp_path}: no data set found (--data): expected a folder holding "
        "data sets in subfolders, each recognised by its files (international_results: "
        "results.csv, goalscorers.csv, shootouts.csv, former_names.csv; worldcup: "
        "tournaments.csv, matches.csv, players.csv, squads.csv, player_appearances.csv, "
        "substitutions.csv, goals.csv, bookings.csv, tournament_standings.csv)\n"
    )


def test_a_data_folder_without_the_results_data_set_says_how_to_get_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("CAREERSTATS_RESULTS_DIR", raising=False)
    shutil.copytree(WORLDCUP, tmp_path / "worldcup")
    assert main(["goals", "karim-benzema", "--data", str(tmp_path)]) == 2
    assert "this needs the international results data set" in capsys.readouterr().err


def test_the_epilog_and_the_docs_name_the_data_variable() -> None:
    assert ENV_VAR == "CAREERSTATS_DATA"
    assert ENV_VAR in cli._EPILOG
    assert f"`{ENV_VAR}`" in (DOCS / "cli.md").read_text(encoding="utf-8")


def test_the_command_line_starts_without_importing_a_data_set() -> None:
    code = (
        "import sys; from careerstats import cli; cli.build_parser(); "
        "print(sorted(m for m in sys.modules if m.startswith('careerstats.datasets.')))"
    )
    shown = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert shown.strip() == "[]"


def test_the_query_of_a_career_keeps_a_birth_date_known_to_the_day(benzema: object) -> None:
    from careerstats.model import Career

    assert isinstance(benzema, Career)
    query = PlayerQuery.of(benzema)
    assert query.names[0] == benzema.player.name
    assert query.team == benzema.team.name
    born = benzema.player.born
    assert born is not None
    assert query.born == datetime.date(born.year, born.month or 1, born.day or 1)


def test_a_name_no_folder_can_have_recognises_nothing(tmp_path: Path) -> None:
    file = tmp_path / "results.csv"
    file.write_text("date\n", encoding="utf-8")
    assert recognise("a\0b") == {}
    assert recognise(file) == {}
    assert recognise(tmp_path / ("x" * 5000)) == {}


def test_a_summary_without_data_imports_no_data_set_nor_the_drafting() -> None:
    # Regression: every summary imported careerstats.drafts (and through it the data sets and
    # the catalogue), about 30 ms, to catch an error only a player with no fixture can raise.
    code = (
        "import sys, io, contextlib; from careerstats import cli\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    assert cli.main(['summary', 'karim-benzema']) == 0\n"
        "print(sorted(m for m in sys.modules if m.startswith(('careerstats.datasets.',"
        " 'careerstats.drafts', 'careerstats.catalogue'))))"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("CAREERSTATS_")}
    shown = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env
    ).stdout
    assert shown.strip() == "[]"
