"""What a user found on a fresh clone, in the output of ``summary`` and ``claims``.

The longest absence bounded by the appearances around it counted his return match as a day
away, and ``claims`` checked the absence against its unbounded dates while the summary showed
the bounded ones; the claims headline said "1 claims"; the wording differences showed folded
text and platforms their fixture values; a note named a source by its file where the page
writes ``[3]``; the claims page listed sources no row cited; and "100 - caps" had a hyphen.
Figures are computed from the career or the data, never copied from an article.
"""

from __future__ import annotations

import datetime
import json
import re

import pytest

from careerstats.checks import Quoted, Verdict
from careerstats.claims import check_claims, word_differences
from careerstats.cli import main
from careerstats.dates import PartialDate
from careerstats.evidence import absence_bounds
from careerstats.model import (
    Absence,
    AbsenceKind,
    Appearance,
    Career,
    Citation,
    Match,
    Platform,
    Player,
    SpanClaim,
    SpanSubject,
    Team,
)
from careerstats.statistics import CENTURY, summarize
from careerstats.words import value

from ..conftest import SHARED

DATA = SHARED / "data"
PLAYER = "karim-benzema"
needs_data = pytest.mark.skipif(
    not (DATA / "worldcup").is_dir() or not (DATA / "international_results").is_dir(),
    reason="the shared data sets are not here",
)
DAY = datetime.timedelta(days=1)
CITE = (Citation(file="a.txt", paragraph=1),)


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    assert main(list(args)) == 0
    return capsys.readouterr().out


def _cap(date: str) -> Appearance:
    return Appearance(match=Match(date=PartialDate.parse(date), opponent="Elsewhere"), cite=CITE)


def _away(start: str, end: str, *caps: str, claims: tuple[SpanClaim, ...] = ()) -> Career:
    """A career with one absence from ``start`` to ``end`` and appearances on ``caps``."""
    return Career(
        player=Player(id="jo-example", name="Jo Example", cite=CITE),
        team=Team(name="Utopia"),
        appearances=tuple(_cap(date) for date in caps),
        absences=(
            Absence(
                start=PartialDate.parse(start),
                end=PartialDate.parse(end),
                kind=AbsenceKind.EXCLUSION,
                reason="Left out",
                cite=CITE,
            ),
        ),
        claims=claims,
    )


def _days(first: datetime.date, last: datetime.date) -> int:
    """Days from ``first`` to ``last``, both counted."""
    return (last - first).days + 1


# --- 1. the bounded longest absence ------------------------------------------------------------


def test_the_return_match_is_not_a_day_of_the_absence_it_ends() -> None:
    # Before: end_by was the return match's day, so 2015–2021 back on 2021-06-23 was 2366 days
    # at most; he played that day, so the absence was over by the day before.
    career = _away("2015", "2021", "2014-07-04", "2021-06-23")
    (bounds,) = absence_bounds(career.absences, career.appearances)
    back = datetime.date(2021, 6, 23)
    assert bounds.end_by == back - DAY
    longest = summarize(career).longest_absence
    assert longest is not None
    absence = career.absences[0]
    first_day = datetime.date(absence.start.earliest.year, 1, 1)
    assert longest.longest_days == _days(first_day, back - DAY)
    assert longest.shortest_days == _days(absence.start.latest, absence.end.earliest)
    # Unbounded, it is every day of its years.
    assert longest.span.longest_days == _days(absence.start.earliest, absence.end.latest)


def test_the_last_match_before_an_absence_is_not_a_day_of_it() -> None:
    # Before: start_from was the match's day, so the absence could begin on a day he played.
    career = _away("2015", "2016-06", "2015-03-10")
    (bounds,) = absence_bounds(career.absences, career.appearances)
    assert bounds.start_from == datetime.date(2015, 3, 10) + DAY


def test_an_appearance_in_an_absences_uncertain_days_does_not_bound_it() -> None:
    # March 2015 to March 2015, a match on the 15th: the absence may lie either side of it.
    # Before: both bounds were the match's day, a one-day absence at most.
    career = _away("2015-03", "2015-03", "2015-03-15")
    longest = summarize(career).longest_absence
    assert longest is not None
    assert longest.longest_days == longest.span.longest_days == 31


@needs_data
def test_benzema_summary_bounds_the_absence_by_the_day_before_his_return(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from careerstats.fixtures import FixtureSet, bundled_fixtures_dir

    absence = FixtureSet(bundled_fixtures_dir()).career(PLAYER).absences[0]
    data = json.loads(_run(capsys, "summary", PLAYER, "--data", str(DATA), "--format", "json"))
    found = data["longest_absence"]
    after = datetime.date.fromisoformat(found["after"])
    before = datetime.date.fromisoformat(found["before"])
    first = max(_plain(absence.start.earliest), after + DAY)
    expected = _days(first, before - DAY)
    assert found["bounded_longest_days"] == expected
    assert found["longest_days"] == _days(absence.start.earliest, absence.end.latest)
    text = _run(capsys, "summary", PLAYER, "--data", str(DATA), "--width", "200")
    assert f"({found['shortest_days']}–{expected} days)" in text


def _plain(day: datetime.date) -> datetime.date:
    return datetime.date(day.year, day.month, day.day)


# --- 2. claims check the absence the summary shows ---------------------------------------------


def test_a_longest_absence_claim_is_checked_within_the_appearances_around_it() -> None:
    # Before: "7 years" agreed with 2015–2021 (5–7 years), though he was back in June 2021 and
    # the summary said 5–6 years.
    seven = SpanClaim(subject=SpanSubject.LONGEST_ABSENCE, years=7, cite=CITE)
    career = _away("2015", "2021", "2014-07-04", "2021-06-23", claims=(seven,))
    shown = summarize(career).longest_absence
    assert shown is not None
    (check,) = check_claims(career).checks
    assert check.computed == shown
    assert shown.years.high < seven.years <= shown.span.years.high
    assert check.verdict is Verdict.CONTRADICTS


@needs_data
def test_benzema_claims_and_summary_give_the_same_longest_absence(
    capsys: pytest.CaptureFixture[str],
) -> None:
    summary = json.loads(_run(capsys, "summary", PLAYER, "--data", str(DATA), "--format", "json"))
    claims = json.loads(_run(capsys, "claims", PLAYER, "--data", str(DATA), "--format", "json"))
    years = summary["longest_absence"]["bounded_years"]
    (check,) = [c for c in claims["claims"] if c["subject"] == "longest absence"]
    assert check["computed"].startswith(f"{years['min']}–{years['max']} years ")


# --- 3. the claims headline ----------------------------------------------------------------------


def test_one_claim_checked_is_singular() -> None:
    five = SpanClaim(subject=SpanSubject.LONGEST_ABSENCE, years=5, cite=CITE)
    report = check_claims(_away("2015", "2021", claims=(five,)))
    assert report.headline().startswith("1 claim checked: ")


# --- 4. displayed text keeps its case; platforms by name ---------------------------------------


def test_wording_differences_show_the_words_as_written() -> None:
    # Before: “that doesn't interest me” → “i'm not interested”, folded for comparison.
    first, second = "That doesn’t interest me.", "I’m not interested"
    assert word_differences(first, second) == "“That doesn’t interest me” → “I’m not interested”"
    # Comparison still folds case and quote marks: these do not differ.
    assert word_differences("That doesn't", "that DOESN’T") == ""


def test_platforms_show_by_their_proper_names() -> None:
    assert (value(Platform.TWITTER), value(Platform.INSTAGRAM)) == ("Twitter", "Instagram")
    assert value(Quoted(words="Hi", platform=Platform.INSTAGRAM)) == "“Hi” on Instagram"


def test_the_claims_page_names_platforms_properly(capsys: pytest.CaptureFixture[str]) -> None:
    text = _run(capsys, "claims", PLAYER, "--only", "disagreements", "--width", "200")
    rows = [line for line in text.splitlines() if "platform" in line or "Instagram" in line]
    assert any(": Twitter" in line for line in rows)
    assert not re.search(r": (twitter|instagram)\b", text)


# --- 5. a reason naming a source shows its marker ------------------------------------------------


def _sources_table(markdown: str) -> dict[str, int]:
    """The files of a Markdown page's sources table, by their number."""
    table = markdown.split("## Sources", 1)[1]
    rows = re.findall(r"^\| \[(\d+)\] \| ([^|]+?) +\|", table, flags=re.MULTILINE)
    return {file: int(number) for number, file in rows}


def test_a_note_about_an_undated_source_shows_its_citation_marker(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from careerstats.fixtures import FixtureSet, bundled_fixtures_dir

    career = FixtureSet(bundled_fixtures_dir()).career(PLAYER)
    page = _run(capsys, "claims", PLAYER, "--format", "markdown")
    numbers = _sources_table(page)
    undated = [s.file for s in career.sources if s.published is None and s.file in numbers]
    assert undated
    for file in undated:
        assert f"[{numbers[file]}] has no publication date to count from" in page
        assert f"{file} has no publication date" not in page
    # The JSON keeps the file's name.
    data = json.loads(_run(capsys, "claims", PLAYER, "--format", "json"))
    notes = [c["note"] for c in data["claims"] if c["note"]]
    assert any(f"{undated[0]} has no publication date" in note for note in notes)


# --- 6. the sources table lists what the rows cite ----------------------------------------------


def _cited_numbers(markdown: str) -> set[int]:
    """The source numbers cited above the sources table."""
    body = markdown.split("## Sources", 1)[0]
    return {int(number) for number in re.findall(r"\[(\d+)\]", body)}


@pytest.mark.parametrize("only", [None, "disagreements", "unchecked"])
def test_the_claims_page_lists_only_the_sources_its_rows_cite(
    capsys: pytest.CaptureFixture[str], only: str | None
) -> None:
    args = ("claims", PLAYER, "--format", "markdown", *(("--only", only) if only else ()))
    page = _run(capsys, *args)
    assert set(_sources_table(page).values()) == _cited_numbers(page)


@needs_data
@pytest.mark.parametrize("only", [None, "disagreements"])
def test_the_claims_page_with_the_data_lists_only_the_sources_its_rows_cite(
    capsys: pytest.CaptureFixture[str], only: str | None
) -> None:
    # Before: every source of the summary was listed, [5]–[8] cited by no row of this page.
    args = ("claims", PLAYER, "--data", str(DATA), "--format", "markdown")
    page = _run(capsys, *args, *(("--only", only) if only else ()))
    numbers = _sources_table(page)
    assert set(numbers.values()) == _cited_numbers(page)
    # World Cup data shown (squad statuses, appearances counted): its credit is listed.
    shows_world_cup = only is None
    assert any(file.startswith("worldcup/") for file in numbers) is shows_world_cup
    assert ("Fjelstul World Cup Database, CC BY-SA 4.0" in page) is shows_world_cup


# --- 7. the minus sign ---------------------------------------------------------------------------


def test_caps_short_of_a_century_is_written_with_a_minus_sign(
    capsys: pytest.CaptureFixture[str],
) -> None:
    text = _run(capsys, "summary", PLAYER, "--width", "200")
    (row,) = [line for line in text.splitlines() if line.startswith("Caps short of a century")]
    assert row.endswith(f"{CENTURY} \u2212 caps")
    assert f"{CENTURY} - caps" not in text
