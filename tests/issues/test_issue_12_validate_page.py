"""Issue 12: validate is a page of blocks, written by the format writers from the registry."""

from __future__ import annotations

import json
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest

from careerstats import cli
from careerstats.blocks import Line
from careerstats.cli import build_parser, main
from careerstats.errors import Problem, Severity
from careerstats.pages import validation_page
from careerstats.records import validation_record
from careerstats.validated import FileValidation, ValidationReport
from careerstats.writers import FORMATS, write

from ..conftest import PLAYER_TOML, FixtureFactory

PLAYER_FILE = "fx/players/jo-example.toml"
NOT_CHECKED = "paragraphs not checked: no articles folder (--articles DIR)"
ENTRY = """
[[entries]]
tournament = "cup-2016"
status = "played"
cite = ["b.txt#4"]
"""
WARNING = (
    f"{PLAYER_FILE}: entries[1].status: warning: played at 'cup-2016' (2016-06-01 to "
    "2016-06-30), which falls inside the absence absences[0] (2013–2017)"
)


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _files(make_fixtures: FixtureFactory) -> list[str]:
    root = make_fixtures(player=PLAYER_TOML + ENTRY)
    return [str(root / "players" / "jo-example.toml"), str(root / "sources.toml")]


def test_validate_offers_every_registered_format() -> None:
    # Regression: validate's --format was typed again as ("text", "json").
    commands = next(a for a in build_parser()._actions if a.dest == "command").choices
    option = next(a for a in commands["validate"]._actions if a.dest == "format")
    assert tuple(option.choices) == tuple(FORMATS)


def test_validate_is_no_longer_written_by_hand_in_the_cli() -> None:
    assert not hasattr(cli, "_validation_text")
    assert not hasattr(cli, "_validation_json")


def test_validate_text_is_as_before_problems_on_stderr_in_the_files_order(
    make_fixtures: FixtureFactory,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    files = _files(make_fixtures)
    code, out, err = _run(capsys, "validate", *files)
    assert code == 0
    assert out.splitlines() == [
        f"{PLAYER_FILE}: ok, 1 warning, {NOT_CHECKED}",
        f"fx/sources.toml: ok, {NOT_CHECKED}",
    ]
    assert err.splitlines() == [WARNING, "1 of 2 files with problems: 0 errors, 1 warning"]
    # Both streams in one: each file's problems come before its "ok", the count last.
    monkeypatch.setattr(sys, "stderr", sys.stdout)
    code, both, _ = _run(capsys, "validate", *files)
    assert both.splitlines() == [
        WARNING,
        f"{PLAYER_FILE}: ok, 1 warning, {NOT_CHECKED}",
        f"fx/sources.toml: ok, {NOT_CHECKED}",
        "1 of 2 files with problems: 0 errors, 1 warning",
    ]


def test_validate_markdown_lists_the_same_lines_on_stdout(
    make_fixtures: FixtureFactory, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = _run(capsys, "validate", *_files(make_fixtures), "--format", "markdown")
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        f"- {WARNING}",
        f"- {PLAYER_FILE}: ok, 1 warning, {NOT_CHECKED}",
        f"- fx/sources.toml: ok, {NOT_CHECKED}",
        "- 1 of 2 files with problems: 0 errors, 1 warning",
    ]


class _Items(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.classes: list[str | None] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "li":
            self.classes.append(dict(attrs).get("class"))


def test_validate_html_classes_each_line_by_its_kind(
    make_fixtures: FixtureFactory, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = _run(capsys, "validate", *_files(make_fixtures), "--format", "html")
    assert (code, err) == (0, "")
    assert out.startswith("<!DOCTYPE html>")
    items = _Items()
    items.feed(out)
    assert items.classes == ["warning", "ok", "ok", "summary"]


def test_validate_json_is_the_pages_record(
    make_fixtures: FixtureFactory, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = _run(capsys, "validate", *_files(make_fixtures), "--format", "json")
    data = json.loads(out)
    assert (code, data["warnings"], data["problems"][0]["location"]) == (
        0,
        1,
        "entries[1].status",
    )
    assert list(data) == ["files", "errors", "warnings", "strict", "problems", "notes"]


def test_the_validation_page_is_lines_of_values() -> None:
    problem = Problem("x.toml", "player.id", "expected an id", Severity.ERROR)
    report = ValidationReport(
        files=(Path("x.toml"), Path("y.toml")),
        results=(
            FileValidation(path=Path("x.toml"), problems=(problem,), folder_note="checked"),
            FileValidation(path=Path("y.toml"), paragraphs_checked=False),
        ),
    )
    page = validation_page(report)
    assert page.blocks == (
        Line("x.toml: note: checked", "note"),
        Line("x.toml: player.id: expected an id", "error"),
        Line(f"y.toml: ok, {NOT_CHECKED}", "ok"),
        Line("1 of 2 files with problems: 1 error, 0 warnings", "summary"),
    )
    assert page.record == validation_record(report)
    assert json.loads(write(page, "json"))["problems"] == [
        {
            "file": "x.toml",
            "location": "player.id",
            "severity": "error",
            "message": "expected an id",
        }
    ]
    assert report.failed
    assert write(page, "text").splitlines() == [line.text for line in page.blocks]
