"""kzmonitor_citation_parser: legal-code citations -> ``doc.spans["kz_citations"]``.

A citation phrase opens with "Article(s)" and runs through article numbers, parts,
paragraphs and quoted titles to the code's name. Each (code, article, part,
paragraph) it cites is one value in ``Span._.kz_citation``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from .. import regexes as rx
from .base import SpanGroupParser
from ..extensions import CITATION, CITATIONS_KEY
from ..legal_codes import code_for_name, corrected_code
from ..scoring import citation_scores


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


def _split_numbers(raw: str) -> list[str]:
    return re.findall(r"\d{1,3}", raw)


def _scan_groups(text: str, pos: int) -> tuple[list[ArticleGroup], int]:
    """Read articles/parts/paragraphs from ``pos`` (just after "Article"); return groups and end."""
    first = re.compile(rx.ARTICLE_NUMBER).match(text, pos)
    assert first is not None
    groups = [ArticleGroup(first.group(0))]
    end = first.end()
    # "Article 272.3", "Articles 378.2 and 274.2": a part after a dot, and the list goes on after it
    dotted = rx.DOTTED_PART_RE.match(text, end)
    if dotted is not None:
        groups[-1].parts.append(dotted["part"])
        end = dotted.end()
    plural = text[max(0, pos - 12) : pos].rstrip().lower().endswith("articles")
    cursor = end
    while cursor < len(text):
        separator = rx.SEPARATOR_RE.match(text, cursor)
        item_start = separator.end() if separator else cursor
        if (m := rx.ARTICLE_ITEM_RE.match(text, item_start)) is not None:
            groups.append(ArticleGroup(m["number"]))
            plural = m.group(0).lower().startswith("articles")
        elif (m := rx.PART_RE.match(text, item_start)) is not None:
            groups[-1].parts.extend(_split_numbers(m["plural"] or m["single"]))
        elif (m := rx.PARAGRAPH_RE.match(text, item_start)) is not None:
            groups[-1].paragraphs.append(m["number"])
        elif plural and dotted is not None and (m := rx.DOTTED_ARTICLE_RE.match(text, item_start)) is not None:
            groups.append(ArticleGroup(m["number"]))
        elif plural and not groups[-1].parts and (m := rx.BARE_ARTICLE_RE.match(text, item_start)) is not None:
            groups.append(ArticleGroup(m["number"]))
        elif (title := rx.TITLE_RE.match(text, cursor)) is not None and _next_article(text, title.end()):
            # "Article 378, Part 1 (“insulting ...”) and Article 380": a title between list items.
            cursor = title.end()
            continue
        else:
            break
        cursor = end = m.end()
        if m.re in (rx.ARTICLE_ITEM_RE, rx.BARE_ARTICLE_RE, rx.DOTTED_ARTICLE_RE):
            dotted = rx.DOTTED_PART_RE.match(text, end)
            if dotted is not None:
                groups[-1].parts.append(dotted["part"])
                cursor = end = dotted.end()
    return groups, end


def _next_article(text: str, pos: int) -> bool:
    separator = rx.SEPARATOR_RE.match(text, pos)
    return rx.ARTICLE_ITEM_RE.match(text, separator.end() if separator else pos) is not None


def _code_after(text: str, pos: int) -> tuple[str | None, str | None, int] | None:
    """(code name, law title, end) of a code phrase at ``pos``, allowing one quoted title before it."""
    for start in (pos, None):
        if start is None:
            title = rx.TITLE_RE.match(text, pos)
            if title is None:
                return None
            start = title.end()
        if (m := rx.code_re().match(text, start)) is not None:
            return m["name"], None, m.end()
        if (m := rx.LAW_RE.match(text, start)) is not None:
            title = (m["title"] or m["act"]).strip("“”\"«» ")
            return None, title, m.end()
    return None


_SENTENCE_BREAK_RE = re.compile(r"[.!?](?:\[\d+\])?\s+[A-Z“\"]|\[\d+\]")


def find_citations(text: str) -> list[CitationMatch]:
    """Every citation phrase in ``text``, in order.

    >>> [c.values[0]["article"] for c in find_citations("Article 488, Part 6 of the CAO")]
    ['488']
    """
    found: list[CitationMatch] = []
    previous_code: str | None = None
    previous_end = 0
    cursor = 0
    while (start_match := rx.ARTICLE_START_RE.search(text, cursor)) is not None:
        start = start_match.start()
        groups, end = _scan_groups(text, start_match.end())
        cursor = max(end, start_match.end())
        prefix = rx.PREFIX_RE.search(text[max(0, start - 40) : start])
        if prefix is not None:
            # "paragraph 1, part 2 of Article 55": the part belongs to the (single) article.
            groups[0].parts[:0] = _split_numbers(prefix["part"])  # "Parts 2, 3, and 4 of Article 272"
            if prefix["paragraph"]:
                groups[0].paragraphs.insert(0, prefix["paragraph"])
            start = start - (len(text[max(0, start - 40) : start]) - prefix.start())
        code_phrase = _code_after(text, end)
        law_title = None
        code_name = None
        if code_phrase is not None:
            code_name, law_title, end = code_phrase
            code = code_for_name(code_name) if code_name else "law"
        elif previous_code is not None and (same := rx.SAME_CODE_RE.match(text, end)) is not None:
            code, end = previous_code, same.end()  # "Article 488 section 1 of the same code"
        elif (before := rx.code_before_re().search(text, max(0, start - 80), start)) is not None:
            code_name, start = before["name"], before.start("name")  # "(Criminal Code, Article 378)"
            code = code_for_name(code_name)
        elif previous_code is not None and not _SENTENCE_BREAK_RE.search(text, previous_end, start):
            code = previous_code  # "Article 158 of the Criminal Code ... and Article 159 “...”"
        else:
            code = "unknown"
        cursor = max(cursor, end)
        previous_code, previous_end = code, end
        values = tuple(
            {
                "code": code,
                "article": group.article,
                "part": part,
                "paragraph": paragraph,
                "law_title": law_title,
                "code_corrected": corrected_code(code, group.article),
            }
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
    return found


@Language.factory(
    "kzmonitor_citation_parser",
    assigns=["doc.spans", f"span._.{CITATION}"],
    default_config={"spans_key": CITATIONS_KEY},
    default_score_weights={"citation_f": 1.0, "citation_p": 0.0, "citation_r": 0.0},
)
def make_citation_parser(nlp: Language, name: str, spans_key: str) -> CitationParser:
    """Create the citation parser.

    Args:
        spans_key: ``doc.spans`` key for the citation spans.
    """
    return CitationParser(nlp, name, spans_key=spans_key)


class CitationParser(SpanGroupParser):
    """Finds citation phrases on character offsets and maps them to token spans."""

    label = "CITATION"
    attribute = CITATION
    scorer = staticmethod(citation_scores)

    def __init__(self, nlp: Language, name: str = "kzmonitor_citation_parser", *, spans_key: str = CITATIONS_KEY):
        super().__init__(nlp, name, spans_key=spans_key)

    def find(self, doc: Doc) -> list[CitationMatch]:
        return find_citations(doc.text)
