"""Each language pack names the spaCy model that reads it, and that model is installed."""
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
