"""Issue 13, items 2–8: the evidence's ranges in what users see.

``summary`` (and ``--as-of``) gives caps and goals as ranges with what binds each end,
``claims`` checks each stated total against the rest, ``validate`` reports totals that go down
by the evidence's rule, ``goals`` numbers each goal and its cap, ``totals`` prints the running
totals, and milestones get a date. Figures are asserted against the evidence computed from the
same career, never a constant copied from an article.
"""

from __future__ import annotations

import datetime
import json

import pytest

from careerstats import load_career
from careerstats.checks import Verdict
from careerstats.claims import check_claims
from careerstats.cli import main
from careerstats.dates import PartialDate
from careerstats.evidence import BindingKind, Evidence, TeamMatch
from careerstats.fixtures import FixtureSet
from careerstats.model import Career
from careerstats.pages import totals_page
from careerstats.words import note, range_value
from careerstats.writers import write

from ..conftest import SHARED, FixtureFactory

RESULTS = SHARED / "data" / "international_results"
PLAYER_FILE = "fx/players/jo-example.toml"
needs_results = pytest.mark.skipif(
    not RESULTS.is_dir(), reason="the shared international results data set is not here"
)

# A small career where each rule binds once: a debut with a goal, a cap in March, a total as
# of April, an absence over the summer (a team match inside it), a cap in September, the
# career-end total and the retirement in December.
SMALL = """\
[player]
id = "jo-example"
name = "Jo Example"
cite = ["a.txt#1"]

[team]
name = "Utopia"

[retirement]
date = "2010-12"
cite = ["a.txt#8"]

[[stated_totals]]
caps = 3
goals = 2
as_of = "2010-04"
cite = ["a.txt#5"]

[[stated_totals]]
caps = 5
goals = 3
final = true
cite = ["b.txt#6"]

[[appearances]]
debut = true
cite = ["a.txt#2"]

[appearances.match]
date = 2010-02-10
opponent = "Freedonia"

[[appearances.goals]]
minute = 10

[[appearances]]
cite = ["a.txt#2"]

[appearances.match]
date = 2010-03-20
opponent = "Freedonia"

[[appearances]]
cite = ["a.txt#2"]

[appearances.match]
date = 2010-09-10
opponent = "Freedonia"

[[absences]]
start = "2010-06"
end = "2010-08"
kind = "injury"
reason = "Knee"
cite = ["a.txt#7"]
"""

CALENDAR = [
    TeamMatch(date=datetime.date.fromisoformat(day), goals_for=goals, opponent="Freedonia")
    for day, goals in [
        ("2010-01-10", 2),
        ("2010-02-10", 1),
        ("2010-02-20", 3),
        ("2010-03-10", 1),
        ("2010-03-20", 2),
        ("2010-07-10", 4),
        ("2010-09-10", 1),
        ("2010-09-20", 2),
        ("2010-10-10", 2),
        ("2011-01-10", 1),
    ]
]


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def small(make_fixtures: FixtureFactory) -> Career:
    root = make_fixtures(player=SMALL)
    return FixtureSet(root).load_file(root / "players" / "jo-example.toml")


def headline(out: str, label: str) -> list[str]:
    """The lines of one headline row (its label's line and the From lines under it)."""
    lines = out.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith(label))
    found = [lines[start]]
    for line in lines[start + 1 :]:
        if line[:1].strip():
            break
        found.append(line)
    return found


# --- 13.8: summary --as-of shows ranges with what binds each end -------------------------------


def test_summary_as_of_shows_a_range_with_what_binds_each_end(
    make_fixtures: FixtureFactory, capsys: pytest.CaptureFixture[str]
) -> None:
    # Before: "at least 2 counted from 2 recorded events", though a later total bounds it.
    career = small(make_fixtures)
    caps = Evidence.of(career).caps_on(datetime.date(2010, 3, 15))
    assert caps.exact is None
    assert caps.max is not None
    code, out, _ = run(
        capsys,
        "summary",
        "jo-example",
        "--fixtures",
        "fx",
        "--as-of",
        "2010-03-15",
        "--width",
        "200",
    )
    assert code == 0
    row = headline(out, "Caps ")
    assert range_value(caps) in row[0]
    assert f"at least {caps.min}: {caps.min} appearance recorded by then" in row[0]
    assert any(
        f"at most {caps.max}: 3 stated in 2010-04 [1]¶5, less 1 recorded after" in r for r in row
    )


def test_summary_as_of_gives_recorded_since_a_stated_total(
    make_fixtures: FixtureFactory, capsys: pytest.CaptureFixture[str]
) -> None:
    career = small(make_fixtures)
    caps = Evidence.of(career).caps_on(datetime.date(2010, 9, 15))
    assert caps.min_binding.kind is BindingKind.RECORDED_SINCE
    _, out, _ = run(
        capsys,
        "summary",
        "jo-example",
        "--fixtures",
        "fx",
        "--as-of",
        "2010-09-15",
        "--width",
        "200",
    )
    assert (
        f"at least {caps.min}: 3 stated in 2010-04 [1]¶5, and 1 appearance recorded since"
        in headline(out, "Caps ")[0]
    )


def test_summary_json_gains_caps_range_and_goals_range(
    make_fixtures: FixtureFactory, capsys: pytest.CaptureFixture[str]
) -> None:
    career = small(make_fixtures)
    caps = Evidence.of(career).caps_on(datetime.date(2010, 3, 15))
    _, out, _ = run(
        capsys,
        "summary",
        "jo-example",
        "--fixtures",
        "fx",
        "--as-of",
        "2010-03-15",
        "--format",
        "json",
    )
    data = json.loads(out)
    assert data["caps"] is None  # not exact: no single value
    assert {k: data["caps_range"][k] for k in ("min", "max", "exact")} == {
        "min": caps.min,
        "max": caps.max,
        "exact": False,
    }
    assert [b["kind"] for b in data["caps_range"]["binding"]] == ["recorded", "stated"]
    assert data["caps_range"]["binding"][1]["cite"] == ["a.txt#5"]
    assert set(data["goals_range"]) == {"min", "max", "exact", "binding"}


def test_summary_json_caps_keep_the_exact_value(
    make_fixtures: FixtureFactory, capsys: pytest.CaptureFixture[str]
) -> None:
    career = small(make_fixtures)
    end = Evidence.of(career).at_end()
    _, out, _ = run(capsys, "summary", "jo-example", "--fixtures", "fx", "--format", "json")
    data = json.loads(out)
    assert (data["caps"], data["goals"]) == (end.caps.exact, end.goals.exact)
    assert data["caps_range"]["exact"] is True


# --- 13.6: absences bounded by the appearances recorded around them ----------------------------


@needs_results
def test_summary_as_of_bounds_the_absence_by_the_appearances_around_it(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Before: 5–7 years (1829–2557 days), though he was back for a match in June 2021.
    args = ("summary", "karim-benzema", "--as-of", "2021-06-28", "--results-dir", str(RESULTS))
    _, out, _ = run(capsys, *args, "--width", "200")
    _, data_text, _ = run(capsys, *args, "--format", "json")
    data = json.loads(data_text)
    absence = data["longest_absence"]
    assert absence["after"] is not None
    assert absence["before"] is not None
    assert absence["bounded_longest_days"] < absence["longest_days"]
    row = " ".join(headline(out, "Longest absence"))
    assert f"after {absence['after']}, before {absence['before']}" in row
    assert f"{absence['shortest_days']}–{absence['bounded_longest_days']} days" in row
    caps = " ".join(headline(out, "Caps "))
    assert "at least" in caps
    assert "at most" in caps


@needs_results
def test_benzema_summary_as_of_ranges_match_the_evidence(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from careerstats.datasets.international_results import InternationalResults
    from careerstats.reconcile import evidence_with_dataset

    evidence = evidence_with_dataset(
        load_career("karim-benzema"), InternationalResults.load(RESULTS)
    )
    on = evidence.on(PartialDate.parse("2021-06-28"))
    _, out, _ = run(
        capsys,
        "summary",
        "karim-benzema",
        "--as-of",
        "2021-06-28",
        "--results-dir",
        str(RESULTS),
        "--format",
        "json",
    )
    data = json.loads(out)
    assert (data["caps_range"]["min"], data["caps_range"]["max"]) == (on.caps.min, on.caps.max)
    assert (data["goals_range"]["min"], data["goals_range"]["max"]) == (on.goals.min, on.goals.max)


def test_benzema_summary_without_the_data_set_keeps_its_exact_totals(
    capsys: pytest.CaptureFixture[str],
) -> None:
    end = Evidence.of(load_career("karim-benzema")).at_end()
    _, out, _ = run(capsys, "summary", "karim-benzema", "--format", "json")
    data = json.loads(out)
    assert (data["caps"], data["goals"]) == (end.caps.exact, end.goals.exact)


# --- 13.5: dated milestones --------------------------------------------------------------------


@needs_results
def test_milestones_get_a_date_or_a_range_of_dates(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(
        capsys, "summary", "karim-benzema", "--results-dir", str(RESULTS), "--format", "json"
    )
    reached = [m for m in json.loads(out)["milestones"] if m["reached"]]
    assert reached
    assert all(m["when"] is not None for m in reached)
    assert all(m["when"]["latest"] for m in reached)


# --- 13.3: validate ------------------------------------------------------------------------------

DOWN = """
[[stated_totals]]
caps = 95
as_of = 2018-06-02
cite = ["a.txt#3"]

[[stated_totals]]
caps = 94
as_of = 2018-06-09
cite = ["b.txt#2"]
"""


def test_validate_fails_on_94_caps_stated_a_week_after_95(
    make_fixtures: FixtureFactory, capsys: pytest.CaptureFixture[str]
) -> None:
    from ..conftest import PLAYER_TOML

    make_fixtures(player=PLAYER_TOML + DOWN)
    code, _, err = run(capsys, "validate", PLAYER_FILE)
    assert code == 1
    assert (
        f"{PLAYER_FILE}: stated_totals[2]: 94 caps stated on 2018-06-09 [b.txt#2] after 95 "
        "stated on 2018-06-02 [a.txt#3]: totals never go down"
    ) in err.splitlines()


def test_two_totals_as_of_the_same_day_are_not_a_total_going_down(
    make_fixtures: FixtureFactory,
) -> None:
    from ..conftest import PLAYER_TOML

    same = DOWN.replace("2018-06-09", "2018-06-02")
    root = make_fixtures(player=PLAYER_TOML + same)
    problems = [str(p) for p in FixtureSet(root).check(root / "players" / "jo-example.toml")]
    assert not any("94 caps stated" in p and "after 95" in p for p in problems)


# --- 13.4: claims ------------------------------------------------------------------------------


def test_a_stated_total_inside_a_wider_range_is_consistent(make_fixtures: FixtureFactory) -> None:
    # The April total: the rest (the debut, March's cap, the final total less September's) give
    # 2–4 caps for April. Before: "unchecked: only 2 caps recorded by 2010-04".
    career = small(make_fixtures)
    check = check_claims(career, evidence=Evidence.of(career)).checks[0]
    assert check.verdict is Verdict.CONSISTENT
    assert note(check.note).startswith("consistent: ")


def test_claims_shows_evidence_that_cannot_all_be_true(
    make_fixtures: FixtureFactory, capsys: pytest.CaptureFixture[str]
) -> None:
    # 1 cap stated as of April 2010, with two recorded by 20 March: a warning for validate,
    # and for claims a set of evidence naming the statement and both appearances.
    make_fixtures(player=SMALL.replace("caps = 3\n", "caps = 1\n", 1))
    _, out, _ = run(capsys, "claims", "jo-example", "--fixtures", "fx", "--width", "200")
    assert "Evidence that cannot all be true (1)" in out
    assert "1 stated, but 2 recorded by then" in out
    _, data, _ = run(capsys, "claims", "jo-example", "--fixtures", "fx", "--format", "json")
    (found,) = json.loads(data)["evidence_contradictions"]
    assert found["kind"] == "below-recorded"
    assert [s["value"] for s in found["statements"]] == [1]
    assert [a["date"] for a in found["appearances"]] == ["2010-02-10", "2010-03-20"]


def test_a_consistent_row_is_classed_in_html(make_fixtures: FixtureFactory) -> None:
    from careerstats.render import render_claims

    career = small(make_fixtures)
    html = render_claims(check_claims(career), "html")
    assert 'class="consistent"' in html


# --- 13.5: goals numbers ---------------------------------------------------------------------


@needs_results
def test_goals_shows_each_goals_running_number_and_cap_number(
    capsys: pytest.CaptureFixture[str],
) -> None:
    args = ("goals", "karim-benzema", "--results-dir", str(RESULTS))
    _, out, _ = run(capsys, *args, "--width", "200")
    header = next(line for line in out.splitlines() if line.lstrip().startswith("#"))
    assert header.split()[-2:] == ["Goal", "Cap"]
    # The default width of a page not on a terminal still holds the two new columns.
    _, narrow, _ = run(capsys, *args, "--width", "100")
    assert max(map(len, narrow.splitlines())) <= 100
    _, text, _ = run(capsys, *args, "--format", "json")
    goals = json.loads(text)["goals"]
    numbered = [g for g in goals if g["goal_number"] is not None]
    assert numbered
    lows = [g["goal_number"]["min"] for g in numbered]
    assert lows == sorted(lows)  # running numbers never go back
    assert all(g["cap_number"]["min"] >= 1 for g in numbered)


# --- 13.7: totals ----------------------------------------------------------------------------


def test_totals_json_keys_are_the_totals_frame_columns(
    make_fixtures: FixtureFactory, capsys: pytest.CaptureFixture[str]
) -> None:
    pytest.importorskip("pandas")
    career = small(make_fixtures)
    _, out, _ = run(capsys, "totals", "jo-example", "--fixtures", "fx", "--format", "json")
    rows = json.loads(out)["totals"]
    frame = career.to_frame("totals")
    assert list(rows[0]) == list(frame.columns)
    assert len(rows) == len(frame)
    assert [row["caps_min"] for row in rows] == list(frame["caps_min"])


def test_totals_every_month_gives_each_months_range(
    make_fixtures: FixtureFactory, capsys: pytest.CaptureFixture[str]
) -> None:
    career = small(make_fixtures)
    expected = Evidence.of(career).running_totals("month")
    code, out, _ = run(
        capsys, "totals", "jo-example", "--fixtures", "fx", "--every", "month", "--format", "json"
    )
    assert code == 0
    rows = json.loads(out)["totals"]
    assert [(r["date"], r["caps_min"], r["caps_max"]) for r in rows] == [
        (s.date.isoformat(), s.caps.min, s.caps.max) for s in expected
    ]


def test_totals_as_of_ends_on_that_date(
    make_fixtures: FixtureFactory, capsys: pytest.CaptureFixture[str]
) -> None:
    small(make_fixtures)
    _, out, _ = run(
        capsys, "totals", "jo-example", "--fixtures", "fx", "--as-of", "2010-04", "--format", "json"
    )
    rows = json.loads(out)["totals"]
    assert rows[-1]["date"] == "2010-04-30"
    assert all(row["date"] <= "2010-04-30" for row in rows)


def test_every_rule_binds_once_on_the_totals_page(make_fixtures: FixtureFactory) -> None:
    # With the team's calendar: the debut, recorded, stated, recorded-since, final and
    # team-calendar bindings each appear in the running totals' words.
    career = small(make_fixtures)
    evidence = Evidence.of(career, CALENDAR)
    rows = evidence.running_totals("month")
    text = write(totals_page(career, rows, "month"), "markdown")
    for words in (
        "appearance recorded by then",  # recorded
        "stated in 2010-04 [1]¶5",  # stated
        "recorded since",  # recorded-since
        "at the career's end [2]¶6",  # final
        "team match",  # team-calendar
    ):
        assert words in text, words
    assert "0: before the debut" in write(
        totals_page(career, (evidence.on(datetime.date(2010, 1, 31)),), "month"), "text"
    )


def test_before_the_debut_the_range_gives_no_century_and_no_milestone(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # The range before the debut is exactly 0, which must not read "100 short of a century"
    # or "50 caps: not reached": the figures are not yet.
    _, out, _ = run(capsys, "summary", "karim-benzema", "--as-of", "2006", "--format", "json")
    data = json.loads(out)
    assert data["caps_range"]["binding"][0]["kind"] == "debut"
    assert data["caps_short_of_century"] is None
    assert data["milestones"] == []
