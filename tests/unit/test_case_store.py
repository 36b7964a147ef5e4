"""The case store keeps documents and caches analyses per pipeline version and settings."""
from __future__ import annotations

from pathlib import Path

from core.model import Analysis, Document, Event, EventDate, PlaceMention
from service.analysis import open_case
from store.case import CaseStore


def sample_analysis(document: Document) -> Analysis:
    place = PlaceMention(start=0, end=5, text="Paris", name="Paris", lat=48.85, lon=2.35)
    event = Event(id=f"{document.id}:0", start=0, end=20, text=document.text, place=place,
                  date=EventDate(value="2024-01-02", start="2024-01-02T00:00:00", end="2024-01-03T00:00:00"))
    return Analysis(document=document, places=[place], events=[event], pipeline_version="v1")


def test_documents_keep_their_order_and_duplicates_are_refused(tmp_path: Path) -> None:
    store = CaseStore(tmp_path / "case.sqlite")
    first, second = Document(text="Paris is big."), Document(text="Lyon is smaller.")
    assert store.add_document(first)
    assert store.add_document(second)
    assert not store.add_document(Document(text="Paris is big."))
    assert [d.id for d in store.documents()] == [first.id, second.id]


def test_cached_analysis_round_trips_and_is_dropped_when_settings_change(tmp_path: Path) -> None:
    store = CaseStore(tmp_path / "case.sqlite")
    document = Document(text="Paris on 2 January.", language="en", published="2024-01-02")
    store.add_document(document)
    store.save_analysis(sample_analysis(document))
    cached = store.cached_analysis(document, "v1")
    assert cached is not None
    assert cached.events[0].place.lat == 48.85
    assert cached.events[0].date.value == "2024-01-02"
    assert store.cached_analysis(document, "v2") is None
    document.published = "2024-01-05"
    store.update_document(document)
    assert store.cached_analysis(document, "v1") is None
    assert store.documents()[0].published == "2024-01-05"
    store.save_analysis(sample_analysis(document))
    document.published_in = "Paris, Texas"
    store.update_document(document)
    assert store.cached_analysis(document, "v1") is None
    assert store.documents()[0].published_in == "Paris, Texas"


def test_an_analysis_is_kept_with_the_language_and_date_it_found(tmp_path: Path) -> None:
    """The document added as given (language and date unknown) is read back as analysed, its analysis cached under
    what was found, in one write."""
    store = CaseStore(tmp_path / "case.sqlite")
    given = Document(text="Paris on 2 January.")
    store.add_document(given)
    revision = store.revision()
    analysed = Document(text=given.text, language="en", published="2024-01-02", published_origin="inferred")
    store.save_analysis(sample_analysis(analysed))
    [kept] = store.documents()
    assert (kept.language, kept.published, kept.published_origin) == ("en", "2024-01-02", "inferred")
    assert store.cached_analysis(kept, "v1") is not None and store.revision() == revision + 1


def test_removing_a_document_removes_its_analysis(tmp_path: Path) -> None:
    store = CaseStore(tmp_path / "case.sqlite")
    document = Document(text="Paris.")
    store.add_document(document)
    store.save_analysis(sample_analysis(document))
    store.remove_document(document.id)
    assert store.documents() == []
    assert store.cached_analysis(document, "v1") is None


def test_a_new_case_starts_with_the_sample_articles_once(tmp_path: Path) -> None:
    store = open_case(tmp_path / "case.sqlite")
    seeded = store.documents()
    assert seeded and all(d.published for d in seeded)
    store.remove_document(seeded[0].id)
    assert len(open_case(tmp_path / "case.sqlite").documents()) == len(seeded) - 1


def test_every_change_of_the_case_moves_its_revision(tmp_path: Path) -> None:
    store = CaseStore(tmp_path / "case.sqlite")
    seen = [store.revision()]
    document = Document(text="Paris on 2 January.")
    store.add_document(document)
    seen.append(store.revision())
    store.save_analysis(sample_analysis(document))
    seen.append(store.revision())
    store.save_correction(f"{document.id}:0", document.id, {"type": "AID"})
    seen.append(store.revision())
    store.drop_correction(f"{document.id}:0")
    seen.append(store.revision())
    assert not store.add_document(Document(text="Paris on 2 January.")), "a duplicate changes nothing"
    seen.append(store.revision())
    store.remove_document(document.id)
    seen.append(store.revision())
    assert seen[:5] == sorted(set(seen[:5])) and seen[5] == seen[4] and seen[6] > seen[5]
    assert CaseStore(tmp_path / "case.sqlite").revision() == seen[-1]


def test_a_page_of_documents_is_found_by_title_or_file_name_and_counted_without_reading_analyses(
        tmp_path: Path) -> None:
    store = CaseStore(tmp_path / "case.sqlite")
    documents = [Document(text=f"Text {n}.", title=f"Report {n}", source=f"{'flood' if n % 2 else 'fire'}-{n}.txt",
                          language="en", published="2024-01-02") for n in range(5)]
    for document in documents:
        store.add_document(document)
    store.save_analysis(sample_analysis(documents[1]))
    total, page = store.document_page("", 2, 2)
    assert total == 5 and [d.id for d in page] == [documents[2].id, documents[3].id]
    total, page = store.document_page("FLOOD", 0, 10)
    assert total == 2 and [d.source for d in page] == ["flood-1.txt", "flood-3.txt"]
    assert store.document_page("report 4", 0, 10)[0] == 1
    assert store.analysis_counts(documents, "v1") == {documents[1].id: (1, 1, 0)}
    assert store.analysis_counts(documents, "v2") == {}, "another pipeline's analysis is not this one's"
    documents[1].published = "2024-01-05"
    store.update_document(documents[1])
    assert store.analysis_counts(documents, "v1") == {}, "an analysis made with other settings is stale"


def test_the_places_every_analysis_read_come_in_one_pass(tmp_path: Path) -> None:
    store = CaseStore(tmp_path / "case.sqlite")
    paris, lyon = Document(text="Paris is big."), Document(text="Lyon is smaller.")
    for document in (paris, lyon):
        store.add_document(document)
        store.save_analysis(sample_analysis(document))
    assert [(p.name, p.lat, p.lon) for p in store.named_places("v1")] == [("Paris", 48.85, 2.35)], "each place once"
    assert store.named_places("v2") == []
