"""``kzmonitor db``: build the SQLite case database and run its named queries (thin over :mod:`kzmonitor.db`)."""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from .db import QUERIES

db_app = typer.Typer(help="The case database (SQLite): build it from reports, run named queries.", no_args_is_help=True)

QUERY_HELP = "\n\n".join(f"{name}: {query.help}" for name, query in QUERIES.items())


@db_app.command("build")
def build_cli(
    files: Annotated[list[Path], typer.Argument(help="Report files (.txt or .html) or directories of them.")],
    db: Annotated[Path, typer.Option("--db", help="SQLite database; created if missing, else extended.")] = Path("cases.sqlite"),
    model: Annotated[Optional[str], typer.Option(help="Pipeline directory, installed package, or 'rules' for the rule components alone.")] = None,
    persons: Annotated[Optional[Path], typer.Option("--persons", help="Persons registry JSON: its ids and pinned merges and splits are kept, then it is updated (created if missing).")] = None,
    fail_fast: Annotated[bool, typer.Option("--fail-fast", help="Stop at the first file that cannot be read.")] = False,
) -> None:
    """Add reports to the case database; reports already in it are not added twice.

    With --persons the stored reports are re-linked through the registry even when nothing
    is added, so merges and splits pinned with 'kzmonitor persons' reach the database. A file
    that cannot be read is named on stderr and the others are added all the same (exit status 1).
    """
    from .api import Pipelines
    from .cli import FILE_YEAR_RE, Refusals, expand_inputs, fail, open_registry, store_registry
    from .db import DatabaseError, ReportInput, build_database
    from .inputs import InputError, read_text
    from .batch import text_language
    from .reader import ReportError, read_report

    paths = expand_inputs(files)
    refusals = Refusals(len(paths), fail_fast)
    reports = []
    for path in paths:
        match = FILE_YEAR_RE.search(path.name)
        try:
            text = read_text(path)
            read_report(text, language=text_language(text))  # only to refuse it here, by name, rather than fail the whole build
        except (InputError, ReportError) as error:
            refusals.refuse(str(path), str(error))
            continue
        reports.append(ReportInput(str(path), text, int(match.group(1)) if match else None))
    if refusals.all_refused:
        refusals.close()
    registry = open_registry(persons) if persons is not None else None
    try:
        summary = build_database(db, reports, Pipelines(model=model) if model == "rules" else None, model=model, registry=registry)
    except (OSError, ValueError) as error:  # DatabaseError, ReportError, a model that does not load
        if not isinstance(error, (DatabaseError, ReportError)):
            error = f"cannot load model {model!r}: {str(error).splitlines()[0]}" if model else str(error).splitlines()[0]
        fail(str(error))
    if registry is not None:
        store_registry(registry, persons)
    typer.echo(f"{db}: added {summary.added} report(s), {summary.skipped} already there, {summary.replaced} replaced; "
               f"now {summary.reports} reports, {summary.entries} entries, {summary.persons} persons")
    refusals.close()


@db_app.command("query", help=f"Run a named query on the case database.\n\n{QUERY_HELP}")
def query_cli(
    name: Annotated[str, typer.Argument(help=f"One of: {', '.join(QUERIES)}.")],
    args: Annotated[Optional[list[str]], typer.Argument(help="The query's arguments.")] = None,
    db: Annotated[Path, typer.Option("--db", help="SQLite database built by 'kzmonitor db build'.")] = Path("cases.sqlite"),
    output_format: Annotated[str, typer.Option("--format", "-f", help="table, csv or json.")] = "table",
) -> None:
    from .cli import fail
    from .db import DatabaseError, run_query

    if output_format not in ("table", "csv", "json"):
        fail(f"unknown format {output_format!r}; choose one of table, csv, json")
    try:
        columns, rows = run_query(db, name, args)
    except DatabaseError as error:
        fail(str(error))
    if output_format == "json":
        typer.echo(json.dumps([dict(zip(columns, row)) for row in rows], ensure_ascii=False, indent=2))
    elif output_format == "csv":
        writer = csv.writer(sys.stdout)
        writer.writerow(columns)
        writer.writerows(rows)
    else:
        from rich.console import Console
        from rich.table import Table

        table = Table(title=f"{name} ({len(rows)} rows)")
        for column in columns:
            # an entry's text would make every row a page; a glimpse is enough next to csv/json
            table.add_column(column, **({"no_wrap": True, "overflow": "ellipsis", "max_width": 60} if column == "text" else {}))
        for row in rows:
            table.add_row(*("" if value is None else f"{value:g}" if isinstance(value, float) else str(value) for value in row))
        Console().print(table)


@db_app.command("serve")
def serve_cli(
    db: Annotated[Path, typer.Option("--db", help="SQLite database built by 'kzmonitor db build'.")] = Path("cases.sqlite"),
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8001,
    host: Annotated[str, typer.Option(help="Address to listen on; the default answers this machine only.")] = "127.0.0.1",
    allow_sql: Annotated[bool, typer.Option("--allow-sql", help="Let visitors run their own SQL (still read-only).")] = False,
) -> None:
    """Browse the case database in a web page (Datasette; needs the 'web' extra), read-only.

    Tables with facets and labels, the named queries, a page per person (open a name in
    persons), charts of sanctions per month and of the most-cited articles, and a map of
    places; nothing is fetched from the internet.
    """
    from .cli import fail
    from .db import DatabaseError
    from .web import LOCALHOST, WEB_EXTRA_MISSING, make_datasette, serve

    if host not in (LOCALHOST, "localhost", "::1"):
        typer.echo(f"kzmonitor: warning: serving on {host}: anyone who can reach this machine on port {port} can read "
                   "the whole database", err=True)
    try:
        datasette = make_datasette(db, allow_sql=allow_sql)
    except ImportError:
        fail(WEB_EXTRA_MISSING)
    except DatabaseError as error:
        fail(str(error))
    typer.echo(f"Serving {db} read-only at http://{'localhost' if host == LOCALHOST else host}:{port}/ (Ctrl+C stops)", err=True)
    serve(datasette, host=host, port=port)
