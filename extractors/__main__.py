"""Command line: analyse files or JSON Lines and print one JSON line per document."""
from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from pathlib import Path
from typing import IO

from tqdm import tqdm

from service.batch import run_batch
from core.address import address_problem
from core.cli_io import emit, json_records, jsonl_input, printable, say
from core.text import clean_text
from extractors.ingest import IngestError, document_from_path, make_document
from core.model import Document
from extractors.parallel import CHUNK_DOCUMENTS, analyse_safely
from geocoding.online import OnlineGeocoder
from store.case_open import CaseError


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


def chunks(documents: Iterable[Document], size: int) -> Iterator[list[Document]]:
    """Consecutive lists of at most `size` documents, each made as soon as its documents are read."""
    iterator = iter(documents)
    while chunk := list(islice(iterator, size)):
        yield chunk


def analyze_command(args: argparse.Namespace) -> int:
    """Run `analyze`: one JSON line per analysed document, in input order, each printed as soon as it is ready;
    each unreadable input and failed analysis is named on stderr, and any makes the exit status 1."""
    failures: list[str] = []

    def fail(message: str) -> None:
        failures.append(message)
        say("error", message)

    online = OnlineGeocoder() if args.online else None
    if not args.jsonl:
        documents = documents_from_files(args.files, args.published, args.language, fail, args.published_in,
                                         args.url or "")
        analysed = print_analyses(documents, CHUNK_DOCUMENTS, online, fail)
    else:
        with jsonl_input(args.jsonl) as stream:
            if stream is None:
                return 1
            chunk = 1 if args.jsonl == "-" else CHUNK_DOCUMENTS  # a pipe's lines are answered one by one, as they come
            analysed = print_analyses(documents_from_jsonl(stream, args.language, fail), chunk, online, fail)
    if failures:
        say("", f"{analysed} analysed, {len(failures)} unreadable or failed" if analysed
            else f"nothing analysed: all {len(failures)} inputs were unreadable or failed")
    return 1 if failures else 0


def print_analyses(documents: Iterable[Document], chunk_size: int, online: OnlineGeocoder | None,
                   fail: Callable[[str], None]) -> int:
    """Analyse documents a chunk at a time and print each analysis as one flushed JSON line, in order; a failed
    one is reported through `fail`. Returns how many were printed."""
    analysed = 0
    for chunk in chunks(documents, chunk_size):
        for analysis in analyse_safely(chunk, online):
            failed = not analysis.pipeline_version  # its last warning says why
            for warning in analysis.warnings[:-1] if failed else analysis.warnings:
                say("warning", warning)
            if failed:
                fail(analysis.warnings[-1])
                continue
            emit(analysis.to_json(), sys.stdout)
            analysed += 1
    return analysed


def batch_command(args: argparse.Namespace) -> int:
    """Run `batch` with a progress bar on stderr, then say what was done and where each worker peaked."""
    if not args.folder.is_dir():
        say("error", f"{args.folder} is not a folder")
        return 1
    with tqdm(unit="doc", desc="analysing", file=sys.stderr, disable=None) as bar:

        def progress(done: int, total: int, name: str) -> None:
            bar.total = total
            bar.set_postfix_str(printable(name[-40:]), refresh=False)
            bar.update(done - bar.n)

        try:
            report = run_batch(args.folder, args.out, args.jsonl, "" if args.language == "auto" else args.language,
                               progress, args.processes, args.dask, args.parquet, args.published_in,
                               args.follow_symlinks)
        except CaseError as error:
            say("error", str(error))
            return 1
    for message in report.errors:
        say("error", message)
    for message in report.warnings:
        say("warning", message)
    for worker, peak in sorted(report.worker_peak_mb.items()):
        say("", f"worker {worker}: peak memory {peak:,.0f} MB")
    for written in report.written:
        say("", f"wrote {written}")
    say("", f"{report.analysed} analysed, {report.skipped} already analysed, "
            f"{len(report.errors)} unreadable or failed; open it with: NEWSMAP_CASE={args.out} streamlit run app.py")
    return 1 if report.errors else 0


def main(argv: list[str] | None = None) -> int:
    """Parse the command line and run the analysis."""
    parser = argparse.ArgumentParser(prog="python -m extractors", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    analyze = commands.add_parser("analyze", help="analyse articles and print JSON lines")
    analyze.add_argument("files", nargs="*", help="article files (.txt .md .html .pdf .docx)")
    analyze.add_argument("--jsonl", metavar="PATH", help="read JSON lines from PATH ('-' for stdin)")
    analyze.add_argument("--published", type=iso_date, help="document date for the files, YYYY-MM-DD")
    analyze.add_argument("--language", choices=("auto", "fr", "en"), default="auto")
    analyze.add_argument("--published-in", default="", metavar="PLACE",
                         help="where the files' source is published, e.g. 'Columbus, Nebraska': settles namesakes")
    analyze.add_argument("--url", type=web_address, metavar="ADDRESS",
                         help="the one file's own web address (http or https), kept and shown as a link, never fetched")
    analyze.add_argument("--online", action="store_true",
                         help="ask OpenStreetMap Nominatim for places the offline gazetteer lacks (sends place names)")
    batch = commands.add_parser("batch", help="analyse a folder into a case the app opens (resumable)")
    batch.add_argument("folder", type=Path, help="folder of articles (.txt .md .html .pdf .docx)")
    batch.add_argument("--out", type=Path, required=True, help="the case file to write (SQLite)")
    batch.add_argument("--jsonl", type=Path,
                       help="also write the case's analyses here, one JSON line each (rewritten whole at the end)")
    batch.add_argument("--language", choices=("auto", "fr", "en"), default="auto")
    batch.add_argument("--published-in", default="", metavar="PLACE",
                       help="where the folder's source is published, e.g. 'Columbus, Nebraska': settles namesakes")
    batch.add_argument("--parquet", type=Path, metavar="FOLDER",
                       help="also write the case's events.parquet and places.parquet here")
    batch.add_argument("--processes", type=positive, default=1, metavar="N",
                       help="analyse in N worker processes on this machine (each loads its own models)")
    batch.add_argument("--dask", metavar="SCHEDULER",
                       help="analyse on a Dask cluster: its address (tcp://host:8786), or local[:N] for N local workers")
    batch.add_argument("--follow-symlinks", action="store_true",
                       help="also read files and folders that symbolic links in FOLDER point to (skipped otherwise)")
    args = parser.parse_args(argv)
    if args.command == "batch":
        return batch_command(args)
    if bool(args.files) == bool(args.jsonl):
        parser.error("give either FILE... or --jsonl PATH")
    if args.url and len(args.files) != 1:
        parser.error("--url is one page's address: give it with one FILE (JSON lines carry their own \"url\")")
    return analyze_command(args)


if __name__ == "__main__":
    sys.exit(main())
