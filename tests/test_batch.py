"""kzmonitor.batch: stage 1 records, memory zones, n_process, run-wide person linking; the CLI over many files."""

import json

import pytest
from typer.testing import CliRunner

from kzmonitor import batch
from kzmonitor.batch import analyze_reports, entry_record, iter_reports, link_reports
from kzmonitor.cli import app

from .conftest import REPORTS, ROOT


@pytest.fixture(scope="module")
def three_reports():
    """2021-09, 2022-10, 2023-04: the same activists recur under different spellings."""
    return [(p.stem, p.read_text(encoding="utf-8")) for p in REPORTS[:3]]


def dumps(results):
    return [r.model_dump() for r in results]


def test_batch_entry_record_holds_offsets_and_values(nlp_rules, report_texts):
    (record,) = analyze_reports([("2023-04", report_texts["2023-04"])], nlp_rules)
    assert (record["source"], record["period"]) == ("2023-04", {"start": "2023-04-01", "end": "2023-04-30"})
    entry = next(e for e in record["entries"] if e["index"] == 55)
    assert (entry["date"], entry["place"], entry["footnotes"]) == ("2023-04-12", "Almaty", [55])
    assert entry["ents"] == [[18, 29, "PERSON"]]
    assert entry["text"][18:29] == "Ilyashev A."
    assert entry["citations"] == [[31, 99, [{"code": "administrative", "article": "488", "part": "6", "paragraph": None,
                                             "law_title": None, "code_corrected": None}]]]
    # Sanctions are whatever the parser finds on the same text: the record only carries them over.
    doc = nlp_rules(nlp_rules.make_doc(entry["text"]))
    assert entry["sanctions"] == entry_record(doc)["sanctions"] != []
    json.dumps(record)  # plain data only


def test_batch_memory_zones_change_nothing(nlp_rules, three_reports):
    # zone_reports=1: the first report warms the vocabulary, the next two run inside memory zones.
    zoned = list(link_reports(analyze_reports(three_reports, nlp_rules, zone_reports=1), nlp_rules))
    unzoned = list(link_reports(analyze_reports(three_reports, nlp_rules, zone_reports=10), nlp_rules))
    assert dumps(zoned) == dumps(unzoned)
    assert [len(r.entries) for r in zoned] == [58, 122, 111]


@pytest.mark.parametrize("fork", [True, False], ids=["forked-workers", "spacy-n_process"])
def test_batch_n_process_2_equals_1(nlp_rules, three_reports, monkeypatch, fork):
    if not fork:  # platforms without fork fall back to nlp.pipe(n_process=2)
        monkeypatch.setattr(batch.mp, "get_all_start_methods", lambda: ["spawn"])
    one = list(iter_reports(three_reports[:2], nlp_rules, n_process=1))
    two = list(iter_reports(three_reports[:2], nlp_rules, n_process=2, batch_size=16))
    assert dumps(two) == dumps(one)


def test_batch_links_persons_across_reports(nlp_rules, three_reports):
    by_source = {r.source: {p.person_id: p for p in r.persons} for r in iter_reports(three_reports, nlp_rules)}
    # "Zhylanbaev M." in April 2023 is "Zhylanbayev Marat" of October 2022: one id in both reports.
    assert by_source["2022-10"]["zhylanbayev-marat"].variants == ["Zhylanbayev Marat"]
    assert by_source["2023-04"]["zhylanbayev-marat"].variants == ["Zhylanbaev M."]
    assert by_source["2023-04"]["zhylanbayev-marat"].canonical == "Zhylanbayev Marat"
    # Alone, April 2023 has only the initial to go on.
    (alone,) = iter_reports(three_reports[2:], nlp_rules)
    assert "zhylanbayev-marat" not in {p.person_id for p in alone.persons}


runner = CliRunner()


def test_cli_extract_glob_streams_jsonl(monkeypatch):
    monkeypatch.chdir(ROOT)
    result = runner.invoke(app, ["extract", "training_data/reports/2023-*.txt", "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert [json.loads(line)["source"] for line in lines] == ["training_data/reports/2023-04.txt",
                                                              "training_data/reports/2023-12.txt"]
    assert [len(json.loads(line)["entries"]) for line in lines] == [111, 100]


@pytest.mark.parametrize(
    "args, message",
    [
        # a quoted pattern that matches nothing
        (["extract", "no-such-dir/*.txt"], "kzmonitor: error: no-such-dir/*.txt: no file matches this pattern"),
        # zero workers
        (["extract", "training_data/reports/2023-04.txt", "--n-process", "0"], "kzmonitor: error: --n-process must be at least 1, not 0"),
    ],
)
def test_cli_extract_bad_batch_arguments(monkeypatch, args, message):
    monkeypatch.chdir(ROOT)
    result = runner.invoke(app, args)
    assert result.exit_code == 2
    assert result.output.strip() == message
