"""Whatever a user feeds ``kzmonitor extract``: a correct result, or one clear line and exit code 2.

Every case runs the real command line through typer's ``CliRunner``. Cases that succeed
must give exactly the entries that the plain UTF-8 text of the same report gives.
"""

from __future__ import annotations

import codecs
import html
import json
import re
import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

import kzmonitor
from kzmonitor.cli import app
from kzmonitor.formats import FORMATS
from kzmonitor.reader import LINK_LINE_RE, URL_LINE_RE

from .conftest import ANNOTATED, ROOT

REPORT = ROOT / "training_data" / "reports" / "2023-12.txt"
RUSSIAN = "Нажмите Enter для перехода к содержанию. Поделись, чтобы люди узнали: суд оштрафовал активиста. "
NO_LETTERS_ERROR = "no text to read: no letters outside the title, site chrome and footnote links"


def excerpt() -> str:
    """The first eleven entries of 2023-12 (Cyrillic site chrome above them) and its whole link list."""
    lines = REPORT.read_text(encoding="utf-8").split("\n")
    links = next(i for i, line in enumerate(lines) if line.startswith("[1] "))
    return "\n".join(lines[:24] + [""] + lines[links:]) + "\n"


def saved_page(text: str, link_text: str | None = None) -> str:
    """A report as a browser saves it: wrapped <p> paragraphs, Word-style footnote anchors, a link list."""
    body, notes = [], []
    for line in text.split("\n"):
        stripped = line.strip()
        if (note := LINK_LINE_RE.match(stripped)) or (notes and URL_LINE_RE.match(stripped)):
            url = html.escape(note["link"] if note else stripped)
            anchor = f'<a href="#_ftnref{note["number"]}" name="_ftn{note["number"]}">[{note["number"]}]</a> ' if note else ""
            notes.append(f'<p>{anchor}<a href="{url}">{link_text or url}</a></p>')
        elif stripped:
            escaped = re.sub(r"\[(\d+)\]", r'<sup><a href="#_ftn\1">[\1]</a></sup>', html.escape(stripped, quote=False))
            words = escaped.split(" ")  # wrapped at 12 words, as editors save long paragraphs
            body.append("<p>" + "\n   ".join(" ".join(words[i : i + 12]) for i in range(0, len(words), 12)) + "</p>")
    return ("<!DOCTYPE html>\n<html><head><title>Monitoring</title><style>p {margin: 0}</style></head>\n<body><div class=\"entry\">\n"
            + "\n".join(body) + "\n<hr/>\n" + "\n".join(notes) + "\n</div><script>var x = '<p>April 1, Almaty</p>';</script></body></html>\n")


def mangle_spaces(text: str) -> str:
    """Word's invisible characters: NBSP after dates, soft hyphens and zero-width spaces inside words."""
    text = re.sub(r"(December \d+,) ", "\\1\u00a0", text)
    return text.replace("Almaty", "Al\u00admaty").replace("journalist", "journ\u200balist")


# Each builder writes its input under ``tmp`` and returns the command-line arguments.
def write(name: str, data: bytes | str, *extra: str):
    def build(tmp: Path) -> list[str]:
        path = tmp / name
        path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        return [str(path), *extra]

    return build


def zipped(tmp: Path) -> list[str]:
    path = tmp / "reports.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("2023-12.txt", excerpt())
    return [str(path)]


def empty_directory(tmp: Path) -> list[str]:
    (tmp / "reports").mkdir()
    (tmp / "reports" / "notes.docx").write_bytes(b"PK\x03\x04")
    return [str(tmp / "reports")]


def report_with(*extra: str):
    return write("2023-12.txt", excerpt(), *extra)


def model_directory_without_meta(tmp: Path) -> list[str]:
    (tmp / "model").mkdir()
    return [write("2023-12.txt", excerpt())(tmp)[0], "--model", str(tmp / "model")]


def output_into_missing_directory(tmp: Path) -> list[str]:
    return [*report_with()(tmp), "-o", str(tmp / "missing" / "out.json")]


def output_onto_directory(tmp: Path) -> list[str]:
    return [*report_with()(tmp), "-o", str(tmp)]


def text_and_link_list(lines: list[str]) -> str:
    return "\n".join(lines) + "\n\n[1] https://example.org/1\n"


def reports(stdout: str) -> list[dict]:
    """``--format json`` prints one object for one file, a list for several."""
    parsed = json.loads(stdout)
    return parsed if isinstance(parsed, list) else [parsed]


SAME = "same entries as the UTF-8 text"
CYRILLIC_HALF_MB = RUSSIAN * (500_000 // len(RUSSIAN.encode("utf-8")))

# (case id, builder, exit code, expected: SAME, an exact stderr line (path as {path}), or a callable on the JSON)
CASES = [
    # encodings and line endings
    ("utf-8", report_with(), 0, SAME),
    ("utf-8 with BOM", write("2023-12-bom.txt", codecs.BOM_UTF8 + excerpt().encode("utf-8")), 0, SAME),
    ("utf-16 with BOM", write("2023-12-u16.txt", excerpt().encode("utf-16")), 0, SAME),
    ("utf-16-le without BOM", write("2023-12-u16le.txt", excerpt().encode("utf-16-le")), 0, SAME),
    ("utf-16-be without BOM", write("2023-12-u16be.txt", excerpt().encode("utf-16-be")), 0, SAME),
    # Word's "plain text" export on Russian Windows: the Cyrillic chrome must still read as chrome
    ("windows-1251", write("2023-12-cp1251.txt", excerpt().encode("cp1251")), 0, SAME),
    ("windows line endings", write("2023-12-crlf.txt", excerpt().replace("\n", "\r\n")), 0, SAME),
    ("old mac line endings", write("2023-12-cr.txt", excerpt().replace("\n", "\r")), 0, SAME),
    ("nbsp, soft hyphen, zero-width space", write("2023-12-word.txt", mangle_spaces(excerpt())), 0, SAME),
    ("pdf page breaks", write("2023-12-pdf.txt", excerpt().replace("\n\nDecember 2,", "\n\f\nDecember 2,")), 0, SAME),
    # saved pages: entries and footnote links survive
    ("saved html page", write("2023-12-page.html", saved_page(excerpt())), 0, SAME),
    ("saved html page, cp1251", write("2023-12-page1251.htm", saved_page(excerpt()).encode("cp1251")), 0, SAME),
    ("html links named 'source'", write("2023-12-named.html", saved_page(excerpt(), "source")), 0, SAME),
    # nothing to read
    ("empty file", write("empty.txt", b""), 2, "{path}: file is empty"),
    ("blank file", write("blank.txt", " \n\r\n\t\n"), 2, "{path}: file is empty"),
    # text without dated entries is read as paragraphs (or numbered items), undated where it states no date
    ("no dates", write("prose.txt", "The report was not published this month.\nSee the website.\n"), 0,
     lambda out: [(e["date"], e["text"]) for e in out[0]["entries"]] == [(None, "The report was not published this month."), (None, "See the website.")]
     and out[0]["reading"] == "paragraphs"),
    ("numbers and punctuation only", write("numbers.txt", "12 - 34 ...\n56 / 78\n"), 2, f"{{path}}: {NO_LETTERS_ERROR}"),
    # Russian text is read as Russian (issue 14): one paragraph, every character kept
    ("half a megabyte of Cyrillic", write("russian.txt", CYRILLIC_HALF_MB), 0,
     lambda out: out[0]["language"] == "ru" and out[0]["reading"] == "paragraphs"
     and [len(e["text"]) for e in out[0]["entries"]] == [len(CYRILLIC_HALF_MB.strip())]),
    ("half a megabyte of Cyrillic in one dated entry", write("2023-12-ru.txt", "December 4, Almaty, " + CYRILLIC_HALF_MB), 0,
     lambda out: [(e["date"], e["place"], len(e["text"])) for e in out[0]["entries"]] == [("2023-12-04", "Almaty", 20 + len(CYRILLIC_HALF_MB.strip()))]),
    # nothing gives the year: the date is left empty rather than guessed, and a note on stderr says so
    ("dates but no year", write("report.txt", text_and_link_list(["April 12, Almaty, a rally[1]."])), 0,
     lambda out: [(e["date"], e["place"]) for e in out[0]["entries"]] == [(None, "Almaty")]
     and out[0]["notes"] == ["no year in the title, the dates or the file name: dates without a year are left empty (pass --year)"]),
    ("dates, year from --year", write("report.txt", text_and_link_list(["April 12, Almaty, a rally[1]."]), "--year", "2023"), 0,
     lambda out: [(e["date"], e["sources"]) for e in out[0]["entries"]] == [("2023-04-12", ["https://example.org/1"])]),
    ("dates, year from the file name", write("2022-04 monitoring.txt", text_and_link_list(["April 12, Almaty, a rally[1]."])), 0,
     lambda out: [e["date"] for e in out[0]["entries"]] == ["2022-04-12"]),
    # the wrong file
    ("pdf", write("report.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"), 2,
     "{path}: this is a PDF file; convert it to text first (pdftotext -layout FILE.pdf) or save the report page as HTML"),
    ("zip", zipped, 2,
     "{path}: this is a ZIP archive or an Office document (.docx, .odt); unpack it or save the report as plain text (UTF-8) or as an HTML page"),
    ("word .doc", write("report.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600)), 2,
     "{path}: this is a legacy Word/Excel document (.doc, .xls); save the report as plain text (UTF-8) or as an HTML page"),
    ("png", write("scan.png", b"\x89PNG\r\n\x1a\n" + bytes(range(256))), 2, "{path}: this is a PNG image, not a report"),
    ("json", write("result.json", json.dumps({"entries": [{"text": "April 12, Almaty"}]})), 2,
     "{path}: JSON data, not a report (annotated entries go to 'kzmonitor evaluate' or 'kzmonitor convert')"),
    ("annotated jsonl", write("2023-12.jsonl", (ANNOTATED / "2023-12.jsonl").read_bytes()[:20_000]), 2,
     "{path}: JSON Lines data, not a report (annotated entries go to 'kzmonitor evaluate' or 'kzmonitor convert')"),
    ("binary with NUL bytes", write("data.bin", bytes(range(256)) * 8), 2, "{path}: binary file, not a text or HTML report"),
    ("binary without NUL bytes", write("data.bin", bytes(range(1, 32)) * 40), 2,
     "{path}: binary file (control characters), not a text or HTML report"),
    ("truncated utf-16", write("cut.txt", excerpt().encode("utf-16")[:-1]), 2,
     "{path}: broken UTF-16 text (odd byte count or bad surrogates); save the report as UTF-8"),
    # errors a person can act on
    ("missing file", lambda tmp: [str(tmp / "nope.txt")], 2, "{tmp}/nope.txt: no such file"),
    ("directory without reports", empty_directory, 2, "{tmp}/reports: directory holds no .txt or .html reports"),
    ("unknown format", report_with("--format", "xml"), 2, f"unknown format 'xml'; choose one of {', '.join(FORMATS)}"),
    ("--year too early", report_with("--year", "1800"), 2, "--year 1800 is out of range (1990-2100)"),
    ("--year too late", report_with("--year", "20230"), 2, "--year 20230 is out of range (1990-2100)"),
    ("output into a missing directory", output_into_missing_directory, 2,
     "cannot write {tmp}/missing/out.json: directory {tmp}/missing does not exist"),
    ("output onto a directory", output_onto_directory, 2, "cannot write {tmp}: is a directory; give a file name"),
    ("model path missing", report_with("--model", "/nonexistent/kzmonitor-model"), 2,
     "cannot load model '/nonexistent/kzmonitor-model': [E050] Can't find model '/nonexistent/kzmonitor-model'. "
     "It doesn't seem to be a Python package or a valid path to a data directory."),
    ("model directory without a pipeline", model_directory_without_meta, 2,
     "cannot load model '{tmp}/model': [E053] Could not read meta.json from {tmp}/model"),
    ("model given as a URL", report_with("--model", "https://example.org/kzmonitor.tar.gz"), 2,
     "cannot load model 'https://example.org/kzmonitor.tar.gz': pipelines load from a local path or an installed "
     "package, not a URL: https://example.org/kzmonitor.tar.gz"),
]



@pytest.fixture(scope="module")
def utf8_entries(rules_cli, tmp_path_factory):
    path = tmp_path_factory.mktemp("baseline") / "2023-12.txt"
    path.write_text(excerpt(), encoding="utf-8")
    result = rules_cli.invoke(app, ["extract", str(path)])
    assert result.exit_code == 0, result.output
    entries = reports(result.stdout)[0]["entries"]
    assert len(entries) == 11 and entries[0]["place"] == "Almaty" and entries[0]["sources"]
    return entries


@pytest.mark.parametrize("build,code,expected", [case[1:] for case in CASES], ids=[case[0] for case in CASES])
def test_bad_input_cli(rules_cli, utf8_entries, tmp_path, build, code, expected):
    args = build(tmp_path)
    result = rules_cli.invoke(app, ["extract", *args])
    assert result.exit_code == code, result.output
    if code != 0:
        path = args[0]
        assert result.stderr == "kzmonitor: error: " + expected.format(path=path, tmp=tmp_path) + "\n"
        assert result.stdout == ""
    elif expected == SAME:
        assert reports(result.stdout)[0]["entries"] == utf8_entries
    else:
        assert expected(reports(result.stdout))


def test_bad_input_several_files_name_the_bad_one(rules_cli, tmp_path):
    """The readable file is extracted all the same; the bad one is named, then counted (exit 1)."""
    good, bad = report_with()(tmp_path)[0], write("numbers.txt", "12 - 34\n")(tmp_path)[0]
    result = rules_cli.invoke(app, ["extract", good, bad])
    assert (result.exit_code, result.stderr) == (1, f"kzmonitor: error: {bad}: {NO_LETTERS_ERROR}\nkzmonitor: 1 of 2 files refused\n")
    assert [r["source"] for r in reports(result.stdout)] == [good]


def test_bad_input_report_longer_than_max_length(nlp_rules, utf8_entries):
    """The whole report exceeds ``nlp.max_length``; every entry fits, so the result is unchanged."""
    limit = nlp_rules.max_length
    nlp_rules.max_length = max(len(e["text"]) for e in utf8_entries) + 1
    try:
        assert len(excerpt()) > nlp_rules.max_length
        result = kzmonitor.extract(excerpt(), nlp_rules, year=2023)
    finally:
        nlp_rules.max_length = limit
    assert [e.model_dump() for e in result.entries] == utf8_entries


def test_bad_input_entry_longer_than_max_length(nlp_rules):
    """One entry longer than ``nlp.max_length`` goes through in pieces: text, spans and offsets intact."""
    sentences = [f"Ilyashev A., Article 488, Part 6 of the CAO, received {days} days of arrest[55]. " for days in range(1, 41)]
    text = "April 12, Almaty, " + "".join(sentences)
    limit = nlp_rules.max_length
    nlp_rules.max_length = 1000
    try:
        entry = kzmonitor.extract(text, nlp_rules, year=2023).entries[0]
    finally:
        nlp_rules.max_length = limit
    assert entry.text == text.strip()
    assert [(c.article, c.part) for c in entry.citations] == [("488", "6")] * 40
    assert [s.duration.days for s in entry.sanctions] == list(range(1, 41))
    assert all(entry.text[s.start : s.end] == s.text for s in [*entry.citations, *entry.sanctions, *entry.persons])


@pytest.mark.parametrize(
    "markup,text",
    [
        # a footnote marker without brackets in <sup>, WordPress style
        ('<p>April 12, Almaty, a rally<sup><a href="#fn3">3</a></sup>.</p>', "April 12, Almaty, a rally[3].\n"),
        # <li id="fn3"> footnote list items get their number back
        ('<ol><li id="fn3"><a href="https://azattyq.org/a/1.html">Azattyq</a></li></ol>', "[3] https://azattyq.org/a/1.html\n"),
        # a paragraph wrapped over source lines stays one line; entities decoded once
        ("<p>April 12,\n   Almaty, A &amp; B &amp;amp; C</p>", "April 12, Almaty, A & B &amp; C\n"),
        # script, style and head text is not report text
        ("<head><title>T</title></head><script>x=1</script><p>Text</p>", "Text\n"),
        # a link in the body keeps its visible text
        ('<p>April 12, <a href="https://x.org/a">Azattyq</a> reported</p>', "April 12, Azattyq reported\n"),
        # an unclosed link keeps its text
        ('<p>April 12, <a href="https://x.org/a">Azattyq reported', "April 12, Azattyq reported\n"),
    ],
)
def test_bad_input_html_to_text(markup, text):
    from kzmonitor.inputs import html_to_text

    assert html_to_text(markup) == text


def annotated_lines(tmp: Path) -> str:
    path = tmp / "dev.jsonl"
    path.write_text("".join((ANNOTATED / "2023-12.jsonl").read_text(encoding="utf-8").splitlines(keepends=True)[:3]), encoding="utf-8")
    return str(path)


# The other commands that read files or write results: (case id, argument builder, exact stderr line)
OTHER_COMMANDS = [
    ("evaluate: scores into a missing directory",
     lambda tmp: ["evaluate", "rules", annotated_lines(tmp), "--output", f"{tmp}/missing/scores.json"],
     "cannot write {tmp}/missing/scores.json: directory {tmp}/missing does not exist"),
    ("convert: output onto a directory", lambda tmp: ["convert", annotated_lines(tmp), "-o", str(tmp)],
     "cannot write {tmp}: is a directory; give a file name"),
    # a report given where annotations are expected: pydantic's many-line message cut to its first line
    ("convert: a report instead of annotations",
     lambda tmp: ["convert", write("2023-12.txt", "December 1, Almaty, a rally[1].\n")(tmp)[0], "-o", f"{tmp}/out.spacy"],
     "{tmp}/2023-12.txt:1: 1 validation error for AnnotatedEntry"),
]


@pytest.mark.parametrize("build,expected", [case[1:] for case in OTHER_COMMANDS], ids=[case[0] for case in OTHER_COMMANDS])
def test_bad_input_other_commands(tmp_path, build, expected):
    result = CliRunner().invoke(app, build(tmp_path))
    assert (result.exit_code, result.stderr) == (2, "kzmonitor: error: " + expected.format(tmp=tmp_path) + "\n")
