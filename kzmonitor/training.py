"""``kzmonitor train``: annotated entries -> DocBin -> ``spacy train`` with kzmonitor's code."""

from __future__ import annotations

import tempfile
from pathlib import Path

from spacy.cli.train import train as spacy_train
from spacy.cli._util import parse_config_overrides

from .convert import read_entries, to_docbin


def to_spacy_file(paths: list[Path], directory: Path, name: str, input_format: str) -> Path:
    """Write ``paths`` as one DocBin; .spacy inputs pass through when given alone."""
    if len(paths) == 1 and paths[0].suffix == ".spacy":
        return paths[0]
    from .api import blank

    problems: list[str] = []
    entries = [entry for path in paths for entry in read_entries(path, input_format)]
    if not entries:
        raise ValueError(f"no annotated entries in {', '.join(map(str, paths))}")
    target = directory / f"{name}.spacy"
    to_docbin(blank(), entries, problems).to_disk(target)
    for problem in problems:
        print(f"warning: {problem}")
    return target


def train_pipeline(config: Path, output: Path, train: list[Path], dev: list[Path], *, input_format: str = "kzmonitor",
                   overrides: list[str] | None = None) -> Path:
    """Train with ``spacy train`` and return the path of ``model-best``."""
    if not config.exists():
        raise OSError(f"config not found: {config}")
    with tempfile.TemporaryDirectory() as tmp:
        directory = Path(tmp)
        settings = parse_config_overrides(list(overrides or []))
        settings["paths.train"] = str(to_spacy_file(train, directory, "train", input_format))
        settings["paths.dev"] = str(to_spacy_file(dev, directory, "dev", input_format))
        spacy_train(config, output, overrides=settings)
    return output / "model-best"
