"""--format html, looked at in headless Chromium: loads cleanly, every reading highlighted, hover and links right."""

import pytest

from kzmonitor.page import COLORS, entry_marks, to_html

COUNT_MARKS = """(() => {
  const count = kind => document.querySelectorAll(`mark.kz-${kind}`).length;
  return {person: count("person"), citation: count("citation"), sanction: count("sanction"),
          all: document.querySelectorAll("mark.entity").length};
})()"""
ENTRY_55 = """(() => {
  const entry = document.getElementById("r1-e55");
  return {heading: entry.querySelector("h2").innerText,
          marks: [...entry.querySelectorAll("mark")].map(m => [m.dataset.kind, m.firstChild.textContent, m.title]),
          links: [...entry.querySelectorAll("ol.kz-sources a")].map(a => a.href),
          text: entry.querySelector(".entities").innerText};
})()"""
BACKGROUNDS = """Object.fromEntries(["person", "citation", "sanction"].map(
  kind => [kind, getComputedStyle(document.querySelector(`mark.kz-${kind}`)).backgroundColor]))"""


def report(results, name):
    return next(r for r in results if r.source == name)


@pytest.fixture(scope="module")
def april_page(rules_results, tmp_path_factory, browser):
    path = tmp_path_factory.mktemp("page") / "2023-04.html"
    path.write_text(to_html([report(rules_results, "2023-04.txt")]), encoding="utf-8")
    browser.open(path.as_uri())
    return browser


def test_page_loads_without_console_errors(april_page):
    assert april_page.errors() == []
    assert april_page.evaluate("document.querySelectorAll('article.kz-entry').length") == 111


def test_page_highlights_every_reading(april_page, rules_results):
    entries = report(rules_results, "2023-04.txt").entries
    # one mark per distinct span: "Part 1/2" gives two citations on one span, one mark
    expected = {
        "person": sum(len({(p.start, p.end) for p in e.persons}) for e in entries),
        "citation": sum(len({(c.start, c.end) for c in e.citations}) for e in entries),
        "sanction": sum(len({(s.start, s.end) for s in e.sanctions}) for e in entries),
    }
    counts = april_page.evaluate(COUNT_MARKS)
    assert counts == {**expected, "all": sum(expected.values())}
    assert min(expected.values()) > 30


def test_page_colours_are_distinct(april_page):
    backgrounds = april_page.evaluate(BACKGROUNDS)
    assert len(set(backgrounds.values())) == 3
    # "#f9d97c" as the browser computes it
    assert backgrounds["person"] == "rgb({}, {}, {})".format(*bytes.fromhex(COLORS["PERSON"][1:]))


def test_page_hover_and_sources(april_page):
    entry = april_page.evaluate(ENTRY_55)
    assert entry["heading"] == "55. 2023-04-12 Almaty"
    # "April 12, Almaty, Ilyashev A., Article 488, Part 6 of the Code of Administrative Offences of the RK, received 15 days"
    assert entry["marks"] == [
        ["person", "Ilyashev A.", "Ilyashev Alnur (ilyashev-alnur)"],
        ["citation", "Article 488, Part 6 of the Code of Administrative Offences of the RK",
         "code administrative, article 488, part 6 → Ilyashev Alnur"],
        ["sanction", "received 15 days", "administrative_arrest, 15 days → Ilyashev Alnur"],
    ]
    assert entry["links"] == ["https://rus.azattyq.org/a/32360659.html"]
    assert "a rally on April 9 in the Republic Square[55]." in entry["text"]


def test_page_nested_reading_joins_enclosing_mark(rules_results):
    # "detained and later arrested under Article 405, Part 2 of the Criminal Code of the RK for 2 months ..."
    # holds a citation inside a sanction; displaCy cannot nest marks, the hover keeps both readings
    entry = next(e for e in report(rules_results, "2021-09.txt").entries if e.index == 36)
    (sanction,) = [m for m in entry_marks(entry, {}) if m["label"] == "SANCTION"]
    assert entry.text[sanction["start"]:sanction["end"]].startswith("detained and later arrested under Article 405")
    hover = sanction["params"]["hover"].split("\n")
    assert hover[0].startswith("pretrial_detention, 2 months")
    assert hover[1].startswith("CITATION: code criminal, article 405, part 2")


def test_page_escapes_report_text(rules_results):
    april = report(rules_results, "2023-04.txt").model_copy(deep=True)
    april.entries[0].sources = ["javascript:alert(1)", "https://example.org/?a=1&b=<2>"]
    html = to_html([april])
    assert 'href="javascript' not in html and "<li>javascript:alert(1)</li>" in html
    assert 'href="https://example.org/?a=1&amp;b=&lt;2&gt;"' in html
