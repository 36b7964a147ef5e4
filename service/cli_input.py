"""What the command line reads: its argument types, and the files or JSON lines it is given, as documents."""
from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO

from core.address import address_problem
from core.cli_io import json_records, printable
from core.model import Document
from core.text import clean_text
from extractors.ingest import IngestError, document_from_path, make_document


def iso_date(value: str) -> str:
    """Accept only real YYYY-MM-DD dates on the command line."""
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{value}' is not a date in the form YYYY-MM-DD") from None


def web_address(value: str) -> str:
    """Accept only an http(s) address of bounded length for --url: it is kept and shown as a link, never fetched."""
    problem = address_problem(value.strip())
    if problem:
        raise argparse.ArgumentTypeError(f"'{printable(value[:80])}' is not a web address to keep ({problem})")
    return value.strip()


def positive(value: str) -> int:
    """Accept only a whole number of at least 1."""
    if not value.isdigit() or int(value) < 1:
        raise argparse.ArgumentTypeError(f"'{value}' is not a whole number of at least 1")
    return int(value)


def documents_from_files(paths: list[str], published: str | None, language: str, on_error: Callable[[str], None],
                         published_in: str = "", url: str = "") -> Iterator[Document]:
    """Read each file, reporting the unreadable ones without stopping; `url`, the one file's own address, wins over
    the one its metadata gives."""
    for path in paths:
        try:
            document = document_from_path(Path(path), path, published)
        except IngestError as error:
            on_error(str(error))
            continue
        document.language = "" if language == "auto" else language
        document.published_in = published_in
        document.url = url or document.url
        yield document


def documents_from_jsonl(stream: IO, language: str, on_error: Callable[[str], None]) -> Iterator[Document]:
    """Read {"id", "text", "published"?, "language"?, "published_in"?, "url"?} lines as they come, reporting bad ones
    by line number."""
    for number, row in json_records(stream, lambda n, problem: on_error(f"line {n}: skipped ({problem})")):
        try:
            yield document_of_row(row, number, language)
        except (KeyError, ValueError, TypeError, argparse.ArgumentTypeError) as error:
            on_error(f"line {number}: skipped ({type(error).__name__}: {error})")


def document_of_row(row: dict, number: int, language: str) -> Document:
    """The document a JSON line describes; a missing or mistyped field raises, naming the field."""
    text, name = row["text"], row.get("id", f"line {number}")
    if not isinstance(text, str) or not clean_text(text).strip():
        raise ValueError("'text' is empty or not a string")
    for field in ("language", "published_in", "published", "url"):
        if not isinstance(row.get(field) or "", str):
            raise TypeError(f"'{field}' is not a string")
    if row.get("url") and (problem := address_problem(row["url"].strip())):
        raise ValueError(f"'url' is not a web address to keep: {problem}")
    if isinstance(name, (dict, list, bool)):
        raise TypeError("'id' is not a string or a number")
    published = iso_date(row["published"]) if row.get("published") else None
    document = make_document(text, clean_text(str(name)), published, "given", url=(row.get("url") or "").strip())
    document.id = clean_text(str(row.get("id") or "")) or document.id
    document.language = clean_text(row.get("language") or ("" if language == "auto" else language))
    document.published_in = clean_text(row.get("published_in") or "")
    return document
