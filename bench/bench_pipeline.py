"""Speed and memory of the whole pipeline on the seed, and of the app from start to first map.

Usage: python bench/bench_pipeline.py [--runs N] [--no-app]
"""
from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from extractors.ingest import document_from_bytes  # noqa: E402
from extractors.model import Document  # noqa: E402
from extractors.pipeline import analyze  # noqa: E402
from extractors.nlp_models import load_nlp  # noqa: E402

SEED = sorted((ROOT / "seeds").glob("*.txt"))[0]


def peak_rss_mb() -> float:
    """This process's peak resident memory so far."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def rss_mb(pid: int) -> float:
    """A process's resident memory now, from /proc."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def bench_pipeline(runs: int) -> None:
    """Tokens per second of analyse() on the seed, after a warm-up run that loads the models."""
    base = document_from_bytes(SEED.name, SEED.read_bytes())
    started = time.perf_counter()
    first = analyze(Document(text=base.text, source=base.source, published=base.published))
    warm_up = time.perf_counter() - started
    tokens = len(load_nlp(first.document.language)(base.text))
    started = time.perf_counter()
    for _ in range(runs):
        analyze(Document(text=base.text, source=base.source, published=base.published))
    elapsed = (time.perf_counter() - started) / runs
    print(f"seed article: {tokens} tokens, {len(first.events)} events, {len(first.places)} places, "
          f"{len(first.timexes)} time expressions")
    print(f"first analysis (loads models and gazetteer): {warm_up:.2f} s")
    print(f"analysis: {elapsed * 1000:.0f} ms per article, {tokens / elapsed:,.0f} tokens/s (mean of {runs})")
    print(f"peak memory of this process: {peak_rss_mb():.0f} MB")


def bench_app() -> None:
    """Start the app on a fresh case, load it in Chromium, and report time to first map and memory."""
    from playwright.sync_api import sync_playwright

    sys.path.insert(0, str(ROOT / "tests" / "e2e"))
    from conftest import CHROMIUM, CHROMIUM_ARGS, free_port, wait_for_health

    port = free_port()
    with tempfile.TemporaryDirectory() as case_dir:
        env = dict(os.environ, NEWSMAP_CASE=str(Path(case_dir) / "case.sqlite"))
        started = time.perf_counter()
        server = subprocess.Popen(
            [sys.executable, "-m", "streamlit", "run", "app.py", "--server.port", str(port),
             "--server.address", "127.0.0.1", "--server.headless", "true"],
            cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        try:
            url = f"http://127.0.0.1:{port}"
            wait_for_health(url, server)
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
                page = browser.new_page()
                page.goto(url)
                page.wait_for_selector(".geo .scattergeo path.point", state="attached", timeout=180_000)
                first_map = time.perf_counter() - started
                page.reload()
                reload_started = time.perf_counter()
                page.wait_for_selector(".geo .scattergeo path.point", state="attached", timeout=180_000)
                reload = time.perf_counter() - reload_started
                browser.close()
            print(f"app: `streamlit run` to first map on a new case: {first_map:.1f} s; "
                  f"reload with the case analysed: {reload:.1f} s")
            print(f"app resident memory after the first map: {rss_mb(server.pid):.0f} MB")
        finally:
            server.terminate()
            server.wait(timeout=20)


def main() -> None:
    """Run the benchmarks asked for."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--no-app", action="store_true", help="skip the app start benchmark")
    args = parser.parse_args()
    bench_pipeline(args.runs)
    if not args.no_app:
        bench_app()


if __name__ == "__main__":
    main()
