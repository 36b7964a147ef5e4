"""Turn uploaded bytes or pasted text into Documents, rejecting bad input with a clear reason."""
from __future__ import annotations

import datetime as dt
import os
import re
from pathlib import Path

from charset_normalizer import from_bytes

from extractors.formats import FileContent, docx_content, html_content, pdf_content
from extractors.model import Document

TEXT_SUFFIXES = (".txt", ".md", ".text", ".markdown")
HTML_SUFFIXES = (".html", ".htm")
SUPPORTED_SUFFIXES = (*TEXT_SUFFIXES, *HTML_SUFFIXES, ".pdf", ".docx")
DEFAULT_MAX_MB = 5.0
MAX_MB_VARIABLE = "NEWSMAP_MAX_FILE_MB"  # the size limit, for the app and the command line alike
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


def max_file_bytes() -> int:
    """The largest file accepted: $NEWSMAP_MAX_FILE_MB megabytes, 5 unless set."""
    try:
        megabytes = float(os.environ.get(MAX_MB_VARIABLE, DEFAULT_MAX_MB))
    except ValueError:
        megabytes = DEFAULT_MAX_MB
    return int(megabytes * 1024 * 1024)


def check_size(filename: str, data: bytes, max_bytes: int) -> None:
    """Refuse empty files and files over the limit, saying which limit and how to raise it."""
    if not data.strip():
        raise IngestError(filename, "the file is empty.")
    if len(data) > max_bytes:
        raise IngestError(filename, f"the file is {len(data) / 1024 / 1024:.1f} MB, over the {max_bytes / 1024 / 1024:g} MB "
                                    f"limit (set {MAX_MB_VARIABLE} to raise it).")


def decode_text(filename: str, data: bytes) -> str:
    """Decode a text file: UTF-8, else the encoding it is recognised to be in (Latin-1, Windows-1252, ...)."""
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


def file_content(filename: str, data: bytes, max_bytes: int) -> FileContent:
    """The text of a supported file, with the title and publication date its metadata carries, if any."""
    check_size(filename, data, max_bytes)
    lowered = filename.lower()
    if lowered.endswith(TEXT_SUFFIXES):
        return FileContent(decode_text(filename, data))
    try:
        if lowered.endswith(HTML_SUFFIXES):
            return html_content(decode_text(filename, data))
        if lowered.endswith(".pdf"):
            return pdf_content(data)
        return docx_content(data)
    except Exception as error:  # any parser failure is the file's problem, told in its name
        kind = Path(filename).suffix.lstrip(".").upper()
        raise IngestError(filename, f"could not read this {kind} file ({type(error).__name__}: {error}).") from None


def document_from_bytes(filename: str, data: bytes, published: str | None = None,
                        max_bytes: int | None = None) -> Document:
    """Make a Document from an uploaded file; the date comes from the user, else the file's metadata or name."""
    if not filename.lower().endswith(SUPPORTED_SUFFIXES):
        raise IngestError(filename, f"unsupported file type; upload {', '.join(SUPPORTED_SUFFIXES)} files.")
    content = file_content(filename, data, max_file_bytes() if max_bytes is None else max_bytes)
    if not content.text.strip():
        raise IngestError(filename, "the PDF has no text layer (a scanned PDF needs OCR first)."
                          if filename.lower().endswith(".pdf") else "the file holds no readable text.")
    document = make_document(content.text, Path(filename).name,
                             published or content.published or date_from_filename(filename),
                             "given" if published else "metadata")
    if content.title:
        document.title = clipped_title(content.title)
    return document


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
