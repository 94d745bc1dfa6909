"""The fine-tuning loop a user runs: ten entries annotated in Label Studio -> train -> load -> extract."""

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

import kzmonitor
from kzmonitor.cli import app
from kzmonitor.convert import read_entries

from .conftest import ROOT

DATA = Path(__file__).parent / "data"
LINE = ("September 2, Nur-Sultan, Askar Kayirbek, Article 405 Part 1/2 of the Criminal Code of the RK, the Board of "
        "Appeals for criminal cases extended the term of detention from 1.5 years to 2.2 years[3].")


def test_label_studio_export_reads_as_ten_entries_with_their_names():
    entries = read_entries(DATA / "labelstudio_train.json", "labelstudio")
    assert len(entries) == 10
    assert [p.text for p in entries[0].persons] == ["Reichert Roman"]
    assert sum(len(e.persons) for e in entries) == 21


@pytest.fixture(scope="module")
def tiny_model(tmp_path_factory) -> Path:
    output = tmp_path_factory.mktemp("tiny")
    result = CliRunner().invoke(app, [
        "train", str(ROOT / "configs" / "ner.cfg"), "-o", str(output),
        "--train", str(DATA / "labelstudio_train.json"), "--dev", str(DATA / "labelstudio_dev.json"),
        "--from", "labelstudio", "--training.max_steps", "20", "--training.eval_frequency", "10",
    ])
    assert result.exit_code == 0, result.output
    return output / "model-best"


def test_tiny_training_run_gives_a_pipeline_that_loads(tiny_model):
    nlp = kzmonitor.load(tiny_model)
    assert nlp.pipe_names == ["tok2vec", "ner", "kzmonitor_person_patterns", "kzmonitor_citation_parser",
                              "kzmonitor_sanction_parser", "kzmonitor_name_linker", "kzmonitor_relation_linker"]
    assert nlp.get_pipe("ner").labels == ("PERSON",)
    assert "ents_f" in json.loads((tiny_model / "meta.json").read_text())["performance"]


def test_tiny_model_extracts_a_corpus_line(tiny_model):
    result = kzmonitor.extract(LINE, kzmonitor.load(tiny_model), year=2021)
    (entry,) = result.entries
    assert entry.date == "2021-09-02"
    assert entry.place == "Nur-Sultan"
    assert [(c.code, c.article, c.part) for c in entry.citations] == [("criminal", "405", "1"), ("criminal", "405", "2")]
    assert "Askar Kayirbek" in [p.text for p in entry.persons]


def test_tiny_model_runs_from_the_command_line(tiny_model, tmp_path):
    output = tmp_path / "out.json"
    result = CliRunner().invoke(app, ["extract", str(ROOT / "training_data" / "reports" / "2021-09.txt"),
                                      "--model", str(tiny_model), "-o", str(output)])
    assert result.exit_code == 0, result.output
    report = json.loads(output.read_text(encoding="utf-8"))
    assert len(report["entries"]) == 58


def test_a_person_nested_in_another_is_refused_by_name():
    """The slip once found in thecentralasia's entry 1: "Tokmadi" marked inside "Muratkhan Tokmadif"."""
    from kzmonitor.annotations import AnnotatedEntry, read_annotations

    entry = read_annotations(ROOT / "training_data" / "external" / "dev" / "thecentralasia.jsonl")[0]
    slipped = entry.model_dump()
    slipped["persons"].append({"start": 96, "end": 103, "text": "Tokmadi", "person_id": "tokmadi-muratkhan"})
    with pytest.raises(ValueError) as error:
        AnnotatedEntry.model_validate(slipped)
    assert ("person 'Tokmadi' at 96-103 overlaps 'Muratkhan Tokmadif' at 86-104") in str(error.value)
