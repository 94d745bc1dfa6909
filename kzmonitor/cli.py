"""The ``kzmonitor`` command line: thin wrappers over library functions."""

from __future__ import annotations

import glob
import json
import os
import re
import sys
from pathlib import Path
from contextlib import contextmanager
from typing import Annotated, Any, Callable, Iterable, Iterator, Optional

import typer

from .formats import FORMATS, FormatError, check_format, render
from .inputs import InputError, read_text

app = typer.Typer(help="Turn Kazakhstan political-persecution monitoring reports into a case database.",
                  no_args_is_help=True, add_completion=False, pretty_exceptions_enable=False)

FILE_YEAR_RE = re.compile(r"((?:19|20)\d{2})[-_.]\d{2}")


def fail(message: str, code: int = 2) -> None:
    typer.echo(f"kzmonitor: error: {message}", err=True)
    raise typer.Exit(code)


GLOB_CHARS = frozenset("*?[")


def first_line(error: BaseException) -> str:
    """The first non-empty line of an error's message (spaCy and confection messages run long)."""
    lines = [line.strip() for line in str(error).splitlines() if line.strip()]
    return lines[0] if lines else type(error).__name__


def check_output(output: str) -> None:
    """Fail before any work when the output path cannot be written."""
    if output == "-":
        return
    path = Path(output)
    if path.is_dir():
        fail(f"cannot write {output}: is a directory; give a file name")
    parent = path.parent if str(path.parent) else Path(".")
    if not parent.is_dir():
        fail(f"cannot write {output}: directory {parent} does not exist")
    if not os.access(parent, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
        fail(f"cannot write {output}: permission denied")


def expand_inputs(paths: list[Path], suffixes: tuple[str, ...] = (".txt", ".html", ".htm"),
                  kind: str = ".txt or .html reports") -> list[Path]:
    """Files as given; directories give their files with ``suffixes`` (reports: .txt/.html); a glob
    pattern ("reports/2023-*.txt", quoted so that the shell leaves it alone) gives the files it matches."""
    files: list[Path] = []
    for path in paths:
        if not path.exists() and GLOB_CHARS & set(str(path)):
            matches = sorted(Path(p) for p in glob.glob(str(path), recursive=True))
            if not matches:
                fail(f"{path}: no file matches this pattern")
            files.extend(expand_inputs(matches, suffixes, kind))
        elif path.is_dir():
            found = sorted(p for p in path.iterdir() if p.suffix.lower() in suffixes)
            if not found:
                fail(f"{path}: directory holds no {kind}")
            files.extend(found)
        elif path.exists():
            files.append(path)
        else:
            fail(f"{path}: no such file")
    return files


class Refusals:
    """The files a run refuses. One file refused ends the run with its error (exit 2), as does any
    with ``--fail-fast``; otherwise each gets its own error line, the run goes on with the others,
    and :meth:`close` prints "N of M files refused" and exits 1 (2 when none was read)."""

    def __init__(self, total: int, fail_fast: bool = False) -> None:
        self.total = total
        self.fail_fast = fail_fast
        self.sources: list[str] = []

    def refuse(self, source: str | None, message: str) -> None:
        line = f"{source}: {message}" if source is not None and not message.startswith(f"{source}: ") else message
        if self.fail_fast or self.total == 1:
            fail(line)
        typer.echo(f"kzmonitor: error: {line}", err=True)
        self.sources.append(str(source))

    @property
    def all_refused(self) -> bool:
        return len(self.sources) == self.total

    def close(self) -> None:
        if self.sources:
            nothing = " (nothing extracted)" if self.all_refused else ""
            typer.echo(f"kzmonitor: {len(self.sources)} of {self.total} files refused{nothing}", err=True)
            raise typer.Exit(2 if self.all_refused else 1)


SANCTION_DETECTOR_HELP = "Turn on the trained sanction detector beside the rules (finds more on new kinds of text, runs slower)."


LANG_HELP = "Language of the texts: auto (each text's by its script), en or ru."


def open_pipeline(model: str | None, sanction_detector: bool = False, lang: str = "en"):
    """:func:`kzmonitor.api.load_pipeline`, or a one-line error."""
    from .api import load_pipeline

    try:
        return load_pipeline(model, lang=lang, sanction_detector=sanction_detector)
    except (OSError, ValueError) as error:
        fail(f"cannot load model {model!r}: {first_line(error)}")


def open_pipelines(model: str | None, sanction_detector: bool, lang: str):
    """Pipelines by language for ``--lang``: a ``--model`` serves its own language, the shipped models the others."""
    from .api import RULES_ONLY, Pipelines
    from .languages import LANGUAGES

    if lang != "auto" and lang not in LANGUAGES:
        fail(f"--lang must be auto, {', '.join(LANGUAGES)}; not {lang!r}")
    if model is None or model == RULES_ONLY:
        pipelines = Pipelines(model=model, sanction_detector=sanction_detector)
        try:  # load the named or the likely language now, so that a broken model fails before any work
            pipelines["en" if lang == "auto" else lang]
        except (OSError, ValueError) as error:
            fail(f"cannot load model {model!r}: {first_line(error)}")
        return pipelines
    return Pipelines(open_pipeline(model, sanction_detector), sanction_detector=sanction_detector)


def read_inputs(paths: list[Path], refusals: Refusals) -> Iterator[tuple[str, str]]:
    """(source, text) of each readable file, read only when extraction reaches it, so a long run holds one text at a time."""
    for path in paths:
        try:
            yield str(path), read_text(path)
        except InputError as error:
            refusals.refuse(str(path), str(error))


def with_notes(results: Iterable[Any]) -> Iterator[Any]:
    """Results passed through; how a text was read, where that is not as a report's dated entries, goes to stderr."""
    for result in results:
        for note in result.notes:
            typer.echo(f"kzmonitor: note: {result.source}: {note}", err=True)
        yield result


@app.command("extract")
def extract_cli(
    files: Annotated[list[Path], typer.Argument(help="Report files (.txt or .html), directories of them, or quoted glob patterns.")],
    output_format: Annotated[str, typer.Option("--format", "-f", help=f"One of: {', '.join(FORMATS)}.")] = "json",
    output: Annotated[str, typer.Option("--output", "-o", help="Output path, or - for stdout.")] = "-",
    year: Annotated[Optional[int], typer.Option(help="Year for dates the report does not date.")] = None,
    model: Annotated[Optional[str], typer.Option(help="Pipeline directory, installed package, or 'rules' for the rule components alone.")] = None,
    persons: Annotated[Optional[Path], typer.Option("--persons", help="Persons registry JSON: reused for stable person_ids, then updated (created if missing).")] = None,
    n_process: Annotated[int, typer.Option("--n-process", help="Worker processes for the pipeline (several cores).")] = 1,
    fail_fast: Annotated[bool, typer.Option("--fail-fast", help="Stop at the first file that cannot be read.")] = False,
    sanction_detector: Annotated[bool, typer.Option("--sanction-detector", help=SANCTION_DETECTOR_HELP)] = False,
    lang: Annotated[str, typer.Option("--lang", help=LANG_HELP)] = "auto",
) -> None:
    """Extract entries, persons, citations and sanctions from monitoring reports, bulletins and articles.

    Entries stream through the pipeline in batches; persons are linked across every file of
    the run. ``--format jsonl`` writes each report as soon as it is ready. A file that cannot
    be read is named on stderr and the others are extracted all the same (exit status 1).
    """
    from .batch import analyze_reports, link_reports
    from .reader import ReportError

    try:
        check_format(output_format, output)
    except FormatError as error:
        fail(str(error))
    if year is not None and not 1990 <= year <= 2100:
        fail(f"--year {year} is out of range (1990-2100)")
    if n_process < 1:
        fail(f"--n-process must be at least 1, not {n_process}")
    check_output(output)
    paths = expand_inputs(files)
    fallback = {str(p): int(m.group(1)) for p in paths if (m := FILE_YEAR_RE.search(p.name))}
    nlp = open_pipelines(model, sanction_detector, lang)
    registry = open_registry(persons) if persons is not None else None
    refusals = Refusals(len(paths), fail_fast)
    try:
        with progress_bar(len(paths)) as advance:
            records = analyze_reports(read_inputs(paths, refusals), nlp, language=lang, year=year, fallback_years=fallback,
                                      n_process=n_process, on_error=lambda source, error: refusals.refuse(source, str(error)))
            results = with_notes(link_reports(advance(records), nlp, registry=registry))
            if output_format == "jsonl":
                write_output(output, (result.model_dump_json() + "\n" for result in results))
            else:
                collected = list(results)
    except ReportError as error:
        fail(str(error))
    if refusals.all_refused:
        refusals.close()
    if registry is not None:
        store_registry(registry, persons)
    if output_format != "jsonl":
        write_output(output, [render(collected, output_format, several_inputs=len(paths) > 1)])
    refusals.close()


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


def write_output(output: str, chunks: Iterable[str | bytes]) -> None:
    """Write ``chunks`` to stdout (``-``) or to the file ``output``, opened at the first chunk."""
    if output == "-":
        for chunk in chunks:
            sys.stdout.write(chunk)
        return
    handle = None
    try:
        for chunk in chunks:  # str, or bytes for a binary format (main's formats.BINARY_FORMATS)
            if handle is None:
                handle = open(output, "wb") if isinstance(chunk, bytes) else open(output, "w", encoding="utf-8")
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
    model: Annotated[str, typer.Argument(help="Pipeline directory, installed package, 'rules' for the rule components alone, "
                                              "or 'identity' for cross-script identity linking on training_data/identity gold.")],
    data: Annotated[list[Path], typer.Argument(help="Annotated JSONL files, directories of them, or quoted glob patterns.")],
    output: Annotated[Optional[Path], typer.Option(help="Write the scores as JSON here too.")] = None,
    record: Annotated[bool, typer.Option("--record", help="Record the scores in MODEL/meta.json as the test-report scores.")] = False,
    sanction_detector: Annotated[bool, typer.Option("--sanction-detector", help=SANCTION_DETECTOR_HELP)] = False,
    lang: Annotated[str, typer.Option("--lang", help="Language of the entries: auto (by their script), en or ru; picks the shipped model of 'rules'.")] = "auto",
) -> None:
    """Score a pipeline on annotated entries: PERSON, citations, sanctions, relations, linking."""
    from .evaluate import evaluate_files, format_scores, record_scores

    if output is not None:
        check_output(str(output))
    if model == "identity":  # linking alone, no pipeline: kzmonitor evaluate identity GOLD.jsonl [ANNOTATED.jsonl...]
        from .evaluate import evaluate_identity, format_identity_scores

        try:
            scores = evaluate_identity(data)
        except (OSError, ValueError, KeyError) as error:
            fail(f"identity gold: {error}")
        typer.echo(format_identity_scores(scores))
        if output is not None:
            output.write_text(json.dumps(scores, indent=2), encoding="utf-8")
        return
    try:
        scores = evaluate_files(model, expand_inputs(data, (".jsonl",), ".jsonl annotations"), sanction_detector=sanction_detector, lang=lang)
    except (OSError, ValueError) as error:
        fail(str(error).splitlines()[0])
    typer.echo(format_scores(scores))
    if output is not None:
        output.write_text(json.dumps(scores, indent=2), encoding="utf-8")
    if record:
        try:
            record_scores(Path(model), scores)
        except OSError as error:
            fail(f"cannot record scores in {model}/meta.json: {error.strerror or error}")


@app.command("convert")
def convert_cli(
    source: Annotated[list[Path], typer.Argument(help="Annotation files (kzmonitor JSONL, Prodigy JSONL, Label Studio JSON, Doccano JSONL), directories of them, or quoted glob patterns.")],
    output: Annotated[Path, typer.Option("--output", "-o", help="Output: .spacy (DocBin) or .jsonl (kzmonitor).")],
    input_format: Annotated[str, typer.Option("--from", help="kzmonitor, prodigy, labelstudio or doccano.")] = "kzmonitor",
    lang: Annotated[str, typer.Option("--lang", help="Tokenizer language of a .spacy output: auto (by the texts' script), en or ru.")] = "auto",
) -> None:
    """Convert annotations between kzmonitor JSONL, annotation tools and spaCy DocBin."""
    from .convert import ConversionError, convert_files

    check_output(str(output))
    try:
        report = convert_files(expand_inputs(source, (".jsonl", ".json"), ".jsonl or .json annotations"), output, input_format, lang=lang)
    except (ConversionError, OSError, ValueError) as error:
        fail(first_line(error))  # pydantic validation errors run over several lines
    for problem in report.problems:
        typer.echo(f"warning: {problem}", err=True)
    typer.echo(f"wrote {report.docs} docs to {output}")


@app.command("train", context_settings={"allow_extra_args": True, "ignore_unknown_options": True})
def train_cli(
    ctx: typer.Context,
    config: Annotated[Path, typer.Argument(help="spaCy training config (configs/ner.cfg).")],
    output: Annotated[Path, typer.Option("--output", "-o", help="Directory for model-best/model-last.")],
    train: Annotated[list[Path], typer.Option(help="Training data (.jsonl annotations or .spacy), directories of them, or quoted glob patterns.")],
    dev: Annotated[list[Path], typer.Option(help="Dev data (.jsonl annotations or .spacy), directories of them, or quoted glob patterns.")],
    input_format: Annotated[str, typer.Option("--from", help="Format of .jsonl/.json data.")] = "kzmonitor",
    gpu_id: Annotated[int, typer.Option("--gpu-id", help="GPU to train on (-1: CPU).")] = -1,
) -> None:
    """Fine-tune the PERSON recogniser with ``spacy train`` and kzmonitor's registered code.

    Extra ``--section.key value`` options pass through to spaCy as config overrides.
    """
    from .training import train_pipeline

    data_suffixes = (".jsonl", ".json", ".spacy")
    train = expand_inputs(train, data_suffixes, "annotations or .spacy files")
    dev = expand_inputs(dev, data_suffixes, "annotations or .spacy files")
    try:
        best = train_pipeline(config, output, train, dev, input_format=input_format, overrides=ctx.args, use_gpu=gpu_id)
    except (OSError, ValueError) as error:
        fail(str(error).splitlines()[0])
    typer.echo(f"trained pipeline: {best}")


def open_registry(path: Path):
    from .registry import RegistryError, load_registry

    try:
        return load_registry(path)
    except RegistryError as error:
        fail(str(error))


def store_registry(registry, path: Path) -> None:
    from .registry import save_registry

    try:
        save_registry(registry, path)
    except OSError as error:
        fail(f"cannot write {path}: {error.strerror or error}")


@app.command("persons")
def persons_cli(
    args: Annotated[Optional[list[str]], typer.Argument(help="REPORTS... to link and list; or 'merge ID|SPELLING...'; or 'split ID SPELLING...'.", show_default=False)] = None,
    persons: Annotated[Optional[Path], typer.Option("--persons", help="Persons registry JSON to list, reuse or edit.")] = None,
    model: Annotated[Optional[str], typer.Option(help="Pipeline for REPORTS ('rules' for the rule components alone).")] = None,
) -> None:
    """List identities with their spellings and counts; pin merges and splits in a persons file.

    List the registry: kzmonitor persons --persons persons.json

    Link reports (and update the registry): kzmonitor persons a.txt b.txt [--persons persons.json]

    Pin one person: kzmonitor persons merge mamay-zh "Mamay Zhanbolat" --persons persons.json

    Pin someone else: kzmonitor persons split tleuzhanova-aigerim "Tleuzhanov A." --persons persons.json
    """
    from .registry import RegistryError, merge_persons, split_person

    args = list(args or [])
    action = args[0] if args and args[0] in ("merge", "split", "list") else "list"
    rest = args[1:] if args and args[0] == action else args
    if action in ("merge", "split"):
        if persons is None:
            fail(f"persons {action} needs --persons FILE")
        if not persons.exists():
            fail(f"{persons}: no such file")
        registry = open_registry(persons)
        try:
            record = merge_persons(registry, rest) if action == "merge" else split_person(registry, rest[0] if rest else "", rest[1:])
        except RegistryError as error:
            fail(str(error))
        store_registry(registry, persons)
        typer.echo(f"{action}: {record.person_id} ({record.canonical}): {', '.join(record.variants)}")
        return
    if not rest and persons is None:
        fail("give REPORTS to link or --persons FILE to list")
    if persons is not None and not rest and not persons.exists():
        fail(f"{persons}: no such file")
    registry = open_registry(persons) if persons is not None else None
    if rest:
        from .api import extract_reports, load_pipeline
        from .reader import ReportError

        paths = expand_inputs([Path(a) for a in rest])
        texts = []
        for path in paths:
            try:
                texts.append((str(path), read_text(path)))
            except InputError as error:
                fail(f"{path}: {error}")
        from .registry import PersonsRegistry

        registry = registry if registry is not None else PersonsRegistry()
        try:
            nlp = load_pipeline(model)
            extract_reports(texts, nlp, fallback_years={str(p): int(m.group(1)) for p in paths if (m := FILE_YEAR_RE.search(p.name))},
                            registry=registry)
        except (OSError, ValueError) as error:
            fail(str(error).splitlines()[0])
        except ReportError as error:
            fail(str(error))
        if persons is not None:
            store_registry(registry, persons)
    from .registry import persons_table
    from rich.console import Console

    Console(width=200).print(persons_table(registry))


from .cli_db import db_app  # noqa: E402  (after fail/expand_inputs, which its commands use)

app.add_typer(db_app, name="db")


def main() -> None:
    app()


if __name__ == "__main__":
    main()
