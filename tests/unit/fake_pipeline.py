"""A stand-in for the spaCy pipeline, so the boundaries around it are tested fast: 'BOOM' in a text breaks its whole
batch (as a parser crash would), 'FAIL' fails that document alone, anything else is analysed."""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace

from core.model import Analysis, Document
from extractors.pipeline import failed
from extractors.version import PIPELINE_VERSION


def fake_analyze_many(documents: Iterable[Document], batch_size: int = 8, online=None) -> Iterator[Analysis]:
    """Analyse like the pipeline does, as far as the callers can tell."""
    documents = list(documents)
    if any("BOOM" in d.text for d in documents):
        raise RuntimeError("the parser crashed on this batch")
    for document in documents:
        if "FAIL" in document.text:
            yield failed(document, ValueError("nothing to read"), [])
        else:
            analysed = replace(document, language=document.language or "en")  # a copy: the one given is not changed
            yield Analysis(document=analysed, pipeline_version=PIPELINE_VERSION)
