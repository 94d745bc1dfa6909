"""kzmonitor_person_patterns: PERSON names by the shapes of Kazakh/Russian names.

"Surname I.", "I. Surname", "Surname Given (Patronymic)", glued ("MukhamedkarimDuman")
and hyphenated forms. It adds entities only where the trained ``ner`` left none, so it
can run alone (a blank pipeline) or behind the model as a safety net.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Iterable

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.training import Example
from spacy.util import filter_spans, get_lang_class

from .. import regexes as rx
from .base import StatelessPipe, doc_text
from ..extensions import PERSON_LABEL, install_extensions
from ..inflection import nominative, other_gender, russian_morphology
from ..languages import check_language, load_table
from ..reader import grammar as reader_grammar
from ..resources import load_json
from ..scoring import person_scores

class PersonShapes:
    """One language's name shapes and name lexicon, built from ``kzmonitor/data/<language>/persons.json``.

    English: "Surname I.", "I. Surname", "Surname Given (Patronymic)", glued ("MukhamedkarimDuman"),
    hyphenated and capitalised ("SAPAROV Erlan") forms of transliterated names. Russian: the same
    shapes in Cyrillic with Kazakh letters, in any case form ("Тулегеновой А.С.", "Ерлана Сапарова").
    """

    def __init__(self, language: str):
        table = load_table(language, "persons")
        self.language = language
        upper, lower = table["upper"], table["lower"]
        self.upper, self.lower = upper, lower
        word = rf"[{upper}][{lower}]{{1,20}}(?:[-’'][{upper}]?[{lower}]{{2,20}})?"
        # "Zh.", "Sh.", "A.", "K.K." — digraph initials of transliterated Kazakh/Russian names
        initial = table["initial"].format(upper=upper)
        initials = rf"{initial}\.(?:\s?{initial}\.){{0,2}}"
        bare_initial_before = table.get("bare_initial_before", r"[,:;)\[]")
        # "Ilyashev A.", "Tokayev K.K.", "Knasov A" (no dot before a lowercase word or punctuation)
        self.surname_initials_re = re.compile(
            rf"\b(?P<surname>{word})\s(?:{initials}|{initial}(?=\s+[{table['lowercase_after_initial']}]|{bare_initial_before}|\s*$))"
        )
        # "L. Akhmedyarov", "K.Tokayev", "Zh. Mamay"
        self.initials_surname_re = re.compile(rf"(?<![\w.])(?:{initials})\s?(?P<surname>{word})")
        # "MukhamedkarimDuman": two capitalised words glued by a typo
        self.glued_re = re.compile(rf"\b[{upper}][{lower}]{{3,20}}[{upper}][{lower}]{{3,20}}\b")
        self.glued_half_re = re.compile(rf"[{upper}][{lower}]+")
        # Two or three capitalised words: "Baimagambetov Muratbay Alievich", "Aidar Elkeev"
        self.full_name_re = re.compile(rf"\b(?P<name>{word}(?:\s{{1,2}}{word}){{1,2}})\b")
        # Russian: a candidate from every word on ("Жительница Шымкента Алия Анетова" also gives "Алия Анетова"),
        # as the words before a name are trimmed off it (:func:`trim_name`)
        self.full_name_every_re = re.compile(rf"(?<!\w)(?<!\w-)(?=(?P<name>{word}(?:\s{{1,2}}{word}){{1,2}})\b)")
        # "President Tokayev", "investigator Toksanov", "Judge Irina Kalashnikova": a title before capitalised words
        titles = f"(?i:{table['titles']})" if table["titles_ignore_case"] else table["titles"]
        self.title_re = re.compile(titles)
        # led by a lookahead for the titles' first letters, in any letter case: the same matches, sooner (tests/test_persons.py)
        first = rx.first_characters(self.title_re)
        lead = f"(?=(?i:[{first}]))" if first is not None else ""
        self.title_name_re = re.compile(rf"\b{lead}(?:{titles})\s+(?P<name>{word}(?:\s{word}){{0,2}})\b")
        # "Tugelbaev pleads not guilty": one word with an unmistakable surname ending
        self.single_surname_re = re.compile(rf"(?<![\w.-])(?P<name>{word})(?![\w-])")
        # "Akytkhan Kalida, Maken Zhamilya and Kurmanalieva Gauhar": a list whose items are names when one of them is
        and_word = table["list_and"]
        list_item = rf"(?:{initials}\s?)?{word}(?:\s{word}){{0,2}}(?:\s{initials})?"
        self.list_re = re.compile(rf"(?<![\w.])(?:{list_item})(?:(?:,\s+|,?\s+{and_word}\s+)(?:{list_item}))+")
        # Bounded blank run before "and": an unbounded one backtracks quadratically on long blank runs.
        self.list_separator_re = re.compile(rf",?\s{{1,10}}{and_word}\s+|,\s+")
        # Other monitors' bulletins write the surname in capitals: "SAPAROV Erlan", "Erlan SAPAROV",
        # "Judge Aigul KUSAINOVA", "SAPAROV E."; the caps word must be a name, not "ALMATY", "OSCE" or "KNB".
        caps_word = rf"[{upper}]{{2,20}}(?:[-’'][{upper}]{{2,20}})?"
        self.caps_name_re = re.compile(
            rf"(?<![\w.-])(?:(?P<before>{word})\s)?(?P<caps>{caps_word})"
            rf"(?:\s(?P<after>{word}(?:\s{word})?)|\s(?P<initials>{initials}))?(?![\w-])"
        )
        # "Марат курбанов": a given name and a surname written in lowercase by a typo
        self.lowercase_surname_re = re.compile(rf"(?<![\w.-])(?P<given>{word})\s(?P<surname>[{lower}]{{3,20}})(?![\w-])")
        # The rest of a quoted title after a name: capitalised words, then the closing quote (ТОО «Асыл Жол»,
        # «Берали Мангистау Company»)
        self.quoted_title_end_re = re.compile(rf"(?:\s[{upper}A-Z][\w-]*){{1,2}}[»”\"]")
        # The start of a quoted title before a name: the quote, then one or two capitalised words («Дикого Армана»)
        self.quoted_title_start_re = re.compile(rf"(?P<quote>[«“\"„])(?P<words>(?:[{upper}][\w-]*\s){{1,2}})$")
        self.vowel_re = re.compile(f"[{table['vowels']}]")
        self.word_re = re.compile(rf"(?<![\w.-]){word}(?![\w-])")
        # A name that names a place or a thing, not a person: "the square named after Sh. Valikhanov",
        # "the monument to Baidibek-biy", the company “Bazis-A”, "the FeminaVirtute group".
        self.not_a_person_before_re = re.compile(table["not_a_person_before"], re.IGNORECASE)
        self.not_a_person_after_re = re.compile(table["not_a_person_after"], re.IGNORECASE)
        self.month_abbreviations = frozenset(table["month_abbreviations"])
        lexicon = table["lexicon"] or load_json("names.json")
        places = load_json("places.json")["names"] if table["lexicon"] is None else list(reader_grammar(language).place_names)
        self.stop_words = get_lang_class(language).Defaults.stop_words
        self.surname_ending_re = re.compile(
            rf"(?:{'|'.join(sorted(lexicon['surname_endings'], key=len, reverse=True))})$", re.IGNORECASE
        )
        self.strong_surname_ending_re = re.compile(
            rf"[{lower}]{{2}}(?:{'|'.join(sorted(lexicon['strong_surname_endings'], key=len, reverse=True))})$"
        )
        self.given_names = frozenset(lexicon["given_names"])
        self.institution_words = frozenset(w.lower() for w in lexicon["institution_words"])
        self.place_words = frozenset(w.lower() for w in places)
        self.not_name_words = frozenset(w.lower() for w in [*lexicon["not_names"], *lexicon["institution_words"], *places])
        # Russian: the morphology dictionary knows Russian given names and many surnames in every case form
        self.morphology: bool = table.get("morphology", False)
        checked = lexicon.get("dictionary_surname_endings", [])
        self.dictionary_surname_ending_re = re.compile(
            rf"[{lower}]{{2}}(?:{'|'.join(sorted(checked, key=len, reverse=True))})$" if checked else r"(?!)"
        )
        patronymic = table.get("patronymic_endings", [])
        self.patronymic_ending_re = re.compile(
            rf"(?:{'|'.join(sorted(patronymic, key=len, reverse=True))})$" if patronymic else r"(?!)", re.IGNORECASE
        )
        self.name_suffixes = frozenset(table.get("name_suffixes", []))
        plural = table.get("plural_surname_endings", [])
        self.plural_surname_re = re.compile(
            rf"[{lower}]{{2}}(?:{'|'.join(sorted(plural, key=len, reverse=True))})$" if plural else r"(?!)")
        parts = table.get("organisation_word_parts", [])
        self.organisation_part_re = re.compile("|".join(map(re.escape, parts)) if parts else r"(?!)", re.IGNORECASE)
        possessive = lexicon.get("possessive_surname_endings", [])
        self.possessive_surname_ending_re = re.compile(
            rf"[{lower}]{{2}}(?:{'|'.join(sorted(possessive, key=len, reverse=True))})$" if possessive else r"(?!)"
        )

    def is_given_name(self, word: str) -> bool:
        return word in self.given_names or (self.morphology and (_tagged_as_name(word) or self.listed_given_name(word)))

    def listed_given_name(self, word: str) -> bool:
        """Russian: a given name of the table's list in any case form ("Ерлана" -> "Ерлан"), for the Kazakh
        names the morphology dictionary reads as common nouns."""
        return bool(self.given_names) and (word in self.given_names or nominative(word) in self.given_names)

    def looks_like_surname(self, word: str) -> bool:
        return word.lower() not in self.not_name_words and bool(self.surname_ending_re.search(word))

    def is_name_word(self, word: str) -> bool:
        return word.lower() not in self.not_name_words and (self.is_given_name(word) or bool(self.surname_ending_re.search(word)))


@lru_cache(maxsize=None)
def person_shapes(language: str = "en") -> PersonShapes:
    return PersonShapes(language)


# The grammemes of a person's name in the Russian morphology dictionary
NAME_GRAMMEMES = frozenset({"Name", "Surn", "Patr"})


@lru_cache(maxsize=20000)
def _parses(word: str) -> tuple:
    """The Russian morphology dictionary's readings of ``word``, most likely first (looked up once per word)."""
    return tuple(russian_morphology().parse(word))


def _is_name(parse) -> bool:
    return bool(NAME_GRAMMEMES & parse.tag.grammemes)


@lru_cache(maxsize=20000)
def _dictionary_parses(word: str) -> tuple:
    """The readings that start from a dictionary word, not from a guess by the word's ending."""
    return tuple(p for p in _parses(word) if type(p.methods_stack[0][0]).__name__ == "DictionaryAnalyzer")


@lru_cache(maxsize=20000)
def _tagged_as_name(word: str) -> bool:
    """Whether the Russian morphology dictionary reads ``word`` as a given name, surname or patronymic."""
    return any(_is_name(p) for p in _parses(word)[:3])


@lru_cache(maxsize=20000)
def _adjective(word: str) -> bool:
    """Whether the Russian morphology dictionary reads ``word`` as an adjective and never as a name."""
    parses = _parses(word)[:3]
    return parses[0].tag.POS == "ADJF" and not any(_is_name(p) for p in parses)


@lru_cache(maxsize=20000)
def _never_a_name_word(word: str) -> bool:
    """Whether the Russian morphology dictionary reads ``word`` likeliest as a verb form, a short
    adjective, an adverb or another word that names nothing, and never as a name: a gerund or a short
    adjective opening a sentence ends as surnames do ("Отсидев за решеткой", "Таков был ответ")."""
    parses = _dictionary_parses(word)
    return bool(parses) and parses[0].tag.POS in NOT_NAMING and not any(_is_name(p) for p in parses)


def _opens_a_sentence(text: str, start: int) -> bool:
    """Whether the word at ``start`` is a sentence's first (only that makes a common word capitalised);
    inside a sentence a capitalised word the dictionary misreads stays a surname ("оперативник, Тугелов,")."""
    return SENTENCE_START_RE.search(text[max(0, start - 10) : start]) is not None


# Before a sentence's first word: the text's start, or a full stop, a question or exclamation mark, an
# ellipsis, a closing quote or a dash, then blanks and an opening quote or dash
SENTENCE_START_RE = re.compile(r"(?:^|[.!?…»”\"]\s+|\s[—–-]\s+)[«“\"—–-]?\s*$")


# Parts of speech that name nothing: verb forms (finite, infinitive, gerund, participles), short
# adjectives, adverbs, predicatives, pronouns, numerals and the function words
NOT_NAMING = frozenset({"VERB", "INFN", "GRND", "PRTF", "PRTS", "ADJS", "ADVB", "PRED", "NPRO", "NUMR",
                        "CONJ", "PRCL", "PREP", "INTJ", "COMP"})


@lru_cache(maxsize=20000)
def _organisation(word: str, shapes: PersonShapes | None = None) -> bool:
    """Whether the Russian morphology dictionary knows ``word`` as an organisation's or a brand's name
    and never as a person's ("редактором Госкино"), or ``word`` holds a part of a company's name that
    no person's name holds ("Директор Казкоммерцбанка", the language's ``organisation_word_parts``)."""
    if shapes is not None and shapes.organisation_part_re.search(word):
        return True
    parses = _dictionary_parses(word)
    return any({"Orgn", "Trad"} & p.tag.grammemes for p in parses) and not any(_is_name(p) for p in parses)


@lru_cache(maxsize=20000)
def _common_word(word: str) -> bool:
    """Whether the Russian morphology dictionary knows ``word`` (not a guess) and never as a name."""
    parses = _dictionary_parses(word)
    return bool(parses) and not any(_is_name(p) for p in parses)


_ENGLISH = person_shapes("en")
UPPER, LOWER = _ENGLISH.upper, _ENGLISH.lower


def looks_like_surname(word: str, language: str = "en") -> bool:
    return person_shapes(language).looks_like_surname(word)


def is_name_word(word: str, language: str = "en") -> bool:
    return person_shapes(language).is_name_word(word)


def could_be_name(text: str, language: str = "en") -> bool:
    """False for an institution ("U.S. Commission"), a month, or a bare place name ("Konaev").

    In Russian also for a title or role ("Житель Атырау"), for one word that the morphology
    dictionary knows as an ordinary word and never as a name ("Забастовка", "Давайте"), for
    words of which one is an organisation's name ("Сотрудник Казахтелекома"), and for one word in
    capitals (an acronym: "выпускник МИФИ") or a surname in the plural ("отца и сына Жунусовых").
    """
    shapes = person_shapes(language)
    if not text[:1].isupper() or text.endswith("-"):
        return False  # "Baidibek-" cut from "Baidibek-biy"
    words = [part.lower() for word in text.split() for part in word.split("-")]
    if text.lower() in shapes.place_words or any(word in shapes.institution_words for word in words):
        return False
    if not shapes.morphology and (len(text.split()) > MOST_NAME_WORDS or any(word in shapes.stop_words for word in text.split())):
        return False  # a model's run over a clause ("Turkic-speaking Muslim minorities such as ethnic Kazakhs ..."): a name holds no "such", "as"
    if shapes.morphology:
        lone = len(text.split()) == 1
        return (not any(word in shapes.not_name_words for word in words) and not (lone and _common_word(text))
                and not any(_organisation(word, shapes) for word in text.split())  # "Сотрудник Казахтелекома"
                and not (lone and (text.isupper() or shapes.plural_surname_re.search(text))))  # "МИФИ", "Жунусовых"
    return True


# The most words a name holds ("Baimagambetov Muratbay Alievich", "Yusuf Rashed M. Aljawder"): 4 in every annotated English part
MOST_NAME_WORDS = 5

QUOTES = {"“": "”", "«": "»", '"': '"', "„": "“"}


def names_a_person(text: str, start: int, end: int, language: str = "en") -> bool:
    """False where the context makes the name a place, a monument or an organisation."""
    shapes = person_shapes(language)
    if shapes.not_a_person_before_re.search(text[max(0, start - 30) : start]) or shapes.not_a_person_after_re.match(text[end : end + 30]):
        return False
    if shapes.plural_surname_re.search(text[start:end]) and " " not in text[start:end]:
        return False  # "отца и сына Жунусовых": a surname alone in the plural names no one person
    opening = text[start - 1 : start]
    if opening in QUOTES and shapes.morphology and shapes.quoted_title_end_re.match(text, end):
        return False  # «Асыл Жол», «Нур Отан»: a name begins the capitalised words of a quoted title
    if shapes.morphology and _ends_a_quoted_title(text, start, end, shapes):
        return False  # «Алма-Ата Инфо», «Дикого Армана»: a name ends a title or nickname after an adjective or place
    # a quoted title: the name ends at the closing quote, or takes it in (a quote glued to a Latin word: «... Company»)
    return not (opening in QUOTES and (text[end : end + 1] == QUOTES[opening] or text[start:end].endswith(QUOTES[opening])))


def _ends_a_quoted_title(text: str, start: int, end: int, shapes: PersonShapes) -> bool:
    """Whether the name closes a quoted title whose other words, before it, are adjectives or places
    (a newspaper «Алма-Ата Инфо», a nickname «Дикий Арман»). A slogan's words before a name are a
    noun or a verb («Свободу Жанболату»), so a name in a slogan stays a person's."""
    before = shapes.quoted_title_start_re.search(text[max(0, start - 60) : start])
    if before is None or text[end : end + 1] != QUOTES.get(before["quote"]):
        return False
    # a word the dictionary does not know and no name list holds is a foreign title's («Таблиги Джамаат»)
    return all(_adjective(w) or w.lower() in shapes.place_words or not (_plain_parses(w) or shapes.is_name_word(w))
               for w in before["words"].split())


def find_person_spans(text: str, anchors: Iterable[tuple[int, int]] = (), language: str = "en") -> list[tuple[int, int]]:
    """Character spans of names by shape; overlapping candidates resolved longest-first.

    Args:
        anchors: Names already known (from a model): the lists they stand in are lists of names.
        language: Whose shapes and lexicon ("en", "ru").
    """
    shapes = person_shapes(language)
    stop = shapes.not_name_words
    spans: list[tuple[int, int]] = []
    splits: set[int] = set()  # where :func:`one_persons_words` ended one person's name and began another's
    for pattern in (shapes.surname_initials_re, shapes.initials_surname_re):
        for m in pattern.finditer(text):
            if m["surname"].lower() not in stop:
                spans.append(m.span())
    for m in shapes.glued_re.finditer(text):
        halves = shapes.glued_half_re.findall(m.group(0))
        if any(shapes.is_name_word(h) for h in halves):
            spans.append(m.span())
    for m in (shapes.full_name_every_re if shapes.morphology else shapes.full_name_re).finditer(text):
        # "Zhanaozen Kosuakov Aibek", "Also Musabayev Marat": the name is the run of words that can be names
        start, end = name_run(text, m.start("name"), m.end("name"), shapes)
        if shapes.morphology:
            start, end = _split(text, start, end, shapes, splits)
        words = text[start:end].split()
        # Two words at least, and one must look like a Kazakh/Russian surname or given name; in Russian
        # not an adjective that only ends as surnames do ("Казахского Государственного Университета").
        # "Мырқы Акпамбетовым": a surname's -овым/-евым form counts though the dictionary guesses an adjective
        if len(words) >= 2 and any((shapes.is_name_word(w.split("-")[0]) or shapes.is_name_word(w))
                                   and not (shapes.morphology and _adjective(w) and not shapes.possessive_surname_ending_re.search(w))
                                   for w in words):
            spans.append((start, end))
    for m in shapes.title_name_re.finditer(text):
        words = m["name"].split()
        if shapes.morphology and len(words) == 1 and (_adjective(words[0]) or _organisation(words[0], shapes) or (
                _ordinary_word(words[0]) and not shapes.listed_given_name(words[0])) or _names_an_institution(text, m.end(), shapes)):
            continue  # "Судья Алмалинского районного суда", "редактором Госкино", "члена Коллегии адвокатов", "начальника Алмалинского РУВД"
        if not any(w.lower() in stop for w in words):
            spans.append(_split(text, *m.span("name"), shapes, splits) if shapes.morphology else m.span("name"))
    strong = shapes.strong_surname_ending_re
    for m in shapes.single_surname_re.finditer(text):
        word = m["name"]
        parts = word.split("-")
        if word.lower() in stop or any(p.lower() in stop for p in parts):
            continue
        if _names_an_institution(text, m.end(), shapes):
            continue  # "Glubokovsky district", "Spassky Memorial"
        if len(parts) == 2 and parts[1] in shapes.name_suffixes and (strong.search(parts[0]) or not _common_word(parts[0])):
            spans.append(m.span("name"))  # "Шакировой-старшей"
            continue
        if shapes.morphology and _adjective(word) and not shapes.possessive_surname_ending_re.search(word):
            continue  # "Толебийский районный суд", "Гражданский активист": an adjective, not a surname in -ский
        if shapes.morphology and (_organisation(word, shapes) or (_opens_a_sentence(text, m.start()) and (
                _never_a_name_word(word) or (strong.search(word) and _ordinary_word(word))))):
            continue  # "Отсидев за решеткой", "Таков был ответ", "Полицейский находился вне службы": a sentence's first word
        if len(parts) == 2 and all(shapes.is_name_word(p) for p in parts) or (len(parts) == 1 and strong.search(word)):
            spans.append(m.span("name"))
        elif (len(parts) == 1 and shapes.dictionary_surname_ending_re.search(word) and not _common_word(word)
                and word.lower() not in shapes.place_words and not any("Geox" in p.tag.grammemes for p in _parses(word)[:3])):
            spans.append(m.span("name"))  # "По словам Торегожиной", "заявил Нарымбай"
    if shapes.morphology:
        spans.extend(given_names_alone(text, spans, shapes))
        spans.extend(lowercase_surnames(text, shapes))
    spans.extend(caps_names(text, shapes))
    spans.extend(list_names(text, {*spans, *anchors}, shapes))
    if shapes.morphology:
        trimmed = [(span, cut_hyphen_tail(text, *trim_name(text, *span, shapes), shapes)) for span in spans]
        # a title or place trimmed off leaves one word: no name where the dictionary knows it as an ordinary word
        # ("Экс-акима Кентау" leaves the town)
        spans = [kept for (start, _), kept in trimmed
                 if kept[0] == start or " " in text[kept[0] : kept[1]] or not _ordinary_word(text[kept[0] : kept[1]])]
        # where three words were read as two persons' names, no other candidate joins them again
        spans = [(start, end) for start, end in spans if not any(start < split < end for split in splits)]
    kept = [span for span in _longest_first(spans) if names_a_person(text, *span, language)]
    return _longest_first([*kept, *echoed_names(text, [*kept, *anchors], shapes)])


def trim_name(text: str, start: int, end: int, shapes: PersonShapes) -> tuple[int, int]:
    """The span without the words before the name that a Russian name run takes in: a role
    ("Жительница", "Единомышленник"), a place before a given name ("Шымкента Алия Анетова"),
    an adverb ("Сейчас Фариза Оспан") or a common noun before a given name ("Дело Макса Бокаева")."""
    while True:
        words = list(re.finditer(r"\S+", text[start:end]))
        if len(words) < 2:
            return start, end
        lead, following = words[0].group(0), words[1].group(0)
        given_follows = _given_name(following)
        if lead.endswith(".") or not _leads_a_name(lead, given_follows, shapes, len(words) > 2):
            return start, end
        start += words[1].start()


def cut_hyphen_tail(text: str, start: int, end: int, shapes: PersonShapes) -> tuple[int, int]:
    """The span without a lowercase word the dictionary knows hyphenated to its end ("С.Закирова-онлайн");
    "-старшей" and a Kazakh particle ("Нуртас-улы") stay."""
    head, hyphen, tail = text[start:end].rpartition("-")
    if hyphen and head and tail.islower() and tail not in shapes.name_suffixes and _common_word(tail):
        return start, start + len(head)
    return start, end


def _split(text: str, start: int, end: int, shapes: PersonShapes, splits: set[int]) -> tuple[int, int]:
    """:func:`one_persons_words`, noting in ``splits`` where it cut the name run."""
    kept = one_persons_words(text, start, end, shapes)
    if kept != (start, end):
        splits.add(kept[0] if kept[0] > start else kept[1])
    return kept


def one_persons_words(text: str, start: int, end: int, shapes: PersonShapes) -> tuple[int, int]:
    """Three name words that are two persons' names: a given name in the third place that is no
    patronymic starts the next name ("Адвокат Талгата Аяна Ерболат Имангалиев": "Талгата Аяна"),
    two given names before a surname are one person's given name and the next person's name
    ("Единомышленник Мамая Абзал Достияров": "Абзал Достияров"), and so are two surnames."""
    words = list(re.finditer(r"\S+", text[start:end]))
    if len(words) != 3 or shapes.patronymic_ending_re.search(words[2].group(0)) or any(
        "Patr" in p.tag.grammemes for p in _parses(words[2].group(0))[:3]
    ):
        return start, end
    surnames = [bool(shapes.strong_surname_ending_re.search(w.group(0))) for w in words]
    # A word that ends as surnames do is no given name, though the dictionary may read it as one ("Бокаева")
    first, second, third = (_given_name(w.group(0)) and not surname for w, surname in zip(words, surnames))
    # Two surnames in one name, with no hyphen between them, are two persons' ("Адвокат Ильяшева
    # Нурлан Рахманов": her client's and his; "судьи Ернара Халыкова Утебаева": the judge's and the accused's)
    if surnames == [True, False, True]:
        return start + words[1].start(), end
    # A surname, then two given names: the surname ends one name, the given names begin the next, whose
    # surname is also a given name ("Макса Бокаева Талгата Аяна", no comma between the two)
    if surnames == [True, False, False] and second and third:
        return start + words[1].start(), end
    if surnames == [False, True, True] or first and third:
        return start, start + words[1].end()
    if first and second:
        return start + words[1].start(), end
    return start, end


def _names_an_institution(text: str, end: int, shapes: PersonShapes) -> bool:
    """Whether the word after ``end`` is an institution's, so that the word before it names the institution
    ("Glubokovsky district", "Алмалинского РУВД")."""
    following = text[end : end + 20].split()[:1]
    return bool(following) and following[0].strip(",.;:").lower() in shapes.institution_words


def _leads_a_name(word: str, given_follows: bool, shapes: PersonShapes, surname_follows: bool = False) -> bool:
    if shapes.title_re.fullmatch(word) or shapes.not_a_person_before_re.search(word + " "):
        return True  # a role, or the street or square that a name names ("Улица Ленина")
    if given_follows and word.lower() in shapes.place_words:
        return True
    if shapes.listed_given_name(word):
        return False  # "Болот Темиров": a listed given name the dictionary reads as a common word
    if given_follows and _only_a_place(word) and (surname_follows or _feminine_place(word)):
        # "архитектора Краснодара Игоря Мазурка", "из Швейцарии Виктора": a place before a given name and surname, or a
        # feminine place before a given name (a man's name the dictionary knows as a town leads his own: "Дархана Абдрахима")
        return True
    if any(_is_name(p) or "Geox" in p.tag.grammemes for p in _parses(word)) or shapes.strong_surname_ending_re.search(word):
        return False  # a name, a place word that Kazakh names also are ("Дархан", "Абай"), a surname's shape ("Амренов")
    parses = _dictionary_parses(word)
    # A Kazakh man's name the dictionary knows as a Russian masculine noun ("Канат", "Болат") leads its
    # own name; only before a known given name is such a noun taken as the sentence's word. A feminine,
    # neuter or plural noun leads none ("Защита Нуртазаулы", "Власти Арайлым Сагатпаева").
    return bool(parses) and (given_follows or all(
        p.tag.POS != "NOUN" or p.tag.gender in ("femn", "neut") or p.tag.number == "plur" for p in parses))


def given_names_alone(text: str, found: list[tuple[int, int]], shapes: PersonShapes) -> list[tuple[int, int]]:
    """A given name standing alone inside a sentence that the morphology dictionary knows only as a
    name ("Больше года назад Талгат вышел", "жизнь Аяна в безопасности"); a sentence's first word may
    be any capitalised word, so it does not count."""
    spans = []
    for m in shapes.word_re.finditer(text):
        word = m.group(0)
        if (word.lower() in shapes.not_name_words or shapes.title_re.fullmatch(word)
                or any(start <= m.start() < end for start, end in found)):
            continue  # "Аким Алматы": a role that is also a given name
        if _only_a_name(word) or shapes.listed_given_name(word):
            # "Талгат Аян": a capitalised word right after the given name is its surname
            after = shapes.word_re.match(text, m.end() + 1) if text[m.end() : m.end() + 1] == " " else None
            end = after.end() if after and after.group(0).lower() not in shapes.not_name_words else m.end()
            spans.append((m.start(), end))
    return spans


def lowercase_surnames(text: str, shapes: PersonShapes) -> list[tuple[int, int]]:
    """A given name with a surname typed in lowercase ("Марат курбанов"): the lowercase word must
    end as surnames do and be no word the dictionary knows ("часов", "готов" are)."""
    spans = []
    for m in shapes.lowercase_surname_re.finditer(text):
        surname = m["surname"]
        if (_given_name(m["given"]) and shapes.strong_surname_ending_re.search(surname)
                and surname not in shapes.stop_words and not _common_word(surname)):
            spans.append(m.span())
    return spans


@lru_cache(maxsize=20000)
def _given_name(word: str) -> bool:
    """Whether the Russian morphology dictionary reads ``word`` as one person's given name."""
    return any("Name" in p.tag.grammemes and p.tag.number == "sing" for p in _parses(word)[:3])


@lru_cache(maxsize=20000)
def _only_a_place(word: str) -> bool:
    """Whether the Russian dictionary knows ``word`` itself as a place and never as a name ("Челябинску"; not
    "Абая", nor "Думану", which it reads as a place only by guessing a prefix)."""
    parses = _plain_parses(word)
    return any("Geox" in p.tag.grammemes for p in parses) and not any(_is_name(p) for p in parses)


def _feminine_place(word: str) -> bool:
    return any("Geox" in p.tag.grammemes and p.tag.gender == "femn" for p in _plain_parses(word))


@lru_cache(maxsize=20000)
def _plain_parses(word: str) -> tuple:
    """The readings of ``word`` as a dictionary word itself, not as a known word behind a guessed prefix
    ("Нурболат" is no Russian word, though the dictionary reads "нур" + "болат")."""
    return tuple(p for p in _parses(word) if len(p.methods_stack) == 1 and type(p.methods_stack[0][0]).__name__ == "DictionaryAnalyzer")


@lru_cache(maxsize=20000)
def _ordinary_word(word: str) -> bool:
    """Whether the Russian dictionary knows ``word`` itself (:func:`_plain_parses`) and never as a name."""
    parses = _plain_parses(word)
    return bool(parses) and not any(_is_name(p) for p in parses)


@lru_cache(maxsize=20000)
def _only_a_name(word: str) -> bool:
    """Whether every reading the Russian dictionary has of ``word`` is a given name."""
    parses = _dictionary_parses(word)
    return bool(parses) and all("Name" in p.tag.grammemes for p in parses)


def caps_names(text: str, shapes: PersonShapes = _ENGLISH) -> list[tuple[int, int]]:
    """Names whose surname is in capitals beside a given name or initials: "SAPAROV Erlan", "Aigul KUSAINOVA"."""
    stop = shapes.not_name_words
    found = []
    for m in shapes.caps_name_re.finditer(text):
        caps = m["caps"]
        title = caps.title()
        if shapes.morphology and len(shapes.vowel_re.findall(caps)) < 2 and not _tagged_as_name(title):
            continue  # "ОСДП Булата Абилова": an acronym, not a surname in capitals ("КИМ" is one)
        if (len(caps) < 3 or not shapes.vowel_re.search(caps) or title.lower() in stop
                or title.lower() in shapes.month_abbreviations or any(part.lower() in stop for part in re.split(r"[-’']", title))):
            continue
        beside = [w for w in (m["before"], *(m["after"] or "").split()) if w]
        beside = [w for w in beside if w.lower() not in stop and w.lower() not in shapes.stop_words]
        if not beside and not m["initials"]:
            continue
        # One of the words must be a name by the lexicon: a surname ending or a known given name.
        # Russian: a Kazakh surname is often a father's given name in capitals ("Перизат КАЙРАТ").
        if not (shapes.looks_like_surname(title) or (shapes.morphology and shapes.is_given_name(title))
                or any(shapes.is_given_name(w) or shapes.is_name_word(w) for w in beside)):
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


def echoed_names(text: str, names: Iterable[tuple[int, int]], shapes: PersonShapes = _ENGLISH,
                 elsewhere: Iterable[str] = ()) -> list[tuple[int, int]]:
    """One word of a full name the entry has given, standing alone: "Venera’s publications", "Kurmanov was released".

    Args:
        elsewhere: Full names found elsewhere in the same text (other paragraphs of an article),
            whose words count as the entry's own (:mod:`kzmonitor.components.echoes`).
    """
    names = list(names)
    stop = shapes.not_name_words
    full_names = [words for start, end in names if len(words := text[start:end].split()) > 1]
    full_names += [words for name in elsewhere if len(words := name.split()) > 1]
    words = {
        w for name in full_names for w in name
        if not w.endswith(".") and w.lower() not in stop and w.lower() not in shapes.stop_words
    }
    if not words:
        return []
    # Russian: the word in another case form ("Жанболат Мамай" ... "Мамаю", "Жанболата"), matched by its nominatives
    forms = {form for w in words for form in _nominative_forms(w)} if shapes.morphology else set()
    return [
        m.span() for m in shapes.word_re.finditer(text)
        if (m.group(0) in words or (forms and not forms.isdisjoint(_nominative_forms(m.group(0)))))
        and not any(start <= m.start() < end for start, end in names)
        and names_a_person(text, *m.span(), shapes.language)
    ]


@lru_cache(maxsize=20000)
def _nominative_forms(word: str) -> frozenset[str]:
    """A Russian name word's nominatives, as either gender may read it ("Торегожиной" -> торегожина;
    "Сапарова" -> сапаров, сапарова), and the word itself: two words with one in common are one name."""
    if len(word) < 4:
        return frozenset()
    return frozenset(form.lower() for form in (word, nominative(word), other_gender(word)) if form)


def list_names(text: str, known: set[tuple[int, int]], shapes: PersonShapes = _ENGLISH) -> list[tuple[int, int]]:
    """Items of comma/"and" lists that hold at least one known name, where each item could be a name."""
    stop = shapes.not_name_words
    found = []
    for run in shapes.list_re.finditer(text):
        items, cursor = [], run.start()
        for separator in shapes.list_separator_re.finditer(run.group(0)):
            items.append((cursor, run.start() + separator.start()))
            cursor = run.start() + separator.end()
        items.append((cursor, run.end()))
        if not any(item in known for item in items) or shapes.not_a_person_after_re.match(text[run.end() : run.end() + 30]):
            continue  # "акимы Жамбылской, Кызылординской и Атырауской областей": the items share a place's head noun
        for start, end in items:
            words = [w for w in text[start:end].split() if not w.endswith(".")]
            if not words or any(w.lower() in stop for w in words):
                continue
            # a given name alone shares the surname of the name after it ("Viktor and Didrikh Leven"; ANNOTATION.md's
            # "Nargiz and Vladimir Severny")
            if len(words) > 1 or shapes.looks_like_surname(words[0]) or shapes.is_given_name(words[0]):
                found.append((start, end))
    return found


def name_run(text: str, start: int, end: int, shapes: PersonShapes = _ENGLISH) -> tuple[int, int]:
    """The longest run of ``text[start:end]``'s words that can stand in a name (given names win over places: Abai)."""
    stop = shapes.not_name_words
    best, run_start = (start, start), None
    for word in re.finditer(r"\S+", text[start:end]):
        w = word.group(0)
        # "Ex-President Nursultan Nazarbayev": a title joined by a hyphen is no word of the name
        usable = shapes.is_given_name(w) or (w.lower() not in stop and w.lower() not in shapes.stop_words
                                              and not ("-" in w and any(part in stop for part in w.lower().split("-"))))
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
    default_config={"overwrite_ents": False, "filter_ents": True, "language": None},
    default_score_weights={"ents_f": None, "ents_p": None, "ents_r": None},
)
def make_person_patterns(
    nlp: Language, name: str, overwrite_ents: bool, filter_ents: bool, language: str | None
) -> PersonPatterns:
    """Create the shape-based PERSON recogniser.

    Args:
        overwrite_ents: Where a name shape overlaps an entity already set (by a trained ``ner``), keep the shape.
        filter_ents: Drop PERSON entities already set that hold a word that is never a name
            ("U.S. Commission", a town named after the date).
        language: Whose name shapes and lexicon ("en", "ru"); None takes the pipeline's language.
    """
    return PersonPatterns(nlp, name, overwrite_ents=overwrite_ents, filter_ents=filter_ents, language=language)


class PersonPatterns(StatelessPipe):
    """Adds PERSON entities found by :func:`find_person_spans`."""

    def __init__(
        self, nlp: Language, name: str = "kzmonitor_person_patterns", *, overwrite_ents: bool = False,
        filter_ents: bool = True, language: str | None = None,
    ):
        install_extensions()
        self.name = name
        self.language = check_language(language or nlp.lang)
        self.overwrite_ents = overwrite_ents
        self.filter_ents = filter_ents

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        existing = list(doc.ents)
        if self.filter_ents:
            existing = [self._without_a_leading_function_word(e) for e in existing]
            existing = [
                e for e in existing
                if e.label_ != PERSON_LABEL
                or (could_be_name(e.text, self.language) and names_a_person(text, e.start_char, e.end_char, self.language)
                    and not self._opens_with_a_title(e))
            ]
        # Only the entities kept are known names: a dropped one must not hide a name the shapes find there
        new = [
            span
            for start, end in find_person_spans(
                text, [(e.start_char, e.end_char) for e in existing if e.label_ == PERSON_LABEL], self.language
            )
            if (span := doc.char_span(start, end, label=PERSON_LABEL, alignment_mode="contract")) is not None
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

    def _without_a_leading_function_word(self, ent: Span) -> Span:
        """Russian: a preposition, conjunction or adverb that the trained ``ner`` took into a name is the
        sentence's word ("Помимо Нуртлеу, задержаны ...", "Однако Жакиянов отказался"): the name follows it."""
        if (ent.label_ == PERSON_LABEL and len(ent) > 1 and person_shapes(self.language).morphology
                and _never_a_name_word(ent[0].text)):
            return Span(ent.doc, ent.start + 1, ent.end, label=ent.label)
        return ent

    def _opens_with_a_title(self, ent: Span) -> bool:
        """Russian: an entity that begins with a title or role ("Директор Казкоммерцбанка") is not as the
        guideline draws a name (titles out); the shapes find the name after the title, if one follows."""
        shapes = person_shapes(self.language)
        return shapes.morphology and len(ent) > 1 and bool(shapes.title_re.fullmatch(ent[0].text))

    def score(self, examples: Iterable[Example], **kwargs: Any) -> dict[str, Any]:
        return person_scores(examples)


def person_spans(doc: Doc) -> list[Span]:
    return [e for e in doc.ents if e.label_ == PERSON_LABEL]
