"""regexes.alternation: the trie form matches what the flat longest-first alternation matches."""

from __future__ import annotations

import random
import re

import pytest

from kzmonitor import regexes as rx
from kzmonitor.languages import LANGUAGES, load_table

# What follows the words decides which of several words that match at one position wins, so each
# context makes the engine prefer, or backtrack to, a shorter word.
CONTEXTS = (
    "(?:{words})",
    "(?:{words})(?![^\\W\\d_])",
    "(?<![^\\W\\d_])(?:{words})(?P<rest>\\w*)",
    "(?:{words})(?:\\s+(?:{words}))?x",
)


def table_words(language: str) -> dict[str, list[str]]:
    citations = load_table(language, "citations")
    return {
        "NUMBER_WORD": list(load_table(language, "numerals")["words"]),
        "CODE_NAME": [name for names in citations["codes"].values() for name in names],
    }


def spans(pattern: str, flags: int, text: str) -> list[tuple[int, int, dict]]:
    return [(m.start(), m.end(), m.groupdict()) for m in re.finditer(pattern, text, flags)]


def assert_same_matches(words: list[str], texts: list[str]) -> None:
    for context in CONTEXTS:
        flat = context.format(words=rx.flat_alternation(words))
        trie = context.format(words=rx.alternation(words))
        for flags in (0, re.IGNORECASE):
            for text in texts:
                assert spans(trie, flags, text) == spans(flat, flags, text), (context, text)


@pytest.mark.parametrize("words,texts", [
    # a word and its longer forms: the longest that fits wins, a shorter one where the context needs it
    (["two", "twenty", "twenty-five", "twelve"], ["twenty-five", "twentyx", "twenty five x", "two twelve", "Twenty-Five x"]),
    # words with spaces, one the start of another
    (["Criminal Code", "Criminal Procedure Code", "Code"], ["the Criminal  Procedure Code", "Criminal Code x", "Criminal Codex"]),
    # Russian case endings on one stem
    (["пять", "пяти", "пятью", "пятнадцать", "пятьсот"], ["пятьсот", "Пятнадцатьx", "пятью пять x", "пят"]),
    # one word only, and words that share nothing
    (["сто"], ["сто", "стоx", "Сто сто"]),
    (["a", "b", "c"], ["abc", "a b cx"]),
])
def test_regexes_alternation_matches_as_flat(words, texts):
    assert_same_matches(words, texts)


@pytest.mark.parametrize("words", [
    ["УК", "Ук"],  # only letter case tells them apart: the flat order decides which group a match names
    ["Kelvin", "\u212aelvin"],  # KELVIN SIGN: IGNORECASE reads it as k
])
def test_regexes_alternation_falls_back_where_case_tells_words_apart(words):
    assert rx.alternation(words) == rx.flat_alternation(words)


@pytest.mark.parametrize("language", LANGUAGES)
def test_regexes_alternation_of_the_tables_matches_as_flat(language):
    """The table word lists, on texts made of their words, their pieces and their case variants."""
    rng = random.Random(0)
    for name, words in table_words(language).items():
        pieces = [*words, *(w[: rng.randint(1, len(w))] for w in words), *(w.upper() for w in words), " ", "  ", "x", "-"]
        texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 8))) for _ in range(300)]
        assert_same_matches(words, [*words, *texts])


@pytest.mark.parametrize("pattern,expected", [
    (r"(?<!\w)(?:fined|\d+\s+days?)", {"f", "3", "7"}),
    (r"(?:an?\s+)?(?:year|\d)", {"a", "y", "3", "7"}),  # an optional item: its first and the next item's
    (r"\b(?=x)[a-c]x", {"a", "b", "c"}),  # lookarounds and anchors consume nothing
])
def test_regexes_first_characters(pattern, expected):
    first = rx.first_characters(re.compile(pattern, re.IGNORECASE))
    gate = re.compile(f"[{first}]", re.IGNORECASE)
    assert {ch for ch in "abcdefxy37 -" if gate.fullmatch(ch)} == expected


@pytest.mark.parametrize("pattern", [r"x?", r"\w+", r"[^a]b", r".b", r"(?:a|[^b])c"])
def test_regexes_first_characters_unknown(pattern):
    """A match that may be empty, a class that holds most characters, or an item not read: no class."""
    assert rx.first_characters(re.compile(pattern)) is None


def test_regexes_quantity_start_only_skips_positions_without_a_quantity():
    """``{QUANTITY_START}`` is speed only: every Russian rule and pattern that holds it finds what it finds without it,
    on texts of number words, their case variants, figures, letters around them and punctuation."""
    from kzmonitor.components.sanctions import grammar

    found = rx.fragments("ru")
    guard = found["QUANTITY_START"]
    assert re.compile(f"[{found['NUMBER_WORD_START']}]").fullmatch("п")
    rng = random.Random(0)
    words = list(load_table("ru", "numerals")["words"])
    pieces = [*words, *(w.upper() for w in words), *(w.capitalize() for w in words), *(w[1:] for w in words), "5", "15", "1,5",
              " ", "  ", "-", ".", ",", "а", "Ы", "года", "лет", "суток", " лишения свободы", " ареста", "(десять)", "№ ", "ст. "]
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 12))) for _ in range(400)]
    patterns = [pattern for _, pattern, _ in grammar("ru").rules] + [re.compile(found[name], re.IGNORECASE) for name in
                                                                       ("QUANTITY", "QUANTITIES", "DURATION", "YEARS")]
    for pattern in patterns:
        without = re.compile(pattern.pattern.replace(guard, ""), pattern.flags)
        for text in texts:
            assert [(m.span(), m.groupdict()) for m in pattern.finditer(text)] == [
                (m.span(), m.groupdict()) for m in without.finditer(text)
            ], (pattern.pattern[:80], text)


@pytest.mark.parametrize("language", LANGUAGES)
def test_regexes_template_first_characters_read_as_the_expanded_rule(language):
    """Read off a rule's template with its placeholders, the first characters are those of the whole expanded rule."""
    found = rx.fragments(language)
    for rule in load_table(language, "sanctions")["rules"]:
        expanded = re.compile(rx.expand(rule, found), re.IGNORECASE)
        assert rx.template_first_characters(rule, language) == rx.first_characters(expanded), rule["example"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_regexes_first_character_lookahead_finds_what_the_rule_finds(language):
    """The sanction rules led by their first characters' lookahead (speed only) match as the rules alone, on
    every rule's examples run together, in capitals and cut at random."""
    from kzmonitor.components.sanctions import FLAGS, grammar

    found = rx.fragments(language)
    table = load_table(language, "sanctions")["rules"]
    examples = " ".join(rule["example"] for rule in table)
    rng = random.Random(0)
    texts = [examples, examples.upper(), *(examples[rng.randrange(len(examples)):][: rng.randint(5, 400)] for _ in range(200))]
    led = 0
    for rule, (_, pattern, _) in zip(table, grammar(language).rules):
        alone = re.compile(rx.expand(rule, found), FLAGS)
        led += pattern.pattern != alone.pattern
        for text in texts:
            assert [(m.span(), m.groupdict()) for m in pattern.finditer(text)] == [
                (m.span(), m.groupdict()) for m in alone.finditer(text)
            ], (rule["example"], text)
    assert led >= len(table) // 2
