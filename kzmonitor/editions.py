"""Annotated entries re-rendered in the newer edition's shape, to check that both editions read alike.

From 2025 the English report opens each entry ``MON. D, YYYY — PLACE — text``: an abbreviated
upper-case month, the year in every entry, the place between em dashes in capitals. The five
annotated reports use the older ``April 12, Almaty, text``. :func:`newer_edition` rewrites an
annotated entry's opening into the newer shape and moves its gold spans with the text, so the
same gold scores the pipeline on both shapes (``benchmarks/bench_editions.py``), and
:func:`render_report` joins such entries into a report the reader can be run on.
"""

from __future__ import annotations

import datetime as dt
import re

from .annotations import AnnotatedEntry
from .reader import ENTRY_LEAD_RE, _places

# The newer edition's month abbreviations ("SEPT." as the edition writes it, "MAY", "JUNE" and "JULY" whole).
NEWER_MONTHS = ("JAN.", "FEB.", "MARCH", "APRIL", "MAY", "JUNE", "JULY", "AUG.", "SEPT.", "OCT.", "NOV.", "DEC.")
# The older opening: the date, then the place when one follows, then the comma or space before the text.
PLACE_AFTER_DATE_RE = re.compile(r"[,.]?\s+(?:in\s+)?")


def newer_place(place: str) -> str:
    """"Karaganda region" -> "KARAGANDA Region"; "Almaty" -> "ALMATY": the place name in capitals, its kind capitalised."""
    _, types, _ = _places()
    return " ".join(word.capitalize() if word.lower() in types else word.upper() for word in place.split())


def newer_edition(entry: AnnotatedEntry) -> AnnotatedEntry:
    """``entry`` with its opening in the newer shape; spans after the opening keep their text.

    An entry whose text does not open with its date (an undated preamble) is returned as it is.
    """
    lead = ENTRY_LEAD_RE.match(entry.text)
    if lead is None or entry.date is None:
        return entry
    date = dt.date.fromisoformat(entry.date)
    opening = f"{NEWER_MONTHS[date.month - 1]} {date.day}, {date.year} —"
    cut = lead.end()
    if entry.place and not lead["lead_place"] and not lead["bare_place"]:
        after = PLACE_AFTER_DATE_RE.match(entry.text, cut)
        position = after.end() if after else cut
        if entry.text.startswith(entry.place, position):
            cut = position + len(entry.place)
            opening += f" {newer_place(entry.place)} —"
    elif entry.place:
        opening += f" {newer_place(entry.place)} —"
    rest = entry.text[cut:].lstrip(" ,.")
    removed = len(entry.text) - len(rest)
    text = f"{opening} {rest}"
    shift = len(opening) + 1 - removed

    def moved(spans):
        kept = []
        for span in spans:
            if span.start < removed:  # a span inside the old opening: the opening is rewritten, so it goes
                continue
            kept.append(span.model_copy(update={"start": span.start + shift, "end": span.end + shift}))
        return kept

    return entry.model_copy(update={"text": text, "persons": moved(entry.persons), "citations": moved(entry.citations),
                                    "sanctions": moved(entry.sanctions)})


def render_report(entries: list[AnnotatedEntry], title: str | None = None) -> str:
    """The entries' texts as one report, one entry a line, under ``title`` when given."""
    lines = [title] if title else []
    return "\n".join([*lines, *(entry.text for entry in entries)]) + "\n"
