"""Issue 12: each data set's records are built by one Table.records, from the schema's Kinds."""

from __future__ import annotations

import datetime
from pathlib import Path

import attrs

from careerstats.datasets.csv_tables import BOOL, COUNT, DATE, MINUTE, TEXT, Table, load_tables

_SCHEMA = {
    "day": DATE,
    "who": TEXT,
    "goals": COUNT,
    "minute": MINUTE,
    "penalty": BOOL,
}


@attrs.frozen(kw_only=True)
class _Row:
    date: datetime.date
    who: str
    goals: int
    minute: int | None
    penalty: bool
    note: str = "none"


def _table(tmp_path: Path) -> Table:
    (tmp_path / "rows.csv").write_text(
        "day,who,goals,minute,penalty,extra\n"
        "2014-06-15,Ann,2,NA,TRUE,x\n"
        "2014-06-20,Bo,1,44,FALSE,y\n"
        "2014-06-25,Cy,0,90,FALSE,z\n",
        encoding="utf-8",
    )
    return load_tables(tmp_path, {"rows.csv": _SCHEMA}, strict=True, cache=False)["rows.csv"]


def test_records_read_each_field_as_its_columns_kind(tmp_path: Path) -> None:
    table = _table(tmp_path)
    rows = table.records(_Row, columns={"date": "day"})
    assert rows[0] == _Row(
        date=datetime.date(2014, 6, 15), who="Ann", goals=2, minute=None, penalty=True
    )
    assert [(row.who, row.minute, row.penalty, row.note) for row in rows[1:]] == [
        ("Bo", 44, False, "none"),
        ("Cy", 90, False, "none"),
    ]


def test_records_where_keeps_a_value_or_any_of_a_set(tmp_path: Path) -> None:
    table = _table(tmp_path)
    columns = {"date": "day"}
    only_bo = table.records(_Row, {"who": "Bo"}, columns)
    assert [row.who for row in only_bo] == ["Bo"]
    either = table.records(_Row, {"who": frozenset({"Cy", "Ann"}), "penalty": "FALSE"}, columns)
    assert [row.who for row in either] == ["Cy"]
    assert table.rows(("who",), {"who": frozenset({"Cy", "Ann"})}) == [("Ann",), ("Cy",)]
