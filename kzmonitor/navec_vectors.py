"""Static Russian word vectors for the Russian pipeline, from natasha's navec embeddings.

No Russian spaCy model is on PyPI; navec (news, 250K words, 300 dimensions) ships inside the
``natasha`` package. This writes the most frequent words as a spaCy vectors pipeline for
``[initialize] vectors``, optionally reduced by PCA so that the trained pipeline stays small::

    python -m kzmonitor.navec_vectors training/navec-ru --words 50000 --dims 64
"""

from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np


def navec_path() -> Path:
    """The navec archive inside the installed ``natasha`` package (``pip install natasha``)."""
    import natasha

    found = sorted((Path(natasha.__file__).parent / "data" / "emb").glob("navec_*.tar"))
    if not found:
        raise OSError("natasha's package holds no navec embeddings (data/emb/navec_*.tar)")
    return found[0]


def top_vectors(words: int) -> tuple[list[str], np.ndarray]:
    """The ``words`` most frequent navec words and their unpacked vectors."""
    from navec import Navec

    navec = Navec.load(str(navec_path()))
    vocab = navec.vocab
    order = np.argsort(-np.asarray(vocab.counts))
    chosen = [int(i) for i in order if not vocab.words[i].startswith("<")][:words]
    codes = navec.pq.indexes[chosen]  # (words, subvectors) centroid ids
    # product quantisation: each vector is its subvectors' centroids side by side
    parts = [navec.pq.codes[part][codes[:, part]] for part in range(codes.shape[1])]
    return [vocab.words[i] for i in chosen], np.concatenate(parts, axis=1).astype(np.float32)


def reduce(vectors: np.ndarray, dims: int) -> np.ndarray:
    """The vectors projected on their ``dims`` first principal components."""
    centred = vectors - vectors.mean(axis=0)
    _, _, components = np.linalg.svd(centred[: min(len(centred), 50_000)], full_matrices=False)
    return (centred @ components[:dims].T).astype(np.float32)


def write_vectors(output: Path, words: int, dims: int | None) -> int:
    import spacy

    keys, vectors = top_vectors(words)
    if dims:
        vectors = reduce(vectors, dims)
    nlp = spacy.blank("ru")
    nlp.vocab.reset_vectors(width=vectors.shape[1])
    for word, vector in zip(keys, vectors):
        nlp.vocab.set_vector(word, vector)
    output.parent.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(output)
    return len(keys)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output", type=Path)
    parser.add_argument("--words", type=int, default=50_000)
    parser.add_argument("--dims", type=int, default=64, help="PCA dimensions (0: keep navec's 300)")
    args = parser.parse_args(argv)
    count = write_vectors(args.output, args.words, args.dims or None)
    print(f"{args.output}: {count} words x {args.dims or 300} dimensions")


if __name__ == "__main__":
    main()
