"""Output formats of ``kzmonitor extract``: json, jsonl, csv, html."""

from __future__ import annotations

import csv
import io
import json

from spacy import displacy

from .schemas import ReportResult

FORMATS = ("json", "jsonl", "csv", "html")
CSV_FIELDS = ("source", "entry_index", "date", "place", "kind", "text", "person_id", "person", "code", "article", "part",
              "paragraph", "code_corrected", "sanction_type", "years", "months", "days", "hours", "amount", "currency",
              "kzt", "until", "sources")
COLORS = {"PERSON": "#f9d97c", "CITATION": "#9fd3f5", "SANCTION": "#f5a3a3"}


def to_json(results: list[ReportResult]) -> str:
    data = [r.model_dump(mode="json") for r in results]
    return json.dumps(data[0] if len(data) == 1 else data, ensure_ascii=False, indent=2) + "\n"


def to_jsonl(results: list[ReportResult]) -> str:
    return "".join(r.model_dump_json() + "\n" for r in results)


def to_csv(results: list[ReportResult]) -> str:
    """One row per citation or sanction, with its entry's date, place, person and sources."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_FIELDS)
    writer.writeheader()
    for result in results:
        canonical = {p.person_id: p.canonical for p in result.persons}
        for entry in result.entries:
            base = {"source": result.source, "entry_index": entry.index, "date": entry.date, "place": entry.place,
                    "sources": " ".join(entry.sources)}
            for c in entry.citations:
                writer.writerow({**base, "kind": "citation", "text": c.text, "person_id": c.person_id,
                                 "person": canonical.get(c.person_id), "code": c.code, "article": c.article, "part": c.part,
                                 "paragraph": c.paragraph, "code_corrected": c.code_corrected})
            for s in entry.sanctions:
                d = s.duration
                writer.writerow({**base, "kind": "sanction", "text": s.text, "person_id": s.person_id,
                                 "person": canonical.get(s.person_id), "sanction_type": s.type,
                                 "years": d.years if d else None, "months": d.months if d else None,
                                 "days": d.days if d else None, "hours": d.hours if d else None,
                                 "amount": s.amount.value if s.amount else None,
                                 "currency": s.amount.currency if s.amount else None, "kzt": s.kzt, "until": s.until})
    return buffer.getvalue()


def to_html(results: list[ReportResult]) -> str:
    """displaCy page: every entry with persons, citations and sanctions highlighted."""
    pages = []
    for result in results:
        for entry in result.entries:
            spans = [{"start_token": None, "start": p.start, "end": p.end, "label": "PERSON"} for p in entry.persons]
            spans += [{"start": c.start, "end": c.end, "label": "CITATION"} for c in entry.citations]
            spans += [{"start": s.start, "end": s.end, "label": "SANCTION"} for s in entry.sanctions]
            unique = {(s["start"], s["end"], s["label"]): s for s in spans}
            ents = sorted(({"start": a, "end": b, "label": c} for a, b, c in unique), key=lambda s: (s["start"], -s["end"]))
            kept, last_end = [], -1
            for ent in ents:
                if ent["start"] >= last_end:
                    kept.append(ent)
                    last_end = ent["end"]
            title = f"{entry.index}. {entry.date or ''} {entry.place or ''}"
            pages.append({"text": entry.text, "ents": kept, "title": title})
    return displacy.render(pages, style="ent", manual=True, page=True, options={"colors": COLORS})


RENDERERS = {"json": to_json, "jsonl": to_jsonl, "csv": to_csv, "html": to_html}


def render(results: list[ReportResult], output_format: str) -> str:
    return RENDERERS[output_format](results)
