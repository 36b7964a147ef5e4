"""Newsmap: the router, run by Streamlit for each page view (each page lives in app_pages/); `streamlit run app.py`
first imports this file to learn how to serve it, and gets the app that reads ahead what the first page view needs
(components/read_ahead.py) before it takes one, and whose pages have the browser fetch plotly.js with them
(components/plotly_preload.py)."""
import logging
from pathlib import Path

import streamlit as st
from starlette.middleware import Middleware

from components.kept_later import keep_pending
from components.page_memory import enter
from components.plotly_preload import PlotlyPreload
from components.read_ahead import read_ahead

# A local image: a Material icon as favicon would be fetched from Google's servers.
FAVICON = Path(__file__).resolve().parent / "static" / "favicon.png"


def route() -> None:
    """Run the page the analyst asked for, then write back the tables it built."""
    st.set_page_config(page_title="Newsmap", page_icon=str(FAVICON), layout="wide")
    pages = [
        st.Page("app_pages/explore.py", title="Explore", icon=":material/map:", default=True),
        st.Page("app_pages/library.py", title="Library", icon=":material/library_books:"),
        st.Page("app_pages/review.py", title="Review", icon=":material/edit_note:"),
        st.Page("app_pages/export.py", title="Export", icon=":material/download:"),
    ]
    try:
        page = st.navigation(pages)
        enter(page.title)
        page.run()
    except Exception:  # st.rerun and st.stop are not Exceptions: they pass through
        # The viewer gets a short message; the traceback, which may quote an article, goes to the server's log.
        logging.getLogger("newsmap").exception("A page failed")
        st.error("Something went wrong on this page; the details are in the server's log.", icon=":material/error:")
    finally:  # the page is drawn (or stopped, or rerun): the tables it built are written back to the case now
        keep_pending()


if __name__ == "__main__":  # a page view: Streamlit runs this file as its script
    route()
else:  # `streamlit run app.py` imports it to serve it (an st.App it finds here), its pages telling the browser to
    # fetch plotly.js at once
    app = st.App(__file__, lifespan=read_ahead, middleware=[Middleware(PlotlyPreload)])
