"""Tells the browser, with the page itself, to fetch and compile plotly.js (Streamlit's 4.7 MB chart module, loaded
only once the first chart's message arrives) while it loads the rest of the app, and st.html's module: an HTTP
`Link: rel=modulepreload` header on every HTML answer (at 10,000 articles the chart module was asked for a second
after the page, and the page's style, loaded after the charts, widened them: Plotly drew both again)."""
from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

import streamlit
from starlette.types import ASGIApp, Message, Receive, Scope, Send

STATIC = Path(streamlit.__file__).parent / "static"  # the app's page and its modules, as Streamlit serves them
FIRST_VIEW_MODULES = ("PlotlyChart", "Html")  # the lazily loaded modules Explore's first view draws with
IMPORTED = re.compile(r'(?:from|import)\s*"\./([\w.\-]+\.js)"')  # a module's static imports of its siblings


def module_files(names: Iterable[str], static: Path = STATIC) -> list[str]:
    """The files of these modules and of the modules they import, bar those the page preloads already ('index.html'
    lists the app's own), in the order found."""
    folder = static / "static" / "js"
    preloaded = set(re.findall(r'href="\./static/js/([\w.\-]+\.js)"', (static / "index.html").read_text()))
    preloaded |= set(re.findall(r'src="\./static/js/([\w.\-]+\.js)"', (static / "index.html").read_text()))
    found: list[str] = []
    waiting = [path.name for name in names for path in sorted(folder.glob(f"{name}.*.js"))]
    while waiting:
        file = waiting.pop(0)
        if file in preloaded or file in found or not (folder / file).is_file():
            continue
        found.append(file)
        waiting += IMPORTED.findall((folder / file).read_text(encoding="utf-8", errors="replace")[:20_000])
    return found


def preload_header(files: list[str]) -> bytes:
    """The `Link` header preloading these modules, relative to the page as the page's own links are."""
    return ", ".join(f"<./static/js/{file}>; rel=modulepreload" for file in files).encode("latin-1")


class PlotlyPreload:
    """ASGI middleware adding the first view's modules' `Link: rel=modulepreload` header to every HTML answer (the app's
    page, whichever page of it is asked for)."""

    def __init__(self, app: ASGIApp, modules: tuple[str, ...] = FIRST_VIEW_MODULES) -> None:
        self.app = app
        files = module_files(modules)
        self.header = preload_header(files) if files else b""

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Pass the request on, adding the header to an HTML answer."""
        if scope["type"] != "http" or not self.header:
            await self.app(scope, receive, send)
            return

        async def send_with_links(message: Message) -> None:
            if message["type"] == "http.response.start" and is_html(message["headers"]):
                message = {**message, "headers": [*message["headers"], (b"link", self.header)]}
            await send(message)

        await self.app(scope, receive, send_with_links)


def is_html(headers: list[tuple[bytes, bytes]]) -> bool:
    """Whether an answer's headers say it is an HTML page."""
    return any(name.lower() == b"content-type" and value.startswith(b"text/html") for name, value in headers)
