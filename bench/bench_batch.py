"""Batch throughput end to end (files in, case out) in 1 and 2 processes and on a Dask LocalCluster of 2 workers,
next to spaCy's own nlp.pipe speed on the same texts, with each worker's peak memory.

Usage: python bench/bench_batch.py [--corpora geo/gwn time/fr-timebank-dev] [--skip-dask]
The texts are read from ../shared/eval into a temporary folder, never copied into the project.
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from service.batch import run_batch  # noqa: E402
from extractors.entities import normalise_for_nlp  # noqa: E402
from extractors.language import detect_language  # noqa: E402
from core.model import Document  # noqa: E402
from extractors.nlp_models import load_nlp  # noqa: E402
from extractors.parallel import CHUNK_DOCUMENTS, peak_rss_mb  # noqa: E402
from extractors.pipeline import analyze  # noqa: E402

EVAL = ROOT.parent / "shared" / "eval"
DEFAULT_CORPORA = ("geo/gwn", "time/fr-timebank-dev")


def write_feed(corpora: list[str], folder: Path) -> list[tuple[str, str]]:
    """The corpora's texts as files (dated in the name when the corpus gives a date); (language, text) pairs."""
    texts = []
    for corpus in corpora:
        with open(EVAL / f"{corpus}.jsonl", encoding="utf-8") as lines:
            for number, row in enumerate(json.loads(line) for line in lines if line.strip()):
                prefix = f"{row['published']}-" if row.get("published") else ""
                (folder / f"{prefix}{corpus.replace('/', '_')}-{number:04d}.txt").write_text(row["text"], encoding="utf-8")
                texts.append((detect_language(row["text"]) or "en", row["text"]))
    return texts


def spacy_speed(texts: list[tuple[str, str]]) -> tuple[int, float]:
    """Tokens and seconds of the spaCy models alone (loaded beforehand) over the same texts, batched."""
    tokens, elapsed = 0, 0.0
    for language in sorted({language for language, _ in texts}):
        nlp = load_nlp(language)
        nlp("warm up")
        started = time.perf_counter()
        docs = list(nlp.pipe((normalise_for_nlp(t) for lang, t in texts if lang == language), batch_size=8))
        elapsed += time.perf_counter() - started
        tokens += sum(len(doc) for doc in docs)
    return tokens, elapsed


def timed_batch(feed: Path, out: Path, **options) -> tuple[float, dict[str, float], int]:
    """Seconds of one batch run into a fresh case, its workers' peak memory, and how many it analysed."""
    started = time.perf_counter()
    report = run_batch(feed, out / "case.sqlite", **options)
    elapsed = time.perf_counter() - started
    return elapsed, report.worker_peak_mb, report.analysed


def start_up_seconds(scratch: Path, workers: int = 2, **options) -> float:
    """What a run costs before work starts: a chunk of one-line articles in both languages for each worker, so every
    worker starts and loads its models."""
    feed = scratch / "tiny"
    feed.mkdir(exist_ok=True)
    lines = ("Le président est arrivé à Moscou mardi.", "The president flew to Kyiv on Monday.")
    for number in range(workers * CHUNK_DOCUMENTS):
        text = f"{lines[number % 2]} ({number})"
        (feed / f"2024-01-01-tiny{number:03d}.txt").write_text(text, encoding="utf-8")
    out = scratch / f"tiny-{len(list(scratch.iterdir()))}"
    out.mkdir()
    return timed_batch(feed, out, **options)[0]


def main() -> None:
    """Print the throughput table."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--corpora", nargs="+", default=list(DEFAULT_CORPORA))
    parser.add_argument("--skip-dask", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        scratch = Path(folder)
        feed = scratch / "feed"
        feed.mkdir()
        texts = write_feed(args.corpora, feed)
        tokens, spacy_seconds = spacy_speed(texts)
        seed = sorted((ROOT / "seeds").glob("*.txt"))[0].read_text(encoding="utf-8")
        for language in ("fr", "en"):  # every model and the gazetteer loaded, as in the spaCy run
            analyze(Document(text=seed, language=language, published="2023-09-13"))
        runs = [("spaCy nlp.pipe alone, 1 process (models loaded)", spacy_seconds, 0.0, {}, len(texts))]
        setups = [("Newsmap batch, 1 process (models loaded)", {}),
                  ("Newsmap batch, 2 processes", {"processes": 2})]
        if not args.skip_dask:
            setups.append(("Newsmap batch, Dask LocalCluster of 2 workers", {"scheduler": "local:2"}))
        for number, (label, options) in enumerate(setups):
            start_up = start_up_seconds(scratch, **options) if options else 0.0
            out = scratch / f"run{number}"
            out.mkdir()
            seconds, peaks, analysed = timed_batch(feed, out, **options)
            runs.append((label, seconds, start_up, peaks or {"this process": peak_rss_mb()}, analysed))
    print(f"{len(texts)} documents, {tokens:,} spaCy tokens ({', '.join(args.corpora)})\n")
    print("| run | documents | seconds | of which start-up | tokens/s | after start-up | vs spaCy alone "
          "| peak memory per worker |")
    print("|---|---|---|---|---|---|---|---|")
    for label, seconds, start_up, peaks, analysed in runs:
        memory = ", ".join(f"{mb:,.0f} MB" for mb in peaks.values()) if peaks else "—"
        working = tokens / (seconds - start_up)
        print(f"| {label} | {analysed} | {seconds:.1f} | {start_up:.1f} | {tokens / seconds:,.0f} | {working:,.0f} | "
              f"{working * spacy_seconds / tokens:.0%} | {memory} |")


if __name__ == "__main__":
    main()
