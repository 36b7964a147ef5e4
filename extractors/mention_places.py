"""How a mention's place is read from the words around it and its trigger, apart from finding the mention itself."""
from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from core.model import PlaceMention, TimeExpression
from core.vocabulary import PLACE_PRECISION_RANK as PRECISION_RANK
from extractors.event_lexicon import EventLexicon
from extractors.clause_words import DIRECT_OBJECT_DEPS, SUBJECT_DEPS, governor, is_mistagged_noun, is_verbal, verb_lemma
from geocoding.descriptions import describes_place
from geocoding.features import FEATURE_AFTER
from geocoding.names import fold

PASSIVE_SUBJECT_DEPS = {"nsubjpass", "nsubj:pass"}
APOSTROPHE_OR_SPACE = re.compile(r"\s+|(?<=['’])")  # "de l'est" -> 'de', "l'", 'est'
ARTICLE_WORDS = {"the", "le", "la", "les", "l'", "l’"}  # the articles between a part's words
ARGUMENT_OBLIQUE = "obl:arg"  # a verb's argument behind a preposition ("s'emparer de la ville")
MODIFIER_DEPS = {"compound", "amod", "nmod:poss", "poss"}  # 'bomb attack', 'Russian forces': not a clause of its own
RELATIVE_DEPS = {"relcl", "acl", "acl:relcl"}  # 'shootings that injured doctors', "l'attentat qui a tué"
TARGETED_TYPES = ("ASSAULT", "COERCE", "DISASTER")  # kinds whose noun's complement names the place struck
PEOPLE_LABELS = {"NORP", "MISC"}  # the NER's labels for nationalities and peoples ('Albanians', 'Russes')
LOCATIVE_REACH = 3  # nouns up from a name ('Plesetsk' -> 'cosmodrome') where its own locative may be
ADDRESSED_TYPES = ("STATEMENT", "SUPPORT", "REQUEST", "AID", "THREATEN")  # 'to X' says whom, not where
ASKING_TYPES = ("REQUEST",)  # 'called on X': whom it asks


def own_preposition(token: Token) -> str:
    """The preposition that introduces a noun: its 'case' word (French), or its head when that is one (English)."""
    case = next((c.lower_ for c in token.children if c.dep_ == "case"), "")
    return case or (token.head.lower_ if token.head.dep_ == "prep" and token.dep_ == "pobj" else "")


def is_stranded(doc: Doc, place: PlaceMention) -> bool:
    """Whether the parser cut a place's phrase off as a sentence of its own ('À Saint-Pétersbourg, la police a
    arrêté'): a fronted locative that sets the whole sentence."""
    span = doc.char_span(place.start, place.end, alignment_mode="expand")
    return span is not None and span.root.dep_ == "ROOT" and span.root.pos_ in ("PROPN", "NOUN")


def opens_sentence(doc: Doc, place: PlaceMention) -> bool:
    """Whether a place's locative opens its sentence, set off by a comma ('In Cape Town, police said the FBI arrested
    him', 'À Kaboul, des témoins ont raconté que'): the setting of all the sentence tells, not only its first verb."""
    span = doc.char_span(place.start, place.end, alignment_mode="expand")
    if span is None:
        return False
    first = span.sent[0]
    return first.pos_ == "ADP" and first.i < span.start <= first.i + 2 \
        and any(t.text == "," for t in doc[span.end:span.end + 6])


def relation_end(doc: Doc, place: PlaceMention, lexicon: EventLexicon) -> bool:
    """Whether a place is one end of a relation ('ties between Moscow and Pyongyang'), not where anything happened."""
    span = doc.char_span(place.start, place.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    return own_preposition(root) in lexicon.relation_prepositions \
        or (root.dep_ == "conj" and own_preposition(root.head) in lexicon.relation_prepositions)


def heading_to(doc: Doc, place: PlaceMention, lexicon: EventLexicon) -> bool:
    """Whether a place is where something headed ('towards Moscow', 'vers Kiev') or where people fled ('forcing
    thousands to flee to the nearby town of Saint-Marc'), not where it took place."""
    span = doc.char_span(place.start, place.end, alignment_mode="expand")
    if span is None:
        return False
    if own_preposition(span.root) in lexicon.heading_prepositions:
        return True
    node, preposition = span.root, ""
    while not is_verbal(node) and node.head.i != node.i:  # 'to the nearby town of Saint-Marc': the last
        preposition = own_preposition(node) or preposition  # preposition before the verb says where to
        node = node.head
    return preposition in lexicon.destination_prepositions and node.lemma_.lower() in lexicon.leaving_verbs


def placing_another(doc: Doc, place: PlaceMention, others: frozenset[int]) -> bool:
    """Whether a place is told of another happening's noun in the sentence ('in retaliation for attacks on convoys
    near Kidal'): that happening's place, not the sentence's for every act."""
    span = doc.char_span(place.start, place.end, alignment_mode="expand")
    node = span.root if span is not None else None
    while node is not None and not is_verbal(node) and node.head.i != node.i:
        node = node.head
        if node.i in others:
            return True
    return False


def addressed_to(doc: Doc, place: PlaceMention, event_type: str, lexicon: EventLexicon) -> bool:
    """Whether a saying or a giving names a place as whom it was for ('pledged support to Ukraine'), or a request as
    whom it was made of ('called on the United States and France to pressure Israel')."""
    span = doc.char_span(place.start, place.end, alignment_mode="expand")
    if event_type not in ADDRESSED_TYPES or span is None:
        return False
    preposition = own_preposition(span.root) or (own_preposition(span.root.head) if span.root.dep_ == "conj" else "")
    return preposition in lexicon.recipient_prepositions \
        or (event_type in ASKING_TYPES and preposition in lexicon.addressee_prepositions)


def given_to(anchor: Token, path: list[Token], event_type: str, lexicon: EventLexicon) -> bool:
    """Whether a place is whom the thing an act names went to ('announced a gift of supplies to Tanzania'), told
    inside the act's object: a recipient, not where the act took place."""
    if not path or own_preposition(path[0]) not in lexicon.recipient_prepositions \
            or strikes_its_object(anchor, event_type, lexicon):
        return False
    return any(t.dep_ in DIRECT_OBJECT_DEPS and t.head.i == anchor.i for t in path[1:])


def has_locative(doc: Doc, place: PlaceMention, lexicon: EventLexicon) -> bool:
    """Whether a preposition of place introduces the place, looking up through the noun that names it
    ('au cosmodrome de Plesetsk') but not past another preposition ('la guerre contre l'Ukraine')."""
    span = doc.char_span(place.start, place.end, alignment_mode="expand")
    if span is None or span.root.pos_ == "ADJ":  # 'at a Russian space center' says whose site, not which
        return False
    token = span.root
    for _ in range(LOCATIVE_REACH):
        preposition = own_preposition(token)
        if preposition in lexicon.locative_prepositions or any(
                c.dep_ == "advmod" and c.lower_ in lexicon.locative_prepositions for c in token.children):
            return True  # 'près de Balasore': the parser makes 'près' an adverb of the name, 'de' its case
        noun = token.head.head if token.dep_ == "pobj" and token.head.dep_ == "prep" else token.head  # English
        # hangs 'Florida' on 'of', French 'Floride' on 'côte': either way the noun it names a part of
        if (preposition and preposition not in lexicon.genitives) or noun.i == token.i:
            return False
        if noun.pos_ == "ADV" and noun.lower_ in lexicon.directions:  # '40 km north of Maiduguri': a point told
            if noun.head.pos_ in ("VERB", "AUX"):  # from it, on the act ('clashes erupted 40 km north of X')
                return True
            noun = noun.head  # or on the place it describes ('a settlement 40 km north of X')
        if noun.pos_ not in ("NOUN", "PROPN") and not is_mistagged_noun(noun):  # "dans l'est de l'Indonésie"
            return False
        token = noun
    return False


def is_target(anchor: Token, path: list[Token], event_type: str, lexicon: EventLexicon) -> bool:
    """Whether a place is what an attack or a disaster struck, told as the noun's complement ('the invasion of
    Kuwait', 'le bombardement de Kharkiv') or as its object's ('hit the port of Odessa'): where it happened."""
    if event_type not in TARGETED_TYPES or not path:
        return False
    preposition = own_preposition(path[0])
    if preposition not in lexicon.genitives:
        return False
    owner = governor(path[0])
    return owner.i == anchor.i if anchor.pos_ == "NOUN" else \
        owner.head.i == anchor.i and (owner.dep_ in DIRECT_OBJECT_DEPS or (
            owner.dep_ == ARGUMENT_OBLIQUE and own_preposition(owner) in lexicon.genitives))  # 'hit the port of


def is_passive_subject(path: list[Token]) -> bool:
    """Whether a place is the subject of the passive trigger it hangs on ('Kyiv was attacked', 'Kiev a été
    bombardée'): what the act struck."""
    return len(path) == 1 and path[0].dep_ in PASSIVE_SUBJECT_DEPS


def is_attribute(doc: Doc, place: PlaceMention) -> bool:
    """A place standing for whose, not where: 'Russian forces', 'U.S. embassies', 'le Kremlin a déclaré'; not a name
    before its own kind ('hit Ukraine's Kharkiv region', 'the Cauca department')."""
    span = doc.char_span(place.start, place.end, alignment_mode="expand")
    if span is not None and span.root.dep_ == "compound" \
            and any(kind.match(doc.text[place.end:]) for kind in FEATURE_AFTER.values()):
        return False
    return span is None or span.root.pos_ == "ADJ" or span.root.dep_ in MODIFIER_DEPS \
        or span.root.dep_ in SUBJECT_DEPS


def names_people(doc: Doc, place: PlaceMention) -> bool:
    """A people word the gazetteer reads as its country ('ethnic Albanians', 'des Albanais'): who, never where;
    a place called by its own name stays one whatever the NER says ('Kano' as MISC)."""
    span = doc.char_span(place.start, place.end, alignment_mode="expand")
    return span is not None and span.root.ent_type_ in PEOPLE_LABELS and fold(place.text) != fold(place.name)


def strikes_its_object(anchor: Token, event_type: str, lexicon: EventLexicon) -> bool:
    """Whether what the trigger takes as its object is where it happened: an attack, a raid, a disaster or a
    movement takes a place ('shelled Kharkiv', 'left Pakistan'); praise, demands and talks take whom."""
    return event_type in TARGETED_TYPES or verb_lemma(anchor, lexicon) in lexicon.place_object_verbs


def where_told(verb: Token, doc: Doc, places: list[PlaceMention], lexicon: EventLexicon) -> PlaceMention | None:
    """The place a relative 'where' refers back to ('saccagées à Kandi, dans le nord du pays, où la police a
    interpellé onze personnes'): the last place named before it in the sentence."""
    where = next((c for c in verb.children if c.lower_ in lexicon.where_words), None)
    if where is None or verb.dep_ not in RELATIVE_DEPS:
        return None
    before = [p for p in places if p.resolved and verb.sent.start_char <= p.start < where.idx]
    return max(before, key=lambda p: p.start, default=None)


def towns_beside(place: PlaceMention, places: list[PlaceMention]) -> int:
    """How many other places finer than a country, in the same country, a sentence names beside a place: a town
    named alone says where in the country; one of a list of towns far apart does not."""
    return sum(1 for other in places if other.resolved and other is not place
               and other.country_code == place.country_code
               and PRECISION_RANK.get(other.precision, 3) < PRECISION_RANK["country"]
               and (other.lat, other.lon) != (place.lat, place.lon))


def lies_in(place: PlaceMention, area: PlaceMention) -> bool:
    """Whether a finer place lies in a country the same words name ('dans la colonie de Kharp, dans le Grand Nord
    russe'): where in it the act took place."""
    return area.precision == "country" and place.country_code == area.country_code \
        and PRECISION_RANK.get(place.precision, 3) < PRECISION_RANK["country"]


def coordinated_places(doc: Doc, place: PlaceMention, places: list[PlaceMention], lexicon: EventLexicon
                        ) -> list[PlaceMention]:
    """The places listed with a happening's place ('bombings in Kenya and Tanzania'): one act of a kind in each."""
    span = doc.char_span(place.start, place.end, alignment_mode="expand")
    if span is None:
        return []
    listed = {t.i for t in span.root.conjuncts}
    if relation_end(doc, place, lexicon):
        return []  # 'ties between Moscow and Pyongyang': two ends of one relation, not two places of one act
    found = []
    for other in places:
        other_span = doc.char_span(other.start, other.end, alignment_mode="expand")
        if other is not place and other.resolved and other_span is not None and other_span.root.i in listed \
                and not qualifies_town(doc.text, other, places):
            found.append(other)
    return found


def qualifies_town(text: str, area: PlaceMention, places: list[PlaceMention]) -> bool:
    """Whether an area follows a town of its own country after a comma ('Winnipeg, Manitoba'): it says which
    town, and is no place of its own in a list."""
    return any(town.end <= area.start and text[town.end:area.start].strip() == "," and town.resolved
               and town.country_code == area.country_code
               and PRECISION_RANK.get(town.precision, 3) < PRECISION_RANK.get(area.precision, 3) for town in places)


def described_place(text: str, area: PlaceMention, places: list[PlaceMention],
                    lexicon: EventLexicon | None = None) -> PlaceMention | None:
    """The place an area only says the whereabouts of, in an apposition describing it ('attacked Walikale, a town in
    North Kivu', 'raided Kuchi, a village near Gusau') or locating it in a part of the area ('autour de la ville de
    Barsalogho, dans le centre-nord du Burkina Faso'): where the act was, not the area; None if it describes none."""
    return next((other for other in places if other.end <= area.start and other.resolved
                 and (describes_place(text[other.end:area.start])
                      or (lexicon is not None and locates_in_part(text[other.end:area.start], lexicon)
                          and PRECISION_RANK.get(other.precision, 3) < PRECISION_RANK.get(area.precision, 3)))), None)
    # a volcano placed only in its country says less than the part of it named after it


def locates_in_part(between: str, lexicon: EventLexicon) -> bool:
    """Whether the words between two names put the first in a part of the second (', dans le centre-nord du ',
    ', in northern ', ', in the north of ')."""
    if not between.startswith(","):
        return False
    words = [w for w in APOSTROPHE_OR_SPACE.split(between[1:].strip().lower()) if w]
    parts = [w for w in words if all(piece in lexicon.part_nouns or piece in lexicon.part_adjectives
                                     for piece in w.split("-"))]
    linking = lexicon.locative_prepositions | {g.rstrip("'’") for g in lexicon.genitives} | ARTICLE_WORDS
    return bool(words) and words[0] in lexicon.locative_prepositions and len(parts) == 1 \
        and all(w in linking or w in parts for w in words)


def listed_place(doc: Doc, date: TimeExpression, after: int, places: list[PlaceMention]) -> PlaceMention | None:
    """The place told with one listed date: the last one named between the previous date and it ('in Kano on 9
    July', 'Spain in 1982')."""
    named = [p for p in places if p.resolved and after <= p.start and p.end <= date.end and not names_people(doc, p)]
    return named[-1] if named else None


def in_phrase_clause(word: Token, phrase: Token) -> bool:
    """Whether a word of a phrase is told in a clause of its own within it ('the president, accompanied by his wife
    Laura', 'the man who shot Kennedy'): who went along or was acted on there, not who the phrase is."""
    node = word
    while node.i != phrase.i and node.head.i != node.i:
        if node.dep_ in RELATIVE_DEPS:
            return True
        node = node.head
    return False


def located_within(word: Token, phrase: Token) -> bool:
    """Whether a word of a phrase is told behind a preposition of its own within it ('gunmen in Kaduna', 'des
    hommes armés à Kaduna'): where they were, not who they were."""
    if any(c.dep_ == "case" for c in word.children):
        return True
    node = word.head
    while node.i != phrase.i and node.head.i != node.i:
        if node.pos_ == "ADP":
            return True
        node = node.head
    return False


def in_clock_aside(text: str, place: PlaceMention, timexes: list[TimeExpression]) -> bool:
    """Whether a place only says whose clock an aside reads a time on ('vers 12 h 30 locales (20 h 30 en France)',
    'at 7 a.m. (1 a.m. in Washington)'): no place the happening took."""
    opening = text.rfind("(", 0, place.start)
    return opening >= 0 and ")" not in text[opening:place.start] \
        and any(t.type == "TIME" and opening < t.start and t.end <= place.start for t in timexes)
