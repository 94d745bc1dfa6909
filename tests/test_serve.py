"""``kzmonitor db serve``: the case database in Datasette, looked at in headless Chromium.

The server runs as a person runs it (``kzmonitor db serve``, a child process on a free
loopback port); every figure the pages show is checked against the database itself,
read here with plain SQL.
"""

import asyncio
import json
import sqlite3
import sys

import pytest
from typer.testing import CliRunner

from kzmonitor.cli import app
from kzmonitor.db import QUERIES, ReportInput, build_database, run_query

from .conftest import REPORTS
from .serving import kzmonitor_serve

pytest.importorskip("datasette", reason='the web extra is not installed (pip install -e ".[web]")')

from kzmonitor.web import WEB_EXTRA_MISSING, make_datasette  # noqa: E402  (after the skip: it needs datasette)

# Every resource the page loaded (scripts, styles, tiles) came from the server itself
OFFSITE_RESOURCES = """performance.getEntriesByType("resource").map(r => r.name).filter(name => !name.startsWith(location.origin))"""
PERSON_PAGE = """(() => ({
  id: document.getElementById("kz-person").dataset.personId,
  name: document.getElementById("kz-person").innerText,
  spellings: [...document.querySelectorAll(".kz-spellings li")].map(li => li.innerText),
  totals: Object.fromEntries([...document.querySelectorAll("dd[data-total]")].map(dd => [dd.dataset.total, [Number(dd.dataset.value), dd.innerText]])),
  dates: [...document.querySelectorAll("tr.kz-entry")].map(tr => tr.cells[0].innerText),
  sanctions: [...document.querySelectorAll("tr.kz-entry .kz-sanctions li")].map(li => li.innerText),
  links: [...document.querySelectorAll("tr.kz-entry .kz-links a")].map(a => a.href),
}))()"""
FACET = """(column => Object.fromEntries([...document.querySelectorAll(`.facet-info[data-column="${column}"] li:not(.facet-truncated)`)].map(
  li => [li.querySelector("a").innerText, Number(li.innerText.split(" ").pop().replace(/,/g, ""))])))"""
BARS = """(figure => [...document.querySelectorAll(`#${figure} rect.kz-bar`)].map(
  bar => [bar.dataset.x, bar.dataset.series || null, Number(bar.dataset.value)]))"""
MAP_POINTS = """(() => {
  const clusters = [...document.querySelectorAll(".marker-cluster span")].map(span => Number(span.innerText));
  const single = document.querySelectorAll("img.leaflet-marker-icon").length;
  return clusters.length + single ? {points: clusters.reduce((a, b) => a + b, 0) + single,
                                     tiles: [...document.querySelectorAll("img.leaflet-tile")].map(img => img.src)} : null;
})()"""


@pytest.fixture(scope="module")
def cases_db(tmp_path_factory, nlp_rules):
    path = tmp_path_factory.mktemp("serve") / "cases.sqlite"
    build_database(path, [ReportInput(p.name, p.read_text(encoding="utf-8")) for p in REPORTS], nlp_rules)
    return path


@pytest.fixture(scope="module")
def site(cases_db):
    with kzmonitor_serve(cases_db) as url:
        yield url


@pytest.fixture()
def cases(cases_db):
    con = sqlite3.connect(cases_db)
    yield con
    con.close()


def open_page(browser, url):
    browser.open(url)
    return browser


def assert_clean(page):
    assert page.errors() == []
    assert page.evaluate(OFFSITE_RESOURCES) == []


# the persons with the most arrest days, the highest fines, the longest prison terms: every total is non-zero once
PERSON_WITH_MOST = {
    "arrest_days": "SELECT person_id FROM sanctions WHERE type = 'administrative_arrest' AND person_id IS NOT NULL "
                   "GROUP BY person_id ORDER BY SUM(days) DESC, person_id LIMIT 1",
    "fines_kzt": "SELECT person_id FROM sanctions WHERE type = 'fine' AND person_id IS NOT NULL "
                 "GROUP BY person_id ORDER BY SUM(kzt) DESC, person_id LIMIT 1",
    "imprisonment_years": "SELECT person_id FROM sanctions WHERE type = 'imprisonment' AND person_id IS NOT NULL "
                          "GROUP BY person_id ORDER BY SUM(years) DESC, person_id LIMIT 1",
}


@pytest.mark.parametrize("most", list(PERSON_WITH_MOST))
def test_serve_person_page_shows_identity_timeline_and_totals(browser, site, cases, most):
    (person_id,) = cases.execute(PERSON_WITH_MOST[most]).fetchone()
    page = open_page(browser, f"{site}/cases/-/person/{person_id}").evaluate(PERSON_PAGE)

    canonical, variants = cases.execute("SELECT canonical, variants FROM persons WHERE person_id = ?", (person_id,)).fetchone()
    spelled = {text for text, in cases.execute("SELECT text FROM mentions WHERE person_id = ?", (person_id,))}
    assert (page["id"], page["name"]) == (person_id, canonical)
    assert set(page["spellings"]) == {canonical, *json.loads(variants), *spelled}

    entries = cases.execute("""SELECT e.date, e.sources FROM entries e JOIN reports r USING (report_id)
                               WHERE entry_id IN (SELECT entry_id FROM mentions WHERE person_id = ?)
                               ORDER BY e.date, r.source, e.entry_index""", (person_id,)).fetchall()
    assert page["dates"] == [date or "undated" for date, _ in entries]
    assert page["links"] == [link for _, sources in entries for link in json.loads(sources) if link.startswith("http")]

    def total(sql):
        return cases.execute(f"SELECT TOTAL({sql}) FROM sanctions WHERE person_id = ?", (person_id,)).fetchone()[0]

    expected = {
        "entries": len(entries),
        "sanctions": cases.execute("SELECT COUNT(*) FROM sanctions WHERE person_id = ?", (person_id,)).fetchone()[0],
        "arrest_days": total("CASE WHEN type = 'administrative_arrest' THEN days END"),
        "fines_kzt": total("CASE WHEN type = 'fine' THEN kzt END"),
        "imprisonment_years": total("CASE WHEN type = 'imprisonment' THEN COALESCE(years, 0) + COALESCE(months, 0) / 12.0 "
                                    "+ COALESCE(days, 0) / 365.0 END"),
    }
    assert {name: value for name, (value, _) in page["totals"].items()} == pytest.approx(expected)
    assert expected[most] > 0
    # what the reader sees: "1,234,567" for a sum of money, "2.5" for years
    assert {name: float(text.replace(",", "")) for name, (_, text) in page["totals"].items()} == pytest.approx(expected, abs=0.005)
    assert len(page["sanctions"]) == expected["sanctions"]
    assert_clean(browser)


def test_serve_facets_count_what_the_database_holds(browser, site, cases):
    page = open_page(browser, f"{site}/cases/sanctions")
    assert page.evaluate(f"{FACET}('type')") == dict(cases.execute("SELECT type, COUNT(*) FROM sanctions GROUP BY type"))
    assert_clean(page)

    page = open_page(browser, f"{site}/cases/entries")
    assert page.evaluate(f"{FACET}('month')") == dict(cases.execute("SELECT month, COUNT(*) FROM entries WHERE month IS NOT NULL GROUP BY month"))
    places = page.evaluate(f"{FACET}('place')")
    for place, count in places.items():
        assert cases.execute("SELECT COUNT(*) FROM entries WHERE place = ?", (place,)).fetchone()[0] == count
    assert places["Almaty"] == max(places.values())
    assert_clean(page)


def test_serve_charts_draw_sanctions_per_month_and_cited_articles(browser, site, cases):
    page = open_page(browser, f"{site}/cases/-/charts")
    by_month = page.evaluate(f"{BARS}('kz-sanctions-by-month')")
    expected = cases.execute("""SELECT SUBSTR(e.date, 1, 7), s.type, COUNT(*) FROM sanctions s JOIN entries e USING (entry_id)
                                WHERE e.date IS NOT NULL GROUP BY 1, 2""").fetchall()
    assert sorted(map(tuple, by_month)) == sorted(expected)

    articles = [(label, value) for label, _, value in page.evaluate(f"{BARS}('kz-cited-articles')")]
    counts = dict(((f"{code} {article}"), n) for code, article, n in cases.execute(
        "SELECT code, article, COUNT(*) FROM citations GROUP BY code, article"))
    assert len(articles) == 10
    assert all(counts[label] == value for label, value in articles)
    assert [value for _, value in articles] == sorted(counts.values(), reverse=True)[:10]
    assert articles[0] == ("administrative 488", max(counts.values()))
    assert_clean(page)


def test_serve_map_shows_every_located_place_without_tiles_from_the_internet(browser, site, cases):
    page = open_page(browser, f"{site}/cases/places")
    drawn = page.wait_until(MAP_POINTS)
    assert drawn["points"] == cases.execute("SELECT COUNT(*) FROM places WHERE latitude IS NOT NULL").fetchone()[0]
    assert drawn["tiles"] and all(tile == f"{site}/-/kzmonitor/blank-tile.png" for tile in drawn["tiles"])
    assert_clean(page)


def test_serve_is_read_only_by_default(site):
    import urllib.error
    import urllib.request

    with urllib.request.urlopen(f"{site}/-/databases.json") as response:
        assert [(d["name"], d["is_mutable"]) for d in json.load(response)] == [("cases", False)]
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(f"{site}/cases.json?sql=select+1")
    assert refused.value.code == 403


def fetch_json(datasette, paths):
    async def fetch():
        await datasette.invoke_startup()
        return [(await datasette.client.get(path)) for path in paths]

    return asyncio.run(fetch())


def test_serve_canned_queries_answer_as_db_query_does(cases_db, cases):
    (person_id,) = cases.execute(PERSON_WITH_MOST["arrest_days"]).fetchone()
    # (query, Datasette's form fields, kzmonitor db query's arguments); a blank field is the default
    calls = [("persons-by-sanctions", "", []), ("persons-by-sanctions", "limit=5", ["5"]),
             ("articles-by-month", "", []), ("articles-by-month", "article=488", ["488"]),
             ("person-timeline", f"person={person_id}", [person_id])]
    assert {name for name, _, _ in calls} == set(QUERIES)
    responses = fetch_json(make_datasette(cases_db), [f"/cases/{name}.json?_shape=arrays&{fields}" for name, fields, _ in calls])
    for (name, _, args), response in zip(calls, responses):
        assert response.status_code == 200
        assert [tuple(row) for row in response.json()["rows"]] == run_query(cases_db, name, args)[1]


def test_serve_allow_sql_turns_arbitrary_sql_on(cases_db):
    default, allowed = fetch_json(make_datasette(cases_db), ["/cases.json?sql=select+1"])[0], \
        fetch_json(make_datasette(cases_db, allow_sql=True), ["/cases.json?sql=select+1"])[0]
    assert (default.status_code, allowed.status_code) == (403, 200)


def test_serve_cli_warns_when_serving_beyond_this_machine(cases_db, monkeypatch):
    served = []
    monkeypatch.setattr("kzmonitor.web.serve", lambda datasette, host, port: served.append((host, port)))
    result = CliRunner().invoke(app, ["db", "serve", "--db", str(cases_db), "--host", "0.0.0.0", "--port", "9000"])
    assert result.exit_code == 0
    assert "kzmonitor: warning: serving on 0.0.0.0" in result.output
    assert served == [("0.0.0.0", 9000)]

    served.clear()
    result = CliRunner().invoke(app, ["db", "serve", "--db", str(cases_db)])
    assert "warning" not in result.output and served == [("127.0.0.1", 8001)]


def test_serve_cli_missing_database_is_one_line(tmp_path):
    result = CliRunner().invoke(app, ["db", "serve", "--db", str(tmp_path / "nothing.sqlite")])
    assert result.exit_code == 2
    assert result.output.strip().splitlines()[-1].startswith(f"kzmonitor: error: {tmp_path / 'nothing.sqlite'}: no such database")


def test_serve_cli_without_the_web_extra_says_how_to_install_it(cases_db, monkeypatch):
    monkeypatch.setitem(sys.modules, "datasette.app", None)  # as if Datasette were not installed
    result = CliRunner().invoke(app, ["db", "serve", "--db", str(cases_db)])
    assert result.exit_code == 2
    assert result.output.strip().splitlines()[-1] == f"kzmonitor: error: {WEB_EXTRA_MISSING}"


def test_serve_charts_escape_their_labels():
    from kzmonitor.web.charts import horizontal_bars_svg, stacked_bars_svg

    # text from a report reaches the SVG only as text
    svg = horizontal_bars_svg([("law <script>", 2)], title='a "title"') + stacked_bars_svg([("2023-04", "x&y", 1)], title="t")
    assert "<script>" not in svg and "law &lt;script&gt;" in svg and 'aria-label="a &quot;title&quot;"' in svg
    assert 'data-series="x&amp;y"' in svg
