"""A case as one JSON file another copy of the app can import: documents, their analyses, the corrections."""
from __future__ import annotations

import json
from dataclasses import asdict

from extractors.model import Analysis, Document
from store.case import CaseStore

CASE_FORMAT = "newsmap-case"
CASE_VERSION = 1


class CaseFileError(ValueError):
    """A file that is not a case this app can import."""


def export_case(store: CaseStore, analyses: list[Analysis]) -> str:
    """The case as JSON text."""
    return json.dumps({
        "format": CASE_FORMAT, "version": CASE_VERSION,
        "documents": [asdict(d) for d in store.documents()],
        "analyses": [a.to_json() for a in analyses],
        "corrections": store.corrections(),
    }, ensure_ascii=False)


def import_case(store: CaseStore, data: bytes) -> tuple[int, int]:
    """Add a case file's documents, analyses and corrections; returns (documents added, corrections added)."""
    try:
        case = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise CaseFileError(f"not a JSON case file ({error})") from error
    if not isinstance(case, dict) or case.get("format") != CASE_FORMAT:
        raise CaseFileError("not a Newsmap case file (its 'format' is not 'newsmap-case')")
    if case.get("version", 0) > CASE_VERSION:
        raise CaseFileError(f"made by a newer Newsmap (case version {case['version']}); update this app")
    try:
        documents = {d["id"]: Document(**d) for d in case.get("documents", [])}
        analyses = [Analysis.from_json(a, documents[a["id"]].text) for a in case.get("analyses", [])
                    if a.get("id") in documents]
        corrections = dict(case.get("corrections", {}))
    except (KeyError, TypeError) as error:
        raise CaseFileError(f"the case file is damaged ({type(error).__name__}: {error})") from error
    added = sum(store.add_document(document) for document in documents.values())
    for analysis in analyses:
        analysis.document = documents[analysis.document.id]
        store.save_analysis(analysis)
    for event_id, fields in corrections.items():
        store.save_correction(event_id, event_id.split(":")[0], fields)
    return added, len(corrections)
