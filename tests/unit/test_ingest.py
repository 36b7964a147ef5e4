"""Ingestion: good text becomes a Document, bad input a clear error naming the file."""
from __future__ import annotations

import pytest

from extractors.ingest import IngestError, date_from_filename, document_from_bytes, document_from_paste


def test_text_file_becomes_a_document_with_title_and_date_from_name() -> None:
    data = "Headline of the article here\n\nBody text.".encode("utf-8")
    document = document_from_bytes("2023-09-13-summit.fr.txt", data)
    assert document.title == "Headline of the article here"
    assert document.published == "2023-09-13"
    assert document.published_origin == "metadata"
    assert len(document.id) == 16


def test_date_given_by_the_user_wins_over_the_file_name() -> None:
    document = document_from_bytes("2023-09-13-summit.txt", b"Some text long enough.", "2024-01-02")
    assert (document.published, document.published_origin) == ("2024-01-02", "given")


def test_same_text_gets_the_same_id() -> None:
    assert document_from_bytes("a.txt", b"Same words here.").id == document_from_bytes("b.md", b"Same words here.").id


@pytest.mark.parametrize(
    ("name", "data", "problem"),
    [
        ("empty.txt", b"", "empty"),
        ("blank.txt", b"  \n\t ", "empty"),
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00", "not a text file"),
        ("report.pdf", b"%PDF-1.7", "could not read this PDF"),
        ("slides.pptx", b"PK\x03\x04", "unsupported file type"),
    ],
)
def test_bad_files_get_a_message_naming_file_and_problem(name: str, data: bytes, problem: str) -> None:
    with pytest.raises(IngestError) as caught:
        document_from_bytes(name, data)
    assert caught.value.filename == name
    assert problem in caught.value.problem
    assert str(caught.value).startswith(name)


def test_windows_line_endings_are_normalised() -> None:
    assert "\r" not in document_from_bytes("a.txt", b"Line one is long\r\nLine two").text


def test_paste_without_text_is_refused() -> None:
    with pytest.raises(IngestError):
        document_from_paste("   ")


def test_filename_dates_must_be_real() -> None:
    assert date_from_filename("2023-02-30-x.txt") is None
    assert date_from_filename("report-2021-12-01.txt") == "2021-12-01"
    assert date_from_filename("12023-01-01.txt") is None


def test_html_gives_its_readable_text_and_published_date_and_runs_nothing() -> None:
    page = (b"<html><head><title>Summit</title><meta property='article:published_time' "
            b"content='2023-09-13T08:00:00Z'><script>alert('x')</script></head><body><nav>Menu</nav>"
            b"<h1>Putin meets Kim</h1><p>The leaders met at Vostochny on Wednesday.</p></body></html>")
    document = document_from_bytes("summit.html", page)
    assert "The leaders met at Vostochny on Wednesday." in document.text
    assert "alert" not in document.text and "Menu" not in document.text
    assert (document.published, document.published_origin) == ("2023-09-13", "metadata")


def test_docx_and_pdf_are_read_and_broken_ones_are_named() -> None:
    import io

    import docx

    word = docx.Document()
    word.add_paragraph("Kim est arrivé en Russie mardi à bord de son train blindé.")
    buffer = io.BytesIO()
    word.save(buffer)
    document = document_from_bytes("note.docx", buffer.getvalue())
    assert "Kim est arrivé en Russie" in document.text
    for name in ("broken.pdf", "broken.docx"):
        with pytest.raises(IngestError) as error:
            document_from_bytes(name, b"this is not really a " + name.encode())
        assert error.value.filename == name and "could not read" in error.value.problem


def test_text_in_other_common_encodings_is_read() -> None:
    for encoding in ("latin-1", "cp1252"):
        text = "La Corée du Nord a lancé deux missiles balistiques mercredi depuis la région de Sunan."
        document = document_from_bytes(f"depeche-{encoding}.txt", text.encode(encoding))
        assert document.text == text
