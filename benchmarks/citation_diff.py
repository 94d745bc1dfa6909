"""Citation misses and false citations, entry by entry, against the gold of annotated JSONL files.

    python benchmarks/citation_diff.py [--lang en|ru] [--model models/kzmonitor] DATA.jsonl|DIR ...

Runs :func:`kzmonitor.evaluate.predict` (as ``kzmonitor evaluate`` does, the cross-entry passes
included) and compares (code, article, part) per entry as ``citation_scores`` does. Without
``--model`` the rules pipeline (``kzmonitor.blank``) runs: its citations are the trained pipeline's,
since the citation parser is rules only, and it loads in a second.
"""

from __future__ import annotations

from collections import Counter

from entry_diff import print_entry_differences

from kzmonitor.extensions import CITATION, CITATIONS_KEY
from kzmonitor.scoring import citation_key, values_of


def main() -> None:
    print_entry_differences(
        __doc__, "citations",
        predicted_keys=lambda doc: Counter(citation_key(v) for v, _ in values_of(doc, CITATIONS_KEY, CITATION)),
        gold_keys=lambda entry, _nlp: Counter((c.code, c.article, c.part) for c in entry.citations),
        gold_spans=lambda entry: [c.text for c in entry.citations],
        spans_key=CITATIONS_KEY,
    )


if __name__ == "__main__":
    main()
