"""Hypothesis strategies for partial dates and small careers that every model validator accepts.

The careers are valid models, not necessarily consistent careers (a cap may come before the
debut): statistics and round trips must hold for anything the models can hold. Sizes stay small
so that a few hundred examples run in a second or two.
"""

from __future__ import annotations

import datetime
from typing import TypeVar

from hypothesis import strategies as st

from careerstats.dates import DateExpression, PartialDate, Precision
from careerstats.model import (
    Absence,
    AbsenceKind,
    AgeClaim,
    Appearance,
    Career,
    CenturyClaim,
    Citation,
    DateClaim,
    Event,
    Finish,
    Goal,
    Honour,
    HonourKind,
    Injury,
    Match,
    Period,
    Person,
    Platform,
    Player,
    Quote,
    Retirement,
    Role,
    Score,
    Source,
    SourceKind,
    SpanClaim,
    SpanSubject,
    StatedTotal,
    Team,
    TeamFinish,
    Tournament,
    TournamentEntry,
    TournamentStatus,
    Venue,
)

T = TypeVar("T")

FIRST_DAY = datetime.date(1850, 1, 1)
LAST_DAY = datetime.date(2100, 12, 31)


@st.composite
def partial_dates(
    draw: st.DrawFn, min_day: datetime.date = FIRST_DAY, max_day: datetime.date = LAST_DAY
) -> PartialDate:
    """A date known to the year, the month or the day."""
    day = draw(st.dates(min_value=min_day, max_value=max_day))
    precision = draw(st.sampled_from(Precision))
    return PartialDate(
        year=day.year,
        month=day.month if precision >= Precision.MONTH else None,
        day=day.day if precision is Precision.DAY else None,
    )


@st.composite
def days_within(draw: st.DrawFn, date: PartialDate) -> datetime.date:
    """One of the days a partial date can mean."""
    offset = draw(st.integers(0, (date.latest - date.earliest).days))
    return date.earliest + datetime.timedelta(days=offset)


dates = partial_dates()
text = st.text(min_size=1, max_size=12).filter(lambda value: not value.isspace())
optional_text = st.none() | text
slugs = st.from_regex(r"[a-z]{1,6}(-[a-z0-9]{1,4}){0,2}", fullmatch=True)
counts = st.integers(0, 150)
citations = st.builds(
    Citation,
    file=st.sampled_from(["a.txt", "b.txt", "data.csv"]),
    paragraph=st.none() | st.integers(1, 40),
)
cites = st.lists(citations, min_size=1, max_size=2).map(tuple)
scores = st.builds(Score, scored=st.integers(0, 9), conceded=st.integers(0, 9))
expressions = st.builds(DateExpression, st.sampled_from(["yesterday", "last year", "2007-03"]))


def tuples(strategy: st.SearchStrategy[T], max_size: int = 2) -> st.SearchStrategy[tuple[T, ...]]:
    """Up to ``max_size`` items, as the models hold them."""
    return st.lists(strategy, max_size=max_size).map(tuple)


goals = st.builds(
    Goal,
    minute=st.none() | st.integers(1, 120),
    period=st.none() | st.sampled_from(Period),
    penalty=st.none() | st.booleans(),
    own_goal=st.booleans(),
)
matches = st.builds(
    Match,
    date=dates,
    opponent=text,
    venue=st.none() | st.sampled_from(Venue),
    score=st.none() | scores,
    shootout=st.none() | scores,
    competition=st.none() | st.just("friendly") | slugs,
    competition_name=optional_text,
)
appearances = st.builds(
    Appearance,
    match=matches,
    started=st.none() | st.booleans(),
    minutes=st.none() | st.integers(0, 120),
    debut=st.booleans(),
    goals=tuples(goals, 3),
    cite=cites,
)
stated_totals = st.builds(
    StatedTotal,
    caps=st.none() | counts,
    goals=st.none() | counts,
    as_of=st.none() | dates,
    final=st.booleans(),
    cite=cites,
)
tournaments = st.builds(
    Tournament,
    id=slugs,
    name=text,
    edition=st.integers(1850, 2100),
    start=dates,
    end=dates,
    hosts=tuples(text),
    finishes=tuples(
        st.builds(
            TeamFinish,
            team=text,
            finish=st.sampled_from(Finish),
            final=st.none() | matches,
            cite=cites,
        ),
        1,
    ),
    cite=cites,
)
entries = st.builds(
    TournamentEntry,
    tournament=slugs,
    status=st.sampled_from(TournamentStatus),
    appearances=st.none() | st.integers(0, 9),
    goals=st.none() | st.integers(0, 9),
    reason=optional_text,
    note=optional_text,
    cite=cites,
)
injuries = st.builds(
    Injury,
    body_part=text,
    occurred=st.none() | dates,
    circumstances=optional_text,
    diagnosis=optional_text,
    expected_recovery_weeks=st.none() | st.integers(0, 52),
    return_not_before=st.none() | dates,
    cite=cites,
)
absences = st.builds(
    Absence,
    start=dates,
    end=dates,
    kind=st.sampled_from(AbsenceKind),
    reason=text,
    injury=st.none() | injuries,
    cite=cites,
)
claims = st.one_of(
    st.builds(CenturyClaim, short_by=counts, cite=cites),
    st.builds(
        AgeClaim,
        years=st.integers(0, 60),
        on=expressions,
        on_event=st.none(),
        birthday=st.booleans(),
        cite=cites,
    ),
    st.builds(
        AgeClaim,
        years=st.integers(0, 60),
        on=st.none(),
        on_event=st.sampled_from([Event.BIRTH, Event.DEBUT, Event.RETIREMENT]),
        cite=cites,
    ),
    st.builds(
        SpanClaim, subject=st.sampled_from(SpanSubject), years=st.integers(0, 30), cite=cites
    ),
    st.builds(
        DateClaim,
        event=st.sampled_from([Event.BIRTH, Event.DEBUT, Event.RETIREMENT]),
        date=expressions,
        cite=cites,
    ),
    st.builds(
        DateClaim, event=st.just(Event.FINAL), date=expressions, tournament=slugs, cite=cites
    ),
)
careers = st.builds(
    Career,
    player=st.builds(
        Player,
        id=slugs,
        name=text,
        born=st.none() | dates,
        aliases=tuples(text),
        cite=cites,
    ),
    team=st.builds(Team, name=text),
    sources=tuples(
        st.builds(
            Source,
            file=text,
            kind=st.sampled_from(SourceKind),
            title=optional_text,
            publisher=optional_text,
            published=st.none() | dates,
            description=optional_text,
        )
    ),
    tournaments=tuples(tournaments),
    appearances=tuples(appearances, 4),
    stated_totals=tuples(stated_totals, 3),
    entries=tuples(entries),
    absences=tuples(absences),
    retirement=st.none() | st.builds(Retirement, date=dates, cite=cites),
    honours=tuples(
        st.builds(
            Honour,
            name=text,
            kind=st.sampled_from(HonourKind),
            date=st.none() | dates,
            team=optional_text,
            cite=cites,
        )
    ),
    quotes=tuples(
        st.builds(
            Quote,
            speaker=text,
            words=text,
            message=optional_text,
            platform=st.none() | st.sampled_from(Platform),
            date=st.none() | dates,
            date_as_given=optional_text,
            via=optional_text,
            cite=cites,
        ),
        1,
    ),
    people=tuples(
        st.builds(Person, name=text, role=st.sampled_from(Role), team=optional_text, cite=cites),
        1,
    ),
    claims=tuples(claims),
)
"""A small career with a bit of everything a fixture can hold."""

_NAMES = st.sampled_from(["Jo", "Freedonia", "Knee", "Cup"])
_CITE = (Citation(file="a.txt", paragraph=1),)
# A start and an end in an order the loader accepts (it refuses an end certainly before a start).
_BOUNDS = st.tuples(dates, dates).map(lambda pair: sorted(pair, key=PartialDate.sort_key))
lean_careers = st.builds(
    Career,
    player=st.builds(
        Player, id=st.just("jo"), name=st.just("Jo"), born=st.none() | dates, cite=st.just(_CITE)
    ),
    team=st.just(Team(name="Utopia")),
    tournaments=tuples(
        st.builds(
            lambda bounds, **fields: Tournament(start=bounds[0], end=bounds[1], **fields),
            _BOUNDS,
            id=st.sampled_from(["cup-2010", "cup-2014"]),
            name=_NAMES,
            edition=st.just(2010),
            cite=st.just(_CITE),
        )
    ),
    appearances=tuples(
        st.builds(
            Appearance,
            match=st.builds(Match, date=dates, opponent=_NAMES),
            debut=st.booleans(),
            goals=tuples(st.builds(Goal, own_goal=st.booleans()), 3),
            cite=st.just(_CITE),
        ),
        4,
    ),
    stated_totals=tuples(
        st.builds(
            StatedTotal,
            caps=st.none() | counts,
            goals=st.none() | counts,
            as_of=st.none() | dates,
            final=st.booleans(),
            cite=st.just(_CITE),
        ),
        3,
    ),
    entries=tuples(
        st.builds(
            TournamentEntry,
            tournament=st.sampled_from(["cup-2010", "cup-2014"]),
            status=st.sampled_from(TournamentStatus),
            cite=st.just(_CITE),
        )
    ),
    absences=tuples(
        st.builds(
            lambda bounds, **fields: Absence(start=bounds[0], end=bounds[1], **fields),
            _BOUNDS,
            kind=st.sampled_from(AbsenceKind),
            reason=_NAMES,
            cite=st.just(_CITE),
        )
    ),
    retirement=st.none() | st.builds(Retirement, date=dates, cite=st.just(_CITE)),
    honours=tuples(
        st.builds(
            Honour,
            name=_NAMES,
            kind=st.sampled_from(HonourKind),
            date=st.none() | dates,
            cite=st.just(_CITE),
        )
    ),
    quotes=tuples(
        st.builds(Quote, speaker=_NAMES, words=_NAMES, date=st.none() | dates, cite=st.just(_CITE)),
        1,
    ),
)
"""A career of the facts statistics read, texts fixed and bounds in order: quicker to draw than
:data:`careers`, and as the loader would accept it."""
