"""Rendering a computed summary as text, Markdown, HTML or a JSON-ready object.

Rendering formats figures; it never computes one. Citations are shown as ``[n]¶p``: source
``n`` of the summary's source table, paragraph ``p``. HTML (for notebooks' ``_repr_html_`` and
``--format html``) escapes every string that comes from a fixture. In every format, control
characters from a file are shown escaped (``\\x1b``, ``\\n``) by the shared helpers below
(table cells and headers, titles, headings, paragraphs), and JSON escapes them too.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal

import attrs

from careerstats.arguments import expect, expect_choice, expect_optional
from careerstats.claims import Check, ClaimReport, Verdict
from careerstats.dates import PartialDate, Span, Years
from careerstats.escaping import one_line, to_json
from careerstats.model import Career, Citation, Source, citations_in
from careerstats.names import plural
from careerstats.statistics import (
    CENTURY,
    BeforeCareer,
    CareerSummary,
    Milestone,
    Total,
    TournamentCount,
    TournamentLine,
    absence_span,
    goals_in,
)

if TYPE_CHECKING:
    from careerstats.datasets.international_results import ScorerCoverage, ScorerTotal
    from careerstats.reconcile import Coverage, PlayerGoal

__all__ = [
    "FORMATS",
    "PAGE_FORMATS",
    "claims_to_dict",
    "coverage_to_dict",
    "render_career",
    "render_claims",
    "render_goals",
    "render_scorers",
    "render_summary",
    "summary_to_dict",
]

Format = Literal["text", "markdown", "json"]
FORMATS: tuple[Format, ...] = ("text", "markdown", "json")

PageFormat = Literal["text", "markdown", "json", "html"]
"""The formats of the summary and claims pages: :data:`FORMATS` and an HTML fragment."""
PAGE_FORMATS: tuple[PageFormat, ...] = (*FORMATS, "html")

SUMMARY_SCHEMA = "careerstats/summary/1"
"""Names the shape of :func:`summary_to_dict`'s object; bumped on any incompatible change."""


def _expect_coverage(value: object, function: str, name: str) -> None:
    """A :class:`~careerstats.reconcile.Coverage`, imported only when one is given."""
    from careerstats.reconcile import Coverage

    expect(value, Coverage, function, name, "a Coverage (from careerstats.reconcile.coverage)")


# --- the JSON object --------------------------------------------------------------------------


def _date(value: PartialDate | None) -> str | None:
    return None if value is None else str(value)


def _years(value: Years | None) -> dict[str, int | None] | None:
    if value is None:
        return None
    return {"years": value.exact, "min": value.low, "max": value.high}


def _cites(citations: Iterable[Citation]) -> list[str]:
    return [str(citation) for citation in citations]


def _total(total: Total) -> dict[str, Any]:
    return {
        "value": total.value,
        "basis": total.basis,
        "lower_bound": total.lower_bound,
        "counted_events": total.counted,
        "stated_by": _cites(total.cite),
        "other_stated_values": list(total.other_values),
        "tied_values": list(total.tied),
    }


def _span(span: Span | None) -> dict[str, Any] | None:
    if span is None:
        return None
    return {
        "from": str(span.start),
        "to": str(span.end),
        "shortest_days": span.shortest_days,
        "longest_days": span.longest_days,
        "years": _years(span.years),
    }


def _count_from(count: TournamentCount | None) -> str | None:
    """Where a tournament's appearances or goals come from: ``entry`` or ``counted``."""
    if count is None:
        return None
    return "counted" if count.counted else "entry"


def _tournament(line: TournamentLine, team: str) -> dict[str, Any]:
    entry, finish = line.entry, line.team_finish
    apps, goals = line.appearances, line.goals
    return {
        "id": line.tournament.id,
        "name": line.tournament.name,
        "year": line.tournament.edition,
        "status": None if line.status is None else line.status.value,
        "played": line.played,
        "apps": None if apps is None else apps.value,
        "apps_from": _count_from(apps),
        "goals": None if goals is None else goals.value,
        "goals_from": _count_from(goals),
        "under_way": line.under_way,
        "team": team,
        "team_result": None if finish is None else finish.finish.value,
        "reason": line.why,
        "note": None if entry is None else entry.note,
        "status_from": "entry" if entry else ("absence" if line.during else None),
        "cite": _cites(line.cite),
    }


def _source(source: Source) -> dict[str, Any]:
    return {
        "file": source.file,
        "kind": source.kind.value,
        "title": source.title,
        "publisher": source.publisher,
        "published": _date(source.published),
        "description": source.description,
    }


def summary_to_dict(summary: CareerSummary, as_of: PartialDate | None = None) -> dict[str, Any]:
    """The stable JSON object of ``careerstats summary --format json`` (docs/statistics.md)."""
    expect(summary, CareerSummary, "summary_to_dict", "summary")
    expect_optional(as_of, PartialDate, "summary_to_dict", "as_of")
    career = summary.career
    first, absence = summary.debut, summary.longest_absence
    return {
        "schema": SUMMARY_SCHEMA,
        "as_of": _date(as_of if as_of is not None else summary.as_of),
        "before": None
        if summary.before is None
        else {"event": summary.before.event.value, "date": str(summary.before.date)},
        "player": {
            "id": career.player.id,
            "name": career.player.name,
            "born": _date(career.player.born),
        },
        "team": career.team.name,
        "caps": summary.caps.value,
        "goals": summary.goals.value,
        "goals_per_cap": None if summary.goals_per_cap is None else round(summary.goals_per_cap, 2),
        "caps_short_of_century": summary.caps_short_of_century,
        "totals": {"caps": _total(summary.caps), "goals": _total(summary.goals)},
        "debut": None
        if first is None
        else {
            "date": str(first.match.date),
            "precision": first.match.date.precision.name.lower(),
            "opponent": first.match.opponent,
            "started": first.started,
            "goals": goals_in(first),
            "cite": _cites(first.cite),
        },
        "retired": _date(summary.retirement),
        "career_span": _span(summary.span),
        "age_at_debut": _years(summary.age_at_debut),
        "age_at_retirement": _years(summary.age_at_retirement),
        "longest_absence": None
        if absence is None
        else {
            **(_span(absence.span) or {}),
            "kind": absence.absence.kind.value,
            "reason": absence.absence.reason,
            "cite": _cites(absence.absence.cite),
        },
        "tournaments": [_tournament(line, career.team.name) for line in summary.tournaments],
        "milestones": [
            {
                "kind": m.kind,
                "threshold": m.threshold,
                "reached": m.reached,
                "short_by": m.short_by,
            }
            for m in summary.milestones
        ],
        "honours": [
            {
                "name": honour.name,
                "kind": honour.kind.value,
                "date": _date(honour.date),
                "team": honour.team,
                "cite": _cites(honour.cite),
            }
            for honour in career.honours
        ],
        "sources": [_source(source) for source in _cited_sources(summary)],
    }


# --- text and Markdown ------------------------------------------------------------------------


def _own_citations(career: Career) -> set[str]:
    """The files the player's own facts cite (shared tournaments cite other teams' sources)."""
    return {citation.file for _, citation in citations_in(attrs.evolve(career, tournaments=()))}


def _cited_sources(summary: CareerSummary) -> list[Source]:
    """The sources, in the order declared, that the player's facts or his tournaments cite.

    Shared tournaments cite sources about other teams too; only the lines shown count.
    """
    career = summary.career
    cited = _own_citations(career)
    for line in summary.tournaments:
        cited.update(c.file for c in line.tournament.cite)
        if line.team_finish is not None:
            cited.update(c.file for c in line.team_finish.cite)
    return [source for source in career.sources if source.file in cited]


class _Lines(tuple[str, ...]):
    """A table cell of several lines (one per version of a disagreement): each line escaped on
    its own, then joined by a line break (``<br>`` in Markdown)."""


class _Sheet:
    """Tables of one career's page, with citations shortened to ``[n]¶p``.

    In HTML every piece of text is escaped: tabulate's ``html`` format escapes cells and headers
    (its ``unsafehtml`` would not), and :meth:`heading` and :meth:`paragraph` escape the rest.
    In every format each piece of text has its control characters escaped (:func:`one_line`),
    so that nothing from a file reaches a terminal raw.
    """

    def __init__(self, career: Career, sources: Sequence[Source], format: PageFormat) -> None:
        self.career = career
        self.markdown = format == "markdown"
        self.html = format == "html"
        self.sources = list(sources)
        self.numbers = {source.file: index for index, source in enumerate(self.sources, 1)}

    def cite(self, citations: Iterable[Citation]) -> str:
        """``[2]¶1,12 [1]¶2 [4]``: paragraphs grouped by source, in first-cited order."""
        paragraphs: dict[str, list[int]] = {}
        for citation in citations:
            cited = paragraphs.setdefault(citation.file, [])
            if citation.paragraph is not None and citation.paragraph not in cited:
                cited.append(citation.paragraph)
        shown = []
        for file, numbers in paragraphs.items():
            where = f"¶{','.join(map(str, sorted(numbers)))}" if numbers else ""
            shown.append(f"[{self.numbers.get(file, '?')}]{where}")
        return " ".join(shown)

    def cell(self, value: object) -> str:
        if isinstance(value, _Lines):
            return ("<br>" if self.markdown else "\n").join(map(self.cell, value))
        text = "" if value is None else one_line(str(value))
        return text.replace("|", "\\|") if self.markdown else text

    def table(
        self,
        rows: Sequence[Sequence[object]],
        headers: Sequence[str] = (),
        widths: Sequence[int | None] | None = None,
    ) -> str:
        from tabulate import tabulate  # imported here: it costs the CLI's --help ~70 ms

        cells = [[self.cell(value) for value in row] for row in rows]
        plain = not (self.markdown or self.html)
        table = str(
            tabulate(
                cells,
                headers=[self.cell(header) for header in headers],
                # "html" escapes every cell and header; "unsafehtml" would not.
                tablefmt="html" if self.html else "github" if self.markdown else "simple",
                maxcolwidths=(list(widths or []) or None) if plain else None,
                disable_numparse=True,
            )
        )
        return _html_table(table) if self.html else table

    def heading(self, text: str) -> str:
        text = one_line(text)
        if self.html:
            return f"<h4>{html.escape(text)}</h4>"
        return f"## {text}" if self.markdown else f"{text}\n{'-' * len(text)}"

    def paragraph(self, text: str) -> str:
        text = one_line(text)
        return f"<p>{html.escape(text)}</p>" if self.html else text

    def title(self, suffix: str = "") -> str:
        title = one_line(f"{self.career.player.name} — {self.career.team.name}{suffix}")
        if self.html:
            return f"<h3>{html.escape(title)}</h3>"
        return f"# {title}" if self.markdown else f"{title}\n{'=' * len(title)}"

    def page(self, parts: Iterable[str]) -> str:
        """The parts as one page: an HTML ``<div>``, or blocks separated by blank lines."""
        if self.html:
            return '<div class="careerstats">\n' + "\n".join(parts) + "\n</div>\n"
        return "\n\n".join(parts) + "\n"


_CELL_PADDING = re.compile(r" +(</t[dh]>)")
_CELL_STYLE = ' style="text-align: left; vertical-align: top;"'


def _html_table(table: str) -> str:
    """tabulate's HTML without its padding, cells aligned left: notebooks align them right,
    which suits figures, not prose. Cell text is escaped, so every ``<td>`` is tabulate's."""
    table = _CELL_PADDING.sub(r"\1", table)
    return table.replace("<td>", f"<td{_CELL_STYLE}>").replace("<th>", f"<th{_CELL_STYLE}>")


def _before_text(before: BeforeCareer | None) -> str:
    """What a figure reads where it is not known: "not known", or, as of a date before the
    birth or the debut, "before his debut, March 2007"."""
    if before is None:
        return "not known"
    return f"before his {before.event.value}, {before.date.human()}"


def _years_text(value: Years | None, unknown: str = "not known") -> str:
    return unknown if value is None else str(value)


def _count_text(total: Total, unknown: str = "not known") -> str:
    if total.tied:
        return f"sources disagree: {' or '.join(map(str, total.tied))}"
    if total.value is None:
        return unknown
    return f"at least {total.value}" if total.lower_bound else str(total.value)


def _headline(sheet: _Sheet, summary: CareerSummary) -> str:
    first, absence = summary.debut, summary.longest_absence
    unknown = _before_text(summary.before)
    # Before the birth or the debut, a figure not known is "not yet", and no basis is needed.
    cap_basis, goal_basis = (
        (_basis(sheet, summary.caps, "appearance"), _basis(sheet, summary.goals, "goal"))
        if summary.before is None
        else ("", "")
    )
    rows: list[tuple[str, str, str]] = [
        ("Caps", _count_text(summary.caps, unknown), cap_basis),
        ("Goals", _count_text(summary.goals, unknown), goal_basis),
        (
            "Goals per cap",
            unknown if summary.goals_per_cap is None else f"{summary.goals_per_cap:.2f}",
            "goals ÷ caps",
        ),
        _century_row(summary, unknown),
    ]
    if first is not None:
        how = {True: "started", False: "came on", None: ""}[first.started]
        scored = f"scored {goals_in(first)}" if goals_in(first) else ""
        detail = ", ".join(part for part in (how, scored) if part)
        rows.append(
            (
                "Debut",
                f"{first.match.date.human()} v {first.match.opponent}",
                "; ".join(part for part in (detail, sheet.cite(first.cite)) if part),
            )
        )
    elif summary.before is not None:
        rows.append(("Debut", unknown, ""))
    else:
        rows.append(("Debut", "not known", "no appearance is marked as the debut"))
    retirement = summary.career.retirement
    rows.append(
        (
            "Retired",
            "not retired" if retirement is None else retirement.date.human(),
            "" if retirement is None else sheet.cite(retirement.cite),
        )
    )
    rows.append(
        (
            "Career span",
            unknown if summary.span is None else summary.span.in_words(),
            "" if summary.span is None else f"{summary.span.start} to {summary.span.end}",
        )
    )
    born = summary.career.player.born
    born_note = "" if born is None else f"born {born.human()}"
    rows.append(("Age at debut", _years_text(summary.age_at_debut, unknown), born_note))
    rows.append(("Age at retirement", _years_text(summary.age_at_retirement, unknown), born_note))
    if absence is not None:
        span = absence.span
        length = span.in_words()
        if not span.under_a_year:  # years: the days too, which in_words already gives when short
            length += f" ({span.days_in_words()})"
        rows.append(
            (
                "Longest absence",
                span.bounds(),
                f"{length}, {absence.absence.kind.label}: {absence.absence.reason}; "
                f"{sheet.cite(absence.absence.cite)}",
            )
        )
    return sheet.table(rows, ("Figure", "Value", "From"), (None, None, 70))


def _century_row(summary: CareerSummary, unknown: str) -> tuple[str, str, str]:
    """``Caps short of a century``: how many, or ``reached`` once the caps are 100 or more
    (counted caps past 100 reach it too: the real total is at least that)."""
    short, caps = summary.caps_short_of_century, summary.caps
    if short is None:
        return ("Caps short of a century", unknown, f"{CENTURY} - caps")
    if short == 0:
        return ("Caps short of a century", "reached", f"{_count_text(caps, unknown)} caps")
    at_most = "at most " if caps.lower_bound else ""
    return ("Caps short of a century", f"{at_most}{short}", f"{CENTURY} - caps")


def _basis(sheet: _Sheet, total: Total, event: str) -> str:
    parts = [total.basis]
    if total.stated:
        parts[0] += f" {sheet.cite(total.cite)}"
    if total.other_values:
        parts.append(f"other sources say {', '.join(map(str, total.other_values))}")
    if total.stated:
        parts.append(f"{total.counted} {event}{'s' if total.counted != 1 else ''} recorded")
    return "; ".join(parts)


COUNTED_MARK = "*"
"""Marks a tournament's appearances or goals counted from the appearances recorded."""

UNDER_WAY = "under way"


def _tournament_count(count: TournamentCount | None, mark: str) -> str:
    if count is None:
        return ""
    return f"{count.value}{mark}" if count.counted else str(count.value)


def _tournaments(sheet: _Sheet, summary: CareerSummary) -> str:
    lines = summary.tournaments
    if not lines:
        if summary.before is not None:
            return sheet.paragraph(f"No tournament yet: {_before_text(summary.before)}.")
        return sheet.paragraph(
            "No tournament was held during the career, as far as the fixtures know."
        )
    team = summary.career.team.name
    # Markdown would read a bare "*" as emphasis, or at a line's start as a list item.
    mark = "\\" + COUNTED_MARK if sheet.markdown else COUNTED_MARK
    rows = []
    for line in lines:
        entry = line.entry
        status = "not stated" if line.status is None else line.status.label
        if line.under_way:
            status = UNDER_WAY
        if line.during is not None:
            status += " (absence)"
        why = line.why or (entry.note if entry else None) or ""
        if entry is not None and entry.note and line.why:
            why = f"{line.why}. {entry.note}"
        rows.append(
            (
                line.tournament.name,
                status,
                _tournament_count(line.appearances, mark),
                _tournament_count(line.goals, mark),
                UNDER_WAY
                if line.under_way
                else "not stated"
                if line.team_finish is None
                else line.team_finish.finish.label,
                why,
                sheet.cite(line.cite),
            )
        )
    played, missed = len(summary.tournaments_played), len(summary.tournaments_missed)
    under_way = sum(1 for line in lines if line.under_way)
    unknown = len(lines) - played - missed - under_way
    caption = f"{played} played, {missed} missed"
    if unknown:
        caption += f", {unknown} not stated"
    if under_way:
        caption += f", {under_way} {UNDER_WAY}"
    title = sheet.heading(f"Tournaments ({caption})")
    table = sheet.table(
        rows,
        ("Tournament", "Status", "Apps", "Goals", team, "Why / note", "Sources"),
        (None, None, None, None, None, 36, 16),
    )
    counts = [count for line in lines for count in (line.appearances, line.goals)]
    if any(count is not None and count.counted for count in counts):
        note = sheet.paragraph(
            f"{mark} counted from the appearances recorded (fixture and data set), "
            "not stated by a source."
        )
        table = f"{table}\n{note}" if sheet.html else f"{table}\n\n{note}"
    return _section(sheet, title, table)


def _section(sheet: _Sheet, heading: str, body: str) -> str:
    return f"{heading}\n{body}" if sheet.html else f"{heading}\n\n{body}"


def _absences(sheet: _Sheet) -> str:
    career = sheet.career
    rows = []
    for absence in sorted(career.absences, key=lambda a: a.start.sort_key()):
        span = absence_span(absence)
        reason = absence.reason
        if absence.injury is not None:
            injury = absence.injury
            named = injury.body_part.casefold() in reason.casefold()
            details = [] if named else [f"{injury.body_part} injury"]
            if injury.diagnosis:
                details.append(injury.diagnosis)
            if injury.expected_recovery_weeks is not None:
                weeks = injury.expected_recovery_weeks
                whose = "week's" if weeks == 1 else "weeks'"
                details.append(f"{weeks} {whose} expected recovery")
            if details:  # nothing to add: no empty "()"
                reason += f" ({'; '.join(details)})"
        rows.append(
            (
                str(absence.start),
                str(absence.end),
                span.in_words(),
                absence.kind.label,
                reason,
                sheet.cite((*absence.cite, *(absence.injury.cite if absence.injury else ()))),
            )
        )
    table = sheet.table(
        rows, ("From", "To", "Length", "Kind", "Reason", "Sources"), (None,) * 4 + (40, 16)
    )
    return _section(sheet, sheet.heading("Absences"), table if rows else _none(sheet))


def _none(sheet: _Sheet) -> str:
    return sheet.paragraph("None recorded.")


def _honours(sheet: _Sheet) -> str:
    honours = sheet.career.honours
    rows = [
        (
            honour.name,
            honour.kind.label,
            "" if honour.date is None else honour.date.human(),
            honour.team or "",
            sheet.cite(honour.cite),
        )
        for honour in honours
    ]
    table = sheet.table(rows, ("Honour", "Kind", "Date", "Team", "Sources"))
    return _section(sheet, sheet.heading("Honours"), table if rows else _none(sheet))


def _milestone_text(milestone: Milestone, summary: CareerSummary) -> str:
    if milestone.reached:
        return "reached"
    if milestone.reached is None:
        total = summary.caps if milestone.kind == "caps" else summary.goals
        return f"not known: {total.value} recorded, which may not be all"
    return f"not reached: {milestone.short_by} short"


def _milestones(sheet: _Sheet, summary: CareerSummary) -> str:
    rows = [
        (
            f"{m.threshold} {m.kind}",
            _milestone_text(m, summary),
        )
        for m in summary.milestones
    ]
    table = sheet.table(rows, ("Milestone", "Status"))
    body = table if rows else sheet.paragraph("No totals are known.")
    return _section(sheet, sheet.heading("Milestones"), body)


def _sources(sheet: _Sheet) -> str:
    rows = [
        (
            f"[{number}]",
            source.file,
            "no date" if source.published is None else str(source.published),
            source.description or source.title or "",
        )
        for number, source in enumerate(sheet.sources, 1)
    ]
    table = sheet.table(rows, ("", "File", "Published", "About"), (None, None, None, 60))
    return _section(sheet, sheet.heading("Sources"), table)


def render_summary(
    summary: CareerSummary,
    format: PageFormat = "text",
    claims: ClaimReport | None = None,
    coverage: Coverage | None = None,
    as_of: PartialDate | None = None,
    *,
    standalone: bool = False,
) -> str:
    """The summary as a terminal page (``text``), ``markdown``, ``html`` or indented ``json``.

    With ``claims``, a line counts the verdicts (JSON: every check and disagreement); with
    ``coverage``, a line says how much of the stated goals the results data set holds;
    ``as_of`` says in the title that the summary is of the career as it stood then. HTML is
    a ``<div>`` for a notebook, or with ``standalone`` a whole document for a browser.
    """
    expect(summary, CareerSummary, "render_summary", "summary")
    expect_choice(format, PAGE_FORMATS, "render_summary", "format")
    expect_optional(claims, ClaimReport, "render_summary", "claims")
    if coverage is not None:
        _expect_coverage(coverage, "render_summary", "coverage")
    expect_optional(as_of, PartialDate, "render_summary", "as_of")
    as_of = as_of if as_of is not None else summary.as_of
    if format == "json":
        data = summary_to_dict(summary, as_of)
        if claims is not None:
            data |= claims_to_dict(claims)
        if coverage is not None:
            data["coverage"] = coverage_to_dict(coverage)
        return to_json(data)
    career = summary.career
    sheet = _Sheet(career, _cited_sources(summary), format)
    claims_line = []
    if claims is not None:
        claims_line = [f"{claims.headline()} (careerstats claims {career.player.id})"]
    if coverage is not None:
        claims_line.append(f"{coverage.headline()} (careerstats goals {career.player.id})")
    parts = [
        sheet.title("" if as_of is None else f", as of {as_of.human()}"),
        _headline(sheet, summary),
        *map(sheet.paragraph, claims_line),
        _tournaments(sheet, summary),
        _absences(sheet),
        _milestones(sheet, summary),
        _honours(sheet),
        _sources(sheet),
    ]
    return _finish(sheet, parts, standalone)


def render_career(career: Career, format: Literal["text", "markdown", "html"] = "text") -> str:
    """A career's recorded facts (not its figures: see :func:`render_summary`), as a page.

    This is what a notebook shows for a :class:`~careerstats.model.Career`: the appearances,
    stated totals, tournament entries, absences and honours the fixture holds.
    """
    expect(career, Career, "render_career", "career")
    expect_choice(format, ("text", "markdown", "html"), "render_career", "format")
    sources = [s for s in career.sources if s.file in _own_citations(career)]
    sheet = _Sheet(career, sources, format)
    player = career.player
    facts = [f"id {player.id}"]
    if player.born is not None:
        facts.append(f"born {player.born.human()}")
    if player.aliases:
        facts.append(f"also known as {', '.join(player.aliases)}")
    retirement = career.retirement
    facts.append("not retired" if retirement is None else f"retired {retirement.date.human()}")
    recorded = ", ".join(
        (
            plural(len(career.appearances), "appearance"),
            plural(len(career.stated_totals), "stated total"),
            plural(len(career.entries), "tournament entry", "tournament entries"),
            plural(len(career.absences), "absence"),
            plural(len(career.honours), "honour"),
            plural(len(career.quotes), "quote"),
            plural(len(career.claims), "claim"),
        )
    )
    appearances = [
        (
            str(cap.match.date),
            cap.match.opponent,
            "" if cap.match.score is None else str(cap.match.score),
            cap.match.competition_name or cap.match.competition or "",
            {True: "started", False: "came on", None: ""}[cap.started],
            goals_in(cap) or "",
            sheet.cite(cap.cite),
        )
        for cap in career.appearances
    ]
    totals = [
        (
            "" if total.caps is None else total.caps,
            "" if total.goals is None else total.goals,
            "career end" if total.final else str(total.as_of),
            sheet.cite(total.cite),
        )
        for total in career.stated_totals
    ]
    entries = []
    for entry in career.entries:
        tournament = career.tournament(entry.tournament)
        why = ". ".join(text for text in (entry.reason, entry.note) if text)
        entries.append(
            (
                entry.tournament if tournament is None else tournament.name,
                entry.status.label,
                "" if entry.appearances is None else entry.appearances,
                "" if entry.goals is None else entry.goals,
                why,
                sheet.cite(entry.cite),
            )
        )
    sections: list[tuple[str, Sequence[Sequence[object]], Sequence[str], Sequence[int | None]]]
    sections = [
        (
            "Appearances",
            appearances,
            ("Date", "Opponent", "Score", "Competition", "Started", "Goals", "Sources"),
            (None, None, None, 24, None, None, 16),
        ),
        ("Stated totals", totals, ("Caps", "Goals", "As of", "Sources"), ()),
        (
            "Tournament entries",
            entries,
            ("Tournament", "Status", "Apps", "Goals", "Why / note", "Sources"),
            (None, None, None, None, 40, 16),
        ),
    ]
    parts = [
        sheet.title(),
        sheet.paragraph(f"{'; '.join(facts)}. Recorded: {recorded}."),
        *(
            _section(
                sheet,
                sheet.heading(heading),
                sheet.table(rows, headers, widths) if rows else _none(sheet),
            )
            for heading, rows, headers, widths in sections
        ),
        _absences(sheet),
        _honours(sheet),
        _sources(sheet),
    ]
    return sheet.page(parts)


def _finish(sheet: _Sheet, parts: Iterable[str], standalone: bool, suffix: str = "") -> str:
    """The page; in HTML with ``standalone``, a document that names its encoding."""
    page = sheet.page(parts)
    if not (sheet.html and standalone):
        return page
    title = html.escape(one_line(f"{sheet.career.player.name} — {sheet.career.team.name}{suffix}"))
    return (
        '<!DOCTYPE html>\n<html>\n<head>\n<meta charset="utf-8">\n'
        f"<title>{title}</title>\n<style>{_PAGE_STYLE}</style>\n</head>\n"
        f"<body>\n{page}</body>\n</html>\n"
    )


_PAGE_STYLE = (
    "body { font-family: sans-serif; margin: 2em; } "
    "table { border-collapse: collapse; margin-bottom: 1em; } "
    "th, td { padding: 0.25em 0.75em; border-bottom: 1px solid #ddd; }"
)


# --- claims --------------------------------------------------------------------------------------


def _check_dict(check: Check) -> dict[str, Any]:
    first = check.cite[0]
    return {
        "source": first.file,
        "paragraph": first.paragraph,
        "kind": check.kind,
        "subject": check.subject,
        "stated": check.stated,
        "computed": check.computed,
        "verdict": check.verdict.value,
        "note": check.note or None,
        "cite": _cites(check.cite),
        "basis": _cites(check.basis),
    }


def claims_to_dict(report: ClaimReport) -> dict[str, Any]:
    """``claims`` and ``disagreements``, as in ``careerstats claims --format json``."""
    expect(report, ClaimReport, "claims_to_dict", "report")
    return {
        "claims": [_check_dict(check) for check in report.checks],
        "disagreements": [
            {
                "subject": d.subject,
                "field": d.field,
                "versions": [{"value": v.value, "cite": _cites(v.cite)} for v in d.versions],
                "differences": d.differences or None,
            }
            for d in report.disagreements
        ],
    }


ONLY = ("contradictions", "disagreements", "unchecked")


def render_claims(
    report: ClaimReport,
    format: PageFormat = "text",
    only: str | None = None,
    *,
    standalone: bool = False,
) -> str:
    """The claim report; ``only`` keeps ``contradictions``, ``disagreements`` or ``unchecked``.

    ``html`` and ``standalone`` are as for :func:`render_summary`.
    """
    expect(report, ClaimReport, "render_claims", "report")
    expect_choice(format, PAGE_FORMATS, "render_claims", "format")
    expect_choice(only, (None, *ONLY), "render_claims", "only")
    checks = report.checks
    disagreements = report.disagreements
    if only == "contradictions":
        checks, disagreements = tuple(c for c in checks if c.verdict is Verdict.CONTRADICTS), ()
    elif only == "unchecked":
        checks, disagreements = tuple(c for c in checks if c.verdict is Verdict.UNCHECKED), ()
    elif only == "disagreements":
        checks = ()
    if format == "json":
        shown = attrs.evolve(report, checks=checks, disagreements=disagreements)
        data = {"player": report.career.player.id, "headline": report.headline()}
        return to_json(data | claims_to_dict(shown))
    sheet = _Sheet(report.career, _cited_sources(report.summary), format)
    parts = [sheet.title(": claims"), sheet.paragraph(report.headline())]
    if only != "disagreements":
        rows = [
            (c.verdict.value, c.subject, c.stated, c.computed or "", c.note, sheet.cite(c.cite))
            for c in checks
        ]
        table = sheet.table(
            rows,
            ("Verdict", "Claim", "Stated", "Computed", "Note", "Source"),
            (None, 28, 30, 30, 30, 14),
        )
        parts += [
            sheet.heading(f"Checks ({len(rows)})"),
            table if rows else sheet.paragraph("None."),
        ]
    if only in (None, "disagreements"):
        found: list[tuple[str, str, str | _Lines, str]] = []
        for d in disagreements:
            versions = [f"{sheet.cite(v.cite)}: {v.value}" for v in d.versions]
            if sheet.html:
                # An HTML cell cannot hold a line break as text: one row per version.
                found.append((d.subject, d.field, versions[0], d.differences))
                found += [("", "", version, "") for version in versions[1:]]
                continue
            found.append((d.subject, d.field, _Lines(versions), d.differences))
        table = sheet.table(
            found, ("About", "What", "Versions", "How they differ"), (24, None, 50, 30)
        )
        parts += [
            sheet.heading(f"Disagreements between sources ({len(disagreements)})"),
            table if found else sheet.paragraph("None."),
        ]
    parts.append(_sources(sheet))
    return _finish(sheet, parts, standalone, ": claims")


# --- the international results data set ------------------------------------------------------


def _plain_cell(value: object, markdown: bool) -> str:
    """A cell of the data set's tables: control characters escaped, ``|`` too in Markdown."""
    text = "" if value is None else one_line(str(value))
    return text.replace("|", "\\|") if markdown else text


def _plain_title(title: str, markdown: bool) -> str:
    """The data set pages' title: ``# title``, or underlined; control characters escaped."""
    title = one_line(title)
    return f"# {title}" if markdown else f"{title}\n{'=' * len(title)}"


def _plain_table(rows: Sequence[Sequence[object]], headers: Sequence[str], markdown: bool) -> str:
    from tabulate import tabulate

    cells = [[_plain_cell(value, markdown) for value in row] for row in rows]
    return tabulate(
        cells,
        headers=list(headers),
        tablefmt="github" if markdown else "simple",
        disable_numparse=True,
    )


def _goal_dict(number: int, item: PlayerGoal) -> dict[str, Any]:
    score = item.score
    return {
        "number": number,
        "date": item.date.isoformat(),
        "opponent": item.opponent,
        "venue": None if item.venue is None else item.venue.value,
        "score": None if score is None else {"for": score.scored, "against": score.conceded},
        "shootout_winner": None if item.match is None else item.match.shootout_winner,
        "competition": item.competition,
        "category": item.category,
        "minute": item.goal.minute,
        "penalty": item.goal.penalty,
    }


def coverage_to_dict(found: Coverage) -> dict[str, Any]:
    _expect_coverage(found, "coverage_to_dict", "found")
    return {
        "stated": found.stated,
        "in_dataset": found.found,
        "missing": found.missing,
        "by_category": dict(found.by_category),
        "first": None if found.first is None else found.first.isoformat(),
        "last": None if found.last is None else found.last.isoformat(),
        "until": None if found.until is None else found.until.isoformat(),
        "years_without_scorers": [
            {"year": u.year, "matches": u.matches, "team_goals": u.team_goals}
            for u in found.unrecorded
        ],
    }


def render_goals(
    career: Career, goals: Sequence[PlayerGoal], found: Coverage, format: Format = "text"
) -> str:
    """A player's goals in the data set, numbered, with the coverage they give."""
    expect(career, Career, "render_goals", "career")
    expect(
        goals, (list, tuple), "render_goals", "goals", "a list of PlayerGoal (from player_goals)"
    )
    _expect_coverage(found, "render_goals", "found")
    expect_choice(format, FORMATS, "render_goals", "format")
    if format == "json":
        data = {
            "player": career.player.id,
            "team": career.team.name,
            "goals": [_goal_dict(n, item) for n, item in enumerate(goals, 1)],
            "coverage": coverage_to_dict(found),
        }
        return to_json(data)
    markdown = format == "markdown"
    rows = []
    for number, item in enumerate(goals, 1):
        score = item.score
        shootout = item.match.shootout_winner if item.match else None
        rows.append(
            (
                number,
                item.date.isoformat(),
                item.opponent,
                "" if item.venue is None else item.venue.value,
                ("" if score is None else str(score))
                + (f" ({shootout} on penalties)" if shootout else ""),
                item.competition,
                "" if item.goal.minute is None else item.goal.minute,
                "yes" if item.goal.penalty else "",
            )
        )
    title = (
        f"{career.player.name} — {career.team.name}: goals in the international results data set"
    )
    header = _plain_title(title, markdown)
    table = _plain_table(
        rows,
        ("#", "Date", "Opponent", "Venue", "Score", "Competition", "Minute", "Penalty"),
        markdown,
    )
    lines = [header, one_line(found.headline()), table if rows else "No goal found under his name."]
    if found.unrecorded:
        years = ", ".join(f"{u.year} ({u.team_goals} in {u.matches})" for u in found.unrecorded)
        lines.append(
            one_line(
                f"{career.team.name} goals with no scorer in the data set, in years he was with "
                f"the team (goals in matches): {years}"
            )
        )
    return "\n\n".join(lines) + "\n"


def _share(part: int, whole: int) -> str:
    """``97%``: rounded, but never to 0% or 100% unless it is exactly that."""
    if part == whole:
        return "100%"
    if part == 0:
        return "0%"
    return f"{min(99, max(1, round(100 * part / whole)))}%"


def scorer_coverage_text(found: ScorerCoverage) -> str:
    """``Scorers named for 1,650 of 1,702 goals France scored in the period (97%).``"""
    from careerstats.datasets.international_results import CATEGORY_LABELS

    scope = ""
    if found.competition is not None:
        scope += f" in {CATEGORY_LABELS.get(found.competition, found.competition)}"
    if found.since is not None or found.until is not None:
        scope += " in the period"
    who = "" if found.team is None else f" {found.team}"
    if found.goals == 0:
        return f"No goal scored{' by' + who if who else ''}{scope} in the data set's matches."
    return (
        f"Scorers named for {found.named:,} of {found.goals:,} goal{'s' * (found.goals != 1)}"
        f"{who} scored"
        f"{scope} ({_share(found.named, found.goals)})."
    )


def render_scorers(
    totals: Sequence[ScorerTotal],
    title: str,
    format: Format = "text",
    filters: Mapping[str, object] | None = None,
    coverage: ScorerCoverage | None = None,
) -> str:
    """A leaderboard of scorers, as ``careerstats scorers`` prints it; ``filters`` (JSON only)
    records the filters that made it, and ``coverage`` ends it with how many of the goals
    scored in those matches have a scorer named (so a top ten is not read as a full record)."""
    expect(
        totals,
        (list, tuple),
        "render_scorers",
        "totals",
        "a list of ScorerTotal (from scorer_totals)",
    )
    expect(title, str, "render_scorers", "title")
    expect_choice(format, FORMATS, "render_scorers", "format")
    if format == "json":
        data: dict[str, Any] = {
            "title": title,
            "filters": dict(filters or {}),
            "scorers": [
                {
                    "rank": rank,
                    "scorer": total.scorer,
                    "team": total.team,
                    "goals": total.goals,
                    "penalties": total.penalties,
                    "first": total.first.isoformat(),
                    "last": total.last.isoformat(),
                }
                for rank, total in enumerate(totals, 1)
            ],
        }
        if coverage is not None:
            data["coverage"] = {
                "team": coverage.team,
                "goals": coverage.goals,
                "named": coverage.named,
                "share": round(coverage.named / coverage.goals, 4) if coverage.goals else None,
                "text": scorer_coverage_text(coverage),
            }
        return to_json(data)
    markdown = format == "markdown"
    rows = [
        (rank, t.scorer, t.team, t.goals, t.penalties, t.first.isoformat(), t.last.isoformat())
        for rank, t in enumerate(totals, 1)
    ]
    table = _plain_table(
        rows, ("#", "Scorer", "Team", "Goals", "Penalties", "First", "Last"), markdown
    )
    header = _plain_title(title, markdown)
    parts = [header, table if rows else "No goal matches these filters."]
    if coverage is not None:
        parts.append(one_line(scorer_coverage_text(coverage)))
    return "\n\n".join(parts) + "\n"
