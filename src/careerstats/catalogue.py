"""The tournament catalogue: every finals tournament the data sets hold, under one id rule.

A fixture may name any World Cup (men's or women's, from the World Cup Database) and any
edition of a finals competition ``results.csv`` holds (the world and continental
championships, the Confederations Cup, the Nations League finals) without declaring it in
``tournaments.toml``: its dates (first and last match) and hosts come from the data, cited to
the data set. A tournament a fixture declares and the catalogue holds too is checked against
it: each date, the hosts and the edition that differ are a warning, and the data's value is
the one used. What only sources give (a team's finish) stays the fixture's.

**The id rule** (:func:`tournament_id`): the competition's name, without the year, without the
organiser's initials where its championships are known without them (FIFA, UEFA, AFC: the
World Cup, the Euro, the Asian Cup) and without ``Men's`` (a men's competition is the plain
one), folded to lower-case words joined by hyphens, then the edition: the year in the
tournament's name. ``world-cup-2014``, ``womens-world-cup-2019``, ``euro-2020`` (played in
2021), ``copa-america-2024``, ``nations-league-finals-2021``.

Each data set gives its tournaments (``catalogued_tournaments``, part of
:class:`~careerstats.datasets.base.Dataset`); :meth:`Catalogue.of` joins them, the first data
set given winning where two hold one tournament. Nothing here reads a file.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING

import attrs

from careerstats.arguments import expect
from careerstats.dates import PartialDate
from careerstats.errors import InvalidValueError, Problem, Severity
from careerstats.model import Career, Citation, Source, Tournament
from careerstats.names import fold

if TYPE_CHECKING:
    from careerstats.datasets.base import Dataset

__all__ = [
    "DROPPED_ORGANISERS",
    "Catalogue",
    "catalogued",
    "referenced_tournaments",
    "tournament_id",
]

DROPPED_ORGANISERS = ("FIFA", "UEFA", "AFC")
"""Organisers whose championships are known without their initials (the World Cup, the Euro,
the Asian Cup); CONCACAF's are not (its Championship, its Nations League beside UEFA's)."""

_DROPPED = frozenset(organiser.casefold() for organiser in DROPPED_ORGANISERS)
_MENS = "men's"
_NOT_IN_AN_ID = re.compile(r"[^a-z0-9]+")


def tournament_id(name: str, edition: int) -> str:
    """The catalogue's id of a tournament: its competition's name (a year in it left out)
    and its edition, by the rule of the module's docstring.

    >>> tournament_id("2014 FIFA Men's World Cup", 2014), tournament_id("UEFA Euro", 2020)
    ('world-cup-2014', 'euro-2020')
    >>> tournament_id("2019 FIFA Women's World Cup", 2019)
    'womens-world-cup-2019'
    >>> tournament_id("Copa América", 2024), tournament_id("UEFA Nations League Finals", 2021)
    ('copa-america-2024', 'nations-league-finals-2021')
    """
    expect(name, str, "tournament_id", "name")
    expect(edition, int, "tournament_id", "edition")
    words = [word for word in fold(name.replace("’", "'")).split() if word != str(edition)]
    if words and words[0] in _DROPPED:
        words = words[1:]
    words = [word for word in words if word != _MENS]
    stem = _NOT_IN_AN_ID.sub("-", " ".join(words).replace("'", "")).strip("-")
    return f"{stem}-{edition}" if stem else str(edition)


def catalogued(
    name: str,
    edition: int,
    first: datetime.date,
    last: datetime.date,
    hosts: tuple[str, ...],
    cite: tuple[Citation, ...],
    id_: str | None = None,
) -> Tournament | None:
    """A data set's tournament, under the id of :func:`tournament_id` (or ``id_``); ``None``
    for one the model cannot hold (an edition before 1800, from a row that is valid CSV but
    no tournament's): a data set's odd row leaves a tournament out, never stops a load."""
    try:
        return Tournament(
            id=tournament_id(name, edition) if id_ is None else id_,
            name=name,
            edition=edition,
            start=PartialDate.from_date(first),
            end=PartialDate.from_date(last),
            hosts=hosts,
            cite=cite,
        )
    except InvalidValueError:
        return None


def referenced_tournaments(career: Career) -> list[str]:
    """The tournament ids a player file names, in the order it names them: its entries, its
    appearances' competitions (``friendly`` is none), its claims, its tournaments' finals."""
    expect(career, Career, "referenced_tournaments", "career")
    named: list[str | None] = [entry.tournament for entry in career.entries]
    named += [cap.match.competition for cap in career.appearances]
    named += [getattr(claim, "tournament", None) for claim in career.claims]
    named += [
        finish.final.competition
        for tournament in career.tournaments
        for finish in tournament.finishes
        if finish.final is not None
    ]
    return list(dict.fromkeys(name for name in named if name and name != "friendly"))


@attrs.frozen(kw_only=True)
class Catalogue:
    """Tournaments by id, from the data sets, and the sources (one per data-set file) they
    cite: a career that uses a catalogued tournament gets the rows its citations need."""

    tournaments: Mapping[str, Tournament]
    sources: Mapping[str, Source]

    @classmethod
    def of(cls, datasets: Iterable[Dataset]) -> Catalogue:
        """The tournaments of ``datasets``; where two hold one id, the first given wins (the
        command line gives the World Cup Database first: a World Cup's own record)."""
        tournaments: dict[str, Tournament] = {}
        sources: dict[str, Source] = {}
        for dataset in datasets:
            for tournament in dataset.catalogued_tournaments():
                if tournament.id in tournaments:
                    continue
                tournaments[tournament.id] = tournament
                for citation in tournament.cite:
                    if citation.file not in sources:
                        sources[citation.file] = attrs.evolve(dataset.source, file=citation.file)
        return cls(tournaments=tournaments, sources=sources)

    def checked(
        self, declared: Tournament, shown: str, place: str
    ) -> tuple[Tournament, list[Problem]]:
        """A declared tournament with the data's dates, hosts and edition where the catalogue
        holds its id, and a warning at ``shown``, ``place.field`` for each that differs from
        the declaration. Where the data agrees, the declaration stands as it is, with its
        citations; where the data gives more or else, the data's values are used, the data
        cited first (the name, the finishes and the other citations kept). A date declared to
        the month or year is no difference where it holds the data's day (the day is used);
        hosts are compared as a set, and hosts not declared (``[]``) differ from none."""
        found = self.tournaments.get(declared.id)
        if found is None:
            return declared, []
        given = ", ".join(citation.file for citation in found.cite)
        problems = []

        def differs(field: str, declared_value: str, data_value: str) -> None:
            message = (
                f"{declared_value} declared, but the data gives {data_value} ({given}): "
                "the data's is used"
            )
            problems.append(Problem(shown, f"{place}.{field}", message, Severity.WARNING))

        for field in ("start", "end"):
            day = getattr(found, field).earliest
            stated: PartialDate = getattr(declared, field)
            if not stated.contains(day):
                differs(field, str(stated), str(getattr(found, field)))
        same_hosts = _folded(declared.hosts) == _folded(found.hosts)
        if declared.hosts and found.hosts and not same_hosts:
            differs("hosts", _listed(declared.hosts), _listed(found.hosts))
        if declared.edition != found.edition:
            differs("edition", str(declared.edition), str(found.edition))
        used = attrs.evolve(
            declared,
            edition=found.edition,
            start=found.start,
            end=found.end,
            hosts=declared.hosts if same_hosts or not found.hosts else found.hosts,
        )
        if used == declared:
            return declared, problems  # the data agrees: the declaration stands, as cited
        cite = tuple(dict.fromkeys((*found.cite, *declared.cite)))
        return attrs.evolve(used, cite=cite), problems

    def applied(
        self, career: Career, places: Sequence[tuple[str, str]]
    ) -> tuple[Career, list[Problem]]:
        """The career with the catalogue's values for the tournaments it declares (checked:
        see :meth:`checked`; ``places`` gives the file and the TOML path of each, in order),
        and the catalogued tournaments its player file names without declaring them; with
        the sources their citations need. The warnings of the checks come with it."""
        problems: list[Problem] = []
        tournaments = []
        for tournament, (shown, place) in zip(career.tournaments, places, strict=True):
            checked, found = self.checked(tournament, shown, place)
            tournaments.append(checked)
            problems += found
        declared = {tournament.id for tournament in tournaments}
        for name in referenced_tournaments(career):
            if name not in declared and name in self.tournaments:
                tournaments.append(self.tournaments[name])
                declared.add(name)
        cited = {citation.file for tournament in tournaments for citation in tournament.cite}
        held = {source.file for source in career.sources}
        added = [
            source for file, source in self.sources.items() if file in cited and file not in held
        ]
        return (
            attrs.evolve(career, tournaments=tuple(tournaments), sources=(*career.sources, *added)),
            problems,
        )


def _folded(hosts: Iterable[str]) -> frozenset[str]:
    return frozenset(fold(host).strip() for host in hosts)


def _listed(hosts: Sequence[str]) -> str:
    return "[" + ", ".join(map(repr, hosts)) + "]"
