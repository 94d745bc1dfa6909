"""Every edition and every text: the newer entry format, day-first dates, numbered bulletins, articles,
names in capitals, serial-comma article lists, and batches that keep going past a bad file.

The texts are written for these tests in each shape (modelled on the shapes, not copied from a page).
"""

import json
import re

import pytest

import kzmonitor
from kzmonitor.annotations import read_annotations
from kzmonitor.cli import app
from kzmonitor.editions import newer_edition, newer_place, render_report
from kzmonitor.names import link_names, parse_name
from kzmonitor.reader import read_report, stated_date

from .conftest import ANNOTATED

NEWER_EDITION = """MONITORING OF POLITICAL PERSECUTION IN THE REPUBLIC OF KAZAKHSTAN FROM JANUARY 1 TO JANUARY 31, 2025
JAN. 9, 2025 — ASTANA — Temirbekov A., Article 488, Part 6 of the Code of Administrative Offences of the RK, was sentenced to 10 days of administrative arrest for a single picket[1].
JAN. 15, 2025 — KARAGANDA Region — the Temirtau city court fined Zhumabayeva Saule 196,600 tenge under Article 488, Part 11 of the Code of Administrative Offences of the RK[2].
Jan. 21, 2025 — ALMATY — blogger Daniyar ORAZBEKOV was charged under Articles 174, 274, and 405 of the Criminal Code; the court remanded him in custody for 2 months[3].
DEC. 30, 2024 — WEST KAZAKHSTAN Region — Uralsk, activist Nurlan BEKMUKHAMBETOV was placed under house arrest[4].

[1] https://example.org/news/1
[2] https://example.org/news/2
[3] https://example.org/news/3
[4] https://example.org/news/4
"""

DAY_FIRST = """MONITORING OF POLITICAL PERSECUTION IN REPUBLIC OF KAZAKHSTAN FROM 1 TO MARCH 31, 2022
On 14 March 2022, in Uralsk, Sultanov Berik was detained and sentenced to 15 days of administrative arrest[1].
On 15 March, Shymkent, the court fined Abenova G. 50 MCI[2].
"""

BULLETIN = """Rights monitor bulletin, first week of May 2022

1) On 3 May 2022, an activist from Taraz, NURMAGAMBETOV Serik, was sentenced by the city court to 15 days of administrative arrest under Article 488, Part 6 of the Code of Administrative Offences.
His lawyer said he would appeal.
2) On 5 May, in Aktobe, the court fined journalist Aizhan KALIYEVA 150,000 tenge.
3) The same day in Almaty, Zhanbolat ORAZOV and Daniyar ESEN were charged under Articles 174, 274, and 405 of the Criminal Code.
"""

ARTICLE = """Court in Uralsk jails opposition supporter

URALSK, June 2, 2022 (Reuters) - A court in western Kazakhstan on Thursday sentenced opposition supporter Marat Yesenov to five years in prison under Article 405, Part 2 of the Criminal Code.

Yesenov, 41, denied the charges. His wife Aigerim Yesenova said the family would appeal.

On 9 June the regional court upheld the sentence.
"""

ARREST = {"years": 0, "months": 0, "days": 0, "hours": 0}


def days(n):
    return {**ARREST, "days": n}


def months(n):
    return {**ARREST, "months": n}


def years(n):
    return {**ARREST, "years": n}


def summary(result):
    """Per entry: (index, date, place, [(person text, id)], [(code, article, part, id)], [(type, duration, amount, id)])."""
    return [
        (e.index, e.date, e.place,
         [(p.text, p.person_id) for p in e.persons],
         [(c.code, c.article, c.part, c.person_id) for c in e.citations],
         [(s.type, s.duration.model_dump() if s.duration else None, s.amount.model_dump(include={"value", "currency"}) if s.amount else None,
           s.person_id) for s in e.sanctions])
        for e in result.entries
    ]


def kzt(value):
    return {"value": value, "currency": "KZT"}


@pytest.mark.parametrize(
    "text,reading,title,period,expected",
    [
        # the newer edition: abbreviated capital months with a period, the year in the entry, the place between em dashes
        (NEWER_EDITION, "dated entries",
         "MONITORING OF POLITICAL PERSECUTION IN THE REPUBLIC OF KAZAKHSTAN FROM JANUARY 1 TO JANUARY 31, 2025",
         ("2025-01-01", "2025-01-31"),
         [(1, "2025-01-09", "ASTANA", [("Temirbekov A.", "temirbekov-a")], [("administrative", "488", "6", "temirbekov-a")],
           [("administrative_arrest", days(10), None, "temirbekov-a")]),
          (2, "2025-01-15", "KARAGANDA Region", [("Zhumabayeva Saule", "zhumabayeva-saule")],
           [("administrative", "488", "11", "zhumabayeva-saule")], [("fine", None, kzt(196600), "zhumabayeva-saule")]),
          (3, "2025-01-21", "ALMATY", [("Daniyar ORAZBEKOV", "orazbekov-daniyar")],
           [("criminal", a, None, "orazbekov-daniyar") for a in ("174", "274", "405")],
           [("pretrial_detention", months(2), None, "orazbekov-daniyar")]),
          # a December entry in a January report keeps its own year
          (4, "2024-12-30", "WEST KAZAKHSTAN Region", [("Nurlan BEKMUKHAMBETOV", "bekmukhambetov-nurlan")], [],
           [("house_arrest", None, None, "bekmukhambetov-nurlan")])]),
        # day-first dates, a title without "THE" and without the first day's month
        (DAY_FIRST, "dated entries", "MONITORING OF POLITICAL PERSECUTION IN REPUBLIC OF KAZAKHSTAN FROM 1 TO MARCH 31, 2022",
         ("2022-03-01", "2022-03-31"),
         [(1, "2022-03-14", "Uralsk", [("Sultanov Berik", "sultanov-berik")], [],
           [("administrative_arrest", days(15), None, "sultanov-berik")]),
          (2, "2022-03-15", "Shymkent", [("Abenova G.", "abenova-g")], [], [("fine", None, {"value": 50, "currency": "MCI"}, "abenova-g")])]),
        # a numbered bulletin: one entry per item, a continuation line stays with its item, a date carried forward
        (BULLETIN, "numbered items", None, ("2022-05-03", "2022-05-05"),
         [(1, None, None, [], [], []),
          (2, "2022-05-03", "Taraz", [("NURMAGAMBETOV Serik", "nurmagambetov-serik")],
           [("administrative", "488", "6", "nurmagambetov-serik")], [("administrative_arrest", days(15), None, "nurmagambetov-serik")]),
          (3, "2022-05-05", "Aktobe", [("Aizhan KALIYEVA", "kaliyeva-aizhan")], [], [("fine", None, kzt(150000), "kaliyeva-aizhan")]),
          # two persons charged together: the shared citations concern no one alone (ANNOTATION.md)
          (4, "2022-05-05", "Almaty", [("Zhanbolat ORAZOV", "orazov-zhanbolat"), ("Daniyar ESEN", "esen-daniyar")],
           [("criminal", a, None, None) for a in ("174", "274", "405")], [])]),
        # an article: one entry per paragraph; a news dateline is not an entry lead; undated paragraphs take the date before
        (ARTICLE, "paragraphs", None, ("2022-06-02", "2022-06-09"),
         [(1, None, "Uralsk", [], [], []),
          (2, "2022-06-02", "URALSK", [("Marat Yesenov", "yesenov-marat")], [("criminal", "405", "2", "yesenov-marat")],
           [("imprisonment", years(5), None, "yesenov-marat")]),
          (3, "2022-06-02", None, [("Yesenov", "yesenov-marat"), ("Aigerim Yesenova", "yesenova-aigerim")], [], []),
          (4, "2022-06-09", None, [], [], [])]),
    ],
    ids=["newer edition", "day first", "numbered bulletin", "article"],
)
def test_editions_extract_each_shape(nlp_rules, text, reading, title, period, expected):
    result = kzmonitor.extract(text, nlp_rules)
    assert (result.reading, result.title, (result.period.start, result.period.end)) == (reading, title, period)
    assert summary(result) == expected


@pytest.mark.parametrize("text", [NEWER_EDITION, DAY_FIRST, BULLETIN, ARTICLE], ids=["newer", "day first", "bulletin", "article"])
def test_editions_keep_every_character(text):
    """No loss: every non-space character lands in one entry, the title or the footnote link list."""
    report = read_report(text)
    body = text.split("\n\n[1]")[0]
    if report.title:
        body = body.replace(report.title, "", 1)
    assert re.sub(r"\s", "", "".join(e.text for e in report.entries)) == re.sub(r"\s", "", body)
    for entry in report.entries:
        assert report.text[entry.offset : entry.offset + len(entry.text)] == entry.text


def test_editions_newer_edition_sources_and_notes():
    report = read_report(NEWER_EDITION)
    assert [e.sources for e in report.entries] == [(f"https://example.org/news/{n}",) for n in range(1, 5)]
    assert report.notes == ()
    assert read_report(BULLETIN).notes == ("no dated entries: read as numbered items, each dated by the date it states",)


@pytest.mark.parametrize(
    "text,year,fallback,expected",
    [
        ("April 12, Almaty, a rally[1].\n", None, None, None),  # nothing gives a year: no date is invented
        ("April 12, Almaty, a rally[1].\n", 2021, None, "2021-04-12"),  # --year, the last resort
        ("April 12, Almaty, a rally[1].\n", 2021, 2023, "2023-04-12"),  # the file name before --year
        # the title before the file name and --year
        ("MONITORING OF POLITICAL PERSECUTION FROM APRIL 1 TO APRIL 30, 2022\nApril 12, Almaty, a rally[1].\n", 2021, 2023, "2022-04-12"),
        ("APRIL 12, 2020 — ALMATY — a rally[1].\n", 2021, 2023, "2020-04-12"),  # the entry's own year first
    ],
)
def test_editions_year_order(text, year, fallback, expected):
    assert read_report(text, year=year, fallback_year=fallback).entries[0].date == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("sentenced on 3 May 2022 to five years", (5, 3, 2022)),
        ("on May 3, 2022, the court", (5, 3, 2022)),
        ("On 14th of March the court", (3, 14, None)),
        ("the court may 3 times refuse", None),  # a lower-case "may" is a verb
        ("no date at all", None),
    ],
)
def test_editions_stated_date(text, expected):
    assert stated_date(text) == expected


@pytest.mark.parametrize(
    "text,names",
    [
        ("On 3 May, SAPAROV Erlan was sentenced by Judge Aigul KUSAINOVA.", ["SAPAROV Erlan", "Aigul KUSAINOVA"]),
        ("SAPAROV E. and Marat ZHYLANBAYEV were fined.", ["SAPAROV E.", "Marat ZHYLANBAYEV"]),
        # capitals that are not names: places, acronyms, a month, an organisation
        ("JAN. 14, 2025 — KARAGANDA Region — the OSCE and the KNB of ALMATY said in NUR-SULTAN City.", []),
    ],
)
def test_editions_persons_in_capitals(nlp_rules, text, names):
    assert [e.text for e in nlp_rules(text).ents] == names


def test_editions_capital_surnames_link_with_other_spellings():
    ids, identities = link_names(["SAPAROV Erlan", "Erlan SAPAROV", "Saparov E.", "Saparov Erlan", "KUSAINOVA Aigul Maratovna", "Kusainova A."])
    assert ids == ["saparov-erlan"] * 4 + ["kusainova-aigul"] * 2
    assert identities["saparov-erlan"].canonical == "Saparov Erlan"
    parts = parse_name("KUSAINOVA Aigul Maratovna")
    assert (parts.surname, parts.given, parts.patronymic) == ("Kusainova", ("Aigul",), "Maratovna")


@pytest.mark.parametrize(
    "text,expected",
    [
        ("charged under Articles 174, 274, and 405 of the Criminal Code", [("criminal", a, None) for a in ("174", "274", "405")]),
        ("Articles 488, 489, or 490 of the Code of Administrative Offences", [("administrative", a, None) for a in ("488", "489", "490")]),
        ("Article 174, Part 1, and Article 405, Part 2, of the Criminal Code", [("criminal", "174", "1"), ("criminal", "405", "2")]),
        ("under Parts 2, 3, and 4 of Article 272 of the Criminal Code", [("criminal", "272", p) for p in ("2", "3", "4")]),
    ],
)
def test_editions_serial_comma_article_lists(nlp_rules, text, expected):
    doc = nlp_rules(text)
    assert [(v["code"], v["article"], v["part"]) for s in doc.spans["kz_citations"] for v in s._.kz_citation] == expected


@pytest.mark.parametrize("name", ["2024-05", "2023-12"])
def test_editions_rerendered_report_reads_and_scores_alike(nlp_rules, name):
    """An annotated report re-rendered in the newer shape: same dates and places, scores within 0.01."""
    from kzmonitor.evaluate import evaluate_entries

    entries = read_annotations(ANNOTATED / f"{name}.jsonl")
    rendered = [newer_edition(e) for e in entries]
    assert rendered[0].text.startswith(("MAY 1, 2024 — ALMATY — ", "DEC. 1, 2023 — ALMATY — "))
    older, newer = read_report(render_report(entries)).entries, read_report(render_report(rendered)).entries
    assert [(e.date, (e.place or "").lower()) for e in newer] == [(e.date, (e.place or "").lower()) for e in older]
    before, after = evaluate_entries(nlp_rules, entries), evaluate_entries(nlp_rules, rendered)
    for key in ("person_f", "citation_f", "sanction_f", "relation_acc"):
        assert abs(before[key] - after[key]) <= 0.01, key


def test_editions_newer_place():
    assert [newer_place(p) for p in ("Almaty", "Karaganda region", "West Kazakhstan region")] == ["ALMATY", "KARAGANDA Region", "WEST KAZAKHSTAN Region"]


# ---------------------------------------------------------------- batches that keep going



@pytest.fixture()
def batch(tmp_path):
    """Two readable files with a binary one between them."""
    files = [tmp_path / "2025-01.txt", tmp_path / "scan.txt", tmp_path / "bulletin.txt"]
    files[0].write_text(NEWER_EDITION, encoding="utf-8")
    files[1].write_bytes(bytes(range(256)) * 8)
    files[2].write_text(BULLETIN, encoding="utf-8")
    return [str(f) for f in files]


BINARY = "binary file, not a text or HTML report"


@pytest.mark.parametrize("output_format", ["json", "jsonl"])
def test_editions_batch_writes_every_readable_file(rules_cli, batch, tmp_path, output_format):
    out = tmp_path / f"out.{output_format}"
    result = rules_cli.invoke(app, ["extract", *batch, "-f", output_format, "-o", str(out)])
    assert result.exit_code == 1
    assert result.stderr == (f"kzmonitor: error: {batch[1]}: {BINARY}\n"
                             f"kzmonitor: note: {batch[2]}: no dated entries: read as numbered items, each dated by the date it states\n"
                             "kzmonitor: 1 of 3 files refused\n")
    text = out.read_text(encoding="utf-8")
    reports = json.loads(text) if output_format == "json" else [json.loads(line) for line in text.splitlines()]
    assert [(r["source"], len(r["entries"])) for r in reports] == [(batch[0], 4), (batch[2], 4)]


def test_editions_batch_json_stays_a_list_when_one_of_two_is_left(rules_cli, batch, tmp_path):
    """OUTPUT.md: several input files give a JSON list, also when all but one were refused."""
    result = rules_cli.invoke(app, ["extract", batch[0], batch[1]])
    assert result.exit_code == 1
    assert [r["source"] for r in json.loads(result.stdout)] == [batch[0]]


def test_editions_batch_fail_fast_stops_at_the_first(rules_cli, batch, tmp_path):
    out = tmp_path / "out.json"
    result = rules_cli.invoke(app, ["extract", *batch, "--fail-fast", "-o", str(out)])
    assert (result.exit_code, result.stderr) == (2, f"kzmonitor: error: {batch[1]}: {BINARY}\n")
    assert not out.exists()


def test_editions_batch_all_refused(rules_cli, tmp_path):
    files = [tmp_path / "a.txt", tmp_path / "b.txt"]
    files[0].write_bytes(b"")
    files[1].write_bytes(bytes(range(256)) * 8)
    result = rules_cli.invoke(app, ["extract", *map(str, files)])
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [f"kzmonitor: error: {files[0]}: file is empty", f"kzmonitor: error: {files[1]}: {BINARY}",
                                          "kzmonitor: 2 of 2 files refused (nothing extracted)"]
    assert result.stdout == ""


def test_editions_db_build_keeps_going(rules_cli, batch, tmp_path):
    import sqlite3

    db = tmp_path / "cases.sqlite"
    result = rules_cli.invoke(app, ["db", "build", *batch, "--db", str(db), "--model", "rules"])
    assert result.exit_code == 1
    assert result.stderr == f"kzmonitor: error: {batch[1]}: {BINARY}\nkzmonitor: 1 of 3 files refused\n"
    with sqlite3.connect(db) as con:
        assert con.execute("SELECT COUNT(*) FROM reports").fetchone()[0] == 2
        assert con.execute("SELECT COUNT(*) FROM entries").fetchone()[0] == 8
