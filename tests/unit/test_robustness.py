"""Property-based: no bytes make ingest crash, no text makes the time tagger or the pipeline crash."""
from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from crafted_files import docx_with, pdf_with_glyphs
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from service.cli_input import documents_from_jsonl
from core.text import clean_text
from extractors.ingest import SUPPORTED_SUFFIXES, IngestError, document_from_bytes, make_document
from core.model import Document
from extractors.parsing import pieces
from extractors.pipeline import analyze
from extractors.timexes import tag_timexes
from geocoding.__main__ import resolve_lines
from store.case import CaseStore
from store.case_open import CaseError

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


# Any code point, lone UTF-16 halves, controls and non-characters included (characters() leaves out halves by default).
ANY_CHARACTER = (st.characters(exclude_categories=()) | st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF,
                                                                      exclude_categories=())
                 | st.sampled_from(["\x00", "\x1b", "\r", "\ufffe", "\uffff", "\U0010ffff"]))
FRENCH_WORDS = ("Genève", "été", "délégués", "réunis", "à", "l'hôtel", "où", "ils", "ont", "débattu", "de", "la",
                "crise", "mercredi", "président", "français", "a", "déclaré", "que", "les", "élections", "auront",
                "lieu", "en", "février", "près", "du", "château", "où", "s'est", "tenue", "réunion", "très", "tôt")
ENGLISH_WORDS = ("the", "president", "said", "on", "Wednesday", "that", "talks", "in", "Genève", "were", "“over”",
                 "it’s", "a", "café", "–", "deal", "with", "officials", "of", "the", "city", "council", "and", "£5")


@settings(max_examples=150, deadline=None)
@given(text=st.text(ANY_CHARACTER, max_size=200), title=st.text(ANY_CHARACTER, max_size=40))
def test_any_characters_make_a_document_any_file_database_and_terminal_can_hold(text: str, title: str) -> None:
    document = make_document(text, title, None, "given", title)
    for value in (document.text, document.title, document.source):
        value.encode("utf-8")
        assert clean_text(value) == value


@settings(max_examples=100, deadline=None)
@given(units=st.lists(st.integers(0, 0xFFFF) | st.integers(0xD800, 0xDFFF) | st.sampled_from([0, 0xFFFE, 0xFFFF]),
                     min_size=1, max_size=40))
def test_any_font_mapping_in_a_pdf_gives_a_clean_document_or_a_named_error(units: list[int]) -> None:
    try:
        document = document_from_bytes("font.pdf", pdf_with_glyphs(units))
    except IngestError as error:
        assert error.filename == "font.pdf" and error.problem
    else:
        document.text.encode("utf-8")


JSON_SCALARS = st.none() | st.booleans() | st.integers() | st.floats() | st.text(ANY_CHARACTER, max_size=30)
JSON_VALUES = st.recursive(JSON_SCALARS, lambda inner: st.lists(inner, max_size=3)
                           | st.dictionaries(st.text(max_size=8), inner, max_size=3), max_leaves=8)
JSON_ROWS = st.fixed_dictionaries({"text": st.text(ANY_CHARACTER, max_size=60)},
                                  optional={"id": JSON_VALUES, "published": JSON_VALUES, "language": JSON_VALUES,
                                            "published_in": JSON_VALUES})


@settings(max_examples=150, deadline=None)
@given(rows=st.lists(JSON_ROWS.map(json.dumps) | st.text(ANY_CHARACTER, max_size=40)
                     | st.binary(max_size=40).map(lambda b: b.decode("latin-1")), max_size=6))
def test_any_json_lines_give_documents_or_errors_naming_their_lines(rows: list[str]) -> None:
    errors: list[str] = []
    stream = io.BytesIO("\n".join(rows).encode("utf-8", "surrogatepass") + b"\n")
    documents = list(documents_from_jsonl(stream, "auto", errors.append))
    for document in documents:
        for value in (document.id, document.text, document.title, document.language, document.published_in):
            value.encode("utf-8")
    assert all(error.startswith("line ") for error in errors)


@settings(max_examples=40, deadline=None)
@given(words=st.lists(st.sampled_from(FRENCH_WORDS), min_size=12, max_size=40) | st.lists(
           st.sampled_from(ENGLISH_WORDS), min_size=12, max_size=40),
       encoding=st.sampled_from(["cp1252", "latin-1", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-be"]))
def test_french_and_english_in_any_common_encoding_read_as_written(words: list[str], encoding: str) -> None:
    text = " ".join(words) + "."
    if encoding == "latin-1" and any(ord(ch) > 0xFF for ch in text):
        encoding = "cp1252"
    assert document_from_bytes("depeche.txt", text.encode(encoding)).text == text


def test_a_text_too_repetitive_to_tell_its_language_still_reads_its_accents() -> None:
    text = "the " * 30 + "Genève."
    assert document_from_bytes("depeche.txt", text.encode("cp1252")).text == text


def test_curly_quotes_read_in_windows_1252_not_in_a_dos_code_page() -> None:
    text = "the " * 8 + "said said “over” officials."  # cp850 reads the same bytes as 'ôoverö': as usual a pair
    assert document_from_bytes("depeche.txt", text.encode("cp1252")).text == text


@settings(max_examples=60, deadline=None)
@given(spans=st.lists(st.tuples(st.integers(-30, 60), st.integers(-30, 60)), min_size=1, max_size=3))
def test_any_spans_are_resolved_or_their_line_refused(spans: list[tuple[int, int]]) -> None:
    text = "She flew from Paris to Berlin."
    line = json.dumps({"id": "a", "text": text, "toponyms": [{"start": s, "end": e} for s, e in spans]})
    out = io.StringIO()
    refused = resolve_lines([line], out)
    valid = all(0 <= s < e <= len(text) for s, e in spans)
    assert refused == (0 if valid else 1) and len(out.getvalue().splitlines()) == (1 if valid else 0)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=600), sqlite=st.booleans())
def test_any_file_opens_as_a_case_or_is_refused_by_name(data: bytes, sqlite: bool, tmp_path: Path) -> None:
    path = tmp_path / "case.sqlite"
    path.write_bytes((b"SQLite format 3\x00" if sqlite else b"") + data)
    try:
        store = CaseStore(path)
    except CaseError as error:
        assert str(error).startswith(str(path))
    else:
        assert store.revision() >= 0


@settings(max_examples=40, deadline=None)
@given(paragraphs=st.lists(st.text(st.characters(codec="utf-8", exclude_categories=("Cc", "Cs")), min_size=1,
                                   max_size=80), min_size=1, max_size=12), limit=st.integers(1, 200))
def test_a_word_file_never_yields_more_text_than_the_limit(paragraphs: list[str], limit: int) -> None:
    body = b"".join(b"<w:p><w:r><w:t>" + escape(p).encode() + b"</w:t></w:r></w:p>" for p in paragraphs)
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("NEWSMAP_MAX_CHARS", str(limit))
        try:
            document = document_from_bytes("long.docx", docx_with(body + b"</w:body></w:document>"))
        except IngestError as error:
            assert error.filename == "long.docx"
        else:
            assert len(document.text) <= limit
