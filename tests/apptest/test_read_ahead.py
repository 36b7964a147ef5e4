"""`streamlit run app.py` serves an app that reads ahead, before the first page view, the kept table Explore opens on,
and builds Explore's first view beside it; a case with articles still to analyse is left to the page, which shows the
analysis's progress."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest
from streamlit.web.server.app_discovery import discover_asgi_app

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests" / "unit"))

from case_fixtures import case_with, machine_analysis  # noqa: E402
from own_loop import run_apart  # noqa: E402
from components.read_ahead import read_ahead, read_first_page  # noqa: E402
from service.case_events import keep_case_table  # noqa: E402


def test_streamlit_run_serves_the_app_that_reads_ahead() -> None:
    found = discover_asgi_app(ROOT / "app.py")
    assert found.is_asgi_app and found.import_string == "app:app"


def test_the_first_page_view_opens_on_the_table_read_ahead(app: AppTest, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    import service.case_events

    store = case_with(tmp_path / "case.sqlite", machine_analysis(), {})
    assert keep_case_table(store)
    read_first_page()

    def read_again(*_: object) -> None:
        raise AssertionError("the page read the table again")

    monkeypatch.setattr(service.case_events, "kept_snapshot", read_again)
    app.run()
    assert not app.exception and not app.error
    assert app.caption[0].value.startswith("1 document(s) · 2 events")


def test_the_first_page_view_draws_the_charts_built_ahead(app: AppTest, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    import components.chart_cache

    monkeypatch.setenv("NEWSMAP_CASE", str(tmp_path / "ahead.sqlite"))  # a case of its own: no chart cached yet
    assert keep_case_table(case_with(tmp_path / "ahead.sqlite", machine_analysis(), {}))

    async def served() -> None:  # the server starts, then stops once the first view is built
        async with read_ahead(None):
            pass

    run_apart(served())

    def built_again(*_: object) -> None:
        raise AssertionError("the page built a chart again")

    monkeypatch.setattr(components.chart_cache, "map_layer", built_again)
    monkeypatch.setattr(components.chart_cache, "timeline_layer", built_again)
    app.run()
    assert not app.exception and not app.error
    assert len(app.get("plotly_chart")) == 2


def test_articles_to_analyse_are_left_to_the_page(app: AppTest, monkeypatch: pytest.MonkeyPatch) -> None:
    import service.analysis

    def analysed(*_: object) -> None:
        raise AssertionError("the server analysed articles before a page showed their progress")

    monkeypatch.setattr(service.analysis, "analyse_stream", analysed)
    assert read_first_page() is None  # a new case: its sample articles are not analysed yet
