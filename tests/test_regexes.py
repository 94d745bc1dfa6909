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
