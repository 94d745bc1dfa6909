"""Person names: parsing, transliteration-aware keys, and linking mentions to identities.

Linking runs in four steps:

1. **Order.** A name whose order its words do not settle ("Janel Shahan": neither word
   has a surname ending nor is a known given name) takes the order whose surname the
   other mentions use ("Shahan J.").
2. **Blocking.** Mentions are grouped by the key of their surname; keys that are near
   each other (rapidfuzz ``process.cdist``), differ by a Russian case ending
   ("Mamayu"), or share a Kazakh stem ("Narymbay" / "Narymbaev") join one block.
3. **Full names cluster** inside a block when their given names are compatible and the
   surnames are of the same gender (-ov / -ova are two people).
4. **Short forms attach**: "Surname I." joins the one full name whose given name fits
   the initial; a bare surname joins the one identity of its block, or the one its own
   entry mentions; a given name alone ("Zhanbolat") joins the one identity of its entry
   with that given name. Where two identities fit, the short form stays apart: a false
   merge of two activists is worse than a miss.

Every join records its rule and score in :attr:`Identity.evidence`. The rules are data
(``data/transliteration.json``, ``data/names.json``), about Kazakh/Russian naming in
general, never about particular people.

**Scripts.** A Cyrillic mention ("Асель Тулегеновой") is put in the nominative
(:func:`kzmonitor.inflection.nominative`, gender kept) and linked by its Latin rendering
(:func:`kzmonitor.transliteration.to_latin`), so one person gets one identity whatever the
script; a join across scripts names the rendering the Latin spelling follows
(``translit:ru-icao``, ``translit:media``, ...), and the canonical name is Latin, a Latin
mention's where there is one. Latin text written in the Kazakh Latin alphabet ("Şärıpov")
keys as its English digraphs.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Hashable, Iterable, Sequence

import numpy as np
from rapidfuzz import fuzz, process

from .inflection import is_known_given_name, kazakh_nominative, nominative, other_gender
from .resources import load_json
from .transliteration import (SpellingsByScript, closest_scheme, fold_latin_letters, given_short_forms, initial_sounds, is_cyrillic,
                              kazakh_respellings, to_latin)

SURNAME_SIMILARITY = 88.0
GIVEN_SIMILARITY = 80.0
INITIAL_RE = re.compile(r"^(?:Zh|Sh|Kh|Ch|Ts|Yu|Ya|Ye|Yo|Dzh|[A-Z])\.?$")
SPLIT_RE = re.compile(r"(?<=\.)(?=[A-Z])|[\s]+")
# "MukhamedkarimDuman", "bMuratbay": a lowercase letter glued to a capital starts a new word
GLUED_RE = re.compile(r"(?<=[a-z])(?=[A-Z][a-z])")
# The same in Cyrillic ("БахытжанТорегожиной"), split before the nominative is taken: the Latin
# split after rendering comes too late for the case ending of the second word.
CYRILLIC_GLUED_RE = re.compile(r"(?<=[а-яёәғқңөұүһі])(?=[А-ЯЁӘҒҚҢӨҰҮҺІ][а-яёәғқңөұүһі])")
INITIALS_RUN_RE = re.compile(r"(?:Zh|Sh|Kh|Ch|Ts|Yu|Ya|Ye|Yo|Dzh|[A-Z])\.")


@dataclass(frozen=True)
class NameParts:
    """A mention split into its parts, whatever the order it was written in.

    ``swapped`` is the other reading of a two-word name whose order the words alone do
    not settle; ``other_gender`` is a Cyrillic mention's reading as the other gender where
    Russian writes both alike ("Сапарова": her nominative or his genitive). The linker picks
    between the readings by what the other mentions use.
    """

    text: str
    surname: str
    given: tuple[str, ...] = ()
    initials: tuple[str, ...] = ()
    patronymic: str | None = None
    swapped: NameParts | None = None
    other_gender: NameParts | None = None

    @property
    def kind(self) -> str:
        """``full`` (a given name), ``initials``, ``given`` (a known given name alone) or ``surname``."""
        if self.given:
            return "full"
        if self.initials:
            return "initials"
        return "given" if self.surname.lower() in _lexicon().given_names else "surname"


@dataclass
class Identity(SpellingsByScript):
    """One individual: a canonical name, its spellings and why they were joined."""

    person_id: str
    canonical: str
    variants: list[str] = field(default_factory=list)
    mentions: int = 0
    evidence: list[dict] = field(default_factory=list)


@dataclass(frozen=True)
class _Lexicon:
    given_names: frozenset[str]
    endings: re.Pattern[str]
    strong_endings: re.Pattern[str]
    rewrites: tuple[tuple[re.Pattern[str], str], ...]
    case_endings: tuple[str, ...]
    patronymic_endings: tuple[str, ...]
    particles: frozenset[str]
    feminine: tuple[str, ...]
    masculine: tuple[str, ...]
    russian_suffixes: tuple[str, ...]
    min_stem: int


def _ending_re(endings: Iterable[str]) -> re.Pattern[str]:
    return re.compile(rf"(?:{'|'.join(sorted(endings, key=len, reverse=True))})$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    names = load_json("names.json")
    translit = load_json("transliteration.json")
    return _Lexicon(
        given_names=frozenset(n.lower() for n in names["given_names"]),
        endings=_ending_re(names["surname_endings"]),
        strong_endings=_ending_re(names["strong_surname_endings"]),
        rewrites=tuple((re.compile(a), b) for a, b in translit["rewrites"]),
        case_endings=tuple(translit["case_endings"]),
        patronymic_endings=tuple(translit["patronymic_endings"]),
        particles=frozenset(translit["particles"]),
        feminine=tuple(translit["gender_endings"]["feminine"]),
        masculine=tuple(translit["gender_endings"]["masculine"]),
        russian_suffixes=tuple(sorted(translit["russian_suffixes"]["suffixes"], key=len, reverse=True)),
        min_stem=translit["russian_suffixes"]["min_stem"],
    )


# Kazakh letters and Cyrillic look-alikes of Latin letters, as ascii_fold writes them
_ASCII_FOLD_TABLE = str.maketrans({"ә": "a", "ғ": "g", "қ": "k", "ң": "n", "ө": "o", "ұ": "u", "ү": "u", "һ": "h", "і": "i",
                                   "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "у": "y", "х": "x"})


@lru_cache(maxsize=200_000)
def ascii_fold(text: str) -> str:
    """Lowercase ASCII letters only: accents and Kazakh letters folded ("Жанболат"-free Latin)."""
    text = unicodedata.normalize("NFKD", fold_latin_letters(text).lower().translate(_ASCII_FOLD_TABLE))
    return "".join(c for c in text if c.isascii() and c.isalpha())


@lru_cache(maxsize=200_000)
def name_key(word: str) -> str:
    """Transliteration-aware key of one name word: rewrites from data, doubled letters folded.

    >>> name_key("Zhylanbayev") == name_key("Zhylanbaev") == name_key("Jylanbaev")
    True
    """
    key = ascii_fold(to_latin(word))
    for pattern, replacement in _lexicon().rewrites:
        key = pattern.sub(replacement, key)
    return re.sub(r"(.)\1+", r"\1", key)


def strip_case_ending(key: str) -> str:
    """The key without a Russian case ending ("mamaiu" -> "mamai")."""
    for ending in _lexicon().case_endings:
        if key.endswith(ending) and len(key) - len(ending) >= 4:
            return key[: -len(ending)]
    return key


def kazakh_stem(key: str) -> str:
    """The stem a Kazakh surname shares with its Russified form ("narimbai", "narimbaev" -> "narimba")."""
    lexicon = _lexicon()
    for suffix in lexicon.russian_suffixes:
        if key.endswith(suffix) and len(key) - len(suffix) >= lexicon.min_stem:
            return key[: -len(suffix)]
    if len(key) > lexicon.min_stem and key.endswith("i") and key[-2] in "aeiou":
        return key[:-1]
    return key


def gender_of(key: str) -> str | None:
    """"f" for a feminine surname key, "m" for a masculine one, None for a neutral (Kazakh) form."""
    lexicon = _lexicon()
    if key.endswith(lexicon.feminine):
        return "f"
    if key.endswith(lexicon.masculine):
        return "m"
    return None


def same_gender(a: str, b: str) -> bool:
    """Whether surname keys ``a`` and ``b`` can name one person: -ov / -ova never do, a neutral form fits both."""
    ga, gb = gender_of(a), gender_of(b)
    return a == b or ga is None or gb is None or ga == gb


def initial_key(initial: str) -> str:
    return name_key(initial.rstrip("."))[:2] or initial[:1].lower()


def _is_initial(token: str) -> bool:
    return bool(INITIAL_RE.match(token)) and (token.endswith(".") or len(token) <= 2)


def _tokens(text: str) -> list[str]:
    lexicon = _lexicon()
    cleaned = GLUED_RE.sub(" ", text.strip().rstrip(",;:"))
    tokens: list[str] = []
    for raw in SPLIT_RE.split(cleaned):
        if not raw:
            continue
        if re.fullmatch(r"(?:[A-Z][a-z]?\.)+", raw):  # "K.K." -> "K." "K."
            tokens.extend(INITIALS_RUN_RE.findall(raw))
            continue
        if raw[0].islower() and raw.lower() not in lexicon.particles:
            continue  # a stray letter glued by a typo ("bMuratbay")
        halves = raw.split("-")
        # "Toregozhina-Bakhytzhan", "Ilyashev-Alnur": a surname glued to a given name by a hyphen;
        # "Kassym-Zhomart", "Sand-Ahmet" stay one word.
        if len(halves) == 2 and all(halves) and (
            halves[1].lower() in lexicon.given_names or bool(lexicon.endings.search(halves[0])) != bool(lexicon.endings.search(halves[1]))
        ):
            tokens.extend(halves)
        else:
            tokens.append(raw)
    return tokens


def _surname_score(word: str) -> int:
    lexicon = _lexicon()
    if word.lower() in lexicon.given_names:
        return -4
    if lexicon.strong_endings.search(word):
        return 3
    return 1 if lexicon.endings.search(word) else 0


@lru_cache(maxsize=200_000)
def linking_form(text: str) -> str:
    """The Latin text a mention is parsed and keyed by: a Cyrillic one in the nominative, then rendered.

    >>> linking_form("Асель Тулегеновой"), linking_form("Tulegenova A.")
    ('Asel Tulegenova', 'Tulegenova A.')
    """
    return to_latin(nominative(CYRILLIC_GLUED_RE.sub(" ", text))) if is_cyrillic(text) else text


@lru_cache(maxsize=200_000)
def parse_name(text: str) -> NameParts:
    """Split a mention into surname, given names, initials and patronymic (see :func:`_parse`).

    A Cyrillic mention is parsed by its :func:`linking_form` ("Тулегеновой А.С." as
    "Tulegenova A.S."), and by its reading as the other gender in ``other_gender`` where Russian
    writes both alike ("Бажкенову": his dative or her accusative); ``text`` stays as written.
    """
    if not is_cyrillic(text):
        return _parse(text, text)
    parts = _parse(text, linking_form(text))
    alternative = other_gender(CYRILLIC_GLUED_RE.sub(" ", text))
    if alternative is not None:
        parts = replace(parts, other_gender=_parse(text, to_latin(alternative)))
    return parts


def _parse(text: str, form: str) -> NameParts:
    """Split a mention into surname, given names, initials and patronymic.

    Handles "Surname I.", "I. Surname", "Surname Given", "Given Surname",
    "Surname Given Patronymic", "Tokayev K.K.", "K.Tokayev", glued "MukhamedkarimDuman"
    and hyphen-glued "Toregozhina-Bakhytzhan". Reports write "Surname Given"; a word
    with a surname ending (-ov, -eva, -uly ...) or a known given name settles the order
    otherwise, and a tie leaves the other reading in ``swapped``. ``form`` is the Latin text
    parsed (a Cyrillic mention's :func:`linking_form`); ``text`` stays as written.
    """
    lexicon = _lexicon()
    tokens = _tokens(form)
    initials = tuple(t for t in tokens if _is_initial(t))
    words = [t for t in tokens if not _is_initial(t)]
    # Bulletins write the surname in capitals ("SAPAROV Erlan", "Erlan SAPAROV"): that word is the
    # surname whatever its place, and every capitalised word is kept in title case ("Saparov").
    capitals = [i for i, w in enumerate(words) if w.isupper() and len(w) > 1]
    surname_at = capitals[0] if 0 < len(capitals) < len(words) else None
    words = [w.title() if i in capitals else w for i, w in enumerate(words)]
    patronymic = None
    if len(words) >= 2 and words[-1].lower() in lexicon.particles:  # "Zhomart Kassym uly"
        particle = words.pop()
        patronymic = f"{words.pop()} {particle}" if len(words) >= 3 else None
    if len(words) >= 3 and words[-1].lower().endswith(lexicon.patronymic_endings) and surname_at != len(words) - 1:
        patronymic = words.pop()
    if surname_at is not None and surname_at < len(words):
        given = tuple(w for i, w in enumerate(words) if i != surname_at)
        return NameParts(text, surname=words[surname_at], given=given, initials=initials, patronymic=patronymic)
    if not words:
        return NameParts(text, surname=initials[-1] if initials else text, initials=initials[:-1])
    if len(words) == 1:
        return NameParts(text, surname=words[0], initials=initials, patronymic=patronymic)
    scores = [_surname_score(w) for w in words]
    best = max(range(len(words)), key=lambda i: (scores[i], -i))
    surname = words[best]
    given = tuple(w for i, w in enumerate(words) if i != best)
    swapped = None
    if len(words) == 2 and scores[0] == scores[1] and not initials:
        swapped = NameParts(text, surname=words[1], given=(words[0],), patronymic=patronymic)
    return NameParts(text, surname=surname, given=given, initials=initials, patronymic=patronymic, swapped=swapped)


def _initial_fits(initial: str, given: str) -> bool:
    """Whether initial "Zh." fits given name "Zhanbolat" (and "J." fits "Zhanbolat")."""
    key = name_key(given)
    return key.startswith(initial) or key[:1] == initial[:1] and len(initial) == 1


def canonical_of(parts: NameParts) -> str:
    if parts.given:
        return " ".join([parts.surname, *parts.given])
    if parts.initials:
        return f"{parts.surname} {''.join(parts.initials)}"
    return parts.surname


def fullest(counts: dict[str, int]) -> str:
    """The canonical "Surname Given" of spellings (with their mention counts): the fullest spelling."""
    return _fullest([parse_name(text) for text, count in counts.items() for _ in range(min(count, 100))])


def _fullest(parts: list[NameParts]) -> str:
    """Most given names first, then initials, then the most frequent, then the shortest surname.

    Frequency before length keeps a case-ending form ("Mamayu Zhanbolat") from winning. The
    canonical name is Latin: a Latin mention's where there is one, else a Cyrillic one's rendering.
    """
    latin = [p for p in parts if not is_cyrillic(p.text)]
    parts = latin or parts
    spellings = Counter(canonical_of(p) for p in parts)
    best = max(parts, key=lambda p: (p.kind != "given", len(p.given), bool(p.initials), spellings[canonical_of(p)], -len(p.surname)))
    # "Mamayu Zhanbolat" is a case form; where "Mamay Zh." gives the nominative, the canonical takes it.
    key = name_key(best.surname)
    nominative = [p.surname for p in parts if name_key(p.surname) == strip_case_ending(key) != key]
    return canonical_of(replace(best, surname=nominative[0]) if nominative else best)


def slug(text: str) -> str:
    """"Mamay Zhanbolat" -> "mamay-zhanbolat"; "Tokayev K.K." -> "tokayev-kk"."""
    words = [w for w in re.split(r"\s+", text) if w]
    folded = ["".join(ascii_fold(piece) for piece in w.split(".")) if "." in w else "-".join(ascii_fold(p) for p in w.split("-")) for w in words]
    return re.sub(r"-+", "-", "-".join(f for f in folded if f)).strip("-")


class UnionFind(dict):
    """Disjoint sets of keys, each key's set named by its root (path halving)."""

    def find(self, k: str) -> str:
        self.setdefault(k, k)
        while self[k] != k:
            self[k] = self[self[k]]
            k = self[k]
        return k

    def union(self, a: str, b: str) -> None:
        self[self.find(b)] = self.find(a)


def _surname_blocks(keys: Iterable[str]) -> dict[str, str]:
    """Map each surname key to a block representative: near keys, case endings and Kazakh stems join."""
    unique = sorted(set(keys))
    blocks = UnionFind()
    for derive in (strip_case_ending, kazakh_stem):
        groups: dict[str, list[str]] = defaultdict(list)
        for k in unique:
            groups[derive(k)].append(k)
        for group in groups.values():
            for k in group[1:]:
                blocks.union(group[0], k)
    # Near keys with the same first letter: "muhamedkarim" ~ "muhametkarim".
    by_letter: dict[str, list[str]] = defaultdict(list)
    for k in unique:
        by_letter[k[:1]].append(k)
    for group in by_letter.values():
        if len(group) < 2:
            continue
        scores = process.cdist(group, group, scorer=fuzz.ratio, score_cutoff=SURNAME_SIMILARITY, dtype=np.uint8, workers=1)
        rows, cols = np.nonzero(scores)
        for i, j in zip(rows.tolist(), cols.tolist()):
            if i < j and same_gender(group[i], group[j]) and abs(len(group[i]) - len(group[j])) <= 2:
                blocks.union(group[i], group[j])
    return {k: blocks.find(k) for k in unique}


def _scopes(context: Hashable | None) -> list[tuple]:
    """A context and the scopes that hold it, narrowest first: (report, entry) -> [(report, entry), (report,)]."""
    if context is None:
        return []
    context = context if isinstance(context, tuple) else (context,)
    return [context[:n] for n in range(len(context), 0, -1)]


SCRIPT_SAMPLES = 8  # spellings per script a cross-script join is compared with, for its evidence


class _Cluster:
    __slots__ = ("members", "given", "surname", "parts", "evidence", "contexts", "spellings", "by_script")

    def __init__(self, member: int, given: str, surname: str, parts: NameParts, context: Hashable | None):
        self.members = [member]
        self.given = given
        self.surname = surname
        self.parts = parts
        self.evidence: list[dict] = []
        self.contexts = set(_scopes(context))
        self.spellings = {parts.text}
        self.by_script: dict[bool, list[str]] = {True: [], False: []}  # is Cyrillic -> first spellings
        self.by_script[is_cyrillic(parts.text)].append(parts.text)


def _join_evidence(mention: str, rule: str, score: float, cluster: _Cluster, read_as: str | None = None,
                   respelled: str | None = None) -> dict:
    """Why ``mention`` joined ``cluster``: the linker's rule, or across scripts the rendering that bridges them.

    A Cyrillic mention joining Latin spellings (or a Latin one joining Cyrillic spellings) is
    ``translit:<scheme>`` with the closeness of that rendering to the nearest Latin spelling, and
    the linker's own rule as ``via``; an inflected Cyrillic mention also says its ``nominative``
    (``read_as``, where the linker read it as the other gender, else :func:`nominative`'s), and a
    surname the linker respelled for a Kazakh vowel its ``respelled`` form ("Utepova" for "Отепова").
    """
    cyrillic = is_cyrillic(mention)
    nominative_form = read_as or nominative(mention)
    entry: dict = {"mention": mention, "rule": rule, "score": round(float(score), 1)}
    others = cluster.by_script[not cyrillic]
    if others:
        pairs = [(nominative_form, latin) for latin in others] if cyrillic else [(nominative(c), mention) for c in others]
        scheme, closeness = max((closest_scheme(c, latin) for c, latin in pairs), key=lambda sc: sc[1])
        entry = {"mention": mention, "rule": f"translit:{scheme}", "score": closeness, "via": rule}
    if cyrillic and nominative_form != mention:
        entry["nominative"] = nominative_form
    if respelled:
        entry["respelled"] = respelled
    return entry


def _resolve_order(parsed: list[NameParts]) -> list[NameParts]:
    """Pick, for each name of unsettled order, the reading whose surname the other mentions use."""
    settled = [name_key(p.surname) for p in parsed if p.swapped is None]
    unsettled = [p for p in parsed if p.swapped is not None]
    if not unsettled:
        return parsed
    block_of = _surname_blocks([*settled, *(name_key(p.surname) for p in unsettled), *(name_key(p.swapped.surname) for p in unsettled)])
    support = Counter(block_of[k] for k in settled)
    chosen = {}
    for p in unsettled:
        if p.text not in chosen:
            keep = support[block_of[name_key(p.surname)]]
            swap = support[block_of[name_key(p.swapped.surname)]]
            chosen[p.text] = p.swapped if swap > keep else p
    # A Cyrillic name whose order the Latin ones settle neither way ("Гульбаран Омирали" beside
    # "Omirali Gulbaran"): the Latin mentions' order, as their readings went, counts too.
    script = {text: is_cyrillic(text) for text in chosen}
    if not any(script.values()):
        return [chosen.get(p.text, p) if p.swapped is not None else p for p in parsed]
    latin = Counter(block_of[name_key(chosen[p.text].surname)] for p in unsettled if not script[p.text])
    undecided = set()
    for p in unsettled:
        if script[p.text] and chosen[p.text] is p:
            keep = support[block_of[name_key(p.surname)]] + latin[block_of[name_key(p.surname)]]
            swap = support[block_of[name_key(p.swapped.surname)]] + latin[block_of[name_key(p.swapped.surname)]]
            if swap > keep:
                chosen[p.text] = p.swapped
            elif swap == keep:
                undecided.add(p.text)
    # Nothing settles "Герман Греф" either way: a first word the dictionary knows as a given name and a
    # second it does not is the Western order, and a Latin name no other mention settles ("Herman Gref")
    # follows the Cyrillic names so read.
    western = Counter()
    for text in undecided:
        words = nominative(text).split()
        if len(words) == 2 and is_known_given_name(words[0]) and not is_known_given_name(words[1]):
            chosen[text] = chosen[text].swapped
            western[block_of[name_key(chosen[text].surname)]] += 1
    if western:
        for p in unsettled:
            if not script[p.text] and chosen[p.text] is p and support[block_of[name_key(p.surname)]] == support[block_of[name_key(p.swapped.surname)]]:
                if western[block_of[name_key(p.swapped.surname)]] > western[block_of[name_key(p.surname)]]:
                    chosen[p.text] = p.swapped
    return [chosen.get(p.text, p) if p.swapped is not None else p for p in parsed]


def _stem(key: str) -> str:
    return kazakh_stem(strip_case_ending(key))


def _resolve_gender(parsed: list[NameParts], keys: list[str], block_ids: list[str], contexts: Sequence[Hashable | None]) -> dict[int, str]:
    """Read a Cyrillic mention as the other gender where the mentions around it name that gender.

    "Бажкенову" is his dative or her accusative, "Галы Бактыбаева" her nominative or his genitive.
    The mentions that settle a gender (Latin ones, and Cyrillic ones whose case ending tells:
    "Бажкеновой") vote by their surname with the same stem, in the narrowest scope where any
    does: the entry, the report, then all. The other reading wins only by more votes. Changes
    ``parsed`` and ``keys`` in place; returns the Cyrillic nominatives taken, by mention.
    """
    ambiguous = [i for i, p in enumerate(parsed) if p.other_gender is not None]
    if not ambiguous:
        return {}
    stems = {key: _stem(key) for key in set(keys)}
    # (block, stem) -> scope -> votes by (first letter of the given name or initial, gender); the
    # scope None is all mentions, the letter "" a mention without given name or initial.
    votes: dict[tuple[str, str], dict] = defaultdict(lambda: defaultdict(Counter))
    for i, p in enumerate(parsed):
        gender = gender_of(keys[i])
        if p.other_gender is None and gender is not None:
            by_scope = votes[block_ids[i], stems[keys[i]]]
            for scope in [*_scopes(contexts[i]), None]:
                by_scope[scope][_first_letter(p), gender] += 1
    taken: dict[int, str] = {}
    for i in ambiguous:
        other = parsed[i].other_gender
        other_key = name_key(other.surname)
        first, second = gender_of(keys[i]), gender_of(other_key)
        by_scope = votes.get((block_ids[i], stems[keys[i]]))
        if first == second or second is None or not by_scope:
            continue
        # "Смаилова А.А." (her nominative or his genitive) is counted by the mentions its initial
        # fits ("Smailov A.", not "Smailova D."), where any of them names a gender; else by all.
        letter = _first_letter(parsed[i])
        fitting = (lambda key: key[0] in (letter, "")) if letter else (lambda key: True)
        if letter and not any(fitting(key) and key[0] for counts in by_scope.values() for key in counts):
            fitting = lambda key: True  # noqa: E731
        for scope in [*_scopes(contexts[i]), None]:
            counts = Counter()
            for (initial, gender), n in by_scope.get(scope, Counter()).items():
                if fitting((initial, gender)):
                    counts[gender] += n
            if counts[first] or counts[second]:
                if counts[second] > counts[first]:
                    parsed[i], keys[i] = other, other_key
                    taken[i] = other_gender(other.text) or other.text
                break
    return taken


def _first_letter(parts: NameParts) -> str:
    """The first letter of a mention's given name or initial (its key's), "" where it has neither."""
    if parts.given:
        return name_key(parts.given[0])[:1]
    if parts.initials:
        return name_key(parts.initials[0].rstrip("."))[:1]
    return ""


def _respelled(parts: NameParts, surname: str) -> NameParts:
    """``parts`` with its surname respelled, letter for letter, and its other-gender reading alike."""
    other = parts.other_gender
    if other is not None:
        changed = "".join(new if new != old and old == theirs else theirs
                          for old, new, theirs in zip(parts.surname, surname, other.surname))
        other = replace(other, surname=changed + other.surname[len(changed):])
    return replace(parts, surname=surname, other_gender=other)


def _kazakh_suffixless(parts: NameParts) -> tuple[NameParts, ...]:
    """A Cyrillic mention parsed without a Kazakh case suffix, where it may carry one unmarked.

    A Kazakh text may decline a name written in letters Russian shares ("Жанболат Мамайды", his
    accusative), which :func:`kazakh_nominative` leaves alone without a Kazakh letter to tell the
    language. The mention parsed once the test is dropped (its text kept), where that changes its
    surname: the suffix may also have hidden the surname ending that orders the words
    ("Канаткан Амреновты" is surname first until "Амренов" shows its -ов); a reading of either
    order (``swapped``) may then be taken.
    """
    bare = kazakh_nominative(parts.text, letters_required=False)
    if bare == parts.text:
        return ()
    reparsed = _parse(parts.text, linking_form(bare))
    return () if reparsed.surname == parts.surname else (reparsed,)


def _respell_kazakh(parsed: list[NameParts], keys: list[str], block_of: dict[str, str]) -> dict[int, str]:
    """Respell a Cyrillic mention's surname the way a Latin mention spells the Kazakh sound Russian blurs.

    "Утепова" renders as "Utepova", "Отепова" as "Otepova": Russian writes Kazakh ө, ү, ұ, ы as
    о, у, ы as it hears them (:func:`kazakh_respellings`). Where the surname's block holds no Latin
    surname and exactly one respelling's stem (case ending and Russian suffix aside) is a Latin
    surname's of the same gender, the mention takes that respelling. The surname without a Kazakh
    case suffix unmarked by a Kazakh letter (:func:`_kazakh_suffixless`) is one more respelling,
    taken on the same terms. Changes ``parsed`` and ``keys`` in place; returns the respellings
    taken, by mention.
    """
    script = {text: is_cyrillic(text) for text in {p.text for p in parsed}}
    if not any(script.values()):
        return {}
    latin_stems: dict[str, list[str]] = defaultdict(list)
    latin_blocks = set()
    for key in {key for p, key in zip(parsed, keys) if not script[p.text]}:
        latin_stems[_stem(key)].append(key)
        latin_blocks.add(block_of[key])
    if not latin_stems:
        return {}
    chosen: dict[str, tuple[str, NameParts | None] | None] = {}
    taken: dict[int, str] = {}
    for i, p in enumerate(parsed):
        if not script[p.text] or block_of[keys[i]] in latin_blocks or p.kind == "given":
            continue
        if p.text not in chosen:
            found: dict[str, tuple[str, NameParts | None]] = {}
            candidates = [*((form, None) for form in kazakh_respellings(p.surname)),
                          *((reading.surname, reading) for bare in _kazakh_suffixless(p)
                            for reading in (bare, bare.swapped) if reading is not None)]
            for form, bare in candidates:
                key = name_key(form)
                stem = _stem(key)
                if any(same_gender(key, other) for other in latin_stems.get(stem, ())):
                    found.setdefault(stem, (form, bare))
            chosen[p.text] = next(iter(found.values())) if len(found) == 1 else None
        if chosen[p.text] is not None:
            form, bare = chosen[p.text]
            parsed[i] = bare if bare is not None else _respelled(p, form)
            keys[i] = name_key(form)
            taken[i] = form
    return taken


def link_names(names: Iterable[str], contexts: Sequence[Hashable | None] | None = None) -> tuple[list[str], dict[str, Identity]]:
    """Link name mentions to identities.

    Args:
        names: Mention texts, in document order.
        contexts: Where each mention stands, parallel to ``names``: a tuple of nested
            scopes, widest first (``(report, entry index)``). A bare surname or given name
            may join the one fitting identity its entry, else its report, mentions.
            None: no mention has a context.

    Returns:
        The person_id of each mention (parallel to ``names``) and the identities by id.
    """
    names = list(names)
    contexts = list(contexts) if contexts is not None else [None] * len(names)
    if len(contexts) != len(names):
        raise ValueError(f"{len(contexts)} contexts for {len(names)} names")
    parsed = _resolve_order([parse_name(n) for n in names])
    surname_keys = [name_key(p.surname) for p in parsed]
    block_of = _surname_blocks(surname_keys)
    respelled = _respell_kazakh(parsed, surname_keys, block_of)
    if respelled:
        block_of = _surname_blocks(surname_keys)
    block_ids = [block_of[key] for key in surname_keys]
    nominatives = _resolve_gender(parsed, surname_keys, block_ids, contexts)  # the same block either way
    blocks: dict[str, list[int]] = defaultdict(list)
    for i, block in enumerate(block_ids):
        blocks[block].append(i)

    clusters: list[_Cluster] = []
    assignment = [-1] * len(names)

    def join(c: int, i: int, rule: str, score: float) -> None:
        cluster = clusters[c]
        cluster.members.append(i)
        cluster.contexts.update(_scopes(contexts[i]))
        if names[i] not in cluster.spellings:
            cluster.evidence.append(_join_evidence(names[i], rule, score, cluster, nominatives.get(i), respelled.get(i)))
            cluster.spellings.add(names[i])
            samples = cluster.by_script[is_cyrillic(names[i])]
            if len(samples) < SCRIPT_SAMPLES:
                samples.append(names[i])
        assignment[i] = c

    def new(i: int, given: str) -> int:
        clusters.append(_Cluster(i, given, surname_keys[i], parsed[i], contexts[i]))
        assignment[i] = len(clusters) - 1
        return assignment[i]

    def _closest_surnames(key: str, candidates: list[int]) -> list[int]:
        """Candidates whose surname spells the same (after case endings and Kazakh stems) beat near spellings."""
        if len(candidates) < 2:
            return candidates
        stem = kazakh_stem(strip_case_ending(key))
        same = [c for c in candidates if kazakh_stem(strip_case_ending(clusters[c].surname)) == stem]
        return same or candidates

    def pick_local(candidates: list[int], i: int) -> int | None:
        """The one candidate, else the one the mention's entry mentions, else the one its report mentions."""
        if len(candidates) == 1:
            return candidates[0]
        for scope in _scopes(contexts[i]):
            local = [c for c in candidates if scope in clusters[c].contexts]
            if local:
                return local[0] if len(local) == 1 else None
        return None

    def closest_given(i: int, given_keys: Iterable[str], local: list[int]) -> tuple[int | None, float]:
        """The cluster of ``local`` whose given name is closest to one of ``given_keys`` (of mention ``i``'s gender)."""
        best, best_score = None, 0.0
        for key in given_keys:
            for c in local:
                score = fuzz.ratio(key, clusters[c].given)
                if score >= GIVEN_SIMILARITY and score > best_score and same_gender(surname_keys[i], clusters[c].surname):
                    best, best_score = c, score
        return best, best_score

    def fitting_full_names(i: int, candidates: list[int], initials: Iterable[str]) -> list[int]:
        """The full-name clusters of ``candidates`` (of mention ``i``'s gender) whose given name one of ``initials`` fits."""
        initials = tuple(initials)
        return _closest_surnames(surname_keys[i], [c for c in candidates if same_gender(surname_keys[i], clusters[c].surname)
                                                   and any(_initial_fits(letter, clusters[c].parts.given[0]) for letter in initials)])

    given_only: list[int] = []
    for members in blocks.values():
        local: list[int] = []  # cluster indexes in this block
        seen: dict[str, int] = {}  # spelling -> cluster, so repeated spellings cost nothing
        # Full names first: given names must agree (fuzzy, transliteration-aware), gender too.
        for i in (m for m in members if parsed[m].kind == "full"):
            if names[i] in seen:
                join(seen[names[i]], i, "same spelling", 100.0)
                continue
            given = name_key(parsed[i].given[0])
            best, best_score = closest_given(i, [given], local)
            if best is None and is_cyrillic(names[i]):
                # A Cyrillic given name may blur a Kazakh vowel or ё as its surname may ("Петр": "Pyotr"),
                # or be the full form of an English one written short ("Роберт": "Bob").
                forms = (*kazakh_respellings(parsed[i].given[0]), *given_short_forms(parsed[i].given[0]))
                best, best_score = closest_given(i, [name_key(form) for form in forms], local)
            if best is None:
                local.append(new(i, given))
            else:
                join(best, i, "given-name match", best_score)
            seen[names[i]] = assignment[i]
        full_clusters = list(local)
        # Initials: the one full name they fit, else one cluster per (surname, initial); a different initial never joins.
        for i in (m for m in members if parsed[m].kind == "initials"):
            if names[i] in seen:
                join(seen[names[i]], i, "same spelling", 100.0)
                continue
            first = initial_key(parsed[i].initials[0])
            fits = fitting_full_names(i, full_clusters, (first,))
            if not fits and is_cyrillic(names[i]):
                # A Cyrillic initial may stand for another Latin letter ("Г." for Herman).
                fits = fitting_full_names(i, [c for c in full_clusters if not is_cyrillic(clusters[c].parts.text)], initial_sounds(first))
            if len(fits) == 1:
                join(fits[0], i, "initial fits given name", fuzz.ratio(surname_keys[i], clusters[fits[0]].surname))
            else:
                same = [c for c in local if c not in full_clusters and clusters[c].given == first
                        and same_gender(surname_keys[i], clusters[c].surname)]
                if same:
                    join(same[0], i, "same surname and initial", 100.0)
                else:
                    local.append(new(i, first))
            seen[names[i]] = assignment[i]
        # Bare surnames: the one identity of their block (same gender), or the one of their own entry.
        for i in members:
            kind = parsed[i].kind
            if kind == "given":
                given_only.append(i)
            elif kind == "surname":
                fits = _closest_surnames(surname_keys[i], [c for c in local if same_gender(surname_keys[i], clusters[c].surname)])
                c = pick_local(fits, i)
                if c is not None:
                    join(c, i, "only identity with this surname" if len(fits) == 1 else "only identity with this surname in the entry", 100.0)
                else:
                    local.append(new(i, ""))

    # A given name alone ("Zhanbolat"), or a single word no surname of its entry's
    # mentions explains ("Venera" after "Zhanbaeva Venera"): the one identity of its entry with that given name.
    lone = {assignment[i] for i in range(len(names)) if parsed[i].kind == "surname"}
    lone = {c for c in lone if len(clusters[c].members) == 1}
    by_scope: dict[tuple, list[int]] = defaultdict(list)
    for c, cluster in enumerate(clusters):
        if cluster.parts.given:
            for scope in cluster.contexts:
                by_scope[scope].append(c)
    for i in [*given_only, *(clusters[c].members[0] for c in sorted(lone))]:
        key = name_key(parsed[i].surname)
        c = None
        for scope in _scopes(contexts[i]):
            fits = [c for c in by_scope.get(scope, ()) if c != assignment[i] and fuzz.ratio(key, clusters[c].given) >= SURNAME_SIMILARITY]
            if fits:
                c = fits[0] if len(fits) == 1 else None
                break
        if c is not None and c != assignment[i]:
            old = assignment[i]
            if old >= 0:
                clusters[old].members.remove(i)
            join(c, i, "given name of an identity in the entry", fuzz.ratio(key, clusters[c].given))
        elif assignment[i] < 0:
            new(i, key)

    identities: dict[str, Identity] = {}
    cluster_ids: dict[int, str] = {}
    for index, cluster in enumerate(clusters):
        if not cluster.members:
            continue
        canonical = _fullest([parsed[m] for m in cluster.members])
        person_id = slug(canonical) or "unknown"
        base, n = person_id, 2
        while person_id in identities:
            person_id, n = f"{base}-{n}", n + 1
        variants = list(dict.fromkeys(names[m] for m in cluster.members))
        identities[person_id] = Identity(person_id, canonical, variants, len(cluster.members), cluster.evidence)
        cluster_ids[index] = person_id
    return [cluster_ids[c] for c in assignment], identities
