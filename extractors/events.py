"""Events of a document: happenings told by clauses' verbs and nouns, each with its own type, place, date, status,
actors and every span that tells it."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from spacy.tokens import Doc

from extractors.coreference import described_site
from core.event_ids import stable_event_id
from extractors.event_lexicon import EventLexicon, event_lexicon
from extractors.title_anaphors import titled_actor
from extractors.event_mentions import TIME_RANK, EventMention, of_a_day, sentence_mentions, within
from extractors.mention_status import dated_status
from extractors.event_types import CROWD_TYPE, HARM_TYPES
from extractors.happenings import Happening, gather, places_agree
from core.model import Document, Entity, Event, EventDate, Mention, PlaceMention, TimeExpression
from core.timevalues import interval_of
from extractors.references import passing_references, telling_mentions
from extractors.relative_place import relative_place
from extractors.sentences import sentence_spans
from extractors.timexes import tag_timexes
from geocoding.areas import country_radius_km
from geocoding.gazetteer import default_gazetteer
from lang import FALLBACK

QUOTED = re.compile(r"«[^»]{0,1500}»|“[^”]{0,1500}”|``.{0,1500}?''|\"[^\"\n]{0,1500}\"", re.DOTALL)
WEEK_VALUE = re.compile(r"^\d{4}-W\d{2}$")
QUOTE_WORDS = 4  # fewer words between quotation marks are a term set apart ('«auditionné»'), not a quotation
HEADLINE_WORDS = 25  # a line this short without a full stop is a headline or a subheading, told again by the body
DATELINE_CHARS = 120  # where a story's dateline ('NAIROBI, Kenya (AP) _') may stand
# 'GOMA, May 10 - ', 'KYIV, Ukraine, June 3 — ': a town in capitals, then what the story was filed with, up to the dash
DATELINE_LEAD = re.compile(r"^[^\W\d_a-z][^\Wa-z]+(?:[ '’.-][^\Wa-z]+)*,[^\n]{0,60}?\s[-–—_]+\s", re.MULTILINE)
DATELINE_TOWN = re.compile(r"^(?=[^,]{3})[^\W\d_a-z][^\Wa-z]*(?:[ '’.-][^\Wa-z]+)*,\s*$")  # "O'SMACH, ": a town in capitals
LEAD_CHARS = 400  # the story's lead, where the first town named is where it is set
NEAR_PUBLICATION_DAYS = 7  # a happening dated this close to the story took place where its dateline says
NATIONAL_TYPES = ("ELECTION",)  # held across a country: placed at a town only when the text says so
DAYS_IN = {"D": 1, "W": 7}  # the days in a span's unit: 'P2D', 'P1W'; months and years have no fixed count
BACK_UNITS = ("Y", "M", "W", "D")  # the spans a day is counted back by: years, months, weeks, days
LATER_REACH = 20  # characters after a span where 'later', 'plus tard' may stand, and before it 'for', 'depuis'
SPAN_REACH = 40  # characters from a span to the clause it counts back to ('a day after police opened fire')
FRAME_LEAD_TAGS = ("ADP", "ADV", "DET", "CCONJ")  # all a date opening its sentence may follow ('On', 'Early on')
CLOCK_REACH = 2  # sentences after the story's day was set within which a bare clock time falls on that day
SETTING_REACH = 1  # sentences after a placed happening where an unplaced one is taken to happen at the same place


def is_furniture(text: str, span: tuple[int, int], lexicon: EventLexicon) -> bool:
    """Whether a sentence is page furniture (a byline, 'Updated: ...'), which tells no happening."""
    line = text[span[0]:span[1]].strip()
    return any(pattern.search(line) for pattern in lexicon.furniture)


def is_headline(text: str, span: tuple[int, int]) -> bool:
    """Whether a sentence is a headline or a subheading: a whole short line with no full stop, before more text;
    the body tells its happening again."""
    line_start = text.rfind("\n", 0, span[0]) + 1
    line_end = text.find("\n", span[1])
    line = text[span[0]:span[1]].strip()
    return not text[line_start:span[0]].strip() and line_end != -1 and not text[span[1]:line_end].strip() \
        and bool(text[line_end:].strip()) and len(line.split()) <= HEADLINE_WORDS \
        and not line.endswith((".", "!", "?", "»", "\"", "”", ":", "_", "--", ")"))


def story_dateline(text: str, places: list[PlaceMention]) -> PlaceMention | None:
    """Where the story was filed: its dateline ('NAIROBI, Kenya (AP) _', 'MARSEILLE._': a name in capitals opening
    a line, or the region after a town the gazetteer lacks)."""
    for place in places:
        if place.start > DATELINE_CHARS:
            break
        line_start = text.rfind("\n", 0, place.start) + 1
        if place.resolved and not text[line_start:place.start].strip() and place.text.isupper() and len(place.text) > 2:
            return replace(place, reason=f"the story's dateline; {place.reason}".rstrip("; "))
        if place.resolved and DATELINE_TOWN.match(text[line_start:place.start]):
            return replace(place, reason=f"the region of the story's dateline; {place.reason}".rstrip("; "))
    return None


def lead_town(places: list[PlaceMention]) -> PlaceMention | None:
    """The first town a story's lead names: where a story with no dateline is set."""
    lead = next((p for p in places if p.resolved and p.precision == "exact" and p.start < LEAD_CHARS), None)
    return replace(lead, reason=f"the first town the story names; {lead.reason}".rstrip("; ")) if lead else None


def calendar_value(timex: TimeExpression) -> str:
    """A date as a calendar says it: a week ('1998-W33') as the month it lies in, else its year; the timeline keeps
    the week's own interval."""
    if not WEEK_VALUE.match(timex.value) or not timex.interval_start or not timex.interval_end:
        return timex.value
    first = dt.datetime.fromisoformat(timex.interval_start)
    last = dt.datetime.fromisoformat(timex.interval_end) - dt.timedelta(minutes=1)
    return first.strftime("%Y-%m") if (first.year, first.month) == (last.year, last.month) else str(first.year)


def event_date(explicit: TimeExpression | None, narrative: EventDate | None, document: Document) -> EventDate | None:
    """The happening's own date; else the story's running day (narrative time: its day, not the hour another
    happening was told at, 'heurts en fin d'après-midi ... Le Premier ministre a exclu'); else the document date."""
    if explicit is not None:
        return EventDate(calendar_value(explicit), explicit.interval_start, explicit.interval_end, explicit.precision,
                         "explicit", explicit.text)
    if narrative is not None and TIME_RANK.get(narrative.precision, 12) < TIME_RANK["day"] and narrative.start:
        return dated(narrative.start[:10], "narrative", narrative.text)
    if narrative is not None:
        return replace(narrative, origin="narrative")
    if document.published:
        day = dt.datetime.fromisoformat(document.published)
        return EventDate(document.published, day.isoformat(timespec="minutes"),
                         (day + dt.timedelta(days=1)).isoformat(timespec="minutes"), "day", "document", "")
    return None


def on_the_story_day(timex: TimeExpression | None, running: EventDate | None, document: Document,
                     language: str) -> TimeExpression | None:
    """A bare clock time in a sentence that names no day ('The attackers arrived at around 8 a.m.', 'À 14 heures,
    ...') falls on the day the story is at, not on the day it was published."""
    if timex is None or timex.type != "TIME" or running is None or not of_a_day(running) or not running.start \
            or not timex.interval_start or timex.value[:10] != document.published \
            or running.start[:10] == timex.value[:10]:
        return timex
    alone = tag_timexes(timex.text, language, None)
    if len(alone) != 1 or alone[0].type != "TIME":
        return timex  # 'yesterday at 8 a.m.', 'hier à 12h12': the clock's own day
    day = running.start[:10]
    start = dt.datetime.fromisoformat(day + timex.interval_start[10:])
    end = start + (dt.datetime.fromisoformat(timex.interval_end) - dt.datetime.fromisoformat(timex.interval_start)) \
        if timex.interval_end else None
    return replace(timex, value=day + timex.value[10:], interval_start=start.isoformat(timespec="minutes"),
                   interval_end=end.isoformat(timespec="minutes") if end else None)


def clocks_on_their_day(mentions: list[EventMention], sentences: list[tuple[int, int]], document: Document,
                        language: str) -> list[EventMention]:
    """Mentions whose bare clock time falls on the day a mention told just before set ('fired a missile on Thursday
    morning ... The missile was launched at around 7:10 a.m.'), so that the two may be found one happening."""
    placed: list[EventMention] = []
    day: tuple[int, EventDate] | None = None
    for mention in mentions:
        position = sentences.index(mention.sentence)
        if day is not None and mention.date_governed and 0 <= position - day[0] <= CLOCK_REACH:
            mention = replace(mention, date=on_the_story_day(mention.date, day[1], document, language))
        if mention.date_governed and of_a_day(mention.date) and mention.date.interval_start \
                and near_publication(EventDate(mention.date.value, mention.date.interval_start), document.published):
            day = position, EventDate(mention.date.value, mention.date.interval_start, mention.date.interval_end,
                                      mention.date.precision)
        placed.append(mention)
    return placed


def frames_its_paragraph(timex: TimeExpression, sentence: tuple[int, int], doc: Doc) -> bool:
    """Whether a day opens its sentence ('On 3 November 2024, militants ambushed', 'Le 4 novembre, des hommes armés
    ont attaqué'): it sets the scene of what its paragraph goes on to tell, however long before the story it lies;
    a day told inside a clause ('The blasts of 7 August 1998') dates that clause only."""
    lead = doc.char_span(sentence[0], timex.start, alignment_mode="contract") if sentence[0] < timex.start else None
    return sentence[0] <= timex.start and (lead is None or all(t.pos_ in FRAME_LEAD_TAGS for t in lead))


def paragraph_end(text: str, position: int) -> int:
    """Where the paragraph holding a position ends."""
    found = text.find("\n", position)
    return len(text) if found < 0 else found


def counted_on(happening: Happening, narrative: EventDate | None, timexes: list[TimeExpression], text: str,
               lexicon: EventLexicon) -> EventDate | None:
    """The day a span counts on from the story's running day ('the victims were released two days later', 'libéré
    deux jours plus tard'), for a happening with no date of its own."""
    if narrative is None or not narrative.start:
        return None
    told_in = {m.sentence for m in happening.mentions}
    for timex in timexes:
        amount, unit = span_of(timex)
        after = " ".join(text[timex.end:timex.end + LATER_REACH].lower().split())
        if unit not in DAYS_IN or not any(within(timex.start, timex.end, s) for s in told_in) \
                or not any(after.startswith(w) for w in lexicon.later_words):
            continue
        day = dt.date.fromisoformat(narrative.start[:10]) + dt.timedelta(days=amount * DAYS_IN[unit])
        return dated(day.isoformat(), "narrative", text[timex.start:timex.end + len(after.split()[0]) + 1].strip())
    return None


def counted_before(happening: Happening, timexes: list[TimeExpression], text: str,
                   lexicon: EventLexicon) -> EventDate | None:
    """The day a clause told a span after took place ('lifted the ban on Tuesday, a day after police opened fire',
    'mardi, deux jours après que la police a ouvert le feu'): the day of the sentence less the span."""
    for mention in happening.mentions:
        days = [t for t in timexes if within(t.start, t.end, mention.sentence) and t.type == "DATE"
                and t.precision == "day" and t.interval_start and not t.start <= mention.start < t.end]
        for timex in timexes:
            amount, unit = span_of(timex)
            between = text[timex.end:mention.start]
            if unit not in DAYS_IN or not within(timex.start, timex.end, mention.sentence) \
                    or timex.end > mention.start or len(between) > SPAN_REACH \
                    or not between.strip().lower().startswith(tuple(lexicon.after_words)):
                continue
            day = next((t for t in days if t.end <= timex.start), None)
            if day is not None:
                value = dt.date.fromisoformat(day.interval_start[:10]) - dt.timedelta(days=amount * DAYS_IN[unit])
                return dated(value.isoformat(), "explicit", text[timex.start:timex.end + len(between)].strip())
    return None


def span_of(timex: TimeExpression) -> tuple[int, str]:
    """How many of which unit a plain span counts ('P2D' -> (2, 'D')), or (0, '') for any other expression."""
    amount, unit = timex.value[1:-1], timex.value[-1:]
    return (int(amount), unit) if timex.type == "DURATION" and amount.isdigit() else (0, "")


def dated(value: str, origin: str, text: str) -> EventDate:
    """An event date from a TIMEX3 value, with the interval and precision the value covers."""
    start, end, precision = interval_of(value)
    return EventDate(value, start, end, precision, origin, text)


def day_named_before(position: int, timexes: list[TimeExpression], document: Document, doc: Doc,
                     lexicon: EventLexicon) -> EventDate | None:
    """The last past day the story named before a happening it does not date, when no happening has set the story's
    day yet ('très faible samedi à Montpellier ... les supporters ont demandé'): the day the story is at; not the
    day something was said ('police said Monday')."""
    days = [t for t in timexes if t.end <= position and t.type == "DATE" and t.precision == "day" and t.interval_start
            and document.published and t.interval_start[:10] <= document.published[:10]
            and near_publication(EventDate(t.value, t.interval_start), document.published)
            and not dates_a_telling(doc, t, lexicon)]
    if not days:
        return None
    day = days[-1]
    return EventDate(calendar_value(day), day.interval_start, day.interval_end, day.precision, "narrative", day.text)


def dates_a_telling(doc: Doc, timex: TimeExpression, lexicon: EventLexicon) -> bool:
    """Whether a date hangs on a verb of saying ('police said Monday', 'a déclaré lundi')."""
    span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
    return span is not None and span.root.head.lemma_.lower() in lexicon.reporting_verbs


def counted_back(happening: Happening, doc: Doc, timexes: list[TimeExpression], document: Document,
                 lexicon: EventLexicon) -> EventDate | None:
    """When a state that still holds began ('talks have been cut off for nearly two years', 'interrompues depuis
    deux ans'): the story's day less the span, as precise as the span's unit."""
    if not document.published:
        return None
    for mention in happening.mentions:
        verb = doc[mention.token] if doc[mention.token].pos_ != "NOUN" else doc[mention.token].head  # 'talks have
        # been cut off': the noun's verb says the tense
        perfect = not lexicon.since_perfect or any(
            c.lemma_.lower() in lexicon.since_perfect and "Pres" in c.morph.get("Tense") for c in verb.children)
        for timex in timexes:
            amount, unit = span_of(timex)
            before = document.text[max(0, timex.start - LATER_REACH):timex.start].rstrip().lower()
            if unit not in BACK_UNITS or not perfect or not within(timex.start, timex.end, mention.sentence) \
                    or not before.endswith(tuple(lexicon.since_spans)):
                continue
            value = back_from(dt.date.fromisoformat(document.published[:10]), amount * DAYS_IN.get(unit, 1), unit)
            return dated(value, "explicit", document.text[timex.start:timex.end])
    return None


def back_from(day: dt.date, amount: int, unit: str) -> str:
    """A day moved back by a span, written as precisely as the span's unit ('P2Y' from 1998 -> '1996')."""
    if unit == "Y":
        return f"{day.year - amount:04d}"
    if unit == "M":
        months = day.year * 12 + day.month - 1 - amount
        return f"{months // 12:04d}-{months % 12 + 1:02d}"
    return (day - dt.timedelta(days=amount)).isoformat()


def happening_place(happening: Happening, text: str, places: list[PlaceMention], dateline: PlaceMention | None,
                    lead: PlaceMention | None, near_publication: bool, language: str,
                    recent: PlaceMention | None = None) -> PlaceMention | None:
    """Where the happening took place: its mentions' own place (a computed point for '95 km west of X'), a site
    its sentence describes, else the dateline's place for a story's own news, else the country that acted, else
    where the happening told just before took place ('police arrested 12 members in Bamako. They were released the
    following day'), else the first town the lead names, else where the story is set."""
    place = happening.place
    if place is not None:
        return relative_place(text, with_extent(place), language)
    leading = happening.leading
    site = described_site(text[leading.sentence[0]:leading.sentence[1]], text, places, language)
    if site is not None:
        return replace(site, reason=f"the sentence describes the site the article names '{site.text}'; {site.reason}")
    tokens = {m.token for m in happening.mentions}
    state = next((m.acting_state for m in happening.mentions if m.acting_state is not None
                  and m.told_by not in tokens), None)  # 'Kinshasa a accusé le Rwanda de soutenir': not whom the
    # telling speaks of
    if near_publication and dateline is not None and (state is None or state.country_code == dateline.country_code):
        return dateline  # but 'SEOUL - ... The United States condemned the launch': the country that acted
    if state is not None:  # 'le président américain a accusé': the United States, not the story's first town
        return with_extent(replace(state, reason=f"the state that acted, by its name or its capital's; {state.reason}"))
    if recent is not None:
        return replace(recent, reason=f"where the story's previous happening took place; {recent.reason}")
    if near_publication and lead is not None:
        return lead
    setting = dateline or lead
    return replace(setting, reason=f"no place of its own: where the story is set; {setting.reason}") \
        if setting is not None else None


def placed_in_story(happening: Happening, place: PlaceMention | None, position: int,
                    setting: tuple[int, PlaceMention] | None, scene: tuple[int, PlaceMention] | None,
                    rally: tuple[int, PlaceMention] | None, national: bool) -> PlaceMention | None:
    """Where a happening took place as the story has told it so far: the place of the happening told just before
    when its own is none or only that place's country (not for a national vote, which is the country's); for a
    harm with no place of its own the place of the harm told just before, and for an act done to a crowd the
    place of the rally told just before ('La police a dispersé la foule'), not the dateline."""
    if setting is not None and position - setting[0] <= SETTING_REACH and refines(setting[1], place) \
            and not national:
        place = replace(setting[1], reason=f"where the story's previous happening took place; {setting[1].reason}")
    if happening.place is None and happening.type in HARM_TYPES and scene is not None \
            and position - scene[0] <= SETTING_REACH:
        place = replace(scene[1], reason=f"where the harm told just before took place; {scene[1].reason}")
    if happening.place is None and any(m.on_crowd for m in happening.mentions) and rally is not None \
            and position - rally[0] <= SETTING_REACH:
        place = replace(rally[1], reason=f"where the crowd told just before gathered; {rally[1].reason}")
    return place


def is_national_vote(happening: Happening, lexicon: EventLexicon) -> bool:
    """Whether a happening is a vote told as such ('this year's election', 'un référendum'), which a country holds,
    not an assembly's vote ('the convention voted'), which is held where it sits."""
    lemmas = [m.lemma for m in happening.mentions]
    return happening.type in NATIONAL_TYPES \
        and not any(lexicon.verbs.get(lemma) in NATIONAL_TYPES for lemma in lemmas) \
        and any(lexicon.nouns.get(lemma) in NATIONAL_TYPES for lemma in lemmas)


def country_wide(place: PlaceMention) -> PlaceMention:
    """The country a place lies in, with its extent: where a national vote told with no place of its own is held
    ('this year's election' in a story from Lagos is Nigeria's)."""
    country = default_gazetteer().country(place.country_code) if place.precision != "country" else None
    if country is None:
        return with_extent(place)
    return with_extent(replace(place, name=country.name, lat=country.lat, lon=country.lon, precision="country",
                               geonameid=country.geonameid, feature_class="country", radius_km=None,
                               reason=f"held across {country.name}, where the story is set; {place.reason}"))


def with_extent(place: PlaceMention) -> PlaceMention:
    """A place that is a whole country keeps its extent: the radius of a disc of its size ('in Kenya' is not a point)."""
    if place.precision != "country" or place.radius_km or not place.country_code:
        return place
    return replace(place, radius_km=country_radius_km(place.country_code))


def near_publication(date: EventDate | None, published: str | None) -> bool:
    """Whether a happening's date lies within days of the story's (or is not known)."""
    if date is None or not date.start or not published:
        return True
    gap = dt.date.fromisoformat(date.start[:10]) - dt.date.fromisoformat(published)
    return abs(gap.days) <= NEAR_PUBLICATION_DAYS


def refines(setting: PlaceMention, place: PlaceMention | None) -> bool:
    """Whether the place the story was just at says better where a happening took place: it has none, or only the
    country that place lies in ('announced a gift in Tanzania' told from Dar es Salaam), named as the country, not
    a part of it only placeable as the country ('dans le Grand Nord russe')."""
    return place is None or (place.precision == "country" and setting.precision == "exact"
                             and setting.country_code == place.country_code and names_country(place))


def names_country(place: PlaceMention) -> bool:
    """Whether a place's words name its country ('Tanzania', 'la Tanzanie'), not a part of it."""
    return any(c.feature_class == "country" and c.country_code == place.country_code
               for c in default_gazetteer().lookup(place.text))


def told_at(happening: Happening, place: PlaceMention, listed: list[PlaceMention], telling: list[EventMention]
            ) -> list[EventMention]:
    """The mentions telling a happening at one of the places it was listed at ('bombings in Kenya and Tanzania'):
    the listing's sentence, a plural that tells them all ('the bombings') and what its own words place there ('the
    blast in Dar es Salaam'); not a singular retelling placed nowhere or at another of the places."""
    listing = happening.placing.sentence if happening.placing else None
    others = [p for p in listed if not places_agree(p, place)]

    def placed_at(mention: EventMention, where: PlaceMention) -> bool:
        return mention.place_governed and mention.place is not None and mention.place.resolved \
            and places_agree(mention.place, where)

    return [m for m in telling
            if m.sentence == listing or placed_at(m, place)
            or (not any(placed_at(m, o) for o in others) and (m.plural or place is listed[0]))]


def told_status(happening: Happening, document: Document) -> str:
    """A happening's status; one asserted by words that do not date it is historical or planned by the date its
    other words give ('a speech delivered on March 5, 1946')."""
    status = happening.status
    return dated_status(happening.date, document.published) if status == "asserted" else status


def to_event(happening: Happening, date: EventDate | None, place: PlaceMention | None, document: Document,
             taken: set[str], told: list[EventMention] | None = None) -> Event:
    """The Event a happening is shown and exported as, its leading sentence as evidence."""
    leading = happening.leading
    start, end = leading.sentence
    text = document.text[start:end]
    actors = list(dict.fromkeys(a for m in happening.mentions for a in m.actors))
    recipients = [r for r in dict.fromkeys(r for m in happening.mentions for r in m.recipients) if r not in actors]
    mentions = sorted({(m.start, m.end) for m in (happening.mentions if told is None else told)})
    confidence = 0.4 + 0.2 * bool(place and place.precision == "exact") \
        + 0.2 * bool(date and date.origin == "explicit") + 0.1 * bool(actors) + 0.1 * (len(mentions) > 1)
    return Event(
        id=stable_event_id(document.id, text, taken), start=start, end=end, text=text, document_id=document.id,
        trigger=document.text[leading.start:leading.end], type=happening.type, actors=actors, recipients=recipients,
        place=place, date=date, status=told_status(happening, document), reported_by=leading.reported_by,
        confidence=round(confidence, 2), mentions=[Mention(s, e) for s, e in mentions])


def story_mentions(doc: Doc, document: Document, places: list[PlaceMention], timexes: list[TimeExpression],
                   entities: list[Entity], lexicon: EventLexicon) -> tuple[list[EventMention], list[tuple[int, int]]]:
    """Every event mention of a document's body (no headline, no furniture), and its sentences; what a quotation
    says may retell a happening but tells none of its own unless it dates it (a speaker's words comment; the news is
    their saying it)."""
    language = document.language or FALLBACK
    sentences = [s for s in sentence_spans(document.text)
                 if not is_furniture(document.text, s, lexicon) and not is_headline(document.text, s)]
    lead = DATELINE_LEAD.search(document.text[:DATELINE_CHARS])
    timexes = [t for t in timexes if lead is None or t.start >= lead.end()]  # the day it was filed, no happening's
    mentions: list[EventMention] = []
    for span in sentences:
        mentions += sentence_mentions(
            doc, span, lexicon, language, [p for p in places if within(p.start, p.end, span)],
            [t for t in timexes if within(t.start, t.end, span)], [e for e in entities if within(e.start, e.end, span)],
            document.published)
    mentions = [replace(m, actors=[name]) if not m.actors and (name := titled_actor(doc[m.token], entities)) else m
                for m in mentions]  # 'Le président américain ... est arrivé': the president named before
    quotes = [m.span() for m in QUOTED.finditer(document.text) if len(m.group().split()) >= QUOTE_WORDS]
    return [replace(m, anchored=m.anchored and m.date is not None) if any(s < m.start < e for s, e in quotes) else m
            for m in mentions], sentences


def build_events(doc: Doc, document: Document, places: list[PlaceMention], timexes: list[TimeExpression],
                 entities: list[Entity]) -> list[Event]:
    """Happenings of a document, in reading order."""
    language = document.language or FALLBACK
    lexicon = event_lexicon(language)
    mentions, sentences = story_mentions(doc, document, places, timexes, entities, lexicon)
    mentions = clocks_on_their_day(mentions, sentences, document, language)
    dateline, lead = story_dateline(document.text, places), lead_town(places)
    events: list[Event] = []
    taken: set[str] = set()
    narrative: EventDate | None = None
    framed: tuple[EventDate, int] | None = None  # a day long before the story that opened a sentence, and the end
    # of its paragraph, within which later undated happenings take place on that day ('Police later arrested four')
    dated_at = -CLOCK_REACH - 1  # the sentence where a happening last set the story's day
    scene: tuple[int, PlaceMention] | None = None  # the last place a harm was told at by its own words: where
    # the next harm told with no place happened ('39 deaths in southern Lebanon ... Hezbollah fighters killed'),
    # not the dateline the story was written from
    setting: tuple[int, PlaceMention] | None = None  # the last place a happening was told at, and its sentence
    rally: tuple[int, PlaceMention] | None = None  # the last place a crowd gathered at by its own words
    happenings = gather(mentions, sentences)
    passing = passing_references(happenings, doc, lexicon.frame_prepositions)
    for happening in happenings:
        explicit = happening.date
        in_frame = framed is not None and happening.leading.start < framed[1]
        running = (framed[0] if in_frame else None) or narrative \
            or day_named_before(happening.leading.start, timexes, document, doc, lexicon)
        position = sentences.index(happening.leading.sentence)
        if position - dated_at <= CLOCK_REACH:  # 'early Thursday ... The attackers arrived at around 8 a.m.'
            explicit = on_the_story_day(explicit, running, document, language)
        date = counted_before(happening, timexes, document.text, lexicon) \
            or (counted_on(happening, running, timexes, document.text, lexicon)
                or counted_back(happening, doc, timexes, document, lexicon) if explicit is None else None) \
            or event_date(explicit, running, document)
        if of_a_day(explicit) and near_publication(date, document.published) \
                and not all(m.lemma in lexicon.reporting_verbs for m in happening.mentions):
            narrative, framed, dated_at = date, None, position  # later undated happenings take place on this
            # day, not on a recalled one; the day something was said ('police said Monday') dates the telling, not
            # what the story goes on to tell
        elif of_a_day(explicit) and frames_its_paragraph(explicit, happening.leading.sentence, doc):
            framed, dated_at = (date, paragraph_end(document.text, explicit.end)), position
        national = is_national_vote(happening, lexicon)
        recent = setting[1] if setting is not None and position - setting[0] <= SETTING_REACH \
            and setting[1].precision == "exact" and dateline is None else None  # a story filed from nowhere: its
        # first town is no setting of all it tells; the town told just before is
        place = placed_in_story(happening, happening_place(happening, document.text, places, dateline, lead,
                                                           near_publication(date, document.published), language,
                                                           recent),
                                position, setting, scene, rally, national)
        if happening.place is not None and happening.type in HARM_TYPES:
            scene = (position, place)
        if happening.place is not None and happening.type == CROWD_TYPE:
            rally = (position, place)
        if place is not None:
            setting = (position, place)
        placing = happening.placing
        if place is not None and not (placing and placing.place_governed) and national:
            place = country_wide(place)
        listed = [place, *happening.also_at] if place is not None else []
        telling = telling_mentions(happening, passing)
        events.append(to_event(happening, date, place, document, taken,
                               told_at(happening, place, listed, telling) if len(listed) > 1 else telling))
        for elsewhere in happening.also_at:  # 'bombings in Kenya and Tanzania': one point at each place
            events.append(to_event(happening, date, with_extent(elsewhere), document, taken,
                                   told_at(happening, elsewhere, listed, telling)))
    return events


