"""Many reports: stream entries through ``nlp.pipe``, link persons across the whole run.

Extraction runs in two stages so that memory stays flat however many reports a run holds:

1. :func:`analyze_reports` sends every entry of every report through one ``nlp.pipe``
   (batches cross report boundaries; with ``n_process``, forked workers take whole reports) inside
   ``nlp.memory_zone()`` blocks, and turns each report into a plain, JSON-able
   :data:`ReportRecord` before its zone closes — no ``Doc`` outlives its zone.
   The cross-document steps (name and relation linkers) are left for stage 2.
2. :func:`link_reports` spools those records to a temporary file, links every person
   mention of the run with :func:`kzmonitor.registry.link_with_registry` (plain strings with
   their report and entry, and the persons registry when one is given), then
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
import warnings
from contextlib import ExitStack
from collections import Counter, deque
from itertools import islice
from typing import Any, Callable, Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from .components.citations import carry_same_code
from .components.echoes import echo_record_entries, set_nominatives
from .extensions import (CANONICAL_NAME, CITATION, CITATIONS_KEY, ENTRY, PERSON_ID, PERSON_LABEL, SANCTION,
                         SANCTIONS_KEY, install_extensions)
from .languages import LANGUAGES, check_language, detect_language
from .pipelines import Pipelines
from .reader import DATED_ENTRIES, Entry, Report, ReportError, entry_lead_count, read_report
from .registry import link_with_registry
from .schemas import EntryResult, Period, PersonIdentity, ReportResult

# The language option that reads each text in the language of its script
AUTO = "auto"
# Components whose work needs the whole run (person ids): stage 2 runs them, stage 1 skips them.
RUN_WIDE_FACTORIES = ("kzmonitor_name_linker", "kzmonitor_relation_linker")
# Reports per memory zone: large enough to keep nlp.pipe's batches full, small enough that
# the zone's strings and docs stay a few MB.
ZONE_REPORTS = 10

# A report as plain data: {"source", "title", "reading", "notes", "period": {"start", "end"}, "entries": [entry...]},
# each entry {**Doc._.kz_entry, "text", "ents": [[start, end, label]],
#             "citations": [[start, end, [value...]]], "sanctions": [[start, end, [value...]]]}.
ReportRecord = dict[str, Any]


def _pipes_by_factory(nlp: Language, factories: Iterable[str]) -> list[str]:
    return [name for name in nlp.pipe_names if nlp.get_pipe_meta(name).factory in factories]


def run_wide_pipes(nlp: Language) -> list[str]:
    """The pipes of ``nlp`` that need the whole run (person ids): left out of per-entry processing."""
    return _pipes_by_factory(nlp, RUN_WIDE_FACTORIES)


def entry_info(entry: Entry) -> dict:
    """The ``Doc._.kz_entry`` value of an entry."""
    return {"index": entry.index, "date": entry.date, "place": entry.place,
            "footnotes": list(entry.footnotes), "sources": list(entry.sources)}


def entry_doc(nlp: Language, entry: Entry) -> Doc:
    """An entry's unprocessed doc with ``Doc._.kz_entry`` filled, ready for ``nlp.pipe``."""
    doc = nlp.make_doc(entry.text)
    doc._.set(ENTRY, entry_info(entry))
    return doc


def text_pieces(text: str, limit: int) -> list[str]:
    """``text`` cut into pieces of at most ``limit`` characters: after a line or sentence where one
    ends in the second half of the piece (so that citations and sanctions stay whole), else after a space."""
    pieces = []
    while len(text) > limit:
        cut = max(text.rfind(end, 0, limit - 1) + len(end) for end in ("\n", ". ", "! ", "? ", "; "))
        if cut <= limit // 2:
            cut = text.rfind(" ", 0, limit) + 1
        if cut <= limit // 2:
            cut = limit  # no break in the second half: a hard cut keeps every character all the same
        pieces.append(text[:cut])
        text = text[cut:]
    return [*pieces, text]


def long_entry_doc(nlp: Language, entry: Entry, batch_size: int = 64, disable: Iterable[str] = ()) -> Doc:
    """An entry longer than ``nlp.max_length`` (a PDF dump with no dates, say), processed in pieces
    joined back with ``Doc.from_docs``: its text is unchanged and its spans keep their offsets."""
    info = entry_info(entry)
    pieces = []
    for piece in text_pieces(entry.text, nlp.max_length):
        doc = nlp.make_doc(piece)
        doc._.set(ENTRY, info)
        pieces.append(doc)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # W101: Doc._ values are not copied over; set again below
        joined = Doc.from_docs(list(nlp.pipe(pieces, batch_size=batch_size, disable=list(disable))),
                               ensure_whitespace=False)
    joined._.set(ENTRY, info)
    return joined


def text_language(text: str, language: str = AUTO) -> str:
    """``language``, or for ``"auto"`` the language of ``text``: by its script, unless only the other
    language's reader finds dated entries in it ("December 4, Almaty, " before a Russian quotation)."""
    if language != AUTO:
        return check_language(language)
    by_script = detect_language(text)
    if entry_lead_count(text, by_script) == 0:
        leads = {other: entry_lead_count(text, other) for other in LANGUAGES if other != by_script}
        if leads and max(leads.values()) > 0:
            return max(leads, key=leads.get)
    return by_script


def read_source(source: str | None, text: str, year: int | None = None,
                fallback_years: dict[str | None, int] | None = None, language: str = "en") -> Report:
    """``text`` read as a report in ``language``; a :class:`ReportError` names ``source``."""
    try:
        return read_report(text, year=year, fallback_year=(fallback_years or {}).get(source), language=language)
    except ReportError as error:
        if source is None:
            raise
        raise ReportError(f"{source}: {error}") from None


# (record field, doc.spans key, Span._ extension holding the values, span label)
SPAN_FIELDS = (("citations", CITATIONS_KEY, CITATION, "CITATION"), ("sanctions", SANCTIONS_KEY, SANCTION, "SANCTION"))
# Entry keys that are the pipeline's output; every other key is Doc._.kz_entry from the reader.
# "nominatives" ([start, end, form]) is stage 2's (:func:`kzmonitor.components.echoes.echo_record_entries`).
RECORD_FIELDS = ("text", "ents", "nominatives", *(field for field, *_ in SPAN_FIELDS))


def entry_record(doc: Doc) -> dict[str, Any]:
    """A processed entry doc as plain data (offsets and values, no spaCy objects)."""
    return {
        **(doc._.get(ENTRY) or {}),
        "text": doc.text,
        "ents": [[ent.start_char, ent.end_char, ent.label_] for ent in doc.ents],
        **{field: [[span.start_char, span.end_char, span._.get(extension)] for span in doc.spans.get(key, [])]
           for field, key, extension, _ in SPAN_FIELDS},
    }


def _report_record(source: str | None, report: Report, language: str) -> ReportRecord:
    return {"source": source, "language": language, "title": report.title, "reading": report.reading, "notes": list(report.notes),
            "period": {"start": report.period_start, "end": report.period_end}, "entries": []}


def analyze_reports(
    texts: Iterable[tuple[str | None, str]],
    nlp: Language | Pipelines,
    *,
    language: str = AUTO,
    year: int | None = None,
    fallback_years: dict[str | None, int] | None = None,
    batch_size: int = 64,
    n_process: int = 1,
    zone_reports: int = ZONE_REPORTS,
    warm_up: bool = True,
    on_error: Callable[[str | None, ReportError], None] | None = None,
) -> Iterator[ReportRecord]:
    """Stage 1: each report's entries through the pipeline, one plain record per report, in input order.

    Args:
        texts: (source name, report text) pairs; consumed lazily.
        nlp: A loaded pipeline, or :class:`kzmonitor.api.Pipelines` by language (a pipeline alone
            serves its own language; the shipped models of the others load when a text needs them).
        language: The texts' language ("en", "ru"), or "auto": each text's by its script.
        year: Force this year for dates without one.
        fallback_years: Per-source year used when a report itself gives none.
        batch_size: Entries per ``nlp.pipe`` batch.
        n_process: Worker processes. Where processes fork (Linux, macOS) each worker inherits the
            loaded pipeline and runs whole reports, sending back only their records; elsewhere
            ``nlp.pipe(n_process=...)`` spreads the entries.
        zone_reports: Reports per ``nlp.memory_zone()``.
        warm_up: Run the first ``zone_reports`` reports outside a zone, so that their words
            stay in the vocabulary and tokenizer cache (pass False when ``nlp`` is warm already).
        on_error: Called with (source, error) for a text that cannot be read, which is then
            left out and the run goes on; without it the error is raised.

    Raises:
        ReportError: A text cannot be read as a report (and no ``on_error`` is given).
    """
    install_extensions()
    pipelines = Pipelines.of(nlp)
    if n_process > 1 and "fork" in mp.get_all_start_methods():
        yield from _analyze_in_workers(texts, pipelines, n_process, language=language, year=year, fallback_years=fallback_years,
                                       batch_size=batch_size, zone_reports=zone_reports, on_error=on_error)
        return
    pending = iter(texts)
    zoned = not warm_up
    while chunk := list(islice(pending, zone_reports)):
        reports = []
        for source, text in chunk:
            try:
                report_language = text_language(text, language)
                reports.append((source, report_language, read_source(source, text, year, fallback_years, report_language)))
            except ReportError as error:
                if on_error is None:
                    raise
                on_error(source, error)
        records = deque(_report_record(source, report, lang) for source, lang, report in reports)
        used = {lang: pipelines[lang] for lang in dict.fromkeys(lang for _, lang, _ in reports)}
        skipped = {lang: run_wide_pipes(used[lang]) for lang in used}
        # An entry longer than nlp.max_length cannot go through nlp.pipe whole: it is processed
        # apart, in pieces, and its slot filled at once; the pipe fills the other slots in order.
        fitting = [[len(entry.text) <= used[lang].max_length for entry in report.entries] for _, lang, report in reports]
        remaining = deque(sum(fits) for fits in fitting)
        # The first chunk runs outside a zone on purpose: its words become permanent lexemes and
        # tokenizer-cache entries that every later zone reuses (spaCy caches nothing inside a
        # zone), so memory grows once, by one chunk's vocabulary, and stays flat after it.
        with ExitStack() as zones:
            if zoned:
                for pipeline in used.values():
                    zones.enter_context(pipeline.memory_zone())
            for record, (_, lang, report), fits in zip(records, reports, fitting):
                record["entries"] = [
                    None if fit else entry_record(long_entry_doc(used[lang], entry, batch_size, skipped[lang]))
                    for entry, fit in zip(report.entries, fits)
                ]
            while records and remaining[0] == 0:
                yield records.popleft()
                remaining.popleft()
            first = len(reports) - len(records)  # index in the chunk of records[0]
            # One pipe per language over the whole chunk, so batches run across report boundaries.
            for lang, pipeline in used.items():
                docs = ((entry_doc(pipeline, entry), (i, j))
                        for i, ((_, report_language, report), fits) in enumerate(zip(reports, fitting)) if report_language == lang
                        for j, (entry, fit) in enumerate(zip(report.entries, fits)) if fit)
                for doc, (i, j) in pipeline.pipe(docs, as_tuples=True, batch_size=batch_size, n_process=n_process,
                                                 disable=skipped[lang]):
                    records[i - first]["entries"][j] = entry_record(doc)
                    remaining[i - first] -= 1
                    while records and remaining[0] == 0:
                        yield records.popleft()
                        remaining.popleft()
                        first += 1
        yield from records  # reports without entries after the last one that had some
        zoned = True


# The pipelines a forked worker inherits, and whether that worker has warmed its vocabulary yet.
_worker_nlp: Pipelines | None = None
_worker_warm = False


def _analyze_in_worker(source: str | None, text: str, options: dict[str, Any]) -> list[ReportRecord]:
    global _worker_warm
    records = list(analyze_reports([(source, text)], _worker_nlp, warm_up=not _worker_warm, **options))
    _worker_warm = True
    return records


def _analyze_in_workers(texts: Iterable[tuple[str | None, str]], nlp: Pipelines, n_process: int, *,
                        fallback_years: dict[str | None, int] | None,
                        on_error: Callable[[str | None, ReportError], None] | None, **options: Any) -> Iterator[ReportRecord]:
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

            def collect() -> list[ReportRecord]:
                source, task = in_flight.popleft()
                try:
                    return task.get()
                except ReportError as error:  # raised in the worker, pickled back
                    if on_error is None:
                        raise
                    on_error(source, error)
                    return []

            for source, text in texts:
                year = (fallback_years or {}).get(source)
                task_options = {**options, "fallback_years": {source: year} if year is not None else None}
                in_flight.append((source, pool.apply_async(_analyze_in_worker, (source, text, task_options))))
                if len(in_flight) >= 4 * n_process:
                    yield from collect()
            while in_flight:
                yield from collect()
    finally:
        _worker_nlp = None


def _restore_doc(nlp: Language, entry: dict[str, Any]) -> Doc:
    """The entry's doc with stage 1's entities, citations and sanctions put back on the same offsets."""
    # The tokenizer itself, not nlp.make_doc: an entry over nlp.max_length ran in pieces in stage 1
    # and comes back whole here, where only its tokens are needed.
    doc = nlp.tokenizer(entry["text"])
    doc._.set(ENTRY, {k: v for k, v in entry.items() if k not in RECORD_FIELDS})
    doc.ents = [doc.char_span(start, end, label=label, alignment_mode="expand") for start, end, label in entry["ents"]]
    set_nominatives(doc, {(start, end): form for start, end, form in entry.get("nominatives", [])})
    for field, key, extension, label in SPAN_FIELDS:
        spans = []
        for start, end, value in entry[field]:
            span = doc.char_span(start, end, label=label, alignment_mode="expand")
            span._.set(extension, value)
            spans.append(span)
        doc.spans[key] = spans
    return doc


def link_reports(records: Iterable[ReportRecord], nlp: Language | Pipelines, *, registry: Any = None) -> Iterator[ReportResult]:
    """Stage 2: link persons across all ``records`` and yield one :class:`ReportResult` per record.

    Every record is read before the first result comes out (a person id depends on every
    mention of the run); they wait in a temporary file, not in memory.

    Args:
        records: Stage 1 records, e.g. from :func:`analyze_reports` or Ray workers.
        nlp: The pipeline, or pipelines by language (the tokenizer of a record's language rebuilds
            its docs; its relation linker runs here).
        registry: A persons registry (:class:`kzmonitor.registry.PersonsRegistry`) whose ids are
            kept; updated in place with the run's mentions before the first result comes out.
    """
    install_extensions()
    pipelines = Pipelines.of(nlp)
    names: list[str] = []
    # Where each mention stands, (report, entry), as api.relink gives it: a bare surname joins the
    # one fitting identity of its entry, else of its report. Entries are numbered across the run.
    contexts: list[tuple[str | None, int]] = []
    sources: list[str | None] = []
    with tempfile.TemporaryFile("w+", encoding="utf-8") as spool:
        position = 0
        for record in records:
            # The report's name echoes across its entries are mentions to link too (as api.relink adds them)
            language = record.get("language", "en")
            echo_record_entries(record["entries"], language, pipelines[language].tokenizer, dated=record["reading"] == DATED_ENTRIES)
            for entry in record["entries"]:
                for start, end, label in entry["ents"]:
                    if label == PERSON_LABEL:
                        names.append(entry["text"][start:end])
                        contexts.append((record["source"], position))
                        sources.append(record["source"])
                position += 1
            spool.write(json.dumps(record, ensure_ascii=False) + "\n")
        person_ids, identities = link_with_registry(names, contexts, registry, sources)
        next_id = iter(person_ids)
        spool.seek(0)
        for line in spool:
            record = json.loads(line)
            language = record.get("language", "en")
            pipeline = pipelines[language]
            relation_linkers = [pipeline.get_pipe(name) for name in _pipes_by_factory(pipeline, RUN_WIDE_FACTORIES[1:])]
            entries = []
            mentions: list[tuple[str, str]] = []  # (person_id, text) of the report's PERSON entities
            last_code = None  # "of the same code" after a code an earlier entry named (as api.relink carries it)
            with pipeline.memory_zone():
                for entry in record["entries"]:
                    doc = _restore_doc(pipeline, entry)
                    last_code = carry_same_code(doc, last_code, language)
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
            yield ReportResult(source=record["source"], language=language, title=record["title"],
                               period=Period(**record["period"]), entries=entries, persons=persons,
                               reading=record["reading"], notes=record["notes"])


def iter_reports(
    texts: Iterable[tuple[str | None, str]],
    nlp: Language | Pipelines,
    *,
    language: str = AUTO,
    year: int | None = None,
    fallback_years: dict[str | None, int] | None = None,
    batch_size: int = 64,
    n_process: int = 1,
    registry: Any = None,
) -> Iterator[ReportResult]:
    """Both stages: results one report at a time, persons linked across all ``texts`` (and ``registry``)."""
    pipelines = Pipelines.of(nlp)
    return link_reports(analyze_reports(texts, pipelines, language=language, year=year, fallback_years=fallback_years,
                                        batch_size=batch_size, n_process=n_process), pipelines, registry=registry)
