"""Event types: what kind of happening a mention tells, from its words and the words it governs, in French and
English."""
from __future__ import annotations

import pytest

from core.model import Document
from extractors.event_lexicon import event_lexicon
from extractors.event_types import governed_type
from extractors.nlp_models import load_nlp
from extractors.pipeline import analyze


def types_of(text: str, language: str, published: str = "2023-09-18") -> list[str]:
    """The types of the events the pipeline finds in a text."""
    return [e.type for e in analyze(Document(text=text, published=published, language=language)).events]


def verb_type(text: str, verb: str, language: str) -> str | None:
    """The type one verb of a sentence takes from the noun it governs or qualifies."""
    doc = load_nlp(language)(text)
    token = next(t for t in doc if t.text == verb)
    return governed_type(token, event_lexicon(language))


@pytest.mark.parametrize("text, verb, language, expected", [
    ("Rebels staged a coup in Bamako on Monday.", "staged", "en", "ASSAULT"),
    ("A summit set for Geneva in May drew many leaders.", "set", "en", "CONSULT"),
    ("Le train a essuyé des coups de feu dimanche.", "essuyé", "fr", "ASSAULT"),
    ("Un sommet prévu à Genève en mai réunira les dirigeants.", "prévu", "fr", "CONSULT"),
    ("The minister arrived in Kyiv for talks on Monday.", "arrived", "en", "CONSULT"),
    ("Le ministre est arrivé à Kiev pour des négociations lundi.", "arrivé", "fr", "CONSULT"),
    ("The suspect was brought to Paris for trial on Monday.", "brought", "en", "COERCE"),
    ("The minister left Paris on Monday.", "left", "en", None),
    ("Le ministre a quitté Paris lundi.", "quitté", "fr", None),
])
def test_an_uncoded_verb_takes_the_type_of_the_happening_it_governs(text, verb, language, expected) -> None:
    assert verb_type(text, verb, language) == expected


@pytest.mark.parametrize("text, language", [
    ("Rebels staged a coup in Bamako on Monday.", "en"),
    ("Les rebelles ont mené un coup d'État à Bamako lundi.", "fr"),
])
def test_a_light_verb_and_its_noun_tell_one_happening_of_the_noun_s_type(text: str, language: str) -> None:
    assert types_of(text, language) == ["ASSAULT"]


@pytest.mark.parametrize("text, language, expected", [
    ("The minister arrived in Dakar on Monday.", "en", "OTHER"),
    ("Le ministre est arrivé à Dakar lundi.", "fr", "OTHER"),
    ("The minister met the president in Dakar on Monday.", "en", "CONSULT"),
    ("Le ministre a rencontré le président à Dakar lundi.", "fr", "CONSULT"),
])
def test_a_trip_is_no_consultation_but_a_meeting_is(text: str, language: str, expected: str) -> None:
    assert types_of(text, language) == [expected]


@pytest.mark.parametrize("text, language, warning, expected", [
    ("Iran warned on Monday that it would strike the base.", "en", "warned", "THREATEN"),
    ("L'Iran a averti lundi qu'il frapperait la base.", "fr", "averti", "THREATEN"),
    ("Officials warned on Monday that rains would cause landslides.", "en", "warned", "STATEMENT"),
    ("Les autorités ont averti lundi que les pluies provoqueraient des glissements de terrain.", "fr", "averti",
     "STATEMENT"),
])
def test_a_warning_is_a_threat_only_when_it_tells_an_act_of_force_of_its_speaker(text, language, warning,
                                                                                 expected) -> None:
    events = analyze(Document(text=text, published="2023-09-18", language=language)).events
    assert [e.type for e in events if e.trigger == warning] == [expected]


@pytest.mark.parametrize("text, language", [
    ("The army demolished two houses in Hebron on Sunday.", "en"),
    ("Bulldozers razed the market after the demolition of the homes in Hebron.", "en"),
    ("L'armée a démoli deux maisons à Hébron dimanche.", "fr"),
])
def test_demolishing_people_s_homes_is_coercion(text: str, language: str) -> None:
    """Punitive or administrative demolitions (CAMEO's 'destroy property', under coercion) are no mere happening."""
    assert "COERCE" in types_of(text, language)


@pytest.mark.parametrize("text, language, expected", [
    ("Police arrested the man in Lyon on Monday.", "en", "COERCE"),
    ("La police a arrêté l'homme à Lyon lundi.", "fr", "COERCE"),
    ("The man was convicted in Lyon on Monday.", "en", "ACCUSE"),
    ("L'homme a été jugé à Lyon lundi.", "fr", "ACCUSE"),
])
def test_an_arrest_is_coercion_and_a_trial_an_accusation(text: str, language: str, expected: str) -> None:
    assert types_of(text, language) == [expected]


@pytest.mark.parametrize("text, language, expected", [
    ("Cholera has killed 40 people in Borno since January.", "en", "HEALTH"),
    ("Le choléra a tué 40 personnes dans le Borno depuis janvier.", "fr", "HEALTH"),
    ("The government declared a state of emergency in Tigray on Friday.", "en", "COERCE"),
    ("Le gouvernement a décrété l'état d'urgence au Tigré vendredi.", "fr", "COERCE"),
    ("The United States pledged $500 million in aid to Ukraine on Tuesday.", "en", "AID"),
    ("Les États-Unis ont promis 500 millions de dollars d'aide à l'Ukraine mardi.", "fr", "AID"),
    ("Protesters looted shops in Lagos on Tuesday.", "en", "PROTEST"),
    ("Des émeutiers ont incendié un commissariat à Lagos mardi.", "fr", "PROTEST"),
    ("Thousands of protesters stormed the parliament in Colombo on Saturday.", "en", "PROTEST"),
    ("Des milliers de partisans ont envahi dimanche soir les rues de Dakar.", "fr", "PROTEST"),
    ("Hundreds of armed men attacked the village of Kuchi on Monday.", "en", "ASSAULT"),
    ("Russia launched one of its largest air attacks of the war overnight on Monday.", "en", "ASSAULT"),
    ("La Russie a lancé lundi l'une de ses plus importantes attaques aériennes.", "fr", "ASSAULT"),
    ("Des centaines d'hommes armés ont envahi le village de Kuchi lundi.", "fr", "ASSAULT"),
    ("An improvised explosive device exploded near a convoy in Afgoye on Friday.", "en", "ASSAULT"),
    ("Un engin explosif a explosé au passage d'un convoi à Afgoye vendredi.", "fr", "ASSAULT"),
    ("Une voiture piégée a explosé devant un hôtel de Mogadiscio vendredi.", "fr", "ASSAULT"),
    ("The offensive launched on Tuesday by the army against Masisi killed twenty people.", "en", "ASSAULT"),
    ("A gas pipe exploded in a market in Lagos on Monday.", "en", "ACCIDENT"),
    ("Russia held joint naval exercises with China in the Black Sea on Monday.", "en", "COOPERATE"),
    ("La Russie et la Chine ont mené des manœuvres navales conjointes en mer Noire lundi.", "fr", "COOPERATE"),
    ("The army held exercises near the border on Monday.", "en", "MOBILIZE"),
])
def test_a_trigger_s_type_is_what_the_words_it_governs_tell(text: str, language: str, expected: str) -> None:
    assert types_of(text, language)[0] == expected


@pytest.mark.parametrize("text, language, trigger, expected", [
    ("The United States said it would strike Iraq unless it gave inspectors access.", "en", "strike", "THREATEN"),
    ("L'Iran a affirmé qu'il frapperait les bases américaines.", "fr", "frapperait", "THREATEN"),
    ("Police said the gunmen attacked the village on Monday.", "en", "attacked", "ASSAULT"),
    ("La police a indiqué que les assaillants attaquaient le village.", "fr", "attaquaient", "ASSAULT"),
    ("Officials said they would deploy troops to the border on Monday.", "en", "deploy troops", "MOBILIZE"),
])
def test_a_force_its_speaker_says_it_would_use_is_a_threat(text: str, language: str, trigger: str,
                                                           expected: str) -> None:
    events = analyze(Document(text=text, published="2023-09-18", language=language)).events
    assert [e.type for e in events if e.trigger == trigger] == [expected]


@pytest.mark.parametrize("text, language, expected", [
    ("Zelensky a appelé les alliés occidentaux à livrer des systèmes de défense aérienne.", "fr", ["REQUEST"]),
    ("Zelensky called on Western allies to supply more air defence systems.", "en", ["REQUEST"]),
    ("Il a appelé son frère au téléphone.", "fr", []),
])
def test_asking_someone_to_act_is_one_request_and_the_act_asked_is_none(text: str, language: str,
                                                                       expected: list[str]) -> None:
    assert types_of(text, language) == expected


@pytest.mark.parametrize("text, language, expected", [
    ("Une campagne de vaccination a été lancée lundi au Malawi.", "fr", "HEALTH"),
    ("Police launched a wave of arrests in Dhaka on Monday.", "en", "COERCE"),
])
def test_a_light_verb_s_noun_of_no_kind_takes_the_kind_it_is_made_of(text: str, language: str, expected: str) -> None:
    """A vaccination campaign launched was a mobilisation of forces."""
    assert types_of(text, language, "2023-02-05") == [expected]


@pytest.mark.parametrize("text, language, expected", [
    ("Des milliers de partisans de M. Faye ont célébré sa victoire dans les rues de Dakar lundi soir.", "fr",
     "SUPPORT"),
    ("Thousands of people celebrated in the streets of Dakar on Monday night.", "en", "PROTEST"),
])
def test_a_crowd_celebrating_in_the_streets_is_a_rally(text: str, language: str, expected: str) -> None:
    """A winner's supporters celebrating are a rally for him; a crowd's is a demonstration."""
    assert types_of(text, language, "2024-03-28") == [expected]


@pytest.mark.parametrize("text, language, expected_type, expected_date", [
    ("Le commissaire sera entendu avant son investiture par le Parlement européen prévue le 15 septembre.", "fr",
     "ELECTION", "2023-09-15"),
    ("The summit scheduled for Friday in Cairo was postponed.", "en", "CONSULT", "2023-09-08"),
])
def test_a_participle_that_schedules_a_noun_s_happening_gives_it_its_date(text: str, language: str,
                                                                          expected_type: str, expected_date: str) -> None:
    events = analyze(Document(text=text, published="2023-09-04", language=language)).events
    scheduled = next(e for e in events if e.type == expected_type)
    assert scheduled.date is not None and scheduled.date.value == expected_date


@pytest.mark.parametrize("text, language, ruled_out", [
    ("Le Premier ministre a exclu toute participation de son pays à une attaque contre l'Irak.", "fr", "ASSAULT"),
    ("The minister ruled out any withdrawal of troops from Iraq.", "en", "RETREAT"),
])
def test_what_a_refusal_rules_out_is_a_rejection_and_did_not_happen(text: str, language: str, ruled_out: str) -> None:
    events = analyze(Document(text=text, published="2023-09-18", language=language)).events
    assert [e.type for e in events if e.status == "asserted"] == ["REJECT"]
    assert [e.status for e in events if e.type == ruled_out] == ["negated"]


@pytest.mark.parametrize("text, language", [
    ("Mount Lewotobi erupted on Monday in eastern Indonesia, killing at least nine people.", "en"),
])
def test_a_landform_that_erupts_is_a_disaster_and_its_toll_is_the_disaster_s(text: str, language: str) -> None:
    assert types_of(text, language) == ["DISASTER"]


def test_a_participle_with_its_auxiliary_tells_the_act_even_where_the_parser_made_it_an_adjective() -> None:
    events = analyze(Document(text="Des hommes armés ont tué douze personnes près du village de Katari (État de "
                                   "Kebbi, Nigeria) mardi.", published="2026-11-04", language="fr")).events
    assert [e.type for e in events] == ["ASSAULT"]
    assert events[0].place is not None and events[0].place.country_code == "NG"


@pytest.mark.parametrize("text, language, expected", [
    ("Les autorités colombiennes ont répondu qu'elles ne céderaient pas à la menace.", "fr", [("REJECT", "asserted")]),
    ("The government said it would not yield to the rebels' demands.", "en", [("REJECT", "asserted")]),
    ("Le gouvernement a cédé aux revendications des syndicats.", "fr", [("AGREE", "asserted")]),
    ("The minister did not sign the treaty on Monday.", "en", [("AGREE", "negated")]),
])
def test_refusing_to_yield_is_a_rejection_not_an_agreement_that_did_not_happen(text: str, language: str,
                                                                              expected: list) -> None:
    events = analyze(Document(text=text, published="2023-09-18", language=language)).events
    assert [(e.type, e.status) for e in events] == expected


@pytest.mark.parametrize("text, language", [
    ("The World Health Organization sent 200,000 doses of oral vaccine to Lusaka on Friday.", "en"),
    ("La France a envoyé vendredi des tonnes de vivres à Port-au-Prince.", "fr"),
])
def test_sending_a_measure_of_relief_goods_is_aid(text: str, language: str) -> None:
    assert types_of(text, language, "2026-11-15") == ["AID"]


@pytest.mark.parametrize("text, language, expected", [
    ("Des heurts ont éclaté mardi en fin d'après-midi entre la police et quelques centaines de manifestants à "
     "Paris.", "fr", "PROTEST"),
    ("Clashes erupted on Monday between the army and rebels near Goma.", "en", "ASSAULT"),
])
def test_clashes_with_a_crowd_are_a_riot_and_with_armed_men_a_fight(text: str, language: str, expected: str) -> None:
    assert types_of(text, language, "2026-12-02") == [expected]


@pytest.mark.parametrize("text, language", [
    ("A UN convoy carrying food reached Tawila, a town west of El Fasher, on Thursday.", "en"),
    ("Des camions chargés de vivres sont arrivés jeudi à Tawila.", "fr"),
])
def test_a_convoy_carrying_relief_goods_that_arrives_is_aid(text: str, language: str) -> None:
    assert types_of(text, language, "2026-11-27") == ["AID"]


def test_rescuers_searching_the_rubble_is_the_disaster_s_rescue_not_a_police_search() -> None:
    text = "Les secouristes fouillaient dimanche matin les décombres de plusieurs immeubles effondrés à Malatya."
    assert types_of(text, "fr", "2026-11-29") == ["DISASTER"]
