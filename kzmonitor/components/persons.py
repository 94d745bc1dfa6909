"""kzmonitor_person_patterns: PERSON names by the shapes of Kazakh/Russian names.

"Surname I.", "I. Surname", "Surname Given (Patronymic)", glued ("MukhamedkarimDuman")
and hyphenated forms. It adds entities only where the trained ``ner`` left none, so it
can run alone (a blank pipeline) or behind the model as a safety net.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Iterable

from spacy.lang.en.stop_words import STOP_WORDS as ENGLISH_STOP_WORDS
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.training import Example
from spacy.util import filter_spans

from .base import StatelessPipe
from ..extensions import PERSON_LABEL, install_extensions
from ..resources import load_json
from ..scoring import person_scores

# Letters of Latin-script Kazakh/Russian names (with Kazakh letters for text that keeps them).
UPPER = "A-ZÁÉÍÓÚÄÖÜƏҒҚҢӨҰҮҺІ"
LOWER = "a-záéíóúäöüəғқңөұүһі"
WORD = rf"[{UPPER}][{LOWER}]{{1,20}}(?:[-’'][{UPPER}]?[{LOWER}]{{2,20}})?"
# "Zh.", "Sh.", "A.", "K.K." — digraph initials of transliterated Kazakh/Russian names
INITIAL = rf"(?:Zh|Sh|Kh|Ch|Ts|Yu|Ya|Ye|Yo|Dzh|[{UPPER}])"
INITIALS = rf"{INITIAL}\.(?:\s?{INITIAL}\.){{0,2}}"

# "Ilyashev A.", "Tokayev K.K.", "Knasov A" (no dot before a lowercase word or punctuation)
SURNAME_INITIALS_RE = re.compile(rf"\b(?P<surname>{WORD})\s(?:{INITIALS}|{INITIAL}(?=\s+[a-z]|[,:;)\[]|\s*$))")
# "L. Akhmedyarov", "K.Tokayev", "Zh. Mamay"
INITIALS_SURNAME_RE = re.compile(rf"(?<![\w.])(?:{INITIALS})\s?(?P<surname>{WORD})")
# "MukhamedkarimDuman": two capitalised words glued by a typo
GLUED_RE = re.compile(rf"\b[{UPPER}][{LOWER}]{{3,20}}[{UPPER}][{LOWER}]{{3,20}}\b")
# Two or three capitalised words: "Baimagambetov Muratbay Alievich", "Aidar Elkeev"
FULL_NAME_RE = re.compile(rf"\b(?P<name>{WORD}(?:\s{{1,2}}{WORD}){{1,2}})\b")
# "President Tokayev", "investigator Toksanov", "Judge Irina Kalashnikova": a title before capitalised words
TITLE_NAME_RE = re.compile(
    r"\b(?:President|Senator|Judge|judge|Mr\.|Mrs\.|Ms\.|Minister|Ombudsman|Akim|akim|activists?|Activist|journalist|Journalist|"
    r"investigator|lawyer|blogger|defender|prosecutor|chairman|deputy|Deputy|ambassador|officer|poet|writer|son|daughter|wife|husband|"
    r"brother|sister|mother|father)\s+"
    rf"(?P<name>{WORD}(?:\s{WORD}){{0,2}})\b"
)
# "Tugelbaev pleads not guilty": one word with an unmistakable surname ending
SINGLE_SURNAME_RE = re.compile(rf"(?<![\w.-])(?P<name>{WORD})(?![\w-])")
# "Akytkhan Kalida, Maken Zhamilya and Kurmanalieva Gauhar": a list whose items are names when one of them is
LIST_ITEM = rf"(?:{INITIALS}\s?)?{WORD}(?:\s{WORD}){{0,2}}(?:\s{INITIALS})?"
LIST_RE = re.compile(rf"(?<![\w.])(?:{LIST_ITEM})(?:(?:,\s+|,?\s+and\s+)(?:{LIST_ITEM}))+")
# Other monitors' bulletins write the surname in capitals: "SAPAROV Erlan", "Erlan SAPAROV",
# "Judge Aigul KUSAINOVA", "SAPAROV E."; the caps word must be a name, not "ALMATY", "OSCE" or "KNB".
CAPS_WORD = rf"[{UPPER}]{{2,20}}(?:[-’'][{UPPER}]{{2,20}})?"
CAPS_NAME_RE = re.compile(
    rf"(?<![\w.-])(?:(?P<before>{WORD})\s)?(?P<caps>{CAPS_WORD})"
    rf"(?:\s(?P<after>{WORD}(?:\s{WORD})?)|\s(?P<initials>{INITIALS}))?(?![\w-])"
)
# Bounded blank run before "and": an unbounded one backtracks quadratically on long blank runs.
LIST_SEPARATOR_RE = re.compile(r",?\s{1,10}and\s+|,\s+")


@lru_cache(maxsize=1)
def name_lexicon() -> tuple[re.Pattern[str], frozenset[str], frozenset[str]]:
    """Surname endings, given names and words that are never names (all data)."""
    data = load_json("names.json")
    places = load_json("places.json")["names"]
    endings = re.compile(rf"(?:{'|'.join(sorted(data['surname_endings'], key=len, reverse=True))})$", re.IGNORECASE)
    return endings, frozenset(data["given_names"]), frozenset(w.lower() for w in [*data["not_names"], *data["institution_words"], *places])


def looks_like_surname(word: str) -> bool:
    endings, given, stop = name_lexicon()
    return word.lower() not in stop and bool(endings.search(word))


def is_name_word(word: str) -> bool:
    endings, given, stop = name_lexicon()
    return word.lower() not in stop and (word in given or bool(endings.search(word)))


@lru_cache(maxsize=1)
def never_name_words() -> tuple[frozenset[str], frozenset[str]]:
    """Institution words that never stand in a name, and place names (some of which are also given names: Abai)."""
    return (frozenset(w.lower() for w in load_json("names.json")["institution_words"]),
            frozenset(w.lower() for w in load_json("places.json")["names"]))


def could_be_name(text: str) -> bool:
    """False for an institution ("U.S. Commission"), a month, or a bare place name ("Konaev")."""
    never, places = never_name_words()
    if not text[:1].isupper() or text.endswith("-"):
        return False  # "Baidibek-" cut from "Baidibek-biy"
    words = [part.lower() for word in text.split() for part in word.split("-")]
    return text.lower() not in places and not any(word in never for word in words)


# A name that names a place or a thing, not a person: "the square named after Sh. Valikhanov",
# "the monument to Baidibek-biy", the company “Bazis-A”, "the FeminaVirtute group".
NOT_A_PERSON_BEFORE_RE = re.compile(r"(?:named\s+after|monument\s+to|memorial\s+to|statue\s+of|in\s+hono(?:u)?r\s+of)\s+$", re.IGNORECASE)
NOT_A_PERSON_AFTER_RE = re.compile(
    r"^\s+(?:group|movement|party|channel|chat|fund|foundation|company|LLP|JSC|organi[sz]ation|initiative|association|union"
    r"|newspaper|magazine|website|portal|platform|project|publication|outlet)\b",
    re.IGNORECASE,
)
QUOTES = {"“": "”", "«": "»", '"': '"', "„": "“"}


def names_a_person(text: str, start: int, end: int) -> bool:
    """False where the context makes the name a place, a monument or an organisation."""
    if NOT_A_PERSON_BEFORE_RE.search(text[max(0, start - 30) : start]) or NOT_A_PERSON_AFTER_RE.match(text[end : end + 30]):
        return False
    opening = text[start - 1 : start]
    return not (opening in QUOTES and text[end : end + 1] == QUOTES[opening])


def find_person_spans(text: str, anchors: Iterable[tuple[int, int]] = ()) -> list[tuple[int, int]]:
    """Character spans of names by shape; overlapping candidates resolved longest-first.

    Args:
        anchors: Names already known (from a model): the lists they stand in are lists of names.
    """
    _, _, stop = name_lexicon()
    spans: list[tuple[int, int]] = []
    for pattern in (SURNAME_INITIALS_RE, INITIALS_SURNAME_RE):
        for m in pattern.finditer(text):
            if m["surname"].lower() not in stop:
                spans.append(m.span())
    for m in GLUED_RE.finditer(text):
        halves = re.findall(rf"[{UPPER}][{LOWER}]+", m.group(0))
        if any(is_name_word(h) for h in halves):
            spans.append(m.span())
    for m in FULL_NAME_RE.finditer(text):
        # "Zhanaozen Kosuakov Aibek", "Also Musabayev Marat": the name is the run of words that can be names
        start, end = name_run(text, m.start(), m.end())
        words = text[start:end].split()
        # Two words at least, and one must look like a Kazakh/Russian surname or given name.
        if len(words) >= 2 and any(is_name_word(w.split("-")[0]) or is_name_word(w) for w in words):
            spans.append((start, end))
    for m in TITLE_NAME_RE.finditer(text):
        words = m["name"].split()
        if not any(w.lower() in stop for w in words):
            spans.append(m.span("name"))
    strong = strong_surname_endings()
    for m in SINGLE_SURNAME_RE.finditer(text):
        word = m["name"]
        parts = word.split("-")
        if word.lower() in stop or any(p.lower() in stop for p in parts):
            continue
        following = text[m.end() : m.end() + 20].split()[:1]
        if following and following[0].strip(",.;:").lower() in never_name_words()[0]:
            continue  # "Glubokovsky district", "Spassky Memorial"
        if len(parts) == 2 and all(is_name_word(p) for p in parts) or (len(parts) == 1 and strong.search(word)):
            spans.append(m.span("name"))
    spans.extend(caps_names(text))
    spans.extend(list_names(text, {*spans, *anchors}))
    kept = [span for span in _longest_first(spans) if names_a_person(text, *span)]
    return _longest_first([*kept, *echoed_names(text, [*kept, *anchors])])


MONTH_ABBREVIATIONS = frozenset({"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"})


def caps_names(text: str) -> list[tuple[int, int]]:
    """Names whose surname is in capitals beside a given name or initials: "SAPAROV Erlan", "Aigul KUSAINOVA"."""
    _, given, stop = name_lexicon()
    found = []
    for m in CAPS_NAME_RE.finditer(text):
        caps = m["caps"]
        title = caps.title()
        if (len(caps) < 3 or not re.search(r"[AEIOUYÁÉÍÓÚÄÖÜƏҰҮІ]", caps) or title.lower() in stop
                or title.lower() in MONTH_ABBREVIATIONS or any(part.lower() in stop for part in re.split(r"[-’']", title))):
            continue
        beside = [w for w in (m["before"], *(m["after"] or "").split()) if w]
        beside = [w for w in beside if w.lower() not in stop and w.lower() not in ENGLISH_STOP_WORDS]
        if not beside and not m["initials"]:
            continue
        # One of the words must be a name by the lexicon: a surname ending or a known given name.
        if not (looks_like_surname(title) or any(w in given or is_name_word(w) for w in beside)):
            continue
        start = m.start("before") if m["before"] and m["before"] in beside else m.start("caps")
        end = m.end("initials") if m["initials"] else m.end("caps")
        if m["after"]:
            kept = m["after"].split()
            count = next((i for i, w in enumerate(kept) if w not in beside), len(kept))
            if count:
                end = m.start("after") + len(" ".join(kept[:count]))
        found.append((start, end))
    return found


WORD_RE = re.compile(rf"(?<![\w.-]){WORD}(?![\w-])")


def echoed_names(text: str, names: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """One word of a full name the entry has given, standing alone: "Venera’s publications", "Kurmanov was released"."""
    names = list(names)
    _, _, stop = name_lexicon()
    full_names = [words for start, end in names if len(words := text[start:end].split()) > 1]
    words = {
        w for name in full_names for w in name
        if not w.endswith(".") and w.lower() not in stop and w.lower() not in ENGLISH_STOP_WORDS
    }
    if not words:
        return []
    return [
        m.span() for m in WORD_RE.finditer(text)
        if m.group(0) in words
        and not any(start <= m.start() < end for start, end in names)
        and names_a_person(text, *m.span())
    ]


@lru_cache(maxsize=1)
def strong_surname_endings() -> re.Pattern[str]:
    endings = load_json("names.json")["strong_surname_endings"]
    return re.compile(rf"[{LOWER}]{{2}}(?:{'|'.join(sorted(endings, key=len, reverse=True))})$")


def list_names(text: str, known: set[tuple[int, int]]) -> list[tuple[int, int]]:
    """Items of comma/"and" lists that hold at least one known name, where each item could be a name."""
    _, _, stop = name_lexicon()
    found = []
    for run in LIST_RE.finditer(text):
        items, cursor = [], run.start()
        for separator in LIST_SEPARATOR_RE.finditer(run.group(0)):
            items.append((cursor, run.start() + separator.start()))
            cursor = run.start() + separator.end()
        items.append((cursor, run.end()))
        if not any(item in known for item in items):
            continue
        for start, end in items:
            words = [w for w in text[start:end].split() if not w.endswith(".")]
            if not words or any(w.lower() in stop for w in words):
                continue
            if len(words) > 1 or looks_like_surname(words[0]):
                found.append((start, end))
    return found


def name_run(text: str, start: int, end: int) -> tuple[int, int]:
    """The longest run of ``text[start:end]``'s words that can stand in a name (given names win over places: Abai)."""
    _, given, stop = name_lexicon()
    best, run_start = (start, start), None
    for word in re.finditer(r"\S+", text[start:end]):
        w = word.group(0)
        usable = w in given or (w.lower() not in stop and w.lower() not in ENGLISH_STOP_WORDS)
        if usable:
            run_start = start + word.start() if run_start is None else run_start
            if start + word.end() - run_start > best[1] - best[0]:
                best = (run_start, start + word.end())
        else:
            run_start = None
    return best


def _longest_first(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    kept: list[tuple[int, int]] = []
    for start, end in sorted(set(spans), key=lambda s: (s[0] - s[1], s[0])):
        if all(end <= s or start >= e for s, e in kept):
            kept.append((start, end))
    return sorted(kept)


@Language.factory(
    "kzmonitor_person_patterns",
    assigns=["doc.ents"],
    default_config={"overwrite_ents": False, "filter_ents": True},
    default_score_weights={"ents_f": None, "ents_p": None, "ents_r": None},
)
def make_person_patterns(nlp: Language, name: str, overwrite_ents: bool, filter_ents: bool) -> PersonPatterns:
    """Create the shape-based PERSON recogniser.

    Args:
        overwrite_ents: Where a name shape overlaps an entity already set (by a trained ``ner``), keep the shape.
        filter_ents: Drop PERSON entities already set that hold a word that is never a name
            ("U.S. Commission", a town named after the date).
    """
    return PersonPatterns(nlp, name, overwrite_ents=overwrite_ents, filter_ents=filter_ents)


class PersonPatterns(StatelessPipe):
    """Adds PERSON entities found by :func:`find_person_spans`."""

    def __init__(self, nlp: Language, name: str = "kzmonitor_person_patterns", *, overwrite_ents: bool = False, filter_ents: bool = True):
        install_extensions()
        self.name = name
        self.overwrite_ents = overwrite_ents
        self.filter_ents = filter_ents

    def __call__(self, doc: Doc) -> Doc:
        new = [
            span
            for start, end in find_person_spans(doc.text, [(e.start_char, e.end_char) for e in doc.ents if e.label_ == PERSON_LABEL])
            if (span := doc.char_span(start, end, label=PERSON_LABEL, alignment_mode="contract")) is not None
        ]
        existing = list(doc.ents)
        if self.filter_ents:
            existing = [
                e for e in existing
                if e.label_ != PERSON_LABEL or (could_be_name(e.text) and names_a_person(doc.text, e.start_char, e.end_char))
            ]
        if self.overwrite_ents:
            # The shapes encode the guideline's boundaries (initials in, titles out), so they win where they overlap.
            new = filter_spans(new)
            taken = {i for span in new for i in range(span.start, span.end)}
            doc.ents = sorted(new + [e for e in existing if not any(i in taken for i in range(e.start, e.end))], key=lambda e: e.start)
        else:
            taken = {i for ent in existing for i in range(ent.start, ent.end)}
            doc.ents = existing + [s for s in new if not any(i in taken for i in range(s.start, s.end))]
        return doc


    def score(self, examples: Iterable[Example], **kwargs: Any) -> dict[str, Any]:
        return person_scores(examples)


def person_spans(doc: Doc) -> list[Span]:
    return [e for e in doc.ents if e.label_ == PERSON_LABEL]
