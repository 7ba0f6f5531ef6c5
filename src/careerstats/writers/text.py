"""The text writer: blocks as a terminal page, tables fitted to a width.

A title is underlined with ``=``, a heading with ``-``; tables are tabulate's ``simple``
format, numbers aligned right. Cells wrap at their column's own width, and where the table is
still wider than the page, the columns that may wrap shrink until it fits: first to their
longest word, and where that is too wide, without the padding tabulate gives a header (words
stay whole while that is enough); then to :data:`NARROWEST_COLUMN`, words breaking, with the
padding where that fits; at last without it, those columns shrinking to their header's longest
word (never below :data:`NARROWEST_HEADER`). Control characters from files are shown escaped
(``one_line``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from careerstats import blocks
from careerstats.errors import one_line

if TYPE_CHECKING:
    from careerstats.writers import Options

__all__ = ["NARROWEST_COLUMN", "NARROWEST_HEADER", "cell_text", "table_widths", "write"]

NARROWEST_COLUMN = 8
"""The narrowest a column shrinks to when a table must fit the width, while a shorter header
can keep its padding."""
NARROWEST_HEADER = 3
"""The narrowest a column shrinks to at last: its header's longest word, but never below this."""
COLUMN_GAP = 2
"""The spaces tabulate's ``simple`` format puts between columns."""
HEADER_PADDING = 2
"""tabulate's ``MIN_PADDING``: a column is at least its header and this much wider."""


def cell_text(cell: blocks.Cell, line_break: str = "\n", escape: bool = False) -> str:
    """A cell as plain text: pieces joined, each escaped on its own (``|`` too, for Markdown)."""
    pieces = cell if isinstance(cell, tuple) else (cell,)
    out = []
    for piece in pieces:
        if piece is blocks.BREAK:
            out.append(line_break)
            continue
        shown = str(piece) if isinstance(piece, blocks.Cites) else one_line(str(piece))
        out.append(shown.replace("|", "\\|") if escape else shown)
    return "".join(out)


def _natural(cells: Sequence[str], header: str) -> int:
    lines = [line for cell in cells for line in cell.split("\n")]
    return max((len(line) for line in [*lines, header]), default=0)


def _longest_word(cells: Sequence[str], header: str) -> int:
    return max((len(word) for text in [*cells, header] for word in text.split()), default=0)


def table_widths(
    table: blocks.Table,
    cells: Sequence[Sequence[str]],
    width: int | None,
    padding: int = HEADER_PADDING,
) -> list[int | None]:
    """Each column's wrap width (``None``: as wide as its cells), with ``padding`` beside each
    header (tabulate's; 0 where the table is drawn without it).

    A column is first as wide as its cells, or its own ``wrap``. Where the table is then wider
    than ``width``, the widest columns that may wrap give up the excess first, down to a common
    width (so that a short label keeps its line while a long text wraps), never below their
    longest word (so that words stay whole); where that is not enough, they shrink further, to
    :data:`NARROWEST_COLUMN`, and words break; without padding, at last, to their header's
    longest word (:data:`NARROWEST_HEADER` at least).
    """
    return _wrapped(*_fitted(table, cells, width, padding))


def _fitted(
    table: blocks.Table,
    cells: Sequence[Sequence[str]],
    width: int | None,
    padding: int,
    break_words: bool = True,
) -> tuple[list[int], list[int]]:
    """Each column's width (:func:`table_widths`), and the width of its cells unwrapped;
    without ``break_words``, no column shrinks below its longest word."""
    columns = table.columns
    natural: list[int] = []
    floors: list[int] = []
    for index, column in enumerate(columns):
        values = [row[index] for row in cells]
        natural.append(_natural(values, column.header))
        floors.append(_longest_word(values, column.header))
    widths = [
        min(size, column.wrap) if column.wrap else size
        for size, column in zip(natural, columns, strict=True)
    ]
    if width is not None:
        shrinkable = [i for i, column in enumerate(columns) if not column.nowrap]
        words_whole = [max(NARROWEST_COLUMN, floor) for floor in floors]
        floors_of = [words_whole]
        if break_words:
            floors_of.append([NARROWEST_COLUMN] * len(columns))
        if break_words and not padding:
            floors_of.append([_header_floor(column.header) for column in columns])
        for least in floors_of:
            # Padding keeps a column at least as wide as its header: a cut may narrow the
            # drawn table by less than it takes, so cut again while that still narrows it.
            while (excess := _drawn_width(columns, widths, padding) - width) > 0:
                before = list(widths)
                _level_down(widths, least, shrinkable, excess)
                if widths == before:
                    break
    return widths, natural


def _level_down(
    widths: list[int], least: Sequence[int], shrinkable: Sequence[int], excess: int
) -> None:
    """Take ``excess`` columns of width from the widest of ``shrinkable``, levelling them down
    to one width (none below its ``least``); all they can spare where that is less.

    The level is found by bisection, so a column a million characters wide costs no more than a
    narrow one.
    """

    def cut(level: int) -> int:
        return sum(max(0, widths[i] - max(level, least[i])) for i in shrinkable)

    low, high = 0, max((widths[i] for i in shrinkable), default=0)
    while low < high:  # the highest level whose cut still covers the excess
        middle = (low + high + 1) // 2
        if cut(middle) >= excess:
            low = middle
        else:
            high = middle - 1
    level = low
    over = cut(level) - excess  # cut beyond the excess: given back, a column each
    for i in shrinkable:
        if widths[i] > max(level, least[i]):
            widths[i] = max(level, least[i])
            if over > 0 and widths[i] == level:
                widths[i] += 1
                over -= 1


def _header_floor(header: str) -> int:
    """The narrowest a column gets at last: its header's longest word, within bounds."""
    longest = max((len(word) for word in header.split()), default=0)
    return min(NARROWEST_COLUMN, max(NARROWEST_HEADER, longest))


def _drawn_width(
    columns: Sequence[blocks.Column], widths: Sequence[int], padding: int = HEADER_PADDING
) -> int:
    """How wide tabulate draws the table: each column at least its (wrapped) header and
    ``padding`` beside it, with gaps between columns."""
    drawn = [
        max(size, min(len(column.header), size) + padding)
        for size, column in zip(widths, columns, strict=True)
    ]
    return sum(drawn) + COLUMN_GAP * (len(drawn) - 1)


def _table(table: blocks.Table, width: int | None) -> str:
    if not table.rows:
        return one_line(table.empty)
    cells = [[cell_text(cell) for cell in row.cells] for row in table.rows]
    headers = [one_line(column.header) for column in table.columns]
    colalign = [column.align for column in table.columns]
    for padding, break_words in _FITTING_STEPS:  # the first that fits; else the last
        widths, natural = _fitted(table, cells, width, padding, break_words)
        if width is None or _drawn_width(table.columns, widths, padding) <= width:
            break
    draw = _padded if padding else _unpadded
    return draw(headers, cells, colalign, _wrapped(widths, natural))


_FITTING_STEPS = ((HEADER_PADDING, False), (0, False), (HEADER_PADDING, True), (0, True))
"""How a table too wide is fitted, step by step: words whole first, with tabulate's padding
beside each header, then without it; then words breaking, with the padding, at last without."""


def _padded(
    headers: list[str], cells: list[list[str]], colalign: Sequence[str], wrapped: list[int | None]
) -> str:
    """A ``simple`` table as tabulate draws it, each header padded."""
    from tabulate import tabulate  # imported here: it costs the CLI's --help ~70 ms

    return str(
        tabulate(
            cells,
            headers=headers,
            tablefmt="simple",
            colalign=colalign,
            maxcolwidths=wrapped,
            maxheadercolwidths=wrapped,  # type: ignore[arg-type]  # None: that column whole
            disable_numparse=True,
        )
    )


def _wrapped(widths: Sequence[int], natural: Sequence[int]) -> list[int | None]:
    """The widths to wrap at: ``None`` for a column as wide as its cells (tabulate's whole)."""
    return [size if size < full else None for size, full in zip(widths, natural, strict=True)]


def _unpadded(
    headers: list[str],
    cells: list[list[str]],
    colalign: Sequence[str],
    widths: list[int | None],
) -> str:
    """A ``simple`` table without tabulate's padding beside each header: the header drawn as
    the first row of a table without headers, and the rule tabulate draws above such a table
    (at the columns' widths) moved under the header's lines."""
    from tabulate import tabulate

    def drawn(rows: list[list[str]]) -> list[str]:
        shown = tabulate(
            rows,
            tablefmt="simple",
            colalign=colalign,
            maxcolwidths=widths,
            disable_numparse=True,
        )
        return str(shown).split("\n")

    # The header's lines: as many as its row wraps to, which only the widths decide.
    header_lines = len(drawn([headers])) - 2
    lines = drawn([headers, *cells])
    rule, body = lines[0], lines[1:-1]
    return "\n".join([*body[:header_lines], rule, *body[header_lines:]])


def _underlined(text: str, mark: str) -> str:
    text = one_line(text)
    return f"{text}\n{mark * len(text)}"


def _block(block: blocks.Block, width: int | None) -> str:
    if isinstance(block, blocks.Title):
        return _underlined(block.text, "=")
    if isinstance(block, blocks.Heading):
        return _underlined(block.text, "-")
    if isinstance(block, (blocks.Paragraph, blocks.Note)):
        return _paragraph(block.text, width)
    if isinstance(block, blocks.Line):
        return one_line(block.text)
    return _table(block, width)


def _item(item: blocks.Block | tuple[blocks.Line, ...], width: int | None) -> str:
    if isinstance(item, tuple):
        return "\n".join(_block(line, width) for line in item)
    return _block(item, width)


def _paragraph(text: str, width: int | None) -> str:
    import textwrap

    text = one_line(text)
    if width is None or len(text) <= width:
        return text
    return textwrap.fill(text, width, break_on_hyphens=False)


def write(page: blocks.Page, options: Options) -> str:
    """The page's blocks, separated by blank lines (lines that follow each other by none)."""
    return "\n\n".join(_item(item, options.width) for item in blocks.listed(page.blocks)) + "\n"
