"""How long the careerstats command takes to start, against a bare Python start side by side.

People type this command; its start-up is most of what they wait for. Run:

    python benchmarks/startup.py [--runs N]

It prints the median and best wall-clock milliseconds of each command over N runs (default 15),
and the in-process time of loading and summarising the bundled career. careerstats is compiled
first, as an installed package is (with ``PYTHONDONTWRITEBYTECODE`` set, every start-up would
otherwise compile it again); the load average is printed, since a busy machine's figures are
noise. ``python -X importtime -m careerstats summary karim-benzema`` shows where the rest goes.
"""

from __future__ import annotations

import argparse
import compileall
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

COMMANDS = {
    "python -c pass (baseline)": [sys.executable, "-c", "pass"],
    "python -c 'import tabulate' (one dependency)": [sys.executable, "-c", "import tabulate"],
    "python -c 'import attrs, cattrs, pendulum, tabulate' (floor)": [
        sys.executable,
        "-c",
        "import attrs, cattrs, pendulum, tabulate",
    ],
    "careerstats --help": [sys.executable, "-m", "careerstats", "--help"],
    "careerstats list": [sys.executable, "-m", "careerstats", "list"],
    "careerstats summary karim-benzema": [
        sys.executable,
        "-m",
        "careerstats",
        "summary",
        "karim-benzema",
    ],
    "careerstats claims karim-benzema": [
        sys.executable,
        "-m",
        "careerstats",
        "claims",
        "karim-benzema",
    ],
    "careerstats validate fixtures/players/karim-benzema.toml": [
        sys.executable,
        "-m",
        "careerstats",
        "validate",
        str(Path(__file__).resolve().parents[1] / "fixtures" / "players" / "karim-benzema.toml"),
    ],
}


def _time(run: Callable[[], object], runs: int) -> list[float]:
    seconds = []
    for _ in range(runs):
        start = time.perf_counter()
        run()
        seconds.append(time.perf_counter() - start)
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15, help="runs of each (default: 15)")
    runs = parser.parse_args().runs
    import careerstats

    compileall.compile_dir(Path(careerstats.__file__).parent, quiet=1)
    print(f"load average {' '.join(f'{load:.2f}' for load in os.getloadavg())}")
    print(f"{'command':62} {'median ms':>10} {'best ms':>10}   ({runs} runs, whole process)")
    for label, argv in COMMANDS.items():
        taken = _time(lambda argv=argv: subprocess.run(argv, check=True, capture_output=True), runs)
        print(f"{label:62} {statistics.median(taken) * 1000:10.1f} {min(taken) * 1000:10.1f}")

    from careerstats import load_career, summarize
    from careerstats.render import render_summary

    load_career("karim-benzema")  # warm: the first call pays for imports
    taken = _time(lambda: render_summary(summarize(load_career("karim-benzema"))), runs)
    print(
        f"{'load + summarize + render, in process':62} "
        f"{statistics.median(taken) * 1000:10.1f} {min(taken) * 1000:10.1f}"
    )


if __name__ == "__main__":
    main()
