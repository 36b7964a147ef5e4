"""The pipeline's version: a fingerprint of what shapes an analysis, so an upgrade redoes cached analyses.

Computed once per process from files' bytes and package metadata: a cached case opens without loading spaCy.
"""
from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator, Mapping
from importlib import metadata
from pathlib import Path

from extractors.nlp_models import MODELS
from geocoding.gazetteer import GAZETTEER_VERSION

ROOT = Path(__file__).resolve().parent.parent
SOURCE_FOLDERS = ("core", "extractors", "geocoding")  # their Python files read the text and place its names
DATA_FOLDERS = ("lang", "geocoding/data")  # the language packs and the geocoder's word lists: every file in them
# The command lines, the data folder's place and the parallel runners; the dump reader's additions are covered by
# the gazetteer's build version.
NOT_SHAPING = frozenset({"core/cli_io.py", "core/paths.py", "extractors/__main__.py", "extractors/parallel.py",
                         "geocoding/__main__.py", "geocoding/geonames_dump.py"})


def shaping_files(root: Path) -> Iterator[Path]:
    """The source and data files whose content shapes an analysis, in a stable order."""
    found = [path for folder in SOURCE_FOLDERS for path in (root / folder).glob("*.py")]
    found += [path for folder in DATA_FOLDERS for path in (root / folder).rglob("*") if path.is_file()]
    for path in sorted(found, key=lambda p: p.relative_to(root).as_posix()):
        relative = path.relative_to(root)
        if relative.as_posix() not in NOT_SHAPING and "__pycache__" not in relative.parts \
                and not relative.name.startswith("."):
            yield path


def package_version(name: str) -> str:
    """An installed package's version ('missing' when it is not installed), read without importing it."""
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        meta = Path(name) / "meta.json"  # a model given as a folder
        return json.loads(meta.read_text(encoding="utf-8")).get("version", "") if meta.is_file() else "missing"


def fingerprint(root: Path, models: Mapping[str, str], gazetteer_version: str) -> str:
    """A short hash of the shaping files, the spaCy models and versions, and the gazetteer's build."""
    digest = hashlib.sha256()
    for path in shaping_files(root):
        digest.update(path.relative_to(root).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    components = {"models": {language: [name, package_version(name)] for language, name in sorted(models.items())},
                  "spacy": package_version("spacy"), "gazetteer": gazetteer_version}
    digest.update(json.dumps(components, sort_keys=True).encode())
    return digest.hexdigest()[:12]


PIPELINE_VERSION = fingerprint(ROOT, MODELS, GAZETTEER_VERSION)


def pipeline_version(online: bool) -> str:
    """The version an analysis is cached under: online answers make a different analysis."""
    return f"{PIPELINE_VERSION}+online" if online else PIPELINE_VERSION
