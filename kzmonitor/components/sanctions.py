"""kzmonitor_sanction_parser: sanctions -> ``doc.spans["kz_sanctions"]``.

Each rule is a named regex for one shape of measure ("15 days of arrest", "fined
72,450 tenge", "extended the detention until June 27"). Rules run in priority
order and a later rule never takes text an earlier one matched, so "house arrest
for 2 months" is a house arrest, not a pretrial detention.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from .. import regexes as rx
from .base import SpanGroupParser
from ..extensions import ENTRY, SANCTION, SANCTIONS_KEY
from ..legal_codes import mci_rate
from ..reader import MONTH_NUMBER
from ..scoring import sanction_scores

D = rx.DURATION
M = rx.MONEY_PLAIN
AMOUNTS = rx.AMOUNTS
FLAGS = re.IGNORECASE


def _rule(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, FLAGS)


# Objects that may stand between a verb and its term: "arrest the activist for 20 days".
OBJECT = r"(?:\s+(?:him|her|them|the\s+\w+|[A-Z][\w-]+\s+[A-Z][\w.]{0,4}|again|another|additionally|also))?"
END_DATE = r",?\s+(?:until|till)\s+(?:\w+\s+\d{1,2}|\d{1,2}\s+\w+)(?:,?\s+\d{4})?"
UNTIL = rf"(?:{END_DATE})?"
# Whose measure: "his arrest", "the activist’s detention", "Ivanov A.'s extradition"
POSSESSIVE = r"(?:his|her|their|the\s+\w+(?:’s|'s)|(?-i:[A-Z][\w-]+(?:\s+[A-Z][a-z]{0,2}\.){0,2})(?:’s|'s))\s+"
# Whose measure, after it: "the detention of Ivanov A."
OF_WHOM = r"(?:\s+of(?:\s+[\w’'-]+\.?){1,4}?)?"
# "was given", "were given": not "given the circumstances"
PASSIVE_GIVEN = r"(?:(?<=was\s)|(?<=were\s))given"

# A bare term of years is a prison sentence only where the text around it is about sentencing.
YEARS = rf"{rx.QUANTITIES}(?:-|\s+)years?(?:(?:,\s*|\s+and\s+|\s+){rx.QUANTITIES}\s+months?)?"
NOT_A_TERM = r"(?!\s*(?:of|old|ago|in|’|'))"
SENTENCE_OF_YEARS_RE = _rule(rf"\b(?:a\s+)?(?:sentence|term)\s+of\s+(?P<dur>{YEARS}){NOT_A_TERM}")
TO_YEARS_RE = _rule(rf"\bto\s+(?P<dur>{YEARS}){NOT_A_TERM}")
NEEDS_SENTENCING_CONTEXT = (SENTENCE_OF_YEARS_RE, TO_YEARS_RE)

# (type, pattern) in priority order. Each pattern has a group "dur" and/or "money" where it has a quantity.
RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    # "house arrest", "house arrest for 2 months"
    ("house_arrest", _rule(rf"(?:house|home)\s+arrest(?:\s+for\s+(?:a\s+period\s+of\s+)?(?P<dur>{D}))?{UNTIL}")),
    # "100 hours of forced labor per year"
    ("forced_labor", _rule(
        rf"(?P<dur_before>{D})\s+(?:of\s+)?(?:forced|community|public|compulsory|correctional)\s+(?:labou?r|work|service)(?:\s+per\s+year)?"
        rf"|(?:forced|community|public|compulsory|correctional)\s+(?:labou?r|work|service)\s+(?:of|for)\s+(?P<dur>{D})"
    )),
    # "ban on social and political activities for 3 years", "prohibited from public activity for 3 years",
    # "a 5-year ban on social and political activities", "deprivation of the right to engage in ... for 3 years"
    ("activity_ban", _rule(
        rf"(?:(?:a\s+)?(?P<dur_before>{D})\s+)?(?:ban(?:ned|s)?|barred|prohibit(?:ion|ed|s)?|restriction(?!\s+(?:of|on)\s+(?:liberty|freedom))|depriv(?:ation|ed)\s+of\s+the\s+right)"
        # "barred Ulasbek Akhmetov from taking part in public and political activities for five years"
        rf"(?:\s+(?:him|her|them|each|both|all|(?-i:[A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+){{0,2}})))?\s+(?:on|from|of|to)\s+(?:[\w“”\"-]+,?\s+){{0,7}}?"
        rf"(?:activit(?:y|ies)|activism|journalism|public\s+events|(?:drive|driving)\s+a\s+vehicle|media|(?:public\s+)?office|positions?\s+in\s+(?:the\s+)?(?:civil|public|state)\s+service)"
        # the term may close a longer object: "... and the use of social networks including the media for a period of 3 years"
        # "banned him from engaging in civic activities, such as trade union activism, for seven years"
        rf"(?:,?\s+(?:[\w“”\"’-]+,?\s+|[–—-]\s+){{0,12}}?for\s+(?:a\s+(?:period|term)\s+of\s+)?(?P<dur>{D}))?"
    )),
    # "1 year of restriction of liberty", "restriction of freedom for 2 years"
    ("restriction_of_liberty", _rule(
        # news English: "two years of “freedom limitation”", "three years of restricted freedom", "a parole-like sentence"
        rf"(?:(?P<dur_before>{D})\s+(?:of\s+)?[\"“]?)?(?:restrict(?:ion\s+of|ed|s)?\s+(?:(?:the\s+)?\w+(?:’s|'s)\s+|(?:his|her|their)\s+)?(?:liberty|freedom)"
        rf"|(?:liberty|freedom)\s+(?:restriction|limitation)|limit(?:ed|ation\s+of)\s+(?:liberty|freedom)"
        rf"|restrictions?\s+on\s+(?:his\s+|her\s+|their\s+)?(?:liberty|freedom)(?!\s+of\s+(?:speech|expression|assembly|association|movement))"
        rf"|(?P<parole_like>parole-?like\s+(?:sentence|penalty|restriction|limitation|term)s?))[\"”]?"
        rf"(?:\s+for\s+(?:a\s+(?:period|term)\s+of\s+)?(?P<dur>{D}))?"
    )),
    # "6 years of a suspended sentence", "six years and six months’ probation", "conditional sentence"
    ("suspended_sentence", _rule(
        rf"(?:(?P<dur_before>{D})\s+(?:of\s+)?(?:a\s+)?)?(?:(?:suspended|conditional)\s+(?:(?P<dur_inside>{D})\s+)?(?:sentence|term|(?:prison|jail)\s+(?:sentence|term)|imprisonment)|probation(?:ary\s+(?:period|term))?(?!\s+(?:service|officer|inspection|department|authorit|supervision)))"
        rf"(?:\s+(?:of|for)\s+(?P<dur>{D}))?"
        rf"|(?P<dur_conditional>{D})\s+(?:conditionally|(?:of\s+)?(?:imprisonment|prison|deprivation\s+of\s+liberty),?\s+suspended"
        # "a six year prison term, which was suspended"
        rf"|(?:(?:prison|jail)\s+)?(?:term|sentence),?\s+which\s+(?:was|is)\s+suspended)"
    )),
    # "to pay 20 MCI to the Victims' Compensation Fund", "100 000 tenge for moral damage",
    # "to recover 27,780 tenge (10 MCI) from each of them"
    ("payment", _rule(
        # "ordered to pay compensation for moral damage in the amount of 1 million tenge"; "to pay a fine of" is a fine
        rf"(?:(?:pay|recover|collect|exact)\s+(?:(?!fine)[\w-]+\s+){{0,8}}?(?P<money>{M})|(?P<money_b>{M})\s+(?:for|as|in)\s+(?:moral|material|compensation|damages|the\s+damage))"
    )),
    # "a fine of 72,450 tenge", "fined 103500 tenge", "fined him 120,750 tenge", "in the amount of 172500 tenge"
    ("fine", _rule(
        rf"(?:fine[ds]?|penalty|in\s+the\s+amount)(?:\s+(?:of|him|her|them|in|to|totaling|amounting\s+to|equal\s+to|equivalent\s+to|the\s+\w+|a\s+total\s+of"
        # "the court fined Zhamaliev Zh. 69,000 tenge", "fined journalist Aizhan KALIYEVA 150,000 tenge"
        rf"|journalist|activist|blogger|lawyer|pensioner|resident|approximately|about|almost|nearly|around|some|over|more\s+than"
        rf"|(?-i:[A-Z][a-z-]+(?:\s[A-Z][a-z]{{0,2}}\.){{0,2}})|(?-i:[A-Z]{{2,20}}(?:-[A-Z]{{2,20}})?))){{0,4}}\s+(?P<money>{AMOUNTS})"
    )),
    # "the Board of Appeals extended the term of detention from 1.5 years to 2.2 years": the new prison term
    ("imprisonment", _rule(
        rf"(?:term|sentence|detention|imprisonment|punishment)\s+(?:of\s+\w+\s+)?from\s+{YEARS}\s+to\s+(?P<dur>{YEARS})(?:\s+(?:of\s+)?(?:imprisonment|in\s+prison))?"
    )),
    # "extended the period of his detention until November 12", "extended the detention for 1 month"
    ("pretrial_detention", _rule(
        rf"extend(?:ed|s)?\s+(?:the\s+)?(?:(?:term|period)\s+of\s+)?(?:{POSSESSIVE})?(?:pre-?trial\s+)?"
        rf"(?:detention|arrest|custody|the\s+measure\s+of\s+restraint)(?:\s+(?:[\w’'-]+\.?\s+){{0,3}}?(?:for|by)\s+(?:another\s+)?(?P<dur>{D}))?{UNTIL}"
    )),
    # "the court chose a measure of restraint in the form of detention (for 2 months)"
    ("pretrial_detention", _rule(
        # "chose a preventive measure for Ivanov A. in the form of detention"
        rf"(?:measure\s+of\s+restraint|preventive\s+measure|measure\s+of\s+prevention)(?:\s+(?:for|against|on)(?:\s+[\w’'-]+\.?){{1,5}}?)?"
        rf"\s+in\s+the\s+form\s+of\s+(?:detention|arrest|custody|remand)"
        rf"(?:\s+for\s+(?:a\s+(?:period|term)\s+of\s+)?(?P<dur>{D}))?{UNTIL}"
    )),
    # "changed the measure of restraint from house arrest to detention"
    ("pretrial_detention", _rule(
        r"(?:chang|replac)\w*\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:measure\s+of\s+restraint|preventive\s+measure|measure\s+of\s+prevention)"
        r"(?:\s+from(?:\s+[\w-]+){1,3}?)?\s+(?:to|with)\s+(?:detention|custody|arrest|remand)(?:\s+in\s+custody)?"
    )),
    # "the court sanctioned his arrest", "authorised her detention for 2 months", "sanctioned his detention until March 5"
    ("pretrial_detention", _rule(
        rf"(?:sanction(?:ed|s)?|authori[sz](?:ed|es)?|approv(?:ed|es))\s+(?:his|her|their|the)\s+(?:pre-?trial\s+)?(?:arrest|detention|custody)"
        rf"(?:{OF_WHOM}\s+for\s+(?:a\s+(?:period|term)\s+of\s+)?(?P<dur>{D}))?{UNTIL}"
    )),
    # "the detention was extended for another month", "the term of extradition arrest until September 2025 was extended"
    ("pretrial_detention", _rule(
        rf"(?:(?:term|period)\s+of\s+(?:[\w-]+\s+)?)?(?:detention|arrest|custody){OF_WHOM}(?:\s+(?:until|till)\s+\w+(?:\s+\d{{1,2}})?(?:,?\s+\d{{4}})?)?"
        rf"\s+(?:was|has\s+been|had\s+been)\s+extended(?:\s+(?:for|by)\s+(?:another\s+)?(?P<dur>{D}))?{UNTIL}"
    )),
    # "arrested for 2 months for the period of pre-trial investigation", "2 months of pre-trial detention"
    ("pretrial_detention", _rule(
        rf"(?:(?:arrest(?:ed)?|detain(?:ed)?|detention|custody|remand(?:ed)?|placed\s+in\s+custody){OBJECT}(?:\s+(?:[\w,]+\s+){{0,14}}?)?\s*for\s+(?P<dur>{rx.QUANTITIES}\s+months?)"
        rf"|(?P<dur_before>{rx.QUANTITIES}\s+months?)\s+of\s+(?:pre-?trial\s+)?(?:detention|arrest|custody))"
        rf"(?:\s+for\s+the\s+(?:period|duration)\s+of\s+(?:the\s+)?(?:pre-?trial\s+)?investigation)?{UNTIL}"
    )),
    # "7 years of imprisonment", "16 years’ imprisonment", "7 years in a general regime colony", "15 days’ imprisonment"
    ("imprisonment", _rule(
        rf"(?P<dur_before>{D})\s*(?:of\s+)?(?:(?:real\s+)?imprisonment|in\s+prison|of\s+prison|prison(?:\s+(?:term|sentence))?|in\s+jail|jail\s+(?:term|sentence)|"
        # "a 10-year sentence" requested or handed down
        rf"(?<=year\s)(?:sentence|term)\b|"
        rf"(?:of\s+)?deprivation\s+of\s+liberty|in\s+an?\s+(?:[\w-]+\s+){{0,4}}?(?:colony(?:-settlement)?|institution)(?:\s+of\s+[\w-]+\s+security)?)"
        rf"|(?:imprisonment|deprivation\s+of\s+liberty|deprived\s+of\s+(?:his\s+|her\s+|their\s+)?liberty|(?:prison|jail)\s+sentences?|(?:prison|jail)\s+terms?|imprisoned|jailed){OBJECT}\s+(?:of|for|ranging)\s+(?:a\s+(?:term|period)\s+of\s+)?(?P<dur>{D})"
        # "Tleuzhan was handed four years", "were all handed eight years"
        rf"|(?:handed(?:\s+down)?|(?<=was\s)given|(?<=were\s)given)\s+(?:(?:all|each)\s+)?(?:an?\s+)?(?P<dur_received>{YEARS}){NOT_A_TERM}"
        # "handed a nine-year jail term" is the term's own shape above, read whole
        rf"(?!\s+(?:jail|prison|term|sentence|suspended|probation))"
    )),
    # "15 days of arrest", "7 days of administrative arrest", "arrested for 15 days", "20 days of detention"
    ("administrative_arrest", _rule(
        rf"(?P<dur_before>{rx.QUANTITIES}(?:-|\s+)days?)(?:’|')?\s+(?:of\s+)?(?:administrative\s+)?(?:arrest|detention|jail\s+(?:sentence|term))"
        rf"|(?P<dur_centre>{rx.QUANTITIES}(?:-|\s+)days?)\s+in\s+(?:a|the)\s+(?:special\s+)?(?:detention|reception)\s+(?:cent(?:er|re)|facility)"
        # "placed in a special reception centre for 10 days"
        rf"|(?:placed|kept|held)\s+in\s+(?:a|the)\s+special\s+(?:detention|reception)\s+(?:cent(?:er|re)|facility)\s+for\s+(?P<dur_placed>{rx.QUANTITIES}\s+days?)"
        rf"|(?:arrest(?:ed)?|detain(?:ed)?|detention|jailed|imprisoned|re-?imprisoned|put\s+under\s+arrest|placed\s+under\s+arrest|"
        rf"taken\s+into\s+custody|administrative\s+arrest){OBJECT}(?:\s+by\s+(?:the\s+|a\s+)?(?:\w+\s+)?(?:court|judge|police))?"
        rf"\s+for\s+(?:a\s+(?:term|period)\s+of\s+)?(?P<dur>{rx.QUANTITIES}\s+days?)"
        rf"|(?:arrest|detention)\s+of\s+(?P<dur_of>{rx.QUANTITIES}\s+days?)"
        rf"|(?:received|got)\s+(?P<dur_received>{rx.QUANTITIES}\s+days?)(?!\s+to\b)"
        # "was given 15 days"; "were given 15 days of arrest each" is the first alternative's, with its "each"
        rf"|{PASSIVE_GIVEN}\s+(?P<dur_given>{rx.QUANTITIES}\s+days?)(?!\s+(?:to|of)\b)"
        rf"|sentenced{OBJECT}\s+to\s+(?P<dur_sentenced>{rx.QUANTITIES}\s+days?)(?!\s+(?:of|in)\b)"
    )),
    # "deprived of Kazakh citizenship", "deportation", "extradited"
    ("deportation", _rule(
        r"\b(?:deported|extradited|expelled|depriv(?:ed|ation)\s+of\s+(?:\w+\s+)?citizenship"
        r"|(?:decided|ordered|ruled|decision|attempt|application|request|petition)s?\s+(?:\w+\s+)?(?:to|for|on)\s+(?:the\s+|his\s+|her\s+|their\s+)?"
        r"(?:deport|extradite|expel|deportation|extradition|expulsion)"
        rf"|(?:ordered|decided\s+on|approved|sanctioned)\s+(?:the\s+|{POSSESSIVE})?(?:deportation|extradition)"
        r"|(?:deportation|extradition)\s+(?:was|were|has\s+been|had\s+been)\s+(?:ordered|decided|approved|sanctioned))\b"
    )),
    # "held administratively liable in the form of warnings"
    # a caution to the public "not to attend" rallies is not a measure against a person
    ("warning", _rule(
        r"(?:in\s+the\s+form\s+of\s+(?:a\s+)?warnings?|(?:issued|received|given)\s+(?:\w+\s+)?(?:an?\s+)?(?:official\s+|written\s+|prosecutor(?:’s|'s)\s+)?warnings?"
        # "the prosecutor warned him about the inadmissibility of violating the law"
        r"|warned\s+(?:him|her|them|the\s+\w+)\s+(?:about|of)\s+the\s+inadmissibility)(?!\s+not\s+to)"
    )),
    # "sentenced to 17,500 tenge", and the report's terse "Article 488 ..., 17,500 tenge[12]" after a citation
    ("fine", _rule(
        rf"(?:sentenced\s+(?:\w+\s+)?to|received|got|{PASSIVE_GIVEN})\s+(?:a\s+)?(?P<money>{AMOUNTS})"
        rf"|(?<=[,:–-]\s)(?P<money_b>{M})(?=\s*(?:\([^()\n]{{0,60}}\))?\s*(?:\[\d+\]|[.,;]|$))"
    )),
    # "a 50 MCI fine"
    ("fine", _rule(rf"(?P<money>{M})\s+(?:administrative\s+)?fine\b")),
    # the report's terse "Article 488 ..., 10 days[5]" / "Article 174 ..., 7 years[5]" after a citation
    ("imprisonment", _rule(rf"(?<=[,:–-]\s)(?P<dur_bare>{rx.QUANTITIES}(?:-|\s+)(?:days?|years?))(?=\s*(?:\[\d+\]|[.,;]|$))")),
    # "the court fined A and B 69,000 tenge each"
    ("fine", _rule(rf"(?<=\s)(?P<money>{M})(?=\s+each\b)")),
    # "fined" with no amount: a fine the text gives no figure for
    ("fine", _rule(r"\bfined\b|\ba\s+fine\b(?!\s+of)|(?<=\bto\s)fine(?=\s+(?:him|her|them)\b)|(?<=\bon\sthe\s)fine(?=\s+(?:under|for|of)\b)")),
    ("imprisonment", _rule(
        r"(?<=sentenced\s)(?:\w+\s+)?to\s+life\s+(?:imprisonment|in\s+prison)|(?:received|given|got|to)\s+(?:a\s+)?life\s+(?:sentence|term)"
    )),
    # "the court ordered to imprison the activist", "sent activist Sabit Syzdyqbek to prison": a prison term without a length
    ("imprisonment", _rule(
        r"(?<=\bordered\s)(?:\w+\s+)?to\s+(?:imprison|send\s+(?:\w+\s+){0,2}to\s+(?:prison|a\s+colony))\b"
        r"|\bsent\s+(?:[\w-]+\s+){0,3}?to\s+(?:prison|jail|a\s+(?:penal\s+)?colony)\b"
        r"|\bsentenced\s+(?:[\w-]+\s+){0,3}?to\s+(?:prison|jail)\b(?!\s+(?:terms?|sentences?|for)\b)"
    )),

    # "sentenced to imprisonment", "received real prison terms": a prison term the text gives no length for
    ("imprisonment", _rule(
        rf"(?:sentenced\s+(?:[\w-]+\s+){{0,3}}?to|received|got|{PASSIVE_GIVEN})\s+(?:an?\s+)?(?:real\s+)?"
        r"(?:imprisonment|deprivation\s+of\s+liberty|(?:prison|jail)\s+(?:terms?|sentences?))\b"
    )),
    # "subjected to administrative arrest": an arrest the text gives no length for
    ("administrative_arrest", _rule(
        # "subjected to administrative arrest 5-6 times" is a history, not a measure
        rf"(?:subjected|sentenced|placed|put)\s+(?:[\w-]+\s+){{0,2}}?(?:to|under)\s+(?:an?\s+)?administrative\s+arrest\b(?!\s+(?:{rx.QUANTITIES}|several|many)\s+times)"
    )),
    # "the investigator petitioned the court for his arrest", "asked the court to remand her in custody",
    # "taken into custody until August 5"
    ("pretrial_detention", _rule(
        rf"(?:petition(?:ed)?|motion|request(?:ed)?|appl(?:ied|ication)|asked)\s+(?:(?:with\s+)?(?:the\s+)?(?:\w+\s+){{0,2}}?court\s+)?"
        rf"(?:for\s+(?:the\s+)?(?:{POSSESSIVE})?(?:arrest|detention|remand)|to\s+(?:arrest|detain|remand)\b|to\s+(?:place|take)\s+(?:\w+\s+){{0,3}}?(?:in|into|under)\s+(?:custody|arrest|detention))"
        rf"{UNTIL}"
        rf"|(?:taken|placed)\s+(?:\w+\s+)?(?:in|into)\s+custody{END_DATE}|remanded\s+(?:\w+\s+)?in\s+custody\b{UNTIL}"
        rf"|sent\s+(?:\w+\s+){{0,2}}?to\s+pre-?trial\s+detention\b{UNTIL}"
    )),
    # "the prosecutor requested a sentence of 7 years"
    ("imprisonment", SENTENCE_OF_YEARS_RE),
    # "sentenced him to 5 years", "Sagintay A. and Abdullayev Zh. to 5 years each"
    ("imprisonment", TO_YEARS_RE),
)
# Speed only: a word every match of a kind's rules contains. Python's re cannot skip ahead to a
# keyword when a rule opens with an optional quantity ("(?P<dur_before>...)?ban"), so scanning
# every entry with every rule cost a quarter of the pipeline; a rule whose keyword is absent
# from the entry is skipped (2.7x faster parsing, identical results: tests/test_sanction_gates.py).
# A kind missing here is always scanned; a new rule must keep its kind's keyword or drop the gate.
RULE_GATES: dict[str, re.Pattern[str]] = {
    kind: re.compile(words, FLAGS)
    for kind, words in {
        "forced_labor": r"labou?r|work|service",
        "activity_ban": r"ban|barred|prohibit|restrict|depriv",
        "restriction_of_liberty": r"restrict|limit|parole",
        "suspended_sentence": r"suspended|conditional|probation",
        "administrative_arrest": r"day|administrative\s+arrest",
        "imprisonment": r"prison|jail|liberty|colony|institution|year|day|life\s+(?:sentence|term)",
        "pretrial_detention": r"month|extend|form\s+of|sanction|authori[sz]|approv|restraint|preventive|prevention|petition|motion|request|appl|asked|custody|pre-?trial",
    }.items()
}
FINE_CONTEXT_RE = re.compile(r"\bfine", re.IGNORECASE)
# What makes money a person must pay a payment rather than a fine: damages, costs, a fund, a recovery.
PAYMENT_CONTEXT_RE = re.compile(
    r"compensat|damage|\bcosts?\b|fund|victim|restitution|expert|duty|fees?\b|recover|budget|treasury|\bclaim|owed|debt|loss",
    re.IGNORECASE,
)
FREEDOM_LIMITATION_RE = re.compile(
    r"(?:limitation|restrict\w*|limited)\s+(?:of\s+)?(?:freedom|liberty)|(?:freedom|liberty)\s+(?:limitation|restriction)", re.IGNORECASE
)
CITATION_CONTEXT_RE = re.compile(r"\b(?:Articles?|Art\.)\s*\d|\bCode\b")
SENTENCING_CONTEXT_RE = re.compile(r"sentenc|verdict|demand|request|prosecut|convict|court", re.IGNORECASE)
# An arrest ordered by an investigating court, or in months, is custody pending trial, not an administrative arrest.
PRETRIAL_CONTEXT_RE = re.compile(
    r"(?:investigat\w*|examining)\s+(?:court|judge)|pre-?trial|measure\s+of\s+restraint|sanctioned\s+(?:the\s+|his\s+|her\s+)?(?:arrest|detention)",
    re.IGNORECASE,
)
ADMINISTRATIVE_ARREST_MAX_DAYS = 45  # Code of Administrative Offences, art. 50: 30 days, 45 under a state of emergency
# "change the measure of restraint from house arrest to detention": the measure being replaced is no longer imposed
REPLACED_BEFORE_RE = re.compile(r"(?:\bfrom|\bchange\s+(?:the\s+)?|\breplace\s+(?:the\s+)?)\s*$", re.IGNORECASE)
REPLACED_AFTER_RE = re.compile(r"\s{1,10}(?:to|with|by)\b", re.IGNORECASE)
NEGATED_RE = re.compile(
    r"(?:\bnot|\bno|refus\w*|reject\w*|dismiss\w*|denied|avoid\w*|against|instead\s+of|without)\s+(?:[\w’']+\s+){0,3}$"
    # "the violation of probation": a measure already imposed, named as the ground of a new one
    r"|violat\w*\s+(?:of\s+)?(?:the\s+)?(?:terms\s+of\s+)?(?:(?:the|his|her|their)\s+)?$"
    # "taking into account the time he spent in pre-trial detention, under house arrest": time served
    r"|\btime\s+(?:\w+\s+){0,2}spent\b[^.;\[]{0,60}$"
    # "released after 15 days of arrest": a term already served
    r"|\breleased\s+(?:\w+\s+){0,3}?after\s+(?:serving\s+|spending\s+)?$"
    # "128 people who have been sentenced to imprisonment": a statistic, not a measure against someone
    r"|\b(?:\d{1,3},)?\d{3}(?!\d)\s+(?:people|persons|citizens|participants|activists)\s+(?:who\s+)?(?:have\s+|had\s+)?been\s+$",
    re.IGNORECASE,
)


def not_imposed(text: str, start: int) -> bool:
    """Whether the words before a measure at ``start`` make it no measure: a law's maximum
    ("punishable by", "carries a maximum sentence of"), a term served, a refusal, a statistic."""
    before = text[max(0, start - 60) : start]
    return bool(rx.NEGATIVE_CONTEXT_RE.search(before) or NEGATED_RE.search(before))


# "X was sentenced to 15 days, Y to 10 days", "arrested A (15 days), B (10 days)", "...; 10 days for D":
# a bare term or amount later in the sentence of a measure continues that measure for someone else.
BARE_TERM_RE = _rule(
    rf"(?:(?<=\()|(?<=\bto\s)|(?<=[,;–—-]\s)|(?<=\band\s)|(?-i:(?<=[A-Z]\.\s)))(?:(?P<dur>{D})|(?P<money>{M}))"
    r"(?=\s*(?:\)|[,;.]|\[\d|\s(?:for|each|and)\b|$))"
)
# The verb that names the measure where no measure precedes: "the court arrested A (15 days), B (10 days)".
MEASURE_VERB_RE = _rule(r"\b(?:(?P<arrest>arrested|detained|jailed)|(?P<sentenced>sentenced)|(?P<fine>fined))\b")


# The rules' names for a term, in the order that wins where one match holds two ("3 years of ... for 2 years").
DURATION_GROUPS = (
    "dur", "dur_before", "dur_inside", "dur_received", "dur_given", "dur_conditional", "dur_centre", "dur_placed", "dur_of", "dur_sentenced",
    "dur_bare"
)


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


def parse_duration(raw: str | None) -> dict[str, float] | None:
    """"3 years, 2 months and 20 days" -> {"years": 3, "months": 2, "days": 20, "hours": 0}."""
    if not raw:
        return None
    duration = {"years": 0.0, "months": 0.0, "days": 0.0, "hours": 0.0}
    if half := rx.HALF_AFTER_UNIT_RE.search(raw):
        duration[half["unit"].lower() + "s"] += 1.5
    for part in rx.DURATION_PART_RE.finditer(raw):
        unit = part["unit"].lower().rstrip("s") + "s"
        duration[unit] += rx.parse_quantity(part["value"])
    return {k: (int(v) if float(v).is_integer() else v) for k, v in duration.items()}


def parse_durations(raw: str | None) -> list[dict[str, float] | None]:
    """One term per quantity where several share a unit: "15 and 10 days", the two ends of "7-10 days"."""
    lead = rx.QUANTITY_LEAD_RE.match(raw) if raw else None
    if lead is None:
        return [parse_duration(raw)]
    last = parse_duration(raw[lead.end() :])
    units = [unit for unit, amount in (last or {}).items() if amount]
    if len(units) != 1:  # "one and a half years" is one term
        return [parse_duration(raw)]
    firsts = [{**last, units[0]: _clean_number(rx.parse_quantity(q))} for q in rx.QUANTITY_RE.findall(lead.group(0))]
    return [*firsts, last]


def parse_amounts(match: re.Match[str]) -> list[dict[str, Any] | None]:
    """One amount per figure where several share a unit: "69,000 and 34,500 tenge", the ends of "from 61257 to 145850 tenge"."""
    found = rx.MONEY_RE.search(match.group(0))
    if found is None:
        return [None]
    last = _amount(found)
    lead = rx.MONEY_LEAD_AT_END_RE.search(match.group(0), 0, found.start()) if found["money_value"] else None
    if lead is None:
        return [last]
    scale = _money_scale(found)
    firsts = [{**last, "value": _clean_number(rx.parse_money(n) * scale)} for n in rx.MONEY_NUMBER_RE.findall(lead.group(0))]
    return [*firsts, last]


def parse_amount(match: re.Match[str]) -> dict[str, Any] | None:
    """Money groups of :data:`regexes.MONEY` -> {"value", "currency"}."""
    found = rx.MONEY_RE.search(match.group(0))
    return _amount(found) if found is not None else None


def _amount(found: re.Match[str]) -> dict[str, Any]:
    if found["usd_value"]:
        return {"value": _clean_number(rx.parse_money(found["usd_value"])), "currency": "USD"}
    if found["kzt_value"]:
        return {"value": _clean_number(rx.parse_money(found["kzt_value"])), "currency": "KZT"}
    value = rx.parse_money(found["money_value"]) * _money_scale(found)
    unit = found["money_unit"].lower()
    currency = "KZT" if unit in ("tenge", "tenges", "kzt") else "USD" if "dollar" in unit or unit == "usd" else "MCI"
    return {"value": _clean_number(value), "currency": currency}


def _money_scale(found: re.Match[str]) -> int:
    """1000 for "110 thousand tenge", a million for "1 million tenge", else 1."""
    scale = (found["money_scale"] or "").lower()
    return {"thousand": 1000, "thsd": 1000, "million": 1_000_000, "mln": 1_000_000}.get(scale, 1)


def _clean_number(value: float) -> float | int:
    return int(value) if float(value).is_integer() else value


def parse_until(text: str, year: int | None, after_month: int | None = None) -> str | None:
    """ISO end date of "until June 27" in ``text``; the year from the text or the entry."""
    match = rx.UNTIL_RE.search(text)
    if match is None:
        return None
    month = MONTH_NUMBER[match["month_a"] or match["month_b"]]
    day = int(match["day_a"] or match["day_b"])
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


def find_sanctions(text: str, *, entry_date: str | None = None) -> list[SanctionMatch]:
    """Every sanction in ``text``, in order of position.

    Args:
        text: An entry's text.
        entry_date: The entry's ISO date: the year for "until June 27" and the MCI rate.
    """
    year = int(entry_date[:4]) if entry_date else None
    month = int(entry_date[5:7]) if entry_date else None
    taken: list[tuple[int, int]] = []
    found: list[SanctionMatch] = []
    for rule_index, (kind, pattern) in enumerate(RULES):
        if (gate := RULE_GATES.get(kind)) is not None and gate.search(text) is None:
            continue
        for match in pattern.finditer(text):
            start, end = match.span()
            if any(start < t_end and t_start < end for t_start, t_end in taken):
                continue
            if not_imposed(text, start):
                continue
            before = text[max(0, start - 60) : start]
            if REPLACED_BEFORE_RE.search(before) and REPLACED_AFTER_RE.match(text, end):
                continue
            groups = {k: v for k, v in match.groupdict().items() if v}
            if pattern in NEEDS_SENTENCING_CONTEXT and not SENTENCING_CONTEXT_RE.search(text[max(0, start - 160) : start]):
                continue
            if (groups.get("money_b") and kind == "fine" or groups.get("dur_bare")) and not CITATION_CONTEXT_RE.search(
                text[max(0, start - 200) : start]
            ):
                continue
            if kind == "fine" and text.startswith(" each", end) and not FINE_CONTEXT_RE.search(text[max(0, start - 120) : start]):
                continue
            if groups.get("parole_like") and FREEDOM_LIMITATION_RE.search(text[max(0, start - 80) : start]):
                continue  # "two years of “freedom limitation,” a parole-like sentence": the same measure, explained
            durations = parse_durations(next((groups[name] for name in DURATION_GROUPS if name in groups), None))
            duration = durations[-1]
            value_kind = kind
            if kind == "imprisonment" and duration and not duration["years"] and not duration["months"]:
                value_kind = "administrative_arrest"  # "15 days’ imprisonment" under the administrative code
            if value_kind == "administrative_arrest" and (
                PRETRIAL_CONTEXT_RE.search(text[max(0, start - 120) : start])
                or (duration and (duration["months"] or duration["years"] or duration["days"] > ADMINISTRATIVE_ARREST_MAX_DAYS))
            ):
                value_kind = "pretrial_detention"
            if kind == "payment" and not PAYMENT_CONTEXT_RE.search(text[max(0, start - 60) : end + 80]):
                value_kind = "fine"  # "ordered to pay 73,840 tenges for distributing false information", "to pay a 41,000 tenge fine"
            amounts = parse_amounts(match) if kind in ("fine", "payment") else [None]
            amount = amounts[-1]
            until = parse_until(match.group(0), year, month)
            values = tuple(
                sanction_value(value_kind, term, money, until, entry_date) for term in durations for money in amounts
            )
            # A dollar or MCI gloss in brackets belongs to the amount before it.
            gloss = rx.GLOSS_RE.match(text, end) if amount is not None else None
            if gloss is not None and rx.MONEY_RE.search(gloss.group(0)):
                end = gloss.end()
            taken.append((start, end))
            found.append(SanctionMatch(start, end, f"{kind}#{rule_index}", groups, values))
    found.extend(continued_sanctions(text, found, taken, entry_date))
    found.sort(key=lambda m: m.start)
    return found


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
    return "days" if not (duration["years"] or duration["months"]) else "years"


def continued_sanctions(text: str, found: list[SanctionMatch], taken: list[tuple[int, int]], entry_date: str | None) -> list[SanctionMatch]:
    """Bare terms and amounts that continue a measure named earlier in their sentence."""
    bounds = rx.sentence_bounds(text)
    continued: list[SanctionMatch] = []
    for match in BARE_TERM_RE.finditer(text):
        start, end = match.span()
        if any(start < t_end and t_start < end for t_start, t_end in taken):
            continue
        if rx.NEGATIVE_CONTEXT_RE.search(text[max(0, start - 60) : start]):
            continue
        sentence_start = bounds[rx.sentence_of(bounds, start)]
        durations = parse_durations(match["dur"])
        duration = durations[-1]
        amount = parse_amount(match) if match["money"] else None
        family = _unit_family(duration)
        earlier = [m for m in found if sentence_start <= m.start < start]
        kind = None
        for previous in reversed(earlier):
            if amount is not None and previous.value["type"] in ("fine", "payment") and previous.value["amount"]:
                kind = previous.value["type"]
            elif family is not None and _unit_family(previous.value["duration"]) == family:
                kind = previous.value["type"]
            if kind:
                break
        if kind is None and not earlier and (verb := rx.last_match(MEASURE_VERB_RE.finditer(text, sentence_start, start))):
            if amount is not None and verb["fine"]:
                kind = "fine"
            elif family == "days" and (verb["arrest"] or verb["sentenced"]):
                kind = "administrative_arrest"
            elif family == "years" and verb["sentenced"]:
                kind = "imprisonment"
        if kind is None:
            continue
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
    default_config={"spans_key": SANCTIONS_KEY},
    default_score_weights={"sanction_f": 1.0, "sanction_p": 0.0, "sanction_r": 0.0},
)
def make_sanction_parser(nlp: Language, name: str, spans_key: str) -> SanctionParser:
    """Create the sanction parser.

    Args:
        spans_key: ``doc.spans`` key for the sanction spans.
    """
    return SanctionParser(nlp, name, spans_key=spans_key)


class SanctionParser(SpanGroupParser):
    """Finds sanctions on character offsets; the entry date comes from ``Doc._.kz_entry``."""

    label = "SANCTION"
    attribute = SANCTION
    scorer = staticmethod(sanction_scores)

    def __init__(self, nlp: Language, name: str = "kzmonitor_sanction_parser", *, spans_key: str = SANCTIONS_KEY):
        super().__init__(nlp, name, spans_key=spans_key)

    def find(self, doc: Doc) -> list[SanctionMatch]:
        entry = doc._.get(ENTRY) or {}
        return find_sanctions(doc.text, entry_date=entry.get("date"))
