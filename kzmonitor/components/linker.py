"""kzmonitor_name_linker: person_id and canonical name on every PERSON entity."""

from __future__ import annotations

from typing import Any, Callable, Iterable

from spacy.language import Language
from spacy.tokens import Doc
from spacy.training import Example

from .base import StatelessPipe
from ..extensions import CANONICAL_NAME, PERSON_ID, PERSON_LABEL, install_extensions
from ..names import link_names


@Language.factory(
    "kzmonitor_name_linker",
    assigns=[f"span._.{PERSON_ID}", f"span._.{CANONICAL_NAME}"],
    default_config={},
)
def make_name_linker(nlp: Language, name: str) -> NameLinker:
    """Create the linker. Within one doc it links spellings; :func:`kzmonitor.api.link_docs` links across docs."""
    return NameLinker(nlp, name)


class NameLinker(StatelessPipe):
    def __init__(self, nlp: Language, name: str = "kzmonitor_name_linker"):
        install_extensions()
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        link_doc_persons([doc])
        return doc


def link_doc_persons(docs: Iterable[Doc]):
    """Link the PERSON entities of all ``docs`` together; returns the identities by id."""
    docs = list(docs)
    ents = [ent for doc in docs for ent in doc.ents if ent.label_ == PERSON_LABEL]
    ids, identities = link_names(ent.text for ent in ents)
    for ent, person_id in zip(ents, ids):
        ent._.set(PERSON_ID, person_id)
        ent._.set(CANONICAL_NAME, identities[person_id].canonical)
    return identities
