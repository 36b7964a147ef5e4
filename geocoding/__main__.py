"""Command line: build the offline gazetteer, resolve toponym spans given as JSON Lines."""
from __future__ import annotations

import argparse
import json
import sys
import zipfile
from dataclasses import asdict
from pathlib import Path

from geocoding.gazetteer import build, gazetteer_path
from geocoding.resolve import resolve_places


def resolve_lines(lines, out) -> int:
    """Resolve each line's toponyms; a bad line is reported on stderr and the rest go on."""
    failures = 0
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            spans = [(int(t["start"]), int(t["end"])) for t in record["toponyms"]]
            places = resolve_places(record["text"], spans, record.get("language", ""),
                                    published_in=str(record.get("published_in") or ""))
        except (ValueError, KeyError, TypeError) as error:
            print(f"line {number}: {type(error).__name__}: {error}", file=sys.stderr)
            failures += 1
            continue
        out.write(json.dumps({"id": record.get("id", str(number)), "places": [asdict(p) for p in places]},
                             ensure_ascii=False) + "\n")
    return failures


def main(argv: list[str] | None = None) -> int:
    """Entry point of `python -m geocoding`."""
    parser = argparse.ArgumentParser(prog="python -m geocoding", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    build_command = commands.add_parser("build", help="build the offline gazetteer from the data packages")
    build_command.add_argument("--force", action="store_true", help="rebuild even if it exists")
    build_command.add_argument("--geonames", action="append", default=[], metavar="DUMP",
                               help="also import a GeoNames dump (allCountries/cities500 .txt or .zip; path or URL)")
    build_command.add_argument("--alternate-names", action="append", default=[], metavar="DUMP",
                               help="also import a GeoNames alternateNames dump (path or URL)")
    resolve_command = commands.add_parser("resolve", help="resolve toponym spans")
    resolve_command.add_argument("--jsonl", required=True, help="JSON Lines file, or - for stdin")
    args = parser.parse_args(argv)
    if args.command == "build":
        path = gazetteer_path()
        if path.exists() and not (args.force or args.geonames or args.alternate_names):
            print(f"gazetteer already built: {path}")
            return 0
        missing = [d for d in [*args.geonames, *args.alternate_names]
                   if not d.startswith(("http://", "https://")) and not Path(d).is_file()]
        if missing:
            print(f"error: no such GeoNames dump: {', '.join(missing)}", file=sys.stderr)
            return 1
        try:
            built = build(path, args.geonames, args.alternate_names)
        except (OSError, ValueError, zipfile.BadZipFile) as error:
            print(f"error: could not import the GeoNames dump: {error}", file=sys.stderr)
            return 1
        print(f"gazetteer built: {built}")
        return 0
    if args.jsonl == "-":
        return 1 if resolve_lines(sys.stdin, sys.stdout) else 0
    with open(args.jsonl, encoding="utf-8") as lines:
        return 1 if resolve_lines(lines, sys.stdout) else 0


if __name__ == "__main__":
    sys.exit(main())
