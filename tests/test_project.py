"""project.yml: the training loop spaCy runs with `python -m spacy project run all`."""

from weasel.util import load_project_config

from .conftest import ROOT


def test_project_workflow_chains_the_training_loop_in_order():
    config = load_project_config(ROOT)
    assert config["workflows"]["all"] == ["convert", "debug-data", "train", "train-sanctions", "assemble", "evaluate"]
    assert config["workflows"]["russian"] == ["train-ru", "assemble-ru", "evaluate-ru"]
    # every command belongs to one of the two loops
    assert {*config["workflows"]["all"], *config["workflows"]["russian"]} == {command["name"] for command in config["commands"]}


def test_project_dependencies_are_single_paths_and_the_committed_ones_exist():
    commands = {command["name"]: command for command in load_project_config(ROOT)["commands"]}
    for command in commands.values():
        for path in command.get("deps", []) + command.get("outputs", []):
            assert "," not in path and " " not in path, (command["name"], path)
    for name in ("convert", "evaluate"):
        for path in commands[name]["deps"]:
            assert (ROOT / path).exists(), (name, path)
