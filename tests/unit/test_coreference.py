"""A site described in one sentence is the site of that kind the article names, and only when it names one."""
from __future__ import annotations

from extractors.coreference import described_site, described_site_kinds
from core.model import Document, PlaceMention
from extractors.pipeline import analyze


def mention(text: str, name: str) -> PlaceMention:
    """A resolved mention of a name in a text."""
    start = text.index(name)
    return PlaceMention(start, start + len(name), name, name=name, lat=50.0, lon=120.0)


def test_descriptions_of_sites_are_told_from_names() -> None:
    assert described_site_kinds("qu’il rencontrait Kim dans un centre spatial russe pour des discussions") == ["space"]
    assert described_site_kinds("as he met Kim at a Russian space center") == ["space"]
    assert described_site_kinds("au cosmodrome de Vostochny") == [] and described_site_kinds("at the Plesetsk spaceport") == []


def test_the_one_named_site_of_the_kind_is_the_referent_two_are_not_guessed() -> None:
    sentence = "Ils se sont vus dans une base aérienne russe."
    one = f"{sentence} Le convoi a atterri à la base aérienne de Hmeimim, en Syrie."
    assert described_site(sentence, one, [mention(one, "Hmeimim"), mention(one, "Syrie")]).name == "Hmeimim"
    two = f"{one} Puis à la base aérienne de Khmeimim Nord."
    assert described_site(sentence, two, [mention(two, "Hmeimim"), mention(two, "Khmeimim Nord")]) is None


def test_an_event_at_a_described_site_is_placed_at_the_named_one_and_says_why() -> None:
    text = ("Putin said on Wednesday he would help North Korea build satellites as he met Kim Jong Un at a Russian "
            "space center. Later Putin showed Kim the launch pads of the Vostochny cosmodrome in the Amur region.")
    analysis = analyze(Document(text=text, language="en", published="2023-09-13"))
    first = analysis.events[0]
    assert first.place is not None and first.place.text == "Vostochny"
    assert "describes the site" in first.place.reason
    assert first.place.name == "Vostochny (Amur)", "the NER's 'Amur' (a person) before 'region' is the container"
    assert "Amur" not in {actor for event in analysis.events for actor in event.actors}


def test_a_description_is_read_with_the_words_of_the_article_s_language() -> None:
    sentence = "Kim a visité le centre spatial russe"  # French 'a' is a verb, not English 'a'
    assert described_site_kinds(sentence, "fr") == [] and described_site_kinds(sentence) == ["space"]
    assert described_site_kinds("Kim a visité un centre spatial russe", "fr") == ["space"]
    assert described_site_kinds("as he met Kim at a Russian space center", "en") == ["space"]
