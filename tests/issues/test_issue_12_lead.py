"""Issue 12: text that fits, and reads well where it has to wrap."""

from __future__ import annotations

import pytest

from careerstats import blocks
from careerstats.cli import main
from careerstats.writers.text import table_widths


def test_the_widest_column_wraps_first_so_a_short_label_keeps_its_line(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Cutting every column in proportion broke "Caps short of a century" over two lines at 100.
    assert main(["summary", "karim-benzema", "--width", "100"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert any(line.startswith("Caps short of a century ") for line in lines)
    assert any(line.startswith("Debut ") and "v Austria" in line for line in lines)
    assert max(map(len, lines)) <= 100


def test_a_cell_a_million_characters_wide_is_levelled_at_once() -> None:
    table = blocks.Table(
        columns=(blocks.Column(header="Name"), blocks.Column(header="Note")),
        rows=(("Jo", "x " * 500_000),),
    )
    cells = [["Jo", "x " * 500_000]]
    widths = table_widths(table, cells, 60)
    assert widths[0] is None  # "Jo" keeps its width
    assert widths[1] is not None
    assert widths[1] <= 60
