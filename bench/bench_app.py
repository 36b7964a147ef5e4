"""The app in a real Chromium: start to first map, one article from upload to the map, and with 100 articles
in the case the time to open Explore and to answer a click; plus the server's resident memory.

Usage: python bench/bench_app.py [--articles N]
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "e2e"))

from extractors.ingest import document_from_bytes  # noqa: E402
from extractors.pipeline import PIPELINE_VERSION, analyze_many  # noqa: E402
from running_app import CHROMIUM, CHROMIUM_ARGS, running_app  # noqa: E402
from store.case import CaseStore  # noqa: E402
from store.workspace import SEEDED_KEY  # noqa: E402

SEED = sorted((ROOT / "seeds").glob("*.txt"))[0]
MAP_POINT = '[data-testid="stPlotlyChart"] .geo .scattergeo path.point'
TIMELINE_POINT = '[data-testid="stPlotlyChart"] .scatterlayer path.point'


def rss_mb(pid: int) -> float:
    """A process's resident memory now, from /proc."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def variant(number: int) -> bytes:
    """The seed article made distinct (its own content hash) by a numbered dateline."""
    return f"Dépêche n° {number}\n\n".encode() + SEED.read_bytes()


def filled_case(path: Path, articles: int) -> None:
    """A case holding `articles` analysed copies of the seed, as if an analyst had added them."""
    store = CaseStore(path)
    documents = [document_from_bytes(f"2023-09-13-depeche-{n}.txt", variant(n)) for n in range(articles)]
    for document in documents:
        store.add_document(document)
    for analysis in analyze_many(documents):
        store.update_document(analysis.document)
        store.save_analysis(analysis)
    store.set_meta(SEEDED_KEY, "1")


def first_map_and_upload(browser, case: Path, upload: Path) -> None:
    """Start to first map on a new case, then one article from upload to the map."""
    started = time.perf_counter()
    with running_app(case) as (url, process):
        page = browser.new_page(viewport={"width": 1500, "height": 1000})
        page.goto(url)
        page.wait_for_selector(MAP_POINT, state="attached", timeout=180_000)
        print(f"`streamlit run` to first map on a new case: {time.perf_counter() - started:.1f} s")
        page.goto(f"{url}/library")
        page.locator('input[type="file"]').set_input_files(str(upload))
        clicked = time.perf_counter()
        page.get_by_role("button", name="Analyse", exact=True).click()
        page.get_by_text("Added 1 document(s)").wait_for(timeout=120_000)
        page.goto(url)
        page.get_by_text("2 document(s)").wait_for(timeout=120_000)
        page.wait_for_selector(MAP_POINT, state="attached")
        print(f"one {len(upload.read_text(encoding='utf-8').split())}-word article from 'Analyse' to the updated map: "
              f"{time.perf_counter() - clicked:.1f} s")
        print(f"server resident memory: {rss_mb(process.pid):.0f} MB")
        page.close()


def busy_case(browser, case: Path, articles: int) -> None:
    """With many articles in the case: time to open Explore, and from a click on the timeline to the evidence."""
    with running_app(case) as (url, process):
        page = browser.new_page(viewport={"width": 1500, "height": 1000})
        started = time.perf_counter()
        page.goto(url)
        page.wait_for_selector(MAP_POINT, state="attached", timeout=180_000)
        page.wait_for_selector(TIMELINE_POINT, state="attached")
        print(f"{articles} articles: Explore drawn in {time.perf_counter() - started:.1f} s")
        point = page.locator(TIMELINE_POINT).first.bounding_box()
        clicked = time.perf_counter()
        page.mouse.click(point["x"] + point["width"] / 2, point["y"] + point["height"] / 2)
        page.locator(".evidence").first.wait_for(timeout=60_000)
        print(f"{articles} articles: click on the timeline to its evidence: {time.perf_counter() - clicked:.2f} s")
        print(f"{articles} articles: server resident memory {rss_mb(process.pid):.0f} MB")
        page.close()


def main() -> None:
    """Run the three measurements."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=100)
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as folder, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        upload = Path(folder) / "2023-09-14-depeche.txt"
        upload.write_bytes(variant(10_000))
        first_map_and_upload(browser, Path(folder) / "new.sqlite", upload)
        filled_case(Path(folder) / "busy.sqlite", args.articles)
        busy_case(browser, Path(folder) / "busy.sqlite", args.articles)
        browser.close()
    print(f"(pipeline {PIPELINE_VERSION})")


if __name__ == "__main__":
    main()
