"""The Markdown writer: ``#`` title, ``##`` headings, GitHub tables (``<br>`` between a cell's
lines). Text from files is shown as text, never read as Markdown or HTML (:func:`markdown_text`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from careerstats import blocks
from careerstats.blocks import Block, Heading, Line, Note, Page, Paragraph, Table, Title, listed
from careerstats.errors import one_line

if TYPE_CHECKING:
    from careerstats.writers import Options

__all__ = ["write"]


_INLINE = re.compile(
    r"\\(?=[!-/:-@\[-`{-~])"  # a backslash that would escape what follows it
    r"|[`*<>&~|]"  # code, emphasis, HTML and entities, strike-through, table cells
    r"|\](?=[(\[:])"  # a link ([a](b), [a][b]) or its definition ([a]: b); [1] alone is none
    r"|(?<![0-9A-Za-z])_|_(?![0-9A-Za-z])"  # emphasis; inside a word (file_name) it is none
)
_BLOCK_START = re.compile(r"[#+=-]|[0-9]+[.)]")
"""What at the start of a line makes a heading, a list item or a rule of it."""


def markdown_text(text: str) -> str:
    """``text`` as Markdown that shows it as it is: one line (:func:`one_line`), with a
    backslash before every character Markdown or HTML would read as markup (``<script>``,
    ``[a](b)``, a backtick, ``*``, ``|``...). A bracket that makes no link (``entries[0]``)
    is left as it is.

    >>> print(markdown_text("<b>x|y</b> `z` [a](b) [1]: u entries[0] file_name _em_"))
    \\<b\\>x\\|y\\</b\\> \\`z\\` [a\\](b) [1\\]: u entries[0] file_name \\_em\\_
    """
    return _INLINE.sub(lambda found: "\\" + found[0], one_line(text))


def _escaped(text: str) -> str:
    """Text that starts a line of its own: escaped, and never read as a heading, a list item
    or a rule by what it starts with (``# x``, ``- x``, ``1. x``)."""
    escaped = markdown_text(text)
    start = _BLOCK_START.match(escaped)
    if start:
        escaped = f"{escaped[: start.end() - 1]}\\{escaped[start.end() - 1 :]}"
    return escaped


def _cell(cell: blocks.Cell) -> str:
    """A cell: each piece escaped on its own, ``<br>`` between lines; citations as written."""
    pieces = cell if isinstance(cell, tuple) else (cell,)
    return "".join(
        "<br>"
        if piece is blocks.BREAK
        else str(piece)
        if isinstance(piece, blocks.Cites)
        else markdown_text(str(piece))
        for piece in pieces
    )


def _table(table: Table) -> str:
    from tabulate import tabulate

    if not table.rows:
        return markdown_text(table.empty)
    return str(
        tabulate(
            [[_cell(cell) for cell in row.cells] for row in table.rows],
            headers=[markdown_text(column.header) for column in table.columns],
            tablefmt="github",
            colalign=[column.align for column in table.columns],
            disable_numparse=True,
        )
    )


def _block(block: Block) -> str:
    if isinstance(block, Title):
        return f"# {markdown_text(block.text)}"
    if isinstance(block, Heading):
        return f"## {markdown_text(block.text)}"
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
