"""kzmonitor_citation_parser: legal-code citations -> ``doc.spans["kz_citations"]``.

A citation phrase opens with "Article(s)" and runs through article numbers, parts,
paragraphs and quoted titles to the code's name. Each (code, article, part,
paragraph) it cites is one value in ``Span._.kz_citation``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from .. import regexes as rx
from .base import SpanGroupParser, doc_text
from ..extensions import CITATION, CITATIONS_KEY
from ..languages import check_language, load_table
from ..legal_codes import corrected_code
from ..scoring import citation_scores


class CitationGrammar:
    """One language's citation patterns, built from ``kzmonitor/data/<language>/citations.json``.

    English names the code after the article with "of" ("Article 405, Part 2 of the Criminal
    Code"); Russian puts the part first and the code after without a connector ("ч. 2 ст. 405
    УК РК"). Both are the same scan: an optional part/paragraph prefix (``PREFIX``), an article,
    list items, then the code; ``part_before_article`` lets a list item open with its part too.
    """

    def __init__(self, language: str):
        table = load_table(check_language(language), "citations")
        found = rx.fragments(language)
        self.language = language
        # code names folded to one space and lower case -> code key
        self.codes: dict[str, str] = {}
        for key, names in table["codes"].items():
            for name in names:
                self.codes.setdefault(" ".join(name.split()).lower(), key)
        self.part_before_article: bool = table["part_before_article"]
        # parts named in words ("по обеим частям статьи 405": parts 1 and 2), by the word that opens them
        self.part_words: dict[str, list[str]] = table.get("part_words", {})
        # "Article 19" alone is the free-speech organisation, not a citation
        self.bare_article_names: frozenset[str] = frozenset(k for k in table.get("bare_article_names", {}) if not k.startswith("_"))
        self.article_start_re = re.compile(found["ARTICLE_START"])
        self.article_number_re = re.compile(rx.ARTICLE_NUMBER)
        # "по 174-й статье": the ordinal's ending and keyword after a number that opened the article
        self.article_after_number_re = re.compile(found["ARTICLE_AFTER_NUMBER"]) if "ARTICLE_AFTER_NUMBER" in found else None
        self.plural_at_end_re = re.compile(rf"(?:{found['PLURAL_ARTICLE_KEYWORD']})\s*$", re.IGNORECASE)
        self.plural_at_start_re = re.compile(found["PLURAL_ARTICLE_KEYWORD"], re.IGNORECASE)
        self.part_re = re.compile(found["PART"])
        self.dotted_part_re = re.compile(found["DOTTED_PART"])
        self.dotted_article_re = re.compile(found["DOTTED_ARTICLE"])
        self.same_code_re = re.compile(found["SAME_CODE"])
        self.paragraph_re = re.compile(found["PARAGRAPH"])
        self.article_item_re = re.compile(found["ARTICLE_ITEM"])
        self.bare_article_re = re.compile(found["BARE_ARTICLE"])
        self.separator_re = re.compile(found["SEPARATOR"])
        self.title_re = re.compile(found["TITLE"])
        self.law_re = re.compile(found["LAW"])
        self.prefix_re = re.compile(found["PREFIX"])
        self.code_re = rx.code_re(language)
        self.code_before_re = rx.code_before_re(language)
        self.sentence_break_re = re.compile(found["SENTENCE_BREAK"])
        # "charged under the Criminal Code ...: ... (Article 164, paragraph 3); ...": a code before a colon, for the list after it
        self.code_before_list_re = (re.compile(found["CODE_BEFORE_LIST"], self.code_before_re.flags)
                                    if "CODE_BEFORE_LIST" in found else None)
        # "ч. 1 ст. 274" inside a list: a part that opens the next item, before its article
        self.prefixed_item_re = re.compile(found["PREFIXED_ITEM"]) if self.part_before_article else None
        # "... and Part 2 of the same article": a part of the article cited before it
        self.same_article_re = re.compile(found["SAME_ARTICLE"]) if "SAME_ARTICLE" in found else None
        # "статьи 274, касающейся «...», из Уголовного кодекса РК": a clause between the article and its code
        self.code_gloss_re = re.compile(found["CODE_GLOSS"]) if "CODE_GLOSS" in found else None
        # "по трем статьям Уголовного кодекса, одна из них – 174-я": an ordinal that stands for a counted article
        self.ordinal_article_re = re.compile(found["ORDINAL_ARTICLE"]) if "ORDINAL_ARTICLE" in found else None

    def code_for_name(self, name: str) -> str:
        """"Code of Administrative Offences" -> "administrative", "УК" -> "criminal"; unknown names -> "unknown"."""
        return self.codes.get(" ".join(name.split()).lower(), "unknown")


@lru_cache(maxsize=None)
def grammar(language: str = "en") -> CitationGrammar:
    """The citation patterns of ``language``, built once per process."""
    return CitationGrammar(language)


@dataclass
class ArticleGroup:
    """One article of a phrase with the parts and paragraphs that follow it."""

    article: str
    parts: list[str] = field(default_factory=list)
    paragraphs: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class CitationMatch:
    """A citation phrase found in text.

    Attributes:
        start: Offset of the phrase's first character.
        end: Offset after its last character.
        groups: Raw articles with their parts and paragraphs, as written.
        code_name: The code as named in the text ("Criminal Code"), or None.
        law_title: A named law's title, for code "law".
        values: One dict per (code, article, part, paragraph), derived from the above.
    """

    start: int
    end: int
    groups: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...]
    code_name: str | None
    law_title: str | None
    values: tuple[dict[str, Any], ...]


_SPACES_RE = re.compile(r"[ \t]*")


# "1-3", "1 to 3", "2–4": a range of parts; a lone number otherwise
_RANGE_OR_NUMBER_RE = re.compile(r"(?P<low>\d{1,3})(?:[ \t]{0,2}(?:-|–|\bto\b)[ \t]{0,2}(?P<high>\d{1,3}))?")


def _split_numbers(raw: str) -> list[str]:
    """"1, 2 and 3" -> 1, 2, 3; a rising range "1-3", "1 to 3" -> 1, 2, 3 (ten numbers at most, so
    that "2-1", a part with a suffix, stays 2 and 1 as before)."""
    numbers: list[str] = []
    for m in _RANGE_OR_NUMBER_RE.finditer(raw):
        low, high = int(m["low"]), int(m["high"] or m["low"])
        if low < high <= low + 9:
            numbers.extend(str(n) for n in range(low, high + 1))
        else:
            numbers.extend(n for n in (m["low"], m["high"]) if n)
    return numbers


def _add_dotted(group: ArticleGroup, dotted: re.Match[str]) -> None:
    """"272.3", "174(2)": the part after the article; "35(1)(2)": and its paragraph."""
    group.parts.append(dotted["part"])
    if dotted.groupdict().get("paragraph"):
        group.paragraphs.append(dotted["paragraph"])


def _scan_groups(g: CitationGrammar, text: str, pos: int, keyword_end: int | None = None) -> tuple[list[ArticleGroup], int]:
    """Read articles/parts/paragraphs from ``pos`` (just after "Article"); return groups and end.

    ``keyword_end``: where the article keyword ends, when a code's name stands between it and ``pos``."""
    first = g.article_number_re.match(text, pos)
    assert first is not None
    groups = [ArticleGroup(first.group(0))]
    end = first.end()
    if g.article_after_number_re is not None and (after := g.article_after_number_re.match(text, end)) is not None:
        end = after.end()
    # "Article 272.3", "Articles 378.2 and 274.2": a part after a dot, and the list goes on after it
    dotted = g.dotted_part_re.match(text, end)
    if dotted is not None:
        _add_dotted(groups[-1], dotted)
        end = dotted.end()
    keyword_end = pos if keyword_end is None else keyword_end
    plural = g.plural_at_end_re.search(text[max(0, keyword_end - 12) : keyword_end]) is not None
    cursor = end
    while cursor < len(text):
        separator = g.separator_re.match(text, cursor)
        item_start = separator.end() if separator else cursor
        if (m := g.article_item_re.match(text, item_start)) is not None:
            groups.append(ArticleGroup(m["number"]))
            plural = g.plural_at_start_re.match(m.group(0)) is not None
        elif g.prefixed_item_re is not None and (m := g.prefixed_item_re.match(text, item_start)) is not None:
            # "ч. 2 ст. 405, ч. 1 ст. 274": the part written before its own article
            groups.append(ArticleGroup(m["number"], _split_numbers(m["part"]), [m["paragraph"]] if m["paragraph"] else []))
            plural = g.plural_at_start_re.match(m["article_kw"]) is not None
        elif (m := g.part_re.match(text, item_start)) is not None:
            groups[-1].parts.extend(_split_numbers(m["plural"] or m["single"]))
        elif (m := g.paragraph_re.match(text, item_start)) is not None:
            groups[-1].paragraphs.append(m["number"])
        elif plural and dotted is not None and (m := g.dotted_article_re.match(text, item_start)) is not None:
            groups.append(ArticleGroup(m["number"]))
        elif plural and (m := g.bare_article_re.match(text, item_start)) is not None and (
            not groups[-1].parts or _part_follows(g, text, m.end())
        ):
            # "ст. 174, 274 и 405"; after a part only where the number has its own ("ст.ст. 174 ч. 1, 405 ч. 2")
            groups.append(ArticleGroup(m["number"]))
        elif (title := g.title_re.match(text, cursor)) is not None and _next_article(g, text, title.end(), plural):
            # "Article 378, Part 1 (“insulting ...”) and Article 380": a title between list items.
            cursor = title.end()
            continue
        else:
            break
        cursor = end = m.end()
        if m.re in (g.article_item_re, g.bare_article_re, g.dotted_article_re, g.prefixed_item_re):
            dotted = g.dotted_part_re.match(text, end)
            if dotted is not None:
                _add_dotted(groups[-1], dotted)
                cursor = end = dotted.end()
    return groups, end


def _next_article(g: CitationGrammar, text: str, pos: int, plural: bool = False) -> bool:
    """Whether another article follows at ``pos``: with its keyword, or after a plural keyword a bare
    number ("статьям 174 («...») и 405 УК РК")."""
    separator = g.separator_re.match(text, pos)
    start = separator.end() if separator else pos
    if g.article_item_re.match(text, start) is not None:
        return True
    if g.prefixed_item_re is not None and g.prefixed_item_re.match(text, start) is not None:
        return True  # "part 1 of article 146 (as amended ...) and part 1 of article 362"
    return plural and start > pos and g.bare_article_re.match(text, start) is not None


def _part_follows(g: CitationGrammar, text: str, pos: int) -> bool:
    """Whether a part follows at ``pos`` (after spaces): the number before it is an article of its own."""
    return g.part_re.match(text, _SPACES_RE.match(text, pos).end()) is not None


def _code_after(g: CitationGrammar, text: str, pos: int) -> tuple[str | None, str | None, int] | None:
    """(code name, law title, end) of a code phrase at ``pos``, allowing one quoted title, or a clause (``CODE_GLOSS``),
    before it."""
    starts = [pos]
    if (title := g.title_re.match(text, pos)) is not None:
        starts.append(title.end())
    if g.code_gloss_re is not None and (gloss := g.code_gloss_re.match(text, pos)) is not None and gloss.end() > pos:
        starts.append(gloss.end())
    for start in starts:
        if (m := g.code_re.match(text, start)) is not None:
            return m["name"], None, m.end()
        if (m := g.law_re.match(text, start)) is not None:
            title = (m["title"] or m.groupdict().get("act")).strip("“”\"«» ")
            return None, title, m.end()
    return None


# How far before an article a code that opens its list with a colon may stand
CODE_LIST_WINDOW = 400


def _code_before_list(g: CitationGrammar, text: str, start: int) -> str | None:
    """The code named before a colon earlier in the sentence of the article at ``start`` ("charged under the Criminal
    Code of the Republic of Kazakhstan: Inciting ... (Article 164, paragraph 3)"), or None."""
    if g.code_before_list_re is None:
        return None
    listed = rx.last_match(g.code_before_list_re.finditer(text, max(0, start - CODE_LIST_WINDOW), start))
    if listed is None or g.sentence_break_re.search(text, listed.end(), start + 1):
        return None
    return listed["name"]


def citation_value(code: str, article: str, part: str | None = None, paragraph: str | None = None,
                   law_title: str | None = None) -> dict[str, Any]:
    """One cited (code, article, part, paragraph), as ``Span._.kz_citation`` holds it."""
    return {"code": code, "article": article, "part": part, "paragraph": paragraph, "law_title": law_title,
            "code_corrected": corrected_code(code, article)}


def find_citations(text: str, language: str = "en") -> list[CitationMatch]:
    """Every citation phrase in ``text``, in order.

    Args:
        text: The text to search.
        language: Whose citation words to read ("en", "ru").

    >>> [c.values[0]["article"] for c in find_citations("Article 488, Part 6 of the CAO")]
    ['488']
    >>> [(v["article"], v["part"]) for v in find_citations("по ч. 2 ст. 405 УК РК", "ru")[0].values]
    [('405', '2')]
    """
    g = grammar(language)
    found: list[CitationMatch] = []
    previous_code: str | None = None
    previous_end = 0
    cursor = 0
    while (start_match := g.article_start_re.search(text, cursor)) is not None:
        start = start_match.start()
        # "по статьям Уголовного кодекса 24 и 179": the code named once between the word and the numbers
        inner_code = start_match.groupdict().get("inner_code")
        groups, end = _scan_groups(g, text, start_match.end(), start_match.start("inner_code") if inner_code else None)
        cursor = max(end, start_match.end())
        prefix = g.prefix_re.search(text[max(0, start - 40) : start])
        if prefix is not None:
            # "paragraph 1, part 2 of Article 55": the part belongs to the (single) article.
            if prefix["part"]:
                words = prefix["part"].split(maxsplit=1)
                # "Parts 2, 3, and 4 of Article 272"; "обеим частям статьи 405"
                groups[0].parts[:0] = g.part_words.get(words[0].lower()) or _split_numbers(prefix["part"])
            # "по пунктам 1 и 3 части 2"; "paragraph 3 of Article 10" (no part)
            if paragraph := prefix["paragraph"] or prefix.groupdict().get("lone_paragraph"):
                groups[0].paragraphs[:0] = _split_numbers(paragraph)
            start = start - (len(text[max(0, start - 40) : start]) - prefix.start())
        code_phrase = _code_after(g, text, end)
        law_title = None
        code_name = None
        if code_phrase is not None:
            code_name, law_title, end = code_phrase
            code = g.code_for_name(code_name) if code_name else "law"
        elif inner_code:
            code_name = inner_code
            code = g.code_for_name(code_name)
        elif (same := g.same_code_re.match(text, end)) is not None:
            # "Article 488 section 1 of the same code"; named in an earlier paragraph: carry_same_code
            code, end = previous_code or "unknown", same.end()
        elif (before := g.code_before_re.search(text, max(0, start - 80), start)) is not None:
            code_name, start = before["name"], before.start("name")  # "(Criminal Code, Article 378)"
            code = g.code_for_name(code_name)
        # (up to the citation's first letter: a sentence break is read with the capital that opens the next sentence)
        elif previous_code is not None and not g.sentence_break_re.search(text, previous_end, start + 1):
            code = previous_code  # "Article 158 of the Criminal Code ... and Article 159 “...”"
        elif (listed := _code_before_list(g, text, start)) is not None:
            code_name = listed
            code = g.code_for_name(code_name)
        else:
            code = "unknown"
            if len(groups) == 1 and not groups[0].parts and not groups[0].paragraphs and groups[0].article in g.bare_article_names:
                cursor = max(cursor, end)
                continue  # "Article 19, the London-based group": a name, no citation
        cursor = max(cursor, end)
        previous_code, previous_end = code, end
        values = tuple(
            citation_value(code, group.article, part, paragraph, law_title)
            for group in groups
            for part in (group.parts or [None])
            for paragraph in (group.paragraphs or [None])
        )
        found.append(
            CitationMatch(
                start=start,
                end=end,
                groups=tuple((g.article, tuple(g.parts), tuple(g.paragraphs)) for g in groups),
                code_name=code_name,
                law_title=law_title,
                values=values,
            )
        )
    return _with_ordinal_articles(g, text, _with_same_article(g, text, found))


def _with_ordinal_articles(g: CitationGrammar, text: str, found: list[CitationMatch]) -> list[CitationMatch]:
    """``found`` with the ordinals that stand for counted articles ("по трем статьям Уголовного кодекса, одна из них –
    174-я"), in the code named after the counted word (else unknown)."""
    if g.ordinal_article_re is None:
        return found
    added = []
    for m in g.ordinal_article_re.finditer(text):
        start, end = m.start("numbers"), m.end("numbers")
        if any(c.start < end and start < c.end for c in found):
            continue
        code = g.code_for_name(m["name"]) if m["name"] else "unknown"
        numbers = re.findall(r"\d{1,4}", m["numbers"])
        values = tuple(citation_value(code, n) for n in numbers)
        added.append(CitationMatch(start, end, tuple((n, (), ()) for n in numbers), m["name"], None, values))
    return sorted(found + added, key=lambda c: c.start) if added else found


def _with_same_article(g: CitationGrammar, text: str, found: list[CitationMatch]) -> list[CitationMatch]:
    """``found`` with "Part 2 of the same article" (and "under the same article", without a part) read as the last
    cited article before it, in its code."""
    if g.same_article_re is None or not found:
        return found
    added = []
    for m in g.same_article_re.finditer(text):
        before = [c for c in found if c.end <= m.start()]
        if not before or any(c.start < m.end() and m.start() < c.end for c in found):
            continue
        cited = before[-1].values[-1]
        paragraphs = _split_numbers(m["paragraph"]) if m["paragraph"] else [None]
        parts = _split_numbers(m["part"]) if m["part"] else [None]  # "under the same article": no part named
        values = tuple({**cited, "part": part, "paragraph": paragraph} for part in parts for paragraph in paragraphs)
        groups = ((cited["article"], tuple(p for p in parts if p), tuple(p for p in paragraphs if p)),)
        added.append(CitationMatch(m.start(), m.end(), groups, None, cited["law_title"], values))
    return sorted(found + added, key=lambda c: c.start)


def carry_same_code(doc: Doc, last_code: str | None, language: str = "en", spans_key: str = CITATIONS_KEY) -> str | None:
    """Give "of the same code" the code of an earlier paragraph of the same text; return the code named last.

    A paragraph's citations are parsed alone, so "Article 488 section 1 of the same code" two paragraphs
    after "Article 488 section 3 of the Administrative Code" is left "unknown" by :func:`find_citations`;
    pass the docs of one text in order, each with what the call before returned.

    Args:
        doc: One paragraph or entry, its citations parsed.
        last_code: The code of the last citation with a known code before ``doc`` (None at the text's start).
        language: Whose citation words the spans were parsed with.
        spans_key: Where the citations are.
    """
    same_code_re = grammar(language).same_code_re
    for span in doc.spans.get(spans_key, []):
        values = span._.get(CITATION) or []
        if last_code is not None and values and all(v["code"] == "unknown" for v in values) and same_code_re.search(span.text):
            values = [{**v, "code": last_code, "code_corrected": corrected_code(last_code, v["article"])} for v in values]
            span._.set(CITATION, values)
        last_code = next((v["code"] for v in reversed(values) if v["code"] != "unknown"), last_code)
    return last_code


@Language.factory(
    "kzmonitor_citation_parser",
    assigns=["doc.spans", f"span._.{CITATION}"],
    default_config={"spans_key": CITATIONS_KEY, "language": None},
    default_score_weights={"citation_f": 1.0, "citation_p": 0.0, "citation_r": 0.0},
)
def make_citation_parser(nlp: Language, name: str, spans_key: str, language: str | None) -> CitationParser:
    """Create the citation parser.

    Args:
        spans_key: ``doc.spans`` key for the citation spans.
        language: Whose citation words to read ("en", "ru"); None reads ``nlp.lang``'s.
    """
    return CitationParser(nlp, name, spans_key=spans_key, language=language)


class CitationParser(SpanGroupParser):
    """Finds citation phrases on character offsets and maps them to token spans."""

    label = "CITATION"
    attribute = CITATION
    scorer = staticmethod(citation_scores)

    tables = staticmethod(grammar)

    def find(self, doc: Doc) -> list[CitationMatch]:
        return find_citations(doc_text(doc), self.language)
