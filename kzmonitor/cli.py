"""The ``kzmonitor`` command line: thin wrappers over library functions."""

from __future__ import annotations

import glob
import json
import re
import sys
from pathlib import Path
from contextlib import contextmanager
from typing import Annotated, Any, Callable, Iterable, Iterator, Optional

import typer

from .formats import FORMATS, render
from .inputs import InputError, read_text

app = typer.Typer(help="Turn Kazakhstan political-persecution monitoring reports into a case database.",
                  no_args_is_help=True, add_completion=False, pretty_exceptions_enable=False)

FILE_YEAR_RE = re.compile(r"((?:19|20)\d{2})[-_.]\d{2}")


def fail(message: str, code: int = 2) -> None:
    typer.echo(f"kzmonitor: error: {message}", err=True)
    raise typer.Exit(code)


GLOB_CHARS = frozenset("*?[")


def expand_inputs(paths: list[Path]) -> list[Path]:
    """Files as given; directories give their *.txt/*.html files; a glob pattern ("reports/2023-*.txt",
    quoted so that the shell leaves it alone) gives the files it matches."""
    files: list[Path] = []
    for path in paths:
        if not path.exists() and GLOB_CHARS & set(str(path)):
            matches = sorted(Path(p) for p in glob.glob(str(path), recursive=True))
            if not matches:
                fail(f"{path}: no file matches this pattern")
            files.extend(expand_inputs(matches))
        elif path.is_dir():
            found = sorted(p for p in path.iterdir() if p.suffix.lower() in (".txt", ".html", ".htm"))
            if not found:
                fail(f"{path}: directory holds no .txt or .html reports")
            files.extend(found)
        elif path.exists():
            files.append(path)
        else:
            fail(f"{path}: no such file")
    return files


def read_inputs(paths: list[Path]) -> Iterator[tuple[str, str]]:
    """(source, text) of each file, read only when extraction reaches it, so a long run holds one text at a time."""
    for path in paths:
        try:
            yield str(path), read_text(path)
        except InputError as error:
            fail(f"{path}: {error}")


@app.command("extract")
def extract_cli(
    files: Annotated[list[Path], typer.Argument(help="Report files (.txt or .html), directories of them, or quoted glob patterns.")],
    output_format: Annotated[str, typer.Option("--format", "-f", help=f"One of: {', '.join(FORMATS)}.")] = "json",
    output: Annotated[str, typer.Option("--output", "-o", help="Output path, or - for stdout.")] = "-",
    year: Annotated[Optional[int], typer.Option(help="Year for dates the report does not date.")] = None,
    model: Annotated[Optional[str], typer.Option(help="Pipeline directory or installed package.")] = None,
    n_process: Annotated[int, typer.Option("--n-process", help="Worker processes for the pipeline (several cores).")] = 1,
) -> None:
    """Extract entries, persons, citations and sanctions from monitoring reports.

    Entries stream through the pipeline in batches; persons are linked across every file of
    the run. ``--format jsonl`` writes each report as soon as it is ready.
    """
    from .api import load
    from .batch import analyze_reports, link_reports
    from .reader import ReportError

    if output_format not in FORMATS:
        fail(f"unknown format {output_format!r}; choose one of {', '.join(FORMATS)}")
    if year is not None and not 1990 <= year <= 2100:
        fail(f"--year {year} is out of range (1990-2100)")
    if n_process < 1:
        fail(f"--n-process must be at least 1, not {n_process}")
    paths = expand_inputs(files)
    fallback = {str(p): int(m.group(1)) for p in paths if (m := FILE_YEAR_RE.search(p.name))}
    try:
        nlp = load(model)
    except (OSError, ValueError) as error:
        fail(f"cannot load model {model!r}: {str(error).splitlines()[0]}")
    try:
        with progress_bar(len(paths)) as advance:
            records = analyze_reports(read_inputs(paths), nlp, year=year, fallback_years=fallback, n_process=n_process)
            results = link_reports(advance(records), nlp)
            if output_format == "jsonl":
                write_output(output, (result.model_dump_json() + "\n" for result in results))
                return
            collected = list(results)
    except ReportError as error:
        fail(str(error))
    write_output(output, [render(collected, output_format)])


@contextmanager
def progress_bar(total: int) -> Iterator[Callable[[Iterable[Any]], Iterator[Any]]]:
    """A rich progress bar over the reports, on stderr when it is a terminal; elsewhere nothing is drawn.

    Yields a function that passes stage 1's records through, advancing the bar on each.
    """
    if not sys.stderr.isatty():
        yield iter
        return
    from rich.console import Console
    from rich.progress import Progress

    with Progress(console=Console(stderr=True), transient=True) as progress:
        task = progress.add_task("extracting", total=total)

        def advance(records: Iterable[Any]) -> Iterator[Any]:
            for record in records:
                progress.advance(task)
                yield record
            progress.update(task, description="linking persons")

        yield advance


def write_output(output: str, chunks: Iterable[str]) -> None:
    """Write ``chunks`` to stdout (``-``) or to the file ``output``, opened at the first chunk."""
    if output == "-":
        for chunk in chunks:
            sys.stdout.write(chunk)
        return
    handle = None
    try:
        for chunk in chunks:
            handle = handle or open(output, "w", encoding="utf-8")
            handle.write(chunk)
    except OSError as error:
        fail(f"cannot write {output}: {error.strerror or error}")
    finally:
        if handle is not None:
            handle.close()


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


def main() -> None:
    app()


if __name__ == "__main__":
    main()
