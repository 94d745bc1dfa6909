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


# The inventory of Russian citation forms (issue 14): every case of статья / часть / пункт, their abbreviations,
# the codes by name and abbreviation, laws, the Constitution, and what carries a code and what does not.
C, A, CP, U = "criminal", "administrative", "criminal_procedure", "unknown"


@pytest.mark.parametrize("text,expected", [
    # статья in each case, singular
    ("Статья 174 УК РК предусматривает наказание до 10 лет.", [("Статья 174 УК РК", [(C, "174", None, None)])]),
    ("Его обвинили по статье 174 УК РК.", [("статье 174 УК РК", [(C, "174", None, None)])]),
    ("Суд переквалифицировал дело на статью 272 УК РК.", [("статью 272 УК РК", [(C, "272", None, None)])]),
    ("деяние, предусмотренное статьей 174 Уголовного кодекса РК", [("статьей 174 Уголовного кодекса РК", [(C, "174", None, None)])]),
    ("деяние, предусмотренное статьёй 405 УК РК", [("статьёй 405 УК РК", [(C, "405", None, None)])]),
    ("нарушение статьи 174 УК", [("статьи 174 УК", [(C, "174", None, None)])]),
    # ... plural
    ("в статьях 174 и 405 УК РК", [("статьях 174 и 405 УК РК", [(C, "174", None, None), (C, "405", None, None)])]),
    ("по статьям 174 и 274", [("статьям 174 и 274", [(U, "174", None, None), (U, "274", None, None)])]),
    ("предусмотренных статьями 174 и 405 УК РК", [("статьями 174 и 405 УК РК", [(C, "174", None, None), (C, "405", None, None)])]),
    ("по признакам статей 174 и 405 УК РК", [("статей 174 и 405 УК РК", [(C, "174", None, None), (C, "405", None, None)])]),
    ("по статьям 174, 272 и 405 Уголовного кодекса",
     [("статьям 174, 272 и 405 Уголовного кодекса", [(C, "174", None, None), (C, "272", None, None), (C, "405", None, None)])]),
    # abbreviations, with and without spaces
    ("по ст.174 УК РК", [("ст.174 УК РК", [(C, "174", None, None)])]),
    ("по ст.ст. 174, 179 УК РК", [("ст.ст. 174, 179 УК РК", [(C, "174", None, None), (C, "179", None, None)])]),
    ("по ст. ст. 174, 179 УК РК", [("ст. ст. 174, 179 УК РК", [(C, "174", None, None), (C, "179", None, None)])]),
    ("по ст.ст.174,179 УК РК", [("ст.ст.174,179 УК РК", [(C, "174", None, None), (C, "179", None, None)])]),
    ("по ч.2 ст.174 УК РК", [("ч.2 ст.174 УК РК", [(C, "174", "2", None)])]),
    ("по ч.2 ст.174", [("ч.2 ст.174", [(U, "174", "2", None)])]),
    ("по ч.ч. 1, 2 ст. 272 УК РК", [("ч. 1, 2 ст. 272 УК РК", [(C, "272", "1", None), (C, "272", "2", None)])]),
    ("по ч. 2, ч. 3 ст. 174 УК РК", [("ч. 2, ч. 3 ст. 174 УК РК", [(C, "174", "2", None), (C, "174", "3", None)])]),
    ("по п.1 ч.2 ст.174 УК РК", [("п.1 ч.2 ст.174 УК РК", [(C, "174", "2", "1")])]),
    ("по пп. 2 ч. 4 ст. 190 УК РК", [("пп. 2 ч. 4 ст. 190 УК РК", [(C, "190", "4", "2")])]),
    # часть in each case
    ("часть 2 статьи 405 УК РК предусматривает", [("часть 2 статьи 405 УК РК", [(C, "405", "2", None)])]),
    ("по части 1 статьи 174 УК", [("части 1 статьи 174 УК", [(C, "174", "1", None)])]),
    ("осужден частью 2 статьи 405 УК РК", [("частью 2 статьи 405 УК РК", [(C, "405", "2", None)])]),
    ("по частям 1 и 3 статьи 272 УК РК", [("частям 1 и 3 статьи 272 УК РК", [(C, "272", "1", None), (C, "272", "3", None)])]),
    ("по части второй статьи 174 УК", [("части второй статьи 174 УК", [(C, "174", "2", None)])]),
    # the part after its article
    ("осуждён по статье 174 части 2 УК РК", [("статье 174 части 2 УК РК", [(C, "174", "2", None)])]),
    ("по ст. 405 ч. 2 УК РК", [("ст. 405 ч. 2 УК РК", [(C, "405", "2", None)])]),
    ("по статье 176 частью 3 пунктом 2 УК РК", [("статье 176 частью 3 пунктом 2 УК РК", [(C, "176", "3", "2")])]),
    # пункт in each case: a paragraph, with or without a part
    ("по пункту 1 части 2 статьи 55 УК РК", [("пункту 1 части 2 статьи 55 УК РК", [(C, "55", "2", "1")])]),
    ("по пункту 2 статьи 272 (участие в массовых беспорядках)", [("пункту 2 статьи 272", [(U, "272", None, "2")])]),
    ("пунктом 4 статьи 274 уголовного кодекса", [("пунктом 4 статьи 274 уголовного кодекса", [(C, "274", None, "4")])]),
    # the Code of Administrative Offences by every name
    ("по статье 488 КоАП", [("статье 488 КоАП", [(A, "488", None, None)])]),
    ("ст. 73-3 КоАП РК", [("ст. 73-3 КоАП РК", [(A, "73-3", None, None)])]),
    ("по части 6 статьи 488 Кодекса РК об административных правонарушениях",
     [("части 6 статьи 488 Кодекса РК об административных правонарушениях", [(A, "488", "6", None)])]),
    ("по ст. 421 Кодекса Республики Казахстан об административных правонарушениях",
     [("ст. 421 Кодекса Республики Казахстан об административных правонарушениях", [(A, "421", None, None)])]),
    ("по статье 488 Кодекса об административных правонарушениях Республики Казахстан",
     [("статье 488 Кодекса об административных правонарушениях Республики Казахстан", [(A, "488", None, None)])]),
    ("по статье 488 Административного кодекса РК", [("статье 488 Административного кодекса РК", [(A, "488", None, None)])]),
    ("по статье 434 КРКоАП", [("статье 434 КРКоАП", [(A, "434", None, None)])]),
    # the other codes
    ("по статье 105 Уголовно-процессуального кодекса", [("статье 105 Уголовно-процессуального кодекса", [(CP, "105", None, None)])]),
    ("в порядке ст. 107 УПК РК", [("ст. 107 УПК РК", [(CP, "107", None, None)])]),
    ("по статье 174 Уголовного кодекса Республики Казахстан",
     [("статье 174 Уголовного кодекса Республики Казахстан", [(C, "174", None, None)])]),
    ("по ч. 1 ст. 400 Уголовного кодекса Казахстана", [("ч. 1 ст. 400 Уголовного кодекса Казахстана", [(C, "400", "1", None)])]),
    ("по статье 272 Уголовного Кодекса РК", [("статье 272 Уголовного Кодекса РК", [(C, "272", None, None)])]),
    # the penal enforcement code has no key of its own: unknown, and it passes no other code on
    ("по статье 117 УИК РК", [("статье 117 УИК РК", [(U, "117", None, None)])]),
    ("по ст. 174 УК РК и ст. 117 УИК РК", [("ст. 174 УК РК", [(C, "174", None, None)]), ("ст. 117 УИК РК", [(U, "117", None, None)])]),
    ("по статье 174 УК РК и статье 117 Уголовно-исполнительного кодекса РК",
     [("статье 174 УК РК", [(C, "174", None, None)]), ("статье 117 Уголовно-исполнительного кодекса РК", [(U, "117", None, None)])]),
    # the code after a clause, or after "из" (train, qazaqstanpress/2025-12-bazhkenova-case-article-274 #1)
    ("статьи 274, касающейся «распространения заведомо ложной информации», из Уголовного кодекса РК",
     [("статьи 274, касающейся «распространения заведомо ложной информации», из Уголовного кодекса РК", [(C, "274", None, None)])]),
    ("по статье 274 из Уголовного кодекса", [("статье 274 из Уголовного кодекса", [(C, "274", None, None)])]),
    # "того же кодекса", "той же статьи"
    ("по ч. 2 ст. 405 УК РК и ч. 1 ст. 174 того же кодекса",
     [("ч. 2 ст. 405 УК РК", [(C, "405", "2", None)]), ("ч. 1 ст. 174 того же кодекса", [(C, "174", "1", None)])]),
    ("по ч. 2 ст. 405 УК РК, а ч. 3 той же статьи предусматривает",
     [("ч. 2 ст. 405 УК РК", [(C, "405", "2", None)]), ("ч. 3 той же статьи", [(C, "405", "3", None)])]),
    ("часть 2 этой статьи", []),  # maybe the newspaper's own
    # laws and the Constitution
    ("нарушение статьи 10 Закона «О мирных собраниях»", [("статьи 10 Закона «О мирных собраниях»", [("law", "10", None, None)])]),
    ("по статьям 10 и 12 Закона «О мирных собраниях»",
     [("статьям 10 и 12 Закона «О мирных собраниях»", [("law", "10", None, None), ("law", "12", None, None)])]),
    ("по статье 10 Конституционного закона «О выборах»", [("статье 10 Конституционного закона «О выборах»", [("law", "10", None, None)])]),
    ("статья 20 Конституции гарантирует свободу слова", [("статья 20 Конституции", [("constitution", "20", None, None)])]),
    ("в соответствии со статьей 32 Конституции РК", [("статьей 32 Конституции РК", [("constitution", "32", None, None)])]),
    # a code named before its article
    ("КоАП РК, ст. 488", [("КоАП РК, ст. 488", [(A, "488", None, None)])]),
    # the code named once after the counted word, a colon before the numbers
    ("по трём статьям УК: 174, 274 и 405",
     [("статьям УК: 174, 274 и 405", [(C, "174", None, None), (C, "274", None, None), (C, "405", None, None)])]),
    # the code as an adjective before the word
    ("по административной статье 488", [("административной статье 488", [(A, "488", None, None)])]),
    # a later sentence that names only the article does not inherit the code (train DECISIONS.md, youth #2)
    ("по ч. 2 ст. 405 УК РК. Статья 405 предусматривает до 6 лет.",
     [("ч. 2 ст. 405 УК РК", [(C, "405", "2", None)]), ("Статья 405", [(U, "405", None, None)])]),
    # ... a later one in the same sentence does
    ("по статье 174 УК РК, а также по статье 274", [("статье 174 УК РК", [(C, "174", None, None)]), ("статье 274", [(C, "274", None, None)])]),
    # an ordinal standing for a counted article (dev, cabar/2019-incitement-convictions-rising #3)
    ("по трём статьям Уголовного кодекса, одна из них – 174-я – «Возбуждение розни»", [("174-я", [(C, "174", None, None)])]),
    ("обвиняется по двум статьям: 174-й и 274-й", [("174-й и 274-й", [(U, "174", None, None), (U, "274", None, None)])]),
    ("по 174-й статье УК", [("174-й статье УК", [(C, "174", None, None)])]),
])
def test_russian_citations_inventory(text, expected):
    assert _citations(text) == expected


@pytest.mark.parametrize("text", [
    "В 2020 году его осудили по 3 статьям. Среди них – 5-я глава.",  # an ordinal of something else
    "по статье о «пропаганде терроризма»",  # an offence by its title, no number
    "в 174-й раз",  # an ordinal without an article word before it
    "В своей статье 12 марта журналист написал о деле.",  # a date after the word: a newspaper's article
    "В статье 2019 года издание писало о пытках.",  # a year
])
def test_russian_citations_inventory_none(text):
    assert find_citations(text, "ru") == []


def test_russian_citations_a_later_paragraph_names_only_the_article():
    # paragraphs are parsed one by one: a bare article in a later one is unknown; "того же кодекса" takes the code before
    import kzmonitor
    from kzmonitor.api import carry_codes

    nlp = kzmonitor.blank("ru")
    docs = [nlp("Суд признал его виновным по ч. 2 ст. 405 УК РК."), nlp("Статья 405 предусматривает до шести лет."),
            nlp("Позже ему вменили ч. 1 ст. 174 того же кодекса.")]
    carry_codes(nlp, docs, ["a", "a", "a"])
    assert [[(v["code"], v["article"], v["part"]) for s in d.spans["kz_citations"] for v in s._.kz_citation] for d in docs] == [
        [(C, "405", "2")], [(U, "405", None)], [(C, "174", "1")]]
