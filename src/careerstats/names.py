"""Matching names as people type them: case and accents ignored, close spellings suggested."""

from __future__ import annotations

import difflib
import unicodedata
from collections.abc import Iterable

from careerstats.arguments import expect

__all__ = ["closest", "fold", "plural"]


def fold(text: str) -> str:
    """Case and accents ignored: 'Benzéma' and 'benzema' match.

    >>> fold("Karim Benzéma"), fold("Côte-d'Ivoire")
    ('karim benzema', "cote d'ivoire")
    """
    expect(text, str, "fold", "text")
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).replace("-", " ")


def closest(word: str, choices: Iterable[str]) -> list[str]:
    """The choices closest to a misspelt word: all that are as close as the best one.

    >>> closest("Frace", ["France", "Greece", "Wales"])
    ['France']
    """
    expect(word, str, "closest", "word")
    scored = sorted(
        ((difflib.SequenceMatcher(None, word, choice).ratio(), choice) for choice in choices),
        reverse=True,
    )
    best = scored[0][0] if scored else 0.0
    return sorted(choice for ratio, choice in scored if ratio >= max(0.6, best - 0.01))


def plural(count: int, noun: str, nouns: str = "") -> str:
    """``1 goal``, ``2 goals``; ``nouns`` where the plural is not ``noun`` + s.

    >>> plural(1, "cap"), plural(97, "cap"), plural(2, "injury", "injuries")
    ('1 cap', '97 caps', '2 injuries')
    """
    expect(count, int, "plural", "count")
    expect(noun, str, "plural", "noun")
    return f"{count} {noun}" if count == 1 else f"{count} {nouns or noun + 's'}"
