"""The kzmonitor tokenizer: English defaults plus the shapes of these reports.

Initials ("Zh.", "K.K."), legal numbers ("380-1", "1/2", "p.7") and footnote markers
("[55]") must be tokens of their own so that entity spans can end exactly on them.
"""

from __future__ import annotations

import re
from typing import Callable

from spacy.lang.en import English
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex, registry

# "[55]" glued to a word: a suffix of its own ("rally[55]." -> "rally", "[55]", ".")
FOOTNOTE_SUFFIX = r"\[\d{1,4}\]"
# "[62]https://..." and "[55]The": split after the marker
FOOTNOTE_INFIX = r"(?<=\d\])(?=[\w“\"(])"
# Initials stay whole tokens: "Zh.", "K.K.", "Sh.", "A." (Kazakh/Russian digraph initials included)
INITIALS_RE = re.compile(r"^(?:(?:[A-Z]|Zh|Sh|Kh|Ch|Ts|Yu|Ya|Ye|Yo|Dzh|Shch)\.){1,3}$")
# spaCy strips one prefix or suffix per step and re-searches the rest, so splitting a long
# run without spaces ("!!!!…", "——…" from a broken PDF dump) costs O(n²): seconds for 3,000
# characters. Report tokens are short (the corpus has none over 60 characters), so a run of
# 100 or more non-space characters stays one token.
LONG_TOKEN = r"^\S{100,}"
TOKEN_MATCH_RE = re.compile(rf"{INITIALS_RE.pattern}|{LONG_TOKEN}")
# Glued sentences and initials: "days.The", "K.K.Tokayev" -> split after the dot before a capital
DOT_CAPITAL_INFIX = r"(?<=[a-z]{2}\.)(?=[A-Z][a-z])"
# "p.7" -> "p." "7"
P_DOT_INFIX = r"(?<=\bp\.)(?=\d)"
# "Zhanbolat’s", "Mamay’s": English defaults already split "'s"; curly apostrophe too
EXTRA_SUFFIXES = [FOOTNOTE_SUFFIX, r"’s", r"’"]


@registry.tokenizers("kzmonitor.Tokenizer.v1")
def create_kzmonitor_tokenizer() -> Callable[[Language], Tokenizer]:
    """Tokenizer factory for ``[nlp.tokenizer] @tokenizers = "kzmonitor.Tokenizer.v1"``."""

    def make_tokenizer(nlp: Language) -> Tokenizer:
        defaults = English.Defaults
        infixes = list(defaults.infixes) + [FOOTNOTE_INFIX, DOT_CAPITAL_INFIX, P_DOT_INFIX]
        # "\.\.+$" could start at every dot of a run; starting it only at the run's first dot
        # finds the same suffix in linear time.
        suffixes = EXTRA_SUFFIXES + [r"(?<!\.)\.\.+" if s == r"\.\.+" else s for s in defaults.suffixes]
        prefixes = list(defaults.prefixes)
        rules = dict(defaults.tokenizer_exceptions)
        return Tokenizer(
            nlp.vocab,
            rules=rules,
            prefix_search=compile_prefix_regex(prefixes).search,
            suffix_search=compile_suffix_regex(suffixes).search,
            infix_finditer=compile_infix_regex(infixes).finditer,
            # A bound regex method, so that the tokenizer serialises with the pipeline.
            token_match=TOKEN_MATCH_RE.match,
            url_match=defaults.url_match,
        )

    return make_tokenizer

