"""Extraction beyond one machine: stage 1 on Ray Data actors, stage 2 where the results are collected.

Needs the optional extra ``ray`` (``pip install -e ".[ray]"``)::

    import ray
    from kzmonitor.ray_recipe import extract_with_ray

    ray.init()                                   # or ray.init(address="auto") on a cluster
    for report in extract_with_ray(sorted(Path("archive").glob("*.txt")), concurrency=8):
        print(report.model_dump_json())

:class:`ExtractBatch` is the callable class handed to ``Dataset.map_batches``: each actor
loads the pipeline once in ``__init__`` and turns batches of report files into stage 1's plain
records (:func:`kzmonitor.batch.analyze_reports`), which travel as JSON strings. The driver
links persons across every record (:func:`kzmonitor.batch.link_reports`), so the results equal
``kzmonitor extract`` on the same files in one process.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Iterable, Iterator

import numpy as np

from .api import load_pipeline
from .batch import analyze_reports, link_reports
from .schemas import ReportResult


class ExtractBatch:
    """``map_batches`` UDF: a batch of report files -> one stage 1 record (JSON) per report.

    Args:
        model: Pipeline directory or package, ``"rules"``, or None for the shipped model.
        year: Force this year for dates without one.
        batch_size: Entries per ``nlp.pipe`` batch inside the actor.
    """

    def __init__(self, model: str | None = None, *, year: int | None = None, batch_size: int = 64):
        self.nlp = load_pipeline(model)
        self.year = year
        self.batch_size = batch_size
        self.warmed = False  # the actor's first batch fills its vocabulary outside memory zones

    def __call__(self, batch: dict[str, np.ndarray]) -> dict[str, list[Any]]:
        from .cli import FILE_YEAR_RE
        from .inputs import read_text

        sources = [str(source) for source in batch["source"]]
        texts = ((source, read_text(source)) for source in sources)
        fallback = {s: int(m.group(1)) for s in sources if (m := FILE_YEAR_RE.search(Path(s).name))}
        records = analyze_reports(texts, self.nlp, year=self.year, fallback_years=fallback,
                                  batch_size=self.batch_size, warm_up=not self.warmed)
        encoded = [json.dumps(record, ensure_ascii=False) for record in records]
        self.warmed = True
        return {"source": sources, "record": encoded}


def extract_with_ray(
    paths: Iterable[str | Path],
    model: str | None = None,
    *,
    year: int | None = None,
    concurrency: int = 2,
    reports_per_batch: int = 4,
    registry=None,
) -> Iterator[ReportResult]:
    """Extract report files on Ray Data and link persons across all of them on the driver.

    Ray must be initialised (``ray.init``) before the first result is requested. Workers read
    the files themselves, so on a cluster ``paths`` must be visible to every node.

    Args:
        paths: Report files (.txt or .html), in the order the results should come out.
        model: As for :class:`ExtractBatch`.
        year: Force this year for dates without one.
        concurrency: Number of actors (each loads the pipeline once).
        reports_per_batch: Reports per ``map_batches`` batch.
        registry: A persons registry (:mod:`kzmonitor.registry`) whose ids are kept; updated in place on
            the driver, as ``kzmonitor extract --persons`` does.
    """
    import ray.data

    dataset = ray.data.from_items([{"source": str(path)} for path in paths])
    records = dataset.map_batches(
        ExtractBatch,
        fn_constructor_kwargs={"model": model, "year": year},
        batch_size=reports_per_batch,
        batch_format="numpy",
        concurrency=concurrency,
    )
    # Results in input order, set on this dataset's own context rather than the caller's global one.
    records.context.execution_options.preserve_order = True
    nlp = load_pipeline(model)
    yield from link_reports((json.loads(row["record"]) for row in records.iter_rows()), nlp, registry=registry)
