"""The sanction parser's keyword gates (RULE_GATES) only save time: results are the same without them."""

import pytest

from kzmonitor.components import sanctions
from kzmonitor.reader import read_report

from .conftest import REPORTS


@pytest.mark.parametrize("path", REPORTS, ids=lambda p: p.stem)
def test_sanction_gates_change_no_result(path, monkeypatch):
    entries = read_report(path.read_text(encoding="utf-8"), fallback_year=int(path.stem[:4])).entries
    gated = [sanctions.find_sanctions(e.text, entry_date=e.date) for e in entries]
    monkeypatch.setattr(sanctions, "RULE_GATES", {})
    ungated = [sanctions.find_sanctions(e.text, entry_date=e.date) for e in entries]
    assert gated == ungated
    assert sum(map(len, gated)) >= 10  # every report holds sanctions to compare
