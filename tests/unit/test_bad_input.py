"""Hostile and broken files: each is refused with its name and the problem, or read safely."""
from __future__ import annotations

import functools
import io
import zipfile

import pytest
from pypdf import PdfWriter

from extractors.ingest import IngestError, document_from_bytes
from core.model import Document
from extractors.parsing import PIECE_CHARS, parse_texts, pieces
from extractors.pipeline import analyze_many

PIECE = 5_000  # characters: a line longer than this is parsed in pieces in the test below

NEWS_PAGE = """<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8">
<title>Poutine reçoit Kim à Vostotchny | Le Journal</title>
<meta property="og:title" content="Poutine reçoit Kim à Vostotchny">
<meta property="article:published_time" content="2023-09-13T09:12:00+02:00">
<script>document.cookie='tracked=1'; fetch('https://tracker.example/pixel')</script></head>
<body><div class="cookie-banner">Nous utilisons des cookies. <button>Accepter</button></div>
<header><nav><ul><li><a href="/monde">Monde</a></li><li><a href="/sport">Sport</a></li></ul></nav></header>
<main><article><h1>Poutine reçoit Kim à Vostotchny</h1>
<p>Le dirigeant nord-coréen Kim Jong-un est arrivé mercredi au cosmodrome de Vostotchny, dans la région de
l'Amour, où il a été accueilli par Vladimir Poutine, a annoncé le Kremlin.</p>
<p>Quelques heures plus tôt, la Corée du Nord avait tiré deux missiles balistiques depuis Sunan.</p>
<aside><h3>À lire aussi</h3><ul><li><a href="/a">Séoul s'inquiète</a></li></ul></aside></article>
<section class="comments"><h2>Commentaires</h2><p>Jean : quelle honte !</p></section></main>
<footer><p>© Le Journal 2023 — Mentions légales</p></footer><script>track()</script></body></html>"""


def refusal(name: str, data: bytes, **options) -> str:
    """The problem ingest names for a file it must refuse."""
    with pytest.raises(IngestError) as caught:
        document_from_bytes(name, data, **options)
    assert caught.value.filename == name and str(caught.value).startswith(name)
    return caught.value.problem


def test_a_news_page_gives_its_article_title_and_date_without_scripts_menus_or_comments() -> None:
    document = document_from_bytes("page.html", NEWS_PAGE.encode("utf-8"))
    assert document.title == "Poutine reçoit Kim à Vostotchny"
    assert (document.published, document.published_origin) == ("2023-09-13", "metadata")
    assert "arrivé mercredi au cosmodrome de Vostotchny" in document.text and "depuis Sunan" in document.text
    for furniture in ("cookie", "tracker", "Sport", "À lire aussi", "quelle honte", "Mentions légales"):
        assert furniture not in document.text


def test_a_page_that_is_all_scripts_and_menus_holds_no_text() -> None:
    page = b"<html><head><script>" + b"var a=1;" * 5000 + b"</script></head><body><nav>Home</nav><script>x()</script></body></html>"
    assert refusal("app.html", page) == "the file holds no readable text."


def test_the_size_limit_is_configurable(monkeypatch: pytest.MonkeyPatch) -> None:
    text = ("Les deux dirigeants se sont rencontrés à Vostotchny. " * 25_000).encode("utf-8")  # about 1.3 MB
    monkeypatch.setenv("NEWSMAP_MAX_FILE_MB", "1")
    assert "over the 1 MB limit (set NEWSMAP_MAX_FILE_MB" in refusal("long.txt", text)
    monkeypatch.setenv("NEWSMAP_MAX_FILE_MB", "2")
    assert document_from_bytes("long.txt", text).text.startswith("Les deux dirigeants")
    assert "over the 0.5 MB limit" in refusal("long.txt", text, max_bytes=512 * 1024)


def test_a_zip_bomb_disguised_as_word_is_refused_before_it_inflates() -> None:
    bomb = io.BytesIO()
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b"\0" * (60 * 1024 * 1024))
    assert len(bomb.getvalue()) < 200_000
    assert "zip bomb" in refusal("report.docx", bomb.getvalue())


def test_corrupt_word_and_pdf_files_are_named() -> None:
    assert "could not read this DOCX file" in refusal("broken.docx", b"PK\x03\x04 truncated archive")
    assert "could not read this PDF file" in refusal("broken.pdf", b"%PDF-1.7\n1 0 obj << /Type /Catalog")


def pdf_bytes(password: str | None = None) -> bytes:
    """A one-page PDF with no text layer, optionally locked with a password."""
    writer = PdfWriter()
    writer.add_blank_page(width=200, height=200)
    if password is not None:
        writer.encrypt(user_password=password, owner_password="owner")
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def test_pdfs_locked_or_without_a_text_layer_get_their_own_message() -> None:
    assert "password-protected" in refusal("locked.pdf", pdf_bytes("secret"))
    assert "needs OCR" in refusal("scan.pdf", pdf_bytes())
    assert "needs OCR" in refusal("restricted.pdf", pdf_bytes("")), "an empty user password opens the file"


def test_a_single_huge_line_is_analysed_in_pieces_with_offsets_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    """Pieces of 5,000 characters stand for spaCy's 100,000 (PIECE_CHARS): the same cuts and joins, a tenth of the
    text to analyse."""
    monkeypatch.setattr("extractors.pipeline.parse_texts", functools.partial(parse_texts, limit=PIECE))
    sentence = "Le président a quitté Moscou pour Vladivostok le 12 septembre 2023. "
    text = sentence * 160  # one line of 11,000 characters: parsed in three pieces, as a line of 5 MB would be
    assert len(pieces(text, PIECE)) == 3 and PIECE < PIECE_CHARS
    [analysis] = analyze_many([Document(text=text, language="fr", published="2023-09-13")])
    assert analysis.pipeline_version, analysis.warnings
    assert {p.text for p in analysis.places} >= {"Moscou", "Vladivostok"}
    last = max(analysis.places, key=lambda p: p.start)
    assert last.start > len(text) - len(sentence) and text[last.start:last.end] == last.text


def test_an_article_in_an_unsupported_language_says_which_languages_are_supported() -> None:
    german = ("Bundeskanzler Olaf Scholz traf am Dienstag in Berlin den französischen Präsidenten. "
              "Die beiden sprachen über die Lage in der Ukraine und die Hilfe für das Land.")
    [analysis] = analyze_many([Document(text=german, published="2024-03-05")])
    assert analysis.document.language == "de"
    assert any("language 'de' is not supported (supported: fr, en)" in w for w in analysis.warnings)
