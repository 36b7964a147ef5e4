"""The Export page's import: it says what a file would replace and keeps the analyst's corrections unless told."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from core.model import Analysis, Document, Event, EventDate
from extractors.version import PIPELINE_VERSION
from store.case import CaseStore
from service.analysis import export_case
from store.case_settings import SEEDED_KEY

ROOT = Path(__file__).resolve().parents[2]
TEXT = "Kim Jong Un met Vladimir Putin on 13 September 2023. North Korea fired two missiles the same day."


def analysed_case(path: Path) -> tuple[CaseStore, list[str]]:
    """A case (no sample) with one analysed document, as a cached analysis opens it without spaCy."""
    store = CaseStore(path)
    store.set_meta(SEEDED_KEY, "1")
    document = Document(text=TEXT, title="Summit", language="en", published="2023-09-13", published_origin="given")
    day = EventDate(value="2023-09-13", start="2023-09-13T00:00", end="2023-09-14T00:00", precision="day")
    events = [Event(id=f"{document.id}:{start}", start=start, end=end, text=TEXT[start:end], document_id=document.id,
                    type="CONSULT", date=day, confidence=0.8) for start, end in ((0, 53), (54, len(TEXT)))]
    store.add_document(document)
    store.save_analysis(Analysis(document=document, events=events, pipeline_version=PIPELINE_VERSION))
    return store, [e.id for e in events]


@pytest.fixture
def app(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> AppTest:
    """The Export page on a case the analyst corrected: the first event dated to the month."""
    store, (first, _) = analysed_case(tmp_path / "case.sqlite")
    store.save_correction(first, first.split(":")[0], {"date": "2023-09"})
    monkeypatch.setenv("NEWSMAP_CASE", str(store.path))
    monkeypatch.chdir(ROOT)
    return AppTest.from_file(str(ROOT / "app_pages" / "export.py"), default_timeout=120)


def case_file(tmp_path: Path) -> tuple[bytes, list[str]]:
    """Another copy's case file: the first event removed, the second retyped."""
    store, (first, second) = analysed_case(tmp_path / "other.sqlite")
    store.save_correction(first, first.split(":")[0], {"deleted": True})
    store.save_correction(second, second.split(":")[0], {"type": "AID"})
    return export_case(store).encode(), [first, second]


def test_import_keeps_the_analysts_corrections_unless_they_tick_replace(app: AppTest, tmp_path: Path) -> None:
    data, (first, second) = case_file(tmp_path)
    app.run()
    app.get("file_uploader")[0].upload("newsmap-case.json", data, "application/json")
    app.run()
    assert not app.exception
    (replace,) = app.checkbox
    assert replace.label.startswith("Replace 1 of your corrections") and not replace.value
    next(b for b in app.button if b.label == "Import").click().run()
    assert "Kept 1 of your own corrections" in app.success[0].value
    store = CaseStore(tmp_path / "case.sqlite")
    assert store.corrections() == {first: {"date": "2023-09"}, second: {"type": "AID"}}
    app.checkbox[0].check().run()
    next(b for b in app.button if b.label == "Import").click().run()
    assert store.corrections() == {first: {"deleted": True}, second: {"type": "AID"}}


def test_a_crafted_file_is_refused_saying_what_is_wrong(app: AppTest, tmp_path: Path) -> None:
    data, (first, _) = case_file(tmp_path)
    crafted = json.loads(data)
    crafted["corrections"][first] = {"date": "garbage"}
    app.run()
    app.get("file_uploader")[0].upload("crafted.json", json.dumps(crafted).encode(), "application/json")
    app.run()
    assert not app.exception
    shown = app.error[0].value.replace("\\", "")  # as the analyst reads it, Markdown's escapes gone
    assert f"correction for event {first}: 'garbage' is not a date" in shown and "Nothing in your case was changed" in shown
    assert not [b for b in app.button if b.label == "Import"]
    assert CaseStore(tmp_path / "case.sqlite").corrections() == {first: {"date": "2023-09"}}
