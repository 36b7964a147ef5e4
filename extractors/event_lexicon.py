"""A language's event words, read from its pack (lang/<code>/events.json) and indexed for the extractor."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from lang import FALLBACK, pack_language, resource

NO_HAPPENING = ""  # the type of an idiom: words a trigger's lemma is part of that tell nothing ('à l'aide de')


@dataclass(frozen=True)
class EventLexicon:
    """What the event extractor knows of one language: trigger lemmas by type, and the cues of status and form."""

    verbs: dict[str, str]  # lemma -> event type
    nouns: dict[str, str]
    phrases: dict[tuple[str, ...], str]  # lemmas of a multiword trigger -> event type ('' for an idiom)
    phrase_lengths: dict[str, tuple[int, ...]]  # a phrase's first lemma -> the lengths of the phrases it opens
    consequence_verbs: frozenset[str]  # effects of a happening told nearby ('killed', 'blessés')
    consequence_nouns: frozenset[str]
    violent: frozenset[str]  # consequences that tell violence even with no cause told ('three were killed')
    crowd_words: frozenset[str]  # what makes a subject a crowd ('thousands of people', 'des milliers de personnes')
    be_perfect_verbs: frozenset[str]  # 'est sortie de son lit', 'est arrivé': a perfect made with 'be', no passive
    causative_verbs: frozenset[str]  # 'causing a fire', 'provoquant un incendie': what a happening brought about
    asking_verbs: dict[str, str]  # verb -> the preposition before the act it asks for ('appeler les alliés à livrer')
    counted_people: frozenset[str]  # 'people', 'habitants': a crowd when counted in tens ('300 people gathered')
    approximate_numbers: frozenset[str]  # 'une quarantaine', 'a dozen': a count, whatever else the noun may mean
    yielding_verbs: frozenset[str]  # 'would not yield', 'ne céderaient pas': refusing to yield is a rejection
    rescue_workers: frozenset[str]  # 'les secouristes fouillaient les décombres': a rescue, not a police search
    conflict_nouns: frozenset[str]  # a whole conflict ('the war', 'la guerre'): not one of the acts fought in it
    source_words: frozenset[str]  # 'according to a journalist who visited', 'selon un témoin qui a vu': the source
    blast_words: frozenset[str]  # explosions heard or seen ('des explosions ont retenti'): an attack's, in a war story
    structures: frozenset[str]  # what collapses or burns in an accident ('a building collapsed', 'un pont s'est effondré')
    state_bodies: frozenset[str]  # 'the government', 'le ministère': a state's voice, whose protest is a complaint
    halting_verbs: frozenset[str]  # 'talks were cut off', 'les négociations ont été rompues': ties broken off
    halting_nouns: frozenset[str]  # 'la rupture de ses contacts avec le Likoud'
    seeking_words: frozenset[str]  # 'searching for Kopp', 'recherchent les complices': an inquiry after someone
    rescued_words: frozenset[str]  # 'searching for survivors', 'rechercher des disparus': a disaster's rescue
    fulfilling_words: frozenset[str]  # 'kept their promise to kill', 'mis leur menace à exécution': the act done
    after_words: frozenset[str]  # 'a day after police opened fire', 'deux jours après': a span back from a day
    lifting_verbs: frozenset[str]  # 'lifted a ban', 'a levé le couvre-feu': a restriction ended, a de-escalation
    tie_words: frozenset[str]  # 'contacts', 'relations': ties between parties, which a rupture breaks
    failing_verbs: frozenset[str]  # a structure giving way ('the levee burst', 'la canalisation a cédé')
    occurrence_verbs: frozenset[str]  # their subject is the happening ('the blast occurred')
    reporting_verbs: frozenset[str]  # the telling, not a happening ('officials said')
    state_verbs: frozenset[str]  # what one has, not what happened ('the embassy had no comment')
    negation: frozenset[str]
    hypothetical: frozenset[str]
    planned: frozenset[str]
    denial_verbs: frozenset[str]
    any_words: frozenset[str]  # 'denied any coup attempt', 'a démenti toute tentative': what is denied did not happen
    prevention_verbs: frozenset[str]  # their object did not happen, unless they are negated ("n'a pas empêché un tir")
    reported_future: frozenset[str]  # 'he said he would meet': the future of a reported saying, a plan
    furniture: tuple[re.Pattern[str], ...]  # lines of page furniture: bylines, 'Updated: ...'
    determiners: frozenset[str]  # definite and demonstrative: 'the blast' refers back
    others: frozenset[str]  # 'another strike', 'une autre frappe': one more of the kind, not the one told
    directions: dict[str, float]  # compass word -> bearing in degrees
    units: dict[str, float]  # distance word -> kilometres
    near: tuple[str, ...]  # 'near', 'au large de'
    settlement_nouns: tuple[str, ...]  # '95 km west of the city of X': the kind of place named between
    part_adjectives: dict[str, float | None]  # 'southern' -> bearing of the part of an area; None: its centre
    part_nouns: dict[str, float | None]  # 'the south of', 'le sud de'
    participles: tuple[tuple[str, str], ...]  # participle ending -> infinitive ending, longest first ('ées' -> 'er')
    imperfect_endings: tuple[str, ...]  # endings of the imperfect where the tagger may read a present ('-aient')
    event_noun_endings: tuple[str, ...]  # endings of nouns made from verbs ('-tion', '-ment'): they may tell acts
    repeated_adverbs: frozenset[str]  # 'repeatedly', 'souvent': a series, not one happening
    repeated_nouns: frozenset[str]  # 'times', 'fois' counted ('a dozen times', 'à plusieurs reprises')
    quantifiers: frozenset[str]  # 'many', 'de nombreux': a plural act so counted is a series
    question_marks: frozenset[str]  # 'asked whether', 'demandé si': a question, not a request
    comment_marks: frozenset[str]  # 'as reported', 'comme annoncé': a word on the source, not a telling
    information_nouns: frozenset[str]  # 'released a statement', 'un bilan publié': a telling, not its verb's act
    deadly_complements: frozenset[tuple[str, str]]  # 'stoned to death', 'battu à mort': (preposition, noun)
    admission_verbs: frozenset[str]  # 'a reconnu avoir abattu', 'admitted shooting down': a claim is news
    declining_verbs: frozenset[str]  # 'declined to comment', 'a refusé de donner des détails': no telling at all
    assembly_verbs: frozenset[str]  # 'hundreds gathered', 'des milliers ont convergé': a crowd's rally
    location_verbs: frozenset[str]  # 'a hamlet located 40 km north of X', 'un hameau situé à': where a place
    # lies, said of the place the act struck, no clause of its own
    ground_words: frozenset[str]  # what moves in a landslide or a quake ('tons of earth cascaded', 'le terrain a
    # glissé'): its moving is a disaster
    sequence_marks: frozenset[str]  # a clause they open tells another happening before or after ('since it was
    # expelled', 'depuis que', 'après que'): its time, not a part of the act
    where_words: frozenset[str]  # 'where police arrested', 'où la police a interpellé': the place told before
    person_crimes: frozenset[str]  # 'kidnapped', 'enlevés': done to people; by armed men, an attack
    relief_goods: frozenset[str]  # 'tents', 'vivres': what is sent to the stricken is aid
    sending_verbs: frozenset[str]  # 'send', 'livrer': the verbs that move goods to someone
    frame_prepositions: frozenset[str]  # 'killed in a raid', 'tué lors d'un raid': the word the act a harm was
    # done in hangs on
    later_words: tuple[str, ...]  # 'two days later', 'deux jours plus tard': a span counted on from the story's day
    since_spans: frozenset[str]  # 'cut off for two years', 'interrompues depuis deux ans': since then
    since_perfect: frozenset[str]  # the auxiliary that makes 'for two years' a time since ('have been'); none: any
    response_words: frozenset[str]  # 'in retaliation for the attacks', 'en riposte aux attaques': what was answered
    single_counts: frozenset[str]  # 'the first time', 'la dernière fois': one occasion after all
    weapons: frozenset[str]  # what makes an explosion an attack ('the bomb exploded', "l'explosion d'une bombe")
    place_object_verbs: frozenset[str]  # their object is where the act took place ('left Pakistan', 'a quitté Kaboul')
    armed_verbs: frozenset[str]  # attacks only when told with a weapon ('fired two missiles', not 'fired his aide')
    state_pronouns: frozenset[str]  # 'it' for a state named just before ('North Korea ... It fired'); none in French,
    # whose 'il' and 'elle' name people as often
    armed_actors: frozenset[str]  # who makes a march a military move, not a protest ('troops marched on the capital')
    stance_verbs: frozenset[str]  # 'opposed', 'soutient': a stance held, a happening only when dated ('opposed the
    # plan on Monday')
    target_prepositions: frozenset[str]  # 'launched missiles at Israel', 'tiré des roquettes sur Sdérot': a target
    locative_prepositions: frozenset[str]  # 'à', 'in': the words that say where a place is where it happened
    relation_prepositions: frozenset[str]  # 'entre', 'between': the two ends of a relation, not a place
    heading_prepositions: frozenset[str]  # 'vers', 'towards': where it was going, not where it was
    recipient_prepositions: frozenset[str]  # 'a gift of supplies to Tanzania': whom a thing went to
    addressee_prepositions: frozenset[str]  # 'called on the United States': whom a request is made of
    leaving_verbs: frozenset[str]  # 'fled to Saint-Marc', 'ont fui vers': the place after is where they went
    destination_prepositions: frozenset[str]  # 'to', 'à': after a verb of leaving, where people went
    instrument_prepositions: frozenset[str]  # 'hit a depot with drones', 'avec des drones': what it was done with
    agent_prepositions: frozenset[str]  # 'enlevés ... par des hommes armés': who did it, wherever the parser hung it
    genitives: frozenset[str]  # 'de', 'of': links from a name to the noun it names ('la ville de X')
    condition_marks: frozenset[str]  # 'si', 'if': a clause told on a condition
    purpose_prepositions: frozenset[str]  # 'arrived for talks', 'venu pour une visite': the happening a move is for
    warning_words: frozenset[str]  # 'warned', 'avertissement': a threat only when it tells an act of force
    joint_words: frozenset[str]  # 'joint exercises', 'manœuvres conjointes': a military move made together
    perception_verbs: frozenset[str]  # 'felt in Rabat', 'ressentie jusqu'à Casablanca': where it was felt, not where
    # it happened
    object_types: dict[tuple[str, str], str]  # (trigger, object) -> the type that object makes of it ('expel', 'diplomat')
    supporters: frozenset[str]  # 'supporters', 'partisans': a crowd whose gathering backs someone
    support_gatherings: frozenset[str]  # 'rallied', 'se sont rassemblés': what such a crowd does as a rally for him
    natural_deaths: frozenset[str]  # 'died', 'est décédée', 'Décès de': one person's death, with no cause told, ill health
    light_verbs: frozenset[str]  # 'launched an attack', 'mené une offensive': the noun they govern says what happened
    attempt_verbs: frozenset[str]  # 'tried to launch', 'après avoir tenté de lancer': the attempt is the act's telling
    survey_words: frozenset[str]  # 'poll', 'sondage': a sentence telling what a survey measured tells no happening
    occasion_frames: frozenset[str]  # 'on a visit', 'lors de sa visite': the words that set acts within an occasion
    reflexives: frozenset[str]  # the clitics that make a verb pronominal ('se', "s'")
    pronominal_verbs: dict[str, str]  # 'se rendre' -> event type: a pronominal verb is a word of its own
    pronominal_none: frozenset[str]  # pronominal verbs that tell no happening ("s'occuper de": take care of)


def lemma_set(words: list[str]) -> frozenset[str]:
    """Lower-case lemmas as a set."""
    return frozenset(w.lower() for w in words)


def reflexive_form(verb: str) -> str:
    """A pronominal verb as the extractor looks it up: "s'affronter" -> 'se affronter'."""
    return re.sub(r"^s['’]\s*", "se ", verb.lower())


@lru_cache(maxsize=None)
def event_lexicon(language: str) -> EventLexicon:
    """The indexed event lexicon of a language (its pack's, or the fallback pack's)."""
    data = resource(pack_language(language), "events")
    verbs: dict[str, str] = {}
    nouns: dict[str, str] = {}
    for event_type, words in data["triggers"].items():
        for lemma in words["verbs"]:
            verbs.setdefault(lemma.lower(), event_type)
        for lemma in words["nouns"]:
            nouns.setdefault(lemma.lower(), event_type)
    phrases = {tuple(p.lower().split()): event_type for event_type, items in data["phrases"].items() for p in items}
    phrases |= {tuple(p.lower().split()): NO_HAPPENING for p in data["idioms"]}  # 'à l'aide de': with, not aid
    phrase_lengths: dict[str, set[int]] = {}
    for phrase in phrases:
        phrase_lengths.setdefault(phrase[0], set()).add(len(phrase))
    status = data["status"]
    place = data["relative_location"]
    pronominal = data["pronominal"]
    return EventLexicon(
        verbs=verbs, nouns=nouns, phrases=phrases,
        phrase_lengths={lemma: tuple(sorted(lengths)) for lemma, lengths in phrase_lengths.items()},
        consequence_verbs=lemma_set(data["consequences"]["verbs"]),
        consequence_nouns=lemma_set(data["consequences"]["nouns"]),
        violent=lemma_set(data["consequences"]["violent"]), structures=lemma_set(data["consequences"]["structures"]),
        failing_verbs=lemma_set(data["consequences"]["failing_verbs"]),
        halting_verbs=lemma_set(data["halting_verbs"]), halting_nouns=lemma_set(data["halting_nouns"]),
        tie_words=lemma_set(data["tie_words"]), lifting_verbs=lemma_set(data["lifting_verbs"]),
        after_words=lemma_set(data["after_words"]), fulfilling_words=lemma_set(data["fulfilling_words"]),
        seeking_words=lemma_set(data["seeking_words"]),
        rescued_words=lemma_set(data["rescued_words"]), state_bodies=lemma_set(data["state_bodies"]),
        crowd_words=lemma_set(data["crowd_words"]), counted_people=lemma_set(data["counted_people"]),
        approximate_numbers=lemma_set(data["approximate_numbers"]), yielding_verbs=lemma_set(data["yielding_verbs"]),
        rescue_workers=lemma_set(data["rescue_workers"]),
        causative_verbs=lemma_set(data["causative_verbs"]), be_perfect_verbs=lemma_set(data["be_perfect_verbs"]),
        asking_verbs=dict(data["asking_verbs"]), conflict_nouns=lemma_set(data["conflict_nouns"]),
        blast_words=lemma_set(data["blast_words"]), source_words=lemma_set(data["source_words"]),
        occurrence_verbs=lemma_set(data["occurrence_verbs"]),
        reporting_verbs=lemma_set(data["reporting_verbs"]),
        state_verbs=lemma_set(data["state_verbs"]),
        negation=lemma_set(status["negation"]), hypothetical=lemma_set(status["hypothetical"]),
        planned=lemma_set(status["planned"]), denial_verbs=lemma_set(status["denial_verbs"]),
        prevention_verbs=lemma_set(status["prevention_verbs"]), any_words=lemma_set(status["any_words"]),
        reported_future=lemma_set(status["reported_future"]),
        furniture=tuple(re.compile(p, re.IGNORECASE) for p in data["furniture"]),
        determiners=lemma_set(data["anaphors"]["determiners"]), others=lemma_set(data["anaphors"]["others"]),
        directions={k.lower(): float(v) for k, v in place["directions"].items()},
        units={k.lower(): float(v) for k, v in place["units"].items()},
        near=tuple(sorted((n.lower() for n in place["near"]), key=len, reverse=True)),
        settlement_nouns=tuple(sorted((n.lower() for n in place["settlement_nouns"]), key=len, reverse=True)),
        part_adjectives={k.lower(): v for k, v in place["area_parts"]["adjectives"].items()},
        part_nouns={k.lower(): v for k, v in place["area_parts"]["nouns"].items()},
        participles=tuple(sorted(data["participles"].items(), key=lambda pair: len(pair[0]), reverse=True)),
        event_noun_endings=tuple(data["event_noun_endings"]),
        imperfect_endings=tuple(data["imperfect_endings"]),
        repeated_adverbs=lemma_set(data["repetition"]["adverbs"]),
        repeated_nouns=lemma_set(data["repetition"]["nouns"]),
        single_counts=lemma_set(data["repetition"]["single"]),
        quantifiers=lemma_set(data["repetition"]["quantifiers"]),
        question_marks=lemma_set(data["question_marks"]),
        comment_marks=lemma_set(data["comment_marks"]),
        response_words=lemma_set(data["response_words"]),
        since_spans=lemma_set(data["since_words"]["before_span"]),
        since_perfect=lemma_set(data["since_words"]["perfect_auxiliaries"]),
        later_words=tuple(w.lower() for w in data["later_words"]),
        admission_verbs=lemma_set(data["admission_verbs"]),
        declining_verbs=lemma_set(data["declining_verbs"]),
        frame_prepositions=lemma_set(data["frame_prepositions"]),
        person_crimes=lemma_set(data["person_crimes"]),
        where_words=lemma_set(data["where_words"]),
        assembly_verbs=lemma_set(data["assembly_verbs"]), sequence_marks=lemma_set(data["sequence_marks"]),
        ground_words=lemma_set(data["ground_words"]), location_verbs=lemma_set(data["location_verbs"]),
        relief_goods=lemma_set(data["relief_goods"]["goods"]),
        sending_verbs=lemma_set(data["relief_goods"]["sending_verbs"]),
        deadly_complements=frozenset(tuple(p.lower().split()) for p in data["deadly_complements"]),
        information_nouns=lemma_set(data["information_nouns"]),
        weapons=lemma_set(data["weapons"]),
        place_object_verbs=lemma_set(data["place_object_verbs"]),
        armed_actors=lemma_set(data["armed_actors"]),
        state_pronouns=lemma_set(data["state_pronouns"]),
        armed_verbs=lemma_set(data["armed_verbs"]),
        occasion_frames=lemma_set(data["occasion_frames"]),
        stance_verbs=lemma_set(data["stance_verbs"]),
        survey_words=lemma_set(data["survey_words"]),
        light_verbs=lemma_set(data["light_verbs"]),
        natural_deaths=lemma_set(data["natural_deaths"]),
        supporters=lemma_set(data["support_rallies"]["crowds"]),
        support_gatherings=lemma_set(data["support_rallies"]["gatherings"]),
        object_types={(trigger.lower(), word.lower()): event_type for event_type, triggers in data["object_types"].items()
                      for trigger, words in triggers.items() for word in words},
        attempt_verbs=lemma_set(data["attempt_verbs"]),
        perception_verbs=lemma_set(data["perception_verbs"]),
        target_prepositions=lemma_set(data["target_prepositions"]),
        locative_prepositions=lemma_set(data["prepositions"]["locative"]),
        relation_prepositions=lemma_set(data["prepositions"]["relation"]),
        heading_prepositions=lemma_set(data["prepositions"]["heading"]),
        recipient_prepositions=lemma_set(data["prepositions"]["recipient"]),
        addressee_prepositions=lemma_set(data["prepositions"]["addressee"]),
        agent_prepositions=lemma_set(data["prepositions"]["agent"]),
        instrument_prepositions=lemma_set(data["prepositions"]["instrument"]),
        leaving_verbs=lemma_set(data["leaving_verbs"]),
        destination_prepositions=lemma_set(data["prepositions"]["destination"]),
        genitives=lemma_set(data["prepositions"]["genitive"]),
        condition_marks=lemma_set(data["prepositions"]["condition"]),
        purpose_prepositions=lemma_set(data["purpose_prepositions"]),
        warning_words=lemma_set(data["warning_words"]),
        joint_words=lemma_set(data["joint_words"]),
        reflexives=lemma_set(pronominal["reflexives"]),
        pronominal_verbs={reflexive_form(v): t for t, items in pronominal["verbs"].items() for v in items},
        pronominal_none=frozenset(reflexive_form(v) for v in pronominal["none"]),
    )


def event_types() -> list[str]:
    """Every event type the packs code (each pack codes the same), in the fallback pack's order, then OTHER."""
    return [*resource(FALLBACK, "events")["triggers"], "OTHER"]
