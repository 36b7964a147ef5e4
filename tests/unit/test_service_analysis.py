"""The application service is the one way the pages, the case export and `analyze` run the pipeline."""
from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from core.model import Document
from extractors.version import PIPELINE_VERSION
from service.analysis import analyse_stream, current_analyses
from store.case import CaseStore
from store.case_settings import SEEDED_KEY

ROOT = Path(__file__).resolve().parents[2]


def test_each_chunk_is_read_only_when_it_is_due(fake_pipeline: None) -> None:
    read: list[str] = []

    def documents() -> Iterator[Document]:
        for number in range(5):
            read.append(str(number))
            yield Document(id=str(number), text=f"Floods in Porto, day {number}.")

    stream = analyse_stream(documents(), chunk_size=2)
    assert next(stream).document.id == "0" and read == ["0", "1"]
    assert [analysis.document.id for analysis in stream] == ["1", "2", "3", "4"]


def test_a_case_document_that_breaks_its_chunk_costs_only_itself(fake_pipeline: None, tmp_path: Path) -> None:
    store = CaseStore(tmp_path / "case.sqlite")
    store.set_meta(SEEDED_KEY, "1")
    for text in ("Quiet day in Lyon.", "BOOM in the parser", "Rain in Nantes."):
        store.add_document(Document(text=text))
    analyses = current_analyses(store)
    assert [bool(a.pipeline_version) for a in analyses] == [True, False, True]
    kept = store.cached_analyses(store.documents(), PIPELINE_VERSION)
    assert [kept[d.id] is not None for d in store.documents()] == [True, False, True], "a failure is retried"


@pytest.mark.parametrize("command", ["analyze", "batch"])
def test_the_documented_command_starts_the_service_command_line(command: str) -> None:
    result = subprocess.run([sys.executable, "-m", "extractors", command, "--help"], cwd=ROOT, capture_output=True,
                            text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"usage: python -m extractors {command}")
