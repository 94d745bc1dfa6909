"""Library entry points: load the pipeline, extract reports."""

from __future__ import annotations

from pathlib import Path
from typing import Collection, Iterable

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from .batch import entry_doc, iter_reports
from .components.citations import CitationParser, carry_same_code
from .components.echoes import echo_docs
from .components.linker import link_doc_persons
from .extensions import install_extensions
from .languages import check_language
from .matrix_products import numpy_matrix_products
from .pipelines import Pipelines  # noqa: F401  (part of the API)
from .reader import Report
from .schemas import ReportResult

MODELS = Path(__file__).resolve().parent.parent / "models"
MODEL_DIR = MODELS / "kzmonitor"
# The shipped pipeline of each language
MODEL_DIRS = {"en": MODEL_DIR, "ru": MODELS / "kzmonitor-ru"}
RULE_COMPONENTS = (
    "kzmonitor_person_patterns",
    "kzmonitor_citation_parser",
    "kzmonitor_sanction_parser",
    "kzmonitor_name_linker",
    "kzmonitor_relation_linker",
)


def blank(lang: str = "en") -> Language:
    """A blank pipeline of ``lang`` ("en", "ru") with the kzmonitor tokenizer and every rule component."""
    install_extensions()
    nlp = spacy.blank(check_language(lang), config={"nlp": {"tokenizer": {"@tokenizers": "kzmonitor.Tokenizer.v1"}}})
    for name in RULE_COMPONENTS:
        nlp.add_pipe(name)
    return nlp


SANCTION_DETECTOR = "sanction_ner"


def load(path: str | Path | None = None, *, lang: str = "en", sanction_detector: bool = False) -> Language:
    """Load a kzmonitor pipeline: ``path``, else the trained model of ``lang`` in ``models/``, else the rules alone.

    Never touches the network: ``path`` must be a local directory or an installed package name.

    Args:
        path: A pipeline directory or installed package; None for the shipped model of ``lang``.
        lang: The language of the shipped model ("en": ``models/kzmonitor``, "ru": ``models/kzmonitor-ru``);
            a ``path`` brings its own.
        sanction_detector: Turn on the trained sanction detector (``sanction_ner``), which the
            shipped model holds switched off: it adds sanctions the rules miss on new kinds of text
            at about a fifth of the throughput (README, "Sanctions beyond the five reports").

    Raises:
        OSError: ``path`` is neither a pipeline directory nor an installed package, or it holds no
            sanction detector to turn on.
    """
    install_extensions()
    if path is not None:
        text = str(path)
        if "://" in text:
            raise OSError(f"pipelines load from a local path or an installed package, not a URL: {text}")
        nlp = current_tokenizer_patterns(spacy.load(text))
    elif (model_dir := MODEL_DIRS[check_language(lang)]).joinpath("config.cfg").exists():
        # The shipped tokenizer is kzmonitor.Tokenizer.v1, built from code by the config, so it has
        # this version's patterns already; reading its saved copy too would compile its patterns and
        # special cases a second time (a third of the load). tests/test_load.py checks that both are
        # the same tokenizer.
        nlp = spacy.load(model_dir, exclude=["tokenizer"])
    else:
        nlp = blank(lang)
    numpy_matrix_products(nlp)
    if sanction_detector:
        if SANCTION_DETECTOR not in nlp.component_names:
            raise OSError(f"the pipeline {path or MODEL_DIRS[lang]} holds no sanction detector ({SANCTION_DETECTOR})")
        enable_sanction_detector(nlp)
    return nlp


def enable_sanction_detector(nlp: Language) -> Language:
    """Switch on the sanction detector where ``nlp`` holds one (the shipped English model holds it
    switched off; the Russian one has none yet)."""
    if SANCTION_DETECTOR in nlp.disabled:
        nlp.enable_pipe(SANCTION_DETECTOR)
    return nlp


RULES_ONLY = "rules"


def load_pipeline(model: str | None = None, *, lang: str = "en", sanction_detector: bool = False) -> Language:
    """The pipeline a ``--model`` option names: :func:`load` of ``model``, or the rule components
    alone (:func:`blank`) for ``"rules"``.

    Raises:
        OSError: As :func:`load`.
        ValueError: The sanction detector was asked of the rules alone, which have none.
    """
    if model == RULES_ONLY:
        if sanction_detector:
            raise ValueError("the sanction detector needs a trained pipeline, not 'rules'")
        return blank(lang)
    return load(model, lang=lang, sanction_detector=sanction_detector)


def current_tokenizer_patterns(nlp: Language) -> Language:
    """Give a saved pipeline's kzmonitor tokenizer this version's affix and token patterns.

    A saved tokenizer keeps the patterns it was trained with; older ones split long runs
    without spaces in quadratic time ("!!!…" hangs for seconds), which later versions fix
    without changing how report text is tokenised. Its prefixes and infixes come from the
    language's tokenizer table too, so that a pipeline loaded by path splits text as the shipped
    one does ("Миронов/«Костанайские»", a slash the Russian table splits off).
    """
    if nlp.config["nlp"]["tokenizer"].get("@tokenizers") == "kzmonitor.Tokenizer.v1":
        fresh = spacy.util.registry.tokenizers.get("kzmonitor.Tokenizer.v1")()(nlp)
        nlp.tokenizer.token_match = fresh.token_match
        nlp.tokenizer.suffix_search = fresh.suffix_search
        nlp.tokenizer.prefix_search = fresh.prefix_search
        nlp.tokenizer.infix_finditer = fresh.infix_finditer
    return nlp


def entry_docs(nlp: Language, report: Report) -> list[Doc]:
    """Docs of a report's entries with ``Doc._.kz_entry`` filled, ready for ``nlp.pipe``."""
    return [entry_doc(nlp, entry) for entry in report.entries]


def carry_codes(nlp: Language, docs: list[Doc], reports: list[str | None] | None = None) -> None:
    """"of the same code" in one entry gets the code an earlier entry of its report named
    (:func:`kzmonitor.components.citations.carry_same_code`)."""
    for _, pipe in nlp.pipeline:
        if isinstance(pipe, CitationParser):
            last_code: dict[str | None, str | None] = {}
            for doc, report in zip(docs, reports if reports is not None else [None] * len(docs)):
                last_code[report] = carry_same_code(doc, last_code.get(report), pipe.language, pipe.spans_key)


def relink(nlp: Language, docs: list[Doc], reports: list[str | None] | None = None, registry=None,
           dated_reports: Collection[str] = ()) -> dict:
    """Link persons across ``docs`` (of ``reports``, parallel) and re-attach citations/sanctions to the shared ids.

    First the echoes of each report's names across its entries are added (not across the dated
    entries of ``dated_reports``) and the nominatives its text supports are set
    (:func:`kzmonitor.components.echoes.echo_docs`).

    ``registry`` (a :class:`kzmonitor.registry.PersonsRegistry`) keeps saved person_ids and is updated.
    """
    # Before linking: the echoes found across a text's entries are mentions to link too
    echo_docs(docs, reports, nlp.lang, dated_reports)
    carry_codes(nlp, docs, reports)
    identities = link_doc_persons(docs, reports, registry)
    if "kzmonitor_relation_linker" in nlp.pipe_names:
        relation_linker = nlp.get_pipe("kzmonitor_relation_linker")
        for doc in docs:
            relation_linker(doc)
    return identities


def extract_reports(
    texts: Iterable[tuple[str | None, str]],
    nlp: Language | None = None,
    *,
    year: int | None = None,
    fallback_years: dict[str | None, int] | None = None,
    batch_size: int = 64,
    n_process: int = 1,
    registry=None,
) -> list[ReportResult]:
    """Extract several reports, linking persons across all of them.

    For long runs, :func:`kzmonitor.batch.iter_reports` yields the same results one at a time.

    Args:
        texts: (source name, report text) pairs.
        nlp: A loaded pipeline (default: :func:`load`).
        year: Force this year for dates without one.
        fallback_years: Per-source year used when a report itself gives none.
        batch_size: Entries per ``nlp.pipe`` batch.
        n_process: Worker processes for ``nlp.pipe``.
        registry: A persons registry (:mod:`kzmonitor.registry`) whose ids are kept; updated in place.

    Raises:
        ReportError: A text cannot be read as a report (the message starts with its source name).
    """
    return list(iter_reports(texts, nlp if nlp is not None else Pipelines(), year=year, fallback_years=fallback_years, batch_size=batch_size,
                             n_process=n_process, registry=registry))


def extract(text: str, nlp: Language | None = None, *, source: str | None = None, year: int | None = None) -> ReportResult:
    """Extract one report's text into the output model.

    >>> result = extract(open("training_data/reports/2023-04.txt").read())  # doctest: +SKIP
    """
    return extract_reports([(source, text)], nlp, year=year)[0]
