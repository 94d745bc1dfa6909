"""Annotations in and out: kzmonitor JSONL, Prodigy, Label Studio, Doccano, spaCy DocBin.

Spans that do not align with the kzmonitor tokenizer are reported with their entry
and offsets, never dropped silently.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

from spacy.language import Language
from spacy.tokens import Doc, DocBin

from .annotations import AnnotatedEntry, read_annotations
from .extensions import CITATION, CITATIONS_KEY, PERSON_ID, PERSON_IDS, PERSON_LABEL, SANCTION, SANCTIONS_KEY, install_extensions


class ConversionError(ValueError):
    """Input that is not in the announced format."""


@dataclass
class ConversionReport:
    docs: int = 0
    problems: list[str] = field(default_factory=list)


def _from_prodigy(record: dict[str, Any], n: int) -> AnnotatedEntry:
    persons = [{"start": s["start"], "end": s["end"], "text": record["text"][s["start"]:s["end"]],
                "person_id": s.get("person_id") or record["text"][s["start"]:s["end"]]}
               for s in record.get("spans", []) if s.get("label") == PERSON_LABEL]
    meta = record.get("meta", {})
    return AnnotatedEntry(report=str(meta.get("report", "prodigy")), index=int(meta.get("index", n)), text=record["text"], persons=persons)


def _from_doccano(record: dict[str, Any], n: int) -> AnnotatedEntry:
    labels = record.get("label") or record.get("labels") or []
    persons = []
    for item in labels:
        start, end, label = (item["start_offset"], item["end_offset"], item["label"]) if isinstance(item, dict) else item
        if label == PERSON_LABEL:
            persons.append({"start": start, "end": end, "text": record["text"][start:end], "person_id": record["text"][start:end]})
    return AnnotatedEntry(report=str(record.get("report", "doccano")), index=int(record.get("id", n)), text=record["text"], persons=persons)


def _from_labelstudio(task: dict[str, Any], n: int) -> AnnotatedEntry:
    text = task["data"]["text"]
    results = (task.get("annotations") or [{}])[0].get("result", [])
    persons = []
    for result in results:
        value = result.get("value", {})
        if PERSON_LABEL in value.get("labels", []):
            persons.append({"start": value["start"], "end": value["end"], "text": text[value["start"]:value["end"]],
                            "person_id": text[value["start"]:value["end"]]})
    return AnnotatedEntry(report=str(task["data"].get("report", "labelstudio")), index=int(task.get("id", n)), text=text, persons=persons)


READERS = {"prodigy": _from_prodigy, "doccano": _from_doccano, "labelstudio": _from_labelstudio}


def read_entries(path: Path, input_format: str) -> list[AnnotatedEntry]:
    """Annotated entries from a file in any supported format.

    Tool formats carry PERSON spans (the label people correct); citations and sanctions come from rules.
    """
    if input_format == "kzmonitor":
        return read_annotations(path)
    if input_format not in READERS:
        raise ConversionError(f"unknown format {input_format!r}: use kzmonitor, prodigy, labelstudio or doccano")
    raw = path.read_text(encoding="utf-8")
    try:
        records = json.loads(raw) if input_format == "labelstudio" else [json.loads(l) for l in raw.splitlines() if l.strip()]
    except json.JSONDecodeError as error:
        raise ConversionError(f"{path}: not valid {input_format} JSON: {error}") from None
    if isinstance(records, dict):
        records = [records]
    entries = []
    for n, record in enumerate(records, start=1):
        try:
            entries.append(READERS[input_format](record, n))
        except (KeyError, TypeError, ValueError) as error:
            raise ConversionError(f"{path}: record {n} is not a {input_format} record ({error})") from None
    return entries


def entry_to_doc(nlp: Language, entry: AnnotatedEntry, problems: list[str]) -> Doc:
    """A reference Doc: PERSON ents, citation and sanction spans with their values."""
    install_extensions()
    doc = nlp.make_doc(entry.text)
    where = f"{entry.report} entry {entry.index}"
    ents = []
    for person in entry.persons:
        span = doc.char_span(person.start, person.end, label=PERSON_LABEL)
        if span is None:
            span = doc.char_span(person.start, person.end, label=PERSON_LABEL, alignment_mode="expand")
            problems.append(f"{where}: PERSON {person.text!r} [{person.start}:{person.end}] does not align with tokens; "
                            f"expanded to {span.text if span is not None else None!r}")
        if span is not None and all(span.end <= e.start or span.start >= e.end for e in ents):
            span._.set(PERSON_ID, person.person_id)
            ents.append(span)
    doc.ents = sorted(ents, key=lambda s: s.start)
    for key, items, attribute in ((CITATIONS_KEY, entry.citations, CITATION), (SANCTIONS_KEY, entry.sanctions, SANCTION)):
        grouped: dict[tuple[int, int], list] = {}
        for item in items:
            grouped.setdefault((item.start, item.end), []).append(item)
        spans = []
        for (start, end), group in grouped.items():
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is None:
                problems.append(f"{where}: {attribute} span [{start}:{end}] cannot be placed")
                continue
            fields = ("person_id", "start", "end", "text")
            span._.set(attribute, [item.model_dump(exclude=set(fields), mode="json") for item in group])
            span._.set(PERSON_IDS, [item.person_id for item in group])
            spans.append(span)
        doc.spans[key] = spans
    return doc


def to_docbin(nlp: Language, entries: Iterable[AnnotatedEntry], problems: list[str]) -> DocBin:
    docbin = DocBin(store_user_data=True)
    for entry in entries:
        docbin.add(entry_to_doc(nlp, entry, problems))
    return docbin


def convert_files(sources: list[Path], output: Path, input_format: str = "kzmonitor") -> ConversionReport:
    """Convert annotation files to a DocBin (``.spacy``) or to kzmonitor JSONL (``.jsonl``)."""
    from .api import blank

    report = ConversionReport()
    entries = [entry for source in sources for entry in read_entries(source, input_format)]
    report.docs = len(entries)
    if output.suffix == ".spacy":
        nlp = blank()
        to_docbin(nlp, entries, report.problems).to_disk(output)
    elif output.suffix == ".jsonl":
        output.write_text("".join(e.model_dump_json() + "\n" for e in entries), encoding="utf-8")
    else:
        raise ConversionError(f"{output}: output must end in .spacy or .jsonl")
    return report
