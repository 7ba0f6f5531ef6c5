"""What the claim engine finds: each claim's check, its verdict, and the disagreements.

These are the result types of :mod:`careerstats.claims`, apart from the engine, so that pages,
writers and frames import what a report holds without importing how it is made.
"""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING, ClassVar

import attrs

from careerstats import presenters
from careerstats.model import Career, Citation
from careerstats.statistics import CareerSummary

if TYPE_CHECKING:
    import pandas as pd

    from careerstats.model import ReportTable

__all__ = ["Check", "ClaimReport", "Disagreement", "Verdict", "Version"]


class Verdict(enum.StrEnum):
    AGREES = "agrees"
    CONTRADICTS = "contradicts"
    UNCHECKED = "unchecked"


@attrs.frozen(kw_only=True)
class Check:
    """One claim, what the data computes for it, and the verdict."""

    kind: str
    subject: str
    stated: str
    computed: str | None
    verdict: Verdict
    note: str = ""
    cite: tuple[Citation, ...]
    """Where the claim is made."""
    basis: tuple[Citation, ...] = ()
    """What the computed value rests on."""


@attrs.frozen(kw_only=True)
class Version:
    """One source's value in a disagreement."""

    value: str
    cite: tuple[Citation, ...]


@attrs.frozen(kw_only=True)
class Disagreement:
    """Sources giving different values for the same thing (a platform, a wording, a figure)."""

    subject: str
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
