"""kzmonitor_learned_sanctions: a trained detector's sanction spans, normalised, beside the rules'.

A detector trained on the annotated sanction spans (``configs/sanctions.cfg``: an entity
recognizer ``sanction_ner`` after the PERSON ``ner``, whose SANCTION entities this component moves
out of ``doc.ents``; or a span categorizer writing ``doc.spans["kz_sanction_candidates"]``)
proposes spans, kept under ``doc.spans["kz_sanction_candidates"]``. This component reads each proposal as the
rules read a measure: the sanction rules run on the proposal's text first, and where no rule
fits, :func:`normalize_sanction` gives the type from its words and the quantity from its
numbers ("a five-year jail sentence" -> imprisonment, 5 years). A phrasing the rules never saw
still yields a typed value, and the relation linker after it finds whom it concerns.

How model and rules combine is the ``mode``:

- ``"rules"``: the proposals are ignored (the rules alone);
- ``"model"``: the proposals alone replace the rules' sanctions;
- ``"fill"``: the rules first, a proposal only where no rule span overlaps it;
- ``"union"``: as ``"fill"``, and a proposal overlapping a rule span of another type is kept too.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Iterable

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.training import Example

from .. import regexes as rx
from ..languages import check_language, load_table
from .base import StatelessPipe, doc_text
from .sanctions import find_sanctions, grammar, not_imposed, parse_amount, parse_durations, sanction_value
from ..extensions import ENTRY, SANCTION, SANCTION_CANDIDATES_KEY, SANCTION_LABEL, SANCTIONS_KEY, install_extensions
from ..scoring import sanction_scores

MODES = ("rules", "model", "fill", "union")

class SanctionWords:
    """One language's reading of a span no rule reads: its type by its words (``sanction_types.json``, most
    specific first), its duration and its money by the same patterns the rules use."""

    def __init__(self, language: str):
        table = load_table(check_language(language), "sanction_types")
        contexts = grammar(language).contexts
        self.types = tuple((kind, re.compile(pattern, re.IGNORECASE)) for kind, pattern in table["types"])
        self.sentence_re = re.compile(table["sentence"], re.IGNORECASE)
        self.duration_re = re.compile(rf"(?P<dur>{rx.fragments(language)['DURATION']})", re.IGNORECASE)
        self.money_re = contexts["MONEY"]


@lru_cache(maxsize=None)
def sanction_words(language: str = "en") -> SanctionWords:
    return SanctionWords(language)


def sanction_type(text: str, language: str = "en") -> str | None:
    """The measure a span's words name, or None: "a five-year jail sentence" -> "imprisonment"."""
    return next((kind for kind, pattern in sanction_words(language).types if pattern.search(text)), None)


def normalize_sanction(text: str, entry_date: str | None = None, language: str = "en") -> list[dict[str, Any]]:
    """The values of a proposed sanction span: the rules' reading of it where a rule fits, else its words' type
    with the duration and amount it states. Empty where its words name no measure.

    >>> normalize_sanction("a five-year jail sentence")[0]["duration"]["years"]
    5
    >>> normalize_sanction("пять лет колонии", language="ru")[0]["type"]
    'imprisonment'
    """
    found = find_sanctions(text, entry_date=entry_date, language=language)
    if found:
        values = [dict(value) for match in found for value in match.values]
        # "fined the equivalent of US$ 135": the bare "fined" and its amount are one fine
        quantified = {v["type"] for v in values if v["duration"] or v["amount"] or v["until"]}
        return [v for v in values if v["type"] not in quantified or v["duration"] or v["amount"] or v["until"]]
    kind = sanction_type(text, language)
    if kind is None:
        return []
    words = sanction_words(language)
    duration = next(iter(parse_durations(m["dur"], language) if (m := words.duration_re.search(text)) else [None]), None)
    money = words.money_re.search(text) if kind in ("fine", "payment") else None
    amount = parse_amount(money, language) if money is not None else None
    if kind == "payment" and amount is None:
        return []  # "to pay attention to ...": a payment is money, and words alone name none
    if kind == "administrative_arrest" and duration and (duration["months"] or duration["years"]):
        kind = "imprisonment" if words.sentence_re.search(text) else "pretrial_detention"
    return [sanction_value(kind, duration, amount, None, entry_date)]


@Language.factory(
    "kzmonitor_learned_sanctions",
    assigns=["doc.spans", f"span._.{SANCTION}"],
    requires=["doc.spans"],
    default_config={"mode": "fill", "candidates_key": SANCTION_CANDIDATES_KEY, "spans_key": SANCTIONS_KEY, "language": None},
    default_score_weights={"sanction_f": 1.0, "sanction_p": 0.0, "sanction_r": 0.0},
)
def make_learned_sanctions(
    nlp: Language, name: str, mode: str, candidates_key: str, spans_key: str, language: str | None
) -> LearnedSanctions:
    """Create the component that adds a trained detector's sanction spans to the rules'.

    Args:
        mode: "rules", "model", "fill" or "union" (see the module docstring).
        candidates_key: ``doc.spans`` key of the detector's proposals (a span categorizer writes them there;
            an entity recognizer's SANCTION entities are moved there).
        spans_key: ``doc.spans`` key of the sanctions (the rules' and the added ones).
        language: Whose sanction words read the proposals ("en", "ru"); None reads ``nlp.lang``'s.
    """
    if mode not in MODES:
        raise ValueError(f"mode must be one of {', '.join(MODES)}, not {mode!r}")
    return LearnedSanctions(nlp, name, mode=mode, candidates_key=candidates_key, spans_key=spans_key,
                            language=check_language(language or nlp.lang))


class LearnedSanctions(StatelessPipe):
    """Normalises proposals from ``doc.spans[candidates_key]`` into ``doc.spans[spans_key]`` by ``mode``."""

    def __init__(self, nlp: Language, name: str = "kzmonitor_learned_sanctions", *, mode: str = "fill",
                 candidates_key: str = SANCTION_CANDIDATES_KEY, spans_key: str = SANCTIONS_KEY, language: str = "en"):
        install_extensions()
        self.language = language
        self.name = name
        self.mode = mode
        self.candidates_key = candidates_key
        self.spans_key = spans_key

    def __call__(self, doc: Doc) -> Doc:
        # A sanction entity recognizer's proposals leave doc.ents, which hold persons only.
        proposed = [e for e in doc.ents if e.label_ == SANCTION_LABEL]
        if proposed:
            doc.ents = [e for e in doc.ents if e.label_ != SANCTION_LABEL]
            doc.spans[self.candidates_key] = [*doc.spans.get(self.candidates_key, []), *proposed]
        if self.mode == "rules":
            return doc
        rules = [] if self.mode == "model" else list(doc.spans.get(self.spans_key, []))
        entry_date = (doc._.get(ENTRY) or {}).get("date")
        text = doc_text(doc)
        added: list[Span] = []
        for candidate in sorted(doc.spans.get(self.candidates_key, []), key=lambda s: (s.start, -s.end)):
            if any(candidate.start < s.end and s.start < candidate.end for s in added):
                continue  # overlapping proposals: the first and longest stands
            overlapping = [s for s in rules if candidate.start < s.end and s.start < candidate.end]
            if (overlapping and self.mode == "fill") or not_imposed(text, candidate.start_char, self.language):
                continue
            values = normalize_sanction(candidate.text, entry_date, self.language)
            if not values:
                continue
            if overlapping and {v["type"] for s in overlapping for v in s._.get(SANCTION) or []} >= {v["type"] for v in values}:
                continue  # union: a proposal over a rule span stays only where it names another measure
            span = Span(doc, candidate.start, candidate.end, label=SANCTION_LABEL)
            span._.set(SANCTION, values)
            added.append(span)
        doc.spans[self.spans_key] = sorted([*rules, *added], key=lambda s: (s.start, s.end))
        return doc

    def score(self, examples: Iterable[Example], **kwargs: Any) -> dict[str, Any]:
        return sanction_scores(examples, spans_key=self.spans_key)
