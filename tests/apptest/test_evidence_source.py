"""The evidence card names each source with its title, date and web address: a link, escaped, opening in a new tab
with no opener and no referrer; an address that is not http(s) is shown as no link at all."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests" / "unit"))

from case_fixtures import case_with, machine_analysis  # noqa: E402

PAGE = "https://news.example.org/summit?id=1&lang=en"


def evidence_html(app: AppTest) -> str:
    """The evidence cards' HTML as the page sends it."""
    return "".join(block.value for block in app.markdown if 'class="evidence"' in block.value)


@pytest.mark.parametrize("address, linked", [(PAGE, True), ("javascript:alert(1)", False)])
def test_a_chosen_event_shows_its_source_address_as_a_safe_link(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                 address: str, linked: bool) -> None:
    analysis = machine_analysis()
    analysis.document.url = address  # an old or hand-made case may hold anything: the card checks again
    case_with(tmp_path / "case.sqlite", analysis, {})
    monkeypatch.setenv("NEWSMAP_CASE", str(tmp_path / "case.sqlite"))
    monkeypatch.chdir(ROOT)
    app = AppTest.from_file(str(ROOT / "app.py"), default_timeout=180)
    app.run()
    assert not app.exception
    app.session_state[app.dataframe[0].key] = {"selection": {"rows": [0], "columns": [], "cells": []}}
    app.run()
    assert not app.exception
    shown = evidence_html(app)
    assert "Summit · published 2023&#45;09&#45;13" in shown
    if linked:
        assert ('<a href="https&#58;//news.example.org/summit?id&#61;1&amp;lang&#61;en" target="_blank" '
                'rel="noopener noreferrer"') in shown
    else:
        assert "<a " not in shown and "javascript" not in shown
