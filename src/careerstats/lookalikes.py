"""Look-alike names: texts that differ only by characters that look the same, such as a
Cyrillic 'a' (U+0430 CYRILLIC SMALL LETTER A) written for a Latin 'a'.

Two such names read as one on a page, yet are two players to the look-up, and "ambiguous:
karim-benzema, karim-benzema" (the second with U+0430) would say nothing of why. A name's
*skeleton* maps each look-alike to the Latin letter it passes for, then folds case and accents
as the look-up does (see :func:`careerstats.names.fold`): two names with one skeleton but
different folded spellings differ only by look-alikes.

The table holds the Cyrillic and Greek letters that pass for Latin ones in common fonts (the
clear cases of Unicode's confusables list, UTS #39), written by their Unicode names so that the
source shows which is which. It is short by design: the names careerstats reads are people's,
and the full list also joins letters no reader takes for each other. Full-width and other
compatibility forms need no entry: folding makes them the plain letters already.
"""

from __future__ import annotations

import unicodedata

from careerstats.names import fold

__all__ = ["LOOK_ALIKES", "look_alike_characters", "skeleton"]

LOOK_ALIKES: dict[str, str] = {
    # Cyrillic, lower case
    "\N{CYRILLIC SMALL LETTER A}": "a",
    "\N{CYRILLIC SMALL LETTER ES}": "c",
    "\N{CYRILLIC SMALL LETTER KOMI DE}": "d",
    "\N{CYRILLIC SMALL LETTER IE}": "e",
    "\N{CYRILLIC SMALL LETTER SHHA}": "h",
    "\N{CYRILLIC SMALL LETTER BYELORUSSIAN-UKRAINIAN I}": "i",
    "\N{CYRILLIC SMALL LETTER JE}": "j",
    "\N{CYRILLIC SMALL LETTER O}": "o",
    "\N{CYRILLIC SMALL LETTER ER}": "p",
    "\N{CYRILLIC SMALL LETTER QA}": "q",
    "\N{CYRILLIC SMALL LETTER DZE}": "s",
    "\N{CYRILLIC SMALL LETTER U}": "y",
    "\N{CYRILLIC SMALL LETTER WE}": "w",
    "\N{CYRILLIC SMALL LETTER HA}": "x",
    # Cyrillic, upper case
    "\N{CYRILLIC CAPITAL LETTER A}": "A",
    "\N{CYRILLIC CAPITAL LETTER VE}": "B",
    "\N{CYRILLIC CAPITAL LETTER ES}": "C",
    "\N{CYRILLIC CAPITAL LETTER IE}": "E",
    "\N{CYRILLIC CAPITAL LETTER EN}": "H",
    "\N{CYRILLIC CAPITAL LETTER BYELORUSSIAN-UKRAINIAN I}": "I",
    "\N{CYRILLIC CAPITAL LETTER JE}": "J",
    "\N{CYRILLIC CAPITAL LETTER KA}": "K",
    "\N{CYRILLIC CAPITAL LETTER EM}": "M",
    "\N{CYRILLIC CAPITAL LETTER O}": "O",
    "\N{CYRILLIC CAPITAL LETTER ER}": "P",
    "\N{CYRILLIC CAPITAL LETTER DZE}": "S",
    "\N{CYRILLIC CAPITAL LETTER TE}": "T",
    "\N{CYRILLIC CAPITAL LETTER HA}": "X",
    "\N{CYRILLIC CAPITAL LETTER U}": "Y",
    # Greek, lower case
    "\N{GREEK SMALL LETTER ALPHA}": "a",
    "\N{GREEK SMALL LETTER IOTA}": "i",
    "\N{GREEK SMALL LETTER KAPPA}": "k",
    "\N{GREEK SMALL LETTER NU}": "v",
    "\N{GREEK SMALL LETTER OMICRON}": "o",
    "\N{GREEK SMALL LETTER RHO}": "p",
    "\N{GREEK SMALL LETTER UPSILON}": "u",
    # Greek, upper case
    "\N{GREEK CAPITAL LETTER ALPHA}": "A",
    "\N{GREEK CAPITAL LETTER BETA}": "B",
    "\N{GREEK CAPITAL LETTER EPSILON}": "E",
    "\N{GREEK CAPITAL LETTER ZETA}": "Z",
    "\N{GREEK CAPITAL LETTER ETA}": "H",
    "\N{GREEK CAPITAL LETTER IOTA}": "I",
    "\N{GREEK CAPITAL LETTER KAPPA}": "K",
    "\N{GREEK CAPITAL LETTER MU}": "M",
    "\N{GREEK CAPITAL LETTER NU}": "N",
    "\N{GREEK CAPITAL LETTER OMICRON}": "O",
    "\N{GREEK CAPITAL LETTER RHO}": "P",
    "\N{GREEK CAPITAL LETTER TAU}": "T",
    "\N{GREEK CAPITAL LETTER UPSILON}": "Y",
    "\N{GREEK CAPITAL LETTER CHI}": "X",
}
"""Each look-alike character and the Latin letter it passes for."""


def skeleton(text: str) -> str:
    r"""``text`` as it reads: look-alikes made Latin, then case and accents folded.

    >>> skeleton("K\u0430rim Benz\u00e9ma") == skeleton("karim benzema")
    True
    """
    # Decomposed first, so that an accented look-alike (Greek alpha with tonos) is found by its
    # letter (alpha).
    decomposed = unicodedata.normalize("NFKD", text)
    return fold("".join(LOOK_ALIKES.get(character, character) for character in decomposed))


def look_alike_characters(text: str) -> list[str]:
    r"""Each look-alike character of ``text``, once, named with the letter it passes for.

    >>> look_alike_characters("k\u0430rim")
    ["U+0430 CYRILLIC SMALL LETTER A for 'a'"]
    """
    decomposed = unicodedata.normalize("NFKD", text)
    found = dict.fromkeys(character for character in decomposed if character in LOOK_ALIKES)
    return [
        f"U+{ord(character):04X} {unicodedata.name(character)} for {LOOK_ALIKES[character]!r}"
        for character in found
    ]
