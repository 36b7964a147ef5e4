"""Decode a text file into the text its author wrote: UTF-8, -16 or -32 with or without a byte-order mark, else the
single-byte encoding whose reading is French or English with that language's own accented letters."""
from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

from extractors.language import detect_language
from lang import LANGUAGES, resource

BOMS = (  # UTF-32's marks first: UTF-32-LE's begins like UTF-16-LE's
    (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"), (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"),
)
SAMPLE_BYTES = 4096
WIDE_SHARE = 0.6  # of the code units whose high bytes are zero: Latin text in UTF-16/32 has nearly all
# The letters and signs beyond ASCII each language's news uses; a wrong code page turns them into others.
USUAL = {code: set(resource(code, "text")["letters"]) for code in LANGUAGES}
USUAL_ANY = set().union(*USUAL.values())
LEGACY = ("cp1252", "latin-1")  # what French and English files not in Unicode are nearly always in


class Undecodable(ValueError):
    """Bytes that are not text in any encoding we read; the message says why in plain words."""


def decode(data: bytes) -> str:
    """The text of a file's bytes, whatever Unicode form or Western code page it is in."""
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return strictly(data[len(bom):], encoding)
    wide = wide_encoding(data[:SAMPLE_BYTES])
    if wide:
        return strictly(data, wide)
    if b"\x00" in data:
        raise Undecodable("this is not a text file (it contains binary data).")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        text = legacy_text(data)
        if text is None:
            raise Undecodable(f"the text is not UTF-8 (undecodable byte at position {error.start}) and its encoding "
                              "could not be recognised; save it as UTF-8 and upload it again.") from None
        return text


def strictly(data: bytes, encoding: str) -> str:
    """Decode in a Unicode form, refusing bytes that are not valid in it or that decode to binary."""
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        raise Undecodable(f"this is not a text file (it is not valid {encoding.upper()}).") from None
    if "\x00" in text:
        raise Undecodable("this is not a text file (it contains binary data).")
    return text


def wide_encoding(sample: bytes) -> str | None:
    """UTF-32 or UTF-16 (and which byte order) when the zero bytes fall where Latin text in it puts them."""
    for width, encoding_le, encoding_be in ((4, "utf-32-le", "utf-32-be"), (2, "utf-16-le", "utf-16-be")):
        units = [sample[i:i + width] for i in range(0, len(sample) - len(sample) % width, width)]
        if not units:
            continue
        for encoding, high in ((encoding_le, slice(1, None)), (encoding_be, slice(None, -1))):
            latin = sum(unit[high] == bytes(width - 1) and unit != bytes(width) for unit in units)
            if latin >= WIDE_SHARE * len(units):
                return encoding
    return None


def legacy_text(data: bytes) -> str | None:
    """The reading, among charset-normalizer's candidates and Windows-1252/Latin-1, with the most letters usual in
    its language ('Genève', not 'Genčve' nor 'GenÞve'), charset-normalizer's order breaking ties. The language is
    read from the ASCII words every reading shares, else from each reading itself; when neither tells French or
    English, the letters usual in either count."""
    guesses = [str(match) for match in from_bytes(data)]
    legacy = legacy_readings(data)
    readings = list(dict.fromkeys([*guesses, *legacy]))
    shared = ascii_language(data)
    scored = [(usual_share(text, USUAL.get(shared if shared in USUAL else detect_language(text) or "", USUAL_ANY)),
               text in legacy, -rank, text) for rank, text in enumerate(readings)]  # a language too short to tell:
    # either's letters; on a tie the code pages such files are nearly always in ('“over”', not 'ôoverö' of cp850)
    return max(scored)[3] if scored else None


def ascii_language(data: bytes) -> str | None:
    """The language of what every reading shares, the ASCII words: what an encoding changes cannot sway it."""
    return detect_language(re.sub(rb"[\x80-\xff]+", b" ", data).decode("ascii"))


def legacy_readings(data: bytes) -> list[str]:
    """The bytes read in each Western code page they are valid in."""
    readings = []
    for encoding in LEGACY:
        try:
            readings.append(data.decode(encoding))
        except UnicodeDecodeError:
            continue
    return readings


def usual_share(text: str, usual: set[str]) -> float:
    """How many of the text's non-ASCII characters are usual in its language."""
    beyond_ascii = [ch for ch in text if ord(ch) > 127]
    return sum(ch in usual for ch in beyond_ascii) / len(beyond_ascii) if beyond_ascii else 1.0
