"""Reading the source articles in ../shared/articles, where that folder is present."""

from __future__ import annotations

import re
from functools import cache

import pytest

from .conftest import SHARED

ARTICLES = SHARED / "articles"


@cache
def paragraphs(file: str) -> tuple[str, ...]:
    """An article's paragraphs: blocks separated by blank lines, paragraph 1 first."""
    path = ARTICLES / file
    if not path.is_file():
        pytest.skip(f"{path} is absent: the source articles live in ../shared beside the checkout")
    text = path.read_text(encoding="utf-8")
    return tuple(block.strip() for block in re.split(r"\n\s*\n", text) if block.strip())


def paragraph(file: str, number: int) -> str:
    found = paragraphs(file)
    assert 1 <= number <= len(found), f"{file} has {len(found)} paragraphs, not {number}"
    return found[number - 1]
