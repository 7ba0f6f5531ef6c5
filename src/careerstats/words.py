"""Values into words, once: plurals, counts, totals, ranges, dates, statuses and verdicts.

Statistics and claims return values (ints, :class:`~careerstats.dates.Years`,
:class:`~careerstats.dates.PartialDate`, statuses, totals); pages turn them into words here and
nowhere else, each label written once, in the way pendulum's difference formatter turns a
duration into "3 days ago". A new kind of value (a range, say) is one new function here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from careerstats.arguments import expect

if TYPE_CHECKING:
    from careerstats.checks import ClaimReport
    from careerstats.dates import Years
    from careerstats.statistics import BeforeCareer, Milestone, Total

__all__ = [
    "NOT_KNOWN",
    "NOT_STATED",
    "UNDER_WAY",
    "basis",
    "before",
    "claims_headline",
    "count",
    "count_of",
    "milestone",
    "plural",
    "share",
    "started",
    "years",
]

NOT_KNOWN = "not known"
NOT_STATED = "not stated"
UNDER_WAY = "under way"
SHARE_FLOOR, SHARE_CEILING = 1, 99
"""A share of a whole is never rounded to 0% or 100% unless it is exactly that."""


def plural(count: int, noun: str, nouns: str = "") -> str:
    """``1 goal``, ``2 goals``; ``nouns`` where the plural is not ``noun`` + s.

    >>> plural(1, "cap"), plural(97, "cap"), plural(2, "injury", "injuries")
    ('1 cap', '97 caps', '2 injuries')
    """
    expect(count, int, "plural", "count")
    expect(noun, str, "plural", "noun")
    return f"{count} {noun}" if count == 1 else f"{count} {nouns or noun + 's'}"


def before(found: BeforeCareer | None) -> str:
    """What a figure reads where it is not known: "not known", or, as of a date before the
    birth or the debut, "before his debut, March 2007"."""
    if found is None:
        return NOT_KNOWN
    return f"before his {found.event.value}, {found.date.human()}"


def years(value: Years | None, unknown: str = NOT_KNOWN) -> str:
    """``35``, ``34–35``; ``unknown`` where there is no value."""
    return unknown if value is None else str(value)


def count(total: Total, unknown: str = NOT_KNOWN) -> str:
    """A total's figure: ``97``, ``at least 3`` (counted), ``sources disagree: 97 or 98``."""
    if total.tied:
        return f"sources disagree: {' or '.join(map(str, total.tied))}"
    if total.value is None:
        return unknown
    return f"at least {total.value}" if total.lower_bound else str(total.value)


def count_of(total: Total, noun: str) -> str:
    """``97 caps``, ``at least 1 cap`` (counted from events), ``caps not known``."""
    if total.tied:
        return f"{noun}s disputed ({' or '.join(map(str, total.tied))})"
    if total.value is None:
        return f"{noun}s {NOT_KNOWN}"
    at_least = "at least " if total.lower_bound else ""
    return f"{at_least}{plural(total.value, noun)}"


def basis(total: Total) -> str:
    """What a total rests on: ``stated by 2 sources``, ``counted from 3 recorded events``."""
    if total.stated:
        return f"stated by {plural(len(total.stated), 'source')}"
    if total.value is None:
        return NOT_KNOWN
    return f"counted from {plural(total.counted, 'recorded event')}"


def started(value: bool | None) -> str:
    """How an appearance began: ``started``, ``came on``, or nothing where not known."""
    return {True: "started", False: "came on", None: ""}[value]


def milestone(found: Milestone, total: Total) -> str:
    """``reached``, ``not reached: 3 short``, or ``not known: 40 recorded, ...``."""
    if found.reached:
        return "reached"
    if found.reached is None:
        return f"{NOT_KNOWN}: {total.value} recorded, which may not be all"
    return f"not reached: {found.short_by} short"


def share(part: int, whole: int) -> str:
    """``97%``: rounded, but never to 0% or 100% unless it is exactly that."""
    if part == whole:
        return "100%"
    if part == 0:
        return "0%"
    return f"{min(SHARE_CEILING, max(SHARE_FLOOR, round(100 * part / whole)))}%"


def claims_headline(report: ClaimReport) -> str:
    """``23 claims checked: 10 agree, 0 contradict, 13 unchecked; 3 disagreements ...``."""
    from careerstats.checks import Verdict

    agree, contradict = report.count(Verdict.AGREES), report.count(Verdict.CONTRADICTS)
    unchecked = report.count(Verdict.UNCHECKED)
    disagreements = plural(len(report.disagreements), "disagreement")
    return (
        f"{len(report.checks)} claims checked: {agree} agree, {contradict} contradict, "
        f"{unchecked} unchecked; {disagreements} between sources"
    )
