"""The Datasette plugin of ``kzmonitor db serve``: the person page, the charts page, and a blank map tile.

Registered by :func:`kzmonitor.web.make_datasette` for its own Datasette only (no
``datasette`` entry point), so other Datasette instances in the same environment are
left as they are.

Pages (``DB`` is the database's name, the file's stem):

- ``/DB/-/person/PERSON_ID``: identity, spellings, totals, and the timeline of entries;
- ``/DB/-/charts``: sanctions per month by type, and the most-cited articles;
- ``/-/kzmonitor/blank-tile.png``: the map's tile layer, one transparent pixel, so that
  datasette-cluster-map draws its points offline instead of asking a tile server.
"""

from __future__ import annotations

import base64

from datasette import hookimpl
from datasette.utils import tilde_decode, tilde_encode
from datasette.utils.asgi import NotFound, Response
from markupsafe import Markup, escape

from .charts import horizontal_bars_svg, stacked_bars_svg
from .pages import most_cited_articles, person_page, sanctions_by_month

BLANK_TILE_PATH = "/-/kzmonitor/blank-tile.png"
# a 1x1 transparent PNG
BLANK_TILE = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAAC0lEQVR4nGNgAAIAAAUAAXpeqz8AAAAASUVORK5CYII=")
ARTICLES_SHOWN = 10


def person_url(datasette, database: str, person_id: str) -> str:
    return datasette.urls.path(f"/{tilde_encode(database)}/-/person/{tilde_encode(person_id)}")


def charts_url(datasette, database: str) -> str:
    return datasette.urls.path(f"/{tilde_encode(database)}/-/charts")


def _database(datasette, name: str):
    """The database ``name``; NotFound (a 404 page) when none is served under that name."""
    try:
        database = datasette.get_database(name)
    except KeyError:
        raise NotFound(f"no database {name!r}") from None
    return database


def _number(value: float) -> str:
    """1234567.0 -> "1,234,567"; 2.5 -> "2.5": figures as a reader writes them."""
    return f"{value:,.2f}".rstrip("0").rstrip(".")


async def person_view(datasette, request):
    name, person_id = tilde_decode(request.url_vars["database"]), tilde_decode(request.url_vars["person_id"])
    database = _database(datasette, name)
    page = await database.execute_fn(lambda con: person_page(con, person_id))
    if page is None:
        raise NotFound(f"no person {person_id!r}")
    return Response.html(await datasette.render_template(
        "kzmonitor_person.html",
        {"database": name, "page": page, "number": _number,
         "entry_url": lambda entry_id: datasette.urls.row(name, "entries", str(entry_id)),
         "place_url": lambda place: datasette.urls.row(name, "places", tilde_encode(place)),
         "persons_url": datasette.urls.table(name, "persons"), "charts_url": charts_url(datasette, name)},
        request=request,
    ))


async def charts_view(datasette, request):
    name = tilde_decode(request.url_vars["database"])
    database = _database(datasette, name)
    by_month = await database.execute_fn(sanctions_by_month)
    articles = await database.execute_fn(lambda con: most_cited_articles(con, ARTICLES_SHOWN))
    return Response.html(await datasette.render_template(
        "kzmonitor_charts.html",
        {"database": name,
         "sanctions_chart": Markup(stacked_bars_svg(by_month, title="Sanctions per month by type")),
         "articles_chart": Markup(horizontal_bars_svg([(f"{code} {article}", n) for code, article, n in articles],
                                                      title="Most-cited articles")),
         "articles_shown": ARTICLES_SHOWN,
         "places_url": datasette.urls.table(name, "places"), "database_url": datasette.urls.database(name)},
        request=request,
    ))


async def blank_tile_view(request):
    return Response(BLANK_TILE, content_type="image/png", headers={"Cache-Control": "max-age=86400"})


@hookimpl
def register_routes(datasette):
    return [
        (r"^/(?P<database>[^/]+)/-/person/(?P<person_id>[^/]+)$", person_view),
        (r"^/(?P<database>[^/]+)/-/charts$", charts_view),
        (f"^{BLANK_TILE_PATH}$", blank_tile_view),
    ]


@hookimpl
def render_cell(row, value, column, table, database, datasette):
    # a person's name in the persons table opens the person page; the id beside it still opens the row
    if table == "persons" and column == "canonical" and isinstance(value, str) and "person_id" in row.keys():
        return Markup(f'<a href="{escape(person_url(datasette, database, row["person_id"]))}">{escape(value)}</a>')
    return None


@hookimpl
def menu_links(datasette):
    links = []
    for name, database in datasette.databases.items():
        if not database.is_memory and name != "_internal":
            links.append({"href": charts_url(datasette, name), "label": f"{name}: charts"})
            links.append({"href": datasette.urls.table(name, "places"), "label": f"{name}: map of places"})
    return links
