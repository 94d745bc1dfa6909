"""What citation_diff.py and sanction_diff.py share: run a pipeline over annotated entries and print,
entry by entry, the gold values it missed and the values it found that the gold lacks."""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Callable, Hashable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import kzmonitor  # noqa: E402
from kzmonitor.annotations import AnnotatedEntry, read_annotations  # noqa: E402
from kzmonitor.cli import expand_inputs  # noqa: E402
from kzmonitor.evaluate import predict  # noqa: E402


def print_entry_differences(
    description: str,
    noun: str,
    predicted_keys: Callable[[object], Counter],
    gold_keys: Callable[[AnnotatedEntry, object], Counter],
    gold_spans: Callable[[AnnotatedEntry], list[str]],
    spans_key: str,
    show: Callable[[Hashable], str] = str,
) -> None:
    """Parse ``DATA... [--lang] [--model]`` from the command line and print each differing entry, then the totals.

    ``gold_keys`` gets the entry and a blank pipeline of the model's language (to read spans as the model's docs).
    Without ``--model`` the rules pipeline (``kzmonitor.blank``) runs.
    """
    parser = argparse.ArgumentParser(description=description.splitlines()[0])
    parser.add_argument("data", nargs="+", type=Path)
    parser.add_argument("--lang", default="en")
    parser.add_argument("--model", default=None)
    args = parser.parse_args()
    paths = expand_inputs(args.data, (".jsonl",), "annotated .jsonl files")
    entries = [(path, entry) for path in paths for entry in read_annotations(path)]
    nlp = kzmonitor.load(args.model, lang=args.lang) if args.model else kzmonitor.blank(args.lang)
    docs = predict(nlp, [entry for _, entry in entries])
    reference_nlp = kzmonitor.blank(nlp.lang)
    right = false = missed = 0
    for (path, entry), doc in zip(entries, docs):
        predicted, gold = predicted_keys(doc), gold_keys(entry, reference_nlp)
        overlap = sum((predicted & gold).values())
        right, false, missed = right + overlap, false + sum(predicted.values()) - overlap, missed + sum(gold.values()) - overlap
        if predicted != gold:
            print(f"== {path.name} {entry.report}#{entry.index}\n   {entry.text}")
            for key in sorted((gold - predicted).elements(), key=str):
                print("   MISS ", show(key))
            for key in sorted((predicted - gold).elements(), key=str):
                print("   FALSE", show(key))
            print("   gold spans:", gold_spans(entry))
            print("   found spans:", [span.text for span in doc.spans.get(spans_key, [])])
    precision = right / (right + false) if right + false else 0.0
    recall = right / (right + missed) if right + missed else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    print(f"{noun}: {right} right, {false} false, {missed} missed; P {precision:.3f} R {recall:.3f} F1 {f1:.3f}")
