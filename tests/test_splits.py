"""The held-out parts stay held out: no paragraph that rules or models learn from retells a held-out text.

Splitting by publisher is not enough on its own: a repost or a second copy of the same article under
another publisher's name carries a test text into train. Session 8 found two this way (DW's and
datnews' articles, copied into Russian train by a later batch), so every annotated paragraph outside
the held-out parts is checked against them by the runs of eight words they share.
"""

import json
import re
from collections import Counter
from pathlib import Path

from .conftest import ANNOTATED, ROOT

DATA = ROOT / "training_data"
HELD_OUT = [*sorted((DATA / "russian" / "test").glob("*.jsonl")), *sorted((DATA / "external" / "test").glob("*.jsonl")),
            ANNOTATED / "2023-12.jsonl"]
LEARNED_FROM = [
    path for path in sorted(DATA.rglob("*.jsonl"))
    if path not in HELD_OUT and path.parent.name != "test" and "identity" not in path.parts
]
# The monthly reports repeat their own boilerplate (code names, the sources' phrasing) month after
# month: up to 9 shared runs between two reports, 5 between a report and a rights group's text.
# A copied paragraph shares 6 to 36 with its original.
MOST_SHARED_RUNS = 5
RUN = 8


def runs(text: str) -> set[str]:
    words = re.findall(r"\w+", text.lower())
    return {" ".join(words[i : i + RUN]) for i in range(len(words) - RUN + 1)}


def paragraphs(path: Path):
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            entry = json.loads(line)
            yield f"{path.relative_to(DATA)}:{entry['report']}#{entry['index']}", entry["text"]


def test_no_learned_from_paragraph_retells_a_held_out_text():
    held_runs: dict[str, str] = {}
    for path in HELD_OUT:
        for name, text in paragraphs(path):
            for run in runs(text):
                held_runs.setdefault(run, name)
    copies = []
    for path in LEARNED_FROM:
        both_reports = path.parent == ANNOTATED or path.parent.parent == ANNOTATED
        for name, text in paragraphs(path):
            shared = Counter(held_runs[run] for run in runs(text) if run in held_runs)
            copies += [(name, held, count) for held, count in shared.items()
                       if count > MOST_SHARED_RUNS and not (both_reports and held.startswith("annotated/"))]
    assert copies == []


def test_the_check_finds_a_copied_paragraph():
    original = ("Суд приговорил активиста к пяти годам ограничения свободы с запретом заниматься общественной "
                "деятельностью, сообщает издание, ссылаясь на адвоката осужденного и материалы дела.")
    repost = "Как пишут коллеги, " + original
    shared = runs(original) & runs(repost)
    assert len(shared) > MOST_SHARED_RUNS
