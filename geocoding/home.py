"""The country a local news story is written in, read from its civic vocabulary rather than its place names."""
from __future__ import annotations

import re

# Institutions and conventions of American local news, one cue each (no two match the same words): several
# together mark a US local paper.
HOME_CUES = {
    "US": [re.compile(pattern) for pattern in (
        r"(?i)\bsheriff", r"\$\s?\d", r"(?i)\btownship\b", r"(?i)\bhigh school\b", r"\bmph\b",
        r"\bInterstate \d", r"(?i)\bvarsity\b", r"\b(?:Superior|Circuit|Municipal) Court\b", r"(?i)\bpolice chief\b",
        r"(?i)\bcity council\b", r"(?i)\bcouncilman\b", r"(?i)\bcounty\b", r"(?i)\bcommissioners\b",
        r"\bBoard of (?:Education|Supervisors)\b", r"\bstate (?:Sen|Rep)\.", r"\bGov\. [A-Z]", r"(?i)\bjunior college\b",
        r"\bZIP\b", r"\b\d+ [A-Z][a-z]+ (?:Ave|Blvd|St|Rd|Dr)\.", r"(?i)\bpolice department\b",
        r"(?i)\bfire department\b", r"(?i)\bschool district\b", r"\b[DR]-[A-Z][a-z]", r"(?i)\bdeputies\b",
        r"(?i)\bfelony\b", r"(?i)\bmisdemeanor\b", r"(?i)\bsuperintendent\b",
    )],
}
MIN_CUES = 2  # distinct cues; fewer is an international story that happens to quote a price


def home_country(text: str) -> str | None:
    """The country whose local institutions the text keeps naming, or None."""
    for country, cues in HOME_CUES.items():
        if sum(1 for cue in cues if cue.search(text)) >= MIN_CUES:
            return country
    return None
