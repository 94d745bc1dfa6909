"""Memory over a long run: the five corpus reports repeated to 200, RSS printed every 20 reports.

    python benchmarks/bench_memory.py [--reports 200] [--every 20] [--model PATH|rules]

Runs the same two stages as ``kzmonitor extract`` (:mod:`kzmonitor.batch`): RSS is taken in
stage 1 after every ``--every`` reports have left the pipeline, then in stage 2 after every
``--every`` results. Target: flat within 10% of the reading after the first 20 reports.
"""

from __future__ import annotations

import argparse
import os
import sys
from itertools import cycle, islice
from pathlib import Path
from typing import Iterable, Iterator

ROOT = Path(__file__).resolve().parent.parent
REPORTS = sorted((ROOT / "training_data" / "reports").glob("*.txt"))


def rss_mb() -> float:
    """Resident set size of this process now, in MiB (Linux /proc, else psutil)."""
    try:
        with open("/proc/self/statm") as statm:
            return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
    except OSError:
        import psutil

        return psutil.Process().memory_info().rss / 2**20


def sample(items: Iterable, every: int, stage: str, readings: list[tuple[str, int, float]]) -> Iterator:
    count = 0
    for count, item in enumerate(items, 1):
        yield item
        if count % every == 0:
            readings.append((stage, count, rss_mb()))
            print(f"{stage:8s} {count:5d} reports  RSS {readings[-1][2]:8.1f} MiB", flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, default=200)
    parser.add_argument("--every", type=int, default=20)
    parser.add_argument("--model", default=None, help="pipeline path, or 'rules' for the rule components alone")
    args = parser.parse_args(argv)

    sys.path.insert(0, str(ROOT))
    import kzmonitor
    from kzmonitor.batch import analyze_reports, link_reports

    nlp = kzmonitor.api.load_pipeline(args.model)
    texts = [(path.name, path.read_text(encoding="utf-8")) for path in REPORTS]
    run = ((f"{i:04d}-{name}", text) for i, (name, text) in enumerate(islice(cycle(texts), args.reports)))
    print(f"{args.reports} reports ({len(texts)} repeated), model {args.model or 'models/kzmonitor'}; RSS at start {rss_mb():.1f} MiB")
    readings: list[tuple[str, int, float]] = []
    records = sample(analyze_reports(run, nlp), args.every, "stage 1", readings)
    entries = sum(len(result.entries) for result in sample(link_reports(records, nlp), args.every, "stage 2", readings))
    # Each stage is held to its own reading after the first reports: stage 2 starts lower because
    # stage 1's pipeline memory is released, and a drop is not a leak.
    verdict = "PASS"
    for stage in ("stage 1", "stage 2"):
        values = [rss for name, _, rss in readings if name == stage]
        baseline = values[0]
        growth = max(values) / baseline - 1
        drop = 1 - min(values) / baseline
        within = max(growth, drop) <= 0.10
        verdict = verdict if within else "FAIL"
        print(f"{stage}: against {baseline:.1f} MiB after the first {args.every} reports, RSS rose at most {growth:+.1%} "
              f"and fell at most {-drop:+.1%}")
    peak = max(rss for _, _, rss in readings)
    print(f"{entries} entries; peak {peak:.1f} MiB, {peak / readings[0][2] - 1:+.1%} over the first reading "
          f"(target: each stage flat within 10%): {verdict}")
    return 0 if verdict == "PASS" else 1


if __name__ == "__main__":
    raise SystemExit(main())
