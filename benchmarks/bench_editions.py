"""The newer edition's shape against the older one: the same annotated entries, the same gold, one run.

    python benchmarks/bench_editions.py [--model models/kzmonitor|rules] [DATA.jsonl ...]

Each annotated entry's opening ("April 12, Almaty, ...") is rewritten as the newer edition writes
it ("APRIL 12, 2023 — ALMATY — ...", :mod:`kzmonitor.editions`), its gold spans moved with the
text. The script checks that the reader gives every entry the same date and place in both
shapes, then scores the pipeline on both shapes with ``kzmonitor evaluate``'s
scorer and prints the two side by side with their largest difference.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import kzmonitor  # noqa: E402
from kzmonitor.annotations import read_annotations  # noqa: E402
from kzmonitor.editions import newer_edition, render_report  # noqa: E402
from kzmonitor.evaluate import evaluate_entries  # noqa: E402
from kzmonitor.reader import read_report  # noqa: E402

DEFAULT_DATA = [ROOT / "training_data" / "annotated" / f"{name}.jsonl" for name in ("2024-05", "2023-12")]
COMPARED = ("person_f", "citation_f", "sanction_f", "relation_acc", "linking_f")


def reader_agreement(entries) -> tuple[int, int]:
    """(entries the reader gives with the same date and place in both shapes, entries).

    Both reports are the annotated entries one a line; places compare without letter case
    ("ALMATY" in the newer shape is "Almaty").
    """
    older = read_report(render_report(entries)).entries
    newer = read_report(render_report([newer_edition(e) for e in entries])).entries
    if len(older) != len(newer):
        return 0, len(entries)
    agree = sum(1 for a, b in zip(older, newer) if a.date == b.date and (a.place or "").lower() == (b.place or "").lower())
    return agree, len(older)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", nargs="*", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--model", default=None, help="pipeline directory, or 'rules' (default: the shipped model)")
    args = parser.parse_args(argv)
    nlp = kzmonitor.api.load_pipeline(args.model)
    worst = 0.0
    for path in args.data:
        entries = read_annotations(path)
        agree, total = reader_agreement(entries)
        older = evaluate_entries(nlp, entries)
        newer = evaluate_entries(nlp, [newer_edition(e) for e in entries])
        print(f"{path.name}: the reader gives {agree} of {total} entries the same date and place in both shapes")
        print(f"  {'score':<14}{'older shape':>12}{'newer shape':>12}")
        for key in COMPARED:
            print(f"  {key:<14}{older[key]:>12.3f}{newer[key]:>12.3f}")
            worst = max(worst, abs(older[key] - newer[key]))
    print(f"largest difference: {worst:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
