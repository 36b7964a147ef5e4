"""Speed and memory of the whole pipeline on the seed (the app in a browser: bench/bench_app.py).

Usage: python bench/bench_pipeline.py [--runs N]
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from extractors.ingest import document_from_bytes  # noqa: E402
from core.model import Document  # noqa: E402
from extractors.pipeline import analyze  # noqa: E402
from extractors.nlp_models import load_nlp  # noqa: E402
from extractors.parallel import peak_rss_mb  # noqa: E402

SEED = sorted((ROOT / "seeds").glob("*.txt"))[0]


def bench_pipeline(runs: int) -> None:
    """Tokens per second of analyse() on the seed, after a warm-up run that loads the models: the median and the best
    of the runs, as other jobs on the machine slow some of them."""
    base = document_from_bytes(SEED.name, SEED.read_bytes())
    started = time.perf_counter()
    first = analyze(Document(text=base.text, source=base.source, published=base.published))
    warm_up = time.perf_counter() - started
    tokens = len(load_nlp(first.document.language)(base.text))
    seconds = []
    for _ in range(runs):
        started = time.perf_counter()
        analyze(Document(text=base.text, source=base.source, published=base.published))
        seconds.append(time.perf_counter() - started)
    middle, best = statistics.median(seconds), min(seconds)
    print(f"seed article: {tokens} tokens, {len(first.events)} events, {len(first.places)} places, "
          f"{len(first.timexes)} time expressions")
    print(f"first analysis (loads models and gazetteer): {warm_up:.2f} s")
    print(f"analysis: {middle * 1000:.0f} ms per article, {tokens / middle:,.0f} tokens/s (median of {runs}; best "
          f"{best * 1000:.0f} ms, {tokens / best:,.0f} tokens/s)")
    print(f"peak memory of this process: {peak_rss_mb():.0f} MB")


def main() -> None:
    """Run the benchmarks asked for."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    bench_pipeline(args.runs)


if __name__ == "__main__":
    main()
