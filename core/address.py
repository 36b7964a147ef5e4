"""A source's web address as the case keeps it: an http(s) address of bounded length, shown as a link, never fetched."""
from __future__ import annotations

import re
from urllib.parse import urlsplit

MAX_ADDRESS_CHARS = 2_000  # what browsers and servers reliably take; a longer 'address' is not one
SCHEMES = ("http", "https")
UNSAFE = re.compile(r"[\s\x00-\x1f\x7f\"'<>\\^`{|}]")  # characters an address writes percent-encoded, if at all


def address_problem(value: object) -> str | None:
    """Why a value is not a web address the case may keep and show as a link; None when it is one."""
    if not isinstance(value, str):
        return "it is not a string"
    if len(value) > MAX_ADDRESS_CHARS:
        return f"it is longer than {MAX_ADDRESS_CHARS:,} characters"
    if UNSAFE.search(value):
        return "it holds spaces, quotes, angle brackets or control characters"
    try:
        parts = urlsplit(value)
    except ValueError as error:
        return f"it cannot be read as an address ({error})"
    if parts.scheme.lower() not in SCHEMES or not parts.hostname:
        return "it is not an http:// or https:// address with a host"
    if parts.username is not None or parts.password is not None:
        return "it carries a user name or a password"
    return None


def web_address(value: object) -> str:
    """The value, trimmed, when it is a web address the case may keep; '' otherwise (a page's metadata may hold
    anything: a relative path, javascript:, a template's placeholder)."""
    trimmed = value.strip() if isinstance(value, str) else value
    return trimmed if trimmed and address_problem(trimmed) is None else ""
