"""The SQLite case database, opened with sqlite3 as a user would."""

import sqlite3
from collections import Counter

import pytest
from typer.testing import CliRunner

from kzmonitor.cli import app
from kzmonitor.db import ReportInput, build_database, run_query

from .conftest import REPORTS

ENTRY_55 = """SELECT m.text, m.person_id, p.canonical FROM mentions m JOIN persons p USING (person_id)
              JOIN entries e USING (entry_id) JOIN reports r USING (report_id)
              WHERE r.source = '2023-04.txt' AND e.entry_index = 55"""


def inputs(*stems):
    return [ReportInput(p.name, p.read_text(encoding="utf-8")) for p in REPORTS if p.stem in stems]


@pytest.fixture(scope="module")
def corpus_db(tmp_path_factory, nlp_rules):
    path = tmp_path_factory.mktemp("db") / "cases.sqlite"
    build_database(path, inputs("2021-09", "2022-10", "2023-04", "2023-12", "2024-05"), nlp_rules)
    return path


def test_db_adding_a_report_relinks_and_duplicates_nothing(tmp_path, nlp_rules, rules_results):
    path = tmp_path / "cases.sqlite"
    summary = build_database(path, inputs("2023-04"), nlp_rules)
    assert (summary.added, summary.reports, summary.entries) == (1, 1, 111)
    con = sqlite3.connect(path)
    # 2023-04 alone only knows "Ilyashev A."
    assert con.execute(ENTRY_55).fetchall() == [("Ilyashev A.", "ilyashev-a", "Ilyashev A.")]

    summary = build_database(path, inputs("2021-09", "2022-10", "2023-04", "2023-12", "2024-05"), nlp_rules)
    assert (summary.added, summary.skipped, summary.reports, summary.entries) == (4, 1, 5, 494)
    # 2021-09 names him "Ilyashev Alnur": the stored report is re-linked to the fuller identity
    assert con.execute(ENTRY_55).fetchall() == [("Ilyashev A.", "ilyashev-alnur", "Ilyashev Alnur")]
    assert con.execute("SELECT COUNT(*) FROM persons WHERE person_id = 'ilyashev-a'").fetchone() == (0,)
    sources = {source for source, in con.execute("""SELECT DISTINCT r.source FROM mentions m JOIN entries e USING (entry_id)
                                                    JOIN reports r USING (report_id) WHERE m.person_id = 'ilyashev-alnur'""")}
    assert sources == {"2021-09.txt", "2022-10.txt", "2023-04.txt", "2024-05.txt"}

    counts = [con.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in ("reports", "entries", "citations", "sanctions")]
    summary = build_database(path, inputs("2023-04", "2024-05"), nlp_rules)
    assert (summary.added, summary.skipped) == (0, 2)
    assert [con.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in ("reports", "entries", "citations", "sanctions")] == counts
    # exactly what one extraction of the five reports finds: nothing twice, nothing lost
    assert counts == [5, 494, sum(len(e.citations) for r in rules_results for e in r.entries),
                      sum(len(e.sanctions) for r in rules_results for e in r.entries)]
    con.execute("PRAGMA foreign_keys = ON")
    assert con.execute("PRAGMA foreign_key_check").fetchall() == []


def test_db_new_version_of_a_source_replaces_it(tmp_path, nlp_rules):
    path = tmp_path / "cases.sqlite"
    (report,) = inputs("2021-09")
    build_database(path, [report], nlp_rules)
    # the same file saved again with its last entry removed
    shorter = report.text[: report.text.index("September 30")]
    summary = build_database(path, [ReportInput(report.source, shorter)], nlp_rules)
    assert (summary.added, summary.replaced, summary.reports) == (1, 1, 1)
    assert summary.entries < 58


def test_db_foreign_keys_hold(corpus_db):
    con = sqlite3.connect(corpus_db)
    con.execute("PRAGMA foreign_keys = ON")
    with pytest.raises(sqlite3.IntegrityError):
        con.execute("INSERT INTO mentions (entry_id, person_id, text, start_char, end_char) VALUES (999999, NULL, 'x', 0, 1)")
    # "April 12, Almaty, Ilyashev A., Article 488, Part 6 ... received 15 days" in the tables
    row = con.execute("""SELECT c.code, c.article, c.part, s.type, s.days, s.quantity, s.person_id
                         FROM entries e JOIN reports r USING (report_id) JOIN citations c USING (entry_id)
                         JOIN sanctions s USING (entry_id) WHERE r.source = '2023-04.txt' AND e.entry_index = 55""").fetchone()
    assert row == ("administrative", "488", "6", "administrative_arrest", 15.0, "15 days", "ilyashev-alnur")


def test_db_named_queries(corpus_db, rules_results):
    columns, rows = run_query(corpus_db, "persons-by-sanctions", ["1000"])
    assert columns[:5] == ["person_id", "person", "sanctions", "types", "arrest_days"]
    # the same ranking computed from the extraction itself: most sanctions, then most days of arrest, then name
    canonical = {p.person_id: p.canonical for r in rules_results for p in r.persons}
    counts, days = Counter(), Counter()
    for sanction in (s for r in rules_results for e in r.entries for s in e.sanctions if s.person_id):
        counts[sanction.person_id] += 1
        days[sanction.person_id] += sanction.duration.days if sanction.type == "administrative_arrest" and sanction.duration else 0
    expected = sorted(counts, key=lambda pid: (-counts[pid], -days[pid], canonical[pid]))
    assert [(pid, n, arrest) for pid, _, n, _, arrest, *_ in rows] == [(pid, counts[pid], days[pid]) for pid in expected]
    assert len(run_query(corpus_db, "persons-by-sanctions", ["3"])[1]) == 3

    columns, rows = run_query(corpus_db, "articles-by-month", ["488"])
    assert [(month, code, article, n) for month, code, article, n, _ in rows] == [
        ("2021-09", "administrative", "488", 9), ("2022-10", "administrative", "488", 5),
        ("2023-04", "administrative", "488", 18), ("2023-12", "administrative", "488", 9),
        # "Article 488 ... of the Criminal Code": the code as the report states it
        ("2024-05", "criminal", "488", 3),
    ]

    columns, rows = run_query(corpus_db, "person-timeline", ["Mamay"])
    dates = [row[0] for row in rows]
    assert dates == sorted(dates) and dates[0] == "2021-09-18"
    assert {(row[2], row[3]) for row in rows} == {(r.source, e.index) for r in rules_results for e in r.entries
                                                  if any(p.person_id == "mamay-zhanbolat" for p in e.persons)}
    # "Mamay Zhanbolat, Articles 378,274, Part 4, Article 272, Part 1 ... extended the period of his detention until November 12"
    assert rows[2][:6] == ("2022-10-05", "Almaty", "2022-10.txt", 10,
                           "criminal 378; criminal 274 part 4; criminal 272 part 1", "pretrial_detention until 2022-11-12")


@pytest.mark.parametrize(
    "args, message",
    [
        (["no-such-query"], "unknown query 'no-such-query'; choose one of persons-by-sanctions, articles-by-month, person-timeline"),
        (["person-timeline"], "query person-timeline takes: PERSON"),
        (["person-timeline", "Nobody Atall"], "no person matches 'Nobody Atall'"),
        (["persons-by-sanctions", "ten"], "limit must be a number, not 'ten'"),
    ],
)
def test_db_query_cli_errors(corpus_db, args, message):
    result = CliRunner().invoke(app, ["db", "query", *args, "--db", str(corpus_db)])
    assert result.exit_code == 2
    assert result.stderr.strip() == f"kzmonitor: error: {message}"


def test_db_query_ambiguous_person_lists_candidates(corpus_db):
    # the brothers Askhat and Lukpan Akhmedyarov share the surname: the user is asked which
    result = CliRunner().invoke(app, ["db", "query", "person-timeline", "Akhmedyarov", "--db", str(corpus_db)])
    assert result.exit_code == 2
    message = result.stderr.strip()
    assert message.startswith("kzmonitor: error: 'Akhmedyarov' matches ") and message.endswith("; give a person_id")
    assert "akhmedyarov-askhat (Akhmedyarov Askhat)" in message and "akhmedyarov-lukpan (Akhmedyarov Lukpan)" in message


def test_db_query_cli_missing_database(tmp_path):
    result = CliRunner().invoke(app, ["db", "query", "persons-by-sanctions", "--db", str(tmp_path / "none.sqlite")])
    assert result.exit_code == 2
    assert "no such database; build it with: kzmonitor db build" in result.stderr
    assert not (tmp_path / "none.sqlite").exists()


def test_db_cli_build_then_query_csv(tmp_path):
    path = tmp_path / "cases.sqlite"
    runner = CliRunner()
    result = runner.invoke(app, ["db", "build", str(REPORTS[0]), "--db", str(path), "--model", "rules"])
    assert result.exit_code == 0, result.output
    assert "added 1 report(s), 0 already there, 0 replaced; now 1 reports, 58 entries" in result.stdout
    assert sqlite3.connect(path).execute("SELECT value FROM meta WHERE key = 'pipeline'").fetchone()[0].startswith("en_pipeline-")
    result = runner.invoke(app, ["db", "build", str(REPORTS[0]), "--db", str(path)])
    assert "added 0 report(s), 1 already there" in result.stdout
    result = runner.invoke(app, ["db", "query", "articles-by-month", "--db", str(path), "--format", "csv"])
    assert result.exit_code == 0
    assert result.stdout.splitlines()[0] == "month,code,article,citations,persons"
    assert all(line.startswith("2021-09,") for line in result.stdout.splitlines()[1:])


def test_db_failed_build_leaves_no_empty_database(tmp_path):
    path = tmp_path / "cases.sqlite"
    result = CliRunner().invoke(app, ["db", "build", str(REPORTS[0]), "--db", str(path), "--model", str(tmp_path / "no-model")])
    assert result.exit_code == 2
    assert result.stderr.startswith(f"kzmonitor: error: cannot load model '{tmp_path / 'no-model'}'")
    assert not path.exists()


def test_db_build_keeps_the_registry_ids_and_its_pinned_splits(tmp_path):
    runner = CliRunner()
    db, persons = tmp_path / "cases.sqlite", tmp_path / "persons.json"
    april, september = (next(p for p in REPORTS if p.stem == stem) for stem in ("2023-04", "2021-09"))
    build = ["db", "build", "--db", str(db), "--model", "rules", "--persons", str(persons)]
    assert runner.invoke(app, [*build, str(april)]).exit_code == 0
    # 2021-09 names him "Alnur Ilyashev"; the registry keeps the id the database already used
    result = runner.invoke(app, [*build, str(september)])
    assert result.exit_code == 0, result.output
    con = sqlite3.connect(db)
    assert con.execute(ENTRY_55.replace("r.source = '2023-04.txt'", "r.source LIKE '%2023-04.txt'")).fetchall() == [("Ilyashev A.", "ilyashev-a", "Ilyashev Alnur")]

    # a split pinned in the registry reaches the database on the next build, with nothing new to add
    assert runner.invoke(app, ["persons", "split", "ilyashev-a", "Ilyashev A.", "--persons", str(persons)]).exit_code == 0
    result = runner.invoke(app, [*build, str(april)])
    assert result.exit_code == 0, result.output
    assert "added 0 report(s), 1 already there" in result.output
    ((text, person_id, canonical),) = con.execute(ENTRY_55.replace("r.source = '2023-04.txt'", "r.source LIKE '%2023-04.txt'")).fetchall()
    assert (text, canonical) == ("Ilyashev A.", "Ilyashev A.") and person_id != "ilyashev-a"
    alnur = con.execute("SELECT DISTINCT person_id FROM mentions WHERE text = 'Alnur Ilyashev'").fetchall()
    assert alnur == [("ilyashev-a",)]


def test_db_places_have_coordinates_and_entry_counts(corpus_db):
    con = sqlite3.connect(corpus_db)
    con.execute("PRAGMA foreign_keys = ON")
    assert con.execute("PRAGMA foreign_key_check").fetchall() == []
    # every place an entry names has one row, counting its entries
    counts = dict(con.execute("SELECT place, COUNT(*) FROM entries WHERE place IS NOT NULL GROUP BY place"))
    assert dict(con.execute("SELECT name, entries FROM places")) == counts
    assert con.execute("SELECT gazetteer, kind, latitude, longitude FROM places WHERE name = 'Almaty'").fetchone() == ("Almaty", "city", 43.24, 76.89)
    assert con.execute("SELECT gazetteer, kind FROM places WHERE name = 'Mangistau region'").fetchone() == ("Mangistau region", "region")
    # the months entries fall in
    assert con.execute("SELECT month, COUNT(*) FROM entries WHERE month IS NOT NULL GROUP BY month").fetchall() == [
        ("2021-09", 58), ("2022-10", 122), ("2023-04", 111), ("2023-12", 100), ("2024-05", 103)]


def test_db_built_before_places_gets_them_on_the_next_build(tmp_path, nlp_rules):
    path = tmp_path / "cases.sqlite"
    build_database(path, inputs("2023-04"), nlp_rules)
    con = sqlite3.connect(path)
    # as an older kzmonitor left it: no month column, no places
    con.executescript("PRAGMA foreign_keys = OFF; DELETE FROM places; ALTER TABLE entries DROP COLUMN month;")
    con.close()
    summary = build_database(path, inputs("2023-04"), nlp_rules)
    assert (summary.added, summary.skipped) == (0, 1)
    con = sqlite3.connect(path)
    assert con.execute("SELECT entries FROM places WHERE name = 'Almaty'").fetchone()[0] > 30
    assert con.execute("SELECT COUNT(*) FROM entries WHERE month = '2023-04'").fetchone()[0] == 111
