"""The pages as strings: thin functions over :mod:`careerstats.pages` and the writers.

Each builds its page once (:mod:`careerstats.pages`) and writes it in the format asked
(:data:`careerstats.writers.FORMATS`): ``text``, ``markdown``, ``html`` or ``json``. Rendering
formats figures; it never computes one. Citations are ``[n]¶p``: source ``n`` of the page's
sources table, paragraph ``p``. Every format escapes what comes from a file: control characters
are shown escaped in text, HTML escapes markup, JSON escapes both.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from careerstats import pages, records, words
from careerstats.arguments import expect, expect_choice, expect_optional, expect_strings
from careerstats.checks import ClaimReport
from careerstats.dates import PartialDate
from careerstats.model import Career
from careerstats.statistics import CareerSummary
from careerstats.writers import FORMATS, write

if TYPE_CHECKING:
    from careerstats.datasets.international_results import ScorerCoverage, ScorerTotal
    from careerstats.dates import PartialDate
    from careerstats.evidence import RecordedGoal, Standing
    from careerstats.reconcile import Coverage, PlayerGoal

__all__ = [
    "FORMATS",
    "PAGE_FORMATS",
    "claims_to_dict",
    "coverage_to_dict",
    "render_claims",
    "render_goals",
    "render_scorers",
    "render_summary",
    "render_totals",
    "scorer_coverage_text",
    "summary_to_dict",
]

PAGE_FORMATS: tuple[str, ...] = tuple(FORMATS)
"""Every format a page is written in (the registry's names)."""
SUMMARY_SCHEMA = records.SUMMARY_SCHEMA
ONLY = pages.ONLY
scorer_coverage_text = words.scorer_coverage
"""The scorers page's closing line (:func:`careerstats.words.scorer_coverage`)."""


def _expect_coverage(value: object, function: str, name: str) -> None:
    """A :class:`~careerstats.reconcile.Coverage`, imported only when one is given."""
    from careerstats.reconcile import Coverage

    expect(value, Coverage, function, name, "a Coverage (from careerstats.reconcile.coverage)")


def _expect_width(width: int | None, function: str) -> None:
    expect_optional(width, int, function, "width")


def summary_to_dict(summary: CareerSummary, as_of: PartialDate | None = None) -> dict[str, Any]:
    """The stable JSON object of ``careerstats summary --format json`` (docs/statistics.md)."""
    expect(summary, CareerSummary, "summary_to_dict", "summary")
    expect_optional(as_of, PartialDate, "summary_to_dict", "as_of")
    as_of = as_of if as_of is not None else summary.as_of
    return records.summary_record(summary, as_of, pages.cited_sources(summary))


def claims_to_dict(report: ClaimReport) -> dict[str, Any]:
    """``claims`` and ``disagreements``, as in ``careerstats claims --format json``."""
    expect(report, ClaimReport, "claims_to_dict", "report")
    return records.claims_record(report)


def coverage_to_dict(found: Coverage) -> dict[str, Any]:
    """The ``coverage`` object of the goals and summary pages' JSON."""
    _expect_coverage(found, "coverage_to_dict", "found")
    return records.coverage_record(found)


def render_summary(
    summary: CareerSummary,
    format: str = "text",
    claims: ClaimReport | None = None,
    coverage: Coverage | None = None,
    as_of: PartialDate | None = None,
    *,
    standalone: bool = False,
    width: int | None = None,
    drafted_from: Sequence[str] | None = None,
) -> str:
    """The summary as a terminal page (``text``), ``markdown``, ``html`` or indented ``json``.

    With ``claims``, a line counts the verdicts (JSON: every check and disagreement); with
    ``coverage``, a line says how much of the stated goals the results data set holds;
    ``as_of`` says in the title that the summary is of the career as it stood then. HTML is
    a ``<div>`` for a notebook, or with ``standalone`` a whole document for a browser; ``width``
    is the widest a text line may be (``None``: no limit); ``drafted_from`` names the data sets
    of a career drafted from them alone (no fixture), which the page says.
    """
    expect(summary, CareerSummary, "render_summary", "summary")
    if drafted_from is not None:
        drafted_from = tuple(expect_strings(drafted_from, "render_summary", "drafted_from"))
    expect_choice(format, PAGE_FORMATS, "render_summary", "format")
    expect_optional(claims, ClaimReport, "render_summary", "claims")
    if coverage is not None:
        _expect_coverage(coverage, "render_summary", "coverage")
    expect_optional(as_of, PartialDate, "render_summary", "as_of")
    _expect_width(width, "render_summary")
    page = pages.summary_page(summary, claims, coverage, as_of, drafted_from)
    return write(page, format, width=width, standalone=standalone)


def render_claims(
    report: ClaimReport,
    format: str = "text",
    only: str | None = None,
    *,
    standalone: bool = False,
    width: int | None = None,
) -> str:
    """The claim report; ``only`` keeps ``contradictions``, ``disagreements`` or ``unchecked``.

    ``html``, ``standalone`` and ``width`` are as for :func:`render_summary`.
    """
    expect(report, ClaimReport, "render_claims", "report")
    expect_choice(format, PAGE_FORMATS, "render_claims", "format")
    expect_choice(only, (None, *ONLY), "render_claims", "only")
    _expect_width(width, "render_claims")
    return write(pages.claims_page(report, only), format, width=width, standalone=standalone)


def render_totals(
    career: Career,
    rows: Sequence[Standing],
    every: str = "match",
    format: str = "text",
    *,
    as_of: PartialDate | None = None,
    standalone: bool = False,
    width: int | None = None,
) -> str:
    """Caps and goals over the career (:meth:`Evidence.running_totals`), each row with what
    binds it."""
    expect(career, Career, "render_totals", "career")
    expect_choice(format, PAGE_FORMATS, "render_totals", "format")
    _expect_width(width, "render_totals")
    page = pages.totals_page(career, rows, every, as_of)
    return write(page, format, width=width, standalone=standalone)


def render_goals(
    career: Career,
    goals: Sequence[PlayerGoal],
    found: Coverage,
    format: str = "text",
    *,
    standalone: bool = False,
    width: int | None = None,
    numbers: Sequence[RecordedGoal | None] = (),
) -> str:
    """A player's goals in the data set, numbered, with the coverage they give; with
    ``numbers`` (:func:`careerstats.reconcile.numbered_goals`, one per goal), each goal's
    running goal number and the cap it came on."""
    expect(career, Career, "render_goals", "career")
    expect(
        goals, (list, tuple), "render_goals", "goals", "a list of PlayerGoal (from player_goals)"
    )
    _expect_coverage(found, "render_goals", "found")
    expect_choice(format, PAGE_FORMATS, "render_goals", "format")
    _expect_width(width, "render_goals")
    page = pages.goals_page(career, goals, found, numbers)
    return write(page, format, width=width, standalone=standalone)


def render_scorers(
    totals: Sequence[ScorerTotal],
    title: str,
    format: str = "text",
    filters: Mapping[str, object] | None = None,
    coverage: ScorerCoverage | None = None,
    *,
    standalone: bool = False,
    width: int | None = None,
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
    expect_choice(format, PAGE_FORMATS, "render_scorers", "format")
    _expect_width(width, "render_scorers")
    expect_optional(filters, Mapping, "render_scorers", "filters", "a mapping of filters")
    if coverage is not None:
        from careerstats.datasets.international_results import ScorerCoverage

        expect(coverage, ScorerCoverage, "render_scorers", "coverage", "a ScorerCoverage or None")
    page = pages.scorers_page(totals, title, filters, coverage)
    return write(page, format, width=width, standalone=standalone)
