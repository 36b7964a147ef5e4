"""Command line: analyse files or JSON Lines and print one JSON line per document."""
from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

from tqdm import tqdm

from extractors.batch import run_batch
from extractors.ingest import IngestError, document_from_bytes, make_document
from extractors.model import Document
from extractors.pipeline import analyze_many
from geocoding.online import OnlineGeocoder


def iso_date(value: str) -> str:
    """Accept only real YYYY-MM-DD dates on the command line."""
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{value}' is not a date in the form YYYY-MM-DD") from None


def positive(value: str) -> int:
    """Accept only a whole number of at least 1."""
    if not value.isdigit() or int(value) < 1:
        raise argparse.ArgumentTypeError(f"'{value}' is not a whole number of at least 1")
    return int(value)


def documents_from_files(
    paths: list[str], published: str | None, language: str, errors: list[str], published_in: str = ""
) -> Iterator[Document]:
    """Read each file, reporting the unreadable ones without stopping."""
    for path in paths:
        try:
            data = Path(path).read_bytes()
            document = document_from_bytes(path, data, published)
        except (IngestError, OSError) as error:
            errors.append(str(error) if isinstance(error, IngestError) else f"{path}: {error.strerror}")
            continue
        document.language = "" if language == "auto" else language
        document.published_in = published_in
        yield document


def documents_from_jsonl(stream: TextIO, language: str, errors: list[str]) -> Iterator[Document]:
    """Read {"id", "text", "published"?, "language"?, "published_in"?} lines, reporting bad ones by line number."""
    for number, line in enumerate(stream, start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            text = row["text"]
            if not isinstance(text, str) or not text.strip():
                raise ValueError("'text' is empty or not a string")
            published = iso_date(row["published"]) if row.get("published") else None
        except (json.JSONDecodeError, KeyError, ValueError, TypeError, argparse.ArgumentTypeError) as error:
            errors.append(f"line {number}: skipped ({error})")
            continue
        document = make_document(text, str(row.get("id", f"line {number}")), published, "given")
        document.id = str(row.get("id") or document.id)
        document.language = row.get("language") or ("" if language == "auto" else language)
        document.published_in = str(row.get("published_in") or "")
        yield document


def batch_command(args: argparse.Namespace) -> int:
    """Run `batch` with a progress bar on stderr, then say what was done and where each worker peaked."""
    if not args.folder.is_dir():
        print(f"error: {args.folder} is not a folder", file=sys.stderr)
        return 1
    with tqdm(unit="doc", desc="analysing", file=sys.stderr, disable=None) as bar:

        def progress(done: int, total: int, name: str) -> None:
            bar.total = total
            bar.set_postfix_str(name[-40:], refresh=False)
            bar.update(done - bar.n)

        report = run_batch(args.folder, args.out, args.jsonl, "" if args.language == "auto" else args.language,
                           progress, args.processes, args.dask, args.parquet, args.published_in)
    for message in (*report.errors, *report.warnings):
        print(f"{'error' if message in report.errors else 'warning'}: {message}", file=sys.stderr)
    for worker, peak in sorted(report.worker_peak_mb.items()):
        print(f"worker {worker}: peak memory {peak:,.0f} MB", file=sys.stderr)
    for table in report.tables:
        print(f"wrote {table}", file=sys.stderr)
    print(f"{report.analysed} analysed, {report.skipped} already analysed, {len(report.errors)} unreadable; "
          f"open it with: NEWSMAP_CASE={args.out} streamlit run app.py", file=sys.stderr)
    return 1 if report.errors else 0


def main(argv: list[str] | None = None) -> int:
    """Parse the command line and run the analysis."""
    parser = argparse.ArgumentParser(prog="python -m extractors", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    analyze = commands.add_parser("analyze", help="analyse articles and print JSON lines")
    analyze.add_argument("files", nargs="*", help="text files (.txt, .md)")
    analyze.add_argument("--jsonl", metavar="PATH", help="read JSON lines from PATH ('-' for stdin)")
    analyze.add_argument("--published", type=iso_date, help="document date for the files, YYYY-MM-DD")
    analyze.add_argument("--language", choices=("auto", "fr", "en"), default="auto")
    analyze.add_argument("--published-in", default="", metavar="PLACE",
                         help="where the files' source is published, e.g. 'Columbus, Nebraska': settles namesakes")
    analyze.add_argument("--online", action="store_true",
                         help="ask OpenStreetMap Nominatim for places the offline gazetteer lacks (sends place names)")
    batch = commands.add_parser("batch", help="analyse a folder into a case the app opens (resumable)")
    batch.add_argument("folder", type=Path, help="folder of articles (.txt .md .html .pdf .docx)")
    batch.add_argument("--out", type=Path, required=True, help="the case file to write (SQLite)")
    batch.add_argument("--jsonl", type=Path, help="also append one JSON line per analysed document here")
    batch.add_argument("--language", choices=("auto", "fr", "en"), default="auto")
    batch.add_argument("--published-in", default="", metavar="PLACE",
                       help="where the folder's source is published, e.g. 'Columbus, Nebraska': settles namesakes")
    batch.add_argument("--parquet", type=Path, metavar="FOLDER",
                       help="also write the case's events.parquet and places.parquet here")
    batch.add_argument("--processes", type=positive, default=1, metavar="N",
                       help="analyse in N worker processes on this machine (each loads its own models)")
    batch.add_argument("--dask", metavar="SCHEDULER",
                       help="analyse on a Dask cluster: its address (tcp://host:8786), or local[:N] for N local workers")
    args = parser.parse_args(argv)
    if args.command == "batch":
        return batch_command(args)

    if bool(args.files) == bool(args.jsonl):
        parser.error("give either FILE... or --jsonl PATH")
    errors: list[str] = []
    if args.jsonl:
        stream = sys.stdin if args.jsonl == "-" else open(args.jsonl, encoding="utf-8")
        documents = list(documents_from_jsonl(stream, args.language, errors))
    else:
        documents = list(documents_from_files(args.files, args.published, args.language, errors, args.published_in))
    for error in errors:
        print(f"error: {error}", file=sys.stderr)
    for analysis in analyze_many(documents, online=OnlineGeocoder() if args.online else None):
        for warning in analysis.warnings:
            print(f"warning: {warning}", file=sys.stderr)
        print(json.dumps(analysis.to_json(), ensure_ascii=False))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
