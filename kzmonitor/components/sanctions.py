"""kzmonitor_sanction_parser: sanctions -> ``doc.spans["kz_sanctions"]``.

Each rule is a named regex for one shape of measure ("15 days of arrest", "fined
72,450 tenge", "extended the detention until June 27"; "арестовали на 15 суток").
Rules run in priority order and a later rule never takes text an earlier one matched,
so "house arrest for 2 months" is a house arrest, not a pretrial detention.

The rules, units and context words of each language are data,
``kzmonitor/data/<language>/sanctions.json`` (with ``numerals.json``); one
:class:`SanctionGrammar` per language compiles them and the same code reads every language.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from .. import regexes as rx
from .base import SpanGroupParser, doc_text
from ..extensions import ENTRY, SANCTION, SANCTIONS_KEY
from ..languages import check_language, load_table
from ..legal_codes import mci_rate
from ..reader import grammar as reader_grammar
from ..scoring import sanction_scores

FLAGS = re.IGNORECASE
ADMINISTRATIVE_ARREST_MAX_DAYS = 45  # Code of Administrative Offences, art. 50: 30 days, 45 under a state of emergency
# The rules' names for a term, in the order that wins where one match holds two ("3 years of ... for 2 years").
DURATION_GROUPS = (
    "dur", "dur_before", "dur_inside", "dur_received", "dur_given", "dur_conditional", "dur_centre", "dur_placed", "dur_of", "dur_sentenced", "dur_day",
    "dur_bare"
)
# The context patterns every language's table defines, and the flags each is compiled with.
# CITATION_CONTEXT keeps letter case: "Code", not "code of conduct".
CONTEXTS = {
    "FINE_CONTEXT": FLAGS, "PAYMENT_CONTEXT": FLAGS, "FREEDOM_LIMITATION": FLAGS, "CITATION_CONTEXT": 0,
    "SENTENCING_CONTEXT": FLAGS, "PRETRIAL_CONTEXT": FLAGS, "REPLACED_BEFORE": FLAGS, "REPLACED_AFTER": FLAGS,
    "NEGATED": FLAGS, "NEGATIVE_CONTEXT": FLAGS, "BARE_TERM": FLAGS, "MEASURE_VERB": FLAGS, "EACH_AFTER": 0,
    "QUANTITY_LEAD": FLAGS, "RANGE_LEAD": FLAGS, "MONEY_LEAD_AT_END": FLAGS, "UNTIL_DATE": 0, "GLOSS": 0,
    "DURATION_PART": FLAGS, "MONEY": FLAGS,
}
# Context patterns a language's table may define: a term written as one word ("пятилетний",
# COMPOUND_PART, with the groups of DURATION_PART) and a unit that stands for one of it
# ("к году ограничения свободы", DURATION_ALONE, with the group ``unit``).
OPTIONAL_CONTEXTS = {
    "COMPOUND_PART": FLAGS, "DURATION_ALONE": FLAGS, "SUPERSEDED_AFTER": FLAGS, "RALLY_CONTEXT": FLAGS,
    "PRETRIAL_BEFORE": FLAGS, "TREND": FLAGS, "SERVING_BEFORE": FLAGS, "NEGATED_AFTER": FLAGS, "SAME_TERM": FLAGS,
    "SENTENCING_AFTER": FLAGS, "ADMINISTRATIVE_CONTEXT": FLAGS, "HALF_UNIT": FLAGS, "REPLACED_IN_SENTENCE": FLAGS,
    "ORIGINAL_BEFORE": FLAGS, "HYPOTHETICAL": FLAGS, "SIMILAR_MEASURE": FLAGS,
}
# SIMILAR_MEASURE: a measure told only by likeness to the one before ("received a similar sentence"; group ``same``
# where it is the same, term and all: "was given the same sentence"), see :func:`similar_measures`.
# REPLACED_IN_SENTENCE, ORIGINAL_BEFORE: a sentence that replaces the unserved part of a term ("о замене неотбытой части
# наказания на ограничение свободы для X, приговорённого ... к трём годам заключения"), where the prison term told
# after a participle of the old verdict is the one replaced: only the new measure counts (ANNOTATION.md, issue 16).
# HALF_UNIT: half a unit written as one word ("полгода", with the group ``unit``). ADMINISTRATIVE_CONTEXT: words of an administrative case, anywhere in the text, that a court's arrest without its term
# needs to be one ("суд арестовал активистку ... (часть 6 статьи 488 КоАП РК)"). SENTENCING_AFTER: the sentencing
# verb right after a term that needs one, where the term comes first ("К 7 годам приговорен бывший аким").
# HYPOTHETICAL: a clause earlier in the measure's sentence that says what could follow ("The penalty could involve a
# fine, ... or a year in prison"): the measures it lists, however far, are none until its sentence turns ("but").
# NEGATED_AFTER: the words right after a measure that deny it ("запрета ... в приговоре нет"); SAME_TERM: a term told
# as the one before it ("запретил ей в течение такого же срока"), which takes the quantity of the measure before it.
# Also optional: a measure the words after it say is replaced ("her prison term will be replaced by ...",
# SUPERSEDED_AFTER), and the words of a sentence about a rally, where a jail term without a length is an
# administrative arrest ("sentenced an activist to jail for taking part in an unsanctioned rally", RALLY_CONTEXT),
# the word right before a prison term that makes it custody pending trial ("ordered his pretrial imprisonment for
# two months", PRETRIAL_BEFORE), and the words right after a measure that make it a trend over a period, not a
# measure on someone ("handing down freedom limitation sentences to activists during the past few weeks", TREND).


class SanctionGrammar:
    """One language's sanction rules, units and context words, compiled from its tables.

    Attributes:
        rules: (type, pattern, context it needs) in priority order; the context is None, "sentencing" (sentencing
            words before the match, or a sentencing verb right after it) or "administrative" (words of an
            administrative case anywhere in the text: ADMINISTRATIVE_CONTEXT).
        gates: Per type, a word every match of that type's rules contains; a type whose word
            is absent from a text is skipped (speed only: tests/test_sanction_gates.py).
        stems: Per rule, parallel to ``rules``, the stems one of which its every match holds, read off
            the rule itself (:func:`kzmonitor.regexes.template_stems`), or None; a rule none of whose
            stems a text holds is skipped (speed only, like the gates, and tested alike). ``bare_term_stems``:
            the same for the ``BARE_TERM`` context of :func:`continued_sanctions`.
        contexts: The compiled context patterns of :data:`CONTEXTS`, by name.
    """

    def __init__(self, language: str):
        table = load_table(check_language(language), "sanctions")
        found = rx.fragments(language)
        self.language = language
        self.numerals = rx.numerals(language)
        # Each rule led by a lookahead for the characters its matches start with (speed only: tests/test_regexes.py)
        self.rules: tuple[tuple[str, re.Pattern[str], str | None], ...] = tuple(
            (rule["kind"], re.compile(rx.first_character_lookahead(rx.expand(rule, found), rx.template_first_characters(rule, language)),
                                      FLAGS), rule.get("needs"))
            for rule in table["rules"]
        )
        self.gates: dict[str, re.Pattern[str]] = {kind: re.compile(words, FLAGS) for kind, words in table["gates"].items()}
        self.stems: tuple[frozenset[str] | None, ...] = tuple(rx.template_stems(rule, language) for rule in table["rules"])
        self.contexts = {name: re.compile(found[name], flags) for name, flags in CONTEXTS.items()}
        self.contexts.update({name: re.compile(found[name], flags) for name, flags in OPTIONAL_CONTEXTS.items() if name in found})
        self.bare_term_stems = rx.template_stems("{BARE_TERM}", language)
        self.quantity_re = self.numerals.quantity_re
        self.half_after_unit_re = re.compile(found["HALF_AFTER_UNIT_GROUPS"], FLAGS) if "HALF_AFTER_UNIT_GROUPS" in found else None
        self.duration_units = [(unit, re.compile(words, FLAGS)) for unit, words in table["duration_units"].items()]
        self.currencies = [(currency, re.compile(words, FLAGS)) for currency, words in table["currencies"].items()]
        self.default_currency: str = table["default_currency"]
        self.money_scales: dict[str, int] = table["money_scales"]
        self.month_number = reader_grammar(language).month_number
        # the unit of a term written without one ("по 4 ограничения свободы", "7 — для её матери"), or None
        self.elided_unit: str | None = table.get("elided_unit")
        # quotation marks the rules read as spaces, one for one so offsets hold: a translated report quotes the
        # measure's name ("к пяти годам «ограничения свободы»"), and the rules read it as if unquoted
        self.unquote: dict[int, str] | None = str.maketrans(dict.fromkeys(table["quotes_read_as_spaces"], " ")) if table.get(
            "quotes_read_as_spaces") else None

    def unit(self, written: str) -> str:
        """"days" -> "days", "суток" -> "days": the duration key of a unit as written."""
        return next(unit for unit, pattern in self.duration_units if pattern.fullmatch(written))

    def currency(self, written: str) -> str:
        """"tenge" -> "KZT", "МРП" -> "MCI"."""
        return next((currency for currency, pattern in self.currencies if pattern.fullmatch(written)), self.default_currency)


@lru_cache(maxsize=None)
def grammar(language: str = "en") -> SanctionGrammar:
    """The sanction rules of ``language``, built once per process."""
    return SanctionGrammar(language)


_ENGLISH = grammar("en")
# The English rules under their long-standing names.
RULES: tuple[tuple[str, re.Pattern[str]], ...] = tuple((kind, pattern) for kind, pattern, _ in _ENGLISH.rules)
RULE_GATES = _ENGLISH.gates


def not_imposed(text: str, start: int, language: str = "en") -> bool:
    """Whether the words before a measure at ``start`` make it no measure: a law's maximum
    ("punishable by", "carries a maximum sentence of"), a term served, a refusal, a statistic."""
    contexts = grammar(language).contexts
    before = text[max(0, start - 60) : start]
    return bool(contexts["NEGATIVE_CONTEXT"].search(before) or contexts["NEGATED"].search(before))


@dataclass(frozen=True)
class SanctionMatch:
    """A sanction found in text: raw groups apart from normalised values."""

    start: int
    end: int
    rule: str
    raw: dict[str, str]
    values: tuple[dict[str, Any], ...]

    @property
    def value(self) -> dict[str, Any]:
        """The first value; the only one unless the text gives several terms ("15 and 10 days")."""
        return self.values[0]


def parse_duration(raw: str | None, language: str = "en") -> dict[str, float] | None:
    """"3 years, 2 months and 20 days" -> {"years": 3, "months": 2, "days": 20, "hours": 0}."""
    if not raw:
        return None
    g = grammar(language)
    duration = {"years": 0.0, "months": 0.0, "days": 0.0, "hours": 0.0}
    parts = [*g.contexts["DURATION_PART"].finditer(raw)]
    if g.half_after_unit_re is not None and (half := g.half_after_unit_re.search(raw)):
        # "a year and a half" is 1.5; in "four years and a half" the four is a part already, the half adds 0.5
        counted = any(half.start() <= part.start() < half.end() for part in parts)
        duration[g.unit(half["unit"])] += 0.5 if counted else 1.5
    if "COMPOUND_PART" in g.contexts:
        parts.extend(g.contexts["COMPOUND_PART"].finditer(raw))  # "пятилетний запрет": five years
    for part in parts:
        duration[g.unit(part["unit"])] += g.numerals.parse_quantity(part["value"])
    if "HALF_UNIT" in g.contexts and (halves := [*g.contexts["HALF_UNIT"].finditer(raw)]):
        parts.extend(halves)
        for half in halves:
            duration[g.unit(half["unit"])] += 0.5  # "полгода": half a year
    if not parts and g.elided_unit and g.quantity_re.fullmatch(raw.strip()):
        duration[g.elided_unit] += g.numerals.parse_quantity(raw.strip())  # "по 4 ограничения свободы": four years
    elif not parts and "DURATION_ALONE" in g.contexts and (alone := g.contexts["DURATION_ALONE"].fullmatch(raw.strip())):
        duration[g.unit(alone["unit"])] += 1  # "к году ограничения свободы": one year
    return {k: (int(v) if float(v).is_integer() else v) for k, v in duration.items()}


def parse_durations(raw: str | None, language: str = "en") -> list[dict[str, float] | None]:
    """One term per quantity where several share a unit: "15 and 10 days", the two ends of "7-10 days"."""
    g = grammar(language)
    lead = g.contexts["QUANTITY_LEAD"].match(raw) if raw else None
    if lead is None:
        return _listed_terms(raw, g) or [parse_duration(raw, language)]
    last = parse_duration(raw[lead.end() :], language)
    units = [unit for unit, amount in (last or {}).items() if amount]
    if len(units) != 1:  # "one and a half years" is one term
        return [parse_duration(raw, language)]
    firsts = [{**last, units[0]: _clean_number(g.numerals.parse_quantity(q))} for q in g.quantity_re.findall(lead.group(0))]
    return [*firsts, last]


def _listed_terms(raw: str | None, g: SanctionGrammar) -> list[dict[str, float] | None]:
    """One term per quantity where each has its own unit and the units are the same: "к трем годам и двум
    годам тюрьмы (соответственно)" is two terms, not five years ("3 years, 2 months" still adds up)."""
    parts = [*g.contexts["DURATION_PART"].finditer(raw)] if raw else []
    if len(parts) < 2 or len({g.unit(part["unit"]) for part in parts}) != 1:
        return []
    zero = {"years": 0, "months": 0, "days": 0, "hours": 0}
    return [{**zero, g.unit(part["unit"]): _clean_number(g.numerals.parse_quantity(part["value"]))} for part in parts]


def parse_amounts(match: re.Match[str], language: str = "en") -> list[dict[str, Any] | None]:
    """One amount per figure where several share a unit: "69,000 and 34,500 tenge", the ends of "from 61257 to 145850 tenge"."""
    g = grammar(language)
    found = g.contexts["MONEY"].search(match.group(0))
    if found is None:
        return [None]
    last = _amount(g, found)
    lead = g.contexts["MONEY_LEAD_AT_END"].search(match.group(0), 0, found.start()) if found["money_value"] else None
    if lead is None:
        return [last]
    scale = _money_scale(g, found)
    firsts = [
        {**last, "value": _clean_number(rx.parse_money(n) * scale)} for n in g.numerals.money_number_re.findall(lead.group(0))
    ]
    return [*firsts, last]


def parse_amount(match: re.Match[str], language: str = "en") -> dict[str, Any] | None:
    """Money groups of the ``MONEY`` pattern -> {"value", "currency"}."""
    g = grammar(language)
    found = g.contexts["MONEY"].search(match.group(0))
    return _amount(g, found) if found is not None else None


def _amount(g: SanctionGrammar, found: re.Match[str]) -> dict[str, Any]:
    if found["usd_value"]:
        return {"value": _clean_number(rx.parse_money(found["usd_value"]) * _money_scale(g, found)), "currency": "USD"}
    if found["kzt_value"]:
        return {"value": _clean_number(rx.parse_money(found["kzt_value"]) * _money_scale(g, found)), "currency": "KZT"}
    value = _money_value(g, found["money_value"]) * _money_scale(g, found)
    if rest := found.groupdict().get("money_rest"):
        value += rx.parse_money(rest) * 1000  # "1 млн 380 тыс. тенге"
    return {"value": _clean_number(value), "currency": g.currency(found["money_unit"].lower())}


def _money_value(g: SanctionGrammar, raw: str) -> float:
    """"72,450" -> 72450; a number in words as the language's numerals read it ("пятидесяти" -> 50)."""
    if any(ch.isalpha() for ch in raw):
        return g.numerals.parse_quantity(raw)
    return rx.parse_money(raw)


def _money_scale(g: SanctionGrammar, found: re.Match[str]) -> int:
    """1000 for "110 thousand tenge", a million for "1 million tenge", else 1."""
    written = found["money_scale"] or found.groupdict().get("usd_scale") or found.groupdict().get("kzt_scale") or ""  # "$5.8 million", "KZT 1.2 million"
    return g.money_scales.get(written.lower(), 1)


def _clean_number(value: float) -> float | int:
    return int(value) if float(value).is_integer() else value


def parse_until(text: str, year: int | None, after_month: int | None = None, language: str = "en") -> str | None:
    """ISO end date of "until June 27" in ``text``; the year from the text or the entry."""
    g = grammar(language)
    match = g.contexts["UNTIL_DATE"].search(text)
    if match is None:
        return None
    groups = match.groupdict()
    month = g.month_number(groups.get("month_a") or groups["month_b"])
    day = int(groups.get("day_a") or groups["day_b"])
    if match["year"]:
        year = int(match["year"])
    elif year is not None and after_month is not None and month < after_month:
        year += 1  # "until January 22" written in December
    if year is None:
        return None
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def find_sanctions(text: str, *, entry_date: str | None = None, language: str = "en") -> list[SanctionMatch]:
    """Every sanction in ``text``, in order of position.

    Args:
        text: An entry's text.
        entry_date: The entry's ISO date: the year for "until June 27" and the MCI rate.
        language: Whose sanction words to read ("en", "ru").

    >>> [m.value["duration"]["days"] for m in find_sanctions("арестовали на 15 суток", language="ru")]
    [15]
    """
    g = grammar(language)
    contexts = g.contexts
    if g.unquote is not None:
        text = text.translate(g.unquote)
    year = int(entry_date[:4]) if entry_date else None
    month = int(entry_date[5:7]) if entry_date else None
    taken: list[tuple[int, int]] = []
    found: list[SanctionMatch] = []
    gate_open: dict[str, bool] = {}  # a type's gate is read once per text, not once per rule of that type
    lowered = rx.plain_lower(text)  # None: a character IGNORECASE reads otherwise, so every rule runs
    # The rules' stems that the text holds, each looked for once however many rules share it ("лет", "год")
    present = None if lowered is None else _stems_in(lowered, g.stems)
    bounds: list[int] | None = None

    def sentence_around(position: int) -> tuple[int, int]:
        """Start and end of the sentence ``position`` is in; the text is split once, when a rule first asks."""
        nonlocal bounds
        if bounds is None:
            bounds = rx.sentence_bounds(text, language)
        sentence = rx.sentence_of(bounds, position)
        return bounds[sentence], bounds[sentence + 1]

    for rule_index, (kind, pattern, needs) in enumerate(g.rules):
        if present is not None and (stems := g.stems[rule_index]) is not None and stems.isdisjoint(present):
            continue
        if (gate := g.gates.get(kind)) is not None:
            if kind not in gate_open:
                # a text without the gate's stems is decided without scanning it for the gate's words
                gate_open[kind] = not holds_no_stem(lowered, _gate_stems(gate)) and gate.search(text) is not None
            if not gate_open[kind]:
                continue
        for match in pattern.finditer(text):
            start, end = match.span()
            if any(start < t_end and t_start < end for t_start, t_end in taken):
                continue
            if not_imposed(text, start, language):
                continue
            if "TREND" in contexts and contexts["TREND"].match(text, end):
                continue
            if "HYPOTHETICAL" in contexts and contexts["HYPOTHETICAL"].search(text, sentence_around(start)[0], start):
                continue
            if "NEGATED_AFTER" in contexts and contexts["NEGATED_AFTER"].match(text, end):
                continue
            before = text[max(0, start - 60) : start]
            if contexts["REPLACED_BEFORE"].search(before) and contexts["REPLACED_AFTER"].match(text, end):
                continue
            if "SUPERSEDED_AFTER" in contexts and contexts["SUPERSEDED_AFTER"].match(text, end):
                continue
            groups = {k: v for k, v in match.groupdict().items() if v}
            verb_after = contexts["SENTENCING_AFTER"].match(text, end) if needs == "sentencing" and "SENTENCING_AFTER" in contexts else None
            if needs == "sentencing" and not (contexts["SENTENCING_CONTEXT"].search(text[max(0, start - 160) : start]) or verb_after):
                continue
            if verb_after is not None:
                end = verb_after.end()  # "К 7 годам приговорен": the verb joins the span, and the person after it its subject
            if needs == "administrative" and not contexts["ADMINISTRATIVE_CONTEXT"].search(text):
                continue
            if (groups.get("money_b") and kind == "fine" or groups.get("dur_bare")) and not contexts["CITATION_CONTEXT"].search(
                text[max(0, start - 200) : start]
            ):
                continue
            if (
                kind == "fine"
                and contexts["EACH_AFTER"].match(text, end)
                and not contexts["FINE_CONTEXT"].search(text[max(0, start - 120) : end])  # "fined 50 MCI each" names it
            ):
                continue
            if groups.get("parole_like") and contexts["FREEDOM_LIMITATION"].search(text[max(0, start - 80) : start]):
                continue  # "two years of “freedom limitation,” a parole-like sentence": the same measure, explained
            durations = parse_durations(next((groups[name] for name in DURATION_GROUPS if name in groups), None), language)
            duration = durations[-1]
            if duration is None and "SERVING_BEFORE" in contexts and contexts["SERVING_BEFORE"].search(before):
                continue  # "отбывающего длительный тюремный срок": a sentence being served names no measure without its term
            value_kind = kind
            if kind == "imprisonment" and duration and not duration["years"] and not duration["months"]:
                value_kind = "administrative_arrest"  # "15 days’ imprisonment" under the administrative code
            if kind == "imprisonment" and duration is None and "RALLY_CONTEXT" in contexts and "jail" in match.group(0).lower():
                if contexts["RALLY_CONTEXT"].search(text, *sentence_around(start)):
                    value_kind = "administrative_arrest"
            if value_kind == "administrative_arrest" and (
                contexts["PRETRIAL_CONTEXT"].search(text[max(0, start - 120) : start])
                or (duration and (duration["months"] or duration["years"] or duration["days"] > ADMINISTRATIVE_ARREST_MAX_DAYS))
            ):
                value_kind = "pretrial_detention"
            if (
                value_kind == "imprisonment" and "REPLACED_IN_SENTENCE" in contexts
                and contexts["ORIGINAL_BEFORE"].search(text[max(0, start - 80) : start])
                and contexts["REPLACED_IN_SENTENCE"].search(text)
                and contexts["REPLACED_IN_SENTENCE"].search(text, *sentence_around(start))
            ):
                continue
            if value_kind == "imprisonment" and "PRETRIAL_BEFORE" in contexts and contexts["PRETRIAL_BEFORE"].search(before):
                value_kind = "pretrial_detention"
            if kind == "payment" and not contexts["PAYMENT_CONTEXT"].search(text[max(0, start - 60) : end + 80]):
                value_kind = "fine"  # "ordered to pay 73,840 tenges for distributing false information", "to pay a 41,000 tenge fine"
            amounts = parse_amounts(match, language) if kind in ("fine", "payment") else [None]
            amount = amounts[-1]
            until = parse_until(match.group(0), year, month, language)
            values = tuple(
                sanction_value(value_kind, term, money, until, entry_date) for term in durations for money in amounts
            )
            if amount is not None:
                end = _end_with_gloss(contexts, text, end)
            taken.append((start, end))
            found.append(SanctionMatch(start, end, f"{kind}#{rule_index}", groups, values))
    found.extend(continued_sanctions(text, found, taken, entry_date, language, lowered))
    if "SIMILAR_MEASURE" in contexts:
        found.extend(similar_measures(text, found, taken, entry_date, language))
    found.sort(key=lambda m: m.start)
    return same_terms(text, found, entry_date, language) if "SAME_TERM" in contexts else found


def similar_measures(text: str, found: list[SanctionMatch], taken: list[tuple[int, int]], entry_date: str | None,
                     language: str) -> list[SanctionMatch]:
    """A measure told by likeness to the last one before it: "X was sentenced to three years on probation. Y received
    a similar sentence" -> a suspended sentence for Y, without a term (only "the same sentence" says the term is too)."""
    out: list[SanctionMatch] = []
    for match in grammar(language).contexts["SIMILAR_MEASURE"].finditer(text):
        before = [f for f in found if f.end <= match.start()]
        if not before or any(match.start() < end and start < match.end() for start, end in taken) or not_imposed(text, match.start(), language):
            continue
        model = max(before, key=lambda f: f.end).value
        if match.group("same"):
            values = (sanction_value(model["type"], model["duration"], model["amount"], model["until"], entry_date),)
        else:
            values = (sanction_value(model["type"], None, None, None, entry_date),)
        out.append(SanctionMatch(match.start(), match.end(), "similar", {}, values))
    return out


def same_terms(text: str, found: list[SanctionMatch], entry_date: str | None, language: str) -> list[SanctionMatch]:
    """A measure without a quantity told as "the same term" takes the quantity of the measure before it in its
    sentence, else in the sentence before: "к двум годам ограничения свободы и запретил ей в течение такого же срока ..." -> a two-year ban."""
    same = grammar(language).contexts["SAME_TERM"]
    out: list[SanctionMatch] = []
    for match in found:
        if not any(v["duration"] or v["amount"] for v in match.values) and same.search(text, max(0, match.start - 40), match.end):
            quantified = [p for p in out if p.end <= match.start and (p.value["duration"] or p.value["amount"])]
            before = [p for p in quantified if "." not in text[p.end : match.start]]
            if not before:  # "Срок 5 лет ... заменен на условный. Трое, осужденных к такому же сроку ...": the sentence before
                before = [p for p in quantified if text.count(".", p.end, match.start) == 1]
            if before:
                quantity = before[-1].value
                values = tuple(sanction_value(v["type"], quantity["duration"], quantity["amount"], v["until"], entry_date) for v in match.values)
                match = SanctionMatch(match.start, match.end, match.rule, match.raw, values)
        out.append(match)
    return out


def sanction_value(
    kind: str, duration: dict[str, float] | None, amount: dict[str, Any] | None, until: str | None, entry_date: str | None
) -> dict[str, Any]:
    """The value a sanction span carries; money also in tenge at the entry date's MCI rate."""
    value: dict[str, Any] = {"type": kind, "duration": duration, "amount": amount, "until": until}
    if amount is not None:
        value["kzt"] = _in_tenge(amount, entry_date)
    return value


def _unit_family(duration: dict[str, float] | None) -> str | None:
    if not duration:
        return None
    if not (duration["years"] or duration["months"] or duration["days"]):
        return "hours"  # "к обязательным работам на 200 часов": hours of work, never an arrest's days
    return "days" if not (duration["years"] or duration["months"]) else "years"


@lru_cache(maxsize=None)
def _every_stem(stems: tuple[frozenset[str] | None, ...]) -> tuple[str, ...]:
    return tuple(sorted(set().union(*(rule_stems for rule_stems in stems if rule_stems is not None))))


def _stems_in(lowered: str, stems: tuple[frozenset[str] | None, ...]) -> frozenset[str]:
    """Which of the rules' ``stems`` the ``lowered`` text holds."""
    return frozenset(stem for stem in _every_stem(stems) if stem in lowered)


@lru_cache(maxsize=None)
def _gate_stems(gate: re.Pattern[str]) -> frozenset[str] | None:
    return rx.required_stems(gate)


def _end_with_gloss(contexts: dict[str, re.Pattern[str]], text: str, end: int) -> int:
    """The end of an amount ending at ``end``, with the dollar or MCI gloss in brackets after it that belongs to it."""
    gloss = contexts["GLOSS"].match(text, end)
    return gloss.end() if gloss is not None and contexts["MONEY"].search(gloss.group(0)) else end


def holds_no_stem(lowered: str | None, stems: frozenset[str] | None) -> bool:
    """Whether a rule with trigger ``stems`` can be skipped on a text, ``lowered`` as :func:`kzmonitor.regexes.plain_lower`
    gives it (None: a text every rule reads; ``stems`` None: a rule that runs on every text)."""
    return lowered is not None and stems is not None and not any(stem in lowered for stem in stems)


def continued_sanctions(
    text: str, found: list[SanctionMatch], taken: list[tuple[int, int]], entry_date: str | None, language: str = "en",
    lowered: str | None = None,
) -> list[SanctionMatch]:
    """Bare terms and amounts that continue a measure named earlier in their sentence (``lowered``: the text as
    :func:`kzmonitor.regexes.plain_lower` gives it, when the caller has it already)."""
    g = grammar(language)
    contexts = g.contexts
    if holds_no_stem(lowered if lowered is not None else rx.plain_lower(text), g.bare_term_stems):
        return []
    bounds: list[int] | None = None  # the sentences, found when a bare term first needs them
    continued: list[SanctionMatch] = []
    for match in contexts["BARE_TERM"].finditer(text):
        # the term alone, not the name a gapped list puts before it ("A got 7 years, B 5 years")
        elided = match.groupdict().get("elided")  # "A received seven years, B five": a number whose unit is left out
        start, end = match.start("dur" if match["dur"] else "elided" if elided else "money"), match.end()
        if any(start < t_end and t_start < end for t_start, t_end in taken):
            continue
        if contexts["NEGATIVE_CONTEXT"].search(text[max(0, start - 60) : start]):
            continue
        if bounds is None:
            bounds = rx.sentence_bounds(text, language)
        sentence_start = bounds[rx.sentence_of(bounds, start)]
        durations = parse_durations(match["dur"], language)
        earlier = [m for m in found if sentence_start <= m.start < start]
        if elided:
            # the unit of the last term before it in its sentence; none there, no term
            term = next((m.value["duration"] for m in reversed(earlier) if m.value["duration"]), None)
            if term is None:
                continue
            value = g.numerals.parse_quantity(elided)
            durations = [{**dict.fromkeys(term, 0), next(u for u, v in term.items() if v): _clean_number(value)}]
        duration = durations[-1]
        amount = parse_amount(match, language) if match["money"] else None
        family = _unit_family(duration)
        kind = None
        for previous in reversed(earlier):
            if amount is not None and previous.value["type"] in ("fine", "payment") and previous.value["amount"]:
                kind = previous.value["type"]
            elif family is not None and _unit_family(previous.value["duration"]) == family:
                kind = previous.value["type"]
            if kind:
                break
        if kind is None and not earlier and (verb := rx.last_match(contexts["MEASURE_VERB"].finditer(text, sentence_start, start))):
            if amount is not None and verb["fine"]:
                kind = "fine"
            elif family == "days" and (verb["arrest"] or verb["sentenced"]):
                kind = "administrative_arrest"
            elif family == "years" and verb["sentenced"]:
                kind = "imprisonment"
        if kind is None:
            continue
        if amount is not None:  # "other members 113,450 tenge (US$342)"
            end = _end_with_gloss(contexts, text, end)
        taken.append((start, end))
        groups = {k: v for k, v in match.groupdict().items() if v}
        values = tuple(sanction_value(kind, term, amount, None, entry_date) for term in durations)
        continued.append(SanctionMatch(start, end, "continued", groups, values))
    return continued


def _in_tenge(amount: dict[str, Any], on: str | None) -> float | int | None:
    if amount["currency"] == "KZT":
        return amount["value"]
    if amount["currency"] == "MCI":
        rate = mci_rate(on)
        return _clean_number(round(amount["value"] * rate, 2)) if rate else None
    return None


@Language.factory(
    "kzmonitor_sanction_parser",
    assigns=["doc.spans", f"span._.{SANCTION}"],
    default_config={"spans_key": SANCTIONS_KEY, "language": None},
    default_score_weights={"sanction_f": 1.0, "sanction_p": 0.0, "sanction_r": 0.0},
)
def make_sanction_parser(nlp: Language, name: str, spans_key: str, language: str | None) -> SanctionParser:
    """Create the sanction parser.

    Args:
        spans_key: ``doc.spans`` key for the sanction spans.
        language: Whose sanction words to read ("en", "ru"); None reads ``nlp.lang``'s.
    """
    return SanctionParser(nlp, name, spans_key=spans_key, language=language)


class SanctionParser(SpanGroupParser):
    """Finds sanctions on character offsets; the entry date comes from ``Doc._.kz_entry``."""

    label = "SANCTION"
    attribute = SANCTION
    scorer = staticmethod(sanction_scores)

    tables = staticmethod(grammar)

    def find(self, doc: Doc) -> list[SanctionMatch]:
        entry = doc._.get(ENTRY) or {}
        return find_sanctions(doc_text(doc), entry_date=entry.get("date"), language=self.language)
