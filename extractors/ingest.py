"""Turn uploaded bytes or pasted text into Documents, rejecting bad input with a clear reason."""
from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from charset_normalizer import from_bytes

from extractors.formats import docx_text, html_text, pdf_text
from extractors.model import Document

TEXT_SUFFIXES = (".txt", ".md", ".text", ".markdown")
HTML_SUFFIXES = (".html", ".htm")
SUPPORTED_SUFFIXES = (*TEXT_SUFFIXES, *HTML_SUFFIXES, ".pdf", ".docx")
MAX_BYTES = 5 * 1024 * 1024
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
            return line if len(line) <= _TITLE_CHARS else line[: _TITLE_CHARS - 1] + "…"
    return fallback


def decode_text(filename: str, data: bytes) -> str:
    """Decode a text file: UTF-8, else the encoding it is recognised to be in (Latin-1, Windows-1252, ...)."""
    if not data.strip():
        raise IngestError(filename, "the file is empty.")
    if len(data) > MAX_BYTES:
        raise IngestError(filename, f"the file is larger than {MAX_BYTES // (1024 * 1024)} MB.")
    if b"\x00" in data[:8192]:
        raise IngestError(filename, "this is not a text file (it contains binary data).")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        guess = from_bytes(data).best()
        if guess is None:
            raise IngestError(
                filename,
                f"the text is not UTF-8 (undecodable byte at position {error.start}) and its encoding could not "
                "be recognised; save it as UTF-8 and upload it again.",
            ) from None
        text = str(guess)
    return text.replace("\r\n", "\n").replace("\r", "\n")


def text_and_date(filename: str, data: bytes) -> tuple[str, str | None]:
    """The text of a supported file and the publication date its metadata carries, if any."""
    lowered = filename.lower()
    if lowered.endswith(TEXT_SUFFIXES):
        return decode_text(filename, data), None
    if not data.strip():
        raise IngestError(filename, "the file is empty.")
    if len(data) > MAX_BYTES:
        raise IngestError(filename, f"the file is larger than {MAX_BYTES // (1024 * 1024)} MB.")
    try:
        if lowered.endswith(HTML_SUFFIXES):
            return html_text(data.decode("utf-8", errors="replace"))
        if lowered.endswith(".pdf"):
            return pdf_text(data)
        return docx_text(data)
    except Exception as error:  # any parser failure is the file's problem, told in its name
        kind = Path(filename).suffix.lstrip(".").upper()
        raise IngestError(filename, f"could not read this {kind} file ({type(error).__name__}: {error}).") from None


def document_from_bytes(filename: str, data: bytes, published: str | None = None) -> Document:
    """Make a Document from an uploaded file; the date comes from the user, else the file's metadata or name."""
    if not filename.lower().endswith(SUPPORTED_SUFFIXES):
        raise IngestError(filename, f"unsupported file type; upload {', '.join(SUPPORTED_SUFFIXES)} files.")
    text, metadata_date = text_and_date(filename, data)
    if not text.strip():
        raise IngestError(filename, "the file holds no text (a scanned PDF needs OCR first).")
    return make_document(text, Path(filename).name, published or metadata_date or date_from_filename(filename),
                         "given" if published else "metadata")


def document_from_paste(text: str, published: str | None = None, name: str = "Pasted text") -> Document:
    """Make a Document from text pasted into the app."""
    if not text or not text.strip():
        raise IngestError(name, "the pasted text is empty.")
    return make_document(text.replace("\r\n", "\n"), name, published, "given")


def make_document(text: str, source: str, published: str | None, origin: str) -> Document:
    """Build the Document, marking the date's origin only when there is a date."""
    return Document(
        text=text,
        title=title_from_text(text, source),
        source=source,
        published=published,
        published_origin=origin if published else "unknown",
    )
