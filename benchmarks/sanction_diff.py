"""Sanction misses and false sanctions, entry by entry, against the gold of annotated JSONL files.

    python benchmarks/sanction_diff.py [--lang en|ru] [--model models/kzmonitor-ru] DATA.jsonl|DIR ...

Runs :func:`kzmonitor.evaluate.predict` (as ``kzmonitor evaluate`` does, the cross-entry passes
included) and compares (type, quantity) per entry as ``sanction_scores`` does, printing each entry
that differs with the gold and found spans, so misses can be grouped by their grammatical shape.
Without ``--model`` the rules pipeline (``kzmonitor.blank``) runs.
"""

from __future__ import annotations

from collections import Counter

from entry_diff import print_entry_differences

from kzmonitor.convert import entry_to_doc
from kzmonitor.extensions import SANCTION, SANCTIONS_KEY
from kzmonitor.scoring import sanction_key, values_of


def _short(key: tuple) -> str:
    kind, duration, amount, until = key
    parts = [kind]
    if duration:
        parts.append("/".join(f"{n}{u}" for n, u in zip(duration, "ymdh") if n))
    if amount:
        parts.append(f"{amount[0]} {amount[1]}")
    if until:
        parts.append(f"until {until}")
    return " ".join(parts)


def main() -> None:
    print_entry_differences(
        __doc__, "sanctions",
        predicted_keys=lambda doc: Counter(sanction_key(v) for v, _ in values_of(doc, SANCTIONS_KEY, SANCTION)),
        gold_keys=lambda entry, nlp: Counter(
            sanction_key(v) for v, _ in values_of(entry_to_doc(nlp, entry, []), SANCTIONS_KEY, SANCTION)),
        gold_spans=lambda entry: [s.text for s in entry.sanctions],
        spans_key=SANCTIONS_KEY,
        show=_short,
    )


if __name__ == "__main__":
    main()
