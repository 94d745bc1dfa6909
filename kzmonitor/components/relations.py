"""kzmonitor_relation_linker: which person each citation and sanction concerns.

A measure concerns the nearest person named before it in the same sentence, else the
nearest after it; "X and Y to 5 years each" (or "respectively", or "X and Y were
fined ...") gives one value per coordinated person.
"""

from __future__ import annotations

import re
from typing import Any, Callable, Iterable

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.training import Example

from .base import StatelessPipe
from ..extensions import CITATION, CITATIONS_KEY, PERSON_ID, PERSON_IDS, PERSON_LABEL, SANCTION, SANCTIONS_KEY, install_extensions

SENTENCE_END_RE = re.compile(r"(?<!\b[A-Z])(?<!\b[A-Z][a-z])[.!?](?:\[\d+\])?\s+(?=[A-Z“\"])|\[\d+\]")
# "\s*" before "\s+and" would let two quantifiers share one run of spaces: quadratic backtracking.
COORDINATION_RE = re.compile(r"^(?:\s*,\s*(?:and\s+)?|\s+and\s+)$")
EACH_RE = re.compile(r"^\W{0,3}(?:each|respectively|apiece)\b", re.IGNORECASE)
PLURAL_VERB_RE = re.compile(r"^\s*(?:,\s*)?(?:were|have\s+been|are)\b")


@Language.factory(
    "kzmonitor_relation_linker",
    assigns=[f"span._.{PERSON_IDS}"],
    requires=[f"span._.{PERSON_ID}"],
    default_config={"citations_key": CITATIONS_KEY, "sanctions_key": SANCTIONS_KEY},
)
def make_relation_linker(nlp: Language, name: str, citations_key: str, sanctions_key: str) -> RelationLinker:
    """Create the relation linker.

    Args:
        citations_key: ``doc.spans`` key of the citations.
        sanctions_key: ``doc.spans`` key of the sanctions.
    """
    return RelationLinker(nlp, name, citations_key=citations_key, sanctions_key=sanctions_key)


def _sentence_bounds(text: str) -> list[int]:
    return [0, *(m.end() for m in SENTENCE_END_RE.finditer(text)), len(text) + 1]


def _sentence_of(bounds: list[int], offset: int) -> int:
    for i in range(len(bounds) - 1):
        if bounds[i] <= offset < bounds[i + 1]:
            return i
    return len(bounds) - 2


def coordinated_group(doc: Doc, persons: list[Span], last: int) -> list[Span]:
    """Persons joined to ``persons[last]`` by commas/"and" right before it: "A, B and C"."""
    group = [persons[last]]
    i = last
    while i > 0 and COORDINATION_RE.match(doc.text[persons[i - 1].end_char : persons[i].start_char]):
        group.insert(0, persons[i - 1])
        i -= 1
    return group


def persons_for(doc: Doc, span: Span, persons: list[Span], bounds: list[int], split: bool) -> list[Span | None]:
    sentence = _sentence_of(bounds, span.start_char)
    before = [i for i, p in enumerate(persons) if p.end_char <= span.start_char and _sentence_of(bounds, p.start_char) == sentence]
    if before:
        last = before[-1]
        group = coordinated_group(doc, persons, last) if split else [persons[last]]
        return group
    after = [p for p in persons if p.start_char >= span.end_char and _sentence_of(bounds, p.start_char) == sentence]
    if after:
        return [after[0]]
    entry_persons = {p._.get(PERSON_ID) for p in persons}
    if len(entry_persons) == 1:
        return [persons[0]]
    return [None]


class RelationLinker(StatelessPipe):
    def __init__(self, nlp: Language, name: str = "kzmonitor_relation_linker", *, citations_key: str = CITATIONS_KEY, sanctions_key: str = SANCTIONS_KEY):
        install_extensions()
        self.name = name
        self.citations_key = citations_key
        self.sanctions_key = sanctions_key

    def __call__(self, doc: Doc) -> Doc:
        persons = [e for e in doc.ents if e.label_ == PERSON_LABEL]
        bounds = _sentence_bounds(doc.text)
        for span in doc.spans.get(self.citations_key, []):
            values = span._.get(CITATION) or []
            person = persons_for(doc, span, persons, bounds, split=False)[0]
            span._.set(PERSON_IDS, [person._.get(PERSON_ID) if person is not None else None] * len(values))
        for span in doc.spans.get(self.sanctions_key, []):
            values = span._.get(SANCTION) or []
            after = doc.text[span.end_char : span.end_char + 20]
            split = bool(EACH_RE.match(after))
            group = persons_for(doc, span, persons, bounds, split=True)
            if not split and len(group) > 1:
                # "X and Y were fined ...": split only when a plural verb follows the list.
                tail = doc.text[group[-1].end_char : span.start_char] if group[-1] is not None else ""
                if not PLURAL_VERB_RE.match(tail):
                    group = group[-1:]
            if len(values) == 1 and len(group) > 1:
                values = values * len(group)
                span._.set(SANCTION, [dict(v) for v in values])
            span._.set(PERSON_IDS, [p._.get(PERSON_ID) if p is not None else None for p in group][: len(values)] or [None])
        return doc
