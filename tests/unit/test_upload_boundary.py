"""An upload whose reading breaks in a way nobody foresaw costs that file alone."""
from __future__ import annotations

from pathlib import Path

import pytest

from components.upload import add_articles
from store.case import CaseStore


class Upload:
    """What Streamlit hands over for one uploaded file; `fault` breaks reading it."""

    def __init__(self, name: str, data: bytes, fault: Exception | None = None) -> None:
        self.name, self.data, self.fault = name, data, fault

    def getvalue(self) -> bytes:
        if self.fault:
            raise self.fault
        return self.data


@pytest.mark.usefixtures("fake_pipeline")
def test_an_upload_that_breaks_unexpectedly_leaves_the_others_added(tmp_path: Path) -> None:
    store = CaseStore(tmp_path / "case.sqlite")
    files = [Upload("good.txt", b"Floods reached Porto on Friday."),
             Upload("broken.txt", b"", MemoryError("the upload buffer is gone")),
             Upload("also-good.txt", b"Storms hit Manila on Monday.")]
    add_articles(store, files, "", None)
    assert {d.source for d in store.documents()} == {"good.txt", "also-good.txt"}
