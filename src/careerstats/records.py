"""The records of every page, made once: what JSON writes and what each DataFrame holds.

One cattrs converter unstructures the results (hooks for :class:`PartialDate`,
:class:`Citation`, :class:`Years` and enums, renames where the schema needs them), the way
cattrs' ``preconf/json.py`` configures a converter per type instead of writing dicts by hand.
JSON is these records; each DataFrame (:mod:`careerstats.frames`) is the same records with its
fixed dtypes, under the same names. docs/statistics.md and docs/claims.md describe every field.
"""

from __future__ import annotations

import datetime
import enum
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

import cattrs

from careerstats import words
from careerstats.checks import Check, ClaimReport, Disagreement, Subject, Version
from careerstats.dates import PartialDate, Span, Years
from careerstats.errors import Problem
from careerstats.evidence import (
    Binding,
    Contradiction,
    DatedMilestone,
    Range,
    RecordedGoal,
    Standing,
)
from careerstats.model import Career, Citation, Source
from careerstats.statistics import (
    AbsenceSpan,
    CareerSummary,
    Total,
    TournamentCount,
    TournamentLine,
    absence_span,
    goals_in,
)

if TYPE_CHECKING:
    from careerstats.datasets.international_results import ScorerCoverage, ScorerTotal
    from careerstats.fixtures import PlayerRef
    from careerstats.reconcile import Coverage, PlayerGoal
    from careerstats.validated import ValidationReport

__all__ = [
    "SCHEMA_VERSION",
    "SUMMARY_SCHEMA",
    "Record",
    "absence_rows",
    "appearance_rows",
    "check_rows",
    "claims_record",
    "contradiction_rows",
    "converter",
    "coverage_record",
    "date_fields",
    "disagreement_rows",
    "goal_rows",
    "goals_record",
    "players_record",
    "range_record",
    "scorers_record",
    "summary_record",
    "summary_row",
    "totals_record",
    "totals_rows",
    "tournament_rows",
    "validation_record",
]

Record = dict[str, Any]

SCHEMA_VERSION = 2
"""The JSON schema: bumped on any incompatible change (CHANGELOG.md lists the renames)."""
SUMMARY_SCHEMA = f"careerstats/summary/{SCHEMA_VERSION}"
"""Names the shape of the summary's JSON object."""

converter = cattrs.Converter()
"""Results into plain values: dates as written, citations as ``file#paragraph``, enums by
value, ranges of years as ``{"years", "min", "max"}``."""
converter.register_unstructure_hook(PartialDate, str)
converter.register_unstructure_hook(Citation, str)
converter.register_unstructure_hook_func(
    lambda kind: isinstance(kind, type) and issubclass(kind, enum.Enum),
    lambda member: member.value,
)
converter.register_unstructure_hook(datetime.date, lambda day: day.isoformat())
converter.register_unstructure_hook(
    Years, lambda value: {"years": value.exact, "min": value.low, "max": value.high}
)
converter.register_unstructure_hook(
    tuple, lambda items: [converter.unstructure(item) for item in items]
)
converter.register_unstructure_hook(Subject, words.subject)
converter.register_unstructure_hook(
    Version, lambda version: {"value": words.value(version.value), "cite": _cites(version.cite)}
)
converter.register_unstructure_hook(
    Problem,
    lambda problem: {
        "file": problem.file,
        "location": problem.place,  # the schema's name for a problem's place
        "severity": problem.severity.value,
        "message": problem.message,
    },
)


def _day(value: datetime.date) -> datetime.date:
    """A plain :class:`datetime.date` (not pendulum's subclass), for any consumer of records."""
    return datetime.date(value.year, value.month, value.day)


def date_fields(name: str, value: PartialDate | None, plain: bool = False) -> Record:
    """A partial date as four fields: as written, earliest and latest day, and precision.

    The days are :class:`datetime.date` (for frames) or, with ``plain``, ISO text (for JSON).
    """
    if value is None:
        return dict.fromkeys((name, f"{name}_earliest", f"{name}_latest", f"{name}_precision"))
    earliest, latest = _day(value.earliest), _day(value.latest)
    return {
        name: str(value),
        f"{name}_earliest": earliest.isoformat() if plain else earliest,
        f"{name}_latest": latest.isoformat() if plain else latest,
        f"{name}_precision": value.precision.name.lower(),
    }


def _cites(citations: Iterable[Citation]) -> list[str]:
    return [str(citation) for citation in citations]


def _total(total: Total) -> Record:
    return {
        "value": total.value,
        "basis": words.basis(total),
        "lower_bound": total.lower_bound,
        "counted_events": total.counted,
        "stated_by": _cites(total.cite),
        "other_stated_values": list(total.other_values),
        "tied_values": list(total.tied),
    }


def _binding(found: Binding | None, noun: str, low: bool) -> Record | None:
    """One end's binding: its kind, value, the statement's value and date, the counts added
    or taken, the matches counted, its citations and its words (without the citations)."""
    if found is None:
        return None
    head, tail = words.binding(found, noun, low)
    statement = found.statement
    return {
        "end": "min" if low else "max",
        "kind": found.kind.value,
        "value": found.value,
        "statement": None if statement is None else statement.value,
        "statement_index": None if statement is None else statement.index,
        "date": converter.unstructure(found.date),
        "added": found.added,
        "taken": found.taken,
        "matches": found.matches,
        "cite": _cites(found.cite),
        "text": head + tail,
    }


def range_record(found: Range | None, noun: str) -> Record | None:
    """``{"min", "max", "exact", "binding"}``: a figure from all the evidence, each end's
    binding in ``binding`` (min first; none for an open ``max``)."""
    if found is None:
        return None
    ends = [_binding(found.min_binding, noun, True), _binding(found.max_binding, noun, False)]
    return {
        "min": found.min,
        "max": found.max,
        "exact": found.exact is not None,
        "binding": [end for end in ends if end is not None],
    }


def _dated(found: DatedMilestone | None) -> Record | None:
    if found is None:
        return None
    return {
        "status": found.status.value,
        "earliest": converter.unstructure(found.earliest),
        "latest": converter.unstructure(found.latest),
        "text": words.milestone_date(found) or None,
    }


def _bounds(found: AbsenceSpan) -> Record:
    """An absence's bounds from the appearances recorded around it, and the length within."""
    bounds = found.bounds
    if bounds is None:
        return {"after": None, "before": None, "bounded_longest_days": found.longest_days}
    return {
        "after": None if bounds.last_before is None else str(bounds.last_before.match.date),
        "before": None if bounds.first_after is None else str(bounds.first_after.match.date),
        "bounded_longest_days": found.longest_days,
        "bounded_years": converter.unstructure(found.years),
    }


def _span(span: Span | None) -> Record | None:
    if span is None:
        return None
    return {
        "from": str(span.start),
        "to": str(span.end),
        "shortest_days": span.shortest_days,
        "longest_days": span.longest_days,
        "years": converter.unstructure(span.years),
    }


def _count_from(count: TournamentCount | None) -> str | None:
    """Where a tournament's appearances or goals come from: ``entry`` or ``counted``."""
    if count is None:
        return None
    return "counted" if count.counted else "entry"


def tournament_rows(lines: Sequence[TournamentLine], team: str, plain: bool = True) -> list[Record]:
    """One record per tournament line: the ``tournaments`` of the summary's JSON and the rows
    of the tournaments frame, under the same names."""
    rows = []
    for line in lines:
        tournament, entry, finish = line.tournament, line.entry, line.team_finish
        apps, goals, starts, minutes = line.appearances, line.goals, line.starts, line.minutes
        rows.append(
            {
                "tournament": tournament.id,
                "name": tournament.name,
                "edition": tournament.edition,
                **date_fields("start", tournament.start, plain),
                **date_fields("end", tournament.end, plain),
                "status": converter.unstructure(line.status),
                "played": line.played,
                "status_from": "entry" if entry else ("absence" if line.during else None),
                "appearances": None if apps is None else apps.value,
                "goals": None if goals is None else goals.value,
                "appearances_from": _count_from(apps),
                "goals_from": _count_from(goals),
                "appearances_at_least": None if apps is None else apps.at_least,
                "goals_at_least": None if goals is None else goals.at_least,
                "starts": None if starts is None else starts.value,
                "minutes": None if minutes is None else minutes.value,
                "squad_status": converter.unstructure(line.squad_status),
                "under_way": line.under_way,
                "team": team,
                "team_finish": None if finish is None else finish.finish.value,
                "reason": words.why(line),
                "note": None if entry is None else entry.note,
                "cite": _cites(line.cite),
            }
        )
    return rows


def appearance_rows(career: Career, plain: bool = True) -> list[Record]:
    """One record per appearance, in the career's order: the rows of the appearances frame."""
    rows = []
    for appearance in career.appearances:
        match = appearance.match
        score, shootout = match.score, match.shootout
        rows.append(
            {
                **date_fields("date", match.date, plain),
                "opponent": match.opponent,
                "venue": converter.unstructure(match.venue),
                "competition": match.competition,
                "competition_name": match.competition_name,
                "scored": None if score is None else score.scored,
                "conceded": None if score is None else score.conceded,
                "shootout_scored": None if shootout is None else shootout.scored,
                "shootout_conceded": None if shootout is None else shootout.conceded,
                "started": appearance.started,
                "minutes": appearance.minutes,
                "debut": appearance.debut,
                "goals": goals_in(appearance),
                "own_goals": sum(1 for goal in appearance.goals if goal.own_goal),
                "cite": _cites(appearance.cite),
            }
        )
    return rows


def goal_rows(career: Career, plain: bool = True) -> list[Record]:
    """One record per goal event (own goals too, flagged) with its match; ``appearance`` is
    the position of its appearance in ``career.appearances``."""
    return [
        {
            "appearance": number,
            **date_fields("date", appearance.match.date, plain),
            "opponent": appearance.match.opponent,
            "competition": appearance.match.competition,
            "competition_name": appearance.match.competition_name,
            "minute": goal.minute,
            "period": converter.unstructure(goal.period),
            "penalty": goal.penalty,
            "own_goal": goal.own_goal,
            "cite": _cites(appearance.cite),
        }
        for number, appearance in enumerate(career.appearances)
        for goal in appearance.goals
    ]


def absence_rows(career: Career, plain: bool = True) -> list[Record]:
    """One record per absence, in the career's order, its length in days as a range, and its
    injury's fields (``None`` where it has none)."""
    rows = []
    for absence in career.absences:
        span, injury = absence_span(absence), absence.injury
        rows.append(
            {
                **date_fields("start", absence.start, plain),
                **date_fields("end", absence.end, plain),
                "shortest_days": span.shortest_days,
                "longest_days": span.longest_days,
                "kind": absence.kind.value,
                "reason": absence.reason,
                "injury_body_part": None if injury is None else injury.body_part,
                **date_fields(
                    "injury_occurred", None if injury is None else injury.occurred, plain
                ),
                "injury_circumstances": None if injury is None else injury.circumstances,
                "injury_diagnosis": None if injury is None else injury.diagnosis,
                "injury_expected_recovery_weeks": (
                    None if injury is None else injury.expected_recovery_weeks
                ),
                **date_fields(
                    "injury_return_not_before",
                    None if injury is None else injury.return_not_before,
                    plain,
                ),
                "cite": _cites(absence.cite),
                "injury_cite": None if injury is None else _cites(injury.cite),
            }
        )
    return rows


def _total_fields(name: str, total: Total) -> Record:
    return {
        name: total.value,
        f"{name}_counted": total.counted,
        f"{name}_lower_bound": total.lower_bound,
        f"{name}_basis": words.basis(total),
        f"{name}_cite": _cites(total.cite),
    }


def _span_fields(name: str, span: Span | None) -> Record:
    return {
        f"{name}_shortest_days": None if span is None else span.shortest_days,
        f"{name}_longest_days": None if span is None else span.longest_days,
    }


def _years_fields(name: str, years: Years | None) -> Record:
    """A range of years as ``_min`` and ``_max``."""
    return {
        f"{name}_min": None if years is None else years.low,
        f"{name}_max": None if years is None else years.high,
    }


def summary_row(summary: CareerSummary, plain: bool = True) -> Record:
    """The headline figures flat, one row per career: the summary frame's row. Ranges (ages,
    spans) are a ``_min`` and a ``_max`` field."""
    career = summary.career
    first, absence, span = summary.debut, summary.longest_absence, summary.span
    return {
        "player": career.player.id,
        "name": career.player.name,
        "team": career.team.name,
        **date_fields("born", career.player.born, plain),
        **_total_fields("caps", summary.caps),
        **_total_fields("goals", summary.goals),
        "goals_per_cap": summary.goals_per_cap,
        "caps_short_of_century": summary.caps_short_of_century,
        **date_fields("debut", None if first is None else first.match.date, plain),
        "debut_opponent": None if first is None else first.match.opponent,
        **date_fields("retirement", summary.retirement, plain),
        **_span_fields("career_span", span),
        **_years_fields("career_span_years", None if span is None else span.years),
        **_years_fields("age_at_debut", summary.age_at_debut),
        **_years_fields("age_at_retirement", summary.age_at_retirement),
        **date_fields(
            "longest_absence_start", None if absence is None else absence.absence.start, plain
        ),
        **date_fields(
            "longest_absence_end", None if absence is None else absence.absence.end, plain
        ),
        **_span_fields("longest_absence", None if absence is None else absence.span),
        "longest_absence_kind": None if absence is None else absence.absence.kind.value,
        "tournaments_played": len(summary.tournaments_played),
        "tournaments_missed": len(summary.tournaments_missed),
    }


def _source(source: Source) -> Record:
    return {
        "file": source.file,
        "kind": source.kind.value,
        "title": source.title,
        "publisher": source.publisher,
        "published": converter.unstructure(source.published),
        "description": source.description,
    }


def _exact(total: Total, found: Range | None) -> int | None:
    """``caps`` and ``goals``: the exact value from the evidence, ``None`` where there is none
    (without the evidence's range, the total's value where it is not a lower bound)."""
    if found is None:
        return None if total.lower_bound else total.value
    if total.tied:
        return None
    return found.exact


def summary_record(
    summary: CareerSummary, as_of: PartialDate | None, sources: Sequence[Source]
) -> Record:
    """The summary's JSON object (docs/statistics.md, "The JSON summary")."""
    career = summary.career
    first, absence = summary.debut, summary.longest_absence
    unstructure = converter.unstructure
    return {
        "schema": SUMMARY_SCHEMA,
        "as_of": unstructure(as_of if as_of is not None else summary.as_of),
        "before": None
        if summary.before is None
        else {"event": summary.before.event.value, "date": str(summary.before.date)},
        "player": {
            "id": career.player.id,
            "name": career.player.name,
            "born": unstructure(career.player.born),
        },
        "team": career.team.name,
        "caps": _exact(summary.caps, summary.caps_range),
        "goals": _exact(summary.goals, summary.goals_range),
        "caps_range": range_record(summary.caps_range, "appearance"),
        "goals_range": range_record(summary.goals_range, "goal"),
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
        "retirement": unstructure(summary.retirement),
        "career_span": _span(summary.span),
        "age_at_debut": unstructure(summary.age_at_debut),
        "age_at_retirement": unstructure(summary.age_at_retirement),
        "longest_absence": None
        if absence is None
        else {
            **(_span(absence.span) or {}),
            **_bounds(absence),
            "kind": absence.absence.kind.value,
            "reason": absence.absence.reason,
            "cite": _cites(absence.absence.cite),
        },
        "tournaments": tournament_rows(summary.tournaments, career.team.name),
        "milestones": [
            {
                "kind": m.kind,
                "threshold": m.threshold,
                "reached": m.reached,
                "short_by": m.short_by,
                "when": _dated(when),
            }
            for m, when in zip(
                summary.milestones,
                summary.dated_milestones or (None,) * len(summary.milestones),
                strict=True,
            )
        ],
        "honours": [
            {
                "name": honour.name,
                "kind": honour.kind.value,
                "date": unstructure(honour.date),
                "team": honour.team,
                "cite": _cites(honour.cite),
            }
            for honour in career.honours
        ],
        "sources": [_source(source) for source in sources],
    }


def _ends_text(found: Range, noun: str) -> tuple[str, str | None]:
    """The words of what binds each end (``None`` for an open ``max``)."""
    low = "".join(words.binding(found.min_binding, noun, True))
    high = (
        None
        if found.max_binding is None
        else "".join(words.binding(found.max_binding, noun, False))
    )
    return low, high


def totals_rows(rows: Sequence[Standing], plain: bool = True) -> list[Record]:
    """One record per day of the running totals (``careerstats totals``): the JSON's ``totals``
    and the rows of the totals frame, under the same names. ``caps`` and ``goals`` are exact
    or ``None``; ``_min`` and ``_max`` (``None``: open) the range, ``_min_by`` and ``_max_by``
    what binds each end; ``cite`` the citations of every binding piece."""
    found = []
    for standing in rows:
        record: Record = {"date": standing.date.isoformat() if plain else _day(standing.date)}
        cited: list[str] = []
        for name, value, noun in (
            ("caps", standing.caps, "appearance"),
            ("goals", standing.goals, "goal"),
        ):
            low, high = _ends_text(value, noun)
            record |= {
                name: value.exact,
                f"{name}_min": value.min,
                f"{name}_max": value.max,
                f"{name}_min_by": low,
                f"{name}_max_by": high,
            }
            for binding in (value.min_binding, value.max_binding):
                if binding is not None:
                    cited += [c for c in _cites(binding.cite) if c not in cited]
        record["cite"] = cited
        found.append(record)
    return found


def totals_record(player: str, every: str, rows: Sequence[Standing]) -> Record:
    """The totals page: the player, how often a row is given, and the rows."""
    return {"player": player, "every": every, "totals": totals_rows(rows)}


def check_rows(checks: Iterable[Check]) -> list[Record]:
    """One record per check: the ``claims`` of the JSON and the rows of the claims frame."""
    rows = []
    for check in checks:
        first = check.cite[0]
        rows.append(
            {
                "kind": check.kind,
                "subject": converter.unstructure(check.subject),
                "stated": words.value(check.stated),
                "computed": None if check.computed is None else words.value(check.computed),
                "verdict": check.verdict.value,
                "note": words.note(check.note) or None,
                "reasons": [found.why.value for found in check.note],
                "source": first.file,
                "paragraph": first.paragraph,
                "cite": _cites(check.cite),
                "basis": _cites(check.basis),
            }
        )
    return rows


def disagreement_rows(disagreements: Iterable[Disagreement]) -> list[Record]:
    """One record per version of each disagreement, numbered from 0 (the frame's rows)."""
    return [
        {
            "disagreement": number,
            "subject": converter.unstructure(disagreement.subject),
            "field": disagreement.field,
            "value": words.value(version.value),
            "cite": _cites(version.cite),
            "differences": disagreement.differences or None,
        }
        for number, disagreement in enumerate(disagreements)
        for version in disagreement.versions
    ]


def contradiction_rows(found: Iterable[Contradiction]) -> list[Record]:
    """Evidence that cannot all be true: each set's kind, figure, what it says, every piece."""
    return [
        {
            "kind": item.kind.value,
            "figure": item.figure.value,
            "certain": item.certain,
            "count": item.count,
            "limit": item.limit,
            "matches": item.matches,
            "text": words.contradiction(item),
            "statements": [
                {
                    "index": statement.index,
                    "value": statement.value,
                    "as_of": converter.unstructure(statement.as_of),
                    "final": statement.final,
                    "cite": _cites(statement.cite),
                }
                for statement in item.statements
            ],
            "appearances": [
                {
                    "date": str(cap.match.date),
                    "opponent": cap.match.opponent,
                    "cite": _cites(cap.cite),
                }
                for cap in item.appearances
            ],
            "cite": _cites(item.cite),
        }
        for item in found
    ]


def claims_record(report: ClaimReport) -> Record:
    """``claims``, ``disagreements`` and ``evidence_contradictions``, as in ``careerstats
    claims --format json``."""
    return {
        "evidence_contradictions": contradiction_rows(report.contradictions),
        "claims": check_rows(report.checks),
        "disagreements": [
            {
                "subject": converter.unstructure(d.subject),
                "field": d.field,
                "versions": [converter.unstructure(v) for v in d.versions],
                "differences": d.differences or None,
            }
            for d in report.disagreements
        ],
    }


def coverage_record(found: Coverage) -> Record:
    """How many of the stated goals the data set holds, by category and year."""
    return {
        "stated": found.stated,
        "in_dataset": found.found,
        "missing": found.missing,
        "by_category": dict(found.by_category),
        "first": converter.unstructure(found.first),
        "last": converter.unstructure(found.last),
        "until": converter.unstructure(found.until),
        "years_without_scorers": [
            {"year": u.year, "matches": u.matches, "team_goals": u.team_goals}
            for u in found.unrecorded
        ],
    }


def _goal(number: int, item: PlayerGoal, recorded: RecordedGoal | None = None) -> Record:
    score = item.score
    return {
        "number": number,
        "date": item.date.isoformat(),
        "opponent": item.opponent,
        "venue": converter.unstructure(item.venue),
        "score": None if score is None else {"for": score.scored, "against": score.conceded},
        "shootout_winner": None if item.match is None else item.match.shootout_winner,
        "competition": item.competition,
        "category": item.category,
        "minute": item.goal.minute,
        "penalty": item.goal.penalty,
        "goal_number": None if recorded is None else range_record(recorded.goal_number, "goal"),
        "cap_number": None if recorded is None else range_record(recorded.cap_number, "appearance"),
    }


def goals_record(
    career: Any,
    goals: Sequence[PlayerGoal],
    found: Coverage,
    numbers: Sequence[RecordedGoal | None] = (),
) -> Record:
    """The goals page: the player's goals in the data set (each with its running goal number
    and cap number, where ``numbers`` gives them), and the coverage they give."""
    numbered = list(numbers) or [None] * len(goals)
    return {
        "player": career.player.id,
        "team": career.team.name,
        "goals": [
            _goal(number, item, recorded)
            for number, (item, recorded) in enumerate(zip(goals, numbered, strict=True), 1)
        ],
        "coverage": coverage_record(found),
    }


def scorers_record(
    totals: Sequence[ScorerTotal],
    title: str,
    filters: Mapping[str, object] | None,
    coverage: ScorerCoverage | None,
    coverage_text: str | None,
) -> Record:
    """The scorers page: the leaderboard, its filters, and how many goals have a scorer."""
    data: Record = {
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
            "text": coverage_text,
        }
    return data


def players_record(refs: Sequence[PlayerRef]) -> Record:
    """The players of the fixtures folders (``folder`` where they come from several)."""
    from careerstats.fixtures.folder import from_several_folders

    players: list[dict[str, object]] = [
        {"id": ref.id, "name": ref.name, "aliases": list(ref.aliases), "file": ref.path.name}
        for ref in refs
    ]
    if from_several_folders(refs):
        for player, ref in zip(players, refs, strict=True):
            player["folder"] = str(ref.folder)
    return {"players": players}


def validation_record(report: ValidationReport) -> Record:
    """The object ``careerstats validate --format json`` writes (docs/errors.md): the files
    asked for, the counts, every problem, and the notes on which shared files were used."""
    return {
        "files": [str(path) for path in report.files],
        "errors": report.errors,
        "warnings": report.warnings,
        "strict": report.strict,
        "problems": [
            converter.unstructure(problem, Problem)
            for result in report.results
            for problem in result.problems
        ],
        "notes": [
            {"file": str(result.path), "message": result.folder_note}
            for result in report.results
            if result.folder_note is not None
        ],
    }
