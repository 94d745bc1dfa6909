"""Pipelines by language, for runs over texts in several languages."""

from __future__ import annotations

from spacy.language import Language


class Pipelines(dict):
    """Pipelines by language for a run over texts in several languages; each language's pipeline
    loads the first time a text needs it.

    ``Pipelines()`` gives the shipped models; ``Pipelines(kzmonitor.load("my/en-model"))`` that one
    for English and the shipped ones for the other languages.
    """

    def __init__(self, *given: Language, model: str | None = None, sanction_detector: bool = False):
        super().__init__({nlp.lang: nlp for nlp in given})
        self.model = model
        self.sanction_detector = sanction_detector

    def __missing__(self, lang: str) -> Language:
        # --model names one pipeline: it serves its own language, the shipped models the others
        # ('rules' means the rule components in every language)
        from .api import RULES_ONLY, enable_sanction_detector, load_pipeline

        nlp = load_pipeline(self.model if self.model == RULES_ONLY else None, lang=lang)
        if self.sanction_detector:
            enable_sanction_detector(nlp)
        self[lang] = nlp
        return nlp

    @classmethod
    def of(cls, nlp: "Language | Pipelines") -> "Pipelines":
        return nlp if isinstance(nlp, Pipelines) else cls(nlp)
