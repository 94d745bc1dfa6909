"""The annotated-entry file format (``training_data/annotated/*.jsonl``).

Pydantic models live here because this is an edge: files people write by hand or
export from annotation tools. Inside the pipeline the same facts live on spaCy
spans. ``python -m kzmonitor.annotations FILE...`` validates files.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

CitationCode = Literal[
    "criminal",
    "administrative",
    "criminal_procedure",
    "administrative_procedure",
    "civil",
    "constitution",
    "law",
    "unknown",
]
SanctionType = Literal[
    "imprisonment",
    "suspended_sentence",
    "restriction_of_liberty",
    "administrative_arrest",
    "fine",
    "pretrial_detention",
    "house_arrest",
    "activity_ban",
    "forced_labor",
    "payment",
    "warning",
    "deportation",
]
Currency = Literal["KZT", "USD", "MCI"]

CITATION_CODES: tuple[str, ...] = CitationCode.__args__  # type: ignore[attr-defined]
SANCTION_TYPES: tuple[str, ...] = SanctionType.__args__  # type: ignore[attr-defined]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Duration(Strict):
    """A normalised duration: "3 years, 2 months and 20 days" -> 3, 2, 20, 0."""

    years: float = 0
    months: float = 0
    days: float = 0
    hours: float = 0


class Amount(Strict):
    """Money as stated: value and currency (KZT, USD or MCI)."""

    value: float
    currency: Currency


class AnnotatedSpan(Strict):
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str


class AnnotatedPerson(AnnotatedSpan):
    """A person mention; ``nominative`` is the name in the nominative case where the
    mention is inflected (Russian "Тулегеновой" -> "Тулегенова"), else null."""

    person_id: str
    nominative: str | None = None


class AnnotatedCitation(AnnotatedSpan):
    code: CitationCode
    article: str
    part: str | None = None
    paragraph: str | None = None
    law_title: str | None = None
    person_id: str | None = None


class AnnotatedSanction(AnnotatedSpan):
    type: SanctionType
    duration: Duration | None = None
    amount: Amount | None = None
    until: str | None = None
    person_id: str | None = None


class AnnotatedEntry(Strict):
    """One entry of a report with its gold persons, citations and sanctions.

    ``source`` is the address a text outside the monthly reports was taken from
    (``training_data/external/``); the reports' entries leave it null.
    """

    report: str
    index: int
    date: str | None = None
    place: str | None = None
    text: str
    source: str | None = None
    persons: list[AnnotatedPerson] = []
    citations: list[AnnotatedCitation] = []
    sanctions: list[AnnotatedSanction] = []

    @model_validator(mode="after")
    def _spans_match_text(self) -> AnnotatedEntry:
        problems = []
        for kind, spans in (("person", self.persons), ("citation", self.citations), ("sanction", self.sanctions)):
            for span in spans:
                if not (0 <= span.start < span.end <= len(self.text)):
                    problems.append(f"{kind} {span.text!r}: offsets {span.start}-{span.end} outside the text")
                elif self.text[span.start : span.end] != span.text:
                    problems.append(
                        f"{kind} {span.text!r}: text[{span.start}:{span.end}] is {self.text[span.start:span.end]!r}"
                    )
        # NER gold cannot hold one mention inside another: a nested name is an annotation slip
        by_start = sorted(self.persons, key=lambda span: (span.start, span.end))
        for before, after in zip(by_start, by_start[1:]):
            if after.start < before.end:
                problems.append(f"person {after.text!r} at {after.start}-{after.end} overlaps {before.text!r} at {before.start}-{before.end}")
        ids = {p.person_id for p in self.persons}
        for span in [*self.citations, *self.sanctions]:
            if span.person_id is not None and span.person_id not in ids:
                problems.append(f"{span.text!r}: person_id {span.person_id!r} is not a person of this entry")
        if problems:
            raise ValueError(f"{self.report} entry {self.index}: " + "; ".join(problems))
        return self


def read_annotations(path: str | Path) -> list[AnnotatedEntry]:
    """Read and validate one JSONL file of annotated entries.

    Raises:
        ValueError: A line is not a valid entry; the message names the line.
    """
    entries = []
    for number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            entries.append(AnnotatedEntry.model_validate_json(line))
        except ValidationError as error:
            raise ValueError(f"{path}:{number}: {error}") from None
    return entries


def write_annotations(path: str | Path, entries: list[AnnotatedEntry]) -> None:
    """Write entries as JSON Lines, one entry per line."""
    with Path(path).open("w", encoding="utf-8") as out:
        for entry in entries:
            out.write(entry.model_dump_json(exclude_none=False) + "\n")


def main(argv: list[str]) -> int:
    status = 0
    for name in argv:
        try:
            entries = read_annotations(name)
        except ValueError as error:
            print(error)
            status = 1
            continue
        counts = [sum(len(getattr(e, kind)) for e in entries) for kind in ("persons", "citations", "sanctions")]
        print(f"{name}: {len(entries)} entries, {counts[0]} persons, {counts[1]} citations, {counts[2]} sanctions")
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
