"""The persons registry (kzmonitor.registry) and the ``persons`` / ``extract --persons`` commands."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from kzmonitor.cli import app
from kzmonitor.registry import (
    PersonsRegistry,
    RegistryError,
    link_with_registry,
    load_registry,
    merge_persons,
    save_registry,
    split_person,
)

from .conftest import ROOT

REPORTS = ROOT / "training_data" / "reports"


def _link(names, registry, source):
    return link_with_registry(names, [(source, i) for i in range(len(names))], registry, [source] * len(names))


def _saved_and_reloaded(registry, tmp_path):
    path = tmp_path / "persons.json"
    save_registry(registry, path)
    return load_registry(path)


def test_registry_next_month_gets_the_same_ids(tmp_path):
    registry = PersonsRegistry()
    # 2022-10 writes him "Mamayu Zhanbolat" and "Zhanbolat Mamay", and Ilyashev in full.
    first, _ = _link(["Mamayu Zhanbolat", "Zhanbolat Mamay", "Ilyashev Alnur", "Tokayev K.K."], registry, "2022-10")
    registry = _saved_and_reloaded(registry, tmp_path)
    # 2023-04 writes "Mamay Zh.", "Ilyashev A.", and "K.Tokayev".
    second, identities = _link(["Mamay Zh.", "Ilyashev A.", "K.Tokayev", "Imanbay I."], registry, "2023-04")
    assert first == ["mamay-zhanbolat", "mamay-zhanbolat", "ilyashev-alnur", "tokayev-kk"]
    assert second == ["mamay-zhanbolat", "ilyashev-alnur", "tokayev-kk", "imanbay-i"]
    mamay = registry.by_id()["mamay-zhanbolat"]
    assert (mamay.counts, mamay.sources) == ({"Mamayu Zhanbolat": 1, "Zhanbolat Mamay": 1, "Mamay Zh.": 1}, ["2022-10", "2023-04"])
    # the score is the surname similarity: "mamai" against the first spelling's "mamaiu"
    assert {"mention": "Mamay Zh.", "rule": "initial fits given name", "score": 90.9} in mamay.evidence
    assert identities["mamay-zhanbolat"].canonical == "Mamay Zhanbolat"


def test_registry_id_stays_when_a_fuller_spelling_arrives():
    registry = PersonsRegistry()
    _link(["Ilyashev A."], registry, "2023-04")
    ids, identities = _link(["Ilyashev Alnur"], registry, "2024-05")
    assert ids == ["ilyashev-a"] and identities["ilyashev-a"].canonical == "Ilyashev Alnur"


def test_registry_pinned_merge_is_honoured(tmp_path):
    registry = PersonsRegistry()
    # 2023-12 / 2024-05: the same lawyer, once with -ov by a typo; the name rules keep -ov / -ova apart.
    ids, _ = _link(["Zhuaspayev G.", "Zhuaspayeva G."], registry, "2024-05")
    assert ids == ["zhuaspayev-g", "zhuaspayeva-g"]
    kept = merge_persons(registry, ["zhuaspayeva-g", "Zhuaspayev G."])
    assert (kept.person_id, kept.aliases, kept.pinned) == ("zhuaspayeva-g", ["zhuaspayev-g"], True)
    registry = _saved_and_reloaded(registry, tmp_path)
    ids, _ = _link(["Zhuaspayev G.", "Zhuaspayeva G."], registry, "2025-01")
    assert ids == ["zhuaspayeva-g", "zhuaspayeva-g"]
    assert registry.find("zhuaspayev-g").person_id == "zhuaspayeva-g"  # the old id still finds it
    assert [d.action for d in registry.decisions] == ["merge"]


def test_registry_pinned_split_is_honoured(tmp_path):
    registry = PersonsRegistry()
    # 2022-10 "Nugmanov Mereke" and 2023-04 "Nugumanov M.": the linker joins them, the annotators doubt it.
    ids, _ = _link(["Nugmanov Mereke", "Nugumanov M."], registry, "2023-04")
    assert ids == ["nugmanov-mereke", "nugmanov-mereke"]
    new = split_person(registry, "nugmanov-mereke", ["Nugumanov M."])
    assert (new.person_id, new.canonical, new.pinned) == ("nugumanov-m", "Nugumanov M.", True)
    registry = _saved_and_reloaded(registry, tmp_path)
    ids, _ = _link(["Nugumanov M.", "Nugmanov Mereke", "Nugmanov M."], registry, "2023-05")
    assert ids == ["nugumanov-m", "nugmanov-mereke", "nugmanov-mereke"]


def test_registry_split_and_merge_errors():
    registry = PersonsRegistry()
    _link(["Abishev A.", "Kenzhebek Abishev"], registry, "2021-09")
    with pytest.raises(RegistryError, match="abishev-a has no spelling 'Abishev K.'"):
        split_person(registry, "abishev-a", ["Abishev K."])
    with pytest.raises(RegistryError, match="some, not all"):
        split_person(registry, "abishev-a", ["Abishev A."])
    with pytest.raises(RegistryError, match="no identity has the person_id or spelling 'Mamay'"):
        merge_persons(registry, ["abishev-a", "Mamay"])
    with pytest.raises(RegistryError, match="two or more different identities"):
        merge_persons(registry, ["abishev-a", "Abishev A."])


def test_registry_rejects_bad_files(tmp_path):
    path = tmp_path / "persons.json"
    path.write_text('{"persons": [{"person_id": "x"}]}', encoding="utf-8")
    with pytest.raises(RegistryError, match="not a persons file: persons.0.canonical: Field required"):
        load_registry(path)
    assert load_registry(tmp_path / "missing.json") == PersonsRegistry()


runner = CliRunner()


def test_registry_cli_extract_reuses_and_updates_the_file(tmp_path):
    persons = tmp_path / "persons.json"
    first = runner.invoke(app, ["extract", str(REPORTS / "2022-10.txt"), "--model", "rules", "--persons", str(persons)])
    assert first.exit_code == 0, first.output
    second = runner.invoke(app, ["extract", str(REPORTS / "2023-04.txt"), "--model", "rules", "--persons", str(persons)])
    assert second.exit_code == 0, second.output
    report = json.loads(second.stdout)[0] if second.stdout.lstrip().startswith("[") else json.loads(second.stdout)
    mamay = next(p for p in report["persons"] if p["person_id"] == "mamay-zhanbolat")
    assert "Mamay Zh." in mamay["variants"]  # 2023-04 never writes his given name in full
    saved = json.loads(persons.read_text(encoding="utf-8"))
    record = next(p for p in saved["persons"] if p["person_id"] == "mamay-zhanbolat")
    assert record["sources"] == [str(REPORTS / "2022-10.txt"), str(REPORTS / "2023-04.txt")]


def test_registry_cli_persons_merge_split_and_list(tmp_path):
    persons = tmp_path / "persons.json"
    registry = PersonsRegistry()
    _link(["Zhuaspayev G.", "Zhuaspayeva G.", "Nugmanov Mereke", "Nugumanov M."], registry, "2024-05")
    save_registry(registry, persons)
    merged = runner.invoke(app, ["persons", "merge", "zhuaspayeva-g", "zhuaspayev-g", "--persons", str(persons)])
    assert merged.exit_code == 0 and merged.stdout == "merge: zhuaspayeva-g (Zhuaspayeva G.): Zhuaspayeva G., Zhuaspayev G.\n"
    split = runner.invoke(app, ["persons", "split", "nugmanov-mereke", "Nugumanov M.", "--persons", str(persons)])
    assert split.exit_code == 0 and split.stdout == "split: nugumanov-m (Nugumanov M.): Nugumanov M.\n"
    listed = runner.invoke(app, ["persons", "--persons", str(persons)])
    assert listed.exit_code == 0
    assert "3 persons" in listed.stdout and "Zhuaspayev G. (1)" in listed.stdout
    assert [d["action"] for d in json.loads(persons.read_text())["decisions"]] == ["merge", "split"]


def test_registry_cli_persons_lists_reports():
    result = runner.invoke(app, ["persons", str(REPORTS / "2023-04.txt"), "--model", "rules"])
    assert result.exit_code == 0
    assert "mamay-zh" in result.stdout and "Mamay Zh. (" in result.stdout


@pytest.mark.parametrize("args,message", [
    (["persons"], "kzmonitor: error: give REPORTS to link or --persons FILE to list\n"),
    (["persons", "merge", "a", "b"], "kzmonitor: error: persons merge needs --persons FILE\n"),
])
def test_registry_cli_errors(args, message):
    result = runner.invoke(app, args)
    assert result.exit_code == 2 and result.stderr == message


def test_registry_cli_bad_file_is_one_line(tmp_path):
    persons = tmp_path / "persons.json"
    persons.write_text("[]", encoding="utf-8")
    result = runner.invoke(app, ["persons", "merge", "a", "b", "--persons", str(persons)])
    assert result.exit_code == 2
    assert result.stderr.startswith("kzmonitor: error: ") and result.stderr.count("\n") == 1
    result = runner.invoke(app, ["persons", "merge", "a", "b", "--persons", str(tmp_path / "none.json")])
    assert result.stderr == f"kzmonitor: error: {tmp_path / 'none.json'}: no such file\n"


def test_registry_linker_component_and_docs_across_reports(nlp_rules):
    from kzmonitor.components.linker import link_doc_persons

    # 2023-04 #2 and 2022-10: one person written "Mamay Zh." and "Mamayu Zhanbolat".
    april = nlp_rules("On April 1, in Almaty, Imanbay I. said at a meeting of the “People’s Parliament”: “If they do not release "
                      "Mamay Zh., Nurpeisov K., Namazbayev D., Narymbay E. and others, we should not sit quietly”[2].")
    assert [(e.text, e._.kz_person_id) for e in april.ents] == [
        ("Imanbay I.", "imanbay-i"), ("Mamay Zh.", "mamay-zh"), ("Nurpeisov K.", "nurpeisov-k"),
        ("Namazbayev D.", "namazbayev-d"), ("Narymbay E.", "narymbay-e")]
    october = nlp_rules("October 3, Almaty, the court extended the detention of Mamayu Zhanbolat until December 3.")
    registry = PersonsRegistry()
    identities = link_doc_persons([october, april], ["2022-10", "2023-04"], registry)
    assert april.ents[1]._.kz_person_id == october.ents[0]._.kz_person_id == "mamay-zhanbolat"
    assert april.ents[1]._.kz_canonical_name == "Mamay Zhanbolat"
    assert identities["mamay-zhanbolat"].variants == ["Mamayu Zhanbolat", "Mamay Zh."]
    assert registry.by_id()["mamay-zhanbolat"].sources == ["2022-10", "2023-04"]
