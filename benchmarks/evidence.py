"""Ranges from all the evidence against today's figures as of a date: careerstats.evidence vs
``known_by`` + ``summarize``.

Run from the repository, with the international results data set beside the checkout:

    python benchmarks/evidence.py [--results-dir DIR] [--runs N] [--player ID] [--baseline SRC]

It prints, side by side (best and median of N runs):

- building the evidence (the team's calendar from the data set, then ``Evidence.of`` on the
  career with the data set's goals) and querying caps and goals for every day of the career,
  against ``known_by`` + ``summarize`` for every day (today's way to get a figure as of a date);
- one ``summary --as-of`` as today's command computes it (the data set's goals, ``summarize``
  as of the date, the coverage), and the evidence's extra cost for that date (the calendar,
  ``Evidence.of``, one range): issue 13's target is the sum under 1.2x today's;
- the whole-process time of ``careerstats summary PLAYER --as-of DATE --results-dir DIR``,
  for scale (it includes start-up and reading the data set, which the evidence adds nothing to);
- with ``--baseline SRC`` (the ``src`` folder of another checkout, e.g. ``git archive`` of the
  commit before the evidence reached the pages), the same command run with that code on
  ``PYTHONPATH``, side by side, runs interleaved: the ratio is issue 13's 1.2x target.
"""

from __future__ import annotations

import argparse
import datetime
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from careerstats import load_career
from careerstats.datasets.international_results import InternationalResults
from careerstats.dates import PartialDate
from careerstats.evidence import Evidence
from careerstats.model import Citation
from careerstats.reconcile import RESULTS, coverage, team_matches, with_dataset_goals
from careerstats.statistics import known_by, summarize

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "data" / "international_results"
AS_OF = "2021-06-28"


def timed(work: Callable[[], Any], runs: int) -> tuple[float, float]:
    """Best and median seconds of ``runs`` calls."""
    seconds = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        seconds.append(time.perf_counter() - start)
    return min(seconds), statistics.median(seconds)


def row(label: str, best: float, median: float) -> str:
    return f"  {label:<58} {best * 1000:10.1f} ms {median * 1000:10.1f} ms"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--results-dir", type=Path, default=DEFAULT)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--player", default="karim-benzema")
    parser.add_argument(
        "--baseline", type=Path, help="the src folder of the code to compare the command with"
    )
    args = parser.parse_args()
    if not (args.results_dir / "results.csv").is_file():
        sys.exit(f"{args.results_dir}: no results.csv (pass --results-dir)")

    data = InternationalResults.load(args.results_dir)
    career = load_career(args.player)
    with_goals = with_dataset_goals(career, data)
    cite = (Citation(file=RESULTS),)
    calendar = team_matches(career, data)
    evidence = Evidence.of(with_goals, calendar, calendar_cite=cite)
    start = evidence.debut.match.date.earliest if evidence.debut else datetime.date(2000, 1, 1)
    end = evidence.end.latest if evidence.end else evidence.horizon()
    days = [start + datetime.timedelta(days=n) for n in range((end - start).days + 1)]
    as_of = PartialDate.parse(AS_OF)

    def evidence_built() -> None:
        Evidence.of(with_goals, team_matches(career, data), calendar_cite=cite)

    def evidence_every_day() -> None:
        built = Evidence.of(with_goals, team_matches(career, data), calendar_cite=cite)
        for day in days:
            built.on(day)

    def running_totals() -> None:
        Evidence.of(with_goals, team_matches(career, data), calendar_cite=cite).running_totals()

    def known_by_every_day() -> None:
        for day in days:
            summarize(known_by(with_goals, PartialDate.from_date(day)))

    def summary_as_of_today() -> None:
        # What the command computes now: the evidence (with the calendar) built once, the
        # summary's ranges from it, and the coverage.
        full = with_dataset_goals(career, data)
        built = Evidence.of(full, team_matches(career, data), calendar_cite=cite)
        summary = summarize(full, as_of, built)
        coverage(summary.career, data, as_of.latest)

    def evidence_for_the_date() -> None:
        Evidence.of(with_goals, team_matches(career, data), calendar_cite=cite).on(as_of)

    print(f"{args.player}: {len(days)} days from {start} to {end}, best and median of {args.runs}")
    print(row("Evidence.of (with the team's calendar)", *timed(evidence_built, args.runs)))
    print(row("Evidence.of + caps and goals for every day", *timed(evidence_every_day, args.runs)))
    print(row("Evidence.of + running totals after every match", *timed(running_totals, args.runs)))
    print(
        row(
            "known_by + summarize for every day", *timed(known_by_every_day, max(1, args.runs // 2))
        )
    )
    today = timed(summary_as_of_today, args.runs)
    extra = timed(evidence_for_the_date, args.runs)
    print(row(f"summary --as-of {AS_OF} (goals, evidence, summarize, coverage)", *today))
    print(row("  of which the evidence for that date (calendar, Evidence.of, range)", *extra))

    command = [
        sys.executable,
        "-m",
        "careerstats",
        "summary",
        args.player,
        "--as-of",
        AS_OF,
        "--results-dir",
        str(args.results_dir),
    ]

    def process() -> None:
        subprocess.run(command, check=True, capture_output=True)

    if args.baseline is None:
        whole = timed(process, args.runs)
        print(row("careerstats summary --as-of, whole process", *whole))
        return
    import os

    environment = {**os.environ, "PYTHONPATH": str(args.baseline.resolve())}

    def baseline() -> None:
        subprocess.run(command, check=True, capture_output=True, env=environment)

    now_runs, before_runs = [], []
    for _ in range(args.runs):  # interleaved, so that the machine's load falls on both alike
        now_runs.append(timed(process, 1)[0])
        before_runs.append(timed(baseline, 1)[0])
    now = (min(now_runs), statistics.median(now_runs))
    before = (min(before_runs), statistics.median(before_runs))
    print(row(f"careerstats summary --as-of, whole process ({args.baseline})", *before))
    print(row("careerstats summary --as-of, whole process (this checkout)", *now))
    print(
        f"  ratio this / baseline: {now[1] / before[1]:.2f}x median, {now[0] / before[0]:.2f}x best"
    )


if __name__ == "__main__":
    main()
