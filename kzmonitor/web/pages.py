"""What the pages of ``kzmonitor db serve`` show, read from the case database with plain ``sqlite3``.

These functions know nothing of Datasette: the plugin runs them on its read-only
connection, and tests run them on the same file to know what the browser must show.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field


@dataclass
class TimelineEntry:
    """One entry naming the person, with what in it concerns them."""

    entry_id: int
    date: str | None
    place: str | None
    source: str
    entry_index: int
    articles: list[str]
    sanctions: list[str]
    links: list[str]
    text: str


@dataclass
class PersonTotals:
    """Sums over the sanctions that concern the person."""

    entries: int
    sanctions: int
    arrest_days: float  # administrative arrest
    fines_kzt: float
    imprisonment_years: float  # terms of imprisonment, months and days counted as parts of a year


@dataclass
class PersonPage:
    person_id: str
    canonical: str
    spellings: list[str]  # the identity's variants and every spelling a mention uses, in any script
    totals: PersonTotals
    timeline: list[TimelineEntry] = field(default_factory=list)


PERSON_TOTALS_SQL = """
    SELECT COUNT(*),
           TOTAL(CASE WHEN type = 'administrative_arrest' THEN days END),
           TOTAL(CASE WHEN type = 'fine' THEN kzt END),
           TOTAL(CASE WHEN type = 'imprisonment'
                      THEN COALESCE(years, 0) + COALESCE(months, 0) / 12.0 + COALESCE(days, 0) / 365.0 END)
    FROM sanctions WHERE person_id = :person"""

PERSON_TIMELINE_SQL = """
    SELECT e.entry_id, e.date, e.place, r.source, e.entry_index, e.sources, e.text,
           (SELECT json_group_array(c.code || ' ' || c.article || COALESCE(' part ' || c.part, ''))
              FROM citations c WHERE c.entry_id = e.entry_id AND c.person_id = :person),
           (SELECT json_group_array(TRIM(REPLACE(s.type, '_', ' ') || ' ' || s.quantity))
              FROM sanctions s WHERE s.entry_id = e.entry_id AND s.person_id = :person)
    FROM entries e JOIN reports r ON r.report_id = e.report_id
    WHERE e.entry_id IN (SELECT entry_id FROM mentions WHERE person_id = :person)
    ORDER BY e.date IS NULL, e.date, r.source, e.entry_index"""


def person_page(con: sqlite3.Connection, person_id: str) -> PersonPage | None:
    """Everything the person page shows about ``person_id``; None when there is no such person."""
    row = con.execute("SELECT canonical, variants FROM persons WHERE person_id = ?", (person_id,)).fetchone()
    if row is None:
        return None
    canonical, variants = row[0], json.loads(row[1])
    mentioned = [text for text, in con.execute("SELECT DISTINCT text FROM mentions WHERE person_id = ?", (person_id,))]
    params = {"person": person_id}
    timeline = [
        TimelineEntry(entry_id, date, place, source, index, json.loads(articles), json.loads(sanctions), json.loads(links), text)
        for entry_id, date, place, source, index, links, text, articles, sanctions in con.execute(PERSON_TIMELINE_SQL, params)
    ]
    sanctions, arrest_days, fines_kzt, imprisonment_years = con.execute(PERSON_TOTALS_SQL, params).fetchone()
    return PersonPage(
        person_id=person_id,
        canonical=canonical,
        spellings=sorted(set(variants) | set(mentioned) | {canonical}, key=str.casefold),
        totals=PersonTotals(len(timeline), sanctions, arrest_days, fines_kzt, imprisonment_years),
        timeline=timeline,
    )


def sanctions_by_month(con: sqlite3.Connection) -> list[tuple[str, str, int]]:
    """(month, sanction type, count) for every month and type with sanctions, in dated entries."""
    return con.execute("""SELECT SUBSTR(e.date, 1, 7) AS month, s.type, COUNT(*)
                          FROM sanctions s JOIN entries e ON e.entry_id = s.entry_id
                          WHERE e.date IS NOT NULL GROUP BY month, s.type ORDER BY month, s.type""").fetchall()


def most_cited_articles(con: sqlite3.Connection, limit: int = 10) -> list[tuple[str, str, int]]:
    """(code, article, citations) for the ``limit`` most-cited articles, most cited first."""
    return con.execute("""SELECT code, article, COUNT(*) AS citations FROM citations GROUP BY code, article
                          ORDER BY citations DESC, code, CAST(article AS INTEGER), article LIMIT ?""", (limit,)).fetchall()
