"""PERSON F1 of a pipeline's learned ner alone, with the rule components and linkers left out.

    python benchmarks/ner_alone.py MODEL DATA.jsonl|DIR ...

With the rules behind it the Russian pipeline scores dev's persons near 1.0 at every training step,
so ``spacy train``'s own score cannot tell two trained ner models apart; this is the figure that
chose the shipped one (configs/ner-ru.cfg). A mention counts when its character offsets equal the
gold span's, as in ``kzmonitor evaluate``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import spacy  # noqa: E402

import kzmonitor  # noqa: E402,F401  (registers the components the model's config names)
from kzmonitor.annotations import read_annotations  # noqa: E402
from kzmonitor.cli import expand_inputs  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("model")
    parser.add_argument("data", nargs="+", type=Path)
    args = parser.parse_args()
    nlp = spacy.load(args.model)
    learned = [name for name in nlp.pipe_names if not name.startswith("kzmonitor_")]
    found = predicted = gold_count = 0
    entries = [entry for path in expand_inputs(args.data, (".jsonl",), "annotated .jsonl files") for entry in read_annotations(path)]
    with nlp.select_pipes(enable=learned):
        docs = list(nlp.pipe(entry.text for entry in entries))
    for entry, doc in zip(entries, docs):
        predicted_spans = {(ent.start_char, ent.end_char) for ent in doc.ents if ent.label_ == "PERSON"}
        gold = {(person.start, person.end) for person in entry.persons}
        found += len(predicted_spans & gold)
        predicted += len(predicted_spans)
        gold_count += len(gold)
    precision = found / predicted if predicted else 0.0
    recall = found / gold_count if gold_count else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    print(f"{args.model}: learned {'+'.join(learned)} alone, PERSON P {precision:.3f} R {recall:.3f} F1 {f1:.3f} ({gold_count} gold)")


if __name__ == "__main__":
    main()
