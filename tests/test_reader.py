import re

import pytest

from kzmonitor.reader import ReportError, read_report

from .conftest import REPORTS

# 2023-04 and 2023-12 each have a paragraph dated "April 17." / "7 December." (a period after the date).
ENTRY_COUNTS = {"2021-09": 58, "2022-10": 122, "2023-04": 111, "2023-12": 100, "2024-05": 103}


@pytest.mark.parametrize("path", REPORTS, ids=lambda p: p.stem)
def test_reader_keeps_every_body_character(path):
    """Entries together hold every non-space character that is not chrome, title or link list."""
    report = read_report(path.read_text(encoding="utf-8"), fallback_year=int(path.stem[:4]))
    text = report.text
    lines = text.split("\n")
    link_start = next(i for i in range(len(lines)) if re.match(r"^\[1\]", lines[i].strip()))
    body = "\n".join(l for l in lines[:link_start] if l.strip() not in report.chrome and l.strip() != (report.title or "\0"))
    entries = "".join(e.text for e in report.entries)
    assert re.sub(r"\s", "", entries) == re.sub(r"\s", "", body)
    assert len(report.entries) == ENTRY_COUNTS[path.stem]
    for entry in report.entries:
        assert text[entry.offset : entry.offset + len(entry.text)] == entry.text


def test_reader_title_period_and_glued_links(report_texts):
    report = read_report(report_texts["2022-10"])
    assert report.title == "MONITORING OF POLITICAL PERSECUTION IN THE REPUBLIC OF KAZAKHSTAN FROM OCTOBER 1 TO OCTOBER 31, 2022"
    assert (report.period_start, report.period_end) == ("2022-10-01", "2022-10-31")
    first = report.entries[0]
    assert first.date == "2022-10-03" and first.place == "Kyzylorda" and first.footnotes == (1,)
    assert first.sources == ("https://www.facebook.com/toregozhina/posts/pfbid02YfW7S97kQqMrwBbB71nbmHaqRepctwcpMeTWGJTASycR5cd4J4nczt5cQ76ovw1yl",)


def test_reader_year_from_entries(report_texts):
    report = read_report(report_texts["2023-04"])  # no title: the year comes from "9 April 2023"
    entry = next(e for e in report.entries if e.footnotes == (55,))
    assert (entry.index, entry.date, entry.place) == (55, "2023-04-12", "Almaty")
    assert entry.sources == ("https://rus.azattyq.org/a/32360659.html",)


@pytest.mark.parametrize(
    "line,date,place",
    [
        ("On April 1, in Almaty, Imanbay I. said at a meeting[2].", "2023-04-01", "Almaty"),  # "On ..., in"
        ("4 April, West Kazakhstan region, Aksai city akimat did not give[10].", "2023-04-04", "West Kazakhstan region"),
        ("Almaty, December 1, The International Partnership[1].", "2023-12-01", "Almaty"),  # place first
        ("October 11, 2022, Kokshetau, the court[5].", "2022-10-11", "Kokshetau"),  # year in the lead
        ("April 5, “Election results in Kazakhstan have been ‘drawn’ again”, says Kireev Alexander[12].", "2023-04-05", None),
        ("On 18 September in Almaty region the police[9].", "2023-09-18", "Almaty region"),
    ],
)
def test_reader_entry_leads(line, date, place):
    report = read_report(line + "\n", year=2023 if "2022" not in line else None)
    assert [(e.date, e.place) for e in report.entries] == [(date, place)]


def test_reader_bare_day_and_continuation():
    text = "December 21, Mangistau region, workers struck[1].\nThey were fined.\nAlmaty 21, Overview of the situation[2].\n"
    report = read_report(text, year=2023)
    assert [e.date for e in report.entries] == ["2023-12-21", "2023-12-21"]
    assert report.entries[0].text == "December 21, Mangistau region, workers struck[1].\nThey were fined."


def test_reader_reads_text_without_dates_as_paragraphs():
    report = read_report("Just some prose without any dated entry.\n\nA second paragraph.\n")
    assert report.reading == "paragraphs"
    assert [(e.date, e.text) for e in report.entries] == [(None, "Just some prose without any dated entry."), (None, "A second paragraph.")]
    assert report.notes == ("no dated entries: read as paragraphs, each dated by the date it states",)


def test_reader_refuses_text_without_letters():
    with pytest.raises(ReportError, match="no text to read"):
        read_report("12 - 34 ...\n\n[1] https://example.org/1\n")
