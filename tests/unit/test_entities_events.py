"""Entities, sentences and events on real spaCy parses: aliases merged, evidence kept, dates inherited."""
from __future__ import annotations

import pytest

from extractors.entities import extract_entities, normalise_for_nlp
from core.model import Document
from extractors.nlp_models import load_nlp
from extractors.pipeline import analyze
from extractors.sentences import sentence_spans


def test_sentences_do_not_break_on_abbreviations_or_names() -> None:
    text = "M. Dupont a rencontré Kim Jong Un. U.S. officials met Dr. Lee.\n\nNew paragraph"
    sentences = [text[s:e] for s, e in sentence_spans(text)]
    assert sentences == ["M. Dupont a rencontré Kim Jong Un.", "U.S. officials met Dr. Lee.", "New paragraph"]


def test_normalising_keeps_offsets() -> None:
    text = "L’Ukraine « résiste » — “dit-il”"
    assert len(normalise_for_nlp(text)) == len(text)


def test_people_named_in_short_take_their_full_name() -> None:
    text = "Le président Vladimir Poutine a reçu Kim Jong Un. Poutine a salué Kim."
    entities, _ = extract_entities(load_nlp("fr")(normalise_for_nlp(text)))
    canonical = {e.text: e.canonical for e in entities if e.label == "PER"}
    assert canonical.get("Poutine") == "Vladimir Poutine"
    assert canonical.get("Kim") == "Kim Jong Un"


def test_toponym_spans_drop_the_feature_word() -> None:
    text = "Ils se sont rencontrés au cosmodrome de Vostochny, en Russie."
    _, toponyms = extract_entities(load_nlp("fr")(normalise_for_nlp(text)))
    assert "Vostochny" in [text[s:e] for s, e in toponyms]


@pytest.mark.parametrize("language, text, names", [
    ("en", "Ships sailed from Le Havre to the United States on Monday.", ["Le Havre", "United States"]),
    ("fr", "Les navires sont partis du Havre vers la Corée du Nord et la ville de Brest.",
     ["Havre", "Corée du Nord", "Brest"]),
])
def test_a_name_loses_only_its_own_language_s_article_and_feature_word(language: str, text: str,
                                                                       names: list[str]) -> None:
    _, toponyms = extract_entities(load_nlp(language)(normalise_for_nlp(text)))
    assert [text[s:e] for s, e in toponyms] == names


def test_each_event_keeps_its_sentence_place_and_date() -> None:
    text = ("Chancellor Olaf Scholz met President Emmanuel Macron in Berlin on Tuesday. "
            "The two leaders then visited the port of Hamburg together. "
            "Nothing else was said.")
    analysis = analyze(Document(text=text, published="2024-03-06", published_origin="given"))
    first, second = analysis.events[:2]
    assert first.type == "CONSULT"
    assert text[first.start:first.end] == first.text
    assert first.place is not None and first.place.country_code == "DE"
    assert first.date is not None and first.date.value == "2024-03-05" and first.date.origin == "explicit"
    assert "Olaf Scholz" in first.actors
    assert second.place is not None and second.place.name == "Hamburg"
    assert second.date is not None and second.date.origin == "narrative" and second.date.value == "2024-03-05"
    assert len(analysis.events) == 2, "a sentence with neither place nor time is no event"


def test_the_pipeline_infers_the_date_and_says_so_without_changing_the_document_given() -> None:
    text = "PARIS, 4 mars 2024 — Le président a reçu mardi son homologue à Paris."
    given = Document(text=text)
    analysis = analyze(given)
    assert analysis.document.language == "fr"
    assert analysis.document.published == "2024-03-04"
    assert analysis.document.published_origin == "inferred"
    assert (given.language, given.published, given.published_origin) == ("", None, "unknown")
    assert analysis.document.id == given.id and analysis.to_json()["published"] == "2024-03-04"


def test_a_document_without_a_date_gets_a_warning_not_a_guess() -> None:
    analysis = analyze(Document(text="Le président a reçu mardi son homologue à Paris."))
    assert analysis.document.published is None
    assert any("no publication date" in w for w in analysis.warnings)
    (event,) = analysis.events
    assert event.place is not None and event.date is None


def test_a_document_that_breaks_the_pipeline_leaves_the_others_analysed(monkeypatch) -> None:
    from extractors import pipeline

    real = pipeline.build_events

    def fragile(doc, document, *rest):
        if "Lyon" in document.text:
            raise ValueError("parser trouble")
        return real(doc, document, *rest)

    monkeypatch.setattr(pipeline, "build_events", fragile)
    documents = [Document(text=f"Le maire a visité {city} mardi.", published="2024-03-06", source=f"{city}.txt")
                 for city in ("Paris", "Lyon", "Marseille")]
    results = list(pipeline.analyze_many(documents))
    assert [bool(r.events) for r in results] == [True, False, True]
    assert any("Lyon.txt" in w and "parser trouble" in w for w in results[1].warnings)


def test_each_happening_takes_the_place_and_date_its_own_verb_governs() -> None:
    for text, language in (("Kim, parti de Pyongyang mardi, est arrivé à Vladivostok mercredi.", "fr"),
                           ("Kim, who left Pyongyang on Tuesday, arrived in Vladivostok on Wednesday.", "en")):
        events = analyze(Document(text=text, published="2023-09-14", language=language)).events
        told = {(e.place.name, e.date.value) for e in events if e.place and e.date}
        assert ("Vladivostok", "2023-09-13") in told and ("Pyongyang", "2023-09-13") not in told, language


def test_common_nouns_are_no_places_and_a_place_as_subject_is_an_actor() -> None:
    text = "Selon les médias d'État, le Kremlin a accusé mardi l'Ukraine d'avoir frappé Belgorod."
    analysis = analyze(Document(text=text, published="2024-03-06", language="fr"))
    assert "État" not in [p.text for p in analysis.places]
    event = next(e for e in analysis.events if e.type == "ACCUSE")  # the strike it accuses Ukraine of is another
    assert "Kremlin" in event.actors
    assert event.place is None or event.place.text != "Kremlin"


def test_a_possessive_is_not_part_of_a_place_name() -> None:
    text = "Boone County's sheriff said the road near Columbia, Missouri, reopened on Monday."
    analysis = analyze(Document(text=text, published="2009-03-02", language="en"))
    assert "Boone County" in [p.text for p in analysis.places]
    assert not [p for p in analysis.places if p.text.endswith("'s")]


def test_an_english_event_sits_where_the_sentence_says_not_at_the_country_helped() -> None:
    text = ("Russian President Vladimir Putin said on Wednesday he was ready to help North Korea build satellites, "
            "as he met Kim Jong Un in Vladivostok.")
    [event] = analyze(Document(text=text, language="en", published="2023-09-13")).events
    assert event.place is not None and event.place.name == "Vladivostok"
    assert event.actors[0] == "Vladimir Putin" and "Kim Jong Un" in event.actors + event.recipients


def test_an_actor_is_the_person_not_the_titles_and_country_before_the_name() -> None:
    text = "Russian Defense Minister Sergei Shoigu visited Pyongyang in July."
    [event] = analyze(Document(text=text, language="en", published="2023-09-13")).events
    assert event.actors == ["Sergei Shoigu"] and event.place.name == "Pyongyang"


def test_a_landmark_the_ner_calls_an_organisation_is_a_place_and_no_distant_namesake() -> None:
    text = "Putin met Kim Jong Un at the Vostochny cosmodrome in Russia's Far East on Wednesday."
    places = {p.text: p for p in analyze(Document(text=text, language="en", published="2023-09-13")).places}
    site = places["Vostochny"]
    assert (site.country_code, site.precision, site.feature_class) == ("RU", "country", "landmark")
    assert "namesakes" in site.reason


def test_a_place_the_ner_once_reads_into_a_person_name_stays_a_place() -> None:
    text = ("Rethinking Egypt-US relations. Egypt was instrumental in the coalition. The US gave assistance to Egypt. "
            "Egypt rebuilt its roads, and Egypt asked for more.")
    places = analyze(Document(text=text, language="en", published="2009-06-01")).places
    assert sum(p.name == "Egypt" for p in places) >= 4
    people = "Kim Jong Un arrived. Kim met Putin in Vladivostok."
    assert "Kim" not in {p.text for p in analyze(Document(text=people, language="en", published="2023-09-13")).places}


def test_a_single_word_the_ner_calls_a_person_more_often_than_a_place_is_still_the_place() -> None:
    text = ("An Alexandria man remains hospitalized after a crash near the realty office in Alexandria Friday night. "
            "Steven Sachs of Alexandria was driving a Mazda.")
    places = analyze(Document(text=text, language="en", published="2009-03-20")).places
    assert len([p for p in places if p.text == "Alexandria" and p.resolved]) == 3


def test_a_town_read_inside_an_organisation_name_is_that_town_when_it_stands_alone() -> None:
    text = ("Officers of the Huntsville Police Department were called to a fire on Sam Houston Avenue. "
            "Huntsville firefighters arrived within minutes, and Huntsville officials praised them.")
    analysis = analyze(Document(text=text, language="en", published="2009-03-10"))
    alone = [p for p in analysis.places if p.text == "Huntsville" and p.start > 40]
    assert alone and all(p.country_code == "US" for p in alone)


def test_a_clock_time_s_day_stays_in_its_sentence() -> None:
    from extractors.sentences import sentence_spans

    text = "He was kidnapped at 10 p.m. Wednesday. The ransom was due at 9 a.m. Police said nothing."
    assert [text[s:e] for s, e in sentence_spans(text)] == [
        "He was kidnapped at 10 p.m. Wednesday.", "The ransom was due at 9 a.m.", "Police said nothing."]


@pytest.mark.parametrize("text, count", [
    ("In Cape Town, police spokesman Capt. Rod Beer said the FBI arrested him. He fell ill.", 2),
    ("Le lieut. Dupont et Mme Martin ont été reçus par le gén. Durand. Ils sont repartis.", 2),
    ("The clinic in Birmingham, Ala., was bombed. A nurse was maimed.", 2),
])
def test_a_title_s_full_stop_ends_no_sentence(text: str, count: int) -> None:
    assert len(sentence_spans(text)) == count


def test_a_capital_s_dropped_accent_is_put_back_where_a_french_sentence_opens() -> None:
    text = "Le 3 mars. A Kiev, des explosions. A 20 h, deux rames. Il a A faire."
    assert normalise_for_nlp(text, "fr") == "Le 3 mars. À Kiev, des explosions. À 20 h, deux rames. Il a A faire."
    assert normalise_for_nlp("A Kiev, explosions.", "en") == "A Kiev, explosions."
    assert len(normalise_for_nlp(text, "fr")) == len(text)


def test_an_article_and_common_words_are_no_name_and_tell_their_happening() -> None:
    """The NER called 'Un séisme de magnitude' after a dateline a miscellaneous name: the quake was lost."""
    text = "ISTANBUL, 18 novembre - Un séisme de magnitude 6,2 a frappé lundi le sud-est de la Turquie."
    analysis = analyze(Document(text=text, published="2024-11-18", language="fr"))
    assert "Un séisme de magnitude" not in [e.text for e in analysis.entities]
    assert [e.type for e in analysis.events] == ["DISASTER"]


def test_an_acronym_names_the_organisation_whose_initials_it_spells() -> None:
    doc = load_nlp("en")("The Rapid Support Forces attacked the camp. The army struck RSF positions.")
    entities, _ = extract_entities(doc)
    assert {e.text: e.canonical for e in entities}.get("RSF") == "The Rapid Support Forces"


def test_a_day_told_after_the_only_day_a_story_names_keeps_its_year() -> None:
    """No publication date: the quake's Sunday is the anchor, and the visit told on Monday is the day after, not a
    Monday of last year or the week before."""
    text = ("Un séisme a frappé dimanche 30 novembre le centre de la Birmanie, près de Meiktila. "
            "Le chef de la junte s'est rendu lundi à Meiktila et a promis une aide aux sinistrés.")
    analysis = analyze(Document(id="d", text=text, language="fr"))
    assert analysis.document.published == "2025-11-30"
    visit = next(e for e in analysis.events if "rendu" in text[e.mentions[0].start:e.mentions[0].end])
    assert visit.date is not None and visit.date.start.startswith("2025-12-01")


@pytest.mark.parametrize("text, name", [
    ("The convoy left Port Sudan on Wednesday.", "Port Sudan"),
    ("Troops were sent to Port Harcourt.", "Port Harcourt"),
])
def test_a_feature_word_that_opens_a_known_name_is_part_of_it(text: str, name: str) -> None:
    places = analyze(Document(text=text, language="en", published="2026-11-27")).places
    assert name in [p.name for p in places]


@pytest.mark.parametrize("text, name, precision", [
    ("In the northern California town of Rio Nido, a mudslide destroyed 12 homes.", "California", "region"),
    ("An airstrike hit a school in the southern Gaza city of Rafah on Monday.", "Rafah", "exact"),
])
def test_a_name_before_a_town_word_and_of_is_the_town_s_region_not_the_town(text: str, name: str,
                                                                             precision: str) -> None:
    places = analyze(Document(text=text, language="en", published="2026-11-27")).places
    assert any(p.name.startswith(name[:4]) and p.precision == precision for p in places)
    assert not any(p.name == "California" and p.precision == "exact" for p in places)
