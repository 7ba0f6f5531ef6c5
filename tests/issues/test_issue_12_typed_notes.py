"""Issue 12: a check's note is values (reasons), put into words once, in careerstats.words."""

from __future__ import annotations

import ast
import json
import re
from pathlib import Path

import attrs
import pytest

from careerstats import words
from careerstats.checks import Check, Reason, Subject, Topic, Verdict, Why
from careerstats.claims import check_claims
from careerstats.model import Career, Citation
from careerstats.render import render_claims

SRC = Path(__file__).resolve().parents[2] / "src" / "careerstats"
DOCS = Path(__file__).resolve().parents[2] / "docs"


def test_every_note_is_a_tuple_of_reasons(benzema: Career) -> None:
    # Regression: Check.note was English prose built in claims.py.
    checks = check_claims(benzema).checks
    assert all(isinstance(check.note, tuple) for check in checks)
    assert all(isinstance(found, Reason) for check in checks for found in check.note)
    undated = next(c for c in checks if words.subject(c.subject) == "since debut")
    assert undated.note == (Reason(why=Why.UNDATED_SOURCE, name="002_82f36f0be73dd127.txt"),)


def test_a_check_refuses_a_note_of_text() -> None:
    with pytest.raises(TypeError):
        Check(
            kind="post",
            subject=Subject(topic=Topic.POST, name="x"),
            stated="x",
            computed=None,
            verdict=Verdict.UNCHECKED,
            note="compared with the other sources' versions, not with data",  # type: ignore[arg-type]
            cite=(Citation(file="a.txt", paragraph=1),),
        )


def test_the_claim_engine_writes_no_words() -> None:
    # Regression: claims.py imported careerstats.words (and names.plural) to build its notes.
    tree = ast.parse((SRC / "claims.py").read_text(encoding="utf-8"))
    imported = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            imported.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module is not None:
            imported.update(f"{node.module}.{alias.name}" for alias in node.names)
    assert (
        sorted(n for n in imported if n.startswith(("careerstats.words", "careerstats.names")))
        == []
    )


@pytest.mark.parametrize("why", [why for why in Why if why is not Why.RANGE])
def test_every_reason_has_its_words(why: Why) -> None:
    from careerstats.dates import DateExpression, PartialDate, Years

    found = Reason(
        why=why,
        name="debut",
        count=2,
        on=PartialDate(2010, 4),
        born=PartialDate(1987, 12, 19),
        years=Years(34, 35),
        expression=DateExpression("yesterday"),
        detail="'yesterday' is relative to a source that has no date",
    )
    shown = words.reason(found)
    assert shown
    assert "{" not in shown
    assert "None" not in shown


def test_the_docs_list_every_reason_code() -> None:
    text = (DOCS / "claims.md").read_text(encoding="utf-8")
    section = text.split("### Reasons", 1)[1].split("\n### ", 1)[0]
    codes = re.findall(r"^\| `([a-z-]+)` \|", section, flags=re.MULTILINE)
    assert codes == [why.value for why in Why]


def test_json_reasons_are_the_codes_of_the_note(benzema: Career) -> None:
    report = check_claims(benzema)
    claims = json.loads(render_claims(report, "json"))["claims"]
    assert [c["reasons"] for c in claims] == [[r.why.value for r in c.note] for c in report.checks]
    assert [c["note"] for c in claims] == [words.note(c.note) or None for c in report.checks]
    euro = next(c for c in claims if c["subject"] == "goals at UEFA Euro 2020")
    assert (euro["note"], euro["reasons"]) == (
        "no match of the tournament is recorded",
        ["no-match-recorded"],
    )


def test_several_reasons_read_in_order(benzema: Career) -> None:
    from careerstats.dates import PartialDate
    from careerstats.model import StatedTotal

    stated = StatedTotal(
        caps=1,
        goals=1,
        as_of=PartialDate(2007, 12),
        cite=(Citation(file="001_c26b10d1ae9b22eb.txt", paragraph=6),),
    )
    career = attrs.evolve(benzema, stated_totals=(stated,))
    check = next(c for c in check_claims(career).checks if c.kind == "totals")
    assert [r.why for r in check.note][:2] == [Why.ONLY_RECORDED_BY, Why.ONLY_RECORDED_BY]
    assert words.note(check.note).startswith(
        "only 1 cap recorded by 2007-12; only 1 goal recorded by 2007-12"
    )
