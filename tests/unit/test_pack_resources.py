"""Each language pack is complete: it holds every file any pack holds, names the spaCy model that reads it (installed),
the letters its news uses and the marks of its clock, and the detector knows its language."""
from __future__ import annotations

import importlib.util
import re

import pytest

from extractors.language import DETECTABLE, detect_language
from extractors.nlp_models import MODELS
from lang import LANGUAGES, PACKS, resource

FILES = sorted({path.stem for code in LANGUAGES for path in (PACKS / code).glob("*.json")})
AMPM_GROUP = re.compile(r"\(\?P<ampm>([^()]*)\)")  # the time rules' marks after a 12-hour clock's hour
SENTENCES = {"fr": "Le président a parlé hier soir à la télévision nationale.",
             "en": "The president spoke last night on national television."}


def test_the_packs_hold_the_files_the_code_reads() -> None:
    assert {"clock", "events", "model", "places", "text", "time", "timepatterns"} <= set(FILES)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("name", FILES)
def test_each_pack_holds_every_file_any_pack_holds(language: str, name: str) -> None:
    assert (PACKS / language / f"{name}.json").is_file(), f"lang/{language}/{name}.json is missing"
    assert isinstance(resource(language, name), dict) and resource(language, name)


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_pack_names_an_installed_model(language: str) -> None:
    name = resource(language, "model")["spacy"]
    assert MODELS[language] == name
    assert importlib.util.find_spec(name) is not None, f"{name} is not installed: pip install -r requirements.txt"


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_pack_lists_the_letters_beyond_ascii_its_news_uses(language: str) -> None:
    letters = resource(language, "text")["letters"]
    assert letters and all(ord(letter) > 127 for letter in letters)


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_pack_gives_every_clock_mark_its_time_rules_take_a_half_day(language: str) -> None:
    clock = resource(language, "clock")
    assert set(clock["notes"]) == {"about", *(key for key in clock if key != "notes")}
    marks = {re.sub(r"\\b", "", mark).replace("\\.", ".")
             for rule in resource(language, "timepatterns")["rules"] for group in AMPM_GROUP.findall(rule["pattern"])
             for mark in group.split("|")}
    assert set(clock["meridiem"]) == marks, "every mark a rule takes, and only those"
    assert all(mark == mark.lower() and hours in (0, 12) for mark, hours in clock["meridiem"].items())


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_pack_s_language_is_detected(language: str) -> None:
    assert len(DETECTABLE) == len(set(DETECTABLE))
    assert detect_language(SENTENCES[language]) == language


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_pack_s_time_rules_write_the_plural_ending_the_normalisers_read(language: str) -> None:
    ending = re.compile(resource(language, "timepatterns")["fragments"]["plural"])
    assert ending.fullmatch("") and not ending.fullmatch("long"), "an optional ending, never a word"
