"""The table of normalisers: every rule a language pack defines has one, every normaliser serves a rule."""
from __future__ import annotations

import datetime as dt

import pytest

import lang
from extractors.timeanchor import Context
from extractors.timenormalise import RULES, never, normalise
from extractors.timepatterns import Match, rule_kinds
from extractors.timexes import tag_timexes

WEDNESDAY = dt.date(2023, 9, 13)


def context(language: str, anchor: dt.date | None = WEDNESDAY) -> Context:
    return Context(anchor, language, "", None)


@pytest.mark.parametrize("language", lang.LANGUAGES)
def test_every_rule_of_a_pack_has_a_normaliser(language: str) -> None:
    assert set(rule_kinds(language)) - set(RULES) == set()


def test_every_normaliser_has_a_rule_in_some_pack() -> None:
    defined = {kind for language in lang.LANGUAGES for kind in rule_kinds(language)}
    assert set(RULES) - defined == set()


def test_a_rule_without_a_normaliser_is_an_error_not_a_silent_miss() -> None:
    with pytest.raises(KeyError):
        normalise(Match(0, 4, "lunar_phase", {}), "full", context("en"))


def test_the_table_dispatches_by_rule_name() -> None:
    iso = Match(0, 10, "iso", {"year": "2023", "month": "02", "day": "28"})
    assert normalise(iso, "2023-02-28", context("en")) == ("DATE", "2023-02-28", "absolute")
    impossible = Match(0, 10, "iso", {"year": "2023", "month": "02", "day": "30"})
    assert normalise(impossible, "2023-02-30", context("en")) is None


@pytest.mark.parametrize(("language", "text", "value"), [("fr", "12/03/2023", "2023-03-12"),
                                                         ("en", "12/03/2023", "2023-12-03")])
def test_a_numeric_date_is_read_in_the_order_its_language_writes_it(language: str, text: str, value: str) -> None:
    assert [t.value for t in tag_timexes(text, language, WEDNESDAY)] == [value]


def test_rules_resolved_on_the_story_day_wait_for_the_others() -> None:
    story = {kind for kind, rule in RULES.items() if rule.on_story_day is not never}
    assert story == {"time", "clock_hours", "story_part", "anaphoric", "day_only", "relative_unit"}
    next_day = Match(0, 16, "relative_unit", {"article": "the ", "dir": "next", "unit": "day"})
    next_week = Match(0, 14, "relative_unit", {"dir": "next", "unit": "week"})
    assert RULES["relative_unit"].on_story_day(next_day, "en")
    assert not RULES["relative_unit"].on_story_day(next_week, "en")


def test_without_a_document_date_relative_rules_are_unknown_or_dropped() -> None:
    weekday = Match(0, 5, "weekday", {"weekday": "mardi"})
    assert normalise(weekday, "mardi", context("fr", None)) == ("DATE", "XXXX-WXX-2", "none")
    ago = Match(0, 16, "ago", {"number": "trois", "unit": "ans"})
    assert normalise(ago, "il y a trois ans", context("fr", None)) == ("DATE", "XXXX-XX-XX", "none")
    assert normalise(Match(0, 9, "anaphoric", {"unit": "year"}), "that year", context("en", None)) is None


def test_a_year_is_no_year_before_a_count_in_either_language() -> None:
    assert tag_timexes("Il y a eu 2000 morts.", "fr", WEDNESDAY) == []
    assert tag_timexes("There were 2000 people.", "en", WEDNESDAY) == []
    assert [t.value for t in tag_timexes("En 2000, il est parti.", "fr", WEDNESDAY)] == ["2000"]
