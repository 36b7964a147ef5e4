"""Each closed vocabulary of the data model (place and date precisions, statuses) is defined once, in core."""
from __future__ import annotations

import ast
from pathlib import Path

from components.event_frame import STATUS_NOTES
from components.evidence import STATUS_WORDS
from core.timevalues import interval_of
from core.vocabulary import DATE_PRECISIONS, PLACE_PRECISIONS, POINT_PRECISIONS, SHOWN_STATUSES, STATUSES

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("core", "lang", "geocoding", "extractors", "store", "service", "components", "app_pages", "bench")
VOCABULARIES = {"place precisions": set(PLACE_PRECISIONS), "date precisions": set(DATE_PRECISIONS),
                "statuses": set(STATUSES)}
# Constants that still spell a vocabulary out, in files their owners are moving to core.vocabulary; each goes from
# this list with its own definition.
NOT_YET_IMPORTED: set[str] = set()  # every vocabulary is imported from core.vocabulary


def words(node: ast.expr) -> set[str]:
    """The strings a literal collection (tuple, list, set, frozenset(...), a rank table's keys) holds; a table of
    labels or sizes keyed by a vocabulary's words ('planned': 'planned or scheduled') defines nothing of it."""
    if isinstance(node, ast.Call) and getattr(node.func, "id", "") in ("frozenset", "set", "tuple") and node.args:
        return words(node.args[0])
    if isinstance(node, ast.Dict):
        ranks = [getattr(value, "value", None) for value in node.values] == list(range(len(node.keys)))
        items = node.keys if ranks else []
    else:
        items = getattr(node, "elts", [])
    return {item.value for item in items if isinstance(item, ast.Constant) and isinstance(item.value, str)}


def spelt_out() -> set[str]:
    """Module constants outside core/vocabulary.py that list two or more words of a vocabulary, or say they do."""
    found = set()
    for path in (path for package in PACKAGES for path in sorted((ROOT / package).rglob("*.py"))):
        relative = path.relative_to(ROOT).as_posix()
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if relative == "core/vocabulary.py" or not isinstance(node, (ast.Assign, ast.AnnAssign)) or not node.value:
                continue
            names = [t.id for t in (node.targets if isinstance(node, ast.Assign) else [node.target])
                     if isinstance(t, ast.Name)]
            held = words(node.value)
            named = any("PRECISION" in name or "STATUS" in name for name in names) and held
            if named or any(len(held & vocabulary) >= 2 and held <= vocabulary | {""}
                            for vocabulary in VOCABULARIES.values()):
                found |= {f"{relative}:{name}" for name in names}
    return found


def test_no_module_spells_out_a_vocabulary_of_its_own() -> None:
    assert spelt_out() <= NOT_YET_IMPORTED


def test_the_check_sees_a_vocabulary_spelt_out() -> None:
    assert words(ast.parse('frozenset({"asserted", "planned"})').body[0].value) == {"asserted", "planned"}
    assert words(ast.parse('{"exact": 0, "region": 1}').body[0].value) == {"exact", "region"}
    assert words(ast.parse('{"planned": "planned or scheduled", "negated": "denied"}').body[0].value) == set()


def test_every_precision_a_time_value_gets_is_in_the_vocabulary_in_its_order() -> None:
    values = ["2023-09-13T10:30", "2023-09-13T10", "2023-09-13TMO", "2023-09-13", "2023-W37", "2023-09", "2023-SU",
              "2023-Q3", "2023-H1", "2023", "196X", "18XX"]
    starts = [interval_of(value)[0] for value in values]
    assert [interval_of(value)[2] for value in values] == list(DATE_PRECISIONS)
    assert all(starts) and POINT_PRECISIONS == set(DATE_PRECISIONS[:4])


def test_statuses_are_shown_surest_first_and_the_doubtful_hidden() -> None:
    assert STATUSES[0] == "asserted" and set(SHOWN_STATUSES) == set(STATUSES) - {"hypothetical", "negated"}


def test_every_status_has_its_words_in_the_evidence_and_the_hovers() -> None:
    assert set(STATUS_WORDS) == set(STATUSES)
    assert set(STATUS_NOTES) == set(STATUSES) - {"asserted"}, "a happening that took place needs no note"
