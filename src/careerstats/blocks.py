"""The blocks a page is built of: title, heading, table, paragraph, note, line.

A page (:mod:`careerstats.pages`) is built once, from typed values put into words by
:mod:`careerstats.words`; each writer (:mod:`careerstats.writers`) turns the same blocks into
text, Markdown or HTML. Blocks hold plain strings; the writers escape them for their format.
A cell is a string, a :class:`Cites` (citations, which HTML links to the sources table) or a
tuple of those pieces (:data:`BREAK` between lines).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Literal, TypeAlias

import attrs

__all__ = [
    "BREAK",
    "Block",
    "Cell",
    "Cites",
    "Column",
    "Heading",
    "Line",
    "Note",
    "Page",
    "Paragraph",
    "Piece",
    "Row",
    "Table",
    "Title",
    "listed",
]


@attrs.frozen
class Cites:
    """Citations shortened to their source numbers: ``[2]¶1,12 [4]``.

    ``refs`` pairs each source's number (``None`` for a file the sources table lacks: ``[?]``)
    with its paragraphs, in first-cited order.
    """

    refs: tuple[tuple[int | None, tuple[int, ...]], ...]

    def __str__(self) -> str:
        return " ".join(_ref(number, paragraphs) for number, paragraphs in self.refs)


def _ref(number: int | None, paragraphs: Sequence[int]) -> str:
    where = f"¶{','.join(map(str, paragraphs))}" if paragraphs else ""
    return f"[{'?' if number is None else number}]{where}"


class _Break:
    """A line break inside a cell."""

    def __repr__(self) -> str:
        return "BREAK"


BREAK = _Break()
Piece: TypeAlias = "str | Cites | _Break"
Cell: TypeAlias = "str | Cites | tuple[Piece, ...]"


@attrs.frozen
class Column:
    """A table's column: its header, how its cells align, and how they may break.

    ``wrap`` is the widest a text cell is drawn before it wraps (``None``: as wide as it is;
    a column that may wrap also shrinks to fit the width of a terminal). ``nowrap`` cells
    (dates, figures, short values) never break inside, in HTML either.
    """

    header: str
    align: Literal["left", "right"] = "left"
    wrap: int | None = None
    nowrap: bool = False


@attrs.frozen
class Row:
    """A table row; ``anchor`` names it (HTML links to it) and ``kind`` classes it (a verdict)."""

    cells: tuple[Cell, ...]
    anchor: str | None = None
    kind: str | None = None


@attrs.frozen
class Title:
    text: str


@attrs.frozen
class Heading:
    text: str


@attrs.frozen
class Paragraph:
    text: str


@attrs.frozen
class Note:
    """A remark under a table (what a mark in it means)."""

    text: str


@attrs.frozen
class Line:
    """One line of a listing, never wrapped (``FILE: ok``, a problem): lines that follow each
    other are written one under the other (text), as a list (Markdown, HTML). ``kind`` classes
    it (``ok``, ``error``, ``warning``, ``note``, ``summary``)."""

    text: str
    kind: str | None = None


@attrs.frozen
class Table:
    """Rows under typed columns; where there are no rows, ``empty`` is written instead."""

    columns: tuple[Column, ...]
    rows: tuple[Row, ...]
    empty: str = "None."


Block: TypeAlias = "Title | Heading | Paragraph | Note | Line | Table"


def listed(found: Iterable[Block]) -> list[Block | tuple[Line, ...]]:
    """The blocks in order, each run of lines that follow each other as one tuple (a list)."""
    out: list[Block | tuple[Line, ...]] = []
    for block in found:
        last = out[-1] if out else None
        if isinstance(block, Line) and isinstance(last, tuple):
            out[-1] = (*last, block)
        else:
            out.append((block,) if isinstance(block, Line) else block)
    return out


@attrs.frozen
class Page:
    """A page: its title (the document's), its blocks in order, and its JSON ``record``."""

    title: str
    blocks: tuple[Block, ...]
    record: object = None
    """What the JSON writer writes: the page's records (:mod:`careerstats.records`)."""
