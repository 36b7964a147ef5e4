"""The states a story's telephone numbers ring in: a local paper prints its tip lines and box offices."""
from __future__ import annotations

import re
from collections.abc import Callable

# A North American number: optional 1, a three-digit area code (brackets optional), exchange and line.
NANP_NUMBER = re.compile(r"(?<![\d-])(?:\+?1[\s.-]?)?\(?([2-9]\d\d)\)?[\s.-]{0,2}[2-9]\d\d[\s.-]\d{4}(?!\d)")
# How every such number ends, exchange and line: a text without one has no number, and is not scanned further (the
# whole pattern is slow to try at every character of a long text).
NUMBER_END = re.compile(r"[2-9]\d\d[\s.-]\d{4}(?!\d)")


def phone_regions(text: str, area_code_region: Callable[[str], tuple[str, str] | None]) -> list[tuple[str, str]]:
    """The (country, state) of each distinct area code a text prints, where one state holds it; toll-free and
    unknown codes say nothing."""
    regions: list[tuple[str, str]] = []
    if not NUMBER_END.search(text):
        return regions
    for code in dict.fromkeys(match.group(1) for match in NANP_NUMBER.finditer(text)):
        region = area_code_region(code)
        if region is not None and region not in regions:
            regions.append(region)
    return regions
