"""kzmonitor.load(): the shipped model, with its tokenizer built from code."""

import pytest
import spacy

import kzmonitor
from kzmonitor.api import MODEL_DIR, current_tokenizer_patterns

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(not (MODEL_DIR / "config.cfg").exists(), reason="no trained model in models/")]


def test_load_tokenizer_from_code_equals_saved_tokenizer():
    # the saved tokenizer as loading it used to give it: its own special cases and prefixes, this
    # version's token_match and suffix patterns (the shipped model was saved with older ones)
    saved = current_tokenizer_patterns(spacy.load(MODEL_DIR)).tokenizer
    built = kzmonitor.load().tokenizer
    assert built.to_bytes(exclude=["vocab"]) == saved.to_bytes(exclude=["vocab"])
    text = "April 12, Almaty, Ilyashev A., Zh. Mamay, Article 380-1, Part 1/2, p.7 of the CC RK[55]The end."
    assert [t.text for t in built(text)] == [t.text for t in saved(text)]
    assert [t.text for t in built(text)][5:10] == ["Ilyashev", "A.", ",", "Zh.", "Mamay"]
