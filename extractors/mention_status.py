"""How a mention's status is read (asserted, planned, negated, hypothetical, historical), apart from finding it."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from spacy.tokens import Token

from core.model import TimeExpression
from core.vocabulary import UNREALISED_STATUSES
from extractors.clause_words import (AUXILIARY_DEPS, DIRECT_OBJECT_DEPS, NOUN_PHRASE_REACH, SUBJECT_DEPS, governor,
                                     is_verbal, tensed_dependent, verb_lemma)
from extractors.event_lexicon import EventLexicon
from extractors.event_types import PROSECUTING_TYPES, STATEMENT_TYPE, is_conditional, tells_its_object
from extractors.timeanchor import coming_soon

EMBEDDED_DEPS = {"xcomp", "ccomp", "csubj", "pcomp", "pobj", "obj", "dobj"}  # a clause or noun as a word's complement
YEAR_WRITTEN = re.compile(r"\d{4}|'\d{2}\b")  # 'January 2026', "Jan. '26": a year the text gives
MAX_STATUS_REACH = 4  # clauses up from a trigger whose words still decide its status ('plans to visit')
PURPOSE_DEPS = {"advcl", "xcomp", "acl"}  # 'to coordinate', 'pour coordonner': an infinitive completing a verb
HISTORICAL_DAYS = 365  # a happening that ended this long before the story is its background
REFUSAL_TYPE = "REJECT"  # 'refused to negotiate': the act completing a refusal was not done
ASKING_TYPES = ("REQUEST", "THREATEN")  # 'calls for elections', 'the threat of strikes': asked for or threatened


def embedding_words(token: Token) -> list[Token]:
    """The words whose complement the trigger's clause is ('plans to visit', 'denied that it attacked',
    'urged them to stop'), nearest first."""
    words, node = [], token
    for _ in range(MAX_STATUS_REACH):
        if node.head.i == node.i or node.dep_ not in EMBEDDED_DEPS or split_by_semicolon(node):
            break
        node = node.head
        words.append(node)
    return words


def split_by_semicolon(clause: Token) -> bool:
    """Whether a semicolon stands between a clause and the verb the parser hung it on ('a driver was shot dead,
    according to a rights group; police denied that ...'): two sentences in one, not a denial of the shooting."""
    head = clause.head
    low, high = sorted((clause.i, head.i))
    return any(t.text == ";" and t.head.i in (head.i, clause.i) for t in clause.doc[low + 1:high])


def mention_status(token: Token, lexicon: EventLexicon, date: TimeExpression | None, published: str | None) -> str:
    """Negated, hypothetical, planned, historical or asserted, from the words around the trigger and its date."""
    if is_prosecuted(token, lexicon):
        return dated_status(date, published)  # 'would investigate the genocide': the genocide took place
    if is_refused(token, lexicon):
        return "negated"  # 'refused to negotiate', 'a refusé de négocier': no talks took place
    if is_demanded(token, lexicon):
        return "hypothetical"  # 'rejected calls for elections', 'des appels à des élections': asked for, not held
    if "Inf" in token.morph.get("VerbForm") and token.dep_ in PURPOSE_DEPS and token.head.i != token.i:
        governing = mention_status(token.head, lexicon, None, published)
        if governing in UNREALISED_STATUSES:
            return governing  # 'he would meet them to coordinate': the purpose of a plan is planned too
    embedding = embedding_words(token)
    auxiliaries = [c for c in token.children if c.dep_ in AUXILIARY_DEPS]
    modifiers = [c for t in (token, *auxiliaries) for c in t.children
                 if c.dep_ in ("neg", "advmod", "det", "amod") and c.pos_ in ("ADV", "ADJ", "DET", "PART", "PRON")]
    subjects = [c for c in token.children if c.dep_ in SUBJECT_DEPS]
    quantifiers = [*(c for c in subjects if c.pos_ == "PRON"), *(d for c in subjects for d in c.children
                                                                  if d.dep_ == "det")]  # 'no group', 'aucun',
    # 'nobody'; not '400 personnes', whose noun is a negative pronoun's twin
    lemmas = {t.lemma_.lower() for t in (*auxiliaries, *modifiers, *quantifiers)}
    embedding_negated = any(c.dep_ in ("neg", "advmod") and c.lemma_.lower() in lexicon.negation
                            for t in embedding[:1] for c in t.children)  # 'will not cause America to retreat'
    if lemmas & lexicon.negation or embedding_negated or any(t.lemma_.lower() in lexicon.denial_verbs for t in embedding):
        return "negated"
    reported = bool(embedding) and (embedding[0].lemma_.lower() in lexicon.reporting_verbs
                                    or lexicon.verbs.get(embedding[0].lemma_.lower()) == STATEMENT_TYPE)  # 'said',
    # 'a annoncé qu'il se rendrait sur place': what one says one would do is planned
    conditional = is_conditional(token, lexicon) or bool(lemmas & lexicon.reported_future)
    if reported and conditional and not (lemmas - lexicon.reported_future) & lexicon.hypothetical:
        return "planned"  # 'he said he would meet them', 'il a dit qu'il les rencontrerait'
    if lemmas & lexicon.hypothetical or conditional \
            or any(t.lemma_.lower() in lexicon.hypothetical for t in embedding[:2]) \
            or any(((c.dep_ in AUXILIARY_DEPS or c.dep_ in DIRECT_OBJECT_DEPS)
                    and c.lemma_.lower() in lexicon.hypothetical)
                   or (c.dep_ == "mark" and c.lower_ in lexicon.condition_marks) for t in embedding[:1] for c in t.children) \
            or ((token.dep_ == "ROOT" or token.is_sent_start) and "Inf" in token.morph.get("VerbForm")
                and not auxiliaries and not subjects and not tensed_dependent(token)) \
            or any(c.dep_ == "mark" and c.lower_ in lexicon.condition_marks for c in token.children) \
            or any(lexicon.verbs.get(t.lemma_.lower()) in ASKING_TYPES or t.lemma_.lower() in lexicon.asking_verbs
                   for t in embedding[:1]):
        return "hypothetical"  # 'could strike', 'if it attacks', 'urged them to stop the attacks', 'supplying it
        # would violate', 'Fournir cette technologie constituerait': an act talked of, not told
    planned_words = {t.lemma_.lower() for t in (*auxiliaries, *quantifiers)} if told_in_past(token, lexicon) \
        else lemmas
    if planned_words & lexicon.planned or any("Fut" in t.morph.get("Tense") for t in (token, *auxiliaries)) \
            or any(t.lemma_.lower() in lexicon.planned and (t.pos_ != "ADP" or token.dep_ == "xcomp")
                   for t in embedding[:1]):  # 'about to be deported', not 'talked about the attack'
        return "planned"
    return dated_status(date, published)


def told_in_past(token: Token, lexicon: EventLexicon) -> bool:
    """Whether a verb tells its act as done: a past tense, simple or compound ('voted', 'a voté'), not a
    conditional ('would vote', 'voterait')."""
    auxiliaries = [c for c in token.children if c.dep_ in AUXILIARY_DEPS]
    return "Past" in token.morph.get("Tense") and ("Fin" in token.morph.get("VerbForm") or bool(auxiliaries)) \
        and not is_conditional(token, lexicon) \
        and not any("Fut" in a.morph.get("Tense") or is_conditional(a, lexicon) for a in auxiliaries)


def begins_after(date: TimeExpression | None, published: str | None) -> bool:
    """Whether a date lies wholly after the story's day ('next year' in today's paper)."""
    return date is not None and bool(published) and bool(date.interval_start) \
        and date.interval_start[:10] > published[:10]


def a_year_back(date: TimeExpression, published: str | None) -> TimeExpression | None:
    """A yearless month or day read as coming, moved to the year before when an act told as done names it ('seized
    Goma in January' in a September story); None for other dates ('next year'). A day within the week after the
    story's own stays as the time tagger read it (a weekday after a guessed anchor, a march announced for Friday)."""
    if date.precision == "day" and published and date.value[:4].isdigit() \
            and coming_soon(dt.date.fromisoformat(published[:10]), int(date.value[5:7]), int(date.value[8:10])):
        return date
    if YEAR_WRITTEN.search(date.text) or date.precision not in ("day", "month") or not date.value[:4].isdigit():
        return None
    back = replace(date, **{name: f"{int(value[:4]) - 1:04d}{value[4:]}" for name in ("value", "interval_start",
                                                                                      "interval_end")
                            if (value := getattr(date, name)) and value[:4].isdigit()})
    return None if begins_after(back, published) else back


def dated_status(date: TimeExpression | None, published: str | None) -> str:
    """Planned, historical or asserted, from a date alone: after the story's day, long before it, or around it."""
    if date is not None and published and date.interval_start:
        day = dt.date.fromisoformat(published)
        start = dt.date.fromisoformat(date.interval_start[:10])
        end = dt.date.fromisoformat(date.interval_end[:10]) if date.interval_end else start
        if start > day + dt.timedelta(days=1):
            return "planned"
        if end < day - dt.timedelta(days=HISTORICAL_DAYS):
            return "historical"
    return "asserted"


def is_refused(token: Token, lexicon: EventLexicon) -> bool:
    """Whether a verb completes a refusal ('refused to negotiate', 'a refusé de négocier'): an act not done."""
    return is_verbal(token) and token.dep_ == "xcomp" and token.head.i != token.i \
        and lexicon.verbs.get(verb_lemma(token.head, lexicon)) == REFUSAL_TYPE


def is_demanded(token: Token, lexicon: EventLexicon) -> bool:
    """Whether a noun is what a call, a demand or a threat names ('calls for elections', 'called for a national
    strike', "l'appel à une trêve"):
    a happening asked for or threatened, not one that took place."""
    return governing_type(token, lexicon, ("NOUN", "VERB")) in ASKING_TYPES


def is_prosecuted(token: Token, lexicon: EventLexicon) -> bool:
    """Whether a noun is what an arrest, an inquiry or a trial is for ('investigate the genocide', 'arrested for
    the attack', 'une enquête sur l'attentat'): a harm that took place, whatever is said of the prosecution."""
    return governing_type(token, lexicon, ("NOUN", "VERB")) in PROSECUTING_TYPES


def governing_type(noun: Token, lexicon: EventLexicon, kinds: tuple[str, ...]) -> str | None:
    """The type the lexicon codes for the word a noun completes, past a preposition ('for the attack', 'sur
    l'attentat'), when that word is of one of the given parts of speech."""
    if noun.pos_ != "NOUN" or noun.head.i == noun.i:
        return None
    head = governor(noun)
    if head.pos_ not in kinds:
        return None
    if head.pos_ != "VERB":
        return lexicon.nouns.get(head.lemma_.lower())
    preposition = noun.head.lower_ if noun.head.i != head.i else ""  # 'called for a strike': the phrase 'call for'
    return lexicon.verbs.get(verb_lemma(head, lexicon)) or lexicon.phrases.get((head.lemma_.lower(), preposition))


def copular_predicate(noun: Token) -> list[Token]:
    """The predicate a noun is the subject of through a copula ('la violence n'est plus de mise'): its negation or
    mood is the noun's."""
    head = noun.head
    return [head] if noun.dep_ in SUBJECT_DEPS and any(c.dep_ == "cop" for c in head.children) else []


def noun_status(anchors: list[Token], lexicon: EventLexicon, date: TimeExpression | None, published: str | None) -> str:
    """A trigger's status; a noun told with a verb takes that verb's when it is not asserted ('no group has
    claimed the attack': no claim to draw)."""
    own = mention_status(anchors[0], lexicon, date, published)
    prevented = prevented_status(anchors[0], lexicon, date, published)
    if prevented:
        return prevented
    if denied_object(anchors[0], lexicon):
        return "negated"
    told = (wished_status(anchors[0], anchor, lexicon) or mention_status(anchor, lexicon, date, published)
            for anchor in anchors[1:] if not predicates_of(anchors[0], anchor)) if own == "asserted" else ()
    return next((status for status in told if status != "asserted"), own)


def denies_or_refuses(verb: Token, lexicon: EventLexicon) -> bool:
    """Whether a verb denies or refuses what its object names ('denied', 'ruled out', 'a exclu')."""
    particles = tuple(c.lower_ for c in verb.children if c.dep_ == "prt")
    return verb.lemma_.lower() in lexicon.denial_verbs or lexicon.verbs.get(verb_lemma(verb, lexicon)) == REFUSAL_TYPE \
        or lexicon.phrases.get((verb.lemma_.lower(), *particles)) == REFUSAL_TYPE


def denied_object(noun: Token, lexicon: EventLexicon) -> bool:
    """Whether a noun names what a verb of denial or refusal says never happened, itself or through the nouns it
    completes: 'any' or a report of it ('a démenti toute tentative de coup d'État', 'denied reports of an attack',
    'ruled out any withdrawal', 'a exclu toute participation à une attaque'); 'denied the attack' may deny a part
    in it, not that it took place."""
    node, chain = noun, [noun]
    for _ in range(NOUN_PHRASE_REACH + 1):
        head = node.head
        if head.i == node.i:
            return False
        if head.pos_ in ("VERB", "AUX"):
            return node.dep_ in DIRECT_OBJECT_DEPS and denies_or_refuses(head, lexicon) and any(
                w.lemma_.lower() in lexicon.information_nouns
                or any(c.lower_ in lexicon.any_words for c in w.children) for w in chain)
        if head.pos_ not in ("NOUN", "PROPN", "ADP") or node.dep_ in SUBJECT_DEPS:
            return False
        node = head
        chain.append(node)
    return False


def prevented_status(noun: Token, lexicon: EventLexicon, date: TimeExpression | None, published: str | None) -> str:
    """The status of what a verb of prevention has for its object: not held when it was prevented ('police foiled
    an attack'), held when it was not ("n'a pas empêché un tir de roquette"); '' for other verbs."""
    verb = noun.head
    if noun.dep_ not in DIRECT_OBJECT_DEPS or verb.i == noun.i or verb.lemma_.lower() not in lexicon.prevention_verbs:
        return ""
    prevention = mention_status(verb, lexicon, date, published)
    return dated_status(date, published) if prevention == "negated" else "negated" if prevention == "asserted" else ""


def predicates_of(noun: Token, verb: Token) -> bool:
    """Whether a verb says something of the happening its subject names, with an object of its own ('la réunion
    approfondirait les liens'): its mood is the saying's, not the meeting's."""
    return noun.head.i == verb.i and noun.dep_ in SUBJECT_DEPS and any(c.dep_ in DIRECT_OBJECT_DEPS
                                                                       for c in verb.children)


def telling_verb(noun: Token, lexicon: EventLexicon) -> list[Token]:
    """The verb that tells the happening a noun names ('would launch an offensive', 'promised to hold elections'):
    the noun's status is that verb's."""
    verb = noun.head
    return [verb] if noun.pos_ == "NOUN" and noun.dep_ in DIRECT_OBJECT_DEPS and verb.i != noun.i \
        and tells_its_object(verb, lexicon) else []


def wished_status(noun: Token, verb: Token, lexicon: EventLexicon) -> str:
    """The status of what a verb of wish or intent has for its object ('I want a referendum', 'prévoit des
    élections'): hypothetical or planned, not held; '' for other verbs."""
    if noun.head.i != verb.i or noun.dep_ not in DIRECT_OBJECT_DEPS:
        return ""
    lemma = verb.lemma_.lower()
    return "hypothetical" if lemma in lexicon.hypothetical else "planned" if lemma in lexicon.planned else ""
