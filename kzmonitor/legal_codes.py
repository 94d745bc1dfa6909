"""Which articles exist in which code, and MCI rates: data from ``kzmonitor/data``."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from .languages import load_table
from .resources import load_json


@dataclass(frozen=True)
class CodeSpec:
    key: str
    names: tuple[str, ...]
    first_article: int
    last_article: int

    def holds(self, article: str) -> bool:
        """Whether the code has an article numbered ``article`` ("380-1" counts as 380)."""
        match = re.match(r"\d+", article)
        return bool(match) and self.first_article <= int(match.group(0)) <= self.last_article


@lru_cache(maxsize=1)
def codes() -> dict[str, CodeSpec]:
    data = load_json("legal_codes.json")["codes"]
    names = load_table("en", "citations")["codes"]  # each language's names: data/<language>/citations.json
    return {
        key: CodeSpec(key, tuple(names.get(key, ())), spec["articles"]["min"], spec["articles"]["max"])
        for key, spec in data.items()
    }


def code_for_name(name: str, language: str = "en") -> str:
    """"Code of Administrative Offences" -> "administrative", "УК" (``language="ru"``) -> "criminal"; unknown names -> "unknown"."""
    folded = " ".join(name.split()).lower()
    for key, names in load_table(language, "citations")["codes"].items():
        if any(folded == " ".join(n.split()).lower() for n in names):
            return key
    return "unknown"


def corrected_code(code: str, article: str) -> str | None:
    """The code that can hold ``article`` when the stated ``code`` cannot, else None.

    "Article 488 of the Criminal Code" -> "administrative" (the Criminal Code ends at 475).
    """
    spec = codes().get(code)
    if spec is None or spec.holds(article):
        return None
    for candidate in load_json("legal_codes.json")["corrections"].get(code, []):
        if codes()[candidate].holds(article):
            return candidate
    return None


@lru_cache(maxsize=1)
def _mci_table() -> tuple[tuple[dt.date, float], ...]:
    rows = load_json("mci.json")["values"]
    return tuple(sorted((dt.date.fromisoformat(row["from"]), float(row["tenge"])) for row in rows))


def mci_rate(on: str | dt.date | None) -> float | None:
    """Tenge per MCI on a date (ISO string or date); None outside the table's years."""
    if on is None:
        return None
    day = dt.date.fromisoformat(on) if isinstance(on, str) else on
    table = _mci_table()
    if day < table[0][0] or day.year > table[-1][0].year:
        return None
    rate = None
    for start, tenge in table:
        if start <= day:
            rate = tenge
    return rate
