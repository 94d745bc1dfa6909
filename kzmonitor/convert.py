"""Annotations in and out: kzmonitor JSONL, Prodigy, Label Studio, Doccano, spaCy DocBin.

Spans that do not align with the kzmonitor tokenizer are reported with their entry
and offsets, never dropped silently.
"""

from __future__ import annotations

import json
from functools import lru_cache
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

import spacy
from spacy.language import Language
from spacy.tokens import Doc, DocBin

from .annotations import AnnotatedEntry, read_annotations
from .languages import detect_language
from .schemas import ReportResult
from .extensions import CITATION, CITATIONS_KEY, PERSON_ID, PERSON_IDS, PERSON_LABEL, SANCTION, SANCTIONS_KEY, install_extensions


class ConversionError(ValueError):
    """Input that is not in the announced format."""


@dataclass
class ConversionReport:
    docs: int = 0
    problems: list[str] = field(default_factory=list)


def _from_prodigy(record: dict[str, Any], n: int) -> AnnotatedEntry | None:
    # Prodigy keeps rejected and ignored examples too; only accepted ones are gold.
    if record.get("answer", "accept") != "accept":
        return None
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


def _from_labelstudio(task: dict[str, Any], n: int) -> AnnotatedEntry | None:
    text = task["data"]["text"]
    # Only a submitted annotation is gold: a task nobody annotated (predictions alone) or
    # whose annotation was cancelled is skipped, not read as "no persons here".
    submitted = [a for a in task.get("annotations") or [] if not a.get("was_cancelled")]
    if not submitted:
        return None
    results = submitted[0].get("result", [])
    persons = []
    for result in results:
        value = result.get("value", {})
        if PERSON_LABEL in value.get("labels", []):
            persons.append({"start": value["start"], "end": value["end"], "text": text[value["start"]:value["end"]],
                            "person_id": text[value["start"]:value["end"]]})
    # data.index is the entry's own number (our export sets it); Label Studio's task id is its database key
    index = int(task["data"].get("index", task.get("id", n)))
    return AnnotatedEntry(report=str(task["data"].get("report", "labelstudio")), index=index, text=text, persons=persons)


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
            entry = READERS[input_format](record, n)
        except (KeyError, TypeError, ValueError) as error:
            raise ConversionError(f"{path}: record {n} is not a {input_format} record ({error})") from None
        if entry is not None:
            entries.append(entry)
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


def convert_files(sources: list[Path], output: Path, input_format: str = "kzmonitor", *, lang: str = "auto") -> ConversionReport:
    """Convert annotation files to a DocBin (``.spacy``) or to kzmonitor JSONL (``.jsonl``).

    ``lang`` is the tokenizer language of a DocBin ("auto": the entries' language by their script).
    """
    from .api import blank

    report = ConversionReport()
    entries = [entry for source in sources for entry in read_entries(source, input_format)]
    report.docs = len(entries)
    if output.suffix == ".spacy":
        nlp = blank(entries_language(entries) if lang == "auto" else lang)
        to_docbin(nlp, entries, report.problems).to_disk(output)
    elif output.suffix == ".jsonl":
        output.write_text("".join(e.model_dump_json() + "\n" for e in entries), encoding="utf-8")
    else:
        raise ConversionError(f"{output}: output must end in .spacy or .jsonl")
    return report


# Exports for correction: the model's PERSON predictions, in the shape each tool imports.
# Only PERSON goes out because only PERSON comes back: citations and sanctions are rules,
# and the importers above read PERSON spans alone.
LABEL_STUDIO_CONFIG = """<View>
  <Labels name="label" toName="text"><Label value="PERSON" background="#f9d97c"/></Labels>
  <Text name="text" value="$text"/>
</View>"""


@lru_cache(maxsize=None)
def _tokenizer_nlp(lang: str = "en") -> Language:
    from . import tokenizer  # noqa: F401  (registers kzmonitor.Tokenizer.v1)

    return spacy.blank(lang, config={"nlp": {"tokenizer": {"@tokenizers": "kzmonitor.Tokenizer.v1"}}})


def entries_language(entries: Iterable[Any]) -> str:
    """The language of annotated entries by the script of their texts."""
    return detect_language(" ".join(entry.text for entry in entries))


def _entry_data(source: str | None, entry) -> dict[str, Any]:
    return {"report": source or "kzmonitor", "index": entry.index, "date": entry.date, "place": entry.place}


def to_labelstudio(results: list[ReportResult], model_version: str = "kzmonitor") -> list[dict[str, Any]]:
    """Label Studio tasks, one per entry, the persons as ``predictions`` to correct.

    Import them into a project whose labelling config is ``LABEL_STUDIO_CONFIG``; Label
    Studio's JSON export of the corrected project reads back with ``--from labelstudio``.
    """
    tasks = []
    for result in results:
        for entry in result.entries:
            regions = [{"id": f"p{n}", "from_name": "label", "to_name": "text", "type": "labels",
                        "value": {"start": p.start, "end": p.end, "text": p.text, "labels": [PERSON_LABEL]}}
                       for n, p in enumerate(entry.persons)]
            tasks.append({"data": {"text": entry.text, **_entry_data(result.source, entry)},
                          "predictions": [{"model_version": model_version, "result": regions}]})
    return tasks


def to_prodigy(results: list[ReportResult]) -> list[dict[str, Any]]:
    """Prodigy ``ner.manual`` tasks, one per entry: kzmonitor tokens and the predicted PERSON spans.

    Tokens come from the kzmonitor tokenizer so every span starts and ends on a token, as
    Prodigy's manual interface requires; ``db-out`` of the corrected dataset reads back with
    ``--from prodigy`` (each span keeps its ``person_id``).
    """
    tasks = []
    for result in results:
        nlp = _tokenizer_nlp(result.language)
        for entry in result.entries:
            doc = nlp.make_doc(entry.text)
            tokens = [{"text": t.text, "start": t.idx, "end": t.idx + len(t.text), "id": t.i, "ws": bool(t.whitespace_)} for t in doc]
            spans = []
            for person in entry.persons:
                span = doc.char_span(person.start, person.end)
                if span is None:  # cannot happen for the pipeline's own ents; guard against a foreign tokenizer
                    continue
                spans.append({"start": person.start, "end": person.end, "token_start": span.start, "token_end": span.end - 1,
                              "label": PERSON_LABEL, "person_id": person.person_id})
            tasks.append({"text": entry.text, "meta": _entry_data(result.source, entry), "tokens": tokens, "spans": spans})
    return tasks
