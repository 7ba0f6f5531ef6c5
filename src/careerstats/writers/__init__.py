"""Writers: a page's blocks as text, Markdown or HTML, or its records as JSON.

:data:`FORMATS` is the registry the CLI's ``--format`` choices come from: each format's name
and the module that writes it, a module with a ``write(page, options)`` function. Adding a
format is one new module, one line here and a test (tests/issues/test_issue_12_output.py
writes every page in every format). Importing this package imports no writer: the CLI lists
the formats at start-up without paying for tabulate or the pages.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from careerstats.blocks import Page

__all__ = ["DEFAULT_WIDTH", "FORMATS", "Options", "Writer", "write", "writer"]

DEFAULT_WIDTH = 100
"""The width text tables fit where the output is not a terminal (and no ``--width`` is given)."""


class Options(NamedTuple):
    """How a page is written: ``width`` (text: the widest line, ``None`` for no limit) and
    ``standalone`` (HTML: a whole document, not a fragment for a notebook)."""

    width: int | None = None
    standalone: bool = False


Writer = Callable[["Page", Options], str]

FORMATS: Mapping[str, str] = MappingProxyType(
    {
        "text": "careerstats.writers.text",
        "markdown": "careerstats.writers.markdown",
        "json": "careerstats.writers.json",
        "html": "careerstats.writers.html",
    }
)
"""Every output format by name, in the order ``--help`` lists them, and its writer's module."""


def writer(format: str) -> Writer:
    """The function that writes a page in ``format`` (a key of :data:`FORMATS`)."""
    found: Writer = importlib.import_module(FORMATS[format]).write
    return found


def write(page: Page, format: str, *, width: int | None = None, standalone: bool = False) -> str:
    """``page`` in ``format`` (a key of :data:`FORMATS`)."""
    return writer(format)(page, Options(width=width, standalone=standalone))
