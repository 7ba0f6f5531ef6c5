"""The Markdown writer: ``#`` title, ``##`` headings, GitHub tables (``|`` escaped, ``<br>``
between a cell's lines)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from careerstats.blocks import Block, Heading, Line, Note, Page, Paragraph, Table, Title, listed
from careerstats.errors import one_line
from careerstats.writers.text import cell_text

if TYPE_CHECKING:
    from careerstats.writers import Options

__all__ = ["write"]


def _escaped(text: str) -> str:
    """Markdown would read a bare ``*`` as emphasis, or at a line's start as a list item."""
    return one_line(text).replace("*", "\\*")


def _table(table: Table) -> str:
    from tabulate import tabulate

    if not table.rows:
        return one_line(table.empty)
    return str(
        tabulate(
            [
                [cell_text(cell, "<br>", escape=True).replace("*", "\\*") for cell in row.cells]
                for row in table.rows
            ],
            headers=[one_line(column.header).replace("|", "\\|") for column in table.columns],
            tablefmt="github",
            colalign=[column.align for column in table.columns],
            disable_numparse=True,
        )
    )


def _block(block: Block) -> str:
    if isinstance(block, Title):
        return f"# {one_line(block.text)}"
    if isinstance(block, Heading):
        return f"## {one_line(block.text)}"
    if isinstance(block, (Paragraph, Note)):
        return _escaped(block.text)
    if isinstance(block, Line):
        return f"- {_escaped(block.text)}"
    return _table(block)


def write(page: Page, options: Options) -> str:
    """The page's blocks, separated by blank lines; lines that follow each other, a list."""
    items = listed(page.blocks)
    return (
        "\n\n".join(
            "\n".join(map(_block, item)) if isinstance(item, tuple) else _block(item)
            for item in items
        )
        + "\n"
    )
