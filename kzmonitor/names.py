"""Person names: parsing, transliteration-aware keys, and linking mentions to identities.

Linking runs in three steps:

1. **Blocking.** Mentions are grouped by the key of their surname; surname keys that
   are near each other (rapidfuzz ``process.cdist``) or differ by a Russian case
   ending join one block.
2. **Full names cluster** inside a block when their given names are compatible.
3. **Short forms attach**: "Surname I." joins the one full name whose given name fits
   the initial, a bare surname joins the one identity of its block; where two
   identities fit, the short form stays apart (a false merge is worse than a miss).

Every join records its rule and score in :attr:`Identity.evidence`.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterable

import numpy as np
from rapidfuzz import fuzz, process

from .resources import load_json

SURNAME_SIMILARITY = 88.0
GIVEN_SIMILARITY = 80.0
INITIAL_RE = re.compile(r"^(?:Zh|Sh|Kh|Ch|Ts|Yu|Ya|Ye|Yo|Dzh|[A-Z])\.?$")
SPLIT_RE = re.compile(r"(?<=\.)(?=[A-Z])|[\s]+")
GLUED_RE = re.compile(r"(?<=[a-z])(?=[A-Z][a-z])")


@dataclass(frozen=True)
class NameParts:
    """A mention split into its parts, whatever the order it was written in."""

    text: str
    surname: str
    given: tuple[str, ...] = ()
    initials: tuple[str, ...] = ()
    patronymic: str | None = None

    @property
    def kind(self) -> str:
        return "full" if self.given else "initials" if self.initials else "surname"


@dataclass
class Identity:
    """One individual: a canonical name, its spellings and why they were joined."""

    person_id: str
    canonical: str
    variants: list[str] = field(default_factory=list)
    mentions: int = 0
    evidence: list[dict] = field(default_factory=list)


@lru_cache(maxsize=1)
def _lexicon() -> tuple[frozenset[str], re.Pattern[str], tuple[tuple[re.Pattern[str], str], ...], dict]:
    names = load_json("names.json")
    translit = load_json("transliteration.json")
    endings = re.compile(rf"(?:{'|'.join(sorted(names['surname_endings'], key=len, reverse=True))})$", re.IGNORECASE)
    rewrites = tuple((re.compile(a), b) for a, b in translit["rewrites"])
    return frozenset(n.lower() for n in names["given_names"]), endings, rewrites, translit


def ascii_fold(text: str) -> str:
    """"Жанболат"-free Latin: accents and Kazakh letters folded, lowercase, letters only."""
    table = str.maketrans({"ә": "a", "ғ": "g", "қ": "k", "ң": "n", "ө": "o", "ұ": "u", "ү": "u", "һ": "h", "і": "i",
                           "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "у": "y", "х": "x"})
    text = unicodedata.normalize("NFKD", text.lower().translate(table))
    return "".join(c for c in text if c.isascii() and c.isalpha())


def name_key(word: str) -> str:
    """Transliteration-aware key of one name word.

    >>> name_key("Zhylanbayev") == name_key("Zhylanbaev") == name_key("Jylanbaev")
    True
    """
    _, _, rewrites, _ = _lexicon()
    key = ascii_fold(word)
    for pattern, replacement in rewrites:
        key = pattern.sub(replacement, key)
    return re.sub(r"(.)\1+", r"\1", key)


def strip_case_ending(key: str) -> str:
    """The key without a Russian case ending ("mamaiu" -> "mamai")."""
    for ending in _lexicon()[3]["case_endings"]:
        if key.endswith(ending) and len(key) - len(ending) >= 4:
            return key[: -len(ending)]
    return key


def initial_key(initial: str) -> str:
    return name_key(initial.rstrip("."))[:2] or initial[:1].lower()


def _is_initial(token: str) -> bool:
    return bool(INITIAL_RE.match(token)) and (token.endswith(".") or len(token) <= 2)


def parse_name(text: str) -> NameParts:
    """Split a mention into surname, given names, initials and patronymic.

    Handles "Surname I.", "I. Surname", "Surname Given", "Given Surname",
    "Surname Given Patronymic", "Tokayev K.K.", "K.Tokayev", glued "MukhamedkarimDuman"
    and hyphen-glued "Toregozhina-Bakhytzhan".
    """
    given_names, endings, _, translit = _lexicon()
    cleaned = GLUED_RE.sub(" ", text.strip().rstrip(",;:"))
    tokens: list[str] = []
    for raw in SPLIT_RE.split(cleaned):
        if not raw:
            continue
        # "K.K." -> "K." "K."; "Toregozhina-Bakhytzhan" -> two words when the second half is a given name
        pieces = re.findall(r"(?:Zh|Sh|Kh|Ch|Ts|Yu|Ya|Ye|Yo|Dzh|[A-Z])\.", raw) if re.fullmatch(r"(?:[A-Z][a-z]?\.)+", raw) else [raw]
        for piece in pieces:
            halves = piece.split("-")
            if len(halves) == 2 and halves[1].lower() in given_names:
                tokens.extend(halves)
            else:
                tokens.append(piece)
    initials = tuple(t for t in tokens if _is_initial(t))
    words = [t for t in tokens if not _is_initial(t)]
    patronymic = None
    patronymic_endings = tuple(translit["patronymic_endings"])
    if len(words) >= 3 and words[-1].lower().endswith(patronymic_endings):
        patronymic = words.pop()
    if not words:
        return NameParts(text, surname=initials[-1] if initials else text, initials=initials[:-1])
    if len(words) == 1:
        return NameParts(text, surname=words[0], initials=initials, patronymic=patronymic)

    def surname_score(word: str) -> int:
        return (2 if endings.search(word) else 0) - (3 if word.lower() in given_names else 0)

    # Reports write "Surname Given"; "Given Surname" shows itself by a known given name first.
    surname = max(words, key=lambda w: (surname_score(w), -words.index(w)))
    given = tuple(w for w in words if w is not surname)
    return NameParts(text, surname=surname, given=given, initials=initials, patronymic=patronymic)


def _initials_of(parts: NameParts) -> tuple[str, ...]:
    if parts.initials:
        return tuple(initial_key(i) for i in parts.initials)
    return tuple(name_key(g)[:2] for g in parts.given)


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


def _fullest(parts: list[NameParts]) -> str:
    """The fullest spelling: most given names, then the most frequent, then the shortest surname.

    Frequency before length keeps a case-ending form ("Mamayu Zhanbolat") from winning.
    """
    spellings = [canonical_of(p) for p in parts]
    counts = {s: spellings.count(s) for s in spellings}
    best = max(parts, key=lambda p: (len(p.given), bool(p.initials), counts[canonical_of(p)], -len(p.surname)))
    return canonical_of(best)


def slug(text: str) -> str:
    """"Mamay Zhanbolat" -> "mamay-zhanbolat"; "Tokayev K.K." -> "tokayev-kk"."""
    words = [w for w in re.split(r"\s+", text) if w]
    folded = ["".join(ascii_fold(piece) for piece in w.split(".")) if "." in w else "-".join(ascii_fold(p) for p in w.split("-")) for w in words]
    return re.sub(r"-+", "-", "-".join(f for f in folded if f)).strip("-")


def _surname_blocks(keys: list[str]) -> dict[str, str]:
    """Map each surname key to a block representative: near keys and case-ending variants join."""
    unique = sorted(set(keys))
    representative = {k: k for k in unique}

    def find(k: str) -> str:
        while representative[k] != k:
            representative[k] = representative[representative[k]]
            k = representative[k]
        return k

    stripped: dict[str, list[str]] = defaultdict(list)
    for k in unique:
        stripped[strip_case_ending(k)].append(k)
    for group in stripped.values():
        for k in group[1:]:
            representative[find(k)] = find(group[0])
    if len(unique) > 1:
        # Near keys within the same first letter: "muhamedkarim" ~ "muhametkarim".
        by_letter: dict[str, list[str]] = defaultdict(list)
        for k in unique:
            by_letter[k[:1]].append(k)
        for group in by_letter.values():
            if len(group) < 2:
                continue
            scores = process.cdist(group, group, scorer=fuzz.ratio, score_cutoff=SURNAME_SIMILARITY, workers=1)
            rows, cols = np.nonzero(scores)
            for i, j in zip(rows.tolist(), cols.tolist()):
                if i < j and _same_gender(group[i], group[j]) and abs(len(group[i]) - len(group[j])) <= 2:
                    representative[find(group[j])] = find(group[i])
    return {k: find(k) for k in unique}


def _same_gender(a: str, b: str) -> bool:
    """-ov/-ova, -ev/-eva, -in/-ina are different people."""
    feminine = ("ova", "eva", "ina", "aia")
    return a.endswith(feminine) == b.endswith(feminine) or strip_case_ending(a) == strip_case_ending(b) and not (
        a.endswith("a") != b.endswith("a") and (a.rstrip("a").endswith(("ov", "ev", "in")) or b.rstrip("a").endswith(("ov", "ev", "in")))
    )


def link_names(names: Iterable[str]) -> tuple[list[str], dict[str, Identity]]:
    """Link name mentions to identities.

    Args:
        names: Mention texts, in document order.

    Returns:
        The person_id of each mention (parallel to ``names``) and the identities by id.
    """
    names = list(names)
    parsed = [parse_name(n) for n in names]
    surname_keys = [name_key(p.surname) for p in parsed]
    block_of = _surname_blocks(surname_keys)
    blocks: dict[str, list[int]] = defaultdict(list)
    for i, key in enumerate(surname_keys):
        blocks[block_of[key]].append(i)

    assignment: list[int] = [-1] * len(names)
    clusters: list[dict] = []  # {"members": [...], "given": key, "parts": NameParts, "evidence": [...]}
    for members in blocks.values():
        local: list[int] = []  # cluster indexes in this block
        # Full names first: given names must agree (fuzzy, transliteration-aware).
        for i in (m for m in members if parsed[m].kind == "full"):
            given = name_key(parsed[i].given[0])
            best, best_score = None, 0.0
            for c in local:
                score = fuzz.ratio(given, clusters[c]["given"])
                if _gender_ok(surname_keys[i], clusters[c]["surname"]) and score >= GIVEN_SIMILARITY and score > best_score:
                    best, best_score = c, score
            if best is None:
                clusters.append({"members": [i], "given": given, "surname": surname_keys[i], "parts": parsed[i], "evidence": []})
                local.append(len(clusters) - 1)
                assignment[i] = len(clusters) - 1
            else:
                clusters[best]["members"].append(i)
                clusters[best]["evidence"].append({"mention": names[i], "rule": "given-name match", "score": round(best_score, 1)})
                assignment[i] = best
        full_clusters = list(local)
        # Initials: the one full name they fit, else a cluster per (surname, initial).
        for i in (m for m in members if parsed[m].kind == "initials"):
            first = _initials_of(parsed[i])[0]
            fits = [c for c in full_clusters if _gender_ok(surname_keys[i], clusters[c]["surname"])
                    and _initial_fits(first, clusters[c]["parts"].given[0])]
            if len(fits) == 1:
                c = fits[0]
                clusters[c]["members"].append(i)
                clusters[c]["evidence"].append({"mention": names[i], "rule": "initial fits given name", "score": 100.0})
                assignment[i] = c
                continue
            same = [c for c in local if c not in full_clusters and clusters[c]["given"] == first
                    and _gender_ok(surname_keys[i], clusters[c]["surname"])]
            if same:
                clusters[same[0]]["members"].append(i)
                clusters[same[0]]["evidence"].append({"mention": names[i], "rule": "same surname and initial", "score": 100.0})
                assignment[i] = same[0]
            else:
                clusters.append({"members": [i], "given": first, "surname": surname_keys[i], "parts": parsed[i], "evidence": []})
                local.append(len(clusters) - 1)
                assignment[i] = len(clusters) - 1
        # Bare surnames: the one identity of their block (same gender), else their own.
        for i in (m for m in members if parsed[m].kind == "surname"):
            fits = [c for c in local if _gender_ok(surname_keys[i], clusters[c]["surname"])]
            if len(fits) == 1:
                clusters[fits[0]]["members"].append(i)
                clusters[fits[0]]["evidence"].append({"mention": names[i], "rule": "only identity with this surname", "score": 100.0})
                assignment[i] = fits[0]
            else:
                clusters.append({"members": [i], "given": "", "surname": surname_keys[i], "parts": parsed[i], "evidence": []})
                local.append(len(clusters) - 1)
                assignment[i] = len(clusters) - 1

    identities: dict[str, Identity] = {}
    cluster_ids: list[str] = []
    for cluster in clusters:
        canonical = _fullest([parsed[m] for m in cluster["members"]])
        person_id = slug(canonical) or "unknown"
        base, n = person_id, 2
        while person_id in identities:
            person_id, n = f"{base}-{n}", n + 1
        variants = list(dict.fromkeys(names[m] for m in cluster["members"]))
        identities[person_id] = Identity(person_id, canonical, variants, len(cluster["members"]), cluster["evidence"])
        cluster_ids.append(person_id)
    return [cluster_ids[c] for c in assignment], identities


def _gender_ok(a: str, b: str) -> bool:
    return a == b or strip_case_ending(a) == strip_case_ending(b) and not _gender_pair(a, b) or (
        not _gender_pair(a, b) and _same_gender(a, b)
    )


def _gender_pair(a: str, b: str) -> bool:
    """"zhamuratov" / "zhamuratova": a husband and a wife, never one person."""
    short, long_ = sorted((a, b), key=len)
    return long_ == short + "a" and short.endswith(("ov", "ev", "in", "ii", "ski"))
