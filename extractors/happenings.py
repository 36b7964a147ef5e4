"""Happenings: the mentions that tell one real-world event ('the quake struck', 'the tremor', '12 were killed')
gathered into one, with its own type, place, date and status."""
from __future__ import annotations

from dataclasses import dataclass, field, replace

from core.geo import haversine_km
from core.model import PlaceMention, TimeExpression
from core.vocabulary import AREA_PRECISIONS, STATUSES, UNREALISED_STATUSES
from extractors.event_mentions import (ARMED_TYPE, OCCASION_TYPES, PART_TYPES, PRECISION_RANK, TIME_RANK, UNARMED_TYPES,
                                      EventMention, of_a_day)
from extractors.mention_places import lies_in
from extractors.event_types import HARM_TYPES, PROSECUTING_TYPES, SPEECH_TYPES, STATEMENT_TYPE

CAUSE_TYPES = ("ASSAULT", "DISASTER", "ACCIDENT", "CRIME", "MOBILIZE", "COERCE", "PROTEST", "HEALTH")  # what harms
DISASTER_TYPE = "DISASTER"  # a storm or a quake: a story tells one, whatever it calls it ('the floods', 'the rain')
SPREADING_TYPES = ("DISASTER",)  # felt far from where it struck: its effects there are its own happenings
UNCAUSED_TYPES = ("OTHER", "ACCIDENT")  # an effect's type when no cause is told with it (deaths; a collapse)
CONSEQUENCE_REACH = 2  # sentences back where a consequence's cause may have been told
SAME_PLACE_KM = 50.0
NEARBY_CHARS = 400  # a mention this close to one of the same kind, with no time or place of its own, retells it
VOICING_TYPES = ("PROTEST",)  # a rally voices its demands: 'protesters rallied to demand', 'a demonstration to demand'
VOICED_TYPES = ("REQUEST",)  # told in the rally's own sentence, they are the rally
ASKING_TYPES = ("REQUEST",)  # what a request asks for is what it says, not a happening ('called on allies to supply')
SPEAKER_REACH = 1  # sentences from a rally's telling where its speakers may still be speaking at it
RALLY_REACH = 2  # sentences from a rally's own telling where others' words may still be said at it ('Castro declared')
CLOCK_REACH = 2  # sentences after a happening's last telling where a verb of no kind at an hour of its day details it
OCCASION_REACH = 3  # sentences after an occasion's last telling where the text may still be telling it


@dataclass
class Happening:
    """One real-world event and every mention that tells it."""

    mentions: list[EventMention] = field(default_factory=list)
    occasion: str = ""  # the kind of occasion (a visit, a rally) its speeches and acts were gathered into

    @property
    def leading(self) -> EventMention:
        """The mention that says what happened: the first that is neither a mere consequence nor a detail."""
        return min(self.mentions, key=lambda m: (m.detail, m.consequence))  # the first of the best kind

    @property
    def type(self) -> str:
        """What kind of happening it is: the kind most of its mentions tell ('the bomb exploded', 'the bombing':
        an assault), the leading mention's on a tie; an untyped verb never outvotes a coded word."""
        if self.occasion:
            return self.occasion
        told = [m.type for m in self.mentions if not m.consequence and m.type != "OTHER"]
        if not told:
            return self.leading.type
        rally = [t for t in told if t in VOICING_TYPES]
        if rally and all(t in (*VOICING_TYPES, *VOICED_TYPES) for t in told):
            return rally[0]  # 'ont bloqué l'entrée pour réclamer ... La manifestation': a rally and its demands
        return max(dict.fromkeys(told), key=lambda t: (told.count(t), t in FAMILY_HEADS))  # a tie within a family
        # goes to its broader kind: 'set fire to homes and shot those who fled' is an attack

    @property
    def placing(self) -> EventMention | None:
        """The mention that says best where it happened: the most precise place its own words give, before the
        places of mere sentences."""
        placed = [m for m in self.mentions if m.place is not None]
        placed = [m for m in placed if not m.detail] or placed
        if not placed:
            return None
        return min(placed, key=lambda m: (not m.place_governed, m.consequence,
                                          PRECISION_RANK.get(m.place.precision, 3) - is_near_point(m.place), m.start))

    @property
    def place(self) -> PlaceMention | None:
        """Where it happened: the place that says best, or the one place its mentions give within that country
        ('bombings in Kenya and Tanzania' ... 'the victims in Nairobi, Kenya, numbered 213'); places far apart
        within it ('la capitale et les régions de Lviv, Odessa') leave the whole country."""
        placing = self.placing
        if placing is None:
            return None
        inside = [p for m in self.mentions if m.place_governed and m.place is not None
                  for p in (m.place, *m.also_at) if p.resolved and lies_in(p, placing.place)]
        if not inside or any(m.towns_beside for m in self.mentions if m.place_governed and m.place in inside):
            return placing.place
        finest = min(inside, key=lambda p: PRECISION_RANK.get(p.precision, 3))
        return finest if all(places_agree(finest, p) for p in inside) else placing.place

    @property
    def also_at(self) -> list[PlaceMention]:
        """Other places where the same kind of act took place, told in one list ('in Kenya and Tanzania') and
        far enough apart to be separate happenings."""
        placing = self.placing
        if placing is None:
            return []
        return [self.finest_within(p) for p in placing.also_at if not places_agree(placing.place, p)]

    def finest_within(self, area: PlaceMention) -> PlaceMention:
        """The most precise place one of its mentions gives within an area it was listed at ('bombings in Kenya and
        Tanzania' ... 'died in the blast in Dar es Salaam'): where it happened there; not the place already drawn."""
        drawn = self.place
        inside = [m.place for m in self.mentions if m.place_governed and m.place is not None and m.place.resolved
                  and area.precision in AREA_PRECISIONS and m.place.country_code == area.country_code
                  and PRECISION_RANK.get(m.place.precision, 3) < PRECISION_RANK.get(area.precision, 3)
                  and not (drawn is not None and places_agree(drawn, m.place))]  # 'in Vancouver, ...; Hamilton,
        # Ontario': the place drawn first is no place within another listed area
        return min(inside, key=lambda p: PRECISION_RANK.get(p.precision, 3), default=area)

    @property
    def date(self) -> TimeExpression | None:
        """When it happened: the most precise date its mentions' own words give, before their sentences'."""
        dated = [m for m in self.mentions if m.date is not None]
        dated = [m for m in dated if not m.detail] or dated
        if self.status not in UNREALISED_STATUSES:  # 'a appelé à manifester mardi': the day of the act asked for
            dated = [m for m in dated if m.status not in UNREALISED_STATUSES]  # is not the call's
        if not dated:
            return None
        return min(dated, key=lambda m: (not m.date_governed, m.consequence, TIME_RANK.get(m.date.precision, 12),
                                         m.start)).date  # a toll counted later does not date the blast

    @property
    def status(self) -> str:
        """Asserted when any mention of the happening itself asserts it (its effects do not: 'did not ask for
        damages'); else the surest of those mentions' statuses."""
        telling = [m for m in self.mentions if not m.consequence] or self.mentions
        return min((m.status for m in telling), key=STATUSES.index)  # the surest telling decides


def is_near_point(place: PlaceMention) -> bool:
    """Whether a place is known within a few kilometres though not named as a point ('40 km north of X'): as
    precise as a town; an area's extent ('East Africa', a sea) is no such closeness."""
    return place.radius_km is not None and place.radius_km < SAME_PLACE_KM


def dates_agree(first: TimeExpression | None, second: TimeExpression | None) -> bool:
    """Whether two dates may be the same happening's: either unknown, or their intervals overlap."""
    if first is None or second is None or not first.interval_start or not second.interval_start:
        return True
    first_end = first.interval_end or first.interval_start
    second_end = second.interval_end or second.interval_start
    return first.interval_start < second_end and second.interval_start < first_end or \
        first.interval_start[:10] == second.interval_start[:10]


def places_agree(first: PlaceMention | None, second: PlaceMention | None) -> bool:
    """Whether two places may be the same happening's: either unknown, one the country of the other, or close."""
    if first is None or second is None or not first.resolved or not second.resolved:
        return True
    if "country" in (first.precision, second.precision) and first.country_code == second.country_code:
        return True
    reach = max(SAME_PLACE_KM, first.radius_km or 0.0, second.radius_km or 0.0)
    return haversine_km(first.lat, first.lon, second.lat, second.lon) <= reach


def agrees(happening: Happening, mention: EventMention) -> bool:
    """Whether a mention's own date and place (not merely its sentence's) fit the happening's as told so far, at
    one of the places it was listed at."""
    placing = happening.placing
    listed = [placing.place, *placing.also_at] if placing is not None else [None]  # 'in Nairobi and Kampala'
    return dates_agree(happening.date, mention.date if mention.date_governed else None) \
        and any(places_agree(place, mention.place if mention.place_governed else None) for place in listed)


def shares_actor(happening: Happening, mention: EventMention) -> bool:
    """Whether a mention names one of the happening's actors."""
    known = {a for m in happening.mentions for a in m.actors + m.recipients}
    return bool(known & set(mention.actors + mention.recipients))


def same_day(happening: Happening, mention: EventMention) -> bool:
    """Whether the happening and the mention both name the same day or hour."""
    date = happening.date
    return of_a_day(date) and of_a_day(mention.date) and dates_agree(date, mention.date)


TYPE_FAMILIES = (("ASSAULT", "CRIME"), ("DISASTER", "ACCIDENT"))  # violence told as an attack or as a crime;
# ruin told as a disaster or as an accident ("le séisme ... des maisons se sont effondrées")
FAMILY_HEADS = {family[0] for family in TYPE_FAMILIES}  # each family's broader kind, which a tie goes to


def argument_of(happening: Happening, mention: EventMention) -> bool:
    """Whether a mention's trigger depends on one of the happening's, or they on it: one happening told in one
    phrase ('bombings blew apart buildings', 'scheduled to lay flowers', 'burned tyres to denounce', 'called on
    allies to supply arms'), unless one speaks about the other ('condemned the attack', 'prosecuting the bombings')."""
    for told in happening.mentions:
        child, head = (mention, told) if mention.told_by == told.token else (told, mention)
        if child.told_by == head.token and child.sentence == head.sentence \
                and ((head.type in SPEECH_TYPES) == (child.type in SPEECH_TYPES) or child.purpose_of is not None
                     or head.type in ASKING_TYPES) \
                and not (head.type in PROSECUTING_TYPES and child.type in HARM_TYPES):
            return True
    return False


def aim_of(happening: Happening, mention: EventMention) -> bool:
    """Whether a mention is what one of the happening's acts was done for ('left for Europe to investigate', 'est
    arrivé mardi pour rencontrer'): the aim of an act is told with it, not as a happening of its own."""
    served = {mention.purpose_of, mention.medium_of} - {None}  # 'in a statement issued Monday': its medium too
    return bool(served) and any(m.token in served and m.sentence == mention.sentence for m in happening.mentions)


def wave_for_one(happening: Happening, mention: EventMention) -> bool:
    """Whether a happening was told as several acts at several places ('sniper shootings that injured doctors in
    Vancouver, Winnipeg and Hamilton') and the mention as one ('Slepian was shot', 'before the shooting'): it
    rather tells a single happening of its kind told before, if there is one."""
    return happening.leading.plural and bool(happening.also_at) and not mention.plural


def travelled_for(happening: Happening, mention: EventMention) -> bool:
    """Whether a mention is the happening one of the happening's verbs of no kind was done for ('left Port Sudan
    for talks in Cairo', 'arrived in Kyiv for talks'): that happening, the journey a detail of it."""
    return any(m.purpose_noun == mention.token and m.sentence == mention.sentence for m in happening.mentions)


def same_family(first: str, second: str) -> bool:
    """Whether two types tell one kind of happening in other words ('tortured', 'beat him', 'burnt him': one
    assault, be it coded an attack or a crime)."""
    return any(first in family and second in family for family in TYPE_FAMILIES)


def retells(happening: Happening, mention: EventMention) -> bool:
    """Whether a new mention tells a happening already told: a definite anaphor of its kind ('the blast'), the same
    kind in the same sentence, or the same kind with the same trigger word and actors at an agreeing time and place."""
    if told_before_it(happening, mention):
        return False
    if mention.another and not argument_of(happening, mention):
        return False  # 'One strike hit a camp ... Another strike on a house killed six': two strikes
    if travelled_for(happening, mention) or aim_of(happening, mention):  # 'left Port Sudan for talks in Cairo',
        # 'se réunir à New York pour discuter de la situation dans l'est de la RDC': one happening, wherever its topic
        return dates_agree(happening.date, mention.date if mention.date_governed else None)
    if argument_of(happening, mention):
        return agrees(happening, mention)
    if not agrees(happening, mention) or told_apart(happening, mention):
        return False
    if mention.type != happening.type and not same_family(mention.type, happening.type) \
            and not (mention.weapon_again and any(m.weapon == mention.weapon for m in happening.mentions)) \
            and not (mention.definite and mention.type in UNARMED_TYPES and happening.type == ARMED_TYPE
                     and any(m.weapon for m in happening.mentions)) \
            and not (mention.definite and mention.type in VOICING_TYPES and happening.type in VOICED_TYPES):
        # 'des bombes ont explosé' ... "l'explosion"; 'students blocked the entrance to demand ... The protest
        return False  # 'lancé deux missiles' ... 'les deux missiles tirés': one launch, however it is coded
    if "negated" in {mention.status, happening.status} and mention.status != happening.status:
        return False  # 'the crime has not been common here' speaks of no kidnapping told before
    if {mention.status, happening.status} == {"planned", "asserted"}:
        return False  # 'would send tents' ... 'the first aid flight landed': the plan and what was done
    if mention.definite and mention.date_governed and happening.date is None and mention.type != happening.type:
        return False  # 'les combats depuis le 15 avril' name fighting by its own date, not the undated murder before
    if mention.definite or (mention.type != "OTHER" and mention.status == happening.status
                            and any(m.sentence == mention.sentence for m in happening.mentions)):
        return True  # two uncoded verbs are two happenings, even in one sentence; nor is 'did not ask' 'wished'
    if mention.status != happening.status:
        return False  # 'envisage de lancer' is not 'a lancé'
    apart = occasions_apart(happening, mention)
    same_word = any(m.lemma == mention.lemma for m in happening.mentions) and not apart
    close = any(abs(m.start - mention.start) <= NEARBY_CHARS for m in happening.mentions) and not apart \
        and not other_sources(happening, mention)
    if other_actors(happening, mention):
        return False  # 'Ukrainian forces shelled Belgorod ... Russian air defence shot down two drones'
    uncoded = mention.type == happening.type == "OTHER"  # 'arrivé en Russie mardi', 'une escale mardi à Khasan'
    undated = not any(m.date_governed for m in happening.mentions)  # 'the death toll from flash floods rose
    # on Thursday ... Torrential rain on Tuesday caused rivers to burst': the day the floods had not been told
    return (same_day(happening, mention) and not uncoded) or (same_word and shares_actor(happening, mention)) \
        or (close and mention.type != "OTHER" and not mention.date_governed
            and (mention.date is None or mention.place is None)) \
        or (close and mention.type == happening.type == DISASTER_TYPE and undated and not mention.place_governed) \
        or (not uncoded and not apart and shares_actor(happening, mention) and not mention.date_governed
            and not mention.place_governed)  # 'Tanzania expelled five Iraqis ... were deported': the same people,
    # the same act, nothing of its own to tell it apart


def other_sources(happening: Happening, mention: EventMention) -> bool:
    """Whether a mention and the happening are each told on a named source's word, and never the same one ('four
    soldiers were killed when a vehicle rammed them, the minister said. Khan's party said two supporters were shot
    dead in Rawalpindi'): two claims, two happenings, when the second names a place of its own."""
    sources = {m.reported_by for m in happening.mentions if not m.consequence}
    return bool(mention.reported_by) and "" not in sources and mention.reported_by not in sources \
        and mention.place_governed  # at a place of its own; 'The gunmen also set fire to 45 houses, officials said'
    # goes on telling the attack


def told_before_it(happening: Happening, mention: EventMention) -> bool:
    """Whether a mention tells what its sentence's happening answered or came after ('launched airstrikes in
    retaliation for attacks on shipping', 'the crash came three years after a collision'): another happening."""
    return (mention.answered or mention.sequenced) and any(m.sentence == mention.sentence for m in happening.mentions)


def told_apart(happening: Happening, mention: EventMention) -> bool:
    """Whether a mention, though its time and place agree, tells another occasion: a whole conflict beside an act of
    it, or one town's part of a wave told across a region."""
    return another_scale(happening, mention) or (not mention.definite and told_within(happening, mention))


def joins_as_detail(happening: Happening, mention: EventMention) -> bool:
    """Whether a mention joins a happening as a verb of no kind beside a coded act of its sentence (uncoded_beside),
    unless it tells another happening the sentence answered, came after, or a wave's part."""
    return not told_before_it(happening, mention) and not told_apart(happening, mention) \
        and uncoded_beside(happening, mention)


def uncoded_beside(happening: Happening, mention: EventMention) -> bool:
    """Whether a verb of no known kind is told in the same sentence as a verb of a coded act, at an agreeing time and
    place, by the same people: a detail of that act ('the men appeared in the store and emptied their pistols'), not
    a happening of its own; a noun's act ('left on orders from Washington') is the verb's circumstance."""
    kinds = {mention.type, happening.type}
    coded = [m for m in (*happening.mentions, mention) if m.type != "OTHER" and m.sentence == mention.sentence]
    return "OTHER" in kinds and len(kinds) == 2 and mention.status == happening.status and agrees(happening, mention) \
        and any(m.verbal and m.anchored for m in coded) \
        and not mention.consequence and any(m.sentence == mention.sentence for m in happening.mentions) \
        and not other_actors(happening, mention)


def timed_detail(happening: Happening, mention: EventMention, sentences: list[tuple[int, int]]) -> bool:
    """Whether a verb of no known kind, told at an hour of the happening's own day in the sentences just after it,
    at an agreeing place and by no other people, is a moment of it ('killed Thursday evening ... The men appeared in
    the store at 7:15 p.m.', 'des coups de feu dimanche ... prises pour cible vers 20 h'), not a happening alone."""
    date, own = happening.date, mention.date
    if mention.type != "OTHER" or happening.type == "OTHER" or mention.status != happening.status \
            or not mention.date_governed or own is None or date is None or not of_a_day(date) \
            or TIME_RANK.get(own.precision, 12) >= TIME_RANK["day"] \
            or own.interval_start[:10] != date.interval_start[:10]:
        return False
    last = max(sentences.index(m.sentence) for m in happening.mentions)
    return 0 <= sentences.index(mention.sentence) - last <= CLOCK_REACH \
        and agrees(happening, mention) and not other_actors(happening, mention)


def moments_joined(happenings: list[Happening], sentences: list[tuple[int, int]]) -> list[Happening]:
    """Happenings in reading order, those told only by verbs of no kind that are moments of one told just before
    (timed_detail) joined to it as its details."""
    kept: list[Happening] = []
    for happening in happenings:
        whole = next((h for h in reversed(kept) if all(m.type == "OTHER" for m in happening.mentions)
                      and timed_detail(h, happening.leading, sentences)), None)
        if whole is None:
            kept.append(happening)
        else:
            whole.mentions = sorted((*whole.mentions, *(replace(m, detail=True) for m in happening.mentions)),
                                    key=lambda m: m.start)
    return kept


def told_within(happening: Happening, mention: EventMention) -> bool:
    """Whether a mention tells, at a town its own words name, a part of a wave of acts told in the plural across a
    country or a region ('air attacks on the whole of Ukraine ... in Lutsk a strike hit a building'): a happening
    of its own there, as an analyst maps each place struck; one quake's epicentre is that quake's."""
    placing = happening.placing
    if placing is None or not placing.plural or not placing.place_governed \
            or placing.place.precision not in AREA_PRECISIONS \
            or not mention.place_governed or mention.place is None or not mention.place.resolved:
        return False
    return PRECISION_RANK.get(mention.place.precision, 3) < PRECISION_RANK.get(placing.place.precision, 3) \
        and not is_near_point(placing.place)


def another_scale(happening: Happening, mention: EventMention) -> bool:
    """Whether one of the two names a whole conflict and the other, with a date of its own, an act fought in it
    ('strikes on Rafah' ... 'the war began on Oct. 7'): that war is no anaphor of the strike to date it, nor a
    dated strike a retelling of the war; an undated 'the war' may still be the fighting told before, unless that
    was one act, told by its verb or dated to a day."""
    if mention.conflict and not happening.leading.conflict and (of_a_day(happening.date) or happening.leading.verbal):
        return True  # 'the army struck RSF positions ... The war, which began in April 2023': the whole war
    return mention.conflict != happening.leading.conflict and mention.date_governed \
        and not any(m.lemma == mention.lemma for m in happening.mentions)


def other_actors(happening: Happening, mention: EventMention) -> bool:
    """Whether a mention's acts are done by others than the happening's: both name who acted, and no one twice; or
    the mention's act is done to those who acted ('the RSF attacked the camp ... the army struck RSF positions')."""
    done_by = {a for m in happening.mentions for a in acted(m)}
    if done_by & set(mention.recipients) and not done_by & acted(mention):
        return True
    return bool(done_by) and bool(acted(mention)) and not done_by & {*acted(mention), *mention.recipients}


def acted(mention: EventMention) -> set[str]:
    """Who a mention says acted: the names, and the country that acted ('Ukrainian forces shelled')."""
    state = mention.acting_state
    return {*mention.actors, *([state.name] if state is not None else [])}


def occasions_apart(happening: Happening, mention: EventMention) -> bool:
    """Whether the same act is told of a day and of a whole year or month ('tried twice this year to launch' and
    'launched on Wednesday at 11:43'): two occasions, even of one actor."""
    dated = [m for m in happening.mentions if m.date_governed and m.date is not None]
    if not dated or not mention.date_governed or mention.date is None:
        return False
    return len({of_a_day(m.date) for m in (*dated, mention)}) > 1


def cause_of(mention: EventMention, happenings: list[Happening], sentences: list[tuple[int, int]]) -> Happening | None:
    """The happening whose effects a consequence tells: one of its sentence (the nearest), else one told just before."""
    position = sentences.index(mention.sentence)
    nearby = set(sentences[max(0, position - CONSEQUENCE_REACH):position + 1])
    candidates = [h for h in happenings if (h.type in CAUSE_TYPES or h.leading.consequence) and agrees(h, mention)
                  and any(m.sentence in nearby for m in h.mentions)]
    same_sentence = [h for h in candidates if any(m.sentence == mention.sentence for m in h.mentions)]
    if same_sentence:
        return min(same_sentence, key=lambda h: min(abs(m.token - mention.token) for m in h.mentions
                                                     if m.sentence == mention.sentence))
    return max(candidates, key=lambda h: max(m.start for m in h.mentions), default=None)


def typed_by_its_sentence(effect: EventMention, happenings: list[Happening]) -> EventMention:
    """An effect far from the disaster its sentence tells ('the tremor was felt in Bangkok, where a building
    collapsed'): a happening of its own at its own place, of the disaster's kind, not an accident."""
    if effect.type not in UNCAUSED_TYPES:
        return effect
    disaster = next((h for h in happenings if h.type in SPREADING_TYPES
                     and any(m.sentence == effect.sentence for m in h.mentions)), None)
    return replace(effect, type=disaster.type) if disaster is not None else effect


def harm_at_its_place(mention: EventMention, happenings: list[Happening]) -> Happening | None:
    """The harm told earlier at the place an effect names, when none is told near it ('The victims in Nairobi
    numbered 213' paragraphs after the Nairobi bombing): the effect is that harm's."""
    if not mention.place_governed or mention.place is None or not mention.place.resolved:
        return None
    placed = [h for h in happenings if h.type in CAUSE_TYPES and h.leading.start < mention.start
              and h.place is not None and h.place.resolved and places_agree(h.place, mention.place)
              and agrees(h, mention)]
    return max(placed, key=lambda h: max(m.start for m in h.mentions), default=None)


def may_be_part(occasion: Happening, happening: Happening, voiced: bool = False) -> bool:
    """Whether a happening is of a kind an occasion holds (a speech, a tribute, an act, or the occasion's own kind),
    both told as having happened, and not a mere effect."""
    return (happening.type in (*PART_TYPES, occasion.type) or voiced) and not happening.leading.consequence \
        and happening.status == "asserted" and occasion.status == "asserted"


def on_its_day(occasion: Happening, happening: Happening) -> bool:
    """Whether a happening may have taken place on an occasion's day: either undated, or the same day."""
    return happening.date is None or occasion.date is None or same_day(occasion, happening.leading)


def same_occasion(occasion: Happening, happening: Happening, sentences: list[tuple[int, int]]) -> bool:
    """Whether a happening is part of an occasion told just before: a speech or act of the same people (or of
    people the text does not name again: 'she'), the same day and place, as the text goes on telling it."""
    voiced = occasion.type in VOICING_TYPES and happening.type in VOICED_TYPES \
        and any(m.sentence == happening.leading.sentence for m in occasion.mentions)
    if not may_be_part(occasion, happening, voiced):
        return False
    position = sentences.index(happening.leading.sentence)
    if all(abs(position - sentences.index(m.sentence)) > OCCASION_REACH for m in occasion.mentions):
        return False
    actors = {a for m in happening.mentions for a in m.actors}
    shared = any(shares_actor(occasion, m) for m in happening.mentions)
    if occasion.type in VOICING_TYPES and not shared and all(
            abs(position - sentences.index(m.sentence)) > RALLY_REACH for m in occasion.mentions
            if m.type == occasion.type):
        return False  # 'Parliament passed the bill ... The European Union warned', told after a march: not its own
    addressed = occasion.type in VOICING_TYPES and happening.type == STATEMENT_TYPE and any(
        abs(position - sentences.index(m.sentence)) <= SPEAKER_REACH for m in occasion.mentions)  # a rally's speakers
    # are not its crowd; a named official's word told further on is not said at it ('Home Minister X resigned')
    return (not actors or addressed or shared) and on_its_day(occasion, happening) \
        and places_agree(occasion.place, happening.place)


def occasions(happenings: list[Happening], sentences: list[tuple[int, int]]) -> list[Happening]:
    """Visits, meetings and rallies with the speeches and acts told within them gathered in: one occasion, one
    happening; acts of another kind on the same occasion (an aid pledge, arrests) stay apart."""
    gathered: list[Happening] = []
    current: Happening | None = None
    for happening in happenings:
        if current is not None and same_occasion(current, happening, sentences):
            current.mentions += happening.mentions
            continue
        occasion = happening.type if happening.type in OCCASION_TYPES else happening.leading.framed_by
        if occasion and happening.status == "asserted":
            current = happening
            current.occasion = occasion  # 'paid tribute on a visit to East Africa': the visit
            told_before = [h for h in gathered if h.leading.sentence == happening.leading.sentence
                           and same_occasion(happening, h, sentences)]  # 'a fait part ... alors qu'il rencontrait'
            for part in told_before:
                gathered.remove(part)
                current.mentions += part.mentions
        elif (happening.leading.date_governed or happening.leading.place_governed) and not (
                current is not None and any(m.sentence == happening.leading.sentence for m in current.mentions)):
            current = None  # the text has moved on to another happening, with its own time or place
        gathered.append(happening)
    return gathered


def takes_part(occasion: Happening, happening: Happening) -> bool:
    """Whether a happening told later in the story is a speech or act of an occasion's own people, on its day and
    at its place ('Il a félicité la Russie' paragraphs after 'Poutine rencontrait Kim')."""
    named = any(m.actors for m in happening.mentions)
    return named and not happening.occasion and may_be_part(occasion, happening) \
        and any(shares_actor(occasion, m) for m in happening.mentions) and on_its_day(occasion, happening) \
        and (happening.place is None or occasion.place is not None and places_agree(occasion.place, happening.place))


def same_occasion_told_again(occasion: Happening, happening: Happening) -> bool:
    """Whether a later occasion of the same kind is the same one, told again after the background: the same day and
    the same place, or the same people where one place is untold ('Poutine rencontrait Kim mercredi' ... 'leurs
    discussions au cosmodrome le 13 septembre')."""
    first, again = occasion.date, happening.date
    if happening.occasion != occasion.occasion or first is None or again is None or happening.status != occasion.status:
        return False
    daily = of_a_day(first) and of_a_day(again)
    placed = occasion.place is not None and happening.place is not None
    return daily and dates_agree(first, again) and places_agree(occasion.place, happening.place) \
        and (placed or any(shares_actor(occasion, m) for m in happening.mentions))


def rejoined(happenings: list[Happening]) -> list[Happening]:
    """The story's happenings with the later speeches and acts of an occasion's people, on its day and at its
    place, gathered back into it: a story returns to its summit after telling the background."""
    kept: list[Happening] = []
    for happening in happenings:
        occasion = next((o for o in kept if o.occasion and o.date is not None
                         and (takes_part(o, happening) or same_occasion_told_again(o, happening))), None)
        if occasion is None:
            kept.append(happening)
        else:
            occasion.mentions += happening.mentions
    return kept


def of_the_attack(happening: Happening, happenings: list[Happening], sentences: list[tuple[int, int]]) -> Happening:
    """Explosions told with no cause of their own just after an attack with weapons ('127 missiles ont été tirés
    ... A Kiev, des explosions ont retenti') are the attack's where they were heard: an attack, not an accident."""
    telling = [m for m in happening.mentions if not m.consequence]
    if happening.type not in UNARMED_TYPES or not telling or not all(m.blast and not m.weapon for m in telling):
        return happening
    position = sentences.index(happening.leading.sentence)
    armed = any(h.type == ARMED_TYPE and h.leading.start < happening.leading.start
                and any(m.weapon and 0 <= position - sentences.index(m.sentence) <= CONSEQUENCE_REACH
                        for m in h.mentions) for h in happenings)
    if not armed:
        return happening
    return replace(happening, mentions=[replace(m, type=ARMED_TYPE) if m.type in UNARMED_TYPES else m
                                        for m in happening.mentions])


def phrase_effects(mention: EventMention, effects: list[EventMention]) -> list[EventMention]:
    """The effects a mention's own phrase tells ('shootings that injured doctors', 'the fighting has killed')."""
    return [e for e in effects if e.sentence == mention.sentence
            and (e.told_by == mention.token or mention.told_by == e.token)]


def dated_by_its_effects(mention: EventMention, effects: list[EventMention]) -> EventMention:
    """A mention dated by the effects its own phrase tells ('since April 15, the fighting has killed 1,800'): the
    date is the happening's own, as if its words said it."""
    if mention.date_governed:
        return mention
    dated = next((e for e in phrase_effects(mention, effects) if e.date_governed), None)
    return replace(mention, date=dated.date, date_governed=True) if dated is not None else mention


def gather(mentions: list[EventMention], sentences: list[tuple[int, int]]) -> list[Happening]:
    """Happenings in reading order: what happened first, then the consequences joined to their causes."""
    happenings: list[Happening] = []
    passing: list[EventMention] = []
    effects = [m for m in mentions if m.consequence]
    joined: set[int] = set()  # the effects already in a happening, by identity
    for mention in (dated_by_its_effects(m, effects) for m in mentions if not m.consequence):
        retold = [h for h in reversed(happenings) if retells(h, mention) and not joins_as_detail(h, mention)]
        told = next((h for h in retold if not wave_for_one(h, mention)), retold[0] if retold else None)
        if told is not None and mention.type != "OTHER":  # 'The attackers arrived on Wednesday, set fire to homes':
            # the raid told before, its new verbs of no kind the details of it
            for detail in [h for h in happenings if h is not told and joins_as_detail(h, mention)
                           and all(m.type == "OTHER" for m in h.mentions)]:
                happenings.remove(detail)
                told.mentions += [replace(m, detail=True) for m in detail.mentions]
        told = told or next((h for h in reversed(happenings) if joins_as_detail(h, mention)), None)
        if told is None and mention.anchored:
            told = Happening([mention])
            happenings.append(told)
        elif told is None:
            passing.append(mention)  # 'pour des négociations sur des armes': a noun in passing, no happening alone
            continue
        elif joins_as_detail(told, mention):
            told.mentions = [replace(m, detail=True) if m.type == "OTHER" else m for m in (*told.mentions, mention)]
        elif travelled_for(told, mention):
            told.mentions = [replace(m, detail=True) if m.purpose_noun == mention.token else m
                             for m in told.mentions] + [mention]
        elif aim_of(told, mention) and not agrees(told, mention):
            told.mentions.append(replace(mention, detail=True))  # its place is its topic's, not the act's
        else:
            told.mentions.append(mention)
        if mention.type in CAUSE_TYPES:  # 'shootings that injured doctors in November in Vancouver': the effects
            # its own phrase tells date and place it before later mentions are weighed against it
            own = [e for e in phrase_effects(mention, effects) if e.told_by == mention.token and id(e) not in joined]
            told.mentions += own
            joined |= {id(e) for e in own}
    for mention in passing:  # 'tenté à deux reprises de lancer': the words an act told later in its phrase hangs on
        told = next((h for h in happenings if any(m.told_by == mention.token and (m.type in SPEECH_TYPES) ==
                                                  (mention.type in SPEECH_TYPES) for m in h.mentions)), None)
        if told is not None:  # but 'guarantees that it would not be attacked' speaks of another happening
            told.mentions.append(mention)
    for mention in (m for m in effects if id(m) not in joined):
        cause = next((h for h in happenings if (h.type in CAUSE_TYPES or h.leading.consequence)
                      and any(m.token == mention.told_by or m.told_by == mention.token for m in h.mentions)), None) \
            or cause_of(mention, happenings, sentences)  # 'shootings that injured', 'died in the blast': one phrase
        if cause is None:
            cause = next((h for h in reversed(happenings) if h.leading.consequence and h.leading.sentence == mention.sentence
                          and agrees(h, mention)), None)  # 'killed and wounded': one toll, told twice
        if cause is None:
            cause = harm_at_its_place(mention, happenings)
        if cause is None and mention.anchored:
            happenings.append(Happening([typed_by_its_sentence(mention, happenings)]))
        elif cause is not None:
            cause.mentions.append(mention)
    for happening in happenings:
        happening.mentions.sort(key=lambda m: m.start)
    happenings = moments_joined(sorted(happenings, key=lambda h: h.leading.start), sentences)
    gathered = rejoined(occasions(sorted(happenings, key=lambda h: h.leading.start), sentences))
    gathered = [of_the_attack(h, gathered, sentences) for h in gathered]
    for happening in gathered:
        happening.mentions.sort(key=lambda m: m.start)
    return gathered
