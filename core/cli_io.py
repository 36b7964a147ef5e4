"""What the command lines read and echo: JSON lines one at a time, messages a terminal shows as written."""
from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import IO

# Control and format characters (escape sequences, line ends, bidi overrides) and lone UTF-16 halves: shown as
# escapes, so a file name or an input line cannot move the cursor, recolour the terminal or hide text.
UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff\ufeff]")


def printable(message: str) -> str:
    """The message with every character a terminal would act on written as an escape (\\x1b)."""
    return UNPRINTABLE.sub(escape, message)


def escape(match: re.Match[str]) -> str:
    """A character written as its code: \\x1b, \\u202e."""
    code = ord(match.group())
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


def say(kind: str, message: str) -> None:
    """Print an error, warning or note on stderr, made safe for the terminal."""
    print(printable(f"{kind}: {message}" if kind else message), file=sys.stderr, flush=True)


def emit(record: dict, out: IO[str]) -> None:
    """Write one JSON line and flush it, so a reader downstream gets each result as soon as it is ready."""
    out.write(json.dumps(record, ensure_ascii=False) + "\n")
    out.flush()


def json_records(stream: IO, on_bad: Callable[[int, str], None]) -> Iterator[tuple[int, dict]]:
    """Each line's number and JSON object, read as the lines arrive; a line that is not UTF-8, not JSON or not an
    object is reported with its number and skipped."""
    for number, line in enumerate(stream, start=1):
        try:
            text = line.decode("utf-8") if isinstance(line, bytes) else line
            if not text.strip():
                continue
            record = json.loads(text)
        except UnicodeDecodeError as error:
            on_bad(number, f"not UTF-8 (undecodable byte at position {error.start})")
            continue
        except (ValueError, RecursionError) as error:
            on_bad(number, f"not JSON ({error})")
            continue
        if not isinstance(record, dict):
            on_bad(number, f"not a JSON object but {type(record).__name__}")
            continue
        yield number, record


@contextmanager
def jsonl_input(path: str) -> Iterator[IO[bytes] | None]:
    """Standard input for '-', else the file opened for reading; None, after saying why, when it cannot be read."""
    if path == "-":
        yield getattr(sys.stdin, "buffer", sys.stdin)
        return
    try:
        stream = open(path, "rb")
    except OSError as error:
        say("error", f"{path}: could not read it ({error.strerror or error})")
        yield None
        return
    with stream:
        yield stream
