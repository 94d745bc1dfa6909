"""The case table (--format csv / parquet), read back as a user would: csv module, pandas, pyarrow."""

import csv
import io
from datetime import date

import pandas as pd
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from kzmonitor.cli import app
from kzmonitor.formats import render
from kzmonitor.tables import CASE_FIELDS, case_rows

from .conftest import REPORTS


def test_tables_csv_one_row_per_person_per_entry(rules_results):
    rows = list(csv.DictReader(io.StringIO(render(rules_results, "csv"))))
    assert tuple(rows[0]) == CASE_FIELDS
    # "April 12, Almaty, Ilyashev A., Article 488, Part 6 of the Code of Administrative Offences of the RK,
    #  received 15 days ... [55]." -- linked to the fuller "Ilyashev Alnur" of another report
    (row,) = [r for r in rows if r["source"] == "2023-04.txt" and r["entry_index"] == "55"]
    assert row == {
        "source": "2023-04.txt", "entry_index": "55", "date": "2023-04-12", "place": "Almaty",
        "person_id": "ilyashev-alnur", "person": "Ilyashev Alnur", "names": "Ilyashev A.",
        "codes": "administrative", "articles": "488", "parts": "6",
        "sanction_types": "administrative_arrest", "sanction_quantities": "15 days", "sanction_kzt": "", "arrest_days": "15",
        "sources": "https://rus.azattyq.org/a/32360659.html",
    }
    # "Articles 378, 274, Part 4, Article 272, Part 1 of the Criminal Code": parallel lists, "" for no part
    (row,) = [r for r in rows if r["source"] == "2022-10.txt" and r["entry_index"] == "10"]
    assert (row["person"], row["codes"], row["articles"], row["parts"]) == (
        "Mamay Zhanbolat", "criminal; criminal; criminal", "378; 274; 272", "; 4; 1")
    assert (row["sanction_types"], row["sanction_quantities"]) == ("pretrial_detention", "until 2022-11-12")
    # Akhmedyarov's fine of 14,585 tenge
    (row,) = [r for r in rows if r["source"] == "2021-09.txt" and r["entry_index"] == "20"]
    assert (row["person"], row["sanction_types"], row["sanction_quantities"], row["sanction_kzt"]) == (
        "Akhmedyarov Askhat", "fine", "14585 KZT", "14585")


def test_tables_no_entry_citation_or_sanction_lost(rules_results):
    frame = pd.read_csv(io.StringIO(render(rules_results, "csv")), keep_default_na=False)
    entries = {(r.source, e.index) for r in rules_results for e in r.entries}
    assert set(zip(frame["source"], frame["entry_index"])) == entries
    # an entry naming nobody ("April 1, Almaty, the first meeting of the "People's Parliament" ...") keeps one row
    first = frame[(frame["source"] == "2023-04.txt") & (frame["entry_index"] == 1)]
    assert list(first["person_id"]) == [""] and list(first["sources"]) == ["https://t.me/elmedia_kz/1536"]
    rows = case_rows(rules_results)
    assert sum(len(r["articles"]) for r in rows) == sum(len(e.citations) for r in rules_results for e in r.entries)
    assert sum(len(r["sanction_types"]) for r in rows) == sum(len(e.sanctions) for r in rules_results for e in r.entries)
    # one row per (entry, person)
    assert not frame.duplicated(["source", "entry_index", "person_id"]).any()


def test_tables_parquet_keeps_types_and_lists(rules_results, tmp_path):
    path = tmp_path / "cases.parquet"
    path.write_bytes(render(rules_results, "parquet"))
    table = pq.read_table(path)
    assert table.column_names == list(CASE_FIELDS)
    assert str(table.schema.field("date").type) == "date32[day]"
    assert str(table.schema.field("articles").type) == "list<element: string>"
    frame = table.to_pandas()
    (row,) = frame[(frame["source"] == "2023-04.txt") & (frame["entry_index"] == 55)].to_dict("records")
    assert row["date"] == date(2023, 4, 12)
    assert (row["person"], list(row["articles"]), list(row["parts"]), row["arrest_days"]) == ("Ilyashev Alnur", ["488"], ["6"], 15.0)
    # parallel lists explode together: one row per citation
    citations = frame.explode(["codes", "articles", "parts"]).dropna(subset=["articles"])
    assert len(citations) == sum(len(e.citations) for r in rules_results for e in r.entries)
    top = citations.groupby(["codes", "articles"]).size().sort_values(ascending=False)
    assert top.index[0] == ("administrative", "488")


@pytest.mark.parametrize(
    "args, message",
    [
        # parquet is binary: a terminal gets a clear refusal, not bytes
        (["-f", "parquet"], "kzmonitor: error: --format parquet is binary: give a file with -o PATH"),
        (["-f", "xlsx"], "kzmonitor: error: unknown format 'xlsx'; choose one of json, jsonl, csv, parquet, html, labelstudio, prodigy"),
    ],
)
def test_tables_cli_refuses_before_work(args, message):
    result = CliRunner().invoke(app, ["extract", str(REPORTS[0]), *args])
    assert result.exit_code == 2
    assert result.stderr.strip() == message


def test_tables_cli_writes_parquet_file(tmp_path):
    path = tmp_path / "cases.parquet"
    result = CliRunner().invoke(app, ["extract", str(REPORTS[0]), "-f", "parquet", "-o", str(path), "--model", "rules"])
    assert result.exit_code == 0, result.output
    frame = pq.read_table(path).to_pandas()
    # every entry of 2021-09 is there, whatever persons the shipped model finds
    assert frame["entry_index"].nunique() == 58
    assert frame["date"].min() == date(2021, 9, 1) and frame["date"].max() == date(2021, 9, 30)
