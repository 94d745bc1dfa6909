"""Report reader: a monitoring report's text -> title, period and dated entries.

The reader works on plain text (see :mod:`kzmonitor.inputs` for files, encodings
and HTML). It never drops report text: every character of the body that is not
site chrome, the title or the footnote link list lands in exactly one entry.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from .languages import CYRILLIC_RE, load_table
from .resources import load_json

MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)
MONTH_NUMBER = {name: number for number, name in enumerate(MONTHS, start=1)}


def month_number(name: str, language: str = "en") -> int:
    """1-12 for a month name or abbreviation in any case: "September", "SEPT.", "sep" -> 9; "апреля" -> 4."""
    return grammar(language).month_number(name)


class ReportError(ValueError):
    """The text cannot be read as a monitoring report; the message says why."""


@dataclass(frozen=True)
class Entry:
    """One dated paragraph of a report.

    Attributes:
        index: 1-based position of the entry in the report.
        date: ISO date, or None for undated text before the first dated entry.
        place: First place named after the date, or None.
        text: The entry's text, exactly as in the report.
        offset: Character offset of ``text`` in the normalised report text.
        footnotes: Footnote numbers ``[n]`` in the text, in order.
        sources: Links of those footnotes from the report's link list.
    """

    index: int
    date: str | None
    place: str | None
    text: str
    offset: int
    footnotes: tuple[int, ...] = ()
    sources: tuple[str, ...] = ()


@dataclass(frozen=True)
class Report:
    """A parsed monitoring report.

    ``reading`` says how the text was cut into entries: :data:`DATED_ENTRIES` (a monitoring
    report, or any text whose paragraphs open with dates), :data:`NUMBERED_ITEMS` (a bulletin:
    "1) On 3 May 2022, ...") or :data:`PARAGRAPHS` (an article: one entry per paragraph, dated
    by the date it states). ``notes`` are what a reader of the output should know
    (a reading other than dated entries, dates left without a year).
    """

    text: str
    title: str | None
    period_start: str | None
    period_end: str | None
    entries: tuple[Entry, ...]
    links: dict[int, tuple[str, ...]] = field(default_factory=dict)
    chrome: tuple[str, ...] = ()
    reading: str = "dated entries"
    notes: tuple[str, ...] = ()


DATED_ENTRIES, NUMBERED_ITEMS, PARAGRAPHS = "dated entries", "numbered items", "paragraphs"


class ReaderGrammar:
    """One language's patterns for titles, entry openings, dates and places, built from its
    table ``kzmonitor/data/<language>/reader.json`` (see :mod:`kzmonitor.languages`)."""

    def __init__(self, language: str):
        table = load_table(language, "reader")
        self.language = language
        self.months: list[list[str]] = table["months"]
        self._month_forms = {form.lower(): number for number, forms in enumerate(self.months, start=1) for form in forms}
        self._lookup_prefix = table["month_lookup_prefix"]
        self.prose_months_capitalised: bool = table["prose_months_capitalised"]
        # Full names first, so that "March" is not read as "Mar" and a stray "ch"; then the
        # abbreviations ("JAN.", "SEPT.", "Aug"; "сент."), in any letter case.
        full_names = "|".join(form for forms in self.months for form in forms)
        self.month_re = rf"(?i:{full_names}|{table['month_abbreviation_pattern']})(?![^\W\d_])"
        month, ordinal = self.month_re, table["ordinal_suffix"]
        day_of = rf"(?:{table['day_of']}\s+)?" if table["day_of"] else ""
        opening = rf"(?:{table['entry_opening_word']}\s+)?" if table["entry_opening_word"] else ""
        # "FROM OCTOBER 1 TO OCTOBER 31, 2022"; "FROM 1 TO MARCH 31, 2022" (the first day's month left
        # out); "FROM 1 MARCH TO 31 MARCH 2022" (day first); "С 1 ПО 30 АПРЕЛЯ 2023"
        self.title_period_re = re.compile(
            rf"{table['period_from']}\s+(?:(?P<m1>{month})\s+(?P<d1>\d{{1,2}})|(?P<d1b>\d{{1,2}})(?:\s+(?P<m1b>{month}))?)(?:,?\s+(?P<y1>\d{{4}}))?"
            rf"\s+{table['period_to']}\s+"
            rf"(?:(?P<m2>{month})\s+(?P<d2>\d{{1,2}})|(?P<d2b>\d{{1,2}})\s+(?P<m2b>{month})),?\s+(?P<y2>\d{{4}})",
            re.IGNORECASE,
        )
        # "MONITORING OF POLITICAL PERSECUTION ...", also with a word left out ("MONITORING POLITICAL
        # PERSECUTION"). The title ends with its period, so an entry glued onto the title line is not taken for title.
        self.title_re = re.compile(
            rf"^[ \t]*{table['title']}(?:[^\n]*?{self.title_period_re.pattern}|[^\n]*$)",
            re.IGNORECASE | re.MULTILINE,
        )
        # The date that opens an entry: "April 12,", "12 April,", "On 12 April, in", "October 11, 2022,".
        # The newer edition: "JAN. 14, 2025 — KARAGANDA Region — ...". Ordinals: "On 3rd May".
        # Russian: "12 апреля,", "12 апреля 2023 года", "12.04.2023".
        numeric = (
            r"|(?P<day_c>\d{1,2})\.(?P<month_c>\d{1,2})\.(?P<year_c>(?:19|20)\d{2})(?!\d)" if table["numeric_dates"] else ""
        )
        self.date_re = (
            rf"(?:(?P<month_a>{month})\s*(?P<day_a>\d{{1,2}}){ordinal}(?!\d)"
            rf"|(?P<day_b>\d{{1,2}}){ordinal}\s+{day_of}(?P<month_b>{month}){numeric})"
            rf"(?:,?\s+(?P<year>(?:19|20)\d{{2}})(?!\d){table['year_suffix']})?"
        )
        # "Almaty, December 1," puts a place first; "Almaty 21," drops the month (typo in 2023-12).
        place_word = table["place_word"]
        self.entry_lead_re = re.compile(
            rf"{opening}(?:(?P<lead_place>{place_word}),\s+)?{self.date_re}(?=[,\s]|\.\s)"
            rf"|(?P<bare_place>{place_word})\s+(?P<bare_day>\d{{1,2}}),"
        )
        # A footnote marker, or the end of a sentence, followed on the same line by a new dated entry:
        # entries glued by a copy-paste ("...[5]. December 2, ...", "...was upheld. On September 7, in Almaty, ...").
        letters = "a-z" + table.get("sentence_end_letters", "")
        self.glued_entry_re = re.compile(
            rf"(?:(?P<marker>\[\d{{1,4}}\]\.?)|(?<=[{letters}\d)”\"’])[.!?]”?)[ \t]+(?={opening}{self.date_re}(?:[,\s]|\.\s))"
        )
        # A date stated anywhere in prose: "On 3 May 2022", "on May 3", "14 March"; no word glued before it.
        self.stated_date_re = re.compile(rf"(?<![\w-]){self.date_re}(?![\w])")
        self.place_prefix_re = re.compile(table["place_prefix"])
        self.place_segment_re = re.compile(table.get("place_segment", r"[^,.;:(“\"\[\n]{1,80}"))
        self.not_places = frozenset(table["not_places"])
        places = table["places"]
        if places is None:
            data = load_json("places.json")
            self.place_names = frozenset(data["names"])
            self.place_types = frozenset(data["place_types"])
            self.place_abbreviations = frozenset(data["abbreviations"])
            self.english_place: dict[str, str] = {}
        else:
            # Every case form the text may write, each with the English name the output gives it.
            self.english_place = {form: english for english, forms in places.items() for form in forms}
            self.place_names = frozenset(self.english_place)
            self.place_types = frozenset(table["place_types"])
            self.place_abbreviations = frozenset()

    def month_number(self, name: str) -> int:
        key = name.lower().rstrip(".")
        if key in self._month_forms:
            return self._month_forms[key]
        prefix = key[: self._lookup_prefix]
        return next(number for number, forms in enumerate(self.months, start=1) if forms[0][: self._lookup_prefix].lower() == prefix)

    def place_as_output(self, place: str | None) -> str | None:
        """The place as the output names it: as written, or its English name where the language's table gives one."""
        return None if place is None else self.english_place.get(place, place)


@lru_cache(maxsize=None)
def grammar(language: str = "en") -> ReaderGrammar:
    return ReaderGrammar(language)


_ENGLISH = grammar("en")
MONTH_RE = _ENGLISH.month_re
TITLE_PERIOD_RE = _ENGLISH.title_period_re
TITLE_RE = _ENGLISH.title_re
DATE_RE = _ENGLISH.date_re
ENTRY_LEAD_RE = _ENGLISH.entry_lead_re
FOOTNOTE_RE = re.compile(r"\[(?P<number>\d{1,4})\]")
LINK_LINE_RE = re.compile(r"^\[(?P<number>\d{1,4})\]\s*(?P<link>\S.*)?$")
URL_LINE_RE = re.compile(r"^(?:https?://|www\.)\S*$")
YEAR_RE = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
GLUED_ENTRY_RE = _ENGLISH.glued_entry_re


def _places(language: str = "en") -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    g = grammar(language)
    return g.place_names, g.place_types, g.place_abbreviations


@lru_cache(maxsize=1)
def _chrome_patterns() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p) for p in load_json("chrome.json")["line_patterns"])


# Word and PDF exports: exotic spaces become spaces, page/line separators become line breaks,
# invisible characters (soft hyphen, zero-width space/joiners, BOM) go.
_NORMALIZE = str.maketrans(
    {**{c: " " for c in "\u00a0\u202f\u2007\u2009\u200a\u2002\u2003\u2004\u2005\u2006\u2008\u205f\u3000"},
     **{c: "\n" for c in "\f\v\u2028\u2029\x85"},
     **{c: None for c in "\u00ad\u200b\u200c\u200d\u2060\ufeff"}}
)


def normalize_text(text: str) -> str:
    """Line endings, BOM, non-breaking and other exotic spaces, soft hyphens and zero-width characters made plain."""
    return text.replace("\r\n", "\n").replace("\r", "\n").translate(_NORMALIZE)


# Latin letters that look Cyrillic, as they stray into Russian words typed on a Latin layout ("Cуд")
LOOKALIKES = str.maketrans("AaBCcEeHKkMOoPpTXxyYi", "АаВСсЕеНКкМОоРрТХхуУі")
_LETTER_RUN_RE = re.compile(r"[^\W\d_]+")
_LATIN_RE = re.compile(r"[A-Za-z]")


def cyrillic_lookalikes(text: str) -> tuple[str, int]:
    """``text`` with the Latin look-alike letters inside Cyrillic words made Cyrillic ("Cуд" -> "Суд"),
    and how many words changed. Letters only change in place, so every offset stays."""
    changed = 0

    def fix(match: re.Match[str]) -> str:
        nonlocal changed
        word = match.group(0)
        if not (CYRILLIC_RE.search(word) and _LATIN_RE.search(word)):
            return word
        fixed = word.translate(LOOKALIKES)
        if _LATIN_RE.search(fixed):
            return word  # a Latin letter with no Cyrillic twin: a real mixed word ("iPhone-а"), left as written
        changed += 1
        return fixed

    return _LETTER_RUN_RE.sub(fix, text), changed


def is_chrome(line: str) -> bool:
    """Whether a whole line is site navigation rather than report text."""
    stripped = line.strip()
    return bool(stripped) and any(p.match(stripped) for p in _chrome_patterns())


def is_known_place(name: str, language: str = "en") -> bool:
    """Whether ``name`` is a gazetteer place or has the shape "X region"/"X city"."""
    names, types, abbreviations = _places(language)
    words = name.split()
    if not words:
        return False
    if name in names or name in abbreviations or words[0] in names:
        return True
    if words[0].isupper() and len(words[0]) > 3 and words[0].title() in names:
        return True  # the newer edition's capitals: "ALMATY", "KARAGANDA Region"
    return len(words) >= 2 and words[-1].lower() in types and words[0][:1].isupper()


def _lines(text: str) -> list[tuple[int, str]]:
    """(offset, line) pairs, line without its newline."""
    result, offset = [], 0
    for line in text.split("\n"):
        result.append((offset, line))
        offset += len(line) + 1
    return result


def _link_list_start(lines: list[tuple[int, str]]) -> int:
    """Index of the first line of the trailing footnote link list (len(lines) if none)."""
    start = len(lines)
    for i in range(len(lines) - 1, -1, -1):
        stripped = lines[i][1].strip()
        if not stripped or is_chrome(stripped) or URL_LINE_RE.match(stripped):
            continue
        if LINK_LINE_RE.match(stripped):
            start = i
            continue
        break
    # Everything from the first "[n]" line of the trailing run on.
    return start


def _parse_links(lines: list[tuple[int, str]]) -> dict[int, tuple[str, ...]]:
    links: dict[int, list[str]] = {}
    current: int | None = None
    for _, line in lines:
        stripped = line.strip()
        match = LINK_LINE_RE.match(stripped)
        if match:
            current = int(match["number"])
            links.setdefault(current, [])
            if match["link"]:
                links[current].append(match["link"].strip())
        elif current is not None and URL_LINE_RE.match(stripped):
            links[current].append(stripped)
    return {number: tuple(urls) for number, urls in links.items()}


DATELINE_DASH_RE = re.compile(r"[ \t]{0,10}(?:\([^()\n]{1,40}\)[ \t]{0,10})?[-–—]")


def _entry_lead(line: str, line_offset: int = 0, g: ReaderGrammar = _ENGLISH) -> re.Match[str] | None:
    match = g.entry_lead_re.match(line, line_offset)
    if match is None:
        return None
    place = match["lead_place"] or match["bare_place"]
    if place is not None and not is_known_place(place, g.language):
        return None
    if match["lead_place"] and DATELINE_DASH_RE.match(line, match.end()):
        return None  # "ALMATY, May 3, 2022 (Reuters) - ...": a news article's dateline, not an entry
    return match


def entry_lead_count(text: str, language: str = "en") -> int:
    """How many lines of ``text`` open with a dated entry lead in ``language`` ("April 12, Almaty," / "12 апреля, Алматы,")."""
    g = grammar(language)
    return sum(1 for line in text.split("\n") if _entry_lead(line, len(line) - len(line.lstrip()), g) is not None)


def _month_day_year(match: re.Match[str], g: ReaderGrammar = _ENGLISH) -> tuple[int | None, int, int | None]:
    groups = match.groupdict()
    if groups.get("day_c"):  # "12.04.2023"
        return int(groups["month_c"]), int(groups["day_c"]), int(groups["year_c"])
    month_name = match["month_a"] or match["month_b"]
    day = match["day_a"] or match["day_b"] or groups.get("bare_day")
    year = match["year"]
    return (g.month_number(month_name) if month_name else None, int(day), int(year) if year else None)


def _title_period(title: str | None, g: ReaderGrammar = _ENGLISH) -> tuple[dt.date, dt.date] | None:
    if not title:
        return None
    match = g.title_period_re.search(title)
    if not match:
        return None
    end_year = int(match["y2"])
    start_year = int(match["y1"] or end_year)
    end_month = g.month_number(match["m2"] or match["m2b"])
    start_month = g.month_number(m) if (m := match["m1"] or match["m1b"]) else end_month
    try:
        return (
            dt.date(start_year, start_month, int(match["d1"] or match["d1b"])),
            dt.date(end_year, end_month, int(match["d2"] or match["d2b"])),
        )
    except ValueError:
        return None


Date = tuple[int | None, int, int | None]  # (month, day, year) as written; month or year may be missing


def _infer_year(texts: list[str], dates: list[Date], g: ReaderGrammar = _ENGLISH) -> int | None:
    """The report's year from the years written beside dates in the entries."""
    dated_years = Counter(year for _, _, year in dates if year)
    if dated_years:
        return dated_years.most_common(1)[0][0]
    month_counts = Counter(month for month, _, _ in dates if month)
    if not month_counts:
        return None
    month = "|".join(g.months[month_counts.most_common(1)[0][0] - 1])
    # "9 April 2023", "April 9, 2023": a year beside the report's own month.
    beside_month = re.compile(rf"(?:(?:{month})\s+\d{{1,2}},?\s+|\d{{1,2}}\s+(?:{month}),?\s+)((?:19|20)\d{{2}})(?!\d)")
    years = Counter(int(y) for text in texts for y in beside_month.findall(text))
    if years:
        return years.most_common(1)[0][0]
    return None


# A bulletin's item: "1) On 3 May 2022, ...", "2. ...", "(3) ...".
NUMBERED_ITEM_RE = re.compile(r"[ \t]{0,20}(?:\((?P<parenthesised>\d{1,3})\)|(?P<number>\d{1,3})[.)])[ \t]{1,20}(?=\S)")
STATED_DATE_RE = _ENGLISH.stated_date_re


def stated_date(text: str, language: str = "en") -> Date | None:
    """The first date ``text`` states ("sentenced on 3 May 2022" -> (5, 3, 2022)), or None.

    In English prose the month must be capitalised: "may 3" is more often a verb than a date.
    """
    g = grammar(language)
    for match in g.stated_date_re.finditer(text):
        month = match["month_a"] or match["month_b"]
        if not g.prose_months_capitalised or month is None or month[0].isupper():
            return _month_day_year(match, g)
    return None


def _numbered_starts(body: list[tuple[int, str]]) -> list[int]:
    """Offsets of a bulletin's numbered items: lines numbered 1, 2, 3 ... in sequence (two at least).

    A line with a number out of sequence ("5. The court ..." inside item 2) continues its item.
    """
    starts, expected = [], None
    for offset, line in body:
        match = NUMBERED_ITEM_RE.match(line)
        if match is None:
            continue
        number = int(match["parenthesised"] or match["number"])
        if expected is None or number == expected:
            starts.append(offset + len(line) - len(line.lstrip()))
            expected = number + 1
    return starts if len(starts) >= 2 else []


def _paragraph_starts(body: list[tuple[int, str]]) -> list[int]:
    """Offsets of an article's paragraphs: blocks between blank lines, or lines where no line is blank."""
    filled = [(offset, line) for offset, line in body if line.strip()]
    blank_between = any(not line.strip() for _, line in body[body.index(filled[0]) : body.index(filled[-1])]) if filled else False
    starts, after_blank = [], True
    for offset, line in body:
        if not line.strip():
            after_blank = True
            continue
        if after_blank or not blank_between:
            starts.append(offset + len(line) - len(line.lstrip()))
        after_blank = False
    return starts


def read_report(text: str, *, year: int | None = None, fallback_year: int | None = None, language: str = "en") -> Report:
    """Split a monitoring report, a bulletin or an article into its title, period and entries.

    A text whose paragraphs open with dates (the monthly report, either edition) gives one entry
    per dated paragraph; a text without such paragraphs gives one entry per numbered item where
    its items are numbered in sequence, else one per paragraph, each dated by the date it states,
    else by the nearest earlier one (``Report.reading`` says which, ``Report.notes`` says so
    for people). Each date takes its year from itself, else from the title, else from the years
    written beside the text's dates, else ``fallback_year``, else ``year``; where none gives one,
    the date is left empty and a note says so.

    Args:
        text: The plain text.
        year: Year for dates that nothing else dates (the CLI's ``--year``).
        fallback_year: Year read from a ``YYYY-MM`` file name (before ``year``).
        language: The text's language ("en", "ru"): its month names, title and place names.

    Returns:
        The parsed report.

    Raises:
        ReportError: The text holds no words, or is mostly Cyrillic and read as English.
    """
    g = grammar(language)
    text = normalize_text(text)
    lookalike_words = 0
    if language == "ru":
        text, lookalike_words = cyrillic_lookalikes(text)
    lines = _lines(text)
    link_start = _link_list_start(lines)
    links = _parse_links(lines[link_start:])
    body_end = lines[link_start][0] if link_start < len(lines) else len(text)

    title_match = g.title_re.search(text, 0, body_end)
    title = title_match.group(0).strip() if title_match else None

    # Entry starts: date-led lines, and dated entries glued after a footnote marker.
    starts: list[tuple[int, re.Match[str] | None]] = []
    chrome: list[str] = []
    skipped: list[tuple[int, int]] = []  # chrome and title lines, removed from entries
    body: list[tuple[int, str]] = []  # the lines left to read, blank where chrome or title stood
    for offset, line in lines[:link_start]:
        if is_chrome(line):
            chrome.append(line.strip())
            skipped.append((offset, offset + len(line)))
            body.append((offset, ""))
            continue
        after_title = 0
        # The title's lines (a wrapped title has two: "... FROM\nOCTOBER 1 TO OCTOBER 31, 2022") open no entry.
        if title_match is not None and title_match.start() <= offset + len(line) and offset < title_match.end():
            if offset <= title_match.start():
                skipped.append((offset, title_match.end()))
            after_title = title_match.end() - offset
            if not line[after_title:].strip():
                body.append((offset, ""))
                continue
        body.append((offset + after_title, line[after_title:]))
        indent = len(line) - len(line[after_title:].lstrip())
        lead = _entry_lead(line, indent, g)
        if lead is not None:
            starts.append((offset + indent, lead))
        for glued in g.glued_entry_re.finditer(line):
            lead = _entry_lead(line, glued.end(), g)
            # After a plain sentence end only a date with a known place opens an entry:
            # "... upheld. On April 4, the appeal court ..." is one entry going on.
            if lead is not None and not glued["marker"]:
                place = _entry_place(line[glued.end() :], g)
                lead = lead if place is not None and is_known_place(place, language) else None
            if lead is not None and glued.end() > indent:
                starts.append((offset + glued.end(), lead))
    # Chrome and the link list after the body also come out of the report text.
    for offset, line in lines[link_start:]:
        if is_chrome(line):
            chrome.append(line.strip())
    starts.sort(key=lambda item: item[0])
    reading, notes = DATED_ENTRIES, []
    paragraph_starts = _paragraph_starts(body)
    if len(starts) * 2 < len(paragraph_starts) and len(paragraph_starts) >= 3:
        # A news dateline ("ALMATY, May 3, 2022 - ...") or a date in one paragraph of many: an
        # article, whose undated paragraphs are not continuations of one dated entry.
        starts = []
    if not starts:
        letters = [c for _, line in body for c in line if c.isalpha()]
        if not letters:
            raise ReportError("no text to read: no letters outside the title, site chrome and footnote links")
        if language == "en" and sum(1 for c in letters if "\u0400" <= c <= "\u04ff") > len(letters) // 2:
            raise ReportError("no dated entries found: the text is mostly Cyrillic; read it as Russian (--lang ru, or auto)")
        numbered = _numbered_starts(body)
        reading = NUMBERED_ITEMS if numbered else PARAGRAPHS
        starts = [(offset, None) for offset in numbered or paragraph_starts]
        notes.append(f"no dated entries: read as {reading}, each dated by the date it states")

    period = _title_period(title, g)
    own_dates = [_month_day_year(lead, g) if lead is not None else None for _, lead in starts]
    report_year = (period[1].year if period else None) or _infer_year([text[:body_end]], [d for d in own_dates if d], g)

    def kept_text(start: int, end: int) -> tuple[int, str]:
        """Text of [start, end) less chrome and title lines, stripped, with its offset."""
        pieces, cursor = [], start
        for skip_start, skip_end in skipped:
            if skip_start >= cursor and skip_end <= end:
                pieces.append((cursor, text[cursor:skip_start]))
                cursor = skip_end
        pieces.append((cursor, text[cursor:end]))
        filled = [(o, piece) for o, piece in pieces if piece.strip()]
        if not filled:
            return start, ""
        first_offset, first_piece = filled[0]
        joined = "".join(piece for _, piece in pieces).strip()
        return first_offset + len(first_piece) - len(first_piece.lstrip()), joined

    texts = [kept_text(start, starts[number + 1][0] if number + 1 < len(starts) else body_end)
             for number, (start, _) in enumerate(starts)]
    if reading != DATED_ENTRIES:
        own_dates = [stated_date(entry_text, language) for _, entry_text in texts]
        report_year = report_year or _infer_year([], [d for d in own_dates if d], g)
    report_year = report_year or fallback_year or year

    entries: list[Entry] = []
    preamble_offset, preamble = kept_text(0, starts[0][0])
    if preamble:
        entries.append(Entry(index=0, date=None, place=None, text=preamble, offset=preamble_offset))

    current_month: int | None = None
    current_year = report_year
    previous_date: str | None = None
    undated_year = False
    for (offset, entry_text), own in zip(texts, own_dates):
        date = previous_date if reading != DATED_ENTRIES else None
        if own is not None:
            month, day, entry_year = own
            month = month or current_month or (period[0].month if period else None)
            current_month = month
            if reading != DATED_ENTRIES:
                # An article's "on 5 May" belongs to the year of the nearest date before it that gives one.
                current_year = entry_year or current_year
            date_year = entry_year or current_year
            undated_year = undated_year or date_year is None
            try:
                date = dt.date(date_year, month, day).isoformat() if month is not None and date_year else None
            except ValueError:
                date = None
            previous_date = date or previous_date
        footnotes = tuple(int(m["number"]) for m in FOOTNOTE_RE.finditer(entry_text))
        sources = tuple(dict.fromkeys(url for n in footnotes for url in links.get(n, ())))
        place = g.place_as_output(_entry_place(entry_text, g) if reading == DATED_ENTRIES else _named_place(entry_text, g))
        entries.append(Entry(index=0, date=date, place=place, text=entry_text, offset=offset, footnotes=footnotes, sources=sources))
    entries = [_with_index(entry, i) for i, entry in enumerate(entries, start=1)]
    if undated_year:
        notes.append("no year in the title, the dates or the file name: dates without a year are left empty (pass --year)")
    if lookalike_words:
        notes.append(f"{lookalike_words} word(s) with Latin letters that look Cyrillic read as Cyrillic (\"Cуд\" as \"Суд\")")

    if period is None and reading != DATED_ENTRIES:
        dates = sorted(dt.date.fromisoformat(e.date) for e in entries if e.date)
        period = (dates[0], dates[-1]) if dates else None  # what the text spans, not a month
    if period is None:
        months = Counter(e.date[:7] for e in entries if e.date)
        if months:
            y, m = map(int, months.most_common(1)[0][0].split("-"))
            period = (dt.date(y, m, 1), dt.date(y, m, calendar.monthrange(y, m)[1]))
    return Report(
        text=text,
        title=title,
        period_start=period[0].isoformat() if period else None,
        period_end=period[1].isoformat() if period else None,
        entries=tuple(entries),
        links=links,
        chrome=tuple(chrome),
        reading=reading,
        notes=tuple(notes),
    )


def _with_index(entry: Entry, index: int) -> Entry:
    return Entry(index, entry.date, entry.place, entry.text, entry.offset, entry.footnotes, entry.sources)


# The newer edition: "JAN. 14, 2025 — KARAGANDA Region — ...": the place as written between the dashes.
DASHED_PLACE_RE = re.compile(r"[ \t]{0,10}—[ \t]{0,10}(?P<place>[A-Z][^\s—–\[,.;:“”\"]{1,30}(?: [^\s—–\[,.;:“”\"]{1,30}){0,3})[ \t]{0,10}—")


def entry_place(text: str, language: str = "en") -> str | None:
    """The first place named after an entry's date, or None when the date leads into prose.

    "April 12, Almaty, ..." -> "Almaty"; "On 18 September in Almaty region ..." -> "Almaty region";
    "Almaty, December 1, ..." -> "Almaty"; "12 апреля, в Алматы, ..." -> "Алматы" (as written).
    """
    return _entry_place(text, grammar(language))


def _entry_place(text: str, g: ReaderGrammar) -> str | None:
    lead = g.entry_lead_re.match(text)
    if lead is None:
        return None
    if lead["lead_place"] or lead["bare_place"]:
        return lead["lead_place"] or lead["bare_place"]
    rest = text[lead.end() :]
    between_dashes = DASHED_PLACE_RE.match(rest)
    if between_dashes is not None:
        return between_dashes["place"]
    prefix = g.place_prefix_re.match(rest)
    rest = rest[prefix.end() if prefix else 0 :]
    segment = g.place_segment_re.match(rest)
    if segment is None:
        return None
    candidate = segment.group(0).strip()
    words = candidate.split()
    if not words:
        return None
    if len(words) > 4:
        return _leading_place(words, g) if is_known_place(words[0], g.language) else None
    if is_known_place(candidate, g.language):
        # "Almaty region", "Nur-Sultan city": keep the whole name; else stop after the gazetteer words.
        return candidate if words[-1].lower() in g.place_types or len(words) == 1 else _leading_place(words, g)
    word = words[0]
    if len(words) == 1 and word[:1].isupper() and not word.isupper() and word.replace("-", "").isalpha() and word.lower() not in g.not_places:
        return candidate
    return None


@lru_cache(maxsize=None)
def _place_mention_re(language: str) -> re.Pattern[str]:
    names, types, abbreviations = _places(language)
    # A news dateline writes the place in capitals: "URALSK, June 2, 2022 (Reuters) - ..."
    spellings = {*names, *abbreviations, *(name.upper() for name in names)}
    alternatives = "|".join(re.escape(n) for n in sorted(spellings, key=len, reverse=True))
    type_words = "|".join(re.escape(t) for t in types)
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?:\s+(?:{type_words})(?!\w))?(?![\w-])")


def named_place(text: str, language: str = "en") -> str | None:
    """The first gazetteer place a paragraph names ("an activist from Taraz" -> "Taraz"), for text without entry leads."""
    return _named_place(text, grammar(language))


def _named_place(text: str, g: ReaderGrammar) -> str | None:
    match = _place_mention_re(g.language).search(text)
    return match.group(0) if match else None


def _leading_place(words: list[str], g: ReaderGrammar) -> str | None:
    names, types, abbreviations = g.place_names, g.place_types, g.place_abbreviations
    type_at = next((i for i, w in enumerate(words) if w.lower() in types), None)
    if type_at is not None and all(w[:1].isupper() for w in words[:type_at]):
        return " ".join(words[: type_at + 1])
    kept = []
    for word in words:
        if kept and word.lower() in types:
            return " ".join([*kept, word])  # "Almaty region the police" -> "Almaty region"
        if kept and not word[:1].isupper():
            break
        kept.append(word)
        if " ".join(kept) in names or " ".join(kept) in abbreviations:
            return " ".join(kept)
    return kept[0] if kept else None
