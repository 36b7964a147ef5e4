"""The batch in worker processes and on a Dask LocalCluster gives the same case as in one process, plus Parquet."""
from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from service.batch import case_analyses, run_batch
from core.model import Document
from extractors.parallel import chunked
from store.case import CaseStore

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def feed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small news folder: the French seed, two English dispatches, and a broken file."""
    folder = tmp_path_factory.mktemp("feed")
    seed = sorted((ROOT / "seeds").glob("*.txt"))[0]
    (folder / seed.name).write_bytes(seed.read_bytes())
    (folder / "2024-03-05-berlin.txt").write_text(
        "Chancellor Olaf Scholz met President Emmanuel Macron in Berlin on Tuesday.", encoding="utf-8")
    (folder / "2024-03-06-kyiv.txt").write_text(
        "Russian drones struck Odesa overnight, Ukrainian officials said on Wednesday.", encoding="utf-8")
    (folder / "broken.docx").write_bytes(b"PK\x03\x04 not a real archive")
    return folder


def summary(case: Path) -> dict[str, list[tuple]]:
    """What a case holds, comparable across runs: each document's events and places."""
    return {a.document.source: sorted((e.id, e.type, e.place.name if e.place else "") for e in a.events)
            + sorted((p.start, p.name, p.lat) for p in a.places) for a in case_analyses(CaseStore(case))}


@pytest.fixture(scope="module")
def serial_case(feed: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The folder analysed in this process."""
    case = tmp_path_factory.mktemp("serial") / "case.sqlite"
    report = run_batch(feed, case)
    assert report.analysed == 3 and len(report.errors) == 1 and "broken.docx" in report.errors[0]
    return case


def test_two_local_processes_give_the_same_case_and_parquet_tables(feed: Path, serial_case: Path,
                                                                   tmp_path: Path) -> None:
    report = run_batch(feed, tmp_path / "case.sqlite", processes=2, parquet_folder=tmp_path / "tables")
    assert report.analysed == 3 and report.worker_peak_mb and all(mb > 50 for mb in report.worker_peak_mb.values())
    assert summary(tmp_path / "case.sqlite") == summary(serial_case)
    events = pd.read_parquet(tmp_path / "tables" / "events.parquet")
    places = pd.read_parquet(tmp_path / "tables" / "places.parquet")
    assert set(events["source"]) == set(summary(serial_case))
    assert events["lat"].dropna().between(-90, 90).all() and len(places) >= len(events["place"].dropna())
    assert "Olaf Scholz" in {actor for actors in events["actors"] for actor in actors}


def test_a_dask_local_cluster_of_two_workers_gives_the_same_case(feed: Path, serial_case: Path, tmp_path: Path) -> None:
    report = run_batch(feed, tmp_path / "case.sqlite", scheduler="local:2")
    assert report.analysed == 3 and len(report.errors) == 1
    assert summary(tmp_path / "case.sqlite") == summary(serial_case)
    again = run_batch(feed, tmp_path / "case.sqlite", scheduler="local:2")
    assert (again.analysed, again.skipped) == (0, 3), "a second run skips what is analysed"


def test_documents_are_spread_in_chunks_that_keep_every_one() -> None:
    documents = [Document(text=f"Text number {i}.") for i in range(19)]
    chunks = chunked(documents, 8)
    assert [len(c) for c in chunks] == [8, 8, 3] and [d for c in chunks for d in c] == documents
