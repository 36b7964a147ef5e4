"""Moved to core.timelex; this re-export lasts only until extractors/event_mentions.py, being edited, is updated."""
from core.timelex import *  # noqa: F401,F403
