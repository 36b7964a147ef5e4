"""Analyse a folder of articles into a case the app opens, resumably: what is already analysed is skipped."""
from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from extractors.ingest import SUPPORTED_SUFFIXES, IngestError, document_from_path
from core.model import Analysis, Document
from extractors.version import PIPELINE_VERSION
from service.case_events import keep_case_table
from store.case import CaseStore
from store.tables import write_parquet
from store.case_settings import SEEDED_KEY


@dataclass
class BatchReport:
    """What a batch run did."""

    analysed: int = 0
    skipped: int = 0
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    worker_peak_mb: dict[str, float] = field(default_factory=dict)  # worker -> its peak resident memory
    written: list[Path] = field(default_factory=list)  # the JSON lines file and Parquet tables written


@dataclass
class Folder:
    """The article files found under a folder, and what was passed over and why."""

    files: list[Path] = field(default_factory=list)
    links: list[Path] = field(default_factory=list)  # symbolic links not followed
    problems: list[str] = field(default_factory=list)  # subfolders that could not be listed


def article_files(folder: Path, follow_symlinks: bool = False) -> Folder:
    """Every supported file under a folder, in a stable order; symbolic links are not followed unless asked, so a
    link cannot bring a file from elsewhere on the machine into the case."""
    found, seen = Folder(), set()
    walk = os.walk(folder, followlinks=follow_symlinks,
                   onerror=lambda error: found.problems.append(f"{error.filename}: {error.strerror}"))
    for root, folders, names in walk:
        here = Path(root)
        if follow_symlinks and os.path.realpath(here) in seen:  # a link back up the tree is read once
            folders[:] = []
            continue
        seen.add(os.path.realpath(here))
        found.links += [here / name for name in folders if not follow_symlinks and (here / name).is_symlink()]
        for path in (here / name for name in names if name.lower().endswith(SUPPORTED_SUFFIXES)):
            if path.is_symlink() and not follow_symlinks:
                found.links.append(path)
            elif path.is_file():  # not a pipe or a device, which would never end
                found.files.append(path)
    found.files.sort()
    found.links.sort()
    return found


def run_batch(folder: Path, case_path: Path, jsonl_path: Path | None = None, language: str = "",
              on_progress: Callable[[int, int, str], None] | None = None, processes: int = 1,
              scheduler: str | None = None, parquet_folder: Path | None = None, published_in: str = "",
              follow_symlinks: bool = False) -> BatchReport:
    """Add every article of a folder to the case and analyse those not analysed yet by this pipeline,
    in this process, in several processes or on a Dask cluster; then write the case's JSON lines and tables whole."""
    from extractors.parallel import analyse_chunks  # spaCy loads when a folder is analysed, not for `--help`

    report = BatchReport()
    store = CaseStore(case_path)
    store.set_meta(SEEDED_KEY, "1")  # a batch case holds the folder's articles, not the app's sample
    pending = pending_documents(folder, store, language, report, published_in, follow_symlinks)
    done = 0
    for result in analyse_chunks(pending, processes, scheduler):
        report.worker_peak_mb[result.worker] = max(result.peak_mb, report.worker_peak_mb.get(result.worker, 0.0))
        for analysis in result.analyses:
            keep(analysis, store, report)
            done += 1
            if on_progress:
                on_progress(done, len(pending), analysis.document.source)
    if jsonl_path or parquet_folder:
        analyses = case_analyses(store)
        write_outputs(analyses, jsonl_path, parquet_folder, report)
    keep_table_for_app(store, report)
    return report


def keep_table_for_app(store: CaseStore, report: BatchReport) -> None:
    """Keep the case's event table in it, so the app opens the case on it instead of reading every analysis; a case
    that cannot take it is reported, and the app builds the table when it opens."""
    try:
        keep_case_table(store)
    except sqlite3.Error as error:
        report.warnings.append(f"{store.path}: the event table could not be kept in the case ({error}); the app "
                               "builds it when it opens the case")


def pending_documents(folder: Path, store: CaseStore, language: str, report: BatchReport,
                      published_in: str = "", follow_symlinks: bool = False) -> list[Document]:
    """Read the folder into the case; the documents this pipeline has not analysed yet. A file that cannot be read
    or stored is reported by its path in the folder, and the others go on."""
    found = article_files(folder, follow_symlinks)
    report.errors += found.problems
    report.warnings += [f"{link.relative_to(folder)}: a symbolic link, not followed (--follow-symlinks reads it)"
                        for link in found.links]
    pending = []
    for path in found.files:
        name = str(path.relative_to(folder))
        try:
            document = document_from_path(path, name)
            document.language, document.published_in = language, published_in
            store.add_document(document)
            stored = store.document(document.id) or document
            cached = store.cached_analysis(stored, PIPELINE_VERSION)
        except IngestError as error:
            report.errors.append(str(error))
            continue
        except Exception as error:  # one file must never stop the others
            report.errors.append(f"{name}: could not be added ({type(error).__name__}: {error})")
            continue
        if cached is None:
            pending.append(stored)
        else:
            report.skipped += 1
    return pending


def keep(analysis: Analysis, store: CaseStore, report: BatchReport) -> None:
    """Store an analysis; a failed one, or one the case cannot take, is reported and left for the next run."""
    if not analysis.pipeline_version:
        report.errors.append(analysis.warnings[-1])
        return
    try:
        store.save_analysis(analysis)
    except Exception as error:  # a full disk or a locked case costs this document, not the run
        report.errors.append(f"{analysis.document.source}: could not be stored ({type(error).__name__}: {error})")
        return
    report.analysed += 1
    report.warnings.extend(analysis.warnings)


def write_outputs(analyses: list[Analysis], jsonl_path: Path | None, parquet_folder: Path | None,
                  report: BatchReport) -> None:
    """Write the JSON lines and the Parquet tables of the whole case; one that cannot be written is reported."""
    try:
        if jsonl_path:
            write_jsonl(analyses, jsonl_path)
            report.written.append(jsonl_path)
        if parquet_folder:
            report.written += write_parquet(analyses, parquet_folder)
    except OSError as error:
        report.errors.append(f"{error.filename or jsonl_path or parquet_folder}: could not be written "
                             f"({error.strerror or error}); the case holds every analysis, run again to write it")


def write_jsonl(analyses: Iterable[Analysis], path: Path) -> None:
    """One JSON line per analysis, written whole or not at all: a crash or a full disk leaves the last complete
    file, and the next run writes it again from the case."""
    partial = path.with_name(f".{path.name}.{os.getpid()}.partial")
    try:
        with partial.open("w", encoding="utf-8") as out:
            for analysis in analyses:
                out.write(json.dumps(analysis.to_json(), ensure_ascii=False) + "\n")
            out.flush()
            os.fsync(out.fileno())
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)


def case_analyses(store: CaseStore) -> list[Analysis]:
    """Every analysis of the case made by this pipeline."""
    found = (store.cached_analysis(document, PIPELINE_VERSION) for document in store.documents())
    return [analysis for analysis in found if analysis is not None]
