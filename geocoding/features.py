"""The generic words around a name that say what kind of place it is: "la ville de X", "the X cosmodrome"."""
from __future__ import annotations

import json
import re
from pathlib import Path

FEATURE_WORDS = {
    "city": r"ville|village|commune|bourg|cité|city|town|village|township|municipality|capitale|capital",
    "region": r"région|province|oblast|état|département|territoire|district|comté|region|province|state|county|"
              r"territory|prefecture|préfecture",
    "landmark": r"cosmodrome|base(?: aérienne| navale)?|aéroport|port|centre spatial|site|camp|air base|naval base|"
                r"airport|space cent(?:er|re)|barrage|dam|mine|usine|plant|prison|hôpital|hospital",
}
FEATURE_BEFORE = {kind: re.compile(rf"(?:{words})\s+(?:de\s+|d['’]|du\s+|des\s+|of\s+)?"
                                   r"(?:(?:la|le|les|l['’]|the)\s*)?$", re.IGNORECASE)
                  for kind, words in FEATURE_WORDS.items()}
# Words for the same kind of site, in French and English: a description with one refers to a name with another.
SITE_KINDS = {
    "space": r"cosmodromes?|centres? spatia(?:l|ux)|base de lancement|pas de tir|space ?(?:center|centre|port)s?|"
             r"launch (?:site|pad|facility)|spaceports?",
    "air": r"bases? aériennes?|aérodromes?|air ?bases?|airfields?|air stations?",
    "naval": r"bases? navales?|ports? militaires?|naval bases?|naval stations?",
    "nuclear": r"centrales? nucléaires?|sites? nucléaires?|nuclear (?:plant|site|facility|reactor)s?",
    "airport": r"aéroports?|airports?",
}
# English puts the word after the name: "the Plesetsk cosmodrome", "Hmeimim air base", "the Kherson area".
FEATURE_AFTER = {
    "landmark": re.compile(rf"^\s+(?:{'|'.join(SITE_KINDS.values())}|military base)\b", re.IGNORECASE),
    "region": re.compile(r"^\s+(?:region|province|oblast|district|county)s?\b|^\s+counties\b", re.IGNORECASE),
    "city": re.compile(r"^\s+(?:city|town|village)\b"),  # 'shelled Kherson city'; 'Mexico City' is a name
}
# A dateline: a name in capitals opening a story, maybe with its state or country, then a dash or a news agency
# ("COLUMBUS, Neb. --", "MANILA, Philippines –", "WASHINGTON (AP)"). Datelines name towns and cities.
DATELINE_AFTER = re.compile(r"^(?:,\s*[A-Z][A-Za-z.]*\.?)*\s*(?:--|[-–—]|\((?:AP|AFP|Reuters|CP|UPI)\))\s")
# A preposition that puts something in a town, not across a region: 'in New York', 'at Rostov', 'à Fès', 'près de
# Marrakech' (French says 'dans l'État de', 'en Floride', 'au Texas' of regions).
TOWN_PREPOSITION = re.compile(
    r"(?:\b(?:in|at|near|outside|from|to|into)|(?<!\w)(?:à|près de|depuis|vers|jusqu['’]à))\s+$", re.IGNORECASE)
FRENCH_TOWN_PREPOSITION = re.compile(r"(?<![\w'’])à\s+$", re.IGNORECASE)
UNACCENTED = {language: "|".join(words) for language, words in json.loads(
    (Path(__file__).parent / "data" / "unaccented_prepositions.json").read_text("utf-8")).items()
              if language != "about"}
# A town's preposition opening a sentence without its accent ('A Mitrovica, où...'), before a name or leading one.
UNACCENTED_BEFORE = {language: re.compile(rf"(?:^|[.!?…»]\s+|\n\s*)(?:{words})\s+$")
                     for language, words in UNACCENTED.items()}
UNACCENTED_LEAD = {language: re.compile(rf"(?:{words})\s+(?=[A-ZÀ-Ý])") for language, words in UNACCENTED.items()}
# The prepositions that put a name the NER called a person in a place ('in Rostov', 'près de Gusau'); fewer than a
# town's, since 'at', 'from' and 'vers' follow verbs said of people. 'to' and 'à' also say whom something is given
# or said to ('a rendu hommage à Lincoln'), so they count for the best-known cities only ('to Nay Pyi Taw').
PERSON_PLACE_PREPOSITION = re.compile(r"(?:\b(?:in|near|outside|into)|(?<!\w)(?:en|près de))\s+$", re.IGNORECASE)
PERSON_DATIVE_PREPOSITION = re.compile(r"(?:\bto|(?<!\w)à)\s+$", re.IGNORECASE)
AREA_WORD_LAST = re.compile(rf"\b(?:{FEATURE_WORDS['region']})$", re.IGNORECASE)
LIST_SEPARATOR = re.compile(r"\s*(?:/|,|,?\s+(?:and|or|et|ou))\s*", re.IGNORECASE)
PLURAL_AREA_AFTER = re.compile(r"^\s+(?:areas|regions|provinces|oblasts|districts|counties)\b", re.IGNORECASE)
CONTEXT_CHARS = 40
SITE_WORDS = json.loads((Path(__file__).parent / "data" / "site_words.json").read_text("utf-8"))
# 'la colonie pénitentiaire de Kharp', 'the port of Odesa': a site named after the town it stands in (lower case only:
# 'Port of Spain' is a name).
SITE_OF_TOWN = re.compile(rf"(?<![\w-])(?:{'|'.join(SITE_WORDS['fr'] + SITE_WORDS['en'])})"
                          r"\s+(?:de\s+|d['’]|du\s+|of\s+(?:the\s+)?)$")
# 'the town of Kidal', 'la ville de Kidal', 'le village de X': the name after them is a town (lower case only: 'City of
# London' is a name).
SETTLEMENT_OF = re.compile(r"(?<![\w-])(?:towns?|cit(?:y|ies)|villages?|hamlets?|villes?|communes?|localités?|bourgs?|"
                           r"bourgades?|hameaux?)\s+(?:de\s+|d['’]|of\s+)$")
PLACE_VERBS = {language: frozenset(verbs) for language, verbs in
               json.loads((Path(__file__).parent / "data" / "place_verbs.json").read_text("utf-8")).items()
               if language != "about"}
LEADING_FEATURE_WORD = re.compile("|".join(p.pattern for p in FEATURE_AFTER.values()), re.IGNORECASE)


def feature_kind(text: str, start: int, end: int) -> str:
    """The kind of place the words right before (or, in English, right after) a name give it, or ''."""
    before = text[max(0, start - CONTEXT_CHARS):start]
    after = text[end:end + CONTEXT_CHARS]
    if SITE_OF_TOWN.search(before):
        return "city"
    return next((kind for kind, pattern in FEATURE_BEFORE.items() if pattern.search(before)), "") or next(
        (kind for kind, pattern in FEATURE_AFTER.items() if pattern.search(after)), "") or (
        "city" if is_dateline(text[start:end], after) else "")


def is_town_use(text: str, start: int, kind: str) -> bool:
    """Whether the words around a name use it as a town: a preposition of place before it ('in New York', 'à Fès'),
    or a town's kind ('the city of Rostov', a dateline)."""
    return kind == "city" or bool(TOWN_PREPOSITION.search(text, max(0, start - CONTEXT_CHARS), start))


def takes_french_town_preposition(text: str, start: int) -> bool:
    """Whether French 'à' comes right before a name: French puts a town after 'à' and a country after 'au', 'aux' or
    'en' ('à Mexico' is the city, 'au Mexique' the country; 'à Luxembourg', 'au Luxembourg')."""
    return bool(FRENCH_TOWN_PREPOSITION.search(text, max(0, start - CONTEXT_CHARS), start))


def after_unaccented_preposition(text: str, start: int, language: str) -> bool:
    """Whether a town's preposition opening a sentence without its accent comes right before a name ('A Mitrovica,
    où...' for 'À Mitrovica')."""
    pattern = UNACCENTED_BEFORE.get(language)
    return pattern is not None and bool(pattern.search(text, max(0, start - CONTEXT_CHARS), start))


def unaccented_preposition_end(text: str, start: int, end: int, language: str) -> int | None:
    """Where the name after a town's preposition without its accent starts, when one leads the span ('A Mitrovica')."""
    pattern = UNACCENTED_LEAD.get(language)
    match = pattern.match(text, start, end) if pattern is not None else None
    return match.end() if match else None


def place_of_person_name(text: str, start: int) -> str:
    """How a preposition before a name the NER called a person puts it in a place: 'place' ('in Rostov', 'près de
    Gusau'), 'dative' ('to Nay Pyi Taw', 'à Rostov', also said of people), or ''."""
    before = text[max(0, start - CONTEXT_CHARS):start]
    return "place" if PERSON_PLACE_PREPOSITION.search(before) else "dative" if PERSON_DATIVE_PREPOSITION.search(
        before) else ""


def is_dateline(name: str, after: str) -> bool:
    """Whether a name in capitals heads a story ('MALTA -- About 5,000 books'): the town it was filed from."""
    return (sum(ch.isalpha() for ch in name) >= 3 and name.isupper() and not AREA_WORD_LAST.search(name)
            and bool(DATELINE_AFTER.match(after)))


def list_kinds(text: str, spans: list[tuple[int, int]], kinds: list[str]) -> list[str]:
    """Kinds shared along a list: in 'Clarke, Madison and Oconee counties' or 'the Otter Tail/Grant county line'
    every name is a county, not only the one the word follows."""
    shared = list(kinds)
    for i in range(len(spans) - 2, -1, -1):
        following = spans[i + 1]
        if shared[i] or not shared[i + 1] or not LIST_SEPARATOR.fullmatch(text[spans[i][1]:following[0]]):
            continue
        last = next((j for j in range(i + 1, len(spans)) if kinds[j]), i + 1)  # the name the word follows
        slash = "/" in text[spans[i][1]:following[0]]
        if slash or PLURAL_AREA_AFTER.match(text[spans[last][1]:spans[last][1] + CONTEXT_CHARS]):
            shared[i] = shared[i + 1]
    return shared


def followed_by_feature(text: str, end: int) -> bool:
    """Whether a landmark or area word follows a name ("Plesetsk cosmodrome", "Kursk region"): the name is then a
    place, whatever the NER says."""
    return any(pattern.search(text[end:end + CONTEXT_CHARS]) for pattern in FEATURE_AFTER.values())


def preceded_by_feature(text: str, start: int) -> bool:
    """Whether a settlement, area or site word comes right before a name ("the city of Herat", "la ville de Khasan",
    'la prison de Vladimir'): the name is then a place, whatever the NER says."""
    before = text[max(0, start - CONTEXT_CHARS):start]
    return any(FEATURE_BEFORE[kind].search(before) for kind in ("city", "region")) or names_site_town(text, start)


def names_site_town(text: str, start: int) -> bool:
    """Whether a site word and 'de'/'of' come right before a name ('la prison de Vladimir', 'the airport of Gao'):
    the name is then the town the site stands in, whatever the NER says."""
    return bool(SITE_OF_TOWN.search(text, max(0, start - CONTEXT_CHARS), start))


def names_town(text: str, start: int) -> bool:
    """Whether a settlement or site word and 'de'/'of' come right before a name ('the town of Kidal', 'la prison de
    Vladimir'): the name is then a town, whatever the NER says."""
    return names_site_town(text, start) or bool(SETTLEMENT_OF.search(text, max(0, start - CONTEXT_CHARS), start))


def takes_place_object(lemma: str, language: str) -> bool:
    """Whether a verb's direct object is a place, never a person ('bombarder', 'shell'): its object is a place."""
    return lemma.lower() in PLACE_VERBS.get(language, frozenset())


def without_feature_word(between: str) -> str:
    """The words between two names without a leading landmark or area word ("cosmodrome in" -> " in")."""
    return LEADING_FEATURE_WORD.sub("", between, count=1)
