"""A page that fails tells the viewer so in a sentence and the server's log the whole story."""
from __future__ import annotations

import logging
import tomllib
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parents[2]
SECRET = "/home/analyst/sources/informant.txt"


def test_an_unexpected_error_shows_a_short_message_and_logs_the_traceback(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    import components.case_state

    def broken(columns: tuple[str, ...] | None = None) -> None:
        raise RuntimeError(f"cannot read {SECRET}")

    monkeypatch.setenv("NEWSMAP_CASE", str(tmp_path / "case.sqlite"))
    monkeypatch.chdir(ROOT)
    monkeypatch.setattr(components.case_state, "case_table", broken)
    app = AppTest.from_file(str(ROOT / "app.py"), default_timeout=180)
    with caplog.at_level(logging.ERROR, logger="newsmap"):
        app.run()
    assert not app.exception
    assert [e.value for e in app.error] == ["Something went wrong on this page; the details are in the server's log."]
    assert SECRET not in str(app._tree)
    logged = [r for r in caplog.records if r.name == "newsmap"]
    assert logged and logged[0].exc_info and SECRET in str(logged[0].exc_info[1])


def test_the_server_listens_on_loopback_and_hides_error_details() -> None:
    config = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8"))
    assert config["server"]["address"] == "localhost"
    assert config["client"]["showErrorDetails"] == "none"
