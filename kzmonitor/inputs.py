"""Reading report files: encodings, saved HTML pages, wrong files refused with a reason."""

from __future__ import annotations

import json
import re
import unicodedata
from html.parser import HTMLParser
from pathlib import Path

from charset_normalizer import from_bytes

from .languages import CYRILLIC_RE

MAX_BYTES = 50_000_000
HTML_RE = re.compile(rb"^\s*(?:<!doctype html|<html|<head|<body|<\?xml)", re.IGNORECASE)
HTML_TAG_RE = re.compile(r"<(?:p|div|body|br|table)\b[^<>\n]{0,200}>", re.IGNORECASE)
SAVE_AS_TEXT = "save the report as plain text (UTF-8) or as an HTML page"
# Files people pick by mistake, by their first bytes, with what to do instead.
SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF file; convert it to text first (pdftotext -layout FILE.pdf) or save the report page as HTML"),
    (b"PK\x03\x04", f"a ZIP archive or an Office document (.docx, .odt); unpack it or {SAVE_AS_TEXT}"),
    (b"\xd0\xcf\x11\xe0", f"a legacy Word/Excel document (.doc, .xls); {SAVE_AS_TEXT}"),
    (b"{\\rtf", f"an RTF document; {SAVE_AS_TEXT}"),
    (b"\x1f\x8b", "a gzip archive; unpack it first"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive; unpack it first"),
    (b"Rar!", "a RAR archive; unpack it first"),
    (b"\x89PNG", "a PNG image, not a report"),
    (b"\xff\xd8\xff", "a JPEG image, not a report"),
    (b"GIF8", "a GIF image, not a report"),
    (b"\x7fELF", "a program, not a report"),
)
# Legacy encoding of Russian-language Windows (Word's "Plain text" export in Kazakhstan).
CYRILLIC_LEGACY = "cp1251"
# A Cyrillic letter touching a Latin one ("cafй") means a Western text read as cp1251.
MIXED_SCRIPT_RE = re.compile(r"[A-Za-z][\u0400-\u04ff]|[\u0400-\u04ff][A-Za-z]")
# What report text holds besides ASCII and Cyrillic: typographic punctuation, NBSP, «», №, §, °.
REPORT_EXTRA_RE = re.compile(r"[^\x00-\x7f\u0400-\u04ff\u2000-\u206f\u00a0\u00ab\u00bb\u00a7\u00b0\u00ad\u2116]")


class InputError(ValueError):
    """A file that cannot be read as a report; the message is one line a person can act on."""


class _TextExtractor(HTMLParser):
    """Visible text of a page: blocks become lines, footnote anchors and footnote links are kept.

    Whitespace inside a block is collapsed as a browser does, so a paragraph wrapped over
    several source lines stays one line (and one entry). In the footnote list, a link whose
    text is not its address ("[55] Azattyq") gives its address, which is what the reader keeps.
    """

    BLOCKS = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "ol", "ul",
              "table", "blockquote", "pre", "hr", "dd", "dt", "header", "footer", "nav", "main", "aside"}
    SKIP = {"script", "style", "noscript", "template", "svg", "head", "title"}
    FOOTNOTE_ID_RE = re.compile(r"^_?(?:ftn|fn|footnote|note)[-_:]?(\d{1,4})$", re.IGNORECASE)

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0
        self.pre = 0
        self.links: list[tuple[str | None, list[str]]] = []  # open <a>: href, text
        self.sup_depth = 0
        self.in_notes = False  # a "[n] link" line has been seen: the footnote list has begun

    def _emit(self, text: str) -> None:
        if self.links:
            self.links[-1][1].append(text)
        else:
            self.parts.append(text)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.SKIP:
            self.skipping += 1
            return
        attributes = dict(attrs)
        if tag == "pre":
            self.pre += 1
        if tag in self.BLOCKS:
            self._emit("\n")
        if tag == "li":
            # WordPress-style footnote lists: <li id="fn12"> becomes "[12] ..."
            number = self.FOOTNOTE_ID_RE.match(attributes.get("id") or "")
            if number:
                self._emit(f"[{number.group(1)}] ")
        elif tag == "td" or tag == "th":
            self._emit(" ")
        elif tag == "sup":
            self.sup_depth += 1
        elif tag == "a":
            self.links.append((attributes.get("href"), []))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.BLOCKS:
            self._emit("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.SKIP:
            self.skipping = max(0, self.skipping - 1)
            return
        if tag == "pre":
            self.pre = max(0, self.pre - 1)
        if tag in self.BLOCKS:
            self._emit("\n")
        elif tag == "sup":
            self.sup_depth = max(0, self.sup_depth - 1)
        elif tag == "a" and self.links:
            href, pieces = self.links.pop()
            self._emit(self._link_text(href, "".join(pieces)))

    def _link_text(self, href: str | None, text: str) -> str:
        stripped = text.strip()
        if href and href.startswith("#") and self.sup_depth and stripped.isdigit():
            return f"[{stripped}]"  # <sup><a href="#fn3">3</a></sup>: a footnote marker without brackets
        if href and re.match(r"(?:https?|ftp|mailto):", href) and href not in text:
            line = "".join(self.parts).rpartition("\n")[2]
            note_line = re.match(r"\s*\[\d{1,4}\]", line) is not None
            # A second link of a footnote may stand on a line of its own in the list.
            if not stripped or note_line or (self.in_notes and not line.strip()):
                # in the footnote list the address is the source; elsewhere the visible text stays
                self.in_notes = self.in_notes or note_line
                return text.replace(stripped, href) if stripped else href
        return text

    def handle_data(self, data: str) -> None:
        if self.skipping:
            return
        # HTML collapses ASCII whitespace only: a no-break space stays (the reader makes it a space)
        self._emit(data if self.pre else re.sub(r"[ \t\n\r\f]+", " ", data))

    def close(self) -> None:
        super().close()
        while self.links:  # unclosed <a>: keep its text
            _, pieces = self.links.pop()
            self._emit("".join(pieces))


def html_to_text(markup: str) -> str:
    """Visible text of a saved report page, one paragraph per line."""
    parser = _TextExtractor()
    parser.feed(markup)
    parser.close()
    lines = (line.strip(" \t") for line in "".join(parser.parts).split("\n"))
    text = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"


def _utf16_without_bom(head: bytes) -> str | None:
    """"utf-16-le"/"utf-16-be" when NUL bytes sit on one side of every pair (English in UTF-16)."""
    even, odd = head[0::2], head[1::2]
    if len(odd) < 8:
        return None
    if odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.05 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.4 * len(even) and odd.count(0) < 0.05 * len(odd):
        return "utf-16-be"
    return None


def _plausible_cp1251(text: str) -> bool:
    """Whether a cp1251 reading gives report-like text: Cyrillic words and typographic marks only."""
    return not REPORT_EXTRA_RE.search(text) and not MIXED_SCRIPT_RE.search(text)


def _lowercase_share(text: str) -> float:
    """The share of lower-case letters among the Cyrillic letters of ``text``."""
    letters = CYRILLIC_RE.findall(text)
    return sum(letter.islower() for letter in letters) / len(letters) if letters else 0.0


def decode(data: bytes) -> str:
    """Bytes -> text: UTF-8 (BOM or not), UTF-16, cp1251 (Word on Russian Windows) or KOI8-R, else the detected encoding.

    Raises:
        InputError: binary data, or no encoding gives text.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise InputError("broken UTF-16 text (odd byte count or bad surrogates); save the report as UTF-8") from None
    if (utf16 := _utf16_without_bom(data[:4096])) is not None:
        try:
            return data.decode(utf16)
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    if b"\x00" in data:
        raise InputError("binary file (NUL bytes), not a text or HTML report")
    # The detector reads a mostly-English text with a few Cyrillic words as Central European
    # (cp1250: "Íŕćčňĺ" for "Нажмите"), so cp1251 is tried first and kept when it reads cleanly.
    try:
        text = data.decode(CYRILLIC_LEGACY)
    except UnicodeDecodeError:
        text = None
    if text is not None and _plausible_cp1251(text):
        # KOI8-R bytes read as cp1251 are Cyrillic too, with the letter case swapped ("НБС" for "мая"):
        # prose is mostly lower case, so the reading with more lower-case letters is the text
        koi8 = data.decode("koi8-r", errors="replace")
        return koi8 if _lowercase_share(koi8) > max(0.5, _lowercase_share(text)) else text
    best = from_bytes(data).best()
    if best is None:
        raise InputError("cannot detect the text encoding; save the report as UTF-8")
    return str(best)


def _looks_binary(text: str) -> bool:
    """Control characters (not tabs or line breaks) in more than 1% of a text: a binary file."""
    sample = text[:100_000]
    controls = sum(1 for c in sample if unicodedata.category(c) == "Cc" and c not in "\t\n\r\f\v")
    return controls > max(2, len(sample) // 100)


def _json_kind(text: str) -> str | None:
    """"JSON"/"JSON Lines" when the whole text, or its first line, is a JSON object or list."""
    stripped = text.lstrip()
    if not stripped.startswith(("{", "[")):
        return None
    try:
        json.loads(stripped)
        return "JSON"
    except ValueError:
        pass
    try:
        first = json.loads(stripped.split("\n", 1)[0])
    except ValueError:
        return None
    return "JSON Lines" if isinstance(first, dict) else None


def read_text(path: str | Path) -> str:
    """A report file's text, whatever its encoding; HTML pages turned into text.

    Raises:
        InputError: missing, unreadable, empty, binary, not a report (PDF, archive, JSON), too large,
            or undecodable; the message says what to do.
    """
    path = Path(path)
    try:
        data = path.read_bytes()
    except IsADirectoryError:
        raise InputError("is a directory") from None
    except FileNotFoundError:
        raise InputError("no such file") from None
    except PermissionError:
        raise InputError("permission denied (cannot read the file)") from None
    except OSError as error:
        raise InputError(error.strerror or str(error)) from None
    for signature, what in SIGNATURES:
        if data.startswith(signature):
            raise InputError(f"this is {what}")
    if not data.strip():
        raise InputError("file is empty")
    if len(data) > MAX_BYTES:
        raise InputError(f"file is {len(data) // 1_000_000} MB; reports over {MAX_BYTES // 1_000_000} MB are refused")
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")) and _utf16_without_bom(data[:4096]) is None:
        raise InputError("binary file, not a text or HTML report")
    text = decode(data)
    if _looks_binary(text):
        raise InputError("binary file (control characters), not a text or HTML report")
    if (kind := _json_kind(text)) is not None:
        raise InputError(f"{kind} data, not a report (annotated entries go to 'kzmonitor evaluate' or 'kzmonitor convert')")
    if HTML_RE.match(data[:200].lstrip(b"\xef\xbb\xbf")) or HTML_TAG_RE.search(text[:5000]):
        text = html_to_text(text)
    return text
