"""The command line `python -m extractors` runs (analyze, batch): arguments in, the service's analyses out."""
from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterable
from pathlib import Path

from tqdm import tqdm

from core.cli_io import emit, jsonl_input, printable, say
from core.model import Document
from geocoding.online import OnlineGeocoder
from lang import LANGUAGES
from service.analysis import analyse_stream
from service.batch import run_batch
from service.cli_input import documents_from_files, documents_from_jsonl, iso_date, positive, web_address
from store.case_open import CaseError

DESCRIPTION = "Analyse articles and print one JSON line per document, or analyse a folder into a case."
LANGUAGE_CHOICES = ("auto", *LANGUAGES)  # auto: detected per document
PROGRAM = "python -m extractors"  # the documented command (README, ../shared/DESIGN.md); extractors/__main__.py


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
        analysed = print_analyses(documents, None, online, fail)
    else:
        with jsonl_input(args.jsonl) as stream:
            if stream is None:
                return 1
            chunk = 1 if args.jsonl == "-" else None  # a pipe's lines are answered one by one, as they come
            analysed = print_analyses(documents_from_jsonl(stream, args.language, fail), chunk, online, fail)
    if failures:
        say("", f"{analysed} analysed, {len(failures)} unreadable or failed" if analysed
            else f"nothing analysed: all {len(failures)} inputs were unreadable or failed")
    return 1 if failures else 0


def print_analyses(documents: Iterable[Document], chunk_size: int | None, online: OnlineGeocoder | None,
                   fail: Callable[[str], None]) -> int:
    """Print each analysis the service makes as one flushed JSON line, in order; a failed one is reported through
    `fail`. Returns how many were printed."""
    analysed = 0
    for analysis in analyse_stream(documents, online, chunk_size):
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


def parser() -> argparse.ArgumentParser:
    """The command line's two commands and their options."""
    main_parser = argparse.ArgumentParser(prog=PROGRAM, description=DESCRIPTION)
    commands = main_parser.add_subparsers(dest="command", required=True)
    analyze = commands.add_parser("analyze", help="analyse articles and print JSON lines")
    analyze.add_argument("files", nargs="*", help="article files (.txt .md .html .pdf .docx)")
    analyze.add_argument("--jsonl", metavar="PATH", help="read JSON lines from PATH ('-' for stdin)")
    analyze.add_argument("--published", type=iso_date, help="document date for the files, YYYY-MM-DD")
    analyze.add_argument("--language", choices=LANGUAGE_CHOICES, default="auto")
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
    batch.add_argument("--language", choices=LANGUAGE_CHOICES, default="auto")
    batch.add_argument("--published-in", default="", metavar="PLACE",
                       help="where the folder's source is published, e.g. 'Columbus, Nebraska': settles namesakes")
    batch.add_argument("--parquet", type=Path, metavar="FOLDER",
                       help="also write the case's events.parquet and places.parquet here")
    batch.add_argument("--processes", type=positive, default=1, metavar="N",
                       help="analyse in N worker processes on this machine (each loads its own models)")
    batch.add_argument("--dask", metavar="SCHEDULER",
                       help="analyse on a Dask cluster: its address (tcp://host:8786), or local[:N] for N local "
                            "workers")
    batch.add_argument("--follow-symlinks", action="store_true",
                       help="also read files and folders that symbolic links in FOLDER point to (skipped otherwise)")
    return main_parser


def main(argv: list[str] | None = None) -> int:
    """Parse the command line and run the command."""
    command_line = parser()
    args = command_line.parse_args(argv)
    if args.command == "batch":
        return batch_command(args)
    if bool(args.files) == bool(args.jsonl):
        command_line.error("give either FILE... or --jsonl PATH")
    if args.url and len(args.files) != 1:
        command_line.error("--url is one page's address: give it with one FILE (JSON lines carry their own \"url\")")
    return analyze_command(args)
