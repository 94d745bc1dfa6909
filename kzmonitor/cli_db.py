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
    from .api import blank
    from .cli import FILE_YEAR_RE, Refusals, expand_inputs, fail, open_registry, store_registry
    from .db import DatabaseError, ReportInput, build_database
    from .inputs import InputError, read_text
    from .reader import ReportError, read_report

    paths = expand_inputs(files)
    refusals = Refusals(len(paths), fail_fast)
    reports = []
    for path in paths:
        match = FILE_YEAR_RE.search(path.name)
        try:
            text = read_text(path)
            read_report(text)  # only to refuse it here, by name, rather than fail the whole build
        except (InputError, ReportError) as error:
            refusals.refuse(str(path), str(error))
            continue
        reports.append(ReportInput(str(path), text, int(match.group(1)) if match else None))
    if refusals.all_refused:
        refusals.close()
    registry = open_registry(persons) if persons is not None else None
    try:
        summary = build_database(db, reports, blank() if model == "rules" else None, model=model, registry=registry)
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
