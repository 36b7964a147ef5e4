"""The language packs' time data (lang/<code>/time.json, timepatterns.json): complete, and every rule compiles."""
from __future__ import annotations

import re

import pytest

import lang
from extractors import timepatterns

# Tables a language may lack: its words for them are none, or the rule they serve is its own.
OPTIONAL = {"notes", "spoken_decades", "story_shifts"}
OPTIONAL_CONTEXTS = {"publication_before", "age_of_before", "quantity_of_before", "what_lasted_after"}


def time_words(language: str) -> dict:
    return lang.resource(language, "time")


def test_a_table_one_pack_has_every_pack_has_unless_optional() -> None:
    tables = {key for language in lang.LANGUAGES for key in time_words(language)}
    contexts = {key for language in lang.LANGUAGES for key in time_words(language)["context_patterns"]}
    for language in lang.LANGUAGES:
        assert tables - OPTIONAL <= set(time_words(language)), language
        assert contexts - OPTIONAL_CONTEXTS <= set(time_words(language)["context_patterns"]), language


@pytest.mark.parametrize("language", lang.LANGUAGES)
def test_context_patterns_compile_and_notes_name_real_tables(language: str) -> None:
    words = time_words(language)
    for name, pattern in words["context_patterns"].items():
        assert re.compile(pattern), name
    rules = lang.resource(language, "timepatterns")
    known = {*words, *words["context_patterns"], *rules["fragments"], *timepatterns.rule_kinds(language)}
    assert set(words["notes"]) | set(rules["notes"]) <= known


@pytest.mark.parametrize("language", lang.LANGUAGES)
def test_every_placeholder_of_a_rule_is_a_word_list_or_a_fragment(language: str) -> None:
    pack = lang.resource(language, "timepatterns")
    pieces = {*timepatterns.word_lists(language), *pack["fragments"]}
    for text in [rule["pattern"] for rule in pack["rules"]] + list(pack["fragments"].values()):
        assert set(timepatterns.PLACEHOLDER.findall(text)) <= pieces, text
    assert len(timepatterns.patterns(language)) == len(pack["rules"])


def test_an_unknown_placeholder_fails_loudly() -> None:
    with pytest.raises(KeyError):
        timepatterns.filled("(?P<month>{moons})", {"months": "may"})
    assert timepatterns.filled(r"\d{1,2} {unit}", {"unit": "{word}s", "word": "day"}) == r"\d{1,2} days"


# Words only one language's rules may hold: a rule that mixes languages makes a text of one read like the other.
OWN_WORDS = {
    "en": {"the", "of", "this", "past", "during", "early", "late", "mid", "since", "until", "till", "quarter",
           "fiscal", "for", "years", "months", "midday", "half", "and"},
    "fr": {"le", "la", "les", "de", "du", "des", "au", "en", "dans", "début", "fin", "trimestre", "heures", "vers",
           "pendant", "depuis", "semestre", "demie", "années", "et"},
}
GROUP_OR_PLACEHOLDER = re.compile(r"\(\?P<\w+>|\{\w+\}|\\[a-zA-Z]")


def literal_words(pattern: str) -> set[str]:
    return set(re.findall(r"[^\W\d_]+", GROUP_OR_PLACEHOLDER.sub(" ", pattern).lower()))


@pytest.mark.parametrize(("language", "other"), [("en", "fr"), ("fr", "en")])
def test_a_pack_s_rules_hold_no_word_of_the_other_language(language: str, other: str) -> None:
    pack = lang.resource(language, "timepatterns")
    for text in [rule["pattern"] for rule in pack["rules"]] + list(pack["fragments"].values()):
        assert literal_words(text) & OWN_WORDS[other] == set(), text
