"""Russian person mentions in the nominative: ``Асель Тулегеновой`` -> ``Асель Тулегенова``.

A Russian text names a person in whatever case the sentence needs (``Ерлана Сапарова``,
``Сапарову``, ``Тулегеновой А.С.``); the case database and the linker need the nominative, with
the gender kept (``Тулегенова`` and ``Тулегенов`` are two people).

Each word of a mention gets its readings (case, gender, nominative form, weight) from two
sources: the paradigms of ``data/ru/name_inflection.json`` (Russian-type and Kazakh surnames,
Kazakh given names, patronymics, indeclinable forms: the names pymorphy3 does not know), and
pymorphy3's analyses tagged as a name, surname or patronymic. The words of one mention agree in
case and gender, so the (case, gender) with the most weight over all the words wins, the
nominative first on a tie (a word that is both a nominative and an oblique form, like
``Сапарова``, stays as written unless another word says otherwise), and each word takes its
nominative under it. A word no reading fits (``Асель`` in ``Асель Тулегеновой``: Kazakh
feminine names ending in a consonant are not declined in Russian) stays as written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .languages import CYRILLIC_RE, load_table
from .transliteration import to_russian_letters

# A name word: Cyrillic letters, hyphenated parts ("Касым-Жомарта"); initials ("А.", "Ж.") are skipped.
_TOKEN_RE = re.compile(r"[\u0400-\u04FF]+(?:-[\u0400-\u04FF]+)*")
GENDERS = ("m", "f")
RULE_WEIGHT = {"surname": 1.0, "patronymic": 1.0, "name": 0.8}
INDECLINABLE_WEIGHT = 0.9
# A given name the dictionary knows weighs a little more than a rule's reading, so that it wins a tie:
# "Галину Аккузову" is her accusative ("Галина Аккузова"), not the dative of a surname "Галин"
KNOWN_NAME_WEIGHT = 1.05
UNDECLINED_WEIGHT = 0.1  # any word may stand as written, in any case
_KINDS = {"Surn": "surname", "Name": "name", "Patr": "patronymic"}


@dataclass(frozen=True)
class Reading:
    """One way to read a word: the cases it may be in, its gender (None: either) and its nominative."""

    cases: frozenset[str]
    gender: str | None
    nominative: str
    weight: float


@lru_cache(maxsize=1)
def _rules():
    table = load_table("ru", "name_inflection")
    paradigms = []
    for paradigm in table["paradigms"]:
        nominative_ending = next(e for e, cases in paradigm["endings"].items() if "nomn" in cases)
        endings = sorted(paradigm["endings"].items(), key=lambda item: -len(item[0]))
        weight = paradigm.get("weight", RULE_WEIGHT[paradigm["kind"]])
        paradigms.append((paradigm["gender"], weight, tuple(paradigm["stems"]), endings, nominative_ending))
    indeclinable = {e: g for e, g in table["indeclinable"]["endings"].items()}
    feminine = table["undeclined_feminine"]
    feminine_rule = (frozenset(feminine["final_letters"]), tuple(feminine.get("not_endings", ())), feminine["weight"])
    return tuple(table["cases"]), paradigms, indeclinable, feminine_rule


@lru_cache(maxsize=1)
def _dictionary_spellings() -> tuple[tuple[re.Pattern[str], str], ...]:
    table = load_table("ru", "name_inflection")["dictionary_spellings"]
    return tuple((re.compile(a), b) for a, b in table["rewrites"])


def _aligned(source: str, target: str) -> list[int]:
    """For each letter of ``target`` (``source`` with letters inserted), the index of ``source`` it stands at."""
    positions, j = [], 0
    for letter in target:
        positions.append(j)
        if j < len(source) and letter == source[j]:
            j += 1
    positions.append(j)
    return positions


def _map_back(reading: Reading, looked_up: str, word: str) -> Reading:
    """A reading of the spelling ``looked_up`` as a reading of ``word``: the letters the two share stay ``word``'s.

    "гульмиры" read as "гульмира" is "гүлмиры" read as "гүлмира".
    """
    nominative = reading.nominative
    shared = next((k for k, (a, b) in enumerate(zip(looked_up, nominative)) if a != b), min(len(looked_up), len(nominative)))
    at = _aligned(word, looked_up)[shared] if len(word) != len(looked_up) else shared
    return Reading(reading.cases, reading.gender, word[:at] + nominative[shared:], reading.weight)


@lru_cache(maxsize=1)
def russian_morphology():
    """The Russian morphology dictionary (pymorphy3), loaded once: only Russian text needs it."""
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang="ru")


@lru_cache(maxsize=100_000)
def _readings(word: str) -> tuple[Reading, ...]:
    """The readings of one lowercase word: the rules', then pymorphy3's.

    A word with Kazakh letters is read as Russian texts write it ("сарсенбайұлы" as
    "сарсенбайулы", "гүлмира" as "гулмира"), its own letters kept in the nominative. The
    dictionary is also asked for the spelling Russian gives a Kazakh name
    (``dictionary_spellings``: "гулмира" -> "гульмира", "айгүл" -> "айгуль"), and believed
    only where it knows that name.
    """
    russian = to_russian_letters(word)
    if russian != word:
        return tuple(_map_back(r, russian, word) for r in _readings(russian))
    readings = list(_own_readings(word))
    spelled = word
    for pattern, replacement in _dictionary_spellings():
        spelled = pattern.sub(replacement, spelled)
    if spelled != word:
        morph = russian_morphology()
        known = [r for r in _morph_readings(spelled) if r.weight >= 1.0 and morph.word_is_known(r.nominative)]
        readings.extend(_map_back(r, spelled, word) for r in known)
    return tuple(readings)


def _own_readings(word: str) -> list[Reading]:
    cases, paradigms, indeclinable, (feminine_finals, masculine_suffixes, feminine_weight) = _rules()
    readings = []
    if word[-1:] in feminine_finals and not word.endswith(masculine_suffixes):
        readings.append(Reading(frozenset(cases), "f", word, feminine_weight))
    for ending, gender in indeclinable.items():
        if word.endswith(ending) and len(word) > len(ending) + 1:
            readings.append(Reading(frozenset(cases), gender, word, INDECLINABLE_WEIGHT))
            break
    # A word with a gendered indeclinable ending (-улы, -кызы) has no case ending: "Сарсенбайулы" is no genitive of "-ула".
    particle = any(word.endswith(e) and len(word) > len(e) + 1 and g for e, g in indeclinable.items())
    for gender, weight, stems, endings, nominative_ending in () if particle else paradigms:
        # The longest ending that fits: "-ой" before "-й" in one paradigm.
        for ending, ending_cases in endings:
            body = word[: len(word) - len(ending)] if ending else word
            if word.endswith(ending) and body.endswith(stems) and len(body) >= 3:
                readings.append(Reading(frozenset(ending_cases), gender, body + nominative_ending, weight))
                break
    readings.extend(_morph_readings(word))
    return readings


def _morph_readings(word: str) -> list[Reading]:
    """pymorphy3's readings of ``word`` as a name, surname or patronymic."""
    readings = []
    morph = russian_morphology()
    for parse in morph.parse(word):
        tag = parse.tag
        kind = next((_KINDS[g] for g in _KINDS if g in tag), None)
        if kind is None or tag.case is None or tag.number == "plur":
            continue
        inflected = parse.inflect({"nomn"})
        gender = {"masc": "m", "femn": "f"}.get(tag.gender)
        # A name pymorphy3's dictionary holds ("Арон", "Динара") outweighs the rules; a guessed one does not.
        known = kind == "name" and morph.word_is_known(parse.normal_form)
        form = inflected.word if inflected else word
        # ... except a feminine name that is a masculine one plus -а ("Нурлана", "Вадима"): far more often his genitive.
        if known and gender == "f" and form.endswith("а") and _is_masculine_name(form[:-1]):
            known = False
        readings.append(Reading(frozenset([_case(tag.case)]), gender, form, KNOWN_NAME_WEIGHT if known else 0.5 + 0.4 * parse.score))
    return readings


@lru_cache(maxsize=100_000)
def is_known_given_name(word: str) -> bool:
    """Whether pymorphy3's dictionary knows the nominative Cyrillic ``word`` as a given name ("Герман",
    "Хью"), not merely guesses it ("Байден") or knows it as another word only ("Греф")."""
    morph = russian_morphology()
    return any("Name" in p.tag and p.tag.case == "nomn" and morph.word_is_known(p.normal_form)
               for p in morph.parse(word.lower()))


@lru_cache(maxsize=100_000)
def _is_masculine_name(word: str) -> bool:
    return any("Name" in p.tag and p.tag.gender == "masc" and p.tag.case == "nomn" for p in russian_morphology().parse(word))


def _case(case: str) -> str:
    # pymorphy3's second genitive, locative and accusative fold into the six cases.
    return {"gen2": "gent", "loc2": "loct", "acc2": "accs", "gen1": "gent", "loc1": "loct"}.get(case, case)


def _fits(reading: Reading, case: str, gender: str) -> bool:
    return case in reading.cases and (reading.gender is None or reading.gender == gender)


def _restore_case(form: str, original: str) -> str:
    """The letter case of ``original`` on ``form``: "САПАРОВА" -> "САПАРОВ", "Сапарова" -> "Сапаров"."""
    if original.isupper() and len(original) > 1:
        return form.upper()
    if original[:1].isupper():
        return form[:1].upper() + form[1:]
    return form


@lru_cache(maxsize=200_000)
def nominative(name: str) -> str:
    """A Cyrillic person mention in the nominative, its gender, word order and initials kept.

    Args:
        name: A mention as written: "Асель Тулегеновой", "Тулегеновой А.С.", "Ерлана Сапарова",
            "Сапарову", "Жанболата Мамая", "САПАРОВА Ерлана Болатовича".

    Returns:
        The mention with each name word in the nominative ("Асель Тулегенова", "Тулегенова А.С.",
        "Ерлан Сапаров", "Сапаров", "Жанболат Мамай", "САПАРОВ Ерлан Болатович"). Latin text,
        and a mention already in the nominative, come back unchanged. A lone surname whose form
        two genders share ("Сапарову": his dative or her accusative) is read as masculine;
        :func:`other_gender` gives the other reading.
    """
    return _nominatives(name)[0]


@lru_cache(maxsize=200_000)
def other_gender(name: str) -> str | None:
    """The mention's nominative read as the other gender, where the words allow that reading nearly as well.

    Russian writes her nominative and his genitive alike ("Сапарова", "Галы Бактыбаева"), and his
    dative and her accusative ("Сапарову"); the words alone cannot tell, the other mentions of a
    text can. None where the other gender's best reading falls more than the table's
    ``gender_alternative.margin`` behind, or gives the same words.

    >>> nominative("Бажкенову"), other_gender("Бажкенову")
    ('Бажкенов', 'Бажкенова')
    """
    return _nominatives(name)[1]


@lru_cache(maxsize=1)
def _name_suffixes() -> frozenset[str]:
    return frozenset(load_table("ru", "persons").get("name_suffixes", []))


def _suffixed_nominatives(name: str) -> tuple[str, str | None] | None:
    """"Шакировой-старшей" -> "Шакирова-старшая": the name and its hyphenated "старший"/"младший",
    each in the nominative, in the gender the suffix shows; None where the name has no such suffix."""
    head, hyphen, tail = name.rpartition("-")
    if not (hyphen and head and tail.lower() in _name_suffixes()):
        return None
    parse = next((p for p in russian_morphology().parse(tail.lower())
                  if p.tag.POS == "ADJF" and p.tag.number == "sing" and p.tag.gender in ("masc", "femn")), None)
    inflected = parse.inflect({"nomn", parse.tag.gender, "sing"}) if parse else None
    if inflected is None:
        return None
    first, second = _nominatives(head)
    feminine = parse.tag.gender == "femn"
    if second and first.endswith(("а", "я")) != feminine:
        first = second
    return f"{first}-{_restore_case(inflected.word, tail)}", None


def _nominatives(name: str) -> tuple[str, str | None]:
    """The nominative under the best (case, gender), and under the other gender's best where it is close."""
    if not CYRILLIC_RE.search(name):
        return name, None
    if (suffixed := _suffixed_nominatives(name)) is not None:
        return suffixed
    kazakh = kazakh_nominative(name)
    if kazakh != name:
        return kazakh, None
    words = [m for m in _TOKEN_RE.finditer(name) if not _is_initial(name, m)]
    if not words:
        return name, None
    # Russian declines only the last part of a hyphenated given name ("Касым-Жомарта").
    lasts = [m.group(0).rsplit("-", 1)[-1] for m in words]
    readings = [_readings(w.lower()) for w in lasts]
    cases = _rules()[0]

    def weight(word_readings: tuple[Reading, ...], case: str, gender: str) -> float:
        return max((r.weight for r in word_readings if _fits(r, case, gender)), default=UNDECLINED_WEIGHT)

    def score(cg: tuple[str, str]) -> tuple:
        # Most weight first, then the nominative (a form that may already be nominative stays), then masculine.
        return round(sum(weight(r, *cg) for r in readings), 6), cg[0] == "nomn", cg[1] == "m"

    def form(case: str, gender: str) -> str:
        pieces, position = [], 0
        for match, last, word_readings in zip(words, lasts, readings):
            fitting = [r for r in word_readings if _fits(r, case, gender)]
            word = max(fitting, key=lambda r: r.weight).nominative if fitting else last.lower()
            prefix = match.group(0)[: len(match.group(0)) - len(last)]
            pieces.append(name[position:match.start()] + prefix + _restore_case(word, last))
            position = match.end()
        pieces.append(name[position:])
        return "".join(pieces)

    ranked = sorted(((c, g) for c in cases for g in GENDERS), key=score, reverse=True)
    best = ranked[0]
    first = form(*best)
    other = next(cg for cg in ranked if cg[1] != best[1])
    if score(best)[0] - score(other)[0] > _gender_margin():
        return first, None
    second = form(*other)
    return first, (second if second != first else None)


@lru_cache(maxsize=1)
def _kazakh_rules():
    table = load_table("ru", "name_inflection")["kazakh_case_suffixes"]
    letter_class = {letter: name for name, letters in table["classes"].items() for letter in letters}
    suffixes = sorted(((s, frozenset(c)) for s, c in table["suffixes"].items()), key=lambda sc: -len(sc[0]))
    return frozenset(table["kazakh_letters"]), int(table["min_stem"]), letter_class, tuple(table["uly_endings"]), tuple(suffixes)


@lru_cache(maxsize=200_000)
def kazakh_nominative(name: str, letters_required: bool = True) -> str:
    """A mention of a Kazakh text without the case suffix of its last word.

    Kazakh declines a name by a suffix on its last word, chosen by the sound the word ends in
    (``kazakh_case_suffixes`` in ``data/ru/name_inflection.json``); a mention with a Kazakh
    letter whose last word ends in a suffix that fits the stem left loses it. Other mentions
    come back unchanged. ``letters_required=False`` drops the Kazakh-letter test, for a caller
    that checks the stem otherwise: a Kazakh text may write a name in letters Russian shares
    ("Жанболат Мамайды"), but a Russian name may end in such a syllable too ("Турды").

    >>> kazakh_nominative("Асқар Қайырбектің"), kazakh_nominative("Айкөркем Мелдеханға")
    ('Асқар Қайырбек', 'Айкөркем Мелдехан')
    """
    letters, min_stem, letter_class, uly_endings, suffixes = _kazakh_rules()
    if letters_required and not letters.intersection(name.lower()):
        return name
    words = [m for m in _TOKEN_RE.finditer(name) if not _is_initial(name, m)]
    if not words:
        return name
    last = words[-1]
    word = last.group(0).lower()
    for suffix, classes in suffixes:
        stem = word[: -len(suffix)]
        if not word.endswith(suffix) or len(stem) < min_stem:
            continue
        kinds = {letter_class.get(stem[-1])}
        if stem.endswith(uly_endings):
            kinds.add("uly")
        if kinds & classes:
            return name[: last.start()] + last.group(0)[: len(stem)] + name[last.end():]
    return name


@lru_cache(maxsize=1)
def _gender_margin() -> float:
    return float(load_table("ru", "name_inflection")["gender_alternative"]["margin"])


def _is_initial(text: str, match: re.Match) -> bool:
    """"А" of "А." or "Ж" of "Мамай Ж": a single letter is an initial, never declined."""
    return len(match.group(0)) == 1
