"""Event mentions: what happened, per clause, from verbs and nouns ('struck', 'were killed', 'le séisme'), each with
the place and date its own words govern, its status and who reports it."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from functools import lru_cache

from spacy.tokens import Doc, Token

from core import timelex as lex
from extractors.event_lexicon import NO_HAPPENING, EventLexicon
from extractors.event_types import (ACCUSE_TYPE, AGENT_DEPS, ARMED_TYPE, CAUSE_TYPES, HARM_TYPES, MUTE_TYPES,
                                    REQUEST_TYPE, RESTRICTION_TYPES, RETREAT_TYPE, SANCTION_TYPE, SPEECH_TYPES,
                                    TIE_TYPES, armed_subject, breaks_off_ties, crowd_type, governed_type, ground_moves,
                                    is_people_crowd, lifts_a_restriction, lemma_readings, protests_as_a_state,
                                    purposes, sought_type, support_rally_type, tells_its_object, told_type)
from extractors.mention_places import (ARGUMENT_OBLIQUE, LOCATIVE_REACH, MODIFIER_DEPS, PASSIVE_SUBJECT_DEPS,
                                       RELATIVE_DEPS, addressed_to, coordinated_places, described_place, given_to,
                                       has_locative, heading_to, in_clock_aside, in_phrase_clause, is_attribute,
                                       is_passive_subject, is_stranded, is_target, lies_in, listed_place,
                                       located_within, names_people, opens_sentence, own_preposition, placing_another,
                                       relation_end, strikes_its_object, towns_beside, where_told)
from extractors.clause_words import (AUXILIARY_DEPS, DIRECT_OBJECT_DEPS, NOUN_PHRASE_REACH, SUBJECT_DEPS, governor,
                                     is_mistagged_noun, is_participle, is_verbal, tensed_dependent, verb_lemma)
from extractors.mention_status import (HISTORICAL_DAYS, MAX_STATUS_REACH, a_year_back, begins_after, copular_predicate,
                                       dated_status, mention_status, noun_status, telling_verb, told_in_past)
from core.model import Entity, PlaceMention, TimeExpression
from core.vocabulary import (DATE_PRECISION_RANK as TIME_RANK, PLACE_PRECISION_RANK as PRECISION_RANK,
                             UNREALISED_STATUSES)
from geocoding.gazetteer import capital_keys, default_gazetteer
from geocoding.names import fold
from geocoding.landforms import landform_phrase
from geocoding.mentions import people_country, people_words

IMPERSONAL_DEP = "expl:subj"  # 'il reste', 'il faut': a subject that names no one
OBJECT_DEPS = {"obj", "dobj", "iobj", "obl", "obl:arg", "obl:agent", "pobj", "dative", "nmod"}
MODIFIER_POS = ("ADJ", "ADV")  # words a phrase may hold inside ('a strong protest', 'une enquête préliminaire')
ARGUMENT_DEPS = {"nsubj", "nsubj:pass", "nsubjpass", "obj", "dobj", "expl:subj"}
INHERITED_SUBJECT_DEPS = {"conj", "xcomp", "advcl"}  # clauses whose unspoken subject is their head's
PASSIVE_DEPS = {"auxpass", "aux:pass"}
SENTENCE_ENDS = {".", "!", "?", "»", '"', "…"}
TIME_LABELS = ("DATE", "TIME")  # entity labels of dates and hours, words that name no participant
MAIN_CLAUSE_DEPS = {"xcomp", "acomp", "conj", "obj", "dobj"}  # "doit se rendre", "is due to go", "arrived and
# met", "a lancé une offensive"
LISTED_DATE_REACH = 2  # steps from a verb to a date it lists as one of its occasions ('on 3 May', 'in 1955')
MAX_PATH = 6  # dependency steps from a word up to the trigger that still count as "governed by it"
OCCASION_TYPES = ("CONSULT", "PROTEST")  # a visit, a meeting, a rally: an occasion that holds what is said and done
PART_TYPES = ("STATEMENT", "SUPPORT", "OTHER")  # speeches, tributes and acts within one; demands and threats are news
COMPLEMENT_CLAUSE_DEPS = {"ccomp", "advcl", "parataxis"}  # a clause of its own under a verb ('warned that ...')
DETERMINER_DEPS = {"det", "det:poss", "poss"}  # 'the', 'leur', 'their'
QUALIFYING_DEPS = {"nmod", "amod", "compound"}  # a noun hung on another noun describes it
LIGHT_OBJECT_DEPS = {"obj", "dobj", "nsubjpass", "nsubj:pass"}  # 'launched a search', 'a search was launched'
PLEDGE_TYPES = ("STATEMENT", "THREATEN")  # a promise, a threat: what may be told as carried out
INCISE_DEPS = {"conj", "parataxis", "advcl"}  # how the parser joins a telling set after the news to it
SPEAKER_QUALIFIER_DEPS = {"det", "amod", "compound", "nummod"}  # 'the South Korean military', 'un responsable local'
REPORT_TYPE = "STATEMENT"  # what a dated telling is news of
DENIAL_TYPE = "REJECT"  # a denial, and a yielding refused: news of a rejection
UNARMED_TYPES = ("ACCIDENT",)  # explosions and fires, unless a weapon is told with them
CROWD_TYPE, MILITARY_MOVE_TYPE = "PROTEST", "MOBILIZE"  # 'protesters marched', 'troops marched on the capital'
CAUSE_FREE = "OTHER"  # the type of a consequence told with no happening of its own: deaths, damage, flight
VIOLENT_TYPE = "ASSAULT"  # ... unless it tells violence ('three officers were killed')
HEALTH_TYPE = "HEALTH"  # ... or one named person's death with no cause told: illness or old age
PUTTING_OUT_TYPES = ("RETREAT", "MOBILIZE", "AID")  # 'released a statement', 'launched a video': no release
ADMITTED_TYPES = ("ASSAULT", "CRIME")  # harms whose admission is a claim of responsibility
RESPONSE_REACH = 5  # words between an answer and what it answered ('in retaliation for weeks of attacks')
AID_TYPE = "AID"
COERCION_TYPE = "COERCE"  # ... unless deaths are told in or by it ('killed in raids')
AGREE_TYPE = "AGREE"
CLASH_REACH = 20  # words after a clash's noun within which its parties are named
DISASTER_TYPE = "DISASTER"  # a storm or a quake, told by its kind even in its name ("le cyclone Chido")
RUIN_TYPE = "ACCIDENT"  # ... or the ruin of a structure ('a building collapsed'), an accident unless a cause is told


@dataclass
class EventMention:
    """One clause's telling of a happening: its trigger words, type, and what its own words say of place and time."""

    token: int  # the trigger's token index in the parsed document
    start: int  # the trigger's words in the text
    end: int
    sentence: tuple[int, int]
    lemma: str
    type: str
    consequence: bool = False  # tells the effects of a happening ('killed', 'blessés')
    anchored: bool = True  # a verb, or a noun with a time, place or verb of its own: may tell a happening alone
    told_by: int | None = None  # the trigger this one depends on ('the blast killed', 'scheduled to lay flowers')
    definite: bool = False  # a definite noun ('the blast', 'le séisme'): refers back to one already told
    another: bool = False  # 'another strike', 'une autre frappe': one more of its kind, not one told before
    purpose_noun: int | None = None  # the noun an uncoded verb's act was for, whose kind it took ('left for talks')
    plural: bool = False  # a plural noun ('the bombings', 'les frappes'): may tell several happenings at once
    purpose_of: int | None = None  # the act an infinitive tells the aim of ('pour dénoncer', 'left to investigate')
    medium_of: int | None = None  # the telling whose medium this verb issued ('condemned it in a statement issued
    # on Monday', 'dans un communiqué publié lundi'): its time and place are that telling's
    status: str = "asserted"
    reported_by: str = ""
    place: PlaceMention | None = None
    place_governed: bool = False  # the trigger's own words say where, not just its sentence
    also_at: list[PlaceMention] = field(default_factory=list)  # places listed with it ('in Kenya and Tanzania')
    towns_beside: int = 0  # other towns of its place's country its sentence names ('les régions de Lviv, d'Odessa')
    acting_state: PlaceMention | None = None  # a country that is the act's subject ('North Korea fired missiles')
    date: TimeExpression | None = None
    date_governed: bool = False
    actors: list[str] = field(default_factory=list)
    recipients: list[str] = field(default_factory=list)
    framed_by: str = ""  # the occasion its sentence sets it in ('on a visit to', 'lors de sa visite'): its type
    weapon: str = ""  # the weapon it was told with ('fired two missiles'): 'missile'
    weapon_again: bool = False  # told with a definite weapon ('the two missiles fired'): weapons told of before
    answered: bool = False  # what another act answered ('in retaliation for attacks'): a happening of its own
    conflict: bool = False  # names a whole conflict ('the war began on Oct. 7'), not one act fought in it
    blast: bool = False  # tells an explosion ('des explosions ont retenti'), whatever its cause
    on_crowd: bool = False  # done to a crowd ('dispersed the crowd', 'a dispersé les manifestants'): a rally's own
    sequenced: bool = False  # told as what another came before or after ('three years after a collision'): another
    # happening than the one its sentence tells
    verbal: bool = False  # told by a verb ('fired'), not a noun ('on orders from Washington')
    detail: bool = False  # an uncoded verb told beside a coded act ('appeared in the store'): that act's detail,
    # whose time and place count only where the act's own words give none


def within(start: int, end: int, outer: tuple[int, int]) -> bool:
    """Whether [start, end) lies inside a span."""
    return outer[0] <= start and end <= outer[1]


def subject_happening(verb: Token, lexicon: EventLexicon) -> Token | None:
    """The word of a verb's subject that is itself a happening ('le séisme a frappé', 'fighting broke out'), also
    where the tagger took it for a modifier ('Un puissant séisme': 'puissant' the noun, 'séisme' its adjective)."""
    for subject in subjects_of(verb):
        for word in (subject, *(c for c in subject.children if c.dep_ in ("amod", "compound", "flat"))):
            if any(w in lexicon.nouns or w in lexicon.consequence_nouns for w in (word.lemma_.lower(), word.lower_)):
                return word
    return None


def agent_cause(verb: Token, lexicon: EventLexicon) -> str | None:
    """The type of a disaster, a disease or an accident a passive verb names as its agent ('hit by floods', 'frappée
    par un séisme'): what the verb tells, whatever its own type; else None."""
    agents = [c for c in verb.children if c.dep_ in AGENT_DEPS]
    agents += [g for a in agents for g in a.children if g.dep_ == "pobj"]  # 'by' then its noun, in English
    told = (lexicon.nouns.get(a.lemma_.lower()) for a in agents)
    return next((t for t in told if t in CAUSE_TYPES), None)


def admits_harm(verb: Token, lexicon: EventLexicon) -> bool:
    """Whether a verb of admission completes with a harm its subject did ('admitted shooting down the plane')."""
    return any(c.dep_ in ("xcomp", "ccomp") and (trigger_of(c, lexicon) or ("", False))[0] in ADMITTED_TYPES
               for c in verb.children)


def done_to_death(verb: Token, lexicon: EventLexicon) -> bool:
    """Whether a verb's complement says it killed ('stoned a man to death', 'lapidé à mort'); a count of the dead
    says no manner ('le bilan s'est alourdi à 158 morts')."""
    heads = {verb.i} | {c.i for c in verb.children if c.dep_ in DIRECT_OBJECT_DEPS}  # 'stoned a man to death'
    return any((own_preposition(c), c.lemma_.lower()) in lexicon.deadly_complements and governor(c).i in heads
               and "Plur" not in c.morph.get("Number") and not any(g.dep_ in ("nummod", "det") for g in c.children)
               for child in verb.children for c in (child, *child.children, *(g for x in child.children
                                                                                for g in x.children)))


def is_pronominal(token: Token, lexicon: EventLexicon) -> bool:
    """Whether a verb comes with its reflexive clitic ('s'est rendu', 'se sont affrontés')."""
    return any(c.dep_.startswith("expl") and c.lower_ in lexicon.reflexives for c in token.children)


def trigger_of(token: Token, lexicon: EventLexicon) -> tuple[str, bool] | None:
    """A token's event type and whether it tells a consequence, or None if it tells no happening."""
    if is_verbal(token):
        lemma = verb_lemma(token, lexicon)
        if is_pronominal(token, lexicon):  # 's'occuper de' is not 'occuper', 'se rendre à' not 'rendre'
            pronominal = f"se {lemma}"
            if pronominal in lexicon.pronominal_verbs:
                return lexicon.pronominal_verbs[pronominal], False
            if pronominal in lexicon.pronominal_none:
                return None
        if lemma in lexicon.admission_verbs and admits_harm(token, lexicon):
            return REPORT_TYPE, False  # 'les FARC ont reconnu avoir abattu un avion': the claim is news
        if lemma in lexicon.reporting_verbs:
            return None
        if lemma in lexicon.occurrence_verbs:
            told = subject_happening(token, lexicon)
            if told is not None and told.pos_ != "NOUN" and told.lower_ in lexicon.nouns:
                return lexicon.nouns[told.lower_], False  # the happening its mis-tagged subject names
            if told is None and lemma not in lexicon.verbs and is_armed(token, lexicon):
                return ARMED_TYPE, False  # 'missiles hit the port': what a weapon hit was attacked
            if told is not None or lemma not in lexicon.verbs:
                return None  # 'the quake struck' tells the quake; 'Russia struck Kyiv' an attack
        if lemma in lexicon.failing_verbs and ruins_a_structure(token, lexicon):
            return RUIN_TYPE, True  # 'la canalisation a cédé mardi soir', 'the levee burst': no concession made
        if lemma in lexicon.verbs:
            return lexicon.verbs[lemma], False
        if asks_an_act(token, lemma, lexicon):
            return REQUEST_TYPE, False  # 'a appelé les alliés à livrer'; 'appelé au téléphone' asks nothing
        if done_to_death(token, lexicon):
            return VIOLENT_TYPE, False  # 'stoned a man to death', 'battu à mort'
        if lemma in lexicon.denial_verbs:
            return DENIAL_TYPE, False  # a denial is news; what it denies is negated
        if lemma in lexicon.consequence_verbs:
            return (VIOLENT_TYPE if lemma in lexicon.violent else DISASTER_TYPE if ground_moves(token, lexicon)
                    else RUIN_TYPE if ruins_a_structure(token, lexicon)
                    else HEALTH_TYPE if one_named_death(token, lexicon) else CAUSE_FREE), True
    lemma = token.lemma_.lower()
    if is_approximate_number(token, lexicon):
        return None  # 'une quarantaine blessées', 'une quarantaine de blessés': about forty, no quarantine
    if lemma in lexicon.halting_nouns and breaks_off_ties(token, lexicon):
        return SANCTION_TYPE, False  # 'la rupture de ses contacts avec le Likoud'
    if token.pos_ == "NOUN" and lemma in lexicon.nouns:
        return lexicon.nouns[lemma], False
    if opening_participle(token, lexicon):  # 'Libéré de prison il y a dix jours, M. Faye ...', tagged a name
        return lexicon.verbs[verb_lemma(token, lexicon)], False
    if token.pos_ == "NOUN" and lemma in lexicon.consequence_nouns:
        return (HEALTH_TYPE if one_named_death(token, lexicon) else CAUSE_FREE), True
    return None


def refused_yielding(mention: EventMention, lexicon: EventLexicon) -> EventMention:
    """A yielding verb told as not done is a rejection that was ('ont répondu qu'elles ne céderaient pas à la menace',
    'would not accept the plan'); other mentions as they are."""
    if mention.type != AGREE_TYPE or mention.status != "negated" or mention.lemma not in lexicon.yielding_verbs:
        return mention
    return replace(mention, type=DENIAL_TYPE, status="asserted")


def is_approximate_number(noun: Token, lexicon: EventLexicon) -> bool:
    """Whether a noun counts roughly with an indefinite article ('une quarantaine', 'des centaines', 'a dozen')."""
    return noun.lemma_.lower() in lexicon.approximate_numbers \
        and any("Ind" in c.morph.get("Definite") for c in noun.children if c.dep_ == "det")


def one_named_death(token: Token, lexicon: EventLexicon) -> bool:
    """Whether a death is one named person's ('Monique Grandvallet est décédée', 'Décès de Monique Grandvallet', 'the
    poet Ana Blandiana died'): with no cause told, an illness or old age, not a toll."""
    if verb_lemma(token, lexicon) not in lexicon.natural_deaths:
        return False
    dead = subjects_of(token) if token.pos_ != "NOUN" else \
        [g for c in token.children if c.dep_ in ("nmod", "prep") for g in (c, *c.children)]
    named = [w for d in dead for w in (d, *(c for c in d.children if c.dep_ in ("appos", "compound", "flat")))]
    return any(w.pos_ == "PROPN" and "Plur" not in w.morph.get("Number") for w in named)


def opening_participle(token: Token, lexicon: EventLexicon) -> bool:
    """Whether a sentence opens on a past participle of a coded verb the tagger took for a name or a noun
    ('Libéré de prison, il ...', 'Arrêté lundi à Paris, le suspect ...'): a clause of its own."""
    lemma = token.lemma_.lower()
    read = verb_lemma(token, lexicon)
    return token.is_sent_start and token.pos_ in ("PROPN", "NOUN") and lemma not in lexicon.nouns \
        and read != lemma and read in lexicon.verbs


def ruins_a_structure(verb: Token, lexicon: EventLexicon) -> bool:
    """Whether an effect verb has a structure for subject ('a building collapsed', 'un pont s'est effondré'): with
    no cause told, an accident."""
    return any(s.lemma_.lower() in lexicon.structures for s in subjects_of(verb))


def armed_with(token: Token, lexicon: EventLexicon) -> Token | None:
    """The weapon an act is told of ('the bomb exploded', 'the bomb that exploded', 'a bomb explosion',
    "l'explosion d'une bombe", 'fired two missiles', 'les missiles tirés'), if any."""
    words = [c for c in token.children if c.dep_ in SUBJECT_DEPS or c.dep_ in MODIFIER_DEPS
             or c.dep_ in DIRECT_OBJECT_DEPS or c.dep_ in ("nmod", "prep")]
    words += [g for c in words if c.dep_ == "prep" for g in c.children]  # 'explosion of a bomb'
    words += [w for c in words if c.dep_ in DIRECT_OBJECT_DEPS for w in instruments(c, lexicon)]  # 'hit an oil depot
    # with drones': the parser hangs the instrument on the object
    if token.dep_ in RELATIVE_DEPS:
        words.append(token.head)
    return next((w for w in words if w.lemma_.lower() in lexicon.weapons or w.lower_ in lexicon.weapons), None) \
        or armed_subject(token, lexicon)  # 'obus' read as the plural of 'obu': the word as written


def instruments(word: Token, lexicon: EventLexicon) -> list[Token]:
    """What a word's instrument phrase names ('with drones', 'avec des drones')."""
    return [g for c in word.children for g in ((c,) if c.dep_ == "nmod" else c.children if c.dep_ == "prep" else ())
            if any(t.lower_ in lexicon.instrument_prepositions for t in (c, *g.children))]


def is_armed(token: Token, lexicon: EventLexicon) -> bool:
    """Whether an act is told of a weapon: an attack, not an accident nor a dismissal."""
    return armed_with(token, lexicon) is not None


def told_weapon(token: Token, lexicon: EventLexicon) -> tuple[str, bool]:
    """The lemma of the weapon an act is told of ('' if none), and whether a definite phrase tells it
    ('les deux missiles tirés', 'the missiles fell'): the text returns to weapons it has told of."""
    weapon = armed_with(token, lexicon)
    if weapon is None:
        return "", False
    return weapon.lemma_.lower(), is_definite(weapon, lexicon)


def weapon_fields(token: Token, lexicon: EventLexicon) -> dict[str, str | bool]:
    """An EventMention's weapon fields, read once."""
    weapon, again = told_weapon(token, lexicon)
    return {"weapon": weapon, "weapon_again": again}


def is_aimed(token: Token, lexicon: EventLexicon) -> bool:
    """Whether an act is told with a target ('missiles at Israel', 'des missiles sur Israël', 'against the base')."""
    weapons = [c for c in token.children if c.lemma_.lower() in lexicon.weapons]
    weapons += [g for w in weapons for g in w.conjuncts]
    for word in (token, *weapons):
        for child in word.children:
            if child.dep_ == "prep" and child.lower_ in lexicon.target_prepositions \
                    and any(g.dep_ == "pobj" for g in child.children):
                return True  # English: 'at' heads its noun
            if child.dep_ != "prep" and own_preposition(child) in lexicon.target_prepositions:
                return True  # French: 'sur' is its noun's case word
    return False


def reports_survey(tokens: list[Token], lexicon: EventLexicon) -> bool:
    """Whether a sentence tells what a survey found: a poll is the subject of its main verb ('Polls have shown
    support rising', 'Cette enquête, basée sur les réponses de 408 sondés, montre')."""
    roots = [t for t in tokens if t.dep_ == "ROOT"]
    subjects = [c for t in roots for c in t.children if c.dep_ in SUBJECT_DEPS]
    nominal = [t for t in roots if t.pos_ == "NOUN"]  # 'Ce sondage, ..., révèle': the parser made the poll the root
    words = [w for s in subjects for w in s.subtree] + nominal \
        + [w for t in nominal for c in t.children if c.dep_ in ("nmod", "amod", "acl") for w in c.subtree]
    return any(w.lemma_.lower() in lexicon.survey_words or w.lower_ in lexicon.survey_words for w in words)


def holds_stance(token: Token, lexicon: EventLexicon) -> bool:
    """Whether a verb tells a stance held ('has opposed', 'soutient'), which is news only with a date of its own."""
    return verb_lemma(token, lexicon) in lexicon.stance_verbs


def is_repeated(token: Token, lexicon: EventLexicon) -> bool:
    """Whether a trigger tells a series ('arrested more than a dozen times', 'a été interpellé à plusieurs
    reprises', 'often clashed'), which is no one happening; 'for the first time' is one."""
    words = [*token.children, *(g for c in token.children if c.dep_ in ("prep", "obl", "obl:mod", "npadvmod")
                                for g in c.children)]
    for word in words:
        lemma = word.lemma_.lower()
        if lemma in lexicon.repeated_adverbs:
            return True
        if lemma in lexicon.repeated_nouns:
            counts = [c for c in word.children if c.dep_ in ("nummod", "det", "amod", "quantmod") or c.like_num]
            counts += [g for c in counts for g in c.children]
            if counts and not any(c.lemma_.lower() in lexicon.single_counts for c in counts):
                return True
    return False


def is_counted_series(token: Token, lexicon: EventLexicon) -> bool:
    """Whether a plural act is counted as many ('de nombreux lancements', 'several raids'): a series, no one
    happening unless a day or a place of its own makes it one ('many protests erupted across Iran')."""
    return token.pos_ == "NOUN" and "Plur" in token.morph.get("Number") \
        and any(c.lemma_.lower() in lexicon.quantifiers for c in token.children if c.dep_ in ("amod", "det", "nummod"))


def of_a_day(date: TimeExpression | None) -> bool:
    """Whether a date names a day or a finer time."""
    return date is not None and TIME_RANK.get(date.precision, 12) <= TIME_RANK["day"]


def asks_whether(token: Token, lexicon: EventLexicon) -> bool:
    """Whether a verb of request asks a question ('asked whether Russia would help', 'lui a demandé si'): a telling."""
    return any(g.dep_ == "mark" and g.lower_ in lexicon.question_marks for c in token.children for g in c.children
               if c.dep_ in ("ccomp", "advcl", "xcomp"))


def armed_act(token: Token, lexicon: EventLexicon) -> tuple[str, bool] | None:
    """An attack told by a verb that is one only with a weapon ('fired two missiles', 'a tiré des roquettes')."""
    if is_verbal(token) and verb_lemma(token, lexicon) in lexicon.armed_verbs and is_armed(token, lexicon):
        return ARMED_TYPE, False
    return None


def ground_act(token: Token, lexicon: EventLexicon) -> tuple[str, bool] | None:
    """A landslide told by the ground's moving, whatever the verb ('tons of earth cascaded down a hillside')."""
    if is_verbal(token) and not is_state(token, lexicon) and ground_moves(token, lexicon):
        return DISASTER_TYPE, False
    return None


def retyped(token: Token, event_type: str, lexicon: EventLexicon) -> str:
    """A trigger's type as its participants tell it: a bomb's explosion is an attack, armed men's march a
    military move, an attack launched an attack."""
    event_type = told_type(token, event_type, lexicon)  # 'lancé une offensive', 'declared a state of emergency'
    seeker = token if token.lemma_.lower() in lexicon.seeking_words else next(
        (c for c in token.children if c.dep_ in LIGHT_OBJECT_DEPS and c.lemma_.lower() in lexicon.seeking_words), None)
    if seeker is not None and (sought := sought_type(seeker, lexicon)) is not None:
        return sought  # 'searching for Kopp', 'a search has been launched for accomplices': an inquiry
    if event_type in SPEECH_TYPES and (said_by := subject_happening(token, lexicon)) is not None \
            and lexicon.nouns.get(said_by.lemma_.lower()) in MUTE_TYPES:
        return lexicon.nouns[said_by.lemma_.lower()]  # 'de violents combats ont opposé l'armée aux rebelles'
    if (caused_by := agent_cause(token, lexicon)) is not None:
        return caused_by  # 'la région a été frappée par des inondations', 'hit by a cyclone': the flood, the storm
    if event_type in UNARMED_TYPES and is_armed(token, lexicon):
        return ARMED_TYPE
    if event_type == MILITARY_MOVE_TYPE and is_armed(token, lexicon) and is_aimed(token, lexicon):
        return ARMED_TYPE  # 'launched 300 drones and missiles at Israel'; a test launch into the sea stays a move
    if event_type == CROWD_TYPE and any(s.lemma_.lower() in lexicon.armed_actors for s in subjects_of(token)):
        return MILITARY_MOVE_TYPE
    if event_type in RESTRICTION_TYPES and lifts_a_restriction(token, lexicon):
        return RETREAT_TYPE  # 'lifted a ban on social media', 'a levé le couvre-feu'
    if event_type in TIE_TYPES and breaks_off_ties(token, lexicon):
        return SANCTION_TYPE  # 'Israel-Syrian talks have been cut off': talks halted, not held
    if event_type == CROWD_TYPE and protests_as_a_state(token, lexicon):
        return ACCUSE_TYPE  # 'Japan protested the launch': a complaint lodged, not a rally
    parties = participant_words(token) + (list(token.doc[token.i + 1:min(token.i + CLASH_REACH, token.sent.end)])
                                          if token.pos_ == "NOUN" else [])  # 'des heurts ont éclaté en fin
    # d'après-midi entre la police et des manifestants': the parser may hang a clash's parties on the time
    if event_type == ARMED_TYPE and not is_armed(token, lexicon) \
            and any(lexicon.nouns.get(w.lemma_.lower()) == CROWD_TYPE for w in parties):
        return CROWD_TYPE  # 'police clashed with demonstrators', 'des heurts entre policiers et manifestants': a riot
    if event_type == COERCION_TYPE and is_deadly(token, lexicon):
        return ARMED_TYPE  # 'five fighters were killed in 73 raids', 'the raid killed three': violence, not an arrest
    if event_type == COERCION_TYPE and any(s.lemma_.lower() in lexicon.rescue_workers for s in subjects_of(token)):
        return DISASTER_TYPE  # 'les secouristes fouillaient les décombres': the disaster's rescue, not a search
    if event_type == RUIN_TYPE and token.pos_ == "VERB":  # 'des manifestants se sont heurtés à la police': a clash
        words = participant_words(token)
        if any(lexicon.nouns.get(w.lemma_.lower()) == CROWD_TYPE for w in words):
            return CROWD_TYPE
        if any(w.lemma_.lower() in lexicon.armed_actors for w in words):
            return ARMED_TYPE  # 'les soldats se sont heurtés aux rebelles'; a lorry that hit a bus stays an accident
    return event_type


def takes_ground(verb: Token, doc: Doc, place: PlaceMention | None, lexicon: EventLexicon) -> bool:
    """Whether armed men take the place the act names as its object ('militants seized the town of Mora'): ground
    taken by force, not goods impounded ('police seized cocaine in Guayaquil')."""
    span = doc.char_span(place.start, place.end, alignment_mode="expand") if place is not None else None
    if span is None or verb_lemma(verb, lexicon) not in lexicon.place_object_verbs \
            or not any(s.lemma_.lower() in lexicon.armed_actors for s in subjects_of(verb)):
        return False
    return any(span.root.i in {t.i for t in c.subtree} for c in verb.children if c.dep_ in DIRECT_OBJECT_DEPS)


def is_deadly(token: Token, lexicon: EventLexicon) -> bool:
    """Whether a killing or a wounding is told as done in or by the act ('killed in raids', 'the raid killed')."""
    head = governor(token)
    return head.i != token.i and verb_lemma(head, lexicon) in lexicon.violent and token.dep_ not in DIRECT_OBJECT_DEPS


def participant_words(token: Token) -> list[Token]:
    """The nouns naming who took part in an act: its subjects, objects and prepositional partners, with the
    words listed with them ('police and protesters clashed', 'clashed with demonstrators')."""
    words = subjects_of(token) + [c for c in token.children if c.dep_ in OBJECT_DEPS]
    words += [g for c in token.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"
              and g.ent_type_ not in TIME_LABELS]  # 'On 14 March': a month, not a march
    return words + [c for w in words for c in w.conjuncts]


def clause_role(token: Token) -> tuple[str, Token]:
    """A word's relation and head, past a fronted date the parser took for the subject ('Le 28 novembre, des
    affrontements ont fait 12 morts': 'affrontements' hung on '28' as its conjunct is the verb's subject)."""
    head = token.head
    if token.dep_ == "conj" and head.like_num and head.dep_ in SUBJECT_DEPS and head.head.i != head.i:
        return head.dep_, head.head
    if token.dep_ in ("advmod", "npadvmod") and token.pos_ == "NOUN" and token.i < head.i and is_verbal(head) \
            and not any(c.dep_ in SUBJECT_DEPS and c.pos_ in ("NOUN", "PROPN", "PRON") for c in head.children):
        return "nsubj", head  # 'Heavy shelling hit Kharkiv': the adjective taken for the subject, the noun for an adverb
    return token.dep_, head


def fronted_subject(subject: Token) -> list[Token]:
    """Who a subject names: past a fronted date the parser took for it, the nouns it hung on the date."""
    if not subject.like_num:
        return [subject]
    return [c for c in subject.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")] or [subject]


def subjects_of(token: Token, reach: int = 4) -> list[Token]:
    """A verb's subjects, or those of the verb it is coordinated with or completes ('fighters seized X and marched
    on Y', 'North Korea made space a priority after trying to launch'); an impersonal 'il' is no one ('mais il
    lui reste du chemin, après avoir tenté de lancer')."""
    subjects = [c for c in token.children if c.dep_ in SUBJECT_DEPS and c.dep_ != IMPERSONAL_DEP]
    subjects = [real for c in subjects for real in fronted_subject(c)]
    subjects = [token.head if is_relative_pronoun(c) and token.dep_ in RELATIVE_DEPS else c for c in subjects]
    # 'the war, which began': the war began
    if not subjects and token.dep_ == "xcomp":  # 'aider la Corée du Nord à lancer': the object does the launching
        subjects = [c for c in token.head.children if c.dep_ in DIRECT_OBJECT_DEPS]
    if not subjects and token.dep_ in INHERITED_SUBJECT_DEPS and reach > 1:
        subjects = subjects_of(token.head, reach - 1)  # 'après avoir tenté de lancer': the main clause's subject
    return subjects


def acting_state(token: Token, doc: Doc, places: list[PlaceMention], lexicon: EventLexicon) -> PlaceMention | None:
    """The country a trigger's subject names ('la Corée du Nord a tenté de lancer', or 'it' after 'North Korea
    fired'): where a state's own act took place when the text says no more."""
    subjects = subjects_of(token)
    named = {s.i for s in subjects}
    states = [p for p in places if p.resolved and p.precision == "country" and not names_people(doc, p)]
    for place in states + [p for p in places if is_capital_place(p)]:  # 'Pyongyang warned', 'Kinshasa a accusé':
        span = doc.char_span(place.start, place.end, alignment_mode="expand")  # the state by its seat
        if span is not None and span.root.i in named:
            return place
    if not any(s.lower_ in lexicon.state_pronouns for s in subjects):
        return None
    before = doc[max(token.sent.start - 1, 0)].sent.start  # the sentence before, and this one up to the pronoun
    subjects_before = []
    for place in states:
        span = doc.char_span(place.start, place.end, alignment_mode="expand")
        if span is not None and before <= span.start < token.i and span.root.dep_ in SUBJECT_DEPS:
            subjects_before.append(place)
    return subjects_before[-1] if subjects_before else None


def is_capital_place(place: PlaceMention) -> bool:
    """Whether a place was read as a country's capital, the seat its government is named by."""
    return place.resolved and place.feature_class == "city" and (fold(place.name), place.country_code) in capital_keys()


def is_reduced_relative(token: Token) -> bool:
    """A participle that only qualifies a noun ('une référence voilée aux États-Unis', 'a car parked in Paris'):
    an uncoded verb there tells no happening of its own unless it dates it."""
    return token.dep_ in ("amod", "acl") and "Part" in token.morph.get("VerbForm") \
        and not any(c.dep_ in AUXILIARY_DEPS for c in token.children)


def is_participle_clause(token: Token) -> bool:
    """A past participle set beside its clause without an auxiliary ('Ariel Henry, bloqué à Porto Rico, n'a pas
    pu rentrer', 'Stranded in Puerto Rico, he could not return'): it says how someone was, and an uncoded verb there
    tells no happening of its own unless it dates it."""
    return token.dep_ == "advcl" and "Part" in token.morph.get("VerbForm") and "Pres" not in token.morph.get("Tense") \
        and not any(c.dep_ in AUXILIARY_DEPS or c.dep_ == "mark" for c in token.children)


def is_imperfect(token: Token, lexicon: EventLexicon) -> bool:
    """Whether a finite verb is in the imperfect, by its mood tag or, where the tagger reads it as a present
    ('gardaient'), by its ending; 'fait' (faire) is a present."""
    if "Imp" in token.morph.get("Tense"):
        return "Fin" in token.morph.get("VerbForm")
    form, lemma = token.text.lower(), token.lemma_.lower()
    return "Fin" in token.morph.get("VerbForm") and form != lemma[:-2] + "t" \
        and any(form.endswith(e) and len(form) > len(e) + 1 for e in lexicon.imperfect_endings)


def is_state(token: Token, lexicon: EventLexicon) -> bool:
    """A verb in the simple present tells a state or a habit, not a happening ('Ukraine is ruled from Moscow',
    'des millions de personnes visitent chaque année les parcs'); so does an ongoing activity that describes
    someone ('a team that is investigating the bombings')."""
    auxiliaries = [c for c in token.children if c.dep_ in AUXILIARY_DEPS]
    if token.dep_ in RELATIVE_DEPS and "Prog" in token.morph.get("Aspect") and auxiliaries:
        return all("Pres" in c.morph.get("Tense") for c in auxiliaries)
    if token.dep_ == "conj" and "Prog" in token.morph.get("Aspect") and not auxiliaries \
            and token.head.i != token.i and is_state(token.head, lexicon):
        return True  # 'a team that is investigating and prosecuting the bombings': both describe the team
    return "Pres" in token.morph.get("Tense") and "Fin" in token.morph.get("VerbForm") and not auxiliaries \
        and not is_imperfect(token, lexicon)


def is_background(token: Token, lexicon: EventLexicon) -> bool:
    """A verb in the imperfect or the past progressive tells what was going on around the news ('une plaidoirie qui
    constituait', 'he was working with the underground'); a verb no lexicon codes so told is no happening unless
    a date of its own makes it the news."""
    auxiliaries = [c for c in token.children if c.dep_ in AUXILIARY_DEPS]
    if is_imperfect(token, lexicon):
        return not auxiliaries
    return "Prog" in token.morph.get("Aspect") and bool(auxiliaries) \
        and all("Past" in c.morph.get("Tense") for c in auxiliaries)


def is_present_passive(token: Token, lexicon: EventLexicon) -> bool:
    """A passive in the simple present tells a standing state ('he is charged in three attacks', 'extremists are
    opposed to the talks', 'il est accusé de'), unless its clause dates it ('is killed last month'); a perfect made
    with 'être' ('la rivière est sortie de son lit'), which the parser takes for a passive, tells a happening."""
    auxiliaries = [c for c in token.children if c.dep_ in AUXILIARY_DEPS]
    return bool(auxiliaries) and all(c.dep_ in PASSIVE_DEPS and "Pres" in c.morph.get("Tense") for c in auxiliaries) \
        and verb_lemma(token, lexicon) not in lexicon.be_perfect_verbs


def struck_by_the_disaster(found: list[tuple[Token, str, bool, int, int]], lexicon: EventLexicon
                           ) -> list[tuple[Token, str, bool, int, int]]:
    """A striking told with no subject in a sentence that names a disaster ('le cyclone Chido, le plus violent à
    frapper Mayotte', the parser losing the subject) is the disaster's striking, not an attack."""
    if not any(kind == DISASTER_TYPE for _, kind, *_ in found):
        return found
    return [(token, DISASTER_TYPE, *rest) if kind == VIOLENT_TYPE
             and verb_lemma(token, lexicon) in lexicon.occurrence_verbs
             and not any(c.dep_ in SUBJECT_DEPS for c in token.children) else (token, kind, *rest)
            for token, kind, *rest in found]


def is_storm_kind(token: Token, lexicon: EventLexicon) -> bool:
    """Whether a word says what kind of disaster the name it opens is ('cyclone' in 'cyclone Chido')."""
    return token.pos_ in ("NOUN", "PROPN") and lexicon.nouns.get(token.lemma_.lower()) == DISASTER_TYPE


def phrase_triggers(tokens: list[Token], lexicon: EventLexicon, dates: set[int]) -> dict[int, tuple[str, int, int]]:
    """Multiword triggers ('open fire', 'coup d'état'), also read past a date or a modifier put inside ('ont pris
    lundi le contrôle', 'lodged a strong protest'), not in place of a date word of their own ('le jour se levait'):
    head token -> (type, start, end)."""
    undated = [t for t in tokens if t.i not in dates]
    bare = [t for t in undated if t.pos_ not in MODIFIER_POS and t.text != "-"]  # 'became full-fledged members'
    return {**phrases_in(bare, lexicon), **phrases_in(undated, lexicon), **phrases_in(tokens, lexicon)}


def phrases_in(tokens: list[Token], lexicon: EventLexicon) -> dict[int, tuple[str, int, int]]:
    """The multiword triggers a run of tokens spells, lemma by lemma: head token -> (type, start, end)."""
    found: dict[int, tuple[str, int, int]] = {}
    lemmas = [t.lemma_.lower() for t in tokens]
    for first, lemma in enumerate(lemmas):
        for length in lexicon.phrase_lengths.get(lemma, ()):
            event_type = lexicon.phrases.get(tuple(lemmas[first:first + length]))
            if event_type is None:
                continue
            words = tokens[first:first + length]
            inside = {t.i for t in words}
            head = next((t for t in words if t.head.i not in inside or t.head.i == t.i), words[0])
            found[head.i] = (event_type, words[0].idx, words[-1].idx + len(words[-1]))
    return found


def trigger_extent(token: Token) -> tuple[int, int]:
    """The trigger's words: a noun with the nouns compounded into it ('car bombings'), a verb alone."""
    first = token
    if token.pos_ == "NOUN":
        modifiers = [c for c in token.lefts if c.dep_ == "compound" and c.pos_ != "PROPN"]  # not a name's words
        first = modifiers[0] if modifiers else token
    return first.idx, token.idx + len(token)


def is_anchored(token: Token, anchors: list[Token], place_governed: bool, date_governed: bool) -> bool:
    """Whether a trigger may tell a happening on its own: a verb of a clause, or a noun or attributive participle
    with a time, a place or a verb of its own ('the bombed embassy' and 'victims' only join one told elsewhere)."""
    attributive = (token.dep_ == "amod" and token.head.pos_ == "NOUN" and "Fin" not in token.morph.get("VerbForm")) \
        or (is_participle(token) and token.dep_ == "acl") or is_reduced_relative(token)
    return (token.pos_ != "NOUN" and not attributive) or place_governed or date_governed or len(anchors) > 1


def is_definite(token: Token, lexicon: EventLexicon) -> bool:
    """Whether a noun trigger comes with a definite, demonstrative or possessive determiner ('the blast',
    'ce séisme', 'leur rencontre')."""
    determiners = [c for c in token.children if c.dep_ in DETERMINER_DEPS]
    before = token.i - 1  # 'The magnitude 6.3 earthquake': the tagger may hang 'The' on 'magnitude'
    while before >= max(0, token.i - NOUN_PHRASE_REACH) and token.doc[before].pos_ in ("NOUN", "PROPN", "NUM", "ADJ"):
        before -= 1
    if before >= 0 and before < token.i - 1 and token.doc[before].pos_ == "DET":
        determiners.append(token.doc[before])
    return token.pos_ == "NOUN" and any(c.lower_ in lexicon.determiners for c in determiners)


def erupts(verb: Token, doc: Doc, places: list[PlaceMention], lexicon: EventLexicon) -> bool:
    """Whether a verb of happening has a landform for its subject ('Mount Lewotobi erupted', 'le mont X est entré en
    activité'): nature acting, a disaster."""
    if verb_lemma(verb, lexicon) not in lexicon.occurrence_verbs:
        return False
    subjects = [s for s in verb.children if s.dep_ in SUBJECT_DEPS]
    return any(p.start <= s.idx < p.end and landform_phrase(doc.text, p.start, p.end) is not None
               for s in subjects for p in places)


def is_measured_apart(verb: Token, lexicon: EventLexicon) -> bool:
    """Whether a clause tells a happening a measured time before or after the one told ('a day after drones struck
    a power station', 'deux jours après que des drones ont frappé'): another happening, not a part of it."""
    marks = [c for c in verb.children if c.dep_ == "mark" and c.lower_ in lexicon.sequence_marks]
    return any(c.pos_ == "NOUN" and c.i < mark.i and c.dep_ not in SUBJECT_DEPS and is_counted(c) for mark in marks
               for c in (*verb.children, *mark.children))


def is_counted(noun: Token) -> bool:
    """Whether a noun is counted ('a day', 'two hours', 'quelques jours', 'hours'), not placed ('next year')."""
    modifiers = list(noun.children)
    return any(c.dep_ == "nummod" or "Ind" in c.morph.get("Definite") for c in modifiers) \
        or (not modifiers and "Plur" in noun.morph.get("Number"))


def is_another(token: Token, lexicon: EventLexicon) -> bool:
    """Whether a noun trigger is told as one more of its kind, or one of those told ('Another strike hit a house',
    'une autre frappe', 'One strike hit a camp')."""
    return token.pos_ == "NOUN" and any(c.lower_ in lexicon.others for c in token.children
                                        if c.dep_ in DETERMINER_DEPS or c.dep_ in ("amod", "nummod"))


def path_to(anchor: Token, doc: Doc, start: int, end: int) -> list[Token] | None:
    """The tokens from a span's head up to the anchor, or None if the anchor does not govern the span."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    node, path = span.root, []
    while node.i != anchor.i:  # spaCy makes a new Token object on each access: compare positions
        path.append(node)
        if node.head.i == node.i or len(path) > MAX_PATH:
            return None
        node = node.head
    return path


def date_path(anchor: Token, doc: Doc, timex: TimeExpression) -> list[Token] | None:
    """The words from a date up to the anchor, where the parser hung a trailing day on a name it follows ('s'est
    emparé de la ville de Goma lundi', 'lundi' under 'Goma'): a name takes no date, so the day is the clause's."""
    path = path_to(anchor, doc, timex.start, timex.end)
    if path is None or len(path) < 2 or path[1].pos_ != "PROPN" or path[0].i < path[1].i:
        return path
    return [path[0], *(t for t in path[1:] if is_verbal(t))]


def crosses_clause(path: list[Token], lexicon: EventLexicon) -> bool:
    """Whether a word reaches the trigger only through another clause's verb ('arrested him as he was about to be
    deported to the United States': the United States is where he was to go, not where he was arrested); a
    comment on the source is none ('Around 1 June (as reported), bandits looted')."""
    return any((is_verbal(t) or is_copular_clause(t))
               and (t.lemma_.lower() not in lexicon.occurrence_verbs or t.dep_ in COMPLEMENT_CLAUSE_DEPS)
               and not (t.lemma_.lower() in lexicon.location_verbs and is_reduced_relative(t))  # 'un hameau situé à
               and not is_source_comment(t, lexicon) and not is_predicative(t) for t in path[1:])
    # 'the quake struck X' tells the quake's place; 'warned that famine could spread across Darfur' not the warning's


def is_predicative(verb: Token) -> bool:
    """Whether a past participle only says in what state its clause found someone or something ('his car was found
    abandoned at Newark airport', 'retrouvée abandonnée'): no clause of its own, no happening of its own."""
    return verb.dep_ == "xcomp" and "Part" in verb.morph.get("VerbForm") and "Pres" not in verb.morph.get("Tense") \
        and not any(c.dep_ in AUXILIARY_DEPS or c.dep_ in SUBJECT_DEPS for c in verb.children)


def is_copular_clause(token: Token) -> bool:
    """Whether an auxiliary heads a clause of its own with its own subject ('the attacks came as Henry was in
    Kenya'): a place or a time said in it is that clause's."""
    return token.pos_ == "AUX" and token.dep_ not in AUXILIARY_DEPS and not is_mistagged_noun(token) \
        and any(c.dep_ in SUBJECT_DEPS for c in token.children)


def killed_by_someone(verb: Token, lexicon: EventLexicon) -> bool:
    """Whether a killing is told in the active voice with the people who did it for its subject ('gunmen killed
    three', 'des hommes armés ont tué'), not a happening ('the blast killed') nor a pronoun for one."""
    return is_verbal(verb) and any(
        c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN") and trigger_of(c, lexicon) is None
        and c.lemma_.lower() not in lexicon.weapons for c in verb.children)


def names_a_kind_of_place(noun: Token, lexicon: EventLexicon, in_names: set[int]) -> bool:
    """Whether a bare noun after its preposition says what kind of place its head is, or its head's ('au centre de
    coordination des secours', 'dans la salle de conférence'): a place's name, no happening; not when the parser
    hung it on a date or a name ('provoqué en février des manifestations': 'des' read as a preposition)."""
    for _ in range(NOUN_PHRASE_REACH):
        if noun.pos_ != "NOUN" or noun.dep_ not in QUALIFYING_DEPS or noun.head.pos_ != "NOUN" \
                or noun.head.i in in_names or not any(c.dep_ == "case" for c in noun.children) \
                or any(c.dep_ in DETERMINER_DEPS for c in noun.children):
            return False
        noun = noun.head
        if own_preposition(noun) in lexicon.locative_prepositions:
            return True
    return False


def puts_out_information(verb: Token, lexicon: EventLexicon) -> bool:
    """Whether a verb that elsewhere frees, launches or hands out puts out a statement, a toll or a video here
    ('released a statement', 'a toll released Wednesday'): a telling, not the act its lemma codes."""
    if not is_verbal(verb) or lexicon.verbs.get(verb_lemma(verb, lexicon)) not in PUTTING_OUT_TYPES:
        return False
    told = [c for c in verb.children if c.dep_ in DIRECT_OBJECT_DEPS]
    if is_reduced_relative(verb):
        told.append(verb.head)
    return any(t.lemma_.lower() in lexicon.information_nouns for t in told)


def is_source_comment(verb: Token, lexicon: EventLexicon) -> bool:
    """Whether a reporting verb only says where the news came from ('as reported', 'as was previously reported',
    'comme annoncé'): no telling of its own."""
    lemma = verb_lemma(verb, lexicon)
    return (lemma in lexicon.reporting_verbs or lexicon.verbs.get(lemma) == REPORT_TYPE) \
        and any(c.lower_ in lexicon.comment_marks and c.i < verb.i for c in verb.children) \
        and not any(c.dep_ in SUBJECT_DEPS and c.lower_ not in lexicon.comment_marks for c in verb.children)


def is_attribution(verb: Token, lexicon: EventLexicon) -> bool:
    """Whether a verb of telling follows the news it tells, after a comma ('The United States evacuated its staff on
    Sunday, the State Department announced', '..., a annoncé le département d'État'): it names the source, as
    'said' does, and is no happening of its own."""
    if not is_verbal(verb) or lexicon.verbs.get(verb_lemma(verb, lexicon)) != REPORT_TYPE:
        return False
    told = [c for c in verb.children if c.dep_ in ("ccomp", "advmod", "parataxis", "advcl") and is_verbal(c)
            and c.i < verb.i]
    if verb.dep_ in ("conj", "parataxis") and is_verbal(verb.head) and verb.head.i < verb.i \
            and not any(c.dep_ == "cc" or (c.dep_ in SUBJECT_DEPS and c.i < verb.i) for c in verb.children):
        told.append(verb.head)  # '... a fait 1 000 morts, a annoncé dimanche le ministère': the parser joined the
        # telling to the news as a second verb; its source follows it
    return any(c.is_punct and c.lower_ == "," and t.i < c.i < verb.i for t in told for c in (*verb.children,
                                                                                            *verb.doc[t.i:verb.i]))


def is_fulfilled_pledge(token: Token, event_type: str, lexicon: EventLexicon) -> bool:
    """Whether a promise or a threat is told as carried out ('Kidnappers kept their promise to kill', 'ont mis leur
    menace à exécution'), by its noun, the verb that takes it or the word that says it was carried out: the act it
    named was done, and is the news; the pledge tells no happening of its own, nor its 'exécution' a killing."""
    if token.lemma_.lower() in lexicon.fulfilling_words and token.pos_ == "NOUN":
        return lexicon.nouns.get(token.head.lemma_.lower()) in PLEDGE_TYPES  # 'menace à exécution'
    if event_type not in PLEDGE_TYPES:
        return False
    nouns = [token] if token.pos_ == "NOUN" else [c for c in token.children if c.dep_ in DIRECT_OBJECT_DEPS]
    return any(noun.dep_ in DIRECT_OBJECT_DEPS and lexicon.nouns.get(noun.lemma_.lower()) in PLEDGE_TYPES
               and any(w.lemma_.lower() in lexicon.fulfilling_words
                       for w in (noun.head, *noun.head.children, *noun.children))
               for noun in nouns)  # the parser may hang 'exécution' on the verb or on the threat


def declines_to_speak(verb: Token, lexicon: EventLexicon) -> bool:
    """Whether a verb declines to tell, or is the telling declined ('declined to comment', 'refused to provide
    details', 'a refusé de commenter'): the source's silence, neither a refusal that is news nor a statement."""
    if not is_verbal(verb):
        return False
    if verb.dep_ == "xcomp" and verb.head.i != verb.i and verb_lemma(verb.head, lexicon) in lexicon.declining_verbs:
        declining, telling = verb.head, verb
    else:
        declining, telling = verb, next((c for c in verb.children if c.dep_ == "xcomp" and is_verbal(c)), None)
    if telling is None or verb_lemma(declining, lexicon) not in lexicon.declining_verbs:
        return False
    return verb_lemma(telling, lexicon) in lexicon.reporting_verbs \
        or any(c.lemma_.lower() in lexicon.information_nouns for c in telling.children if c.dep_ in DIRECT_OBJECT_DEPS)


def is_held_now(noun: Token, lexicon: EventLexicon) -> bool:
    """Whether a noun names a condition someone is in now ('eight of them are in custody', 'ils sont en
    détention'): a state, told by 'to be' in the simple present, not a happening."""
    if noun.pos_ != "NOUN":
        return False
    head = governor(noun)
    copulas = [c for c in noun.children if c.dep_ == "cop"]  # 'sont en détention': the noun heads its copula
    if not copulas and head.pos_ == "AUX" and head.dep_ not in AUXILIARY_DEPS and noun.dep_ not in SUBJECT_DEPS:
        copulas = [head]  # 'are in custody': the copula heads the noun; 'a meeting is to be held' is no state
    return any(is_state(c, lexicon) for c in copulas)


def describes_the_source(verb: Token, lexicon: EventLexicon) -> bool:
    """Whether a relative clause describes who the news comes from ('according to a journalist who visited the
    prison', 'selon un journaliste qui a visité la prison'): how the source knows, not a happening."""
    if verb.dep_ not in RELATIVE_DEPS:
        return False
    source = verb.head
    return any(w.lower_ in lexicon.source_words for w in (*source.children, source.head, source.head.head))


def aimed_at(path: list[Token], lexicon: EventLexicon) -> bool:
    """Whether a place reaches the trigger through what the act aimed at: the object of a present participle no
    lexicon codes ('detonated a bomb targeting a convoy near X', 'une bombe visant un convoi près de X')."""
    verbs = [(i, t) for i, t in enumerate(path)
             if i and is_verbal(t) and t.lemma_.lower() not in lexicon.occurrence_verbs]
    return bool(verbs) and all(
        t.dep_ in ("advcl", "acl") and "Part" in t.morph.get("VerbForm") and "Pres" in t.morph.get("Tense")
        and trigger_of(t, lexicon) is None and path[i - 1].dep_ in DIRECT_OBJECT_DEPS
        and not (i + 1 < len(path) and path[i + 1].dep_ in SUBJECT_DEPS) for i, t in verbs)  # 'the train, carrying
    # 350 people from Athens, derailed': what the subject was doing, not what the act aimed at


def anchors_of(token: Token, lexicon: EventLexicon, dated: set[int]) -> list[Token]:
    """Where a trigger's place and time may hang: itself, and for a noun the verb it is told with when that verb
    tells no happening of its own ('the blast occurred at 10:35 in Nairobi', 'a lancé une attaque')."""
    anchors = [token]
    dep, head = clause_role(token)
    if token.pos_ == "NOUN" and head.i in dated and head.i < token.i and is_verbal(governor(head)) \
            and any(c.dep_ == "case" and c.lemma_.lower() in lexicon.genitives and c.lower_ != c.lemma_.lower()
                    for c in token.children):
        dep, head = "obj", governor(head)  # 'a provoqué en février des manifestations': the article 'des' read as
        # a genitive hangs the object on the date before it
    if token.pos_ == "NOUN" and head.i != token.i and head.pos_ in ("VERB", "AUX") and trigger_of(head, lexicon) is None \
            and dep in ARGUMENT_DEPS and not (dep in DIRECT_OBJECT_DEPS and is_state(head, lexicon)):  # 'the push
        # signifies a rejection': a meaning, not a rejection; 'a meeting opens today' is one
        anchors.append(head)  # not 'les discussions ont porté sur la coopération': an oblique is no argument
        anchors += [c for c in head.children if c.dep_ == "xcomp" and is_verbal(c) and trigger_of(c, lexicon) is None]
        # 'une réunion doit se tenir le 13 juillet au Caire', 'a meeting is to be held in Cairo': the verb it completes
    if attempted(token, lexicon):
        anchors.append(attempt_of(token))  # 'tried twice this year to launch': the attempt's time and place
    if token.pos_ == "NOUN":
        anchors += [c for c in token.children if c.dep_ in RELATIVE_DEPS and told_of_itself(c, lexicon)
                    and any(t.i in dated for t in c.subtree)]  # 'the war, which began in April 2023', 'la guerre,
        # qui a éclaté en avril': its own start; not 'les discussions, qui ont duré quatre heures
        anchors += [w for w in token.doc[token.i + 1:token.sent.end] if schedules_it(w, token, lexicon)]
    return anchors


def schedules_it(word: Token, noun: Token, lexicon: EventLexicon) -> bool:
    """Whether a participle after a noun only sets when or where the noun's happening takes place ('son investiture
    prévue le 15 septembre', 'the summit scheduled for Friday in Cairo'): its date and place are the happening's; the
    parser may hang it on a nearer noun it does not agree with ('son investiture par le Parlement prévue le 15')."""
    if word.dep_ not in ("acl", "amod") or "Part" not in word.morph.get("VerbForm") \
            or verb_lemma(word, lexicon) not in lexicon.planned | lexicon.occurrence_verbs \
            or trigger_of(word, lexicon) is not None:
        return False
    return word.head.i == noun.i or (noun.i < word.head.i < word.i and word.head.pos_ in ("NOUN", "PROPN")
                                     and agrees_in_form(word, noun) and not agrees_in_form(word, word.head))


def agrees_in_form(word: Token, noun: Token) -> bool:
    """Whether a participle agrees with a noun in gender and number, where both show them."""
    return all(word.morph.get(feature) == noun.morph.get(feature) for feature in ("Gender", "Number")
               if word.morph.get(feature) and noun.morph.get(feature))


def told_of_itself(clause: Token, lexicon: EventLexicon) -> bool:
    """Whether a relative clause only says that its noun's happening took place ('which began in April 2023')."""
    return verb_lemma(clause, lexicon) in lexicon.occurrence_verbs \
        and any(is_relative_pronoun(s) for s in clause.children if s.dep_ in SUBJECT_DEPS)


def is_relative_pronoun(word: Token) -> bool:
    """'which', 'that', 'qui': a relative clause's subject standing for the noun the clause is on."""
    return "Rel" in word.morph.get("PronType") or word.tag_ in ("WDT", "WP")


def medium_of(token: Token, lexicon: EventLexicon) -> int | None:
    """The verb whose telling a participle issued ('condemned the killings in a statement issued in Abuja', 'a
    dénoncé dans un communiqué publié lundi'): that verb's token, or None."""
    medium = token.head
    if not is_reduced_relative(token) or medium.i == token.i or medium.lemma_.lower() not in lexicon.information_nouns:
        return None
    node = medium.head
    while node.pos_ == "ADP" and node.head.i != node.i:
        node = node.head
    return node.i if node.i != medium.i and is_verbal(node) else None


def is_answered(token: Token, lexicon: EventLexicon) -> bool:
    """Whether a trigger names what an act answered ('in retaliation for weeks of attacks', 'en représailles à
    l'attaque'): read on the words before it, as parsers hang such phrases anywhere."""
    for word in reversed(token.doc[max(token.sent.start, token.i - RESPONSE_REACH):token.i]):
        if word.lemma_.lower() in lexicon.response_words or word.lower_ in lexicon.response_words:
            return True
        if word.pos_ not in ("ADP", "DET", "NUM", "ADJ", "NOUN"):
            return False
    return False


def attempted(token: Token, lexicon: EventLexicon) -> bool:
    """Whether a trigger completes a verb of attempt that tells no happening of its own ('après avoir tenté à deux
    reprises de lancer un satellite', 'tried to storm the building'): the attempt is the act's telling."""
    head = attempt_of(token)
    return head is not None and verb_lemma(head, lexicon) in lexicon.attempt_verbs and trigger_of(head, lexicon) is None


def asks_an_act(token: Token, lemma: str, lexicon: EventLexicon) -> bool:
    """Whether a verb that also names or calls asks someone to act: an infinitive after its own preposition
    ('a appelé les alliés occidentaux à livrer des armes')."""
    mark = lexicon.asking_verbs.get(lemma)
    if mark is None:
        return False
    asked = [*token.children, *(g for c in token.children if c.dep_ in DIRECT_OBJECT_DEPS for g in c.children)]
    # the parser hangs the infinitive on the verb or on whom it asks ('les alliés ... à livrer')
    return any("Inf" in c.morph.get("VerbForm")
               and any(m.lower_ == mark for m in c.children if m.dep_ in ("mark", "case")) for c in asked)


def cause_of_effect(token: Token, triggers: set[int], lexicon: EventLexicon) -> int | None:
    """The trigger a happening was brought about by, through a causative verb ('hit an oil depot, causing a large
    fire', "l'explosion a provoqué un incendie"): the one the verb hangs on, or its subject."""
    verb = token.head
    if token.dep_ not in DIRECT_OBJECT_DEPS or verb.lemma_.lower() not in lexicon.causative_verbs:
        return None
    causes = [verb.head] if verb.head.i != verb.i and verb.dep_ not in ("conj", "parataxis") else []
    if causes and causes[0].dep_ in DIRECT_OBJECT_DEPS:
        causes.append(causes[0].head)  # 'ont frappé un dépôt, provoquant un incendie': hung on the object struck
    causes += [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    return next((c.i for c in causes if c.i in triggers), None)


def classifies(token: Token, triggers: set[int]) -> bool:
    """Whether a happening's noun only says what kind of thing another noun is ('aid agencies', 'attack
    helicopters', 'bombing victims'): a classifier, telling no happening; 'a bomb attack' is the attack's."""
    return token.dep_ == "compound" and token.pos_ == "NOUN" and token.head.pos_ in ("NOUN", "PROPN") \
        and token.head.i not in triggers


def describes(token: Token, consequence: bool) -> bool:
    """Whether a participle before a noun only says what state someone is in ('jailed former Prime Minister Imran
    Khan'): a description, not a telling; a toll's words ('the wounded soldiers') still count the harm."""
    return not consequence and token.dep_ == "amod" and token.i < token.head.i \
        and token.head.pos_ in ("NOUN", "PROPN") and "Part" in token.morph.get("VerbForm") \
        and not any(c.dep_ in AUXILIARY_DEPS for c in token.children)  # 'ont tué douze personnes', misparsed


def told_by(token: Token, triggers: set[int], effects: set[int], harms: set[int],
            lexicon: EventLexicon, coded: bool = False) -> int | None:
    """The trigger a trigger depends on ('the blast killed', 'tenté cette année de lancer', 'died in the blast',
    'killed in a raid'), if any."""
    if attempted(token, lexicon):
        return attempt_of(token).i
    caused = cause_of_effect(token, triggers, lexicon)
    if caused is not None:
        return caused
    if governor(token).i in effects and governor(token).i != token.i:
        return governor(token).i  # 'died in the blast': the deaths are the blast's, past the preposition
    if token.head.lemma_.lower() in lexicon.frame_prepositions and token.head.head.i in harms:
        return token.head.head.i  # 'killed 14 villagers in an overnight raid', 'tué lors d'un raid': the raid
        # they were killed in, past the preposition the noun hangs on
    head = token.head
    sequenced = any(c.dep_ == "mark" and c.lower_ in lexicon.sequence_marks for c in token.children)  # 'fired
    # mortars since Sinn Fein was expelled': the expulsion dates the firing, it is not a part of it
    own_clause = coded and token.dep_ == "advcl" and any(c.dep_ in SUBJECT_DEPS for c in token.children)  # 'fired
    # tear gas ... as the government deployed troops': a coded act in a clause of its own subject is its own
    # happening; 'when the group held power' dates the deaths
    return head.i if head.i in triggers and head.i != token.i and token.dep_ not in ("conj", "parataxis") \
        and not sequenced and not own_clause else None


def attempt_of(token: Token) -> Token | None:
    """The verb an infinitive completes: its head, or past a time noun the parser hung it on ('a tenté cette année de
    lancer', parsed as 'l'année de lancer')."""
    if token.dep_ == "xcomp" and token.head.i != token.i:
        return token.head
    if token.dep_ == "acl" and "Inf" in token.morph.get("VerbForm") and token.head.ent_type_ in ("DATE", "") \
            and token.head.pos_ == "NOUN" and token.head.head.pos_ == "VERB" and token.head.head.i != token.head.i:
        return token.head.head
    return None


def in_clause_of(anchor: Token, doc: Doc, place: PlaceMention | TimeExpression, lexicon: EventLexicon) -> bool:
    """Whether a place's own verb is the trigger's or one the trigger's clause hangs on, other than the telling
    ('Police in Accra said the suspect fled' is not in Accra; nor 'fled to Britain, where the body was found in
    London' in London)."""
    span = doc.char_span(place.start, place.end, alignment_mode="expand")
    if span is None:
        return False
    verb = span.root.head
    while not (is_verbal(verb) or is_copular_clause(verb)) and verb.head.i != verb.i:
        verb = verb.head  # 'came as Henry was in Kenya': 'was' heads the clause Kenya is said in
    if verb.i == anchor.i:
        return True
    ancestors = {t.i for t in anchor.ancestors}
    return verb.i in ancestors and verb.lemma_.lower() not in lexicon.reporting_verbs


def governed_place(anchors: list[Token], doc: Doc, places: list[PlaceMention], lexicon: EventLexicon,
                   event_type: str = "", others: frozenset[int] = frozenset()) -> tuple[PlaceMention | None, bool]:
    """The place the trigger's own locative names ('arrivé à Odessa', 'the blast in Nairobi'), else its sentence's
    locative; never an actor ('Russian forces shelled X' is not in Russia), nor a place that only describes where
    another lies ('attacked Walikale, a town in North Kivu' is at Walikale)."""
    place, governed = own_governed_place(anchors, doc, places, lexicon, event_type, others)
    return (described_place(doc.text, place, places, lexicon) or place if place is not None else None), governed


def own_governed_place(anchors: list[Token], doc: Doc, places: list[PlaceMention], lexicon: EventLexicon,
                       event_type: str = "", others: frozenset[int] = frozenset()) -> tuple[PlaceMention | None, bool]:
    """The place the trigger's own locative names, else its sentence's locative, as the words govern it; an occasion
    the act is framed in places it too ('arrested 12 members during a meeting in Bamako')."""
    places = [p for p in places if p.resolved and not names_people(doc, p) and not relation_end(doc, p, lexicon)]
    others = frozenset(i for i in others if not is_framed_occasion(doc[i], lexicon))
    ranked = []
    for place in places:
        for rank, anchor in enumerate(anchors):
            path = path_to(anchor, doc, place.start, place.end)
            if path is None or (crosses_clause(path, lexicon) and not aimed_at(path, lexicon)) \
                    or heading_to(doc, place, lexicon) or given_to(anchor, path, event_type, lexicon) \
                    or addressed_to(doc, place, event_type, lexicon) or any(t.i in others for t in path[1:]):
                continue
            locative = has_locative(doc, place, lexicon) or is_target(anchor, path, event_type, lexicon)
            attribute = is_attribute(doc, place)
            struck = strikes_its_object(anchor, event_type, lexicon)
            if any(t.dep_ in AGENT_DEPS for t in path) or not locative and (
                    ((attribute or path[-1].dep_ in SUBJECT_DEPS) and not (struck and is_passive_subject(path)))
                    or not struck):
                break  # 'a félicité la Russie', 'urged Iran': whom, not where; 'attaquée par la Russie': who; but
                # 'Kyiv was attacked': where
            ranked.append((not locative, attribute, rank, len(path), PRECISION_RANK.get(place.precision, 3), place))
            break
    located = [p for p in places if p.resolved and has_locative(doc, p, lexicon) and not is_attribute(doc, p)
               and not addressed_to(doc, p, event_type, lexicon) and not placing_another(doc, p, others)
               and not heading_to(doc, p, lexicon)
               and (in_clause_of(anchors[-1], doc, p, lexicon) or is_stranded(doc, p) or opens_sentence(doc, p))]
    if ranked:
        first = min(ranked, key=lambda r: r[:5])  # 'at U.S. embassies in Kenya': the embassies' place, not whose
        if not first[0] or not located:  # 'helped Serbia as he met the envoy at Plesetsk': the object is no place
            inside = [r for r in ranked if lies_in(r[5], first[5])]  # 'in Colombia', or the part of it struck
            # ('floods hit the Cauca department in Colombia')
            return min(inside, key=lambda r: (r[4], r[3]))[5] if inside else first[5], True
    if located:
        place = min(located, key=lambda p: (PRECISION_RANK.get(p.precision, 3), p.start))
        return place, is_stranded(doc, place) or opens_sentence(doc, place)  # a fronted locative sets the act
    return where_told(anchors[0], doc, places, lexicon), False


def listed_dates(trigger: Token, doc: Doc, timexes: list[TimeExpression], language: str) -> list[TimeExpression]:
    """The dates a verb lists as occasions of its act ('attacked villages in Zamfara on 3 May and in Kano on 9 July',
    'expanded to include Germany in 1955 and Spain in 1982'): each a happening of its own; a span's start or end
    ('since 1949', 'jusqu'au 5 mai') is no occasion."""
    if trigger.pos_ != "VERB":
        return []
    bounds = (lex.BEHIND_BEFORE[language], lex.DEADLINE_BEFORE[language])
    listed = []
    for timex in timexes:
        if timex.type not in ("DATE", "TIME") or not timex.interval_start:
            continue
        path = path_to(trigger, doc, timex.start, timex.end)
        if path is not None and len([t for t in path if t.dep_ != "conj"]) <= LISTED_DATE_REACH \
                and not any(is_verbal(t) for t in path[1:]) \
                and not any(b.search(words_before(doc, timex.start)) for b in bounds):  # not another verb's date
            listed.append(timex)
    listed.sort(key=lambda t: t.start)
    if any(not joined_in_a_list(doc, first, second) for first, second in zip(listed, listed[1:])):
        return []  # 'launched the revolution four decades ago in a rally Saturday': two clauses' dates, no list
    listed = [t for t in listed if not any(u.interval_start != t.interval_start and lies_within(u, t) for u in listed)]
    # 'lundi 17 février, à 14 h 30': one occasion, its day then its hour; 'en 2022, en janvier puis en septembre':
    # the months are the occasions, the year their frame
    return listed if len({t.interval_start for t in listed}) >= 2 else []


def lies_within(inner: TimeExpression, outer: TimeExpression) -> bool:
    """Whether one date lies within another ('à 14 h 30' within 'lundi 17 février', 'en janvier' within 'en 2022')."""
    return outer.interval_start <= inner.interval_start \
        and (inner.interval_end or inner.interval_start) <= (outer.interval_end or outer.interval_start)


def joined_in_a_list(doc: Doc, first: TimeExpression, second: TimeExpression) -> bool:
    """Whether a conjunction or a comma stands between two dates ('on 3 May and in Kano on 9 July', 'en 1955, 1982')."""
    between = doc.char_span(first.end, second.start, alignment_mode="expand")
    return between is not None and any(t.pos_ == "CCONJ" or t.text == "," for t in between)


def words_before(doc: Doc, start: int, count: int = 3) -> str:
    """The few words before a position ('since', "jusqu'au"), without rebuilding the whole text from its tokens."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    first = span.start if span is not None else 0
    return doc[max(0, first - count):first].text + " "


def governed_date(anchors: list[Token], doc: Doc, timexes: list[TimeExpression], lexicon: EventLexicon
                  ) -> tuple[TimeExpression | None, bool]:
    """The date the trigger's clause names ('arrivé ... mercredi'); else its sentence's only date."""
    dated = [t for t in timexes if t.type in ("DATE", "TIME") and t.interval_start]
    ranked = []
    for timex in dated:
        for rank, anchor in enumerate(anchors):
            path = date_path(anchor, doc, timex)
            if path is not None and not crosses_clause(path, lexicon):
                ranked.append((rank, len(path), TIME_RANK.get(timex.precision, 12), timex))
                break
    if ranked:
        return min(ranked, key=lambda r: r[:3])[3], True
    fronted = fronted_date(doc, dated, anchors[0])
    if fronted is not None:
        return fronted, True  # 'Samedi, le président doit se rendre à Saint-Louis': the parser left the day alone
    if len(dated) == 1 and in_clause_of(anchors[-1], doc, dated[0], lexicon) \
            and not any(counted_in(anchor, lexicon) or qualifies_a_happening(anchor, lexicon) for anchor in anchors):
        return dated[0], False  # the sentence's only date, unless another clause's ('ties founded in 1945')
    return None, False


def qualifies_a_happening(anchor: Token, lexicon: EventLexicon) -> bool:
    """Whether a participle only qualifies a happening's noun ("L'attaque, revendiquée par le JNIM, a eu lieu vers
    10 heures"): the hour the clause tells is the attack's, not the claim's."""
    return is_reduced_relative(anchor) and anchor.head.i != anchor.i and anchor.head.pos_ == "NOUN" \
        and anchor.head.lemma_.lower() in lexicon.nouns


def counted_in(anchor: Token, lexicon: EventLexicon) -> bool:
    """Whether a happening's noun is what a count or a report is of ('the death toll from flash floods rose to 158
    on Thursday', 'le bilan des inondations'): the day the count is told is not the happening's."""
    return anchor.pos_ == "NOUN" and governor(anchor).lemma_.lower() in lexicon.information_nouns


def fronted_date(doc: Doc, dated: list[TimeExpression], trigger: Token) -> TimeExpression | None:
    """The date opening the trigger's sentence, when the trigger is in the main clause that date sets."""
    return next((t for t in dated if is_fronted(doc, t)), None) if in_main_clause(trigger) else None


def is_fronted(doc: Doc, timex: TimeExpression) -> bool:
    """Whether a date opens its sentence, set off by a comma ('Samedi, le président doit ...', 'On Friday, police
    ...'): it dates the main clause that follows."""
    span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
    if span is None or span.end >= len(doc) or doc[span.end].text != ",":
        return False
    before = doc[span.start - 1] if span.start > 0 else None
    return before is None or before.is_space or before.text in SENTENCE_ENDS


def in_main_clause(token: Token) -> bool:
    """Whether a trigger belongs to its sentence's main clause: the root, or verbs it completes or is joined to."""
    node = token
    while node.head.i != node.i:
        if node.dep_ not in MAIN_CLAUSE_DEPS:
            return False
        node = node.head
    return True


def reporter(token: Token, lexicon: EventLexicon, entities: list[Entity]) -> str:
    """Who says so: the subject of the reporting verb the trigger's clause hangs on ('officials said'), the speaker
    of a telling set after it ('..., a annoncé l'armée sud-coréenne'), or the source it is told according to."""
    node = token
    for _ in range(MAX_STATUS_REACH):
        if node.head.i == node.i:
            break
        came_from, node = node, node.head
        if node.lemma_.lower() in lexicon.reporting_verbs or is_attribution(node, lexicon):
            subject = max((c for c in node.children if c.dep_ in SUBJECT_DEPS and c.i != came_from.i), default=None,
                          key=lambda c: -abs(c.i - node.i))  # 'Israeli airstrikes killed 21, health officials
            # said', parsed with two subjects: the speakers stand by the verb, the happening told is not one
            if subject is None and node.i > came_from.i:  # 'La Corée du Nord a tiré un missile, a annoncé
                subject = inverted_speaker(node)  # l'armée': the speaker set after the verb, parsed as its object
            return speaker_name(subject, entities) if subject is not None else ""
    speaker = incise_speaker(token, lexicon) or cited_source(token, lexicon)
    return speaker_name(speaker, entities) if speaker is not None else ""


def incise_speaker(token: Token, lexicon: EventLexicon) -> Token | None:
    """The speaker a telling set after the trigger names after its verb ('tués jeudi près de Gao, a indiqué
    l'état-major', 'a déclaré à l'AFP un responsable local'), which the parser joins to the trigger."""
    clause = token if is_verbal(token) else token.head  # 'Le séisme a fait 1 000 morts, a annoncé le ministère'
    for telling in clause.children:
        if telling.dep_ not in INCISE_DEPS or telling.i < clause.i \
                or not (telling.lemma_.lower() in lexicon.reporting_verbs or is_attribution(telling, lexicon)) \
                or any(c.dep_ in SUBJECT_DEPS and c.i < telling.i for c in telling.children):
            continue
        opening = min(t.i for t in telling.subtree if not t.is_punct)
        if opening > 0 and clause.doc[opening - 1].text == ",":
            return inverted_speaker(telling)
    return None


def inverted_speaker(telling: Token) -> Token | None:
    """The noun after a verb of telling that names its speaker ('a indiqué l'état-major', 'said the military')."""
    return next((c for c in telling.children if c.i > telling.i and c.pos_ in ("NOUN", "PROPN")
                 and (c.dep_ in SUBJECT_DEPS or c.dep_ in DIRECT_OBJECT_DEPS)), None)


def cited_source(token: Token, lexicon: EventLexicon) -> Token | None:
    """The source a trigger's clause is told according to ('selon l'état-major malien', 'according to the army')."""
    for child in token.children:
        if any(c.dep_ == "case" and c.lower_ in lexicon.source_words for c in child.children):
            return child  # 'selon l'état-major'
        if child.lower_ in lexicon.source_words:  # 'according' -> 'to' -> 'the army'
            return next((g for c in child.children for g in (c, *c.children) if g.dep_ == "pobj"), None)
    return None


def speaker_name(subject: Token, entities: list[Entity]) -> str:
    """A speaker as the text names it: the person or body named in its phrase ('Police in Accra' is the police),
    else its noun with the words that qualify it ('the South Korean military', 'un responsable local')."""
    tokens = list(subject.subtree)
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1])
    named = [e.canonical or e.text for e in entities
             if e.label in ("PER", "ORG") and within(e.start, e.end, (start, end))]
    if named:
        return named[0]
    qualifiers = [c for c in subject.children if c.pos_ != "PUNCT" and (c.dep_ in SPEAKER_QUALIFIER_DEPS or (
        c.dep_ == "nmod" and not any(g.dep_ == "case" for g in c.children)))]  # "l'état-major malien"
    words = sorted((subject, *(w for c in qualifiers for w in c.subtree)), key=lambda t: t.i)
    return subject.doc.text[words[0].idx:words[-1].idx + len(words[-1])] if subject.is_alpha else ""


def unspoken_subjects(trigger: Token) -> list[Token]:
    """Who does what a subjectless verb tells: the noun an '-ing' participle hangs on ('Albright, arriving'), or the
    subjects of the verb a clause or preposition completes ('spent five hours before heading to Nairobi')."""
    if any(c.dep_ in SUBJECT_DEPS for c in trigger.children) or trigger.head.i == trigger.i:
        return []
    head = trigger.head.head if trigger.dep_ == "pcomp" else trigger.head
    if head.pos_ not in ("VERB", "AUX") and trigger.dep_ in ("acl", "advcl") \
            and "Pres" in trigger.morph.get("Tense") and "Part" in trigger.morph.get("VerbForm"):
        return [head]
    if head.pos_ in ("VERB", "AUX") and (trigger.dep_ in INHERITED_SUBJECT_DEPS or trigger.dep_ == "pcomp"):
        return subjects_of(head)
    return []


def participants(trigger: Token, entities: list[Entity], places: list[PlaceMention],
                 lexicon: EventLexicon) -> tuple[list[str], list[str]]:
    """Actors (the trigger's subjects) and recipients (its objects), as the names the text gives them; who speaks
    of a happening did not do it ("L'ONU a condamné cette attaque")."""
    actors: list[str] = []
    recipients: list[str] = []
    named = [(e.start, e.end, e.canonical or e.text) for e in entities if e.label in ("PER", "ORG")]
    named += [(p.start, p.end, p.name or p.text) for p in places]  # a place as subject stands for its rulers
    clause = [trigger, *(c for c in trigger.children if c.dep_ in AUXILIARY_DEPS)]
    if trigger.dep_ in ("nsubj", "nsubjpass", "nsubj:pass", "obj", "dobj") and trigger.pos_ == "NOUN" \
            and not speaks_of(trigger.head, lexicon):
        clause.append(trigger.head)  # 'the attack by X killed', 'X carried out the attack'
    for head in clause:
        for child in head.children:
            if child.i == trigger.i:
                continue
            target = actors if child.dep_ in AGENT_DEPS \
                else recipients if child.dep_ in PASSIVE_SUBJECT_DEPS or child.dep_ in OBJECT_DEPS \
                else actors if child.dep_ in SUBJECT_DEPS else None  # 'Kyiv was attacked by Russia', 'tirés par la
            # Corée du Nord': the agent acted
            if target is None:
                continue
            subtree = list(child.subtree)
            span = (subtree[0].idx, subtree[-1].idx + len(subtree[-1]))
            nested = {t.idx for t in subtree if t.i != child.i and located_within(t, child)}
            clauses = {t.idx for t in subtree if in_phrase_clause(t, child)}  # 'accompanied by his wife Laura'
            inside = [(start, end, name) for start, end, name in named if within(start, end, span)
                      and start not in clauses
                      and not (start in nested and any(p.start == start for p in places))]  # 'by gunmen in Kaduna'
            people = {(e.start, e.end) for e in entities if e.label == "PER" and within(e.start, e.end, span)}
            for start, end, name in inside:  # "Russian Defense Minister Sergei Shoigu": the person, not his titles
                if (not people or (start, end) in people) and name not in target:
                    target.append(name)
            if not inside:  # 'les forces ukrainiennes': the country a people's adjective names
                target += [name for name in peoples_countries(child) if name not in target]
    if not actors:  # 'Albright, arriving ...', 'spent five hours before heading to': the clause's unspoken subject
        actors = [name for start, end, name in named
                  if any(start <= s.idx < end for s in unspoken_subjects(trigger))]
    if not actors:  # 'he met Kim': the person the sentence named before
        people = [(e.start, e.canonical or e.text) for e in entities if e.label == "PER"]
        before = [name for start, name in people if start < trigger.idx]
        pronoun = any(c.dep_ in SUBJECT_DEPS and c.pos_ == "PRON" for head in clause for c in head.children)
        actors = [before[-1]] if pronoun and before else []
    return actors, [r for r in recipients if r not in actors]


def speaks_of(verb: Token, lexicon: EventLexicon) -> bool:
    """Whether a verb tells or judges what its object names ('condemned the attack', 'a annoncé le séisme')."""
    lemma = verb_lemma(verb, lexicon)
    return lemma in lexicon.reporting_verbs or lexicon.verbs.get(lemma) in SPEECH_TYPES


def peoples_countries(noun: Token) -> list[str]:
    """The countries the lower-case people's adjectives of a noun name ('les forces ukrainiennes', 'un journal
    finlandais'): who acted, where the language writes no capital the NER would see."""
    return [country for adjective in noun.children if adjective.dep_ == "amod" and adjective.is_lower
            for country in [adjective_country(adjective.text)] if country]


@lru_cache(maxsize=4096)
def adjective_country(word: str) -> str:
    """The country a lower-case people's word names ('ukrainiennes' -> Ukraine), or '': read from the gazetteer
    once per word, as the same adjectives recur across a story's clauses."""
    lookup = default_gazetteer().lookup
    return next((country.name for people in people_words() if not people.capitalised
                 for country in [people_country(word, lookup, people)] if country is not None), "")


def framing_occasion(tokens: list[Token], lexicon: EventLexicon) -> str:
    """The kind of occasion a sentence sets its acts in ('paid tribute on a visit to', 'lors de sa visite à Dakar',
    'during talks'), or ''."""
    for token in tokens:
        occasion = lexicon.nouns.get(token.lemma_.lower()) if token.pos_ == "NOUN" else None
        if occasion not in OCCASION_TYPES:
            continue
        words = [c for c in token.children if c.dep_ in ("case", "prep")]
        if token.dep_ not in DIRECT_OBJECT_DEPS and token.dep_ not in SUBJECT_DEPS:
            words.append(token.head)  # 'on a visit': the preposition heads it; 'Lors de sa visite': the adverb
        if any(w.lower_ in lexicon.occasion_frames for w in words):
            return occasion
    return ""


def sentence_mentions(doc: Doc, span: tuple[int, int], lexicon: EventLexicon, language: str,
                      places: list[PlaceMention], timexes: list[TimeExpression], entities: list[Entity],
                      published: str | None) -> list[EventMention]:
    """Every happening one sentence tells, in reading order."""
    tokens = list(doc.char_span(*span, alignment_mode="expand") or [])
    places = [p for p in places if not in_clock_aside(doc.text, p, timexes)]
    named = [(e.start, e.end) for e in entities if e.label in ("PER", "ORG", "MISC")] \
        + [(p.start, p.end) for p in places] + [(t.start, t.end) for t in timexes]  # '4 h': a time tells no happening
    in_names = {t.i for t in tokens if any(s <= t.idx < e for s, e in named)} if named else set()
    in_names -= {t.i for t in tokens if any(t.idx == e.start for e in entities) and is_storm_kind(t, lexicon)}  # 'le
    # cyclone Chido', 'Storm Boris': a disaster told by its name is told all the same
    in_dates = {t.i for t in tokens if any(x.start <= t.idx < x.end for x in timexes if x.type in ("DATE", "TIME"))}
    phrases = phrase_triggers(tokens, lexicon, in_dates)
    inside_phrases = {t.i for t in tokens for head, (_, s, e) in phrases.items() if s <= t.idx < e and t.i != head}
    found: list[tuple[Token, str, bool, int, int]] = []
    for token in tokens:
        if token.i in inside_phrases or (token.i in in_names and not is_verbal(token)) or token.is_punct \
                or token.is_space or token.like_num:
            continue  # 'Security Council', 'Red Cross': a name, not a happening; 'Interpellés' opening a line is a verb
        if token.i in phrases:
            event_type, start, end = phrases[token.i]
            if event_type != NO_HAPPENING:
                found.append((token, crowd_type(token, event_type, lexicon), False, start, end))  # 'thousands
                # paid tribute': a rally
            continue
        coded = trigger_of(token, lexicon) or armed_act(token, lexicon) or ground_act(token, lexicon)
        if coded is not None and coded[1] and coded[0] == VIOLENT_TYPE and killed_by_someone(token, lexicon):
            coded = (VIOLENT_TYPE, False)  # 'des hommes armés ont tué deux civils': a killing done, not a toll
        if coded is not None and not puts_out_information(token, lexicon) \
                and not names_a_kind_of_place(token, lexicon, in_names):  # 'released a statement' tells; it frees
            # no one
            event_type = retyped(token, coded[0], lexicon)
            found.append((token, event_type, coded[1], *trigger_extent(token)))
    found = [f for f in found if not is_state(f[0], lexicon) and not is_source_comment(f[0], lexicon)
             and not describes_the_source(f[0], lexicon) and not is_held_now(f[0], lexicon)
             and not declines_to_speak(f[0], lexicon) and not is_attribution(f[0], lexicon)
             and not is_fulfilled_pledge(f[0], f[1], lexicon)]
    found = struck_by_the_disaster(found, lexicon)
    coded = {t.i for t, *_ in found}
    found = [f for f in found if not classifies(f[0], coded) and not describes(f[0], f[2])]
    found += [(attempt, kind, consequence, attempt.idx, attempt.idx + len(attempt))
              for t, kind, consequence, *_ in found if attempted(t, lexicon) and (attempt := attempt_of(t)) is not None]
    # 'après avoir tenté à deux reprises de lancer': the attempt tells the act
    triggers = {t.i for t, *_ in found}
    found = [(t, kind, consequence or cause_of_effect(t, triggers, lexicon) is not None, *extent)
             for t, kind, consequence, *extent in found]  # 'hit a depot, causing a large fire': the hit's effect
    effects = {t.i for t, _, consequence, *_ in found if consequence}  # 'died in the blast': the blast took place
    harms = {t.i for t, kind, consequence, *_ in found if kind in HARM_TYPES and not consequence}
    surveyed = reports_survey(tokens, lexicon)
    mentions = []
    for token, event_type, consequence, start, end in found:
        if token.dep_ in MODIFIER_DEPS and token.head.i in triggers:
            continue  # 'bomb attack': one happening, told by its head
        anchors = [*tensed_dependent(token), *anchors_of(token, lexicon, in_dates),
                   *(t for t in tokens if t.i in inside_phrases and start <= t.idx < end and is_verbal(t))]
        # 's'est fait exploser sur un marché': the phrase's own verbs carry its place and time too
        witnessed = [a for a in anchors if verb_lemma(a, lexicon) not in lexicon.perception_verbs]
        place, place_governed = governed_place(witnessed, doc, places, lexicon, event_type,
                                               frozenset(triggers - effects - {token.i})) \
            if witnessed else (None, False)  # 'la secousse a été ressentie à Rabat': felt there, not there
        date, date_governed = governed_date(anchors, doc, timexes, lexicon)
        if token.lemma_.lower() in lexicon.information_nouns:
            date, date_governed = None, False  # 'the death toll rose to 158 on Thursday': the day the count was told
        if told_in_past(token, lexicon) and begins_after(date, published) \
                and not tells_its_object(token, lexicon):
            date = a_year_back(date, published)  # 'seized Goma in January' in September: last January; but
            date_governed = date_governed and date is not None  # 'promised a referendum next year after delegates
            # voted': the parser hung the coming year on the vote already held
        if event_type == REQUEST_TYPE and told_in_past(token, lexicon) and begins_after(date, published):
            date, date_governed = None, False  # 'called for a national strike on Thursday': the strike's day
        if event_type == COERCION_TYPE and place_governed and takes_ground(token, doc, place, lexicon):
            event_type = ARMED_TYPE
        if (is_present_passive(token, lexicon) and not date_governed) \
                or (event_type == "REQUEST" and asks_whether(token, lexicon)):
            continue
        definite = is_definite(token, lexicon)
        another = is_another(token, lexicon)
        answered = is_answered(token, lexicon)
        actors, recipients = participants(token, entities, places, lexicon)
        mentions.append(EventMention(
            token=token.i, start=start, end=end, sentence=span, lemma=verb_lemma(token, lexicon), type=event_type,
            consequence=consequence, definite=definite, another=another, plural=token.pos_ == "NOUN" and "Plur" in token.morph.get("Number"),
            purpose_of=token.head.i if token.dep_ == "advcl" and "Inf" in token.morph.get("VerbForm") else None,
            medium_of=medium_of(token, lexicon),
            anchored=(is_anchored(token, anchors, place_governed, date_governed) or governor(token).i in effects
                      or (is_reduced_relative(token) and token.head.i in triggers)  # "l'accord conclu entre"
                      or any(c.i in effects for c in token.children if c.dep_ in RELATIVE_DEPS))
            and not is_repeated(token, lexicon) and not surveyed and (date_governed or not holds_stance(token, lexicon))
            and not answered  # what an act answered was told before, or is its background
            and not (is_counted_series(token, lexicon) and not place_governed
                     and not of_a_day(date if date_governed else None)),
            told_by=told_by(token, triggers, effects, harms, lexicon, coded=True),
            status=noun_status([*anchors, *copular_predicate(token), *telling_verb(token, lexicon)], lexicon, date,
                               published),
            reported_by=reporter(token, lexicon, entities),
            place=place, place_governed=place_governed, date=date, date_governed=date_governed,
            also_at=coordinated_places(doc, place, places, lexicon) if place_governed else [],
            towns_beside=towns_beside(place, places) if place_governed else 0,
            acting_state=acting_state(token, doc, places, lexicon), actors=actors, recipients=recipients,
            answered=answered, conflict=token.pos_ == "NOUN" and token.lemma_.lower() in lexicon.conflict_nouns,
            on_crowd=any(is_people_crowd(c, lexicon) for c in token.children if c.dep_ in DIRECT_OBJECT_DEPS),
            blast=verb_lemma(token, lexicon) in lexicon.blast_words, verbal=is_verbal(token),
            sequenced=own_preposition(token) in lexicon.sequence_marks or is_measured_apart(token, lexicon),
            **weapon_fields(token, lexicon)))
    mentions = [refused_yielding(m, lexicon) for m in mentions]
    mentions = past_dates_to_objects(mentions, doc, published, lexicon)
    mentions = [occasion for mention in mentions
                for occasion in one_per_listed_date(mention, doc, timexes, places, language)]
    claimed = {id(m.date) for m in mentions if m.date_governed and m.anchored} \
        | {id(m.place) for m in mentions if m.place_governed and m.anchored}  # 'de nombreux lancements' tells none
    idioms = {head for head, (kind, *_) in phrases.items() if kind == NO_HAPPENING}  # 'as dawn broke'
    taken = triggers | {m.token for m in mentions} | inside_phrases | idioms  # 'fait exploser': one phrase, one mention
    for token in tokens:
        if token.i in taken or token.i in in_names or surveyed or describes_the_source(token, lexicon) \
                or is_predicative(token) or declines_to_speak(token, lexicon):
            continue  # what a poll measured ('support rising from 35 percent') is no happening
        untyped = None
        if is_verbal(token) and not is_state(token, lexicon):
            untyped = untyped_mention(token, doc, span, lexicon, places, timexes, entities, published)
        elif token.pos_ == "NOUN" and token.lemma_.lower().endswith(lexicon.event_noun_endings):
            untyped = dated_act(token, doc, span, lexicon, timexes, entities, places, published)
        elif token.pos_ == "NOUN" and is_framed_occasion(token, lexicon):
            untyped = framed_act(token, doc, span, lexicon, timexes, entities, places, published)
        if untyped is not None and (untyped.type == REPORT_TYPE and reports_a_happening(token, mentions)
                                    or is_fulfilled_pledge(token, untyped.type, lexicon)):
            untyped = None  # 'ont mis leur menace à exécution': the act carried out is the news
        if untyped is not None:
            untyped = replace(untyped, told_by=told_by(token, triggers, effects, harms, lexicon))  # 'a speech delivered
            # on March 5, 1946': the words of the happening it qualifies
        if untyped is not None and not {id(untyped.date), id(untyped.place)} & claimed:
            for occasion in one_per_listed_date(untyped, doc, timexes, places, language):
                mentions.append(occasion)
                claimed |= {id(occasion.date), id(occasion.place)} - {id(None)}
    if not mentions and not any(t.pos_ in ("VERB", "AUX") for t in tokens):
        mentions += verbless_act(tokens, doc, span, lexicon, places, timexes, entities, published, in_names)
    framed = framing_occasion(tokens, lexicon)
    return sorted((replace(m, framed_by=framed) if framed and m.type in PART_TYPES else m for m in mentions),
                  key=lambda m: m.start)


def dated_act(noun: Token, doc: Doc, span: tuple[int, int], lexicon: EventLexicon, timexes: list[TimeExpression],
              entities: list[Entity], places: list[PlaceMention], published: str | None) -> EventMention | None:
    """A noun made from a verb with a date of its own ('his 1996 campaign', 'la création du réseau à la fin du XIXe
    siècle') tells an act no lexicon codes: an OTHER mention; a bare one qualifying another noun ('missiles à
    courte portée') tells a property."""
    if noun.dep_ in QUALIFYING_DEPS and not any(c.dep_ in DETERMINER_DEPS for c in noun.children):
        return None
    date = next((t for t in timexes if t.type in ("DATE", "TIME") and t.interval_start
                 and own_clause(path_to(noun, doc, t.start, t.end), 3)), None)
    return noun_act(noun, span, lexicon, entities, places, published, date) if date is not None else None


def noun_act(noun: Token, span: tuple[int, int], lexicon: EventLexicon, entities: list[Entity],
             places: list[PlaceMention], published: str | None, date: TimeExpression,
             place: PlaceMention | None = None) -> EventMention:
    """The OTHER mention of an act a noun tells that no lexicon codes, with the date (and place) its words give."""
    actors, recipients = participants(noun, entities, places, lexicon)
    return EventMention(
        token=noun.i, start=noun.idx, end=noun.idx + len(noun), sentence=span, lemma=noun.lemma_.lower(), type="OTHER",
        status=noun_status([noun], lexicon, date, published), reported_by=reporter(noun, lexicon, entities),
        place=place, place_governed=place is not None, date=date, date_governed=True, actors=actors,
        recipients=recipients)


def verbless_act(tokens: list[Token], doc: Doc, span: tuple[int, int], lexicon: EventLexicon,
                 places: list[PlaceMention], timexes: list[TimeExpression], entities: list[Entity],
                 published: str | None, in_names: set[int]) -> list[EventMention]:
    """A sentence with no verb that names a thing with a day and a place ('En concert mardi 1er juin au Kursaal à
    Besançon', 'In concert on Tuesday at the Olympia in Paris') announces a happening: an OTHER mention at its noun."""
    noun = next((t for t in tokens if t.pos_ == "NOUN" and t.i not in in_names), None)
    date = next((t for t in timexes if t.type in ("DATE", "TIME") and of_a_day(t)), None)
    place = next((p for p in places if p.resolved and has_locative(doc, p, lexicon) and not names_people(doc, p)),
                 None)
    if noun is None or date is None or place is None:
        return []
    return [noun_act(noun, span, lexicon, entities, places, published, date, place)]


def is_framed_occasion(noun: Token, lexicon: EventLexicon) -> bool:
    """Whether a noun is what a frame of time sets acts in ('lors d'une escale', 'during a stopover'), not a place
    ('at the market'): an occasion, whatever the lexicon codes."""
    frames = lexicon.occasion_frames - lexicon.locative_prepositions
    words = [c for c in noun.children if c.dep_ in ("case", "prep", "advmod")] + [noun.head]
    return any(w.lower_ in frames for w in words)


def framed_act(noun: Token, doc: Doc, span: tuple[int, int], lexicon: EventLexicon,
               timexes: list[TimeExpression], entities: list[Entity], places: list[PlaceMention],
               published: str | None) -> EventMention | None:
    """An occasion a sentence sets its acts in, told with a day and a place of its own ('Lors d'une escale mardi à
    Khasan', 'During a stopover on Tuesday in Khasan'): an OTHER mention."""
    date = next((t for t in timexes if of_a_day(t) and own_clause(path_to(noun, doc, t.start, t.end), 3)), None)
    place = next((p for p in places if p.resolved and has_locative(doc, p, lexicon) and not names_people(doc, p)
                  and own_clause(path_to(noun, doc, p.start, p.end), LOCATIVE_REACH + 1)), None)
    if date is None or place is None:
        return None
    return noun_act(noun, span, lexicon, entities, places, published, date, place)


def is_direct_object(verb: Token, doc: Doc, place: PlaceMention) -> bool:
    """Whether a place is the verb's direct object ('left Pakistan', 'a quitté Kaboul'): where the act took place."""
    span = doc.char_span(place.start, place.end, alignment_mode="expand")
    return span is not None and span.root.dep_ in DIRECT_OBJECT_DEPS and span.root.head.i == verb.i


def one_per_listed_date(mention: EventMention, doc: Doc, timexes: list[TimeExpression], places: list[PlaceMention],
                        language: str) -> list[EventMention]:
    """A mention whose verb lists several dates, told once per date with the place said with it."""
    dates = listed_dates(doc[mention.token], doc, timexes, language)
    if not dates:
        return [mention]
    told, after = [], mention.start  # places from the verb on: not a dateline before it
    verbs_place = mention.place if mention.place_governed else None
    shared = verbs_place if verbs_place is not None and verbs_place.start >= max(d.end for d in dates) else None
    for date in sorted(dates, key=lambda t: t.start):  # a place said after every date is theirs ('vendredi et
        # samedi en Russie')
        place = listed_place(doc, date, after, places) or shared or (mention.place if not told else None)
        start = min(date.start, place.start) if place is not None and told else mention.start
        end = max(date.end, place.end) if place is not None and told else mention.end
        told.append(replace(mention, start=start, end=end, date=date, date_governed=True, place=place,
                            place_governed=place is not None, also_at=[]))  # later occasions: their own words
        after = date.end
    return told


def past_dates_to_objects(mentions: list[EventMention], doc: Doc, published: str | None,
                          lexicon: EventLexicon) -> list[EventMention]:
    """A past date the parser hung on an act still to come is its object's ('would investigate the genocide
    nearly four years ago'): the object happening is dated by it, the planned act is not; nor is an object the
    verb tells ('said on Sunday it would launch an offensive': the date is the saying's)."""
    by_token = {m.token: i for i, m in enumerate(mentions)}
    mentions = list(mentions)
    for i, mention in enumerate(mentions):
        if mention.status not in UNREALISED_STATUSES or not mention.date_governed or not ended_before(mention.date,
                                                                                                       published):
            continue
        verb = doc[mention.token]
        objects = [by_token[c.i] for c in verb.children if c.dep_ in DIRECT_OBJECT_DEPS and c.i in by_token]
        for j in objects if not tells_its_object(verb, lexicon) else ():
            mentions[j] = replace(mentions[j], date=mention.date, date_governed=True,
                                  status=dated_status(mention.date, published))
        mentions[i] = replace(mention, date=None, date_governed=False)
    return mentions


def ended_before(date: TimeExpression | None, published: str | None) -> bool:
    """Whether a date lies wholly before the story's day."""
    end = date.interval_end or date.interval_start if date is not None else ""
    return bool(end and published) and end[:10] <= published[:10] and date.interval_start[:10] < published[:10]


def before_the_story(date: TimeExpression | None, published: str | None) -> bool:
    """Whether a date names a day or a period that began in the year before the story's own day ('on Friday' in
    Sunday's paper, 'this week'), when a telling is news; 'rappelé la création du réseau en 1890' dates what is told."""
    if date is None or not date.interval_start or not published:
        return False
    earliest = (dt.date.fromisoformat(published[:10]) - dt.timedelta(days=HISTORICAL_DAYS)).isoformat()
    return earliest <= date.interval_start[:10] < published[:10]


def own_clause(path: list[Token] | None, reach: int) -> bool:
    """Whether a word hangs on a verb within a few steps, with no other verb between ('le ministre, qui s'est rendu
    à Pyongyang': Pyongyang is where he went, not where the sentence's main verb took place); a preposition of
    several words ('à partir de 2019', 'because of') is no step, nor is a conjunct ('troops and an armada into the
    Gulf': the armada is as near as the troops)."""
    return path is not None and not any(is_verbal(t) and not is_predicative(t) for t in path[1:]) \
        and len([t for t in path if t.dep_ != "conj" and not is_predicative(t)
                 and not any(c.dep_ == "fixed" for c in t.children)]) <= reach


def moves_forces(verb: Token, lexicon: EventLexicon) -> bool:
    """Whether a verb no lexicon codes acts on armed forces ('moved additional troops into the Gulf', 'a envoyé
    des soldats'): a military move."""
    told = next((c for c in verb.children if c.dep_ in DIRECT_OBJECT_DEPS), None)  # the first: 'sent a team'
    return told is not None and any(w.lemma_.lower() in lexicon.armed_actors for w in (told, *told.conjuncts))


def crowd_gathers(verb: Token, lexicon: EventLexicon) -> bool:
    """Whether a crowd of people is what a verb no lexicon codes gathers ('hundreds of supporters gathered outside
    the courthouse', 'des milliers de manifestants ont convergé vers la place'): a rally."""
    return bool(lemma_readings(verb, lexicon) & lexicon.assembly_verbs) \
        and any(is_people_crowd(s, lexicon) for s in subjects_of(verb) if s.dep_ not in PASSIVE_SUBJECT_DEPS)


def sends_relief(verb: Token, lexicon: EventLexicon) -> bool:
    """Whether a verb no lexicon codes sends relief goods ('would send tents, blankets and medicines', 'a envoyé des
    vivres'): aid to the stricken."""
    sent = [c for c in verb.children if c.dep_ in DIRECT_OBJECT_DEPS or c.dep_ == ARGUMENT_OBLIQUE]  # 'envoyé
    # lundi des vivres', parsed with 'des' as a preposition
    sent += [g for told in sent for c in told.children if c.dep_ in ("prep", "nmod")
             for g in (c, *c.children) if g.pos_ == "NOUN"]  # '200,000 doses of vaccine', 'des tonnes de vivres'
    return verb.lemma_.lower() in lexicon.sending_verbs \
        and any(w.lemma_.lower() in lexicon.relief_goods for told in sent for w in (told, *told.conjuncts))


def brings_relief(verb: Token, lexicon: EventLexicon) -> bool:
    """Whether what a verb's subject is told carrying is relief goods ('A UN convoy carrying food reached Tawila',
    'des camions chargés de vivres sont arrivés'): aid on its way to the stricken."""
    carriers = [c for s in verb.children if s.dep_ in SUBJECT_DEPS for c in s.children
                if c.dep_ in ("acl", "amod")]
    carried = [w for c in carriers for o in c.children if o.dep_ in DIRECT_OBJECT_DEPS or o.dep_ in ("prep", "obl", "obl:arg")
               for w in (o, *o.children, *o.conjuncts)]
    return any(w.lemma_.lower() in lexicon.relief_goods for w in carried)


def acted_by_someone(verb: Token, lexicon: EventLexicon) -> bool:
    """Whether a verb that can tell an occurrence ('the war resumed', 'la guerre a commencé') has someone for its
    subject ('the inspector resumed work in Iraq'): then it tells that person's act."""
    return any(c.pos_ in ("NOUN", "PROPN", "PRON") and trigger_of(c, lexicon) is None for c in subjects_of(verb))
    # 'the group began to fall apart': the subject of the verb it completes


def own_date(path: list[Token] | None) -> bool:
    """Whether a date hangs on a verb itself, or on its subject where the parser put it ('officials in New York on
    Friday finished drafting'): when the act took place."""
    return own_clause(path, 2) or (own_clause(path, 3) and path[-1].dep_ in SUBJECT_DEPS)


def spends_time(word: Token, timexes: list[TimeExpression]) -> bool:
    """Whether a verb's object is a stretch of time with its determiner or number ('passé la soirée', 'spent five
    hours'), not a bare day the parser took for an object ('a suspendu mercredi la Constitution')."""
    return word.pos_ == "NOUN" and any(c.dep_ in ("det", "nummod") for c in word.children) \
        and any(t.start <= word.idx < t.end for t in timexes)


def reports_a_happening(verb: Token, mentions: list[EventMention]) -> bool:
    """Whether a telling's own clause reports a happening that took place ('Officials said last week that six people
    were in custody'): the telling is its source, not news of its own; a plan it reports ('a indiqué que l'Autorité
    allait demander') leaves the telling the news."""
    reported = {t.i for c in verb.children if c.dep_ == "ccomp" for t in c.subtree
                if t.i == c.i or not any(is_verbal(a) for a in t.ancestors if c.is_ancestor(a))}  # its own clause,
    # not a clause within it ('pour dénoncer les massacres')
    return any(m.token in reported and m.status not in UNREALISED_STATUSES for m in mentions)


def untyped_mention(verb: Token, doc: Doc, span: tuple[int, int], lexicon: EventLexicon,
                    places: list[PlaceMention], timexes: list[TimeExpression], entities: list[Entity],
                    published: str | None) -> EventMention | None:
    """A verb no lexicon codes still tells a happening when it has a time or a place of its own ('Kim est arrivé
    en Russie mardi', 'where the Granma landed on Dec. 2, 1956'): an OTHER mention; telling is no happening."""
    lemma = verb.lemma_.lower()
    if (lemma in lexicon.occurrence_verbs and not acted_by_someone(verb, lexicon)) or lemma in lexicon.state_verbs \
            or (is_pronominal(verb, lexicon) and f"se {lemma}" in lexicon.pronominal_none) \
            or subject_happening(verb, lexicon) is not None or any(c.dep_ == "case" for c in verb.children):
        return None  # "l'épicentre a été localisé à X": the happening its subject names was there; 'missiles à
        # courte portée': a preposition's noun the tagger took for a verb
    if any(spends_time(c, timexes) for c in verb.children if c.dep_ in DIRECT_OBJECT_DEPS):
        return None  # 'elle avait passé la soirée chez un ami', 'spent five hours': the time is what it took
    paths = [(path, t) for t in timexes if t.type in ("DATE", "TIME") and t.interval_start
             for path in [date_path(verb, doc, t)] if own_date(path)]
    date = min(paths, key=lambda pair: len(pair[0]))[1] if paths else None  # 'hier matin' on the verb, before a
    # date on its subject ("l'équipée de la nuit de lundi a connu son épilogue hier matin")
    if date is None:
        date = fronted_date(doc, [t for t in timexes if t.type in ("DATE", "TIME") and t.interval_start], verb)
        # 'Saturday, the president is due to go to Saint-Louis'
    reporting = lemma in lexicon.reporting_verbs or puts_out_information(verb, lexicon)
    if (reporting and (not before_the_story(date, published) or is_reduced_relative(verb))) \
            or is_source_comment(verb, lexicon):  # 'un bilan publié mercredi' says where a figure came from
        return None  # 'police said' tells the story; 'said on Friday' in Sunday's paper was news of its own
    located = [p for p in places if p.resolved and not names_people(doc, p)
               and ((has_locative(doc, p, lexicon) and not is_attribute(doc, p)
                     and own_clause(path_to(verb, doc, p.start, p.end), 3))
                    or (lemma in lexicon.place_object_verbs and is_direct_object(verb, doc, p)))]
    place = min(located, key=lambda p: (PRECISION_RANK.get(p.precision, 3), p.start)) if located else None
    if date is None and (place is None or is_reduced_relative(verb) or is_participle_clause(verb)
                         or is_background(verb, lexicon)):
        return None  # 'une référence voilée aux États-Unis'; but 'a speech delivered on March 5, 1946' is dated
    actors, recipients = participants(verb, entities, places, lexicon)
    return EventMention(
        token=verb.i, start=verb.idx, end=verb.idx + len(verb), sentence=span, lemma=lemma,
        type=REPORT_TYPE if reporting else MILITARY_MOVE_TYPE if moves_forces(verb, lexicon)
        else AID_TYPE if sends_relief(verb, lexicon) or brings_relief(verb, lexicon)
        else support_rally_type(verb, CROWD_TYPE, lexicon) if crowd_gathers(verb, lexicon)
        else DISASTER_TYPE if erupts(verb, doc, places, lexicon)
        else agent_cause(verb, lexicon) or governed_type(verb, lexicon) or "OTHER",
        purpose_noun=next((w.i for w in purposes(verb, lexicon) if w.lemma_.lower() in lexicon.nouns), None),
        status=mention_status(verb, lexicon, date, published),
        reported_by=reporter(verb, lexicon, entities),
        place=place, place_governed=place is not None, date=date, date_governed=date is not None,
        acting_state=acting_state(verb, doc, places, lexicon), actors=actors, recipients=recipients,
        medium_of=medium_of(verb, lexicon), **weapon_fields(verb, lexicon))
