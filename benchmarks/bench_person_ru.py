"""Russian PERSON: kzmonitor's Russian pipeline against natasha (Slovnet NER), side by side in one run.

    python benchmarks/bench_person_ru.py [--model models/kzmonitor-ru] [--data training_data/russian/test/*.jsonl | DIRECTORY ...]

Needs the benchmark extra (`pip install -e ".[benchmark]"`: natasha, whose package ships its
navec embeddings and Slovnet NER weights, so nothing is downloaded). Both read the same entry
texts; a mention counts when its character boundaries equal the gold span (ANNOTATION.md:
initials and patronymic in, titles out, the inflected form as written), for either system.
Words per second are timed in the same process, one system after the other, over the same
texts repeated; the ratio is the figure to read, not the absolute rates.
"""

from __future__ import annotations

import os

# One BLAS thread each, set before numpy loads: on a shared machine natasha's numpy otherwise starts
# a thread per core that fight over them and slow it 10-20x, which flatters the ratio (session 8).
for _threads in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_threads, "1")

import argparse  # noqa: E402
import time
from pathlib import Path

import kzmonitor
from kzmonitor.annotations import read_annotations
from kzmonitor.evaluate import predict

ROOT = Path(__file__).resolve().parent.parent
TEST_PART = sorted((ROOT / "training_data" / "russian" / "test").glob("*.jsonl"))


def prf(gold: list[set], predicted: list[set]) -> tuple[float, float, float]:
    tp = sum(len(g & p) for g, p in zip(gold, predicted))
    n_pred, n_gold = sum(map(len, predicted)), sum(map(len, gold))
    precision = tp / n_pred if n_pred else 0.0
    recall = tp / n_gold if n_gold else 0.0
    return precision, recall, (2 * precision * recall / (precision + recall) if precision + recall else 0.0)


class Natasha:
    """natasha's NER, as its documentation runs it: razdel segmentation, then Slovnet's tagger."""

    def __init__(self):
        from natasha import Doc, NewsEmbedding, NewsNERTagger, Segmenter

        self._doc = Doc
        self.segmenter = Segmenter()
        self.tagger = NewsNERTagger(NewsEmbedding())

    def persons(self, text: str) -> set[tuple[int, int]]:
        doc = self._doc(text)
        doc.segment(self.segmenter)
        doc.tag_ner(self.tagger)
        return {(span.start, span.stop) for span in doc.spans if span.type == "PER"}


def words_per_second(run, texts: list[str], words: int, repeat: int) -> float:
    start = time.perf_counter()
    for _ in range(repeat):
        run(texts)
    return words * repeat / (time.perf_counter() - start)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default=None, help="Russian pipeline (default: the shipped one, kzmonitor.load(lang='ru'))")
    parser.add_argument("--data", nargs="+", type=Path, default=TEST_PART)
    parser.add_argument("--repeat", type=int, default=5, help="passes over the texts for words per second")
    args = parser.parse_args()

    args.data = [file for path in args.data for file in (sorted(path.glob("*.jsonl")) if path.is_dir() else [path])]
    entries = [entry for path in args.data for entry in read_annotations(path)]
    texts = [entry.text for entry in entries]
    words = sum(len(text.split()) for text in texts)
    gold = [{(p.start, p.end) for p in e.persons} for e in entries]
    nlp = kzmonitor.load(args.model, lang="ru")
    natasha = Natasha()
    ours = [{(e.start_char, e.end_char) for e in doc.ents if e.label_ == "PERSON"} for doc in predict(nlp, entries)]
    theirs = [natasha.persons(text) for text in texts]

    print(f"Russian PERSON on {len(args.data)} files: {len(entries)} entries, {sum(map(len, gold))} gold mentions, {words} words")
    print(f"{'':28}{'P':>7}{'R':>7}{'F1':>7}{'words/s':>10}")
    ours_speed = words_per_second(lambda batch: list(nlp.pipe(batch)), texts, words, args.repeat)
    theirs_speed = words_per_second(lambda batch: [natasha.persons(t) for t in batch], texts, words, args.repeat)
    for name, predicted, speed in (("kzmonitor ru", ours, ours_speed), ("natasha (Slovnet NER)", theirs, theirs_speed)):
        p, r, f = prf(gold, predicted)
        print(f"{name:28}{p:7.3f}{r:7.3f}{f:7.3f}{speed:10.0f}")
    print(f"F1 difference (kzmonitor - natasha): {prf(gold, ours)[2] - prf(gold, theirs)[2]:+.3f}; "
          f"speed ratio kzmonitor/natasha: {ours_speed / theirs_speed:.2f}x")


if __name__ == "__main__":
    main()
