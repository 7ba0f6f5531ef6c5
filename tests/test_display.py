"""Notebook display: short reprs, and HTML tables in which every fixture string is escaped."""

from __future__ import annotations

from html.parser import HTMLParser

import attrs
import pytest

from careerstats import words
from careerstats.claims import check_claims
from careerstats.cli import main
from careerstats.fixtures import FixtureSet
from careerstats.model import Career
from careerstats.pages import career_page
from careerstats.render import render_claims, render_summary
from careerstats.statistics import summarize
from careerstats.writers import write

from .conftest import PLAYER_TOML, TOURNAMENTS_TOML, FixtureFactory

NAME = "Jo <script>alert(1)</script> & Co"
REASON = "Knee & <b>ankle</b>"
TEAM = "Utopia <i>&</i> Sons"
HOSTILE = (
    PLAYER_TOML.replace('name = "Jo Éxample"', f'name = "{NAME}"')
    .replace('reason = "Knee"', f'reason = "{REASON}"')
    .replace('name = "Utopia"', f'name = "{TEAM}"')
    + '\n[[honours]]\nname = "Cup <img src=x onerror=alert(1)>"\nkind = "club"\n'
    + 'cite = ["b.txt#6"]\n'
)


def render_career(career: Career, format: str = "text") -> str:
    """A career's page of recorded facts (render_career is gone: a page and a writer)."""
    return write(career_page(career), format)


class Page(HTMLParser):
    """What a browser would make of the HTML: its elements and the text of each."""

    VOID = frozenset({"meta", "br"})

    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=True)
        self.open: list[str] = []
        self.tags: list[str] = []
        self.texts: dict[str, list[str]] = {}
        self.feed(text)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        if tag not in self.VOID:
            self.open.append(tag)

    def handle_endtag(self, tag: str) -> None:
        assert self.open.pop() == tag, f"</{tag}> closes nothing open"

    def handle_data(self, data: str) -> None:
        if self.open and data.strip():
            self.texts.setdefault(self.open[-1], []).append(data.strip())


def read(text: str) -> Page:
    page = Page(text)
    assert page.open == [], "every element is closed"
    return page


@pytest.fixture
def hostile(make_fixtures: FixtureFactory) -> Career:
    tournaments = TOURNAMENTS_TOML.replace('team = "Utopia"', f'team = "{TEAM}"')
    return FixtureSet(make_fixtures(HOSTILE, tournaments=tournaments)).career("jo-example")


@pytest.fixture
def jo(make_fixtures: FixtureFactory) -> Career:
    return FixtureSet(make_fixtures()).career("jo-example")


def test_reprs_are_one_short_line(jo: Career) -> None:
    report = check_claims(jo)
    assert repr(jo) == "<Career jo-example: Jo Éxample, Utopia, 1 appearance recorded>"
    assert repr(report.summary) == "<CareerSummary jo-example: 40 caps, 12 goals>"
    assert repr(report) == f"<ClaimReport jo-example: {report.headline()}>"


def test_repr_says_when_totals_are_counted_or_unknown(jo: Career) -> None:
    counted = attrs.evolve(jo, stated_totals=())
    assert repr(counted) == "<Career jo-example: Jo Éxample, Utopia, 1 appearance recorded>"
    assert repr(summarize(counted)) == "<CareerSummary jo-example: at least 1 cap, at least 1 goal>"
    unknown = attrs.evolve(counted, appearances=())
    assert repr(unknown) == "<Career jo-example: Jo Éxample, Utopia, 0 appearances recorded>"
    assert repr(summarize(unknown)) == "<CareerSummary jo-example: caps not known, goals not known>"


def test_benzema_reprs_stay_short(benzema: Career) -> None:
    report = check_claims(benzema)
    for shown in (repr(benzema), repr(report.summary), repr(report)):
        assert "\n" not in shown
        assert len(shown) < 160, shown
        assert shown.split(" ")[1] == "karim-benzema:", shown


@pytest.mark.parametrize("which", ["career", "summary", "claims"])
def test_html_shows_fixture_strings_as_text(hostile: Career, which: str) -> None:
    report = check_claims(hostile)
    shown = {
        "career": hostile._repr_html_,
        "summary": report.summary._repr_html_,
        "claims": report._repr_html_,
    }[which]()
    assert "<script>" not in shown
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co" in shown
    page = read(shown)
    allowed = {"div", "style", "h3", "h2", "p", "table", "thead", "tbody", "tr", "th", "td"}
    assert set(page.tags) <= allowed | {"a", "span"}  # issue 12: citation links, nowrap spans
    suffix = ": claims" if which == "claims" else ""
    assert page.texts["h3"] == [f"{NAME} — {TEAM}{suffix}"]
    cells = page.texts.get("td", [])
    if which != "claims":
        assert any(cell.startswith(REASON) for cell in cells), cells
        assert "Cup <img src=x onerror=alert(1)>" in cells
    if which == "summary":
        assert TEAM in page.texts["th"]  # the team's finish column is headed by its name


def test_the_html_page_is_a_document_naming_its_encoding(
    make_fixtures: FixtureFactory, capsys: pytest.CaptureFixture[str]
) -> None:
    root = make_fixtures(HOSTILE)
    for command in ("summary", "claims"):
        code = main([command, "jo-example", "--fixtures", str(root), "--format", "html"])
        out, err = capsys.readouterr()
        assert (code, err) == (0, "")
        assert out.startswith('<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n')
        page = read(out)
        title = f"{NAME} — {TEAM}{': claims' if command == 'claims' else ''}"
        assert page.texts["title"] == [title]
        assert page.texts["h1"] == [title]  # issue 12: the published page's one <h1>
        assert "script" not in page.tags


def test_html_cells_are_escaped_by_tabulate_not_passed_through(jo: Career) -> None:
    # tabulate's "unsafehtml" format would pass cells through; "html" escapes them.
    unsafe = attrs.evolve(jo, absences=(attrs.evolve(jo.absences[0], reason="a</td><td>b"),))
    page = read(render_career(unsafe, "html"))
    assert "a</td><td>b" in page.texts["td"]


def test_disagreements_in_html_give_each_version_a_row(benzema: Career) -> None:
    report = check_claims(benzema)
    page = read(render_claims(report, "html", only="disagreements"))
    cells = page.texts["td"]
    for disagreement in report.disagreements:
        for version in disagreement.versions:
            shown = words.value(version.value)  # platforms by name: Twitter
            assert any(cell.endswith(f": {shown}") for cell in cells), version


def test_text_and_markdown_pages_are_not_html(benzema: Career) -> None:
    summary = summarize(benzema)
    for format in ("text", "markdown"):
        assert "<table>" not in render_summary(summary, format)
        assert "<table>" not in render_career(benzema, format)


def test_career_page_lists_what_the_fixture_records(jo: Career) -> None:
    lines = render_career(jo).splitlines()
    assert lines[:3] == ["Jo Éxample — Utopia", "===================", ""]
    assert lines[3] == (
        "id jo-example; born 1 July 1990; also known as Jojo; retired September 2019. Recorded: "
        "1 appearance, 1 stated total, 1 tournament entry, 1 absence, 0 honours, 0 quotes, "
        "0 claims."
    )
    assert "Appearances" in lines
    assert next(line for line in lines if line.startswith("2010-03")).split() == [
        "2010-03",
        "Freedonia",
        "started",
        "1",
        "[1]¶1",
    ]
