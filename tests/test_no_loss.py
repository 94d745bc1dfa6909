"""No report text is lost or duplicated, however mangled the report.

For every corpus report and for mangled copies of it (line breaks removed, entries merged
onto one line, blank lines doubled, the footnote list missing, hard-wrapped like a PDF
dump, Windows line endings with no-break spaces), every body character that is not site
chrome, the title or the footnote link list lands in exactly one entry, in order; and the
reader finds at least one entry per paragraph that opens with a date.
"""

from __future__ import annotations

import re
import textwrap

import pytest

from kzmonitor.reader import LINK_LINE_RE, URL_LINE_RE, is_chrome, normalize_text, read_report

from .conftest import REPORTS

MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
# A paragraph that opens with a date, by a rule written independently of the reader's:
# "April 12,", "4 April,", "On April 1,", "Almaty, December 1,".
DATE_LED_RE = re.compile(rf"^(?:On\s+)?(?:[A-Z][a-z]+,\s+)?(?:(?:{MONTHS})\s+\d{{1,2}}|\d{{1,2}}\s+(?:{MONTHS}))\b(?![.:]\d)")


def split_links(text: str) -> tuple[list[str], list[str]]:
    """Body lines and the trailing footnote link list (with chrome and blank lines after it)."""
    lines = text.split("\n")
    start = len(lines)
    for i in range(len(lines) - 1, -1, -1):
        stripped = lines[i].strip()
        if LINK_LINE_RE.match(stripped):
            start = i
        elif stripped and not is_chrome(stripped) and not URL_LINE_RE.match(stripped):
            break
    return lines[:start], lines[start:]


def join_body(text: str, joiner) -> str:
    body, links = split_links(text)
    return joiner(body) + "\n" + "\n".join(links)


def line_breaks_removed(text: str) -> str:
    return join_body(text, lambda body: " ".join(line.strip() for line in body if line.strip()))


def entries_merged(text: str) -> str:
    """Every second dated paragraph glued onto the one before it, as a careless copy-paste does."""
    def merge(body: list[str]) -> str:
        lines, glue = [], False
        for line in body:
            if not line.strip():
                continue
            # (a paragraph that ends mid-sentence, "...for 20 days," in 2022-10, cannot be told apart)
            if glue and DATE_LED_RE.match(line.strip()) and DATE_LED_RE.match(lines[-1].strip()) and re.search(r"[\].!?”]$", lines[-1].rstrip()):
                lines[-1] += " " + line.strip()
                glue = False
            else:
                lines.append(line)
                glue = True
        return "\n".join(lines)

    return join_body(text, merge)


def blank_lines_doubled(text: str) -> str:
    return text.replace("\n", "\n\n")


def footnote_list_missing(text: str) -> str:
    return "\n".join(split_links(text)[0])


def hard_wrapped(text: str) -> str:
    """A PDF-to-text dump: paragraphs broken into 70-column lines."""
    return join_body(text, lambda body: "\n".join("\n".join(textwrap.wrap(line, 70)) or "" for line in body))


line_breaks_removed.rewraps = entries_merged.rewraps = True  # type: ignore[attr-defined]


def windows_export(text: str) -> str:
    return text.replace(", ", ",\u00a0").replace("\n", "\r\n")


MANGLES = [lambda text: text, line_breaks_removed, entries_merged, blank_lines_doubled, footnote_list_missing,
           hard_wrapped, windows_export]


@pytest.mark.parametrize("mangle", MANGLES, ids=["as published", *(m.__name__ for m in MANGLES[1:])])
@pytest.mark.parametrize("path", REPORTS, ids=lambda p: p.stem)
def test_no_loss_every_body_character_in_exactly_one_entry(path, mangle):
    text = mangle(path.read_text(encoding="utf-8"))
    report = read_report(text, fallback_year=int(path.stem[:4]))
    body_lines, _ = split_links(normalize_text(text))
    kept = [line for line in body_lines if not is_chrome(line)]
    # The title comes out (even wrapped over two lines); an entry glued after it on its line stays.
    body = "\n".join(kept)
    if report.title:
        body = body.replace(report.title, "", 1)
    # Entries are stripped of surrounding whitespace, so the comparison ignores it.
    assert re.sub(r"\s", "", "".join(e.text for e in report.entries)) == re.sub(r"\s", "", body)
    for entry in report.entries:
        first_line = entry.text.split("\n", 1)[0]
        assert report.text[entry.offset : entry.offset + len(first_line)] == first_line
    # Paragraphs as written; hard wrapping or merging changes which lines open a paragraph.
    paragraphs = kept if getattr(mangle, "rewraps", False) else split_links(normalize_text(path.read_text(encoding="utf-8")))[0]
    date_led = sum(1 for line in paragraphs if DATE_LED_RE.match(line.strip()))
    assert len(report.entries) >= date_led
    assert [e.index for e in report.entries] == list(range(1, len(report.entries) + 1))


@pytest.mark.parametrize("path", REPORTS, ids=lambda p: p.stem)
def test_no_loss_merged_entries_are_split_again(path):
    """Entries glued after their footnote marker ("...[5]. December 2, ...") come apart again."""
    text = path.read_text(encoding="utf-8")
    original = read_report(text, fallback_year=int(path.stem[:4]))
    merged = read_report(entries_merged(text), fallback_year=int(path.stem[:4]))
    assert [e.date for e in merged.entries] == [e.date for e in original.entries]
    assert [e.footnotes for e in merged.entries] == [e.footnotes for e in original.entries]
