"""A case as one JSON file another copy imports: documents, the machine's analyses, and the corrections apart."""
from __future__ import annotations

import json
from dataclasses import asdict, dataclass

from core.model import Analysis, Document
from store.case import CaseStore
from store.case_check import CASE_FORMAT, CASE_VERSION, CaseFile
from store.corrections import Correction


@dataclass
class ImportPlan:
    """What importing a checked case file adds to a case, and what of the analyst's own it would replace."""

    case: CaseFile
    new_documents: list[Document]
    changed_documents: list[Document]  # in the case already, with other details or another machine reading
    new_corrections: list[Correction]
    changed_corrections: list[Correction]  # of events the analyst corrected otherwise


def case_json(store: CaseStore, analyses: list[Analysis]) -> str:
    """The case as JSON text with the machine's analyses of its documents, so the importing copy can still go back
    to them."""
    rows = store.correction_rows()
    return json.dumps({
        "format": CASE_FORMAT, "version": CASE_VERSION,
        "documents": [asdict(d) for d in store.documents()],
        "analyses": [a.to_json() for a in analyses if a.pipeline_version],  # failed ones are redone
        "corrections": {row.event_id: row.fields for row in rows},
        "anchors": {row.event_id: row.anchor for row in rows if row.anchor},
    }, ensure_ascii=False)


def reading_differs(store: CaseStore, case: CaseFile, document: Document) -> bool:
    """Whether the case holds this document with other details, or the file's analysis of it is not the case's."""
    if store.document(document.id) != document:
        return True
    theirs = next((a for a in case.analyses if a.document.id == document.id), None)
    if theirs is None:
        return False
    ours = store.cached_analysis(document, theirs.pipeline_version)
    return ours is None or ours.to_json() != theirs.to_json()


def plan_import(store: CaseStore, case: CaseFile) -> ImportPlan:
    """Compare a checked case file with the case as it is now."""
    known = {d.id for d in store.documents()}
    ours = store.corrections()
    return ImportPlan(
        case=case,
        new_documents=[d for d in case.documents if d.id not in known],
        changed_documents=[d for d in case.documents if d.id in known and reading_differs(store, case, d)],
        new_corrections=[c for c in case.corrections if c.event_id not in ours],
        changed_corrections=[c for c in case.corrections if c.event_id in ours and ours[c.event_id] != c.fields],
    )


def import_case(store: CaseStore, case: CaseFile, replace_documents: bool = False,
                replace_corrections: bool = False) -> ImportPlan:
    """Add what is new in one transaction; the analyst's own documents and corrections stay unless they chose to
    replace them. Returns the plan carried out, made against the case as it was at the moment of writing."""
    plan = plan_import(store, case)
    documents = plan.new_documents + (plan.changed_documents if replace_documents else [])
    written = {d.id for d in documents}
    corrections = plan.new_corrections + (plan.changed_corrections if replace_corrections else [])
    if documents or corrections:
        store.import_rows(documents, [a for a in case.analyses if a.document.id in written], corrections)
    return plan
