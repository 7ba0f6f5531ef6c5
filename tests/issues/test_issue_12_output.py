"""Issue 12: one way out — layers, records, writers, text that fits, HTML worth publishing."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import attrs
import pytest

from careerstats.claims import check_claims
from careerstats.cli import build_parser, main
from careerstats.model import Career
from careerstats.render import render_claims, render_summary
from careerstats.statistics import summarize
from careerstats.writers import FORMATS

from ..conftest import SHARED

SRC = Path(__file__).resolve().parents[2] / "src" / "careerstats"
RESULTS = SHARED / "data" / "international_results"
LOWER_LAYERS = ("model.py", "statistics.py", "claims.py", "dates.py")
UPPER_LAYERS = (
    "careerstats.render",
    "careerstats.frames",
    "careerstats.writers",
    "careerstats.pages",
)


def _imported(tree: ast.AST) -> set[str]:
    """Every module an AST imports, at any depth (function bodies, TYPE_CHECKING blocks)."""
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module is not None:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found


@pytest.mark.parametrize("module", list(LOWER_LAYERS))
def test_model_statistics_claims_and_dates_never_import_rendering_or_frames(module: str) -> None:
    imported = _imported(ast.parse((SRC / module).read_text(encoding="utf-8")))
    upward = sorted(name for name in imported for upper in UPPER_LAYERS if name.startswith(upper))
    assert upward == [], f"{module} imports {upward}"


@pytest.mark.parametrize("module", ["render.py", "frames.py", "pages.py", "records.py"])
def test_rendering_and_frames_import_the_claim_results_not_the_engine(module: str) -> None:
    imported = _imported(ast.parse((SRC / module).read_text(encoding="utf-8")))
    assert not any(name.startswith("careerstats.claims") for name in imported)


def test_render_career_is_gone() -> None:
    import careerstats.render

    assert not hasattr(careerstats.render, "render_career")


def test_the_notebook_display_still_works_through_the_presenters(benzema: Career) -> None:
    summary = summarize(benzema)
    report = check_claims(benzema, summary)
    assert repr(benzema).startswith("<Career karim-benzema: Karim Benzema, France, ")
    assert repr(summary).startswith("<CareerSummary karim-benzema: ")
    assert repr(report) == f"<ClaimReport karim-benzema: {report.headline()}>"
    for value in (benzema, summary, report):
        assert value._repr_html_().startswith('<div class="careerstats">')


def test_importing_careerstats_stays_cheap() -> None:
    heavy = "('pandas', 'matplotlib', 'tabulate', 'careerstats.pages')"
    code = f"import sys, careerstats; print(sorted(m for m in {heavy} if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


# --- one serialisation: JSON keys and DataFrame columns ------------------------------------------


def test_json_claims_keys_are_the_claims_frame_columns(benzema: Career) -> None:
    pytest.importorskip("pandas")
    report = check_claims(benzema)
    data = json.loads(render_claims(report, "json"))
    assert list(data["claims"][0]) == list(report.to_frame("claims").columns)


def test_json_tournament_keys_are_the_tournaments_frame_columns(benzema: Career) -> None:
    pytest.importorskip("pandas")
    data = json.loads(render_summary(summarize(benzema), "json"))
    assert list(data["tournaments"][0]) == list(benzema.to_frame("tournaments").columns)


def test_json_disagreement_versions_are_the_disagreements_frame_columns(benzema: Career) -> None:
    pytest.importorskip("pandas")
    report = check_claims(benzema)
    first = json.loads(render_claims(report, "json"))["disagreements"][0]
    flat = ["disagreement", *(k for k in first if k != "versions"), *first["versions"][0]]
    assert sorted(flat) == sorted(report.to_frame("disagreements").columns)


def test_the_drifted_names_are_one_name_each(benzema: Career) -> None:
    data = json.loads(render_summary(summarize(benzema), "json"))
    line = data["tournaments"][0]
    assert {"appearances", "team_finish", "tournament"} <= set(line)
    assert not {"apps", "team_result", "id", "year"} & set(line)
    assert "retirement" in data
    assert "retired" not in data
    assert data["schema"] == "careerstats/summary/2"


# --- one writer per format -----------------------------------------------------------------------


def test_every_page_command_offers_every_registered_format() -> None:
    parser = build_parser()
    commands = next(a for a in parser._actions if a.dest == "command").choices
    for name in ("summary", "claims", "goals", "scorers", "list"):
        option = next(a for a in commands[name]._actions if a.dest == "format")
        assert tuple(option.choices) == tuple(FORMATS), name


@pytest.mark.parametrize("format", tuple(FORMATS))
def test_every_format_writes_the_summary_and_claims_pages(benzema: Career, format: str) -> None:
    report = check_claims(benzema)
    for page in (render_summary(report.summary, format, report), render_claims(report, format)):
        assert "Karim Benzema" in page


# --- text that fits ------------------------------------------------------------------------------


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    assert main(list(args)) == 0
    return capsys.readouterr().out


@pytest.mark.parametrize("command", ["summary", "claims"])
def test_text_with_width_80_has_no_line_over_80(
    capsys: pytest.CaptureFixture[str], command: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("CAREERSTATS_RESULTS_DIR", raising=False)
    out = _run(capsys, command, "karim-benzema", "--width", "80")
    assert [line for line in out.splitlines() if len(line) > 80] == []


@pytest.mark.skipif(not RESULTS.is_dir(), reason="the shared results data set is not here")
@pytest.mark.parametrize("command", ["summary", "claims"])
def test_text_with_width_80_has_no_line_over_80_with_the_data_set(
    capsys: pytest.CaptureFixture[str], command: str
) -> None:
    out = _run(capsys, command, "karim-benzema", "--width", "80", "--results-dir", str(RESULTS))
    assert [line for line in out.splitlines() if len(line) > 80] == []


def test_text_not_on_a_terminal_fits_100_columns(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("CAREERSTATS_RESULTS_DIR", raising=False)
    out = _run(capsys, "claims", "karim-benzema")
    assert max(map(len, out.splitlines())) <= 100


def test_numbers_align_right_in_text(capsys: pytest.CaptureFixture[str]) -> None:
    out = _run(capsys, "summary", "karim-benzema", "--width", "200")
    header = next(line for line in out.splitlines() if line.startswith("Tournament "))
    euro = next(line for line in out.splitlines() if line.startswith("UEFA Euro 2020"))
    # Euro 2020: 4 goals counted, under a right-aligned "Goals" header.
    assert euro.index("4") + 1 == header.index("Goals") + len("Goals")


# --- HTML worth publishing -----------------------------------------------------------------------


class _Structure(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.h1 = 0
        self.ids: set[str] = set()
        self.links: list[str] = []
        self.row_classes: set[str] = set()
        self.styles = ""
        self._in_style = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        self.h1 += tag == "h1"
        if found.get("id"):
            self.ids.add(str(found["id"]))
        if tag == "a" and found.get("href", "").startswith("#"):  # type: ignore[union-attr]
            self.links.append(str(found["href"])[1:])
        if tag == "tr" and found.get("class"):
            self.row_classes.add(str(found["class"]))
        self._in_style = tag == "style"

    def handle_data(self, data: str) -> None:
        if self._in_style:
            self.styles += data

    def handle_endtag(self, tag: str) -> None:
        self._in_style = False


def _html(capsys: pytest.CaptureFixture[str], command: str) -> tuple[str, _Structure]:
    page = _run(capsys, command, "karim-benzema", "--format", "html")
    structure = _Structure()
    structure.feed(page)
    return page, structure


@pytest.mark.parametrize("command", ["summary", "claims"])
def test_html_page_has_one_h1_and_every_citation_links_to_a_source_row(
    capsys: pytest.CaptureFixture[str], command: str
) -> None:
    _, structure = _html(capsys, command)
    assert structure.h1 == 1
    assert structure.links, "no citation is a link"
    assert set(structure.links) <= structure.ids
    assert "@media print" in structure.styles


def test_html_claims_mark_verdicts_by_class(capsys: pytest.CaptureFixture[str]) -> None:
    _, structure = _html(capsys, "claims")
    assert {"agrees", "unchecked"} <= structure.row_classes
    for verdict in ("agrees", "contradicts", "unchecked"):
        assert f"tr.{verdict}" in structure.styles


def test_html_dates_and_hyphenated_values_never_break_inside(
    capsys: pytest.CaptureFixture[str],
) -> None:
    page, _ = _html(capsys, "summary")
    assert '<span class="nb">runner-up</span>' in page
    assert '<span class="nb">2022-11-19</span>' in page
    assert "white-space: nowrap" in page


# --- typed results: disagreements compare values --------------------------------------------------


def _with_age_claims(benzema: Career, *claims: tuple[int, bool]) -> Career:
    from careerstats.model import AgeClaim, Citation, Event

    extra = tuple(
        AgeClaim(
            years=years,
            on_event=Event.RETIREMENT,
            birthday=birthday,
            cite=(Citation(file="002_82f36f0be73dd127.txt", paragraph=9),),
        )
        for years, birthday in claims
    )
    return attrs.evolve(benzema, claims=(*benzema.claims, *extra))


def _age_disagreements(career: Career) -> list[str]:
    from careerstats.words import subject

    found = check_claims(career).disagreements
    return [subject(d.subject) for d in found if subject(d.subject) == "age at retirement"]


def test_ages_differing_only_in_wording_are_no_disagreement(benzema: Career) -> None:
    # Regression: "35 (a birthday)" and "35" were compared as strings: a disagreement.
    assert _age_disagreements(_with_age_claims(benzema, (35, False))) == []


def test_ages_differing_in_value_still_disagree(benzema: Career) -> None:
    assert _age_disagreements(_with_age_claims(benzema, (36, False))) == ["age at retirement"]


def test_checks_hold_values_not_prose(benzema: Career) -> None:
    from careerstats.checks import ComputedAge, StatedAge, Subject, Topic
    from careerstats.words import value

    check = next(c for c in check_claims(benzema).checks if c.kind == "age")
    assert check.subject == Subject(topic=Topic.AGE, name="retirement")
    assert check.stated == StatedAge(years=35, birthday=True)
    assert isinstance(check.computed, ComputedAge)
    assert check.computed.years.exact == 35
    assert value(check.stated) == "35 (a birthday)"


def test_width_below_20_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit:
        main(["summary", "karim-benzema", "--width", "5"])
    assert exit.value.code == 2
    assert capsys.readouterr().err.splitlines()[-1] == (
        "careerstats summary: error: argument --width: expected 20 or more, got 5"
    )


def test_text_on_a_terminal_fits_its_width(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import os
    import shutil

    monkeypatch.delenv("CAREERSTATS_RESULTS_DIR", raising=False)
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    monkeypatch.setattr(shutil, "get_terminal_size", lambda *_: os.terminal_size((72, 24)))
    out = _run(capsys, "summary", "karim-benzema")
    assert max(map(len, out.splitlines())) <= 72


# --- frames from the records ---------------------------------------------------------------------


@pytest.mark.parametrize("table", ["appearances", "goals", "absences"])
def test_json_career_keys_are_the_career_frames_columns(benzema: Career, table: str) -> None:
    # Regression: these frames were built by hand in frames.py, apart from the records.
    pytest.importorskip("pandas")
    from careerstats.pages import career_page
    from careerstats.writers import write

    rows = json.loads(write(career_page(benzema), "json"))[table]
    assert list(rows[0]) == list(benzema.to_frame(table).columns)


def test_the_summary_frame_is_the_summary_row_with_its_dtypes(benzema: Career) -> None:
    pytest.importorskip("pandas")
    from careerstats import records

    summary = summarize(benzema)
    row = json.loads(json.dumps(records.summary_row(summary)))
    frame = summary.to_frame()
    assert list(row) == list(frame.columns)
    assert (row["caps"], row["born"], row["born_earliest"]) == (97, "1987-12-19", "1987-12-19")
    assert frame.loc[0, "caps_cite"] == "; ".join(row["caps_cite"])


def test_the_frames_module_writes_no_record_by_hand() -> None:
    tree = ast.parse((SRC / "frames.py").read_text(encoding="utf-8"))
    defined = {node.name for node in ast.walk(tree) if isinstance(node, ast.FunctionDef)}
    assert not {"_date_fields", "_total_fields", "_span_fields", "_cite", "_day"} & defined
