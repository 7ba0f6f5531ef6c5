"""The JSON writer: a page's records (:mod:`careerstats.records`), indented, controls escaped."""

from __future__ import annotations

from typing import TYPE_CHECKING

from careerstats.blocks import Page
from careerstats.escaping import to_json

if TYPE_CHECKING:
    from careerstats.writers import Options

__all__ = ["write"]


def write(page: Page, options: Options) -> str:
    """The page's record as JSON (the blocks are for the other formats)."""
    return to_json(page.record)
