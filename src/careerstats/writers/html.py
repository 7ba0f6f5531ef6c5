"""The HTML writer: a page as a ``<div>`` for a notebook, or a whole document to publish.

Every piece of text is escaped (``html.escape``), its control characters shown escaped first
(``one_line``). Citations link to their row of the sources table (``id="source-N"``); dates
(``2022-11-19``, ``19 December 2022``), lengths (``5–6 years``) and other short hyphenated
values (``runner-up``) never break inside; web addresses in text (a licence's) are links;
figures align right; a row with a verdict is classed and coloured by it. The document has one
``<h1>`` (the page's title block, else its title) and a print stylesheet.
"""

from __future__ import annotations

import calendar
import html
import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from careerstats import blocks
from careerstats.errors import one_line

if TYPE_CHECKING:
    from careerstats.writers import Options

__all__ = ["SOURCE_ANCHOR", "STYLE", "write"]

SOURCE_ANCHOR = "source-{number}"
"""The ``id`` of a source's row, which its citations link to."""

LONGEST_UNBROKEN = 24
"""The longest hyphenated word (a date, ``runner-up``) kept from breaking inside."""

_MONTHS = "|".join(name for name in calendar.month_name if name)
_UNBROKEN = re.compile(
    # A web address, up to (not with) the punctuation that ends its sentence or bracket.
    r"(?P<url>https?://[^\s<>\"']*[^\s<>\"'.,;:!?)\]])"
    # A date in words: 19 December 2022, December 2022.
    rf"|(?:[0-9]{{1,2}} )?(?:{_MONTHS}) [0-9]{{4}}\b"
    # A licence's name: CC BY-SA 4.0, CC0 1.0.
    r"|CC(?:0| BY(?:-(?:SA|NC|ND))*) [0-9]\.[0-9]\b"
    # A length: 31 days, 5–6 years.
    r"|[0-9]+(?:[-–][0-9]+)? (?:years?|months?|weeks?|days?)\b"
    # A hyphenated word: 2022-11-19, runner-up, 2015–2021, [2]¶1,5.
    r"|[\w¶]+(?:[-–][\w¶]+)+"
)

STYLE = """\
.careerstats { font-family: sans-serif; }
.careerstats table { border-collapse: collapse; margin-bottom: 1em; }
.careerstats th, .careerstats td { padding: 0.25em 0.75em; border-bottom: 1px solid #ddd;
  text-align: left; vertical-align: top; }
.careerstats .num { text-align: right; font-variant-numeric: tabular-nums; }
.careerstats .nowrap, .careerstats .nb { white-space: nowrap; }
.careerstats .cite a { text-decoration: none; }
.careerstats tr.agrees td.verdict { color: #1a7f37; font-weight: bold; }
.careerstats tr.contradicts td.verdict { color: #cf222e; font-weight: bold; }
.careerstats tr.consistent td.verdict { color: #0969da; }
.careerstats tr.unchecked td.verdict { color: #6e7781; }
.careerstats tr.contradicts { background: #fff0f0; }
.careerstats tr:target { background: #fff8c5; }
.careerstats .note { font-size: 0.9em; color: #57606a; }
.careerstats ul.lines { list-style: none; padding-left: 0; }
.careerstats li.error { color: #cf222e; }
.careerstats li.warning { color: #9a6700; }
.careerstats li.ok { color: #1a7f37; }
.careerstats li.summary { font-weight: bold; }
.careerstats a.url, .careerstats .long { overflow-wrap: anywhere; }
@media screen and (max-width: 40em) {
  .careerstats table { display: block; overflow-x: auto; }
  .careerstats th, .careerstats td { padding: 0.25em 0.4em; }
}
@media print {
  body { margin: 0; }
  .careerstats { font-size: 10pt; color: #000; }
  .careerstats a { color: inherit; }
  .careerstats tr { break-inside: avoid; }
  .careerstats h2 { break-after: avoid; }
  .careerstats tr.contradicts { background: none; }
}
"""


LONGEST_WORD = 40
"""A run of more characters with no space (a pasted hash, a token) may break anywhere: kept
whole, it would widen its column and the page past the screen."""
_LONG_WORD = re.compile(rf"\S{{{LONGEST_WORD + 1},}}")


def _marked(
    text: str,
    pattern: re.Pattern[str],
    mark: Callable[[re.Match[str]], str],
    between: Callable[[str], str],
) -> str:
    """``text`` with each match of ``pattern`` written by ``mark`` and what lies between the
    matches by ``between``."""
    out = []
    done = 0
    for found in pattern.finditer(text):
        out += [between(text[done : found.start()]), mark(found)]
        done = found.end()
    out.append(between(text[done:]))
    return "".join(out)


def _escaped(text: str) -> str:
    """Escaped text, its runs longer than :data:`LONGEST_WORD` marked to break anywhere."""
    return _marked(
        text,
        _LONG_WORD,
        lambda found: f'<span class="long">{html.escape(found[0])}</span>',
        html.escape,
    )


def _text(text: str) -> str:
    """Escaped text whose dates, lengths and short hyphenated words never break inside, and
    whose web addresses are links (only ``http`` and ``https``: nothing else is linked)."""
    return _marked(one_line(text), _UNBROKEN, _unbroken, _escaped)


def _unbroken(found: re.Match[str]) -> str:
    """A match of :data:`_UNBROKEN`: a link, else kept whole where it is short enough."""
    shown = html.escape(found[0])
    if found["url"]:
        return f'<a class="url" href="{shown}">{shown}</a>'
    if len(found[0]) <= LONGEST_UNBROKEN:
        return f'<span class="nb">{shown}</span>'
    return _escaped(found[0])


def _cites(cites: blocks.Cites) -> str:
    links = []
    for number, paragraphs in cites.refs:
        shown = html.escape(str(blocks.Cites(((number, paragraphs),))))
        if number is None:
            links.append(shown)
        else:
            anchor = SOURCE_ANCHOR.format(number=number)
            links.append(f'<a class="nb" href="#{anchor}">{shown}</a>')
    # Each citation whole on its line; a long list may break between them.
    return f'<span class="cite">{" ".join(links)}</span>'


def _cell(cell: blocks.Cell) -> str:
    pieces = cell if isinstance(cell, tuple) else (cell,)
    out = []
    for piece in pieces:
        if piece is blocks.BREAK:
            out.append("<br>")
        elif isinstance(piece, blocks.Cites):
            out.append(_cites(piece))
        else:
            out.append(_text(str(piece)))
    return "".join(out)


def _classes(column: blocks.Column, index: int, row: blocks.Row) -> str:
    names = []
    if column.align == "right":
        names.append("num")
    if column.nowrap:
        names.append("nowrap")
    if index == 0 and row.kind is not None:
        names.append("verdict")
    return f' class="{" ".join(names)}"' if names else ""


_NUM = ' class="num"'


def _table(table: blocks.Table) -> str:
    if not table.rows:
        return f"<p>{_text(table.empty)}</p>"
    head = "".join(
        f"<th{_NUM if column.align == 'right' else ''}>{_text(column.header)}</th>"
        for column in table.columns
    )
    rows = []
    for row in table.rows:
        attributes = ""
        if row.anchor is not None:
            attributes += f' id="{html.escape(row.anchor)}"'
        if row.kind is not None:
            attributes += f' class="{html.escape(row.kind)}"'
        cells = "".join(
            f"<td{_classes(column, index, row)}>{_cell(cell)}</td>"
            for index, (column, cell) in enumerate(zip(table.columns, row.cells, strict=True))
        )
        rows.append(f"<tr{attributes}>{cells}</tr>")
    body = "\n".join(rows)
    return f"<table>\n<thead>\n<tr>{head}</tr>\n</thead>\n<tbody>\n{body}\n</tbody>\n</table>"


def _block(block: blocks.Block, title: str) -> str:
    if isinstance(block, blocks.Title):
        return f"<{title}>{_text(block.text)}</{title}>"
    if isinstance(block, blocks.Heading):
        return f"<h2>{_text(block.text)}</h2>"
    if isinstance(block, blocks.Note):
        return f'<p class="note">{_text(block.text)}</p>'
    if isinstance(block, blocks.Paragraph):
        return f"<p>{_text(block.text)}</p>"
    if isinstance(block, blocks.Line):
        return _lines((block,))
    return _table(block)


def _lines(lines: tuple[blocks.Line, ...]) -> str:
    """Lines that follow each other: one list, each item classed by its kind."""
    items = []
    for line in lines:
        kind = "" if line.kind is None else f' class="{html.escape(line.kind)}"'
        items.append(f"<li{kind}>{_text(line.text)}</li>")
    return '<ul class="lines">\n' + "\n".join(items) + "\n</ul>"


def _parts(page: blocks.Page, title: str) -> str:
    """The blocks in order; lines that follow each other, one list."""
    return "\n".join(
        _lines(item) if isinstance(item, tuple) else _block(item, title)
        for item in blocks.listed(page.blocks)
    )


def write(page: blocks.Page, options: Options) -> str:
    """A ``<div class="careerstats">`` (with its stylesheet), or with ``standalone`` a
    document naming its encoding, whose one ``<h1>`` is the page's title."""
    # In a notebook the page sits among other output: its title is no document's <h1>.
    title = "h1" if options.standalone else "h3"
    parts = _parts(page, title)
    if options.standalone and not any(isinstance(b, blocks.Title) for b in page.blocks):
        # A page whose text shows no title (validate's lines, the player list) still heads
        # its document with one: the page's.
        parts = f"<h1>{_text(page.title)}</h1>\n{parts}"
    div = f'<div class="careerstats">\n{parts}\n<style>\n{STYLE}</style>\n</div>\n'
    if not options.standalone:
        return div
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{html.escape(one_line(page.title))}</title>\n"
        "<style>\nbody { margin: 2em; }\n</style>\n</head>\n"
        f"<body>\n{div}</body>\n</html>\n"
    )
