"""``kzmonitor evaluate``: scores of a pipeline on annotated entries, per ANNOTATION.md."""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.training import Example

from .languages import check_language
from .annotations import AnnotatedEntry, read_annotations
from .convert import entry_to_doc
from .extensions import ENTRY, NOMINATIVE, PERSON_ID, PERSON_LABEL
from .scoring import citation_scores, person_scores, relation_scores, sanction_scores


def predict(nlp: Language, entries: list[AnnotatedEntry]) -> list:
    """Run the pipeline over annotated entries' texts, linking persons across all of them."""
    from .api import relink
    from .batch import run_wide_pipes

    docs = []
    for entry in entries:
        doc = nlp.make_doc(entry.text)
        doc._.set(ENTRY, {"index": entry.index, "date": entry.date, "place": entry.place, "footnotes": [], "sources": []})
        docs.append(doc)
    # The name and relation linkers run once, across all entries, as extraction runs them.
    docs = list(nlp.pipe(docs, batch_size=64, disable=run_wide_pipes(nlp)))
    # The monthly reports (no source address) are dated entries; the other texts are articles read by paragraphs
    relink(nlp, docs, [entry.report for entry in entries], dated_reports={entry.report for entry in entries if entry.source is None})
    return docs


def linking_scores(examples: list[Example]) -> dict[str, float | int]:
    """Pairwise linking P/R/F1 over mention pairs with different spellings.

    Only mentions the pipeline found with exact boundaries count, so the score is about
    linking, not recognition.
    """
    mentions = []
    for example in examples:
        predicted = {(e.start_char, e.end_char): e._.get(PERSON_ID) for e in example.predicted.ents if e.label_ == PERSON_LABEL}
        for ent in example.reference.ents:
            key = (ent.start_char, ent.end_char)
            if key in predicted:
                mentions.append((ent.text, ent._.get(PERSON_ID), predicted[key]))
    return pairwise_linking(mentions)


def pairwise_linking(mentions: list[tuple[str, str, str]], prefix: str = "linking") -> dict[str, float | int]:
    """Pairwise P/R/F1 over (text, gold id, predicted id) mentions, counting pairs of different spellings.

    Pairs are counted per (gold, predicted) group, so 100,000 mentions cost no more than their groups.
    """
    by_gold: dict[str, Counter] = defaultdict(Counter)
    by_pred: dict[str, Counter] = defaultdict(Counter)
    by_both: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for text, gold, pred in mentions:
        by_gold[gold][text] += 1
        by_pred[pred][text] += 1
        by_both[gold, pred][text] += 1

    def different_spelling_pairs(groups: dict) -> int:
        total = 0
        for counts in groups.values():
            n = sum(counts.values())
            total += (n * n - sum(c * c for c in counts.values())) // 2
        return total

    tp = different_spelling_pairs(by_both)
    gold_pairs, pred_pairs = different_spelling_pairs(by_gold), different_spelling_pairs(by_pred)
    precision = tp / pred_pairs if pred_pairs else 0.0
    recall = tp / gold_pairs if gold_pairs else 0.0
    f = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {f"{prefix}_p": precision, f"{prefix}_r": recall, f"{prefix}_f": f, f"{prefix}_pairs": gold_pairs}


def gold_span_linking_scores(entries: list[AnnotatedEntry]) -> dict[str, float | int]:
    """Linking in isolation: the linker over the gold PERSON spans of all ``entries`` together."""
    from .names import link_names

    gold = [(person.text, person.person_id, (entry.report, entry.index)) for entry in entries for person in entry.persons]
    predicted, _ = link_names([text for text, _, _ in gold], [context for _, _, context in gold])
    return pairwise_linking([(text, gold_id, pred) for (text, gold_id, _), pred in zip(gold, predicted)], "gold_linking")


def evaluate_entries(nlp: Language, entries: list[AnnotatedEntry]) -> dict[str, Any]:
    from .api import blank

    reference_nlp = blank(nlp.lang)
    problems: list[str] = []
    predicted = predict(nlp, entries)
    examples = [Example(doc, entry_to_doc(reference_nlp, entry, problems)) for doc, entry in zip(predicted, entries)]
    scores: dict[str, Any] = {"entries": len(entries)}
    for scorer in (person_scores, citation_scores, sanction_scores, relation_scores, linking_scores):
        scores.update(scorer(examples))
    scores.update(gold_span_linking_scores(entries))
    scores.update(nominative_scores(entries, predicted))
    scores["alignment_problems"] = problems
    return scores


def nominative_scores(entries: list[AnnotatedEntry], docs: list) -> dict[str, float | int]:
    """How often a found mention's nominative is the gold one, over the gold mentions written in an
    oblique case ("Тулегеновой" -> "Тулегенова"); nothing for text without inflected names (English)."""
    from .schemas import nominative_or_none

    right = total = 0
    for entry, doc in zip(entries, docs):
        found = {(e.start_char, e.end_char): e for e in doc.ents if e.label_ == PERSON_LABEL}
        for person in entry.persons:
            if person.nominative is not None and (ent := found.get((person.start, person.end))) is not None:
                total += 1
                right += (nominative_or_none(person.text, ent._.get(NOMINATIVE)) or person.text) == person.nominative
    return {"nominative_acc": right / total, "nominative_n": total} if total else {}


def evaluate_files(model: str, data: list[Path], *, sanction_detector: bool = False, lang: str = "auto") -> dict[str, Any]:
    """Scores of ``model`` ('rules' for the rule components alone) on annotated JSONL files.

    ``sanction_detector`` turns on the pipeline's trained sanction detector (``kzmonitor.load``).
    ``lang`` ("auto": the entries' by their script) chooses the rules' language; a trained pipeline has its own.

    Raises:
        ValueError: The pipeline's language is not the entries'.
    """
    from .api import load_pipeline
    from .convert import entries_language

    entries = [entry for path in data for entry in read_annotations(path)]
    language = entries_language(entries) if lang == "auto" else check_language(lang)
    nlp = load_pipeline(model, lang=language, sanction_detector=sanction_detector)
    if nlp.lang != language:
        raise ValueError(f"the pipeline {model!r} reads {nlp.lang!r} and the entries are {language!r}")
    scores = evaluate_entries(nlp, entries)
    scores["model"] = model + (" with the sanction detector" if sanction_detector else "")
    scores["data"] = [str(p) for p in data]
    return scores


TEST_SCORES_KEY = "kzmonitor_test_report"


def record_scores(model_dir: Path, scores: dict[str, Any]) -> None:
    """Keep ``scores`` in the pipeline's meta.json, where ``spacy.load(...).meta`` shows them."""
    meta_path = model_dir / "meta.json"
    if not meta_path.is_file():
        raise OSError(f"{meta_path} is not a pipeline's meta.json")
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    meta[TEST_SCORES_KEY] = {k: v for k, v in scores.items() if k != "alignment_problems"}
    meta_path.write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def format_scores(scores: dict[str, Any]) -> str:
    rows = [
        ("PERSON", "person"),
        ("citation (code, article, part)", "citation"),
        ("sanction (type, quantity)", "sanction"),
        ("identity linking (pairs)", "linking"),
        ("identity linking, gold spans", "gold_linking"),
    ]
    lines = [f"{scores.get('model', '')} on {scores['entries']} entries", f"{'':34} {'P':>6} {'R':>6} {'F1':>6}"]
    for label, key in rows:
        lines.append(f"{label:34} {scores[key + '_p']:6.3f} {scores[key + '_r']:6.3f} {scores[key + '_f']:6.3f}")
    lines.append(f"{'relation accuracy (sanction->person)':34} {scores['relation_acc']:20.3f}  (n={scores['relation_n']})")
    if scores.get("nominative_n"):
        lines.append(f"{'nominative of inflected names':34} {scores['nominative_acc']:20.3f}  (n={scores['nominative_n']})")
    return "\n".join(lines)


def cross_script_pairwise(mentions: list[tuple[str, str, str]], prefix: str = "cross_script") -> dict[str, float | int]:
    """Pairwise P/R/F1 over pairs of one Cyrillic and one Latin mention, from (text, gold id, predicted id).

    A pair is predicted when both mentions get one id, true when the gold gives them one; pairs
    within one script are not counted (the Latin linker's own scores cover those).
    """
    from .transliteration import is_cyrillic

    counts: dict[str, dict] = {"gold": defaultdict(Counter), "pred": defaultdict(Counter), "both": defaultdict(Counter)}
    for text, gold, pred in mentions:
        script = "cyrillic" if is_cyrillic(text) else "latin"
        counts["gold"][gold][script] += 1
        counts["pred"][pred][script] += 1
        counts["both"][gold, pred][script] += 1

    def pairs(groups: dict) -> int:
        return sum(c["cyrillic"] * c["latin"] for c in groups.values())

    tp, gold_pairs, pred_pairs = pairs(counts["both"]), pairs(counts["gold"]), pairs(counts["pred"])
    precision = tp / pred_pairs if pred_pairs else 0.0
    recall = tp / gold_pairs if gold_pairs else 0.0
    f = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {f"{prefix}_p": precision, f"{prefix}_r": recall, f"{prefix}_f": f, f"{prefix}_pairs": gold_pairs}


def identity_mentions(data: list[Path]) -> tuple[list[str], list, list[str]]:
    """Mentions to link for the cross-script score: (texts, contexts, gold ids).

    ``data`` holds identity gold files (``training_data/identity/*.jsonl``: a person's Cyrillic and
    Latin spellings) and annotated entry files, whose persons all take part (the English reports'
    hundreds of other persons are what a Cyrillic mention must not join). Where entry files are
    given, a gold line's Latin spellings are not added again.
    """
    gold, entries = [], []
    for path in data:
        for line in Path(path).read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            (gold if "cyrillic" in record else entries).append(record)
    texts, contexts, ids = [], [], []
    for entry in entries:
        for person in entry["persons"]:
            texts.append(person["text"])
            contexts.append((entry["report"], entry["index"]))
            ids.append(person["person_id"])
    for person in gold:
        spellings = [*person["cyrillic"], *([] if entries else person["latin"])]
        for mention in spellings:
            texts.append(mention["text"])
            contexts.append((mention["report"], mention["index"]) if mention.get("report") else (mention.get("source"),))
            ids.append(person["person_id"])
    return texts, contexts, ids


def evaluate_identity(data: list[Path]) -> dict[str, Any]:
    """Cross-script identity scores of :func:`kzmonitor.names.link_names` on identity gold (see :func:`identity_mentions`)."""
    from .names import link_names

    texts, contexts, ids = identity_mentions(data)
    predicted, identities = link_names(texts, contexts)
    scores: dict[str, Any] = {"mentions": len(texts), "persons": len(set(ids)), "identities": len(identities)}
    scores.update(cross_script_pairwise(list(zip(texts, ids, predicted))))
    scores["data"] = [str(p) for p in data]
    return scores


def format_identity_scores(scores: dict[str, Any]) -> str:
    return "\n".join([
        f"cross-script identity on {scores['mentions']} mentions of {scores['persons']} persons -> {scores['identities']} identities",
        f"{'':34} {'P':>6} {'R':>6} {'F1':>6}",
        f"{'Cyrillic-Latin pairs':34} {scores['cross_script_p']:6.3f} {scores['cross_script_r']:6.3f} {scores['cross_script_f']:6.3f}"
        f"  ({scores['cross_script_pairs']} true pairs)",
    ])
