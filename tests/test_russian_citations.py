"""Russian citations: the same parser as English, reading data/ru/citations.json.

Sentences marked with a source are quoted from stored pages of the development publishers
(Azattyq/RFE-RL Russian, KIBHR bureau.kz, KazTAG); the others are the issue's shapes.
"""

import pytest
import spacy

from kzmonitor.components.citations import find_citations


def _citations(text):
    return [
        (text[c.start : c.end], [(v["code"], v["article"], v["part"], v["paragraph"]) for v in c.values])
        for c in find_citations(text, "ru")
    ]


@pytest.mark.parametrize("text,expected", [
    # bureau.kz/?p=26801: the code's abbreviation after the article, no connector
    ("привлечённого к административной ответственности по статье 374 КоАП за организацию несанкционированного митинга",
     [("статье 374 КоАП", [("administrative", "374", None, None)])]),
    # rus.azattyq.org (RFE/RL mirror /a/31502832.html), train azattyq/2021-10-almaty-13-activists-dvk-koshe #2:
    # "обеим частям" is parts 1 and 2 (Article 405 has these two; train DECISIONS.md)
    ("судом признаны виновными по обеим частям статьи 405 («Организация и участие в деятельности ...»)",
     [("обеим частям статьи 405", [("unknown", "405", "1", None), ("unknown", "405", "2", None)])]),
    # part before article, code after it
    ("осужден по ч. 2 ст. 405 УК РК", [("ч. 2 ст. 405 УК РК", [("criminal", "405", "2", None)])]),
    # genitive code name
    ("по статье 174 Уголовного кодекса", [("статье 174 Уголовного кодекса", [("criminal", "174", None, None)])]),
    ("по части 2 статьи 405", [("части 2 статьи 405", [("unknown", "405", "2", None)])]),
    ("ст. 488 КоАП РК", [("ст. 488 КоАП РК", [("administrative", "488", None, None)])]),
    # пункт is a paragraph
    ("по п. 1 ч. 2 ст. 55 УК РК", [("п. 1 ч. 2 ст. 55 УК РК", [("criminal", "55", "2", "1")])]),
    # a list shares the code named at its end
    ("по ст. 174, 274 и 405 УК РК",
     [("ст. 174, 274 и 405 УК РК", [("criminal", "174", None, None), ("criminal", "274", None, None), ("criminal", "405", None, None)])]),
    ("частями 1 и 2 статьи 405 УК РК", [("частями 1 и 2 статьи 405 УК РК", [("criminal", "405", "1", None), ("criminal", "405", "2", None)])]),
    # each article of a list with its own part before it
    ("(часть 1 статьи 272 и часть 3 статьи 24 УК РК)",
     [("часть 1 статьи 272 и часть 3 статьи 24 УК РК", [("criminal", "272", "1", None), ("criminal", "24", "3", None)])]),
    # the part after its article, the monitors' short form
    ("ст.489 ч.10 КОАП РК штраф в размере 172500 тг", [("ст.489 ч.10 КОАП РК", [("administrative", "489", "10", None)])]),
    ("по статье 272, части 3 УК РК", [("статье 272, части 3 УК РК", [("criminal", "272", "3", None)])]),
    ("статьи 128 УПК РК и статьи 15 ГК РК",
     [("статьи 128 УПК РК", [("criminal_procedure", "128", None, None)]), ("статьи 15 ГК РК", [("civil", "15", None, None)])]),
    ("статьей 10 АППК", [("статьей 10 АППК", [("administrative_procedure", "10", None, None)])]),
    ("статьи 20 Конституции РК", [("статьи 20 Конституции РК", [("constitution", "20", None, None)])]),
    # any letter case of the code's name
    ("статьи 174 уголовного кодекса Республики Казахстан",
     [("статьи 174 уголовного кодекса Республики Казахстан", [("criminal", "174", None, None)])]),
    # a quoted title between the article and its code
    ("по статье 274 «Распространение заведомо ложной информации» УК РК",
     [("статье 274 «Распространение заведомо ложной информации» УК РК", [("criminal", "274", None, None)])]),
    # a later article without a code in the same sentence inherits it
    ("по ст. 405 УК РК и ст. 174", [("ст. 405 УК РК", [("criminal", "405", None, None)]), ("ст. 174", [("criminal", "174", None, None)])]),
    # cabar.asia, dev cabar/2019-incitement-convictions-rising #4: an ordinal before the word, no code named
    ("но 174-я статья считается именно экстремистской", [("174-я статья", [("unknown", "174", None, None)])]),
    # the ordinal in another case, with its code; and after the word
    ("его судили по 405-й статье УК РК", [("405-й статье УК РК", [("criminal", "405", None, None)])]),
    ("статья 174-я УК РК", [("статья 174-я УК РК", [("criminal", "174", None, None)])]),
    # an ordinal part before its article is the part, not an article
    ("по части 1-й статьи 405", [("части 1-й статьи 405", [("unknown", "405", "1", None)])]),
    # a part named by an ordinal word, after or before its word
    ("по части второй статьи 405 УК РК", [("части второй статьи 405 УК РК", [("criminal", "405", "2", None)])]),
    ("по второй части 174-й статьи УК", [("второй части 174-й статьи УК", [("criminal", "174", "2", None)])]),
    # several paragraphs of one part: one citation each
    ("по пунктам 1 и 3 части 2 статьи 274 УК РК",
     [("пунктам 1 и 3 части 2 статьи 274 УК РК", [("criminal", "274", "2", "1"), ("criminal", "274", "2", "3")])]),
    # each article of a list with its own part after it
    ("по ст.ст. 174 ч. 1, 405 ч. 2 УК РК",
     [("ст.ст. 174 ч. 1, 405 ч. 2 УК РК", [("criminal", "174", "1", None), ("criminal", "405", "2", None)])]),
    # a quoted title inside a list of bare numbers
    ("признал виновным по статьям 174 («Возбуждение розни») и 405 УК РК",
     [("статьям 174 («Возбуждение розни») и 405 УК РК", [("criminal", "174", None, None), ("criminal", "405", None, None)])]),
    # the code's title in quotes, as the Code of Administrative Offences is often named
    ("по статье 488 Кодекса РК «Об административных правонарушениях»",
     [("статье 488 Кодекса РК «Об административных правонарушениях»", [("administrative", "488", None, None)])]),
    # the code named before its article in brackets
    ("по Уголовному кодексу РК (статья 174)", [("Уголовному кодексу РК (статья 174", [("criminal", "174", None, None)])]),
    ("по статье 405 УК Казахстана", [("статье 405 УК Казахстана", [("criminal", "405", None, None)])]),
    # train, 365info/2018-10-baizenov-four-years-restriction #1: a number before the singular word, no ordinal ending
    ("Наказания по 174 статье УК РК участились.", [("174 статье УК РК", [("criminal", "174", None, None)])]),
    # dev, factcheck/2026-02-false-information-laws-selective #1: the code as an adjective before the article
    ("привлекать и по административной ст.456-2 размещение",
     [("административной ст.456-2", [("administrative", "456-2", None, None)])]),
    # dev, paryz/2022-kudaibergen-detained #2: the part keyword again before each part, as English "Part 1 and Part 2 of Article 272"
    ("обвиняют в организации и участии в массовых беспорядках (ч.1 и ч.2 ст. 272 УК РК).",
     [("ч.1 и ч.2 ст. 272 УК РК", [("criminal", "272", "1", None), ("criminal", "272", "2", None)])]),
    # ... inside a list, and the parts of a later item
    ("по ч. 2 ст. 405, ч. 1 и ч. 3 ст. 274 УК РК",
     [("ч. 2 ст. 405, ч. 1 и ч. 3 ст. 274 УК РК", [("criminal", "405", "2", None), ("criminal", "274", "1", None), ("criminal", "274", "3", None)])]),
    # dev, bureau/2016-10-so-statyami-naperevez #4: the code named once, between the word and the numbers, for both
    ("возбуждены уголовные дела по статьям Уголовного кодекса 24 (приготовление к преступлению) и 179(действия, направленные на захват власти).",
     [("статьям Уголовного кодекса 24 (приготовление к преступлению) и 179", [("criminal", "24", None, None), ("criminal", "179", None, None)])]),
    ("по статье Уголовного кодекса РК 174 «Возбуждение розни»", [("статье Уголовного кодекса РК 174", [("criminal", "174", None, None)])]),
])
def test_russian_citations_spans_and_values(text, expected):
    assert _citations(text) == expected


def test_russian_citations_law_title():
    (found,) = find_citations("нарушил пункт 1 статьи 10 Закона РК «О мирных собраниях»", "ru")
    assert found.values[0]["code"] == "law" and found.values[0]["law_title"] == "О мирных собраниях"
    assert found.values[0]["article"] == "10"


@pytest.mark.parametrize("text,title", [
    # the law's date and number between its word and its quoted title
    ("по статье 8 Закона Республики Казахстан от 7 мая 2020 года № 333-VI «О порядке организации и проведения мирных собраний»",
     "О порядке организации и проведения мирных собраний"),
    # a title without quotes, up to the next punctuation
    ("по статье 2 Закона о средствах массовой информации, а также", "о средствах массовой информации"),
])
def test_russian_citations_law_title_shapes(text, title):
    (found,) = find_citations(text, "ru")
    assert (found.values[0]["code"], found.values[0]["law_title"]) == ("law", title)


@pytest.mark.parametrize("text", [
    "в 2022 году суд рассмотрел 405 дел",  # numbers without an article keyword
    "постановление № 5 от 12 мая",
    "по 3 статьям Уголовного кодекса",  # a count of articles, not article 3
    "He was charged under Article 405 of the Criminal Code",  # English words are not Russian tables'
    # a year or a quantity after the code is no article
    "по статье Уголовного кодекса 2014 года",
    "по статье УК 15 суток",
])
def test_russian_citations_none(text):
    assert find_citations(text, "ru") == []


def test_russian_citations_english_unchanged_by_language_option():
    text = "Article 405, Part 2 of the Criminal Code"
    assert [v["article"] for c in find_citations(text) for v in c.values] == ["405"]
    assert find_citations("по ч. 2 ст. 405 УК РК") == []  # English tables do not read Russian


def test_russian_citations_component_language_option():
    nlp = spacy.blank("ru")
    nlp.add_pipe("kzmonitor_citation_parser")  # language None: nlp.lang
    doc = nlp("Суд признал его виновным по ч. 2 ст. 405 УК РК.")
    assert [s.text for s in doc.spans["kz_citations"]] == ["ч. 2 ст. 405 УК РК"]
    english = spacy.blank("xx")
    english.add_pipe("kzmonitor_citation_parser", config={"language": "ru"})
    assert english.get_pipe("kzmonitor_citation_parser").language == "ru"
    with pytest.raises(ValueError, match="unknown language"):
        spacy.blank("de").add_pipe("kzmonitor_citation_parser")


def test_russian_citations_patterns_are_the_tables():
    # the Russian grammar is built from data/ru/citations.json, not a copy of the English module
    from kzmonitor.components.citations import grammar
    from kzmonitor.regexes import fragments

    # both languages open a list item with its part ("ч. 1 ст. 274", "part 1 of article 362"), each from its own table
    assert grammar("ru").part_before_article and grammar("en").part_before_article
    assert grammar("ru").prefixed_item_re.pattern == fragments("ru")["PREFIXED_ITEM"]
    assert grammar("ru").article_start_re.pattern == fragments("ru")["ARTICLE_START"]
    assert grammar("ru").code_for_name("Уголовного  кодекса") == "criminal"
