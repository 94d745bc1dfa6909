"""``--format html``: a displaCy page to check the machine's reading of a report.

Persons, citations and sanctions are marks of distinct colours; hovering one shows what
kzmonitor read (canonical name, code/article/part, sanction type/quantity/KZT and whom it
concerns); each entry ends with its footnote sources as links. The page is static HTML and
CSS (no script), so it opens anywhere, offline.
"""

from __future__ import annotations

from html import escape
from typing import Any

from spacy import displacy

from .schemas import Citation, EntryResult, ReportResult, Sanction
from .tables import sanction_quantity

COLORS = {"PERSON": "#f9d97c", "CITATION": "#9fd3f5", "SANCTION": "#f5a3a3"}
# displaCy's entity template with a hover title and a class per kind; {hover} and {kind}
# arrive through each span's "params".
MARK_TEMPLATE = (
    '<mark class="entity kz-mark kz-{kind}" data-kind="{kind}" title="{hover}" '
    'style="background: {bg}; padding: 0.35em 0.5em; margin: 0 0.2em; line-height: 1; border-radius: 0.35em;">'
    "{text}"
    '<span style="font-size: 0.7em; font-weight: bold; vertical-align: middle; margin-left: 0.4rem">{label}{kb_link}</span>'
    "</mark>"
)
PAGE_TEMPLATE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{title}</title>
<style>
body {{ font-family: -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; font-size: 16px; margin: 2rem auto; max-width: 70rem; padding: 0 1.5rem; }}
header h1 {{ font-size: 1.3rem; }}
.kz-legend mark {{ padding: 0.2em 0.5em; border-radius: 0.35em; margin-right: 0.5em; }}
article.kz-entry {{ border-top: 1px solid #ddd; padding: 0.6rem 0; }}
article.kz-entry h2 {{ font-size: 1rem; margin: 0.2rem 0; color: #444; }}
mark.kz-mark {{ cursor: help; }}
ol.kz-sources {{ font-size: 0.8rem; margin: 0.2rem 0; }}
ol.kz-sources a {{ color: #1a5fb4; word-break: break-all; }}
</style>
</head>
<body>
{body}
</body>
</html>
"""


def _citation_hover(citation: Citation) -> str:
    fields = [("code", citation.code), ("article", citation.article), ("part", citation.part),
              ("paragraph", citation.paragraph), ("law", citation.law_title), ("corrected code", citation.code_corrected)]
    return ", ".join(f"{name} {value}" for name, value in fields if value)


def _sanction_hover(sanction: Sanction) -> str:
    text = sanction.type
    if quantity := sanction_quantity(sanction):
        text += f", {quantity}"
    if sanction.kzt is not None:
        text += f", {sanction.kzt:g} KZT"
    return text


def entry_marks(entry: EntryResult, canonical: dict[str, str]) -> list[dict[str, Any]]:
    """displaCy spans of one entry: one mark per distinct span, with its hover text.

    Values sharing a span ("Part 1/2": two citations) share its mark. A span nested in an
    earlier one (a citation inside "arrested under Article 405 ... for 2 months") cannot be
    drawn by displaCy, so its reading joins the enclosing mark's hover instead of vanishing.
    """

    def whom(person_id: str | None) -> str:
        return f" → {canonical.get(person_id, person_id)}" if person_id else ""

    readings: dict[tuple[int, int, str], list[str]] = {}
    for person in entry.persons:
        name = person.canonical or canonical.get(person.person_id or "") or person.text
        readings.setdefault((person.start, person.end, "PERSON"), []).append(f"{name} ({person.person_id})")
    for citation in entry.citations:
        readings.setdefault((citation.start, citation.end, "CITATION"), []).append(_citation_hover(citation) + whom(citation.person_id))
    for sanction in entry.sanctions:
        readings.setdefault((sanction.start, sanction.end, "SANCTION"), []).append(_sanction_hover(sanction) + whom(sanction.person_id))
    marks: list[dict[str, Any]] = []
    for (start, end, label), lines in sorted(readings.items(), key=lambda item: (item[0][0], -item[0][1], item[0][2])):
        if marks and start < marks[-1]["end"]:
            marks[-1]["lines"] += [f"{label}: {line}" for line in lines]
            continue
        marks.append({"start": start, "end": end, "label": label, "lines": list(lines)})
    for mark in marks:
        lines = mark.pop("lines")
        mark["params"] = {"kind": mark["label"].lower(), "hover": escape("\n".join(lines), quote=True)}
    return marks


def _sources(entry: EntryResult) -> str:
    numbers = entry.footnotes if len(entry.footnotes) == len(entry.sources) else [None] * len(entry.sources)
    items = []
    for number, url in zip(numbers, entry.sources):
        value = f' value="{number}"' if number is not None else ""
        # Only web links become links: a source is report text, not trusted markup.
        link = f'<a href="{escape(url, quote=True)}">{escape(url)}</a>' if url.startswith(("http://", "https://")) else escape(url)
        items.append(f"<li{value}>{link}</li>")
    return f'<ol class="kz-sources">{"".join(items)}</ol>' if items else ""


def to_html(results: list[ReportResult]) -> str:
    """One static page for all ``results``: a header per report, a displaCy block per entry."""
    options = {"colors": COLORS, "template": MARK_TEMPLATE}
    legend = "".join(f'<mark style="background: {color}">{label}</mark>' for label, color in COLORS.items())
    body = []
    for number, result in enumerate(results, start=1):
        canonical = {p.person_id: p.canonical for p in result.persons}
        period = " to ".join(filter(None, (result.period.start, result.period.end)))
        body.append(f"<header><h1>{escape(result.title or result.source or 'kzmonitor report')}</h1>"
                    f"<p>{escape(result.source or '')} {escape(period)} · {len(result.entries)} entries · "
                    f"{len(result.persons)} persons</p><p class=\"kz-legend\">{legend}</p></header>")
        for entry in result.entries:
            doc = {"text": entry.text, "ents": entry_marks(entry, canonical), "title": None}
            # jupyter=False: inside a notebook displaCy would display the markup and return None
            markup = displacy.render(doc, style="ent", manual=True, options=options, jupyter=False)
            heading = escape(" ".join(str(part) for part in (f"{entry.index}.", entry.date, entry.place) if part))
            body.append(f'<article class="kz-entry" id="r{number}-e{entry.index}"><h2>{heading}</h2>{markup}{_sources(entry)}</article>')
    title = escape(results[0].title or "kzmonitor") if len(results) == 1 else "kzmonitor reports"
    return PAGE_TEMPLATE.format(title=title, body="\n".join(body))
