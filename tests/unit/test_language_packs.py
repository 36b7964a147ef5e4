"""The language packs' event lexicons (lang/<code>/events.json): shape, consistency, and lemmas the models really produce."""
from __future__ import annotations

import re

import pytest

import lang
from extractors.nlp_models import load_nlp

TYPES = (
    "CONSULT", "AGREE", "COOPERATE", "AID", "SUPPORT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST",
    "SANCTION", "MOBILIZE", "COERCE", "ASSAULT", "RETREAT",
    "DISASTER", "ACCIDENT", "CRIME", "HEALTH", "ELECTION", "STATEMENT",
)
KEYS = ("triggers", "phrases", "consequences", "occurrence_verbs", "reporting_verbs", "state_verbs", "status",
        "furniture", "anaphors",
        "relative_location", "participles", "pronominal", "weapons", "event_noun_endings", "repetition", "armed_actors",
        "place_object_verbs", "armed_verbs", "occasion_frames", "stance_verbs",
        "survey_words", "light_verbs", "attempt_verbs", "perception_verbs",
        "target_prepositions", "purpose_prepositions", "warning_words", "joint_words", "imperfect_endings",
        "question_marks", "comment_marks", "idioms", "response_words", "information_nouns", "deadly_complements",
        "admission_verbs", "declining_verbs", "frame_prepositions", "person_crimes", "relief_goods", "where_words", "assembly_verbs", "sequence_marks", "ground_words", "location_verbs", "object_types", "support_rallies", "natural_deaths", "later_words",
        "since_words", "state_pronouns", "prepositions", "crowd_words", "counted_people", "asking_verbs", "causative_verbs", "be_perfect_verbs", "leaving_verbs", "conflict_nouns", "blast_words", "source_words",
        "approximate_numbers", "yielding_verbs", "rescue_workers", "state_bodies", "halting_verbs",
        "halting_nouns", "tie_words", "seeking_words",
        "rescued_words", "lifting_verbs", "after_words",
        "fulfilling_words")
# imperfect_endings, asking_verbs, be_perfect_verbs and state_pronouns may be empty: English makes its perfect with 'have'; English asks with 'call on' (a phrase); English tells the imperfect by its aspect, French il/elle are people
STATUS_KEYS = ("negation", "hypothetical", "planned", "denial_verbs", "prevention_verbs", "any_words")
OPTIONAL_STATUS_KEYS = ("reported_future",)  # French tells it by the conditional mood, not a word
POS_KEYS = ("verbs", "nouns")


def events(language: str) -> dict:
    return lang.resource(language, "events")


def word_lists(pack: dict):
    """Every list of words in a pack, with where it is (for messages)."""
    for event_type, lists in pack["triggers"].items():
        for pos in POS_KEYS:
            yield f"triggers.{event_type}.{pos}", lists[pos]
    for event_type, phrases in pack["phrases"].items():
        yield f"phrases.{event_type}", phrases
    for pos in POS_KEYS:
        yield f"consequences.{pos}", pack["consequences"][pos]
    yield "consequences.failing_verbs", pack["consequences"]["failing_verbs"]
    yield "state_bodies", pack["state_bodies"]
    for key in ("halting_verbs", "halting_nouns", "tie_words", "seeking_words", "rescued_words", "lifting_verbs",
                "after_words", "fulfilling_words"):
        yield key, pack[key]
    yield "occurrence_verbs", pack["occurrence_verbs"]
    yield "reporting_verbs", pack["reporting_verbs"]
    for key in STATUS_KEYS:
        yield f"status.{key}", pack["status"][key]
    yield "anaphors.determiners", pack["anaphors"]["determiners"]
    yield "anaphors.others", pack["anaphors"]["others"]
    yield "relative_location.near", pack["relative_location"]["near"]


@pytest.mark.parametrize("language", lang.LANGUAGES)
def test_every_key_and_type_is_present_and_filled(language):
    pack = events(language)
    assert set(pack) == set(KEYS)
    assert set(pack["triggers"]) == set(TYPES)
    assert set(pack["phrases"]) == set(TYPES)
    for event_type in TYPES:
        assert set(pack["triggers"][event_type]) == set(POS_KEYS), event_type
        assert pack["triggers"][event_type]["verbs"] or pack["triggers"][event_type]["nouns"], event_type
        assert pack["triggers"][event_type]["nouns"], event_type
    assert set(pack["consequences"]) == {*POS_KEYS, "violent", "structures", "failing_verbs"}
    assert set(pack["consequences"]["violent"]) <= set(pack["consequences"]["verbs"])
    assert set(pack["status"]) == {*STATUS_KEYS, *OPTIONAL_STATUS_KEYS}
    assert set(pack["anaphors"]) == {"determiners", "others"}
    assert set(pack["relative_location"]) == {"directions", "units", "near", "area_parts", "settlement_nouns"}
    parts = pack["relative_location"]["area_parts"]
    assert set(parts) == {"adjectives", "nouns"} and parts["nouns"], "'the south of', 'le sud de'"
    assert all(b is None or 0 <= b < 360 for side in parts.values() for b in side.values()), "a bearing or the centre"
    assert pack["weapons"] and all(" " not in w for w in pack["weapons"]), "single lemmas"
    assert set(pack["repetition"]) == {"adverbs", "nouns", "single", "quantifiers"} and all(pack["repetition"].values())
    assert set(pack["pronominal"]) == {"reflexives", "verbs", "none"}
    assert set(pack["pronominal"]["verbs"]) <= set(TYPES)
    listed = [v for verbs in pack["pronominal"]["verbs"].values() for v in verbs] + pack["pronominal"]["none"]
    assert all(v.split()[0] in pack["pronominal"]["reflexives"] or v[:2] in pack["pronominal"]["reflexives"]
               for v in listed), "a pronominal verb opens with one of the language's reflexive clitics"
    assert bool(listed) == bool(pack["pronominal"]["reflexives"])
    for where, words in word_lists(pack):
        if where.startswith("triggers.") and where.endswith(".verbs") and not words:
            continue
        assert words, f"{language}: {where} is empty"
    assert pack["furniture"]
    directions, units = pack["relative_location"]["directions"], pack["relative_location"]["units"]
    assert directions and units
    assert all(0 <= bearing < 360 for bearing in directions.values())
    assert all(factor > 0 for factor in units.values())


@pytest.mark.parametrize("language", lang.LANGUAGES)
def test_lists_are_sorted_unique_lower_case_strings(language):
    for where, words in word_lists(events(language)):
        assert all(isinstance(word, str) and word == word.strip() and word for word in words), where
        assert words == sorted(set(words)), f"{language}: {where} is not sorted and de-duplicated"
        assert all(word == word.lower() for word in words), f"{language}: {where} has upper case"


@pytest.mark.parametrize("language", lang.LANGUAGES)
def test_no_lemma_in_two_types_for_one_part_of_speech(language):
    pack = events(language)
    for pos in POS_KEYS:
        owner: dict[str, str] = {}
        for event_type in TYPES:
            for word in pack["triggers"][event_type][pos]:
                assert word not in owner, f"{language} {pos}: '{word}' in {owner[word]} and {event_type}"
                owner[word] = event_type
        for word in pack["consequences"][pos]:  # a consequence falls back to ASSAULT: never listed as a trigger too
            assert word not in owner, f"{language} {pos}: consequence '{word}' is also a {owner[word]} trigger"
    owner = {}
    for event_type in TYPES:
        for phrase in pack["phrases"][event_type]:
            assert phrase not in owner, f"{language}: phrase '{phrase}' in {owner[phrase]} and {event_type}"
            owner[phrase] = event_type
    for word in pack["status"]["denial_verbs"]:
        assert all(word not in pack["triggers"][t]["verbs"] for t in TYPES), f"{language}: denial verb '{word}' is a trigger"


def test_both_packs_have_the_same_keys():
    def shape(pack):
        return {
            key: sorted(value) if isinstance(value, dict) and key not in ("relative_location", "participles") else None
            for key, value in pack.items()
        } | {"relative_location": sorted(pack["relative_location"])}
    shapes = [shape(events(language)) for language in lang.LANGUAGES]
    assert all(other == shapes[0] for other in shapes[1:])


FURNITURE = {
    "en": {
        "lines": ["By John Smith", "By Jane Doe and Ali Hassan, Reuters", "Published 3 hours ago", "Updated: March 4, 2024",
                  "Photo: AFP", "Image credit: Getty", "Read more: Floods in Spain", "Advertisement", "Share this article",
                  "© 2024 The Times", "Copyright 2023 Associated Press", "Follow us on Twitter", "5 min read",
                  "Reporting by Tom Brown; Editing by Ann Lee", "Related Articles"],
        "news": ["An earthquake struck the region on Sunday, killing at least 12 people.",
                 "By the end of the day, troops had withdrawn from the town.",
                 "Police said the suspect was arrested near the border.",
                 "Share prices fell sharply after the announcement.",
                 "Updated figures showed that 40 people had died in the floods.",
                 "Photographs showed collapsed buildings in the old town."],
    },
    "fr": {
        "lines": ["Par Jean Dupont", "Par Marie Martin et Paul Durand, AFP", "Publié le 12 mars 2024 à 10h00",
                  "Mis à jour le 13 mars 2024", "Photo : AFP", "Crédits : Reuters", "Lire aussi : Le séisme au Maroc",
                  "À lire aussi", "Publicité", "Partager", "© Le Monde", "Suivez-nous sur Facebook", "3 min de lecture"],
        "news": ["Deux personnes ont été tuées dans l'attentat, selon la police.",
                 "Par ailleurs, les secours ont évacué trois cents habitants.",
                 "Le gouvernement a publié dimanche un décret sur le couvre-feu.",
                 "Un séisme de magnitude 6,1 a frappé le sud du pays dimanche.",
                 "Publié dimanche, le rapport fait état de trente morts.",
                 "Partageant la même frontière, les deux pays ont signé un accord."],
    },
}


@pytest.mark.parametrize("language", lang.LANGUAGES)
def test_furniture_patterns_compile_and_tell_furniture_from_news(language):
    patterns = [re.compile(pattern, re.IGNORECASE) for pattern in events(language)["furniture"]]
    for line in FURNITURE[language]["lines"]:
        assert any(p.search(line.strip()) for p in patterns), f"{language}: furniture line not matched: {line!r}"
    for line in FURNITURE[language]["news"]:
        hits = [p.pattern for p in patterns if p.search(line.strip())]
        assert not hits, f"{language}: news sentence {line!r} taken for furniture by {hits}"


# Real news wording; each named word's spaCy lemma must be in the pack under the expected kind.
# Kinds: a trigger type, or CONSEQUENCE, OCCURRENCE, REPORTING.
EXAMPLES = {
    "fr": [
        ("Deux personnes ont été tuées dans l'attentat.", {"tuées": "CONSEQUENCE", "attentat": "ASSAULT"}),
        ("Un séisme de magnitude 6,1 a frappé le sud du pays dimanche.", {"séisme": "DISASTER", "frappé": "OCCURRENCE"}),
        ("Le suspect a été arrêté mardi par la police.", {"arrêté": "COERCE"}),
        ("Des milliers de manifestants ont défilé à Paris contre la réforme.", {"manifestants": "PROTEST", "défilé": "PROTEST"}),
        ("Les inondations ont détruit des centaines de maisons.", {"inondations": "DISASTER", "détruit": "CONSEQUENCE"}),
        ("Le ferry a chaviré au large de la Libye.", {"chaviré": "ACCIDENT"}),
        ("Le président a été réélu lors du scrutin de dimanche.", {"réélu": "ELECTION", "scrutin": "ELECTION"}),
        ("Une épidémie de choléra a fait dix morts dans le nord du pays.", {"épidémie": "HEALTH", "morts": "CONSEQUENCE"}),
        ("L'armée a bombardé plusieurs villages de la région.", {"bombardé": "ASSAULT"}),
        ("Les deux ministres se sont rencontrés à Genève.", {"rencontrés": "CONSULT"}),
        ("Les deux pays ont signé un accord de coopération.", {"signé": "AGREE", "accord": "AGREE", "coopération": "COOPERATE"}),
        ("Trois hommes ont été blessés dans la collision, a indiqué la police.",
         {"blessés": "CONSEQUENCE", "collision": "ACCIDENT", "indiqué": "REPORTING"}),
        ("Le braquage a eu lieu jeudi soir dans le centre-ville.", {"braquage": "CRIME"}),
        ("Le gouvernement a annoncé de nouvelles sanctions contre le régime.", {"annoncé": "STATEMENT", "sanctions": "SANCTION"}),
        ("L'opposition accuse le gouvernement d'avoir truqué les élections.", {"accuse": "ACCUSE", "élections": "ELECTION"}),
        ("Les troupes se sont retirées de la ville après les affrontements.", {"retirées": "RETREAT", "affrontements": "ASSAULT"}),
        ("La guerre a fait des milliers de morts dans le pays.", {"guerre": "ASSAULT", "morts": "CONSEQUENCE"}),
        ("Des heurts ont éclaté entre la police et les manifestants.", {"heurts": "ASSAULT"}),
        ("Le président a prononcé un discours devant le Parlement.", {"discours": "STATEMENT"}),
        ("Le suspect a été déféré au parquet samedi.", {"déféré": "COERCE"}),
        ("La traque du tireur se poursuit dans la région.", {"traque": "ACCUSE"}),
    ],
    "en": [
        ("An earthquake struck the region on Sunday.", {"earthquake": "DISASTER", "struck": "OCCURRENCE"}),
        ("Two people were killed and dozens wounded when the army shelled the town.",
         {"killed": "CONSEQUENCE", "wounded": "CONSEQUENCE", "shelled": "ASSAULT"}),
        ("Police arrested three suspects on Tuesday, officials said.", {"arrested": "COERCE", "said": "REPORTING"}),
        ("Thousands of protesters rallied in the capital.", {"protesters": "PROTEST", "rallied": "PROTEST"}),
        ("The ferry capsized off the coast of Libya.", {"capsized": "ACCIDENT"}),
        ("A 6.2-magnitude quake hit the island, destroying hundreds of homes.", {"quake": "DISASTER", "destroying": "CONSEQUENCE"}),
        ("Voters elected a new parliament in Sunday's election.", {"elected": "ELECTION", "election": "ELECTION"}),
        ("A cholera outbreak has killed 20 people in the camps.", {"outbreak": "HEALTH"}),
        ("The two leaders met in Geneva for talks.", {"met": "CONSULT", "talks": "CONSULT"}),
        ("The parties signed a ceasefire agreement on Friday.", {"signed": "AGREE", "agreement": "AGREE"}),
        ("The UN condemned the attack and urged restraint.", {"condemned": "ACCUSE", "attack": "ASSAULT", "urged": "REQUEST"}),
        ("The robbery happened on Friday night.", {"robbery": "CRIME", "happened": "OCCURRENCE"}),
        ("The minister announced new sanctions against the regime.", {"announced": "STATEMENT", "sanctions": "SANCTION"}),
        ("He was sentenced to ten years in prison.", {"sentenced": "ACCUSE"}),  # trials and convictions: ACCUSE
        ("Troops withdrew from the city after heavy fighting.", {"withdrew": "RETREAT", "fighting": "ASSAULT"}),
        ("Floods and landslides have displaced thousands of families.", {"Floods": "DISASTER", "landslides": "DISASTER",
                                                                        "displaced": "CONSEQUENCE"}),
        ("The war has killed thousands of civilians.", {"war": "ASSAULT"}),
        ("Militants fired rockets at the town on Monday.", {"fired": "ASSAULT"}),
        ("Police launched a manhunt after the slaying.", {"manhunt": "ACCUSE", "slaying": "CRIME"}),
        ("The president gave a speech in Berlin.", {"speech": "STATEMENT"}),
        ("The minister apologized for the delay.", {"apologized": "SUPPORT"}),
    ],
}


def kinds(pack: dict, lemma: str, pos: str) -> set[str]:
    """The kinds a lemma of a part of speech has in a pack."""
    keys = ("verbs",) if pos == "VERB" else ("nouns",) if pos in ("NOUN", "PROPN") else POS_KEYS
    found = {t for t in TYPES for key in keys if lemma in pack["triggers"][t][key]}
    found |= {"CONSEQUENCE" for key in keys if lemma in pack["consequences"][key]}
    found |= {"OCCURRENCE"} if lemma in pack["occurrence_verbs"] else set()
    found |= {"REPORTING"} if lemma in pack["reporting_verbs"] else set()
    found |= {"ASSAULT"} if pos == "VERB" and lemma in pack["armed_verbs"] else set()  # told with a weapon here
    return found


@pytest.fixture(scope="module")
def parsed():
    """Every example sentence parsed once with its language's model (one model load per language)."""
    return {language: list(load_nlp(language).pipe(s for s, _ in EXAMPLES[language])) for language in lang.LANGUAGES}


@pytest.mark.parametrize("language", lang.LANGUAGES)
def test_model_lemmas_of_example_triggers_are_in_the_pack(language, parsed):
    pack = events(language)
    for doc, (sentence, expected) in zip(parsed[language], EXAMPLES[language]):
        for surface, kind in expected.items():
            tokens = [t for t in doc if t.text == surface]
            assert tokens, f"{surface!r} is not a token of {sentence!r}"
            token = tokens[0]
            found = kinds(pack, token.lemma_.lower(), token.pos_)
            assert kind in found, (
                f"{language}: {surface!r} in {sentence!r} -> lemma {token.lemma_!r}/{token.pos_}, found {found or 'nothing'}, "
                f"expected {kind}")


# Multiword expressions told in real wording; the pack's phrase (lemmas, consecutive tokens) must be found under its type.
PHRASE_EXAMPLES = {
    "fr": [
        ("Un tremblement de terre a secoué la région.", "DISASTER"),
        ("Les rebelles ont ouvert le feu sur la foule.", "ASSAULT"),
        ("Des hommes armés ont pris en otage trois humanitaires.", "ASSAULT"),
        ("Un coup d'État a renversé le président.", "ASSAULT"),
        ("Le suspect a été placé en garde à vue.", "COERCE"),
        ("Un glissement de terrain a enseveli le village.", "DISASTER"),
        ("Le bus est entré en collision avec un camion.", "ACCIDENT"),
        ("Les cheminots ont fait grève mardi.", "PROTEST"),
        ("Les électeurs sont appelés aux urnes dimanche.", "ELECTION"),
        ("Une voiture piégée a explosé devant le ministère.", "ASSAULT"),
        ("Les rebelles ont tiré des roquettes sur la ville.", "ASSAULT"),
        ("Un incendie criminel a détruit l'école.", "CRIME"),
        ("Le ministre a tenu une conférence de presse.", "STATEMENT"),
        ("Le président a prêté serment dimanche.", "ELECTION"),
        ("Le gouvernement a levé le couvre-feu.", "RETREAT"),
        ("Le cyclone a touché terre samedi.", "DISASTER"),
        ("Les militaires ont pris le pouvoir lundi.", "ASSAULT"),
        ("Les talibans se sont emparés du pouvoir.", "ASSAULT"),
    ],
    "en": [
        ("Gunmen opened fire on worshippers.", "ASSAULT"),
        ("The militants took hostages at the hotel.", "ASSAULT"),
        ("Unions went on strike on Monday.", "PROTEST"),
        ("North Korea test-fired a ballistic missile.", "MOBILIZE"),
        ("The ship ran aground near the port.", "ACCIDENT"),
        ("Voters went to the polls on Sunday.", "ELECTION"),
        ("The suspect was taken into custody.", "COERCE"),
        ("Moscow recalled its ambassador.", "SANCTION"),
        ("The hurricane made landfall on Sunday.", "DISASTER"),
        ("Heavy mortar fire hit the district.", "ASSAULT"),
        ("The minister held a press conference.", "STATEMENT"),
        ("The government lifted the curfew.", "RETREAT"),
        ("A burst pipe flooded the station.", "ACCIDENT"),
        ("Torrential rain caused a lava flow.", "DISASTER"),
        ("The army seized power on Monday.", "ASSAULT"),
    ],
}


@pytest.mark.parametrize("language", lang.LANGUAGES)
def test_phrases_match_model_lemmas_of_real_wording(language):
    pack = events(language)
    phrases = [(phrase.split(), event_type) for event_type, listed in pack["phrases"].items() for phrase in listed]
    nlp = load_nlp(language)
    for doc, (sentence, expected) in zip(nlp.pipe(s for s, _ in PHRASE_EXAMPLES[language]), PHRASE_EXAMPLES[language]):
        lemmas = [t.lemma_.lower() for t in doc]
        found = {event_type for words, event_type in phrases
                 for i in range(len(lemmas) - len(words) + 1) if lemmas[i:i + len(words)] == words}
        assert expected in found, f"{language}: no {expected} phrase in {sentence!r} (lemmas: {' '.join(lemmas)})"
