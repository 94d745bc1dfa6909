"""Browse the case database in a web page: Datasette with kzmonitor's metadata and plugin.

Needs the optional extra (``pip install -e ".[web]"``). :func:`serve` runs what
``kzmonitor db serve`` runs; :func:`make_datasette` builds the Datasette app alone, for
tests and for embedding.

Read-only by default: the database is opened immutable (Datasette offers no write or
upload endpoint for it) and arbitrary SQL is refused; the named queries of
:data:`kzmonitor.db.QUERIES` run as canned queries.
"""

from __future__ import annotations

import json
import re
from importlib import resources
from pathlib import Path
from typing import Any

from ..db import QUERIES, NamedQuery

LOCALHOST = "127.0.0.1"
DEFAULT_PORT = 8001
WEB_EXTRA_MISSING = 'kzmonitor db serve needs Datasette: pip install -e ".[web]" (or pip install "kzmonitor[web]")'


def canned_query(query: NamedQuery) -> dict[str, Any]:
    """A named query as a Datasette canned query: the same SQL, an empty form field meaning its default.

    Datasette passes an empty string for a parameter left blank, where ``kzmonitor db
    query`` passes the default; the SQL reads ``NULLIF(:name, '')`` in its place, and a
    number parameter (the limit) is cast, as Datasette's parameters are text.
    """
    sql = query.sql
    optional = dict(zip(query.args[len(query.args) - len(query.defaults):], query.defaults))
    for name, default in optional.items():
        value = f"NULLIF(:{name}, '')"
        if default is not None:
            value = f"COALESCE({value}, {default!r})"
        if isinstance(default, int):
            value = f"CAST({value} AS INTEGER)"
        sql = re.sub(rf":{name}\b", value, sql)
    return {"sql": sql.strip(), "title": query.help.split(". ")[0], "description": query.help, "params": list(query.args)}


def datasette_metadata(database: str) -> dict[str, Any]:
    """The shipped metadata (``kzmonitor/web/metadata.json``) for a database served as ``database``, with the canned queries."""
    metadata = json.loads(resources.files(__package__).joinpath("metadata.json").read_text(encoding="utf-8"))
    # the file describes a database called "cases"; Datasette names a database after its file's stem
    described = metadata["databases"].pop("cases")
    described["description_html"] = described["description_html"].replace("{database_url}", f"/{database}")
    described["queries"] = {name: canned_query(query) for name, query in QUERIES.items()}
    metadata["databases"][database] = described
    return metadata


def make_datasette(db: str | Path, *, allow_sql: bool = False):
    """A Datasette app serving the case database ``db`` read-only, with kzmonitor's pages.

    Args:
        db: a database built by ``kzmonitor db build``.
        allow_sql: let visitors run their own SQL (SELECT only: the file is opened immutable).

    Raises:
        ImportError: the ``web`` extra is not installed.
        kzmonitor.db.DatabaseError: ``db`` is missing or not a case database.
    """
    from datasette.app import Datasette
    from datasette.plugins import pm

    from ..db import connect
    from . import plugin

    connect(db, create=False).close()  # a missing or foreign file fails here, in one line, not in the browser
    if not pm.is_registered(plugin):
        pm.register(plugin, name="kzmonitor")
    return Datasette(
        immutables=[str(db)],
        metadata=datasette_metadata(Path(db).stem),
        template_dir=str(resources.files(__package__).joinpath("templates")),
        settings={"default_allow_sql": allow_sql},
    )


def serve(datasette, *, host: str = LOCALHOST, port: int = DEFAULT_PORT) -> None:
    """Serve ``datasette`` (from :func:`make_datasette`) on ``host``:``port`` until interrupted.

    >>> serve(make_datasette("cases.sqlite"), port=8001)  # doctest: +SKIP
    """
    import uvicorn

    uvicorn.run(datasette.app(), host=host, port=port, log_level="warning", lifespan="on")
