"""Citation misses and false citations, entry by entry, against the gold of annotated JSONL files.

    python benchmarks/citation_diff.py [--lang en|ru] [--model models/kzmonitor] DATA.jsonl|DIR ...

Runs :func:`kzmonitor.evaluate.predict` (as ``kzmonitor evaluate`` does, the cross-entry passes
included) and compares (code, article, part) per entry as ``citation_scores`` does. Without
``--model`` the rules pipeline (``kzmonitor.blank``) runs: its citations are the trained pipeline's,
since the citation parser is rules only, and it loads in a second.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import kzmonitor  # noqa: E402
from kzmonitor.annotations import read_annotations  # noqa: E402
from kzmonitor.evaluate import predict  # noqa: E402
from kzmonitor.extensions import CITATION, CITATIONS_KEY  # noqa: E402
from kzmonitor.scoring import citation_key, values_of  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", nargs="+", type=Path)
    parser.add_argument("--lang", default="en")
    parser.add_argument("--model", default=None)
    args = parser.parse_args()
    paths = [p for path in args.data for p in (sorted(path.glob("*.jsonl")) if path.is_dir() else [path])]
    entries = [(path, entry) for path in paths for entry in read_annotations(path)]
    nlp = kzmonitor.load(args.model, lang=args.lang) if args.model else kzmonitor.blank(args.lang)
    docs = predict(nlp, [entry for _, entry in entries])
    tp = fp = fn = 0
    for (path, entry), doc in zip(entries, docs):
        predicted = Counter(citation_key(v) for v, _ in values_of(doc, CITATIONS_KEY, CITATION))
        gold = Counter((c.code, c.article, c.part) for c in entry.citations)
        overlap = sum((predicted & gold).values())
        tp, fp, fn = tp + overlap, fp + sum(predicted.values()) - overlap, fn + sum(gold.values()) - overlap
        if predicted != gold:
            print(f"== {path.name} {entry.report}#{entry.index}\n   {entry.text}")
            for key in sorted((gold - predicted).elements(), key=str):
                print("   MISS ", key)
            for key in sorted((predicted - gold).elements(), key=str):
                print("   FALSE", key)
            print("   gold spans:", [c.text for c in entry.citations])
            print("   found spans:", [s.text for s in doc.spans.get(CITATIONS_KEY, [])])
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    print(f"citations: {tp} right, {fp} false, {fn} missed; P {precision:.3f} R {recall:.3f} F1 {f:.3f}")


if __name__ == "__main__":
    main()
