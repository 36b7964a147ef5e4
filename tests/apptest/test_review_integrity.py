"""Review keeps every choice by event id, refuses places nobody typed, and reports corrections that lost their event."""
from __future__ import annotations

from streamlit.testing.v1 import AppTest

from core.model import Document
from service.analysis import open_case

WIRE = "Russian forces shelled Kharkiv on Monday 4 March 2024, the regional governor said."


def review(app: AppTest):
    """The event picker."""
    return next(s for s in app.selectbox if s.label.startswith("Event ("))


def sentence(option: str) -> str:
    """The sentence part of an event's label, without the correction marks."""
    return option.split(" · ", 3)[3].replace("  ✎", "").replace("  ⇄", "")


def told(option: str) -> str:
    """What an event's label tells, whatever its date and place: its type and its sentence."""
    return f"{option.split(' · ', 3)[1]} · {sentence(option)}"


def save(app: AppTest) -> None:
    next(b for b in app.button if b.label == "Save correction").click().run()
    assert not app.exception


def test_the_event_picked_after_a_save_is_the_one_corrected_next(app: AppTest) -> None:
    app.run()
    app.switch_page("app_pages/review.py").run()
    events = [told(o) for o in review(app).options]
    review(app).select_index(1).run()
    next(t for t in app.text_input if t.label.startswith("Date")).set_value("2023-09-20")
    save(app)
    assert any("Saved" in s.value for s in app.success)
    picked = next(i for i, o in enumerate(review(app).options) if told(o) == events[2])
    review(app).select_index(picked).run()
    assert told(review(app).format_func(review(app).value)) == events[2], "the pick is kept after a save"
    next(c for c in app.checkbox if c.label.startswith("Remove")).check()
    save(app)
    app.run()  # what the page lists now
    left = {told(o): o for o in review(app).options}
    assert events[2] not in left and "2023-09-20" in left[events[1]]
    assert set(left) == set(events) - {events[2]}


def test_wire_copies_are_one_happening_whose_tellings_are_told_apart(app: AppTest) -> None:
    store = open_case()
    for other in ("Schools were closed.", "Power was cut in two districts."):
        store.add_document(Document(text=f"{WIRE} {other}", title="wire", language="en", published="2024-03-04"))
    app.run()
    app.switch_page("app_pages/review.py").run()
    options = review(app).options
    told = int(review(app).label.split("(")[1].split(" ")[0])
    assert len(options) == told
    assert len(set(options)) == told, "the browser names a pick by its label: two alike would land on one event"
    shelling = next(i for i, o in enumerate(options) if "Kharkiv" in o)
    review(app).select_index(shelling).run()
    tellings = next(s for s in app.selectbox if s.label.startswith("Told "))
    assert len(tellings.options) >= 2, "every copy's telling is listed, each may be corrected on its own"
    assert len(set(tellings.options)) == len(tellings.options)


def test_other_coordinates_left_empty_are_refused(app: AppTest) -> None:
    app.run()
    app.switch_page("app_pages/review.py").run()
    next(s for s in app.selectbox if s.label == "Place").set_value("Other coordinates…")
    save(app)
    assert any("Not saved" in e.value for e in app.error)
    assert open_case().corrections() == {}


def test_a_save_after_another_sessions_save_is_refused_and_says_what_it_saved(app: AppTest) -> None:
    app.run()
    app.switch_page("app_pages/review.py").run()
    event_id = review(app).value
    store = open_case()
    store.save_correction(event_id, event_id.split(":")[0], {"date": "2023-01"}, expected=0)  # another session
    next(c for c in app.checkbox if c.label.startswith("Remove")).check()
    save(app)
    assert any("another session" in e.value and "date 2023-01" in e.value for e in app.error)
    assert store.corrections() == {event_id: {"date": "2023-01"}}
    save(app)  # the form now shows what the other session saved: saving again replaces it knowingly
    assert any("Saved" in s.value for s in app.success) and store.corrections()[event_id]["deleted"]


def test_a_correction_that_lost_its_event_is_shown_and_reattached(app: AppTest) -> None:
    app.run()
    store = open_case()
    [document] = store.documents()
    store.save_correction(f"{document.id}:gone", document.id, {"type": "AID"}, anchor="A sentence no longer read.")
    app.switch_page("app_pages/review.py").run()
    assert any("1 corrections no longer attach to an event" in w.value for w in app.warning)
    assert "A sentence no longer read." in " ".join(m.value for m in app.markdown)
    target = next(s for s in app.selectbox if s.label == "Re-attach to")
    target.select_index(0).run()
    next(b for b in app.button if b.label == "Re-attach").click().run()
    assert not app.exception and not app.warning
    [(event_id, fields)] = store.corrections().items()
    assert fields == {"type": "AID"} and event_id != f"{document.id}:gone"


def test_a_shared_link_filtered_on_a_title_with_commas_keeps_its_documents_events(app: AppTest) -> None:
    document = Document(text=WIRE, title="Kharkiv, Ukraine: shelling, again", language="en", published="2024-03-04")
    open_case().add_document(document)
    app.query_params["documents"] = document.id
    app.run()
    assert not app.exception
    assert next(m for m in app.multiselect if m.label == "Documents").value == [document.id]
    shown = int(app.caption[0].value.split(" events")[0].split("· ")[-1])
    assert 0 < shown and "(filtered)" in app.caption[0].value
