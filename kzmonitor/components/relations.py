"""kzmonitor_relation_linker: which person each citation and sanction concerns.

A measure concerns the nearest person named before it in the same sentence, else the
nearest after it; "X and Y to 5 years each" (or "respectively", or "X and Y were
fined ...") gives one value per coordinated person.
"""

from __future__ import annotations

import re
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from .. import regexes as rx
from .base import StatelessPipe
from ..extensions import CITATION, CITATIONS_KEY, PERSON_ID, PERSON_IDS, PERSON_LABEL, SANCTION, SANCTIONS_KEY, install_extensions
from ..scoring import sanction_key

# "\s*" before "\s+and" would let two quantifiers share one run of spaces: quadratic backtracking.
# "X, and a local resident, Y", "X and her friend Y": a short role between the two names keeps them one list.
COORDINATION_RE = re.compile(
    r"^(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:(?:an?|the|his|her|their)\s+(?:[\w-]+\s+){0,3}?[\w-]+,?\s+)?$"
)
EACH_RE = re.compile(r"^\W{0,3}(?:each|respectively|apiece)\b", re.IGNORECASE)
# The list's verb may follow an apposition or a citation: "X and Y, activists of the party, were arrested".
PLURAL_VERB_RE = re.compile(r"\b(?:were|have\s+been|had\s+been|are)\b")
SINGULAR_VERB_RE = re.compile(r"\b(?:was|has|is)\b")
# "X and Y, members of the DCK, received 15 days": a list right before the verb is its subject.
SUBJECT_GAP_RE = re.compile(r"^\s*(?:,[^,;.]{0,80},\s*)?$")
VERB_FIRST_RE = re.compile(r"^(?:received|got|fined|arrested|sentenced|detained|jailed|placed|given)\b", re.IGNORECASE)
# "the court sentenced the activists X and Y to 7 years": a list right after the verb is its object.
# "upheld the decision to sentence human rights defenders X and Y to five years": a few lower-case words may stand between.
VERB_BEFORE_RE = re.compile(r"\b(?:sentenced?|fined?|arrested|convicted|punished|detained|jailed?|handed)\s+(?:[a-z]+\s+){0,8}$")
OBJECT_GAP_RE = re.compile(r"^\s*(?:to\s+)?$")
ELIDED_GAP_RE = re.compile(r"^\s+to\s+$")
# "... demanded 5 years in prison for A, B and C", "sentenced to fines: A, B, C"
FORWARD_LIST_RE = re.compile(r"(?:\bfor|\bagainst|:)\s*$")
# "to recover 10 MCI from each of them": one measure for every person the entry has named so far.
EACH_OF_THEM_RE = re.compile(r"^\W{0,3}(?:(?:from|to|on|for|of)\s+)?(?:each|every\s+one|all)\s+of\s+them\b", re.IGNORECASE)
# "...; 10 days for Dosanov Ye.": the person after "for" receives the measure before it.
FOR_PERSON_RE = re.compile(r"^\s+for\s+$")
# "They were fined ..." refers to the list of the sentence before.
PRONOUN_SUBJECT_RE = re.compile(r"^\W*(?:They|These|Both|All\s+of\s+them)\s+(?:were|have\s+been|had\s+been|received|got)\b")
# "the court banned each from ... and fined them ...": so does a pronoun object at the measure.
PRONOUN_OBJECT_RE = re.compile(r"\b(?:them|each|both|all\s+of\s+them)\b")
# Officials who decide a measure rather than receive it: "Judge Akshabayev T. extended the detention".
OFFICIAL_TITLE_RE = re.compile(r"\b(?:judge|prosecutor|investigator|lawyer|attorney|advocate|akim|chairman)\s*$", re.IGNORECASE)
COUNT_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
               "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
               "eighteen": 18, "nineteen": 19, "twenty": 20}
# "three activists were placed in detention", "Five of them were held liable", "two were fined"
COUNTED_SUBJECT_RE = re.compile(
    rf"\b(?P<count>\d{{1,2}}|{'|'.join(COUNT_WORDS)})\s+(?:of\s+them\s+|(?:[\w-]+\s+){{0,2}}?"
    r"(?:activists|people|persons|men|women|protesters|participants|residents|journalists|others|defendants|employees"
    r"|members|believers|supporters|citizens|individuals|detainees|officers|policemen|servicemen|soldiers|workers|bloggers"
    r"|lawyers|relatives|students|youths|suspects|accused|convicts|prisoners|leaders|officials)\s+)?(?:were|have\s+been|had\s+been|received|got)\b",
    re.IGNORECASE,
)


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


def _coordinated(doc: Doc, left: Span, right: Span) -> bool:
    return bool(COORDINATION_RE.match(doc.text[left.end_char : right.start_char]))


def coordinated_group(doc: Doc, persons: list[Span], index: int, *, forward: bool = False) -> list[Span]:
    """Persons joined to ``persons[index]`` by commas/"and": "A, B and C", ending there (or, ``forward``, starting there)."""
    first = last = index
    if forward:
        while last + 1 < len(persons) and _coordinated(doc, persons[last], persons[last + 1]):
            last += 1
    else:
        while first > 0 and _coordinated(doc, persons[first - 1], persons[first]):
            first -= 1
    return persons[first : last + 1]


def persons_for(doc: Doc, span: Span, persons: list[Span], bounds: list[int], split: bool) -> list[Span | None]:
    """The persons a citation or sanction concerns; several only where ``split`` and the text distributes it."""
    sentence = rx.sentence_of(bounds, span.start_char)
    in_sentence = [i for i, p in enumerate(persons) if rx.sentence_of(bounds, p.start_char) == sentence]
    if split:  # sanctions go to the person who receives them, not to the judge who imposes them
        in_sentence = [i for i in in_sentence if not is_official(doc, persons[i])]
    if split and not in_sentence and EACH_OF_THEM_RE.match(doc.text[span.end_char : span.end_char + 30]):
        named: dict[Any, Span] = {}
        for person in persons:
            if person.end_char <= span.start_char and not is_official(doc, person):
                named.setdefault(person._.get(PERSON_ID) or person.text, person)
        if len(named) > 1:
            return list(named.values())
    before = [i for i in in_sentence if persons[i].end_char <= span.start_char]
    after = [i for i in in_sentence if persons[i].start_char >= span.end_char]
    inside = [i for i in in_sentence if span.start_char <= persons[i].start_char and persons[i].end_char <= span.end_char]
    if inside:  # "the court fined Zhamaliev Zh. 69,000 tenge"
        return [persons[inside[-1]]]
    if split and after and FOR_PERSON_RE.match(doc.text[span.end_char : persons[after[0]].start_char]):
        return coordinated_group(doc, persons, after[0], forward=True)
    if before:
        last = before[-1]
        group = coordinated_group(doc, persons, last)
        gap = doc.text[group[-1].end_char : span.start_char]
        verb = PLURAL_VERB_RE.search(gap)
        if not split:
            # "A and B were charged under Article 405": one citation of several persons concerns no one alone
            shared = len(group) > 1 and verb is not None and not SINGULAR_VERB_RE.search(gap, 0, verb.start())
            return [None] if shared else [persons[last]]
        distributes = len(group) > 1 and bool(
            EACH_RE.match(doc.text[span.end_char : span.end_char + 20])
            or (verb and not SINGULAR_VERB_RE.search(gap, 0, verb.start()) and ";" not in gap)
            or (SUBJECT_GAP_RE.match(gap) and VERB_FIRST_RE.match(span.text))
            or (OBJECT_GAP_RE.match(gap) and VERB_BEFORE_RE.search(doc.text[max(0, group[0].start_char - 40) : group[0].start_char]))
            # "A was sentenced to 10 days, B and C to 5 days": the verb is left out before the later list
            or (ELIDED_GAP_RE.match(gap) and span.text[:1].isdigit())
        )
        return group if distributes else group[-1:]
    if after:
        first = after[0]
        gap = doc.text[span.end_char : persons[first].start_char]
        if split and FORWARD_LIST_RE.search(gap):
            return coordinated_group(doc, persons, first, forward=True)
        return [persons[first]]
    if split and sentence > 0 and (PRONOUN_SUBJECT_RE.match(doc.text[bounds[sentence] : span.start_char])
                                   or PRONOUN_OBJECT_RE.search(doc.text[max(bounds[sentence], span.start_char - 15) : span.end_char])):
        previous = [i for i, p in enumerate(persons) if rx.sentence_of(bounds, p.start_char) == sentence - 1]
        if previous:
            return coordinated_group(doc, persons, previous[-1])
    candidates = [p for p in persons if not (split and is_official(doc, p))]
    if len({p._.get(PERSON_ID) for p in candidates}) == 1:
        return [candidates[0]]
    return [None]


def is_official(doc: Doc, person: Span) -> bool:
    return bool(OFFICIAL_TITLE_RE.search(doc.text[max(0, person.start_char - 30) : person.start_char]))


def counted_subject(doc: Doc, span: Span, persons: list[Span], bounds: list[int]) -> int | None:
    """N for "three activists were placed in detention ..." right before ``span``, with no name in between."""
    sentence = rx.sentence_of(bounds, span.start_char)
    clause_start = max([bounds[sentence], *(p.end_char for p in persons if p.end_char <= span.start_char)])
    clause = doc.text[clause_start : span.start_char]
    found = rx.last_match(COUNTED_SUBJECT_RE.finditer(clause))
    if found is None or ";" in clause[found.end() :]:
        return None
    count = found["count"].lower()
    return int(count) if count.isdigit() else COUNT_WORDS[count]


def _has_quantity(value: dict[str, Any]) -> bool:
    return bool(value.get("duration") or value.get("amount") or value.get("until"))


def drop_restatements(doc: Doc, spans_key: str) -> None:
    """One sanction per measure per person: drop a repeated value, and a bare "fined" beside "fined 72,500 tenge"."""
    spans = list(doc.spans.get(spans_key, []))
    quantified = {(v["type"], pid) for s in spans for v, pid in zip(s._.get(SANCTION) or [], s._.get(PERSON_IDS) or [])
                  if pid is not None and _has_quantity(v)}
    seen: set[tuple] = set()
    kept_spans = []
    for span in spans:
        values, ids = [], []
        for value, pid in zip(span._.get(SANCTION) or [], span._.get(PERSON_IDS) or []):
            if pid is not None:
                key = (sanction_key(value), pid)
                if key in seen or (not _has_quantity(value) and (value["type"], pid) in quantified):
                    continue
                seen.add(key)
            values.append(value)
            ids.append(pid)
        if values:
            span._.set(SANCTION, values)
            span._.set(PERSON_IDS, ids)
            kept_spans.append(span)
    doc.spans[spans_key] = kept_spans


class RelationLinker(StatelessPipe):
    def __init__(self, nlp: Language, name: str = "kzmonitor_relation_linker", *, citations_key: str = CITATIONS_KEY, sanctions_key: str = SANCTIONS_KEY):
        install_extensions()
        self.name = name
        self.citations_key = citations_key
        self.sanctions_key = sanctions_key

    def __call__(self, doc: Doc) -> Doc:
        persons = [e for e in doc.ents if e.label_ == PERSON_LABEL]
        bounds = rx.sentence_bounds(doc.text)
        for span in doc.spans.get(self.citations_key, []):
            values = span._.get(CITATION) or []
            person = persons_for(doc, span, persons, bounds, split=False)[0]
            span._.set(PERSON_IDS, [person._.get(PERSON_ID) if person is not None else None] * len(values))
        for span in doc.spans.get(self.sanctions_key, []):
            values = span._.get(SANCTION) or []
            group = persons_for(doc, span, persons, bounds, split=True)
            if group == [None] or group[-1].end_char <= span.start_char:
                count = counted_subject(doc, span, persons, bounds)
                if count is not None:
                    group = [None] * count
            if len(values) == 2 and len(group) != 2 and rx.gives_range(span.text):
                # "three activists ... 10 to 15 days": nobody's own term is given, so one measure each without one
                values = [dict(values[0], duration=None, amount=None, kzt=None)]
            if len(values) == 1 and len(group) > 1:
                values = [dict(values[0]) for _ in group]
            span._.set(SANCTION, values)
            ids = [p._.get(PERSON_ID) if p is not None else None for p in group][: len(values)]
            span._.set(PERSON_IDS, ids + ids[-1:] * (len(values) - len(ids)))
        drop_restatements(doc, self.sanctions_key)
        return doc
