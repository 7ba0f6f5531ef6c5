"""Issue 11: text from a fixture never breaks a message's one line (found by hypothesis)."""

from __future__ import annotations

import attrs

from careerstats.dates import PartialDate
from careerstats.model import Appearance, Career, Citation, Match, Player, Team
from careerstats.validation import check_career

CITE = (Citation(file="a.txt", paragraph=1),)


def appearance(date: str, opponent: str) -> Appearance:
    return Appearance(match=Match(date=PartialDate.parse(date), opponent=opponent), cite=CITE)


def test_an_opponent_with_a_line_break_stays_on_one_line_in_validation_messages() -> None:
    career = Career(
        player=Player(id="jo", name="Jo", cite=CITE),
        team=Team(name="Utopia"),
        appearances=(appearance("2000", "a\nb"), appearance("2000", "a\nb")),
    )
    messages = [problem.message for problem in check_career(career, "x.toml")]
    assert messages[1:] == [
        "may be the same match as appearances[0] (2000 v a\\nb): the dates cannot tell them "
        "apart; give the day, the venue or the score"
    ]


def test_a_long_opponent_is_cut_in_validation_messages() -> None:
    long = "Freedonia" * 20
    one = appearance("2000-01-01", long)
    career = Career(
        player=Player(id="jo", name="Jo", cite=CITE),
        team=Team(name="Utopia"),
        appearances=(one, attrs.evolve(one)),
    )
    problem = check_career(career, "x.toml")[-1]
    assert problem.message == (f"the same match as appearances[0] (2000-01-01 v {long[:60]}…)")
