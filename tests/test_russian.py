"""Russian text (issue 14): the reader, person shapes, tokens and the language of a run, on real lines of
the Russian train part (training_data/russian/train/) and the shapes the issue names."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

import kzmonitor
from kzmonitor.batch import text_language
from kzmonitor.cli import app
from kzmonitor.components.persons import find_person_spans
from kzmonitor.inflection import nominative
from kzmonitor.languages import detect_language
from kzmonitor.reader import read_report

# tirek.info's Russian monitoring lines (training_data/russian/train/tirek.jsonl)
TIREK = (
    "10 мая, г.Алматы, Иманбай И, ст.489 ч.10 КОАП РК штраф в размере 172500 тг, за участие 1 апреля в создании «Народного парламента».\n"
    "10 мая, г.Алматы, Дуйсебаеву А , ст.489 ч.10 КОАП РК штраф в размере 172500 тг, за участие 1 апреля в создании «Народного парламента».\n"
)
# Azattyq (training_data/russian/train/azattyq.jsonl)
KOKSHETAU = ("Суд в городе Кокшетау Акмолинской области отправил под административный арест на 15 суток активистов "
             "Бауыржана Балташева, Куата Мухамеджанова и Уалихана Негметова.")


def persons(text: str) -> list[str]:
    return [text[start:end] for start, end in find_person_spans(text, language="ru")]


def test_reader_reads_russian_monitoring_lines_with_places_in_english():
    report = read_report(TIREK, language="ru", fallback_year=2023)
    assert [(e.date, e.place, e.text[:24]) for e in report.entries] == [
        ("2023-05-10", "Almaty", "10 мая, г.Алматы, Иманба"),
        ("2023-05-10", "Almaty", "10 мая, г.Алматы, Дуйсеб"),
    ]
    assert report.reading == "dated entries"


def test_reader_reads_a_russian_title_and_its_period():
    text = ("МОНИТОРИНГ ПОЛИТИЧЕСКИХ ПРЕСЛЕДОВАНИЙ В РЕСПУБЛИКЕ КАЗАХСТАН С 1 ПО 30 АПРЕЛЯ 2023\n\n"
            "12 апреля, Алматы, Ильяшев А., ч. 6 ст. 488 КоАП РК, получил 15 суток ареста [55].\n"
            "14 апреля, в Астане, суд оштрафовал активистку на 30 МРП.\n")
    report = read_report(text, language="ru")
    assert (report.period_start, report.period_end) == ("2023-04-01", "2023-04-30")
    assert [(e.date, e.place) for e in report.entries] == [("2023-04-12", "Almaty"), ("2023-04-14", "Astana")]
    assert report.entries[0].footnotes == (55,)


def test_reader_dates_russian_paragraphs_by_the_dates_they_state():
    text = ("Суд в Алматы 12.04.2023 приговорил активиста к пяти годам.\n\n"
            "15 мая 2022 года в Шымкенте задержали журналиста.\n\n"
            "Третий абзац без даты, в Астане.")
    report = read_report(text, language="ru")
    assert report.reading == "paragraphs"
    assert [(e.date, e.place) for e in report.entries] == [
        ("2023-04-12", "Almaty"), ("2022-05-15", "Shymkent"), ("2022-05-15", "Astana")]


def test_russian_person_shapes_in_any_case_form_with_their_nominatives():
    assert persons(KOKSHETAU) == ["Бауыржана Балташева", "Куата Мухамеджанова", "Уалихана Негметова"]
    assert [nominative(name) for name in persons(KOKSHETAU)] == ["Бауыржан Балташев", "Куат Мухамеджанов", "Уалихан Негметов"]
    assert persons("Гражданский активист Альнур Ильяшев в интервью Азаттыку") == ["Альнур Ильяшев"]
    assert persons(TIREK.splitlines()[0]) == ["Иманбай И"]
    assert persons("Тулегенова А.С. и А. Тулегенова, а также САПАРОВ Ерлан Болатович") == [
        "Тулегенова А.С.", "А. Тулегенова", "САПАРОВ Ерлан Болатович"]


def test_russian_place_adjectives_and_titles_are_not_persons():
    assert persons("Толебийский районный суд Туркестанской области назначил активисту наказание.") == []
    assert persons("Судья Алмалинского районного суда Ернар Касымбеков огласил приговор.") == ["Ернар Касымбеков"]


def test_russian_tokens_split_abbreviations_glued_to_numbers_and_keep_initials_whole():
    doc = kzmonitor.blank("ru").make_doc("ч.2 ст.405 УК РК, А.С.Тулегенова и г.Алматы")
    assert [t.text for t in doc] == ["ч.", "2", "ст.", "405", "УК", "РК", ",", "А.С.", "Тулегенова", "и", "г.", "Алматы"]


def test_the_language_of_a_text_is_its_script_unless_only_the_other_reader_finds_dated_entries():
    assert detect_language(KOKSHETAU) == "ru"
    assert detect_language("April 12, Almaty, Ilyashev A.") == "en"
    assert text_language("December 4, Almaty, " + KOKSHETAU * 3) == "en"
    assert text_language(TIREK) == "ru"
    assert text_language(TIREK, "en") == "en"
    with pytest.raises(ValueError, match="unknown language 'kk'"):
        text_language(TIREK, "kk")


@pytest.fixture()
def russian_and_english_files(tmp_path):
    russian = tmp_path / "2023-05-ru.txt"
    russian.write_text(TIREK, encoding="utf-8")
    english = tmp_path / "2023-05.txt"
    english.write_text("May 10, Almaty, Imanbay I., Article 489, Part 10 of the CAO, fined 172,500 tenge.\n", encoding="utf-8")
    return russian, english


def test_extract_reads_each_file_in_its_language_in_one_run(rules_cli, russian_and_english_files):
    russian, english = russian_and_english_files
    result = rules_cli.invoke(app, ["extract", str(russian), str(english)])
    assert result.exit_code == 0, result.output
    reports = json.loads(result.stdout)
    assert [(r["language"], len(r["entries"])) for r in reports] == [("ru", 2), ("en", 1)]
    assert [(e["date"], e["place"]) for e in reports[0]["entries"]] == [("2023-05-10", "Almaty")] * 2
    assert [p["text"] for p in reports[0]["entries"][0]["persons"]] == ["Иманбай И"]


def test_extract_lang_option_forces_a_language_and_refuses_an_unknown_one(rules_cli, russian_and_english_files):
    russian, _ = russian_and_english_files
    forced = rules_cli.invoke(app, ["extract", str(russian), "--lang", "en"])
    assert forced.exit_code == 2
    assert forced.stderr == (f"kzmonitor: error: {russian}: no dated entries found: the text is mostly Cyrillic; "
                             "read it as Russian (--lang ru, or auto)\n")
    refused = CliRunner().invoke(app, ["extract", str(russian), "--lang", "kk", "--model", "rules"])
    assert refused.exit_code == 2
    assert refused.stderr == "kzmonitor: error: --lang must be auto, en, ru; not 'kk'\n"
