"""Scores per ANNOTATION.md, on spaCy ``Example`` objects.

PERSON spans use spaCy's own ``Scorer.score_spans``. Citations and sanctions are
compared as multisets of normalised values per entry, because one span can carry
several values and the value, not the span boundary, is what a case database keeps.
Relations compare the person *mentions* that a sanction's ``person_id`` points to,
so gold and predicted identities need not share the same id strings.
"""

from __future__ import annotations

from collections import Counter
from typing import Any, Iterable

from spacy.scorer import PRFScore, Scorer
from spacy.tokens import Doc
from spacy.training import Example

from .extensions import CITATION, CITATIONS_KEY, PERSON_ID, PERSON_IDS, SANCTION, SANCTIONS_KEY, install_extensions


def citation_key(value: dict[str, Any]) -> tuple[Any, ...]:
    """(code, article, part): what citation F1 compares."""
    return (value["code"], value["article"], value.get("part"))


def _number(value: Any) -> Any:
    return None if value is None else round(float(value), 3)


def sanction_key(value: dict[str, Any]) -> tuple[Any, ...]:
    """(type, quantity): duration, amount and end date, normalised."""
    duration = value.get("duration")
    amount = value.get("amount")
    return (
        value["type"],
        tuple(_number(duration.get(unit, 0)) for unit in ("years", "months", "days", "hours")) if duration else None,
        (_number(amount["value"]), amount["currency"]) if amount else None,
        value.get("until"),
    )


def values_of(doc: Doc, spans_key: str, attribute: str) -> list[tuple[dict[str, Any], Any]]:
    """(value, span) for every value on every span of ``doc.spans[spans_key]``."""
    install_extensions()
    found = []
    for span in doc.spans.get(spans_key, []):
        for value in span._.get(attribute) or []:
            found.append((value, span))
    return found


def add_counts(score: PRFScore, predicted: Counter, gold: Counter) -> None:
    overlap = sum((predicted & gold).values())
    score.tp += overlap
    score.fp += sum(predicted.values()) - overlap
    score.fn += sum(gold.values()) - overlap


def _multiset_scores(examples: Iterable[Example], spans_key: str, attribute: str, key, prefix: str) -> dict[str, float]:
    score = PRFScore()
    for example in examples:
        predicted = Counter(key(v) for v, _ in values_of(example.predicted, spans_key, attribute))
        gold = Counter(key(v) for v, _ in values_of(example.reference, spans_key, attribute))
        add_counts(score, predicted, gold)
    return {f"{prefix}_p": score.precision, f"{prefix}_r": score.recall, f"{prefix}_f": score.fscore}


def citation_scores(examples: Iterable[Example], spans_key: str = CITATIONS_KEY) -> dict[str, float]:
    """Citation P/R/F1 over (code, article, part)."""
    return _multiset_scores(examples, spans_key, CITATION, citation_key, "citation")


def sanction_scores(examples: Iterable[Example], spans_key: str = SANCTIONS_KEY) -> dict[str, float]:
    """Sanction P/R/F1 over (type, quantity)."""
    return _multiset_scores(examples, spans_key, SANCTION, sanction_key, "sanction")


def person_scores(examples: Iterable[Example]) -> dict[str, Any]:
    """PERSON span P/R/F1 (exact boundaries), by spaCy's scorer."""
    scores = Scorer.score_spans(list(examples), "ents", labeled=True)
    per_type = scores.get("ents_per_type") or {}
    person = per_type.get("PERSON", {"p": 0.0, "r": 0.0, "f": 0.0})
    return {"person_p": person["p"], "person_r": person["r"], "person_f": person["f"]}


def _mentions(doc: Doc, person_id: str | None) -> set[tuple[int, int]]:
    if person_id is None:
        return set()
    return {(e.start_char, e.end_char) for e in doc.ents if e._.get(PERSON_ID) == person_id}


def relation_scores(examples: Iterable[Example], spans_key: str = SANCTIONS_KEY) -> dict[str, float | int]:
    """Sanction -> person accuracy over gold sanctions that name a person and were found.

    A predicted sanction with the same (type, quantity) is correct when its person_id points
    to a mention that the gold person_id also points to.
    """
    correct = total = 0
    for example in examples:
        predicted = [
            (sanction_key(v), ids[i] if ids and i < len(ids) else None)
            for span in example.predicted.spans.get(spans_key, [])
            for i, v in enumerate(span._.get(SANCTION) or [])
            for ids in [span._.get(PERSON_IDS)]
        ]
        for span in example.reference.spans.get(spans_key, []):
            gold_ids = span._.get(PERSON_IDS) or []
            for i, value in enumerate(span._.get(SANCTION) or []):
                gold_person = gold_ids[i] if i < len(gold_ids) else None
                if gold_person is None:
                    continue
                key = sanction_key(value)
                candidates = [pid for k, pid in predicted if k == key]
                if not candidates:
                    continue
                total += 1
                gold_mentions = _mentions(example.reference, gold_person)
                if any(_mentions(example.predicted, pid) & gold_mentions for pid in candidates):
                    correct += 1
    return {"relation_acc": correct / total if total else 0.0, "relation_n": total}
