"""The case table: one row per person per entry, as political-prisoner databases keep it.

``case_rows`` is the one place that shapes the table; CSV and Parquet only encode it.
List columns run in parallel (``codes[i]``, ``articles[i]`` and ``parts[i]`` are one
citation; ``sanction_types[i]``, ``sanction_quantities[i]`` and ``sanction_kzt[i]`` one
sanction), so pandas can ``df.explode(["codes", "articles", "parts"])``. CSV joins a list
with ``"; "``; Parquet keeps real lists.
"""

from __future__ import annotations

import csv
import io
from datetime import date
from typing import Any, Iterator

from .schemas import EntryResult, ReportResult, Sanction

LIST_SEPARATOR = "; "
# (column, parquet type name, is a list): the order is the CSV header's
CASE_COLUMNS: tuple[tuple[str, str, bool], ...] = (
    ("source", "string", False),
    ("entry_index", "int64", False),
    ("date", "date32", False),
    ("place", "string", False),
    ("person_id", "string", False),
    ("person", "string", False),  # canonical name of the identity
    ("names", "string", True),  # the name as this entry writes it
    ("codes", "string", True),
    ("articles", "string", True),
    ("parts", "string", True),
    ("sanction_types", "string", True),
    ("sanction_quantities", "string", True),  # "15 days", "72450 KZT", "until 2023-06-27"
    ("sanction_kzt", "float64", True),  # money in tenge (MCI converted), else null
    ("arrest_days", "float64", False),  # days of administrative arrest in this entry
    ("sources", "string", True),  # the entry's footnote links
)
CASE_FIELDS = tuple(name for name, _, _ in CASE_COLUMNS)


def _number(value: float) -> str:
    return f"{value:g}"


def sanction_quantity(sanction: Sanction) -> str:
    """The sanction's quantity as one readable phrase: "2 years 6 months", "72450 KZT", "until 2023-06-27"."""
    parts = []
    if sanction.duration is not None:
        parts += [f"{_number(value)} {unit}" for unit, value in sanction.duration.model_dump().items() if value]
    if sanction.amount is not None:
        parts.append(f"{_number(sanction.amount.value)} {sanction.amount.currency}")
    if sanction.until:
        parts.append(f"until {sanction.until}")
    return " ".join(parts)


def _entry_rows(source: str | None, entry: EntryResult, canonical: dict[str, str]) -> Iterator[dict[str, Any]]:
    # Persons in order of first mention; the None key gathers what the text attributes to nobody,
    # and an entry without persons still yields that row, so no entry or sanction is lost.
    order: dict[str | None, list[str]] = {}
    for mention in entry.persons:
        order.setdefault(mention.person_id, []).append(mention.text)
    if not order or any(item.person_id not in order for item in [*entry.citations, *entry.sanctions]):
        order.setdefault(None, [])
    for person_id, names in order.items():
        citations = [c for c in entry.citations if c.person_id == person_id]
        sanctions = [s for s in entry.sanctions if s.person_id == person_id]
        yield {
            "source": source,
            "entry_index": entry.index,
            "date": entry.date,
            "place": entry.place,
            "person_id": person_id,
            "person": canonical.get(person_id) if person_id else None,
            "names": list(dict.fromkeys(names)),
            "codes": [c.code for c in citations],
            "articles": [c.article for c in citations],
            "parts": [c.part for c in citations],
            "sanction_types": [s.type for s in sanctions],
            "sanction_quantities": [sanction_quantity(s) for s in sanctions],
            "sanction_kzt": [s.kzt if s.kzt is not None else (s.amount.value if s.amount and s.amount.currency == "KZT" else None)
                             for s in sanctions],
            "arrest_days": sum(s.duration.days for s in sanctions if s.type == "administrative_arrest" and s.duration),
            "sources": list(entry.sources),
        }


def case_rows(results: list[ReportResult]) -> list[dict[str, Any]]:
    """The case table as dicts (lists stay lists): one per person per entry, ``CASE_FIELDS`` keys.

    >>> import pandas as pd; pd.DataFrame(case_rows(results))  # doctest: +SKIP
    """
    rows = []
    for result in results:
        canonical = {p.person_id: p.canonical for p in result.persons}
        for entry in result.entries:
            rows.extend(_entry_rows(result.source, entry, canonical))
    return rows


def _cell(value: Any) -> Any:
    if isinstance(value, list):
        return LIST_SEPARATOR.join("" if item is None else _number(item) if isinstance(item, float) else str(item)
                                   for item in value)
    if isinstance(value, float):
        return _number(value)
    return value


def to_csv(results: list[ReportResult]) -> str:
    """The case table as CSV; list cells are joined with ``"; "``."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CASE_FIELDS)
    writer.writeheader()
    for row in case_rows(results):
        writer.writerow({key: _cell(value) for key, value in row.items()})
    return buffer.getvalue()


class MissingDependency(RuntimeError):
    """An optional package a format needs is not installed."""


def case_schema():
    """The Parquet (Arrow) schema of the case table."""
    try:
        import pyarrow as pa
    except ImportError:
        raise MissingDependency("--format parquet needs pyarrow: pip install 'kzmonitor[parquet]'") from None
    types = {"string": pa.string(), "int64": pa.int64(), "date32": pa.date32(), "float64": pa.float64()}
    return pa.schema([(name, pa.list_(types[kind]) if is_list else types[kind]) for name, kind, is_list in CASE_COLUMNS])


def to_parquet(results: list[ReportResult]) -> bytes:
    """The case table as Parquet bytes, with real list and date columns."""
    schema = case_schema()
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows = [{**row, "date": date.fromisoformat(row["date"]) if row["date"] else None} for row in case_rows(results)]
    sink = pa.BufferOutputStream()
    pq.write_table(pa.Table.from_pylist(rows, schema=schema), sink)
    return sink.getvalue().to_pybytes()
