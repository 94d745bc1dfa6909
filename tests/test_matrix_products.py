"""kzmonitor.matrix_products: the loaded pipelines multiply through numpy's OpenBLAS, one thread a call,
and find what they found with thinc's blis."""

import pickle
from pathlib import Path

import numpy
import pytest
from thinc.api import NumpyOps

import kzmonitor
from kzmonitor.annotations import read_annotations
from kzmonitor.api import MODEL_DIRS
from kzmonitor.matrix_products import OneThreadNumpyOps, _openblas_threads_setter

ROOT = Path(__file__).resolve().parent.parent
pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(not (MODEL_DIRS["ru"] / "config.cfg").exists(), reason="no trained model in models/"),
              pytest.mark.skipif(_openblas_threads_setter() is None, reason="numpy's BLAS offers no per-call thread count")]


def layer_ops(nlp):
    return {type(layer.ops) for _, component in nlp.pipeline if hasattr(getattr(component, "model", None), "walk")
            for layer in component.model.walk()}


def test_load_gives_every_layer_one_thread_numpy_ops():
    assert layer_ops(kzmonitor.load(lang="ru")) == {OneThreadNumpyOps}
    assert layer_ops(kzmonitor.load(lang="en", sanction_detector=True)) == {OneThreadNumpyOps}


def test_one_thread_gemm_equals_numpy_and_restores_the_thread_count():
    set_threads = _openblas_threads_setter()
    before = set_threads(1)
    try:
        x, y = numpy.random.default_rng(0).random((2, 300, 200), dtype="float32")
        one_thread = x @ y.T  # OpenBLAS splits a product among threads in other sums, to the last bit
        set_threads(3)
        ops = OneThreadNumpyOps()
        assert numpy.array_equal(ops.gemm(x, y, trans2=True), one_thread)
        out = numpy.empty((300, 300), dtype="float32")
        assert ops.gemm(x, y, trans2=True, out=out) is out and numpy.array_equal(out, one_thread)
        assert set_threads(3) == 3  # each product put back the count it found
    finally:
        set_threads(before)


def test_one_thread_ops_pickle():
    """spaCy's spawned workers receive the pipeline pickled, layers with their ops."""
    nlp = kzmonitor.load(lang="ru")
    tok2vec = pickle.loads(pickle.dumps(nlp.get_pipe("tok2vec").model))
    assert {type(layer.ops) for layer in tok2vec.walk()} == {OneThreadNumpyOps}


def test_russian_pipeline_finds_what_blis_found():
    nlp = kzmonitor.load(lang="ru")
    texts = [e.text for path in sorted((ROOT / "training_data" / "russian" / "dev").glob("*.jsonl"))[:8]
             for e in read_annotations(path)]
    ours = list(nlp.pipe(texts))
    blis = NumpyOps()
    for _, component in nlp.pipeline:
        if hasattr(getattr(component, "model", None), "walk"):
            for layer in component.model.walk():
                layer.ops = blis
    theirs = list(nlp.pipe(texts))
    assert [[(e.start_char, e.end_char, e.label_) for e in doc.ents] for doc in ours] == \
           [[(e.start_char, e.end_char, e.label_) for e in doc.ents] for doc in theirs]
    assert all(numpy.allclose(a.tensor, b.tensor, atol=1e-4) for a, b in zip(ours, theirs))
    assert sum(len(doc.ents) for doc in ours) >= 10
