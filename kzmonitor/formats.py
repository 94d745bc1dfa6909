"""Output formats of ``kzmonitor extract``: json, jsonl, csv, parquet, html, labelstudio, prodigy."""

from __future__ import annotations

import json
from typing import Callable

from .convert import to_labelstudio, to_prodigy
from .page import to_html
from .schemas import ReportResult
from .tables import MissingDependency, case_schema, to_csv, to_parquet

FORMATS = ("json", "jsonl", "csv", "parquet", "html", "labelstudio", "prodigy")
# Written only to a file: a terminal would show bytes, and a pipe is better served by csv/jsonl.
BINARY_FORMATS = frozenset({"parquet"})


class FormatError(ValueError):
    """A format that cannot be written as asked; the message is one line a person can act on."""


def to_json(results: list[ReportResult], several: bool = False) -> str:
    """One report object, or a list of them where there are several (or several files were given, OUTPUT.md)."""
    data = [r.model_dump(mode="json") for r in results]
    return json.dumps(data[0] if len(data) == 1 and not several else data, ensure_ascii=False, indent=2) + "\n"


def to_jsonl(results: list[ReportResult]) -> str:
    return "".join(r.model_dump_json() + "\n" for r in results)


def to_labelstudio_json(results: list[ReportResult]) -> str:
    return json.dumps(to_labelstudio(results), ensure_ascii=False, indent=2) + "\n"


def to_prodigy_jsonl(results: list[ReportResult]) -> str:
    return "".join(json.dumps(task, ensure_ascii=False) + "\n" for task in to_prodigy(results))


RENDERERS: dict[str, Callable[[list[ReportResult]], str | bytes]] = {
    "json": to_json, "jsonl": to_jsonl, "csv": to_csv, "parquet": to_parquet, "html": to_html,
    "labelstudio": to_labelstudio_json, "prodigy": to_prodigy_jsonl,
}


def check_format(output_format: str, output: str) -> None:
    """Refuse, before any work, a format that cannot be written to ``output`` ("-" is stdout).

    Raises:
        FormatError: unknown format, binary format to stdout, or a missing optional package.
    """
    if output_format not in FORMATS:
        raise FormatError(f"unknown format {output_format!r}; choose one of {', '.join(FORMATS)}")
    if output_format in BINARY_FORMATS and output == "-":
        raise FormatError(f"--format {output_format} is binary: give a file with -o PATH")
    if output_format == "parquet":
        try:
            case_schema()
        except MissingDependency as error:
            raise FormatError(str(error)) from None


def render(results: list[ReportResult], output_format: str, *, several_inputs: bool = False) -> str | bytes:
    """``results`` in ``output_format``: text, or bytes for ``BINARY_FORMATS``.

    ``several_inputs``: the run was given several files, so ``json`` is a list even where one
    report is left (the others refused).
    """
    if output_format == "json":
        return to_json(results, several_inputs)
    return RENDERERS[output_format](results)
