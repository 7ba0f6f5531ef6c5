"""Loading the Fjelstul World Cup Database: cold (every CSV file parsed and validated) and warm
(the cache of the files' validated contents, primed), then one player's line-ups and squads.

Run from the repository:

    python benchmarks/worldcup.py [--data DIR] [--runs N]

The cache is kept in a temporary folder (``CAREERSTATS_CACHE_DIR``), never the user's. Each
line gives the best and the median of N runs; the machine's load average is printed first: a
busy machine's figures are noise.
"""

from __future__ import annotations

import argparse
import datetime
import os
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "data" / "worldcup"


def _timed(work: Callable[[], object], runs: int) -> tuple[float, float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return min(times), statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT, help="the worldcup/ folder")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as cache:
        os.environ["CAREERSTATS_CACHE_DIR"] = cache
        from careerstats.datasets.base import PlayerQuery
        from careerstats.datasets.worldcup import WorldCup

        print(f"load average: {os.getloadavg()[0]:.2f}")
        rows = [
            ("load, cold (cache=False)", lambda: WorldCup.load(args.data, cache=False)),
            ("load, warm (cache primed)", lambda: WorldCup.load(args.data)),
        ]
        WorldCup.load(args.data)  # primes the cache
        data = WorldCup.load(args.data)
        query = PlayerQuery(
            names=("Karim Benzema",), team="France", born=datetime.date(1987, 12, 19)
        )
        data.link_player(query)  # builds the name index once, as a command would
        rows.append(
            (
                "one player's appearances and squads",
                lambda: (data.player_appearances(query), data.player_squads(query)),
            )
        )
        for label, work in rows:
            best, median = _timed(work, args.runs)
            print(f"{label:40} best {best * 1000:7.1f} ms   median {median * 1000:7.1f} ms")


if __name__ == "__main__":
    main()
