"""DataFrames of a career, its summary and its claim checks: fixed columns, fixed dtypes.

Each table is built first as a plain list of dicts (``appearance_records(career)``; no pandas
needed), then handed to pandas with the columns and dtypes of :data:`COLUMNS`
(``appearances_frame(career)``, or ``career.to_frame("appearances")``). pandas is imported
only inside the functions that build frames; without it they raise
:class:`~careerstats.errors.MissingExtraError`. A partial date never becomes an invented day:
it is four columns, the text as written, its earliest and latest day, and its precision.
docs/dataframes.md describes every column.

>>> from careerstats import load_career
>>> from careerstats.frames import appearance_records
>>> record = appearance_records(load_career("karim-benzema"))[0]
>>> record["date"], str(record["date_earliest"]), str(record["date_latest"])
('2007-03', '2007-03-01', '2007-03-31')
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal

import attrs

from careerstats import records
from careerstats.arguments import expect
from careerstats.checks import ClaimReport, Verdict
from careerstats.dates import Precision
from careerstats.errors import InvalidValueError, MissingExtraError
from careerstats.evidence import Evidence
from careerstats.model import (
    AbsenceKind,
    Career,
    CareerTable,
    Finish,
    Period,
    ReportTable,
    TournamentStatus,
    Venue,
)
from careerstats.statistics import CareerSummary, tournaments

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "COLUMNS",
    "CareerTable",
    "Column",
    "Record",
    "ReportTable",
    "absence_records",
    "absences_frame",
    "appearance_records",
    "appearances_frame",
    "career_frame",
    "claim_records",
    "claims_frame",
    "disagreement_records",
    "disagreements_frame",
    "goal_records",
    "goals_frame",
    "report_frame",
    "summary_frame",
    "summary_records",
    "totals_frame",
    "totals_records",
    "tournament_records",
    "tournaments_frame",
]

Record = dict[str, object]
"""One row: column name to a plain Python value (``str``, ``int``, ``bool``, ``float``,
:class:`datetime.date`) or ``None`` where the value is not known."""


CITATION_SEPARATOR = "; "
"""Between the citations of a ``cite`` cell: ``001_c26b10d1ae9b22eb.txt#6; 002_82f3...txt#9``."""

DATETIME = "datetime64[s]"
"""Second resolution: day precision is all a date has, and, unlike nanoseconds, it reaches every
year a :class:`~careerstats.dates.PartialDate` can hold (1 to 9999)."""


@attrs.frozen
class Column:
    """A frame's column: its name and pandas dtype (categories for a closed vocabulary)."""

    name: str
    dtype: str
    """``string``, ``Int64``, ``int64``, ``boolean``, ``bool``, ``Float64``, ``datetime64[s]`` or
    ``category``."""
    categories: tuple[str, ...] = ()
    ordered: bool = False


def _string(*names: str) -> list[Column]:
    return [Column(name, "string") for name in names]


def _ints(*names: str) -> list[Column]:
    """Counts that may be unknown: nullable integers."""
    return [Column(name, "Int64") for name in names]


def _category(name: str, vocabulary: type[enum.Enum], ordered: bool = False) -> Column:
    return Column(name, "category", tuple(str(member.value) for member in vocabulary), ordered)


_PRECISIONS = tuple(precision.name.lower() for precision in Precision)


def _date(name: str) -> list[Column]:
    """A partial date: as written, its earliest and latest day, and its precision."""
    return [
        Column(name, "string"),
        Column(f"{name}_earliest", DATETIME),
        Column(f"{name}_latest", DATETIME),
        Column(f"{name}_precision", "category", _PRECISIONS, ordered=True),
    ]


COLUMNS: Mapping[str, tuple[Column, ...]] = {
    "appearances": (
        *_date("date"),
        *_string("opponent"),
        _category("venue", Venue),
        *_string("competition", "competition_name"),
        *_ints("scored", "conceded", "shootout_scored", "shootout_conceded"),
        Column("started", "boolean"),
        *_ints("minutes"),
        Column("debut", "bool"),
        Column("goals", "int64"),
        Column("own_goals", "int64"),
        *_string("cite"),
    ),
    "goals": (
        Column("appearance", "int64"),
        *_date("date"),
        *_string("opponent", "competition", "competition_name"),
        *_ints("minute"),
        _category("period", Period),
        Column("penalty", "boolean"),
        Column("own_goal", "bool"),
        *_string("cite"),
    ),
    "tournaments": (
        *_string("tournament", "name"),
        Column("edition", "int64"),
        *_date("start"),
        *_date("end"),
        _category("status", TournamentStatus),
        Column("played", "boolean"),
        Column("status_from", "category", ("entry", "absence")),
        *_ints("appearances", "goals"),
        Column("appearances_from", "category", ("entry", "counted")),
        Column("goals_from", "category", ("entry", "counted")),
        Column("appearances_at_least", "boolean"),
        Column("goals_at_least", "boolean"),
        *_ints("starts", "minutes"),
        _category("squad_status", TournamentStatus),
        Column("under_way", "bool"),
        *_string("team"),
        _category("team_finish", Finish, ordered=True),
        *_string("reason", "note", "cite"),
    ),
    "absences": (
        *_date("start"),
        *_date("end"),
        Column("shortest_days", "int64"),
        Column("longest_days", "int64"),
        _category("kind", AbsenceKind),
        *_string("reason", "injury_body_part"),
        *_date("injury_occurred"),
        *_string("injury_circumstances", "injury_diagnosis"),
        *_ints("injury_expected_recovery_weeks"),
        *_date("injury_return_not_before"),
        *_string("cite", "injury_cite"),
    ),
    "totals": (
        Column("date", DATETIME),
        *_ints("caps", "caps_min", "caps_max"),
        *_string("caps_min_by", "caps_max_by"),
        *_ints("goals", "goals_min", "goals_max"),
        *_string("goals_min_by", "goals_max_by", "cite"),
    ),
    "summary": (
        *_string("player", "name", "team"),
        *_date("born"),
        *_ints("caps"),
        Column("caps_counted", "int64"),
        Column("caps_lower_bound", "bool"),
        *_string("caps_basis", "caps_cite"),
        *_ints("goals"),
        Column("goals_counted", "int64"),
        Column("goals_lower_bound", "bool"),
        *_string("goals_basis", "goals_cite"),
        Column("goals_per_cap", "Float64"),
        *_ints("caps_short_of_century"),
        *_date("debut"),
        *_string("debut_opponent"),
        *_date("retirement"),
        *_ints(
            "career_span_shortest_days",
            "career_span_longest_days",
            "career_span_years_min",
            "career_span_years_max",
            "age_at_debut_min",
            "age_at_debut_max",
            "age_at_retirement_min",
            "age_at_retirement_max",
        ),
        *_date("longest_absence_start"),
        *_date("longest_absence_end"),
        *_ints("longest_absence_shortest_days", "longest_absence_longest_days"),
        _category("longest_absence_kind", AbsenceKind),
        Column("tournaments_played", "int64"),
        Column("tournaments_missed", "int64"),
    ),
    "claims": (
        *_string("kind", "subject", "stated", "computed"),
        _category("verdict", Verdict),
        *_string("note", "reasons", "source"),
        *_ints("paragraph"),
        *_string("cite", "basis"),
    ),
    "disagreements": (
        Column("disagreement", "int64"),
        *_string("subject", "field", "value", "cite", "differences"),
    ),
}
"""Every frame's columns, in order, with their dtypes; docs/dataframes.md describes each."""


# --- plain records ------------------------------------------------------------------------------


def _joined_cites(rows: list[Record], *names: str) -> list[Record]:
    """The records with each list (of citations, of reasons) as one readable string, ``; ``
    between the items (a ``string`` column); ``None`` stays ``None``."""
    for row in rows:
        for name in names:
            cited: list[str] | None = row[name]  # type: ignore[assignment]  # the records' lists
            row[name] = None if cited is None else CITATION_SEPARATOR.join(cited) or None
    return rows


def appearance_records(career: Career) -> list[Record]:
    """One record per appearance, in the career's order (:func:`records.appearance_rows`)."""
    expect(career, Career, "appearance_records", "career")
    return _joined_cites(records.appearance_rows(career, plain=False), "cite")


def goal_records(career: Career) -> list[Record]:
    """One record per goal event (own goals too, flagged), with its match.

    ``appearance`` is the position of the goal's appearance in ``career.appearances``: the row
    label of the appearances frame, for joining the two.
    """
    expect(career, Career, "goal_records", "career")
    return _joined_cites(records.goal_rows(career, plain=False), "cite")


def tournament_records(career: Career) -> list[Record]:
    """One record per tournament of the career, as :func:`~careerstats.statistics.tournaments`
    gives them: those held between debut and retirement, and any the player has an entry for.
    The same records as the summary JSON's ``tournaments`` (:mod:`careerstats.records`)."""
    expect(career, Career, "tournament_records", "career")
    rows = records.tournament_rows(tournaments(career), career.team.name, plain=False)
    return _joined_cites(rows, "cite")


def absence_records(career: Career) -> list[Record]:
    """One record per absence, in the career's order, with its length in days as a range."""
    expect(career, Career, "absence_records", "career")
    return _joined_cites(records.absence_rows(career, plain=False), "cite", "injury_cite")


def summary_records(summary: CareerSummary) -> list[Record]:
    """The headline figures as one record: one row per career, so that summaries of several
    players stack into one frame. Ranges (ages, spans) are a ``_min`` and a ``_max`` column."""
    expect(summary, CareerSummary, "summary_records", "summary")
    return _joined_cites([records.summary_row(summary, plain=False)], "caps_cite", "goals_cite")


def totals_records(
    evidence: Evidence, every: Literal["match", "month", "year"] = "match"
) -> list[Record]:
    """Caps and goals over the career (:meth:`Evidence.running_totals`), a record per day:
    the same records as ``careerstats totals --format json``, citations joined."""
    expect(evidence, Evidence, "totals_records", "evidence")
    return _joined_cites(records.totals_rows(evidence.running_totals(every), plain=False), "cite")


def claim_records(report: ClaimReport) -> list[Record]:
    """One record per claim checked, in the report's order (as ``careerstats claims``): the
    JSON's ``claims``, citations joined."""
    expect(report, ClaimReport, "claim_records", "report")
    return _joined_cites(records.check_rows(report.checks), "cite", "basis", "reasons")


def disagreement_records(report: ClaimReport) -> list[Record]:
    """One record per version of each disagreement; ``disagreement`` numbers the disagreement
    (from 0, in the report's order), so its versions share it."""
    expect(report, ClaimReport, "disagreement_records", "report")
    return _joined_cites(records.disagreement_rows(report.disagreements), "cite")


# --- frames -------------------------------------------------------------------------------------


_INT64 = range(-(2**63), 2**63)
"""What an ``int64`` or ``Int64`` column holds; Python's integers have no bound."""
_LONGEST_NUMBER_BITS = 128
"""A number this long (39 digits) is shown whole in a message; a longer one by its length."""
_DIGITS_PER_BIT = 0.30103  # log10(2)


def _number_text(value: int) -> str:
    """``100000000000000000000``, or ``a number of 5001 digits`` past what a line can show
    (and past the 4300 digits ``str`` converts)."""
    if value.bit_length() <= _LONGEST_NUMBER_BITS:
        return str(value)
    return f"a number of about {round(value.bit_length() * _DIGITS_PER_BIT)} digits"


def _check_fits(column: Column, values: Sequence[object]) -> None:
    """Refuse an integer an int64 column cannot hold, naming the column and the value; pandas
    would raise a bare ``OverflowError`` (a career built in Python can state 10**20 caps)."""
    if column.dtype not in ("int64", "Int64"):
        return
    for value in values:
        if isinstance(value, int) and value not in _INT64:
            raise InvalidValueError(
                column.name,
                f"expected a whole number from -2**63 to 2**63 - 1 for a DataFrame's "
                f"{column.dtype} column, got {_number_text(value)}",
            )


def _frame(table: str, records: Sequence[Mapping[str, object]]) -> pd.DataFrame:
    """The records as a DataFrame with the table's columns and dtypes (also when empty).

    Raises :class:`~careerstats.errors.InvalidValueError` for a count no ``int64`` holds.
    """
    try:
        import numpy as np
        import pandas as pd
    except ImportError:
        raise MissingExtraError("DataFrames", "pandas", "pandas") from None
    data = {}
    for column in COLUMNS[table]:
        values = [record[column.name] for record in records]
        _check_fits(column, values)
        if column.dtype == "category":
            dtype = pd.CategoricalDtype(list(column.categories), ordered=column.ordered)
            data[column.name] = pd.Series(values, dtype=dtype, name=column.name)
        elif column.dtype == DATETIME:
            # Through numpy: pandas 2.0 converts dates via nanoseconds, which end in 2262.
            days = np.array(values, dtype=DATETIME)
            data[column.name] = pd.Series(days, name=column.name)
        else:
            data[column.name] = pd.Series(values, dtype=column.dtype, name=column.name)
    return pd.DataFrame(data)


def _frame_function(
    table: str, records_of: Callable[[Any], list[Record]], kind: type, name: str
) -> Callable[[Any], pd.DataFrame]:
    """``{table}_frame(value)``: the records of ``value`` as the table's DataFrame."""

    def frame(value: Any) -> pd.DataFrame:
        expect(value, kind, f"{table}_frame", name)
        return _frame(table, records_of(value))

    frame.__name__ = frame.__qualname__ = f"{table}_frame"
    frame.__doc__ = f":func:`{records_of.__name__}` as a DataFrame."
    return frame


appearances_frame = _frame_function("appearances", appearance_records, Career, "career")
goals_frame = _frame_function("goals", goal_records, Career, "career")
tournaments_frame = _frame_function("tournaments", tournament_records, Career, "career")
absences_frame = _frame_function("absences", absence_records, Career, "career")
summary_frame = _frame_function("summary", summary_records, CareerSummary, "summary")
"""The headline figures as a one-row DataFrame."""
claims_frame = _frame_function("claims", claim_records, ClaimReport, "report")
totals_frame = _frame_function("totals", totals_records, Evidence, "evidence")
"""Caps and goals after each match, ranges where not exact, as a DataFrame."""
disagreements_frame = _frame_function("disagreements", disagreement_records, ClaimReport, "report")


def _career_totals(career: Career) -> pd.DataFrame:
    """The career's running totals from its own evidence (no team calendar)."""
    return totals_frame(Evidence.of(career))


_CAREER_FRAMES = {
    "appearances": appearances_frame,
    "goals": goals_frame,
    "tournaments": tournaments_frame,
    "absences": absences_frame,
    "totals": _career_totals,
}
_REPORT_FRAMES = {"claims": claims_frame, "disagreements": disagreements_frame}


def _choice(table: str, choices: Iterable[str]) -> None:
    expect(table, str, "to_frame", "table", "a str (the name of a table)")
    if table not in choices:
        expected = ", ".join(repr(choice) for choice in choices)
        raise InvalidValueError("table", f"expected one of {expected}, got {table!r}")


def career_frame(career: Career, table: CareerTable = "appearances") -> pd.DataFrame:
    """One of a career's tables as a DataFrame (what ``Career.to_frame`` returns)."""
    expect(career, Career, "career_frame", "career")
    _choice(table, _CAREER_FRAMES)
    return _CAREER_FRAMES[table](career)


def report_frame(report: ClaimReport, table: ReportTable = "claims") -> pd.DataFrame:
    """The claim checks, or the disagreements, as a DataFrame (``ClaimReport.to_frame``)."""
    expect(report, ClaimReport, "report_frame", "report")
    _choice(table, _REPORT_FRAMES)
    return _REPORT_FRAMES[table](report)
