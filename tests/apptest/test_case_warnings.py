"""The analysis's warnings over Explore's map: each once, and many folded into one box."""
from __future__ import annotations

from streamlit.testing.v1 import AppTest


def shown(warnings: tuple[str, ...]) -> AppTest:
    """A page showing these warnings as Explore does."""
    def page(warnings: tuple[str, ...]) -> None:
        from components.case_warnings import show_warnings

        show_warnings(warnings)

    app = AppTest.from_function(page, args=(warnings,))
    app.run()
    assert not app.exception
    return app


def test_a_warning_repeated_by_many_documents_is_shown_once() -> None:
    app = shown(("a.txt: language 'nl' is not supported",) * 9 + ("b.txt: the analysis failed",))
    assert [w.value for w in app.warning] == ["a.txt: language 'nl' is not supported", "b.txt: the analysis failed"]


def test_many_warnings_fold_into_one_box_that_counts_them() -> None:
    app = shown(tuple(f"doc-{n}.txt: the analysis failed" for n in range(250)))
    assert not app.warning
    (box,) = app.expander
    assert "250 warnings" in box.label
    assert box.markdown[0].value.count("\n- ") == 199 and "50 more" in box.caption[0].value
