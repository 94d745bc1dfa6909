"""kzmonitor_learned_sanctions: a trained detector's proposals, normalised and combined with the rules by mode."""

import pytest
import spacy
from spacy.tokens import DocBin, Span

import kzmonitor
from kzmonitor.components.learned_sanctions import normalize_sanction, sanction_type
from kzmonitor.convert import entry_to_doc
from kzmonitor.annotations import read_annotations
from kzmonitor.extensions import SANCTION, SANCTION_CANDIDATES_KEY, SANCTIONS_KEY
from kzmonitor.training import sanction_spans_corpus

from .conftest import ANNOTATED


def typed(values):
    return [(v["type"], tuple(v["duration"].values()) if v["duration"] else None,
             (v["amount"]["value"], v["amount"]["currency"]) if v["amount"] else None) for v in values]


@pytest.mark.parametrize(
    "text,expected",
    [
        # no rule reads these; the words give the type, the numbers the quantity
        ("a five-year jail sentence", [("imprisonment", (5, 0, 0, 0), None)]),
        ("the eight-year term demanded by the prosecution", [("imprisonment", (8, 0, 0, 0), None)]),
        ("probation for two years", [("suspended_sentence", (2, 0, 0, 0), None)]),
        ("denied the right to lead any public association for a five-year period", [("activity_ban", (5, 0, 0, 0), None)]),
        ("expelled from the country", [("deportation", None, None)]),
        ("nine years behind bars", [("imprisonment", (9, 0, 0, 0), None)]),
        ("custody for another 2 months", [("pretrial_detention", (0, 2, 0, 0), None)]),
        # a rule fits the proposal: its reading wins, and a bare "fined" beside an amount is the same fine
        ("fined the equivalent of US$ 135", [("fine", None, (135, "USD"))]),
        ("15 days of administrative arrest", [("administrative_arrest", (0, 0, 15, 0), None)]),
        # words that name no measure
        ("the verdict", []),
        ("the court hearing", []),
    ],
)
def test_learned_sanctions_normalize(text, expected):
    assert typed(normalize_sanction(text, "2024-02-10")) == expected


@pytest.mark.parametrize(
    "text,kind",
    [
        ("suspended prison sentence", "suspended_sentence"),  # "suspended" before "prison"
        ("home arrest", "house_arrest"),  # not an arrest
        ("restriction of freedom", "restriction_of_liberty"),  # not imprisonment
        ("community service", "forced_labor"),
        ("moral damages", "payment"),
    ],
)
def test_learned_sanctions_type_words(text, kind):
    assert sanction_type(text) == kind


@pytest.mark.parametrize(
    "text,expected",
    [
        # Russian spans no rule reads: the words of kzmonitor/data/ru/sanction_types.json, any case form
        ("пятилетнего срока в колонии", [("imprisonment", (5, 0, 0, 0), None)]),
        ("условного срока", [("suspended_sentence", None, None)]),
        ("домашнего ареста", [("house_arrest", None, None)]),
        ("ограничением свободы", [("restriction_of_liberty", None, None)]),
        ("арест на два месяца", [("pretrial_detention", (0, 2, 0, 0), None)]),  # months of arrest: custody
        ("высылки из страны", [("deportation", None, None)]),
        ("судебного заседания", []),
    ],
)
def test_learned_sanctions_normalize_russian(text, expected):
    assert typed(normalize_sanction(text, "2024-02-10", language="ru")) == expected


# A term the rules do not read ("got nine years", "nine years behind bars" were until session 7) beside one they do.
TEXT = "June 5, Almaty, Abenov A. will stay locked up for nine years and Serikov B. was fined 69,000 tenge[1]."


def doc_with_proposals(nlp, proposals, as_ents=False):
    doc = nlp.make_doc(TEXT)
    for name, pipe in nlp.pipeline:
        if name == "kzmonitor_learned_sanctions":
            break
        doc = pipe(doc)
    spans = [doc.char_span(TEXT.index(p), TEXT.index(p) + len(p), label="SANCTION") for p in proposals]
    if as_ents:
        doc.ents = [*doc.ents, *spans]
    else:
        doc.spans[SANCTION_CANDIDATES_KEY] = spans
    return doc


@pytest.fixture()
def nlp_learned():
    nlp = kzmonitor.blank()
    nlp.add_pipe("kzmonitor_learned_sanctions", after="kzmonitor_sanction_parser")
    return nlp


@pytest.mark.parametrize(
    "mode,expected",
    [
        ("rules", [("fined 69,000 tenge", "fine")]),
        ("model", [("locked up for nine years", "imprisonment"), ("69,000 tenge", "fine")]),
        # the rules' fine stands; the proposal over it is dropped; the proposal the rules missed is added
        ("fill", [("locked up for nine years", "imprisonment"), ("fined 69,000 tenge", "fine")]),
        ("union", [("locked up for nine years", "imprisonment"), ("fined 69,000 tenge", "fine")]),
    ],
)
def test_learned_sanctions_modes(nlp_learned, mode, expected):
    merger = nlp_learned.get_pipe("kzmonitor_learned_sanctions")
    merger.mode = mode
    doc = merger(doc_with_proposals(nlp_learned, ["locked up for nine years", "69,000 tenge"]))
    assert [(s.text, s._.get(SANCTION)[0]["type"]) for s in doc.spans[SANCTIONS_KEY]] == expected


def test_learned_sanctions_take_entities_out_of_doc_ents(nlp_learned):
    merger = nlp_learned.get_pipe("kzmonitor_learned_sanctions")
    doc = merger(doc_with_proposals(nlp_learned, ["locked up for nine years"], as_ents=True))
    assert [(e.text, e.label_) for e in doc.ents] == [("Abenov A.", "PERSON"), ("Serikov B.", "PERSON")]
    assert [s.text for s in doc.spans[SANCTION_CANDIDATES_KEY]] == ["locked up for nine years"]
    assert [s.text for s in doc.spans[SANCTIONS_KEY]] == ["locked up for nine years", "fined 69,000 tenge"]


def test_learned_sanctions_relation_linker_gives_the_person(nlp_learned):
    """A proposal joins the rules' spans before the relation linker, which finds whom it concerns."""
    merger = nlp_learned.get_pipe("kzmonitor_learned_sanctions")
    doc = merger(doc_with_proposals(nlp_learned, ["locked up for nine years"]))
    for name in ("kzmonitor_name_linker", "kzmonitor_relation_linker"):
        doc = nlp_learned.get_pipe(name)(doc)
    assert [(s.text, s._.kz_person_ids) for s in doc.spans[SANCTIONS_KEY]] == [
        ("locked up for nine years", ["abenov-a"]), ("fined 69,000 tenge", ["serikov-b"])]


def test_learned_sanctions_config_and_round_trip(tmp_path):
    nlp = kzmonitor.blank()
    nlp.add_pipe("kzmonitor_learned_sanctions", config={"mode": "union"})
    nlp.to_disk(tmp_path / "pipeline")
    loaded = spacy.load(tmp_path / "pipeline")
    assert loaded.get_pipe("kzmonitor_learned_sanctions").mode == "union"
    with pytest.raises(ValueError, match="mode must be one of"):
        kzmonitor.blank().add_pipe("kzmonitor_learned_sanctions", config={"mode": "both"})


def test_learned_sanctions_empty_doc(nlp_learned):
    doc = nlp_learned("")
    assert list(doc.spans[SANCTIONS_KEY]) == []


def test_learned_sanctions_training_corpus_makes_sanctions_the_entities(tmp_path):
    nlp = kzmonitor.blank()
    entries = [e for e in read_annotations(ANNOTATED / "2023-04.jsonl") if e.sanctions][:5]
    DocBin(docs=[entry_to_doc(nlp, e, []) for e in entries], store_user_data=True).to_disk(tmp_path / "train.spacy")
    examples = list(sanction_spans_corpus(tmp_path / "train.spacy")(nlp))
    assert [[e.text for e in ex.reference.ents] for ex in examples] == [
        sorted({e.text[s.start:s.end] for s in e.sanctions}, key=e.text.index) for e in entries]
    assert {ent.label_ for ex in examples for ent in ex.reference.ents} == {"SANCTION"}
