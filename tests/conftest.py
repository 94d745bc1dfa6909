import os
from functools import lru_cache
from pathlib import Path

import pytest

import kzmonitor

from .chromium import Chromium, find_chromium

ROOT = Path(__file__).resolve().parent.parent
REPORTS = sorted((ROOT / "training_data" / "reports").glob("*.txt"))
ANNOTATED = ROOT / "training_data" / "annotated"


@pytest.fixture(scope="session")
def nlp_rules():
    return kzmonitor.blank()


@pytest.fixture(scope="module")
def rules_cli(nlp_rules):
    """The command line over the rules pipeline (fast, and the same whatever model is shipped)."""
    from typer.testing import CliRunner

    from kzmonitor import api

    patch = pytest.MonkeyPatch()
    original = api.load
    rules = {"en": nlp_rules}

    def load_rules(path=None, **options):
        if path is not None:
            return original(path, **options)
        lang = options.get("lang", "en")
        return rules.setdefault(lang, kzmonitor.blank(lang))

    patch.setattr(api, "load", load_rules)
    yield CliRunner()
    patch.undo()


@pytest.fixture(scope="session")
def report_texts():
    return {p.stem: p.read_text(encoding="utf-8") for p in REPORTS}


@pytest.fixture(scope="session")
def rules_results(nlp_rules):
    """The five corpus reports read by the rules pipeline, persons linked across all of them."""
    return kzmonitor.extract_reports([(p.name, p.read_text(encoding="utf-8")) for p in REPORTS], nlp_rules)


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    """Headless Debian Chromium for the module's tests; missing, it skips them, except in CI, where it fails."""
    binary = find_chromium()
    if binary is None:
        message = "Debian's chromium is not installed (.ci/run installs it)"
        pytest.fail(message) if os.environ.get("CI") else pytest.skip(message)
    chromium = Chromium(binary, tmp_path_factory.mktemp("chromium") / "profile")
    yield chromium
    chromium.close()


@lru_cache(maxsize=1)
def russian_rules():
    """The Russian rules pipeline (kzmonitor.blank("ru")), built once for the Russian test files."""
    return kzmonitor.blank("ru")


def russian_receivers(text):
    """Each sanction span with the names of the persons the relation linker gives it (None: a counted, unnamed one)."""
    doc = russian_rules()(text)
    names = {e._.kz_person_id: e.text for e in doc.ents if e.label_ == "PERSON"}
    return [(s.text, [names.get(pid) for pid in s._.kz_person_ids]) for s in doc.spans["kz_sanctions"]]


def persons_kept(language, text, entity):
    """The persons kzmonitor_person_patterns keeps where a model had found ``entity`` (its first occurrence) as PERSON."""
    nlp = kzmonitor.blank(language)
    doc = nlp.make_doc(text)
    start = text.index(entity)
    doc.ents = [doc.char_span(start, start + len(entity), label="PERSON")]
    doc = nlp.get_pipe("kzmonitor_person_patterns")(doc)
    return [e.text for e in doc.ents if e.label_ == "PERSON"]
