"""The app's pages tell the browser to fetch plotly.js (and the modules it imports that the page does not already
preload) with the page itself; other answers are left as they are."""
from __future__ import annotations

from pathlib import Path

from components.plotly_preload import FIRST_VIEW_MODULES, PlotlyPreload, module_files, preload_header
from own_loop import run_apart


def static_folder(tmp_path: Path) -> Path:
    """A Streamlit-like static folder: a page preloading its own modules, and a chart module importing both kinds."""
    js = tmp_path / "static" / "js"
    js.mkdir(parents=True)
    (tmp_path / "index.html").write_text('<script type="module" src="./static/js/index.A1.js"></script>'
                                         '<link rel="modulepreload" href="./static/js/shared.B2.js">')
    (js / "index.A1.js").write_text("")
    (js / "shared.B2.js").write_text("")
    (js / "PlotlyChart.C3.js").write_text('import{a}from"./shared.B2.js";import"./wrapper.D4.js";import{b}from'
                                          '"./index.A1.js";')
    (js / "wrapper.D4.js").write_text('import{c}from"./tiny.E5.js";')
    (js / "tiny.E5.js").write_text("")
    return tmp_path


def test_the_chart_module_and_what_it_imports_beyond_the_page_are_preloaded(tmp_path: Path) -> None:
    files = module_files(("PlotlyChart",), static_folder(tmp_path))
    assert files == ["PlotlyChart.C3.js", "wrapper.D4.js", "tiny.E5.js"]
    assert preload_header(files[:1]) == b"<./static/js/PlotlyChart.C3.js>; rel=modulepreload"


def test_streamlits_own_chart_and_html_modules_are_found() -> None:
    files = module_files(FIRST_VIEW_MODULES)
    assert files[0].startswith("PlotlyChart.") and any(file.startswith("Html.") for file in files)


def answered(content_type: bytes) -> list[dict]:
    """What the middleware sends for an answer of this type."""
    async def page(scope: dict, receive: object, send: object) -> None:
        await send({"type": "http.response.start", "status": 200, "headers": [(b"content-type", content_type)]})
        await send({"type": "http.response.body", "body": b"..."})

    sent: list[dict] = []

    async def send(message: dict) -> None:
        sent.append(message)

    run_apart(PlotlyPreload(page)({"type": "http", "path": "/"}, None, send))
    return sent


def test_an_html_answer_gets_the_link_header_and_nothing_else_does() -> None:
    html = dict(answered(b"text/html; charset=utf-8")[0]["headers"])
    assert b"rel=modulepreload" in html[b"link"] and b"PlotlyChart." in html[b"link"]
    assert b"link" not in dict(answered(b"application/javascript")[0]["headers"])
