"""Read a GeoNames dump (allCountries, cities500, ... and alternateNames) from a file or a URL the user gives."""
from __future__ import annotations

import io
import urllib.request
import zipfile
from collections.abc import Iterator
from pathlib import Path

from lang import LANGUAGES

FEATURE_CLASSES = {"P": "city", "H": "water", "T": "mountain", "S": "landmark", "L": "area", "V": "area", "R": "landmark",
                   "U": "water"}
ADMIN_REGION_CODES = {"ADM1", "ADM1H", "ADM2"}
COUNTRY_CODES = {"PCLI", "PCLD", "PCLF", "PCLS", "PCLIX", "TERR"}
NAME_LANGUAGES = {"", "abbr", *LANGUAGES}  # names a text in a pack's language uses (and no language given)
DOWNLOAD_TIMEOUT = 120


def read_source(source: str) -> bytes:
    """The bytes of a dump: a local path, or an http(s) URL (fetched only because the user named it)."""
    if source.startswith(("http://", "https://")):
        with urllib.request.urlopen(source, timeout=DOWNLOAD_TIMEOUT) as response:  # noqa: S310 (user's URL)
            return response.read()
    return Path(source).read_bytes()


def text_lines(source: str) -> Iterator[str]:
    """The lines of a dump, unzipping it when it is a .zip (GeoNames ships cities500.zip and the like)."""
    data = read_source(source)
    if data[:2] == b"PK":
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            member = next(n for n in archive.namelist() if n.endswith(".txt") and not n.startswith("readme"))
            data = archive.read(member)
    yield from io.TextIOWrapper(io.BytesIO(data), encoding="utf-8")


def feature_class(code_class: str, code: str) -> str:
    """Our feature class for a GeoNames class and code (P.PPL -> city, A.ADM1 -> region, H.STM -> water)."""
    if code in COUNTRY_CODES:
        return "country"
    if code in ADMIN_REGION_CODES:
        return "region"
    return FEATURE_CLASSES.get(code_class, "area")


def dump_places(source: str) -> Iterator[tuple[int, tuple, set[str]]]:
    """(geonameid, place row, names) for every usable line of a geoname table dump."""
    for line in text_lines(source):
        fields = line.rstrip("\n").split("\t")
        if len(fields) < 15 or not fields[0].isdigit():
            continue
        geonameid, name, ascii_name, alternates = int(fields[0]), fields[1], fields[2], fields[3]
        row = (name, float(fields[4]), float(fields[5]), fields[8], fields[10], feature_class(fields[6], fields[7]),
               int(fields[14] or 0), geonameid, "geonames-dump")
        names = {name, ascii_name} | {a for a in alternates.split(",") if a}
        yield geonameid, row, names


def alternate_names(source: str) -> Iterator[tuple[int, str]]:
    """(geonameid, name) pairs of an alternateNames dump, in the languages our texts use."""
    for line in text_lines(source):
        fields = line.rstrip("\n").split("\t")
        if len(fields) >= 4 and fields[1].isdigit() and fields[2] in NAME_LANGUAGES:
            yield int(fields[1]), fields[3]
