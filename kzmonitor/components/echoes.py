"""kzmonitor_name_echoes: a name's later words across the entries of one text, and the case those words stand in.

An article is read paragraph by paragraph (one entry each), so "Бахытжан Кудайберген" in the
first paragraph and "Кудайбергена" alone three paragraphs later meet only here. Two run-wide
steps, both on plain offsets so that stage 2 of :mod:`kzmonitor.batch` can run them on records:

* :func:`report_echoes`: one word of a full name found in another entry of the same text,
  standing alone in any case form, is that person (the entry-level rule of
  :func:`kzmonitor.components.persons.echoed_names`, carried across entries). Only languages
  whose person table sets ``echoes_across_entries`` take it (Russian; see that table's comment).
* :func:`report_nominatives`: a mention whose words two genders read differently ("Бишимбаева":
  his genitive or her nominative; "Сапарову": his dative or her accusative) gets the reading the
  text supports: the same name written unambiguously elsewhere in the entry, else in the text
  ("Куандык Бишимбаев"); for a lone word also a verb or short adjective of one gender beside it
  ("Тулегенова заявила", "сообщила Торегожина"), a subject's place with no plural verb after it
  ("Суд заключил, что Инсенова, ..."); else, for a word that is either her nominative or his
  oblique form, the oblique one (the train part: 31 of 47 lone surnames in -ова/-ева/-ина are his genitive or accusative).
  The chosen form goes in ``Span._.kz_nominative``.
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache
from typing import Collection, Iterable, Sequence

from spacy.language import Language
from spacy.tokens import Doc

from .base import StatelessPipe
from .persons import echoed_names, person_shapes
from ..extensions import NOMINATIVE, PERSON_LABEL, install_extensions
from ..inflection import nominative, other_gender, russian_morphology
from ..languages import check_language, load_table

# A mention as character offsets in its entry's text
Offsets = tuple[int, int]

# The words beside a mention, inside its sentence: "заявила", "была", "известна"
_WORD_RE = re.compile(r"[^\W\d_]+")
# Where a clause ends: a verb beyond it is another subject's
_CLAUSE_END_RE = re.compile(r"[.!?;:,«»\"“”()—–]")
# What stands before a subject: the start of a sentence or of a clause after "что" ("Суд заключил, что Инсенова").
# Not a title: "Адвокат Сапиева" at a paragraph's start is his lawyer (train: 2 of 3 so)
_SUBJECT_BEFORE_RE = re.compile(r"(?:^|[.!?»\"”]\s|\bчто\s)\s*$")
# How many words after a mention its verb may stand ("Закирова в настоящее время содержится")
WORDS_AFTER = 4


@lru_cache(maxsize=None)
def echoes_across_entries(language: str) -> bool:
    """Whether ``language``'s person table carries echoes across the entries of one text."""
    return bool(load_table(language, "persons").get("echoes_across_entries", False))


def report_echoes(texts: Sequence[str], persons: Sequence[Sequence[Offsets]], language: str) -> list[list[Offsets]]:
    """New PERSON spans per entry: single words of full names that other entries of the same text give.

    Args:
        texts: The entries' texts, in order.
        persons: The PERSON spans (character offsets) found in each entry.
        language: Whose name shapes ("en", "ru").

    Returns:
        For each entry, the spans to add (none overlaps a span in ``persons``).
    """
    if len(texts) < 2:
        return [[] for _ in texts]
    shapes = person_shapes(language)
    full_names = [[text[s:e] for s, e in spans if len(text[s:e].split()) > 1] for text, spans in zip(texts, persons)]
    added = []
    for i, (text, spans) in enumerate(zip(texts, persons)):
        others = [name for j, names in enumerate(full_names) if j != i for name in names]
        found = echoed_names(text, spans, shapes, others) if others else []
        added.append([(s, e) for s, e in found if all(e <= start or s >= end for start, end in spans)])
    return added


def cross_entry_echoes(texts: Sequence[str], persons: Sequence[Sequence[Offsets]], language: str,
                       dated: bool = False) -> list[list[Offsets]]:
    """:func:`report_echoes` where ``language`` carries echoes across entries and the text is not
    dated entries (a monitoring report, whose entries are events of their own); else none."""
    if dated or not echoes_across_entries(check_language(language)):
        return [[] for _ in texts]
    return report_echoes(texts, persons, language)


def set_nominatives(doc: Doc, chosen: dict[Offsets, str]) -> None:
    """``Span._.kz_nominative`` on the PERSON entities of ``doc`` that ``chosen`` gives a form."""
    for ent in doc.ents:
        if (ent.start_char, ent.end_char) in chosen:
            ent._.set(NOMINATIVE, chosen[ent.start_char, ent.end_char])


def _certain_words(texts: Sequence[str], spans: Iterable[tuple[int, Offsets]]) -> tuple[set[str], set[str]]:
    """The nominative words of the mentions that only one gender reads ("Куандык Бишимбаев", "Тулегеновой"),
    and those of the full names read as written ("Санавар Закирова": a given name before a surname in
    -ова is nearly always her nominative, in the train part, rarely his genitive)."""
    certain, likely = set(), set()
    for i, (s, e) in spans:
        mention = texts[i][s:e]
        if other_gender(mention) is None:
            certain.update(w.lower() for w in nominative(mention).split())
        elif len(mention.split()) > 1 and nominative(mention) == mention:
            likely.update(w.lower() for w in mention.split())
    return certain, likely


def _differing(first: str, second: str) -> tuple[set[str], set[str]]:
    a, b = first.lower().split(), second.lower().split()
    return {x for x, y in zip(a, b) if x != y}, {y for x, y in zip(a, b) if x != y}


@lru_cache(maxsize=20000)
def _agreement(word: str) -> str | None:
    """The gender a past verb, short adjective or participle shows ("заявила" femn), "plur", or None."""
    parse = russian_morphology().parse(word.lower())[0]
    if type(parse.methods_stack[0][0]).__name__ != "DictionaryAnalyzer":
        return None  # a guess by the ending: "Абилова" as a short adjective
    if parse.tag.POS not in ("VERB", "ADJS", "PRTS"):
        return None
    if parse.tag.number == "plur":
        return "plur"
    gender = str(parse.tag.gender) if parse.tag.gender else None  # a plain str: pymorphy's checks what it is compared with
    return gender if gender in ("masc", "femn") else "sing" if parse.tag.number == "sing" else None


def _gender_beside(text: str, start: int, end: int, titles: re.Pattern) -> str | None:
    """The gender of the verb that agrees with a mention standing as a subject: the first verb
    after it in its clause ("Тулегенова заявила"; "plur" for "Бокаева задержали", "sing" for a verb
    without gender), else the word before it, or the one before a title ("сообщила Торегожина",
    "рассматривала судья Исмаилова")."""
    after = text[end:end + 80]
    clause = _CLAUSE_END_RE.search(after)
    for word in _WORD_RE.findall(after[:clause.start()] if clause else after)[:WORDS_AFTER]:
        if word.lower() == "и":
            break  # "Халыкова и Тамабаева ... находились": the verb is the pair's
        if (gender := _agreement(word)) is not None:
            return gender
    # Only words right before it, with nothing but spaces between: "Абилова, Амиржана Косанова" has none
    before = re.search(r"(?:[^\W\d_]+\s+){1,2}$", text[max(0, start - 60):start])
    if before is None:
        return None
    words = before.group(0).split()
    word = words[0] if len(words) == 2 and titles.fullmatch(words[1]) else words[-1]
    gender = _agreement(word)
    return gender if gender in ("masc", "femn") else None


def _gender_of(form: str) -> str | None:
    """The gender the dictionary gives the last word of a nominative form."""
    words = form.split()
    if not words:
        return None
    for parse in russian_morphology().parse(words[-1]):
        if parse.tag.case == "nomn" and parse.tag.gender and str(parse.tag.gender) in ("masc", "femn"):
            return str(parse.tag.gender)
    return None


def report_nominatives(texts: Sequence[str], persons: Sequence[Sequence[Offsets]], language: str) -> list[dict[Offsets, str]]:
    """The nominative the text supports for each mention that two genders read differently.

    Args:
        texts: The entries' texts of one text (report or article), in order.
        persons: The PERSON spans of each entry.
        language: The texts' language; only one whose person table has ``morphology`` declines names.

    Returns:
        For each entry, {span: nominative} for the mentions with two readings.
    """
    result: list[dict[Offsets, str]] = [{} for _ in texts]
    if not load_table(check_language(language), "persons").get("morphology", False):
        return result
    titles = person_shapes(language).title_re
    report_certain, report_likely = _certain_words(texts, ((i, span) for i, spans in enumerate(persons) for span in spans))
    for i, (text, spans) in enumerate(zip(texts, persons)):
        entry_certain, entry_likely = _certain_words(texts, ((i, span) for span in spans))
        for s, e in spans:
            mention = text[s:e]
            base, alt = nominative(mention), other_gender(mention)
            if alt is None:
                continue
            base_words, alt_words = _differing(base, alt)
            chosen = None
            lone = len(mention.split()) == 1
            # A full name is its own evidence (the given name): only a certain mention of the text overrules its reading
            for known in (entry_certain, report_certain, *((entry_likely, report_likely) if lone else ())):
                # every word that the readings differ in ("Гульмира Абишева" is not "Абишев"'s reading)
                if base_words <= known and not alt_words <= known:
                    chosen = base
                elif alt_words <= known and not base_words <= known:
                    chosen = alt
                if chosen:
                    break
            if chosen is None and lone:
                # A verb beside a full name may be another word's ("жалоба Мурата Сапиева удовлетворена"), and
                # its given name shows its gender anyway: the verb and the default are for a lone word only
                gender = _gender_beside(text, s, e, titles)
                as_written = [form for form in (base, alt) if form == mention]
                if gender in ("masc", "femn") and as_written and _gender_of(as_written[0]) == gender:
                    chosen = as_written[0]  # "Тулегенова заявила": her nominative
                elif gender not in ("masc", "femn", "plur") and as_written and _SUBJECT_BEFORE_RE.search(text[:s]):
                    chosen = as_written[0]  # "Суд заключил, что Инсенова, руководя ...": a subject's place
                elif as_written:
                    chosen = alt if as_written[0] == base else base  # "по делу Бишимбаева": his genitive
            if chosen is not None:
                result[i][s, e] = chosen
    return result


def echo_docs(docs: Sequence[Doc], reports: Sequence[str | None] | None = None, language: str | None = None,
              dated_reports: Collection[str] = ()) -> None:
    """Add cross-entry echoes to ``docs.ents`` and set ``Span._.kz_nominative``, per report.

    Args:
        docs: Processed entry docs.
        reports: The report of each doc (parallel); None puts each doc in a text of its own.
        language: The docs' language; None takes each doc's vocabulary language.
        dated_reports: Reports read as dated entries (a monitoring report): each entry is an event
            of its own, so no echo crosses from one to another.
    """
    install_extensions()
    docs = list(docs)
    groups: dict[object, list[int]] = defaultdict(list)
    for position, report in enumerate(reports if reports is not None else [None] * len(docs)):
        groups[report if report is not None else ("doc", position)].append(position)
    for positions in groups.values():
        group = [docs[p] for p in positions]
        lang = check_language(language or group[0].lang_)
        texts = [doc.text for doc in group]
        persons = [[(ent.start_char, ent.end_char) for ent in doc.ents if ent.label_ == PERSON_LABEL] for doc in group]
        dated = reports is not None and reports[positions[0]] in dated_reports
        for doc, spans, added in zip(group, persons, cross_entry_echoes(texts, persons, lang, dated)):
            new = [span for s, e in added if (span := doc.char_span(s, e, label=PERSON_LABEL, alignment_mode="contract"))]
            taken = {t for ent in doc.ents for t in range(ent.start, ent.end)}
            new = [span for span in new if not any(t in taken for t in range(span.start, span.end))]
            if new:
                doc.ents = sorted([*doc.ents, *new], key=lambda ent: ent.start)
                spans[:] = [(ent.start_char, ent.end_char) for ent in doc.ents if ent.label_ == PERSON_LABEL]
        for doc, chosen in zip(group, report_nominatives(texts, persons, lang)):
            set_nominatives(doc, chosen)


def echo_record_entries(entries: list[dict], language: str, tokenizer, dated: bool = False) -> None:
    """:func:`echo_docs` on one report's entries as stage 1 records hold them (:mod:`kzmonitor.batch`):
    echoes are added to each entry's ``ents`` and the nominatives chosen go in its ``nominatives``
    ([start, end, form]); ``tokenizer`` aligns the echoes to tokens as :func:`echo_docs` does.
    ``dated``: the report was read as dated entries, whose entries no echo crosses."""
    texts = [entry["text"] for entry in entries]

    def person_spans(entry: dict) -> list[Offsets]:
        return [(start, end) for start, end, label in entry["ents"] if label == PERSON_LABEL]

    added = cross_entry_echoes(texts, [person_spans(entry) for entry in entries], language, dated)
    for entry, spans in zip(entries, added):
        if not spans:
            continue
        doc = tokenizer(entry["text"])
        taken = [(start, end) for start, end, _ in entry["ents"]]
        for s, e in spans:
            span = doc.char_span(s, e, alignment_mode="contract")
            if span is not None and all(span.end_char <= start or span.start_char >= end for start, end in taken):
                entry["ents"].append([span.start_char, span.end_char, PERSON_LABEL])
                taken.append((span.start_char, span.end_char))
        entry["ents"].sort(key=lambda ent: ent[0])
    for entry, chosen in zip(entries, report_nominatives(texts, [person_spans(entry) for entry in entries], language)):
        entry["nominatives"] = [[s, e, form] for (s, e), form in chosen.items()]


@Language.factory(
    "kzmonitor_name_echoes",
    assigns=["doc.ents", f"span._.{NOMINATIVE}"],
    default_config={"language": None},
)
def make_name_echoes(nlp: Language, name: str, language: str | None) -> NameEchoes:
    """Create the echo step for one doc; :func:`echo_docs` (through :func:`kzmonitor.api.relink`)
    runs it across the entries of each text.

    Args:
        language: Whose tables ("en", "ru"); None takes the pipeline's language.
    """
    return NameEchoes(nlp, name, language=language)


class NameEchoes(StatelessPipe):
    """Sets ``Span._.kz_nominative`` on one doc's PERSON entities (a doc is a text of its own)."""

    def __init__(self, nlp: Language, name: str = "kzmonitor_name_echoes", *, language: str | None = None):
        install_extensions()
        self.name = name
        self.language = check_language(language or nlp.lang)

    def __call__(self, doc: Doc) -> Doc:
        echo_docs([doc], language=self.language)
        return doc
