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



# A sentence no rule reads (a fine without a figure, after "replaced with"); the shipped detector proposes it.
# ("a fine of an unknown amount" was such a sentence until the rules learnt it, session 7.)
DETECTOR_TEXT = "His sentence was replaced with a fine of an unknown size."
DETECTOR_FINDS = [("fine of an unknown size", "fine")]


def test_load_sanction_detector_is_off_unless_asked(tmp_path):
    """The shipped model holds the trained sanction detector switched off; load(sanction_detector=True) turns it on."""
    default, detector = kzmonitor.load(), kzmonitor.load(sanction_detector=True)
    assert "sanction_ner" in default.disabled and "sanction_ner" not in default.pipe_names
    assert detector.pipe_names[:3] == ["tok2vec", "ner", "sanction_ner"]
    # a sentence no rule reads: the detector's span, normalised, is the only measure, and its entity leaves doc.ents
    doc = detector(DETECTOR_TEXT)
    assert [(s.text, s._.kz_sanction[0]["type"]) for s in doc.spans["kz_sanctions"]] == DETECTOR_FINDS
    assert list(doc.ents) == []  # the detector's SANCTION entity has left doc.ents
    assert list(default(DETECTOR_TEXT).spans["kz_sanctions"]) == []
    kzmonitor.blank().to_disk(tmp_path / "rules")
    with pytest.raises(OSError, match="holds no sanction detector"):
        kzmonitor.load(tmp_path / "rules", sanction_detector=True)
