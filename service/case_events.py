"""The case's events as the views read them: the machine's analyses with the analyst's corrections laid over,
gathered into happenings and flattened into the event table, which the case keeps per revision so that a big case
opens on its table; and the happenings of a few rows read from their own documents, for the evidence panel."""
from __future__ import annotations

import pandas as pd

from core.merge import cluster_index_groups
from core.model import Analysis
from extractors.version import pipeline_version
from service.analysis import current_analyses
from store.case import CaseStore
from store.case_settings import online_enabled
from store.corrections import Correction, Orphan, apply_corrections, attach, merge_targets
from store.event_snapshot import SNAPSHOT, EventSnapshot, keep_snapshot, kept_snapshot, snapshot_version
from store.event_table import Cluster, event_clusters, frame_of, join_merged
from store.event_tellings import (GROUP, TELLINGS, Tellings, grouped, keep_tellings, kept_tellings, telling_events,
                                  telling_rows, tellings_frame)
from store.named_places import keep_named_places, named_in
from store.telling_regroup import regrouped_tellings

CaseEvents = tuple[list[Analysis], list[Cluster], pd.DataFrame]
MOST_SLICES = 200  # runs of rows in order past which a table's rows are taken one by one rather than sliced
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


def correction_marks(rows: list[Correction]) -> dict[str, list]:
    """Each correction's revision and document, by event id: what tells which documents a later save touched."""
    return {row.event_id: [row.revision, row.document_id] for row in rows}


def keep_table(store: CaseStore, revision: int, machine: list[Analysis], analyses: list[Analysis],
               snapshot: EventSnapshot, clusters: list[Cluster] | None = None) -> bool:
    """Keep the table built at `revision` from the machine's analyses (`analyses`: with the corrections laid over,
    `clusters`: the happenings the table was built from, when given), the tellings it gathered and the places the
    documents name (Review's move lists them), when every document's analysis is in the case (one that failed is made
    again at the next open, which must not read a table without it); whether it was kept."""
    if not all(analysis.pipeline_version for analysis in machine):
        return False
    version = table_version(store)
    rows = store.correction_rows()
    frame = tellings_frame(telling_rows(analyses))
    frame = grouped(frame, telling_groups(frame, clusters, rows))
    tellings = Tellings(frame, tuple(a.document.id for a in machine), correction_marks(rows))
    return (keep_snapshot(store, revision, version, snapshot) and keep_tellings(store, revision, version, tellings)
            and keep_named_places(store, revision, pipeline_version(online_enabled(store)), named_in(machine)))


def telling_groups(frame: pd.DataFrame, clusters: list[Cluster] | None, rows: list[Correction]) -> list[list[int]]:
    """The tellings' groups by position, the analyst's merges left out: those of the table's happenings when the
    analyst merged none (the case's 60,000 tellings are not gathered a second time), else gathered again."""
    if clusters is None or any(row.fields.get("merged_into") for row in rows):
        return cluster_index_groups(telling_events(frame))
    position = {event_id: index for index, event_id in enumerate(frame["event_id"].tolist())}
    return [[position[event.id] for _, event in cluster] for cluster in clusters]


def kept_table(store: CaseStore, revision: int, columns: tuple[str, ...] | None = None) -> EventSnapshot | None:
    """The table kept for this revision of the case (only these columns when given), if the code reading it now
    made it."""
    return kept_snapshot(store, revision, table_version(store), columns)


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
    analyses, clusters, frame = corrected_events(machine, attach(store.correction_rows(), machine)[0])
    return keep_table(store, revision, machine, analyses, case_snapshot(analyses, frame), clusters)


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


def keep_updated_table(store: CaseStore, revision: int, snapshot: EventSnapshot, tellings: Tellings) -> bool:
    """Keep a table brought up to `revision` and its tellings, unless the case changed since; whether both were."""
    version = table_version(store)
    return keep_snapshot(store, revision, version, snapshot) and keep_tellings(store, revision, version, tellings)


def changed_documents(marks: dict[str, list], rows: list[Correction]) -> set[str]:
    """The documents whose corrections were saved, changed or dropped since the marks were taken."""
    now = correction_marks(rows)
    return ({mark[1] for event_id, mark in marks.items() if now.get(event_id) != mark}
            | {mark[1] for event_id, mark in now.items() if marks.get(event_id) != mark})


def machine_of(store: CaseStore, documents: set[str]) -> dict[str, Analysis] | None:
    """These documents' stored analyses by document; None when one is not in the case or not analysed by this
    pipeline (the table must then be built from the whole case)."""
    cached = store.cached_analyses(store.documents(documents), pipeline_version(online_enabled(store)))
    if len(cached) < len(documents) or any(analysis is None for analysis in cached.values()):
        return None
    return cached


def updated_table(store: CaseStore, revision: int) -> tuple[EventSnapshot, Tellings] | None:
    """This revision's table brought up from the one kept at an earlier revision when only corrections changed since
    (a save in Review): the happenings are gathered again from the kept tellings with the touched documents' read
    anew, and only the rows whose happening changed are built again from their documents. None when it cannot be: no
    table kept, or documents added, removed or analysed again since."""
    version = table_version(store)
    kept_at = store.derived_revision(TELLINGS, version)
    if kept_at is None or kept_at >= revision or store.documents_revision() > kept_at:
        return None
    old, tellings = kept_snapshot(store, kept_at, version), kept_tellings(store, kept_at, version)
    if old is None or tellings is None or old.frame.empty:
        return None
    rows = store.correction_rows()
    changed = changed_documents(tellings.corrections, rows)
    wanted = changed | {row.document_id for row in rows}  # what attaching every correction to its event reads
    wanted |= {row.fields["merged_into"].partition(":")[0] for row in rows if row.fields.get("merged_into")}
    machine = machine_of(store, wanted)
    if machine is None:
        return None
    attached, _ = attach(rows, list(machine.values()))
    fields = {event_id: correction.fields for event_id, correction in attached.items()}
    touched = {document: apply_corrections(machine[document], fields) for document in changed}
    frame, gathered = regathered(tellings, touched)
    ids = frame["event_id"].tolist()
    groups = join_merged([[ids[index] for index in group] for group in gathered], merge_targets(fields), id_of=str)
    table = rows_for(store, old.frame, groups, dict(zip(ids, frame["document_id"].tolist())), touched, fields)
    if table is None:
        return None
    return (EventSnapshot(table, old.documents, old.warnings),
            Tellings(frame, tellings.documents, correction_marks(rows)))


def regathered(tellings: Tellings, touched: dict[str, Analysis]) -> tuple[pd.DataFrame, list[list[int]]]:
    """The kept tellings with the touched documents' read anew, in the case's order and with their groups, and the
    groups (their tellings' positions): only the groups the touched tellings were in or could join are gathered
    again, and only the tellings they could gather with are made events."""
    frame = tellings.frame
    was_touched = frame["document_id"].isin(touched)
    gone = list(zip(telling_events(frame[was_touched]), frame.loc[was_touched, GROUP].tolist()))
    frame = pd.concat([frame[~was_touched], tellings_frame(telling_rows(
        [touched[document] for document in tellings.documents if document in touched]))], ignore_index=True)
    order = {document: position for position, document in enumerate(tellings.documents)}
    frame = frame.iloc[frame["document_id"].map(order).argsort(kind="stable")].reset_index(drop=True)
    groups = regrouped_tellings(frame, gone)
    return grouped(frame, groups), groups


def rows_for(store: CaseStore, old: pd.DataFrame, groups: list[list[str]], document_of: dict[str, str],
             touched: dict[str, Analysis], fields: dict[str, dict]) -> pd.DataFrame | None:
    """The table of these happenings (their tellings' event ids gathered, in the table's order; `document_of`: each
    telling's document): a happening told by the same tellings as a row of the old table, none of them in a touched
    document, keeps its row; the others are built from their documents' analyses (`touched`: those already read,
    corrected)."""
    at = {ids: position for position, ids in enumerate(old["event_ids"])}
    ids = [tuple(group) for group in groups]
    retold = {event_id for event_id, document in document_of.items() if document in touched}
    kept = [key in at and retold.isdisjoint(key) for key in ids]
    fresh = [key for key, keep in zip(ids, kept) if not keep]
    others = machine_of(store, {document_of[event_id] for key in fresh for event_id in key} - set(touched))
    if others is None:
        return None
    analyses = [*touched.values(), *(apply_corrections(analysis, fields) for analysis in others.values())]
    told = {event.id: (analysis, event) for analysis in analyses for event in analysis.events}
    built = frame_of([[told[event_id] for event_id in key] for key in fresh]).astype(old.dtypes.to_dict())
    combined = pd.concat([old, built], ignore_index=True) if len(built) else old  # the old rows, then the new ones
    new_rows = iter(range(len(old), len(combined)))
    positions = [at[key] if keep else next(new_rows) for key, keep in zip(ids, kept)]
    return rows_at(combined, positions)


def rows_at(frame: pd.DataFrame, positions: list[int]) -> pd.DataFrame:
    """The frame's rows at these positions, renumbered: as slices where they run on in order (a save changes a few of
    40,000 rows, and a slice of an Arrow column is not copied), else taken one by one."""
    starts = [0, *(index for index in range(1, len(positions)) if positions[index] != positions[index - 1] + 1)]
    if len(starts) > MOST_SLICES or not positions:
        return frame.iloc[positions].reset_index(drop=True)
    ends = [*starts[1:], len(positions)]
    pieces = [frame.iloc[positions[start]:positions[end - 1] + 1] for start, end in zip(starts, ends)]
    return pd.concat(pieces, ignore_index=True) if len(pieces) > 1 else pieces[0].reset_index(drop=True)
