"""Russian sanctions: the same parser as English, reading data/ru/sanctions.json and numerals.json.

Sentences marked with a source are quoted from stored pages of the development publishers
(Azattyq/RFE-RL Russian, KazTAG, Fergana); the others are the issue's shapes.
"""

import pytest
import spacy

from kzmonitor.components import sanctions
from kzmonitor.components.sanctions import find_sanctions


def _sanctions(text):
    return [
        (text[m.start : m.end], [(v["type"], {k: x for k, x in (v["duration"] or {}).items() if x} or None, v["amount"], v["until"]) for v in m.values])
        for m in find_sanctions(text, language="ru", entry_date="2024-03-01")
    ]


Y, D, MO, H = "years", "days", "months", "hours"


@pytest.mark.parametrize("text,expected", [
    # rus.azattyq.org/a/kazakhstan-ban-on-social-activity-imposed-on-civil-activists/29709514.html
    ("9 января Ауэзовский районный суд Алматы приговорил гражданскую активистку Дильнар Инсенову к двум годам ограничения "
     "свободы и запретил ей в течение такого же срока заниматься общественной деятельностью.",
     [("двум годам ограничения свободы", [("restriction_of_liberty", {Y: 2}, None, None)]),
      ("запретил ей в течение такого же срока заниматься общественной деятельностью", [("activity_ban", None, None, None)])]),
    # Azattyq (RFE/RL mirror /a/31502832.html): prison in the dative, a ban "в течение пяти лет"
    ("Суд приговорил их к пяти годам тюрьмы с запретом заниматься общественно-политической деятельностью с использованием "
     "социальных сетей в течение пяти лет.",
     [("пяти годам тюрьмы", [("imprisonment", {Y: 5}, None, None)]),
      ("запретом заниматься общественно-политической деятельностью с использованием социальных сетей в течение пяти лет",
       [("activity_ban", {Y: 5}, None, None)])]),
    # KazTAG (zonakz.net/2019/08/01/...): a measure of restraint, the term in words
    ("Специализированным следственным судом Актау 31 июля избрана мера пресечения в виде ареста сроком на два месяца в "
     "отношении девятерых членов преступных групп",
     [("мера пресечения в виде ареста сроком на два месяца", [("pretrial_detention", {MO: 2}, None, None)])]),
    # fergana.ru/articles/116185: years and months
    ("суд назначил бывшей бизнесвумен и певице 13 лет и 4 месяца лишения свободы",
     [("13 лет и 4 месяца лишения свободы", [("imprisonment", {Y: 13, MO: 4}, None, None)])]),
    # the shapes
    ("Его арестовали на 15 суток.", [("арестовали на 15 суток", [("administrative_arrest", {D: 15}, None, None)])]),
    ("Ему дали 10 суток административного ареста.", [("10 суток административного ареста", [("administrative_arrest", {D: 10}, None, None)])]),
    ("Суд назначил штраф в размере 30 МРП.", [("штраф в размере 30 МРП", [("fine", None, {"value": 30, "currency": "MCI"}, None)])]),
    ("Активистку оштрафовали на 100 тысяч тенге.",
     [("оштрафовали на 100 тысяч тенге", [("fine", None, {"value": 100000, "currency": "KZT"}, None)])]),
    ("штраф в размере 50 месячных расчетных показателей",
     [("штраф в размере 50 месячных расчетных показателей", [("fine", None, {"value": 50, "currency": "MCI"}, None)])]),
    # the tenge gloss in brackets belongs to the amount
    ("назначили штрафы в размере 50 МРП (196 600 тенге)",
     [("штрафы в размере 50 МРП (196 600 тенге)", [("fine", None, {"value": 50, "currency": "MCI"}, None)])]),
    ("Суд назначил лишение свободы сроком на 7 лет.", [("лишение свободы сроком на 7 лет", [("imprisonment", {Y: 7}, None, None)])]),
    ("Он получил 7 лет колонии.", [("7 лет колонии", [("imprisonment", {Y: 7}, None, None)])]),
    ("Суд назначил ограничение свободы на 2 года.", [("ограничение свободы на 2 года", [("restriction_of_liberty", {Y: 2}, None, None)])]),
    ("Суд приговорил ее к двум годам условно.", [("двум годам условно", [("suspended_sentence", {Y: 2}, None, None)])]),
    ("Ему назначили условный срок.", [("условный срок", [("suspended_sentence", None, None, None)])]),
    ("Суд санкционировал арест на 2 месяца.", [("санкционировал арест на 2 месяца", [("pretrial_detention", {MO: 2}, None, None)])]),
    ("избрана мера пресечения в виде содержания под стражей",
     [("мера пресечения в виде содержания под стражей", [("pretrial_detention", None, None, None)])]),
    ("Суд продлил срок содержания под стражей до 27 июня.",
     [("продлил срок содержания под стражей до 27 июня", [("pretrial_detention", None, None, "2024-06-27")])]),
    ("Суд изменил меру пресечения под домашний арест на 2 месяца.",
     [("домашний арест на 2 месяца", [("house_arrest", {MO: 2}, None, None)])]),
    ("запрет заниматься общественной деятельностью на 3 года",
     [("запрет заниматься общественной деятельностью на 3 года", [("activity_ban", {Y: 3}, None, None)])]),
    ("100 часов принудительного труда", [("100 часов принудительного труда", [("forced_labor", {H: 100}, None, None)])]),
    ("суд постановил депортировать его", [("постановил депортировать", [("deportation", None, None, None)])]),
    ("наказание в виде предупреждения", [("в виде предупреждения", [("warning", None, None, None)])]),
    # numerals in words, in their case forms
    ("Арестовали на десять суток.", [("Арестовали на десять суток", [("administrative_arrest", {D: 10}, None, None)])]),
    ("приговорил к полутора годам лишения свободы", [("полутора годам лишения свободы", [("imprisonment", {Y: 1.5}, None, None)])]),
    ("Суд приговорил его к двадцати пяти годам лишения свободы.",
     [("двадцати пяти годам лишения свободы", [("imprisonment", {Y: 25}, None, None)])]),
    ("его приговорили к двум годам", [("к двум годам", [("imprisonment", {Y: 2}, None, None)])]),
    # the legal style: the number, then in words
    ("арестован на 10 (десять) суток", [("арестован на 10 (десять) суток", [("administrative_arrest", {D: 10}, None, None)])]),
    # a measure requested is a sanction (ANNOTATION.md, "A measure requested but not decided")
    ("Прокурор запросил для него 7 лет лишения свободы.", [("7 лет лишения свободы", [("imprisonment", {Y: 7}, None, None)])]),
    # a date's year is not a term
    ("в 2022 году его приговорили к 3 годам", [("к 3 годам", [("imprisonment", {Y: 3}, None, None)])]),
])
def test_russian_sanctions_spans_and_values(text, expected):
    assert _sanctions(text) == expected


@pytest.mark.parametrize("text", [
    # a law's maximum, a threat, a range in the law
    "Ему грозит до 7 лет лишения свободы.",
    "Статья предусматривает наказание в виде ареста на срок до 50 суток.",
    "Нарушение наказывается арестом на срок от 15 до 20 суток.",
    # time served
    "Он вышел на свободу после 15 суток ареста.",
    "Он провел 10 месяцев под стражей.",
    # a request the court refused
    "Суд отказал в аресте на 2 месяца.",
    # a date, an age
    "В 2022 году ему исполнилось 30 лет.",
])
def test_russian_sanctions_not_imposed(text):
    assert find_sanctions(text, language="ru") == []


def test_russian_sanctions_mci_in_tenge():
    (match,) = find_sanctions("Суд назначил штраф в размере 50 МРП.", language="ru", entry_date="2023-04-12")
    assert match.value["kzt"] == 50 * 3450


def test_russian_sanctions_gates_change_no_result(monkeypatch):
    texts = [
        "Суд назначил ограничение свободы на 2 года и запрет заниматься общественной деятельностью на 3 года.",
        "Его арестовали на 15 суток, а потом суд санкционировал арест на 2 месяца.",
        "100 часов принудительного труда; к двум годам условно; штраф в размере 30 МРП.",
    ]
    gated = [find_sanctions(t, language="ru") for t in texts]
    monkeypatch.setattr(sanctions.grammar("ru"), "gates", {})
    assert [find_sanctions(t, language="ru") for t in texts] == gated
    assert sum(map(len, gated)) == 7


def test_russian_sanctions_component_language_option():
    nlp = spacy.blank("ru")
    nlp.add_pipe("kzmonitor_sanction_parser")  # language None: nlp.lang
    doc = nlp("Суд арестовал активиста на 10 суток.")
    assert [s.text for s in doc.spans["kz_sanctions"]] == ["арестовал активиста на 10 суток"]
    assert doc.spans["kz_sanctions"][0]._.kz_sanction[0]["type"] == "administrative_arrest"
    other = spacy.blank("xx")
    other.add_pipe("kzmonitor_sanction_parser", config={"language": "ru"})
    doc = other("арестовали на 15 суток")
    assert [s.text for s in doc.spans["kz_sanctions"]] == ["арестовали на 15 суток"]


def test_russian_sanctions_english_default_unchanged():
    assert find_sanctions("арестовали на 15 суток") == []  # the default tables are English
    assert [m.value["type"] for m in find_sanctions("He was arrested for 15 days.")] == ["administrative_arrest"]
