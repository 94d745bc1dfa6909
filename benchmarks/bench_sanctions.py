"""Ablation of the sanction detectors: the rules, the trained span categorizer, and both, in one run.

    python benchmarks/bench_sanctions.py [--model models/kzmonitor] [--detector training/sanctions/model-best] DATA.jsonl ...

Each mode of ``kzmonitor_learned_sanctions`` (rules / model / fill / union, see that module) runs
on the same pipeline; the scores are ``kzmonitor evaluate``'s (sanction F1 over (type, quantity),
relation accuracy). Without ``--detector``, the pipeline's own detector is used.
Several DATA files are scored each on their own and together.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import spacy  # noqa: E402

import kzmonitor  # noqa: E402
from kzmonitor.annotations import read_annotations  # noqa: E402
from kzmonitor.components.learned_sanctions import MODES  # noqa: E402
from kzmonitor.evaluate import evaluate_entries  # noqa: E402

MERGER = "kzmonitor_learned_sanctions"


def with_detector(nlp: spacy.language.Language, detector: str | None) -> spacy.language.Language:
    """``nlp`` with a trained detector and the merger after the sanction parser (kept where it has them).

    A detector pipeline's one component goes where its kind needs it: an entity recognizer right
    after the PERSON ``ner`` (it keeps the persons already set), a span categorizer after the rules.
    """
    if detector is not None:
        source = spacy.load(detector)
        (name,) = source.pipe_names
        if name in nlp.component_names:  # the shipped one, switched off or not, gives way to the one asked for
            nlp.remove_pipe(name)
        after = "ner" if source.get_pipe_meta(name).factory == "ner" else "kzmonitor_sanction_parser"
        nlp.add_pipe(name, source=source, after=after)
    if MERGER not in nlp.pipe_names:
        nlp.add_pipe(MERGER, after="kzmonitor_sanction_parser")
    return nlp


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", nargs="+", type=Path)
    parser.add_argument("--model", default=None, help="pipeline directory (default: the shipped model)")
    parser.add_argument("--detector", default=None, help="a trained pipeline holding 'sanction_spans'")
    args = parser.parse_args(argv)
    nlp = with_detector(kzmonitor.load(args.model), args.detector)
    if "sanction_ner" in nlp.disabled:  # the shipped model holds it switched off; the ablation turns it on
        nlp.enable_pipe("sanction_ner")
    merger = nlp.get_pipe(MERGER)
    sets = [(path.stem if path.parent.name not in ("dev", "test") else f"{path.parent.name}/{path.stem}", read_annotations(path))
            for path in args.data]
    if len(sets) > 1:
        sets.append(("all", [entry for _, entries in sets for entry in entries]))
    print(f"{'data':<22}{'mode':<7}{'sanction P':>11}{'R':>7}{'F1':>7}{'relation':>10}")
    for name, entries in sets:
        for mode in MODES:
            merger.mode = mode
            scores = evaluate_entries(nlp, entries)
            print(f"{name:<22}{mode:<7}{scores['sanction_p']:>11.3f}{scores['sanction_r']:>7.3f}{scores['sanction_f']:>7.3f}"
                  f"{scores['relation_acc']:>10.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
