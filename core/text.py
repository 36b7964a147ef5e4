"""Text any file, database and terminal can hold: what every reader of articles and command lines cleans."""
from __future__ import annotations

import re

# Not text: NUL and other control characters (tab and line ends aside), lone UTF-16 halves a font or a JSON escape
# may give ('\ud800', which no file, database or terminal can store), and Unicode's non-characters.
PLANE_ENDS = "".join(chr(plane + 0xFFFE) + chr(plane + 0xFFFF) for plane in range(0x10000, 0x110000, 0x10000))
NOT_TEXT = re.compile(f"[\x00-\x08\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff{PLANE_ENDS}]")
SURROGATE = re.compile("[\ud800-\udfff]")
LINE_END = re.compile("\r\n?|[\x0b\x85]")  # Windows' and old Macs' line ends, Word's vertical tab, EBCDIC's NEL


def clean_text(text: str) -> str:
    """Text any file, database and terminal can hold: split UTF-16 pairs joined, lone halves, NULs, control
    characters and non-characters dropped, line ends made \\n."""
    if SURROGATE.search(text):
        text = text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "ignore")
    return NOT_TEXT.sub("", LINE_END.sub("\n", text))
