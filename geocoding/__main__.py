"""Command line: build the offline gazetteer, resolve toponym spans given as JSON Lines."""
from __future__ import annotations

import argparse
import sys
import zipfile
from dataclasses import asdict
from pathlib import Path
from typing import IO

from core.cli_io import emit, json_records, jsonl_input, say
from core.text import clean_text
from geocoding.gazetteer import build, gazetteer_path, gazetteer_problem
from geocoding.resolve import resolve_places


def spans_of(record: dict) -> list[tuple[int, int]]:
    """The toponym spans of a line, each a whole number range inside its text; ValueError names the first bad one."""
    text, toponyms = record["text"], record["toponyms"]
    if not isinstance(text, str):
        raise TypeError("'text' is not a string")
    if not isinstance(toponyms, list):
        raise TypeError("'toponyms' is not a list")
    spans = []
    for index, toponym in enumerate(toponyms):
        start, end = (toponym.get("start"), toponym.get("end")) if isinstance(toponym, dict) else (None, None)
        if not all(isinstance(v, int) and not isinstance(v, bool) for v in (start, end)):
            raise ValueError(f"toponym {index}: 'start' and 'end' must be whole numbers")
        if not 0 <= start < end <= len(text):
            raise ValueError(f"toponym {index}: span {start}-{end} is not inside the text (0-{len(text)}, start "
                             "before end)")
        spans.append((start, end))
    return spans


def resolve_lines(lines: IO, out: IO[str]) -> int:
    """Resolve each line's toponyms as the lines arrive, one flushed line out per line in; a bad line is named on
    stderr and the rest go on. Returns how many lines were refused."""
    failures = 0

    def refuse(number: int, problem: str) -> None:
        nonlocal failures
        failures += 1
        say("error", f"line {number}: skipped ({problem})")

    for number, record in json_records(lines, refuse):
        try:
            spans = spans_of(record)
            places = resolve_places(record["text"], spans, str(record.get("language") or ""),
                                    published_in=str(record.get("published_in") or ""))
        except (KeyError, ValueError, TypeError) as error:
            refuse(number, f"{type(error).__name__}: {error}")
            continue
        except Exception as error:  # one line must never stop the others
            refuse(number, f"could not be resolved ({type(error).__name__}: {error})")
            continue
        emit({"id": clean_text(str(record.get("id", number))), "places": [asdict(p) for p in places]}, out)
    return failures


def build_command(args: argparse.Namespace) -> int:
    """Build the gazetteer, unless a sound one is there already; a damaged one is built again."""
    path = gazetteer_path()
    if not (args.force or args.geonames or args.alternate_names):
        problem = gazetteer_problem(path, thorough=True)
        if problem is None:
            print(f"gazetteer already built: {path}")
            return 0
        if path.exists():
            say("", f"the gazetteer {path} cannot be used: {problem}; building it again")
    missing = [d for d in [*args.geonames, *args.alternate_names]
               if not d.startswith(("http://", "https://")) and not Path(d).is_file()]
    if missing:
        say("error", f"no such GeoNames dump: {', '.join(missing)}")
        return 1
    try:
        built = build(path, args.geonames, args.alternate_names)
    except (OSError, ValueError, zipfile.BadZipFile) as error:
        say("error", f"could not import the GeoNames dump: {error}")
        return 1
    print(f"gazetteer built: {built}")
    return 0


def main(argv: list[str] | None = None) -> int:
    """Entry point of `python -m geocoding`."""
    parser = argparse.ArgumentParser(prog="python -m geocoding", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    build_parser = commands.add_parser("build", help="build the offline gazetteer from the data packages")
    build_parser.add_argument("--force", action="store_true", help="rebuild even if it exists")
    build_parser.add_argument("--geonames", action="append", default=[], metavar="DUMP",
                              help="also import a GeoNames dump (allCountries/cities500 .txt or .zip; path or URL)")
    build_parser.add_argument("--alternate-names", action="append", default=[], metavar="DUMP",
                              help="also import a GeoNames alternateNames dump (path or URL)")
    resolve_command = commands.add_parser("resolve", help="resolve toponym spans")
    resolve_command.add_argument("--jsonl", required=True, help="JSON Lines file, or - for stdin")
    args = parser.parse_args(argv)
    if args.command == "build":
        return build_command(args)
    with jsonl_input(args.jsonl) as lines:
        return 1 if lines is None or resolve_lines(lines, sys.stdout) else 0


if __name__ == "__main__":
    sys.exit(main())
