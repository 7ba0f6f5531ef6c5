"""Every figure the articles give about Benzema's France career, against what careerstats computes.

Each row names the paragraph that states the figure and the words it uses. The figure is compared
with the value computed from the fixture; where ../shared/articles is present, the words are also
checked to stand in that paragraph, so a row cannot drift from its article.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from careerstats.dates import PartialDate
from careerstats.model import Career, TournamentStatus
from careerstats.statistics import CareerSummary, summarize

from .articles import paragraph

A000 = "000_c2d957eb85938973.txt"
A001 = "001_c26b10d1ae9b22eb.txt"
A002 = "002_82f36f0be73dd127.txt"


@pytest.fixture(scope="module")
def summary(benzema: Career) -> CareerSummary:
    return summarize(benzema)


def _status(summary: CareerSummary, tournament_id: str) -> TournamentStatus | None:
    line = next(line for line in summary.tournaments if line.tournament.id == tournament_id)
    return line.status


Getter = Callable[[CareerSummary], object]

# (file, paragraph, words in the article, the figure they give, how careerstats computes it)
ARTICLE_FIGURES: list[tuple[str, int, str, object, Getter]] = [
    (A001, 6, "37 goals in 97 games", 97, lambda s: s.caps.value),
    (A001, 6, "37 goals in 97 games", 37, lambda s: s.goals.value),
    (A002, 9, "37 goals in 97 caps", 97, lambda s: s.caps.value),
    (A002, 9, "37 goals in 97 caps", 37, lambda s: s.goals.value),
    (A001, 17, "three short of a century", 3, lambda s: s.caps_short_of_century),
    (A001, 6, "against Austria in March 2007", "Austria", lambda s: s.debut.match.opponent),
    (
        A001,
        6,
        "against Austria in March 2007",
        PartialDate(2007, 3),
        lambda s: s.debut.match.date,
    ),
    (A002, 10, "against Austria in March 2007", PartialDate(2007, 3), lambda s: s.debut.match.date),
    (A002, 10, "scored during his substitute appearance", False, lambda s: s.debut.started),
    (A002, 10, "scored during his substitute appearance", 1, lambda s: len(s.debut.goals)),
    (A001, 2, "on his 35th birthday", 35, lambda s: s.age_at_retirement.exact),
    (A002, 9, "since his debut 15 years ago", 15, lambda s: s.span.years.exact),
    (A002, 13, "a five-year absence", True, lambda s: s.longest_absence.span.years.low <= 5),
    (A002, 13, "a five-year absence", True, lambda s: s.longest_absence.span.years.high >= 5),
    (A002, 14, "scored four goals during the tournament", 4, lambda s: _goals_at(s, "euro-2020")),
    (
        A002,
        11,
        "selected for France’s Euro 2008 squad",
        TournamentStatus.PLAYED,
        lambda s: _status(s, "euro-2008"),
    ),
    (
        A002,
        12,
        "left out of France’s squad for the 2010 World Cup",
        TournamentStatus.NOT_SELECTED,
        lambda s: _status(s, "world-cup-2010"),
    ),
    (
        A002,
        13,
        "would play at Euro 2012 and World Cup 2014",
        TournamentStatus.PLAYED,
        lambda s: _status(s, "euro-2012"),
    ),
    (
        A002,
        13,
        "would play at Euro 2012 and World Cup 2014",
        TournamentStatus.PLAYED,
        lambda s: _status(s, "world-cup-2014"),
    ),
    (
        A001,
        7,
        "missed the World Cup triumph at Russia 2018",
        TournamentStatus.EXCLUDED,
        lambda s: _status(s, "world-cup-2018"),
    ),
    (
        A002,
        14,
        "returned to the France squad for Euro 2020",
        TournamentStatus.PLAYED,
        lambda s: _status(s, "euro-2020"),
    ),
    (
        A001,
        5,
        "ruled out of the Qatar 2022 finals",
        TournamentStatus.WITHDREW_INJURED,
        lambda s: _status(s, "world-cup-2022"),
    ),
]


def _goals_at(summary: CareerSummary, tournament_id: str) -> int | None:
    line = next(line for line in summary.tournaments if line.tournament.id == tournament_id)
    return None if line.entry is None else line.entry.goals


@pytest.mark.parametrize(
    ("file", "number", "words", "figure", "computed"),
    ARTICLE_FIGURES,
    ids=[f"{row[0][:3]}#{row[1]} {row[2]}" for row in ARTICLE_FIGURES],
)
def test_article_figure_is_what_careerstats_computes(
    summary: CareerSummary, file: str, number: int, words: str, figure: object, computed: Getter
) -> None:
    assert computed(summary) == figure


@pytest.mark.parametrize(
    ("file", "number", "words"),
    sorted({row[:3] for row in ARTICLE_FIGURES}),
)
def test_the_words_stand_in_the_cited_paragraph(file: str, number: int, words: str) -> None:
    assert words in paragraph(file, number)


def test_the_brief_figures(summary: CareerSummary) -> None:
    """The headline the product promises: 0.38 goals a cap, retirement at 35 on 2022-12-19."""
    assert summary.goals_per_cap is not None
    assert round(summary.goals_per_cap, 2) == 0.38
    assert summary.retirement == PartialDate(2022, 12, 19)
    assert str(summary.age_at_debut) == "19"


def test_the_longest_absence_is_2015_to_2021_at_year_precision(summary: CareerSummary) -> None:
    absence = summary.longest_absence
    assert absence is not None
    assert (str(absence.span.start), str(absence.span.end)) == ("2015", "2021")
    assert absence.absence.kind.value == "exclusion"
    assert "Valbuena" in absence.absence.reason


def test_every_tournament_from_euro_2008_to_the_2022_world_cup(summary: CareerSummary) -> None:
    shown = [(line.tournament.id, line.played) for line in summary.tournaments]
    assert shown == [
        ("euro-2008", True),
        ("world-cup-2010", False),
        ("euro-2012", True),
        ("world-cup-2014", True),
        ("euro-2016", False),
        ("world-cup-2018", False),
        ("euro-2020", True),
        ("nations-league-finals-2021", True),
        ("world-cup-2022", False),
    ]


def test_euro_2016_is_missed_because_of_the_absence(summary: CareerSummary) -> None:
    """No article names Euro 2016: its status follows from the 2015–2021 absence."""
    line = next(line for line in summary.tournaments if line.tournament.id == "euro-2016")
    assert line.entry is None
    assert line.during is summary.longest_absence.absence  # type: ignore[union-attr]
    assert line.status is TournamentStatus.EXCLUDED


def test_birth_date_follows_from_the_35th_birthday(benzema: Career) -> None:
    """Born on the announcement day 35 years earlier: the fixture's derivation, recomputed."""
    assert benzema.player.born is not None
    assert benzema.retirement is not None
    born, announced = benzema.player.born, benzema.retirement.date
    assert (born.month, born.day) == (announced.month, announced.day)
    assert announced.year - born.year == 35


def test_sources_that_disagree_are_both_kept(benzema: Career) -> None:
    versions = [q for q in benzema.quotes if q.message == "retirement-post"]
    assert {q.platform.value for q in versions if q.platform} == {"twitter", "instagram"}
    assert {c.file for q in versions for c in q.cite} == {A001, A002}
