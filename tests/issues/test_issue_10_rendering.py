"""Issue 10.12: the summary page's absences, longest absence, century and milestones, and the
fixture's warnings on ``summary``.

Pages are read in Markdown, whose cells can be split on ``|``; every figure expected is
computed here from the career's dates, not copied from a page.
"""

from __future__ import annotations

import datetime

import attrs
import pytest

from careerstats.cli import main
from careerstats.dates import PartialDate, Span
from careerstats.fixtures import FixtureSet
from careerstats.model import Absence, AbsenceKind, Career, Injury, StatedTotal
from careerstats.render import render_summary
from careerstats.statistics import summarize
from tests.conftest import PLAYER_TOML, FixtureFactory


@pytest.fixture
def jo(make_fixtures: FixtureFactory) -> Career:
    """The made-up player: 40 caps stated, an injury 2013-2017, retired September 2019."""
    return FixtureSet(make_fixtures()).career("jo-example")


def rows(page: str, heading: str) -> list[list[str]]:
    """The cells of the Markdown table under ``## heading``, its header row first."""
    section = page.split(f"## {heading}\n", 1)[1].split("\n## ", 1)[0]
    lines = [line for line in section.splitlines() if line.startswith("|")]
    table = [[cell.strip() for cell in line.strip("|").split("|")] for line in lines]
    return [row for row in table if not set("".join(row)) <= set("-:")]


def headline(career: Career) -> dict[str, list[str]]:
    page = render_summary(summarize(career), "markdown")
    first = page.split("\n\n", 2)[1]  # the headline table follows the title
    table = [[cell.strip() for cell in line.strip("|").split("|")] for line in first.splitlines()]
    return {row[0]: row[1:] for row in table if row and not set(row[0]) <= set("-:")}


def with_absence(jo: Career, start: str, end: str, **fields: object) -> Career:
    absence = Absence(
        start=PartialDate.parse(start),
        end=PartialDate.parse(end),
        kind=fields.pop("kind", AbsenceKind.INJURY),  # type: ignore[arg-type]
        reason=str(fields.pop("reason", "Knee")),
        cite=jo.absences[0].cite,
        **fields,  # type: ignore[arg-type]
    )
    return attrs.evolve(jo, absences=(absence,))


def test_an_injury_with_nothing_to_add_has_no_empty_brackets(jo: Career) -> None:
    injury = Injury(body_part="knee", cite=jo.absences[0].cite)  # the reason names it
    career = with_absence(jo, "2013", "2017", reason="Knee ligaments", injury=injury)
    (_, absence) = rows(render_summary(summarize(career), "markdown"), "Absences")
    assert absence[4] == "Knee ligaments"


def test_an_injury_detail_reads_in_the_singular_and_the_plural(jo: Career) -> None:
    for weeks, words in ((1, "1 week's"), (3, "3 weeks'")):
        injury = Injury(body_part="knee", expected_recovery_weeks=weeks, cite=jo.absences[0].cite)
        career = with_absence(jo, "2013", "2017", reason="Knee", injury=injury)
        (_, absence) = rows(render_summary(summarize(career), "markdown"), "Absences")
        assert absence[4] == f"Knee ({words} expected recovery)"


def test_a_longest_absence_in_days_is_not_given_twice(jo: Career) -> None:
    career = with_absence(jo, "2014-11", "2014-12")
    # Both ends counted: 1 November to 31 December at the most, 31 Nov. to 1 Dec. at the least.
    longest = (datetime.date(2014, 12, 31) - datetime.date(2014, 11, 1)).days + 1
    value, source = headline(career)["Longest absence"]
    assert value == "2014-11 to 2014-12"
    assert source.startswith(f"2–{longest} days, injury: Knee;")


def test_a_longest_absence_of_one_length_gives_its_days_once(jo: Career) -> None:
    start, end = datetime.date(2012, 3, 4), datetime.date(2017, 11, 6)
    career = with_absence(jo, start.isoformat(), end.isoformat())
    days = (end - start).days + 1
    _, source = headline(career)["Longest absence"]
    assert source.startswith(f"5 years ({days} days), injury: Knee;")
    assert f"{days}–{days}" not in source


def test_a_longest_absence_in_years_gives_its_range_of_days(benzema: Career) -> None:
    longest_absence = summarize(benzema).longest_absence
    assert longest_absence is not None
    absence = longest_absence.absence  # 2015 to 2021, known to the year
    shortest = (absence.end.earliest - absence.start.latest).days + 1
    longest = (absence.end.latest - absence.start.earliest).days + 1
    _, source = headline(benzema)["Longest absence"]
    assert source.startswith(f"5–7 years ({shortest}–{longest} days), exclusion: ")


@pytest.mark.parametrize(
    "kind", [AbsenceKind.SUSPENSION, AbsenceKind.INJURY], ids=["one-match ban", "one-day injury"]
)
def test_an_absence_from_a_day_to_the_same_day_is_one_day(jo: Career, kind: AbsenceKind) -> None:
    career = with_absence(jo, "2012-05-05", "2012-05-05", kind=kind, reason="Sent off")
    page = render_summary(summarize(career), "markdown")
    (_, absence) = rows(page, "Absences")
    assert absence[:4] == ["2012-05-05", "2012-05-05", "1 day", kind.label]
    assert headline(career)["Longest absence"][1].startswith(f"1 day, {kind.label}: Sent off;")
    assert summarize(career).longest_absence.span.shortest_days == 1  # type: ignore[union-attr]


def test_the_milestones_table_has_headers(benzema: Career) -> None:
    text = render_summary(summarize(benzema), "text")
    section = text.split("Milestones\n----------\n\n", 1)[1]
    assert section.splitlines()[0].split() == ["Milestone", "Status", "When"]
    table = rows(render_summary(summarize(benzema), "markdown"), "Milestones")
    assert table[0] == ["Milestone", "Status", "When"]
    assert len(table) == 1 + len(summarize(benzema).milestones)


@pytest.mark.parametrize("caps", [100, 112])
def test_a_player_past_a_century_shows_it_reached(jo: Career, caps: int) -> None:
    stated = tuple(attrs.evolve(total, caps=caps) for total in jo.stated_totals)
    career = attrs.evolve(jo, stated_totals=stated)
    assert headline(career)["Caps short of a century"] == ["reached", f"{caps} caps"]
    table = rows(render_summary(summarize(career), "markdown"), "Milestones")
    assert ["100 caps", "reached"] in [line[:2] for line in table]


def test_counted_caps_past_a_century_show_it_reached(jo: Career) -> None:
    cap = jo.appearances[0]
    copies = tuple(attrs.evolve(cap, debut=False) for _ in range(103))
    career = attrs.evolve(jo, appearances=(cap, *copies), stated_totals=())
    assert headline(career)["Caps short of a century"] == ["reached", "at least 104 caps"]


def test_a_player_short_of_a_century_still_shows_how_many(jo: Career) -> None:
    stated = (StatedTotal(caps=97, final=True, cite=jo.stated_totals[0].cite),)
    career = attrs.evolve(jo, stated_totals=stated)
    assert headline(career)["Caps short of a century"] == ["3", "100 \u2212 caps"]


def test_summary_prints_the_fixtures_warnings_a_line_each(
    make_fixtures: FixtureFactory, capsys: pytest.CaptureFixture[str]
) -> None:
    # An absence ending after the retirement (2019-09), and a total dated after it: warnings.
    later_total = '[[stated_totals]]\ncaps = 40\nas_of = 2020\ncite = ["a.txt#2"]\n\n'
    player = PLAYER_TOML.replace("end = 2017", "end = 2020").replace(
        "[[appearances]]", later_total + "[[appearances]]", 1
    )
    root = make_fixtures(player=player)
    assert main(["summary", "jo-example", "--fixtures", str(root)]) == 0
    out, err = capsys.readouterr()
    assert out.startswith("Jo Éxample — Utopia\n")
    assert err.splitlines() == [
        "careerstats: warning: fx/players/jo-example.toml: absences[0].end: 2020 comes after the "
        "retirement (2019-09): an absence ends with the career at the latest",
        "careerstats: warning: fx/players/jo-example.toml: stated_totals[1].as_of: 2020 comes "
        "after the retirement (2019-09): a total after the career is its final total",
    ]


def test_summary_of_a_fixture_without_warnings_prints_none(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["summary", "karim-benzema"]) == 0
    assert capsys.readouterr().err == ""


def test_an_inclusive_span_at_the_calendars_last_day_does_not_overflow() -> None:
    last = PartialDate(9999, 12, 31)
    span = Span(last, last, inclusive=True)
    assert (span.shortest_days, span.longest_days, str(span.years)) == (1, 1, "0")
    assert Span(PartialDate(9998, 12, 31), last, inclusive=True).in_words() == "1 year"
