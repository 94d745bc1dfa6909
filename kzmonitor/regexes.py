"""Regular expressions for citations and sanctions, built per language from pattern templates.

The words live in tables, ``kzmonitor/data/<language>/{numerals,citations,sanctions}.json``
(:func:`kzmonitor.languages.load_table`); each table's ``patterns`` are templates in which
``{NAME}`` stands for a pattern defined before it (in the same table or an earlier one), so
that one code path builds English and Russian alike. :func:`fragments` expands them.
``{NAME_PLAIN}`` is ``NAME`` without its group names, for a rule that holds it twice.

Every pattern here is linear by construction: bounded repetitions, no nested
unbounded quantifiers, and scanners that consume at least one character per step.
"""

from __future__ import annotations

import re
import re._constants as _sre_constants  # re's own parser (Python 3.11+): required_stems reads its trees
import re._parser as _sre_parse
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Iterable, Sequence

from .languages import load_table


def flat_alternation(words: list[str] | tuple[str, ...]) -> str:
    """Longest-first alternation so that "Criminal Procedure Code" wins over "Criminal"."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


def _word_tokens(word: str) -> list[str]:
    # One token per character, a space as \s+: the tokens flat_alternation writes
    return [r"\s+" if ch == " " else re.escape(ch) for ch in word]


def _may_meet(token: str, other: str) -> bool:
    """Whether two trie tokens could match the same character (letter case ignored, as IGNORECASE reads it)."""
    if token == other or r"\s+" in (token, other):
        return token == other
    return bool(re.fullmatch(token, re.sub(r"\\(.)", r"\1", other), re.IGNORECASE)
                or re.fullmatch(other, re.sub(r"\\(.)", r"\1", token), re.IGNORECASE))


def alternation(words: list[str] | tuple[str, ...]) -> str:
    """:func:`flat_alternation` written as a trie: "ab|a|cd" -> "(?:a(?:b)?|cd)".

    It matches what the flat alternation matches, in the same order of preference: the words that
    match at one position are prefixes of each other, the flat form tries the longest first, and the
    trie tries a longer continuation before it stops. Its use is speed: Python's ``re`` tries every
    word of a flat alternation at every position it reaches (more than a hundred Russian number words,
    each at every word start), the trie only the few first letters. Where two words branch on
    letters that only letter case tells apart, it falls back to the flat form, whose order then decides.
    """
    root: dict[str, dict] = {}
    for word in sorted(words, key=len, reverse=True):
        node = root
        for token in _word_tokens(word):
            node = node.setdefault(token, {})
        node[""] = {}  # a word ends here

    def written(node: dict[str, dict]) -> str:
        branches = [token + written(child) for token, child in node.items() if token]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
        return (body if len(branches) > 1 else f"(?:{body})") + "?" if "" in node else body

    def ambiguous(node: dict[str, dict]) -> bool:
        tokens = [token for token in node if token]
        return any(_may_meet(a, b) for i, a in enumerate(tokens) for b in tokens[i + 1 :]) or any(
            ambiguous(child) for child in node.values()
        )

    if not root or ambiguous(root):
        return flat_alternation(words)
    pattern = written(root)
    return pattern if pattern.startswith("(?:") else f"(?:{pattern})"


def named(name: str, pattern: str) -> str:
    return f"(?P<{name}>{pattern})"


def plain(pattern: str) -> str:
    """``pattern`` without group names: "(?P<value>1)" -> "(?:1)"."""
    return re.sub(r"\(\?P<\w+>", "(?:", pattern)


# ---------------------------------------------------------------- templates
# "380-1", "456-2", "73-3": the same in every language
ARTICLE_NUMBER = r"\d{1,4}(?:-\d{1,2})?(?![\d])"
# {NAME} in a template; a regex quantifier ({0,3}) never starts with a capital
_PLACEHOLDER_RE = re.compile(r"\{([A-Z][A-Z0-9_]*)\}")
# A placeholder's stand-in while a template is parsed: a private-use character per placeholder
_PLACEHOLDER_CHARACTER = 0xE000


def expand(template: str | list[str] | dict[str, Any], defined: dict[str, str]) -> str:
    """A table's pattern (a string, a list of strings to join, or ``{"pattern": ...}``) with its
    ``{NAME}`` placeholders replaced by the patterns ``defined`` before it."""
    if isinstance(template, dict):
        template = template["pattern"]
    text = "".join(template) if isinstance(template, list) else template

    def value(match: re.Match[str]) -> str:
        name = match.group(1)
        if name in defined:
            return defined[name]
        if name.endswith("_PLAIN") and name[: -len("_PLAIN")] in defined:
            return plain(defined[name[: -len("_PLAIN")]])
        raise KeyError(f"pattern {{{name}}} is used before it is defined")

    return _PLACEHOLDER_RE.sub(value, text)


# ---------------------------------------------------------------- first characters
# A character class's items as a class written out again; other items (a negated class) are not read
_CATEGORIES = {
    _sre_constants.CATEGORY_DIGIT: r"\d", _sre_constants.CATEGORY_NOT_DIGIT: r"\D",
    _sre_constants.CATEGORY_SPACE: r"\s", _sre_constants.CATEGORY_NOT_SPACE: r"\S",
    _sre_constants.CATEGORY_WORD: r"\w", _sre_constants.CATEGORY_NOT_WORD: r"\W",
}
# Classes that hold most characters: a scan that stops at each of them saves nothing
_BROAD = {r"\D", r"\S", r"\w", r"\W"}
_ZERO_WIDTH = (_sre_constants.AT, _sre_constants.ASSERT, _sre_constants.ASSERT_NOT)
_REPEATS = (_sre_constants.MAX_REPEAT, _sre_constants.MIN_REPEAT, _sre_constants.POSSESSIVE_REPEAT)


class _Unknown(Exception):
    """An item whose first character is not read (a back reference, any character, a negated class)."""


def first_characters(pattern: re.Pattern[str]) -> str | None:
    r"""The class, written out (IGNORECASE reads it), of every character a match of ``pattern`` can start with:
    "\d" for ``(?<![\w-])\d+\s+days``. None where that is not known, where a match may be empty, or where
    the class holds most characters (``\w``).

    Read off the parsed pattern: lookarounds and anchors are skipped (they consume nothing), an
    alternation gives the union of its branches, an optional item adds its own and the next item's.

    >>> first_characters(re.compile(r"(?<!\w)(?:fined|\d+\s+days?)"))
    '\\U00000066\\d'
    """
    try:
        found, nullable = _first_of_sequence(_sre_parse.parse(pattern.pattern, pattern.flags).data)
    except _Unknown:
        return None
    if nullable or not found or found & _BROAD:
        return None
    return "".join(sorted(found))


def _first_of_sequence(items: Iterable, named: Sequence[tuple[frozenset[str], bool] | None] = ()) -> tuple[set[str], bool]:
    found: set[str] = set()
    for op, argument in items:
        first, nullable = _first_of_item(op, argument, named)
        found |= first
        if not nullable:
            return found, False
    return found, True


def _first_of_item(op: Any, argument: Any, named: Sequence[tuple[frozenset[str], bool] | None]) -> tuple[set[str], bool]:
    if op in _ZERO_WIDTH:
        return set(), True
    if op is _sre_constants.LITERAL:
        if 0 <= argument - _PLACEHOLDER_CHARACTER < len(named):  # a placeholder's, read off its own pattern
            if (read := named[argument - _PLACEHOLDER_CHARACTER]) is None:
                raise _Unknown
            return set(read[0]), read[1]
        return {f"\\U{argument:08x}"}, False
    if op is _sre_constants.IN:
        found, nullable = set(), False
        for item_op, item in argument:
            if item_op is _sre_constants.LITERAL and 0 <= item - _PLACEHOLDER_CHARACTER < len(named):
                # "{A}|{B}": re's parser writes an alternation of single characters as a class
                first, empty = _first_of_item(item_op, item, named)
                found |= first
                nullable = nullable or empty
            elif item_op is _sre_constants.LITERAL:
                found.add(f"\\U{item:08x}")
            elif item_op is _sre_constants.RANGE:
                found.add(f"\\U{item[0]:08x}-\\U{item[1]:08x}")
            elif item_op is _sre_constants.CATEGORY and item in _CATEGORIES:
                found.add(_CATEGORIES[item])
            else:
                raise _Unknown
        return found, nullable
    if op is _sre_constants.SUBPATTERN:
        return _first_of_sequence(argument[3].data, named)
    if op is _sre_constants.ATOMIC_GROUP:
        return _first_of_sequence(argument.data, named)
    if op is _sre_constants.BRANCH:
        found, nullable = set(), False
        for branch in argument[1]:
            first, empty = _first_of_sequence(branch.data, named)
            found |= first
            nullable = nullable or empty
        return found, nullable
    if op in _REPEATS:
        low, _high, item = argument
        first, nullable = _first_of_sequence(item.data, named)
        return first, nullable or low == 0
    raise _Unknown


@lru_cache(maxsize=None)
def fragments(language: str) -> dict[str, str]:
    """Every named pattern of ``language``'s tables, expanded, in table order."""
    from .reader import grammar as reader_grammar  # the months, as the reader reads them

    numerals = load_table(language, "numerals")
    citations = load_table(language, "citations")
    defined = {
        "ARTICLE_NUMBER": ARTICLE_NUMBER,
        "NUMBER_WORD": alternation(list(numerals["words"])),
        # The letters a number word starts with, as a class's body ("{QUANTITY_START}" in Russian): a rule
        # need not try a number where none starts (speed only; tests/test_regexes.py)
        "NUMBER_WORD_START": number_word_start(list(numerals["words"])),
        "CODE_NAME": alternation([name for names in citations["codes"].values() for name in names]),
        "MONTH": reader_grammar(language).month_re,
    }
    for table in (numerals, citations, load_table(language, "sanctions")):
        for name, template in table["patterns"].items():
            defined[name] = expand(template, defined)
    return defined


def number_word_start(words: list[str]) -> str:
    r"""The body of a class of every character one of ``words`` starts with ("\U00000061..." for "a",
    "one"); ``\w`` where that is not read."""
    return first_characters(re.compile(alternation(words))) or r"\w"


# ---------------------------------------------------------------- numbers
@dataclass(frozen=True)
class Numerals:
    """A language's numbers in words and how it writes figures (``numerals.json``)."""

    language: str
    words: dict[str, float]
    sum_words: bool
    quantity_re: re.Pattern[str]
    gloss_re: re.Pattern[str]
    half_re: re.Pattern[str] | None
    money_number_re: re.Pattern[str]

    def parse_quantity(self, raw: str) -> float:
        """"15" -> 15, "1.5" -> 1.5, "2,5" -> 2.5, "six" -> 6, "10 (ten)" -> 10; "3½", "7 1/2", "4 and a half";
        "двадцать пять" -> 25."""
        raw = self.gloss_re.sub("", raw.strip().lower())
        for half_mark in ("½", " 1/2"):  # "3½", "7 1/2"
            if raw.endswith(half_mark) and raw[: -len(half_mark)].isdigit():
                return int(raw[: -len(half_mark)]) + 0.5
        if raw in self.words:
            return self.words[raw]
        if self.half_re is not None and (half := self.half_re.match(raw)) is not None:
            if half["whole"] in self.words:
                return self.words[half["whole"]] + 0.5
            if half["whole"].isdigit():  # "4 and a half"
                return int(half["whole"]) + 0.5
        if self.sum_words and (parts := raw.split()) and all(p in self.words for p in parts):
            return sum(self.words[p] for p in parts)  # "двадцать пять": tens and units
        return float(raw.replace(",", "."))


@lru_cache(maxsize=None)
def numerals(language: str) -> Numerals:
    table = load_table(language, "numerals")
    found = fragments(language)
    return Numerals(
        language=language,
        words={**table["words"], **table.get("lookup_only", {})},
        sum_words=table.get("sum_words", False),
        quantity_re=re.compile(found["QUANTITY"], re.IGNORECASE),
        gloss_re=re.compile(found["QUANTITY_GLOSS"]),
        half_re=re.compile(found["HALF_WHOLE"]) if "HALF_WHOLE" in found else None,
        money_number_re=re.compile(found["MONEY_NUMBER"]),
    )


def parse_quantity(raw: str, language: str = "en") -> float:
    """"15" -> 15, "1.5" -> 1.5, "2,5" -> 2.5, "six" -> 6, "10 (ten)" -> 10."""
    return numerals(language).parse_quantity(raw)


def parse_money(raw: str) -> float:
    """"72,450" -> 72450, "110 760" -> 110760, "17,5" -> 17.5 (a decimal comma), "7,292.5" -> 7292.5, "77, 532" -> 77532."""
    raw = re.sub(r",\s(?=\d{3}(?!\d))", ",", raw.strip())
    if re.fullmatch(r"\d{1,3}(?:[ ,]\d{3})+\.\d{1,2}", raw):
        return float(re.sub(r"[ ,]", "", raw))
    if re.fullmatch(r"\d{1,3}(?:[ ,.]\d{3})+", raw):
        return float(re.sub(r"[ ,.]", "", raw))
    return float(raw.replace(",", "."))


@lru_cache(maxsize=None)
def code_re(language: str = "en") -> re.Pattern[str]:
    """A code named after its article: "of the Criminal Code of the RK", "УК РК"."""
    flags = re.IGNORECASE if load_table(language, "citations").get("code_names_ignore_case") else 0
    return re.compile(fragments(language)["CODE_AFTER"], flags)


@lru_cache(maxsize=None)
def code_before_re(language: str = "en") -> re.Pattern[str]:
    """A code named before its article: "(Criminal Code, Article 378)", "the Criminal Code's Article 174"."""
    flags = re.IGNORECASE if load_table(language, "citations").get("code_names_ignore_case") else 0
    return re.compile(fragments(language)["CODE_BEFORE"], flags)


# ---------------------------------------------------------------- sentences
@lru_cache(maxsize=None)
def sentence_end_re(language: str = "en") -> re.Pattern[str]:
    return re.compile(fragments(language)["SENTENCE_END"])


def sentence_bounds(text: str, language: str = "en") -> list[int]:
    """Offsets where the sentences of ``text`` start, closed by one past its end."""
    return [0, *(m.end() for m in sentence_end_re(language).finditer(text)), len(text) + 1]


def sentence_of(bounds: list[int], offset: int) -> int:
    """Index of the sentence of :func:`sentence_bounds` that holds ``offset``."""
    return min(bisect_right(bounds, offset) - 1, len(bounds) - 2)


def gives_range(text: str, language: str = "en") -> bool:
    """Whether ``text`` gives a term or amount as a range ("7-10 days", "from 61257 to 145850 tenge"), not a list."""
    found = fragments(language)
    money_re = re.compile(found["MONEY"], re.IGNORECASE)
    money = money_re.search(text)
    leads = (
        re.compile(found["QUANTITY_LEAD"], re.IGNORECASE).search(text),
        money and re.compile(found["MONEY_LEAD_AT_END"], re.IGNORECASE).search(text, 0, money.start()),
    )
    range_lead = re.compile(found["RANGE_LEAD"], re.IGNORECASE)
    return any(lead and range_lead.search(lead.group(0)) for lead in leads)


# ---------------------------------------------------------------- trigger stems
# Characters whose IGNORECASE matching str.lower() reads exactly: two of them match each other under
# IGNORECASE when, and only when, their lower cases are equal, and each lowers to one character. ASCII,
# Latin-1 and the Latin extensions (not µ, which matches Greek mu, nor İ ı ſ, which match i and s),
# Cyrillic with the Kazakh letters, general punctuation, currency signs and №; tests/test_sanction_gates.py
# checks it against re itself. A text with any other character (ᲀ matches в) is read without the stems.
PLAIN_CHARACTERS = r"\x00-\x7f\u00a0-\u00b4\u00b6-\u012f\u0132-\u017e\u0180-\u024f\u0400-\u04ff\u2000-\u206f\u20a0-\u20cf\u2116"
_NOT_PLAIN_RE = re.compile(f"[^{PLAIN_CHARACTERS}]")


def plain_lower(text: str) -> str | None:
    """``text.lower()``, where that is how IGNORECASE reads ``text``, else None (see ``PLAIN_CHARACTERS``)."""
    return None if _NOT_PLAIN_RE.search(text) else text.lower()


def required_stems(pattern: re.Pattern[str]) -> frozenset[str] | None:
    r"""Lower-case strings one of which every match of ``pattern`` holds: a rule need not run on a
    text that holds none of them (in :func:`plain_lower`'s reading). None where no such set is known.

    Read off the parsed pattern: the literal runs of a sequence, the union over the branches of an
    alternation, a group's or a repeated (at least once) item's own; of a sequence's candidate sets,
    the one with the longest shortest stem. Lookarounds, classes and optional items require nothing.

    >>> sorted(required_stems(re.compile(r"(?:fined|sentenced)\s+to\s+\d+")))
    ['fined', 'sentenced']
    """
    return _lowered_stems(_sequence_stems(_sre_parse.parse(pattern.pattern, pattern.flags).data, []))


def template_stems(template: str | list[str] | dict[str, Any], language: str) -> frozenset[str] | None:
    """:func:`required_stems` of the pattern a table's ``template`` expands to (:func:`expand`), read off
    the template with each ``{NAME}`` standing for the stems of the pattern it names: each pattern is
    parsed once, not again inside every rule that holds it (a Russian rule expands to 50,000 characters)."""
    return _lowered_stems(_template_stems(template, fragment_stems(language), language))


# The named patterns :func:`fragments` builds in code, not from a template, and the tables whose
# ``patterns`` it expands, in its order
_BUILT_IN_CODE = ("ARTICLE_NUMBER", "NUMBER_WORD", "CODE_NAME", "MONTH")
_PATTERN_TABLES = ("numerals", "citations", "sanctions")


@lru_cache(maxsize=None)
def fragment_stems(language: str) -> dict[str, set[str] | None]:
    """The stems (not yet lower-cased) of every named pattern of :func:`fragments`, by name."""
    found = fragments(language)
    known: dict[str, set[str] | None] = {name: _sequence_stems(_sre_parse.parse(found[name]).data, []) for name in _BUILT_IN_CODE}
    known["NUMBER_WORD_START"] = None  # a class's body, no stems
    for table in _PATTERN_TABLES:
        for name, template in load_table(language, table)["patterns"].items():
            known[name] = _template_stems(template, known, language)
    return known


def template_first_characters(template: str | list[str] | dict[str, Any], language: str) -> str | None:
    """:func:`first_characters` of the pattern a table's ``template`` expands to, read off the template with
    each ``{NAME}`` standing for what its pattern starts with, as :func:`template_stems` reads stems (each
    pattern parsed once: a Russian rule expands to 50,000 characters)."""
    try:
        found, nullable = _template_firsts(template, fragment_firsts(language), language)
    except _Unknown:
        return None
    if nullable or not found or found & _BROAD:
        return None
    return "".join(sorted(found))


def first_character_lookahead(pattern: str, first: str | None) -> str:
    """``pattern`` led by a lookahead for ``first``, the class of the characters its matches start with
    (:func:`template_first_characters`): the same matches, found sooner. ``re`` tries every branch of a
    rule, each with its lookbehinds, at every position; the lookahead is one test there. A pattern that
    opens with a lookbehind that must hold (``(?<=[,:–-]\\s)``) fails as fast already and is kept as it is."""
    if first is None or pattern.startswith("(?<=") or _GLOBAL_FLAGS_RE.match(pattern):
        return pattern
    return f"(?=[{first}])(?:{pattern})"


_GLOBAL_FLAGS_RE = re.compile(r"\(\?[aiLmsux]+\)")


@lru_cache(maxsize=None)
def fragment_firsts(language: str) -> dict[str, tuple[frozenset[str], bool] | None]:
    """What every named pattern of :func:`fragments` starts with, and whether it may match nothing, by name."""
    found = fragments(language)
    known: dict[str, tuple[frozenset[str], bool] | None] = {"NUMBER_WORD_START": None}  # a class's body
    for name in _BUILT_IN_CODE:
        known[name] = _firsts_or_none(lambda: _first_of_sequence(_sre_parse.parse(found[name]).data))
    for table in _PATTERN_TABLES:
        for name, template in load_table(language, table)["patterns"].items():
            known[name] = _firsts_or_none(lambda: _template_firsts(template, known, language))
    return known


def _firsts_or_none(read: Any) -> tuple[frozenset[str], bool] | None:
    try:
        first, nullable = read()
    except _Unknown:
        return None
    return frozenset(first), nullable


def _parsed_template(template: str | list[str] | dict[str, Any], known: dict[str, Any], language: str) -> tuple[Any, list]:
    """``template`` parsed by ``re`` with each ``{NAME}`` standing in as one private-use character, and what
    ``known`` says of each stand-in, in order (the readers above look a stand-in's character up there)."""
    if isinstance(template, dict):
        template = template["pattern"]
    text = "".join(template) if isinstance(template, list) else template
    named: list = []

    def stand_in(match: re.Match[str]) -> str:
        name = match.group(1)
        if name == "NUMBER_WORD_START":  # stands inside a class: the class's body itself
            return fragments(language)[name]
        if name not in known and name.endswith("_PLAIN") and name[: -len("_PLAIN")] in known:
            name = name[: -len("_PLAIN")]  # looked up as expand() looks it up
        named.append(known[name])
        return f"(?:{chr(_PLACEHOLDER_CHARACTER + len(named) - 1)})"

    return _sre_parse.parse(_PLACEHOLDER_RE.sub(stand_in, text)).data, named


def _template_firsts(template: str | list[str] | dict[str, Any], known: dict, language: str) -> tuple[set[str], bool]:
    return _first_of_sequence(*_parsed_template(template, known, language))


def _template_stems(template: str | list[str] | dict[str, Any], known: dict[str, set[str] | None], language: str) -> set[str] | None:
    return _sequence_stems(*_parsed_template(template, known, language))


def _lowered_stems(stems: set[str] | None) -> frozenset[str] | None:
    if stems is None or any(plain_lower(stem) is None or len(stem.lower()) != len(stem) for stem in stems):
        return None
    lowered = {stem.lower() for stem in stems}
    # A stem that holds another adds nothing: "условно" is found where "условн" is
    return frozenset(stem for stem in lowered if not any(other != stem and other in stem for other in lowered))


def _sequence_stems(items: list, named: list[set[str] | None]) -> set[str] | None:
    candidates: list[set[str]] = []
    run: list[str] = []
    for op, argument in items:
        if op is _sre_constants.LITERAL and not 0 <= argument - _PLACEHOLDER_CHARACTER < len(named):
            run.append(chr(argument))
            continue
        if run:
            candidates.append({"".join(run)})
            run = []
        if op is _sre_constants.LITERAL:
            stems = named[argument - _PLACEHOLDER_CHARACTER]  # a placeholder's
        else:
            stems = _item_stems(op, argument, named)
        if stems is not None:
            candidates.append(stems)
    if run:
        candidates.append({"".join(run)})
    return max(candidates, key=lambda stems: (min(map(len, stems)), -len(stems)), default=None)


def _item_stems(op: Any, argument: Any, named: list[set[str] | None]) -> set[str] | None:
    if op is _sre_constants.SUBPATTERN:
        return _sequence_stems(argument[3].data, named)
    if op is _sre_constants.ATOMIC_GROUP:
        return _sequence_stems(argument.data, named)
    if op in (_sre_constants.MAX_REPEAT, _sre_constants.MIN_REPEAT, _sre_constants.POSSESSIVE_REPEAT):
        low, _high, item = argument
        return _sequence_stems(item.data, named) if low >= 1 else None
    if op is _sre_constants.BRANCH:
        union: set[str] = set()
        for branch in argument[1]:
            if (stems := _sequence_stems(branch.data, named)) is None:
                return None
            union |= stems
        return union
    return None


def last_match(matches: Iterable[re.Match[str]]) -> re.Match[str] | None:
    """The last of ``finditer``'s matches, or None."""
    last = None
    for last in matches:
        pass
    return last

