"""Code stays language-neutral: what differs between languages lives in their packs (lang/<code>/), not in
comparisons with a language's code."""
from __future__ import annotations

import ast
from pathlib import Path

from lang import LANGUAGES

ROOT = Path(__file__).resolve().parents[2]
CODE = ("core", "lang", "geocoding", "extractors", "store", "service", "components", "app_pages")
MOST_COMPARISONS = 0  # issue 19 allowed two; none is left (the gazetteer's build reads its '&' word from the packs)


def compared_codes(node: ast.Compare) -> list[str]:
    """The language codes a comparison tests against (language == 'en', lang in ('en', 'fr'))."""
    found = []
    for side in (node.left, *node.comparators):
        items = side.elts if isinstance(side, (ast.Tuple, ast.List, ast.Set)) else [side]
        found += [item.value for item in items if isinstance(item, ast.Constant) and item.value in LANGUAGES]
    return found


def language_comparisons() -> list[str]:
    """Every comparison with a language's code in the project's code, as 'path:line'."""
    paths = [path for package in CODE for path in sorted((ROOT / package).rglob("*.py"))]
    return [f"{path.relative_to(ROOT)}:{node.lineno}" for path in paths
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
            if isinstance(node, ast.Compare) and compared_codes(node)]


def test_no_language_comparison_is_left_in_code() -> None:
    found = language_comparisons()
    assert len(found) <= MOST_COMPARISONS, f"compare with a pack's data instead: {found}"


def test_the_check_sees_a_comparison_with_a_language() -> None:
    compare = ast.parse('language == "fr" or code in ("en", "xx")').body[0].value.values
    assert [compared_codes(node) for node in compare] == [["fr"], ["en"]]
