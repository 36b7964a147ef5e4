"""Analyse a folder of articles into a case the app opens, resumably: what is already analysed is skipped."""
from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from extractors.ingest import SUPPORTED_SUFFIXES, IngestError, document_from_bytes
from extractors.pipeline import PIPELINE_VERSION, analyze_many
from store.case import CaseStore
from store.workspace import SEEDED_KEY


@dataclass
class BatchReport:
    """What a batch run did."""

    analysed: int = 0
    skipped: int = 0
    errors: list[str] = field(default_factory=list)


def article_files(folder: Path) -> list[Path]:
    """Every supported file under a folder, in a stable order."""
    return sorted(p for p in folder.rglob("*") if p.is_file() and p.suffix.lower() in SUPPORTED_SUFFIXES)


def run_batch(folder: Path, case_path: Path, jsonl_path: Path | None = None, language: str = "",
              on_progress: Callable[[int, int, str], None] | None = None) -> BatchReport:
    """Add every article of a folder to the case and analyse those not analysed yet by this pipeline."""
    report = BatchReport()
    store = CaseStore(case_path)
    store.set_meta(SEEDED_KEY, "1")  # a batch case holds the folder's articles, not the app's sample
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
        document.language = language
        store.add_document(document)
        stored = store.document(document.id) or document
        if store.cached_analysis(stored, PIPELINE_VERSION) is None:
            pending.append(stored)
        else:
            report.skipped += 1
    out = jsonl_path.open("a", encoding="utf-8") if jsonl_path else None
    try:
        for number, analysis in enumerate(analyze_many(pending), start=1):
            store.update_document(analysis.document)
            store.save_analysis(analysis)
            report.analysed += 1
            if out:
                out.write(json.dumps(analysis.to_json(), ensure_ascii=False) + "\n")
            if on_progress:
                on_progress(number, len(pending), analysis.document.source)
    finally:
        if out:
            out.close()
    return report
