"""Matrix products of the pipelines' CPU layers through numpy's OpenBLAS, one thread a call.

thinc multiplies with blis by default; blis 1.3 reaches a third of OpenBLAS's single-thread speed
on the tok2vec and NER shapes (AMD EPYC: 30 against 90 GFLOPS, 3000x480 by 480x288), and those
products are most of the Russian pipeline's time. OpenBLAS would start a thread per core, which on a
shared machine, or beside ``--n-process`` workers, fight and run slower than blis did; so each
product runs on the calling thread alone (``openblas_set_num_threads_local``), as blis does.
Where numpy's BLAS is not an OpenBLAS that offers that call, the layers keep blis.
"""

from __future__ import annotations

import ctypes
from functools import lru_cache
from pathlib import Path

import numpy
from spacy.language import Language
from thinc.api import NumpyOps


@lru_cache(maxsize=None)
def _openblas_threads_setter():
    """numpy's OpenBLAS ``openblas_set_num_threads_local`` (it returns the count it replaced), or None."""
    package = Path(numpy.__file__).resolve().parent
    # Where the wheels keep it: numpy.libs/ beside the package (Linux), numpy/.dylibs/ (macOS)
    for library in sorted([*package.parent.glob("numpy.libs/*openblas*"), *package.glob(".dylibs/*openblas*")]):
        try:
            setter = ctypes.CDLL(str(library)).openblas_set_num_threads_local
        except (OSError, AttributeError):
            continue
        setter.argtypes, setter.restype = [ctypes.c_int], ctypes.c_int
        return setter
    return None


class OneThreadNumpyOps(NumpyOps):
    """thinc's NumpyOps with gemm through numpy's OpenBLAS on one thread (only where
    :func:`_openblas_threads_setter` finds the call)."""

    def __init__(self):
        super().__init__(use_blis=False)

    def __reduce__(self):
        # Layers pickle with their ops (spaCy's spawned workers); the ctypes call is found again there
        return OneThreadNumpyOps, ()

    def gemm(self, x, y, *, out=None, trans1=False, trans2=False):
        set_threads = _openblas_threads_setter()
        previous = set_threads(1)
        try:
            return super().gemm(x, y, out=out, trans1=trans1, trans2=trans2)
        finally:
            set_threads(previous)


def numpy_matrix_products(nlp: Language) -> Language:
    """Give the layers of ``nlp``'s components that multiply with blis on the CPU :class:`OneThreadNumpyOps`;
    GPU layers, and every layer where numpy's BLAS is not a suitable OpenBLAS, are left alone.

    The extraction of every Russian dev, train and fresh text, the English develop part and the four
    training reports, with and without the English sanction detector, was identical either way.
    """
    if _openblas_threads_setter() is None:
        return nlp
    ops = OneThreadNumpyOps()
    for _, component in nlp.components:  # the disabled ones too: the sanction detector is switched on later
        model = getattr(component, "model", None)
        if not hasattr(model, "walk"):
            continue
        for layer in model.walk():
            if type(layer.ops) is NumpyOps and layer.ops.use_blis:
                layer.ops = ops
    return nlp
