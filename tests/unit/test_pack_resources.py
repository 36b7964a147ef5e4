"""Each language pack names the spaCy model that reads it (installed) and the letters its news uses."""
from __future__ import annotations

import importlib.util

import pytest

from extractors.nlp_models import MODELS
from lang import LANGUAGES, resource


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_pack_names_an_installed_model(language: str) -> None:
    name = resource(language, "model")["spacy"]
    assert MODELS[language] == name
    assert importlib.util.find_spec(name) is not None, f"{name} is not installed: pip install -r requirements.txt"


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_pack_lists_the_letters_beyond_ascii_its_news_uses(language: str) -> None:
    letters = resource(language, "text")["letters"]
    assert letters and all(ord(letter) > 127 for letter in letters)
