"""The generic words around a name that say what kind of place it is: "la ville de X", "the X cosmodrome"."""
from __future__ import annotations

import re
from functools import lru_cache

from core.placelex import article, either, fragments, genitive, kinds, spaced

KINDS = ("city", "region", "landmark")  # the kinds of place the words before a name may give it, the first found wins
FEATURE_WORDS = {kind: either(f"feature_words.{kind}") for kind in KINDS}
FEATURE_BEFORE = {kind: re.compile(rf"(?:{words})\s+{genitive()}?{article()}$", re.IGNORECASE)
                  for kind, words in FEATURE_WORDS.items()}
# Words for the same kind of site in every language: a description with one refers to a name with another.
SITE_KINDS = {kind: either(f"site_kinds.{kind}") for kind in kinds("site_kinds")}
# English puts the word after the name: "the Plesetsk cosmodrome", "Hmeimim air base", "the Kherson area".
FEATURE_AFTER = {
    "landmark": re.compile(rf"^\s+(?:{'|'.join([*SITE_KINDS.values(), either('words_after.landmark')])})\b",
                           re.IGNORECASE),
    "region": re.compile(rf"^\s+(?:{either('words_after.region')})\b", re.IGNORECASE),
    "city": re.compile(rf"^\s+(?:{either('words_after.city')})\b(?!\s+{genitive()}[A-ZÀ-Ý])"),  # 'shelled Kherson
    # city'; 'Mexico City' is a name; 'the California town of Rio Nido', 'the Gaza city of Rafah': the town is named after
}
# A dateline: a name in capitals opening a story, maybe with its state or country, then a dash or a news agency
# ("COLUMBUS, Neb. --", "MANILA, Philippines –", "WASHINGTON (AP)"), maybe with the day ("KADUNA, Nigeria, March 8
# (AP) —"). Datelines name towns and cities.
DATELINE_AFTER = re.compile(r"^(?:,\s*[A-Z][A-Za-z.]*\.?(?:\s+\d{1,2})?)*"
                            r"\s*(?:--|[-–—]|\((?:AP|AFP|Reuters|CP|UPI)\))\s")
# A preposition that puts something in a town, not across a region: 'in New York', 'at Rostov', 'à Fès', 'près de
# Marrakech' (French says 'dans l'État de', 'en Floride', 'au Texas' of regions).
TOWN_PREPOSITION = re.compile(rf"(?<!\w)(?:{either('town_prepositions')})\s+$", re.IGNORECASE)
# A preposition a town takes and a country never does: French 'à Mexico' is the city, 'au Mexique' the country.
TOWN_ONLY_PREPOSITION = re.compile(rf"(?<![\w'’])(?:{either('town_only_prepositions')})\s+$", re.IGNORECASE)
COUNTRY_ONLY_PREPOSITION = re.compile(rf"(?<![\w'’])(?:{either('country_only_prepositions')})\s+$", re.IGNORECASE)
# The prepositions that put a name the NER called a person in a place ('in Rostov', 'près de Gusau'); fewer than a
# town's, since 'at', 'from' and 'vers' follow verbs said of people. 'to' and 'à' also say whom something is given
# or said to ('a rendu hommage à Lincoln'), so they count for the best-known cities only ('to Nay Pyi Taw').
PERSON_PLACE_PREPOSITION = re.compile(rf"(?<!\w)(?:{either('person_place_prepositions')})\s+$", re.IGNORECASE)
PERSON_DATIVE_PREPOSITION = re.compile(rf"(?<!\w)(?:{either('dative_prepositions')})\s+$", re.IGNORECASE)
AREA_WORD_LAST = re.compile(rf"\b(?:{FEATURE_WORDS['region']})$", re.IGNORECASE)
LIST_SEPARATOR = re.compile(rf"\s*(?:/|,|,?\s+(?:{either('conjunctions')}))\s*", re.IGNORECASE)
PLURAL_AREA_AFTER = re.compile(rf"^\s+(?:{either('plural_area_words')})\b", re.IGNORECASE)
CONTEXT_CHARS = 40
TOWN_GENITIVE = spaced(fragments("town_genitives"))  # 'de', 'du', 'of' between a site word and its town
# 'la colonie pénitentiaire de Kharp', 'the port of Odesa': a site named after the town it stands in (lower case only:
# 'Port of Spain' is a name).
SITE_OF_TOWN = re.compile(rf"(?<![\w-])(?:{either('site_words')})\s+(?:{TOWN_GENITIVE})$")
# 'the town of Kidal', 'la ville de Kidal', 'le village de X': the name after them is a town (lower case only: 'City of
# London' is a name).
SETTLEMENT_OF = re.compile(rf"(?<![\w-])(?:{either('settlement_words')})\s+{genitive(fused=False)}$")
# 'the rebel stronghold of Saada', 'le bastion rebelle de Saada': what a town is to a side; the name after is a town.
TOWN_ROLE_OF = re.compile(rf"(?<![\w-])(?:{either('town_role_words')})(?:\s+[a-zà-ÿ]+)?\s+{genitive(fused=False)}$")
# 'l'offensive sur Afrine', 'la bataille d'Avdiïvka', 'the battle for Avdiivka': an attack's noun and what it is on.
ASSAULT_LEAD = re.compile(rf"(?<![\w-])(?:{spaced(fragments('assault_leads'))})$", re.IGNORECASE)
ASSAULT_OPENING = re.compile(rf"^(?:{spaced(fragments('assault_leads'))})(?-i:[A-ZÀ-Ý])", re.IGNORECASE)  # its name
# 'Goma, the capital of North Kivu', 'El Fasher, capitale du Darfour du Nord', 'Kaya, the regional capital of': an
# apposition right after a name calling it a town.
TOWN_APPOSITION = re.compile(rf"^,\s+{article()}(?:[a-zà-ÿ]+\s+)?(?:{FEATURE_WORDS['city']})\s+"
                             rf"(?:{genitive()}|(?:{either('containment_prepositions')})\s)", re.IGNORECASE)
LEADING_FEATURE_WORD = re.compile("|".join(p.pattern for p in FEATURE_AFTER.values()), re.IGNORECASE)


@lru_cache(maxsize=None)
def unaccented_patterns(language: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """A language's town prepositions written without their accent at a sentence's start ('A Mitrovica, où...'),
    right before a name and leading one; None when its pack has none."""
    words = fragments("unaccented_town_prepositions", language)
    if not words:
        return None
    alternation = "|".join(words)
    return (re.compile(rf"(?:^|[.!?…»]\s+|\n\s*)(?:{alternation})\s+$"),
            re.compile(rf"(?:{alternation})\s+(?=[A-ZÀ-Ý])"))


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
    unless they call it a region ('in Bryansk region'), a town's kind ('the city of Rostov', a dateline) or what a
    town is to a side ('the rebel stronghold of Saada')."""
    return kind == "city" or (kind != "region" and (bool(
        TOWN_PREPOSITION.search(text, max(0, start - CONTEXT_CHARS), start)) or names_town(text, start)))


def takes_town_only_preposition(text: str, start: int) -> bool:
    """Whether a preposition a town takes and a country never does comes right before a name: French puts a town
    after 'à' and a country after 'au', 'aux' or 'en' ('à Mexico' is the city, 'au Mexique' the country)."""
    return bool(TOWN_ONLY_PREPOSITION.search(text, max(0, start - CONTEXT_CHARS), start))


def takes_country_preposition(text: str, start: int) -> bool:
    """Whether a preposition a country takes and a town never does comes right before a name ('au Luxembourg' is
    the country, 'à Luxembourg' its capital)."""
    return bool(COUNTRY_ONLY_PREPOSITION.search(text, max(0, start - CONTEXT_CHARS), start))


@lru_cache(maxsize=None)
def bare_country_lead(language: str) -> re.Pattern[str] | None:
    """A lower-case word right before a name that is none of the words a country's name follows in the language
    ('à Grenade', 'a secoué Grenade'; not 'la Grenade', 'en France'); None where the language writes a country's
    name bare ('in Grenada') or is not known."""
    leads = fragments("country_leads", language) if language else []
    if not leads:
        return None
    return re.compile(rf"(?<![\w'’-])(?!(?:{'|'.join(leads)})\s)[a-zà-ÿ][\w'’-]*\s+$")


def without_country_article(text: str, start: int, language: str) -> bool:
    """Whether a name follows a lower-case word a country's name does not follow in the text's language: French
    writes the country 'la Grenade' or 'en Grenade', and 'à Grenade', 'a secoué Grenade' name a town."""
    pattern = bare_country_lead(language)
    return pattern is not None and bool(pattern.search(text, max(0, start - CONTEXT_CHARS), start))


def after_unaccented_preposition(text: str, start: int, language: str) -> bool:
    """Whether a town's preposition opening a sentence without its accent comes right before a name ('A Mitrovica,
    où...' for 'À Mitrovica')."""
    patterns = unaccented_patterns(language)
    return patterns is not None and bool(patterns[0].search(text, max(0, start - CONTEXT_CHARS), start))


def unaccented_preposition_end(text: str, start: int, end: int, language: str) -> int | None:
    """Where the name after a town's preposition without its accent starts, when one leads the span ('A Mitrovica')."""
    patterns = unaccented_patterns(language)
    match = patterns[1].match(text, start, end) if patterns is not None else None
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


def followed_by_town_word(text: str, end: int) -> bool:
    """Whether a settlement's word in lower case follows a name ('Saada city', 'Bunia town'): the name is a town's."""
    return bool(FEATURE_AFTER["city"].match(text[end:end + CONTEXT_CHARS]))


def apposed_town(text: str, end: int) -> bool:
    """Whether an apposition calling a name a town follows it ('Goma, the capital of North Kivu'; not 'Goma, the
    city's mayor')."""
    return bool(TOWN_APPOSITION.match(text[end:end + CONTEXT_CHARS]))


def preceded_by_feature(text: str, start: int) -> bool:
    """Whether a settlement, area or site word comes right before a name ("the city of Herat", "la ville de Khasan",
    'la prison de Vladimir', 'le bastion rebelle de Saada'): the name is then a place, whatever the NER says."""
    before = text[max(0, start - CONTEXT_CHARS):start]
    return any(FEATURE_BEFORE[kind].search(before) for kind in ("city", "region")) or names_town(text, start)


def names_site_town(text: str, start: int) -> bool:
    """Whether a site word and 'de'/'of' come right before a name ('la prison de Vladimir', 'the airport of Gao'):
    the name is then the town the site stands in, whatever the NER says."""
    return bool(SITE_OF_TOWN.search(text, max(0, start - CONTEXT_CHARS), start))


def names_town(text: str, start: int) -> bool:
    """Whether a settlement, site or town's role word and 'de'/'of' come right before a name ('the town of Kidal', 'la
    prison de Vladimir', 'the stronghold of Saada'): the name is then a town, whatever the NER says."""
    return names_site_town(text, start) or any(pattern.search(text, max(0, start - CONTEXT_CHARS), start)
                                               for pattern in (SETTLEMENT_OF, TOWN_ROLE_OF))


def takes_place_object(lemma: str, language: str) -> bool:
    """Whether a verb's direct object is a place, never a person ('bombarder', 'shell'): its object is a place."""
    return lemma.lower() in place_verbs(language)


@lru_cache(maxsize=None)
def place_verbs(language: str) -> frozenset[str]:
    """The lemmas of a language's verbs whose direct object is a place ('bombarder', 'shell')."""
    return frozenset(fragments("place_verbs", language))


def reaches_place(lemma: str, language: str) -> bool:
    """Whether a verb is one of reaching a place ('reach', 'atteindre'): its object a big town's name is the town."""
    return lemma.lower() in reaching_verbs(language)


@lru_cache(maxsize=None)
def reaching_verbs(language: str) -> frozenset[str]:
    """The lemmas of a language's verbs of reaching a place, said of people too ('reach', 'atteindre')."""
    return frozenset(fragments("reaching_verbs", language))


def takes_place(lemma: str, language: str) -> bool:
    """Whether a verb is one of taking a place by force ('seize', 'reprendre'), said of people too: its object a
    big town's name is the town ('rebels seized Goma')."""
    return lemma.lower() in taking_verbs(language)


@lru_cache(maxsize=None)
def taking_verbs(language: str) -> frozenset[str]:
    """The lemmas of a language's verbs of taking a place ('seize', 'capture', 'reprendre')."""
    return frozenset(fragments("taking_verbs", language))


def follows_assault(text: str, start: int) -> bool:
    """Whether a noun of an attack and its preposition come right before a name ('l'offensive sur Afrine', 'the
    battle for Avdiivka'): the name is what the attack is on."""
    return bool(ASSAULT_LEAD.search(text, max(0, start - CONTEXT_CHARS), start))


def assault_lead_end(name: str) -> int:
    """Where the place begins in a name the NER found with its attack's noun ('bataille d'Avdiïvka'), or 0."""
    opening = ASSAULT_OPENING.match(name)
    return opening.end() - 1 if opening else 0


def without_feature_word(between: str) -> str:
    """The words between two names without a leading landmark or area word ("cosmodrome in" -> " in")."""
    return LEADING_FEATURE_WORD.sub("", between, count=1)
