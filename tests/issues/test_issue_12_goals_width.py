"""Issue 12: a text table too wide even at its narrowest columns gives up tabulate's padding
beside each header, then narrows to its headers' words: goals fits 80 columns too."""

from __future__ import annotations

import pytest

from careerstats import blocks
from careerstats.cli import main
from careerstats.writers import write

from ..conftest import SHARED

DATA = SHARED / "data"


def _lines(page_blocks: tuple[blocks.Block, ...], width: int) -> list[str]:
    return write(blocks.Page("t", page_blocks), "text", width=width).splitlines()


def _goals_like() -> blocks.Table:
    """The goals page's columns: short values under longer headers, and long texts."""
    number = blocks.Column("#", align="right", nowrap=True)
    columns = (
        number,
        blocks.Column("Date", nowrap=True),
        blocks.Column("Opponent"),
        blocks.Column("Venue"),
        blocks.Column("Score"),
        blocks.Column("Competition"),
        blocks.Column("Minute", align="right", nowrap=True),
        blocks.Column("Penalty"),
        blocks.Column("Goal", align="right", nowrap=True),
        blocks.Column("Cap", align="right", nowrap=True),
    )
    row = (
        "15",
        "2021-06-28",
        "Switzerland",
        "neutral",
        "3–3 (Switzerland on penalties)",
        "UEFA Euro",
        "57",
        "yes",
        "16–30",
        "82–92",
    )
    return blocks.Table(columns, (blocks.Row(row),))


def test_a_table_of_many_short_columns_fits_80_without_header_padding() -> None:
    # Regression: at its narrowest columns the table still drew 94 columns: tabulate pads each
    # header by two, and no column shrank below 8.
    lines = _lines((_goals_like(),), 80)
    assert max(map(len, lines)) <= 80
    rule = next(line for line in lines if line.startswith("--"))
    assert lines[0].split()[:4] == ["#", "Date", "Opponent", "Venue"]
    # The rule is under the header's lines, one run of dashes per column.
    assert len(rule.split()) == 10
    assert lines.index(rule) < next(i for i, line in enumerate(lines) if "2021-06-28" in line)
    # Figures still align right under their headers.
    figures = next(line for line in lines if "2021-06-28" in line)
    assert figures.rstrip().endswith("82–92")
    assert rule.rstrip().endswith("-" * len("82–92"))


def test_a_table_that_fits_with_its_padding_keeps_it() -> None:
    table = blocks.Table(
        (blocks.Column("Minute", align="right"), blocks.Column("Penalty")),
        (blocks.Row(("57", "yes")),),
    )
    assert _lines((table,), 80) == ["  Minute  Penalty", "--------  ---------", "      57  yes"]


def test_headers_that_wrap_keep_their_lines_above_the_rule() -> None:
    wide = blocks.Table(
        tuple(blocks.Column(f"Header number {n}") for n in range(5)),
        (blocks.Row(tuple("x" * 12 for _ in range(5))),),
    )
    lines = _lines((wide,), 40)
    assert max(map(len, lines)) <= 40
    rule = next(i for i, line in enumerate(lines) if set(line) <= {"-", " "})
    assert rule >= 2  # "Header / number N" above it
    assert all("x" not in line for line in lines[:rule])
    assert all("Header" not in line for line in lines[rule:])


@pytest.mark.skipif(
    not (DATA / "international_results").is_dir(), reason="the shared data sets are not here"
)
def test_goals_with_width_80_has_no_line_over_80(capsys: pytest.CaptureFixture[str]) -> None:
    # Regression: goals needed about 94 columns at --width 80.
    assert main(["goals", "karim-benzema", "--data", str(DATA), "--width", "80"]) == 0
    out = capsys.readouterr().out
    assert [line for line in out.splitlines() if len(line) > 80] == []
    assert "2007-10-13" in out
