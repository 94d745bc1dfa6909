"""Output models: what ``kzmonitor extract`` prints (field names fixed by OUTPUT.md)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field
from spacy.tokens import Doc

from .annotations import Amount, CitationCode, Duration, SanctionType
from .extensions import (CANONICAL_NAME, CITATION, CITATIONS_KEY, ENTRY, NOMINATIVE, PERSON_ID, PERSON_IDS, PERSON_LABEL, SANCTION,
                         SANCTIONS_KEY)
from .inflection import nominative


class Output(BaseModel):
    model_config = ConfigDict(extra="forbid")


class PersonMention(Output):
    text: str
    start: int
    end: int
    person_id: str | None
    canonical: str | None = None
    nominative: str | None = Field(None, description="The mention in the nominative where it is inflected "
                                   "(Russian \"Тулегеновой\" -> \"Тулегенова\"); null where it is the nominative already.")


class Citation(Output):
    text: str
    start: int
    end: int
    code: CitationCode
    article: str
    part: str | None
    paragraph: str | None
    law_title: str | None
    code_corrected: CitationCode | None
    person_id: str | None


class MoneyAmount(Amount):
    pass


class Sanction(Output):
    text: str
    start: int
    end: int
    type: SanctionType
    duration: Duration | None
    amount: MoneyAmount | None
    kzt: float | None = None
    until: str | None
    person_id: str | None


class Period(Output):
    start: str | None
    end: str | None


def nominative_or_none(name: str, chosen: str | None = None) -> str | None:
    """The nominative of an inflected mention, None where the mention is nominative already (or Latin).

    ``chosen`` is the nominative the text supports (``Span._.kz_nominative``), where it set one.
    """
    form = chosen or nominative(name)
    return form if form != name else None


class EntryResult(Output):
    index: int
    date: str | None
    place: str | None
    text: str
    footnotes: list[int]
    sources: list[str]
    persons: list[PersonMention]
    citations: list[Citation]
    sanctions: list[Sanction]

    @classmethod
    def from_doc(cls, doc: Doc) -> EntryResult:
        """Build the entry from a processed doc whose ``Doc._.kz_entry`` the reader filled."""
        entry: dict[str, Any] = doc._.get(ENTRY) or {}
        persons = [
            PersonMention(text=e.text, start=e.start_char, end=e.end_char, person_id=e._.get(PERSON_ID),
                          canonical=e._.get(CANONICAL_NAME), nominative=nominative_or_none(e.text, e._.get(NOMINATIVE)))
            for e in doc.ents
            if e.label_ == PERSON_LABEL
        ]
        citations = [
            Citation(text=span.text, start=span.start_char, end=span.end_char, person_id=_nth(span._.get(PERSON_IDS), i),
                     **{k: value.get(k) for k in ("code", "article", "part", "paragraph", "law_title", "code_corrected")})
            for span in doc.spans.get(CITATIONS_KEY, [])
            for i, value in enumerate(span._.get(CITATION) or [])
        ]
        sanctions = [
            Sanction(text=span.text, start=span.start_char, end=span.end_char, person_id=_nth(span._.get(PERSON_IDS), i),
                     type=value["type"], duration=value.get("duration"), amount=value.get("amount"), kzt=value.get("kzt"),
                     until=value.get("until"))
            for span in doc.spans.get(SANCTIONS_KEY, [])
            for i, value in enumerate(span._.get(SANCTION) or [])
        ]
        return cls(
            index=entry.get("index", 0),
            date=entry.get("date"),
            place=entry.get("place"),
            text=doc.text,
            footnotes=list(entry.get("footnotes", [])),
            sources=list(entry.get("sources", [])),
            persons=persons,
            citations=citations,
            sanctions=sanctions,
        )


def _nth(values: list | None, i: int) -> Any:
    return values[i] if values and i < len(values) else None


class PersonIdentity(Output):
    person_id: str
    canonical: str
    variants: list[str]
    mentions: int
    evidence: list[dict[str, Any]] = []


class ReportResult(Output):
    """One report: OUTPUT.md's top-level object."""

    source: str | None
    title: str | None
    period: Period
    entries: list[EntryResult]
    persons: list[PersonIdentity]
    reading: Literal["dated entries", "numbered items", "paragraphs"] = Field(
        "dated entries", description="How the text was cut into entries: a report's dated entries, a bulletin's "
        "numbered items, or an article's paragraphs (each dated by the date it states).")
    notes: list[str] = Field([], description="What a reader of the output should know about how the text was read.")
    language: Literal["en", "ru"] = Field("en", description="The text's language, which chose the pipeline that read it.")
