"""Cyrillic names in Latin letters: the renderings people actually write, and which one a spelling follows.

A Kazakh activist is ``Тулегенова Асель`` in a Russian text, ``Tulegenova Asel`` in a passport
(ICAO), ``Tulegenova Asel’`` under BGN/PCGN, ``Asel Tulegenova`` in the English media and
``Tölegenova Äsel`` in the Kazakh Latin alphabet. :func:`renderings` gives each; the linker keys
a Cyrillic mention by :func:`to_latin` (the English-media form, the one the monitors' English
reports follow) and names the rendering a joined Latin spelling follows with
:func:`closest_scheme`, for the evidence of the join.

The Russian schemes are the `iuliia <https://github.com/nalgeon/iuliia-py>`_ library's
(``ICAO_DOC_9303``, ``BGN_PCGN``, ``WIKIPEDIA``): each is a published standard written out as a
tested definition, context rules included (``е`` is ``ye`` after a vowel under BGN/PCGN, ``-ий``
is ``-y`` in Wikipedia style), and the library has no dependencies. It knows no Kazakh letters,
so ``data/transliteration_cyrillic.json`` maps them first (``Тоқаев`` -> ``Токаев``, the way
Russian texts write them) and holds the Kazakh Latin alphabet of 2021 and the loose media forms.
"""

from __future__ import annotations

import re
from functools import lru_cache

import iuliia
from rapidfuzz import fuzz

from .languages import detect_language
from .resources import load_json

#: Rendering names, in the order a tie between them is settled (the evidence names the first).
SCHEMES: tuple[str, ...] = ("ru-icao", "ru-bgn-pcgn", "media", "media-loose", "kk-latin-2021")

_IULIIA = {"ru-icao": iuliia.ICAO_DOC_9303, "ru-bgn-pcgn": iuliia.BGN_PCGN, "media": iuliia.WIKIPEDIA}
_WORD_RE = re.compile(r"[^\W\d_]+", re.UNICODE)
# BGN/PCGN writes the soft sign as a prime; nobody writes it in a name.
_PRIMES = str.maketrans("", "", "’'ʹʼ")


@lru_cache(maxsize=1)
def _tables() -> dict:
    data = load_json("transliteration_cyrillic.json")
    to_russian = str.maketrans({k: v for k, v in data["kazakh_to_russian"].items() if not k.startswith("_")})
    kk = {k: v for k, v in data["kazakh_latin_2021"].items() if not k.startswith("_")}
    kk.update({k.upper(): v[:1].upper() + v[1:] for k, v in list(kk.items()) if v})
    return {
        "to_russian": to_russian,
        "kk_latin": str.maketrans(kk),
        "latin_letters": str.maketrans({k: v for k, v in data["latin_letters"].items() if not k.startswith("_")}),
        "loose": tuple((re.compile(a), b) for a, b in data["media_loose"]["rewrites"]),
        "respell": tuple((re.compile(a), b) for a, b in data["kazakh_respellings"]["rewrites"]),
        "respell_max": int(data["kazakh_respellings"]["max_changes"]),
        "respell_dropped": tuple(data["kazakh_respellings"]["dropped_endings"]),
        "initial_sounds": {k: tuple(v) for k, v in data["initial_sounds"].items() if not k.startswith("_")},
        "short_forms": {k: tuple(v) for k, v in data["given_name_short_forms"].items() if not k.startswith("_")},
    }


@lru_cache(maxsize=200_000)  # read once per spelling: the linker asks of each mention's words many times
def is_cyrillic(text: str) -> bool:
    """Whether ``text`` is written in Cyrillic: its Cyrillic letters outnumber its Latin ones.

    A Latin name with a stray look-alike letter ("Mаmay" with a Cyrillic а) stays Latin.
    """
    return detect_language(text) == "ru"


class SpellingsByScript:
    """For an identity with ``variants`` (a list of spellings): its spellings in each script (the
    canonical name is Latin). No annotation of ``variants`` here: a pydantic model would take it for a field."""

    @property
    def cyrillic_variants(self) -> list[str]:
        """The spellings written in Cyrillic ("Тулегенова Асель", "Асель Тулегеновой")."""
        return [v for v in self.variants if is_cyrillic(v)]

    @property
    def latin_variants(self) -> list[str]:
        """The spellings written in Latin letters."""
        return [v for v in self.variants if not is_cyrillic(v)]


def to_russian_letters(text: str) -> str:
    """Kazakh letters as Russian texts write them: "Гүлмира Өтепова" -> "Гулмира Отепова"."""
    return text.translate(_tables()["to_russian"])


def fold_latin_letters(text: str) -> str:
    """Kazakh-Latin letters as English digraphs: "Şärıpov" -> "Shäripov" (accents go later, in the key)."""
    return text.translate(_tables()["latin_letters"])


def _by_word(text: str, translate) -> str:
    # iuliia reads "ЖАНБОЛАТ" as "ZhANBOLAT": capitals go through in title case and come back upper.
    def one(match: re.Match) -> str:
        word = match.group(0)
        if len(word) > 1 and word.isupper():
            return translate(word.title()).upper()
        return translate(word)

    return _WORD_RE.sub(one, text)


@lru_cache(maxsize=200_000)
def renderings(text: str) -> dict[str, str]:
    """The Latin renderings of a Cyrillic name under each scheme of :data:`SCHEMES`.

    >>> renderings("Тулегенова Асель")["ru-icao"], renderings("Әсел Төлегенова")["kk-latin-2021"]
    ('Tulegenova Asel', 'Äsel Tölegenova')

    ``media-loose`` is one of the loose media forms; :func:`loose_forms` gives all of them.
    """
    tables = _tables()
    russian = to_russian_letters(text)
    result = {name: _by_word(russian, scheme.translate).translate(_PRIMES) for name, scheme in _IULIIA.items()}
    loose = loose_forms(result["media"])
    result["media-loose"] = loose[0] if loose else result["media"]
    result["kk-latin-2021"] = _by_word(text, lambda w: w.translate(tables["kk_latin"]))
    return result


@lru_cache(maxsize=200_000)
def loose_forms(latin: str) -> tuple[str, ...]:
    """Loose English-media spellings of a rendered name, one rewrite each ("Yerlan" -> "Erlan")."""
    forms = []
    for pattern, replacement in _tables()["loose"]:
        form = pattern.sub(replacement, latin)
        if form != latin and form not in forms:
            forms.append(form)
    return tuple(forms)


@lru_cache(maxsize=200_000)
def kazakh_respellings(latin: str) -> tuple[str, ...]:
    """Other Latin spellings of a Cyrillic name word's rendering where Kazakh and Russian letters part.

    Russian writes Kazakh ө, ү, ұ and ы with о, у and ы as it hears them, Latin spellings follow the
    Kazakh vowel ("Отепова" -> "Otepova", the person's "Utepova"; "Жакупова" -> "Zhakupova", her
    "Zhaqypova"); a -ұлы/-қызы ending may be left out ("Sarsenbayuly" -> "Sarsenbay"). The
    rewrites of ``kazakh_respellings`` in ``data/transliteration_cyrillic.json``, up to its
    ``max_changes`` at once, in the order of the changes made.

    >>> kazakh_respellings("Otepova")[0], kazakh_respellings("Zhakupova")[1]
    ('Utepova', 'Zhakypova')
    """
    from itertools import combinations

    tables = _tables()
    lower = latin.lower()
    changes = sorted({(m.start(), m.end(), b) for pattern, b in tables["respell"] for m in pattern.finditer(lower)})
    forms: list[str] = []

    def spell(chosen: tuple) -> None:
        word = lower
        for start, end, replacement in sorted(chosen, reverse=True):
            word = word[:start] + replacement + word[end:]
        word = "".join(c.upper() if o.isupper() else c for c, o in zip(word, latin)) + word[len(latin):]
        if word != latin and word not in forms:
            forms.append(word)

    for n in range(1, tables["respell_max"] + 1):
        for chosen in combinations(changes, n):
            if len({start for start, _, _ in chosen}) == n:
                spell(chosen)
    for ending in tables["respell_dropped"]:
        if lower.endswith(ending) and len(lower) - len(ending) >= 4:
            forms.append(latin[: -len(ending)])
    return tuple(forms)


def given_short_forms(latin: str) -> tuple[str, ...]:
    """English short forms of a given name Russian writes in full ("Robert" -> "bob", "rob", "bobby").

    ``given_name_short_forms`` in ``data/transliteration_cyrillic.json``, by the rendering of the
    Cyrillic given name (lowercase); empty for a name without one.

    >>> given_short_forms("Richard"), given_short_forms("Asel")
    (('dick', 'rick'), ())
    """
    return _tables()["short_forms"].get(latin.lower(), ())


def initial_sounds(key: str) -> tuple[str, ...]:
    """The other Latin initial keys a Cyrillic initial rendered as ``key`` may stand for.

    Russian writes the h of European names as г ("Герман" for Herman), so the initial "Г." may be
    an H (``initial_sounds`` in ``data/transliteration_cyrillic.json``).

    >>> initial_sounds("g"), initial_sounds("a")
    (('h',), ())
    """
    return _tables()["initial_sounds"].get(key, ())


@lru_cache(maxsize=200_000)
def to_latin(text: str) -> str:
    """The Latin form a Cyrillic name is linked and shown by: the English-media (Wikipedia-style) rendering.

    Latin text comes back unchanged. "Жанболат Мамай" -> "Zhanbolat Mamay", "Қасым-Жомарт Тоқаев" ->
    "Kasym-Zhomart Tokayev" (the monitors' English reports spell names this way: zh, kh, y, ye).
    """
    if not is_cyrillic(text):
        return text
    return renderings(text)["media"]


def _words(text: str) -> list[str]:
    # Initials say nothing about a transliteration: "Mamay Zh." is compared by "mamay" alone.
    words = [w for w in re.split(r"[\s.]+", fold_latin_letters(text).casefold()) if w]
    return [w for w in words if len(w) > 2] or words


def _similarity(a: list[str], b: list[str]) -> float:
    """Word order free: each word of the shorter name against its closest word of the longer one, averaged."""
    short, long = sorted((a, b), key=len)
    if not short:
        return 0.0
    return sum(max(fuzz.ratio(w, v) for v in long) for w in short) / len(short)


def closest_scheme(cyrillic: str, latin: str) -> tuple[str, float]:
    """The rendering of ``cyrillic`` closest to the Latin spelling ``latin``, and how close (0-100).

    Word order and letter case do not count; ties go to the earlier scheme of :data:`SCHEMES`.

    >>> closest_scheme("Айгерим Тлеужанова", "Tleuzhanova Aigerim")
    ('ru-icao', 100.0)
    """
    target = _words(latin)
    best, best_score = SCHEMES[0], -1.0
    forms = renderings(cyrillic)
    for scheme in SCHEMES:
        candidates = [forms[scheme]]
        if scheme == "media-loose":
            candidates.extend(loose_forms(forms["media"]))
        score = max(_similarity(_words(c), target) for c in candidates)
        if score > best_score:
            best, best_score = scheme, score
    return best, round(float(best_score), 1)
