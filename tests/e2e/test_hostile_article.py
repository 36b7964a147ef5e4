"""An article full of markup is shown as text in Chromium: nothing it holds is fetched, linked or drawn."""
from __future__ import annotations

import subprocess
import sys

import pytest
from offline_browser import offline_page
from running_app import ROOT, running_app

from core.model import Analysis, Document, Entity, Event, EventDate, PlaceMention, TimeExpression
from store.case import CaseStore
from store.case_settings import SEEDED_KEY

pytestmark = pytest.mark.e2e

IMAGE = "![x](http://evil.example/a.png)"
TAG = "<img src=http://evil.example/b.png>"
LINK = '<a href="http://evil.example/c">here</a>'
ACTOR = f"Colonel {IMAGE}"
PLACE = f"Port {TAG}"
# A Word file's carriage returns inside the sentence: a blank line to Markdown, where raw HTML stops.
TEXT = f"{ACTOR} entered {PLACE} on 5 March 2024,\r\r{IMAGE} said {LINK}."
CHART = '[data-testid="stPlotlyChart"]'
OUTSIDE = '[src*="evil.example"], [href*="evil.example"], [srcset*="evil.example"]'


def current_pipeline_version() -> str:
    """The version the app about to start caches analyses under (fresh: this process may hold an older one)."""
    return subprocess.run([sys.executable, "-c", "from extractors.version import pipeline_version as v; print(v(False))"],
                          cwd=ROOT, capture_output=True, text=True, check=True).stdout.strip()


def hostile_analysis() -> Analysis:
    """A document whose title, source, sentence, actor, place and warning carry Markdown and HTML."""
    document = Document(text=TEXT, title=f"Report {IMAGE} {TAG}", source=f"{IMAGE}.docx", language="en",
                        published="2024-03-06", published_origin="given")
    place_start = TEXT.index(PLACE)
    place = PlaceMention(place_start, place_start + len(PLACE), text=PLACE, name=PLACE, lat=43.3, lon=5.37,
                         country_code="FR", feature_class="city", confidence=0.9)
    day_start = TEXT.index("5 March 2024")
    day = TimeExpression(day_start, day_start + 12, text="5 March 2024", type="DATE", value="2024-03-05",
                         interval_start="2024-03-05T00:00:00", interval_end="2024-03-06T00:00:00", precision="day")
    event = Event(id=f"{document.id}:0", start=0, end=len(TEXT), text=TEXT, document_id=document.id,
                  trigger="entered", type="MOVE", actors=[ACTOR], place=place, confidence=0.9,
                  date=EventDate(value="2024-03-05", start=day.interval_start, end=day.interval_end,
                                 precision="day", text=day.text))
    return Analysis(document=document, places=[place], timexes=[day], events=[event],
                    entities=[Entity(0, len(ACTOR), ACTOR, "PER", ACTOR)], pipeline_version=current_pipeline_version(),
                    warnings=[f"{IMAGE} {TAG} {LINK}: a warning from an imported case"])


@pytest.fixture(scope="module")
def hostile_app(tmp_path_factory: pytest.TempPathFactory):
    """The app on a case holding only the hostile article, already analysed (as an imported case is)."""
    case = tmp_path_factory.mktemp("hostile") / "case.sqlite"
    store = CaseStore(case)
    store.set_meta(SEEDED_KEY, "1")
    analysis = hostile_analysis()
    store.add_document(analysis.document)
    store.save_analysis(analysis)
    with running_app(case) as (url, _):
        yield url


def text_of(locator) -> str:
    """What the viewer reads: spaces collapsed, the invisible word joiners that keep addresses unlinked dropped."""
    return " ".join(locator.inner_text().replace("\u2060", "").split())


def assert_no_markup(page) -> None:
    """No element of the page points outside: no image drawn, no link made from the article."""
    found = page.locator(OUTSIDE).evaluate_all("es => es.map(e => e.closest('[data-testid]').dataset.testid + ': ' + e.outerHTML)")
    assert not found, found


def test_library_shows_titles_sources_and_warnings_as_text(browser, hostile_app: str) -> None:
    with offline_page(browser) as page:
        page.goto(f"{hostile_app}/library")
        page.get_by_text("Save and re-analyse").first.wait_for()
        shown = text_of(page.locator('[data-testid="stMain"]'))
        assert f"Report {IMAGE} {TAG}" in shown
        assert f"{IMAGE}.docx · language: en" in shown
        assert_no_markup(page)


def test_explore_evidence_and_hover_show_the_article_as_text(browser, hostile_app: str) -> None:
    with offline_page(browser) as page:
        page.goto(hostile_app)
        page.get_by_text("a warning from an imported case").wait_for()
        assert f"{IMAGE} {TAG} {LINK}: a warning" in text_of(page.locator('[data-testid="stAlert"]').first)
        point = page.locator(CHART).nth(1).locator(".scatterlayer path.point").first
        point.wait_for(state="attached")
        box = point.bounding_box()
        assert box is not None
        page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
        evidence = page.locator(".evidence").first
        evidence.wait_for()
        shown = text_of(evidence)
        assert f"{ACTOR} entered {PLACE} on 5 March 2024, {IMAGE} said {LINK}." in shown
        assert f"Report {IMAGE} {TAG}" in shown
        assert evidence.locator("mark").count() >= 3  # the actor, the place and the date still marked
        point = page.locator(CHART).nth(1).locator(".scatterlayer path.point").first
        box = point.bounding_box()
        page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
        page.mouse.move(box["x"] + box["width"] / 2 + 1, box["y"] + box["height"] / 2, steps=3)  # a busy browser
        # may miss one move while it redraws after the click
        hover = page.locator(f"{CHART} .hoverlayer .hovertext").first
        hover.wait_for()
        assert TAG in hover.text_content()
        assert_no_markup(page)
        page.wait_for_timeout(500)  # let any image the page made be requested before the guard is read
