"""Property tests: no input makes the reader, the parsers, extraction or the CLI crash.

Inputs are random Unicode, random cuts of the real reports, and cuts with markers the
parsers key on ("[12]", dates, "Article 405", line breaks, no-break spaces) inserted at
random places. Every property holds on every example: no exception escapes (other than
the reader's own ``ReportError``), every offset points at its span's text, and the
output validates against the JSON Schema that ``kzmonitor schema`` prints.

The budget is fixed and the search derandomised (``derandomize=True``), so CI sees the
same 2,150 examples on every run.
"""

from __future__ import annotations

import json
import re

import jsonschema
import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

import kzmonitor
from kzmonitor.annotations import CITATION_CODES, SANCTION_TYPES
from kzmonitor.cli import app
from kzmonitor.components.citations import find_citations
from kzmonitor.components.sanctions import find_sanctions
from kzmonitor.reader import ReportError, is_chrome, normalize_text, read_report

from .conftest import REPORTS
from .test_no_loss import split_links

TEXTS = [p.read_text(encoding="utf-8") for p in REPORTS]
MARKERS = [
    "[12]", "[", "]", "[1] https://example.org/a", "[999999]", "April 12, ", "12 April, ", "On April 1, in Almaty, ",
    "Almaty, December 1, ", "April 17. ", "February 30, ", "December 31, 2023, ", "MONITORING OF POLITICAL PERSECUTION ",
    "FROM APRIL 1 TO APRIL 30, 2023", "Article 405", "Article 405, Part 2 of the Criminal Code", "Articles 269, 272 and ",
    "Part 1/2", "p.7", "paragraph 3, part 2 of ", "of the Law “On Peaceful Assemblies”", "15 days", "fined 72,450 tenge",
    "100 MCI", "until June 27", "house arrest for 2 months", "6 years of a suspended sentence", "sentenced him to 5 years",
    "Ilyashev A.", "Zh. Mamay", "K.K.Tokayev", "\n", "\n\n", "\r\n", "\r", "\u00a0", "\u00ad", "\u200b", "\f", " ", ",",
    "“", "”", "«", "»", "’", "—", "…", "Нажмите \"Enter\" для перехода к содержанию", "Поделись, чтобы люди узнали:",
]
SETTINGS = dict(derandomize=True, database=None, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


@st.composite
def report_cuts(draw, max_size: int = 2500) -> str:
    """A random slice of a real report with markers inserted at random places."""
    text = draw(st.sampled_from(TEXTS))
    start = draw(st.integers(0, len(text) - 1))
    if draw(st.booleans()):
        start = text.find("\n", start) + 1  # from a paragraph start: a dated entry first
    cut = text[start : start + draw(st.one_of(st.integers(0, max_size), st.just(max_size)))]
    for _ in range(draw(st.integers(0, 6))):
        at = draw(st.integers(0, len(cut)))
        marker = draw(st.one_of(st.sampled_from(MARKERS), st.text(max_size=8)))
        cut = cut[:at] + marker + cut[at:]
    return cut


def inputs(max_size: int = 2500) -> st.SearchStrategy[str]:
    # Report cuts twice as often as the rest: they reach the deeper code paths.
    cuts = report_cuts(max_size)
    return st.one_of(st.text(max_size=300), cuts, cuts, st.lists(st.sampled_from(MARKERS), max_size=30).map("".join))


def check_report(report, text: str) -> None:
    """Offsets valid, indices in order, and no body character lost or duplicated."""
    assert [e.index for e in report.entries] == list(range(1, len(report.entries) + 1))
    for entry in report.entries:
        first_line = entry.text.split("\n", 1)[0]
        assert report.text[entry.offset : entry.offset + len(first_line)] == first_line
        assert entry.text == entry.text.strip() and entry.text
    body = "\n".join(line for line in split_links(normalize_text(text))[0] if not is_chrome(line))
    if report.title:
        body = body.replace(report.title, "", 1)
    assert re.sub(r"\s", "", "".join(e.text for e in report.entries)) == re.sub(r"\s", "", body)


@settings(max_examples=700, **SETTINGS)
@given(inputs(), st.sampled_from([None, 2023]))
def test_fuzz_reader(text, year):
    try:
        report = read_report(text, year=year)
    except ReportError as error:
        assert "\n" not in str(error)
        event("refused: " + str(error)[:30])
        return
    event(f"{min(len(report.entries), 3)}+ entries")
    check_report(report, text)


@settings(max_examples=500, **SETTINGS)
@given(inputs(600))
def test_fuzz_citation_parser(text):
    for match in find_citations(text):
        assert 0 <= match.start < match.end <= len(text)
        assert match.values and all(v["code"] in CITATION_CODES and v["article"] for v in match.values)


@settings(max_examples=500, **SETTINGS)
@given(inputs(600), st.sampled_from([None, "2023-12-04", "2021-01-31"]))
def test_fuzz_sanction_parser(text, entry_date):
    matches = find_sanctions(text, entry_date=entry_date)
    for match in matches:
        assert 0 <= match.start < match.end <= len(text)
        assert match.value["type"] in SANCTION_TYPES
    # a later rule never takes text an earlier one matched
    assert all(a.end <= b.start for a, b in zip(matches, matches[1:]))


@pytest.fixture(scope="module")
def schema():
    """The JSON Schema as the command line prints it."""
    result = CliRunner().invoke(app, ["schema"])
    assert result.exit_code == 0
    return json.loads(result.stdout)


def check_result(payload: dict, schema: dict) -> None:
    jsonschema.validate(payload, schema)
    for entry in payload["entries"]:
        for span in [*entry["persons"], *entry["citations"], *entry["sanctions"]]:
            assert entry["text"][span["start"] : span["end"]] == span["text"]


def test_fuzz_schema_rejects_broken_output(schema, nlp_rules):
    """The schema check can fail: a real result passes, one with a bad field does not."""
    payload = kzmonitor.extract("April 12, Almaty, Ilyashev A. received 15 days of arrest[1].", nlp_rules, year=2023).model_dump(mode="json")
    check_result(payload, schema)
    payload["entries"][0]["sanctions"][0]["type"] = "flogging"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(payload, schema)


@settings(max_examples=300, **SETTINGS)
@given(inputs(1500), st.sampled_from([None, 2023, 2023]))
def test_fuzz_extract(nlp_rules, schema, text, year):
    try:
        result = kzmonitor.extract(text, nlp_rules, year=year)
    except ReportError:
        event("refused")
        return
    event(f"{min(sum(len(e.citations) + len(e.sanctions) + len(e.persons) for e in result.entries), 3)}+ spans")
    check_result(result.model_dump(mode="json"), schema)



ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "cp1251", "html"]


@settings(max_examples=150, **SETTINGS)
@given(st.one_of(inputs(1500), st.binary(max_size=400).map(lambda b: ("bytes", b))), st.sampled_from(ENCODINGS))
def test_fuzz_cli_extract(rules_cli, schema, tmp_path_factory, text, encoding):
    """The command line on any file: exit 0 with valid JSON, or exit 2 with one error line."""
    path = tmp_path_factory.mktemp("fuzz") / "2023-04 report.txt"
    if isinstance(text, tuple):
        data = text[1]
    elif encoding == "html":
        data = ("<html><body><p>" + text.replace("&", "&amp;").replace("<", "&lt;").replace("\n", "</p>\n<p>") + "</p></body></html>").encode()
    else:
        data = text.encode(encoding, errors="replace")
    path.write_bytes(data)
    result = rules_cli.invoke(app, ["extract", str(path)])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    event(f"exit {result.exit_code}")
    if result.exit_code == 0:
        check_result(json.loads(result.stdout), schema)
    else:
        assert result.exit_code == 2
        assert result.stderr.startswith("kzmonitor: error: ") and result.stderr.count("\n") == 1, result.stderr


# Russian: the same parsers with data/ru tables, on Russian shapes cut and glued at random
RU_MARKERS = [
    "ч. 2 ст. 405 УК РК", "по части 2 статьи ", "ст. 174, 274 и 405 ", "п. 1 ч. 2 ст. ", "частями 1 и 2 статьи 405",
    "Уголовного кодекса", "КоАП РК", "Закона РК «О мирных собраниях»", "арестовали на 15 суток", "10 суток административного ареста",
    "штраф в размере 30 МРП (196 600 тенге)", "оштрафовали на 100 тысяч тенге", "к пяти годам тюрьмы", "условно", "до 27 июня",
    "запрет заниматься общественной деятельностью на 3 года", "грозит до ", "от 15 до 20 суток", "полутора лет", "двадцати пяти ",
    "Тулегенова А.С.", "«", "»", "—", " ", ",", ".", "\n", "\u00a0", "1", "-",
]


def russian_inputs() -> st.SearchStrategy[str]:
    return st.one_of(st.text(max_size=300), st.lists(st.sampled_from(RU_MARKERS), max_size=30).map("".join))


@settings(max_examples=300, **SETTINGS)
@given(russian_inputs())
def test_fuzz_russian_citation_parser(text):
    for match in find_citations(text, "ru"):
        assert 0 <= match.start < match.end <= len(text)
        assert match.values and all(v["code"] in CITATION_CODES and v["article"] for v in match.values)


@settings(max_examples=300, **SETTINGS)
@given(russian_inputs(), st.sampled_from([None, "2023-12-04"]))
def test_fuzz_russian_sanction_parser(text, entry_date):
    matches = find_sanctions(text, entry_date=entry_date, language="ru")
    for match in matches:
        assert 0 <= match.start < match.end <= len(text)
        assert match.value["type"] in SANCTION_TYPES
    assert all(a.end <= b.start for a, b in zip(matches, matches[1:]))
