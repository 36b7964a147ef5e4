"""Hostile text: broken fonts, control characters, compressed floods and legacy encodings are cleaned, refused by
name, or decoded as the author wrote them."""
from __future__ import annotations

import codecs

import pytest
from crafted_files import docx_with, pdf_with_glyphs, word_paragraphs

from core.text import clean_text
from extractors.ingest import IngestError, document_from_bytes, document_from_paste

NEWS_FR = "Le sommet de Genève a réuni les délégués à l'hôtel, où ils ont débattu de la crise énergétique."


def refusal(name: str, data: bytes) -> str:
    """The problem ingest names for a file it must refuse."""
    with pytest.raises(IngestError) as caught:
        document_from_bytes(name, data)
    assert caught.value.filename == name
    return caught.value.problem


def test_a_pdf_font_mapping_glyphs_to_lone_surrogates_gives_clean_text() -> None:
    data = pdf_with_glyphs([0xD800, *map(ord, "Kim à Vostotchny"), 0x0000, 0xFFFE, 0xDFFF])
    assert len(data) < 2048
    document = document_from_bytes("font.pdf", data)
    assert document.text == "Kim à Vostotchny"
    document.text.encode("utf-8")  # what the case, the JSON lines and the terminal need


def test_text_is_cleaned_in_one_place_pairs_joined_halves_and_non_characters_dropped() -> None:
    assert clean_text("a\ud83d\ude00b\ud800c\x00d\ufffe\U0010ffff\x1b[2Je\r\nf\rg") == "a😀bcd[2Je\nf\ng"
    pasted = document_from_paste("Le président\ud800 est arrivé\x00 mardi.")
    assert pasted.text == "Le président est arrivé mardi."
    with pytest.raises(IngestError):
        document_from_paste("\ud800\x00\ufffe")


@pytest.mark.parametrize("suffix", [".docx", ".html", ".pdf", ".txt"])
def test_text_past_the_character_limit_is_refused_by_name(suffix: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSMAP_MAX_CHARS", "500")
    sentence = "Les deux dirigeants se sont rencontrés à Vostotchny. "
    data = {".docx": docx_with(word_paragraphs(*[sentence] * 20) + b"</w:body></w:document>"),
            ".html": f"<html><body>{f'<p>{sentence}</p>' * 20}</body></html>".encode(),
            ".pdf": pdf_with_glyphs([ord("A")] * 250 + [ord("B")] * 251),
            ".txt": (sentence * 20).encode()}[suffix]
    problem = refusal(f"flood{suffix}", data)
    assert "limit of 500 characters" in problem and "NEWSMAP_MAX_CHARS" in problem
    monkeypatch.setenv("NEWSMAP_MAX_CHARS", "5000")
    assert ("AAAB" if suffix == ".pdf" else "Vostotchny") in document_from_bytes(f"flood{suffix}", data).text


def test_a_small_docx_that_inflates_to_a_flood_stops_being_read_at_the_limit(monkeypatch) -> None:
    monkeypatch.setenv("NEWSMAP_MAX_CHARS", "1000")
    flood = docx_with(word_paragraphs(*["x" * 100] * 20) + b"<w:p><w:r><w:t>never read, never closed")
    assert "limit of 1,000 characters" in refusal("bomb.docx", flood), "the rest is never parsed"


def test_a_web_page_past_the_limit_is_refused_before_the_article_extractor_runs(monkeypatch) -> None:
    monkeypatch.setenv("NEWSMAP_MAX_CHARS", "100")

    def extractor_must_not_run(*args, **kwargs):
        raise AssertionError("trafilatura read a page already known to be too long")

    monkeypatch.setattr("trafilatura.bare_extraction", extractor_must_not_run)
    assert "limit of 100 characters" in refusal("page.html", b"<p>" + b"Paris. " * 100 + b"</p>")


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1"])
def test_western_french_is_read_as_french_not_central_european(encoding: str) -> None:
    for text in ("Genève est une ville.", NEWS_FR, "L’œuvre — « magnifique » — coûte 5 € à Orléans."):
        if encoding == "latin-1" and not all(ord(ch) < 256 for ch in text):
            continue
        assert document_from_bytes("depeche.txt", text.encode(encoding)).text == text


def test_english_with_typographic_quotes_in_windows_1252_is_read_as_written() -> None:
    text = "He said: “it’s over” – in Genève."
    assert document_from_bytes("wire.txt", text.encode("cp1252")).text == text


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be",
                                      "utf-8-sig"])
def test_utf16_and_utf32_files_with_or_without_a_byte_order_mark_are_read(encoding: str) -> None:
    assert document_from_bytes("export.txt", NEWS_FR.encode(encoding)).text == NEWS_FR


def test_a_utf16_mark_before_bytes_that_are_not_utf16_is_refused() -> None:
    assert "not a text file" in refusal("odd.txt", codecs.BOM_UTF16_LE + b"ab\x00\xd8")
