"""Build the cross-script identity gold: training_data/identity/{dev,test}.jsonl.

    python training_data/identity/build.py

One line per person who has both a Latin spelling (the five English reports,
training_data/annotated) and a Cyrillic one: from stored Russian and Kazakh pages found
verbatim (pages.tsv, each with its address) and from the annotated Russian data
(training_data/russian, whose person_ids reuse the English ones). The split is by person, by a
hash of the person_id (not chosen by looking at any result): dev to tune on, test never tuned on.
"""

from __future__ import annotations

import csv
import hashlib
import json
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE.parent


def build() -> dict[str, list[dict]]:
    latin: dict[str, list[dict]] = defaultdict(list)
    for path in sorted((DATA / "annotated").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            entry = json.loads(line)
            for person in entry["persons"]:
                latin[person["person_id"]].append({"text": person["text"], "report": entry["report"], "index": entry["index"]})
    cyrillic: dict[str, list[dict]] = defaultdict(list)
    with open(HERE / "pages.tsv", encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            cyrillic[row["person_id"]].append({"text": row["cyrillic"], "source": row["source"]})
    for path in sorted((DATA / "russian").glob("*/*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            entry = json.loads(line)
            for person in entry["persons"]:
                if person["person_id"] in latin:
                    cyrillic[person["person_id"]].append({"text": person["text"], "source": entry.get("source"),
                                                          "report": entry["report"], "index": entry["index"],
                                                          "nominative": person.get("nominative")})
    halves: dict[str, list[dict]] = {"dev": [], "test": []}
    for person_id in sorted(cyrillic):
        if person_id not in latin:
            raise ValueError(f"{person_id}: no Latin spelling in training_data/annotated")
        half = "dev" if int(hashlib.sha1(person_id.encode()).hexdigest(), 16) % 2 == 0 else "test"
        halves[half].append({"person_id": person_id, "cyrillic": cyrillic[person_id], "latin": latin[person_id]})
    return halves


if __name__ == "__main__":
    for half, persons in build().items():
        with open(HERE / f"{half}.jsonl", "w", encoding="utf-8") as out:
            for person in persons:
                out.write(json.dumps(person, ensure_ascii=False) + "\n")
        print(f"{half}: {len(persons)} persons, {sum(len(p['cyrillic']) for p in persons)} Cyrillic mentions")
