"""The ``kzmonitor`` command line: thin wrappers over library functions."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from .formats import FORMATS, FormatError, check_format, render
from .inputs import InputError, read_text

app = typer.Typer(help="Turn Kazakhstan political-persecution monitoring reports into a case database.",
                  no_args_is_help=True, add_completion=False, pretty_exceptions_enable=False)

FILE_YEAR_RE = re.compile(r"((?:19|20)\d{2})[-_.]\d{2}")


def fail(message: str, code: int = 2) -> None:
    typer.echo(f"kzmonitor: error: {message}", err=True)
    raise typer.Exit(code)


def expand_inputs(paths: list[Path]) -> list[Path]:
    """Files as given; directories give their *.txt/*.html files."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            found = sorted(p for p in path.iterdir() if p.suffix.lower() in (".txt", ".html", ".htm"))
            if not found:
                fail(f"{path}: directory holds no .txt or .html reports")
            files.extend(found)
        elif path.exists():
            files.append(path)
        else:
            fail(f"{path}: no such file")
    return files


@app.command("extract")
def extract_cli(
    files: Annotated[list[Path], typer.Argument(help="Report files (.txt or .html) or directories of them.")],
    output_format: Annotated[str, typer.Option("--format", "-f", help=f"One of: {', '.join(FORMATS)}.")] = "json",
    output: Annotated[str, typer.Option("--output", "-o", help="Output path, or - for stdout.")] = "-",
    year: Annotated[Optional[int], typer.Option(help="Year for dates the report does not date.")] = None,
    model: Annotated[Optional[str], typer.Option(help="Pipeline directory or installed package.")] = None,
) -> None:
    """Extract entries, persons, citations and sanctions from monitoring reports."""
    from .api import extract_reports, load
    from .reader import ReportError

    try:
        check_format(output_format, output)
    except FormatError as error:
        fail(str(error))
    if year is not None and not 1990 <= year <= 2100:
        fail(f"--year {year} is out of range (1990-2100)")
    paths = expand_inputs(files)
    texts = []
    for path in paths:
        try:
            texts.append((str(path), read_text(path)))
        except InputError as error:
            fail(f"{path}: {error}")
    fallback = {str(p): int(m.group(1)) for p in paths if (m := FILE_YEAR_RE.search(p.name))}
    try:
        nlp = load(model)
    except (OSError, ValueError) as error:
        fail(f"cannot load model {model!r}: {str(error).splitlines()[0]}")
    try:
        results = extract_reports(texts, nlp, year=year, fallback_years=fallback)
    except ReportError as error:
        fail(str(error))
    rendered = render(results, output_format)
    if output == "-":
        sys.stdout.write(rendered)
        return
    try:
        if isinstance(rendered, bytes):
            Path(output).write_bytes(rendered)
        else:
            Path(output).write_text(rendered, encoding="utf-8")
    except OSError as error:
        fail(f"cannot write {output}: {error.strerror or error}")


@app.command("schema")
def schema_cli() -> None:
    """Print the JSON Schema of one extracted report."""
    from .schemas import ReportResult

    typer.echo(json.dumps(ReportResult.model_json_schema(), indent=2))


@app.command("evaluate")
def evaluate_cli(
    model: Annotated[str, typer.Argument(help="Pipeline directory, installed package, or 'rules' for the rule components alone.")],
    data: Annotated[list[Path], typer.Argument(help="Annotated JSONL files.")],
    output: Annotated[Optional[Path], typer.Option(help="Write the scores as JSON here too.")] = None,
) -> None:
    """Score a pipeline on annotated entries: PERSON, citations, sanctions, relations, linking."""
    from .evaluate import evaluate_files, format_scores

    try:
        scores = evaluate_files(model, data)
    except (OSError, ValueError) as error:
        fail(str(error).splitlines()[0])
    typer.echo(format_scores(scores))
    if output is not None:
        output.write_text(json.dumps(scores, indent=2), encoding="utf-8")


@app.command("convert")
def convert_cli(
    source: Annotated[list[Path], typer.Argument(help="Annotation files: kzmonitor JSONL, Prodigy JSONL, Label Studio JSON, Doccano JSONL.")],
    output: Annotated[Path, typer.Option("--output", "-o", help="Output: .spacy (DocBin) or .jsonl (kzmonitor).")],
    input_format: Annotated[str, typer.Option("--from", help="kzmonitor, prodigy, labelstudio or doccano.")] = "kzmonitor",
) -> None:
    """Convert annotations between kzmonitor JSONL, annotation tools and spaCy DocBin."""
    from .convert import ConversionError, convert_files

    try:
        report = convert_files(source, output, input_format)
    except (ConversionError, OSError, ValueError) as error:
        fail(str(error))
    for problem in report.problems:
        typer.echo(f"warning: {problem}", err=True)
    typer.echo(f"wrote {report.docs} docs to {output}")


@app.command("train", context_settings={"allow_extra_args": True, "ignore_unknown_options": True})
def train_cli(
    ctx: typer.Context,
    config: Annotated[Path, typer.Argument(help="spaCy training config (configs/ner.cfg).")],
    output: Annotated[Path, typer.Option("--output", "-o", help="Directory for model-best/model-last.")],
    train: Annotated[list[Path], typer.Option(help="Training data (.jsonl annotations or .spacy).")],
    dev: Annotated[list[Path], typer.Option(help="Dev data (.jsonl annotations or .spacy).")],
    input_format: Annotated[str, typer.Option("--from", help="Format of .jsonl/.json data.")] = "kzmonitor",
) -> None:
    """Fine-tune the PERSON recogniser with ``spacy train`` and kzmonitor's registered code.

    Extra ``--section.key value`` options pass through to spaCy as config overrides.
    """
    from .training import train_pipeline

    try:
        best = train_pipeline(config, output, train, dev, input_format=input_format, overrides=ctx.args)
    except (OSError, ValueError) as error:
        fail(str(error).splitlines()[0])
    typer.echo(f"trained pipeline: {best}")


from .cli_db import db_app  # noqa: E402  (after fail/expand_inputs, which its commands use)

app.add_typer(db_app, name="db")


def main() -> None:
    app()


if __name__ == "__main__":
    main()
