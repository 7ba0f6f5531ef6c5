"""What building the evidence twice costs a summary: once by validation (its rule that totals
never go down), once by the command (the ranges and the claims).

Run from the repository:

    python benchmarks/fixture_evidence.py [--runs N] [--appearances N] [--data DIR]

It prints (best and median of N runs), for the bundled player and for a career of N recorded
appearances made from it:

- ``Evidence.of`` on the career as the fixture gives it (what validation builds, and what
  ``summary`` without a data set builds again);
- the validation of the whole career (``check_career``), which the first build is part of;
- loading the fixture checked whole (``FixtureSet.load_with_warnings``);
- for scale, the whole process of ``careerstats summary PLAYER`` (and with ``--data DIR``,
  where the command's evidence is of another career: the data sets' goals and the team's
  calendar joined to it, so validation's build could not serve it anyway).
"""

from __future__ import annotations

import argparse
import datetime
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import attrs
from evidence import timed  # benchmarks/evidence.py, beside this script

from careerstats.dates import PartialDate
from careerstats.evidence import Evidence
from careerstats.fixtures import FixtureSet, bundled_fixtures_dir
from careerstats.model import Career
from careerstats.validation import check_career

SHARED_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"


def row(label: str, best: float, median: float) -> str:
    return f"  {label:<60} {best * 1000:10.3f} ms {median * 1000:10.3f} ms"


def with_appearances(career: Career, count: int) -> Career:
    """``career`` with ``count`` appearances, a fortnight apart from 2008 on (before the
    absence of the bundled player), copied from its first one."""
    first = career.appearances[0]
    day = datetime.date(2008, 1, 1)
    appearances = [first]
    for number in range(1, count):
        date = PartialDate.from_date(day + datetime.timedelta(days=15 * number))
        match = attrs.evolve(first.match, date=date)
        appearances.append(attrs.evolve(first, match=match, debut=False))
    return attrs.evolve(career, appearances=tuple(appearances))


def builds(arguments: list[str]) -> str:
    """How many times, and of which careers, the command builds :class:`Evidence` in process
    (its output thrown away): validation's build, the command's, and the claims' evidence
    without each stated total checked (``Evidence.without``, another evidence by design)."""
    import contextlib
    import io

    from careerstats import evidence
    from careerstats.cli import main as command

    built: list[str] = []
    original = evidence.Evidence.__init__

    def counted(self: Evidence, career: Career, *rest: Any) -> None:
        calendar = "with the team's calendar" if rest and rest[0] is not None else "no calendar"
        built.append(f"{len(career.appearances)} appearances, {calendar}")
        original(self, career, *rest)

    evidence.Evidence.__init__ = counted  # type: ignore[method-assign]
    try:
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            command(arguments)
    finally:
        evidence.Evidence.__init__ = original  # type: ignore[method-assign]
    counted_builds = Counter(built)
    return "; ".join(f"{count} x {career}" for career, count in counted_builds.items())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--appearances", type=int, default=150)
    parser.add_argument("--player", default="karim-benzema")
    parser.add_argument("--data", type=Path, default=SHARED_DATA)
    args = parser.parse_args()

    folder = FixtureSet(bundled_fixtures_dir())
    path = folder.find(args.player).path
    career = folder.load_file(path)
    big = with_appearances(career, args.appearances)
    print(f"best and median of {args.runs} runs")
    for label, each in (
        (f"{args.player} ({len(career.appearances)} appearances)", career),
        (f"{args.player} with {len(big.appearances)} appearances", big),
    ):
        print(label)
        print(row("Evidence.of(career)", *timed(lambda each=each: Evidence.of(each), args.runs)))
        print(
            row(
                "check_career (holds one Evidence.of)",
                *timed(lambda each=each: check_career(each, "x.toml"), args.runs),
            )
        )
    print(
        row(
            "FixtureSet.load_with_warnings (bundled)",
            *timed(lambda: folder.load_with_warnings(path), args.runs),
        )
    )

    print(f"Evidence built by one summary: {builds(['summary', args.player])}")
    if (args.data / "worldcup").is_dir():
        summary_with_data = ["summary", args.player, "--data", str(args.data)]
        print(f"Evidence built by one summary --data: {builds(summary_with_data)}")
    command = [sys.executable, "-m", "careerstats", "summary", args.player]
    runs = max(1, args.runs // 4)
    whole = timed(lambda: subprocess.run(command, check=True, capture_output=True), runs)
    print(row("careerstats summary, whole process", *whole))
    if (args.data / "worldcup").is_dir():
        with_data = [*command, "--data", str(args.data)]
        whole = timed(lambda: subprocess.run(with_data, check=True, capture_output=True), runs)
        print(row("careerstats summary --data, whole process", *whole))


if __name__ == "__main__":
    main()
