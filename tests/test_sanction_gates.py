"""The sanction parser's keyword gates (SanctionGrammar.gates) and trigger stems (SanctionGrammar.stems) only save
time: results are the same without them."""

import functools
import re

import pytest

from kzmonitor import regexes as rx
from kzmonitor.annotations import read_annotations
from kzmonitor.components import sanctions
from kzmonitor.languages import LANGUAGES, load_table
from kzmonitor.reader import read_report

from .conftest import REPORTS, ROOT


@pytest.mark.parametrize("path", REPORTS, ids=lambda p: p.stem)
def test_sanction_gates_change_no_result(path, monkeypatch):
    entries = read_report(path.read_text(encoding="utf-8"), fallback_year=int(path.stem[:4])).entries
    gated = [sanctions.find_sanctions(e.text, entry_date=e.date) for e in entries]
    monkeypatch.setattr(sanctions.grammar("en"), "gates", {})
    ungated = [sanctions.find_sanctions(e.text, entry_date=e.date) for e in entries]
    assert gated == ungated
    assert sum(map(len, gated)) >= 10  # every report holds sanctions to compare


@pytest.mark.parametrize("text,kind", [
    # main's rules: "community service" has neither "labor" nor "work"; a measure of restraint
    # "in the form of detention" names no month and no extension
    ("The court sentenced him to 200 hours of community service.", "forced_labor"),
    ("The investigating court chose a measure of restraint in the form of detention.", "pretrial_detention"),
    # the payment gate: money set as damages, and money to a fund
    ("The court set the compensation at 2 million tenge.", "payment"),
    ("He was ordered to transfer 500,000 tenge to the Fund for victims.", "payment"),
])
def test_sanction_gates_keep_rules_without_the_usual_keyword(text, kind, monkeypatch):
    gated = sanctions.find_sanctions(text, entry_date="2023-04-12")
    assert [value["type"] for match in gated for value in match.values] == [kind]
    monkeypatch.setattr(sanctions.grammar("en"), "gates", {})
    assert sanctions.find_sanctions(text, entry_date="2023-04-12") == gated


# ---------------------------------------------------------------- trigger stems (SanctionGrammar.stems)
# Texts to read the rules on: the English reports and the Russian train and dev parts (never the test part).
RUSSIAN_PARTS = [ROOT / "training_data" / "russian" / part for part in ("train", "dev")]


@functools.lru_cache(maxsize=None)
def corpus(language: str) -> tuple[tuple[str, str | None], ...]:
    """(text, entry date) of the entries a language's rules are tried on."""
    if language == "en":
        entries = [e for path in REPORTS for e in read_report(path.read_text(encoding="utf-8"), fallback_year=int(path.stem[:4])).entries]
    else:
        entries = [e for part in RUSSIAN_PARTS for path in sorted(part.glob("*.jsonl")) for e in read_annotations(path)]
    return tuple((e.text, e.date) for e in entries)


def rule_examples(language: str) -> list[str]:
    """Each rule's documented examples ("15 days of arrest", "арестовали на 15 суток"), one by one and all in a row."""
    examples = [rule.get("example", "") for rule in load_table(language, "sanctions")["rules"]]
    return [*examples, *(piece for example in examples for piece in example.split(", "))]


@pytest.mark.parametrize("language", LANGUAGES)
def test_sanction_stems_are_in_every_match(language):
    """A rule's stems are in all it matches, on the corpus and on every rule's examples; a rule added
    to the tables is covered the day it is added, since its stems are read off its own pattern."""
    g = sanctions.grammar(language)
    texts = [text for text, _ in corpus(language)] + rule_examples(language)
    assert sum(stems is not None for stems in g.stems) >= len(g.rules) * 0.9  # nearly every rule has stems
    for (kind, pattern, _), stems in [*zip(g.rules, g.stems), (("continued", g.contexts["BARE_TERM"], None), g.bare_term_stems)]:
        if stems is None:
            continue
        for text in texts:
            for match in pattern.finditer(text):
                lowered = rx.plain_lower(match.group(0))
                assert lowered is None or any(stem in lowered for stem in stems), (kind, pattern.pattern[:80], match.group(0))


@pytest.mark.parametrize("language", LANGUAGES)
def test_sanction_stems_change_no_result(language, monkeypatch):
    entries = corpus(language)
    with_stems = [sanctions.find_sanctions(text, entry_date=date, language=language) for text, date in entries]
    g = sanctions.grammar(language)
    monkeypatch.setattr(g, "stems", (None,) * len(g.rules))
    monkeypatch.setattr(g, "bare_term_stems", None)
    assert [sanctions.find_sanctions(text, entry_date=date, language=language) for text, date in entries] == with_stems
    assert sum(map(len, with_stems)) >= 100


@pytest.mark.parametrize("language", LANGUAGES)
def test_sanction_gate_stems_close_only_gates_that_find_nothing(language):
    """find_sanctions closes a gate without its regex on a text that holds none of the gate's stems: every
    gate has stems, and none of its words is found where they are missing."""
    g = sanctions.grammar(language)
    assert all(sanctions._gate_stems(gate) for gate in g.gates.values())
    closed = 0
    for text in [text for text, _ in corpus(language)] + rule_examples(language):
        for gate in g.gates.values():
            if sanctions.holds_no_stem(rx.plain_lower(text), sanctions._gate_stems(gate)):
                assert gate.search(text) is None, (gate.pattern[:80], text[:80])
                closed += 1
    assert closed >= 100


@pytest.mark.parametrize("text,language", [
    # ſ (long s) matches s under IGNORECASE but lowers to itself: the text is read without stems
    ("He was ſentenced to 5 years in prison.", "en"),
    # ᲀ (rounded ve) matches в under IGNORECASE
    ("Суд приговорил его к 5 годам лишения свободы, ᲀ колонии.", "ru"),
])
def test_sanction_stems_skip_no_rule_on_text_lower_cannot_read(text, language, monkeypatch):
    assert rx.plain_lower(text) is None
    found = sanctions.find_sanctions(text, language=language)
    g = sanctions.grammar(language)
    monkeypatch.setattr(g, "stems", (None,) * len(g.rules))
    assert sanctions.find_sanctions(text, language=language) == found


@pytest.mark.parametrize("pattern,stems", [
    # a sequence: its longest literal run
    (r"fined\s+\d+\s+tenge", {"fined"}),
    # an alternation: one stem per branch, lower case
    (r"(?:Fined|sentenced)\s+to", {"fined", "sentenced"}),
    # a branch with no literal: nothing is required
    (r"(?:fined|\d+)\s+x", {"x"}),
    (r"fined|\d+", None),
    # optional items and lookarounds require nothing; a repeat of at least one requires its item
    (r"(?:arrest)?\s*(?=days)\d+", None),
    (r"(?<!not\s)(?:days?\s+){1,3}\d", {"day"}),
    # a stem that holds another adds nothing
    (r"(?:условно|условн\w+)", {"условн"}),
])
def test_sanction_stems_read_off_the_pattern(pattern, stems):
    assert rx.required_stems(re.compile(pattern, re.IGNORECASE)) == (None if stems is None else frozenset(stems))


def test_sanction_stems_plain_characters_match_as_they_lower():
    """Under IGNORECASE two plain characters match each other exactly when their lower cases are equal."""
    plain = "".join(ch for ch in map(chr, range(0x3000)) if rx.plain_lower(ch) is not None)  # every range is below U+3000
    assert len(plain) > 500 and "ё" in plain and "қ" in plain and "«" in plain and "№" in plain and "µ" not in plain
    for ch in plain:
        assert len(ch.lower()) == 1, ch
        matched = set(re.findall(re.escape(ch), plain, re.IGNORECASE))
        assert matched == {other for other in plain if other.lower() == ch.lower()}, ch
