"""Event types as the words around a trigger tell them: a verb takes the type of the happening its noun names ('staged
a coup', 'a summit set for April', 'declared a state of emergency'), a warning is a threat only with force, a crowd's
damage is a riot, a weapon makes an explosion an attack."""
from __future__ import annotations

from spacy.tokens import Token

from extractors.event_lexicon import EventLexicon

TOLD_DEPS = {"obj", "dobj", "nsubjpass", "nsubj:pass"}  # 'staged a coup', 'a search was launched'
QUALIFIED_DEPS = {"acl", "amod"}  # 'a summit set for April', "l'investiture prévue le 15 septembre"
LIGHT_DEPS = {"obl:arg", "obl"}  # 'procéder à des interpellations': a light verb's noun may need a preposition
COMPLEMENT_DEPS = {"ccomp", "xcomp", "advcl", "acl", "prep", "obl", "obl:arg"}  # what a warning says
FORCE_TYPES = ("ASSAULT", "COERCE", "SANCTION", "MOBILIZE")  # acts whose announcement is a threat
THREAT_TYPES = ("ASSAULT", "COERCE", "SANCTION")  # acts a speaker says it would take as a threat, not a plan
SUBJECT_DEPS = {"nsubj", "nsubj:pass", "nsubjpass", "expl:subj"}
ACTIVE_SUBJECT_DEPS = {"nsubj"}  # a subject that does the act, not one it is done to
LEGAL_TYPES = ("ACCUSE", "COERCE")  # trials, hearings, questioning: whoever is moved for them is moved in custody
PROSECUTING_TYPES = ("COERCE", "ACCUSE", "SANCTION")  # arrests, trials, inquiries: their object is a harm told
# apart, and one that took place ('would investigate the genocide': the genocide is no plan)
COERCE_TYPE = "COERCE"
HARM_TYPES = ("ASSAULT", "CRIME", "DISASTER", "ACCIDENT")  # ('prosecuting the bombings', 'arrested for the attack')
CRIME_TYPE, CROWD_TYPE, SUPPORT_TYPE = "CRIME", "PROTEST", "SUPPORT"
RELATIVE_CLAUSE_DEPS = ("relcl", "acl:relcl")  # 'men who fled the army': what the clause says is not who they are
VOICED_TYPES = ("REQUEST", "SUPPORT", "ACCUSE", "REJECT")  # what a crowd voices is a rally ('thousands demanded')
CROWD_SIZE = 100  # people counted in a subject that make it a crowd
AGENT_DEPS = {"agent", "obl:agent"}  # 'by the army', 'par l'armée': only a verb has an agent
STATEMENT_TYPE, THREATEN_TYPE, REQUEST_TYPE = "STATEMENT", "THREATEN", "REQUEST"
MILITARY_MOVE_TYPE, COOPERATE_TYPE = "MOBILIZE", "COOPERATE"
ARMED_TYPE = "ASSAULT"
MODIFIER_DEPS = {"amod", "compound", "acl"}  # 'explosive device', 'voiture piégée', 'manœuvres conjointes'
CAUSE_TYPES = ("DISASTER", "HEALTH", "ACCIDENT")  # what kills with no one acting: 'cholera killed 40'
TOLD_OF_TYPES = ("STATEMENT", "ASSAULT", "CRIME", "DISASTER", "ACCIDENT", "HEALTH")  # a declaration tells of
# them ('claimed the attack', 'a annoncé le séisme'), it does not enact them
SPEECH_TYPES = ("ACCUSE", "SUPPORT", "REQUEST", "REJECT", "STATEMENT", "THREATEN", "AGREE")  # their object is another
# happening ('condemned the attack'); other verbs tell the happening their subject or object names ('the blast killed')
MUTE_TYPES = ("ASSAULT", "PROTEST", "DISASTER", "ACCIDENT", "HEALTH")  # happenings that say nothing: a verb of speech
# or stance with one for its subject tells it ('des combats ont opposé l'armée aux rebelles', 'clashes pitted')
COMPLEMENT_NOUN_DEPS = {"nmod", "prep", "pobj"}  # '$500 million in aid', '500 millions de dollars d'aide'
STATE_LABELS = ("GPE", "LOC")  # a state named by its country or capital ('Japan', 'Tokyo'; French says LOC)
ACCUSE_TYPE = "ACCUSE"
RESCUE_TYPE = "DISASTER"  # a search for survivors is the disaster's rescue
SANCTION_TYPE = "SANCTION"
RESTRICTION_TYPES = ("COERCE", "SANCTION")  # bans, curfews, blockades, sanctions: what may be lifted
RETREAT_TYPE = "RETREAT"  # PLOVER's de-escalation: a restriction lifted, an army withdrawn
TIE_TYPES = ("CONSULT", "COOPERATE", "AID")  # talks, cooperation and aid: what a party may break off as a sanction


def lemma_readings(token: Token, lexicon: EventLexicon) -> set[str]:
    """A word's lemma and the infinitives it reads as when it is a participle the lemmatiser left alone ('ont
    célébré', tagged a noun): for word lists of verbs that code no type of their own."""
    lemma = token.lemma_.lower()
    return {lemma, *(lemma[:-len(ending)] + infinitive for ending, infinitive in lexicon.participles
                     if lemma.endswith(ending))}


def noun_type(noun: Token, lexicon: EventLexicon) -> str | None:
    """The type a noun names as a happening ('coup', 'joint exercises', 'la rupture de ses contacts'), or None."""
    told = coded_noun_type(noun, lexicon) or (SANCTION_TYPE if breaks_off_ties(noun, lexicon) else None)
    return joint_type(noun, told, lexicon) if told is not None else None


def coded_noun_type(noun: Token, lexicon: EventLexicon) -> str | None:
    """The type a noun codes, alone ('coup') or as the first word of a phrase ("coup d'état", 'coups de feu'),
    counting the compounds and adjectives before it ('a car bomb', 'a general strike')."""
    if noun.pos_ not in ("NOUN", "PROPN", "X"):
        return None
    compounds = [c for c in noun.lefts if c.dep_ in ("compound", "amod")]  # 'a general strike', 'car bombs'
    first = compounds[0].i if compounds else noun.i
    doc = noun.doc
    for start in range(first, noun.i + 1):
        lemma = doc[start].lemma_.lower()
        for length in sorted(lexicon.phrase_lengths.get(lemma, ()), reverse=True):
            phrase = tuple(t.lemma_.lower() for t in doc[start:start + length])
            if phrase in lexicon.phrases and start + length > noun.i:
                return lexicon.phrases[phrase] or None
    return lexicon.nouns.get(noun.lemma_.lower())


def ground_moves(verb: Token, lexicon: EventLexicon) -> bool:
    """Whether the ground itself is what the verb tells moving ('tons of earth cascaded down a hillside', 'le terrain
    a glissé', 'the hillside gave way'): a landslide, a disaster, whatever the verb."""
    subjects = [c for c in verb.children if c.dep_ in ACTIVE_SUBJECT_DEPS]  # 'rocks were thrown at police' is no
    # landslide
    measured = [g for s in subjects for c in s.children if c.dep_ in ("prep", "nmod")
                for g in (c, *c.children) if g.pos_ == "NOUN"]  # 'tons of earth', 'des tonnes de terre'
    return any(w.lemma_.lower() in lexicon.ground_words for w in (*subjects, *measured))


def governed_type(verb: Token, lexicon: EventLexicon) -> str | None:
    """The type of the happening an uncoded verb tells through the noun it governs or qualifies, if any; what a
    verb of prevention governs was not done by it ('foiled an attack' is no attack)."""
    if verb.lemma_.lower() in lexicon.prevention_verbs:
        return None
    if decided := object_type(verb, "", lexicon):
        return decided  # 'a reçu les dirigeants syndicaux', 'sealed off the area'
    words = [one_of(c) for c in verb.children if c.dep_ in TOLD_DEPS]
    if not words:  # 'ont essuyé des coups de feu': a partitive object the parser took for a noun's complement
        words = [c for c in verb.children if c.dep_ == "nmod"]
    if verb.lemma_.lower() in lexicon.light_verbs:
        words += [c for c in verb.children if c.dep_ in LIGHT_DEPS]
    if verb.dep_ in QUALIFIED_DEPS and verb.head.i != verb.i:
        words.append(verb.head)
    told = next((t for t in (noun_type(w, lexicon) for w in words) if t is not None), None)
    if told is not None:
        return told
    purpose = next((t for t in (noun_type(w, lexicon) for w in purposes(verb, lexicon)) if t is not None), None)
    return COERCE_TYPE if purpose in LEGAL_TYPES else purpose  # 'brought to the U.S. for trial': a transfer in custody


def purposes(verb: Token, lexicon: EventLexicon) -> list[Token]:
    """The nouns a verb's act is for ('arrived in Kyiv for talks', 'brought to the U.S. for trial', 'arrivée à Kiev
    pour une visite'): its purpose tells what happened."""
    english = [g for c in verb.children if c.dep_ == "prep" and c.lower_ in lexicon.purpose_prepositions
               for g in c.children if g.dep_ == "pobj"]
    french = [c for c in verb.children if c.dep_ in LIGHT_DEPS
              and any(g.dep_ == "case" and g.lower_ in lexicon.purpose_prepositions for g in c.children)]
    return english + french


def warning_type(token: Token, event_type: str, lexicon: EventLexicon) -> str:
    """A warning is a threat when it tells an act of force of its own speaker ('warned it would strike', 'a averti
    qu'il riposterait'), else a statement ('warned that rains would cause landslides'); other words keep their type."""
    if token.lemma_.lower() not in lexicon.warning_words:
        return event_type
    told = [w for c in token.children if c.dep_ in COMPLEMENT_DEPS for w in c.subtree]
    for word in told:
        subjects = [c for c in word.children if c.dep_ in SUBJECT_DEPS]
        if lexicon.verbs.get(word.lemma_.lower()) in FORCE_TYPES and all(s.pos_ == "PRON" for s in subjects):
            return THREATEN_TYPE
    return STATEMENT_TYPE


def crowd_type(token: Token, event_type: str, lexicon: EventLexicon) -> str:
    """Damage, looting or arson done by a crowd ('protesters looted shops', 'des émeutiers ont incendié un
    commissariat') is a riot, not a crime; demands, tributes and denunciations voiced by a crowd ('tens of thousands
    of people paid tribute', 'des milliers de personnes ont réclamé') and streets or buildings stormed by a crowd are
    a rally or a riot; other acts keep their type."""
    if event_type != CRIME_TYPE and event_type != ARMED_TYPE and event_type not in VOICED_TYPES:
        return event_type
    subjects = [c for c in token.children if c.dep_ in SUBJECT_DEPS]
    subjects += [c for s in subjects for c in s.conjuncts]
    if event_type != ARMED_TYPE and any(lexicon.nouns.get(s.lemma_.lower()) == CROWD_TYPE for s in subjects):
        return CROWD_TYPE
    if event_type in VOICED_TYPES and any(is_crowd(s, lexicon) for s in subjects):
        return CROWD_TYPE
    if event_type == ARMED_TYPE and any(s.dep_ == "nsubj" and is_people_crowd(s, lexicon) for s in subjects):
        return CROWD_TYPE  # 'des milliers de partisans ont envahi les rues': a crowd, unarmed, storms as a rally
    return event_type


def armed_crime_type(token: Token, event_type: str, lexicon: EventLexicon) -> str:
    """A crime done to people by armed men ('gunmen abducted 12 passengers', 'enlevés par des hommes armés') is an
    attack of the conflict, as PLOVER codes abduction; by others it stays a crime."""
    if event_type != CRIME_TYPE or token.lemma_.lower() not in lexicon.person_crimes:
        return event_type
    doers = [c for c in token.children if c.dep_ == "nsubj"]
    doers += [w for w in token.subtree if w.head.lower_ in lexicon.agent_prepositions and w.head.head.i == token.i
              or (any(c.dep_ == "case" and c.lower_ in lexicon.agent_prepositions for c in w.children)
                  and not any(a.pos_ in ("VERB", "AUX") for a in w.ancestors if a.i != token.i and token.is_ancestor(a)))]
    # 'by gunmen'; 'par des hommes armés', also where the parser hung it on the place before, not in another clause
    return ARMED_TYPE if any(is_armed_crowd(d, lexicon) for d in doers) else event_type


def is_people_crowd(subject: Token, lexicon: EventLexicon) -> bool:
    """Whether a subject is a crowd of people by its words ('thousands of supporters', 'des milliers de partisans',
    'protesters', '300 residents'), not a count of weapons ('127 missiles') nor of armed men."""
    named = subject.lemma_.lower() in lexicon.crowd_words or lexicon.nouns.get(subject.lemma_.lower()) == CROWD_TYPE \
        or (subject.lemma_.lower() in lexicon.counted_people and is_crowd(subject, lexicon))  # '300 people'
    return named and not is_armed_crowd(subject, lexicon) \
        and not any(w.lemma_.lower() in lexicon.weapons for w in subject.subtree)


def is_armed_crowd(subject: Token, lexicon: EventLexicon) -> bool:
    """Whether a counted subject is armed men ('2,000 troops', "des centaines d'hommes armés"), not a crowd: read
    on its noun phrase, not on what a relative clause in it says."""
    phrase = list(subject.subtree)
    clause = next((t.i for t in phrase if t.dep_ in RELATIVE_CLAUSE_DEPS), None)
    return any(w.lemma_.lower() in lexicon.armed_actors or w.lower_ in lexicon.armed_actors
               for w in phrase if clause is None or w.i < clause)


def support_rally_type(token: Token, event_type: str, lexicon: EventLexicon) -> str:
    """A gathering of someone's supporters ("Abacha's supporters began a two-day rally", 'ses partisans se sont
    rassemblés') is a rally for him, support; a protest, a riot or another crowd's march keeps its type."""
    if event_type != CROWD_TYPE or not lemma_readings(token, lexicon) & lexicon.support_gatherings:
        return event_type
    crowds = [c for c in token.children if c.dep_ in SUBJECT_DEPS or c.dep_ in COMPLEMENT_NOUN_DEPS]
    if token.dep_ in TOLD_DEPS:  # 'supporters began a rally'
        crowds += [c for c in token.head.children if c.dep_ in SUBJECT_DEPS]
    words = [w for c in crowds for w in (c, *(g for x in c.children if x.dep_ in COMPLEMENT_NOUN_DEPS
                                              for g in (x, *x.children)))]  # 'hundreds of supporters'
    return SUPPORT_TYPE if any(w.lemma_.lower() in lexicon.supporters and backs_someone(w) for w in words) \
        else event_type


def backs_someone(supporters: Token) -> bool:
    """Whether supporters are told as someone's ('his supporters', "Abacha's supporters", 'ses partisans',
    'supporters of Ortega'), not as a camp's ('opposition supporters', who rally against power)."""
    return any(c.dep_ == "poss" or "Yes" in c.morph.get("Poss")
               or (c.dep_ in COMPLEMENT_NOUN_DEPS and any(g.pos_ == "PROPN" for g in (c, *c.children)))
               for c in supporters.children)


def is_crowd(subject: Token, lexicon: EventLexicon) -> bool:
    """Whether a subject counts a crowd: 'thousands of people', 'des milliers de manifestants', '2,000 people'."""
    words = [subject, *subject.children]
    words += [g for c in subject.children if c.dep_ in ("prep", "nmod") for g in (c, *c.children)]  # 'tens of
    # thousands', 'des milliers de personnes'; not what a relative clause on the subject says
    return any(w.lemma_.lower() in lexicon.crowd_words for w in words) \
        or any(w.like_num and w.dep_ == "nummod" and count_of(w) >= CROWD_SIZE for w in words)


def count_of(number: Token) -> float:
    """A number written in digits ('2,000', '2.000', '500'), or 0 if it is written in words."""
    digits = number.text.replace(",", "").replace(".", "").replace("\u202f", "").replace(" ", "")
    return float(digits) if digits.isdigit() else 0.0


def one_of(word: Token) -> Token:
    """The noun a pronoun or number picks one of ('one of its largest attacks', "l'une de ses plus importantes
    attaques"): what the act was; else the word itself."""
    if word.pos_ not in ("PRON", "NUM"):
        return word
    picked = [g for c in word.children if c.dep_ in ("prep", "nmod")
              for g in ((c,) if c.pos_ == "NOUN" else c.children) if g.pos_ == "NOUN"]
    return picked[0] if picked else word


def light_verb_type(token: Token, lexicon: EventLexicon) -> str | None:
    """What a light verb tells: the type of the noun it governs or qualifies ('launched an offensive', 'a search was
    launched', "l'appel lancé vendredi"), or None if that noun codes none."""
    if token.lemma_.lower() not in lexicon.light_verbs:
        return None
    words = [one_of(c) for c in token.children if c.dep_ in TOLD_DEPS]
    if any(c.dep_ in AGENT_DEPS for c in token.children):  # 'the offensive launched by the army', parsed as active
        words += [c for c in token.children if c.dep_ in SUBJECT_DEPS]
    if token.dep_ in QUALIFIED_DEPS and token.head.i != token.i:
        words.append(token.head)
    return next((t for t in (noun_type(w, lexicon) or content_type(w, lexicon) for w in words) if t is not None),
                None)


def content_type(noun: Token, lexicon: EventLexicon) -> str | None:
    """The type a noun of no kind takes from the happenings it is made of ('une campagne de vaccination', 'a wave of
    arrests'), or None."""
    if noun.pos_ != "NOUN" or coded_noun_type(noun, lexicon) is not None:
        return None
    parts = [g for c in noun.children if c.dep_ in COMPLEMENT_NOUN_DEPS
             for g in ((c,) if c.dep_ == "nmod" else c.children if c.dep_ == "prep" else ())]
    return next((t for t in (noun_type(g, lexicon) for g in parts if g.pos_ == "NOUN") if t is not None), None)


def declared_type(token: Token, lexicon: EventLexicon) -> str | None:
    """What a declaration enacts, told by its object ('declared a state of emergency', 'pledged $500 million in aid',
    "a décrété l'état d'urgence"): the act's type, or None if it enacts none ('claimed the attack' tells of one)."""
    objects = [c for c in token.children if c.dep_ in TOLD_DEPS]
    objects += [g for o in objects for c in o.children if c.dep_ in COMPLEMENT_NOUN_DEPS
                for g in (c, *(x for x in c.children if x.dep_ == "pobj"))]
    told = (noun_type(o, lexicon) for o in objects)
    return next((t for t in told if t is not None and t not in TOLD_OF_TYPES), None)


def tells_its_object(token: Token, lexicon: EventLexicon) -> bool:
    """Whether a verb tells the happening its object names ('launched an offensive', 'promised a referendum next
    year'): the object's time is then the verb's to carry."""
    return light_verb_type(token, lexicon) is not None or declared_type(token, lexicon) is not None


def cause_type(token: Token, lexicon: EventLexicon) -> str | None:
    """The type of a disaster, a disease or an accident named as the subject of a death or damage ('Cholera has
    killed 40', 'the storm destroyed'), also where the tagger took it for a name; else None."""
    if token.lemma_.lower() not in lexicon.consequence_verbs:
        return None
    subjects = [c for c in token.children if c.dep_ in SUBJECT_DEPS]
    subjects += [c for s in subjects for c in s.children if c.dep_ == "compound"]  # 'Storm Boris killed 20'
    told = (lexicon.nouns.get(s.lemma_.lower()) or lexicon.nouns.get(s.lower_) for s in subjects)
    return next((t for t in told if t in CAUSE_TYPES), None)


def told_type(token: Token, event_type: str, lexicon: EventLexicon) -> str:
    """A coded trigger's type as the words it governs tell it: a light verb's noun, a declaration's act, a killing
    disease, an object that decides the act ('expelled two diplomats'), a warning without force, a crowd's damage,
    a rally of supporters, a joint military move, a force its speaker says it would use."""
    told = light_verb_type(token, lexicon) or cause_type(token, lexicon) \
        or (declared_type(token, lexicon) if event_type == STATEMENT_TYPE else None)
    if told is not None:
        return told
    for rule in (object_type, warning_type, crowd_type, support_rally_type, joint_type, threat_type, armed_crime_type):
        event_type = rule(token, event_type, lexicon)
    return event_type


def object_type(token: Token, event_type: str, lexicon: EventLexicon) -> str:
    """An act whose object decides its kind ('expelled two diplomats' cuts ties, a sanction; 'expelled four nationals'
    is coercion; "l'expulsion de l'ambassadeur"; 'received a delegation' a meeting, 'sealed off the area' a
    deployment); other acts keep their type."""
    objects = [c for c in token.children if c.dep_ in TOLD_DEPS]
    objects += [g for o in objects for c in o.children if c.dep_ in COMPLEMENT_NOUN_DEPS
                for g in (c, *c.children)]  # 'une cinquantaine d'évadés', 'dozens of prisoners'
    objects += [g for c in token.children if c.dep_ in COMPLEMENT_NOUN_DEPS for g in (c, *c.children) if g.pos_ == "NOUN"]
    lemma = token.lemma_.lower()
    told = (lexicon.object_types.get((lemma, o.lemma_.lower())) for o in objects)
    return next((t for t in told if t is not None), event_type)


def armed_subject(token: Token, lexicon: EventLexicon) -> Token | None:
    """The weapon an act's subject or object is told as by its modifiers or its phrase ('an improvised explosive
    device exploded', 'une voiture piégée a explosé', 'un engin explosif'), if any."""
    words = [c for c in token.children if c.dep_ in SUBJECT_DEPS or c.dep_ in TOLD_DEPS]
    for word in words:
        if noun_type(word, lexicon) == ARMED_TYPE:
            return word
        weapon = next((c for c in word.children if c.dep_ in MODIFIER_DEPS
                       and c.lemma_.lower() in lexicon.weapons), None)
        if weapon is not None:
            return weapon
    return None


def joint_type(token: Token, event_type: str, lexicon: EventLexicon) -> str:
    """A military move made jointly with others ('joint naval exercises with NATO', 'des manœuvres conjointes') is
    cooperation; other acts keep their type."""
    if event_type == MILITARY_MOVE_TYPE and any(c.dep_ in MODIFIER_DEPS and c.lemma_.lower() in lexicon.joint_words
                                                for c in token.children):
        return COOPERATE_TYPE
    return event_type


def threat_type(token: Token, event_type: str, lexicon: EventLexicon) -> str:
    """An act of force its speaker says it would take ('said it would strike Iraq unless', 'a affirmé qu'il
    frapperait') is a threat; other acts keep their type."""
    if event_type not in THREAT_TYPES or token.dep_ != "ccomp" \
            or token.head.lemma_.lower() not in lexicon.reporting_verbs:
        return event_type
    auxiliaries = [c for c in token.children if c.dep_ in ("aux", "aux:tense")]
    future = any(c.lemma_.lower() in lexicon.reported_future for c in auxiliaries) \
        or any(is_conditional(t, lexicon) or "Fut" in t.morph.get("Tense") for t in (token, *auxiliaries))
    subjects = [c for c in token.children if c.dep_ in SUBJECT_DEPS]
    return THREATEN_TYPE if future and subjects and all(s.pos_ == "PRON" for s in subjects) else event_type


def is_conditional(token: Token, lexicon: EventLexicon) -> bool:
    """Whether a verb is in the conditional, by its mood or, where the tagger reads a French conditional as an
    imperfect, by its stem: the infinitive's ('frapper-ait'), not the imperfect's ('frapp-ait'), or an irregular
    future stem in r ('tiendr-ait', 'fer-ait') that is no imperfect ('tir-ait', 'mour-ait')."""
    if "Cnd" in token.morph.get("Mood"):
        return True
    if "Imp" not in token.morph.get("Tense"):
        return False
    lemma, form = token.lemma_.lower(), token.lower_
    stem = lemma.rstrip("e")
    ending = next((e for e in lexicon.imperfect_endings if form.endswith(e)), None)
    return (len(stem) > 2 and form.startswith(stem)) or (
        ending is not None and form[:-len(ending)].endswith("r") and form != lemma[:-2] + ending)


def protests_as_a_state(token: Token, lexicon: EventLexicon) -> bool:
    """Whether a protest is a state's or a government's ('Japan protested the launch', 'Tokyo a protesté contre ce
    tir', 'the foreign ministry lodged a protest'): an official complaint, not a crowd in the street."""
    verb = token.head if token.pos_ == "NOUN" and token.dep_ in TOLD_DEPS else token
    subjects = [c for c in verb.children if c.dep_ in ACTIVE_SUBJECT_DEPS]
    return any(s.ent_type_ in STATE_LABELS or s.lemma_.lower() in lexicon.state_bodies for s in subjects)


def breaks_off_ties(noun: Token, lexicon: EventLexicon) -> bool:
    """Whether a noun tells talks or ties broken off ('Israel-Syrian talks have been cut off', 'les négociations ont
    été rompues', 'la rupture de ses contacts avec le Likoud'): a sanction, not the talks."""
    if noun.pos_ != "NOUN":
        return False
    if noun.lemma_.lower() in lexicon.halting_nouns:
        return any(is_tie(w, lexicon) for c in noun.children if c.dep_ in COMPLEMENT_NOUN_DEPS
                   for w in (c, *c.children))
    if not is_tie(noun, lexicon) or noun.dep_ not in SUBJECT_DEPS:
        return False
    verb = noun.head
    particles = [c.lower_ for c in verb.children if c.dep_ == "prt"]
    return verb.lemma_.lower() in lexicon.halting_verbs \
        or any(f"{verb.lemma_.lower()} {p}" in lexicon.halting_verbs for p in particles)


def is_tie(word: Token, lexicon: EventLexicon) -> bool:
    """Whether a word names talks or ties between parties ('talks', 'contacts', 'relations')."""
    lemma = word.lemma_.lower()
    return lexicon.nouns.get(lemma) in TIE_TYPES or lemma in lexicon.tie_words


def sought_type(token: Token, lexicon: EventLexicon) -> str | None:
    """What a search is when it is for someone ('a search has been launched for accomplices', 'launched a search for
    survivors', 'une traque pour le suspect'): an inquiry, or a disaster's rescue when those sought are survivors or
    the missing; None for a search told without whom it seeks."""
    if token.lemma_.lower() not in lexicon.seeking_words:
        return None
    holders = [token, token.head] if token.dep_ in SUBJECT_DEPS else [token]  # 'a search was launched for X'
    sought = [g for holder in holders for c in holder.children for g in (c, *c.children)
              if sought_after(g, lexicon)]
    if not sought:
        return None
    return RESCUE_TYPE if any(w.lemma_.lower() in lexicon.rescued_words for w in sought) else ACCUSE_TYPE


def sought_after(word: Token, lexicon: EventLexicon) -> bool:
    """Whether a noun is what a search is for: behind 'for' ('pobj' of English 'for') or 'pour' (its 'case')."""
    if word.pos_ not in ("NOUN", "PROPN"):
        return False
    preposition = word.head.lower_ if word.dep_ == "pobj" else next(
        (c.lower_ for c in word.children if c.dep_ == "case"), "")
    return preposition in lexicon.purpose_prepositions


def lifts_a_restriction(noun: Token, lexicon: EventLexicon) -> bool:
    """Whether a restriction's noun is what a verb lifts ('lifted a ban on social media', 'a levé le couvre-feu',
    'the curfew was lifted'): a de-escalation, not the restriction."""
    return noun.pos_ == "NOUN" and noun.dep_ in TOLD_DEPS and noun.head.lemma_.lower() in lexicon.lifting_verbs
