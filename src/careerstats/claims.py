"""Claim checks: each statement a source makes, against what the career data computes.

A claim comes from a ``[[claims]]`` table, a stated total, a tournament entry or a quote. Each is
checked at its own precision and gets a verdict: it *agrees*, it *contradicts* (stated and
computed both shown), or it is *unchecked* (and the note says why). A claim never confirms
itself: where the computed value rests only on the claim's own citations, it is unchecked.
Statements from different sources about the same thing are grouped, and where their values
differ the group is reported as a :class:`Disagreement` with each source's version.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Iterable, Iterator
from typing import TypeVar

import attrs

from careerstats.arguments import expect, expect_optional
from careerstats.checks import (
    Bounded,
    Check,
    ClaimReport,
    ComputedAge,
    Count,
    Disagreement,
    Figures,
    Missed,
    NotInSquad,
    Played,
    Quoted,
    Ranges,
    Reason,
    ShortOfCentury,
    StatedAge,
    StatedDate,
    Subject,
    Topic,
    Value,
    Verdict,
    Version,
    Why,
    figure,
)
from careerstats.dates import (
    DateExpression,
    PartialDate,
    Span,
    UnresolvedDateError,
    Years,
    age_on,
)
from careerstats.evidence import Evidence, Figure, Range
from careerstats.evidence import Verdict as EvidenceVerdict
from careerstats.model import (
    AgeClaim,
    Appearance,
    Career,
    CenturyClaim,
    Citation,
    Claim,
    DateClaim,
    Event,
    Quote,
    SpanClaim,
    SpanSubject,
    StatedTotal,
    TournamentEntry,
    TournamentStatus,
)
from careerstats.statistics import (
    CENTURY,
    AbsenceSpan,
    CareerSummary,
    Total,
    caps_at_tournaments,
    covering_absence,
    from_dataset,
    goals_in,
    summarize,
)

__all__ = [
    "AGREES_WITH_SQUAD",
    "Check",
    "ClaimReport",
    "Disagreement",
    "Verdict",
    "Version",
    "check_claims",
    "dataset_squads",
    "word_differences",
]

T = TypeVar("T")


# --- helpers ------------------------------------------------------------------------------------


def _verdict(agrees: bool | None, basis: Iterable[Citation], own: Iterable[Citation]) -> Verdict:
    """``None`` means the data cannot tell; agreement that rests on the claim alone is no check."""
    if agrees is None:
        return Verdict.UNCHECKED
    if agrees and set(basis) <= set(own):
        return Verdict.UNCHECKED
    return Verdict.AGREES if agrees else Verdict.CONTRADICTS


def _self_only(verdict: Verdict, agrees: bool | None) -> tuple[Reason, ...]:
    """The reason an agreement is no check (:data:`Why.OWN_SOURCE_ONLY`), where it is one."""
    if verdict is Verdict.UNCHECKED and agrees:
        return (Reason(why=Why.OWN_SOURCE_ONLY),)
    return ()


def _compared(
    *,
    kind: str,
    subject: Subject,
    stated: Value,
    computed: Value | None,
    agrees: bool | None,
    basis: tuple[Citation, ...],
    cite: tuple[Citation, ...],
    note: Iterable[Reason] = (),
) -> Check:
    """A claim compared with what the data computes: ``agrees`` (``None`` where the data cannot
    tell) becomes the verdict of :func:`_verdict`, and ``note`` ends with the reason an
    agreement is no check, where it is one (:func:`_self_only`)."""
    verdict = _verdict(agrees, basis, cite)
    return Check(
        kind=kind,
        subject=subject,
        stated=stated,
        computed=computed,
        verdict=verdict,
        note=(*note, *_self_only(verdict, agrees)),
        cite=cite,
        basis=basis,
    )


def _unchecked(
    kind: str, subject: Subject, stated: Value, why: Reason | None, cite: tuple[Citation, ...]
) -> Check:
    """A claim the data cannot check, and why."""
    return Check(
        kind=kind,
        subject=subject,
        stated=stated,
        computed=None,
        verdict=Verdict.UNCHECKED,
        note=() if why is None else (why,),
        cite=cite,
    )


def _published(career: Career, cite: tuple[Citation, ...]) -> PartialDate | None:
    source = career.source(cite[0].file)
    return None if source is None else source.published


def _resolve(
    career: Career, expression: DateExpression, cite: tuple[Citation, ...]
) -> tuple[PartialDate | None, Reason | None]:
    """The date a claim means, or ``None`` and why it cannot be placed."""
    published = _published(career, cite)
    try:
        return expression.resolve(published), None
    except UnresolvedDateError as error:
        found = Reason(
            why=Why.DATE_NOT_PLACED, expression=expression, on=published, detail=str(error)
        )
        return None, found


def _event_date(
    career: Career, summary: CareerSummary, event: Event, tournament: str | None
) -> tuple[PartialDate | None, tuple[Citation, ...], str]:
    """A career event's date from the data, what it rests on, and a label."""
    if event is Event.BIRTH:
        born = career.player.born
        return born, career.player.cite, "birth"
    if event is Event.DEBUT:
        first = summary.debut
        return (None, (), "debut") if first is None else (first.match.date, first.cite, "debut")
    if event is Event.RETIREMENT:
        retired = career.retirement
        return (
            (None, (), "retirement")
            if retired is None
            else (retired.date, retired.cite, "retirement")
        )
    found = career.tournament(tournament or "")
    finish = None if found is None else found.finish_of(career.team.name)
    label = f"{found.name if found else tournament} final"
    if finish is None or finish.final is None:
        return None, (), label
    return finish.final.date, finish.cite, label


def _within(inner: PartialDate, outer: PartialDate) -> bool:
    return outer.earliest <= inner.earliest and inner.latest <= outer.latest


# --- one function per kind of claim ------------------------------------------------------------


def _check_total(
    career: Career, summary: CareerSummary, evidence: Evidence, index: int, stated: StatedTotal
) -> Check:
    """A stated total against the range all the *other* evidence gives at its date
    (:meth:`Evidence.check`): agrees where that range is exactly its value, contradicts where
    the value lies outside it, consistent inside a wider one; unchecked where nothing else
    bears on it, or where only its own source does."""
    checked = [
        evidence.check(statement)
        for figure in (Figure.CAPS, Figure.GOALS)
        for statement in evidence.statements(figure)
        if statement.index == index
    ]
    if not all(_bounded(c.range) for c in checked):
        by_events = _check_total_by_events(career, summary, stated)
        wrong = [
            c for c in checked if _bounded(c.range) and c.verdict is EvidenceVerdict.CONTRADICTS
        ]
        if not wrong:
            return by_events
        ranges = (Reason(why=Why.RANGE, range=c) for c in wrong)
        return attrs.evolve(by_events, verdict=Verdict.CONTRADICTS, note=(*by_events.note, *ranges))
    said = Figures(
        figures=tuple(
            Count(noun=_noun(c.statement.figure), value=c.statement.value) for c in checked
        )
    )
    verdicts = [c.verdict for c in checked]
    basis = tuple(
        dict.fromkeys(
            citation
            for c in checked
            for binding in (c.range.min_binding, c.range.max_binding)
            if binding is not None
            for citation in binding.cite
        )
    )
    notes: list[Reason] = []
    if EvidenceVerdict.CONTRADICTS in verdicts:
        verdict = Verdict.CONTRADICTS
    elif not checked or all(_bounds_nothing(c.range) for c in checked):
        verdict, notes = Verdict.UNCHECKED, [Reason(why=Why.NOTHING_ELSE_BEARS)]
    elif all(v is EvidenceVerdict.AGREES for v in verdicts):
        verdict = Verdict.AGREES
    else:
        verdict = Verdict.CONSISTENT
    if verdict is Verdict.AGREES:
        verdict = _verdict(True, basis, stated.cite)
        notes += _self_only(verdict, True)
    for c in checked:
        # An exact range is the computed value itself, its basis the citations that bind it.
        if c.verdict is not EvidenceVerdict.AGREES and c.range.exact is None:
            notes.append(Reason(why=Why.RANGE, range=c))
    return Check(
        kind="totals",
        subject=Subject(topic=Topic.TOTALS, on=stated.as_of, final=stated.final),
        stated=said,
        computed=Ranges(
            figures=tuple(Bounded(noun=_noun(c.statement.figure), range=c.range) for c in checked)
        ),
        verdict=verdict,
        note=tuple(notes),
        cite=stated.cite,
        basis=basis,
    )


def _check_total_by_events(career: Career, summary: CareerSummary, stated: StatedTotal) -> Check:
    """A stated total against the career-end total or the events recorded by its date: where
    the rest of the evidence bounds it on neither side (or is itself contradictory)."""
    figures = [
        (name, value, total)
        for name, value, total in (
            ("caps", stated.caps, summary.caps),
            ("goals", stated.goals, summary.goals),
        )
        if value is not None
    ]
    said = Figures(
        figures=tuple(Count(noun=name.removesuffix("s"), value=value) for name, value, _ in figures)
    )
    results: list[bool | None] = []
    computed: list[Count] = []
    basis: list[Citation] = []
    notes: list[Reason] = []
    for name, value, total in figures:
        if stated.final:
            agrees, shown = _against_total(value, total, name.removesuffix("s"))
            basis += total.cite
            if total.tied:
                notes.append(Reason(why=Why.TIED_TOTALS, name=name))
        else:
            assert stated.as_of is not None
            agrees, shown, note = _against_events(career, name, value, stated.as_of)
            notes.append(note)
        results.append(agrees)
        computed.append(shown)
    agrees_all = False if False in results else (None if None in results or not results else True)
    return _compared(
        kind="totals",
        subject=Subject(topic=Topic.TOTALS, on=stated.as_of, final=stated.final),
        stated=said,
        computed=Figures(figures=tuple(computed)),
        agrees=agrees_all,
        note=notes,
        cite=stated.cite,
        basis=tuple(dict.fromkeys(basis)),
    )


def _noun(figure: Figure) -> str:
    return "cap" if figure is Figure.CAPS else "goal"


def _bounded(found: Range) -> bool:
    """Both ends known, and not themselves contradictory (``min`` above ``max``)."""
    return found.max is not None and found.min <= found.max


def _bounds_nothing(found: Range) -> bool:
    """The range 0 to no bound: no other evidence bears on the figure."""
    return found.min == 0 and found.max is None


def _against_total(value: int, total: Total, noun: str) -> tuple[bool | None, Count]:
    if total.tied:
        return None, Count(noun=noun, value=None, tied=total.tied)
    if total.value is None:
        return None, Count(noun=noun, value=None)
    return value == total.value, Count(noun=noun, value=total.value)


def _against_events(
    career: Career, name: str, value: int, as_of: PartialDate
) -> tuple[bool | None, Count, Reason]:
    """A total during the career, against the events recorded by then (a lower bound)."""
    by_then = [cap for cap in career.appearances if cap.match.date.compare(as_of) in (-1, 0)]
    counted = len(by_then) if name == "caps" else sum(goals_in(cap) for cap in by_then)
    noun = name.removesuffix("s")
    shown = Count(noun=noun, value=counted, at_least=True)
    if value < counted:
        return False, shown, Reason(why=Why.RECORDED_BY, name=noun, count=counted, on=as_of)
    return None, shown, Reason(why=Why.ONLY_RECORDED_BY, name=noun, count=counted, on=as_of)


def _check_century(summary: CareerSummary, claim: CenturyClaim) -> Check:
    caps = summary.caps.value
    # Short of a century by an exact figure only: "at most 3" short of disputed caps is no 3.
    short = None if caps is None else summary.caps_short_of_century
    agrees = None if short is None else short == claim.short_by
    unknown = Reason(
        why=Why.CAPS_NOT_KNOWN if summary.caps_short_of_century is None else Why.CAPS_NOT_EXACT
    )
    return _compared(
        kind=claim.kind,
        subject=Subject(topic=Topic.CENTURY, name=str(CENTURY)),
        stated=claim.short_by,
        computed=None if short is None or caps is None else ShortOfCentury(short=short, caps=caps),
        agrees=agrees,
        note=() if short is not None else (unknown,),
        cite=claim.cite,
        basis=summary.caps.cite,
    )


def _check_age(career: Career, summary: CareerSummary, claim: AgeClaim) -> Check:
    stated = StatedAge(years=claim.years, birthday=claim.birthday)
    born = career.player.born
    if claim.on_event is not None:
        on, event_basis, label = _event_date(career, summary, claim.on_event, None)
        why = None if on is not None else Reason(why=Why.DATE_NOT_KNOWN, name=label)
        subject = Subject(topic=Topic.AGE, name=label)
    else:
        assert claim.on is not None
        on, why = _resolve(career, claim.on, claim.cite)
        event_basis, subject = (), Subject(topic=Topic.AGE, on=claim.on)
    if born is None:
        why = Reason(why=Why.DATE_NOT_KNOWN, name="birth")
    if on is None or born is None:
        return _unchecked(claim.kind, subject, stated, why, claim.cite)
    if on.compare(born) == -1:  # no age at all (age_on refuses it): no age can be stated
        return Check(
            kind=claim.kind,
            subject=subject,
            stated=stated,
            computed=ComputedAge(years=None, born=born, on=on),
            verdict=Verdict.CONTRADICTS,
            cite=claim.cite,
            basis=(*career.player.cite, *event_basis),
        )
    age = age_on(born, on)
    birthday = False
    agrees: bool | None = age.low <= claim.years <= age.high
    notes: list[Reason] = []
    if agrees and age.exact is None:
        agrees, notes = None, [Reason(why=Why.DATES_ALLOW, years=age)]
    exact_days = born.day is not None and on.day is not None
    if claim.birthday and exact_days and (born.month, born.day) != (on.month, on.day):
        agrees = False
        notes.append(Reason(why=Why.NOT_A_BIRTHDAY, on=on, born=born))
    if claim.birthday and exact_days and (born.month, born.day) == (on.month, on.day):
        birthday = True
    return _compared(
        kind=claim.kind,
        subject=subject,
        stated=stated,
        computed=ComputedAge(years=age, born=born, on=on, birthday=birthday),
        agrees=agrees,
        note=notes,
        cite=claim.cite,
        basis=(*career.player.cite, *event_basis),
    )


def _check_span(career: Career, summary: CareerSummary, claim: SpanClaim) -> Check:
    span: Span | AbsenceSpan | None = None
    basis: tuple[Citation, ...] = ()
    why: Reason | None = None
    if claim.subject is SpanSubject.CAREER:
        span, why = summary.span, Reason(why=Why.DEBUT_OR_RETIREMENT_NOT_KNOWN)
        if summary.debut and career.retirement:
            basis = (*summary.debut.cite, *career.retirement.cite)
    elif claim.subject is SpanSubject.LONGEST_ABSENCE:
        # The summary's longest absence as it shows it: within the appearances around it.
        absence = summary.longest_absence
        span, why = (absence, None) if absence else (None, Reason(why=Why.NO_ABSENCE))
        basis = absence.absence.cite if absence else ()
    else:
        published = _published(career, claim.cite)
        first = summary.debut
        file = claim.cite[0].file
        if first is None:
            why = Reason(why=Why.DATE_NOT_KNOWN, name="debut")
        elif published is None:
            why = Reason(why=Why.UNDATED_SOURCE, name=file)
        elif published.compare(first.match.date) == -1:
            why = Reason(why=Why.PUBLISHED_BEFORE_DEBUT, name=file, on=published)
        else:
            span, basis = Span(first.match.date, published), first.cite
    stated = Years(claim.years, claim.years)
    subject = Subject(topic=Topic.SPAN, name=claim.subject.label)
    if span is None:
        return _unchecked(claim.kind, subject, stated, why, claim.cite)
    years = span.years
    return _compared(
        kind=claim.kind,
        subject=subject,
        stated=stated,
        computed=span,
        agrees=years.low <= claim.years <= years.high,
        cite=claim.cite,
        basis=basis,
    )


def _check_date(career: Career, summary: CareerSummary, claim: DateClaim) -> Check:
    computed, basis, label = _event_date(career, summary, claim.event, claim.tournament)
    meant, why = _resolve(career, claim.date, claim.cite)
    stated = StatedDate(expression=claim.date, meant=meant if claim.date.is_relative else None)
    if computed is None:
        why = why or Reason(why=Why.DATE_NOT_KNOWN, name=label)
    if meant is None or computed is None:
        return Check(
            kind=claim.kind,
            subject=Subject(topic=Topic.DATE, name=label),
            stated=stated,
            computed=computed,
            verdict=Verdict.UNCHECKED,
            note=() if why is None else (why,),
            cite=claim.cite,
            basis=basis,
        )
    agrees: bool | None
    note: tuple[Reason, ...] = ()
    if _within(computed, meant):
        agrees = True
    elif meant.compare(computed) is not None and meant.compare(computed) != 0:
        agrees = False
    else:
        agrees, note = None, (Reason(why=Why.DATA_GIVES_ONLY, on=computed),)
    return _compared(
        kind=claim.kind,
        subject=Subject(topic=Topic.DATE, name=label),
        stated=stated,
        computed=computed,
        agrees=agrees,
        note=note,
        cite=claim.cite,
        basis=basis,
    )


def _tournament_caps(career: Career, tournament: str) -> list[Appearance]:
    return list(caps_at_tournaments(career).get(tournament, ()))


def _check_status(career: Career, summary: CareerSummary, entry: TournamentEntry) -> Check:
    """A tournament entry's status, against appearances recorded there or a covering absence."""
    line = next((ln for ln in summary.tournaments if ln.tournament.id == entry.tournament), None)
    name = line.tournament.name if line else entry.tournament
    played_there = _tournament_caps(career, entry.tournament)
    covering = None
    if line is not None and not played_there:
        covering = covering_absence(career, line.tournament)
    computed: Played | Missed | None
    basis: tuple[Citation, ...]
    if played_there:
        computed = Played(appearances=len(played_there))
        agrees: bool | None = entry.status.played
        basis = tuple(c for cap in played_there for c in cap.cite)
    elif covering is not None:
        computed = Missed(kind=covering.kind, span=Span(covering.start, covering.end))
        agrees, basis = not entry.status.played, covering.cite
    else:
        computed, agrees, basis = None, None, ()
    return _compared(
        kind="tournament-status",
        subject=Subject(topic=Topic.STATUS, name=name),
        stated=entry.status,
        computed=computed,
        agrees=agrees,
        note=(Reason(why=Why.NO_APPEARANCE_OR_ABSENCE),) if agrees is None else (),
        cite=entry.cite,
        basis=basis,
    )


def _check_tournament_count(career: Career, entry: TournamentEntry, field: str) -> Check:
    """An entry's stated appearances or goals at a tournament, against those recorded there:
    more recorded than stated contradicts it; as many agrees; fewer cannot tell."""
    stated = getattr(entry, field)
    assert stated is not None
    found = career.tournament(entry.tournament)
    name = found.name if found else entry.tournament
    played_there = _tournament_caps(career, entry.tournament)
    counted = len(played_there) if field == "appearances" else sum(map(goals_in, played_there))
    basis = tuple(c for cap in played_there for c in cap.cite)
    agrees: bool | None
    note: tuple[Reason, ...] = ()
    if not played_there:
        agrees, note = None, (Reason(why=Why.NO_MATCH_RECORDED),)
    elif counted > stated:
        agrees = False
    elif counted == stated:
        agrees = True
    else:
        agrees, note = None, (Reason(why=Why.ONLY_SOME_RECORDED, count=counted),)
    kind = "tournament-apps" if field == "appearances" else "tournament-goals"
    return _compared(
        kind=kind,
        subject=Subject(
            topic=Topic.APPEARANCES if field == "appearances" else Topic.GOALS, name=name
        ),
        stated=stated,
        computed=counted if played_there else None,
        agrees=agrees,
        note=note,
        cite=entry.cite,
        basis=basis,
    )


# --- tournament entries against a data set's squad ------------------------------------------------

AGREES_WITH_SQUAD: dict[TournamentStatus, frozenset[TournamentStatus]] = {
    TournamentStatus.PLAYED: frozenset({TournamentStatus.PLAYED}),
    TournamentStatus.IN_SQUAD_UNUSED: frozenset(
        {TournamentStatus.IN_SQUAD_UNUSED, TournamentStatus.WITHDREW_INJURED}
    ),
    TournamentStatus.NOT_SELECTED: frozenset(
        status for status in TournamentStatus if status.in_squad is not True
    ),
}
"""The statuses a source may state where a data set's squad names the player and he played, or
made no appearance: one who withdrew injured may still be on the squad list; one named is
neither "not selected" nor "excluded", and one with no appearance did not play. Where the
data set's squad of his team does not name him (its ``not-selected``), any status that does
not put him in the squad (:attr:`~careerstats.model.TournamentStatus.in_squad`): not selected,
excluded, or withdrew injured (one who withdrew before the final list is not on it)."""


def dataset_squads(career: Career) -> dict[str, TournamentEntry]:
    """A data set's entry (:func:`~careerstats.statistics.from_dataset`) per tournament: the
    squads the sources' entries are checked against."""
    expect(career, Career, "dataset_squads", "career")
    found: dict[str, TournamentEntry] = {}
    for entry in career.entries:
        if from_dataset(career, entry):
            found.setdefault(entry.tournament, entry)
    return found


def _squad_lineups(career: Career, squad: TournamentEntry) -> list[Appearance]:
    """The appearances recorded at the squad's tournament that rest on the same data set (they
    share a citation with the squad entry: its line-ups)."""
    cited = set(squad.cite)
    return [cap for cap in _tournament_caps(career, squad.tournament) if cited & set(cap.cite)]


def _agrees_with_squad(entry: TournamentEntry, squad: TournamentEntry) -> bool:
    return entry.status in AGREES_WITH_SQUAD.get(squad.status, frozenset({squad.status}))


def _check_status_against_squad(
    career: Career, entry: TournamentEntry, squad: TournamentEntry
) -> Check:
    """An entry's status against a data set's squad, naming the player or not: the statuses
    of :data:`AGREES_WITH_SQUAD` agree, any other contradicts (values compared, not words)."""
    found = career.tournament(entry.tournament)
    return _compared(
        kind="tournament-status",
        subject=Subject(topic=Topic.STATUS, name=found.name if found else entry.tournament),
        stated=entry.status,
        computed=_squad_value(career, squad),
        agrees=_agrees_with_squad(entry, squad),
        cite=entry.cite,
        basis=squad.cite,
    )


def _squad_value(career: Career, squad: TournamentEntry) -> Value:
    """What a data set's squad says of the player, as a check's computed value: played, with
    the appearances its line-ups record; else :func:`_squad_status`."""
    if squad.status.played:
        return Played(appearances=len(_squad_lineups(career, squad)))
    return _squad_status(career, squad)


def _squad_status(career: Career, squad: TournamentEntry) -> Value:
    """A data set's squad status as a value: not in his team's squad (:class:`NotInSquad`)
    where it does not name him, else the status itself."""
    if squad.status.in_squad is False:
        return NotInSquad(team=career.team.name)
    return squad.status


def _check_count_against_squad(
    career: Career, entry: TournamentEntry, squad: TournamentEntry, field: str
) -> Check:
    """An entry's stated appearances or goals against the line-ups of a data set whose squad
    names the player: it holds every line-up of the tournament, so its figure is the whole of
    it, and any other stated figure contradicts it (fewer recorded as well as more)."""
    stated = getattr(entry, field)
    assert stated is not None
    found = career.tournament(entry.tournament)
    lineups = _squad_lineups(career, squad)
    counted = len(lineups) if field == "appearances" else sum(map(goals_in, lineups))
    basis = tuple(dict.fromkeys((*squad.cite, *(c for cap in lineups for c in cap.cite))))
    return _compared(
        kind="tournament-apps" if field == "appearances" else "tournament-goals",
        subject=Subject(
            topic=Topic.APPEARANCES if field == "appearances" else Topic.GOALS,
            name=found.name if found else entry.tournament,
        ),
        stated=stated,
        computed=counted,
        agrees=counted == stated,
        cite=entry.cite,
        basis=basis,
    )


def _checks_of_entry(
    career: Career, summary: CareerSummary, entry: TournamentEntry, squad: TournamentEntry | None
) -> list[Check]:
    """An entry's status and stated figures: against a data set's squad where it holds one of
    the tournament (naming the player or not), else against the appearances and absences."""
    fields = [field for field in ("appearances", "goals") if getattr(entry, field) is not None]
    if squad is not None:
        return [
            _check_status_against_squad(career, entry, squad),
            *(_check_count_against_squad(career, entry, squad, field) for field in fields),
        ]
    return [
        _check_status(career, summary, entry),
        *(_check_tournament_count(career, entry, field) for field in fields),
    ]


def _squad_disagreements(career: Career) -> Iterator[Disagreement]:
    """A status a data set's squad contradicts, as a disagreement between the entry's sources
    and the data set: each one's status, with its citations."""
    squads = dataset_squads(career)
    for entry in career.entries:
        squad = squads.get(entry.tournament)
        if squad is None or from_dataset(career, entry) or _agrees_with_squad(entry, squad):
            continue
        found = career.tournament(entry.tournament)
        yield Disagreement(
            subject=Subject(topic=Topic.STATUS, name=found.name if found else entry.tournament),
            field="status",
            versions=(
                Version(value=entry.status, cite=entry.cite),
                Version(value=_squad_status(career, squad), cite=squad.cite),
            ),
        )


def _check_post(quote: Quote) -> Check:
    return Check(
        kind="post",
        subject=_post_subject(quote.speaker, quote.message or ""),
        stated=Quoted(words=quote.words, platform=quote.platform),
        computed=None,
        verdict=Verdict.UNCHECKED,
        note=(Reason(why=Why.POST),),
        cite=quote.cite,
    )


def _post_subject(speaker: str, message: str) -> Subject:
    return Subject(topic=Topic.POST, name=f"{speaker}: {message.replace('-', ' ')}")


# --- disagreements ------------------------------------------------------------------------------


_EDGE_PUNCTUATION = ".,;:!?\"'…()"
_QUOTE_MARKS = "“”«»\u2018\u2019`\u00b4"


def _compared_form(word: str) -> str:
    """A word as wordings are compared: quote marks and case folded, edge punctuation dropped."""
    word = re.sub(r"[\u2018\u2019`\u00b4]", "'", re.sub(r"[“”«»]", '"', word)).casefold()
    return word.strip(_EDGE_PUNCTUATION)


def _plain_words(text: str) -> list[tuple[str, str]]:
    """Each word as compared (:func:`_compared_form`) and as written, edge punctuation dropped
    from both: the comparison folds case, what is shown keeps it."""
    found = (
        (_compared_form(word), word.strip(_EDGE_PUNCTUATION + _QUOTE_MARKS))
        for word in text.split()
    )
    return [(compared, shown) for compared, shown in found if compared]


MAX_DIFFERING_WORD_PAIRS = 250_000
"""Past this product of the differing spans' lengths (500 words against 500), two wordings are
said to differ in so many words rather than compared word by word, which takes quadratic time."""


def word_differences(first: str, second: str) -> str:
    """How two wordings differ, word by word: ``efforts → effort; 'and' only in the first``."""
    expect(first, str, "word_differences", "first")
    expect(second, str, "word_differences", "second")
    a_words, b_words = _plain_words(first), _plain_words(second)
    a, b = [compared for compared, _ in a_words], [compared for compared, _ in b_words]
    a_shown, b_shown = [shown for _, shown in a_words], [shown for _, shown in b_words]
    # The shared start and end are set aside first (linear), and difflib, whose time grows with
    # the product of the lengths, only sees a differing span of bounded size.
    start = 0
    while start < min(len(a), len(b)) and a[start] == b[start]:
        start += 1
    end = 0
    while end < min(len(a), len(b)) - start and a[-1 - end] == b[-1 - end]:
        end += 1
    a_span, b_span = a[start : len(a) - end], b[start : len(b) - end]
    a_shown, b_shown = a_shown[start : len(a) - end], b_shown[start : len(b) - end]
    if len(a_span) * len(b_span) > MAX_DIFFERING_WORD_PAIRS:
        return (
            f"{len(a_span):,} words of the first and {len(b_span):,} of the second differ,"
            f" from word {start + 1:,}"
        )
    changes = []
    matcher = difflib.SequenceMatcher(a=a_span, b=b_span, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        old, new = " ".join(a_shown[i1:i2]), " ".join(b_shown[j1:j2])  # as written
        if op == "replace":
            changes.append(f"“{old}” → “{new}”")
        elif op == "delete":
            changes.append(f"“{old}” only in the first")
        elif op == "insert":
            changes.append(f"“{new}” only in the second")
    return "; ".join(changes)


def _differing(
    subject: Subject,
    field: str,
    items: Iterable[tuple[Value, tuple[Citation, ...]]],
    same: Callable[[Value], object] = figure,
) -> Iterator[Disagreement]:
    """A disagreement where the values differ by ``same`` (values, never their wording: two
    ages of 35, one said to be on a birthday, agree)."""
    versions: dict[object, Version] = {}
    for value, cite in items:
        key = same(value)
        if key in versions:
            old = versions[key]
            versions[key] = Version(value=old.value, cite=(*old.cite, *cite))
        else:
            versions[key] = Version(value=value, cite=cite)
    if len(versions) > 1:
        shown = tuple(versions.values())
        differences = ""
        if field == "wording" and len(shown) == 2:
            differences = word_differences(str(shown[0].value), str(shown[1].value))
        yield Disagreement(subject=subject, field=field, versions=shown, differences=differences)


def _disagreements(career: Career, checks: Iterable[Check]) -> Iterator[Disagreement]:
    # Totals stated for the same moment: the career's end, or one date (as written).
    moments: dict[str, list[StatedTotal]] = {}
    for total in career.stated_totals:
        if total.final or total.as_of is not None:
            moments.setdefault("" if total.final else str(total.as_of), []).append(total)
    for totals in moments.values():
        on = None if totals[0].final else totals[0].as_of
        for field in ("caps", "goals"):
            yield from _differing(
                Subject(topic=Topic.CAREER_FIGURE, name=field, on=on),
                "figure",
                ((getattr(t, field), t.cite) for t in totals if getattr(t, field) is not None),
            )
    by_subject: dict[tuple[str, Subject], list[Check]] = {}
    for check in checks:
        if check.kind in ("age", "span", "date", "caps-short-of-century"):
            by_subject.setdefault((check.kind, check.subject), []).append(check)
    for (_, subject), group in by_subject.items():
        yield from _differing(subject, "figure", ((c.stated, c.cite) for c in group))
    messages: dict[str, list[Quote]] = {}
    for quote in career.quotes:
        if quote.message is not None:
            messages.setdefault(quote.message, []).append(quote)
    for message, versions in messages.items():
        subject = _post_subject(versions[0].speaker, message)
        yield from _differing(
            subject,
            "platform",
            ((q.platform, q.cite) for q in versions if q.platform is not None),
        )
        yield from _differing(
            subject,
            "wording",
            ((q.words, q.cite) for q in versions),
            same=lambda words: tuple(compared for compared, _ in _plain_words(str(words))),
        )
        dated: list[tuple[Value, tuple[Citation, ...]]] = []
        for quote in versions:
            when = quote.date
            if when is not None:
                dated.append((when, quote.cite))
        yield from _differing(subject, "date", dated)


# --- the report ---------------------------------------------------------------------------------


def check_claims(
    career: Career, summary: CareerSummary | None = None, evidence: Evidence | None = None
) -> ClaimReport:
    """Every claim of ``career`` checked, and every disagreement between its sources.

    Stated totals are checked against the rest of ``evidence`` (:meth:`Evidence.of` ``career``,
    with a team's calendar where the caller has one; built here where not given), and the
    report lists the evidence that cannot all be true.
    """
    expect(career, Career, "check_claims", "career")
    expect_optional(summary, CareerSummary, "check_claims", "summary")
    evidence = evidence if evidence is not None else Evidence.of(career)
    summary = summary or summarize(career, evidence=evidence)
    checks: list[Check] = [
        _check_total(career, summary, evidence, index, total)
        for index, total in enumerate(career.stated_totals)
    ]
    for claim in career.claims:
        checks.append(_check_claim(career, summary, claim))
    squads = dataset_squads(career)
    for entry in career.entries:
        if not from_dataset(career, entry):  # a data set's own entry is what others are checked by
            checks += _checks_of_entry(career, summary, entry, squads.get(entry.tournament))
    # A post is checkable only against another source's version of it.
    sources_of: dict[str, set[str]] = {}
    for quote in career.quotes:
        if quote.message is not None:
            sources_of.setdefault(quote.message, set()).update(c.file for c in quote.cite)
    checks += [
        _check_post(quote)
        for quote in career.quotes
        if quote.message is not None and len(sources_of[quote.message]) > 1
    ]
    return ClaimReport(
        summary=summary,
        checks=tuple(checks),
        disagreements=(*_disagreements(career, checks), *_squad_disagreements(career)),
        contradictions=evidence.contradictions(),
    )


def _check_claim(career: Career, summary: CareerSummary, claim: Claim) -> Check:
    if isinstance(claim, CenturyClaim):
        return _check_century(summary, claim)
    if isinstance(claim, AgeClaim):
        return _check_age(career, summary, claim)
    if isinstance(claim, SpanClaim):
        return _check_span(career, summary, claim)
    return _check_date(career, summary, claim)
