"""Claims: each Benzema claim's verdict, deliberately wrong claims, and disagreement grouping."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import attrs
import pytest

from careerstats.claims import Check, Verdict, check_claims, word_differences
from careerstats.cli import main
from careerstats.dates import DateExpression, PartialDate
from careerstats.fixtures import bundled_fixtures_dir
from careerstats.model import (
    AgeClaim,
    Career,
    Citation,
    Event,
    Platform,
    Quote,
    SpanClaim,
    SpanSubject,
    StatedTotal,
)
from careerstats.words import note, subject, value

A001 = Citation(file="001_c26b10d1ae9b22eb.txt", paragraph=2)


def verdicts(career: Career) -> list[tuple[str, str, str]]:
    return [
        (subject(check.subject), check.verdict.value, " ".join(map(str, check.cite)))
        for check in check_claims(career).checks
    ]


def test_every_benzema_claim_has_its_verdict(benzema: Career) -> None:
    a0, a1, a2 = "000_c2d957eb85938973.txt", "001_c26b10d1ae9b22eb.txt", "002_82f36f0be73dd127.txt"
    assert verdicts(benzema) == [
        ("career totals (career end)", "agrees", f"{a1}#6"),
        ("career totals (career end)", "agrees", f"{a2}#9"),
        ("caps short of 100", "agrees", f"{a1}#17"),
        ("age at retirement", "agrees", f"{a1}#2"),
        ("longest absence", "agrees", f"{a2}#13"),
        ("since debut", "unchecked", f"{a2}#9"),
        ("debut date", "agrees", f"{a1}#6"),
        ("debut date", "agrees", f"{a2}#10"),
        ("2022 FIFA World Cup final date", "agrees", f"{a0}#2"),
        ("retirement date", "unchecked", f"{a2}#4"),
        ("UEFA Euro 2008 status", "unchecked", f"{a2}#11"),
        ("2010 FIFA World Cup status", "unchecked", f"{a2}#12"),
        ("UEFA Euro 2012 status", "unchecked", f"{a2}#13"),
        ("2014 FIFA World Cup status", "unchecked", f"{a2}#13"),
        ("2018 FIFA World Cup status", "agrees", f"{a1}#7 {a2}#13"),
        ("UEFA Euro 2020 status", "unchecked", f"{a2}#14"),
        ("goals at UEFA Euro 2020", "unchecked", f"{a2}#14"),
        ("2021 UEFA Nations League Finals status", "unchecked", f"{a2}#15"),
        ("2022 FIFA World Cup status", "agrees", f"{a1}#1 {a1}#5 {a1}#15 {a0}#2 {a2}#2"),
        ("Karim Benzema: retirement post", "unchecked", f"{a1}#2 {a1}#3 {a1}#4"),
        ("Karim Benzema: retirement post", "unchecked", f"{a2}#4"),
        ("Karim Benzema: not interested", "unchecked", f"{a1}#14 {a0}#2"),
        ("Karim Benzema: not interested", "unchecked", f"{a2}#6"),
    ]


def test_unchecked_claims_say_why(benzema: Career) -> None:
    notes = {subject(c.subject): note(c.note) for c in check_claims(benzema).checks}
    assert notes["since debut"] == "002_82f36f0be73dd127.txt has no publication date to count from"
    assert notes["retirement date"] == "'yesterday' is relative to a source that has no date"
    assert notes["UEFA Euro 2008 status"] == "no appearance or absence is recorded for it"


def test_relative_dates_are_resolved_against_the_source(benzema: Career) -> None:
    final = next(
        c for c in check_claims(benzema).checks if subject(c.subject).endswith("final date")
    )
    assert (value(final.stated), value(final.computed)) == (
        "December 18 last year = 2022-12-18",
        "2022-12-18",
    )


def last(career: Career, kind: str) -> Check:
    """The last check of a kind: a claim added to the career is checked after the others."""
    return [c for c in check_claims(career).checks if c.kind == kind][-1]


def _with(career: Career, **added: tuple[object, ...]) -> Career:
    return attrs.evolve(
        career, **{field: (*getattr(career, field), *items) for field, items in added.items()}
    )


def test_a_36th_birthday_contradicts(benzema: Career) -> None:
    wrong = AgeClaim(years=36, on=DateExpression("2022-12-19"), birthday=True, cite=(A001,))
    check = last(_with(benzema, claims=(wrong,)), "age")
    assert check.verdict is Verdict.CONTRADICTS
    assert (value(check.stated), value(check.computed)) == (
        "36 (a birthday)",
        "35 years, born 1987-12-19: 2022-12-19 is a birthday",
    )


def test_a_birthday_on_the_wrong_day_contradicts(benzema: Career) -> None:
    wrong = AgeClaim(years=35, on=DateExpression("2022-12-20"), birthday=True, cite=(A001,))
    check = last(_with(benzema, claims=(wrong,)), "age")
    assert check.verdict is Verdict.CONTRADICTS
    assert note(check.note) == "2022-12-20 is not a birthday of someone born 1987-12-19"


def test_a_birth_year_of_1986_contradicts_the_35th_birthday(benzema: Career) -> None:
    player = attrs.evolve(benzema.player, born=PartialDate(1986, 12, 19))
    check = next(
        c for c in check_claims(attrs.evolve(benzema, player=player)).checks if c.kind == "age"
    )
    assert check.verdict is Verdict.CONTRADICTS


def test_38_goals_contradicts_and_is_a_disagreement(benzema: Career) -> None:
    wrong = StatedTotal(goals=38, final=True, cite=(A001,))
    report = check_claims(_with(benzema, stated_totals=(wrong,)))
    check = report.checks[2]
    assert (value(check.stated), value(check.computed), check.verdict) == (
        "38 goals",
        "37 goals",
        Verdict.CONTRADICTS,
    )
    goals = next(d for d in report.disagreements if subject(d.subject) == "career goals")
    assert [(v.value, len(v.cite)) for v in goals.versions] == [(37, 2), (38, 1)]  # values


def test_a_four_year_absence_contradicts(benzema: Career) -> None:
    wrong = SpanClaim(subject=SpanSubject.LONGEST_ABSENCE, years=4, cite=(A001,))
    career = _with(benzema, claims=(wrong,))
    report = check_claims(career)
    check = last(career, "span")
    assert (check.verdict, value(check.computed)) == (Verdict.CONTRADICTS, "5–7 years (2015–2021)")
    spans = next(d for d in report.disagreements if subject(d.subject) == "longest absence")
    assert [value(v.value) for v in spans.versions] == ["5 years", "4 years"]


def test_a_claim_never_confirms_itself(benzema: Career) -> None:
    alone = attrs.evolve(benzema, stated_totals=benzema.stated_totals[:1])
    check = check_claims(alone).checks[0]
    assert check.verdict is Verdict.UNCHECKED
    assert note(check.note) == "only this claim's own source gives the figure"


def test_platform_and_wording_disagreements(benzema: Career) -> None:
    report = check_claims(benzema)
    found = [(subject(d.subject), d.field) for d in report.disagreements]
    assert found == [
        ("Karim Benzema: retirement post", "platform"),
        ("Karim Benzema: retirement post", "wording"),
        ("Karim Benzema: not interested", "wording"),
    ]
    platform, wording, _ = report.disagreements
    assert [v.value for v in platform.versions] == ["twitter", "instagram"]
    assert [v.cite[0].file[:3] for v in platform.versions] == ["001", "002"]
    assert (
        wording.differences
        == "“efforts and the mistakes” → “effort an mistake”; “and” only in the first"
    )


def test_quotes_that_differ_only_in_quote_marks_case_and_spacing_agree(benzema: Career) -> None:
    first = next(q for q in benzema.quotes if q.message == "retirement-post")
    echo = Quote(
        speaker=first.speaker,
        message=first.message,
        words="  i MADE the efforts and the mistakes it took to be where I am today and I'm "
        "proud of it!   I have written my story and ours is ending",
        platform=Platform.TWITTER,
        cite=(Citation(file="000_c2d957eb85938973.txt", paragraph=1),),
    )
    report = check_claims(_with(benzema, quotes=(echo,)))
    wording = next(d for d in report.disagreements if d.field == "wording")
    assert [len(v.cite) for v in wording.versions] == [4, 1]  # the echo joins the first version


def test_word_differences() -> None:
    assert word_differences("That doesn’t interest me.", "That doesn't interest ME") == ""
    assert word_differences("a b c", "a c d") == "“b” only in the first; “d” only in the second"


def test_an_event_claim_about_an_unknown_final_is_unchecked(benzema: Career) -> None:
    claim = AgeClaim(years=35, on_event=Event.RETIREMENT, cite=(A001,))
    retired = attrs.evolve(benzema, retirement=None, claims=(claim,))
    check = check_claims(retired).checks[2]
    assert (check.verdict, note(check.note)) == (
        Verdict.UNCHECKED,
        "the retirement date is not known",
    )


# --- the command -----------------------------------------------------------------------------


@pytest.fixture
def fixture_copy(tmp_path: Path) -> Path:
    root = tmp_path / "fixtures"
    shutil.copytree(bundled_fixtures_dir(), root)
    return root


def test_claims_command_lists_checks_and_disagreements(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["claims", "karim-benzema"]) == 0
    out = capsys.readouterr().out
    assert "23 claims checked: 10 agree, 0 contradict, 13 unchecked; 3 disagreements" in out
    assert "[2]¶2,3,4: Twitter" in out
    assert "[3]¶4: Instagram" in out


def test_a_36th_birthday_fails_the_pipeline(
    fixture_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    player = fixture_copy / "players" / "karim-benzema.toml"
    with player.open("a", encoding="utf-8") as file:
        file.write(
            '\n[[claims]]\nkind = "age"\nyears = 36\nbirthday = true\non = 2022-12-19\n'
            'cite = ["001_c26b10d1ae9b22eb.txt#2"]\n'
        )
    args = ["claims", "karim-benzema", "--fixtures", str(fixture_copy)]
    assert main([*args, "--only", "contradictions", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [(c["kind"], c["stated"], c["verdict"]) for c in data["claims"]] == [
        ("age", "36 (a birthday)", "contradicts")
    ]
    assert main([*args, "--fail-on", "contradictions"]) == 1
    assert "1 contradict" in capsys.readouterr().out


def test_summary_counts_claims_and_its_json_lists_them(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["summary", "karim-benzema"]) == 0
    assert (
        "23 claims checked: 10 agree, 0 contradict, 13 unchecked; 3 disagreements between "
        "sources (careerstats claims karim-benzema)" in " ".join(capsys.readouterr().out.split())
    )
    assert main(["summary", "karim-benzema", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    first = data["claims"][0]
    assert {
        k: first[k] for k in ("source", "paragraph", "kind", "stated", "computed", "verdict")
    } == {
        "source": "001_c26b10d1ae9b22eb.txt",
        "paragraph": 6,
        "kind": "totals",
        "stated": "97 caps, 37 goals",
        "computed": "97 caps, 37 goals",
        "verdict": "agrees",
    }
    assert [d["field"] for d in data["disagreements"]] == ["platform", "wording", "wording"]


def test_only_disagreements(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["claims", "benzema", "--only", "disagreements", "--format", "markdown"]) == 0
    out = capsys.readouterr().out
    assert "## Disagreements between sources (3)" in out
    assert "## Checks" not in out


def test_a_total_as_of_a_date_counts_in_the_right_number(benzema: Career) -> None:
    # Regression: "at least 1 caps" and "1 goals recorded by 2007-12" in claims.
    stated = StatedTotal(caps=1, goals=1, as_of=PartialDate(2007, 12), cite=(A001,))
    career = attrs.evolve(benzema, stated_totals=(stated,))
    check = next(c for c in check_claims(career).checks if c.kind == "totals")
    assert (value(check.stated), value(check.computed)) == (
        "1 cap, 1 goal",
        "at least 1 cap, at least 1 goal",
    )
    assert note(check.note).startswith(
        "only 1 cap recorded by 2007-12; only 1 goal recorded by 2007-12"
    )
