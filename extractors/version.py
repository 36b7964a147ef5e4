"""The pipeline's version, apart from the pipeline so a cached case opens without loading spaCy."""
from __future__ import annotations

PIPELINE_VERSION = "0.4.0"  # bump when the analyses change: cached ones of another version are redone


def pipeline_version(online: bool) -> str:
    """The version an analysis is cached under: online answers make a different analysis."""
    return f"{PIPELINE_VERSION}+online" if online else PIPELINE_VERSION
