"""A happening named inside another telling ('an investigation into the bombings', 'un suspect dans l'attentat') is
no evidence that it took place: its event keeps the spans that tell it, and an act framed by it keeps its frame."""
from __future__ import annotations

import pytest

from core.model import Document
from extractors.pipeline import analyze


def told_spans(text: str, language: str) -> dict[str, list[str]]:
    """Each event's type with the words of its mentions."""
    events = analyze(Document(text=text, published="2024-05-10", language=language)).events
    return {e.type: [text[m.start:m.end] for m in e.mentions] for e in events}


@pytest.mark.parametrize("text, language, named", [
    ("Bombs exploded on Friday at the embassy in Nairobi, killing 12 people. On Monday in Nairobi, the FBI opened "
     "an investigation into the bombings.", "en", "bombings"),
    ("Des bombes ont explosé vendredi devant l'ambassade à Nairobi, tuant 12 personnes. Lundi à Nairobi, le FBI a "
     "ouvert une enquête sur les attentats.", "fr", "attentats"),
])
def test_a_happening_named_in_another_telling_is_not_its_evidence(text: str, language: str, named: str) -> None:
    told = told_spans(text, language)
    assert named not in told["ASSAULT"] and len(told["ASSAULT"]) == 2 and "ACCUSE" in told


@pytest.mark.parametrize("text, language", [
    ("A car bomb exploded in Mombasa on Friday. Two suspects in the bombing were arrested on Sunday in Mombasa.",
     "en"),
    ("Une voiture piégée a explosé vendredi à Mombasa. Deux suspects de l'attentat ont été arrêtés dimanche à "
     "Mombasa.", "fr"),
])
def test_what_a_suspect_is_suspected_of_is_named_in_passing(text: str, language: str) -> None:
    told = told_spans(text, language)
    assert not {"bombing", "attentat"} & set(told["ASSAULT"]) and "COERCE" in told


def test_an_act_done_in_a_rally_keeps_the_rally() -> None:
    told = told_spans("Thousands of people paid tribute to the dead in a rally in Havana on Saturday.", "en")
    assert "rally" in next(iter(told.values()))


def test_the_victims_of_a_bombing_are_its_own_words() -> None:
    told = told_spans("A bomb exploded in Kampala on Friday. The victims of the bombing were buried on Sunday.", "en")
    assert "bombing" in told["ASSAULT"]
