"""kzmonitor_name_linker: person_id and canonical name on every PERSON entity."""

from __future__ import annotations

from typing import Any, Iterable, Sequence

from spacy.language import Language
from spacy.tokens import Doc

from .base import StatelessPipe
from ..extensions import CANONICAL_NAME, PERSON_ID, PERSON_LABEL, install_extensions


@Language.factory(
    "kzmonitor_name_linker",
    assigns=[f"span._.{PERSON_ID}", f"span._.{CANONICAL_NAME}"],
    default_config={},
)
def make_name_linker(nlp: Language, name: str) -> NameLinker:
    """Create the linker. Within one doc it links spellings; :func:`link_doc_persons` (through :func:`kzmonitor.api.relink`) links across docs."""
    return NameLinker(nlp, name)


class NameLinker(StatelessPipe):
    def __init__(self, nlp: Language, name: str = "kzmonitor_name_linker"):
        install_extensions()
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        link_doc_persons([doc])
        return doc


def link_doc_persons(docs: Iterable[Doc], reports: Sequence[str | None] | None = None, registry: Any = None):
    """Link the PERSON entities of all ``docs`` together; returns the identities by id.

    Args:
        docs: Entry docs, of one or several reports.
        reports: The report of each doc (parallel to ``docs``): bare surnames and given
            names may join an identity their entry, else their report, mentions.
        registry: A :class:`kzmonitor.registry.PersonsRegistry` whose ids are kept; it is
            updated with these mentions.
    """
    from ..registry import link_with_registry

    docs = list(docs)
    reports = list(reports) if reports is not None else [None] * len(docs)
    ents, contexts, sources = [], [], []
    for position, (doc, report) in enumerate(zip(docs, reports)):
        for ent in doc.ents:
            if ent.label_ == PERSON_LABEL:
                ents.append(ent)
                contexts.append((report, position))
                sources.append(report)
    ids, identities = link_with_registry([ent.text for ent in ents], contexts, registry, sources)
    for ent, person_id in zip(ents, ids):
        ent._.set(PERSON_ID, person_id)
        ent._.set(CANONICAL_NAME, identities[person_id].canonical)
    return identities
