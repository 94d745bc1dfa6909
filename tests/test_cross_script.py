"""Cross-script identity: Cyrillic renderings, the nominative of Russian mentions, linking across scripts.

Names are real spellings from stored Russian and Kazakh pages (training_data/identity/pages.tsv)
and the English reports (training_data/annotated).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kzmonitor.evaluate import cross_script_pairwise, evaluate_identity
from kzmonitor.inflection import kazakh_nominative, nominative, other_gender
from kzmonitor.names import link_names, linking_form, name_key
from kzmonitor.registry import PersonsRegistry, link_with_registry, merge_persons, split_person
from kzmonitor.transliteration import closest_scheme, is_cyrillic, kazakh_respellings, renderings, to_latin

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("mention, expected", [
    ("Асель Тулегеновой", "Асель Тулегенова"),  # feminine genitive; the given name is not declined
    ("Тулегеновой А.С.", "Тулегенова А.С."),  # initials kept
    ("Ерлана Сапарова", "Ерлан Сапаров"),  # the given name says masculine genitive
    ("Сапарова", "Сапарова"),  # a nominative stays as written
    ("Сапарову", "Сапаров"),  # his dative or her accusative: read as masculine
    ("Жанболата Мамая", "Жанболат Мамай"),  # Kazakh surname in -ай
    ("Айгерим Тлеужановой", "Айгерим Тлеужанова"),
    ("Бахытжан ТОРЕГОЖИНОЙ", "Бахытжан ТОРЕГОЖИНА"),  # capitals kept, a woman named Bakhytzhan
    ("Санавар Закирову", "Санавар Закирова"),  # feminine accusative
    ("Касым-Жомарта Токаева", "Касым-Жомарт Токаев"),  # only the last part of a hyphenated name declines
    ("Рысбека Сарсенбайулы", "Рысбек Сарсенбайулы"),  # -улы never declines
    ("Уалихана Негметова", "Уалихан Негметов"),
    ("Маруа Ескендировой", "Маруа Ескендирова"),
    ("Сериком Сапаргали", "Серик Сапаргали"),  # -али names never decline (not a genitive of "Сапаргаля")
    ("Омирали Гульбаран", "Омирали Гульбаран"),  # ... a surname of either gender
    ("Нугуманов Мереке", "Нугуманов Мереке"),  # -ов is his surname, so "Мереке" is no woman's dative
    ("Tulegenova A.", "Tulegenova A."),  # Latin text comes back unchanged
    # Kazakh letters are read as Russian ones, and kept: "Гүлмира" is the dictionary's "Гульмира", a woman.
    ("Гүлмира Өтепова", "Гүлмира Өтепова"),
    ("Гүлмиры Өтеповой", "Гүлмира Өтепова"),
    ("Гулмира Утепова", "Гулмира Утепова"),  # Kazakh л, Russian ль: her nominative, not "Гулмир Утепов"'s genitive
    ("Айгүл Өтепова", "Айгүл Өтепова"),
    ("Рысбека Сарсенбайұлы", "Рысбек Сарсенбайұлы"),  # -ұлы as -улы: never declines
])
def test_inflection_nominative(mention, expected):
    assert nominative(mention) == expected


@pytest.mark.parametrize("mention, expected", [
    ("Сапарову", "Сапарова"),  # his dative, or her accusative
    ("Амренова", "Амренов"),  # her nominative, or his genitive
    ("Галы Бактыбаева", "Галы Бактыбаев"),  # an unknown given name says nothing: his genitive too
    ("Асия Тулесова", "Асия Тулесова"),  # pymorphy3 knows a rare masculine Асий; her nominative is close behind
    ("Асель Тулегеновой", None),  # -ой is hers alone
    ("Жанболата Мамая", None),  # -ая surnames and -а given names agree on his genitive
    ("Нурсултаном Назарбаевым", None),
    ("Tulegenova A.", None),  # Latin text has no case
])
def test_inflection_other_gender(mention, expected):
    assert other_gender(mention) == expected


def test_transliteration_renderings():
    forms = renderings("Жанболат Мамай")
    assert (forms["ru-icao"], forms["ru-bgn-pcgn"], forms["media"], forms["kk-latin-2021"]) == (
        "Zhanbolat Mamai", "Zhanbolat Mamay", "Zhanbolat Mamay", "Janbolat Mamai")
    assert renderings("Сандуғаш Дүйсенова")["kk-latin-2021"] == "Sanduğaş Düisenova"
    assert to_latin("Лукпан АХМЕДЬЯРОВ") == "Lukpan AKHMEDYAROV"
    assert (is_cyrillic("Mаmay"), is_cyrillic("Мамай")) == (False, True)  # one look-alike letter stays Latin


def test_transliteration_closest_scheme():
    assert closest_scheme("Жанболат Мамай", "Mamay Zh.") == ("ru-bgn-pcgn", 100.0)
    assert closest_scheme("Айгерим Тлеужанова", "Tleuzhanova Aigerim") == ("ru-icao", 100.0)


def test_names_key_across_scripts():
    assert linking_form("Марата Жыланбаева") == "Marat Zhylanbayev"
    assert name_key("Жыланбаев") == name_key("Zhylanbayev") == name_key("Zhylanbaev")
    assert name_key("Şärıpov") == name_key("Sharipov")  # Kazakh Latin alphabet


def test_transliteration_kazakh_respellings():
    assert kazakh_respellings("Otepova") == ("Utepova", "Otyopova", "Otepuva", "Utyopova", "Utepuva", "Otyopuva")
    assert kazakh_respellings("Zhakupova")[:2] == ("Zhakopova", "Zhakypova")
    assert kazakh_respellings("Sarsenbayuly")[-1] == "Sarsenbay"  # -улы left out
    assert kazakh_respellings("OTEPOVA")[0] == "UTEPOVA"


@pytest.mark.parametrize("names, expected", [
    # Kazakh ө: о or у in Russian, o or u in Latin; the gender still a difference.
    (["Utepova Gulmira", "Гүлмира Өтепова", "Гулмира Отепова", "Гульмира Утепова", "Отеповой Г.", "Отепов Серик"],
     ["utepova-gulmira"] * 5 + ["otepov-serik"]),
    # Kazakh ы: у in some Russian forms, y or q in Latin (87.5 against 88 without the respelling).
    (["Zhaqypova Gulnar", "Гульнар Жакупова", "Жакуповой Г.", "Жакупов"], ["zhaqypova-gulnar"] * 3 + ["zhakupov"]),
    (["Fyodorov Pyotr", "Петра Федорова"], ["fyodorov-pyotr"] * 2),  # ё written е, surname and given name
    (["Sarsenbay Rysbek", "Рысбека Сарсенбайулы"], ["sarsenbay-rysbek"] * 2),  # -улы left out
    (["Omirali Gulbaran", "Гульбаран Омирали"], ["omirali-gulbaran"] * 2),  # order: the Latin mention's
    # The mention's own rendering has a Latin surname: it stays there, even if another initial fits a respelling.
    (["Otepova A.", "Utepova G.", "Гулмира Отепова"], ["otepova-a", "utepova-g", "otepova-gulmira"]),
])
def test_names_link_kazakh_respellings(names, expected):
    ids, _ = link_names(names, [("x", i) for i in range(len(names))])
    assert ids == expected


def test_names_evidence_says_the_respelling():
    _, identities = link_names(["Utepova Gulmira", "Отеповой Г."], [("en", 1), ("ru", 1)])
    assert identities["utepova-gulmira"].evidence == [
        {"mention": "Отеповой Г.", "rule": "translit:ru-icao", "score": 85.7, "via": "initial fits given name",
         "nominative": "Отепова Г.", "respelled": "Utepova"}]


def test_names_link_across_scripts():
    names = ["Tleuzhanova Aigerim", "Tleuzhan A.", "Айгерим Тлеужановой", "Айгерим Тлеужан",
             "Mamay Zh.", "Жанболата Мамая", "Мамай", "Тулегенов Ерлан", "Tulegenova A."]
    ids, identities = link_names(names, [("en", 1), ("en", 2), ("ru", 1), ("ru", 2), ("en", 3), ("ru", 3), ("ru", 3), ("ru", 4), ("en", 4)])
    assert ids == ["tleuzhanova-aigerim"] * 4 + ["mamay-zh"] * 3 + ["tulegenov-yerlan", "tulegenova-a"]  # gender stays a difference
    mamay = identities["mamay-zh"]
    assert mamay.canonical == "Mamay Zh."  # Latin: the English report's form
    assert mamay.cyrillic_variants == ["Жанболата Мамая", "Мамай"]
    # The Cyrillic full name came first (full names cluster first); the report's "Mamay Zh." joined it by BGN/PCGN.
    assert mamay.evidence == [
        {"mention": "Mamay Zh.", "rule": "translit:ru-bgn-pcgn", "score": 100.0, "via": "initial fits given name"},
        {"mention": "Мамай", "rule": "translit:ru-bgn-pcgn", "score": 100.0, "via": "only identity with this surname"}]


@pytest.mark.parametrize("names, contexts, expected", [
    # Her accusative: the report names her ("Бажкеновой" is hers alone), the English report too.
    (["Bazhkenova Gulnara", "Гульнара Бажкенова", "Бажкенову", "Бажкеновой"], [("en", 1), ("ru", 1), ("ru", 2), ("ru", 3)],
     ["bazhkenova-gulnara"] * 4),
    # His genitive: the English report names him, nobody names a woman of that surname.
    (["Amrenov K.", "Канаткан Амренов", "Амренова"], [("en", 1), ("ru", 1), ("ru", 2)], ["amrenov-k"] * 3),
    (["Baktybayev Galy", "Галы Бактыбаева"], [("en", 1), ("ru", 1)], ["baktybayev-galy"] * 2),
    (["Tulesova A.", "Асия Тулесова"], [("en", 1), ("ru", 1)], ["tulesova-a"] * 2),
    # Husband and wife: her entry names her, his entry him; each bare surname follows its own entry.
    (["Saparov Yerlan", "Saparova Aigerim", "Сапарова", "Сапарову"], [("en", 1), ("en", 2), ("en", 2), ("en", 1)],
     ["saparov-yerlan", "saparova-aigerim", "saparova-aigerim", "saparov-yerlan"]),
    # Nobody names the other gender: the first reading stays (a woman Сапарова is not Saparov E.'s).
    (["Saparova A.", "Сапарова"], [("en", 1), ("ru", 1)], ["saparova-a"] * 2),
])
def test_names_link_other_gender_reading(names, contexts, expected):
    ids, identities = link_names(names, contexts)
    assert ids == expected


def test_names_evidence_says_the_reading_taken():
    _, identities = link_names(["Bazhkenova Gulnara", "Бажкенову"], [("en", 1), ("ru", 1)])
    assert identities["bazhkenova-gulnara"].evidence[0]["nominative"] == "Бажкенова"


def test_registry_keeps_ids_across_scripts(tmp_path):
    registry = PersonsRegistry()
    link_with_registry(["Zhylanbayev Marat", "Toregozhina B."], [("en", 1), ("en", 2)], registry, ["en.txt"] * 2)
    ids, _ = link_with_registry(["Марата Жыланбаева", "Бахытжан Торегожиной"], [("ru", 1), ("ru", 2)], registry, ["ru.txt"] * 2)
    assert ids == ["zhylanbayev-marat", "toregozhina-b"]
    saved = tmp_path / "persons.json"
    saved.write_text(registry.model_dump_json(), encoding="utf-8")
    again = PersonsRegistry.model_validate_json(saved.read_text(encoding="utf-8"))
    ids, _ = link_with_registry(["Жыланбаеву"], [("ru", 5)], again)
    assert ids == ["zhylanbayev-marat"]
    assert again.by_id()["zhylanbayev-marat"].cyrillic_variants == ["Марата Жыланбаева", "Жыланбаеву"]
    split = split_person(again, "zhylanbayev-marat", ["Жыланбаеву"])
    assert (split.person_id, split.canonical) == ("zhylanbayev", "Zhylanbayev")
    assert merge_persons(again, ["zhylanbayev-marat", "zhylanbayev"]).variants[-1] == "Жыланбаеву"


def test_evaluate_cross_script_pairwise():
    scores = cross_script_pairwise([("Мамай", "a", "x"), ("Mamay Zh.", "a", "x"), ("Mamay", "a", "y"), ("Сапаров", "b", "x")])
    assert (scores["cross_script_pairs"], scores["cross_script_p"], scores["cross_script_r"]) == (2, 0.5, 0.5)


def test_evaluate_identity_gold_dev():
    # Tuned on: the dev half. Its figure is a regression guard; the test half is reported, not asserted.
    scores = evaluate_identity([ROOT / "training_data/identity/dev.jsonl", *sorted((ROOT / "training_data/annotated").glob("*.jsonl"))])
    # No false pair; the misses are recorded in training_data/identity_notes.md (a masculine Latin form
    # of a woman's name, a bare given name against an initial, foreign names written by sound)
    assert scores["cross_script_p"] == 1.0
    # 0.989 on the dev half of 81 persons: the misses are recorded in training_data/identity_notes.md
    # (a lone "Ахмедьярова", his genitive or her nominative; "Шарипжанова" against "Sharipzhan A.")
    assert scores["cross_script_f"] >= 0.985


def test_identity_gold_is_split_by_person():
    halves = [{json.loads(line)["person_id"] for line in (ROOT / f"training_data/identity/{h}.jsonl").read_text(encoding="utf-8").splitlines()}
              for h in ("dev", "test")]
    assert not halves[0] & halves[1] and len(halves[0] | halves[1]) >= 160  # 162: dev 81, test 81 (issue 15 asked for at least 80)


@pytest.mark.skipif(not hasattr(__import__("kzmonitor"), "load") or "lang" not in __import__("inspect").signature(__import__("kzmonitor").load).parameters,
                    reason="needs kzmonitor.load(lang='ru') (the Russian pipeline, issue 14)")
def test_extract_english_and_russian_one_person_id(tmp_path):
    from kzmonitor.api import extract_reports, load_pipeline

    english = "April 10, Almaty, Mamay Zh., Article 272, Part 1 of the Criminal Code of the RK, 6 years of probation."
    russian = "10 апреля, г.Алматы, суд приговорил Жанболата Мамая к 6 годам ограничения свободы."
    registry = PersonsRegistry()
    results = extract_reports([("en.txt", english)], load_pipeline(None), registry=registry)
    results += extract_reports([("ru.txt", russian)], __import__("kzmonitor").load(lang="ru"), registry=registry)
    assert {p.person_id for r in results for p in r.persons} == {"mamay-zh"}
    # The persons file keeps the id on the next run, Russian report alone.
    saved = tmp_path / "persons.json"
    saved.write_text(registry.model_dump_json(), encoding="utf-8")
    again = PersonsRegistry.model_validate_json(saved.read_text(encoding="utf-8"))
    results = extract_reports([("ru2.txt", russian)], __import__("kzmonitor").load(lang="ru"), registry=again)
    assert {p.person_id for r in results for p in r.persons} == {"mamay-zh"}


@pytest.mark.parametrize("mention, expected", [
    ("Асқар Қайырбектің", "Асқар Қайырбек"),  # genitive after a voiceless consonant (azattyq.org, Kazakh)
    ("Асқар Қайырбекке", "Асқар Қайырбек"),  # dative -ке after к
    ("Айкөркем Мелдеханға", "Айкөркем Мелдехан"),  # dative -ға after н
    ("Қарлығаш Жақсыбайдың", "Қарлығаш Жақсыбай"),  # genitive -дың after й
    ("Амангелді Батырбековті", "Амангелді Батырбеков"),  # accusative -ті after a Russian-suffixed surname
    ("Нұрсұлтан Қуатбаевтың", "Нұрсұлтан Қуатбаев"),
    ("Байболат Күнболатұлына", "Байболат Күнболатұлы"),  # dative of a -ұлы name
    ("Жанерке Нұрбике", "Жанерке Нұрбике"),  # -ке after р or a vowel is no dative: the names stay
    ("Бибігүл Иманғали", "Бибігүл Иманғали"),
    ("Жанболата Мамая", "Жанболата Мамая"),  # no Kazakh letter: Russian, left to the Russian rules
])
def test_inflection_kazakh_case_suffix(mention, expected):
    assert kazakh_nominative(mention) == expected


def test_names_kazakh_case_form_links_across_scripts():
    ids, _ = link_names(["Askar Kayirbek", "Асқар Қайырбектің", "Айкөркем Мелдеханға", "Meldekhan Haykorkem"])
    assert ids[0] == ids[1] and ids[2] == ids[3] and ids[0] != ids[2]


def test_names_gender_vote_counts_mentions_the_initial_fits():
    # "Смаилова А.А." is her nominative or his genitive; "Smailova D." (another person) must not
    # outvote "Smailov A.", whom the initial fits (life09.kz: "О назначении Смаилова А.А.").
    ids, _ = link_names(["Smailov A.", "Smailova D.", "Smailova D.", "Смаилова А.А."])
    assert ids[3] == ids[0] != ids[1]


def test_names_cyrillic_initial_g_may_be_an_h():
    # Russian writes the h of European names as г: "Греф Г." is Herman Gref (gref-herman, the reports'
    # "Herman Gref"); an initial that fits by its own letter still wins, and a Latin "G." is no H.
    ids, _ = link_names(["Herman Gref", "Греф Г.", "Gref G."])
    assert ids[1] == ids[0] != ids[2]
    ids, _ = link_names(["Herman Gref", "Grigory Gref", "Греф Г."])
    assert ids[2] == ids[1] != ids[0]


def test_names_western_order_read_from_a_known_given_name():
    # Neither word of "Герман Греф" / "Herman Gref" has a surname ending: the dictionary knows Герман
    # and Джо as given names, not Греф or Байден, so both scripts read the surname second (stored pages:
    # "Германа Грефа", "Джо Байден"; the reports: "Herman Gref", "Joe Biden").
    ids, _ = link_names(["Herman Gref", "Германа Грефа"])
    assert ids == ["gref-herman", "gref-herman"]
    ids, _ = link_names(["Joe Biden", "Джо Байден"])
    assert ids == ["biden-joe", "biden-joe"]
    # A Latin mention that settles the order wins over the dictionary: "Мамай" is a known name too.
    ids, _ = link_names(["Mamay Zhanbolat", "Мамай Жанболат", "Жанболат Мамай"])
    assert len(set(ids)) == 1


def test_names_glued_cyrillic_words_split_before_the_nominative():
    # Russian data (training_data/russian) writes "БахытжанТорегожиной" without the space: split
    # first, so the second word's case ending comes off ("Toregozhinoy" would be another surname).
    assert linking_form("БахытжанТорегожиной") == "Bakhytzhan Toregozhina"
    ids, _ = link_names(["Toregozhina Bakhytzhan", "БахытжанТорегожиной"])
    assert ids == ["toregozhina-bakhytzhan"] * 2


def test_names_kazakh_case_suffix_without_a_kazakh_letter():
    # qamshy.kz (Kazakh): "Жанболат Мамайды" (accusative), no Kazakh letter to tell the language, so
    # kazakh_nominative leaves it; the linker drops the suffix where the surname then finds a Latin one.
    assert kazakh_nominative("Жанболат Мамайды") == "Жанболат Мамайды"
    assert kazakh_nominative("Жанболат Мамайды", letters_required=False) == "Жанболат Мамай"
    ids, _ = link_names(["Mamay Zhanbolat", "Zh. Mamay", "Жанболат Мамайды"])
    assert ids == ["mamay-zhanbolat"] * 3
    ids, _ = link_names(["Turdy Aliev", "Турды Алиеву"])  # a Russian name ending in such a syllable keeps it
    assert ids == ["aliev-turdy"] * 2
    # Constructed accusatives of report persons: the suffix also hid the -ов that orders the words
    # ("Канаткан Амреновты" read surname first), or the mention reads in either order once it is off.
    ids, _ = link_names(["Amrenov K.", "Amrenov A.", "Канаткан Амреновты"])
    assert ids == ["amrenov-k", "amrenov-a", "amrenov-k"]
    ids, _ = link_names(["Serzhan Gulzada", "Гульзада Сержанды"])
    assert ids == ["serzhan-gulzada"] * 2


def test_names_english_short_given_name_across_scripts():
    # Russian media write the full given name where the reports write the short one (media-polesye.com:
    # "Ричард Дурбин"; the reports: "Dick Durbin"). Only a Cyrillic name reaches for the short forms:
    # two Latin spellings stay apart as before.
    ids, _ = link_names(["Dick Durbin", "Ричард Дурбин"])
    assert ids == ["durbin-dick"] * 2
    ids, _ = link_names(["Dick Durbin", "Richard Durbin"])
    assert ids == ["durbin-dick", "durbin-richard"]


def test_names_spanish_ending_written_es():
    # Russian writes the Spanish -ez as -ес (doclist.ru: "Роберт Менендес"): one more respelling for a
    # Cyrillic surname no Latin one matches.
    assert "Menendez" in kazakh_respellings("Menendes")
    ids, _ = link_names(["Menendez Robert", "Роберт Менендес", "Менендес"])
    assert ids == ["menendez-robert"] * 3
