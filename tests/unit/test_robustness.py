"""Property-based: no bytes make ingest crash, no text makes the time tagger or the pipeline crash."""
from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extractors.ingest import SUPPORTED_SUFFIXES, IngestError, document_from_bytes
from extractors.model import Document
from extractors.parsing import pieces
from extractors.pipeline import analyze
from extractors.timexes import tag_timexes

NEWSY = st.text(alphabet=st.sampled_from(list("abcdeéèàôç ABCDEKMPRS0123456789.,;:'’«»-()\n/h")), max_size=400)


@settings(max_examples=150, deadline=None)
@given(data=st.binary(max_size=2000), suffix=st.sampled_from(SUPPORTED_SUFFIXES))
def test_any_bytes_give_a_document_or_a_named_error(data: bytes, suffix: str) -> None:
    name = f"upload{suffix}"
    try:
        document = document_from_bytes(name, data)
    except IngestError as error:
        assert error.filename == name and error.problem
    else:
        assert document.text.strip()


@settings(max_examples=200, deadline=None)
@given(text=st.one_of(st.text(max_size=300), NEWSY), language=st.sampled_from(["fr", "en"]),
       anchor=st.one_of(st.none(), st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31))))
def test_any_text_tags_without_crashing_and_spans_match(text: str, language: str, anchor: dt.date | None) -> None:
    for timex in tag_timexes(text, language, anchor):
        assert text[timex.start:timex.end] == timex.text
        assert timex.type in ("DATE", "TIME", "DURATION", "SET")


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=NEWSY.filter(lambda t: t.strip()))
def test_any_text_goes_through_the_pipeline(text: str) -> None:
    analysis = analyze(Document(text=text, published="2023-09-13", published_origin="given"))
    for event in analysis.events:
        assert text[event.start:event.end] == event.text


DATEISH = st.from_regex(r"(le |on |mardi |Tuesday )?[0-3]?\d(/| |-)[01]?\d(/| |-)\d{2,4}|[0-3]?\d (février|september|mai)"
                        r"|il y a \d{1,7} (ans|jours)|\d{1,7} years ago|[0-2]?\d ?h ?\d\d", fullmatch=True)


@settings(max_examples=300, deadline=None)
@given(text=DATEISH, language=st.sampled_from(["fr", "en"]))
def test_impossible_dates_are_dropped_not_fatal(text: str, language: str) -> None:
    for timex in tag_timexes(text, language, dt.date(2023, 9, 13)):
        assert timex.type != "DATE" or timex.interval_start or not timex.value[:1].isdigit()


@settings(max_examples=200, deadline=None)
@given(text=st.text(alphabet=st.sampled_from(list("ab .!?\n\t")), max_size=3000), limit=st.integers(2, 500))
def test_long_texts_are_cut_into_pieces_that_join_back_exactly(text: str, limit: int) -> None:
    parts = pieces(text, limit)
    assert "".join(parts) == text
    assert all(0 < len(part) <= limit for part in parts) or parts == [""]
