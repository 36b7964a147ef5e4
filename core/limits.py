"""How much one input may hold: the limits the app, the command line and a case file's import share."""
from __future__ import annotations

import os

DEFAULT_MAX_MB = 5.0
MAX_MB_VARIABLE = "NEWSMAP_MAX_FILE_MB"  # the size limit, for the app and the command line alike
DEFAULT_MAX_CHARS = 2_000_000  # a long report, not a book: a compressed file may hold far more than its size says
MAX_CHARS_VARIABLE = "NEWSMAP_MAX_CHARS"


def max_chars() -> int:
    """The most characters of text taken from one input: $NEWSMAP_MAX_CHARS, 2,000,000 unless set."""
    try:
        return max(1, int(os.environ.get(MAX_CHARS_VARIABLE, DEFAULT_MAX_CHARS)))
    except ValueError:
        return DEFAULT_MAX_CHARS


def max_file_bytes() -> int:
    """The largest file accepted: $NEWSMAP_MAX_FILE_MB megabytes, 5 unless set."""
    try:
        megabytes = float(os.environ.get(MAX_MB_VARIABLE, DEFAULT_MAX_MB))
    except ValueError:
        megabytes = DEFAULT_MAX_MB
    return int(megabytes * 1024 * 1024)
