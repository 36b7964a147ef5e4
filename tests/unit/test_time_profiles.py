"""Output profiles: the reader chooses how decades, centuries and references are written, not the language."""
from __future__ import annotations

import datetime as dt

import pytest

from extractors.timeprofiles import DEFAULT_PROFILE, PROFILES, profile_named
from core.timevalues import interval_of
from extractors.timexes import tag_timexes

WEDNESDAY = dt.date(2023, 9, 13)
CASES = [
    ("en", "Prices rose in the 1990s.", "the 1990s"),
    ("fr", "Au début des années 90, tout a changé.", "début des années 90"),
    ("en", "It was a key event of the 20th century.", "the 20th century"),
    ("fr", "La maison date de la fin du XIXe siècle.", "la fin du XIXe siècle"),
    ("en", "Prices are now falling.", "now"),
    ("fr", "Le gouvernement actuel hésite.", "actuel"),
]


def typed_value(language: str, text: str, words: str, profile: str = DEFAULT_PROFILE) -> tuple[str, str]:
    return next((t.type, t.value) for t in tag_timexes(text, language, WEDNESDAY, profile) if t.text == words)


def test_the_app_writes_both_languages_alike() -> None:
    assert DEFAULT_PROFILE == "analyst"
    found = [typed_value(language, text, words) for language, text, words in CASES]
    assert found == [("DATE", "199X"), ("DATE", "199X"), ("DATE", "19XX"), ("DATE", "18XX"),
                     ("DATE", "PRESENT_REF"), ("DATE", "PRESENT_REF")]


@pytest.mark.parametrize("profile", ["timeml-timebank", "timeml-fr-timebank"])
def test_a_corpus_profile_applies_to_either_language(profile: str) -> None:
    fr_habits = profile == "timeml-fr-timebank"
    found = [typed_value(language, text, words, profile) for language, text, words in CASES]
    decade, century, reference = ("199X", "19XX", "TIME") if fr_habits else ("199", "19", "DATE")
    assert found[0] == found[1] == ("DATE", decade)
    assert found[2] == ("DATE", century) and found[3] == ("DATE", century.replace("19", "18", 1))
    assert found[4] == found[5] == (reference, "PRESENT_REF")


def test_every_profile_writes_values_that_cover_the_same_time() -> None:
    decades = {interval_of(f"199{profile.decade_suffix}") for profile in PROFILES.values()}
    centuries = {interval_of(f"18{profile.century_suffix}") for profile in PROFILES.values()}
    assert len(decades) == 1 and len(centuries) == 1


def test_an_unknown_profile_names_the_known_ones() -> None:
    with pytest.raises(ValueError, match="analyst"):
        profile_named("timeml-tempeval")
    with pytest.raises(ValueError):
        tag_timexes("now", "en", WEDNESDAY, "timeml-tempeval")
