"""Many reports: stream entries through ``nlp.pipe``, link persons across the whole run.

Extraction runs in two stages so that memory stays flat however many reports a run holds:

1. :func:`analyze_reports` sends every entry of every report through one ``nlp.pipe``
   (batches cross report boundaries; with ``n_process``, forked workers take whole reports) inside
   ``nlp.memory_zone()`` blocks, and turns each report into a plain, JSON-able
   :data:`ReportRecord` before its zone closes — no ``Doc`` outlives its zone.
   The cross-document steps (name and relation linkers) are left for stage 2.
2. :func:`link_reports` spools those records to a temporary file, links every person
   mention of the run with :func:`kzmonitor.names.link_names` (plain strings), then
   reads the records back one at a time, rebuilds each entry's ``Doc`` from its offsets,
   runs the relation linker on the run-wide person ids and yields the output models.

Stage 1 is the expensive one and can run anywhere — other processes, Ray actors
(:mod:`kzmonitor.ray_recipe`) — since its records are plain data; stage 2 is cheap and
needs every record, so it runs once, where the results are collected.
"""

from __future__ import annotations

import json
import multiprocessing as mp
import tempfile
from contextlib import nullcontext
from collections import Counter, deque
from itertools import islice
from typing import Any, Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from .extensions import (CANONICAL_NAME, CITATION, CITATIONS_KEY, ENTRY, PERSON_ID, PERSON_LABEL, SANCTION,
                         SANCTIONS_KEY, install_extensions)
from .names import link_names
from .reader import Entry, Report, read_report
from .schemas import EntryResult, Period, PersonIdentity, ReportResult

# Components whose work needs the whole run (person ids): stage 2 runs them, stage 1 skips them.
RUN_WIDE_FACTORIES = ("kzmonitor_name_linker", "kzmonitor_relation_linker")
# Reports per memory zone: large enough to keep nlp.pipe's batches full, small enough that
# the zone's strings and docs stay a few MB.
ZONE_REPORTS = 10

# A report as plain data: {"source", "title", "period": {"start", "end"}, "entries": [entry...]},
# each entry {**Doc._.kz_entry, "text", "ents": [[start, end, label]],
#             "citations": [[start, end, [value...]]], "sanctions": [[start, end, [value...]]]}.
ReportRecord = dict[str, Any]


def _pipes_by_factory(nlp: Language, factories: Iterable[str]) -> list[str]:
    return [name for name in nlp.pipe_names if nlp.get_pipe_meta(name).factory in factories]


def entry_doc(nlp: Language, entry: Entry) -> Doc:
    """An entry's unprocessed doc with ``Doc._.kz_entry`` filled, ready for ``nlp.pipe``."""
    doc = nlp.make_doc(entry.text)
    doc._.set(ENTRY, {"index": entry.index, "date": entry.date, "place": entry.place,
                      "footnotes": list(entry.footnotes), "sources": list(entry.sources)})
    return doc


# (record field, doc.spans key, Span._ extension holding the values, span label)
SPAN_FIELDS = (("citations", CITATIONS_KEY, CITATION, "CITATION"), ("sanctions", SANCTIONS_KEY, SANCTION, "SANCTION"))
# Entry keys that are the pipeline's output; every other key is Doc._.kz_entry from the reader.
RECORD_FIELDS = ("text", "ents", *(field for field, *_ in SPAN_FIELDS))


def entry_record(doc: Doc) -> dict[str, Any]:
    """A processed entry doc as plain data (offsets and values, no spaCy objects)."""
    return {
        **(doc._.get(ENTRY) or {}),
        "text": doc.text,
        "ents": [[ent.start_char, ent.end_char, ent.label_] for ent in doc.ents],
        **{field: [[span.start_char, span.end_char, span._.get(extension)] for span in doc.spans.get(key, [])]
           for field, key, extension, _ in SPAN_FIELDS},
    }


def _report_record(source: str | None, report: Report) -> ReportRecord:
    return {"source": source, "title": report.title,
            "period": {"start": report.period_start, "end": report.period_end}, "entries": []}


def analyze_reports(
    texts: Iterable[tuple[str | None, str]],
    nlp: Language,
    *,
    year: int | None = None,
    fallback_years: dict[str | None, int] | None = None,
    batch_size: int = 64,
    n_process: int = 1,
    zone_reports: int = ZONE_REPORTS,
    warm_up: bool = True,
) -> Iterator[ReportRecord]:
    """Stage 1: each report's entries through the pipeline, one plain record per report, in input order.

    Args:
        texts: (source name, report text) pairs; consumed lazily.
        nlp: A loaded pipeline.
        year: Force this year for dates without one.
        fallback_years: Per-source year used when a report itself gives none.
        batch_size: Entries per ``nlp.pipe`` batch.
        n_process: Worker processes. Where processes fork (Linux, macOS) each worker inherits the
            loaded pipeline and runs whole reports, sending back only their records; elsewhere
            ``nlp.pipe(n_process=...)`` spreads the entries.
        zone_reports: Reports per ``nlp.memory_zone()``.
        warm_up: Run the first ``zone_reports`` reports outside a zone, so that their words
            stay in the vocabulary and tokenizer cache (pass False when ``nlp`` is warm already).

    Raises:
        ReportError: A text cannot be read as a report.
    """
    install_extensions()
    if n_process > 1 and "fork" in mp.get_all_start_methods():
        yield from _analyze_in_workers(texts, nlp, n_process, year=year, fallback_years=fallback_years,
                                       batch_size=batch_size, zone_reports=zone_reports)
        return
    skipped = _pipes_by_factory(nlp, RUN_WIDE_FACTORIES)
    pending = iter(texts)
    zoned = not warm_up
    while chunk := list(islice(pending, zone_reports)):
        reports = [(source, read_report(text, year=year, fallback_year=(fallback_years or {}).get(source)))
                   for source, text in chunk]
        records = deque(_report_record(source, report) for source, report in reports)
        remaining = deque(len(report.entries) for _, report in reports)
        # The first chunk runs outside a zone on purpose: its words become permanent lexemes and
        # tokenizer-cache entries that every later zone reuses (spaCy caches nothing inside a
        # zone), so memory grows once, by one chunk's vocabulary, and stays flat after it.
        with nlp.memory_zone() if zoned else nullcontext():
            # One pipe over the whole chunk, so batches run across report boundaries.
            docs = ((entry_doc(nlp, entry), i) for i, (_, report) in enumerate(reports) for entry in report.entries)
            first = 0  # index in the chunk of records[0]
            for doc, i in nlp.pipe(docs, as_tuples=True, batch_size=batch_size, n_process=n_process, disable=skipped):
                records[i - first]["entries"].append(entry_record(doc))
                remaining[i - first] -= 1
                while records and remaining[0] == 0:
                    yield records.popleft()
                    remaining.popleft()
                    first += 1
        yield from records  # reports without entries after the last one that had some
        zoned = True


# The pipeline a forked worker inherits, and whether that worker has warmed its vocabulary yet.
_worker_nlp: Language | None = None
_worker_warm = False


def _analyze_in_worker(source: str | None, text: str, options: dict[str, Any]) -> list[ReportRecord]:
    global _worker_warm
    records = list(analyze_reports([(source, text)], _worker_nlp, warm_up=not _worker_warm, **options))
    _worker_warm = True
    return records


def _analyze_in_workers(texts: Iterable[tuple[str | None, str]], nlp: Language, n_process: int, *,
                        fallback_years: dict[str | None, int] | None, **options: Any) -> Iterator[ReportRecord]:
    """Stage 1 on forked workers, one report per task, results in input order.

    Whole reports go out and plain records come back, which costs far less than spaCy's
    ``n_process`` shipping every entry's ``Doc`` both ways (measured: 2x slower than one
    process on two cores, where this is faster). At most ``4 * n_process`` reports are in flight,
    so a long run never holds more texts than that.
    """
    global _worker_nlp
    _worker_nlp = nlp  # set before the fork: workers inherit it instead of unpickling a pipeline
    try:
        with mp.get_context("fork").Pool(n_process) as pool:
            in_flight: deque = deque()
            for source, text in texts:
                year = (fallback_years or {}).get(source)
                task_options = {**options, "fallback_years": {source: year} if year is not None else None}
                in_flight.append(pool.apply_async(_analyze_in_worker, (source, text, task_options)))
                if len(in_flight) >= 4 * n_process:
                    yield from in_flight.popleft().get()
            while in_flight:
                yield from in_flight.popleft().get()
    finally:
        _worker_nlp = None


def _restore_doc(nlp: Language, entry: dict[str, Any]) -> Doc:
    """The entry's doc with stage 1's entities, citations and sanctions put back on the same offsets."""
    doc = nlp.make_doc(entry["text"])
    doc._.set(ENTRY, {k: v for k, v in entry.items() if k not in RECORD_FIELDS})
    doc.ents = [doc.char_span(start, end, label=label, alignment_mode="expand") for start, end, label in entry["ents"]]
    for field, key, extension, label in SPAN_FIELDS:
        spans = []
        for start, end, value in entry[field]:
            span = doc.char_span(start, end, label=label, alignment_mode="expand")
            span._.set(extension, value)
            spans.append(span)
        doc.spans[key] = spans
    return doc


def link_reports(records: Iterable[ReportRecord], nlp: Language) -> Iterator[ReportResult]:
    """Stage 2: link persons across all ``records`` and yield one :class:`ReportResult` per record.

    Every record is read before the first result comes out (a person id depends on every
    mention of the run); they wait in a temporary file, not in memory.

    Args:
        records: Stage 1 records, e.g. from :func:`analyze_reports` or Ray workers.
        nlp: The pipeline (its tokenizer rebuilds the docs; its relation linker runs here).
    """
    install_extensions()
    relation_linkers = [nlp.get_pipe(name) for name in _pipes_by_factory(nlp, RUN_WIDE_FACTORIES[1:])]
    names: list[str] = []
    with tempfile.TemporaryFile("w+", encoding="utf-8") as spool:
        for record in records:
            names.extend(entry["text"][start:end] for entry in record["entries"]
                         for start, end, label in entry["ents"] if label == PERSON_LABEL)
            spool.write(json.dumps(record, ensure_ascii=False) + "\n")
        person_ids, identities = link_names(names)
        next_id = iter(person_ids)
        spool.seek(0)
        for line in spool:
            record = json.loads(line)
            entries = []
            mentions: list[tuple[str, str]] = []  # (person_id, text) of the report's PERSON entities
            with nlp.memory_zone():
                for entry in record["entries"]:
                    doc = _restore_doc(nlp, entry)
                    for ent in doc.ents:
                        if ent.label_ == PERSON_LABEL:
                            person_id = next(next_id)
                            ent._.set(PERSON_ID, person_id)
                            ent._.set(CANONICAL_NAME, identities[person_id].canonical)
                            mentions.append((person_id, ent.text))
                    for linker in relation_linkers:
                        linker(doc)
                    entries.append(EntryResult.from_doc(doc))
            counts = Counter(person_id for person_id, _ in mentions)
            variants: dict[str, set[str]] = {}
            for person_id, text in mentions:
                variants.setdefault(person_id, set()).add(text)
            persons = [
                PersonIdentity(person_id=pid, canonical=identities[pid].canonical, variants=sorted(variants[pid]),
                               mentions=count, evidence=identities[pid].evidence)
                for pid, count in sorted(counts.items(), key=lambda item: (-item[1], item[0]))
            ]
            yield ReportResult(source=record["source"], title=record["title"], period=Period(**record["period"]),
                               entries=entries, persons=persons)


def iter_reports(
    texts: Iterable[tuple[str | None, str]],
    nlp: Language,
    *,
    year: int | None = None,
    fallback_years: dict[str | None, int] | None = None,
    batch_size: int = 64,
    n_process: int = 1,
) -> Iterator[ReportResult]:
    """Both stages: results one report at a time, persons linked across all ``texts``."""
    return link_reports(analyze_reports(texts, nlp, year=year, fallback_years=fallback_years,
                                        batch_size=batch_size, n_process=n_process), nlp)
