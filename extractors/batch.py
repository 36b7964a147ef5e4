"""Analyse a folder of articles into a case the app opens, resumably: what is already analysed is skipped."""
from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from extractors.ingest import SUPPORTED_SUFFIXES, IngestError, document_from_bytes
from extractors.model import Analysis, Document
from extractors.parallel import analyse_chunks
from extractors.version import PIPELINE_VERSION
from store.case import CaseStore
from store.tables import write_parquet
from store.workspace import SEEDED_KEY


@dataclass
class BatchReport:
    """What a batch run did."""

    analysed: int = 0
    skipped: int = 0
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    worker_peak_mb: dict[str, float] = field(default_factory=dict)  # worker -> its peak resident memory
    tables: list[Path] = field(default_factory=list)


def article_files(folder: Path) -> list[Path]:
    """Every supported file under a folder, in a stable order."""
    return sorted(p for p in folder.rglob("*") if p.is_file() and p.suffix.lower() in SUPPORTED_SUFFIXES)


def run_batch(folder: Path, case_path: Path, jsonl_path: Path | None = None, language: str = "",
              on_progress: Callable[[int, int, str], None] | None = None, processes: int = 1,
              scheduler: str | None = None, parquet_folder: Path | None = None, published_in: str = "") -> BatchReport:
    """Add every article of a folder to the case and analyse those not analysed yet by this pipeline,
    in this process, in several processes or on a Dask cluster."""
    report = BatchReport()
    store = CaseStore(case_path)
    store.set_meta(SEEDED_KEY, "1")  # a batch case holds the folder's articles, not the app's sample
    pending = pending_documents(folder, store, language, report, published_in)
    out = jsonl_path.open("a", encoding="utf-8") if jsonl_path else None
    done = 0
    try:
        for result in analyse_chunks(pending, processes, scheduler):
            report.worker_peak_mb[result.worker] = max(result.peak_mb, report.worker_peak_mb.get(result.worker, 0.0))
            for analysis in result.analyses:
                keep(analysis, store, report, out)
                done += 1
                if on_progress:
                    on_progress(done, len(pending), analysis.document.source)
    finally:
        if out:
            out.close()
    if parquet_folder:
        report.tables = write_parquet(case_analyses(store), parquet_folder)
    return report


def pending_documents(folder: Path, store: CaseStore, language: str, report: BatchReport,
                      published_in: str = "") -> list[Document]:
    """Read the folder into the case; the documents this pipeline has not analysed yet."""
    pending = []
    for path in article_files(folder):
        try:
            document = document_from_bytes(path.name, path.read_bytes())
        except IngestError as error:
            report.errors.append(str(error))
            continue
        except OSError as error:
            report.errors.append(f"{path.name}: {error.strerror}")
            continue
        document.language, document.published_in = language, published_in
        store.add_document(document)
        stored = store.document(document.id) or document
        if store.cached_analysis(stored, PIPELINE_VERSION) is None:
            pending.append(stored)
        else:
            report.skipped += 1
    return pending


def keep(analysis: Analysis, store: CaseStore, report: BatchReport, out: TextIO | None) -> None:
    """Store an analysis (a failed one is reported and left for the next run) and append its JSON line."""
    if not analysis.pipeline_version:
        report.errors.append(analysis.warnings[-1])
        return
    store.update_document(analysis.document)
    store.save_analysis(analysis)
    report.analysed += 1
    report.warnings.extend(analysis.warnings)
    if out:
        out.write(json.dumps(analysis.to_json(), ensure_ascii=False) + "\n")


def case_analyses(store: CaseStore) -> list[Analysis]:
    """Every analysis of the case made by this pipeline."""
    found = (store.cached_analysis(document, PIPELINE_VERSION) for document in store.documents())
    return [analysis for analysis in found if analysis is not None]
