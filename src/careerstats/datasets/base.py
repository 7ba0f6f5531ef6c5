"""What every data set offers, whoever publishes it: one protocol, and the records it answers in.

A data set is a module with one class implementing :class:`Dataset`: its name, the files that
recognise its folder, a classmethod ``load(folder, *, strict=False, cache=True)``, its credit as
a :class:`~careerstats.model.Source`, and per player (a :class:`PlayerQuery`) what it holds:
appearances, goals, squads, and the coverage of the whole set; and the finals tournaments it
holds, for the catalogue of :mod:`careerstats.catalogue`. The records are the same for
every data set, so that the reconcile layer joins any of them into a career the same way; each
names its data set. Reading the files is :mod:`careerstats.datasets.csv_tables`' work.

The protocol is modelled on kloppy's one deserializer per provider behind a shared base, and on
socceraction's loader interface, whose ``players(game_id)`` is a line-up.
"""

from __future__ import annotations

import datetime
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar, Protocol, Self

import attrs

from careerstats.dates import Precision

if TYPE_CHECKING:
    from careerstats.model import Career, Source, Tournament

__all__ = [
    "Coverage",
    "Dataset",
    "DatasetAppearance",
    "DatasetGoal",
    "PlayerQuery",
    "SquadEntry",
    "SquadOmission",
]


@attrs.frozen(kw_only=True)
class PlayerQuery:
    """Who is looked for in a data set: full names (never a family name alone), the team, and
    the birth date where the fixture has it to the day (a data set's birth date then confirms)."""

    names: tuple[str, ...]
    team: str
    born: datetime.date | None = None

    @classmethod
    def of(cls, career: Career) -> Self:
        """The player of a career: the fixture's name and aliases, team and birth date."""
        player = career.player
        born = player.born
        day = (
            datetime.date(born.year, born.month, born.day)
            if born is not None
            and born.precision is Precision.DAY
            and born.month is not None
            and born.day is not None
            else None
        )
        return cls(names=(player.name, *player.aliases), team=career.team.name, born=day)


@attrs.frozen(kw_only=True)
class DatasetGoal:
    """A goal a data set credits to the player: ``minute`` as the data set has it (regulation
    time: 45 for 45+2), ``stoppage`` the added minutes (2), ``None`` where not known."""

    dataset: str
    date: datetime.date
    team: str
    opponent: str
    minute: int | None
    stoppage: int | None = None
    penalty: bool | None = None
    own_goal: bool = False


@attrs.frozen(kw_only=True)
class DatasetAppearance:
    """A match a data set has the player play in: ``started`` (else came on), the minutes on
    the pitch, the competition as the data set names it, and the goals scored in it."""

    dataset: str
    date: datetime.date
    team: str
    opponent: str
    competition: str
    tournament: str | None = None
    """The data set's id of the tournament (``WC-2014``), where the match was in one."""
    started: bool | None = None
    minutes: int | None = None
    goals: tuple[DatasetGoal, ...] = ()
    score: tuple[int, int] | None = None
    """The final score (after extra time), the player's team's goals first."""


@attrs.frozen(kw_only=True)
class SquadEntry:
    """The player named in a tournament squad; ``played`` says whether he had an appearance
    (an unused squad member has none), ``None`` where the data set holds no line-ups of the
    tournament (the World Cups before 1970): whether he played is then not known."""

    dataset: str
    tournament: str
    """The data set's id of the tournament (``WC-2022``)."""
    tournament_name: str
    team: str
    played: bool | None


@attrs.frozen(kw_only=True)
class SquadOmission:
    """A tournament squad of the player's team that the data set holds and that does not name
    him: he was not in it (not selected, excluded, or withdrawn before the list was final)."""

    dataset: str
    tournament: str
    """The data set's id of the tournament (``WC-2010``)."""
    tournament_name: str
    team: str
    """The team whose squad it is, as the data set names it."""


@attrs.frozen(kw_only=True)
class Coverage:
    """What part of football a data set covers: in words, and from the first to the last day."""

    dataset: str
    what: str
    first: datetime.date
    last: datetime.date


class Dataset(Protocol):
    """One external data set, read as published from a folder."""

    name: ClassVar[str]
    """The data set's name as ``--data`` finds its subfolder (``worldcup``)."""
    files: ClassVar[tuple[str, ...]]
    """The files a folder must hold to be this data set."""

    @classmethod
    def load(cls, folder: Path | str, *, strict: bool = False, cache: bool = True) -> Self:
        """Read and validate the folder; malformed rows skipped with a warning, or with
        ``strict`` an error; ``cache`` keeps each file's validated contents per version."""
        ...

    @property
    def source(self) -> Source:
        """The data set as a source of kind dataset: its title, licence and credit."""
        ...

    def player_appearances(self, player: PlayerQuery) -> list[DatasetAppearance]:
        """The player's appearances, by date."""
        ...

    def player_goals(self, player: PlayerQuery) -> list[DatasetGoal]:
        """The player's goals, by date."""
        ...

    def player_squads(self, player: PlayerQuery) -> list[SquadEntry]:
        """The tournament squads the player was named in, by date."""
        ...

    def coverage(self) -> Coverage:
        """What the data set covers."""
        ...

    def catalogued_tournaments(self) -> tuple[Tournament, ...]:
        """The finals tournaments the data set holds, by date, under the catalogue's ids
        (:func:`careerstats.catalogue.tournament_id`), with the dates of their first and last
        match and their hosts, each cited to the data set's file; built once per load."""
        ...
