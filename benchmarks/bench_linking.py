"""Linking benchmark: 100,000 mentions of synthetic variants of real names, on one core.

People are made from the surnames and given names of the annotated reports
(training_data/annotated) and of kzmonitor/data/names.json: the real surnames, and new
ones built from their Kazakh stems and common suffixes, each with given names of distinct
initials (two people "Surname A." could not be told apart by anyone). Each mention is
one of the ways the reports write a name, with transliteration variants applied at
random: zh/j/dzh, kh/h, k/q, y/i, ye/e, -yev/-ev/-iev, doubled letters, order swaps,
initials, patronymics, glued and hyphen-glued forms, Russian case endings, and bare
surnames next to a fuller mention in the same entry.

    python benchmarks/bench_linking.py [--mentions 100000] [--seed 0] [--cyrillic 0.33]

prints the time ``link_names`` takes (target: under 60 s) and the pairwise linking
P/R/F1 over mention pairs with different spellings against the synthetic truth. A third of
the mentions (``--cyrillic``) are written in Cyrillic, as Russian texts write the name
(zh -> ж, kh -> х, -yev -> -ев ...), in any case ("Сапарова Ерлана", "Сапарову"); the
cross-script F1 counts the Cyrillic-Latin pairs alone. Beside it, in the same run, a plain
peer with no transliteration knowledge: rapidfuzz Jaro-Winkler over anyascii-folded names
(threshold chosen on the identity gold's dev half), blocked by first letters; and both on
the identity gold (training_data/identity, dev and test halves).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import sys
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")  # one core, as the issue asks
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from anyascii import anyascii  # noqa: E402
from rapidfuzz import process  # noqa: E402
from rapidfuzz.distance import JaroWinkler  # noqa: E402

from kzmonitor.evaluate import cross_script_pairwise, evaluate_identity, identity_mentions, pairwise_linking  # noqa: E402
from kzmonitor.names import UnionFind  # noqa: E402
from kzmonitor.names import initial_key, kazakh_stem, link_names, name_key, parse_name, strip_case_ending  # noqa: E402
from kzmonitor.resources import load_json  # noqa: E402

SUFFIXES = ["ov", "ev", "bayev", "bekov", "zhanov", "uly", "in"]
PEER_THRESHOLD = 0.90  # the peer's best on the identity gold's dev half (0.85-0.95 tried: --tune-peer)


def real_names() -> tuple[list[str], list[str]]:
    """Surnames and given names of the annotated reports' full names, plus the given-name lexicon."""
    surnames, given = set(), set(load_json("names.json")["given_names"])
    for path in sorted((ROOT / "training_data" / "annotated").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            for person in json.loads(line)["persons"]:
                parts = parse_name(person["text"])
                if parts.given and re.fullmatch(r"[A-Z][a-z]{3,}", parts.surname) and re.fullmatch(r"[A-Z][a-z]{2,}", parts.given[0]):
                    surnames.add(parts.surname)
                    given.add(parts.given[0])
    return sorted(surnames), sorted(given)


def people(rng: random.Random, count: int) -> list[tuple[str, str]]:
    """(surname, given) pairs; never two people whose surname block and initial agree."""
    surnames, given = real_names()
    pool = list(surnames)
    for surname in surnames:
        stem = re.sub(r"(ov|ev|yev|ova|eva|yeva|in|ina|uly)$", "", surname)
        if len(stem) >= 4:
            pool.extend(stem + s for s in SUFFIXES if not surname.endswith(s))
    pool = sorted(set(p for p in pool if not p.endswith(("ova", "eva", "ina", "a"))))  # men: one gender, no -ov/-ova pairs
    taken, result = set(), []
    while len(result) < count:
        surname, first = rng.choice(pool), rng.choice(given)
        block = kazakh_stem(strip_case_ending(name_key(surname)))
        if (block, initial_key(first)[:1]) in taken or (block, "") in taken and rng.random() < 0.5:
            continue
        taken.add((block, initial_key(first)[:1]))
        result.append((surname, first))
    return result


def transliterate(rng: random.Random, word: str) -> str:
    """One spelling of ``word`` as another translator might write it."""
    rules = [
        (r"^Zh", ["Zh", "J", "Dzh"]), (r"^J", ["J", "Zh"]), (r"kh", ["kh", "h"]), (r"^K", ["K", "Q"]),
        (r"y(?=[aeou])", ["y", "i"]), (r"ii", ["ii", "iy"]), (r"^Ye", ["Ye", "E"]), (r"^E", ["E", "Ye"]),
        (r"yev$", ["yev", "ev", "iev"]), (r"(?<=[aeiou])ev$", ["ev", "yev"]), (r"ay(?=[^aeiou]|$)", ["ay", "ai"]),
        (r"(?<=[aeiou])s(?=[aeiou])", ["s", "ss"]), (r"(?<=[aeiou])m(?=[aeiou])", ["m", "mm"]),
    ]
    for pattern, options in rules:
        if rng.random() < 0.35 and re.search(pattern, word):
            word = re.sub(pattern, rng.choice(options), word, count=1)
    return word


def mention(rng: random.Random, surname: str, given: str) -> str:
    s, g = transliterate(rng, surname), transliterate(rng, given)
    initial = re.match(r"(?:Dzh|Zh|Sh|Kh|Ch|Ye|Yu|Ya|[A-Z])", g).group(0) + "."
    form = rng.random()
    if form < 0.30:
        return f"{s} {initial}"
    if form < 0.55:
        return f"{s} {g}"
    if form < 0.70:
        return f"{g} {s}"
    if form < 0.80:
        return f"{initial} {s}"
    if form < 0.85:
        return f"{s} {g} {transliterate(rng, rng.choice(['Serik', 'Marat', 'Bolat', 'Nurlan']))}ovich"
    if form < 0.90:
        return f"{s}{g}" if rng.random() < 0.5 else f"{s}-{g}"
    if form < 0.95 and s.endswith(("ay", "ai", "ek", "an")):
        return f"{s}{rng.choice(['u', 'a', 'om'])} {g}"  # Russian case endings on a Kazakh surname
    return f"{s} {initial}{rng.choice(['', re.match('[A-Z]', rng.choice(['Serik', 'Marat', 'Bolat'])).group(0) + '.'])}"


# Latin spellings back to Cyrillic, longest first: how a Russian text writes the same name.
TO_CYRILLIC = [("shch", "щ"), ("dzh", "дж"), ("zh", "ж"), ("kh", "х"), ("sh", "ш"), ("ch", "ч"), ("ts", "ц"),
               ("yu", "ю"), ("ya", "я"), ("yo", "ё"), ("ye", "е"), ("iy", "ий"), ("ay", "ай"), ("ey", "ей"), ("oy", "ой"),
               ("uy", "уй"), ("y", "ы"), ("a", "а"), ("b", "б"), ("v", "в"), ("g", "г"), ("d", "д"), ("e", "е"), ("z", "з"),
               ("i", "и"), ("j", "ж"), ("k", "к"), ("q", "к"), ("l", "л"), ("m", "м"), ("n", "н"), ("o", "о"), ("p", "п"),
               ("r", "р"), ("s", "с"), ("t", "т"), ("u", "у"), ("f", "ф"), ("h", "х"), ("w", "у"), ("x", "кс"), ("c", "к")]
CYRILLIC_RE = re.compile("|".join(a for a, _ in TO_CYRILLIC))


def cyrillic(word: str) -> str:
    table = dict(TO_CYRILLIC)
    out = CYRILLIC_RE.sub(lambda m: table[m.group(0)], word.lower())
    return out[:1].upper() + out[1:]


def cyrillic_mention(rng: random.Random, surname: str, given: str) -> str:
    """A Russian text's mention: any order, initials, and the oblique cases a sentence puts a man's name in."""
    s, g = cyrillic(surname), cyrillic(given)
    case = rng.choice(["", "", "gen", "dat", "ins"])
    if case and re.search("(ов|ев|ин)$", s):
        s += {"gen": "а", "dat": "у", "ins": "ым"}[case]
        if re.search("[бвгджзклмнпрстфхцчшщ]$", g):
            g += {"gen": "а", "dat": "у", "ins": "ом"}[case]
    form = rng.random()
    if form < 0.35:
        return f"{g} {s}"
    if form < 0.65:
        return f"{s} {g}"
    if form < 0.9:
        return f"{s} {g[0]}."
    return s


def corpus(rng: random.Random, n_mentions: int, n_people: int, cyrillic_share: float = 0.0) -> tuple[list[str], list[tuple], list[int]]:
    persons = people(rng, n_people)
    weights = [1 / (rank + 1) ** 0.8 for rank in range(n_people)]  # a few people in many reports
    names, contexts, truth = [], [], []
    entry = 0
    while len(names) < n_mentions:
        entry += 1
        context = (f"report-{entry // 100}", entry)
        for who in rng.choices(range(n_people), weights, k=rng.randint(1, 4)):
            surname, given = persons[who]
            # (no draw when there is no Cyrillic share: the Latin corpus stays the one measured before)
            written_in_cyrillic = cyrillic_share > 0 and rng.random() < cyrillic_share
            names.append(cyrillic_mention(rng, surname, given) if written_in_cyrillic else mention(rng, surname, given))
            contexts.append(context)
            truth.append(who)
            if rng.random() < 0.05:  # "... Mamay said": the bare surname after a fuller mention
                names.append(surname)
                contexts.append(context)
                truth.append(who)
    return names[:n_mentions], contexts[:n_mentions], truth[:n_mentions]


def peer_fold(name: str) -> str:
    """The peer's view of a name: ASCII by anyascii, lowercase, word order sorted, no initials' dots."""
    return " ".join(sorted(w for w in re.split(r"[\s.\-]+", anyascii(name).lower()) if w))


def peer_link(names: list[str], threshold: float) -> list[str]:
    """Plain fuzzy matching, dedupe-style: Jaro-Winkler >= threshold joins two spellings, blocked by first letter."""
    folded = [peer_fold(n) for n in names]
    unique = sorted(set(folded))
    sets = UnionFind()
    blocks: dict[str, list[str]] = {}
    for u in unique:
        blocks.setdefault(u[:1], []).append(u)
    for block in blocks.values():
        if len(block) < 2:
            continue
        scores = process.cdist(block, block, scorer=JaroWinkler.normalized_similarity, score_cutoff=threshold, workers=1)
        rows, cols = scores.nonzero()
        for i, j in zip(rows.tolist(), cols.tolist()):
            if i < j:
                sets.union(block[i], block[j])
    return [sets.find(f) for f in folded]


def gold_scores(half: str, threshold: float) -> tuple[dict, dict]:
    data = [ROOT / "training_data" / "identity" / f"{half}.jsonl", *sorted((ROOT / "training_data" / "annotated").glob("*.jsonl"))]
    ours = evaluate_identity(data)
    texts, _, ids = identity_mentions(data)
    peer = cross_script_pairwise(list(zip(texts, ids, peer_link(texts, threshold))))
    return ours, peer


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mentions", type=int, default=100_000)
    parser.add_argument("--people", type=int, default=5_000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--cyrillic", type=float, default=1 / 3, help="share of the mentions written in Cyrillic")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    names, contexts, truth = corpus(rng, args.mentions, args.people, args.cyrillic)
    start = time.process_time()
    wall = time.perf_counter()
    ids, identities = link_names(names, contexts)
    cpu, wall = time.process_time() - start, time.perf_counter() - wall
    scores = pairwise_linking([(name, str(who), pid) for name, who, pid in zip(names, truth, ids)])
    print(f"{len(names)} mentions of {len(set(truth))} people ({len(set(names))} spellings) -> {len(identities)} identities")
    print(f"link_names: {wall:.1f} s wall, {cpu:.1f} s CPU on one core (target < 60 s)")
    print(f"pairwise linking over pairs of different spellings: P {scores['linking_p']:.3f} R {scores['linking_r']:.3f} "
          f"F1 {scores['linking_f']:.3f} ({scores['linking_pairs']} true pairs)")
    labelled = [(name, str(who)) for name, who in zip(names, truth)]
    if args.cyrillic:
        ours = cross_script_pairwise([(name, who, pid) for (name, who), pid in zip(labelled, ids)])
        start = time.process_time()
        peer_ids = peer_link(names, PEER_THRESHOLD)
        peer_cpu = time.process_time() - start
        peer = cross_script_pairwise([(name, who, pid) for (name, who), pid in zip(labelled, peer_ids)])
        peer_all = pairwise_linking([(name, who, pid) for (name, who), pid in zip(labelled, peer_ids)])
        print(f"peer (Jaro-Winkler >= {PEER_THRESHOLD} on anyascii names): {peer_cpu:.1f} s CPU; all pairs F1 {peer_all['linking_f']:.3f}")
        print(f"cross-script pairs: kzmonitor P {ours['cross_script_p']:.3f} R {ours['cross_script_r']:.3f} F1 {ours['cross_script_f']:.3f} | "
              f"peer P {peer['cross_script_p']:.3f} R {peer['cross_script_r']:.3f} F1 {peer['cross_script_f']:.3f} | "
              f"difference {ours['cross_script_f'] - peer['cross_script_f']:+.3f}")
    for half in ("dev", "test"):
        ours, peer = gold_scores(half, PEER_THRESHOLD)
        print(f"identity gold {half} ({ours['persons']} persons, {ours['cross_script_pairs']} Cyrillic-Latin pairs): "
              f"kzmonitor P {ours['cross_script_p']:.3f} R {ours['cross_script_r']:.3f} F1 {ours['cross_script_f']:.3f} | "
              f"peer P {peer['cross_script_p']:.3f} R {peer['cross_script_r']:.3f} F1 {peer['cross_script_f']:.3f} | "
              f"difference {ours['cross_script_f'] - peer['cross_script_f']:+.3f}")


if __name__ == "__main__":
    main()
