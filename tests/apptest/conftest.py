"""The app as a page test opens it: on a fresh case, which starts with the sample article."""
from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def app(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> AppTest:
    """The app on a fresh case (which starts with the sample article), not yet run."""
    monkeypatch.setenv("NEWSMAP_CASE", str(tmp_path / "case.sqlite"))
    monkeypatch.chdir(ROOT)
    return AppTest.from_file(str(ROOT / "app.py"), default_timeout=180)
