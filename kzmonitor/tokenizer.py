"""The kzmonitor tokenizer: the pipeline language's defaults plus the shapes of these reports.

Initials ("Zh.", "K.K."), legal numbers ("380-1", "1/2", "p.7") and footnote markers
("[55]") must be tokens of their own so that entity spans can end exactly on them.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable

from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex, registry

from .languages import check_language, load_table

# "[55]" glued to a word: a suffix of its own ("rally[55]." -> "rally", "[55]", ".")
FOOTNOTE_SUFFIX = r"\[\d{1,4}\]"
# "[62]https://..." and "[55]The": split after the marker
FOOTNOTE_INFIX = r"(?<=\d\])(?=[\w“\"(])"
# spaCy strips one prefix or suffix per step and re-searches the rest, so splitting a long
# run without spaces ("!!!!…", "——…" from a broken PDF dump) costs O(n²): seconds for 3,000
# characters. Report tokens are short (the corpus has none over 60 characters), so a run of
# 100 or more non-space characters stays one token.
LONG_TOKEN = r"^\S{100,}"


class TokenShapes:
    """One language's additions to its spaCy tokenizer defaults, from ``data/<language>/tokenizer.json``."""

    def __init__(self, language: str):
        table = load_table(language, "tokenizer")
        # Initials stay whole tokens: "Zh.", "K.K.", "Sh.", "A." (Kazakh/Russian digraph initials included); "А.С."
        self.initials_re = re.compile(rf"^(?:{table['initials']}\.){{1,3}}$")
        self.token_match_re = re.compile(rf"{self.initials_re.pattern}|{LONG_TOKEN}")
        self.infixes = [FOOTNOTE_INFIX, *table["infixes"]]
        # "Zhanbolat’s", "Mamay’s": English defaults already split "'s"; curly apostrophe too
        self.suffixes = [FOOTNOTE_SUFFIX, *table["suffixes"]]
        self.prefixes = list(table.get("prefixes", []))


@lru_cache(maxsize=None)
def token_shapes(language: str = "en") -> TokenShapes:
    return TokenShapes(language)


INITIALS_RE = token_shapes("en").initials_re
TOKEN_MATCH_RE = token_shapes("en").token_match_re


@registry.tokenizers("kzmonitor.Tokenizer.v1")
def create_kzmonitor_tokenizer() -> Callable[[Language], Tokenizer]:
    """Tokenizer factory for ``[nlp.tokenizer] @tokenizers = "kzmonitor.Tokenizer.v1"``."""

    def make_tokenizer(nlp: Language) -> Tokenizer:
        # The pipeline's own language defaults (English, Russian), plus the report shapes of that language
        defaults = type(nlp).Defaults
        shapes = token_shapes(check_language(nlp.lang))
        infixes = list(defaults.infixes or ()) + shapes.infixes
        # "\.\.+$" could start at every dot of a run; starting it only at the run's first dot
        # finds the same suffix in linear time.
        suffixes = shapes.suffixes + [r"(?<!\.)\.\.+" if s == r"\.\.+" else s for s in defaults.suffixes or ()]
        prefixes = shapes.prefixes + list(defaults.prefixes or ())
        rules = dict(defaults.tokenizer_exceptions)
        return Tokenizer(
            nlp.vocab,
            rules=rules,
            prefix_search=compile_prefix_regex(prefixes).search,
            suffix_search=compile_suffix_regex(suffixes).search,
            infix_finditer=compile_infix_regex(infixes).finditer,
            # A bound regex method, so that the tokenizer serialises with the pipeline.
            token_match=shapes.token_match_re.match,
            url_match=defaults.url_match,
        )

    return make_tokenizer

