"""Matching names as people type them: case and accents ignored, close spellings suggested."""

from __future__ import annotations

import difflib
import unicodedata
from collections.abc import Iterable

__all__ = ["closest", "fold"]


def fold(text: str) -> str:
    """Case and accents ignored: 'Benzéma' and 'benzema' match.

    >>> fold("Karim Benzéma"), fold("Côte-d'Ivoire")
    ('karim benzema', "cote d'ivoire")
    """
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).replace("-", " ")


def closest(word: str, choices: Iterable[str]) -> list[str]:
    """The choices closest to a misspelt word: all that are as close as the best one.

    >>> closest("Frace", ["France", "Greece", "Wales"])
    ['France']
    """
    scored = sorted(
        ((difflib.SequenceMatcher(None, word, choice).ratio(), choice) for choice in choices),
        reverse=True,
    )
    best = scored[0][0] if scored else 0.0
    return sorted(choice for ratio, choice in scored if ratio >= max(0.6, best - 0.01))
