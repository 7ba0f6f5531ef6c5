"""Pages built once as blocks: summary, claims, career, goals, scorers and the player list.

Each page function takes the computed values, puts them into words (:mod:`careerstats.words`)
and returns a :class:`~careerstats.blocks.Page`: its blocks for the text, Markdown and HTML
writers, and its record (:mod:`careerstats.records`) for JSON. Pages never compute a figure and
never choose a format. Citations are ``[n]¶p``: source ``n`` of the page's sources table,
paragraph ``p``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING

import attrs

from careerstats import records, words
from careerstats.blocks import (
    BREAK,
    Block,
    Cell,
    Cites,
    Column,
    Heading,
    Line,
    Note,
    Page,
    Paragraph,
    Piece,
    Row,
    Table,
    Title,
)
from careerstats.checks import Check, ClaimReport, Disagreement, Reason, Verdict
from careerstats.dates import PartialDate
from careerstats.evidence import Contradiction, Figure, Range, Standing, Statement
from careerstats.model import Career, Citation, Source
from careerstats.statistics import CENTURY, absence_span, goals_in
from careerstats.words import (
    AT_LEAST_MARK,
    COUNTED_MARK,
    MINUTE_MARK,
    NOT_KNOWN,
    NOT_STATED,
    STARTS_NOTE,
    UNDER_WAY,
    plural,
)

if TYPE_CHECKING:
    from careerstats.datasets.international_results import ScorerCoverage, ScorerTotal
    from careerstats.evidence import RecordedGoal
    from careerstats.fixtures import PlayerRef
    from careerstats.reconcile import Coverage, PlayerGoal
    from careerstats.statistics import (
        AbsenceSpan,
        CareerSummary,
        Total,
        TournamentCount,
        TournamentLine,
    )
    from careerstats.validated import ValidationReport

__all__ = [
    "AT_LEAST_MARK",
    "COUNTED_MARK",
    "DIAGNOSTICS",
    "MINUTE_MARK",
    "ONLY",
    "STARTS_NOTE",
    "career_page",
    "claims_page",
    "goals_page",
    "players_page",
    "scorers_page",
    "summary_page",
    "totals_page",
    "validation_page",
]

ONLY = ("contradictions", "disagreements", "unchecked")
"""What ``claims --only`` keeps."""

CITES_WIDTH = 16
"""How wide a column of citations is drawn before it wraps."""
REASON_WIDTH = 40


def _col(header: str, wrap: int | None = None) -> Column:
    return Column(header, wrap=wrap)


def _number(header: str) -> Column:
    return Column(header, align="right", nowrap=True)


def _fixed(header: str) -> Column:
    """A date or a short value: never broken inside."""
    return Column(header, nowrap=True)


def _cites_column(header: str = "Sources") -> Column:
    return Column(header, wrap=CITES_WIDTH)


def _rows(rows: Iterable[Sequence[Cell]]) -> tuple[Row, ...]:
    return tuple(Row(tuple(row)) for row in rows)


class _Citer:
    """Citations shortened to ``[n]¶p`` against one page's sources table."""

    def __init__(self, sources: Sequence[Source]) -> None:
        self.sources = list(sources)
        self.numbers = {source.file: index for index, source in enumerate(self.sources, 1)}
        self.used: set[str] = set()
        """The files cited so far (:func:`_citing_only_what_is_cited` keeps only those)."""

    def __call__(self, citations: Iterable[Citation]) -> Cites:
        """``[2]¶1,12 [1]¶2 [4]``: paragraphs grouped by source, in first-cited order."""
        paragraphs: dict[str, list[int]] = {}
        for citation in citations:
            self.used.add(citation.file)
            cited = paragraphs.setdefault(citation.file, [])
            if citation.paragraph is not None and citation.paragraph not in cited:
                cited.append(citation.paragraph)
        return Cites(
            tuple(
                (self.numbers.get(file), tuple(sorted(found))) for file, found in paragraphs.items()
            )
        )

    def table(self) -> list[Block]:
        rows = tuple(
            Row(
                (
                    f"[{number}]",
                    source.file,
                    "no date" if source.published is None else str(source.published),
                    source.description or source.title or "",
                ),
                anchor=f"source-{number}",
            )
            for number, source in enumerate(self.sources, 1)
        )
        columns = (_fixed(""), _col("File"), _fixed("Published"), _col("About", 60))
        return [Heading("Sources"), Table(columns, rows)]


def _citing_only_what_is_cited(
    sources: Sequence[Source], build: Callable[[_Citer], list[Block]]
) -> list[Block]:
    """The blocks ``build`` makes, then a sources table of only the sources they cite (in the
    order declared): built once to see what is cited, once more numbered against that table.
    A data set whose credit is owed is listed because the rows that show its data cite it."""
    seen = _Citer(sources)
    build(seen)
    cite = _Citer([source for source in sources if source.file in seen.used])
    return [*build(cite), *cite.table()]


def _note(cite: _Citer, reasons: Iterable[Reason]) -> tuple[Piece, ...]:
    """A check's note, a reason naming a source's file showing it by its marker (``[3] has no
    publication date to count from``); the JSON keeps the file's name."""
    parts: list[Piece] = []
    for reason in reasons:
        if parts:
            parts.append("; ")
        around = words.reason_around_file(reason)
        if around is None:
            parts.append(words.reason(reason))
            continue
        before, file, after = around
        parts += [piece for piece in (before, cite([Citation(file=file)]), after) if piece]
    return tuple(parts)


def _joined(*parts: Piece | None, separator: str = "; ") -> tuple[Piece, ...]:
    """Non-empty pieces with ``separator`` between them."""
    kept = [part for part in parts if part and (not isinstance(part, Cites) or part.refs)]
    out: list[Piece] = []
    for part in kept:
        if out:
            out.append(separator)
        out.append(part)
    return tuple(out)


def _title(career: Career, suffix: str = "") -> str:
    return f"{career.player.name} — {career.team.name}{suffix}"


# --- the summary ---------------------------------------------------------------------------------


def _own_citations(career: Career) -> set[str]:
    """The files the player's own facts cite (shared tournaments cite other teams' sources)."""
    from careerstats.model import citations_in

    return {citation.file for _, citation in citations_in(attrs.evolve(career, tournaments=()))}


def cited_sources(summary: CareerSummary) -> list[Source]:
    """The sources, in the order declared, that the player's facts or his tournaments cite.

    Shared tournaments cite sources about other teams too; only the lines shown count.
    """
    career = summary.career
    cited = _own_citations(career)
    for line in summary.tournaments:
        cited.update(c.file for c in line.tournament.cite)
        if line.team_finish is not None:
            cited.update(c.file for c in line.team_finish.cite)
    # What binds each end of a range is cited too (a total, the team's calendar).
    for found in (summary.caps_range, summary.goals_range):
        for binding in (found.min_binding, found.max_binding) if found is not None else ():
            if binding is not None:
                cited.update(c.file for c in binding.cite)
    return [source for source in career.sources if source.file in cited]


def _basis(cite: _Citer, total: Total, event: str) -> tuple[Piece, ...]:
    stated = total.stated
    parts: list[Piece] = [words.basis(total)]
    if stated:
        parts += [" ", cite(total.cite)]
    if total.other_values:
        parts += ["; ", f"other sources say {', '.join(map(str, total.other_values))}"]
    if stated:
        parts += ["; ", plural(total.counted, event)]
        parts[-1] = f"{parts[-1]} recorded"
    return tuple(parts)


def _range_shown(summary: CareerSummary, figure: Figure) -> Range | None:
    """The evidence's range of a figure where the summary shows it instead of the total: where
    it is not exact, or differs from the total the stated totals give."""
    found = summary.caps_range if figure is Figure.CAPS else summary.goals_range
    total = summary.caps if figure is Figure.CAPS else summary.goals
    if found is None or total.tied or (found.exact is not None and found.exact == total.value):
        return None  # sources disagreeing for one date: the total says so
    if found.exact is None and found.max is None and found.min == 0:
        return None  # nothing known: the total says so
    return found


def _range_basis(cite: _Citer, found: Range, noun: str) -> tuple[Piece, ...]:
    """What binds each end of a range, a line each: words, citations, what was added."""
    parts: list[Piece] = []
    ends = [(found.min_binding, True), (found.max_binding, False)]
    if found.exact is not None and found.min_binding == found.max_binding:
        ends = ends[:1]
    for binding, low in ends:
        if parts:
            parts.append(BREAK)
        head, tail = words.binding(binding, noun, low)
        parts.append(head)
        if binding is not None and binding.cite:
            parts += [" ", cite(binding.cite)]
        if tail:
            parts.append(tail)
    return tuple(parts)


def _figure_row(
    cite: _Citer, summary: CareerSummary, figure: Figure, unknown: str, known: bool
) -> tuple[Cell, ...]:
    label, noun = ("Caps", "appearance") if figure is Figure.CAPS else ("Goals", "goal")
    total = summary.caps if figure is Figure.CAPS else summary.goals
    shown = _range_shown(summary, figure) if known else None
    if shown is not None:
        return (label, words.range_value(shown), _range_basis(cite, shown, noun))
    return (label, words.count(total, unknown), _basis(cite, total, noun) if known else "")


def _century_row(summary: CareerSummary, unknown: str) -> tuple[Cell, ...]:
    """``Caps short of a century``: how many, or ``reached`` once the caps are 100 or more
    (counted caps past 100 reach it too: the real total is at least that)."""
    short, caps = summary.caps_short_of_century, summary.caps
    rule = words.SHORT_OF_CENTURY_RULE.format(century=CENTURY)
    if short is None:
        return ("Caps short of a century", unknown, rule)
    known = summary.caps_range
    if short == 0:
        reached = words.count(caps, unknown)
        if known is not None and _range_shown(summary, Figure.CAPS) is not None:
            reached = words.range_value(known)
        return ("Caps short of a century", "reached", f"{reached} caps")
    at_most = "at most " if (caps.lower_bound if known is None else known.exact is None) else ""
    return ("Caps short of a century", f"{at_most}{short}", rule)


def _headline(cite: _Citer, summary: CareerSummary, drafted: bool = False) -> Table:
    first, absence = summary.debut, summary.longest_absence
    unknown = words.before(summary.before)
    # Before the birth or the debut, a figure not known is "not yet", and no basis is needed.
    known = summary.before is None
    rows: list[tuple[Cell, ...]] = [
        _figure_row(cite, summary, Figure.CAPS, unknown, known),
        _figure_row(cite, summary, Figure.GOALS, unknown, known),
        (
            "Goals per cap",
            unknown if summary.goals_per_cap is None else f"{summary.goals_per_cap:.2f}",
            words.GOALS_PER_CAP_RULE,
        ),
        _century_row(summary, unknown),
    ]
    if first is not None:
        scored = f"scored {goals_in(first)}" if goals_in(first) else ""
        detail = ", ".join(part for part in (words.started(first.started), scored) if part)
        rows.append(
            (
                "Debut",
                f"{first.match.date.human()} v {first.match.opponent}",
                _joined(detail, cite(first.cite)),
            )
        )
    elif summary.before is not None:
        rows.append(("Debut", unknown, ""))
    else:
        rows.append(("Debut", NOT_KNOWN, "no appearance is marked as the debut"))
    retirement = summary.career.retirement
    if retirement is not None:
        rows.append(("Retired", retirement.date.human(), cite(retirement.cite)))
    elif drafted:
        rows.append(("Retired", NOT_KNOWN, words.DRAFT_RETIREMENT))
    else:
        rows.append(("Retired", "not retired", ""))
    span = summary.span
    rows.append(
        (
            "Career span",
            unknown if span is None else span.in_words(),
            "" if span is None else f"{span.start} to {span.end}",
        )
    )
    born = summary.career.player.born
    born_note = "" if born is None else f"born {born.human()}"
    rows.append(("Age at debut", words.years(summary.age_at_debut, unknown), born_note))
    rows.append(("Age at retirement", words.years(summary.age_at_retirement, unknown), born_note))
    if absence is not None:
        length = words.absence_length(absence)
        around = words.absence_around(absence)
        rows.append(
            (
                "Longest absence",
                absence.span.bounds() if not around else f"{absence.span.bounds()} ({around})",
                (
                    f"{length}, {absence.absence.kind.label}: {absence.absence.reason}; ",
                    cite(absence.absence.cite),
                ),
            )
        )
    columns = (_col("Figure"), _col("Value"), _col("From", 70))
    return Table(columns, _rows(rows))


def _tournament_count(count: TournamentCount | None) -> str:
    return "" if count is None else words.tournament_count(count)


def _played_there(line: TournamentLine) -> Cell:
    """The appearances, the starts among them in brackets and under them the minutes on the
    pitch (``5 (5)*`` over 450 and :data:`MINUTE_MARK`): one column, so that the table keeps
    to 80 columns. A mark follows each figure counted (one for both where appearances and
    starts are)."""
    apps, starts, minutes = line.appearances, line.starts, line.minutes
    shown = _tournament_count(apps)
    if starts is not None and apps is not None:
        shown = (
            f"{apps.value} ({starts.value}){COUNTED_MARK}"
            if apps.counted
            else f"{apps.value} ({_tournament_count(starts)})"
        )
    if minutes is None:
        return shown
    return (shown, BREAK, f"{minutes.value}{MINUTE_MARK}{COUNTED_MARK}")


def _tournaments(cite: _Citer, summary: CareerSummary) -> list[Block]:
    lines = summary.tournaments
    if not lines:
        if summary.before is not None:
            return [Paragraph(f"No tournament yet: {words.before(summary.before)}.")]
        return [Paragraph("No tournament was held during the career, as far as the fixtures know.")]
    rows = []
    for line in lines:
        entry = line.entry
        status = words.tournament_status(line)
        reason = words.why(line)
        why = reason or (entry.note if entry else None) or ""
        if entry is not None and entry.note and reason:
            why = f"{reason}. {entry.note}"
        finish = (
            UNDER_WAY
            if line.under_way
            else NOT_STATED
            if line.team_finish is None
            else line.team_finish.finish.label
        )
        rows.append(
            (
                line.tournament.name,
                status,
                _played_there(line),
                _tournament_count(line.goals),
                finish,
                why,
                cite(line.cite),
            )
        )
    played, missed = len(summary.tournaments_played), len(summary.tournaments_missed)
    under_way = sum(1 for line in lines if line.under_way)
    unknown = len(lines) - played - missed - under_way
    caption = f"{played} played, {missed} missed"
    if unknown:
        caption += f", {unknown} {NOT_STATED}"
    if under_way:
        caption += f", {under_way} {UNDER_WAY}"
    columns = (
        _col("Tournament"),
        _col("Status"),
        _number("Apps"),
        _number("Goals"),
        _fixed(summary.career.team.name),
        _col("Why / note", 36),
        _cites_column(),
    )
    blocks: list[Block] = [Heading(f"Tournaments ({caption})"), Table(columns, _rows(rows))]
    counts = [count for line in lines for count in (line.appearances, line.goals)]
    if any(count is not None and count.counted for count in counts):
        at_least = any(count is not None and count.at_least for count in counts)
        blocks.append(Note(words.counted_note(at_least)))
    if any(line.starts is not None for line in lines):
        blocks.append(Note(STARTS_NOTE))
    return blocks


def _absences(cite: _Citer, career: Career, longest: AbsenceSpan | None = None) -> list[Block]:
    rows = []
    for absence in sorted(career.absences, key=lambda a: a.start.sort_key()):
        bounded = longest if longest is not None and longest.absence is absence else None
        length: Cell = absence_span(absence).in_words()
        if bounded is not None and bounded.tightened:
            # A line each: the length within the bounds, then the appearances that bound it.
            around = words.absence_around(bounded).split(", ")
            lines = [words.absence_length(bounded, days=False), *around]
            length = tuple(piece for line in lines for piece in (BREAK, line))[1:]
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
                length,
                absence.kind.label,
                reason,
                cite((*absence.cite, *(absence.injury.cite if absence.injury else ()))),
            )
        )
    columns = (
        _fixed("From"),
        _fixed("To"),
        _fixed("Length"),
        _col("Kind"),
        _col("Reason", REASON_WIDTH),
        _cites_column(),
    )
    return [Heading("Absences"), Table(columns, _rows(rows), empty="None recorded.")]


def _honours(cite: _Citer, career: Career) -> list[Block]:
    rows = [
        (
            honour.name,
            honour.kind.label,
            "" if honour.date is None else honour.date.human(),
            honour.team or "",
            cite(honour.cite),
        )
        for honour in career.honours
    ]
    columns = (_col("Honour"), _col("Kind"), _fixed("Date"), _col("Team"), _cites_column())
    return [Heading("Honours"), Table(columns, _rows(rows), empty="None recorded.")]


def _milestones(summary: CareerSummary) -> list[Block]:
    rows = []
    dated = summary.dated_milestones or (None,) * len(summary.milestones)
    for found, when in zip(summary.milestones, dated, strict=True):
        total = summary.caps if found.kind == "caps" else summary.goals
        known = summary.caps_range if found.kind == "caps" else summary.goals_range
        rows.append(
            (
                f"{found.threshold} {found.kind}",
                words.milestone(found, total, known),
                words.milestone_date(when),
            )
        )
    columns = (_col("Milestone"), _col("Status"), _col("When", 50))
    table = Table(columns, _rows(rows), empty="No totals are known.")
    return [Heading("Milestones"), table]


def summary_page(
    summary: CareerSummary,
    claims: ClaimReport | None = None,
    coverage: Coverage | None = None,
    as_of: PartialDate | None = None,
    drafted_from: Sequence[str] | None = None,
) -> Page:
    """The summary: headline figures, tournaments, absences, milestones, honours, sources.

    ``drafted_from`` names the data sets of a career drafted from them alone (no fixture): a
    line under the title says so, and its retirement is not known rather than "not retired"."""
    as_of = as_of if as_of is not None else summary.as_of
    career = summary.career
    cite = _Citer(cited_sources(summary))
    lines = []
    if claims is not None:
        lines.append(f"{claims.headline()} (careerstats claims {career.player.id})")
    if coverage is not None:
        lines.append(f"{coverage.headline()} (careerstats goals {career.player.id})")
    title = _title(career, "" if as_of is None else f", as of {as_of.human()}")
    notice = None
    if drafted_from is not None:
        notice = words.drafted(career.player.name, drafted_from)
    blocks: list[Block] = [
        Title(title),
        *([] if notice is None else [Paragraph(notice)]),
        _headline(cite, summary, drafted=drafted_from is not None),
        *map(Paragraph, lines),
        *_tournaments(cite, summary),
        *_absences(cite, career, summary.longest_absence),
        *_milestones(summary),
        *_honours(cite, career),
        *cite.table(),
    ]
    record = records.summary_record(summary, as_of, cited_sources(summary))
    if claims is not None:
        record |= records.claims_record(claims)
    if coverage is not None:
        record["coverage"] = records.coverage_record(coverage)
    if drafted_from is not None:
        record["notice"] = notice
        record["drafted_from"] = list(drafted_from)
    return Page(title, tuple(blocks), record)


# --- a career's recorded facts -------------------------------------------------------------------


def career_page(career: Career) -> Page:
    """A career's recorded facts (not its figures: see :func:`summary_page`): what a notebook
    shows for a :class:`~careerstats.model.Career`."""
    cite = _Citer([s for s in career.sources if s.file in _own_citations(career)])
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
            words.started(cap.started),
            str(goals_in(cap) or ""),
            cite(cap.cite),
        )
        for cap in career.appearances
    ]
    totals = [
        (
            "" if total.caps is None else str(total.caps),
            "" if total.goals is None else str(total.goals),
            "career end" if total.final else str(total.as_of),
            cite(total.cite),
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
                "" if entry.appearances is None else str(entry.appearances),
                "" if entry.goals is None else str(entry.goals),
                why,
                cite(entry.cite),
            )
        )
    appearance_columns = (
        _fixed("Date"),
        _col("Opponent"),
        _fixed("Score"),
        _col("Competition", 24),
        _fixed("Started"),
        _number("Goals"),
        _cites_column(),
    )
    total_columns = (_number("Caps"), _number("Goals"), _fixed("As of"), _cites_column())
    entry_columns = (
        _col("Tournament"),
        _fixed("Status"),
        _number("Apps"),
        _number("Goals"),
        _col("Why / note", REASON_WIDTH),
        _cites_column(),
    )
    none = "None recorded."
    title = _title(career)
    blocks: list[Block] = [
        Title(title),
        Paragraph(f"{'; '.join(facts)}. Recorded: {recorded}."),
        Heading("Appearances"),
        Table(appearance_columns, _rows(appearances), none),
        Heading("Stated totals"),
        Table(total_columns, _rows(totals), none),
        Heading("Tournament entries"),
        Table(entry_columns, _rows(entries), none),
        *_absences(cite, career),
        *_honours(cite, career),
        *cite.table(),
    ]
    record = {
        "player": career.player.id,
        "appearances": records.appearance_rows(career),
        "goals": records.goal_rows(career),
        "absences": records.absence_rows(career),
    }
    return Page(title, tuple(blocks), record)


# --- claims --------------------------------------------------------------------------------------


def claims_page(report: ClaimReport, only: str | None = None) -> Page:
    """The claim report; ``only`` keeps ``contradictions``, ``disagreements`` or ``unchecked``."""
    checks, disagreements = report.checks, report.disagreements
    if only == "contradictions":
        checks, disagreements = tuple(c for c in checks if c.verdict is Verdict.CONTRADICTS), ()
    elif only == "unchecked":
        checks, disagreements = tuple(c for c in checks if c.verdict is Verdict.UNCHECKED), ()
    elif only == "disagreements":
        checks = ()
    contradictions = report.contradictions if only in (None, "contradictions") else ()
    title = _title(report.career, ": claims")
    datasets = _data_set_files(report.career)

    def build(cite: _Citer) -> list[Block]:
        return _claims_blocks(cite, checks, disagreements, contradictions, datasets, only)

    blocks: list[Block] = [
        Title(title),
        Paragraph(report.headline()),
        *_citing_only_what_is_cited(cited_sources(report.summary), build),
    ]
    shown = attrs.evolve(
        report, checks=checks, disagreements=disagreements, contradictions=contradictions
    )
    record = {"player": report.career.player.id, "headline": report.headline()}
    return Page(title, tuple(blocks), record | records.claims_record(shown))


def _data_set_files(career: Career) -> frozenset[str]:
    from careerstats.model import SourceKind

    return frozenset(s.file for s in career.sources if s.kind is SourceKind.DATASET)


def _computed(cite: _Citer, check: Check, datasets: frozenset[str]) -> Cell:
    """What the data computes for a claim, and the data sets it comes from (their credit is
    owed wherever their data is shown)."""
    shown = words.value(check.computed)
    used = [c for c in check.basis if c.file in datasets]
    return (shown, " ", cite(used)) if shown and used else shown


def _claims_blocks(
    cite: _Citer,
    checks: Sequence[Check],
    disagreements: Sequence[Disagreement],
    contradictions: Sequence[Contradiction],
    datasets: frozenset[str],
    only: str | None,
) -> list[Block]:
    """The claims page's tables, citing against ``cite``."""
    blocks: list[Block] = []
    if only != "disagreements":
        rows = tuple(
            Row(
                (
                    c.verdict.value,
                    words.subject(c.subject),
                    words.value(c.stated),
                    _computed(cite, c, datasets),
                    _note(cite, c.note),
                    cite(c.cite),
                ),
                kind=c.verdict.value,
            )
            for c in checks
        )
        columns = (
            _fixed("Verdict"),
            _col("Claim", 28),
            _col("Stated", 30),
            _col("Computed", 30),
            _col("Note", 30),
            Column("Source", wrap=14),
        )
        blocks += [Heading(f"Checks ({len(rows)})"), Table(columns, rows)]
    if only in (None, "disagreements"):
        found = []
        for d in disagreements:
            versions: list[Piece] = []
            for version in d.versions:
                if versions:
                    versions.append(BREAK)
                versions += [cite(version.cite), f": {words.value(version.value)}"]
            found.append((words.subject(d.subject), d.field, tuple(versions), d.differences))
        columns = (  # type: ignore[assignment]  # another table, other columns
            _col("About", 24),
            _fixed("What"),
            _col("Versions", 50),
            _col("How they differ", 30),
        )
        blocks += [
            Heading(f"Disagreements between sources ({len(disagreements)})"),
            Table(columns, _rows(found)),
        ]
    if contradictions:
        blocks += _evidence_contradictions(cite, contradictions)
    return blocks


# --- running totals ------------------------------------------------------------------------------


def _ends(cite: _Citer, found: Range, noun: str, label: str) -> list[Piece]:
    """What binds a range's ends, a line each beginning with ``label``."""
    lines: list[list[Piece]] = [[]]
    for piece in _range_basis(cite, found, noun):
        if piece is BREAK:
            lines.append([])
        else:
            lines[-1].append(piece)
    parts: list[Piece] = []
    for line in lines:
        parts += [*([BREAK] if parts else []), f"{label}, ", *line]
    return parts


def totals_page(
    career: Career, rows: Sequence[Standing], every: str, as_of: PartialDate | None = None
) -> Page:
    """Caps and goals over the career, a row per match (month, year), each with what binds it."""
    cited = {
        c.file
        for standing in rows
        for found in (standing.caps, standing.goals)
        for binding in (found.min_binding, found.max_binding)
        if binding is not None
        for c in binding.cite
    }
    cited |= _data_sets_counted(career)
    cite = _Citer([s for s in (*career.sources, *_extra(career)) if s.file in cited])
    table_rows = []
    for standing in rows:
        caps, goals = standing.caps, standing.goals
        why = [
            *_ends(cite, caps, "appearance", "caps"),
            BREAK,
            *_ends(cite, goals, "goal", "goals"),
        ]
        table_rows.append(
            (
                standing.date.isoformat(),
                words.range_value(caps),
                words.range_value(goals),
                tuple(why),
            )
        )
    columns = (_fixed("Date"), _number("Caps"), _number("Goals"), _col("What binds them", 70))
    suffix = f": caps and goals after each {every}"
    if as_of is not None:
        suffix += f", to {as_of.human()}"
    title = _title(career, suffix)
    blocks: list[Block] = [
        Title(title),
        Table(columns, _rows(table_rows), empty="No caps or goals are known."),
        *cite.table(),
    ]
    return Page(title, tuple(blocks), records.totals_record(career.player.id, every, rows))


def _data_sets_counted(career: Career) -> set[str]:
    """The data-set files the career's appearances cite (a World Cup line-up): a page that
    counts the appearances recorded lists them among its sources, and so shows the credit a
    data set's licence asks for wherever its data is used."""
    from careerstats.model import SourceKind

    cited = {c.file for appearance in career.appearances for c in appearance.cite}
    return {s.file for s in career.sources if s.kind is SourceKind.DATASET and s.file in cited}


def _extra(career: Career) -> list[Source]:
    """The data set's results, cited by the team's calendar where one is used."""
    from careerstats.model import SourceKind

    return (
        [
            Source(
                file="international_results/results.csv",
                kind=SourceKind.DATASET,
                title="International football results from 1872",
                description="The team's matches: the calendar that bounds caps and goals",
            )
        ]
        if career.source("international_results/results.csv") is None
        else []
    )


def _piece(cite: _Citer, statement: Statement) -> tuple[Piece, ...]:
    when = "at the career's end" if statement.final else f"as of {statement.as_of}"
    return (f"{statement.value} {statement.figure.value} {when} ", cite(statement.cite))


def _evidence_contradictions(cite: _Citer, contradictions: Sequence[Contradiction]) -> list[Block]:
    """Evidence that cannot all be true: what they say, and every piece, a line each."""
    rows = []
    for found in contradictions:
        pieces: list[Piece] = []
        for statement in found.statements:
            pieces += [*([BREAK] if pieces else []), *_piece(cite, statement)]
        for cap in found.appearances:
            shown = f"appearance {cap.match.date} v {cap.match.opponent} "
            pieces += [*([BREAK] if pieces else []), shown, cite(cap.cite)]
        if found.matches is not None and not found.appearances:
            calendar = [c for c in found.cite if c.file == "international_results/results.csv"]
            if calendar:
                pieces += [BREAK, "the team's matches ", cite(calendar)]
        rows.append(
            Row(
                (
                    "certain" if found.certain else "possible",
                    found.kind.value,
                    words.contradiction(found),
                    tuple(pieces),
                ),
                kind="contradicts" if found.certain else "unchecked",
            )
        )
    columns = (_fixed("Certainty"), _fixed("Kind"), _col("What", 40), _col("Pieces", 50))
    heading = f"Evidence that cannot all be true ({len(rows)})"
    return [Heading(heading), Table(columns, tuple(rows))]


# --- the international results data set ----------------------------------------------------------


def goals_page(
    career: Career,
    goals: Sequence[PlayerGoal],
    found: Coverage,
    numbers: Sequence[RecordedGoal | None] = (),
) -> Page:
    """A player's goals in the data set, numbered, with the coverage they give; with
    ``numbers`` (:func:`~careerstats.reconcile.numbered_goals`), each goal's running goal
    number in his career and the cap it came on, exact or a range."""
    rows = []
    numbered = list(numbers) or [None] * len(goals)
    for number, (item, recorded) in enumerate(zip(goals, numbered, strict=True), 1):
        score = item.score
        shootout = item.match.shootout_winner if item.match else None
        rows.append(
            (
                str(number),
                item.date.isoformat(),
                item.opponent,
                "" if item.venue is None else item.venue.value,
                ("" if score is None else str(score))
                + (f" ({shootout} on penalties)" if shootout else ""),
                item.competition,
                "" if item.goal.minute is None else str(item.goal.minute),
                "yes" if item.goal.penalty else "",
                "" if recorded is None else str(recorded.goal_number),
                "" if recorded is None else str(recorded.cap_number),
            )
        )
    columns = (
        _number("#"),
        _fixed("Date"),
        _col("Opponent"),
        _col("Venue"),
        _col("Score"),
        _col("Competition"),
        _number("Minute"),
        _col("Penalty"),
        _number("Goal"),
        _number("Cap"),
    )
    title = f"{_title(career)}: goals in the international results data set"
    blocks: list[Block] = [
        Title(title),
        Paragraph(found.headline()),
        Table(columns, _rows(rows), empty="No goal found under his name."),
    ]
    if found.unrecorded:
        years = ", ".join(f"{u.year} ({u.team_goals} in {u.matches})" for u in found.unrecorded)
        blocks.append(
            Paragraph(
                f"{career.team.name} goals with no scorer in the data set, in years he was with "
                f"the team (goals in matches): {years}"
            )
        )
    counted = _data_sets_counted(career) if numbers else set()
    if counted:  # the goal and cap numbers count the appearances recorded
        blocks += _Citer([s for s in career.sources if s.file in counted]).table()
    return Page(title, tuple(blocks), records.goals_record(career, goals, found, numbered))


def scorers_page(
    totals: Sequence[ScorerTotal],
    title: str,
    filters: Mapping[str, object] | None = None,
    coverage: ScorerCoverage | None = None,
) -> Page:
    """A leaderboard of scorers, ending with how many of the goals have a scorer named."""
    rows = [
        (
            str(rank),
            t.scorer,
            t.team,
            str(t.goals),
            str(t.penalties),
            t.first.isoformat(),
            t.last.isoformat(),
        )
        for rank, t in enumerate(totals, 1)
    ]
    columns = (
        _number("#"),
        _fixed("Scorer"),  # a name as the data set spells it, whole
        _col("Team"),
        _number("Goals"),
        _number("Penalties"),
        _fixed("First"),
        _fixed("Last"),
    )
    blocks: list[Block] = [
        Title(title),
        Table(columns, _rows(rows), empty="No goal matches these filters."),
    ]
    text = None if coverage is None else words.scorer_coverage(coverage)
    if text is not None:
        blocks.append(Paragraph(text))
    return Page(
        title, tuple(blocks), records.scorers_record(totals, title, filters, coverage, text)
    )


def players_page(refs: Sequence[PlayerRef]) -> Page:
    """The players of the fixtures folders: id, name and file, and the folder where they come
    from several."""
    from careerstats.fixtures.folder import from_several_folders

    columns: tuple[Column, ...] = (_fixed("Id"), _fixed("Name"), _fixed("File"))
    rows: list[tuple[Cell, ...]] = [(ref.id, ref.name, ref.path.name) for ref in refs]
    if from_several_folders(refs):
        columns += (_fixed("Folder"),)
        rows = [(*row, str(ref.folder)) for row, ref in zip(rows, refs, strict=True)]
    table = Table(  # ids, names, files and folders are copied whole: they never wrap
        columns,
        _rows(rows),
        empty="No players in this fixtures folder.",
    )
    return Page("Players", (table,), records.players_record(refs))


# --- validate ------------------------------------------------------------------------------------

DIAGNOSTICS = frozenset({"note", "error", "warning", "summary"})
"""The kinds of the validation page's lines that the command's text goes to standard error
with: everything but the ``FILE: ok`` lines."""

PARAGRAPHS_NOT_CHECKED = "paragraphs not checked: no articles folder (--articles DIR)"
"""Beside "ok" where no articles folder was found: else it would pass for a check of every
citation's paragraph."""


def validation_page(report: ValidationReport) -> Page:
    """What ``careerstats validate`` finds, a line each: for each file, the note on which
    shared files it was checked with, then its problems, then ``FILE: ok`` where it does not
    fail; last, the count of problems where there are any."""
    lines: list[Block] = []
    for result in report.results:
        if result.folder_note is not None:
            lines.append(Line(f"{result.path}: note: {result.folder_note}", "note"))
        lines += [Line(str(problem), problem.severity.value) for problem in result.problems]
        if not result.fails(report.strict):
            notes = [plural(len(result.problems), "warning")] if result.problems else []
            if not result.paragraphs_checked:
                notes.append(PARAGRAPHS_NOT_CHECKED)
            lines.append(Line(f"{result.path}: ok{''.join(f', {n}' for n in notes)}", "ok"))
    errors, warnings = report.errors, report.warnings
    if errors or warnings:
        with_problems = sum(bool(result.problems) for result in report.results)
        strict = " (--strict: warnings count as errors)" if report.strict and warnings else ""
        lines.append(
            Line(
                f"{with_problems} of {plural(len(report.results), 'file')} with problems: "
                f"{plural(errors, 'error')}, {plural(warnings, 'warning')}{strict}",
                "summary",
            )
        )
    return Page("careerstats validate", tuple(lines), records.validation_record(report))
