"""Loading the international results data set and ranking every scorer: careerstats, cold and
warm, against pandas and polars, side by side in one run, printed as ratios.

Run from the repository (pandas and polars are in the ``bench`` extra:
``pip install -e '.[bench]'``; polars is left out when it is not installed):

    python benchmarks/international_results.py [--results-dir DIR] [--runs N] [--no-scale]

Every side does the same work: read results.csv and goalscorers.csv with their dates as dates,
leave out own goals, and for every (scorer, team) count goals and penalties, find the first and
last goal, and rank them (most goals first, ties to whoever reached the total first).
careerstats runs cold (``cache=False``: every CSV file parsed and validated) and warm (the
cache of the files' validated contents, primed). The rows are:

- in process: that work, best and median of N runs, against pandas and polars;
- whole process: ``careerstats scorers --top 20`` (warm) against the same work as a pandas
  script, and ``careerstats summary karim-benzema`` against the bare import of its four
  dependencies (``python -c "import attrs, cattrs, pendulum, tabulate"``), its floor;
- peak memory of each of those processes;
- scale: the data set repeated 10 times with shifted dates (in a temporary folder), its time
  and peak memory against the data set's own, cold and warm: linear growth is 10x.

The cache is kept in a temporary folder (``CAREERSTATS_CACHE_DIR``), never the user's. Python
files are compiled first, as an installed package's are (``PYTHONDONTWRITEBYTECODE`` would
otherwise make every start-up compile careerstats again). The machine's load average is
printed before and after: a busy machine's figures are noise.

Peak memory is the process's own high-water mark (``VmHWM`` in /proc/self/status, Linux). Not
``ru_maxrss``: Linux carries the parent's peak into a child across fork and exec, so every
child of this script would report at least this script's own peak (pandas and the data set).
"""

from __future__ import annotations

import argparse
import compileall
import csv
import datetime
import json
import os
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "data" / "international_results"
FILES = ("results.csv", "goalscorers.csv", "shootouts.csv", "former_names.csv")

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

POLARS_SCRIPT = """
import sys
import polars as pl


def scorer_totals(folder):
    pl.read_csv(f"{folder}/results.csv", try_parse_dates=True, null_values=["NA"])
    goals = pl.read_csv(f"{folder}/goalscorers.csv", try_parse_dates=True, null_values=["NA"])
    goals = goals.filter(~pl.col("own_goal") & pl.col("scorer").is_not_null())
    totals = goals.group_by(["scorer", "team"], maintain_order=True).agg(
        goals=pl.len(),
        penalties=pl.col("penalty").sum(),
        first=pl.col("date").min(),
        last=pl.col("date").max(),
    )
    return totals.sort(
        ["goals", "last", "scorer"], descending=[True, False, False], maintain_order=True
    )


if __name__ == "__main__":
    print(scorer_totals(sys.argv[1]).head(20))
"""

# The in-process work of careerstats in a process of its own: its time (best of N) and the
# process's peak memory, for the scale rows.
CAREERSTATS_SCRIPT = """
import json, re, sys, time
from careerstats.datasets.international_results import InternationalResults

folder, cache, runs = sys.argv[1], sys.argv[2] == "warm", int(sys.argv[3])
InternationalResults.load(folder, cache=cache).scorer_totals()  # imports; primes the cache
taken = []
for _ in range(runs):
    start = time.perf_counter()
    InternationalResults.load(folder, cache=cache).scorer_totals()
    taken.append(time.perf_counter() - start)
with open("/proc/self/status", encoding="ascii") as status:
    peak = int(re.search(r"VmHWM:\\s*(\\d+) kB", status.read()).group(1))
print(json.dumps({"seconds": min(taken), "peak_kb": peak}))
"""

MEMORY = """
import re, sys, runpy
sys.argv = sys.argv[1:]
try:
    if sys.argv[0] == "-c":
        exec(sys.argv[1])
    elif sys.argv[0].endswith(".py"):
        runpy.run_path(sys.argv[0], run_name="__main__")
    else:
        runpy.run_module(sys.argv[0], run_name="__main__", alter_sys=True)
except SystemExit:
    pass
with open("/proc/self/status", encoding="ascii") as status:
    print(re.search(r"VmHWM:\\s*(\\d+) kB", status.read()).group(1), file=sys.stderr)
"""

BARE_IMPORT = "import attrs, cattrs, pendulum, tabulate"


def _peak_mb(argv: Sequence[str]) -> float:
    """The peak resident memory of a Python process running ``argv``, in MB."""
    done = subprocess.run(
        [sys.executable, "-c", MEMORY, *argv], capture_output=True, text=True, check=True
    )
    return int(done.stderr.strip().splitlines()[-1]) / 1024


def _load_average() -> str:
    try:
        return " ".join(f"{value:.2f}" for value in os.getloadavg())
    except OSError:
        return "unknown"


def _scaled(source: Path, target: Path, times: int) -> Path:
    """The data set in ``source`` repeated ``times`` times, the k-th copy's dates shifted by
    k days, each file in date order as published."""
    target.mkdir(parents=True, exist_ok=True)
    for name in FILES:
        with (source / name).open(encoding="utf-8", newline="") as file:
            header, *rows = list(csv.reader(file))
        if name == "former_names.csv":
            out = rows  # periods of a name, not events: kept as they are
        else:
            at = header.index("date")
            out = []
            for copy in range(times):
                for row in rows:
                    day = datetime.date.fromisoformat(row[at]) + datetime.timedelta(days=copy)
                    out.append([*row[:at], day.isoformat(), *row[at + 1 :]])
            out.sort(key=lambda row: row[at])
        with (target / name).open("w", encoding="utf-8", newline="") as file:
            csv.writer(file, lineterminator="\n").writerows([header, *out])
    return target


class _Table:
    def __init__(self, peers: Sequence[str]) -> None:
        self.peers = peers
        heads = "".join(f"{peer:>15}" for peer in ("careerstats", *peers))
        ratios = "".join(f"{'vs ' + peer:>18}" for peer in peers)
        print(f"{'':50}{heads}{ratios}")

    def row(self, label: str, mine: float, others: Sequence[float | None], unit: str) -> None:
        width = 15 - len(unit)
        cells = "".join(
            f"{'—':>15}" if other is None else f"{other:>{width}.3f}{unit}" for other in others
        )
        ratios = "".join(
            f"{'—':>18}" if other is None else f"{mine / other:>18.2f}" for other in others
        )
        print(f"{label:50}{mine:>{width}.3f}{unit}{cells}{ratios}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--results-dir", type=Path, default=DEFAULT, help="default: %(default)s")
    parser.add_argument("--runs", type=int, default=7, help="runs of each (default: 7)")
    parser.add_argument("--no-scale", action="store_true", help="leave out the 10x rows")
    args = parser.parse_args()
    folder, runs = args.results_dir.resolve(), args.runs
    if not (folder / "results.csv").is_file():
        sys.exit(f"no results.csv in {folder}: pass --results-dir")
    try:
        import pandas as pd
    except ImportError:
        sys.exit("pandas is needed for the comparison: pip install -e '.[bench]'")
    try:
        import polars as pl
    except ImportError:
        pl = None

    scratch = Path(tempfile.mkdtemp(prefix="careerstats-bench-"))
    os.environ["CAREERSTATS_CACHE_DIR"] = str(scratch / "cache")  # children inherit it

    import careerstats
    from careerstats.datasets.international_results import InternationalResults

    compileall.compile_dir(Path(careerstats.__file__).parent, quiet=1)

    def cold() -> object:
        return InternationalResults.load(folder, cache=False).scorer_totals()

    def warm() -> object:
        return InternationalResults.load(folder).scorer_totals()

    peers: dict[str, Callable[[], object]] = {}
    scripts: dict[str, Path] = {}
    for name, text in (("pandas", PANDAS_SCRIPT), ("polars", POLARS_SCRIPT)):
        if name == "polars" and pl is None:
            continue
        side: dict[str, Any] = {}
        exec(text, side)  # the script the whole-process rows run, in process here
        peers[name] = lambda side=side: side["scorer_totals"](folder)
        scripts[name] = scratch / f"{name}_scorers.py"
        scripts[name].write_text(textwrap.dedent(text), encoding="utf-8")

    for run in (cold, warm, *peers.values()):
        run()  # warm the file cache, the imports, and careerstats' cache
    versions = f"pandas {pd.__version__}" + (f", polars {pl.__version__}" if pl else "")
    print(
        f"machine: {os.cpu_count()} cores, load average {_load_average()}; "
        f"Python {sys.version.split()[0]}, {versions}; {runs} runs each\n"
    )
    table = _Table(list(peers))
    # Every side once per round, in turns: a burst of load on a shared machine then slows
    # all of them, not whichever ran during it.
    sides = {"cold": cold, "warm": warm, **peers}
    taken: dict[str, list[float]] = {name: [] for name in sides}
    for _ in range(runs):
        for name, run in sides.items():
            start = time.perf_counter()
            run()
            taken[name].append(time.perf_counter() - start)
    best = {name: min(seconds) for name, seconds in taken.items()}
    median = {name: statistics.median(seconds) for name, seconds in taken.items()}
    for label, ours in (("cold (no cache)", "cold"), ("warm (cache)", "warm")):
        table.row(f"in process, {label}: best", best[ours], [best[name] for name in peers], "s")
        table.row(
            f"in process, {label}: median", median[ours], [median[name] for name in peers], "s"
        )

    print()
    table = _Table(["pandas script", "bare import"])
    scorers = [sys.executable, "-m", "careerstats", "scorers", "--top", "20"]
    scorers += ["--results-dir", str(folder)]
    summary = [sys.executable, "-m", "careerstats", "summary", "karim-benzema"]
    pandas_script = [sys.executable, str(scripts["pandas"]), str(folder)]
    bare = [sys.executable, "-c", BARE_IMPORT]

    def paired(first: list[str], second: list[str]) -> tuple[tuple[float, float], ...]:
        """Best and median seconds of two commands, run in turns: a burst of load on a shared
        machine then slows both, not one."""
        taken: tuple[list[float], list[float]] = ([], [])
        for _ in range(runs):
            for argv, seconds in zip((first, second), taken, strict=True):
                start = time.perf_counter()
                subprocess.run(argv, check=True, capture_output=True)
                seconds.append(time.perf_counter() - start)
        return tuple((min(seconds), statistics.median(seconds)) for seconds in taken)

    mine, other = paired(scorers, pandas_script)
    table.row("whole process, scorers --top 20 (warm): best", mine[0], [other[0], None], "s")
    table.row("whole process, scorers --top 20 (warm): median", mine[1], [other[1], None], "s")
    mine, other = paired(summary, bare)
    table.row("whole process, summary karim-benzema: best", mine[0], [None, other[0]], "s")
    table.row("whole process, summary karim-benzema: median", mine[1], [None, other[1]], "s")

    print()
    table = _Table(["pandas", "polars"])
    polars_mb = _peak_mb([str(scripts["polars"]), str(folder)]) if "polars" in scripts else None
    pandas_mb = _peak_mb([str(scripts["pandas"]), str(folder)])
    warm_mb = _peak_mb(scorers[2:])
    cold_mb = _peak_mb([*scorers[2:], "--no-cache"])
    table.row("peak memory, scorers --top 20 (warm)", warm_mb, [pandas_mb, polars_mb], "MB")
    table.row("peak memory, scorers --top 20 (cold)", cold_mb, [pandas_mb, polars_mb], "MB")
    summary_mb, bare_mb = _peak_mb(summary[2:]), _peak_mb(["-c", BARE_IMPORT])
    print()
    table = _Table(["bare import"])
    table.row("peak memory, summary karim-benzema", summary_mb, [bare_mb], "MB")

    if not args.no_scale:
        print()
        big = _scaled(folder, scratch / "10x", 10)
        print(
            f"{'scale: 10x the data (in process, own process)':50}{'1x':>12}{'10x':>12}"
            f"{'ratio':>12}"
        )
        for mode in ("cold", "warm"):
            found = {}
            for size, data in (("1x", folder), ("10x", big)):
                done = subprocess.run(
                    [sys.executable, "-c", CAREERSTATS_SCRIPT, str(data), mode, str(runs)],
                    capture_output=True,
                    text=True,
                    check=True,
                )
                found[size] = json.loads(done.stdout)
            one, ten = found["1x"], found["10x"]
            print(
                f"{'  time, ' + mode:50}{one['seconds']:>11.3f}s{ten['seconds']:>11.3f}s"
                f"{ten['seconds'] / one['seconds']:>12.2f}"
            )
            print(
                f"{'  peak memory, ' + mode:50}{one['peak_kb'] / 1024:>10.1f}MB"
                f"{ten['peak_kb'] / 1024:>10.1f}MB{ten['peak_kb'] / one['peak_kb']:>12.2f}"
            )
    print(f"\nload average after: {_load_average()}")
    import shutil

    shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
