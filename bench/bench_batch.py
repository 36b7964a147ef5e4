"""Batch throughput end to end (files in, case out) in 1 and 2 processes and on a Dask LocalCluster of 2 workers,
next to spaCy's own nlp.pipe speed on the same texts, with each worker's peak memory. The throughput after start-up
is read inside each run, from when every worker has handed back its first chunk to the last chunk, so a start-up
measured apart (and slowed by other jobs) never makes it meaningless.

Usage: python bench/bench_batch.py [--corpora geo/gwn time/fr-timebank-dev] [--skip-dask]
The texts are read from ../shared/eval into a temporary folder, never copied into the project.
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from dataclasses import dataclass
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


def write_feed(corpora: list[str], folder: Path) -> dict[str, tuple[str, str]]:
    """The corpora's texts as files (dated in the name when the corpus gives a date): (language, text) by file name."""
    texts = {}
    for corpus in corpora:
        with open(EVAL / f"{corpus}.jsonl", encoding="utf-8") as lines:
            for number, row in enumerate(json.loads(line) for line in lines if line.strip()):
                prefix = f"{row['published']}-" if row.get("published") else ""
                name = f"{prefix}{corpus.replace('/', '_')}-{number:04d}.txt"
                (folder / name).write_text(row["text"], encoding="utf-8")
                texts[name] = (detect_language(row["text"]) or "en", row["text"])
    return texts


def spacy_speed(texts: dict[str, tuple[str, str]]) -> tuple[dict[str, int], float]:
    """Each file's spaCy tokens, and the seconds of the spaCy models alone (loaded beforehand) over them, batched."""
    tokens, elapsed = {}, 0.0
    for language in sorted({language for language, _ in texts.values()}):
        nlp = load_nlp(language)
        nlp("warm up")
        names = [name for name, (lang, _) in texts.items() if lang == language]
        started = time.perf_counter()
        docs = list(nlp.pipe((normalise_for_nlp(texts[name][1]) for name in names), batch_size=8))
        elapsed += time.perf_counter() - started
        tokens.update((name, len(doc)) for name, doc in zip(names, docs))
    return tokens, elapsed


@dataclass
class Run:
    """One batch run: its seconds, when every worker had handed back a chunk, and the tokens/s from then on."""

    seconds: float
    warm_at: float
    warm_rate: float
    peaks: dict[str, float]
    analysed: int


def timed_batch(feed: Path, out: Path, tokens: dict[str, int], workers: int, **options) -> Run:
    """One batch run into a fresh case. Results come back a chunk at a time; the run is warm once as many chunks as
    workers are back (each worker has started, loaded its models and worked), and its rate is the tokens of the later
    chunks over the time from then to the last one."""
    arrivals: list[tuple[float, str]] = []
    started = time.perf_counter()
    report = run_batch(feed, out / "case.sqlite", on_progress=lambda done, total, source: arrivals.append(
        (time.perf_counter() - started, Path(source).name)), **options)
    seconds = time.perf_counter() - started
    warm = min(workers * CHUNK_DOCUMENTS, len(arrivals)) - 1
    warm_at = arrivals[warm][0] if arrivals else seconds
    later = sum(tokens.get(name, 0) for _, name in arrivals[warm + 1:])
    rate = later / (arrivals[-1][0] - warm_at) if arrivals and arrivals[-1][0] > warm_at else float("nan")
    return Run(seconds, warm_at, rate, report.worker_peak_mb or {"this process": peak_rss_mb()}, report.analysed)


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
        total = sum(tokens.values())
        runs = [("spaCy nlp.pipe alone, 1 process (models loaded)", Run(spacy_seconds, 0.0, total / spacy_seconds, {},
                                                                       len(texts)))]
        setups = [("Newsmap batch, 1 process (models loaded)", 1, {}),
                  ("Newsmap batch, 2 processes", 2, {"processes": 2})]
        if not args.skip_dask:
            setups.append(("Newsmap batch, Dask LocalCluster of 2 workers", 2, {"scheduler": "local:2"}))
        for number, (label, workers, options) in enumerate(setups):
            out = scratch / f"run{number}"
            out.mkdir()
            runs.append((label, timed_batch(feed, out, tokens, workers, **options)))
    print(f"{len(texts)} documents, {total:,} spaCy tokens ({', '.join(args.corpora)})\n")
    print("| run | documents | seconds | every worker's first chunk back at (s) | tokens/s | tokens/s from then on "
          "| vs spaCy alone | peak memory per worker |")
    print("|---|---|---|---|---|---|---|---|")
    for label, run in runs:
        memory = ", ".join(f"{mb:,.0f} MB" for mb in run.peaks.values()) if run.peaks else "—"
        print(f"| {label} | {run.analysed} | {run.seconds:.1f} | {run.warm_at:.1f} | {total / run.seconds:,.0f} | "
              f"{run.warm_rate:,.0f} | {run.warm_rate * spacy_seconds / total:.0%} | {memory} |")


if __name__ == "__main__":
    main()
