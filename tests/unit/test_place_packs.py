"""Each language pack's place words (lang/<code>/places.json): every pack holds every list the code reads, each a
working pattern, and the code that reads them spells out no word of a language itself."""
from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from core.placelex import entry
from lang import LANGUAGES, resource

ROOT = Path(__file__).resolve().parents[2]
READERS = ("core/placelex.py", "geocoding/features.py", "geocoding/mentions.py", "geocoding/home.py",
           "geocoding/spotter.py", "geocoding/names.py", "geocoding/gazetteer_forms.py", "geocoding/resolve.py",
           "geocoding/seats.py", "geocoding/gazetteer.py", "geocoding/descriptions.py",
           "extractors/entities.py", "extractors/coreference.py", "extractors/relative_place.py")
READING = {"either", "fragments", "kinds"}  # the loader's functions that take a list's name
BY_COUNTRY = {"local_news"}  # a language's local news names its own countries
PATTERN = re.compile(r"\\|\(\?[:=!<P]|\|")  # a string written as a regular expression (not SQL's '(?, ?)')
ALTERNATION = re.compile(r"(?<![^\W_])[a-zà-ÿ]{2,}\|[a-zà-ÿ]{2,}")  # 'ville|city'; names ('AP|AFP') are no words
NOT_WORDS = re.compile(r"\\[A-Za-z]|\[[^\]]*\]|\(\?P<\w+>")  # escapes, classes, group names: no words of a language


def places(language: str) -> dict[str, Any]:
    return {key: value for key, value in resource(language, "places").items() if key != "notes"}


def lists_read_by_code() -> set[str]:
    """The names of the lists the code asks the loader for ('feature_words.city' as 'feature_words')."""
    found = set()
    for path in READERS:
        for node in ast.walk(ast.parse((ROOT / path).read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") in READING and node.args:
                name = node.args[0].values[0] if isinstance(node.args[0], ast.JoinedStr) else node.args[0]
                if isinstance(name, ast.Constant):  # 'articles', or f"feature_words.{kind}"
                    found.add(name.value.split(".")[0])
            elif isinstance(node, ast.Subscript) and getattr(node.value, "id", "") == "pack" \
                    and isinstance(node.slice, ast.Constant):
                found.add(node.slice.value)  # pack["people_words"]
    return found


def shape(value: Any, key: str = "") -> Any:
    """A pack entry's keys, recursively, without its words."""
    if isinstance(value, dict) and key not in BY_COUNTRY:
        return {k: shape(v, k) for k, v in value.items()}
    return type(value).__name__


def strings(value: Any) -> Iterator[str]:
    """Every string a pack entry holds."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from strings(item)


def words(text: str) -> set[str]:
    """The words of a pattern, in lower case, without its escapes, classes and group names."""
    return {word.lower() for word in re.findall(r"[^\W\d_]{2,}", NOT_WORDS.sub(" ", text))}


def spelt_out(source: str, pack_words: set[str]) -> list[str]:
    """The patterns of a module that hold a pack's word or an alternation of words, as 'line: pattern'."""
    tree = ast.parse(source)
    docstrings = {id(node.body[0].value) for node in ast.walk(tree)
                  if isinstance(node, (ast.Module, ast.FunctionDef, ast.ClassDef)) and node.body
                  and isinstance(node.body[0], ast.Expr)}
    return [f"{node.lineno}: {node.value}" for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings
            and PATTERN.search(node.value) and (ALTERNATION.search(node.value) or words(node.value) & pack_words)]


def test_the_code_reads_place_lists() -> None:
    assert {"articles", "feature_words", "site_kinds", "town_prepositions", "seat_locatives", "seat_town_words",
            "ampersand", "state_forms"} <= lists_read_by_code()


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_pack_has_every_list_the_code_reads_in_one_shape(language: str) -> None:
    pack = places(language)
    assert lists_read_by_code() <= set(pack)
    assert shape(pack) == shape(places(LANGUAGES[0]))
    assert set(resource(language, "places")["notes"]) == {"about", *pack}, "each list says what it is for"


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_fragment_is_a_pattern(language: str) -> None:
    pack = places(language)
    for key in pack:
        if key in ("place_verbs", "people_words"):
            continue  # lemmas and settings, not patterns
        for fragment in strings(pack[key]):
            re.compile(fragment)


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_people_word_is_read_one_way(language: str) -> None:
    people = entry(places(language), "people_words")
    assert isinstance(people["after_name"], bool) and isinstance(people["capitalised"], bool)
    assert bool(people["suffixes"]) == bool(people["land_endings"]), "suffixes go with the endings put back"


def test_no_reader_spells_out_a_language_word() -> None:
    pack_words = {word for language in LANGUAGES for text in strings(places(language)) for word in words(text)}
    found = {path: spelt_out((ROOT / path).read_text(encoding="utf-8"), pack_words) for path in READERS}
    assert not {path: lines for path, lines in found.items() if lines}, "move them to lang/<code>/places.json"


def test_the_check_sees_a_word_list_in_a_pattern() -> None:
    assert spelt_out('X = re.compile(r"(?:ville|city)\\s+$")', set())
    assert spelt_out('X = re.compile(r"\\bcounties\\b")', {"counties"})
    assert not spelt_out('X = re.compile(r"(?P<word>[A-Z][a-z]+)\\s+$")', {"word"})
    assert not spelt_out('"""A docstring: the city|town of X."""', {"city"})
    assert not spelt_out('db.execute("INSERT INTO names VALUES (?, ?, 1)")', {"names"})
