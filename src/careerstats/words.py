"""Values into words, once: plurals, counts, totals, ranges, dates, statuses and verdicts.

Statistics and claims return values (ints, :class:`~careerstats.dates.Years`,
:class:`~careerstats.dates.PartialDate`, statuses, totals); pages turn them into words here and
nowhere else, each label written once, in the way pendulum's difference formatter turns a
duration into "3 days ago". A new kind of value (a range, say) is one new function here.
"""

from __future__ import annotations

import enum
import functools
from collections.abc import Iterable
from typing import TYPE_CHECKING

from careerstats import checks
from careerstats.dates import Precision, Span, Years
from careerstats.evidence import Binding, BindingKind, DatedMilestone, MilestoneStatus, Range
from careerstats.model import Platform
from careerstats.names import plural
from careerstats.statistics import AbsenceSpan

if TYPE_CHECKING:
    from careerstats.checks import ClaimReport
    from careerstats.datasets.international_results import ScorerCoverage
    from careerstats.evidence import Contradiction, StatementCheck
    from careerstats.reconcile import Coverage
    from careerstats.statistics import (
        BeforeCareer,
        Milestone,
        Total,
        TournamentCount,
        TournamentLine,
    )

__all__ = [
    "AT_LEAST_MARK",
    "COUNTED_MARK",
    "GOALS_PER_CAP_RULE",
    "MINUTE_MARK",
    "NOT_KNOWN",
    "NOT_STATED",
    "PLATFORM_NAMES",
    "SHORT_OF_CENTURY_RULE",
    "STARTS_NOTE",
    "UNDER_WAY",
    "absence_around",
    "absence_length",
    "basis",
    "before",
    "binding",
    "claims_headline",
    "contradiction",
    "count",
    "count_of",
    "counted_note",
    "coverage_headline",
    "milestone",
    "milestone_date",
    "note",
    "plural",
    "range_note",
    "range_value",
    "reason",
    "reason_around_file",
    "scorer_coverage",
    "share",
    "started",
    "subject",
    "tournament_count",
    "tournament_status",
    "value",
    "why",
    "years",
]

NOT_KNOWN = "not known"
NOT_STATED = "not stated"
UNDER_WAY = "under way"
GOALS_PER_CAP_RULE = "goals \u00f7 caps"
"""How goals per cap is computed, beside it on the summary."""
SHORT_OF_CENTURY_RULE = "{century} \u2212 caps"
"""How the caps short of a century are computed: a minus sign (U+2212), not a hyphen."""
NOT_IN_SQUAD = "not in squad"
"""A data set's status for a player its squad of his team does not name."""
SHARE_FLOOR, SHARE_CEILING = 1, 99
"""A share of a whole is never rounded to 0% or 100% unless it is exactly that."""


def drafted(player: str, datasets: Iterable[str]) -> str:
    """The line a summary of a career drafted from the data sets alone opens with."""
    return (
        f"No fixture for {player}: everything below comes from the data sets "
        f"({', '.join(datasets)}) alone, as careerstats new would write it; no source states a "
        "total, so caps and goals are the ranges the records allow."
    )


COUNTED_MARK = "*"
"""Marks a tournament's appearances or goals counted from the appearances recorded."""
AT_LEAST_MARK = "\u2265"
"""Comes before a counted figure that is a lower bound: the records may not be all (≥2*)."""
MINUTE_MARK = "\u2032"
"""Follows a tournament's minutes on the pitch (a prime: 450 and this mark)."""
STARTS_NOTE = (
    "Apps: appearances, the starts among them in brackets, and under them the minutes on the "
    f"pitch ({MINUTE_MARK})."
)
"""What the tournaments table's compact columns hold, under it where it shows starts."""


def tournament_count(count: TournamentCount) -> str:
    """A tournament's appearances or goals: ``5`` stated, ``5*`` counted from complete
    line-ups, ``≥2*`` counted from records that may not be all."""
    shown = f"{AT_LEAST_MARK}{count.value}" if count.at_least else str(count.value)
    return f"{shown}{COUNTED_MARK}" if count.counted else shown


def counted_note(at_least: bool) -> str:
    """The note under a tournaments table with counted figures (and lower bounds among them)."""
    lower = f"; {AT_LEAST_MARK} at least: the records may not hold every appearance"
    return (
        f"{COUNTED_MARK} counted from the appearances recorded (fixture and data set), not "
        f"stated by a source{lower if at_least else ''}."
    )


DRAFT_RETIREMENT = "the data sets do not say"
"""Why a drafted career's retirement is not known: no data set records one."""


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


def tournament_status(line: TournamentLine) -> str:
    """A tournaments row's status: the line's (``played``; the data set's ``not in squad``
    where that is all there is), ``under way``, and what else bears on it in brackets (``not
    selected (absence)``, ``withdrew injured (data set: in squad, unused)``)."""
    status = NOT_STATED if line.status is None else line.status.label
    if line.not_in_squad and line.entry is line.squad:
        status = NOT_IN_SQUAD  # the data set's squad, without him, is all there is
    if line.under_way:
        status = UNDER_WAY
    if line.during is not None:
        status += " (absence)"
    if line.squad_status is not None:
        shown = NOT_IN_SQUAD if line.not_in_squad else line.squad_status.label
        status += f" (data set: {shown})"
    return status


def why(line: TournamentLine) -> str | None:
    """Why he was not at a tournament: the entry's reason, or the covering absence's with its
    bounds (``Knee (2013 to 2014-07 absence)``)."""
    if line.entry is not None:
        return line.entry.reason
    if line.during is not None:
        bounds = Span(line.during.start, line.during.end).bounds()
        return f"{line.during.reason} ({bounds} absence)"
    return None


def coverage_headline(found: Coverage) -> str:
    """``22 of 37 goals in the data set (friendlies 0, qualifiers 12, ...)``."""
    from careerstats.datasets.international_results import CATEGORY_LABELS

    split = ", ".join(f"{CATEGORY_LABELS.get(c, c)} {n}" for c, n in found.by_category)
    of = f" of {found.stated}" if found.stated is not None else ""
    by = f" by {found.until.isoformat()}" if found.until is not None else ""
    return f"{found.found}{of} goals in the data set{by} ({split})"


def scorer_coverage(found: ScorerCoverage) -> str:
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
    noun = plural(found.goals, "goal").split(" ", 1)[1]
    return (
        f"Scorers named for {found.named:,} of {found.goals:,} {noun}{who} scored{scope} "
        f"({share(found.named, found.goals)})."
    )


def started(value: bool | None) -> str:
    """How an appearance began: ``started``, ``came on``, or nothing where not known."""
    return {True: "started", False: "came on", None: ""}[value]


def milestone(found: Milestone, total: Total, known: Range | None = None) -> str:
    """``reached``, ``not reached: 3 short``, or ``not known: 40 recorded, ...`` (with the
    evidence's range where it is not exact: ``not known: 45–52``)."""
    if found.reached:
        return "reached"
    if found.reached is None:
        if known is not None and (known.max is not None or known.min > (total.value or 0)):
            return f"{NOT_KNOWN}: {range_value(known)}"
        return f"{NOT_KNOWN}: {total.value} recorded, which may not be all"
    if found.short_by is None:
        return f"not reached: {range_value(known)}" if known is not None else "not reached"
    return f"not reached: {found.short_by} short"


def share(part: int, whole: int) -> str:
    """``97%``: rounded, but never to 0% or 100% unless it is exactly that."""
    if part == whole:
        return "100%"
    if part == 0:
        return "0%"
    return f"{min(SHARE_CEILING, max(SHARE_FLOOR, round(100 * part / whole)))}%"


def claims_headline(report: ClaimReport) -> str:
    """``23 claims checked: 10 agree, 0 contradict, 13 unchecked; 3 disagreements ...``
    (``2 consistent`` beside them where stated totals lie inside a wider range)."""
    from careerstats.checks import Verdict

    agree, contradict = report.count(Verdict.AGREES), report.count(Verdict.CONTRADICTS)
    unchecked, consistent = report.count(Verdict.UNCHECKED), report.count(Verdict.CONSISTENT)
    disagreements = plural(len(report.disagreements), "disagreement")
    within = f"{consistent} consistent, " if consistent else ""
    line = (
        f"{plural(len(report.checks), 'claim')} checked: {agree} agree, {contradict} contradict, "
        f"{within}{unchecked} unchecked; {disagreements} between sources"
    )
    if report.contradictions:
        line += f"; {plural(len(report.contradictions), 'set')} of evidence that cannot all be true"
    return line


def range_note(found: StatementCheck) -> str:
    """A stated figure against the rest: ``consistent: 31–33``, or ``contradicts: 31–33
    goals (at least 31: ...; at most 33: ...)``."""
    noun = "appearance" if found.statement.figure.value == "caps" else "goal"
    shown = f"{found.verdict.value}: {range_value(found.range)} {found.statement.figure.value}"
    if found.verdict.value == "consistent":
        return shown
    ends = [binding(found.range.min_binding, noun, True)]
    if found.range.max_binding is not None:
        ends.append(binding(found.range.max_binding, noun, False))
    return f"{shown} ({'; '.join(head + tail for head, tail in ends)})"


def contradiction(found: Contradiction) -> str:
    """What a set of pieces says and what the others allow: ``94 caps stated after 95``,
    ``7 caps gained in 3 team matches``, ``12 appearances recorded by a total of 10``."""
    noun = "cap" if found.figure.value == "caps" else "goal"
    kind = found.kind.value
    possible = "" if found.certain else " (if the month or year meant its nearest day)"
    if kind == "total-goes-down":
        return f"{plural(found.count, noun)} stated after {found.limit}: totals never go down"
    if kind in ("more-caps-than-matches", "more-goals-than-team-scored"):
        team = plural(found.matches or 0, "team match", "team matches")
        allowed = f"{found.limit} {'matches' if noun == 'cap' else 'team goals'}"
        return f"{plural(found.count, noun)} gained between them, in {team} ({allowed}){possible}"
    if kind == "below-recorded":
        return f"{found.limit} stated, but {found.count} recorded by then{possible}"
    if kind == "no-team-match":
        return "an appearance on a day the team did not play"
    return f"{plural(found.count, 'goal')} in a match the team scored {found.limit} in"


# --- the values of claim checks --------------------------------------------------------------


def _of_years(found: Years) -> str:
    """``35 years``, ``5–7 years``, ``1 year``."""
    return f"{found} year{'s' if found.high != 1 else ''}"


def _figure(found: checks.Count) -> str:
    """``97 caps``, ``at least 1 cap``, ``sources disagree: 97 or 98 caps``, ``not known caps``:
    each reads as the figure it is."""
    if found.tied:
        shown, last = f"sources disagree: {' or '.join(map(str, found.tied))}", found.tied[-1]
    elif found.value is None:
        shown, last = NOT_KNOWN, None
    else:
        shown = f"at least {found.value}" if found.at_least else str(found.value)
        last = found.value
    return f"{shown} {found.noun if last == 1 else found.noun + 's'}"


@functools.singledispatch
def value(found: object) -> str:
    """A claim's stated or computed value in words; text is as it is, ``None`` nothing."""
    return "" if found is None else str(found)


@value.register
def _(found: enum.Enum) -> str:
    label = getattr(found, "label", None)
    return str(label if label is not None else found.value)


@value.register
def _(found: checks.Figures) -> str:
    return ", ".join(_figure(count) for count in found.figures)


value.register(checks.ShortOfCentury, lambda found: f"{found.short} ({found.caps} caps)")


@value.register
def _(found: checks.Ranges) -> str:
    return ", ".join(
        f"{range_value(item.range)} "
        f"{item.noun if (item.range.max or item.range.min) == 1 else item.noun + 's'}"
        for item in found.figures
    )


@value.register
def _(found: checks.StatedAge) -> str:
    return f"{found.years}{' (a birthday)' if found.birthday else ''}"


@value.register
def _(found: checks.ComputedAge) -> str:
    if found.years is None:
        return f"none: {found.on} comes before the birth ({found.born})"
    birthday = f", born {found.born}: {found.on} is a birthday" if found.birthday else ""
    return f"{_of_years(found.years)}{birthday}"


@value.register
def _(found: Years) -> str:
    return _of_years(found)


@value.register
def _(found: Span) -> str:
    return f"{_of_years(found.years)} ({found.bounds()})"


@value.register
def _(found: AbsenceSpan) -> str:
    """``5–6 years (2015–2021, after 2014-07-04, before 2021-06-23)``: the years the summary
    shows, within the appearances around it where they shorten it."""
    around = absence_around(found)
    return f"{_of_years(found.years)} ({found.span.bounds()}{', ' + around if around else ''})"


@value.register
def _(found: checks.StatedDate) -> str:
    return str(found.expression) if found.meant is None else f"{found.expression} = {found.meant}"


@value.register
def _(found: checks.Played) -> str:
    return f"played ({plural(found.appearances, 'appearance')} recorded)"


@value.register
def _(found: checks.Missed) -> str:
    return f"missed ({found.kind.label}, {found.span.bounds()})"


@value.register
def _(found: checks.NotInSquad) -> str:
    return f"{NOT_IN_SQUAD} ({found.team})"


PLATFORM_NAMES: dict[Platform, str] = {
    Platform.TWITTER: "Twitter",
    Platform.INSTAGRAM: "Instagram",
    Platform.INSTAGRAM_STORY: "Instagram story",
    Platform.PRESS: "the press",
}
"""Each platform by its proper name (the fixtures write ``twitter``, a vocabulary's value)."""
_SAID_ON: dict[Platform, str] = {
    Platform.INSTAGRAM_STORY: "in an Instagram story",
    Platform.PRESS: "in the press",
}
"""Where words were said, where it is not ``on`` the platform's name."""


@value.register
def _(found: Platform) -> str:
    return PLATFORM_NAMES[found]


@value.register
def _(found: checks.Quoted) -> str:
    if found.platform is None:
        return f"“{found.words}”"
    said = _SAID_ON.get(found.platform, f"on {PLATFORM_NAMES[found.platform]}")
    return f"“{found.words}” {said}"


_TOPICS = {
    checks.Topic.CENTURY: "caps short of {name}",
    checks.Topic.SPAN: "{name}",
    checks.Topic.DATE: "{name} date",
    checks.Topic.STATUS: "{name} status",
    checks.Topic.APPEARANCES: "appearances at {name}",
    checks.Topic.GOALS: "goals at {name}",
    checks.Topic.POST: "{name}",
}
"""How each kind of subject reads; totals, figures and ages depend on their date."""


def subject(about: checks.Subject) -> str:
    """``career totals (as of 2021-06)``, ``age at retirement``, ``UEFA Euro 2016 status``."""
    if about.topic is checks.Topic.TOTALS:
        return f"career totals ({'career end' if about.final else f'as of {about.on}'})"
    if about.topic is checks.Topic.CAREER_FIGURE:
        return f"career {about.name}" + ("" if about.on is None else f" as of {about.on}")
    if about.topic is checks.Topic.AGE:
        return f"age at {about.name}" if about.on is None else f"age on {about.on}"
    return _TOPICS[about.topic].format(name=about.name)


# --- why a check is unchecked, or a detail of its verdict ----------------------------------------

_REASONS: dict[checks.Why, str] = {
    checks.Why.OWN_SOURCE_ONLY: "only this claim's own source gives the figure",
    checks.Why.NOTHING_ELSE_BEARS: "nothing else bears on it",
    checks.Why.TIED_TOTALS: "as many sources state another career-end total of {name}",
    checks.Why.RECORDED_BY: "{counted} recorded by {on}",
    checks.Why.ONLY_RECORDED_BY: "only {counted} recorded by {on}",
    checks.Why.CAPS_NOT_KNOWN: "caps are not known",
    checks.Why.CAPS_NOT_EXACT: "caps are not known exactly",
    checks.Why.DATE_NOT_KNOWN: "the {name} date is not known",
    checks.Why.DATE_NOT_PLACED: "{detail}",
    checks.Why.DATES_ALLOW: "the dates allow {years}",
    checks.Why.NOT_A_BIRTHDAY: "{on} is not a birthday of someone born {born}",
    checks.Why.DEBUT_OR_RETIREMENT_NOT_KNOWN: "the debut or the retirement is not known",
    checks.Why.NO_ABSENCE: "no absence is recorded",
    checks.Why.UNDATED_SOURCE: "{name} has no publication date to count from",
    checks.Why.PUBLISHED_BEFORE_DEBUT: "{name} was published ({on}) before the debut",
    checks.Why.DATA_GIVES_ONLY: "the data gives only {on}",
    checks.Why.NO_APPEARANCE_OR_ABSENCE: "no appearance or absence is recorded for it",
    checks.Why.NO_MATCH_RECORDED: "no match of the tournament is recorded",
    checks.Why.ONLY_SOME_RECORDED: "only {count} recorded; the record may be incomplete",
    checks.Why.POST: "compared with the other sources' versions, not with data",
}
"""The words of each reason but :attr:`~careerstats.checks.Why.RANGE` (:func:`range_note`),
its fields in braces; ``counted`` is ``count`` of ``name`` (``1 cap``, ``2 goals``)."""


def reason(found: checks.Reason) -> str:
    """One reason in words: ``the debut date is not known``, ``consistent: 31–33 goals``."""
    if found.why is checks.Why.RANGE:
        assert found.range is not None
        return range_note(found.range)
    counted = "" if found.count is None or found.name is None else plural(found.count, found.name)
    return _REASONS[found.why].format(
        name=found.name,
        count=found.count,
        counted=counted,
        on=found.on,
        born=found.born,
        years=found.years,
        detail=found.detail,
    )


NAMES_A_FILE = frozenset({checks.Why.UNDATED_SOURCE, checks.Why.PUBLISHED_BEFORE_DEBUT})
"""The reasons whose ``name`` is a source's file: a page with a sources table shows its marker."""


def reason_around_file(found: checks.Reason) -> tuple[str, str, str] | None:
    """A reason that names a source's file, as the words before it, the file and the words
    after (``("", "002_x.txt", " has no publication date to count from")``), so that a page
    can show the file by its citation marker; ``None`` for any other reason."""
    if found.why not in NAMES_A_FILE or found.name is None:
        return None
    before, after = _REASONS[found.why].split("{name}", 1)
    fields = {"on": found.on}
    return (before.format(**fields), found.name, after.format(**fields))


def note(reasons: Iterable[checks.Reason]) -> str:
    """A check's note: its reasons in words, ``; `` between them; nothing where there are none."""
    return "; ".join(reason(found) for found in reasons)


# --- ranges from the evidence ------------------------------------------------------------------


def range_value(found: Range) -> str:
    """``97``, ``86–92``, ``at least 86`` (no upper bound)."""
    if found.exact is not None:
        return str(found.exact)
    if found.max is None:
        return f"at least {found.min}"
    return f"{found.min}–{found.max}"


def _stated_when(binding: Binding) -> str:
    """``stated on 2021-06-02``, ``stated in 2021-06``, ``at the career's end``."""
    statement = binding.statement
    if statement is not None and statement.final:
        return "at the career's end"
    date = binding.date
    if date is None:
        return "stated"
    return f"stated {'on' if date.precision is Precision.DAY else 'in'} {date}"


def binding(found: Binding | None, noun: str, low: bool) -> tuple[str, str]:
    """What binds one end of a range, in two parts around its citations: ``("at least 86: 82
    stated on 2021-06-02", ", and 4 appearances recorded since")``; ``noun`` is ``appearance``
    or ``goal``. ``low`` says which end: ``at least`` or ``at most``."""
    if found is None:
        return ("no upper bound: no later total, and no team calendar covers the day", "")
    end = "at least" if low else "at most"
    kind, value, statement = found.kind, found.value, found.statement
    stated = "" if statement is None else str(statement.value)
    if kind is BindingKind.NO_EVIDENCE:
        return (f"{end} 0: nothing recorded or stated by then", "")
    if kind is BindingKind.DEBUT:
        return (f"0: before the debut ({found.date})", "")
    if kind is BindingKind.RECORDED:
        return (f"{end} {value}: {plural(found.added, noun)} recorded by then", "")
    if kind is BindingKind.TEAM_CALENDAR and low and statement is not None:
        # A later total less the most he can have gained after the day.
        counted = plural(found.matches, "team match", "team matches")
        if noun == "goal":
            counted = f"{plural(found.taken, 'team goal')} in {counted}"
        return (f"{end} {value}: {stated} {_stated_when(found)}", f", less {counted} after")
    if kind is BindingKind.TEAM_CALENDAR:
        since = (
            f"since the debut ({found.date})"
            if statement is None
            else f"after {stated} {_stated_when(found)}"
        )
        counted = plural(found.matches, "team match", "team matches")
        if noun == "goal":
            counted = f"{plural(found.added, 'team goal')} in {counted}"
        return (f"{end} {value}: {counted} {since}", "")
    head = f"{end} {value}: {stated} {_stated_when(found)}"
    if low and found.added:
        return (head, f", and {plural(found.added, noun)} recorded since")
    if not low and found.taken:
        return (head, f", less {found.taken} recorded after")
    return (head, "")


def absence_length(found: AbsenceSpan, days: bool = True) -> str:
    """``5–6 years (1829–2365 days)``: within the appearances recorded around it, where they
    shorten it; the days beside years, which :meth:`Span.in_words` gives alone when short."""
    years = found.years
    if years.high == 0:
        low, high = found.shortest_days, found.longest_days
        return plural(low, "day") if low == high else f"{low}–{high} days"
    text = f"{years} years" if years.high != 1 else f"{years} year"
    if days:
        low, high = found.shortest_days, found.longest_days
        text += f" ({plural(low, 'day') if low == high else f'{low}–{high} days'})"
    return text


def absence_around(found: AbsenceSpan) -> str:
    """``after 2014-06-20, before 2021-06-23``: the appearances recorded around an absence,
    where they bound it more tightly than its dates (both named); else nothing."""
    bounds = found.bounds
    if bounds is None or not found.tightened:
        return ""
    parts = []
    if bounds.last_before is not None:
        parts.append(f"after {bounds.last_before.match.date}")
    if bounds.first_after is not None:
        parts.append(f"before {bounds.first_after.match.date}")
    return ", ".join(parts)


def milestone_date(found: DatedMilestone | None) -> str:
    """When a milestone came: ``2008-06-03 v Colombia``, ``between 2015-06-07 and
    2021-06-02``, ``by 2021-06-02``, ``on or after 2015-06-07``; nothing where not reached."""
    if found is None or found.status in (MilestoneStatus.NOT_REACHED, MilestoneStatus.UNKNOWN):
        if found is not None and found.status is MilestoneStatus.UNKNOWN and found.earliest:
            return f"on or after {found.earliest}"
        return ""
    if found.status is MilestoneStatus.EXACT:
        match = found.appearance.match.opponent if found.appearance is not None else None
        if match is None and found.team_match is not None:
            match = found.team_match.opponent
        return f"{found.latest}" + ("" if match is None else f" v {match}")
    if found.earliest is None:
        return f"by {found.latest}"
    return f"between {found.earliest} and {found.latest}"
