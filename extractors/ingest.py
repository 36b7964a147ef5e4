"""Turn uploaded bytes or pasted text into Documents, rejecting bad input with a clear reason."""
from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from core.address import web_address
from core.limits import MAX_CHARS_VARIABLE, MAX_MB_VARIABLE, max_chars, max_file_bytes
from core.model import Document
from core.text import clean_text
from extractors.encodings import Undecodable, decode
from extractors.formats import FileContent, TextTooLong, docx_content, html_content, pdf_content

TEXT_SUFFIXES = (".txt", ".md", ".text", ".markdown")
HTML_SUFFIXES = (".html", ".htm")
SUPPORTED_SUFFIXES = (*TEXT_SUFFIXES, *HTML_SUFFIXES, ".pdf", ".docx")
_FILENAME_DATE = re.compile(r"(?<!\d)((?:19|20)\d\d)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?!\d)")
_TITLE_CHARS = 140


class IngestError(ValueError):
    """A file that cannot be analysed, with the file's name and the problem in plain words."""

    def __init__(self, filename: str, problem: str) -> None:
        super().__init__(f"{filename}: {problem}")
        self.filename = filename
        self.problem = problem


def date_from_filename(filename: str) -> str | None:
    """Read a YYYY-MM-DD publication date that newsroom file names often carry."""
    match = _FILENAME_DATE.search(Path(filename).name)
    if not match:
        return None
    try:
        return dt.date(*(int(g) for g in match.groups())).isoformat()
    except ValueError:
        return None


def title_from_text(text: str, fallback: str) -> str:
    """Use the first non-empty line as the title, as news texts usually start with a headline."""
    for line in text.splitlines():
        line = line.strip().lstrip("#").strip()
        if len(line) >= 12:
            return clipped_title(line)
    return fallback


def clipped_title(title: str) -> str:
    """A title short enough for lists and legends."""
    return title if len(title) <= _TITLE_CHARS else title[: _TITLE_CHARS - 1] + "…"


def too_long(filename: str, limit: int) -> IngestError:
    """The refusal of a text past the character limit, saying how to raise it."""
    return IngestError(filename, f"its text runs past the limit of {limit:,} characters (a compressed file can hold "
                                 f"far more text than its size; set {MAX_CHARS_VARIABLE} to raise it).")


def check_size(filename: str, data: bytes, max_bytes: int) -> None:
    """Refuse empty files and files over the limit."""
    if not data.strip():
        raise IngestError(filename, "the file is empty.")
    check_bytes(filename, len(data), max_bytes)


def check_bytes(filename: str, size: int, max_bytes: int) -> None:
    """Refuse a file over the size limit, saying which limit and how to raise it."""
    if size > max_bytes:
        raise IngestError(filename, f"the file is {size / 1024 / 1024:.1f} MB, over the {max_bytes / 1024 / 1024:g} MB "
                                    f"limit (set {MAX_MB_VARIABLE} to raise it).")


def document_from_path(path: Path, name: str, published: str | None = None) -> Document:
    """Read a file on disk into a Document, refusing one over the size limit before reading it."""
    max_bytes = max_file_bytes()
    try:
        check_bytes(name, path.stat().st_size, max_bytes)
        data = path.read_bytes()
    except OSError as error:
        raise IngestError(name, f"could not read it ({error.strerror or error}).") from None
    return document_from_bytes(name, data, published, max_bytes)


def decode_text(filename: str, data: bytes) -> str:
    """Decode a text file: UTF-8, -16 or -32, else the Western encoding it is in (Latin-1, Windows-1252, ...)."""
    try:
        return decode(data)
    except Undecodable as error:
        raise IngestError(filename, str(error)) from None


def file_content(filename: str, data: bytes, max_bytes: int, limit: int) -> FileContent:
    """The text of a supported file (at most `limit` characters), with the title and publication date its metadata
    carries, if any."""
    check_size(filename, data, max_bytes)
    lowered = filename.lower()
    try:
        if lowered.endswith(TEXT_SUFFIXES):
            return FileContent(decode_text(filename, data))
        if lowered.endswith(HTML_SUFFIXES):
            return html_content(decode_text(filename, data), limit)
        if lowered.endswith(".pdf"):
            return pdf_content(data, limit)
        return docx_content(data, limit)
    except TextTooLong:
        raise too_long(filename, limit) from None
    except IngestError:
        raise
    except Exception as error:  # any parser failure is the file's problem, told in its name
        kind = Path(filename).suffix.lstrip(".").upper()
        raise IngestError(filename, f"could not read this {kind} file ({type(error).__name__}: {error}).") from None


def document_from_bytes(filename: str, data: bytes, published: str | None = None,
                        max_bytes: int | None = None) -> Document:
    """Make a Document from an uploaded file; the date comes from the user, else the file's metadata or name."""
    if not filename.lower().endswith(SUPPORTED_SUFFIXES):
        raise IngestError(filename, f"unsupported file type; upload {', '.join(SUPPORTED_SUFFIXES)} files.")
    limit = max_chars()
    content = file_content(filename, data, max_file_bytes() if max_bytes is None else max_bytes, limit)
    document = make_document(content.text, Path(filename).name,
                             published or content.published or date_from_filename(filename),
                             "given" if published else "metadata", content.title, content.url)
    if not document.text.strip():
        raise IngestError(filename, "the PDF has no text layer (a scanned PDF needs OCR first)."
                          if filename.lower().endswith(".pdf") else "the file holds no readable text.")
    if len(document.text) > limit:
        raise too_long(filename, limit)
    return document


def document_from_paste(text: str, published: str | None = None, name: str = "Pasted text") -> Document:
    """Make a Document from text pasted into the app."""
    if not text or not clean_text(text).strip():
        raise IngestError(name, "the pasted text is empty.")
    document = make_document(text, name, published, "given")
    if len(document.text) > max_chars():
        raise too_long(name, max_chars())
    return document


def make_document(text: str, source: str, published: str | None, origin: str, title: str | None = None,
                  url: str = "") -> Document:
    """Build the Document from cleaned text, marking the date's origin only when there is a date; an address that
    is not an http(s) one is dropped (callers that were given one check it first, to say why)."""
    text, source = clean_text(text), clean_text(source)
    title = clean_text(title or "").strip()
    return Document(
        text=text,
        title=clipped_title(title) if title else title_from_text(text, source),
        source=source,
        published=published,
        published_origin=origin if published else "unknown",
        url=web_address(url),
    )
