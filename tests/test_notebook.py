"""The example notebook runs top to bottom in a fresh kernel and shows what its cells promise."""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

import pytest

from careerstats import summarize
from careerstats.claims import check_claims
from careerstats.model import Career

_NEEDS = "running the example notebook needs {}: pip install -e '.[test]'"
nbformat = pytest.importorskip("nbformat", reason=_NEEDS.format("nbformat"))
nbclient = pytest.importorskip("nbclient", reason=_NEEDS.format("nbclient"))
pytest.importorskip("ipykernel", reason=_NEEDS.format("ipykernel"))

NOTEBOOK = Path(__file__).resolve().parents[1] / "docs" / "examples" / "benzema.ipynb"

# Variables that would change what the kernel loads or how it draws: the notebook is run on the
# bundled fixtures, with matplotlib on ipykernel's default inline backend.
_KERNEL_ENV_LEFT_OUT = ("CAREERSTATS_FIXTURES", "CAREERSTATS_RESULTS_DIR", "MPLBACKEND")


def _read() -> Any:
    return nbformat.read(NOTEBOOK, as_version=4)


@pytest.fixture(scope="module")
def executed(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The notebook run in a fresh kernel in an empty folder; its code cells by id."""
    notebook = _read()
    folder = tmp_path_factory.mktemp("notebook")
    env = {key: value for key, value in os.environ.items() if key not in _KERNEL_ENV_LEFT_OUT}
    client = nbclient.NotebookClient(
        notebook,
        timeout=120,
        kernel_name="python3",
        resources={"metadata": {"path": str(folder)}},
    )
    client.execute(env=env)
    assert list(folder.iterdir()) == [], "the notebook wrote files where it ran"
    return {cell.id: cell for cell in notebook.cells if cell.cell_type == "code"}


def _outputs(cell: Any, mime: str) -> list[Any]:
    return [output["data"][mime] for output in cell.outputs if mime in output.get("data", {})]


def test_the_notebook_is_committed_valid_and_with_its_outputs_cleared() -> None:
    notebook = _read()
    nbformat.validate(notebook)
    code = [cell for cell in notebook.cells if cell.cell_type == "code"]
    assert [cell.id for cell in code if cell.outputs or cell.execution_count is not None] == []


def test_every_cell_ran_without_writing_to_stderr(executed: dict[str, Any]) -> None:
    assert [cell.execution_count for cell in executed.values()] == list(range(1, len(executed) + 1))
    stderr = [
        (cell_id, output.get("text", ""))
        for cell_id, cell in executed.items()
        for output in cell.outputs
        if output.output_type == "error" or output.get("name") == "stderr"
    ]
    assert stderr == []


def test_the_summary_cell_shows_the_player_and_his_caps(
    executed: dict[str, Any], benzema: Career
) -> None:
    summary = summarize(benzema)
    [html] = _outputs(executed["summary"], "text/html")
    assert f"<h3>{summary.career.player.name} — {summary.career.team.name}</h3>" in html
    caps = re.search(r"<td[^>]*>Caps</td><td[^>]*>([^<]*)</td>", html)
    assert caps is not None
    assert caps.group(1) == str(summary.caps.value)


def test_the_claims_cell_shows_the_report(executed: dict[str, Any], benzema: Career) -> None:
    report = check_claims(benzema)
    [html] = _outputs(executed["claims"], "text/html")
    assert html.startswith('<div class="careerstats">')
    assert report.headline() in html


def test_the_frame_cells_show_tables(executed: dict[str, Any]) -> None:
    for cell_id in ("tournaments-frame", "claims-frame"):
        [html] = _outputs(executed[cell_id], "text/html")
        assert "<table" in html, cell_id


def test_the_plot_cell_shows_a_png(executed: dict[str, Any]) -> None:
    [png] = _outputs(executed["plot"], "image/png")
    assert png.startswith("iVBORw0KGgo")  # base64 of the PNG signature
