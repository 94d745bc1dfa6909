"""Regular expressions for citations and sanctions, built from small named pieces.

Every pattern here is linear by construction: bounded repetitions, no nested
unbounded quantifiers, and scanners that consume at least one character per step.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from typing import Iterable

from .resources import load_json


def alternation(words: list[str] | tuple[str, ...]) -> str:
    """Longest-first alternation so that "Criminal Procedure Code" wins over "Criminal"."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


def named(name: str, pattern: str) -> str:
    return f"(?P<{name}>{pattern})"


# ---------------------------------------------------------------- numbers
# "380-1", "456-2", "73-3"
ARTICLE_NUMBER = r"\d{1,4}(?:-\d{1,2})?(?![\d])"
NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "twenty-five": 25, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
}
# "one and a half", "one and half" (as news agencies write it), "four-and-a-half": one optional suffix
# after the word, not one alternative per phrase, since most rules try a quantity at every position
HALF = r"(?:[\s-]and[\s-](?:a[\s-])?half)"
HALF_RE = re.compile(rf"^(?P<whole>.+?){HALF}$")
# "15", "1.5", "2,5", "fifteen", "one and a half", and the legal style "10 (ten)"
QUANTITY = (
    r"(?:(?:\d{1,3}(?:[.,]\d{1,2})?(?!\d)|(?:" + alternation([w for w in NUMBER_WORDS if len(w) > 2]) + rf"){HALF}?)"
    r"(?:\s?\((?:[a-z]{3,12}[\s-]?){1,3}\))?)"
)
# "72,450", "72 450", "103500", "110.760", "1 000 000", "7,292.5"
MONEY_NUMBER = r"\d{1,3}(?:[ ,]\d{3}){1,3}\.\d{1,2}(?!\d)|\d{1,3}(?:[ ,.]\d{3}){1,3}(?!\d)|\d{1,9}(?:[.,]\d{1,2})?(?!\d)"


def parse_quantity(raw: str) -> float:
    """"15" -> 15, "1.5" -> 1.5, "2,5" -> 2.5, "six" -> 6, "10 (ten)" -> 10."""
    raw = re.sub(r"\s?\([a-z\s-]{0,40}\)$", "", raw.strip().lower())
    if raw in NUMBER_WORDS:
        return NUMBER_WORDS[raw]
    if (half := HALF_RE.match(raw)) is not None and half["whole"] in NUMBER_WORDS:
        return NUMBER_WORDS[half["whole"]] + 0.5
    return float(raw.replace(",", "."))


def parse_money(raw: str) -> float:
    """"72,450" -> 72450, "110 760" -> 110760, "17,5" -> 17.5 (a decimal comma), "7,292.5" -> 7292.5."""
    raw = raw.strip()
    if re.fullmatch(r"\d{1,3}(?:[ ,]\d{3})+\.\d{1,2}", raw):
        return float(re.sub(r"[ ,]", "", raw))
    if re.fullmatch(r"\d{1,3}(?:[ ,.]\d{3})+", raw):
        return float(re.sub(r"[ ,.]", "", raw))
    return float(raw.replace(",", "."))


# ---------------------------------------------------------------- citations
@lru_cache(maxsize=1)
def code_names() -> dict[str, str]:
    """Every English name of a code -> its code key ("Administrative Code" -> "administrative")."""
    data = load_json("legal_codes.json")["codes"]
    return {name.lower(): code for code, spec in data.items() for name in spec["names"]}



# "Article 488", "Articles 269", "Art. 405"
ARTICLE_KEYWORD = r"(?:Articles?|articles?|Art\.)"
ARTICLE_START_RE = re.compile(rf"\b{ARTICLE_KEYWORD}\s*(?={ARTICLE_NUMBER})")
# "Part 2", "P art 2", "part 1/2", "Parts 2,3", "p.7", "p. 7", "clause 1"
PART_RE = re.compile(
    r"(?:[Pp]\s?arts\s*(?P<plural>\d{1,3}(?:\s*(?:/|,[ \t]*(?:and|or)?|and|or)\s*\d{1,3}){0,5})"
    r"|(?:[Pp]\s?art|[Pp]\.|[Pp]t\.|[Cc]lause|[Ss]ection)\s*(?P<single>\d{1,3}(?:\s*/\s*\d{1,3}){0,5}))(?![\d.,]\d)"
)
# "Article 272.3": rights groups write the part after a dot
DOTTED_PART_RE = re.compile(r"\.(?P<part>\d{1,2})(?![\d.,]\d)")
# "Articles 378.2 and 274.2": in a dotted list, the next number carries its own part
DOTTED_ARTICLE_RE = re.compile(rf"(?P<number>{ARTICLE_NUMBER})(?=\.\d{{1,2}}(?![\d.,]\d))")
# "of the same code": the code of the citation before
SAME_CODE_RE = re.compile(r",?\s{1,20}(?:of|under)\s+the\s+same\s+[Cc]ode\b")
# "paragraph 7", "subparagraph 10", "Paragraph 2"
PARAGRAPH_RE = re.compile(r"(?:[Ss]ub-?)?[Pp]aragraphs?\s*(?P<number>\d{1,3})(?!\d)")
ARTICLE_ITEM_RE = re.compile(rf"{ARTICLE_KEYWORD}\s*(?P<number>{ARTICLE_NUMBER})")
# A bare number continues an "Articles 269, 272, 380" list, unless it is a quantity.
BARE_ARTICLE_RE = re.compile(
    rf"(?P<number>{ARTICLE_NUMBER})(?![.,]\d)(?!\s*(?:years?|months?|days?|hours?|tenge|%|MCI|thousand|million))"
)
# "269, 272", "174 and 405", "174, 274, and 405" (a serial comma), "174 or 274"
SEPARATOR_RE = re.compile(r"[ \t]*(?:[,;][ \t]*(?:(?:and|or)\b)?|\b(?:and|or)\b|&)?[ \t]*")
# “Mass Riots”, ("insulting a representative of authority")
TITLE_RE = re.compile(r"[ \t]{0,20}(?:“[^”\n]{1,160}”|\"[^\"\n]{1,160}\"|«[^»\n]{1,160}»|\([^()\n]{1,160}\))")
# "of the Criminal Code of the Republic of Kazakhstan", "of Code of Administrative Offences  of the RK"
STATE_SUFFIX = r"(?:\s+of\s+(?:the\s+)?(?:Republic\s+of\s+Kazakhstan|RK|Kazakhstan))?"
# "of the Law “On Peaceful Assemblies”", "of the Law on Political Parties", "of the Communications Act"
LAW_RE = re.compile(
    r"\s{1,20}(?:of|under)\s+(?:the\s+)?(?:[Ll]aw|Decree|Resolution)(?:\s+of\s+the\s+(?:RK|Republic\s+of\s+Kazakhstan))?\s+"
    r"(?P<title>“[^”\n]{1,160}”|\"[^\"\n]{1,160}\"|«[^»\n]{1,160}»|[Oo]n\s+[A-Z][A-Za-z-]*(?:\s+(?:and\s+)?[A-Z][A-Za-z-]*){0,6})"
    r"|\s{1,20}of\s+(?:the\s+)?(?P<act>(?:[A-Z][A-Za-z-]+\s+){1,5}(?:Act|Law))\b"
)
PREFIX_RE = re.compile(
    r"(?:(?P<paragraph_kw>(?:[Ss]ub)?[Pp]aragraph|[Cc]lause)\s+(?P<paragraph>\d{1,3}),?\s+)?"
    r"(?P<part_kw>[Pp]arts?)\s+(?P<part>\d{1,3}(?:[ \t]{0,3}(?:,[ \t]{0,3}(?:(?:and|or)[ \t]{1,3})?|(?:and|or)[ \t]{1,3})\d{1,3}){0,5})\s+of\s+$"
)


@lru_cache(maxsize=1)
def _code_names_pattern() -> str:
    """Every English name of a code, longest first, as one alternation."""
    return alternation([name for spec in load_json("legal_codes.json")["codes"].values() for name in spec["names"]])


@lru_cache(maxsize=1)
def code_re() -> re.Pattern[str]:
    names = _code_names_pattern()
    # ",? of": "Article 174, Part 1, and Article 405, Part 2, of the Criminal Code";
    # a comma alone: "Article 488.11, Code of Administrative Offences" (Amnesty's style)
    return re.compile(rf"(?:,?\s{{1,20}}(?:of|under)\s+(?:the\s+)?|,\s{{1,5}}(?:the\s+)?)(?P<name>{names})\b{STATE_SUFFIX}")


@lru_cache(maxsize=1)
def code_before_re() -> re.Pattern[str]:
    """A code named before its article: "(Criminal Code, Article 378)", "the Criminal Code's Article 174"."""
    return re.compile(rf"(?<![\w-])(?:the\s+)?(?P<name>{_code_names_pattern()})(?:’s|'s|,)?\s{{1,5}}$")


# ---------------------------------------------------------------- sanctions
YEAR_UNIT = r"(?:years?|yrs?\.?)"
DURATION_UNIT = r"(?:years?|months?|days?|hours?)"
# "a year and a half": the half follows the unit
HALF_AFTER_UNIT = r"(?:a|one)\s+(?:year|month)\s+and\s+a\s+half"
HALF_AFTER_UNIT_RE = re.compile(r"(?:a|one)\s+(?P<unit>year|month)\s+and\s+a\s+half", re.IGNORECASE)
# Several quantities before one unit: a range ("7-10 days", "from 3 to 5 years", "between 10 and 15 days")
# or a list that "respectively" spreads over persons ("15 and 10 days", "5, 7 and 10 years").
# A dash range has no spaces ("Part 6 – 15 days" is a citation and a term), and no lead starts at a citation's number.
NOT_AFTER_A_NUMBER_OR_CITATION = r"(?<![\w.,])(?<![Pp]art\s)(?<!Article\s)(?<!No\.\s)(?<![Pp]\.\s)"
QUANTITY_LEAD = (
    NOT_AFTER_A_NUMBER_OR_CITATION
    + rf"(?:(?:from|between)\s+)?(?:{QUANTITY},\s+){{0,3}}{QUANTITY}(?:[-–—]|\s+(?:to|and|or)\s+)"
)
QUANTITY_LEAD_RE = re.compile(QUANTITY_LEAD, re.IGNORECASE)
QUANTITY_RE = re.compile(QUANTITY, re.IGNORECASE)
RANGE_LEAD_RE = re.compile(r"^(?:from|between)\b|[-–—]|\s(?:to|or)\s", re.IGNORECASE)
QUANTITIES = rf"(?:{QUANTITY_LEAD})?{QUANTITY}"
# "3 years, 2 months and 20 days", "1 year 1 month", "six years and six months", "5-year"
DURATION = (
    rf"{HALF_AFTER_UNIT}|{QUANTITIES}(?:-|\s+){DURATION_UNIT}(?:’|'|’s|'s)?"
    rf"(?:(?:,\s*|\s+and\s+|\s+){QUANTITY}(?:-|\s+){DURATION_UNIT}(?:’|'|’s|'s)?){{0,3}}"
)
DURATION_PART_RE = re.compile(rf"(?P<value>{QUANTITY})(?:-|\s+)(?P<unit>{DURATION_UNIT})", re.IGNORECASE)
# "72,450 tenge", "100 MCI", "110 thousand tenge", "USD 420", "$220"
MONEY = (
    rf"(?:(?P<money_value>{MONEY_NUMBER})(?:\s*(?P<money_scale>thousand|million|mln|thsd))?\s*"
    r"(?P<money_unit>tenges?|KZT|MCI|MRP|(?:monthly|minimum)\s+calculat(?:ion|ed)\s+ind(?:ices|ex|exes)|US\s+dollars|dollars|USD)"
    rf"|(?:USD|US\$|\$)\s?(?P<usd_value>{MONEY_NUMBER})"
    rf"|KZT\s?(?P<kzt_value>{MONEY_NUMBER}))"
)
MONEY_RE = re.compile(MONEY, re.IGNORECASE)
# The same without group names, for rules that hold more than one amount.
MONEY_PLAIN = re.sub(r"\(\?P<\w+>", "(?:", MONEY)
# Several amounts before one unit: "69,000 and 34,500 tenge", "from 61257 to 145850 tenge"
MONEY_LEAD = (
    NOT_AFTER_A_NUMBER_OR_CITATION
    + rf"(?:(?:from|between)\s+)?(?:(?:{MONEY_NUMBER}),\s+){{0,3}}(?:{MONEY_NUMBER})\s+(?:and|or|to)\s+"
)
MONEY_LEAD_AT_END_RE = re.compile(rf"(?:{MONEY_LEAD})$", re.IGNORECASE)
MONEY_NUMBER_RE = re.compile(MONEY_NUMBER)
AMOUNTS = rf"(?:{MONEY_LEAD})?{MONEY_PLAIN}"
# "(USD250)", "(about $380 at the current exchange rate)", "(100 monthly calculation indices)"
GLOSS_RE = re.compile(r"\s{0,20}\((?:about|almost|approximately|around|~)?\s*[^()\n]{0,60}\)")
# "until June 27", "until 27 June 2023", "until January 22, 2024"
UNTIL_RE = re.compile(
    r"\b(?:until|till|to)\s+(?:(?P<month_a>January|February|March|April|May|June|July|August|September|October|November|December)"
    r"\s+(?P<day_a>\d{1,2})|(?P<day_b>\d{1,2})\s+(?P<month_b>January|February|March|April|May|June|July|August|September|October"
    r"|November|December))(?:,?\s+(?P<year>(?:19|20)\d{2}))?"
)
# A sentence ends at ".", "!" or "?" before a capital, not after an initial ("Kulyshek N. (15 days)"), or at a footnote.
SENTENCE_END_RE = re.compile(r"(?<!\b[A-Z])(?<!\b[A-Z][a-z])[.!?](?:\[\d+\])?\s+(?=[A-Z“\"])|\[\d+\]")


def sentence_bounds(text: str) -> list[int]:
    """Offsets where the sentences of ``text`` start, closed by one past its end."""
    return [0, *(m.end() for m in SENTENCE_END_RE.finditer(text)), len(text) + 1]


def sentence_of(bounds: list[int], offset: int) -> int:
    """Index of the sentence of :func:`sentence_bounds` that holds ``offset``."""
    return min(bisect_right(bounds, offset) - 1, len(bounds) - 2)


def gives_range(text: str) -> bool:
    """Whether ``text`` gives a term or amount as a range ("7-10 days", "from 61257 to 145850 tenge"), not a list."""
    money = MONEY_RE.search(text)
    leads = (QUANTITY_LEAD_RE.search(text), money and MONEY_LEAD_AT_END_RE.search(text, 0, money.start()))
    return any(lead and RANGE_LEAD_RE.search(lead.group(0)) for lead in leads)


def last_match(matches: Iterable[re.Match[str]]) -> re.Match[str] | None:
    """The last of ``finditer``'s matches, or None."""
    last = None
    for last in matches:
        pass
    return last

# Context that makes a measure something other than a sanction imposed on someone.
NEGATIVE_CONTEXT_RE = re.compile(
    r"(?:punishable|up\s+to|faces?|facing|threat\w*|would\s+be|could\s+be|may\s+be|hunger\s+strike|served|serving|"
    r"remaining|left\s+to\s+serve|maximum|provides\s+for|ranging\s+from|in\s+prison\s+for\s+almost|"
    r"(?:has|have|had)\s+been\s+(?:under|in))\W+(?:\w+\W+){0,3}$",
    re.IGNORECASE,
)
