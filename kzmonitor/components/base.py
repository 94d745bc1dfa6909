"""Shared base for kzmonitor's rule components: no weights, nothing to save."""

from __future__ import annotations

from typing import Any, Callable, Iterable

from spacy.language import Language
from spacy.pipeline import Pipe
from spacy.training import Example


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
