"""Analyse documents in chunks on worker processes: this machine's cores, or a Dask cluster when one is not enough."""
from __future__ import annotations

import multiprocessing
import os
import resource
import socket
import sys
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass
from pathlib import Path

from core.model import Analysis, Document
from extractors.pipeline import analyze_many, failed
from geocoding.online import OnlineGeocoder

CHUNK_DOCUMENTS = 8  # enough for spaCy's batching, small enough to spread a folder over the workers
LOCAL_CLUSTER = "local"  # scheduler value that starts a Dask LocalCluster on this machine ("local:4" for 4 workers)


@dataclass
class ChunkResult:
    """A chunk's analyses, which worker made them and that worker's peak memory so far."""

    analyses: list[Analysis]
    worker: str
    peak_mb: float


def peak_rss_mb() -> float:
    """This process's own peak resident memory: Linux's VmHWM (ru_maxrss counts a spawning parent's too)."""
    status = Path("/proc/self/status")
    if status.exists():
        line = next((line for line in status.read_text().splitlines() if line.startswith("VmHWM:")), "")
        if line:
            return int(line.split()[1]) / 1024
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KB on Linux, bytes on macOS
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def analyse_safely(documents: list[Document], online: OnlineGeocoder | None = None) -> Iterator[Analysis]:
    """Analyse documents together, in order, as each is ready; when the batch fails outside any one document, the
    documents not yet analysed are analysed alone, so one bad document costs only itself."""
    done = 0
    try:
        for analysis in analyze_many(documents, online=online):
            done += 1
            yield analysis
    except Exception as error:
        if len(documents) == 1:
            yield failed(documents[0], error, [])
            return
        for document in documents[done:]:
            yield from analyse_safely([document], online)


def analyse_chunk(documents: list[Document]) -> ChunkResult:
    """Run in a worker: analyse a chunk (models load once per worker process)."""
    return ChunkResult(list(analyse_safely(documents)), f"{socket.gethostname()}:{os.getpid()}", peak_rss_mb())


def failed_chunk(documents: list[Document], error: BaseException, worker: str) -> ChunkResult:
    """A chunk whose worker died or raised: each document gets its failure, none is lost silently."""
    return ChunkResult([failed(d, error, []) for d in documents], worker, 0.0)


def chunked(documents: list[Document], size: int = CHUNK_DOCUMENTS) -> list[list[Document]]:
    """Consecutive chunks of at most `size` documents."""
    return [documents[i:i + size] for i in range(0, len(documents), size)]


def analyse_here(documents: list[Document]) -> Iterator[ChunkResult]:
    """Analyse in this process, a chunk at a time; a chunk that fails fails alone."""
    for chunk in chunked(documents):
        try:
            result = analyse_chunk(chunk)
        except Exception as error:
            result = failed_chunk(chunk, error, "this process")
        yield result


def analyse_in_processes(documents: list[Document], processes: int) -> Iterator[ChunkResult]:
    """Analyse on this machine's cores, each worker a fresh process with its own models, as chunks finish."""
    context = multiprocessing.get_context("spawn")  # no model or SQLite handle is inherited half-open
    with ProcessPoolExecutor(max_workers=processes, mp_context=context) as pool:
        futures = {pool.submit(analyse_chunk, chunk): chunk for chunk in chunked(documents)}
        for future in as_completed(futures):
            error = future.exception()
            yield failed_chunk(futures[future], error, "process pool") if error else future.result()


def analyse_on_dask(documents: list[Document], scheduler: str) -> Iterator[ChunkResult]:
    """Analyse on a Dask cluster: a scheduler address, or 'local[:N]' for a LocalCluster of N worker processes."""
    from dask.distributed import Client, LocalCluster
    from dask.distributed import as_completed as dask_completed

    cluster = None
    if scheduler.split(":")[0] == LOCAL_CLUSTER:
        workers = int(scheduler.split(":")[1]) if ":" in scheduler else 2
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None)
    client = Client(cluster or scheduler)
    try:
        chunks = chunked(documents)
        futures = client.map(analyse_chunk, chunks, pure=False)
        chunk_of = {future.key: chunk for future, chunk in zip(futures, chunks)}
        for future in dask_completed(futures):
            error = future.exception()
            yield failed_chunk(chunk_of[future.key], error, scheduler) if error else future.result()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def analyse_chunks(documents: list[Document], processes: int = 1, scheduler: str | None = None) -> Iterator[ChunkResult]:
    """Analyse documents where asked: a Dask scheduler, several local processes, or this process."""
    if not documents:
        return iter(())
    if scheduler:
        return analyse_on_dask(documents, scheduler)
    if processes > 1:
        return analyse_in_processes(documents, processes)
    return analyse_here(documents)
