"""Library entry points: load the pipeline, extract reports."""

from __future__ import annotations

import warnings
from collections import Counter
from pathlib import Path
from typing import Iterable

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from .components.linker import link_doc_persons
from .extensions import ENTRY, PERSON_ID, PERSON_LABEL, install_extensions
from .reader import Entry, Report, ReportError, read_report
from .schemas import EntryResult, Period, PersonIdentity, ReportResult

MODEL_DIR = Path(__file__).resolve().parent.parent / "models" / "kzmonitor"
RULE_COMPONENTS = (
    "kzmonitor_person_patterns",
    "kzmonitor_citation_parser",
    "kzmonitor_sanction_parser",
    "kzmonitor_name_linker",
    "kzmonitor_relation_linker",
)


def blank() -> Language:
    """A blank English pipeline with the kzmonitor tokenizer and every rule component."""
    install_extensions()
    nlp = spacy.blank("en", config={"nlp": {"tokenizer": {"@tokenizers": "kzmonitor.Tokenizer.v1"}}})
    for name in RULE_COMPONENTS:
        nlp.add_pipe(name)
    return nlp


def load(path: str | Path | None = None) -> Language:
    """Load a kzmonitor pipeline: ``path``, else the trained model in ``models/``, else the rules alone.

    Never touches the network: ``path`` must be a local directory or an installed package name.

    Raises:
        OSError: ``path`` is neither a pipeline directory nor an installed package.
    """
    install_extensions()
    if path is not None:
        text = str(path)
        if "://" in text:
            raise OSError(f"pipelines load from a local path or an installed package, not a URL: {text}")
        return current_tokenizer_patterns(spacy.load(text))
    if (MODEL_DIR / "config.cfg").exists():
        return current_tokenizer_patterns(spacy.load(MODEL_DIR))
    return blank()


def current_tokenizer_patterns(nlp: Language) -> Language:
    """Give a saved pipeline's kzmonitor tokenizer this version's affix and token patterns.

    A saved tokenizer keeps the patterns it was trained with; older ones split long runs
    without spaces in quadratic time ("!!!…" hangs for seconds), which later versions fix
    without changing how report text is tokenised.
    """
    if nlp.config["nlp"]["tokenizer"].get("@tokenizers") == "kzmonitor.Tokenizer.v1":
        fresh = spacy.util.registry.tokenizers.get("kzmonitor.Tokenizer.v1")()(nlp)
        nlp.tokenizer.token_match = fresh.token_match
        nlp.tokenizer.suffix_search = fresh.suffix_search
    return nlp


def entry_docs(nlp: Language, report: Report) -> list[Doc]:
    """Docs of a report's entries with ``Doc._.kz_entry`` filled, ready for ``nlp.pipe``."""
    docs = []
    for entry in report.entries:
        doc = nlp.make_doc(entry.text)
        doc._.set(ENTRY, entry_info(entry))
        docs.append(doc)
    return docs


def entry_info(entry: Entry) -> dict:
    """The ``Doc._.kz_entry`` value of an entry."""
    return {"index": entry.index, "date": entry.date, "place": entry.place,
            "footnotes": list(entry.footnotes), "sources": list(entry.sources)}


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


def process_entries(nlp: Language, report: Report, batch_size: int = 64) -> list[Doc]:
    """Run ``nlp`` over a report's entries, one doc per entry.

    Each entry is its own doc, so a report longer than ``nlp.max_length`` is never one text.
    An entry that is itself longer (a PDF dump with no dates, say) goes through in pieces
    joined back with ``Doc.from_docs``: its text is unchanged and its spans keep their offsets.
    """
    entries = report.entries
    too_long = {i for i, entry in enumerate(entries) if len(entry.text) > nlp.max_length}
    fitting = Report(report.text, report.title, report.period_start, report.period_end,
                     tuple(e for i, e in enumerate(entries) if i not in too_long), report.links)
    processed = iter(nlp.pipe(entry_docs(nlp, fitting), batch_size=batch_size))
    return [_long_entry_doc(nlp, entry, batch_size) if i in too_long else next(processed) for i, entry in enumerate(entries)]


def _long_entry_doc(nlp: Language, entry: Entry, batch_size: int) -> Doc:
    info = entry_info(entry)
    pieces = []
    for piece in text_pieces(entry.text, nlp.max_length):
        doc = nlp.make_doc(piece)
        doc._.set(ENTRY, info)
        pieces.append(doc)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # W101: Doc._ values are not copied over; set again below
        joined = Doc.from_docs(list(nlp.pipe(pieces, batch_size=batch_size)), ensure_whitespace=False)
    joined._.set(ENTRY, info)
    return joined


def relink(nlp: Language, docs: list[Doc], reports: list[str | None] | None = None, registry=None) -> dict:
    """Link persons across ``docs`` (of ``reports``, parallel) and re-attach citations/sanctions to the shared ids.

    ``registry`` (a :class:`kzmonitor.registry.PersonsRegistry`) keeps saved person_ids and is updated.
    """
    identities = link_doc_persons(docs, reports, registry)
    if "kzmonitor_relation_linker" in nlp.pipe_names:
        relation_linker = nlp.get_pipe("kzmonitor_relation_linker")
        for doc in docs:
            relation_linker(doc)
    return identities


def extract_reports(
    texts: Iterable[tuple[str | None, str]],
    nlp: Language | None = None,
    *,
    year: int | None = None,
    fallback_years: dict[str | None, int] | None = None,
    batch_size: int = 64,
    registry=None,
) -> list[ReportResult]:
    """Extract several reports, linking persons across all of them.

    Args:
        texts: (source name, report text) pairs.
        nlp: A loaded pipeline (default: :func:`load`).
        year: Force this year for dates without one.
        fallback_years: Per-source year used when a report itself gives none.
        registry: A persons registry (:mod:`kzmonitor.registry`) whose ids are kept; updated in place.
    """
    nlp = nlp or load()
    parsed: list[tuple[str | None, Report, list[Doc]]] = []
    for source, text in texts:
        try:
            report = read_report(text, year=year, fallback_year=(fallback_years or {}).get(source))
        except ReportError as error:
            if source is None:
                raise
            raise ReportError(f"{source}: {error}") from None
        docs = process_entries(nlp, report, batch_size)
        parsed.append((source, report, docs))
    all_docs = [doc for _, _, docs in parsed for doc in docs]
    doc_reports = [source for source, _, docs in parsed for _ in docs]
    identities = relink(nlp, all_docs, doc_reports, registry)
    results = []
    for source, report, docs in parsed:
        used = Counter(ent._.get(PERSON_ID) for doc in docs for ent in doc.ents if ent.label_ == PERSON_LABEL)
        persons = [
            PersonIdentity(person_id=pid, canonical=identities[pid].canonical,
                           variants=sorted({ent.text for doc in docs for ent in doc.ents if ent._.get(PERSON_ID) == pid}),
                           mentions=count, evidence=identities[pid].evidence)
            for pid, count in sorted(used.items(), key=lambda item: (-item[1], item[0]))
            if pid is not None
        ]
        results.append(
            ReportResult(
                source=source,
                title=report.title,
                period=Period(start=report.period_start, end=report.period_end),
                entries=[EntryResult.from_doc(doc) for doc in docs],
                persons=persons,
            )
        )
    return results


def extract(text: str, nlp: Language | None = None, *, source: str | None = None, year: int | None = None) -> ReportResult:
    """Extract one report's text into the output model.

    >>> result = extract(open("training_data/reports/2023-04.txt").read())  # doctest: +SKIP
    """
    return extract_reports([(source, text)], nlp, year=year)[0]
