"""Reading report files: encodings, saved HTML pages, binary files refused."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser
from pathlib import Path

from charset_normalizer import from_bytes

MAX_BYTES = 50_000_000
HTML_RE = re.compile(rb"^\s*(?:<!doctype html|<html|<head|<body|<\?xml)", re.IGNORECASE)


class InputError(ValueError):
    """A file that cannot be read as a report; the message is one line a person can act on."""


class _TextExtractor(HTMLParser):
    """Block elements become line breaks; links inside the footnote list keep their URL."""

    BLOCKS = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "ol", "ul"}
    SKIP = {"script", "style", "noscript", "template", "svg", "head"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0
        self.href: str | None = None
        self.link_text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.SKIP:
            self.skipping += 1
        elif tag in self.BLOCKS:
            self.parts.append("\n")
        elif tag == "a":
            self.href = dict(attrs).get("href")
            self.link_text = []

    def handle_endtag(self, tag: str) -> None:
        if tag in self.SKIP:
            self.skipping = max(0, self.skipping - 1)
        elif tag in self.BLOCKS:
            self.parts.append("\n")
        elif tag == "a" and self.href:
            text = "".join(self.link_text)
            # "[12]" footnote anchors keep their text; a bare link keeps its URL when the text hides it.
            if self.href.startswith("http") and self.href not in text and not re.fullmatch(r"\[\d+\]", text.strip()):
                if not text.strip():
                    self.parts.append(self.href)
            self.href = None

    def handle_data(self, data: str) -> None:
        if self.skipping:
            return
        if self.href is not None:
            self.link_text.append(data)
        self.parts.append(data)


def html_to_text(markup: str) -> str:
    """Visible text of a saved report page, one paragraph per line."""
    parser = _TextExtractor()
    parser.feed(markup)
    parser.close()
    text = html.unescape("".join(parser.parts))
    text = re.sub(r"[ \t]+\n", "\n", text)
    return re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"


def decode(data: bytes) -> str:
    """Bytes -> text: UTF-8 (with or without BOM), UTF-16 with BOM, else the detected encoding (cp1251...)."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    if data.count(b"\x00") > len(data) // 100:
        raise InputError("binary file (NUL bytes), not a text or HTML report")
    best = from_bytes(data).best()
    if best is None:
        raise InputError("cannot detect the text encoding; save the report as UTF-8")
    return str(best)


def read_text(path: str | Path) -> str:
    """A report file's text, whatever its encoding; HTML pages turned into text.

    Raises:
        InputError: empty, binary, too large, or undecodable.
    """
    path = Path(path)
    try:
        data = path.read_bytes()
    except IsADirectoryError:
        raise InputError("is a directory") from None
    except OSError as error:
        raise InputError(error.strerror or str(error)) from None
    if not data.strip():
        raise InputError("file is empty")
    if len(data) > MAX_BYTES:
        raise InputError(f"file is {len(data) // 1_000_000} MB; reports over {MAX_BYTES // 1_000_000} MB are refused")
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError("binary file, not a text or HTML report")
    text = decode(data)
    if HTML_RE.match(data[:200].lstrip(b"\xef\xbb\xbf")) or re.search(r"<(?:p|div|body)\b", text[:5000], re.IGNORECASE):
        text = html_to_text(text)
    return text
