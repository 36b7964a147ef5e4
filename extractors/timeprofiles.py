"""Output conventions as named profiles: corpora write some TIMEX3 values their own way, and the reader (the app,
or a benchmark scoring against one corpus) chooses whose, not the document's language."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Profile:
    """How one annotation habit writes the values where habits differ."""

    decade_suffix: str  # after a decade's three digits: '196X' or '196' (TimeBank's habit) for the 1960s
    century_suffix: str  # after a century's two digits: '18XX' or '18' (TimeBank's habit) for the 19th century
    reference_type: str  # the TIMEX3 type of PRESENT_REF, PAST_REF and FUTURE_REF: DATE, or TIME (French TimeBank)


PROFILES = {
    # The app's: unspecified digits written as X ('196X' cannot be read as the year 196), references typed DATE
    # as the TimeML guidelines do.
    "analyst": Profile(decade_suffix="X", century_suffix="XX", reference_type="DATE"),
    "timeml-timebank": Profile(decade_suffix="", century_suffix="", reference_type="DATE"),  # TimeBank, AQUAINT
    "timeml-fr-timebank": Profile(decade_suffix="X", century_suffix="XX", reference_type="TIME"),  # French TimeBank
}
DEFAULT_PROFILE = "analyst"


def profile_named(name: str) -> Profile:
    """A profile by its name; an unknown name is an error that lists the known ones."""
    if name not in PROFILES:
        raise ValueError(f"unknown time profile {name!r}; known: {', '.join(PROFILES)}")
    return PROFILES[name]
