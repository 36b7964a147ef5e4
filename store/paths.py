"""Moved to core.paths; this re-export lasts only until the files being edited elsewhere are updated."""
from core.paths import data_dir  # noqa: F401
