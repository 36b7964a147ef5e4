"""The app in a real Chromium: start to first map, articles one by one from upload to the map, and with 100
news articles in the case (GeoWebNews and LGL texts) the time to open Explore and to answer clicks on the timeline
and rows ticked in the table; plus the server's resident memory.

With --scale N, a case of N articles (about ten events each) made from the eval corpora's texts (about 1,100
documents, ../shared/eval) analysed once, then copied with shifted ids and dates straight into the case store, as
`python -m extractors batch` would have written them (kept in bench/out for later runs): Explore on the server alone
(AppTest: its first run, a rerun, a filter, a brush; again after a correction saved in Review), then in Chromium
(drawn, clicks, ticks).

Usage: python bench/bench_app.py [--articles N] [--uploads N] [--clicks N] [--ticks N] [--scale N [--scale-only]]
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import multiprocessing
import os
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "e2e"))

from extractors.ingest import document_from_bytes  # noqa: E402
from components.filters import BRUSH, TimeRange  # noqa: E402
from components.kept_later import finish_keeping  # noqa: E402
from core.model import Analysis, Document, content_id  # noqa: E402
from extractors.pipeline import analyze_many  # noqa: E402
from extractors.version import PIPELINE_VERSION  # noqa: E402
from running_app import CHROMIUM, CHROMIUM_ARGS, running_app  # noqa: E402
from service.case_events import keep_case_table  # noqa: E402
from store.case import CaseStore  # noqa: E402
from store.case_settings import SEEDED_KEY  # noqa: E402

SEED = sorted((ROOT / "seeds").glob("*.txt"))[0]
EVAL = ROOT.parent / "shared" / "eval"
MAP_POINT = '[data-testid="stPlotlyChart"] .geo .scattergeo path.point'
TIMELINE_POINT = '[data-testid="stPlotlyChart"] >> nth=1 >> .scatterlayer path.point'  # the map has one too
# One point per row of the timeline, inside the rows' plotting area (the last one: the counts stand above it; points
# outside the time window are clipped away) scrolled into the window: clicking them in turn shows a different event.
ROW_POINTS = """() => {
  const timeline = document.querySelectorAll('[data-testid="stPlotlyChart"]')[1];
  const areas = timeline.querySelectorAll('.draglayer .nsewdrag');
  areas[areas.length - 1].scrollIntoView({block: 'center'});
  const area = areas[areas.length - 1].getBoundingClientRect();
  const top = Math.max(area.top, 0), bottom = Math.min(area.bottom, window.innerHeight);
  const rows = new Map();
  for (const point of timeline.querySelectorAll('.scatterlayer path.point')) {
    const box = point.getBoundingClientRect();
    const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
    if (x > area.left && x < area.right && y > top && y < bottom && !rows.has(Math.round(y))) {
      rows.set(Math.round(y), [x, y]);
    }
  }
  return [...rows.values()];
}"""
AT_REST = ("() => document.querySelector('[data-testid=\"stApp\"]')"
           ".getAttribute('data-test-script-state') === 'notRunning'")  # no run going
TABLE = '[data-testid="stDataFrame"] [role="grid"]'
TABLE_BOX, ROW_HEIGHT = '[data-testid="stDataFrame"]', 35  # a row's pixels, the header's too (its grid is a canvas)
# Sets window.runFinished once the app has run its script again: a record of the state leaving 'running' (React may
# set 'running' and 'notRunning' in one commit, which the attribute's value alone would never show).
WATCH_RUN = """() => {
  const app = document.querySelector('[data-testid="stApp"]');
  window.runFinished = false;
  let started = false;
  new MutationObserver((changes, observer) => {
    started = started || changes.some(change => change.oldValue === 'running')
      || app.getAttribute('data-test-script-state') === 'running';
    if (started && app.getAttribute('data-test-script-state') === 'notRunning') {
      window.runFinished = true;
      observer.disconnect();
    }
  }).observe(app, {attributes: true, attributeFilter: ['data-test-script-state'], attributeOldValue: true});
}"""
# What a click has brought so far: the evidence changed from `before`, the run over, the app at rest.
ANSWER = """(before) => ({
  shown: (document.querySelector('.evidence')?.innerText ?? before) !== before,
  finished: window.runFinished,
  atRest: document.querySelector('[data-testid="stApp"]').getAttribute('data-test-script-state') === 'notRunning'})"""
QUIET = 0.3  # seconds without a message from the server, the app at rest: the run is over even if no state was seen
NO_ANSWER = 15.0  # seconds: a click the server never heard of (it fell beside the marker) is tried on another row


def rss_mb(pid: int) -> float:
    """A process's resident memory now, from /proc."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def variant(number: int) -> bytes:
    """The seed article made distinct (its own content hash) by a numbered dateline."""
    return f"Dépêche n° {number}\n\n".encode() + SEED.read_bytes()


def news_articles(count: int) -> list[Document]:
    """Distinct real news articles (GeoWebNews, then LGL, read from ../shared/eval), dated a day apart."""
    documents: list[Document] = []
    for corpus in ("gwn", "lgl"):
        with open(EVAL / "geo" / f"{corpus}.jsonl", encoding="utf-8") as lines:
            for line in lines:
                if len(documents) == count:
                    return documents
                day = dt.date(2023, 1, 1) + dt.timedelta(days=len(documents))
                text = json.loads(line)["text"]
                documents.append(document_from_bytes(f"{day.isoformat()}-{corpus}-{len(documents)}.txt", text.encode()))
    return documents


def filled_case(path: Path, articles: int) -> None:
    """A case holding `articles` analysed news articles, as if an analyst had added them."""
    store = CaseStore(path)
    documents = news_articles(articles)
    for document in documents:
        store.add_document(document)
    for analysis in analyze_many(documents):
        store.save_analysis(analysis)  # with the language and date found
    store.set_meta(SEEDED_KEY, "1")


SCALE_CORPORA = (("geo/gwn.jsonl", ""), ("geo/lgl.jsonl", ""), ("events/dev.jsonl", ""),
                 ("time/en-tbaq.jsonl", "en"), ("time/fr-timebank-dev.jsonl", "fr"))
BASE_ANALYSES = ROOT / "bench" / "out" / "scale-base.jsonl"  # the eval texts analysed once; reused by later runs
SHIFT_DAYS = 35  # each copy of the corpora is this many days later than the one before
ONE_MONTH = (dt.date(2023, 3, 1), dt.date(2023, 3, 31))  # the brush the server's runs draw
FILTERED_TYPE = "ASSAULT"  # the type the server's runs filter on


def eval_documents() -> list[Document]:
    """Every text of the eval corpora once, with the date and language their files give."""
    documents: dict[str, Document] = {}
    for name, language in SCALE_CORPORA:
        with open(EVAL / name, encoding="utf-8") as lines:
            for number, line in enumerate(lines):
                row = json.loads(line)
                if not row.get("text", "").strip():
                    continue
                published = (row.get("published") or row.get("dct") or "")[:10] or None
                day = published or (dt.date(2023, 1, 1) + dt.timedelta(days=number % 365)).isoformat()
                document = document_from_bytes(f"{day}-{Path(name).stem}-{number}.txt", row["text"].encode())
                document.language = row.get("language") or language
                documents.setdefault(document.id, document)
    return list(documents.values())


def base_analyses() -> list[Analysis]:
    """The eval texts' analyses, made once (about ten minutes on two cores) and kept in bench/out."""
    if BASE_ANALYSES.exists():
        with open(BASE_ANALYSES, encoding="utf-8") as lines:
            return [Analysis.from_json(row, row["text"]) for row in map(json.loads, lines)]
    analyses = [a for a in analyze_many(eval_documents()) if a.pipeline_version]
    BASE_ANALYSES.parent.mkdir(parents=True, exist_ok=True)
    with open(BASE_ANALYSES, "w", encoding="utf-8") as out:
        for analysis in analyses:
            out.write(json.dumps({**analysis.to_json(), "text": analysis.document.text}, ensure_ascii=False) + "\n")
    return analyses


def shifted(moment: str | None, days: int) -> str | None:
    """An ISO date or date-time moved by whole days (its time of day kept)."""
    if not moment:
        return moment
    day = dt.date.fromisoformat(moment[:10]) + dt.timedelta(days=days)
    return day.isoformat() + moment[10:]


def copied(analysis: Analysis, copy: int) -> Analysis:
    """Copy `copy` of an analysis: its text made distinct at its end (every span stays where it was), its ids
    remade from that text, and every date moved by copy x SHIFT_DAYS days."""
    if copy == 0:
        return analysis
    data = analysis.to_json()
    text = f"{analysis.document.text}\n\n[copy {copy}]"
    old, new, days = analysis.document.id, content_id(text), copy * SHIFT_DAYS
    data["id"], data["published"] = new, shifted(data["published"], days)
    data["source"] = f"copy-{copy}-{data['source']}"
    for event in data["events"]:
        event["id"] = new + event["id"][len(old):]
        event["document_id"] = new if event.get("document_id") else ""
        date = event.get("date")
        if date:
            date["start"], date["end"] = shifted(date["start"], days), shifted(date["end"], days)
            if len(date["value"]) == 10 and date["value"][4] == "-":
                date["value"] = shifted(date["value"], days)
    for timex in data["timexes"]:
        timex["interval_start"] = shifted(timex["interval_start"], days)
        timex["interval_end"] = shifted(timex["interval_end"], days)
    return Analysis.from_json(data, text)


def scale_case(path: Path, articles: int) -> int:
    """A case of `articles` articles copied from the eval corpora's analyses, written straight into the store in
    one transaction, or copied from the one an earlier run kept in bench/out and stamped with this pipeline's version,
    then left as batch leaves it: every analysis cached under this pipeline's version, and the event table kept for
    the app; its event count."""
    kept = BASE_ANALYSES.parent / f"scale-{articles}.sqlite"
    if not kept.exists():
        base = base_analyses()
        analyses = [copied(base[n % len(base)], n // len(base)) for n in range(articles)]
        store = CaseStore(kept)
        store.import_rows([a.document for a in analyses], analyses, [])
        store.set_meta(SEEDED_KEY, "1")
    shutil.copyfile(kept, path)
    with sqlite3.connect(path) as db:  # what the app looks for: nothing is analysed again
        db.execute("UPDATE analyses SET pipeline_version = ?", (PIPELINE_VERSION,))
        events = db.execute("SELECT sum(json_array_length(body, '$.events')) FROM analyses").fetchone()[0]
    with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) as batch:  # its own process, as batch
        batch.submit(keep_table, path).result()
    return events


def keep_table(case: Path) -> bool:
    """Keep the case's event table in it, as the end of a batch run does."""
    return keep_case_table(CaseStore(case))


def server_runs(case: Path, articles: int) -> None:
    """Explore run on the server alone (Streamlit's AppTest, no browser): the first run (the case read), a rerun
    that changes nothing, a filter, a brush, and the process's resident memory; then Library, Export and Review
    opened, Review's next event and a correction saved there, and Explore opened again on the corrected case."""
    from streamlit.testing.v1 import AppTest

    os.environ["NEWSMAP_CASE"] = str(case)
    app = AppTest.from_file(str(ROOT / "app.py"), default_timeout=600)
    steps = {"first run (the case read)": lambda: None, "a rerun": lambda: None,
             "a filter (one event type)": lambda: next(widget for widget in app.multiselect
                                                        if widget.label == "Event types").select(FILTERED_TYPE),
             "a brush (one month)": lambda: app.session_state.__setitem__(BRUSH, TimeRange(*ONE_MONTH))}
    for step, change in steps.items():
        change()
        started = time.perf_counter()
        app.run()
        failed = f" (failed: {app.exception[0].message})" if app.exception else ""
        shown = app.caption[0].value.split(" · ")[1] if app.caption else "nothing shown"
        print(f"{articles} articles, Explore on the server: {step} {time.perf_counter() - started:.2f} s "
              f"({shown}){failed}")
    print(f"{articles} articles, Explore on the server: resident {rss_mb(os.getpid()):.0f} MB")
    for page in ("library", "export", "review"):  # each opened from Explore, as the sidebar does
        app.switch_page(f"app_pages/{page}.py")
        started = time.perf_counter()
        app.run()
        failed = f" (failed: {app.exception[0].message})" if app.exception else ""
        print(f"{articles} articles, {page.capitalize()} on the server: opened in {time.perf_counter() - started:.2f} s"
              f"{failed}")
    started = time.perf_counter()
    next(button for button in app.button if button.label == "Next").click().run()  # the queue's next event
    failed = f" (failed: {app.exception[0].message})" if app.exception else ""
    print(f"{articles} articles, Review on the server: Next in {time.perf_counter() - started:.2f} s{failed}")
    next(field for field in app.text_input if field.label.startswith("Date")).set_value("2023-03")
    started = time.perf_counter()
    next(button for button in app.button if button.label == "Save correction").click().run()  # a new revision
    failed = f" (failed: {app.exception[0].message})" if app.exception else ""
    print(f"{articles} articles, Review on the server: a correction saved and the page drawn again in "
          f"{time.perf_counter() - started:.2f} s{failed}")
    app.switch_page("app_pages/explore.py")  # its table brought up to the correction
    started = time.perf_counter()
    app.run()
    failed = f" (failed: {app.exception[0].message})" if app.exception else ""
    print(f"{articles} articles, Explore on the server after the correction: opened in "
          f"{time.perf_counter() - started:.2f} s{failed}")
    finish_keeping()  # the table brought up to the correction is being kept: the process must not end under it


def spread(seconds: list[float], digits: int = 1) -> str:
    """Median and range of repeated measurements."""
    return (f"median {statistics.median(seconds):.{digits}f} s "
            f"(min {min(seconds):.{digits}f}, max {max(seconds):.{digits}f})")


def first_map_and_upload(browser, case: Path, uploads: list[Path]) -> None:
    """Start to first map on a new case, then articles one by one from upload to the map."""
    started = time.perf_counter()
    with running_app(case) as (url, process):
        page = browser.new_page(viewport={"width": 1500, "height": 1000})
        page.goto(url)
        page.wait_for_selector(MAP_POINT, state="attached", timeout=180_000)
        print(f"`streamlit run` to first map on a new case: {time.perf_counter() - started:.1f} s")
        seconds: dict[str, list[float]] = {"the sidebar's Explore link": [], "a reload of the page": []}
        for count, upload in enumerate(uploads, start=2):
            way = list(seconds)[count % 2]  # the analyst's way and the heavier one, in turn
            page.goto(f"{url}/library")
            with page.expect_response(lambda response: "upload_file" in response.url):  # the file is on the server
                page.locator('input[type="file"]').set_input_files(str(upload))
            clicked = time.perf_counter()
            page.get_by_role("button", name="Analyse", exact=True).click()
            page.get_by_text("Added 1 document(s)").wait_for(timeout=120_000)
            if way == "a reload of the page":
                page.goto(url)
            else:
                page.get_by_role("link", name="Explore").click()
            page.get_by_text(f"{count} document(s)").wait_for(timeout=120_000)
            page.wait_for_selector(MAP_POINT, state="attached")
            seconds[way].append(time.perf_counter() - clicked)
        words = len(uploads[0].read_text(encoding="utf-8").split())
        for way, measured in seconds.items():
            if measured:
                print(f"one {words}-word article from 'Analyse' to the updated map, then to Explore by {way}, "
                      f"{len(measured)} times: {spread(measured)}")
        print(f"server resident memory: {rss_mb(process.pid):.0f} MB")
        page.close()


def answer(page, frames: list[float], clicked: float, before: str) -> tuple[float, float] | None:
    """When a click's answer was shown (the evidence changed, or the run ended) and when the app was at rest again,
    in seconds after the click; None when the server got nothing from it. Read from the page's state and from the
    server's messages (`frames`: when each arrived), so a run whose states the page never showed still ends."""
    shown = None
    while True:
        state = page.evaluate(ANSWER, before)
        now = time.perf_counter()
        heard = [moment for moment in frames if moment > clicked]
        if shown is None and (state["shown"] or state["finished"]):
            shown = now - clicked
        if state["finished"] or (heard and state["atRest"] and now - heard[-1] >= QUIET):
            return (shown if shown is not None else now - clicked), now - clicked
        if not heard and now - clicked > NO_ANSWER:
            return None
        page.wait_for_timeout(10)


def busy_case(browser, case: Path, articles: int, clicks: int, ticks: int) -> None:
    """With many articles in the case: time to open Explore (its charts, then its table), from clicks on timeline
    events to their evidence, and from rows ticked in the table to theirs."""
    with running_app(case) as (url, process):
        page = browser.new_page(viewport={"width": 1500, "height": 1000})
        frames: list[float] = []  # when each message from the server arrived
        sizes: list[int] = []  # and how many bytes it held
        page.on("websocket", lambda socket: socket.on("framereceived", lambda payload: (
            frames.append(time.perf_counter()), sizes.append(len(payload or b"")))))
        started = time.perf_counter()
        page.goto(url)
        page.wait_for_selector(MAP_POINT, state="attached", timeout=180_000)
        page.locator(TIMELINE_POINT).first.wait_for(state="attached")
        print(f"{articles} articles: Explore drawn in {time.perf_counter() - started:.1f} s")
        page.locator(TABLE).wait_for(state="attached", timeout=60_000)
        print(f"{articles} articles: Explore's table drawn in {time.perf_counter() - started:.1f} s")
        page.wait_for_function(AT_REST)
        print(f"{articles} articles: Explore's first run sent {sum(sizes) / 1024:.0f} kB in {len(sizes)} messages, "
              f"the largest {', '.join(f'{size / 1024:.0f}' for size in sorted(sizes)[-3:][::-1])} kB")
        shown, finished, missed, row = [], [], 0, 0
        while len(shown) < clicks and missed < clicks:
            page.wait_for_function(AT_REST)  # the page's first run may still be going when its charts are drawn
            page.wait_for_timeout(500)  # let the previous answer settle, as an analyst reading it would
            rows = page.evaluate(ROW_POINTS)
            if not rows:
                print(f"{articles} articles: no timeline marker inside the plotting area to click")
                break
            x, y = rows[row % len(rows)]
            row += 1
            before = page.evaluate("() => document.querySelector('.evidence')?.innerText ?? ''")
            page.evaluate(WATCH_RUN)
            clicked = time.perf_counter()
            page.mouse.click(x, y)
            answered = answer(page, frames, clicked, before)
            if answered is None:
                missed += 1
                continue
            shown.append(answered[0])
            finished.append(answered[1])
        if missed:
            print(f"{articles} articles: {missed} click(s) the server never heard of, tried again on another row")
        if shown:
            print(f"{articles} articles: click on a timeline event to its evidence shown, {len(shown)} clicks: "
                  f"{spread(shown, 2)}")
            print(f"{articles} articles: click on a timeline event to the app at rest again (both charts redrawn): "
                  f"{spread(finished, 2)}")
        table_ticks(page, frames, articles, ticks)
        print(f"{articles} articles: server resident memory {rss_mb(process.pid):.0f} MB")
        page.close()


def table_ticks(page, frames: list[float], articles: int, ticks: int) -> None:
    """From rows of the event table ticked one after the other (the choices cleared first) to their evidence, and to
    the app at rest again (their events outlined on both charts)."""
    if not ticks:
        return
    page.evaluate(WATCH_RUN)
    page.get_by_role("button", name="Clear all selections").click()
    page.wait_for_function("() => window.runFinished")  # the table mounted anew, its rows unticked
    shown, finished = [], []
    for row in range(ticks):
        page.wait_for_function(AT_REST)
        page.wait_for_timeout(500)  # as after a click on the timeline
        table = page.locator(TABLE_BOX)
        table.scroll_into_view_if_needed()
        box = table.bounding_box()
        before = page.evaluate("() => document.querySelector('.evidence')?.innerText ?? ''")
        page.evaluate(WATCH_RUN)
        clicked = time.perf_counter()
        page.mouse.click(box["x"] + 16, box["y"] + ROW_HEIGHT * (row + 1) + ROW_HEIGHT / 2)
        answered = answer(page, frames, clicked, before)
        if answered is not None:
            shown.append(answered[0])
            finished.append(answered[1])
    if shown:
        print(f"{articles} articles: a row ticked in the table to its evidence shown, {len(shown)} rows: "
              f"{spread(shown, 2)}")
        print(f"{articles} articles: a row ticked in the table to the app at rest again (its event outlined on both "
              f"charts): {spread(finished, 2)}")


def main() -> None:
    """Run the three measurements."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=100)
    parser.add_argument("--uploads", type=int, default=4, help="articles uploaded one after the other")
    parser.add_argument("--clicks", type=int, default=5, help="clicks on timeline events with the busy case")
    parser.add_argument("--ticks", type=int, default=5, help="rows ticked in the busy case's event table")
    parser.add_argument("--scale", type=int, default=0, metavar="N",
                        help="also open a case of N articles copied from the eval corpora's analyses")
    parser.add_argument("--scale-only", action="store_true", help="measure only the --scale case")
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as folder, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        if args.scale:
            started = time.perf_counter()
            events = scale_case(Path(folder) / "scale.sqlite", args.scale)
            print(f"{args.scale} articles, {events} events: case written in {time.perf_counter() - started:.0f} s")
            busy_case(browser, Path(folder) / "scale.sqlite", args.scale, args.clicks, args.ticks)
            server_runs(Path(folder) / "scale.sqlite", args.scale)  # last: it saves a correction in Review
            if args.scale_only:
                return
        uploads = [Path(folder) / f"2023-09-14-depeche-{n}.txt" for n in range(args.uploads)]
        for number, upload in enumerate(uploads):
            upload.write_bytes(variant(10_000 + number))
        first_map_and_upload(browser, Path(folder) / "new.sqlite", uploads)
        filled_case(Path(folder) / "busy.sqlite", args.articles)
        busy_case(browser, Path(folder) / "busy.sqlite", args.articles, args.clicks, args.ticks)
        browser.close()
    print(f"(pipeline {PIPELINE_VERSION})")


if __name__ == "__main__":
    main()
