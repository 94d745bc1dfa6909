"""kzmonitor_relation_linker: which person each citation and sanction concerns.

A measure concerns the nearest person named before it in the same sentence, else the
nearest after it; "X and Y to 5 years each" (or "respectively", or "X and Y were
fined ...") gives one value per coordinated person. A counted group ("two activists were
sentenced", "a sentence for two activists") gives one value per member with no person, and a
count told before its details ("has fined three activists. X ... Y ... Z ...") is dropped.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from .. import regexes as rx
from .base import StatelessPipe, doc_text
from ..languages import check_language, load_table
from ..extensions import CITATION, CITATIONS_KEY, PERSON_ID, PERSON_IDS, PERSON_LABEL, SANCTION, SANCTIONS_KEY, install_extensions
from ..scoring import sanction_key

class RelationGrammar:
    """One language's relation words, compiled from ``kzmonitor/data/<language>/relations.json``.

    coordination: "X, and a local resident, Y", "X and her friend Y": a short role between two names
    keeps them one list. each: "each", "respectively". plural_verb / singular_verb: the list's verb
    may follow an apposition or a citation ("X and Y, activists of the party, were arrested").
    subject_gap / verb_first: "X and Y, members of the DCK, received 15 days". verb_before /
    object_gap: "the court sentenced the activists X and Y to 7 years". elided_gap: "A was sentenced
    to 10 days, B and C to 5 days". forward_list: "demanded 5 years for A, B and C". each_of_them:
    "to recover 10 MCI from each of them". for_person: "...; 10 days for Dosanov Ye.".
    pronoun_subject / pronoun_object: "They were fined ...", "fined them". official_title: officials
    who decide a measure rather than receive it ("Judge Akshabayev T. extended the detention").
    counted_subject: "three activists were placed in detention", "two were fined".

    Optional, for languages that need them (None where a table leaves them out):
    plural_reference: a word in the gap after a list that refers to all of it ("приговорить их к 5
    годам", "назначить каждому из них по 4 года"). joined_measure: the gap between two measures that
    go to the same persons ("к пяти годам тюрьмы с запретом ..."). counted_object: a counted group right
    after the measure ("арестовал на 15 суток шестерых активистов", "handed parole-like sentences to two
    women"). counted_mention: a counted group a pronoun refers back to ("по делу пяти активистов. ...
    назначил каждому из них по 4 года"). English also has (each described in its table's _comment):
    plural_measure, pronoun_partner, pronoun_here, pronoun_singular, repeated, unnamed_person,
    counted_before, the_rest with group_total, counted_list with list_count; and the switches carry_over (a sentence that names no one
    concerns the last person of the sentence before) and verb_in_measure (a count's verb may open the
    measure: "five of them received prison sentences").
    counted_all: the whole of a counted group earlier in the measure's sentence ("всех 6 участников пикета суд ...
    оштрафовал на 20 МРП").
    subject_after / subject_after_gap: a measure ending with its participle whose subject follows it ("на 10 суток
    арестован Елдос Досанов").
    together: the words before a list that join it to the subject ("он вместе с А и Б был задержан"; group
    ``pronoun``: the subject is a pronoun, not a name). singular_pronoun: one person a sentence without names
    refers back to ("X отправился на акцию. Позже ... его арестовали на 15 суток"); feminine_pronoun: those of it
    that point to a woman, feminine_name / masculine_name: a nominative's ending that tells the gender, subject_pronoun:
    a sentence whose subject is a pronoun ("он ушел в отставку") passes the reference on to the sentence before.
    official_name_after: the official's own name right after a title's client ("адвокат Ерлана Сапарова Айдар Нуров":
    the client is no official). aside: a comma-closed aside after the subject, a person named in it receives nothing
    ("X, брат осуждённого Y, был оштрафован"). clause_break: a new clause whose subject follows its measure ("..., что
    суд оштрафовал на 50 МРП Y"). ordinal_reference: a member of the list before it ("Первый ... , а последние ...",
    groups first, second, third, last, rest). role_reference: a role noun that refers back to the person it was said of
    ("активиста X и журналистку Y. Журналистку оштрафовали"; group ``stem``, ``feminine``). object_list_gap: a list
    right after its measure receives it all ("санкционировал арест X и Y"). list_preposition: a list after it is the
    measure's object, each receives it ("В отношении X и Y суд избрал меру пресечения"). kin_object / kin_before: a kin
    word at the measure without a name refers to the person named after a kin word ("Мать X Y сообщила, что сына
    приговорили": X). counted_in_measure, tally, and_others, whole_group: Russian group counts, read by
    :func:`counted_reference`.
    """

    together: re.Pattern[str] | None = None
    singular_pronoun: re.Pattern[str] | None = None
    plural_reference: re.Pattern[str] | None = None
    joined_measure: re.Pattern[str] | None = None
    counted_object: re.Pattern[str] | None = None
    plural_measure: re.Pattern[str] | None = None
    pronoun_partner: re.Pattern[str] | None = None
    pronoun_here: re.Pattern[str] | None = None
    repeated: re.Pattern[str] | None = None
    pronoun_singular: re.Pattern[str] | None = None
    unnamed_person: re.Pattern[str] | None = None
    counted_before: re.Pattern[str] | None = None
    the_rest: re.Pattern[str] | None = None
    group_total: re.Pattern[str] | None = None
    counted_mention: re.Pattern[str] | None = None
    counted_all: re.Pattern[str] | None = None
    counted_subject_break: re.Pattern[str] | None = None
    group_before: re.Pattern[str] | None = None
    subject_after: re.Pattern[str] | None = None
    subject_after_gap: re.Pattern[str] | None = None
    counted_list: re.Pattern[str] | None = None
    not_receiver_after: re.Pattern[str] | None = None
    not_receiver_before: re.Pattern[str] | None = None
    list_count: re.Pattern[str] | None = None
    official_name_after: re.Pattern[str] | None = None
    aside: re.Pattern[str] | None = None
    clause_break: re.Pattern[str] | None = None
    ordinal_reference: re.Pattern[str] | None = None
    role_reference: re.Pattern[str] | None = None
    subject_pronoun: re.Pattern[str] | None = None
    feminine_name: re.Pattern[str] | None = None
    masculine_name: re.Pattern[str] | None = None
    feminine_pronoun: re.Pattern[str] | None = None
    object_list_gap: re.Pattern[str] | None = None
    list_preposition: re.Pattern[str] | None = None
    kin_object: re.Pattern[str] | None = None
    kin_before: re.Pattern[str] | None = None
    counted_in_measure: re.Pattern[str] | None = None
    tally: re.Pattern[str] | None = None
    and_others: re.Pattern[str] | None = None
    whole_group: re.Pattern[str] | None = None

    def __init__(self, language: str):
        table = load_table(language, "relations")
        self.language = language
        ignore_case = set(table["ignore_case"])
        count_words = "|".join(table["count_words"])
        if table.get("compound_counts"):
            # "двадцать пять человек": a ten and a unit are one count (read by _count as their sum)
            tens = "|".join(w for w, n in table["count_words"].items() if n >= 20 and n % 10 == 0)
            units = "|".join(w for w, n in table["count_words"].items() if n < 10)
            count_words = f"(?:{tens})\\s+(?:{units})|{count_words}"
        group_nouns = "|".join(table.get("group_nouns", []))
        for name, pattern in table["patterns"].items():
            pattern = pattern.replace("{count_words}", count_words).replace("{group_nouns}", group_nouns)
            setattr(self, name, re.compile(pattern, re.IGNORECASE if name in ignore_case else 0))
        self.count_words: dict[str, int] = table["count_words"]
        self.carry_over: bool = bool(table.get("carry_over", False))
        self.verb_in_measure: bool = bool(table.get("verb_in_measure", False))
        # Russian: an amount in a sentence that names no one belongs to the measure named without it in the sentence
        # before ("X и Y оштрафовали. Сумма штрафа ..."), before carry_over's last person (the English table leaves it off)
        self.bare_before_carry: bool = bool(table.get("bare_before_carry", False))
        self.counted_subject = re.compile(
            table["counted_subject"].replace("{count_words}", count_words).replace("{group_nouns}", group_nouns),
            re.IGNORECASE if "counted_subject" in ignore_case else 0,
        )


@lru_cache(maxsize=None)
def relation_grammar(language: str = "en") -> RelationGrammar:
    return RelationGrammar(language)


# How far before a list "the court sentenced the two union leaders A and B" the verb may stand
VERB_BEFORE_WINDOW = 80
# The English patterns under the names other modules and the ReDoS tests know
_ENGLISH = relation_grammar("en")
COORDINATION_RE = _ENGLISH.coordination


@Language.factory(
    "kzmonitor_relation_linker",
    assigns=[f"span._.{PERSON_IDS}"],
    requires=[f"span._.{PERSON_ID}"],
    default_config={"citations_key": CITATIONS_KEY, "sanctions_key": SANCTIONS_KEY, "language": None},
)
def make_relation_linker(nlp: Language, name: str, citations_key: str, sanctions_key: str, language: str | None) -> RelationLinker:
    """Create the relation linker.

    Args:
        citations_key: ``doc.spans`` key of the citations.
        sanctions_key: ``doc.spans`` key of the sanctions.
        language: Whose relation words ("en", "ru"); None takes the pipeline's language.
    """
    return RelationLinker(nlp, name, citations_key=citations_key, sanctions_key=sanctions_key, language=language)


def _coordinated(text: str, left: Span, right: Span, g: RelationGrammar) -> bool:
    return bool(g.coordination.match(text[left.end_char : right.start_char]))


def coordinated_group(text: str, persons: list[Span], index: int, *, forward: bool = False, g: RelationGrammar = _ENGLISH) -> list[Span]:
    """Persons joined to ``persons[index]`` by commas/"and": "A, B and C", ending there (or, ``forward``, starting there)."""
    first = last = index
    if forward:
        while last + 1 < len(persons) and _coordinated(text, persons[last], persons[last + 1], g):
            last += 1
    else:
        while first > 0 and _coordinated(text, persons[first - 1], persons[first], g):
            first -= 1
    return persons[first : last + 1]


def persons_for(
    text: str, span: Span, persons: list[Span], bounds: list[int], split: bool, g: RelationGrammar = _ENGLISH
) -> list[Span | None]:
    """The persons a citation or sanction concerns; several only where ``split`` and the text distributes it."""
    sentence = rx.sentence_of(bounds, span.start_char)
    if split and g.group_before is not None and g.group_before.search(text, max(0, span.start_char - 40), span.start_char):
        return [None]  # "A was fined 226,900 tenge, other members 113,450 tenge": the gapped measure is an unnamed group's
    in_sentence = [i for i, p in enumerate(persons) if rx.sentence_of(bounds, p.start_char) == sentence]
    if split:  # sanctions go to the person who receives them, not to the judge who imposes them
        in_sentence = [i for i in in_sentence if not is_official(text, persons[i], g)]
        # nor to a person named as an era or a victim ("Nazarbayev’s era", "for the murder of Tatishev")
        in_sentence = [i for i in in_sentence if not not_receiver(text, persons[i], g)]
    if split and not in_sentence and g.each_of_them.match(text[span.end_char : span.end_char + 30]):
        named = _distinct([p for p in persons if p.end_char <= span.start_char and not is_official(text, p, g)])
        if len(named) > 1:
            return named
    before = [i for i in in_sentence if persons[i].end_char <= span.start_char]
    after = [i for i in in_sentence if persons[i].start_char >= span.end_char]
    inside = [i for i in in_sentence if span.start_char <= persons[i].start_char and persons[i].end_char <= span.end_char]
    if split and not inside and (ordinal := ordinal_members(text, span, persons, bounds, g)) is not None:
        return ordinal
    if split and not inside and not before and (role := role_antecedent(text, span, persons, bounds, g)) is not None:
        return [role]
    if (
        split and before and after and not inside and g.clause_break is not None
        and g.subject_after_gap.match(text[span.end_char : persons[after[0]].start_char])
        and g.clause_break.search(text, persons[before[-1]].end_char, span.start_char)
    ):  # "адвокат X сообщил, что суд оштрафовал на 50 МРП Y": the new clause's subject follows its measure
        return coordinated_group(text, persons, after[0], forward=True, g=g)
    if inside:  # "the court fined Zhamaliev Zh. 69,000 tenge"
        if split:  # "суд оштрафовал А и Б на 50 МРП": a list inside the measure's words receives it
            listed = [p for p in coordinated_group(text, persons, inside[-1], g=g) if p.start_char >= span.start_char]
            if len(listed) > 1:
                return listed
        return [persons[inside[-1]]]
    if split and after and g.for_person.match(text[span.end_char : persons[after[0]].start_char]):
        return coordinated_group(text, persons, after[0], forward=True, g=g)
    if (
        split and after and g.subject_after is not None and g.subject_after.search(span.text)
        and g.subject_after_gap.match(text[span.end_char : persons[after[0]].start_char])
    ):
        return coordinated_group(text, persons, after[0], forward=True, g=g)
    if split and before and (relative := kin_antecedent(text, span, persons, before, g)) is not None:
        return [relative]
    if before:
        last = _past_aside(text, span, persons, before, g) if split else before[-1]
        group = coordinated_group(text, persons, last, g=g)
        if split:  # a list does not take in an official or a source named beside it ("По словам X, Y арестовали")
            group = [p for p in group if p is persons[last] or not (is_official(text, p, g) or not_receiver(text, p, g))]
        gap = text[group[-1].end_char : span.start_char]
        verb = g.plural_verb.search(gap)
        if not split:
            # "A and B were charged under Article 405": one citation of several persons concerns no one alone
            shared = len(group) > 1 and verb is not None and not g.singular_verb.search(gap, 0, verb.start())
            return [None] if shared else [persons[last]]
        if split and len(group) == 1 and g.pronoun_here is not None and g.pronoun_here.search(
                text, max(bounds[sentence], span.start_char - 15), span.end_char):
            # "sentenced A to three years and B to two years and barred both ...": the persons named before it in the sentence
            named = _distinct([persons[i] for i in before])
            if len(named) > 1:
                return named
        if split and g.pronoun_partner is not None and g.pronoun_partner.search(text, max(0, group[0].start_char - 40), group[0].start_char):
            # "She and her friend X were sentenced": the pronoun's person, named earlier (or not at all), joins the list
            earlier = [p for p in persons if p.end_char <= group[0].start_char - 5 and p not in group and not is_official(text, p, g)]
            group = [earlier[-1] if earlier else None, *group]
        if g.together is not None and ";" not in gap and (
            together := g.together.search(text, max(0, group[0].start_char - 40), group[0].start_char)
        ):
            # "он вместе с А и Б был задержан": the subject and the whole list, whatever the verb's number
            subject = [i for i in before if persons[i].end_char <= together.start()]
            if together["pronoun"]:
                return [None, *group]
            if subject and not text[persons[subject[-1]].end_char : together.start()].strip(" ,"):
                return [persons[subject[-1]], *group]
            return group
        distributes = len(group) > 1 and bool(
            g.each.match(text[span.end_char : span.end_char + 20])
            or (verb and not g.singular_verb.search(gap, 0, verb.start()) and ";" not in gap)
            or (g.subject_gap.match(gap) and g.verb_first.match(span.text))
            or (g.plural_reference is not None and g.plural_reference.search(gap) is not None and ";" not in gap)
            or (g.list_preposition is not None and ";" not in gap
                and g.list_preposition.search(text, max(0, group[0].start_char - 40), group[0].start_char) is not None)
            or (g.object_gap.match(gap) and g.verb_before.search(text[max(0, group[0].start_char - VERB_BEFORE_WINDOW) : group[0].start_char]))
            # "X and Y, co-defendants, got off with suspended sentences": a measure in the plural is everyone's
            or (g.plural_measure is not None and g.plural_measure.search(span.text) is not None and ";" not in gap)
            # "A was sentenced to 10 days, B and C to 5 days": the verb is left out before the later list
            or (g.elided_gap.match(gap) and span.text[:1].isdigit())
        )
        return group if distributes else group[-1:]
    if after:
        first = after[0]
        gap = text[span.end_char : persons[first].start_char]
        if split and (g.forward_list.search(gap) or (g.object_list_gap is not None and g.object_list_gap.match(gap))):
            return coordinated_group(text, persons, first, forward=True, g=g)
        return [persons[first]]
    if split and sentence > 0 and (g.pronoun_subject.match(text[bounds[sentence] : span.start_char])
                                   or g.pronoun_object.search(text[max(bounds[sentence], span.start_char - 15) : span.end_char])):
        previous = [i for i, p in enumerate(persons) if rx.sentence_of(bounds, p.start_char) == sentence - 1]
        if not previous and sentence > 1:
            # "A and B were arrested. First accused of ..., the second of .... They were arrested for two months": the
            # persons of the sentence before that, where the one just before names no one
            previous = [i for i, p in enumerate(persons) if rx.sentence_of(bounds, p.start_char) == sentence - 2]
        if previous:
            group = coordinated_group(text, persons, previous[-1], g=g)
            named = _distinct([persons[i] for i in previous if not is_official(text, persons[i], g)])
            # "... for Narymbaev and one year for Mambetalin. Both activists remain barred ...": everyone the sentence
            # named, where the table has pronoun_here (English; the Russian tables keep the coordinated list)
            return named if len(group) == 1 and len(named) > 1 and g.pronoun_here is not None else group
        if g.counted_mention is not None and (count := _count(g, rx.last_match(
                g.counted_mention.finditer(text, bounds[sentence - 1], bounds[sentence])))):
            return [None] * count  # "по делу пяти активистов. ... каждому из них по 4 года"
    # where the pronoun's gender is read, it may stand further before the measure ("Его приговорили к шести годам")
    pronoun_window = 15 if g.feminine_pronoun is None else 40
    if (
        split and sentence > 0 and g.singular_pronoun is not None
        and g.singular_pronoun.search(text[max(bounds[sentence], span.start_char - pronoun_window) : span.end_char])
    ):
        # "... 20-летний Шынгысхан Бейбарыс ... . Позже она узнала, что его арестовали на 15 суток"
        pronoun = rx.last_match(g.singular_pronoun.finditer(text, max(bounds[sentence], span.start_char - pronoun_window), span.end_char))
        if g.feminine_pronoun is not None and pronoun is not None:
            if (antecedent := pronoun_antecedent(text, span, persons, bounds, g, pronoun.group(0))) is not None:
                return [antecedent]
        else:
            previous = [p for p in persons if rx.sentence_of(bounds, p.start_char) == sentence - 1 and not is_official(text, p, g)]
            if previous:
                return [previous[-1]]
    candidates = [p for p in persons if not (split and (is_official(text, p, g) or not_receiver(text, p, g)))]
    if split and sentence > 0 and g.pronoun_singular is not None and g.pronoun_singular.match(text, bounds[sentence], span.start_char):
        earlier = [p for p in candidates if p.end_char <= bounds[sentence]]
        if earlier:  # "X was released ... . His prison sentence was replaced with a fine": the last person named
            return [earlier[-1]]
    if len({p._.get(PERSON_ID) for p in candidates}) == 1 and not (
            split and not in_sentence and counted_object(text, span, g) is not None):
        # (not "Courts ... fined two people": a group counted at the measure is not the text's only named person)
        return [candidates[0]]
    if (split and g.carry_over and sentence > 0 and not in_sentence and counted_object(text, span, g) is None
            and not (g.unnamed_person is not None and g.unnamed_person.search(text, bounds[sentence], bounds[sentence + 1]))):
        previous_sentence = [p for p in candidates if rx.sentence_of(bounds, p.start_char) == sentence - 1]
        if previous_sentence:
            return [previous_sentence[-1]]
    return [None]


def _distinct(persons: list[Span]) -> list[Span]:
    """One span per identity, the first of each, in order."""
    named: dict[Any, Span] = {}
    for person in persons:
        named.setdefault(person._.get(PERSON_ID) or person.text, person)
    return list(named.values())


def not_receiver(text: str, person: Span, g: RelationGrammar = _ENGLISH) -> bool:
    """A person the words around name as an era or a victim, who receives no measure there."""
    after = g.not_receiver_after is not None and g.not_receiver_after.match(text, person.end_char)
    before = g.not_receiver_before is not None and g.not_receiver_before.search(text, max(0, person.start_char - 30), person.start_char)
    return bool(after or before)


def is_official(text: str, person: Span, g: RelationGrammar = _ENGLISH) -> bool:
    if not g.official_title.search(text[max(0, person.start_char - 50) : person.start_char]):
        return False
    # "адвокат Ерлана Сапарова Айдар Нуров": the name right after the client's is the official's
    return not (g.official_name_after is not None and g.official_name_after.match(text, person.end_char))


def _past_aside(text: str, span: Span, persons: list[Span], before: list[int], g: RelationGrammar) -> int:
    """The subject before a comma-closed aside that ends before ``span`` ("X, брат осуждённого Y, был оштрафован": X),
    else the last person before ``span``."""
    last = before[-1]
    if g.aside is None:
        return last
    for i in reversed(before[:-1]):
        found = g.aside.match(text[persons[i].end_char : span.start_char])
        if found is None:
            continue
        closed = persons[i].end_char + found.end("aside")
        # the aside holds the last person, and no one is named between its end and the measure
        if persons[last].end_char <= closed and not any(closed <= p.start_char < span.start_char for p in persons):
            return i
    return last


def kin_antecedent(text: str, span: Span, persons: list[Span], before: list[int], g: RelationGrammar) -> Span | None:
    """The relative a kin word at the measure refers to: "Мать Ерлана Сапарова Айгуль Нурова сообщила, что сына
    приговорили к 5 годам" (Сапарова, the one named after a kin word), where no name follows the kin word."""
    if g.kin_object is None or g.kin_before is None:
        return None
    kin = rx.last_match(g.kin_object.finditer(text, max(persons[before[-1]].end_char, span.start_char - 30), span.end_char))
    if kin is None:
        return None
    related = [persons[i] for i in before if g.kin_before.search(text, max(0, persons[i].start_char - 20), persons[i].start_char)]
    return related[-1] if len(related) == 1 else None


def _clause_start(text: str, span: Span, persons: list[Span], bounds: list[int]) -> int:
    sentence = rx.sentence_of(bounds, span.start_char)
    return max([bounds[sentence], *(p.end_char for p in persons if p.end_char <= span.start_char)])


def ordinal_members(text: str, span: Span, persons: list[Span], bounds: list[int], g: RelationGrammar) -> list[Span] | None:
    """The members of the list before an ordinal that stands for them: "X, Y и Z ... Первый был приговорен к штрафу,
    а последние — к трем годам" (X; Y and Z)."""
    if g.ordinal_reference is None:
        return None
    # searched up to the measure's end: the ordinal's lookahead reads the verb after it
    ordinal = rx.last_match(m for m in g.ordinal_reference.finditer(text, _clause_start(text, span, persons, bounds), span.end_char)
                            if m.end() <= span.start_char)
    if ordinal is None:
        return None
    sentence = rx.sentence_of(bounds, span.start_char)
    earlier = [i for i, p in enumerate(persons) if p.end_char <= ordinal.start()
               and rx.sentence_of(bounds, p.start_char) >= sentence - 2 and not is_official(text, p, g)]
    if not earlier:
        return None
    listed = _distinct(coordinated_group(text, persons, earlier[-1], g=g))
    if len(listed) < 2:
        return None
    picked = {"first": listed[:1], "second": listed[1:2], "third": listed[2:3], "last": listed[-1:], "rest": listed[1:]}
    return next((picked[name] for name, value in ordinal.groupdict().items() if value), None) or None


def role_antecedent(text: str, span: Span, persons: list[Span], bounds: list[int], g: RelationGrammar) -> Span | None:
    """The person a role noun at the measure refers back to, by the same role said of her earlier: "задержала активиста X
    и журналистку Y. Журналистку оштрафовали на 50 МРП" (Y)."""
    if g.role_reference is None:
        return None
    role = rx.last_match(g.role_reference.finditer(text, max(_clause_start(text, span, persons, bounds), span.start_char - 40), span.end_char))
    if role is None:
        return None
    key = (role["stem"].lower(), bool(role["feminine"]))
    matching = []
    for p in persons:
        if p.end_char > role.start():
            break
        said = rx.last_match(g.role_reference.finditer(text, max(0, p.start_char - 40), p.start_char))
        if said is not None and (said["stem"].lower(), bool(said["feminine"])) == key and not any(
                said.end() <= q.start_char < p.start_char for q in persons):
            matching.append(p)
    return matching[-1] if matching else None


def _gender(g: RelationGrammar, person: Span) -> str | None:
    from ..inflection import nominative

    name = nominative(person.text)
    if g.feminine_name.search(name):
        return "f"
    return "m" if g.masculine_name.search(name) else None


def pronoun_antecedent(text: str, span: Span, persons: list[Span], bounds: list[int], g: RelationGrammar, pronoun: str) -> Span | None:
    """The person a singular pronoun in a sentence without names points to: in the nearest sentence before that names
    one of the pronoun's gender, the subject (a nominative mention) or else the last; a sentence whose subject is itself a
    pronoun and names her only in another case passes on to the one before ("Мухтар Аблязов ... . В 1999 году он ушел в
    отставку, заявив, что методы режима Нурсултана Назарбаева ... . Его приговорили к шести годам": Аблязов)."""
    from ..inflection import nominative

    gender = "f" if g.feminine_pronoun.fullmatch(pronoun) else "m"
    sentence = rx.sentence_of(bounds, span.start_char)
    for earlier in range(sentence - 1, -1, -1):
        named = [p for p in persons if rx.sentence_of(bounds, p.start_char) == earlier and not is_official(text, p, g)
                 and not not_receiver(text, p, g) and _gender(g, p) in (gender, None)]
        if not named:
            continue
        subjects = [p for p in named if nominative(p.text) == p.text]
        if subjects:
            return subjects[-1]
        if g.subject_pronoun is not None and g.subject_pronoun.search(text, bounds[earlier], bounds[earlier + 1]):
            continue
        return named[-1]
    return None


def counted_subject(text: str, span: Span, persons: list[Span], bounds: list[int], g: RelationGrammar = _ENGLISH) -> int | None:
    """N for "three activists were placed in detention ..." right before ``span``, with no name in between."""
    sentence = rx.sentence_of(bounds, span.start_char)
    clause_start = max([bounds[sentence], *(p.end_char for p in persons if p.end_char <= span.start_char)])
    clause = text[clause_start : span.start_char]
    found = rx.last_match(g.counted_subject.finditer(clause))
    if found is None and g.verb_in_measure:
        # the measure's own first word may be the verb: "five of them received prison sentences"
        clause += re.match(r"\w*", text[span.start_char : span.end_char]).group(0)
        found = rx.last_match(g.counted_subject.finditer(clause))
    if found is None and g.counted_before is not None:  # "sentenced 11 oil workers to prison terms of ..."
        found = g.counted_before.search(text, clause_start, span.start_char)
    if found is None and g.counted_in_measure is not None:  # "оштрафовал двух журналистов на 100 МРП": the object in the span
        found = g.counted_in_measure.match(text, span.start_char, span.end_char)
    if found is None or ";" in clause[found.end() :]:
        return None
    if g.counted_subject_break is not None and g.counted_subject_break.search(clause, found.end()):
        return None  # "Three were acquitted and the remainder ... given suspended sentences": another subject's measure
    return _count(g, found)


def counted_object(text: str, span: Span, g: RelationGrammar) -> int | None:
    """N for "арестовал на 15 суток шестерых активистов": a counted group right after ``span``."""
    if g.counted_object is None:
        return None
    found = _count(g, g.counted_object.match(text, span.end_char, span.end_char + 80))
    if found is None and g.counted_list is not None and g.list_count is not None:
        # "seven-year prison sentences handed down to two other managers, one police officer and two civilians": 5
        listed = g.counted_list.match(text, span.end_char, span.end_char + 160)
        if listed is not None:
            counts = [c["count"].lower() for c in g.list_count.finditer(listed["list"])]
            found = sum(1 if c == "one" else int(c) if c.isdigit() else g.count_words[c] for c in counts)
    return found


def counted_reference(
    text: str, span: Span, persons: list[Span], bounds: list[int], group: list[Span | None], g: RelationGrammar
) -> list[Span | None] | None:
    """The group a Russian measure goes to where the other readers leave it, else None: an official's tally ("из них 400
    оштрафованы": no measure, []), a counted object before a person named later ("санкции на арест 16 зачинщиков, сообщил
    ... X"), a list with others ("X и несколько других оппозиционеров были оштрафованы": X and one unnamed), a pair
    ("Обоих отправили за решетку") and a group referred back to ("Еще 20 жителей суд ... назначил им", "по делу пяти
    активистов. ... Каждому из осужденных")."""
    if g.whole_group is None:
        return None
    sentence = rx.sentence_of(bounds, span.start_char)
    if g.tally.search(text, _clause_start(text, span, persons, bounds), span.start_char):
        return []
    if group and all(p is not None and p.start_char >= span.end_char for p in group) and (
            count := counted_object(text, span, g)) is not None:
        return [None] * count
    before = [i for i, p in enumerate(persons) if p.end_char <= span.start_char and rx.sentence_of(bounds, p.start_char) == sentence]
    if before and (others := g.and_others.match(text, persons[before[-1]].end_char, span.start_char)) is not None:
        named = coordinated_group(text, persons, before[-1], g=g)
        return [*named, *[None] * (_count(g, others) if others["count"] else 1)]
    if any(rx.sentence_of(bounds, p.start_char) == sentence for p in persons):
        return None
    reference = rx.last_match(g.whole_group.finditer(text, max(bounds[sentence], span.start_char - 40), span.end_char))
    if reference is None or (any(group) and not reference["pronoun"]) or (len(group) > 1 and not any(group)):
        return None
    if reference["pair"]:
        return [None, None]
    # a pronoun refers to a count in its own sentence, a noun ("все осужденные") to one anywhere before in the paragraph
    count = _count(g, rx.last_match(g.counted_mention.finditer(text, bounds[sentence] if reference["pronoun"] else 0, reference.start())))
    return [None] * count if count else None


def _count(g: RelationGrammar, found: re.Match[str] | None) -> int | None:
    if found is None:
        return None
    count = found["count"].lower()
    return int(count) if count.isdigit() else sum(g.count_words[word] for word in count.split())


def the_rest(text: str, span: Span, persons: list[Span], g: RelationGrammar) -> int | None:
    """N - K for "the trial of N activists ... for A, B (K named) ... and restriction of liberty for everyone else"."""
    if g.the_rest is None or g.group_total is None or not g.the_rest.match(text, span.end_char):
        return None
    total = _count(g, rx.last_match(g.group_total.finditer(text, 0, span.start_char)))
    named = _distinct([p for p in persons if p.end_char <= span.start_char and not is_official(text, p, g)])
    return total - len(named) if total is not None and total > len(named) else None


def _has_quantity(value: dict[str, Any]) -> bool:
    return bool(value.get("duration") or value.get("amount") or value.get("until"))


def drop_restatements(doc: Doc, spans_key: str, repeated: re.Pattern[str] | None = None) -> None:
    """One sanction per measure per person: drop a repeated value, and a bare "fined" beside "fined 72,500 tenge".

    A measure that ``repeated`` says is new ("his detention was extended again") is kept."""
    text = doc_text(doc) if repeated is not None else ""
    spans = list(doc.spans.get(spans_key, []))
    quantified = {(v["type"], pid) for s in spans for v, pid in zip(s._.get(SANCTION) or [], s._.get(PERSON_IDS) or [])
                  if pid is not None and _has_quantity(v)}
    seen: set[tuple] = set()
    kept_spans = []
    for span in spans:
        values, ids = [], []
        again = repeated is not None and repeated.match(text, span.end_char) is not None
        for value, pid in zip(span._.get(SANCTION) or [], span._.get(PERSON_IDS) or []):
            if pid is not None:
                key = (sanction_key(value), pid)
                # a payment without an amount beside one with an amount is another cost ("damages of 25.7 million
                # tenge ... the state duty and procedural costs are also to be collected"), not the same one restated
                bare_repeat = not _has_quantity(value) and (value["type"], pid) in quantified and value["type"] != "payment"
                if key in seen or (bare_repeat and not again):
                    continue
                seen.add(key)
            values.append(value)
            ids.append(pid)
        if values:
            span._.set(SANCTION, values)
            span._.set(PERSON_IDS, ids)
            kept_spans.append(span)
    doc.spans[spans_key] = kept_spans


def drop_summaries(doc: Doc, spans_key: str) -> None:
    """Drop a count told before its details: "has fined three activists. A and B were ordered to pay 110,740
    tenges each, while C was fined 77,532 tenges" is three fines, not six. A span whose values are all unnamed
    and without quantity goes where at least as many measures of its type follow it in the entry."""
    spans = list(doc.spans.get(spans_key, []))
    kept = []
    for span in spans:
        values, ids = span._.get(SANCTION) or [], span._.get(PERSON_IDS) or []
        if values and not any(ids) and not any(_has_quantity(v) for v in values):
            kind = values[0]["type"]
            later = sum(v["type"] == kind for s in spans if s.start_char >= span.end_char for v in s._.get(SANCTION) or [])
            # payments are not summed up that way: "ordered to pay damages ..., as well as court fees" are two costs
            if all(v["type"] == kind for v in values) and later >= len(values) and kind != "payment":
                continue
        kept.append(span)
    doc.spans[spans_key] = kept


class RelationLinker(StatelessPipe):
    def __init__(
        self, nlp: Language, name: str = "kzmonitor_relation_linker", *, citations_key: str = CITATIONS_KEY,
        sanctions_key: str = SANCTIONS_KEY, language: str | None = None,
    ):
        install_extensions()
        self.name = name
        self.grammar = relation_grammar(check_language(language or nlp.lang))
        self.citations_key = citations_key
        self.sanctions_key = sanctions_key

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        persons = [e for e in doc.ents if e.label_ == PERSON_LABEL]
        citations, sanctions = doc.spans.get(self.citations_key, []), doc.spans.get(self.sanctions_key, [])
        # the sentences, found only where a citation or sanction needs its persons
        bounds = rx.sentence_bounds(text, self.grammar.language) if len(citations) or len(sanctions) else []
        for span in citations:
            values = span._.get(CITATION) or []
            person = persons_for(text, span, persons, bounds, split=False, g=self.grammar)[0]
            span._.set(PERSON_IDS, [person._.get(PERSON_ID) if person is not None else None] * len(values))
        previous: tuple[Span, list[Span | None]] | None = None
        # measure type -> (sentence, persons) of the last measure named without its quantity
        bare: dict[str, tuple[int, list[Span | None]]] = {}
        for span in sanctions:
            values = span._.get(SANCTION) or []
            sentence = rx.sentence_of(bounds, span.start_char)
            group = persons_for(text, span, persons, bounds, split=True, g=self.grammar)
            if (rest := the_rest(text, span, persons, self.grammar)) is not None:
                group = [None] * rest
            if group == [None] or (group[-1] is not None and group[-1].end_char <= span.start_char):
                count = counted_subject(text, span, persons, bounds, self.grammar)
                if count is None and group == [None]:
                    count = counted_object(text, span, self.grammar)
                if count is None and group == [None] and self.grammar.counted_all is not None:
                    count = _count(self.grammar, rx.last_match(self.grammar.counted_all.finditer(text, bounds[sentence], span.start_char)))
                if count is not None:
                    group = [None] * count
            if (regrouped := counted_reference(text, span, persons, bounds, group, self.grammar)) is not None:
                group = regrouped
            if group == [None] and values and _has_quantity(values[0]) and (named := bare.get(values[0]["type"])) is not None:
                if named[0] in (sentence, sentence - 1):
                    group = named[1]  # "X и Y оштрафовали. Сумма штрафа составляет 196 600 тенге": the fine named before
            elif (
                self.grammar.bare_before_carry and sentence > 0 and values and _has_quantity(values[0])
                and (named := bare.get(values[0]["type"])) is not None and named[0] == sentence - 1
                and all(p is not None and rx.sentence_of(bounds, p.start_char) == sentence - 1 for p in group)
            ):
                group = named[1]  # the persons carried over from the sentence before are those the bare measure named
            if values and not _has_quantity(values[0]) and any(p is not None for p in group):
                bare[values[0]["type"]] = (sentence, group)
            if (
                self.grammar.joined_measure is not None and previous is not None and len(previous[1]) > len(group)
                and previous[0].end_char <= span.start_char
                and self.grammar.joined_measure.match(text, previous[0].end_char, span.start_char)
            ):
                group = previous[1]  # "к пяти годам тюрьмы с запретом ...": the same persons
            previous = (span, group)
            if len(values) == 2 and len(group) != 2 and rx.gives_range(span.text, self.grammar.language):
                # "three activists ... 10 to 15 days": nobody's own term is given, so one measure each without one
                values = [dict(values[0], duration=None, amount=None, kzt=None)]
            if len(values) == 1 and len(group) > 1:
                values = [dict(values[0]) for _ in group]
            span._.set(SANCTION, values)
            ids = [p._.get(PERSON_ID) if p is not None else None for p in group][: len(values)]
            span._.set(PERSON_IDS, ids + ids[-1:] * (len(values) - len(ids)))
        drop_restatements(doc, self.sanctions_key, self.grammar.repeated)
        drop_summaries(doc, self.sanctions_key)
        return doc
