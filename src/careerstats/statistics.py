"""Derived statistics: pure functions of a :class:`~careerstats.model.Career`.

Nothing here reads a file or prints. Every figure is computed from the career's facts and
carries what it rests on (the stated totals and their citations, the events counted), so that
rendering can show where it came from; where the facts' precision runs out, figures are ranges.
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, ClassVar

import attrs
import pendulum

from careerstats import presenters
from careerstats.arguments import expect, expect_optional
from careerstats.dates import PartialDate, Precision, Span, Years, age_on
from careerstats.evidence import (
    AbsenceBounds,
    DatedMilestone,
    Evidence,
    Figure,
    Range,
    absence_bounds,
)
from careerstats.model import (
    Absence,
    AbsenceKind,
    Appearance,
    Career,
    Citation,
    Event,
    Finish,
    SourceKind,
    StatedTotal,
    TeamFinish,
    Tournament,
    TournamentEntry,
    TournamentStatus,
)

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "CENTURY",
    "AbsenceSpan",
    "BeforeCareer",
    "CareerSummary",
    "Milestone",
    "RecordedByDate",
    "Total",
    "TournamentCount",
    "TournamentLine",
    "YearRecord",
    "absence_span",
    "age_at_debut",
    "age_at_retirement",
    "before_career",
    "caps",
    "caps_at_tournaments",
    "caps_short_of_century",
    "career_span",
    "covering_absence",
    "covers",
    "debut",
    "ended_by",
    "from_dataset",
    "goals",
    "goals_in",
    "goals_per_cap",
    "holds_from",
    "known_by",
    "longest_absence",
    "milestones",
    "over_by",
    "recorded_by_year",
    "retirement_date",
    "summarize",
    "tournaments",
]

CENTURY = 100
"""A century of caps: the milestone every international career is measured against."""

CAP_MILESTONES = (50, 100, 150)
GOAL_MILESTONES = (10, 25, 50)


@attrs.frozen(kw_only=True)
class Total:
    """A career total: the figure, and whether it rests on stated totals or counted events.

    ``value`` is the stated career-end total where sources give one, else the latest stated
    total or the events counted, whichever is larger (see :func:`_total`). Where sources state
    different values for the same date, ``value`` is the one most sources give; where no value
    has a majority, ``value`` is ``None`` and ``tied`` holds the values: nothing is guessed.
    ``counted`` is how many events the career data itself holds.
    """

    value: int | None
    counted: int
    stated: tuple[StatedTotal, ...] = ()
    """The statements that give ``value`` (or, in a tie, the tied values)."""
    other_values: tuple[int, ...] = ()
    """Values other sources state for the same total, where they disagree."""
    tied: tuple[int, ...] = ()
    """Values stated by equally many sources, none by more, in ascending order; empty unless
    the sources disagree with no majority."""

    @property
    def cite(self) -> tuple[Citation, ...]:
        return tuple(citation for total in self.stated for citation in total.cite)

    @property
    def lower_bound(self) -> bool:
        """Counted from recorded events, which may not be all there were."""
        return not self.stated and self.value is not None


# --- stated totals: which one a figure uses, and from when it holds ------------------------------
# The rules in one place (docs/statistics.md, "Caps and goals"); issue 13's ranges from all the
# evidence will replace them.


def _most_stated(statements: Sequence[StatedTotal], field: str, counted: int) -> Total:
    """The value most sources give among ``statements`` (which state the same total).

    Each statement is one source's; never file order: with no majority the total has no
    ``value`` and ``tied`` names the values.
    """
    by_value: dict[int, list[StatedTotal]] = {}
    for total in statements:
        by_value.setdefault(getattr(total, field), []).append(total)
    support = {value: len(given) for value, given in by_value.items()}
    most = max(support.values())
    leaders = sorted(value for value, count in support.items() if count == most)
    if len(leaders) > 1:
        return Total(
            value=None,
            counted=counted,
            stated=tuple(total for value in leaders for total in by_value[value]),
            other_values=tuple(sorted(set(support) - set(leaders))),
            tied=tuple(leaders),
        )
    value = leaders[0]
    return Total(
        value=value,
        counted=counted,
        stated=tuple(by_value[value]),
        other_values=tuple(sorted(other for other in support if other != value)),
    )


def _total(career: Career, field: str, counted: int) -> Total:
    """See :class:`Total`. The first rule that applies gives the figure:

    1. the career-end (``final``) totals, the value most sources give;
    2. the dated totals of the latest date (by ``sort_key``), the value most sources give,
       if not below the events counted;
    3. the events counted; with no appearance recorded, "not known".
    """
    stated = [total for total in career.stated_totals if getattr(total, field) is not None]
    final = [total for total in stated if total.final]
    if final:
        return _most_stated(final, field, counted)
    dated = [total for total in stated if total.as_of is not None]
    if dated:
        latest_date = max(_as_of(total).sort_key() for total in dated)
        latest = [total for total in dated if _as_of(total).sort_key() == latest_date]
        chosen = _most_stated(latest, field, counted)
        if min(chosen.tied or (chosen.value or 0,)) >= counted:
            return chosen
    return Total(value=counted if career.appearances else None, counted=counted)


def _as_of(total: StatedTotal) -> PartialDate:
    assert total.as_of is not None
    return total.as_of


def holds_from(career: Career, total: StatedTotal) -> PartialDate | None:
    """The date from which a stated total holds; ``None`` where no date is known.

    A dated total holds from its ``as_of``. A career-end (``final``) total holds from its
    ``as_of`` where it has one (usually the last cap); else from the last appearance recorded,
    where the appearances recorded account for every cap it states (so that one was the last
    cap); else from the retirement.
    """
    expect(career, Career, "holds_from", "career")
    expect(total, StatedTotal, "holds_from", "total")
    if total.as_of is not None:
        return total.as_of
    if not total.final:
        return None
    recorded = career.appearances
    if recorded and total.caps is not None and len(recorded) >= total.caps:
        return max((cap.match.date for cap in recorded), key=lambda date: date.latest)
    return retirement_date(career)


def caps(career: Career) -> Total:
    """International appearances: stated totals first, the appearances recorded otherwise."""
    expect(career, Career, "caps", "career")
    return _total(career, "caps", len(career.appearances))


def goals(career: Career) -> Total:
    """Goals for the player's team (own goals, which count for the other side, are left out)."""
    expect(career, Career, "goals", "career")
    counted = sum(goals_in(appearance) for appearance in career.appearances)
    return _total(career, "goals", counted)


def goals_in(appearance: Appearance) -> int:
    """The player's goals for his team in one appearance (own goals left out)."""
    expect(appearance, Appearance, "goals_in", "appearance")
    return sum(1 for goal in appearance.goals if not goal.own_goal)


class RecordedByDate:
    """Appearances and goals recorded by a date: dated certainly before it, or on that very
    day (``compare`` -1 or 0), as a total stated "as of" the date counts them.

    Built once for a career, each date is then answered by bisection: counting afresh for
    each of a file's stated totals was quadratic.
    """

    def __init__(self, career: Career) -> None:
        expect(career, Career, "RecordedByDate", "career")
        caps = career.appearances
        ordered = sorted(caps, key=lambda cap: cap.match.date.latest)
        self._latest = [cap.match.date.latest.toordinal() for cap in ordered]
        self._goals = [0]  # goals of the first N caps in that order
        for cap in ordered:
            self._goals.append(self._goals[-1] + goals_in(cap))
        self._on_day: dict[PartialDate, tuple[int, int]] = {}
        for cap in caps:
            if cap.match.date.precision is Precision.DAY:
                count, goals = self._on_day.get(cap.match.date, (0, 0))
                self._on_day[cap.match.date] = (count + 1, goals + goals_in(cap))

    def by(self, date: PartialDate) -> tuple[int, int]:
        """The caps and goals recorded by ``date``: before it, or on the same day."""
        before = bisect.bisect_left(self._latest, date.earliest.toordinal())
        count, goals = self._on_day.get(date, (0, 0)) if date.precision is Precision.DAY else (0, 0)
        return before + count, self._goals[before] + goals


def caps_at_tournaments(career: Career) -> dict[str, tuple[Appearance, ...]]:
    """The appearances recorded at each tournament (``match.competition`` is its id), in the
    order of the file, gathered in one pass: those at one are ``.get(id, ())``."""
    expect(career, Career, "caps_at_tournaments", "career")
    found: dict[str, list[Appearance]] = {}
    for cap in career.appearances:
        if cap.match.competition is not None:
            found.setdefault(cap.match.competition, []).append(cap)
    return {tournament: tuple(caps) for tournament, caps in found.items()}


def goals_per_cap(career: Career) -> float | None:
    """Goals divided by caps, unrounded; ``None`` without caps, or where either total is only
    counted from recorded events (a ratio of two lower bounds bounds nothing)."""
    expect(career, Career, "goals_per_cap", "career")
    cap_total, goal_total = caps(career), goals(career)
    if not cap_total.value or goal_total.value is None:
        return None
    if cap_total.lower_bound or goal_total.lower_bound:
        return None
    return goal_total.value / cap_total.value


def caps_short_of_century(career: Career) -> int | None:
    """How many caps short of 100 the career stands (0 once reached)."""
    expect(career, Career, "caps_short_of_century", "career")
    cap_total = caps(career).value
    return None if cap_total is None else max(0, CENTURY - cap_total)


@attrs.frozen(kw_only=True)
class YearRecord:
    """The caps and goals a career's data records in one calendar year (not stated totals)."""

    year: int
    caps: int
    goals: int


def recorded_by_year(career: Career) -> tuple[YearRecord, ...]:
    """Recorded appearances and goals per calendar year, in order; years with none left out.

    A partial date always names its year, so an appearance known only to the month or the year
    still belongs to exactly one year. Counts are of the events recorded, which the stated
    totals usually exceed.
    """
    expect(career, Career, "recorded_by_year", "career")
    caps_in: Counter[int] = Counter()
    goals_by_year: Counter[int] = Counter()
    for appearance in career.appearances:
        year = appearance.match.date.year
        caps_in[year] += 1
        goals_by_year[year] += goals_in(appearance)
    return tuple(
        YearRecord(year=year, caps=caps_in[year], goals=goals_by_year[year])
        for year in sorted(caps_in)
    )


@attrs.frozen(kw_only=True)
class Milestone:
    """A round number of caps or goals: reached, not reached and by how many, or not known.

    ``reached`` and ``short_by`` are ``None`` where the total is only a lower bound (counted from
    the events recorded) that stays below the threshold: the real total may be past it.
    """

    kind: str
    threshold: int
    reached: bool | None
    short_by: int | None


def milestones(
    career: Career, caps_range: Range | None = None, goals_range: Range | None = None
) -> tuple[Milestone, ...]:
    """Milestones reached, and the next one of each kind: not reached, or not known.

    With the ranges from the evidence, a milestone is reached where the range's ``min`` is past
    it, not reached where its ``max`` is below it, and not known in between.
    """
    expect(career, Career, "milestones", "career")
    found = []
    for kind, total, known in (
        ("caps", caps(career), caps_range),
        ("goals", goals(career), goals_range),
    ):
        if known is not None and (known.max is not None or known.min > 0):
            found.extend(_milestones_in(kind, known))
            continue
        if total.value is None:
            continue
        for threshold in CAP_MILESTONES if kind == "caps" else GOAL_MILESTONES:
            if total.value >= threshold:
                found.append(Milestone(kind=kind, threshold=threshold, reached=True, short_by=0))
                continue
            if total.lower_bound:
                found.append(Milestone(kind=kind, threshold=threshold, reached=None, short_by=None))
            else:
                short_by = threshold - total.value
                found.append(
                    Milestone(kind=kind, threshold=threshold, reached=False, short_by=short_by)
                )
            break
    return tuple(found)


def _milestones_in(kind: str, known: Range) -> list[Milestone]:
    found = []
    for threshold in CAP_MILESTONES if kind == "caps" else GOAL_MILESTONES:
        if known.min >= threshold:
            found.append(Milestone(kind=kind, threshold=threshold, reached=True, short_by=0))
            continue
        if known.max is not None and known.max < threshold:
            short_by = None if known.exact is None else threshold - known.exact
            found.append(
                Milestone(kind=kind, threshold=threshold, reached=False, short_by=short_by)
            )
        else:
            found.append(Milestone(kind=kind, threshold=threshold, reached=None, short_by=None))
        break
    return found


def debut(career: Career) -> Appearance | None:
    """The appearance the sources mark as the debut; ``None`` where none is marked."""
    expect(career, Career, "debut", "career")
    return next((appearance for appearance in career.appearances if appearance.debut), None)


def retirement_date(career: Career) -> PartialDate | None:
    """The date of the retirement from the national team; ``None`` where none is recorded."""
    expect(career, Career, "retirement_date", "career")
    return career.retirement.date if career.retirement else None


def career_span(career: Career) -> Span | None:
    """From the debut to the retirement; ``None`` while either is unknown."""
    expect(career, Career, "career_span", "career")
    first, last = debut(career), retirement_date(career)
    if first is None or last is None or last.compare(first.match.date) == -1:
        return None  # a retirement certainly before the debut: no span (validation says so)
    return Span(first.match.date, last)


def age_at_debut(career: Career) -> Years | None:
    expect(career, Career, "age_at_debut", "career")
    first = debut(career)
    if first is None or career.player.born is None:
        return None
    if first.match.date.compare(career.player.born) == -1:
        return None  # certainly before the birth: no age (validation says so)
    return age_on(career.player.born, first.match.date)


def age_at_retirement(career: Career) -> Years | None:
    expect(career, Career, "age_at_retirement", "career")
    last = retirement_date(career)
    if last is None or career.player.born is None or last.compare(career.player.born) == -1:
        return None  # a retirement certainly before the birth: no age (validation says so)
    return age_on(career.player.born, last)


@attrs.frozen(kw_only=True)
class AbsenceSpan:
    """An absence and its length, from the shortest to the longest its bounds allow.

    ``span`` is from its stated start to its stated end; ``bounds`` (where given) the
    appearances recorded around it, which may end it sooner or start it later than its dates'
    precision allows (2015–2021, back for a match in June 2021): ``longest`` is then the
    longest it can have lasted between them.
    """

    absence: Absence
    span: Span
    bounds: AbsenceBounds | None = None

    @property
    def longest(self) -> Span:
        """The longest the absence can have lasted: from its first possible day to its last."""
        if self.bounds is None:
            return self.span
        return Span(
            PartialDate.from_date(self.bounds.start_from),
            PartialDate.from_date(self.bounds.end_by),
            inclusive=True,
        )

    @property
    def tightened(self) -> bool:
        """The appearances recorded around it shorten the longest it can have lasted."""
        return self.longest.longest_days < self.span.longest_days

    @property
    def shortest_days(self) -> int:
        return self.span.shortest_days

    @property
    def longest_days(self) -> int:
        return min(self.span.longest_days, self.longest.longest_days)

    @property
    def years(self) -> Years:
        """Completed years away, at their fewest and (within the bounds) their most."""
        low = self.span.years.low
        return Years(low, max(low, min(self.span.years.high, self.longest.years.high)))


def absence_span(absence: Absence) -> Span:
    """How long an absence lasted: the days from its ``start`` to its ``end``, both counted as
    days away, so that a one-match ban (``start`` and ``end`` the same day) is 1 day."""
    expect(absence, Absence, "absence_span", "absence")
    return Span(absence.start, absence.end, inclusive=True)


def longest_absence(career: Career, bounds: Sequence[AbsenceBounds] = ()) -> AbsenceSpan | None:
    """The absence that can have lasted longest (ties: the one certain to have lasted longest);
    with ``bounds`` (:meth:`Evidence.absence_bounds`), as the appearances around each allow."""
    expect(career, Career, "longest_absence", "career")
    bounded = {id(found.absence): found for found in bounds}
    spans = [
        AbsenceSpan(absence=a, span=absence_span(a), bounds=bounded.get(id(a)))
        for a in career.absences
    ]
    if not spans:
        return None
    return max(spans, key=lambda item: (item.longest_days, item.shortest_days))


_MISSED_BY_ABSENCE = {
    AbsenceKind.INJURY: TournamentStatus.WITHDREW_INJURED,
    AbsenceKind.EXCLUSION: TournamentStatus.EXCLUDED,
    AbsenceKind.NOT_SELECTED: TournamentStatus.NOT_SELECTED,
    AbsenceKind.SUSPENSION: TournamentStatus.EXCLUDED,
    AbsenceKind.PERSONAL: TournamentStatus.NOT_SELECTED,
}


LINEUPS = "worldcup/player_appearances.csv"
"""The data set file of line-ups that hold every match of each tournament they cover (the
World Cup Database's, 1970 on): a tournament's appearances counted from them are all there were."""


@attrs.frozen(kw_only=True)
class TournamentCount:
    """Appearances or goals at one tournament: stated by the player's entry, or ``counted``
    from the appearances recorded there (fixture and data set), which may not be all.

    A count is ``complete`` where the records are known to hold every appearance there: a data
    set's line-ups of the tournament name him (or its squad has him unused). A count neither
    stated nor complete is a lower bound (:attr:`at_least`)."""

    value: int
    counted: bool
    complete: bool = False

    @property
    def at_least(self) -> bool:
        """Whether the figure is a lower bound: counted from records that may not be all."""
        return self.counted and not self.complete


@attrs.frozen(kw_only=True)
class TournamentLine:
    """One tournament held during a career: the player's part in it and his team's finish.

    ``status`` comes from the player's entry where the sources give one; otherwise from an
    absence that certainly covers the whole tournament (``during``); otherwise it is ``None``.
    A tournament ``under_way`` on the date a summary is as of has no result yet: no status
    from an entry, no finish, no appearances or goals.
    """

    tournament: Tournament
    status: TournamentStatus | None
    entry: TournamentEntry | None = None
    during: Absence | None = None
    team_finish: TeamFinish | None = None
    under_way: bool = False
    recorded: tuple[Appearance, ...] = ()
    """The appearances recorded at the tournament (``match.competition`` is its id)."""
    squad: TournamentEntry | None = None
    """A data set's entry (:func:`from_dataset`): named in its squad, and played or unused, or
    ``not-selected`` where the squad of his team it holds does not name him (:attr:`not_in_squad`);
    beside the sources' ``entry`` (``entry`` itself where the sources, and an absence covering
    the tournament for a squad without him, give none)."""

    @property
    def played(self) -> bool | None:
        return None if self.status is None else self.status.played

    @property
    def appearances(self) -> TournamentCount | None:
        """The entry's stated appearances, else those recorded; none recorded for a squad
        member a data set has unused is 0 counted; ``None`` where nothing gives a figure."""
        found = self._count(None if self.entry is None else self.entry.appearances, len)
        if found is None and self._unused_in_squad:
            return TournamentCount(value=0, counted=True, complete=True)
        return found

    @property
    def starts(self) -> TournamentCount | None:
        """The appearances recorded there that he started, counted; ``None`` where one of them
        does not say (or more are stated than recorded: the count would be of some only)."""
        return self._all_recorded(lambda cap: None if cap.started is None else int(cap.started))

    @property
    def minutes(self) -> TournamentCount | None:
        """His minutes on the pitch in the appearances recorded there, as :attr:`starts`."""
        return self._all_recorded(lambda cap: cap.minutes)

    def _all_recorded(self, value: Callable[[Appearance], int | None]) -> TournamentCount | None:
        """The sum of ``value`` over the appearances recorded, counted, where every one of them
        gives it and they are all the appearances there were."""
        stated = None if self.entry is None else self.entry.appearances
        if self.under_way or not self.recorded:
            return None
        if stated != len(self.recorded) and not (stated is None and self.lineups_complete):
            return None
        found = [value(cap) for cap in self.recorded]
        if any(item is None for item in found):
            return None
        return TournamentCount(value=sum(item or 0 for item in found), counted=True, complete=True)

    @property
    def _unused_in_squad(self) -> bool:
        return (
            not self.under_way
            and not self.recorded
            and self.squad is not None
            and self.squad.status is TournamentStatus.IN_SQUAD_UNUSED
        )

    @property
    def squad_status(self) -> TournamentStatus | None:
        """The data set's status where it differs from the line's (``in-squad-unused`` beside
        a fixture's ``withdrew-injured``), so that both are shown; else ``None``. A squad
        without him says nothing beside a status that has him out of it (excluded)."""
        if self.squad is None or self.squad is self.entry or self.squad.status is self.status:
            return None
        if self.not_in_squad and self.status is not None and self.status.in_squad is False:
            return None
        return self.squad.status

    @property
    def not_in_squad(self) -> bool:
        """Whether a data set holds his team's squad for the tournament and it does not name
        him (its entry's status is one out of the squad: ``not-selected``)."""
        return self.squad is not None and self.squad.status.in_squad is False

    @property
    def goals(self) -> TournamentCount | None:
        """The entry's stated goals, else those in the appearances recorded there (0 for a
        squad member a data set has unused)."""
        stated = None if self.entry is None else self.entry.goals
        found = self._count(stated, lambda recorded: sum(map(goals_in, recorded)))
        if found is None and self._unused_in_squad:
            return TournamentCount(value=0, counted=True, complete=True)
        return found

    def _count(
        self, stated: int | None, count: Callable[[tuple[Appearance, ...]], int]
    ) -> TournamentCount | None:
        """What the entry states, else ``count`` of the appearances recorded; none under way."""
        if self.under_way:
            return None
        if stated is not None:
            return TournamentCount(value=stated, counted=False)
        if self.recorded:
            complete = self.lineups_complete
            return TournamentCount(value=count(self.recorded), counted=True, complete=complete)
        return None

    @property
    def lineups_complete(self) -> bool:
        """Whether the appearances recorded there are all he made: a data set's line-ups of
        the tournament (:data:`LINEUPS`), which hold every match of it, name him (its squad
        entry is ``played``, cited to them). An entry ``played`` that a data set's goal events
        alone rest on is no such thing: a match without his goal is not in them."""
        squad = self.squad
        return (
            squad is not None
            and squad.status is TournamentStatus.PLAYED
            and any(citation.file == LINEUPS for citation in squad.cite)
        )

    @property
    def cite(self) -> tuple[Citation, ...]:
        """The entry's (or the covering absence's) citations; and where the line counts its
        appearances or goals from what is recorded, or takes its finish from a data set, the
        data sets they come from, so that their credit is never left without a row citing it."""
        own = self.entry.cite if self.entry is not None else ()
        if not own and self.during is not None:
            own = self.during.cite
        counted = [count for count in (self.appearances, self.goals) if count is not None]
        datasets: list[Citation] = []
        if any(count.counted for count in counted):
            datasets += [c for cap in self.recorded for c in cap.cite if c.paragraph is None]
        if self.squad is not None and (self.squad_status is not None or self._unused_in_squad):
            datasets += self.squad.cite
        if self.team_finish is not None:
            datasets += [c for c in self.team_finish.cite if c.paragraph is None]
        return tuple(dict.fromkeys((*own, *datasets)))


def covers(absence: Absence, tournament: Tournament) -> bool:
    """The absence certainly spans the whole tournament, whatever its bounds' precision."""
    expect(absence, Absence, "covers", "absence")
    expect(tournament, Tournament, "covers", "tournament")
    return (
        absence.start.latest <= tournament.start.earliest
        and absence.end.earliest >= tournament.end.latest
    )


def covering_absence(career: Career, tournament: Tournament) -> Absence | None:
    """An absence that certainly spans the whole tournament (see :func:`covers`)."""
    expect(career, Career, "covering_absence", "career")
    expect(tournament, Tournament, "covering_absence", "tournament")
    return next((absence for absence in career.absences if covers(absence, tournament)), None)


def _held_during(tournament: Tournament, start: PartialDate, end: PartialDate | None) -> bool:
    if tournament.end.latest < start.earliest:
        return False
    return end is None or tournament.start.earliest <= end.latest


def ended_by(tournament: Tournament, date: PartialDate) -> bool:
    """The tournament certainly ended on or before ``date`` (its result known by then)."""
    expect(tournament, Tournament, "ended_by", "tournament")
    expect(date, PartialDate, "ended_by", "date")
    return tournament.end.latest <= date.latest


def _did_not_qualify(finish: TeamFinish | None) -> bool:
    return finish is not None and finish.finish is Finish.DID_NOT_QUALIFY


def tournaments(career: Career, as_of: PartialDate | None = None) -> tuple[TournamentLine, ...]:
    """Tournaments held between debut and retirement, plus any the player has an entry for.

    One his team did not qualify for is left out, unless he has an entry for it. With
    ``as_of`` (for a career already :func:`known_by` that date), one not ended by then is
    ``under_way``.
    """
    expect(career, Career, "tournaments", "career")
    entries: dict[str, TournamentEntry] = {}
    squads: dict[str, TournamentEntry] = {}
    for found in career.entries:  # the sources' entry first; a data set's as its squad
        (squads if from_dataset(career, found) else entries).setdefault(found.tournament, found)
    first = debut(career)
    recorded_at = caps_at_tournaments(career)
    lines = []
    for tournament in sorted(career.tournaments, key=lambda t: t.start.sort_key()):
        squad = squads.get(tournament.id)
        # A squad that names him is his entry where the sources give none; one without him
        # only once no absence says why (below), and only for a tournament of the career.
        entry = entries.get(tournament.id, squad if squad and squad.status.in_squad else None)
        team_finish = tournament.finish_of(career.team.name)
        if entry is None and (
            first is None
            or not _held_during(tournament, first.match.date, retirement_date(career))
            or _did_not_qualify(team_finish)
        ):
            continue
        under_way = as_of is not None and not ended_by(tournament, as_of)
        during = None
        status = entry.status if entry is not None else None
        if entry is None and not under_way:
            during = covering_absence(career, tournament)
            status = _MISSED_BY_ABSENCE[during.kind] if during is not None else None
            if during is None and squad is not None:
                entry, status = squad, squad.status
        lines.append(
            TournamentLine(
                tournament=tournament,
                status=None if under_way else status,
                entry=None if under_way else entry,
                during=during,
                team_finish=None if under_way else team_finish,
                under_way=under_way,
                recorded=recorded_at.get(tournament.id, ()),
                squad=None if under_way else squad,
            )
        )
    return tuple(lines)


def from_dataset(career: Career, entry: TournamentEntry) -> bool:
    """Whether a tournament entry is a data set's account (every file it cites is a source of
    kind ``dataset``: a World Cup squad), not what an article states."""
    expect(career, Career, "from_dataset", "career")
    expect(entry, TournamentEntry, "from_dataset", "entry")
    kinds = [career.source(citation.file) for citation in entry.cite]
    return bool(kinds) and all(
        source is not None and source.kind is SourceKind.DATASET for source in kinds
    )


def over_by(career: Career, absence: Absence) -> pendulum.Date:
    """The last day an absence can have lasted to: its end's last day or, where sooner, the
    last day of the first appearance recorded certainly after its start (he was back by then).

    An end known only to the year or the month (2015–2021) is bounded so by what was recorded.
    """
    expect(career, Career, "over_by", "career")
    expect(absence, Absence, "over_by", "absence")
    back = [
        cap.match.date.latest
        for cap in career.appearances
        if cap.match.date.earliest > absence.start.latest
    ]
    return min([absence.end.latest, *back])


def known_by(career: Career, date: PartialDate) -> Career:
    """The career as it stood on ``date``: the facts certainly dated on or before it.

    Events and dated totals after ``date`` (or that may be after it) are left out; a career-end
    total counts from the date it holds from (:func:`holds_from`), the retirement once it is;
    a tournament's finish only once it ended (a team that did not qualify is known before);
    an absence still running (not :func:`over_by` ``date``) is cut at ``date``. Every
    statistic of the result is then the statistic "as of" ``date``.
    """
    expect(career, Career, "known_by", "career")
    expect(date, PartialDate, "known_by", "date")

    def by(when: PartialDate | None) -> bool:
        return when is not None and when.latest <= date.latest

    def as_it_stood(tournament: Tournament) -> Tournament:
        if ended_by(tournament, date):
            return tournament
        known = tuple(f for f in tournament.finishes if _did_not_qualify(f))
        return (
            tournament if known == tournament.finishes else attrs.evolve(tournament, finishes=known)
        )

    retired = career.retirement is not None and by(career.retirement.date)
    finished = {t.id for t in career.tournaments if ended_by(t, date)}
    return attrs.evolve(
        career,
        appearances=tuple(cap for cap in career.appearances if by(cap.match.date)),
        stated_totals=tuple(
            total for total in career.stated_totals if by(holds_from(career, total))
        ),
        entries=tuple(entry for entry in career.entries if entry.tournament in finished),
        absences=tuple(
            absence if over_by(career, absence) <= date.latest else attrs.evolve(absence, end=date)
            for absence in career.absences
            if by(absence.start)
        ),
        retirement=career.retirement if retired else None,
        tournaments=tuple(
            as_it_stood(t) for t in career.tournaments if t.start.earliest <= date.latest
        ),
        honours=tuple(honour for honour in career.honours if by(honour.date)),
        quotes=tuple(quote for quote in career.quotes if quote.date is None or by(quote.date)),
    )


def _short_of_century(known: Range) -> int | None:
    """Caps short of 100 from the range: 0 once its ``min`` reaches it, else at most 100 less
    its ``min`` (exactly that where the range is exact); ``None`` where nothing is known."""
    if known.max is None and known.min == 0:
        return None
    return max(0, CENTURY - known.min)


def _dated(
    evidence: Evidence, found: Milestone, as_of: PartialDate | None
) -> DatedMilestone | None:
    """When a reached milestone came; ``None`` where it was not reached (by ``as_of``)."""
    if not found.reached:
        return None
    figure = Figure.CAPS if found.kind == "caps" else Figure.GOALS
    return evidence.milestone(figure, found.threshold)


@attrs.frozen(kw_only=True)
class BeforeCareer:
    """A date certainly before the player's birth or his debut: his figures are not "not
    known" then, they are not yet. ``event`` is ``birth`` or ``debut``, on ``date``."""

    event: Event
    date: PartialDate


def before_career(career: Career, date: PartialDate) -> BeforeCareer | None:
    """Whether ``date`` is certainly before the birth, or else the debut, of ``career``."""
    expect(career, Career, "before_career", "career")
    expect(date, PartialDate, "before_career", "date")
    born, first = career.player.born, debut(career)
    if born is not None and date.latest < born.earliest:
        return BeforeCareer(event=Event.BIRTH, date=born)
    if first is not None and date.latest < first.match.date.earliest:
        return BeforeCareer(event=Event.DEBUT, date=first.match.date)
    return None


@attrs.frozen(kw_only=True, repr=False)
class CareerSummary(presenters.Presented):
    """Every headline figure of a career, computed once by :func:`summarize`.

    In a notebook it shows as the summary page's tables; :meth:`to_frame` gives a DataFrame.
    """

    presented_as: ClassVar[presenters.Kind] = "summary"

    career: Career
    caps: Total
    goals: Total
    goals_per_cap: float | None
    caps_short_of_century: int | None
    milestones: tuple[Milestone, ...]
    debut: Appearance | None
    retirement: PartialDate | None
    span: Span | None
    age_at_debut: Years | None
    age_at_retirement: Years | None
    longest_absence: AbsenceSpan | None
    tournaments: tuple[TournamentLine, ...]
    as_of: PartialDate | None = None
    """The date the summary is as of (``career`` is then the career as it stood); ``None``
    for the whole record."""
    before: BeforeCareer | None = None
    """Where ``as_of`` is certainly before the birth or the debut: which, and its date."""
    caps_range: Range | None = None
    """The caps from all the evidence (:mod:`careerstats.evidence`) on ``as_of``, or at the
    career's end: exact, or a range whose ends each name what binds them."""
    goals_range: Range | None = None
    dated_milestones: tuple[DatedMilestone | None, ...] = ()
    """When each of ``milestones`` came (``None`` where not reached), from the evidence."""

    @property
    def tournaments_played(self) -> tuple[TournamentLine, ...]:
        return tuple(line for line in self.tournaments if line.played)

    @property
    def tournaments_missed(self) -> tuple[TournamentLine, ...]:
        return tuple(line for line in self.tournaments if line.played is False)

    def to_frame(self) -> pd.DataFrame:
        """The headline figures as a one-row pandas DataFrame (docs/dataframes.md); needs
        ``pip install 'careerstats[pandas]'``."""
        frame: pd.DataFrame = self._frame()
        return frame


def summarize(
    career: Career, as_of: PartialDate | None = None, evidence: Evidence | None = None
) -> CareerSummary:
    """All derived statistics of ``career``; with ``as_of``, of the career as it stood on that
    date (:func:`known_by`), tournaments not ended by then shown as under way.

    Caps and goals are also given as the range all the evidence allows on ``as_of`` (or at the
    career's end): ``evidence`` is :meth:`Evidence.of` ``career`` (with a team's calendar, where
    the caller has one), built here where not given.
    """
    expect(career, Career, "summarize", "career")
    expect_optional(as_of, PartialDate, "summarize", "as_of")
    if evidence is None:
        evidence = Evidence.of(career)
    standing = evidence.at_end() if as_of is None else evidence.on(as_of)
    before = None if as_of is None else before_career(career, as_of)
    if as_of is not None:
        career = known_by(career, as_of)
    # The absences as they stood, bounded by the appearances recorded by then: the evidence
    # itself is built once, for the whole career.
    bounds = absence_bounds(career.absences, career.appearances)
    # Before the birth or the debut, a figure is "not yet": no milestone, no caps short of 100.
    found = milestones(career) if before else milestones(career, standing.caps, standing.goals)
    return CareerSummary(
        career=career,
        caps=caps(career),
        goals=goals(career),
        goals_per_cap=goals_per_cap(career),
        caps_short_of_century=None if before else _short_of_century(standing.caps),
        milestones=found,
        caps_range=standing.caps,
        goals_range=standing.goals,
        dated_milestones=tuple(_dated(evidence, m, as_of) for m in found),
        debut=debut(career),
        retirement=retirement_date(career),
        span=career_span(career),
        age_at_debut=age_at_debut(career),
        age_at_retirement=age_at_retirement(career),
        longest_absence=longest_absence(career, bounds),
        tournaments=tournaments(career, as_of),
        as_of=as_of,
        before=before,
    )
