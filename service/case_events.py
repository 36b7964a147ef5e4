"""The case's events as the views read them: the machine's analyses with the analyst's corrections laid over,
gathered into happenings and flattened into the event table, which the case keeps per revision so that a big case
opens on its table; and the happenings of a few rows read from their own documents, for the evidence panel."""
from __future__ import annotations

import pandas as pd

from core.model import Analysis
from extractors.version import pipeline_version
from service.analysis import current_analyses
from store.case import CaseStore
from store.case_settings import online_enabled
from store.corrections import Correction, Orphan, apply_corrections, attach, merge_targets
from store.event_snapshot import SNAPSHOT, EventSnapshot, keep_snapshot, kept_snapshot, snapshot_version
from store.event_table import Cluster, event_clusters, frame_of

CaseEvents = tuple[list[Analysis], list[Cluster], pd.DataFrame]
Attachment = tuple[list[Analysis], dict[str, Correction], list[Orphan]]


def attachment(store: CaseStore) -> Attachment:
    """The machine's analyses (new documents analysed first), each correction on the event it belongs to, and those
    fitting no event."""
    analyses = current_analyses(store)
    return analyses, *attach(store.correction_rows(), analyses)


def corrected_documents(store: CaseStore) -> Attachment:
    """The machine's analyses of the documents the analyst corrected (and of those their merges point into), each
    correction on its event, and those fitting no event: what Review checks its saves against, the rest of the case
    unread."""
    corrections = store.correction_rows()
    wanted = {row.document_id for row in corrections}
    wanted |= {row.fields["merged_into"].partition(":")[0] for row in corrections if row.fields.get("merged_into")}
    cached = store.cached_analyses(store.documents(wanted), pipeline_version(online_enabled(store)))
    machine = [analysis for analysis in cached.values() if analysis is not None]
    return machine, *attach(corrections, machine)


def document_analysis(store: CaseStore, document_id: str) -> Analysis | None:
    """One document's stored analysis (the machine's reading, no correction laid over), if it is analysed."""
    documents = store.documents([document_id])
    return store.cached_analyses(documents, pipeline_version(online_enabled(store))).get(document_id) \
        if documents else None


def corrected_analyses(machine: list[Analysis], attached: dict[str, Correction]) -> list[Analysis]:
    """The analyses with the corrections laid over."""
    corrections = {event_id: correction.fields for event_id, correction in attached.items()}
    return [apply_corrections(analysis, corrections) for analysis in machine]


def corrected_events(machine: list[Analysis], attached: dict[str, Correction]) -> CaseEvents:
    """The analyses with the corrections laid over, their happenings (the analyst's merges joined) and the table."""
    analyses = corrected_analyses(machine, attached)
    clusters = event_clusters(analyses, merge_targets({event_id: c.fields for event_id, c in attached.items()}))
    return analyses, clusters, frame_of(clusters)


def table_version(store: CaseStore) -> str:
    """The version the case's table is kept under: the pipeline's the app reads the case with, and the table code's."""
    return snapshot_version(pipeline_version(online_enabled(store)))


def case_snapshot(analyses: list[Analysis], frame: pd.DataFrame) -> EventSnapshot:
    """What the first screen reads, from the corrected analyses and their table."""
    return EventSnapshot(frame, len(analyses), tuple(w for analysis in analyses for w in analysis.warnings))


def keep_table(store: CaseStore, revision: int, machine: list[Analysis], snapshot: EventSnapshot) -> bool:
    """Keep the table built at `revision` when every document's analysis is in the case (one that failed is made
    again at the next open, which must not read a table without it); whether it was kept."""
    return all(analysis.pipeline_version for analysis in machine) and \
        keep_snapshot(store, revision, table_version(store), snapshot)


def kept_table(store: CaseStore, revision: int) -> EventSnapshot | None:
    """The table kept for this revision of the case, if the code reading it now made it."""
    return kept_snapshot(store, revision, table_version(store))


def kept_revision(store: CaseStore) -> int | None:
    """The revision of the case the table it keeps was built at (it may have changed since), if it keeps one."""
    return store.derived_revision(SNAPSHOT, table_version(store))


def keep_case_table(store: CaseStore) -> bool:
    """Build and keep the case's table when every document is analysed (as a batch run leaves it), so the app opens
    on it; whether it was kept."""
    revision = store.revision()
    documents = store.documents()
    cached = store.cached_analyses(documents, pipeline_version(online_enabled(store)))
    if any(analysis is None for analysis in cached.values()):
        return False
    machine = [cached[document.id] for document in documents]
    analyses, _, frame = corrected_events(machine, attach(store.correction_rows(), machine)[0])
    return keep_table(store, revision, machine, case_snapshot(analyses, frame))


def told_clusters(store: CaseStore, rows: pd.DataFrame) -> list[Cluster] | None:
    """The happenings of these table rows, each with every sentence that tells it, read from their documents alone
    (and the documents their corrections merge into); None when the case no longer holds one of their tellings."""
    corrections = store.correction_rows()
    wanted = {source["id"] for sources in rows["source_documents"] for source in sources}
    wanted |= {row.fields["merged_into"].partition(":")[0] for row in corrections
               if row.document_id in wanted and row.fields.get("merged_into")}
    documents = store.documents(wanted)
    cached = store.cached_analyses(documents, pipeline_version(online_enabled(store)))
    if any(analysis is None for analysis in cached.values()):
        return None
    machine = list(cached.values())
    attached, _ = attach(corrections, machine)
    fields = {event_id: correction.fields for event_id, correction in attached.items()}
    told = {event.id: (analysis, event) for analysis in (apply_corrections(a, fields) for a in machine)
            for event in analysis.events}
    if any(event_id not in told for ids in rows["event_ids"] for event_id in ids):
        return None
    return [[told[event_id] for event_id in ids] for ids in rows["event_ids"]]
