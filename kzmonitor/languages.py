"""Per-language tables: the words a language writes months, codes, sanctions and numbers with.

Each language has a folder ``kzmonitor/data/<language>/`` of JSON tables; components take
the language from their config (``language``), else from ``nlp.lang``, and read their
tables through :func:`load_table`, so that one component class serves every language.
"""

from __future__ import annotations

import re
from typing import Any

from .resources import load_json

LANGUAGES: tuple[str, ...] = ("en", "ru")

CYRILLIC_RE = re.compile(r"[\u0400-\u04FF]")
_LATIN_RE = re.compile(r"[A-Za-z\u00C0-\u024F]")  # with the accented letters of Kazakh Latin


def check_language(language: str) -> str:
    """Return ``language`` if kzmonitor has tables for it, else raise ``ValueError`` naming those it has."""
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}: kzmonitor reads {', '.join(LANGUAGES)}")
    return language


def load_table(language: str, name: str) -> Any:
    """The table ``kzmonitor/data/<language>/<name>.json``, parsed once per process."""
    return load_json(f"{check_language(language)}/{name}.json")


def detect_language(text: str) -> str:
    """"ru" where Cyrillic letters outnumber Latin ones, else "en"."""
    cyrillic = len(CYRILLIC_RE.findall(text))
    return "ru" if cyrillic > len(_LATIN_RE.findall(text)) else "en"
