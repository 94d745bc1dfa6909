"""Sanction misses and false sanctions, entry by entry, against the gold of annotated JSONL files.

    python benchmarks/sanction_diff.py [--lang en|ru] [--model models/kzmonitor-ru] DATA.jsonl|DIR ...

Runs :func:`kzmonitor.evaluate.predict` (as ``kzmonitor evaluate`` does, the cross-entry passes
included) and compares (type, quantity) per entry as ``sanction_scores`` does, printing each entry
that differs with the gold and found spans, so misses can be grouped by their grammatical shape.
Without ``--model`` the rules pipeline (``kzmonitor.blank``) runs.
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
from kzmonitor.convert import entry_to_doc  # noqa: E402
from kzmonitor.evaluate import predict  # noqa: E402
from kzmonitor.extensions import SANCTION, SANCTIONS_KEY  # noqa: E402
from kzmonitor.scoring import sanction_key, values_of  # noqa: E402


def _short(key: tuple) -> str:
    kind, duration, amount, until = key
    parts = [kind]
    if duration:
        parts.append("/".join(f"{n}{u}" for n, u in zip(duration, "ymdh") if n))
    if amount:
        parts.append(f"{amount[0]} {amount[1]}")
    if until:
        parts.append(f"until {until}")
    return " ".join(parts)


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
    reference_nlp = kzmonitor.blank(nlp.lang)
    tp = fp = fn = 0
    for (path, entry), doc in zip(entries, docs):
        predicted = Counter(sanction_key(v) for v, _ in values_of(doc, SANCTIONS_KEY, SANCTION))
        gold = Counter(sanction_key(v) for v, _ in values_of(entry_to_doc(reference_nlp, entry, []), SANCTIONS_KEY, SANCTION))
        overlap = sum((predicted & gold).values())
        tp, fp, fn = tp + overlap, fp + sum(predicted.values()) - overlap, fn + sum(gold.values()) - overlap
        if predicted != gold:
            print(f"== {path.name} {entry.report}#{entry.index}\n   {entry.text}")
            for key in sorted((gold - predicted).elements(), key=str):
                print("   MISS ", _short(key))
            for key in sorted((predicted - gold).elements(), key=str):
                print("   FALSE", _short(key))
            print("   gold spans:", [s.text for s in entry.sanctions])
            print("   found spans:", [s.text for s in doc.spans.get(SANCTIONS_KEY, [])])
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    print(f"sanctions: {tp} right, {fp} false, {fn} missed; P {precision:.3f} R {recall:.3f} F1 {f:.3f}")


if __name__ == "__main__":
    main()
