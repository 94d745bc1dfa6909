"""Shared bases for kzmonitor's rule components: no weights, nothing to save."""

from __future__ import annotations

from typing import Any, Callable, ClassVar, Iterable, Protocol, Sequence
from weakref import WeakKeyDictionary

from spacy.language import Language
from spacy.pipeline import Pipe
from spacy.tokens import Doc
from spacy.training import Example

from ..extensions import install_extensions
from ..languages import check_language


# The text of each doc a rule component read, kept while the doc lives
_texts: WeakKeyDictionary[Doc, str] = WeakKeyDictionary()


def doc_text(doc: Doc) -> str:
    """``doc.text``, joined once for the rule components that read the same doc one after another.

    Doc.text joins every token on each access; the rule components of a pipeline read each doc in
    turn, and ``nlp.pipe`` runs each component over a whole batch of docs before the next one, so
    the text is kept beside each doc (by a weak reference: it goes with the doc), and another doc
    never gets it.
    """
    text = _texts.get(doc)
    if text is None:
        text = _texts[doc] = doc.text
    return text


class StatelessPipe(Pipe):
    """A rule component whose rules and tables ship as package data, so serialisation is a no-op."""

    def initialize(self, get_examples: Callable[[], Iterable[Example]], *, nlp: Language | None = None) -> None:
        """Nothing to learn."""

    def to_disk(self, path: Any, *, exclude: Iterable[str] = ()) -> None:
        """The configuration holds everything."""

    def from_disk(self, path: Any, *, exclude: Iterable[str] = ()) -> StatelessPipe:
        return self

    def to_bytes(self, *, exclude: Iterable[str] = ()) -> bytes:
        return b""

    def from_bytes(self, bytes_data: bytes, *, exclude: Iterable[str] = ()) -> StatelessPipe:
        return self


class CharMatch(Protocol):
    """What a rule parser finds: character offsets and the values the span carries."""

    start: int
    end: int

    @property
    def values(self) -> Sequence[dict[str, Any]]: ...


class SpanGroupParser(StatelessPipe):
    """A rule parser that keeps its matches as ``doc.spans[spans_key]``, values on ``Span._.<attribute>``.

    Subclasses say what they find (:meth:`find`) with which language tables, under which label and
    extension, and how they are scored; ``language`` (None: the pipeline's) chooses the tables.
    """

    label: ClassVar[str]
    attribute: ClassVar[str]
    scorer: ClassVar[Callable[..., dict[str, Any]]]
    # The language's compiled tables (kzmonitor/data/<language>/), built once per language
    tables: ClassVar[Callable[[str], Any]]

    def __init__(self, nlp: Language, name: str, *, spans_key: str, language: str | None = None):
        install_extensions()
        self.name = name
        self.spans_key = spans_key
        self.language = check_language(language or nlp.lang)
        type(self).tables(self.language)  # a missing or broken table fails when the pipeline is built, not on the first doc

    def find(self, doc: Doc) -> Iterable[CharMatch]:
        raise NotImplementedError

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, self.find(doc))
        return doc

    def set_annotations(self, doc: Doc, matches: Iterable[CharMatch]) -> None:
        spans = []
        for match in matches:
            # "expand": a footnote marker glued to the last word must not lose the match
            span = doc.char_span(match.start, match.end, label=self.label, alignment_mode="expand")
            if span is None:
                continue
            span._.set(self.attribute, [dict(value) for value in match.values])
            spans.append(span)
        doc.spans[self.spans_key] = spans

    def score(self, examples: Iterable[Example], **kwargs: Any) -> dict[str, Any]:
        return type(self).scorer(examples, spans_key=self.spans_key)
