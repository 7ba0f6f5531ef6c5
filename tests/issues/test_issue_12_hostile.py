"""Issue 12, hostile input to the format writers: text from files in ``--format markdown`` is
text, never Markdown or HTML (``<script>``, an image, a link, a code span, a table cell's
``|``); HTML and JSON already held."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ..conftest import PLAYER_TOML, FixtureFactory, run_cli

MARKUP = "Jo <img src=x onerror=alert(1)> `code` [click](http://evil.example) _x_"
MARKUP_TOML = MARKUP  # nothing in it a TOML basic string must escape
SHOWN = r"Jo \<img src=x onerror=alert(1)\> \`code\` [click\](http://evil.example) \_x\_"
"""MARKUP as Markdown shows it: every character it would read as markup escaped."""


_run = run_cli


def test_markdown_shows_html_code_and_links_from_a_fixture_as_text(
    make_fixtures: FixtureFactory, capsys: pytest.CaptureFixture[str]
) -> None:
    # Regression: the title was "# Jo <img src=x onerror=alert(1)> `code` [click](...)": an
    # image whose onerror runs, a code span and a link wherever the Markdown is published.
    root = make_fixtures(player=PLAYER_TOML.replace("Jo Éxample", MARKUP_TOML))
    code, out, _ = _run(
        capsys, "summary", "jo-example", "--fixtures", str(root), "--format", "markdown"
    )
    assert code == 0
    assert out.splitlines()[0] == f"# {SHOWN} — Utopia"
    code, out, _ = _run(capsys, "list", "--fixtures", str(root), "--format", "markdown")
    assert f"| {SHOWN} |" in out


def test_validate_markdown_shows_a_file_name_with_markup_as_text(
    make_fixtures: FixtureFactory, capsys: pytest.CaptureFixture[str]
) -> None:
    # Regression: "- x|`<script>alert(1)<\script>`.toml: ..." went out as raw HTML and code.
    root = make_fixtures()
    hostile = root / "players" / "x|`<script>alert(1)<\\script>`*.toml"
    hostile.write_text('[player]\nid = "jo"\n', encoding="utf-8")
    code, out, _ = _run(capsys, "validate", str(hostile), "--format", "markdown")
    assert code == 1
    shown = r"fx/players/x\|\`\<script\>alert(1)\<\script\>\`\*.toml"
    assert out.splitlines() == [
        f"- {shown}: player.name: required field missing",
        f"- {shown}: player.cite: required field missing",
        f"- {shown}: team: required field missing",
        "- 1 of 1 file with problems: 3 errors, 0 warnings",
    ]
    assert "<script>" not in out
    assert "`" not in out.replace("\\`", "")
    # HTML and JSON held: escaped by html.escape, and JSON strings.
    code, out, _ = _run(capsys, "validate", str(hostile), "--format", "html")
    assert "<script>" not in out
    assert "&lt;script&gt;" in out
    code, out, _ = _run(capsys, "validate", str(hostile), "--format", "json")
    assert json.loads(out)["files"] == [str(hostile)]


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("# not a heading", r"\# not a heading"),
        ("- not a list", r"\- not a list"),
        ("12. not a list", r"12\. not a list"),
        ("[1]: http://evil.example", r"[1\]: http://evil.example"),
        ("entries[0].status: a\\*b", r"entries[0].status: a\\\*b"),
        ("file_name.toml", "file_name.toml"),
    ],
)
def test_a_line_from_a_file_never_starts_a_heading_list_or_link_definition(
    text: str, shown: str, tmp_path: Path
) -> None:
    from careerstats.blocks import Line, Page
    from careerstats.writers import write
    from careerstats.writers.markdown import markdown_text

    page = Page(title="t", blocks=(Line(text=text),))
    assert write(page, "markdown").splitlines()[-1] == f"- {shown}"
    assert markdown_text("a|b") == r"a\|b"
