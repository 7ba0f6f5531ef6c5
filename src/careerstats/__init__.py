"""careerstats: football player career statistics from typed, sourced data.

Every figure is computed from a hand-written fixture whose facts each cite a source.

>>> from careerstats import load_career, summarize
>>> summary = summarize(load_career("karim-benzema"))
>>> (summary.caps.value, summary.goals.value)
(97, 37)
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

# The notebook display and DataFrames of the model, wired from the display side (cheap: it
# registers functions that import pages, writers and frames only when called).
import careerstats.display  # noqa: F401

# The public names and the module each lives in. They are imported on first use, so that
# `import careerstats` (and the CLI's start-up) pays only for what is used.
_EXPORTS = {
    "ArgumentTypeError": "errors",
    "CareerstatsError": "errors",
    "FixtureError": "errors",
    "InvalidDateError": "errors",
    "InvalidValueError": "errors",
    "MissingExtraError": "errors",
    "Problem": "errors",
    "Severity": "errors",
    "UnknownPlayerError": "errors",
    "PartialDate": "dates",
    "Precision": "dates",
    "Span": "dates",
    "Years": "dates",
    "age_on": "dates",
    "Absence": "model",
    "AbsenceKind": "model",
    "Appearance": "model",
    "Career": "model",
    "Citation": "model",
    "Finish": "model",
    "Goal": "model",
    "Honour": "model",
    "HonourKind": "model",
    "Injury": "model",
    "Match": "model",
    "Person": "model",
    "Platform": "model",
    "Player": "model",
    "Quote": "model",
    "Retirement": "model",
    "Source": "model",
    "StatedTotal": "model",
    "Team": "model",
    "Tournament": "model",
    "TournamentEntry": "model",
    "TournamentStatus": "model",
    "FixtureSet": "fixtures",
    "dump_career": "fixtures",
    "load_career": "fixtures",
    "load_career_file": "fixtures",
    "structure_career": "fixtures",
    "CareerSummary": "statistics",
    "summarize": "statistics",
    "plot_timeline": "plot",
}

__all__ = [
    "Absence",
    "AbsenceKind",
    "Appearance",
    "ArgumentTypeError",
    "Career",
    "CareerSummary",
    "CareerstatsError",
    "Citation",
    "Finish",
    "FixtureError",
    "FixtureSet",
    "Goal",
    "Honour",
    "HonourKind",
    "Injury",
    "InvalidDateError",
    "InvalidValueError",
    "Match",
    "MissingExtraError",
    "PartialDate",
    "Person",
    "Platform",
    "Player",
    "Precision",
    "Problem",
    "Quote",
    "Retirement",
    "Severity",
    "Source",
    "Span",
    "StatedTotal",
    "Team",
    "Tournament",
    "TournamentEntry",
    "TournamentStatus",
    "UnknownPlayerError",
    "Years",
    "age_on",
    "dump_career",
    "load_career",
    "load_career_file",
    "plot_timeline",
    "structure_career",
    "summarize",
]


def __getattr__(name: str) -> Any:
    if name == "__version__":
        from careerstats._version import __version__

        return __version__
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'careerstats' has no attribute {name!r}")
    value = getattr(importlib.import_module(f"careerstats.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*__all__, "__version__"})


if TYPE_CHECKING:
    from careerstats.dates import PartialDate, Precision, Span, Years, age_on
    from careerstats.errors import (
        ArgumentTypeError,
        CareerstatsError,
        FixtureError,
        InvalidDateError,
        InvalidValueError,
        MissingExtraError,
        Problem,
        Severity,
        UnknownPlayerError,
    )
    from careerstats.fixtures import (
        FixtureSet,
        dump_career,
        load_career,
        load_career_file,
        structure_career,
    )
    from careerstats.model import (
        Absence,
        AbsenceKind,
        Appearance,
        Career,
        Citation,
        Finish,
        Goal,
        Honour,
        HonourKind,
        Injury,
        Match,
        Person,
        Platform,
        Player,
        Quote,
        Retirement,
        Source,
        StatedTotal,
        Team,
        Tournament,
        TournamentEntry,
        TournamentStatus,
    )
    from careerstats.plot import plot_timeline
    from careerstats.statistics import CareerSummary, summarize
