"""Every Doc/Span extension kzmonitor sets, in one table."""

from __future__ import annotations

from spacy.tokens import Doc, Span

CITATIONS_KEY = "kz_citations"
SANCTIONS_KEY = "kz_sanctions"
# Sanction spans a trained span categorizer proposes (label SANCTION), before they are normalised
SANCTION_CANDIDATES_KEY = "kz_sanction_candidates"
SANCTION_LABEL = "SANCTION"
PERSON_LABEL = "PERSON"

# Span._.kz_citation: list of {"code", "article", "part", "paragraph", "law_title", "code_corrected"}
CITATION = "kz_citation"
# Span._.kz_sanction: list of {"type", "duration", "amount", "until"} (one per person it splits into)
SANCTION = "kz_sanction"
# Span._.kz_person_ids: the person_id each citation/sanction value concerns (parallel list)
PERSON_IDS = "kz_person_ids"
# Span._.kz_person_id / kz_canonical_name on PERSON entities
PERSON_ID = "kz_person_id"
CANONICAL_NAME = "kz_canonical_name"
NAME_SCORE = "kz_name_score"
# Span._.kz_nominative on PERSON entities: the nominative the text supports where two genders read
# the words differently ("Бишимбаева" -> "Бишимбаев" after "по делу"); None: read from the words alone
NOMINATIVE = "kz_nominative"
# Doc._.kz_entry: {"index", "date", "place", "footnotes", "sources"} from the reader
ENTRY = "kz_entry"

SPAN_EXTENSIONS = {
    CITATION: None,
    SANCTION: None,
    PERSON_IDS: None,
    PERSON_ID: None,
    CANONICAL_NAME: None,
    NAME_SCORE: None,
    NOMINATIVE: None,
}
DOC_EXTENSIONS = {ENTRY: None}


def install_extensions() -> None:
    """Register the extensions once; safe to call many times."""
    for name, default in SPAN_EXTENSIONS.items():
        if not Span.has_extension(name):
            Span.set_extension(name, default=default)
    for name, default in DOC_EXTENSIONS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)
