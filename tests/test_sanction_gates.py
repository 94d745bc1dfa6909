"""The sanction parser's keyword gates (SanctionGrammar.gates) only save time: results are the same without them."""

import pytest

from kzmonitor.components import sanctions
from kzmonitor.reader import read_report

from .conftest import REPORTS


@pytest.mark.parametrize("path", REPORTS, ids=lambda p: p.stem)
def test_sanction_gates_change_no_result(path, monkeypatch):
    entries = read_report(path.read_text(encoding="utf-8"), fallback_year=int(path.stem[:4])).entries
    gated = [sanctions.find_sanctions(e.text, entry_date=e.date) for e in entries]
    monkeypatch.setattr(sanctions.grammar("en"), "gates", {})
    ungated = [sanctions.find_sanctions(e.text, entry_date=e.date) for e in entries]
    assert gated == ungated
    assert sum(map(len, gated)) >= 10  # every report holds sanctions to compare


@pytest.mark.parametrize("text,kind", [
    # main's rules: "community service" has neither "labor" nor "work"; a measure of restraint
    # "in the form of detention" names no month and no extension
    ("The court sentenced him to 200 hours of community service.", "forced_labor"),
    ("The investigating court chose a measure of restraint in the form of detention.", "pretrial_detention"),
    # the payment gate: money set as damages, and money to a fund
    ("The court set the compensation at 2 million tenge.", "payment"),
    ("He was ordered to transfer 500,000 tenge to the Fund for victims.", "payment"),
])
def test_sanction_gates_keep_rules_without_the_usual_keyword(text, kind, monkeypatch):
    gated = sanctions.find_sanctions(text, entry_date="2023-04-12")
    assert [value["type"] for match in gated for value in match.values] == [kind]
    monkeypatch.setattr(sanctions.grammar("en"), "gates", {})
    assert sanctions.find_sanctions(text, entry_date="2023-04-12") == gated
