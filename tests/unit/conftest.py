"""Fixtures the unit tests share."""
from __future__ import annotations

import pytest
from fake_pipeline import fake_analyze_many

from geocoding.gazetteer import Gazetteer, default_gazetteer


@pytest.fixture
def fake_pipeline(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every caller (batch, analyze, the app's service) analyses with a fast stand-in for the spaCy pipeline."""
    monkeypatch.setattr("extractors.parallel.analyze_many", fake_analyze_many)


@pytest.fixture(scope="session")
def gazetteer() -> Gazetteer:
    """The offline gazetteer the place tests read, opened once."""
    return default_gazetteer()
