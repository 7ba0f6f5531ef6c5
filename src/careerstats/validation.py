"""Whole-career validation: what no single field can show, one small check per idea.

Each check takes a structured :class:`~careerstats.model.Career` and returns
:class:`~careerstats.errors.Problem` lines; none reads a file, prints or raises. Dates are
compared with :meth:`PartialDate.compare`, so nothing is flagged that the dates' precision
cannot decide: a cap in "2016" is never said to fall inside an absence ending in "2016".

Two severities (docs/errors.md lists every message):

- an **error** is a record that cannot be true together with the other records or the
  calendar (a cap inside an absence, the same match twice, a goal in the 140th minute). The
  figures computed from such a career would be wrong, so it does not load;
- a **warning** is a source's statement that the records contradict (a stated total, a
  tournament entry: ``careerstats claims`` reports these as contradictions, and a fixture may
  faithfully record a source's mistake), or a record that is possible but odd. The career loads.

Beside them, the checks that span the files of the fixtures folders, from what the loader read
of each: a source, tournament or player declared again in another file, a player file after its
shared files or one folder after another (:func:`declared_in_another_file`, one rule for all;
:func:`declared_twice` for a player file), and players whose names differ only by look-alike
characters (:class:`LookAlikeNames`; it asks the system whether two paths are one file, and
reads none).
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Protocol

from careerstats import words
from careerstats.arguments import expect
from careerstats.claims import Check as ClaimCheck
from careerstats.claims import Verdict, check_claims
from careerstats.dates import PartialDate, Precision, bounds_text
from careerstats.errors import Problem, Severity, describe_text, name_text
from careerstats.evidence import ContradictionKind, Evidence, Figure, Statement
from careerstats.lookalikes import look_alike_characters, skeleton
from careerstats.model import (
    Absence,
    Career,
    Goal,
    HonourKind,
    Match,
    Period,
    Source,
    StatedTotal,
    Tournament,
    TournamentEntry,
)
from careerstats.names import closest, fold, plural
from careerstats.statistics import (
    RecordedByDate,
    caps_at_tournaments,
    debut,
    goals_in,
    retirement_date,
)

__all__ = [
    "HALF_TIME",
    "LONGEST_STOPPAGE",
    "NO_CATALOGUE_HINT",
    "LookAlikeNames",
    "PlayerNames",
    "check_career",
    "contradicted_claims",
    "declared_in_another_file",
    "declared_twice",
    "listed_twice",
]

HALF_TIME = 45
"""Minutes in a half; extra time is two halves of 15 after the 90th minute."""

LONGEST_STOPPAGE = 15
"""The most stoppage time allowed for at the end of a half (the longest added at a World Cup,
2022, was 14 minutes). A goal in stoppage time is written with its running minute: 90+3 is 93."""

FULL_TIME = 2 * HALF_TIME
EXTRA_TIME_END = FULL_TIME + 30

WARNING = Severity.WARNING

Check = Callable[[Career, str], Iterable[Problem]]


def check_career(
    career: Career, shown: str, catalogued: Iterable[str] | None = None
) -> list[Problem]:
    """Every problem of ``career`` across its parts, each naming ``shown`` and its TOML path.

    ``catalogued`` are the ids of the data's tournament catalogue (:mod:`careerstats.catalogue`)
    where one is given: an unknown tournament's suggestions are drawn from them too. Where
    none is (``None``), an unknown id of the catalogue's shape (``world-cup-1998``) says that
    ``--data DIR`` would make it known.
    """
    expect(career, Career, "check_career", "career")
    expect(shown, str, "check_career", "shown")
    problems = list(_references(career, shown, catalogued))
    return problems + [problem for check in _CHECKS for problem in check(career, shown)]


def contradicted_claims(career: Career, shown: str, found: Iterable[Problem] = ()) -> list[Problem]:
    """A warning for each claim that ``careerstats claims`` finds the data contradicts.

    Each names the claim's table in the file (``stated_totals[1]``, ``claims[4]``,
    ``entries[2].status``), and reads as the claims page does: what is stated, what the data
    gives. A table that ``found`` (the file's other problems) already flags is left out: one
    line says it. Run it on a career without errors only: its figures are otherwise wrong.
    """
    flagged = [problem.place for problem in found]
    problems = []
    for check in check_claims(career).checks:
        if check.verdict is not Verdict.CONTRADICTS:
            continue
        place = _claim_place(career, check)
        if any(_within_place(other, place) for other in flagged):
            continue
        computed = (
            "" if check.computed is None else f", but the data gives {words.value(check.computed)}"
        )
        note = f" ({words.note(check.note)})" if check.note else ""
        message = (
            f"{words.subject(check.subject)}: {words.value(check.stated)} stated{computed}{note}"
        )
        problems.append(Problem(shown, place, message, WARNING))
    return problems


def _within_place(place: str, table: str) -> bool:
    """Whether ``place`` is the table ``table`` or a field inside it."""
    return place == table or place.startswith((f"{table}.", f"{table}["))


_CLAIM_TABLES = {
    "totals": ("stated_totals", ""),
    "tournament-status": ("entries", ".status"),
    "tournament-apps": ("entries", ".appearances"),
    "tournament-goals": ("entries", ".goals"),
    "post": ("quotes", ""),
}
"""The table, and field in it, that a check of each kind is about; other kinds: ``claims``."""


def _claim_place(career: Career, check: ClaimCheck) -> str:
    """Where in the player file the claim a check is about is made.

    A check carries its claim's citations, the very tuple of the claim's table: that finds the
    table among those of its kind (by equal citations, should the tuple have been rebuilt).
    """
    field, suffix = _CLAIM_TABLES.get(check.kind, ("claims", ""))
    tables: tuple[object, ...] = getattr(career, field)
    cites = [getattr(table, "cite", None) for table in tables]
    index = next((i for i, cite in enumerate(cites) if cite is check.cite), None)
    if index is None:
        index = next((i for i, cite in enumerate(cites) if cite == check.cite), None)
    return field if index is None else f"{field}[{index}]{suffix}"


# --- helpers ------------------------------------------------------------------------------------


def _debut_date(career: Career) -> PartialDate | None:
    first = debut(career)
    return None if first is None else first.match.date


def _before(date: PartialDate, limit: PartialDate | None) -> bool:
    """Certainly before ``limit`` (never where the precision cannot tell)."""
    return limit is not None and date.compare(limit) == -1


def _after(date: PartialDate, limit: PartialDate | None) -> bool:
    return limit is not None and date.compare(limit) == 1


def _inside(date: PartialDate, absence: Absence) -> bool:
    """Certainly after an absence's first day and before its last: on those days a match may
    still have been played (the injury came in it; the return was for it)."""
    return date.compare(absence.start) == 1 and date.compare(absence.end) == -1


def _bounds(start: PartialDate, end: PartialDate) -> str:
    return bounds_text(start, end)  # for dates in the wrong order too: no Span holds them


def _tournament(tournament: Tournament) -> str:
    return f"{tournament.id!r} ({_bounds(tournament.start, tournament.end)})"


def _match(match: Match) -> str:
    return f"{match.date} v {name_text(match.opponent)}"


def _tournaments_by_id(career: Career) -> dict[str, Tournament]:
    """``career.tournament`` for many look-ups: it scans the list, quadratic in a loop. Where
    an id is declared twice (an error of its own), the first wins, as there."""
    return {tournament.id: tournament for tournament in reversed(career.tournaments)}


def _entered_tournaments(career: Career) -> Iterator[tuple[int, TournamentEntry, Tournament]]:
    """Each entry, with its index, and the tournament it names where that is declared (an
    unknown id is :func:`_references`' to report)."""
    tournament_of = _tournaments_by_id(career).get
    for index, entry in enumerate(career.entries):
        tournament = tournament_of(entry.tournament)
        if tournament is not None:
            yield index, entry, tournament


# --- references between parts ---------------------------------------------------------------


_CATALOGUE_SHAPED = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*-[0-9]{4}(?:-[0-9]+)?")
"""An id as :func:`careerstats.catalogue.tournament_id` makes them: words, then the edition."""

NO_CATALOGUE_HINT = (
    "with --data DIR, a World Cup or finals tournament of the data sets needs no declaration"
)
"""What an unknown tournament of the catalogue's shape adds where no data set was given."""


def _references(
    career: Career, shown: str, catalogued: Iterable[str] | None = None
) -> Iterator[Problem]:
    """Unknown tournament ids (suggestions from the career's and the ``catalogued``; where no
    catalogue is given, :data:`NO_CATALOGUE_HINT` for an id of its shape), a total that does
    not say when it held, a second debut."""
    declared = {tournament.id for tournament in career.tournaments}
    known = sorted({*declared, *(catalogued or ())})

    def unknown(tournament: str, place: str, expected: str = "") -> Problem:
        close = closest(tournament, known)
        hints = [f"did you mean {' or '.join(map(repr, close))}?"] if close else []
        if catalogued is None and _CATALOGUE_SHAPED.fullmatch(tournament):
            hints.append(
                NO_CATALOGUE_HINT[0].upper() + NO_CATALOGUE_HINT[1:] if hints else NO_CATALOGUE_HINT
            )
        hint = f" ({' '.join(hints)})" if hints else ""
        if expected:
            return Problem(
                shown, place, f"expected {expected}, got {describe_text(tournament)}{hint}"
            )
        return Problem(shown, place, f"unknown tournament {describe_text(tournament)}{hint}")

    for index, entry in enumerate(career.entries):
        if entry.tournament not in declared:
            yield unknown(entry.tournament, f"entries[{index}].tournament")
    for index, total in enumerate(career.stated_totals):
        if not total.final and total.as_of is None:
            yield Problem(
                shown,
                f"stated_totals[{index}]",
                "expected final = true or an as_of date: a total must say when it held",
            )
    for index, cap in enumerate(career.appearances):
        competition = cap.match.competition
        if competition is not None and competition != "friendly" and competition not in declared:
            place = f"appearances[{index}].match.competition"
            yield unknown(competition, place, "'friendly' or a known tournament id")
    debuts = [index for index, cap in enumerate(career.appearances) if cap.debut]
    for index in debuts[1:]:
        yield Problem(shown, f"appearances[{index}].debut", "a second debut")


# --- dates against the birth, the debut and the retirement -------------------------------------


def _order(career: Career, shown: str) -> Iterator[Problem]:
    """Caps before the debut or the birth, or after the retirement; a retirement before either."""
    born, retired, first = career.player.born, retirement_date(career), _debut_date(career)
    for index, cap in enumerate(career.appearances):
        place = f"appearances[{index}].match.date"
        date = cap.match.date
        if _before(date, first):
            yield Problem(shown, place, f"{date} comes before the debut ({first})")
        if _before(date, born):
            yield Problem(shown, place, f"{date} comes before the birth date ({born})")
        if _after(date, retired):
            yield Problem(shown, place, f"{date} comes after the retirement ({retired})")
    if retired is not None:
        if _before(retired, first):
            yield Problem(shown, "retirement.date", f"{retired} comes before the debut ({first})")
        if _before(retired, born):
            message = f"{retired} comes before the birth date ({born})"
            yield Problem(shown, "retirement.date", message)


def _absence_bounds(career: Career, shown: str) -> Iterator[Problem]:
    for index, absence in enumerate(career.absences):
        if absence.end.compare(absence.start) == -1:
            message = f"ends ({absence.end}) before it starts ({absence.start})"
            yield Problem(shown, f"absences[{index}].end", message)


def _dated_facts(career: Career) -> Iterator[tuple[str, PartialDate]]:
    """Every dated record other than a match, with its place: absences, injuries, honours."""
    for index, absence in enumerate(career.absences):
        yield f"absences[{index}].start", absence.start
        injury = absence.injury
        if injury is not None and injury.occurred is not None:
            yield f"absences[{index}].injury.occurred", injury.occurred
        if injury is not None and injury.return_not_before is not None:
            yield f"absences[{index}].injury.return_not_before", injury.return_not_before
    for index, honour in enumerate(career.honours):
        if honour.date is not None:
            yield f"honours[{index}].date", honour.date
    for index, total in enumerate(career.stated_totals):
        if total.as_of is not None:
            yield f"stated_totals[{index}].as_of", total.as_of


def _before_birth(career: Career, shown: str) -> Iterator[Problem]:
    """Absences, injuries, honours, totals and tournament entries dated before the birth."""
    born = career.player.born
    if born is None:
        return
    for place, date in _dated_facts(career):
        if _before(date, born):
            yield Problem(shown, place, f"{date} comes before the birth date ({born})")
    for index, _, tournament in _entered_tournaments(career):
        if _before(tournament.end, born):
            message = f"{_tournament(tournament)} comes before the birth date ({born})"
            yield Problem(shown, f"entries[{index}].tournament", message)


def _after_retirement(career: Career, shown: str) -> Iterator[Problem]:
    """An absence begun after the retirement is an error; later ends, totals, international
    honours and tournament entries are odd (warnings). Quotes, club and individual honours
    after leaving the national team are ordinary and are not checked."""
    retired = retirement_date(career)
    if retired is None:
        return
    later = f"comes after the retirement ({retired})"
    for index, absence in enumerate(career.absences):
        if _after(absence.start, retired):
            yield Problem(shown, f"absences[{index}].start", f"{absence.start} {later}")
        elif _after(absence.end, retired):
            message = f"{absence.end} {later}: an absence ends with the career at the latest"
            yield Problem(shown, f"absences[{index}].end", message, WARNING)
    for index, honour in enumerate(career.honours):
        international = honour.kind is HonourKind.INTERNATIONAL
        if international and honour.date is not None and _after(honour.date, retired):
            yield Problem(shown, f"honours[{index}].date", f"{honour.date} {later}", WARNING)
    for index, total in enumerate(career.stated_totals):
        if total.as_of is not None and _after(total.as_of, retired):
            message = f"{total.as_of} {later}: a total after the career is its final total"
            yield Problem(shown, f"stated_totals[{index}].as_of", message, WARNING)
    for index, _, tournament in _entered_tournaments(career):
        if _after(tournament.start, retired):
            place = f"entries[{index}].tournament"
            yield Problem(shown, place, f"{_tournament(tournament)} {later}", WARNING)


def _before_debut(career: Career, shown: str) -> Iterator[Problem]:
    """Statements of caps or goals before the first cap: a played tournament, a total above 0."""
    first = _debut_date(career)
    if first is None:
        return
    earlier = f"comes before the debut ({first})"
    for index, entry, tournament in _entered_tournaments(career):
        if entry.status.played and _before(tournament.end, first):
            message = f"played at {_tournament(tournament)}, which {earlier}"
            yield Problem(shown, f"entries[{index}].status", message, WARNING)
    for index, total in enumerate(career.stated_totals):
        if total.as_of is None or not _before(total.as_of, first):
            continue
        for field, value in (("caps", total.caps), ("goals", total.goals)):
            if value:
                message = f"{value} as of {total.as_of}, which {earlier}"
                yield Problem(shown, f"stated_totals[{index}].{field}", message, WARNING)


def _no_debut(career: Career, shown: str) -> Iterator[Problem]:
    if career.appearances and debut(career) is None:
        yield Problem(
            shown,
            "appearances",
            "no appearance is marked debut = true, so the debut, the career span and the age "
            "at debut are not known",
            WARNING,
        )


# --- absences --------------------------------------------------------------------------------


class _AbsenceIndex:
    """The first absence (in file order) that certainly holds a stretch of days, found in
    logarithmic time: checking each appearance against each absence took 34 s for 6,200 of
    each.

    An absence holds the days ``first..last`` (ordinals) when it certainly starts on or before
    ``first`` and certainly ends on or after ``last``: the rule of
    :func:`~careerstats.statistics.covers`, asked for many stretches at once. A sweep over
    ``first`` adds the absences that may have started by then to a Fenwick tree that keeps the
    smallest index among those ending on or after each day.
    """

    def __init__(self, absences: Sequence[Absence]) -> None:
        self._starts = [absence.start.latest.toordinal() for absence in absences]
        # End days, negated so that "ends on or after a day" is a prefix of the sorted list.
        self._ends = [-absence.end.earliest.toordinal() for absence in absences]
        self._by_start = sorted(range(len(absences)), key=self._starts.__getitem__)
        self._end_days = sorted(set(self._ends))

    def first_holding(self, stretches: Sequence[tuple[int, int]]) -> list[int | None]:
        """For each stretch ``(first, last)``, the smallest index of an absence holding it."""
        none = len(self._starts)  # no absence
        tree = [none] * (len(self._end_days) + 1)  # 1-based, the minimum index per prefix
        found: list[int | None] = [None] * len(stretches)
        added = 0
        for query in sorted(range(len(stretches)), key=lambda q: stretches[q][0]):
            first, last = stretches[query]
            while added < len(self._by_start) and self._starts[self._by_start[added]] <= first:
                index = self._by_start[added]
                position = bisect.bisect_left(self._end_days, self._ends[index]) + 1
                while position < len(tree):
                    tree[position] = min(tree[position], index)
                    position += position & -position
                added += 1
            position = bisect.bisect_right(self._end_days, -last)  # ends on or after `last`
            smallest = none
            while position > 0:
                smallest = min(smallest, tree[position])
                position -= position & -position
            found[query] = smallest if smallest != none else None
        return found


def _caps_in_absences(career: Career, shown: str) -> Iterator[Problem]:
    """A cap certainly inside an absence: one of the two records is wrong."""
    # Inside (see _inside): the absence holds the day before the match's earliest day to the
    # day after its latest, so the match falls certainly after its start and before its end.
    stretches = [
        (cap.match.date.earliest.toordinal() - 1, cap.match.date.latest.toordinal() + 1)
        for cap in career.appearances
    ]
    holding = _AbsenceIndex(career.absences).first_holding(stretches)
    for index, (cap, which) in enumerate(zip(career.appearances, holding, strict=True)):
        if which is not None:
            absence = career.absences[which]
            bounds = _bounds(absence.start, absence.end)
            message = f"{cap.match.date} falls inside the absence absences[{which}] ({bounds})"
            yield Problem(shown, f"appearances[{index}].match.date", message)


def _entries_in_absences(career: Career, shown: str) -> Iterator[Problem]:
    """An entry that says played at a tournament an absence certainly covers whole."""
    played = [
        (index, tournament)
        for index, entry, tournament in _entered_tournaments(career)
        if entry.status.played
    ]
    # Covered whole (statistics.covers): the absence holds every day the tournament may have.
    stretches = [(t.start.earliest.toordinal(), t.end.latest.toordinal()) for _, t in played]
    holding = _AbsenceIndex(career.absences).first_holding(stretches)
    for (index, tournament), which in zip(played, holding, strict=True):
        if which is not None:
            absence = career.absences[which]
            bounds = _bounds(absence.start, absence.end)
            message = (
                f"played at {_tournament(tournament)}, which falls inside the absence "
                f"absences[{which}] ({bounds})"
            )
            yield Problem(shown, f"entries[{index}].status", message, WARNING)


# --- matches ---------------------------------------------------------------------------------


def _told_apart(first: Match, second: Match) -> bool:
    """Whether a recorded detail shows two matches are different ones."""
    return any(
        a is not None and b is not None and a != b
        for a, b in (
            (first.venue, second.venue),
            (first.score, second.score),
            (first.competition, second.competition),
        )
    )


def _details(match: Match) -> tuple[object, ...]:
    """What :func:`_told_apart` compares, ``None`` where not recorded."""
    return (match.venue, match.score, match.competition)


_DETAIL_MASKS = tuple(tuple(field for field in range(3) if mask >> field & 1) for mask in range(8))


class _EarlierMatches:
    """The first earlier appearance each later one may be the same match as, in constant time
    per appearance: comparing every pair within a year took minutes for a fixture of 15,000
    appearances in one year.

    Two dates cannot be told apart (``compare`` is ``None``) when their ranges overlap and one
    is not to the day: within a year, a year overlaps everything; a month its days and itself.
    Two matches cannot be told apart by their details when each detail recorded in both is the
    same. Earlier appearances are filed under the dates they overlap and under each projection
    of their details, so that a later one looks up at most 2 x 8 keys.
    """

    def __init__(self) -> None:
        self._first: dict[tuple[object, ...], int] = {}

    @staticmethod
    def _shelves(date: PartialDate, adding: bool) -> list[tuple[object, ...]]:
        """Where an earlier date is filed (``adding``), or where a later one looks."""
        month = date.month
        if adding:
            shelves: list[tuple[object, ...]] = [("any",)]
            if month is None:
                shelves.append(("year",))
            else:
                shelves.append(("month-or-day", month))
                if date.day is None:
                    shelves.append(("month", month))
            return shelves
        if month is None:
            return [("any",)]
        if date.day is None:
            return [("year",), ("month-or-day", month)]
        return [("year",), ("month", month)]

    def add(self, index: int, match: Match) -> None:
        group = (match.date.year, match.opponent.casefold())
        details = _details(match)
        for shelf in self._shelves(match.date, adding=True):
            for fields in _DETAIL_MASKS:
                key = (*group, *shelf, fields, tuple(details[field] for field in fields))
                self._first.setdefault(key, index)

    def first_alike(self, match: Match) -> int | None:
        """The first earlier appearance v the same opponent whose date and details cannot be
        told apart from ``match``'s."""
        group = (match.date.year, match.opponent.casefold())
        details = _details(match)
        recorded = tuple(field for field in range(3) if details[field] is not None)
        # An earlier match alike holds, for each detail recorded here, nothing or the same.
        choices = itertools.product(*((None, details[field]) for field in recorded))
        projections = [tuple(choice) for choice in choices]
        found = [
            self._first[key]
            for shelf in self._shelves(match.date, adding=False)
            for values in projections
            if (key := (*group, *shelf, recorded, values)) in self._first
        ]
        return min(found, default=None)


def _same_match(career: Career, shown: str) -> Iterator[Problem]:
    """The same match twice, two matches on one day, and pairs the dates cannot tell apart."""
    caps = career.appearances
    on_day: dict[PartialDate, int] = {}  # the first appearance dated to each day
    alike = _EarlierMatches()
    for later, cap in enumerate(caps):
        second = cap.match
        same_day = on_day.get(second.date) if second.date.precision is Precision.DAY else None
        may_be = alike.first_alike(second)
        earlier = min((i for i in (same_day, may_be) if i is not None), default=None)
        if earlier is not None:
            first = caps[earlier].match
            place = f"appearances[{later}].match"
            if earlier == same_day and first.opponent.casefold() == second.opponent.casefold():
                message = f"the same match as appearances[{earlier}] ({_match(first)})"
                yield Problem(shown, place, message)
            elif earlier == same_day:
                message = (
                    f"{second.date} is also the date of appearances[{earlier}] "
                    f"(v {name_text(first.opponent)}): two matches on one day"
                )
                yield Problem(shown, f"{place}.date", message)
            else:
                message = (
                    f"may be the same match as appearances[{earlier}] ({_match(first)}): "
                    "the dates cannot tell them apart; give the day, the venue or the score"
                )
                yield Problem(shown, place, message, WARNING)
        if second.date.precision is Precision.DAY:
            on_day.setdefault(second.date, later)
        alike.add(later, second)


# --- goals -----------------------------------------------------------------------------------

_PERIODS = {
    Period.FIRST_HALF: ("the first half", 1, HALF_TIME),
    Period.SECOND_HALF: ("the second half", HALF_TIME + 1, FULL_TIME),
    Period.EXTRA_TIME: ("extra time", FULL_TIME + 1, EXTRA_TIME_END),
}


def _minute_problem(goal: Goal) -> str | None:
    minute = goal.minute
    if minute is None:
        return None
    stoppage = f"and up to {LONGEST_STOPPAGE} of stoppage time"
    if minute > EXTRA_TIME_END + LONGEST_STOPPAGE:
        return f"{minute} is past the end of any match ({EXTRA_TIME_END} minutes {stoppage})"
    if goal.period is None:
        return None
    name, first, last = _PERIODS[goal.period]
    if not first <= minute <= last + LONGEST_STOPPAGE:
        return f"{minute} is not in {name} (minutes {first}–{last} {stoppage})"
    return None


def _goal_minutes(career: Career, shown: str) -> Iterator[Problem]:
    """A minute no match has, or one outside the goal's period."""
    for index, cap in enumerate(career.appearances):
        for number, goal in enumerate(cap.goals):
            message = _minute_problem(goal)
            if message is not None:
                yield Problem(shown, f"appearances[{index}].goals[{number}].minute", message)


def _goals_and_score(career: Career, shown: str) -> Iterator[Problem]:
    """More goals by the player than the score gives his team (own goals: the other team)."""
    team = career.team.name
    for index, cap in enumerate(career.appearances):
        score = cap.match.score
        if score is None:
            continue
        scored = goals_in(cap)
        own = len(cap.goals) - scored
        place = f"appearances[{index}].goals"
        if scored > score.scored:
            message = (
                f"{plural(scored, 'goal')} for {team}, more than the {score.scored} the "
                f"score gives it ({score})"
            )
            yield Problem(shown, place, message)
        if own > score.conceded:
            message = (
                f"{plural(own, 'own goal')}, more than the {score.conceded} the score gives "
                f"{name_text(cap.match.opponent)} ({score})"
            )
            yield Problem(shown, place, message)


# --- tournaments -----------------------------------------------------------------------------


def _caps_outside_tournaments(career: Career, shown: str) -> Iterator[Problem]:
    """A match said to be at a tournament, dated certainly outside its days."""
    tournament_of = _tournaments_by_id(career).get
    for index, cap in enumerate(career.appearances):
        competition = cap.match.competition
        tournament = tournament_of(competition) if competition else None
        if tournament is None:
            continue
        date = cap.match.date
        if _before(date, tournament.start) or _after(date, tournament.end):
            message = f"{date} is not during {_tournament(tournament)}"
            yield Problem(shown, f"appearances[{index}].match.date", message)


def _entries_themselves(career: Career, shown: str) -> Iterator[Problem]:
    """An entry that contradicts itself: played with no appearance, or caps without playing."""
    for index, entry in enumerate(career.entries):
        place = f"entries[{index}]"
        status = entry.status.value
        if entry.status.played and entry.appearances == 0:
            yield Problem(shown, f"{place}.appearances", "0 appearances, but the status is played")
        if not entry.status.played:
            for field, count, noun in (
                ("appearances", entry.appearances, "appearance"),
                ("goals", entry.goals, "goal"),
            ):
                if count:
                    message = f"{plural(count, noun)}, but the status is {status}"
                    yield Problem(shown, f"{place}.{field}", message)


def _entries_and_caps(career: Career, shown: str) -> Iterator[Problem]:
    """An entry's status and figures against the appearances recorded at its tournament."""
    caps_at = caps_at_tournaments(career)
    position = {id(cap): index for index, cap in enumerate(career.appearances)}
    for index, entry in enumerate(career.entries):
        place = f"entries[{index}]"
        caps = caps_at.get(entry.tournament, ())
        if not caps:
            continue
        where = repr(entry.tournament)
        if not entry.status.played:
            first = position[id(caps[0])]
            message = (
                f"{entry.status.value}, but an appearance at {where} is recorded "
                f"(appearances[{first}])"
            )
            yield Problem(shown, f"{place}.status", message, WARNING)
        if entry.appearances is not None and len(caps) > entry.appearances:
            message = (
                f"{entry.appearances} stated, but {plural(len(caps), 'appearance')} at "
                f"{where} {'is' if len(caps) == 1 else 'are'} recorded"
            )
            yield Problem(shown, f"{place}.appearances", message, WARNING)
        scored = sum(goals_in(cap) for cap in caps)
        if entry.goals is not None and scored > entry.goals:
            message = (
                f"{entry.goals} stated, but {plural(scored, 'goal')} at {where} "
                f"{'is' if scored == 1 else 'are'} recorded"
            )
            yield Problem(shown, f"{place}.goals", message, WARNING)


# --- stated totals ---------------------------------------------------------------------------


def _totals_below_counts(career: Career, shown: str) -> Iterator[Problem]:
    """A stated total smaller than the appearances or goals recorded by its date."""
    counts = RecordedByDate(career)
    recorded_in_all = len(career.appearances), sum(goals_in(cap) for cap in career.appearances)
    for index, total in enumerate(career.stated_totals):
        if total.final:
            caps, goals = recorded_in_all
            when = ""
        elif total.as_of is not None:
            caps, goals = counts.by(total.as_of)
            when = f" as of {total.as_of}"
        else:
            continue
        for field, value, counted, noun in (
            ("caps", total.caps, caps, "appearance"),
            ("goals", total.goals, goals, "goal"),
        ):
            if value is not None and counted > value:
                verb = "is" if counted == 1 else "are"
                recorded = f"{plural(counted, noun)} {verb} recorded"
                message = (
                    f"{value}{when}, but {recorded} by then"
                    if when
                    else (f"{value} stated, but {recorded}")
                )
                yield Problem(shown, f"stated_totals[{index}].{field}", message, WARNING)


def _stated_when(total: StatedTotal) -> str:
    """``on 2021-06-09``, ``in 2021-06``, ``at the career's end``."""
    if total.as_of is None:
        return "at the career's end"
    return f"{'on' if total.as_of.precision is Precision.DAY else 'in'} {total.as_of}"


def _totals_never_go_down(career: Career, shown: str) -> Iterator[Problem]:
    """A total stated lower than one stated certainly earlier: caps and goals only go up.

    The rule is the evidence's (``total-goes-down``, docs/evidence.md), kept here where the
    earlier total is certainly before the later one's first day: two totals as of the same day
    are sources disagreeing, which ``careerstats claims`` shows. Each later statement is named
    once per figure, against the highest earlier one (the first of equals).
    """
    highest: dict[tuple[int, int], Statement] = {}
    for found in Evidence.of(career).contradictions():
        if found.kind is not ContradictionKind.TOTAL_GOES_DOWN:
            continue
        earlier, later = found.statements
        if not later.final and earlier.last is not None and earlier.last == later.first:
            continue
        key = (later.index, _FIGURE_ORDER[found.figure])
        best = highest.get(key)
        if best is None or (earlier.value, -earlier.index) > (best.value, -best.index):
            highest[key] = earlier
    for (index, _), earlier in sorted(highest.items()):
        later_total, figure = career.stated_totals[index], earlier.figure
        noun = "cap" if figure is Figure.CAPS else "goal"
        value = getattr(later_total, figure.value)
        message = (
            f"{plural(value, noun)} stated {_stated_when(later_total)} [{_citations(later_total)}] "
            f"after {earlier.value} stated {_stated_when(earlier.total)} "
            f"[{_citations(earlier.total)}]: totals never go down"
        )
        yield Problem(shown, f"stated_totals[{index}]", message)


_FIGURE_ORDER = {Figure.CAPS: 0, Figure.GOALS: 1}


_FIGURES = (("caps", "cap"), ("goals", "goal"))


def _citations(total: StatedTotal) -> str:
    return ", ".join(map(str, total.cite))


_CHECKS: tuple[Check, ...] = (  # and _references first, with the catalogue's ids
    _order,
    _absence_bounds,
    _before_birth,
    _after_retirement,
    _before_debut,
    _no_debut,
    _caps_in_absences,
    _entries_in_absences,
    _same_match,
    _goal_minutes,
    _goals_and_score,
    _caps_outside_tournaments,
    _entries_themselves,
    _entries_and_caps,
    _totals_below_counts,
    _totals_never_go_down,
)
"""Every check, in the order their problems are listed."""


# --- across files: what a player file and the files beside it cannot both declare ------------
# A fixtures folder is read by careerstats.fixtures; these checks see what it read of several
# files at once, as the checks above see the parts of one career.


def listed_twice(
    items: Iterable[str], shown: str, field: str, declared: str = "declared"
) -> list[Problem]:
    """Each item that an earlier one of the same table list already declares, naming where.

    A second declaration would silently win, or count twice (a tournament declared twice in
    the shared file is two tournaments in every player's summary), so it is an error.
    """
    first: dict[str, int] = {}
    problems = []
    for index, item in enumerate(items):
        if item in first:
            message = f"{describe_text(item)} is {declared} twice: also at {field}[{first[item]}]"
            problems.append(Problem(shown, f"{field}[{index}]", message))
        else:
            first[item] = index
    return problems


Declaration = tuple[str, str, str]
"""One thing declared: its id (a source's file, a tournament's or a player's id), the file that
declares it (as shown) and its place in that file (``sources[2]``, ``player.id``)."""


def declared_in_another_file(declarations: Iterable[Declaration]) -> list[Problem]:
    """Each declaration whose id a declaration of another file made before it, naming where.

    The one rule of what several files declare together: the first declaration stands and each
    later one in another file is an error, at its place, naming the first's file and place.
    Declarations are given in the order the files are read (shared files before a player file,
    the fixtures folders in the order given). A repeat within one file is :func:`listed_twice`'s.
    """
    first: dict[str, tuple[str, str]] = {}
    problems = []
    for item, shown, place in declarations:
        if item not in first:
            first[item] = (shown, place)
            continue
        first_shown, first_place = first[item]
        if first_shown != shown:
            message = (
                f"{describe_text(item)} is declared twice: also in {first_shown}, at {first_place}"
            )
            problems.append(Problem(shown, place, message))
    return problems


def _declarations(items: Iterable[str], shown: str, field: str) -> list[Declaration]:
    """The items of a table list of one file, each at its place ``field[index]``."""
    return [(item, shown, f"{field}[{index}]") for index, item in enumerate(items)]


def declared_twice(
    own: Career,
    sources: Iterable[tuple[str, Iterable[Source]]],
    tournaments: Iterable[tuple[str, Iterable[Tournament]]],
    shown: str,
) -> list[Problem]:
    """Sources, tournaments and entries declared twice: in the player file ``own`` alone, or
    in it and the shared files (``sources`` and ``tournaments`` pair each shared file, as its
    messages name it, with what it declares); each named where it is, with where the first one
    is. Declared twice among the shared files themselves is :func:`declared_in_another_file`'s.
    """
    own_files = [source.file for source in own.sources]
    own_ids = [tournament.id for tournament in own.tournaments]
    shared_files = [
        declared
        for file, listed in sources
        for declared in _declarations((source.file for source in listed), file, "sources")
    ]
    shared_ids = [
        declared
        for file, listed in tournaments
        for declared in _declarations((t.id for t in listed), file, "tournaments")
    ]
    return [
        *listed_twice(own_files, shown, "sources"),
        *listed_twice(own_ids, shown, "tournaments"),
        *_declared_after(shared_files, _declarations(own_files, shown, "sources")),
        *_declared_after(shared_ids, _declarations(own_ids, shown, "tournaments")),
        *listed_twice([entry.tournament for entry in own.entries], shown, "entries", "entered"),
    ]


def _declared_after(shared: list[Declaration], own: list[Declaration]) -> list[Problem]:
    """Each of ``own`` that one of ``shared`` declares first (the shared files' own repeats
    are reported with those files, not again with each player file)."""
    problems = declared_in_another_file([*shared, *own])
    return [problem for problem in problems if (problem.file, problem.place) in _places(own)]


def _places(declarations: Iterable[Declaration]) -> set[tuple[str, str]]:
    return {(shown, place) for _, shown, place in declarations}


class PlayerNames(Protocol):
    """What the look-alike check needs of a player file: where it is and the names it declares
    (:class:`careerstats.fixtures.PlayerRef` is one)."""

    @property
    def id(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def aliases(self) -> tuple[str, ...]: ...
    @property
    def path(self) -> Path: ...


def _names_of(player: PlayerNames) -> list[tuple[str, str]]:
    """A player's id, name and aliases, each with its place in the player file."""
    aliases = [(f"player.aliases[{index}]", alias) for index, alias in enumerate(player.aliases)]
    return [("player.id", player.id), ("player.name", player.name), *aliases]


class LookAlikeNames:
    """The names of a folder's players by how they read (their skeletons, see
    :mod:`careerstats.lookalikes`), to find names that differ only by look-alike characters."""

    def __init__(self, players: Iterable[PlayerNames]) -> None:
        self._read_as: dict[str, list[tuple[str, str, PlayerNames]]] = {}
        for player in players:
            for place, name in _names_of(player):
                self._read_as.setdefault(skeleton(name), []).append((name, place, player))

    def warnings(self, player: PlayerNames, shown: str) -> list[Problem]:
        """A warning for each name of ``player`` that reads as a name of another player's,
        differing only by look-alike characters that it holds itself: at the place of the
        name in the file, naming the other file and each character."""
        return list(self._look_alikes(player, shown))

    def _look_alikes(self, player: PlayerNames, shown: str) -> Iterator[Problem]:
        for place, text in _names_of(player):
            characters = look_alike_characters(text)
            if not characters:
                continue
            # A name is compared with a name first, an id with an id.
            candidates = sorted(self._read_as.get(skeleton(text), []), key=lambda c: c[1] != place)
            found = (
                (name, other)
                for name, _, other in candidates
                if fold(name) != fold(text) and not _same_file(other.path, player.path)
            )
            for name, other in found:
                message = (
                    f"{describe_text(text)} looks like {describe_text(name)} ({other.path}): "
                    f"{', '.join(characters)}"
                )
                yield Problem(shown, place, message, WARNING)
                break


def _same_file(first: Path, second: Path) -> bool:
    try:
        return first.samefile(second)
    except OSError:
        return first == second
