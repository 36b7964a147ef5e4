"""The resolver's weights: in one module, each with its why, and the orderings those whys state."""
from __future__ import annotations

import ast
from pathlib import Path

from core.model import Candidate
from geocoding import evidence, mentions, resolve, weights
from geocoding.mentions import prior

SOURCE = Path(weights.__file__).read_text(encoding="utf-8")


def weight_names() -> list[str]:
    return [target.id for node in ast.parse(SOURCE).body if isinstance(node, ast.Assign)
            for element in node.targets for target in (element.elts if isinstance(element, ast.Tuple) else [element])
            if isinstance(target, ast.Name) and target.id.isupper()]


def test_every_weight_has_its_why_just_above_it() -> None:
    lines = SOURCE.splitlines()
    for index, line in enumerate(lines):
        if line and line[0].isupper() and "=" in line:
            assert lines[index - 1].startswith("# "), line


def test_the_resolver_reads_the_weights_from_the_one_module() -> None:
    for name in weight_names():
        users = [module for module in (resolve, evidence, mentions) if hasattr(module, name)]
        assert users, name
        assert all(getattr(module, name) is getattr(weights, name) for module in users), name


def test_the_orderings_the_whys_state() -> None:
    assert weights.CONTAINER_BONUS > weights.PHYSICAL_WORD_BONUS >= 1.0 > weights.FEATURE_BONUS
    assert weights.FOCUS_BONUS + weights.FOCUS_WEIGHT < weights.PHYSICAL_WORD_BONUS
    assert weights.ONLINE_CONFIDENCE > weights.MIN_SCORE
    classes = weights.CLASS_PRIOR
    assert classes["country"] > classes["continent"] == classes["sea"] > classes["region"] > classes["county"]
    assert weights.ALTERNATE_NAME_DISCOUNT < weights.MAJOR_ALIAS_DISCOUNT < classes["country"]
    low, high = weights.ALIAS_FAME_DIGITS  # an alias's fame grows from a town's size to a big city's
    assert low < high < weights.SIZE_DIGITS


def test_the_least_score_is_the_prior_of_a_town_of_about_1400() -> None:
    def town(population: int) -> Candidate:
        return Candidate("X", 0.0, 0.0, feature_class="city", population=population)
    assert prior(town(1_300)) < weights.MIN_SCORE <= prior(town(1_500))
