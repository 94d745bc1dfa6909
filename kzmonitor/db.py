"""The case database: extracted reports in SQLite (stdlib ``sqlite3``, no server).

Tables ``reports``, ``entries``, ``persons``, ``mentions``, ``citations`` and ``sanctions``,
joined by foreign keys, and ``places``: each place entries name, with its coordinates
(:mod:`kzmonitor.places`) and its count of entries. A report is keyed by the SHA-256 of its text, so building again
with one more report adds that one and duplicates none. Person identities span every
report in the database, so adding a report re-reads the stored reports too (their text is
kept in ``reports.text``) and re-links everyone: a name in the new report may be the
fuller spelling that gives an existing person a new canonical name.

>>> build_database("cases.sqlite", [ReportInput("2023-04.txt", text)])  # doctest: +SKIP
>>> columns, rows = run_query("cases.sqlite", "persons-by-sanctions")  # doctest: +SKIP
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple

from spacy.language import Language

from .places import locate_place
from .schemas import ReportResult
from .tables import sanction_quantity

SCHEMA = """
CREATE TABLE IF NOT EXISTS reports (
    report_id     INTEGER PRIMARY KEY,
    content_hash  TEXT NOT NULL UNIQUE,   -- sha256 of the text: one row per distinct report
    source        TEXT NOT NULL,          -- the file it was read from
    title         TEXT,
    period_start  TEXT,
    period_end    TEXT,
    fallback_year INTEGER,                -- year for undated entries when the report gives none
    text          TEXT NOT NULL           -- kept to re-link persons when a report is added
);
CREATE TABLE IF NOT EXISTS persons (
    person_id TEXT PRIMARY KEY,
    canonical TEXT NOT NULL,
    variants  TEXT NOT NULL,              -- JSON list of spellings
    mentions  INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS places (
    name      TEXT PRIMARY KEY,           -- as entries write it: "Nur-Sultan city", "WKO"
    gazetteer TEXT,                       -- the city or region it is: "Astana", "West Kazakhstan region"
    kind      TEXT,                       -- city or region; NULL where the gazetteer does not know it
    latitude  REAL,                       -- a region's point is its administrative centre
    longitude REAL,
    entries   INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS entries (
    entry_id    INTEGER PRIMARY KEY,
    report_id   INTEGER NOT NULL REFERENCES reports(report_id) ON DELETE CASCADE,
    entry_index INTEGER NOT NULL,
    date        TEXT,                     -- ISO date
    month       TEXT,                     -- YYYY-MM of date, to count and facet by month
    place       TEXT REFERENCES places(name),
    text        TEXT NOT NULL,
    sources     TEXT NOT NULL,            -- JSON list of footnote links
    UNIQUE (report_id, entry_index)
);
CREATE TABLE IF NOT EXISTS mentions (
    mention_id INTEGER PRIMARY KEY,
    entry_id   INTEGER NOT NULL REFERENCES entries(entry_id) ON DELETE CASCADE,
    person_id  TEXT REFERENCES persons(person_id),
    text       TEXT NOT NULL,
    start_char INTEGER NOT NULL,
    end_char   INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS citations (
    citation_id    INTEGER PRIMARY KEY,
    entry_id       INTEGER NOT NULL REFERENCES entries(entry_id) ON DELETE CASCADE,
    person_id      TEXT REFERENCES persons(person_id),
    text           TEXT NOT NULL,
    start_char     INTEGER NOT NULL,
    end_char       INTEGER NOT NULL,
    code           TEXT NOT NULL,
    article        TEXT NOT NULL,
    part           TEXT,
    paragraph      TEXT,
    law_title      TEXT,
    code_corrected TEXT
);
CREATE TABLE IF NOT EXISTS sanctions (
    sanction_id INTEGER PRIMARY KEY,
    entry_id    INTEGER NOT NULL REFERENCES entries(entry_id) ON DELETE CASCADE,
    person_id   TEXT REFERENCES persons(person_id),
    text        TEXT NOT NULL,
    start_char  INTEGER NOT NULL,
    end_char    INTEGER NOT NULL,
    type        TEXT NOT NULL,
    quantity    TEXT NOT NULL,            -- readable: "15 days", "72450 KZT", "until 2023-06-27"
    years REAL, months REAL, days REAL, hours REAL,
    amount      REAL,
    currency    TEXT,
    kzt         REAL,
    until       TEXT
);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS entries_report ON entries(report_id);
CREATE INDEX IF NOT EXISTS mentions_person ON mentions(person_id);
CREATE INDEX IF NOT EXISTS mentions_entry ON mentions(entry_id);
CREATE INDEX IF NOT EXISTS citations_entry ON citations(entry_id);
CREATE INDEX IF NOT EXISTS citations_person ON citations(person_id);
CREATE INDEX IF NOT EXISTS sanctions_entry ON sanctions(entry_id);
CREATE INDEX IF NOT EXISTS sanctions_person ON sanctions(person_id);
"""


class DatabaseError(ValueError):
    """A database that cannot be opened or a query that cannot run; one line a person can act on."""


class ReportInput(NamedTuple):
    """A report to store: where it came from, its text, and the year for entries it leaves undated."""

    source: str
    text: str
    fallback_year: int | None = None


@dataclass
class BuildSummary:
    added: int
    skipped: int
    replaced: int
    reports: int
    entries: int
    persons: int


def content_hash(text: str) -> str:
    """The key of a report: SHA-256 of its text (as read, so an HTML page and its text differ)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def connect(path: str | Path, *, create: bool = True) -> sqlite3.Connection:
    """Open (and with ``create``, initialise) the database with foreign keys enforced.

    Raises:
        DatabaseError: the file is missing (without ``create``) or not an SQLite database.
    """
    path = Path(path)
    if not create and not path.is_file():
        raise DatabaseError(f"{path}: no such database; build it with: kzmonitor db build REPORTS... --db {path}")
    try:
        con = sqlite3.connect(path if create else f"file:{path}?mode=ro", uri=not create)
        con.execute("PRAGMA foreign_keys = ON")
        if create:
            con.executescript(SCHEMA)
            _add_month_column(con)
        else:
            con.execute("SELECT 1 FROM reports LIMIT 1")
    except sqlite3.DatabaseError as error:
        raise DatabaseError(f"{path}: not a kzmonitor case database ({error})") from None
    return con


def build_database(path: str | Path, reports: list[ReportInput], nlp: Language | None = None, *,
                   model: str | None = None, registry=None) -> BuildSummary:
    """Add ``reports`` to the database at ``path`` (created if missing) and re-link persons across all.

    A report whose text is already stored is skipped; a new text from an already stored
    ``source`` replaces that source's old version. The pipeline (``nlp``, else
    ``load(model)``) is loaded only when there is something to add. A persons ``registry``
    (:mod:`kzmonitor.registry`) keeps its ids and pinned merges and splits, is updated in
    place, and always re-links the stored reports, so that an edited registry takes effect.
    """
    existed = Path(path).exists()
    con = connect(path)
    try:
        with con:  # one transaction: a failed build leaves the database as it was
            return _build(con, reports, nlp, model, registry)
    except BaseException:
        con.close()
        if not existed:  # nor leaves an empty database behind
            Path(path).unlink(missing_ok=True)
        raise
    finally:
        con.close()


def _build(con: sqlite3.Connection, reports: list[ReportInput], nlp: Language | None, model: str | None, registry) -> BuildSummary:
    from .api import Pipelines, extract_reports, load

    stored = {row[0]: row for row in con.execute("SELECT content_hash, report_id, source, text, fallback_year FROM reports ORDER BY report_id")}
    new: dict[str, ReportInput] = {}
    for report in reports:
        digest = content_hash(report.text)
        if digest not in stored:
            new.setdefault(digest, report)
    skipped = len(reports) - len(new)
    if not new and (registry is None or not stored):
        _update_places(con)  # a database built before places existed gets them here
        return _summary(con, added=0, skipped=skipped, replaced=0)
    new_sources = {report.source for report in new.values()}
    replaced = [row[1] for row in stored.values() if row[2] in new_sources]
    kept = [row for row in stored.values() if row[1] not in replaced]
    # a --model pipeline serves its own language, the shipped models the others
    pipelines = Pipelines.of(nlp) if nlp is not None else Pipelines(load(model)) if model else Pipelines()
    texts = [(row[2], row[3]) for row in kept] + [(r.source, r.text) for r in new.values()]
    fallback = {row[2]: row[4] for row in kept if row[4]} | {r.source: r.fallback_year for r in new.values() if r.fallback_year}
    results = extract_reports(texts, pipelines, fallback_years=fallback, registry=registry)

    # Everything derived is rewritten in one transaction; report rows (and ids) of kept reports stay.
    con.execute("DELETE FROM entries")
    con.execute("DELETE FROM places")
    con.execute("DELETE FROM persons")
    con.executemany("DELETE FROM reports WHERE report_id = ?", [(report_id,) for report_id in replaced])
    report_ids = [row[1] for row in kept]
    for digest, report in new.items():
        cursor = con.execute("INSERT INTO reports (content_hash, source, fallback_year, text) VALUES (?, ?, ?, ?)",
                             (digest, report.source, report.fallback_year, report.text))
        report_ids.append(cursor.lastrowid)
    _insert_persons(con, results)
    _insert_places(con, {entry.place for result in results for entry in result.entries if entry.place})
    for report_id, result in zip(report_ids, results):
        _insert_report(con, report_id, result)
    _update_places(con)
    pipeline = "; ".join(f"{nlp.meta.get('lang', '')}_{nlp.meta.get('name', '')}-{nlp.meta.get('version', '')}: {', '.join(nlp.pipe_names)}"
                         for nlp in pipelines.values())
    con.execute("INSERT OR REPLACE INTO meta VALUES ('pipeline', ?)", (pipeline,))
    return _summary(con, added=len(new), skipped=skipped, replaced=len(replaced))


def _summary(con: sqlite3.Connection, **counts: int) -> BuildSummary:
    total = {table: con.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0] for table in ("reports", "entries", "persons")}
    return BuildSummary(**counts, **total)


def _insert_persons(con: sqlite3.Connection, results: list[ReportResult]) -> None:
    canonical: dict[str, str] = {}
    variants: dict[str, set[str]] = defaultdict(set)
    mentions: dict[str, int] = defaultdict(int)
    for result in results:
        for person in result.persons:
            canonical[person.person_id] = person.canonical
            variants[person.person_id].update(person.variants)
            mentions[person.person_id] += person.mentions
    con.executemany("INSERT INTO persons VALUES (?, ?, ?, ?)",
                    [(pid, name, json.dumps(sorted(variants[pid]), ensure_ascii=False), mentions[pid]) for pid, name in canonical.items()])


def _add_month_column(con: sqlite3.Connection) -> None:
    # CREATE TABLE IF NOT EXISTS leaves a database built before the column without it
    if "month" not in {row[1] for row in con.execute("PRAGMA table_info(entries)")}:
        con.execute("ALTER TABLE entries ADD COLUMN month TEXT")
        con.execute("UPDATE entries SET month = SUBSTR(date, 1, 7) WHERE date IS NOT NULL")


def _insert_places(con: sqlite3.Connection, names: set[str]) -> None:
    rows = []
    for name in sorted(names):
        location = locate_place(name)
        rows.append((name, location.name, location.kind, location.latitude, location.longitude) if location else (name,) + (None,) * 4)
    con.executemany("INSERT OR IGNORE INTO places (name, gazetteer, kind, latitude, longitude) VALUES (?, ?, ?, ?, ?)", rows)


def _update_places(con: sqlite3.Connection) -> None:
    """Give every place an entry names a row, and every row its count of entries."""
    _insert_places(con, {name for name, in con.execute("SELECT DISTINCT place FROM entries WHERE place IS NOT NULL")})
    con.execute("UPDATE places SET entries = (SELECT COUNT(*) FROM entries WHERE entries.place = places.name)")


def _insert_report(con: sqlite3.Connection, report_id: int, result: ReportResult) -> None:
    con.execute("UPDATE reports SET title = ?, period_start = ?, period_end = ? WHERE report_id = ?",
                (result.title, result.period.start, result.period.end, report_id))
    for entry in result.entries:
        entry_id = con.execute(
            "INSERT INTO entries (report_id, entry_index, date, month, place, text, sources) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (report_id, entry.index, entry.date, entry.date[:7] if entry.date else None, entry.place, entry.text,
             json.dumps(entry.sources)),
        ).lastrowid
        con.executemany("INSERT INTO mentions (entry_id, person_id, text, start_char, end_char) VALUES (?, ?, ?, ?, ?)",
                        [(entry_id, p.person_id, p.text, p.start, p.end) for p in entry.persons])
        con.executemany(
            "INSERT INTO citations (entry_id, person_id, text, start_char, end_char, code, article, part, paragraph, law_title,"
            " code_corrected) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(entry_id, c.person_id, c.text, c.start, c.end, c.code, c.article, c.part, c.paragraph, c.law_title, c.code_corrected)
             for c in entry.citations],
        )
        con.executemany(
            "INSERT INTO sanctions (entry_id, person_id, text, start_char, end_char, type, quantity, years, months, days, hours,"
            " amount, currency, kzt, until) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(entry_id, s.person_id, s.text, s.start, s.end, s.type, sanction_quantity(s),
              *((s.duration.years, s.duration.months, s.duration.days, s.duration.hours) if s.duration else (None,) * 4),
              s.amount.value if s.amount else None, s.amount.currency if s.amount else None, s.kzt, s.until)
             for s in entry.sanctions],
        )


@dataclass(frozen=True)
class NamedQuery:
    """A query ``kzmonitor db query NAME`` runs: SQL with named parameters, one per argument."""

    help: str
    sql: str
    args: tuple[str, ...] = ()  # positional arguments, bound to :name in order
    defaults: tuple[Any, ...] = ()  # for the trailing optional args


QUERIES: dict[str, NamedQuery] = {
    "persons-by-sanctions": NamedQuery(
        help="Persons with the most sanctions: counts, days of administrative arrest, fines in KZT, first and last date. "
             "Argument: how many (default 20).",
        sql="""
            SELECT p.person_id, p.canonical AS person, COUNT(s.sanction_id) AS sanctions,
                   GROUP_CONCAT(DISTINCT s.type) AS types,
                   TOTAL(CASE WHEN s.type = 'administrative_arrest' THEN s.days END) AS arrest_days,
                   TOTAL(CASE WHEN s.type = 'fine' THEN s.kzt END) AS fines_kzt,
                   MIN(e.date) AS first_date, MAX(e.date) AS last_date
            FROM persons p JOIN sanctions s ON s.person_id = p.person_id JOIN entries e ON e.entry_id = s.entry_id
            GROUP BY p.person_id
            ORDER BY sanctions DESC, arrest_days DESC, person
            LIMIT :limit""",
        args=("limit",),
        defaults=(20,),
    ),
    "articles-by-month": NamedQuery(
        help="Citations per month, code and article. Argument: an article number to follow alone (e.g. 488).",
        sql="""
            SELECT SUBSTR(e.date, 1, 7) AS month, c.code, c.article, COUNT(*) AS citations,
                   COUNT(DISTINCT c.person_id) AS persons
            FROM citations c JOIN entries e ON e.entry_id = c.entry_id
            WHERE e.date IS NOT NULL AND (:article IS NULL OR c.article = :article)
            GROUP BY month, c.code, c.article
            ORDER BY month, citations DESC, c.code, CAST(c.article AS INTEGER), c.article""",
        args=("article",),
        defaults=(None,),
    ),
    "person-timeline": NamedQuery(
        help="One person's entries in date order with the articles and sanctions that concern them. "
             "Argument: a person_id or part of a name (e.g. Mamay).",
        sql="""
            SELECT e.date, e.place, r.source, e.entry_index,
                   (SELECT GROUP_CONCAT(c.code || ' ' || c.article || COALESCE(' part ' || c.part, ''), '; ')
                      FROM citations c WHERE c.entry_id = e.entry_id AND c.person_id = :person) AS articles,
                   (SELECT GROUP_CONCAT(TRIM(s.type || ' ' || s.quantity), '; ')
                      FROM sanctions s WHERE s.entry_id = e.entry_id AND s.person_id = :person) AS sanctions,
                   e.text
            FROM entries e JOIN reports r ON r.report_id = e.report_id
            WHERE e.entry_id IN (SELECT entry_id FROM mentions WHERE person_id = :person)
            ORDER BY e.date, r.source, e.entry_index""",
        args=("person",),
    ),
}


def resolve_person(con: sqlite3.Connection, name: str) -> str:
    """The person_id ``name`` means: an exact id, else the one person whose canonical name or spelling contains it.

    Raises:
        DatabaseError: no person, or several, match.
    """
    if con.execute("SELECT 1 FROM persons WHERE person_id = ?", (name,)).fetchone():
        return name
    needle = name.casefold()
    matches = [(pid, canonical) for pid, canonical, variants in con.execute("SELECT person_id, canonical, variants FROM persons")
               if any(needle in spelling.casefold() for spelling in [canonical, *json.loads(variants)])]
    if not matches:
        raise DatabaseError(f"no person matches {name!r}")
    if len(matches) > 1:
        listed = ", ".join(f"{pid} ({canonical})" for pid, canonical in sorted(matches)[:10])
        raise DatabaseError(f"{name!r} matches {len(matches)} persons: {listed}; give a person_id")
    return matches[0][0]


def run_query(path: str | Path, name: str, args: list[str] | None = None) -> tuple[list[str], list[tuple]]:
    """Run the named query ``name`` on the database at ``path`` (read-only): column names and rows.

    Raises:
        DatabaseError: unknown query, wrong arguments, unknown person, or a missing database.
    """
    if name not in QUERIES:
        raise DatabaseError(f"unknown query {name!r}; choose one of {', '.join(QUERIES)}")
    query = QUERIES[name]
    args = list(args or [])
    required = len(query.args) - len(query.defaults)
    if not required <= len(args) <= len(query.args):
        expected = " ".join([a.upper() for a in query.args[:required]] + [f"[{a.upper()}]" for a in query.args[required:]])
        raise DatabaseError(f"query {name} takes: {expected or 'no arguments'}")
    params = dict(zip(query.args, [*args, *query.defaults[len(args) - required:]]))
    con = connect(path, create=False)
    try:
        if "limit" in params:
            try:
                params["limit"] = int(params["limit"])
            except ValueError:
                raise DatabaseError(f"limit must be a number, not {params['limit']!r}") from None
        if "person" in params:
            params["person"] = resolve_person(con, params["person"])
        cursor = con.execute(query.sql, params)
        return [d[0] for d in cursor.description], cursor.fetchall()
    finally:
        con.close()
