"""Issue 12: text that fits, and reads well where it has to wrap."""

from __future__ import annotations

import json

import attrs
import pytest

from careerstats import blocks
from careerstats.claims import Verdict, check_claims
from careerstats.cli import main
from careerstats.fixtures import FixtureSet
from careerstats.model import CenturyClaim
from careerstats.words import note
from careerstats.writers.text import table_widths
from tests.conftest import SHARED, FixtureFactory


def test_the_widest_column_wraps_first_so_a_short_label_keeps_its_line(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Cutting every column in proportion broke "Caps short of a century" over two lines at 100.
    assert main(["summary", "karim-benzema", "--width", "100"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert any(line.startswith("Caps short of a century ") for line in lines)
    assert any(line.startswith("Debut ") and "v Austria" in line for line in lines)
    assert max(map(len, lines)) <= 100


def test_a_cell_a_million_characters_wide_is_levelled_at_once() -> None:
    table = blocks.Table(
        columns=(blocks.Column(header="Name"), blocks.Column(header="Note")),
        rows=(("Jo", "x " * 500_000),),
    )
    cells = [["Jo", "x " * 500_000]]
    widths = table_widths(table, cells, 60)
    assert widths[0] is None  # "Jo" keeps its width
    assert widths[1] is not None
    assert widths[1] <= 60


def test_a_century_claim_against_disputed_caps_is_unchecked_not_none_caps(
    make_fixtures: FixtureFactory,
) -> None:
    # A new user saw "3 (None caps) | agrees" where two sources give 96 and 97 caps.
    career = FixtureSet(make_fixtures()).career("jo-example")
    final = next(total for total in career.stated_totals if total.final)
    century = CenturyClaim(short_by=100 - (final.caps or 0), cite=final.cite)
    disputed = attrs.evolve(
        career,
        stated_totals=(final, attrs.evolve(final, caps=(final.caps or 0) + 1)),
        claims=(century,),
    )
    (check,) = [c for c in check_claims(disputed).checks if c.kind == century.kind]
    assert (check.verdict, check.computed, note(check.note)) == (
        Verdict.UNCHECKED,
        None,
        "caps are not known exactly",
    )


@pytest.mark.skipif(
    not (SHARED / "data" / "international_results").is_dir(),
    reason="needs ../shared/data/international_results beside the checkout",
)
def test_every_citation_of_a_range_has_its_row_in_the_sources(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # A new user saw "[?]": the team's calendar bound a range, but results.csv had no row.
    folder = str(SHARED / "data" / "international_results")
    argv = ["summary", "karim-benzema", "--as-of", "2007-10-13", "--results-dir", folder]
    assert main([*argv, "--width", "200"]) == 0
    text = capsys.readouterr().out
    assert "[?]" not in text
    assert main([*argv, "--format", "json"]) == 0
    page = json.loads(capsys.readouterr().out)
    listed = {source["file"] for source in page["sources"]}
    cited = {
        citation.split("#")[0] for end in page["caps_range"]["binding"] for citation in end["cite"]
    }
    assert cited <= listed


@pytest.mark.skipif(
    not (SHARED / "data" / "worldcup").is_dir(),
    reason="needs ../shared/data (both data sets) beside the checkout",
)
def test_goals_with_the_world_cup_counts_its_line_ups_in_the_cap_numbers(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # A new user found goals --data numbering caps as if the World Cup line-ups were not there.
    def cap_after_switzerland(*argv: str) -> int:
        # The World Cup line-ups add his three later 2014 matches: fewer caps can follow.
        assert main(["goals", "karim-benzema", *argv, "--format", "json"]) == 0
        goals = json.loads(capsys.readouterr().out)["goals"]
        (goal,) = [goal for goal in goals if goal["date"] == "2014-06-20"]
        return int(goal["cap_number"]["max"])

    results = cap_after_switzerland("--results-dir", str(SHARED / "data" / "international_results"))
    both = cap_after_switzerland("--data", str(SHARED / "data"))
    assert both < results


@pytest.mark.skipif(
    not (SHARED / "data" / "worldcup").is_dir(),
    reason="needs ../shared/data (both data sets) beside the checkout",
)
def test_a_tournament_counted_from_the_line_ups_cites_them(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # A new user found the World Cup's credit in the sources table with no row citing it.
    assert (
        main(["summary", "karim-benzema", "--data", str(SHARED / "data"), "--format", "json"]) == 0
    )
    page = json.loads(capsys.readouterr().out)
    (line,) = [t for t in page["tournaments"] if t["tournament"] == "world-cup-2014"]
    assert "worldcup/player_appearances.csv" in line["cite"]
    cited = {c.split("#")[0] for t in page["tournaments"] for c in t["cite"]}
    listed = {source["file"] for source in page["sources"]}
    assert {f for f in listed if f.startswith("worldcup/")} <= cited
