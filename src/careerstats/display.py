"""The notebook display and DataFrames of careers, summaries and claim reports.

Registered in :mod:`careerstats.presenters` when ``careerstats`` is imported, so that the model
can show itself without importing pages, writers or frames. Each presenter imports what it needs
when first called: importing this module imports nothing heavy.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from careerstats import presenters

if TYPE_CHECKING:
    import pandas as pd

    from careerstats.checks import ClaimReport
    from careerstats.model import Career
    from careerstats.statistics import CareerSummary

__all__: list[str] = []


def _career_html(career: Career) -> str:
    from careerstats.pages import career_page
    from careerstats.writers import write

    return write(career_page(career), "html")


def _summary_html(summary: CareerSummary) -> str:
    from careerstats.pages import summary_page
    from careerstats.writers import write

    return write(summary_page(summary), "html")


def _claims_html(report: ClaimReport) -> str:
    from careerstats.pages import claims_page
    from careerstats.writers import write

    return write(claims_page(report), "html")


def _career_repr(career: Career) -> str:
    from careerstats.words import plural

    recorded = plural(len(career.appearances), "appearance")
    player, team = career.player, career.team.name
    return f"<Career {player.id}: {player.name}, {team}, {recorded} recorded>"


def _summary_repr(summary: CareerSummary) -> str:
    from careerstats.words import count_of

    caps, goals = count_of(summary.caps, "cap"), count_of(summary.goals, "goal")
    return f"<CareerSummary {summary.career.player.id}: {caps}, {goals}>"


def _claims_repr(report: ClaimReport) -> str:
    from careerstats.words import claims_headline

    return f"<ClaimReport {report.career.player.id}: {claims_headline(report)}>"


def _career_frame(career: Career, table: str) -> pd.DataFrame:
    from careerstats.frames import career_frame

    return career_frame(career, table)  # type: ignore[arg-type]  # career_frame checks it


def _summary_frame(summary: CareerSummary) -> pd.DataFrame:
    from careerstats.frames import summary_frame

    return summary_frame(summary)


def _claims_frame(report: ClaimReport, table: str) -> pd.DataFrame:
    from careerstats.frames import report_frame

    return report_frame(report, table)  # type: ignore[arg-type]  # report_frame checks it


presenters.register("career", "html", _career_html)
presenters.register("summary", "html", _summary_html)
presenters.register("claims", "html", _claims_html)
presenters.register("career", "repr", _career_repr)
presenters.register("summary", "repr", _summary_repr)
presenters.register("claims", "repr", _claims_repr)
presenters.register("career", "frame", _career_frame)
presenters.register("summary", "frame", _summary_frame)
presenters.register("claims", "frame", _claims_frame)
