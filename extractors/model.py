"""Moved to core.model; this re-export lasts only until the files being edited elsewhere are updated."""
from core.model import *  # noqa: F401,F403
from core.model import content_id, event_from_json, place_from_json  # noqa: F401
