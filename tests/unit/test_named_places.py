"""The places a case's documents name are kept beside its table: read again after a correction, gathered anew once the
documents change, and the same as gathering them from every analysis."""
from __future__ import annotations

from pathlib import Path

from core.model import Analysis, Document, PlaceMention
from store.case import CaseStore
from store.named_places import NAMED, case_named_places, keep_named_places, named_in


def analysed(store: CaseStore, text: str, places: list[PlaceMention]) -> Analysis:
    """A document added to the case with an analysis naming these places."""
    document = Document(text=text)
    store.add_document(document)
    analysis = Analysis(document=document, places=places, pipeline_version="v1")
    store.save_analysis(analysis)
    return analysis


def keys(places: list[PlaceMention]) -> set[tuple]:
    """What tells the places apart, as Review reads them."""
    return {(p.text, p.name, p.lat, p.lon, p.country_code, p.feature_class) for p in places}


def test_named_places_are_those_gathered_from_every_analysis_each_once(tmp_path: Path) -> None:
    store = CaseStore(tmp_path / "case.sqlite")
    paris = PlaceMention(0, 5, text="Paris", name="Paris", lat=48.85, lon=2.35, country_code="FR", feature_class="P")
    unplaced = PlaceMention(6, 10, text="Nowhere")
    analyses = [analysed(store, "Paris again.", [paris, unplaced]),
                analysed(store, "Paris, Lyon.", [paris, PlaceMention(7, 11, text="Lyon", name="Lyon", lat=45.76,
                                                                     lon=4.84, country_code="FR")])]
    assert keys(named_in(analyses)) == keys(store.named_places("v1"))
    assert len(named_in(analyses)) == 2, "each place once, none off the map"


def test_kept_places_are_read_after_a_correction_and_gathered_again_once_documents_change(tmp_path: Path) -> None:
    store = CaseStore(tmp_path / "case.sqlite")
    paris = PlaceMention(0, 5, text="Paris", name="Paris", lat=48.85, lon=2.35)
    analysis = analysed(store, "Paris is big.", [paris])
    assert keep_named_places(store, store.revision(), "v1", named_in([analysis]))
    # What is kept is what is read: a kept list that differs from the case shows it was not gathered again.
    assert keep_named_places(store, store.revision(), "v1", [PlaceMention(0, 4, text="Kept", lat=1.0, lon=2.0)])
    store.save_correction(f"{analysis.document.id}:0", analysis.document.id, {"date": "2024-01"})
    assert [p.text for p in case_named_places(store, "v1")] == ["Kept"], "a correction changes no named place"
    analysed(store, "Lyon is smaller.", [PlaceMention(0, 4, text="Lyon", name="Lyon", lat=45.76, lon=4.84)])
    assert sorted(p.text for p in case_named_places(store, "v1")) == ["Lyon", "Paris"], "gathered again"
    assert store.derived_revision(NAMED, "v1") == store.revision(), "and kept for the case as it is now"
