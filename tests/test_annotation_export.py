"""Export predictions for correction (Label Studio, Prodigy), read the corrections back, train on them."""

import json

import pytest
from spacy.tokens import DocBin
from typer.testing import CliRunner

import kzmonitor
from kzmonitor.cli import app
from kzmonitor.convert import read_entries, to_labelstudio, to_prodigy

from .conftest import REPORTS, ROOT


@pytest.fixture(scope="module")
def april(rules_results):
    return next(r for r in rules_results if r.source == "2023-04.txt")


def person_spans(entries):
    return {(e.report, e.index): [(p.start, p.end, p.text) for p in e.persons] for e in entries}


def predicted_spans(result):
    return {(result.source, e.index): [(p.start, p.end, p.text) for p in e.persons] for e in result.entries}


def test_annotation_export_prodigy_round_trip(april, tmp_path):
    tasks = to_prodigy([april])
    # Prodigy's db-out: every example answered; the annotator accepted all but one
    for task in tasks:
        task["answer"] = "accept"
    tasks[0]["answer"] = "reject"
    path = tmp_path / "corrected.jsonl"
    path.write_text("".join(json.dumps(t) + "\n" for t in tasks), encoding="utf-8")
    entries = read_entries(path, "prodigy")
    expected = predicted_spans(april)
    del expected[("2023-04.txt", 1)]
    assert person_spans(entries) == expected
    # ids survive: "Ilyashev A." of entry 55 is still the linked identity
    (entry_55,) = [e for e in entries if e.index == 55]
    assert [(p.text, p.person_id) for p in entry_55.persons] == [("Ilyashev A.", "ilyashev-alnur")]


def test_annotation_export_prodigy_spans_sit_on_tokens(april):
    (task,) = [t for t in to_prodigy([april]) if t["meta"]["index"] == 55]
    (span,) = task["spans"]
    tokens = task["tokens"]
    assert (tokens[span["token_start"]]["start"], tokens[span["token_end"]]["end"]) == (span["start"], span["end"]) == (18, 29)
    assert "".join(t["text"] + (" " if t["ws"] else "") for t in tokens) == task["text"]


def test_annotation_export_labelstudio_round_trip_with_a_correction(april, tmp_path):
    tasks = to_labelstudio([april])
    assert tasks[1]["data"]["text"].startswith("On April 1, in Almaty, Imanbay I. said")
    for task in tasks:
        # what Label Studio's export holds once an annotator accepted the pre-annotation
        task["annotations"] = [{"was_cancelled": False, "result": task["predictions"][0]["result"]}]
    # the annotator deletes the "Imanbay I." region of entry 2 and leaves entry 3 unannotated
    tasks[1]["annotations"][0]["result"] = [r for r in tasks[1]["annotations"][0]["result"] if r["value"]["text"] != "Imanbay I."]
    del tasks[2]["annotations"]
    path = tmp_path / "export.json"
    path.write_text(json.dumps(tasks), encoding="utf-8")

    entries = read_entries(path, "labelstudio")
    expected = predicted_spans(april)
    expected[("2023-04.txt", 2)] = [span for span in expected[("2023-04.txt", 2)] if span[2] != "Imanbay I."]
    del expected[("2023-04.txt", 3)]
    assert person_spans(entries) == expected


def test_annotation_export_cli_then_convert_to_training_data(tmp_path, nlp_rules):
    runner = CliRunner()
    exported = tmp_path / "tasks.json"
    result = runner.invoke(app, ["extract", str(REPORTS[0]), "--format", "labelstudio", "-o", str(exported)])
    assert result.exit_code == 0, result.output
    tasks = json.loads(exported.read_text(encoding="utf-8"))
    assert len(tasks) == 58 and tasks[0]["data"]["report"] == str(REPORTS[0])
    for task in tasks:
        task["annotations"] = [{"result": task["predictions"][0]["result"]}]
    exported.write_text(json.dumps(tasks), encoding="utf-8")
    result = runner.invoke(app, ["convert", str(exported), "--from", "labelstudio", "-o", str(tmp_path / "train.spacy")])
    assert result.exit_code == 0 and "wrote 58 docs" in result.stdout
    docs = list(DocBin().from_disk(tmp_path / "train.spacy").get_docs(nlp_rules.vocab))
    assert [[(e.start_char, e.end_char) for e in doc.ents] for doc in docs] == [
        [(r["value"]["start"], r["value"]["end"]) for r in task["annotations"][0]["result"]] for task in tasks]


def test_annotation_export_corrections_train(april, tmp_path):
    # the loop's last step on real corrected data: a few steps of `kzmonitor train` produce a loadable model
    for task in (tasks := to_prodigy([april])[:40]):
        task["answer"] = "accept"
    corrected = tmp_path / "corrected.jsonl"
    corrected.write_text("".join(json.dumps(t) + "\n" for t in tasks), encoding="utf-8")
    result = CliRunner().invoke(app, [
        "train", str(ROOT / "configs" / "ner.cfg"), "-o", str(tmp_path / "model"), "--from", "prodigy",
        "--train", str(corrected), "--dev", str(corrected),
        "--training.max_steps", "4", "--training.eval_frequency", "2",
    ])
    assert result.exit_code == 0, result.output
    nlp = kzmonitor.load(tmp_path / "model" / "model-best")
    assert "ner" in nlp.pipe_names and nlp.get_pipe("ner").labels == ("PERSON",)
    assert "kzmonitor_citation_parser" in nlp.pipe_names
