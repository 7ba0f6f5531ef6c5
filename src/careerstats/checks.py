"""What the claim engine finds: each claim's check, its verdict, and the disagreements.

These are the result types of :mod:`careerstats.claims`, apart from the engine, so that pages,
writers and frames import what a report holds without importing how it is made.
"""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING, ClassVar, TypeAlias

import attrs

from careerstats import presenters
from careerstats.dates import DateExpression, PartialDate, Span, Years
from careerstats.evidence import Contradiction, Range, StatementCheck
from careerstats.model import AbsenceKind, Career, Citation, Platform, TournamentStatus
from careerstats.statistics import AbsenceSpan, CareerSummary

if TYPE_CHECKING:
    import pandas as pd

    from careerstats.model import ReportTable

__all__ = [
    "Bounded",
    "Check",
    "ClaimReport",
    "ComputedAge",
    "Count",
    "Disagreement",
    "Figures",
    "Missed",
    "NotInSquad",
    "Played",
    "Quoted",
    "Ranges",
    "Reason",
    "ShortOfCentury",
    "StatedAge",
    "StatedDate",
    "Subject",
    "Topic",
    "Value",
    "Verdict",
    "Version",
    "Why",
    "figure",
]


class Verdict(enum.StrEnum):
    AGREES = "agrees"
    CONTRADICTS = "contradicts"
    CONSISTENT = "consistent"
    """Inside the wider range the rest of the evidence allows (a stated total: issue 13)."""
    UNCHECKED = "unchecked"


# --- what a check is about ---------------------------------------------------------------------


class Topic(enum.StrEnum):
    """What kind of thing a check or a disagreement is about."""

    TOTALS = "totals"
    """Career totals, at the career's end or as of a date (``on``)."""
    CAREER_FIGURE = "career-figure"
    """One career figure (``name``: ``caps`` or ``goals``), for the disagreements."""
    CENTURY = "century"
    AGE = "age"
    """Age at an event (``name``: its label) or on a date (``on``)."""
    SPAN = "span"
    """A length of time (``name``: what it spans)."""
    DATE = "date"
    """An event's date (``name``: the event's label)."""
    STATUS = "status"
    APPEARANCES = "appearances"
    GOALS = "goals"
    """A tournament's status, appearances or goals (``name``: the tournament)."""
    POST = "post"
    """A post or a quote (``name``: ``speaker: message``)."""


@attrs.frozen(kw_only=True)
class Subject:
    """What a check or a disagreement is about: a topic, and the name or date it is of."""

    topic: Topic
    name: str | None = None
    on: PartialDate | DateExpression | None = None
    final: bool = False
    """For totals: at the career's end."""


# --- the values a claim states and the data computes --------------------------------------------


@attrs.frozen(kw_only=True)
class Count:
    """One computed figure: exact, ``at_least`` (counted from the events recorded), disputed by
    sources with no majority (``tied``), or not known (``value`` and ``tied`` empty)."""

    noun: str
    value: int | None
    at_least: bool = False
    tied: tuple[int, ...] = ()


@attrs.frozen(kw_only=True)
class Figures:
    """Caps and goals side by side: what a stated total says, or what the data computes."""

    figures: tuple[Count, ...]


@attrs.frozen(kw_only=True)
class Bounded:
    """One figure as the rest of the evidence bounds it: a :class:`Range` whose ends name
    what binds them (:mod:`careerstats.evidence`)."""

    noun: str
    range: Range


@attrs.frozen(kw_only=True)
class Ranges:
    """Caps and goals side by side, each the range the rest of the evidence allows."""

    figures: tuple[Bounded, ...]


@attrs.frozen(kw_only=True)
class ShortOfCentury:
    """Caps short of 100, and the caps they come from."""

    short: int
    caps: int | None


@attrs.frozen(kw_only=True)
class StatedAge:
    """An age as a source states it: the years, and whether the day is a birthday."""

    years: int
    birthday: bool = False


@attrs.frozen(kw_only=True)
class ComputedAge:
    """An age from the dates of the birth and the day: whole years (a range where the dates
    allow several; ``None`` where the day comes before the birth: no age at all), and whether a
    stated birthday was checked and is one."""

    years: Years | None
    born: PartialDate
    on: PartialDate
    birthday: bool = False


@attrs.frozen(kw_only=True)
class StatedDate:
    """A date as a source writes it and, for a relative one, the date it means."""

    expression: DateExpression
    meant: PartialDate | None = None


@attrs.frozen(kw_only=True)
class Played:
    """At a tournament: the appearances recorded there."""

    appearances: int


@attrs.frozen(kw_only=True)
class Missed:
    """Not at a tournament: the absence that covers it."""

    kind: AbsenceKind
    span: Span


@attrs.frozen(kw_only=True)
class NotInSquad:
    """Not at a tournament: a data set holds the team's squad for it, and it does not name him."""

    team: str


@attrs.frozen(kw_only=True)
class Quoted:
    """Words as a source gives them, and where they were posted."""

    words: str
    platform: Platform | None = None


Value: TypeAlias = (
    "int | str | PartialDate | Platform | TournamentStatus | Figures | ShortOfCentury | "
    "StatedAge | ComputedAge | Years | Span | AbsenceSpan | StatedDate | Played | Missed | "
    "Quoted | Ranges | NotInSquad"
)
"""What a claim states or the data computes; :func:`careerstats.words.value` puts it into words.
A stated length of time is :class:`Years` (``Years(5, 5)``: "5 years"), a computed one the
:class:`Span` itself ("15 years (2007-03 to 2022-12-19)"), or for an absence the
:class:`~careerstats.statistics.AbsenceSpan` the summary shows, within the appearances around
it ("5–6 years (2015–2021, after 2014-07-04, before 2021-06-23)")."""


def figure(value: Value) -> object:
    """What two sources' values are compared by: an age's years (a birthday or not is how it is
    said, not what), a date's meaning; otherwise the value itself."""
    if isinstance(value, StatedAge):
        return value.years
    if isinstance(value, StatedDate):
        return value.meant if value.meant is not None else str(value.expression)
    return value


# --- why a check is unchecked, or a detail of its verdict ----------------------------------------


class Why(enum.StrEnum):
    """What a :class:`Reason` says; each reads as one line of :func:`careerstats.words.reason`.
    Beside each, the :class:`Reason` fields it names (docs/claims.md, "Reasons", has them all
    with their words). A new reason is a member here and its words there."""

    OWN_SOURCE_ONLY = "own-source-only"  # only the claim's own citations give the figure
    NOTHING_ELSE_BEARS = "nothing-else-bears"  # no other evidence bears on a stated total
    RANGE = "range"  # range: a stated figure against the rest of the evidence
    TIED_TOTALS = "tied-totals"  # name: caps or goals, stated as often another way
    RECORDED_BY = "recorded-by"  # count of name (cap, goal) recorded by on: more than stated
    ONLY_RECORDED_BY = "only-recorded-by"  # count, name, on: a lower bound, which cannot tell
    CAPS_NOT_KNOWN = "caps-not-known"
    CAPS_NOT_EXACT = "caps-not-exact"
    DATE_NOT_KNOWN = "date-not-known"  # name: the event (birth, debut, retirement, a final)
    DATE_NOT_PLACED = "date-not-placed"  # expression, on (its source's date), detail (why)
    DATES_ALLOW = "dates-allow"  # years: several ages
    NOT_A_BIRTHDAY = "not-a-birthday"  # on, born
    DEBUT_OR_RETIREMENT_NOT_KNOWN = "debut-or-retirement-not-known"
    NO_ABSENCE = "no-absence"
    UNDATED_SOURCE = "undated-source"  # name: the claim's file, with no publication date
    PUBLISHED_BEFORE_DEBUT = "published-before-debut"  # name, on: when it was published
    DATA_GIVES_ONLY = "data-gives-only"  # on: the data's date, less precise than the claim's
    NO_APPEARANCE_OR_ABSENCE = "no-appearance-or-absence"
    NO_MATCH_RECORDED = "no-match-recorded"
    ONLY_SOME_RECORDED = "only-some-recorded"  # count: fewer recorded than stated
    POST = "post"  # compared with the other sources' versions, not with data


@attrs.frozen(kw_only=True)
class Reason:
    """Why a check is unchecked, or a detail of its verdict: a :class:`Why` and the values it
    names (each member says which); :func:`careerstats.words.reason` puts it into words.
    ``detail`` is :class:`~careerstats.dates.UnresolvedDateError`'s message, the dates
    module's words for why a date cannot be placed."""

    why: Why = attrs.field(validator=attrs.validators.instance_of(Why))
    name: str | None = None
    """What it is of: an event, a file, a figure (``caps``) or its noun (``cap``)."""
    count: int | None = None
    on: PartialDate | None = None
    """The day it is of: a total's date, a source's, the data's."""
    born: PartialDate | None = None
    years: Years | None = None
    expression: DateExpression | None = None
    """The date as the source writes it."""
    detail: str | None = None
    range: StatementCheck | None = None


@attrs.frozen(kw_only=True)
class Check:
    """One claim, what the data computes for it, and the verdict: values, never prose (the
    words are :mod:`careerstats.words`'s)."""

    kind: str
    subject: Subject
    stated: Value
    computed: Value | None
    verdict: Verdict
    note: tuple[Reason, ...] = attrs.field(
        default=(),
        validator=attrs.validators.deep_iterable(
            attrs.validators.instance_of(Reason), attrs.validators.instance_of(tuple)
        ),
    )
    """Why the claim is unchecked, or details of the verdict, in order: values
    (:func:`careerstats.words.note` reads them), empty where there is nothing to add."""
    cite: tuple[Citation, ...]
    """Where the claim is made."""
    basis: tuple[Citation, ...] = ()
    """What the computed value rests on."""


@attrs.frozen(kw_only=True)
class Version:
    """One source's value in a disagreement."""

    value: Value
    cite: tuple[Citation, ...]


@attrs.frozen(kw_only=True)
class Disagreement:
    """Sources giving different values for the same thing (a platform, a wording, a figure)."""

    subject: Subject
    field: str
    versions: tuple[Version, ...]
    differences: str = ""
    """For wordings: how the versions differ, word by word."""


@attrs.frozen(kw_only=True, repr=False)
class ClaimReport(presenters.Presented):
    """Every claim of a career checked, and the disagreements between its sources.

    In a notebook it shows as tables; :meth:`to_frame` gives the checks as a DataFrame.
    """

    presented_as: ClassVar[presenters.Kind] = "claims"

    summary: CareerSummary
    checks: tuple[Check, ...]
    disagreements: tuple[Disagreement, ...]
    contradictions: tuple[Contradiction, ...] = ()
    """Evidence that cannot all be true (:meth:`Evidence.contradictions`), each naming every
    piece."""

    @property
    def career(self) -> Career:
        return self.summary.career

    def count(self, verdict: Verdict) -> int:
        return sum(1 for check in self.checks if check.verdict is verdict)

    def headline(self) -> str:
        """``23 claims checked: 10 agree, 0 contradict, 13 unchecked; 3 disagreements ...``."""
        from careerstats.words import claims_headline

        return claims_headline(self)

    def to_frame(self, table: ReportTable = "claims") -> pd.DataFrame:
        """The ``claims`` checked, or the ``disagreements`` (one row per version), as a pandas
        DataFrame (docs/dataframes.md); needs ``pip install 'careerstats[pandas]'``."""
        frame: pd.DataFrame = self._frame(table)
        return frame
