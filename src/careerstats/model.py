"""The typed career model: who a player is, what happened, and which source says so.

Models hold facts only. Totals a source states are kept as :class:`StatedTotal`, apart from the
events (:class:`Appearance`, :class:`Goal`) they summarise; every derived figure is computed in
:mod:`careerstats.statistics`. Raw input is converted by the loader, never here.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterator, Sized
from typing import TYPE_CHECKING, Any, ClassVar, Literal, cast

import attrs

from careerstats import presenters
from careerstats.arguments import expect, expect_field
from careerstats.dates import DateExpression, PartialDate
from careerstats.errors import InvalidValueError

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "CLAIM_KINDS",
    "Absence",
    "AbsenceKind",
    "AgeClaim",
    "Appearance",
    "Career",
    "CareerTable",
    "CenturyClaim",
    "Citation",
    "Claim",
    "DateClaim",
    "Event",
    "Finish",
    "Goal",
    "Honour",
    "HonourKind",
    "Injury",
    "Match",
    "Period",
    "Person",
    "Platform",
    "Player",
    "Quote",
    "ReportTable",
    "Retirement",
    "Role",
    "Score",
    "Source",
    "SourceKind",
    "SpanClaim",
    "SpanSubject",
    "StatedTotal",
    "Team",
    "TeamFinish",
    "Tournament",
    "TournamentEntry",
    "TournamentStatus",
    "Venue",
    "citations_in",
    "dataset_source",
]

CareerTable = Literal["appearances", "goals", "tournaments", "absences", "totals"]
"""The tables of a career's :meth:`Career.to_frame`."""
ReportTable = Literal["claims", "disagreements"]
"""The tables of a claim report's ``to_frame``."""


def _at_least(minimum: int) -> Any:
    def check(instance: object, attribute: attrs.Attribute[object], value: int | None) -> None:
        expect_field(instance, attribute.name, attribute.type, value)
        if value is not None and value < minimum:
            raise InvalidValueError(attribute.name, f"expected {minimum} or more, got {value}")

    return check


def _instance_of(kind: type) -> Any:
    """A validator: the value is a ``kind``, else an ArgumentTypeError naming the field."""

    def check(instance: object, attribute: attrs.Attribute[object], value: object) -> None:
        expect(value, kind, type(instance).__name__, attribute.name)

    return check


def _check_non_empty(instance: object, attribute: attrs.Attribute[object], value: Sized) -> None:
    expect_field(instance, attribute.name, attribute.type, value)
    if len(value) == 0:
        if isinstance(value, str):
            raise InvalidValueError(attribute.name, "expected text, got an empty string")
        raise InvalidValueError(attribute.name, "expected at least one item, got an empty list")
    if isinstance(value, str) and value.isspace():
        # Blank text reads as empty to a reader, and a name of spaces matches any blank query.
        raise InvalidValueError(attribute.name, "expected text, got only white space")


def _check_names(instance: object, attribute: attrs.Attribute[object], value: object) -> None:
    """Each of a list of names (a player's aliases) is text that is not blank: an empty alias
    would be found by an empty query."""
    expect(value, (tuple, list), type(instance).__name__, attribute.name, "a tuple of str")
    assert isinstance(value, tuple | list)
    for index, name in enumerate(value):
        expect(name, str, type(instance).__name__, f"{attribute.name}[{index}]")
        if not name.strip():
            found = "an empty string" if not name else "only white space"
            raise InvalidValueError(f"{attribute.name}[{index}]", f"expected a name, got {found}")


_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


def _check_slug(instance: object, attribute: attrs.Attribute[object], value: str) -> None:
    expect_field(instance, attribute.name, attribute.type, value)
    if not _SLUG.fullmatch(value):
        raise InvalidValueError(
            attribute.name,
            f"expected lower-case words joined by hyphens, like 'euro-2008', got {value!r}",
        )


# Typed as Any: attrs cannot infer a field's type from a validator that serves several types.
_non_empty: Any = _check_non_empty
_slug: Any = _check_slug
_names: Any = _check_names
_non_negative = _at_least(0)


class _Vocabulary(enum.StrEnum):
    """A closed vocabulary written in fixtures as its lower-case, hyphenated value."""

    @property
    def label(self) -> str:
        return self.value.replace("-", " ")


class TournamentStatus(_Vocabulary):
    """What a player's part in a tournament was."""

    PLAYED = "played"
    IN_SQUAD_UNUSED = "in-squad-unused"
    NOT_SELECTED = "not-selected"
    EXCLUDED = "excluded"
    WITHDREW_INJURED = "withdrew-injured"

    @property
    def played(self) -> bool:
        return self is TournamentStatus.PLAYED

    @property
    def in_squad(self) -> bool | None:
        """Whether the status puts him in the tournament's squad: played or unused, yes; not
        selected or excluded, no; ``None`` for withdrew injured (one who withdrew before the
        final list is not on it, one who withdrew during the tournament is)."""
        return _IN_SQUAD.get(self)


_IN_SQUAD = {
    TournamentStatus.PLAYED: True,
    TournamentStatus.IN_SQUAD_UNUSED: True,
    TournamentStatus.NOT_SELECTED: False,
    TournamentStatus.EXCLUDED: False,
}


class Finish(_Vocabulary):
    """How far a team went in a tournament."""

    DID_NOT_QUALIFY = "did-not-qualify"
    GROUP_STAGE = "group-stage"
    ROUND_OF_16 = "round-of-16"
    QUARTER_FINAL = "quarter-final"
    SEMI_FINAL = "semi-final"
    RUNNER_UP = "runner-up"
    WINNER = "winner"

    @property
    def label(self) -> str:
        # "runner-up" and "quarter-final" are written with a hyphen; "group stage" is not.
        hyphenated = (Finish.QUARTER_FINAL, Finish.SEMI_FINAL, Finish.RUNNER_UP)
        return self.value if self in hyphenated else super().label


class AbsenceKind(_Vocabulary):
    """Why a player was away from his national team for a while."""

    INJURY = "injury"
    EXCLUSION = "exclusion"
    NOT_SELECTED = "not-selected"
    SUSPENSION = "suspension"
    PERSONAL = "personal"


class HonourKind(_Vocabulary):
    INTERNATIONAL = "international"
    CLUB = "club"
    INDIVIDUAL = "individual"


class Platform(_Vocabulary):
    """Where words were posted or said."""

    TWITTER = "twitter"
    INSTAGRAM = "instagram"
    INSTAGRAM_STORY = "instagram-story"
    PRESS = "press"


class Role(_Vocabulary):
    PLAYER = "player"
    COACH = "coach"
    OFFICIAL = "official"
    POLITICIAN = "politician"


class Venue(_Vocabulary):
    HOME = "home"
    AWAY = "away"
    NEUTRAL = "neutral"


class Period(_Vocabulary):
    FIRST_HALF = "first-half"
    SECOND_HALF = "second-half"
    EXTRA_TIME = "extra-time"


@attrs.frozen(kw_only=True)
class Citation:
    """A source file and, for an article, a paragraph counted from 1 (blocks between blank lines).

    Written ``001_c26b10d1ae9b22eb.txt#6`` in fixtures; a data set is cited by file alone.
    """

    file: str = attrs.field(validator=_non_empty)
    paragraph: int | None = attrs.field(default=None, validator=_at_least(1))

    def __str__(self) -> str:
        return self.file if self.paragraph is None else f"{self.file}#{self.paragraph}"


def _cite() -> Any:
    """Every fact cites at least one source."""
    return attrs.field(validator=_non_empty)


class SourceKind(_Vocabulary):
    ARTICLE = "article"
    DATASET = "dataset"


@attrs.frozen(kw_only=True)
class Source:
    """A document facts are taken from. ``published`` is ``None`` where the document has no date."""

    file: str = attrs.field(validator=_non_empty)
    kind: SourceKind = SourceKind.ARTICLE
    title: str | None = None
    publisher: str | None = None
    published: PartialDate | None = None
    description: str | None = None


def dataset_source(name: str, title: str, publisher: str, description: str) -> Source:
    """A data set as a source of kind dataset, filed under its name: what every data set's
    ``source`` (:class:`careerstats.datasets.base.Dataset`) answers."""
    return Source(
        file=name,
        kind=SourceKind.DATASET,
        title=title,
        publisher=publisher,
        description=description,
    )


@attrs.frozen(kw_only=True)
class Team:
    name: str = attrs.field(validator=_non_empty)


@attrs.frozen(kw_only=True)
class Player:
    """Who someone is. What happened in a match belongs to :class:`Appearance`."""

    id: str = attrs.field(validator=_slug)
    name: str = attrs.field(validator=_non_empty)
    born: PartialDate | None = None
    aliases: tuple[str, ...] = attrs.field(default=(), validator=_names)
    cite: tuple[Citation, ...] = _cite()


@attrs.frozen(kw_only=True)
class Person:
    """Someone else a source names: a team-mate, a coach, an official."""

    name: str = attrs.field(validator=_non_empty)
    role: Role
    team: str | None = None
    cite: tuple[Citation, ...] = _cite()


@attrs.frozen(kw_only=True)
class Score:
    """Goals for the player's team and against it."""

    scored: int = attrs.field(validator=_non_negative)
    conceded: int = attrs.field(validator=_non_negative)

    def __str__(self) -> str:
        return f"{self.scored}–{self.conceded}"


@attrs.frozen(kw_only=True)
class Match:
    """A match of the player's team, seen from that team's side."""

    date: PartialDate
    opponent: str = attrs.field(validator=_non_empty)
    venue: Venue | None = None
    score: Score | None = None
    shootout: Score | None = None
    competition: str | None = None
    """A tournament id, ``friendly``, or ``None`` where the sources do not say."""
    competition_name: str | None = None
    """The competition as a data set names it (``UEFA Euro qualification``)."""


@attrs.frozen(kw_only=True)
class Goal:
    """A goal scored by the player in the appearance that holds it."""

    minute: int | None = attrs.field(default=None, validator=_at_least(1))
    period: Period | None = None
    penalty: bool | None = None
    own_goal: bool = False


@attrs.frozen(kw_only=True)
class Appearance:
    """A cap: one match the player took part in, and what he did in it."""

    match: Match
    started: bool | None = None
    """``True`` in the starting eleven, ``False`` came on, ``None`` where not known."""
    minutes: int | None = attrs.field(default=None, validator=_at_least(0))
    debut: bool = False
    goals: tuple[Goal, ...] = ()
    cite: tuple[Citation, ...] = _cite()


@attrs.frozen(kw_only=True)
class StatedTotal:
    """Career totals as a source states them, at a date or at the career's end (``final``)."""

    caps: int | None = attrs.field(default=None, validator=_non_negative)
    goals: int | None = attrs.field(default=None, validator=_non_negative)
    as_of: PartialDate | None = None
    final: bool = False
    cite: tuple[Citation, ...] = _cite()


@attrs.frozen(kw_only=True)
class TeamFinish:
    team: str = attrs.field(validator=_non_empty)
    finish: Finish
    final: Match | None = None
    cite: tuple[Citation, ...] = _cite()


@attrs.frozen(kw_only=True)
class Tournament:
    """A finals tournament: ``euro-2008``, held from ``start`` to ``end`` in ``hosts``."""

    id: str = attrs.field(validator=_slug)
    name: str = attrs.field(validator=_non_empty)
    edition: int = attrs.field(validator=_at_least(1800))
    start: PartialDate
    end: PartialDate
    hosts: tuple[str, ...] = ()
    finishes: tuple[TeamFinish, ...] = ()
    cite: tuple[Citation, ...] = _cite()

    def finish_of(self, team: str) -> TeamFinish | None:
        expect(team, str, "Tournament.finish_of", "team")
        return next((entry for entry in self.finishes if entry.team == team), None)


@attrs.frozen(kw_only=True)
class TournamentEntry:
    """A player's part in one tournament, as the sources give it."""

    tournament: str
    status: TournamentStatus
    appearances: int | None = attrs.field(default=None, validator=_non_negative)
    goals: int | None = attrs.field(default=None, validator=_non_negative)
    reason: str | None = None
    """Why a player who did not play was not there."""
    note: str | None = None
    cite: tuple[Citation, ...] = _cite()


@attrs.frozen(kw_only=True)
class Injury:
    """What is known of an injury: where, how it was diagnosed, how long it should take."""

    body_part: str = attrs.field(validator=_non_empty)
    occurred: PartialDate | None = None
    circumstances: str | None = None
    diagnosis: str | None = None
    expected_recovery_weeks: int | None = attrs.field(default=None, validator=_non_negative)
    return_not_before: PartialDate | None = None
    cite: tuple[Citation, ...] = _cite()


@attrs.frozen(kw_only=True)
class Absence:
    """A time away from the national team, with its bounds at the sources' precision."""

    start: PartialDate
    end: PartialDate
    kind: AbsenceKind
    reason: str = attrs.field(validator=_non_empty)
    injury: Injury | None = None
    cite: tuple[Citation, ...] = _cite()


@attrs.frozen(kw_only=True)
class Retirement:
    date: PartialDate
    cite: tuple[Citation, ...] = _cite()


@attrs.frozen(kw_only=True)
class Honour:
    name: str = attrs.field(validator=_non_empty)
    kind: HonourKind
    date: PartialDate | None = None
    team: str | None = None
    cite: tuple[Citation, ...] = _cite()


@attrs.frozen(kw_only=True)
class Quote:
    """Words a source says someone posted or said, as that source gives them.

    Versions of one message from different sources share a ``message`` id, so that where the
    sources differ (wording, platform, date) both versions are kept and can be compared.
    """

    speaker: str = attrs.field(validator=_non_empty)
    words: str = attrs.field(validator=_non_empty)
    message: str | None = None
    platform: Platform | None = None
    date: PartialDate | None = None
    date_as_given: str | None = None
    via: str | None = None
    cite: tuple[Citation, ...] = _cite()


class Event(_Vocabulary):
    """A dated moment of a career that a source may date."""

    BIRTH = "birth"
    DEBUT = "debut"
    RETIREMENT = "retirement"
    FINAL = "final"
    """The final of a tournament the player's team reached (with ``tournament``)."""


class SpanSubject(_Vocabulary):
    """What a stated length of time is about."""

    CAREER = "career"
    """From the debut to the retirement."""
    LONGEST_ABSENCE = "longest-absence"
    SINCE_DEBUT = "since-debut"
    """From the debut to the source's publication ("his debut 15 years ago")."""


@attrs.frozen(kw_only=True)
class CenturyClaim:
    """ "Three short of a century": how many caps short of 100 the career ended."""

    kind: ClassVar[str] = "caps-short-of-century"
    short_by: int = attrs.field(validator=_non_negative)
    cite: tuple[Citation, ...] = _cite()


@attrs.frozen(kw_only=True)
class AgeClaim:
    """ "On his 35th birthday": an age on a date, or on a career event's date."""

    kind: ClassVar[str] = "age"
    years: int = attrs.field(validator=_non_negative)
    on: DateExpression | None = None
    on_event: Event | None = None
    birthday: bool = False
    """The date is a birthday (a "35th birthday", not just "aged 35")."""
    cite: tuple[Citation, ...] = _cite()

    def __attrs_post_init__(self) -> None:
        if (self.on is None) == (self.on_event is None):
            raise InvalidValueError("on", "expected exactly one of on (a date) and on_event")


@attrs.frozen(kw_only=True)
class SpanClaim:
    """ "A five-year absence", "his debut 15 years ago": a length of time in whole years."""

    kind: ClassVar[str] = "span"
    subject: SpanSubject
    years: int = attrs.field(validator=_non_negative)
    cite: tuple[Citation, ...] = _cite()


@attrs.frozen(kw_only=True)
class DateClaim:
    """ "December 18 last year": the date of a career event, as the source writes it."""

    kind: ClassVar[str] = "date"
    event: Event
    date: DateExpression
    tournament: str | None = None
    """For ``event = "final"``: the tournament whose final is meant."""
    cite: tuple[Citation, ...] = _cite()

    def __attrs_post_init__(self) -> None:
        if (self.event is Event.FINAL) != (self.tournament is not None):
            raise InvalidValueError(
                "tournament", "expected a tournament with, and only with, event = final"
            )


Claim = CenturyClaim | AgeClaim | SpanClaim | DateClaim
"""A checkable statement written as a ``[[claims]]`` table; ``kind`` says which."""

CLAIM_KINDS: dict[str, type[Claim]] = {
    cls.kind: cls for cls in (CenturyClaim, AgeClaim, SpanClaim, DateClaim)
}


@attrs.frozen(kw_only=True, repr=False)
class Career(presenters.Presented):
    """Everything known of one player's career with one national team.

    In a notebook it shows as tables of its recorded facts; :meth:`to_frame` gives a DataFrame.
    """

    presented_as: ClassVar[presenters.Kind] = "career"

    player: Player = attrs.field(validator=_instance_of(Player))
    team: Team = attrs.field(validator=_instance_of(Team))
    sources: tuple[Source, ...] = ()
    tournaments: tuple[Tournament, ...] = ()
    appearances: tuple[Appearance, ...] = ()
    stated_totals: tuple[StatedTotal, ...] = ()
    entries: tuple[TournamentEntry, ...] = ()
    absences: tuple[Absence, ...] = ()
    retirement: Retirement | None = None
    honours: tuple[Honour, ...] = ()
    quotes: tuple[Quote, ...] = ()
    people: tuple[Person, ...] = ()
    claims: tuple[Claim, ...] = ()
    """Statements to check that are not already stated totals, entries or quotes."""

    def source(self, file: str) -> Source | None:
        expect(file, str, "Career.source", "file")
        return next((source for source in self.sources if source.file == file), None)

    def tournament(self, tournament_id: str) -> Tournament | None:
        expect(tournament_id, str, "Career.tournament", "tournament_id")
        return next((t for t in self.tournaments if t.id == tournament_id), None)

    def to_frame(self, table: CareerTable = "appearances") -> pd.DataFrame:
        """``appearances``, ``goals``, ``tournaments``, ``absences`` or ``totals`` (caps and
        goals after each appearance, from the career's own evidence) as a pandas DataFrame
        (docs/dataframes.md); needs ``pip install 'careerstats[pandas]'``."""
        frame: pd.DataFrame = self._frame(table)
        return frame


def citations_in(value: object, path: str = "") -> Iterator[tuple[str, Citation]]:
    """Every citation in a model tree, with its path (``appearances[0].cite[1]``)."""
    if isinstance(value, Citation):
        yield path, value
    elif isinstance(value, tuple):
        for index, item in enumerate(value):
            yield from citations_in(item, f"{path}[{index}]")
    elif attrs.has(type(value)):
        for field in attrs.fields(cast(Any, type(value))):
            child = f"{path}.{field.name}" if path else field.name
            yield from citations_in(getattr(value, field.name), child)
