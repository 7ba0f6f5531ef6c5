"""Loading the international results data set and totalling every scorer: careerstats vs pandas.

Run from the repository (pandas is in the ``bench`` extra: ``pip install -e '.[bench]'``):

    python benchmarks/international_results.py [--results-dir DIR] [--runs N]

Both sides do the same work: read results.csv and goalscorers.csv with their dates as dates,
leave out own goals, and for every (scorer, team) count goals and penalties, find the first and
last goal, and rank them (most goals first, ties to whoever reached the total first). It
prints, side by side, the in-process seconds of that work (best and median of N runs), the
whole-process seconds of ``careerstats scorers --top 20`` and of the equivalent pandas script,
and the peak memory of each process.

Peak memory is the process's own high-water mark (``VmHWM`` in /proc/self/status, Linux). Not
``ru_maxrss``: Linux carries the parent's peak into a child across fork and exec, so every
child of this script would report at least this script's own peak (pandas and the data set).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "data" / "international_results"

PANDAS_SCRIPT = """
import sys
import pandas as pd


def scorer_totals(folder):
    pd.read_csv(f"{folder}/results.csv", parse_dates=["date"])
    goals = pd.read_csv(f"{folder}/goalscorers.csv", parse_dates=["date"])
    goals = goals[~goals["own_goal"]]
    totals = goals.groupby(["scorer", "team"]).agg(
        goals=("date", "size"),
        penalties=("penalty", "sum"),
        first=("date", "min"),
        last=("date", "max"),
    )
    return totals.reset_index().sort_values(
        ["goals", "last", "scorer"], ascending=[False, True, True], kind="stable"
    )


if __name__ == "__main__":
    print(scorer_totals(sys.argv[1]).head(20).to_string(index=False))
"""

MEMORY = """
import re, sys, runpy
sys.argv = sys.argv[1:]
try:
    runpy.run_path(sys.argv[0], run_name="__main__") if sys.argv[0].endswith(".py") else \\
        runpy.run_module(sys.argv[0], run_name="__main__", alter_sys=True)
except SystemExit:
    pass
with open("/proc/self/status", encoding="ascii") as status:
    print(re.search(r"VmHWM:\\s*(\\d+) kB", status.read()).group(1), file=sys.stderr)
"""


def _seconds(run: Callable[[], object], runs: int) -> tuple[float, float]:
    taken = []
    for _ in range(runs):
        start = time.perf_counter()
        run()
        taken.append(time.perf_counter() - start)
    return min(taken), statistics.median(taken)


def _peak_mb(argv: list[str]) -> float:
    """The peak resident memory of a Python process running ``argv``, in MB."""
    done = subprocess.run(
        [sys.executable, "-c", MEMORY, *argv], capture_output=True, text=True, check=True
    )
    return int(done.stderr.strip().splitlines()[-1]) / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--results-dir", type=Path, default=DEFAULT, help="default: %(default)s")
    parser.add_argument("--runs", type=int, default=7, help="runs of each (default: 7)")
    args = parser.parse_args()
    folder, runs = args.results_dir, args.runs
    if not (folder / "results.csv").is_file():
        sys.exit(f"no results.csv in {folder}: pass --results-dir")
    try:
        import pandas as pd
    except ImportError:
        sys.exit("pandas is needed for the comparison: pip install -e '.[bench]'")

    from careerstats.datasets.international_results import InternationalResults

    def ours() -> object:
        return InternationalResults.load(folder).scorer_totals()

    pandas_side: dict[str, Any] = {}
    exec(PANDAS_SCRIPT, pandas_side)  # the script the whole-process row runs, in process here

    def theirs() -> object:
        return pandas_side["scorer_totals"](folder)

    ours(), theirs()  # warm the file cache and both sides' imports
    print(
        f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}, "
        f"pandas {pd.__version__}; {runs} runs each\n"
    )
    print(f"{'':52}{'careerstats':>14}{'pandas':>12}{'ratio':>8}")

    def row(label: str, mine: float, other: float, unit: str = "s") -> None:
        print(f"{label:52}{mine:>13.3f}{unit}{other:>11.3f}{unit}{mine / other:>8.2f}")

    best_ours, median_ours = _seconds(ours, runs)
    best_theirs, median_theirs = _seconds(theirs, runs)
    row("in process: load + every scorer's total (best)", best_ours, best_theirs)
    row("in process: load + every scorer's total (median)", median_ours, median_theirs)

    with tempfile.TemporaryDirectory() as scratch:
        script = Path(scratch) / "pandas_scorers.py"
        script.write_text(textwrap.dedent(PANDAS_SCRIPT), encoding="utf-8")
        cli = [
            sys.executable,
            "-m",
            "careerstats",
            "scorers",
            "--top",
            "20",
            "--results-dir",
            str(folder),
        ]
        other = [sys.executable, str(script), str(folder)]
        best_cli, median_cli = _seconds(
            lambda: subprocess.run(cli, check=True, capture_output=True), runs
        )
        best_script, median_script = _seconds(
            lambda: subprocess.run(other, check=True, capture_output=True), runs
        )
        row("whole process: scorers --top 20 (best)", best_cli, best_script)
        row("whole process: scorers --top 20 (median)", median_cli, median_script)
        mine_mb = _peak_mb(["careerstats", "scorers", "--top", "20", "--results-dir", str(folder)])
        theirs_mb = _peak_mb([str(script), str(folder)])
        print(
            f"{'peak memory (max RSS) of that process':52}{mine_mb:>12.1f}MB"
            f"{theirs_mb:>10.1f}MB{mine_mb / theirs_mb:>8.2f}"
        )


if __name__ == "__main__":
    main()
