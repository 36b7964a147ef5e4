"""Explore's filters over many documents and actors, run headless by AppTest: past the options a multiselect lists
whole, a search box lists those holding its words, and a choice made through it filters the page and its link."""
from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

import components.option_search as option_search


def multiselect(app: AppTest, label: str):
    """The multiselect with this label."""
    return next(widget for widget in app.multiselect if widget.label == label)


def test_past_the_listed_options_a_search_lists_the_actors_it_finds_and_a_choice_filters(
        app: AppTest, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(option_search, "MOST_LISTED", 1)  # the sample's actors stand for a case's thousands
    app.run()
    assert not app.exception
    actors = multiselect(app, "Actors")
    assert actors.options == [], "nothing listed before a search"
    next(box for box in app.text_input if box.label == "Find actors").input("poutine").run()
    actors = multiselect(app, "Actors")
    assert actors.options and all("poutine" in option.casefold() for option in actors.options)
    actors.select(actors.options[0]).run()
    assert not app.exception
    assert app.query_params["actors"] == actors.options[0]
    assert "(filtered)" in app.caption[0].value
    next(box for box in app.text_input if box.label == "Find actors").input("").run()
    assert multiselect(app, "Actors").value == [actors.options[0]], "a chosen actor stays listed and chosen"


def test_a_small_case_lists_every_document_without_a_search_box(app: AppTest) -> None:
    app.run()
    assert not any(box.label == "Find documents" for box in app.text_input)
    assert len(multiselect(app, "Documents").options) == 1
