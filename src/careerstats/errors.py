"""The library's exceptions: one base class, a few precise kinds.

Every message is one line that names the file, the place in it, and what was expected.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Sequence

import attrs

__all__ = [
    "ADDING_A_PLAYER",
    "MAX_LISTED",
    "AmbiguousNameError",
    "ArgumentTypeError",
    "CacheWarning",
    "CareerstatsError",
    "CareerstatsWarning",
    "DatasetError",
    "DatasetMatchWarning",
    "FixtureError",
    "InvalidDateError",
    "InvalidValueError",
    "MalformedRowsWarning",
    "MissingExtraError",
    "Problem",
    "ProblemsError",
    "Severity",
    "UnknownNameError",
    "UnknownPlayerError",
    "and_more",
    "capped_problems",
    "describe_text",
    "listed_problems",
    "name_text",
    "one_line",
]


class CareerstatsError(Exception):
    """Base class of every error careerstats raises on purpose."""


class ArgumentTypeError(CareerstatsError, TypeError):
    """A public function given an argument of the wrong type (``summarize("karim-benzema")``,
    ``load_career(None)``): the message names the function, the argument, what it takes and
    what it got. A ``TypeError`` too, as Python's own would be."""


class InvalidDateError(CareerstatsError, ValueError):
    """A date that cannot be read, or that no calendar has (``2022-02-30``, month 13)."""


class InvalidValueError(CareerstatsError, ValueError):
    """A model field given a value it cannot hold (a negative count, an empty name)."""

    def __init__(self, field: str, message: str) -> None:
        self.field = field
        self.message = message
        super().__init__(f"{field}: {message}")


class Severity(enum.StrEnum):
    """How bad a problem is: an error stops a career from loading; a warning does not."""

    ERROR = "error"
    WARNING = "warning"


@attrs.frozen
class Problem:
    """One thing wrong in one file: ``FILE: place: message`` (``FILE: place: warning: ...``)."""

    file: str
    place: str
    message: str
    severity: Severity = Severity.ERROR

    def __attrs_post_init__(self) -> None:
        for name in ("file", "place", "message"):
            value = getattr(self, name)
            if not isinstance(value, str):
                shown = "None" if value is None else type(value).__name__
                raise ArgumentTypeError(f"Problem({name}): expected a str, got {shown}")
        if not isinstance(self.severity, Severity):
            raise ArgumentTypeError(
                f"Problem(severity): expected a Severity, got {type(self.severity).__name__}"
            )

    @property
    def where(self) -> str:
        """``FILE: place``, or ``FILE`` for a problem with the file as a whole."""
        return f"{self.file}: {self.place}" if self.place else self.file

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR

    def __str__(self) -> str:
        label = "" if self.is_error else f"{self.severity}: "
        return one_line(f"{self.where}: {label}{self.message}")


# Line breaks, other control characters (a terminal's escape sequences) and the lone surrogates
# that stand for undecodable bytes in file names: shown escaped, so a problem stays one line.
_UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")


def one_line(text: str) -> str:
    """``text`` with line breaks and other control characters escaped: one line, always."""
    return _UNPRINTABLE.sub(lambda found: repr(found[0])[1:-1], text)


MESSAGE_VALUE_LIMIT = 60
"""The most characters of a value from input that a message echoes."""


def describe_text(value: str, limit: int = MESSAGE_VALUE_LIMIT) -> str:
    """A text found in input, as a message shows it: quoted, escaped, cut short when long."""
    if len(value) <= limit:
        return repr(value)
    return f"{value[:limit]!r}… ({len(value):,} characters)"


def name_text(value: str, limit: int = MESSAGE_VALUE_LIMIT) -> str:
    r"""A name from input as a message reads it, unquoted: escaped, and cut short when long.

    >>> name_text("Austria"), name_text("Faroe\nIslands"), name_text("x" * 70, limit=3)
    ('Austria', 'Faroe\\nIslands', 'xxx…')
    """
    name = one_line(value)
    return name if len(name) <= limit else f"{name[:limit]}…"


MAX_LISTED = 10
"""The most items a message lists (unknown keys, problems); the rest are counted, not shown."""


def and_more(count: int, noun: str = "") -> str:
    """The line or clause that stands for items left out: ``and 59,990 more``."""
    return f"and {count:,} more{f' {noun}' if noun else ''}"


_MORE = re.compile(r"and ([0-9][0-9,]*) more (.+?)")
_ROWS = re.compile(r"\brows?$")


def _count_line(problem: Problem) -> tuple[int, str] | None:
    """The count and noun of a line that stands for a file's problems left out, such as a data
    set's ``FILE: and 4,999,980 more malformed rows``; ``None`` for any other problem."""
    match = None if problem.place else _MORE.fullmatch(problem.message)
    return None if match is None else (int(match[1].replace(",", "")), match[2])


def capped_problems(
    problems: Sequence[Problem], limit: int = MAX_LISTED
) -> tuple[list[Problem], int, list[Problem]]:
    """The first ``limit`` problems; how many others are left out; and each line that counts
    a file's problems left out, its count raised by that file's problems this leaves out
    too. A cap so never swallows a count such as ``and 4,999,980 more malformed rows`` (ten
    lines, then "and 11 more problems", did)."""
    counts = {
        index: found for index, problem in enumerate(problems) if (found := _count_line(problem))
    }
    listed = [problem for index, problem in enumerate(problems) if index not in counts]
    left_out: dict[str, int] = {}
    for problem in listed[limit:]:
        left_out[problem.file] = left_out.get(problem.file, 0) + 1
    folded = []
    for index, (count, noun) in counts.items():
        total = count + left_out.pop(problems[index].file, 0)
        noun = _ROWS.sub("row" if total == 1 else "rows", noun)
        folded.append(attrs.evolve(problems[index], message=f"and {total:,} more {noun}"))
    return listed[:limit], sum(left_out.values()), folded


def listed_problems(problems: Sequence[Problem], limit: int = MAX_LISTED) -> list[str]:
    """The first ``limit`` problems, one line each, then how many more there are; a file's
    own count of problems left out (a data set's malformed rows) is kept, and comes last."""
    shown, more, counted = capped_problems(problems, limit)
    lines = [str(problem) for problem in shown]
    if more:
        lines.append(f"… {and_more(more, 'problem' if more == 1 else 'problems')}")
    return [*lines, *map(str, counted)]


class ProblemsError(CareerstatsError):
    """Input with one or more problems; ``problems`` lists each, one line apiece."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems = tuple(problems)
        super().__init__("\n".join(listed_problems(self.problems)))

    @property
    def errors(self) -> tuple[Problem, ...]:
        return tuple(problem for problem in self.problems if problem.is_error)

    @property
    def warnings(self) -> tuple[Problem, ...]:
        """Problems that alone would not have stopped the input from loading."""
        return tuple(problem for problem in self.problems if not problem.is_error)


class FixtureError(ProblemsError):
    """One or more fixture files are malformed or inconsistent."""


class DatasetError(ProblemsError):
    """A data set's file is missing, has the wrong columns, or (with strict) a malformed row."""


class MalformedRowsWarning(UserWarning):
    """Rows of a data set were skipped because they are malformed (see ``strict``)."""


class UnknownNameError(CareerstatsError, LookupError):
    """A team or competition that the data set does not have."""


class AmbiguousNameError(UnknownNameError):
    """A team's name that the data set gives two teams (one's former name, another's alias)."""


class CareerstatsWarning(UserWarning):
    """Base class of the warnings careerstats gives; the command prints each once, one line."""


class DatasetMatchWarning(CareerstatsWarning):
    """A player's record and a data set do not line up: a name not found, a match whose
    opponent is spelt otherwise, a goal dated outside the player's life."""


class CacheWarning(CareerstatsWarning):
    """The data-set cache could not be written (a read-only folder, a file in the way, a full
    disk): the data set was read all the same, only not kept for the next load."""


class MissingExtraError(CareerstatsError, ImportError):
    """An optional dependency is not installed; the message names the extra that brings it in.

    >>> print(MissingExtraError("DataFrames", "pandas", "pandas"))
    DataFrames need pandas, which is not installed: pip install 'careerstats[pandas]'
    """

    def __init__(self, feature: str, package: str, extra: str) -> None:
        self.package = package
        self.extra = extra
        super().__init__(
            f"{feature} need {package}, which is not installed: pip install 'careerstats[{extra}]'"
        )


ADDING_A_PLAYER = "docs/adding-a-player.md"
"""The docs page an unknown player's error points to: how to write a player's fixture."""


def _shown_id(player_id: str) -> str:
    """A player id as a message lists it: bare, unless it is too long or odd to show so."""
    return (
        player_id if player_id.isprintable() and len(player_id) <= 60 else describe_text(player_id)
    )


class UnknownPlayerError(CareerstatsError, LookupError):
    """No bundled or given fixture matches the player asked for.

    The message is one line: the query (cut short when long), the closest players, and where
    to look next: ``careerstats list`` for every player, :data:`ADDING_A_PLAYER` to add one.
    """

    def __init__(
        self,
        query: str,
        suggestions: Sequence[str] = (),
        unreadable: Sequence[Problem] = (),
        *,
        ambiguous: bool = False,
        note: str = "",
    ) -> None:
        self.query = query
        self.suggestions = tuple(suggestions)
        self.ambiguous = ambiguous
        """Several players match (listed in ``suggestions``), rather than none."""
        self.unreadable = tuple(unreadable)
        """Player files that could not be read, and so were not searched."""
        shown = describe_text(query)
        players = ", ".join(map(_shown_id, self.suggestions))
        if ambiguous:
            message = f"player {shown} is ambiguous: it matches {players}"
        else:
            message = f"unknown player {shown}{note}"
        if self.unreadable:
            message += f" ({_player_files(len(self.unreadable))} could not be read)"
        if not ambiguous:
            message += f"; did you mean {players}? " if self.suggestions else "; "
            message += f"careerstats list shows every player, and {ADDING_A_PLAYER} how to add one"
        super().__init__(message)


def _player_files(count: int) -> str:
    """``1 player file``, ``2 player files``."""
    return f"{count} player file{'s' if count != 1 else ''}"
