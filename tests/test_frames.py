"""DataFrames: fixed columns and dtypes, dates at their precision, and the missing-pandas error."""

from __future__ import annotations

import datetime
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import attrs
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from careerstats import frames
from careerstats.claims import ClaimReport, Verdict, check_claims
from careerstats.datasets.international_results import InternationalResults
from careerstats.dates import PartialDate
from careerstats.errors import (
    CareerstatsError,
    InvalidValueError,
    MalformedRowsWarning,
    MissingExtraError,
)
from careerstats.fixtures import FixtureSet
from careerstats.model import Appearance, Career, Citation, Finish, Match, TournamentStatus
from careerstats.reconcile import with_dataset_goals
from careerstats.statistics import goals_in, summarize
from careerstats.words import basis, subject, value

from .conftest import SHARED, FixtureFactory

DOCS = Path(__file__).resolve().parents[1] / "docs" / "dataframes.md"
SAMPLE = Path(__file__).parent / "data" / "international_results"

CITE = (Citation(file="a.txt", paragraph=1),)
CAREER_TABLES = ("appearances", "goals", "tournaments", "absences")
REPORT_TABLES = ("claims", "disagreements")


def every_frame(career: Career) -> dict[str, pd.DataFrame]:
    """Each table of ``career``, through the methods a user calls."""
    report = check_claims(career)
    tables = {table: career.to_frame(table) for table in CAREER_TABLES}
    tables |= {table: report.to_frame(table) for table in REPORT_TABLES}
    tables["summary"] = report.summary.to_frame()
    return tables


def dtypes(frame: pd.DataFrame) -> dict[str, str]:
    return {str(name): str(dtype) for name, dtype in frame.dtypes.items()}


def documented(table: str) -> dict[str, str]:
    return {column.name: column.dtype for column in frames.COLUMNS[table]}


@pytest.fixture
def jo(make_fixtures: FixtureFactory) -> Career:
    return FixtureSet(make_fixtures()).career("jo-example")


@pytest.fixture
def empty(benzema: Career) -> Career:
    """A career with nothing recorded but who the player is."""
    return Career(player=attrs.evolve(benzema.player, born=None), team=benzema.team)


@pytest.mark.parametrize("which", ["benzema", "jo", "empty"])
def test_every_frame_has_its_columns_and_dtypes(which: str, request: pytest.FixtureRequest) -> None:
    career: Career = request.getfixturevalue(which)
    for table, frame in every_frame(career).items():
        assert list(frame.columns) == [column.name for column in frames.COLUMNS[table]], table
        assert dtypes(frame) == documented(table), table


def test_records_hold_the_frame_columns(benzema: Career) -> None:
    report = check_claims(benzema)
    for table, records in {
        "appearances": frames.appearance_records(benzema),
        "goals": frames.goal_records(benzema),
        "tournaments": frames.tournament_records(benzema),
        "absences": frames.absence_records(benzema),
        "summary": frames.summary_records(report.summary),
        "claims": frames.claim_records(report),
        "disagreements": frames.disagreement_records(report),
    }.items():
        assert records, table
        for record in records:
            assert list(record) == list(documented(table)), table


def test_one_row_per_fact(benzema: Career) -> None:
    tables = every_frame(benzema)
    report = check_claims(benzema)
    assert len(tables["appearances"]) == len(benzema.appearances)
    assert len(tables["goals"]) == sum(len(cap.goals) for cap in benzema.appearances)
    assert len(tables["tournaments"]) == len(report.summary.tournaments)
    assert len(tables["absences"]) == len(benzema.absences)
    assert len(tables["claims"]) == len(report.checks)
    assert len(tables["disagreements"]) == sum(len(d.versions) for d in report.disagreements)
    assert len(tables["summary"]) == 1


def test_an_empty_career_gives_empty_frames_and_a_summary_of_unknowns(empty: Career) -> None:
    tables = every_frame(empty)
    assert {
        table: len(frame) for table, frame in tables.items() if table != "summary"
    } == dict.fromkeys((*CAREER_TABLES, *REPORT_TABLES), 0)
    row = tables["summary"].iloc[0]
    assert row["caps"] is pd.NA
    assert row["goals_per_cap"] is pd.NA
    assert row["born"] is pd.NA
    assert pd.isna(row["born_earliest"])
    assert (row["tournaments_played"], row["tournaments_missed"]) == (0, 0)


def test_a_month_stays_a_month(jo: Career) -> None:
    # The made-up debut is "2010-03": no day is invented for it.
    row = jo.to_frame().iloc[0]
    assert row["date"] == "2010-03"
    assert row["date_earliest"] == pd.Timestamp("2010-03-01")
    assert row["date_latest"] == pd.Timestamp("2010-03-31")
    assert row["date_precision"] == "month"
    absence = jo.to_frame("absences").iloc[0]
    assert (absence["start"], absence["start_precision"]) == ("2013", "year")
    assert absence["start_latest"] == pd.Timestamp("2013-12-31")


def test_benzema_debut_at_the_fixture_precision(benzema: Career) -> None:
    debut = summarize(benzema).debut
    assert debut is not None
    date = debut.match.date
    frame = benzema.to_frame()
    row = frame[frame["debut"]].iloc[0]
    assert row["date"] == str(date)
    assert row["date_earliest"] == pd.Timestamp(date.earliest)
    assert row["date_latest"] == pd.Timestamp(date.latest)
    assert row["date_precision"] == date.precision.name.lower()
    assert row["opponent"] == debut.match.opponent
    assert row["goals"] == goals_in(debut)
    assert row["cite"] == "; ".join(str(citation) for citation in debut.cite)


def test_precision_is_an_ordered_category(benzema: Career) -> None:
    frame = benzema.to_frame("absences")
    precision = frame["start_precision"]
    assert list(precision.cat.categories) == ["year", "month", "day"]
    assert precision.cat.ordered
    at_least_a_month = frame[precision >= "month"]
    assert len(at_least_a_month) == sum(a.start.month is not None for a in benzema.absences)


def test_closed_vocabularies_are_categories(benzema: Career) -> None:
    frame = benzema.to_frame("tournaments")
    assert list(frame["status"].cat.categories) == [status.value for status in TournamentStatus]
    assert list(frame["team_finish"].cat.categories) == [finish.value for finish in Finish]
    assert frame["team_finish"].cat.ordered
    lines = summarize(benzema).tournaments
    assert frame["status"].tolist() == [line.status and line.status.value for line in lines]
    assert frame["played"].tolist() == [line.played for line in lines]


def test_summary_row_is_what_summarize_computes(benzema: Career) -> None:
    summary = summarize(benzema)
    row = summary.to_frame().iloc[0]
    assert row["player"] == benzema.player.id
    assert (row["caps"], row["goals"]) == (summary.caps.value, summary.goals.value)
    assert row["goals_per_cap"] == summary.goals_per_cap
    assert row["caps_short_of_century"] == summary.caps_short_of_century
    assert row["caps_basis"] == basis(summary.caps)
    assert row["caps_cite"] == "; ".join(str(c) for c in summary.caps.cite)
    assert summary.age_at_debut is not None
    assert summary.span is not None
    assert (row["age_at_debut_min"], row["age_at_debut_max"]) == (
        summary.age_at_debut.low,
        summary.age_at_debut.high,
    )
    assert (row["career_span_shortest_days"], row["career_span_longest_days"]) == (
        summary.span.shortest_days,
        summary.span.longest_days,
    )
    assert row["tournaments_missed"] == len(summary.tournaments_missed)
    assert summary.longest_absence is not None
    assert row["longest_absence_start"] == str(summary.longest_absence.absence.start)


def test_summaries_of_several_players_stack(benzema: Career, jo: Career) -> None:
    stacked = pd.concat(
        [summarize(career).to_frame() for career in (benzema, jo)], ignore_index=True
    )
    assert stacked["player"].tolist() == [benzema.player.id, jo.player.id]
    assert dtypes(stacked) == documented("summary")


def test_claims_and_disagreements_as_the_report_has_them(benzema: Career) -> None:
    report: ClaimReport = check_claims(benzema)
    claims = report.to_frame()
    assert claims["verdict"].value_counts().to_dict() == {
        verdict.value: report.count(verdict) for verdict in Verdict
    }
    assert claims["subject"].tolist() == [subject(check.subject) for check in report.checks]
    disagreements = report.to_frame("disagreements")
    assert disagreements.groupby("disagreement").size().tolist() == [
        len(d.versions) for d in report.disagreements
    ]
    assert disagreements["value"].tolist() == [
        value(version.value) for d in report.disagreements for version in d.versions
    ]  # in words, as the page shows them: platforms by name (Twitter)


def test_goal_events_from_the_data_set_join_their_appearances(jo: Career) -> None:
    with pytest.warns(MalformedRowsWarning):
        data = InternationalResults.load(SAMPLE)
    career = with_dataset_goals(jo, data)
    goals, appearances = career.to_frame("goals"), career.to_frame()
    assert len(goals) == sum(len(cap.goals) for cap in career.appearances)
    joined = goals.merge(
        appearances[["opponent", "date"]],
        left_on="appearance",
        right_index=True,
        suffixes=("", "_of_match"),
    )
    assert (joined["opponent"] == joined["opponent_of_match"]).all()
    assert (joined["date"] == joined["date_of_match"]).all()
    assert goals["date"].tolist() == [
        str(cap.match.date) for cap in career.appearances for _ in cap.goals
    ]
    assert goals["minute"].tolist() == [
        pd.NA if goal.minute is None else goal.minute
        for cap in career.appearances
        for goal in cap.goals
    ]
    assert goals["penalty"].tolist() == [
        pd.NA if goal.penalty is None else goal.penalty
        for cap in career.appearances
        for goal in cap.goals
    ]


@pytest.mark.skipif(not (SHARED / "data").is_dir(), reason="no shared/data beside the checkout")
def test_benzema_goals_from_the_real_data_set(benzema: Career) -> None:
    with_goals = with_dataset_goals(
        benzema, InternationalResults.load(SHARED / "data" / "international_results")
    )
    goals = with_goals.to_frame("goals")
    counted = summarize(with_goals).goals.counted
    assert int((~goals["own_goal"]).sum()) == counted
    assert len(with_goals.to_frame()) == len(with_goals.appearances)


def test_an_unknown_table_is_refused(benzema: Career) -> None:
    with pytest.raises(InvalidValueError) as caught:
        benzema.to_frame("caps")  # type: ignore[arg-type]
    assert str(caught.value) == (
        "table: expected one of 'appearances', 'goals', 'tournaments', 'absences', 'totals', "
        "got 'caps'"
    )
    with pytest.raises(InvalidValueError) as caught:
        check_claims(benzema).to_frame("verdicts")  # type: ignore[arg-type]
    assert str(caught.value) == "table: expected one of 'claims', 'disagreements', got 'verdicts'"


MISSING_PANDAS = "DataFrames need pandas, which is not installed: pip install 'careerstats[pandas]'"


@pytest.mark.parametrize(
    "make",
    [
        lambda career: career.to_frame(),
        lambda career: summarize(career).to_frame(),
        lambda career: check_claims(career).to_frame("disagreements"),
        frames.goals_frame,
    ],
)
def test_without_pandas_one_line_names_the_extra(
    benzema: Career, monkeypatch: pytest.MonkeyPatch, make: Callable[[Career], object]
) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)  # what `import pandas` meets when absent
    with pytest.raises(MissingExtraError) as caught:
        make(benzema)
    assert str(caught.value) == MISSING_PANDAS
    assert isinstance(caught.value, CareerstatsError)
    assert isinstance(caught.value, ImportError)
    # The records need no pandas.
    assert len(frames.appearance_records(benzema)) == len(benzema.appearances)


def test_importing_careerstats_and_frames_leaves_pandas_out() -> None:
    code = (
        "import sys, careerstats, careerstats.frames as f\n"
        "career = careerstats.load_career('karim-benzema')\n"
        "f.appearance_records(career), f.summary_records(careerstats.summarize(career))\n"
        "print(sorted(m for m in ('pandas', 'numpy') if m in sys.modules))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout == "[]\n"


@settings(max_examples=50, deadline=None)
@given(
    date=st.builds(
        PartialDate.parse,
        st.dates().map(lambda day: day.isoformat())
        | st.dates().map(lambda day: day.isoformat()[:7])
        | st.dates().map(lambda day: day.isoformat()[:4]),
    )
)
def test_date_columns_keep_what_the_date_says(benzema: Career, date: PartialDate) -> None:
    # Every year a PartialDate can hold (1 to 9999), beyond pandas' nanosecond range.
    cap = Appearance(match=Match(date=date, opponent="Freedonia"), cite=CITE)
    career = attrs.evolve(benzema, appearances=(cap,))
    record = frames.appearance_records(career)[0]
    assert PartialDate.parse(str(record["date"])) == date
    assert (record["date_earliest"], record["date_latest"]) == (date.earliest, date.latest)
    row = career.to_frame().iloc[0]
    assert row["date"] == str(date)
    assert (row["date_earliest"].date(), row["date_latest"].date()) == (date.earliest, date.latest)
    assert row["date_precision"] == date.precision.name.lower()


def test_dates_beyond_nanoseconds_keep_their_day(benzema: Career) -> None:
    # Regression: pandas 2.0 turned dates into datetime64[s] through nanoseconds, which stop
    # in 2262 and start in 1677: 2263-01-01 raised OutOfBoundsDatetime.
    caps = tuple(
        Appearance(match=Match(date=PartialDate.parse(text), opponent="Freedonia"), cite=CITE)
        for text in ("2263-01-01", "1600-05", "0001")
    )
    frame = attrs.evolve(benzema, appearances=caps).to_frame()
    assert frame["date_earliest"].dt.date.tolist() == [
        datetime.date(2263, 1, 1),
        datetime.date(1600, 5, 1),
        datetime.date(1, 1, 1),
    ]
    assert frame["date_latest"].dt.date.tolist() == [
        datetime.date(2263, 1, 1),
        datetime.date(1600, 5, 31),
        datetime.date(1, 12, 31),
    ]


PARTIAL_DATE = {
    "": "string",
    "_earliest": "datetime64[s]",
    "_latest": "datetime64[s]",
    "_precision": "category",
}


def _documented_columns() -> dict[str, dict[str, str]]:
    """The column rows of docs/dataframes.md (``| `name` | `dtype` | ...``), by frame heading;
    a ``partial date`` row stands for its four columns."""
    found: dict[str, dict[str, str]] = {}
    table = None
    for line in DOCS.read_text(encoding="utf-8").splitlines():
        if heading := re.fullmatch(r"## .*`(\w+)` frame.*", line):
            table = heading[1]
            found[table] = {}
        elif table and (row := re.match(r"\| `(\w+)` \| (`[\w\[\]]+`|partial date) \|", line)):
            name, dtype = row[1], row[2].strip("`")
            if dtype == "partial date":
                found[table] |= {name + suffix: kind for suffix, kind in PARTIAL_DATE.items()}
            else:
                found[table][name] = dtype
    return found


def test_the_docs_describe_every_column_with_its_dtype() -> None:
    documented_columns = _documented_columns()
    assert set(documented_columns) == set(frames.COLUMNS)
    for table, columns in frames.COLUMNS.items():
        expected = {column.name: column.dtype for column in columns}
        assert documented_columns[table] == expected, table
