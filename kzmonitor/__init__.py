"""kzmonitor: Kazakhstan political-persecution monitoring reports as a case database.

>>> import kzmonitor
>>> nlp = kzmonitor.load()
>>> doc = nlp("April 12, Almaty, Ilyashev A., Article 488, Part 6 of the CAO, received 15 days[55].")
"""

from __future__ import annotations

from . import tokenizer  # noqa: F401  (registers kzmonitor.Tokenizer.v1)
from .components import citations, echoes, learned_sanctions, linker, persons, relations, sanctions  # noqa: F401  (register factories)
from .api import blank, extract, extract_reports, load
from .extensions import install_extensions
from .reader import read_report

__version__ = "0.1.0"
__all__ = ["__version__", "blank", "extract", "extract_reports", "load", "read_report", "install_extensions"]

install_extensions()
