"""Matching names as people type them: case and accents ignored, close spellings suggested."""

from __future__ import annotations

import difflib
import unicodedata
from collections.abc import Iterable

from careerstats.arguments import expect, expect_optional, expect_strings

__all__ = ["MAX_SUGGESTIONS", "closest", "fold", "fold_words", "plural"]


def fold(text: str) -> str:
    """Case and accents ignored: 'Benzéma' and 'benzema' match.

    >>> fold("Karim Benzéma"), fold("Côte-d'Ivoire")
    ('karim benzema', "cote d'ivoire")
    """
    expect(text, str, "fold", "text")
    if text.isascii():  # most names: nothing to decompose (the same result, 50 times faster)
        return text.lower().replace("-", " ")
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).replace("-", " ")


def fold_words(text: str) -> str:
    """:func:`fold`, runs of white space one space: two spellings of one full name compare equal.

    >>> fold_words(" Côte  d'Ivoire ")
    "cote d'ivoire"
    """
    return " ".join(fold(text).split())


_CLOSE_ENOUGH = 0.6
"""The least similarity (difflib's ratio, of the folded texts) a suggestion needs."""

MAX_SUGGESTIONS = 3
"""The most names one suggestion offers: of 10,000 tournaments ``cup-0001`` to ``cup-9999``,
every one is as close to ``cup-x`` as the others, and a message must not list them all."""


def closest(word: str, choices: Iterable[str], limit: int | None = MAX_SUGGESTIONS) -> list[str]:
    """The choices closest to a misspelt word: all that are as close as the best one, the
    ``limit`` closest of them where more are (ties: in alphabetical order; ``None``: all).

    Case and accents are ignored, as :func:`fold` ignores them, and the choices come back as
    given, in alphabetical order: one rule for every suggestion careerstats makes (players,
    teams, scorers, competitions, tournaments, the keys of a fixture's table).

    >>> closest("Frace", ["France", "Greece", "Wales"])
    ['France']
    >>> closest("zair", ["Zaïre", "Bonaire"])
    ['Zaïre']
    >>> closest("Jon", ["John", "Joan", "Jonas"]), closest("Jon", ["John", "Joan"], limit=1)
    (['Joan', 'John'], ['Joan'])
    """
    expect(word, str, "closest", "word")
    expect_optional(limit, int, "closest", "limit")
    choices = expect_strings(choices, "closest", "choices")
    wanted = fold(word)
    scored = []
    for choice in set(choices):
        matcher = difflib.SequenceMatcher(None, wanted, fold(choice))
        # The bound from the two lengths alone first: a long word is compared in no time.
        if matcher.real_quick_ratio() >= _CLOSE_ENOUGH:
            scored.append((-matcher.ratio(), choice))
    scored.sort()
    best = -scored[0][0] if scored else 0.0
    near = [choice for ratio, choice in scored if -ratio >= max(_CLOSE_ENOUGH, best - 0.01)]
    return sorted(near[:limit])


def plural(count: int, noun: str, nouns: str = "") -> str:
    """``1 goal``, ``2 goals``; ``nouns`` where the plural is not ``noun`` + s.

    >>> plural(1, "cap"), plural(97, "cap"), plural(2, "injury", "injuries")
    ('1 cap', '97 caps', '2 injuries')
    """
    expect(count, int, "plural", "count")
    expect(noun, str, "plural", "noun")
    return f"{count} {noun}" if count == 1 else f"{count} {nouns or noun + 's'}"
