"""Run every extraction step on a document and gather the results into one Analysis."""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator
from dataclasses import replace

from extractors.docdate import dated_by_dateline, dated_by_publication_line, infer_document_date
from extractors.entities import PLACE_LABELS, extract_entities, normalise_for_nlp
from extractors.events import build_events
from extractors.language import detect_language
from core.model import Analysis, Document, Entity, PlaceMention
from extractors.nlp_models import load_nlp
from extractors.parsing import parse_texts
from extractors.relative_place import near_pattern, offset_pattern
from extractors.timexes import tag_timexes
from extractors.version import pipeline_version
from geocoding.online import OnlineGeocoder
from geocoding.names import fold
from geocoding.resolve import resolve_places
from geocoding.descriptions import names_institution
from geocoding.features import LIST_SEPARATOR, followed_by_feature
from geocoding.mentions import COMPASS_POINT
from geocoding.spotter import (apposed_toponyms, assailed_toponyms, bracketed_regions, contained_toponyms,
                               dateline_toponym, described_toponyms, embedded_toponyms, featured_toponyms,
                               hyphenated_toponyms, institution_toponyms, listed_toponyms, mislabelled_toponyms,
                               placed_countries, positioned_toponyms, possessor_toponyms, region_named_toponyms,
                               region_qualified_toponyms, region_toponyms, situated_toponyms, spot_toponyms,
                               struck_toponyms, town_toponyms, unaccented_toponyms)
from lang import FALLBACK, LANGUAGES, pack_language

CODE = re.compile(r"\d")  # 'M23', 'G7': an unplaced name with a digit is a code, no place
EMBEDDING_LABELS = {"ORG", "MISC"}  # names that often carry a place ("Gainesville City Council")
MISTAKEN_LABELS = {"PER", "ORG", "MISC"}  # labels the NER gives places it misreads ("the Kursk region": PER)
NAME_LABELS = {"PER", "NORP", "MISC"}  # labels a preposition of place overrules ('near Boni', 'off Zanzibar')
# Names of other kinds a preposition of place may lead ('in English', 'near Easter'), unlike those the NER gives a place
# it misreads ('Maru' a product)
OTHER_NAME_LABELS = {"DATE", "TIME", "LANGUAGE", "EVENT", "LAW", "WORK_OF_ART", "MONEY", "QUANTITY", "PERCENT",
                     "CARDINAL", "ORDINAL"}
DEMONYM_CLASSES = ("country", "region", "continent")  # a people word names its land: 'Texan', 'European'


def prepare(document: Document) -> tuple[Document, list[str]]:
    """The document as it is analysed, a copy of the one given with the language detected and the date inferred
    where the user gave none (the one given is left as it was), and the warnings to show."""
    warnings: list[str] = []
    if not document.language or document.language == "auto":
        document = replace(document, language=detect_language(document.text) or FALLBACK)
    if document.language not in LANGUAGES:
        warnings.append(
            f"{document.source or document.title}: language '{document.language}' is not supported "
            f"(supported: {', '.join(LANGUAGES)}); analysed with the "
            f"'{FALLBACK}' model, expect weaker results."
        )
    if not document.published:
        inferred = infer_document_date(document.text, pack_language(document.language))
        if inferred:
            document = replace(document, published=inferred.isoformat(), published_origin="inferred")
        else:
            warnings.append(
                f"{document.source or document.title}: no publication date given or found in the "
                "text; relative dates ('Wednesday', 'yesterday') stay unresolved until you set one."
            )
    return document, warnings


def analyze(document: Document, online: OnlineGeocoder | None = None) -> Analysis:
    """Analyse one document; the analysis holds it as analysed, with the language and date found."""
    return next(analyze_many([document], online=online))


def analyze_many(documents: Iterable[Document], batch_size: int = 8,
                 online: OnlineGeocoder | None = None) -> Iterator[Analysis]:
    """Analyse documents in order, running spaCy over each language's texts as a batch; each analysis holds its
    document as analysed (prepare), the documents given are left as they were."""
    prepared = [prepare(d) for d in documents]
    docs = [document for document, _ in prepared]
    warnings = [problems for _, problems in prepared]
    parsed: dict[int, object] = {}
    for language in {pack_language(d.language) for d in docs}:
        indices = [i for i, d in enumerate(docs) if pack_language(d.language) == language]
        texts = (normalise_for_nlp(docs[i].text, language) for i in indices)
        for i, spacy_doc in zip(indices, parse_texts(load_nlp(language), texts, batch_size)):
            parsed[i] = spacy_doc
    for i, document in enumerate(docs):
        try:
            yield assemble(document, parsed[i], warnings[i], online)
        except Exception as error:  # one bad document must not cost the analyst the rest of the batch
            yield failed(document, error, warnings[i])


def failed(document: Document, error: Exception, warnings: list[str]) -> Analysis:
    """An empty analysis that says which document failed and why; not cached, so it is retried."""
    problem = f"{document.source or document.title}: the analysis failed ({type(error).__name__}: {error})."
    return Analysis(document=document, pipeline_version="", warnings=[*warnings, problem])


def located_places(spacy_doc, toponym_spans: list[tuple[int, int]], entities: list[Entity],
                   language: str, online: OnlineGeocoder | None = None, published_in: str = "") -> list[PlaceMention]:
    """Resolve the toponyms, the places the NER missed or mislabelled, and the demonyms that name a country;
    an unplaceable mention that is a common noun, a person's name, a compass point ('dans le Sud') or a code with a
    digit (the rebels' 'M23') is dropped."""
    text = spacy_doc.text
    dateline = dateline_toponym(text)
    if dateline is not None and dateline not in toponym_spans:
        toponym_spans = [dateline, *(s for s in toponym_spans if s[1] <= dateline[0] or s[0] >= dateline[1])]
    peoples = [(e.start, e.end) for e in entities if e.label == "NORP"]
    towns = town_toponyms(text, peoples)  # 'the town of Kidal', 'the penal colony of Kharp' the NER calls a people
    towns += region_toponyms(text, peoples)  # 'the capital of Punjab province' the NER calls a people
    towns += described_toponyms(text, peoples)  # 'Katari village (Kebbi state, Nigeria)' the NER calls a people
    demonyms = set(peoples) - set(toponym_spans) - set(towns)
    trimmed = unaccented_toponyms(text, [*toponym_spans, *((e.start, e.end) for e in entities
                                                             if e.label in MISTAKEN_LABELS)], language)
    toponym_spans = [*(trimmed.get(s, s) for s in toponym_spans), *(t for s, t in trimmed.items()
                                                                     if s not in toponym_spans)]  # 'A Mitrovica'
    lost = [(e.start, e.end) for e in entities if e.label in PLACE_LABELS
            and not any(s < e.end and e.start < t for s, t in toponym_spans)]
    toponym_spans = [*toponym_spans, *placed_countries(text, lost)]  # 'in Rwanda' beside 'Rwanda Hutus'
    positioned = positioned_toponyms(  # 'near Boni (Hombori, Mopti)', 'off the coast of Zanzibar', '40 km north of X'
        text, [(e.start, e.end) for e in entities if e.label in NAME_LABELS],
        [*((e.start, e.end) for e in entities),
         *((e.start_char, e.end_char) for e in spacy_doc.ents if e.label_ in OTHER_NAME_LABELS)],  # 'in English'
        toponym_spans, [e.canonical for e in entities if e.label == "PER"],
        (near_pattern(language), offset_pattern(language)),
        [(e.start, e.end) for e in entities if e.label == "ORG"], noun_modifiers(spacy_doc))
    toponym_spans = [*toponym_spans, *positioned]
    positioned_names = {fold(text[s:e]) for s, e in positioned}
    namesakes = {(s, e) for s, e in demonyms if fold(text[s:e]) in positioned_names}  # one sense per name
    demonyms -= namesakes
    named = {fold(text[s:e]) for s, e in toponym_spans}
    spotted = spot_toponyms(text, [*toponym_spans, *((e.start, e.end) for e in entities)], named)
    spotted += region_named_toponyms(text, [*toponym_spans, *((e.start, e.end) for e in entities)])  # 'Soum province'
    organisations = [(e.start, e.end) for e in entities if e.label in EMBEDDING_LABELS]
    embedded = embedded_toponyms(text, organisations, named)
    unplaced = [(e.start, e.end) for e in entities if (e.start, e.end) not in toponym_spans]
    embedded += institution_toponyms(text, unplaced)  # 'Federal University Gusau', "l'hôpital al-Chifa de Gaza"
    named |= {fold(text[s:e]) for s, e in embedded}  # 'Huntsville' of 'the Huntsville Police Department' alone too
    mistaken = [(e.start, e.end) for e in entities if e.label in MISTAKEN_LABELS]
    featured = featured_toponyms(text, mistaken)
    qualified = region_qualified_toponyms(text, mistaken)  # 'Hamilton, Ontario' the NER calls a person
    qualified += struck_toponyms(spacy_doc, mistaken, language)  # 'ont bombardé Belgorod' the NER calls a person
    qualified += assailed_toponyms(text, mistaken)  # "l'offensive sur Afrine" the NER calls a person
    qualified += apposed_toponyms(text, mistaken)  # 'Goma, the capital of North Kivu' the NER calls a person
    qualified += contained_toponyms(text, mistaken)  # 'Zinder in southern Niger' the NER calls a person
    qualified += situated_toponyms(text, mistaken)  # 'à Barsalogho, dans la province du X' the NER calls a person
    qualified += described_toponyms(text, [*mistaken, *lost])  # 'Zorbak, a village in Zamfara state'
    qualified += bracketed_regions(text, mistaken)  # 'on the Maiduguri-Damboa road (Borno)' the NER calls a person
    qualified += possessor_toponyms(text, mistaken)  # "Burkina Faso's Soum province" the NER calls one organisation
    named |= {fold(text[s:e]) for s, e in qualified}
    recurring = [(s, e) for s, e in mistaken if fold(text[s:e]) in named]  # one sense per name per article
    alone = [(e.start, e.end, e.label) for e in entities if e.label in MISTAKEN_LABELS and e.canonical == e.text]
    mislabelled = mislabelled_toponyms(text, alone)  # 'Gusau' as an organisation, 'Kyiv' as a person
    mislabelled += listed_toponyms(text, mistaken, [*toponym_spans, *spotted, *mislabelled, *qualified, *featured])
    hyphenated = hyphenated_toponyms(text, [*toponym_spans, *((e.start, e.end) for e in entities)])
    cut = {(s, e) for s, e in [*toponym_spans, *mislabelled, *recurring]
           if any(s == h_start and e < h_end for h_start, h_end in hyphenated)}  # 'Rostov' of 'Rostov-on-Don'
    spans = [s for s in [*toponym_spans, *spotted, *towns, *embedded, *featured, *qualified, *recurring, *mislabelled,
                         *demonyms, *namesakes] if s not in cut] + hyphenated
    people = {e.text for e in entities if e.label == "PER"}
    askable = place_spans(spacy_doc, text, [*toponym_spans, *spotted, *towns], people)
    places = resolve_places(text, spans, language, online=online, published_in=published_in, online_spans=askable)
    starts = {p.start for p in places}
    return [p for p in places if ((p.start, p.end) not in demonyms or names_its_land(p))
            and not (not p.resolved and (is_common_noun(spacy_doc, p.start, p.end) or p.text in people
                                         or COMPASS_POINT.match(p.text) or CODE.search(p.text)))
            and not (p.feature_class == "country" and opens_as_common_noun(spacy_doc, p.start, p.end, starts))
            and not is_institution_name(text, p, places)]


def is_institution_name(text: str, name: PlaceMention, places: list[PlaceMention]) -> bool:
    """Whether a name is an institution's own, the town it stands in named after it ('Lincoln Hospital in Gusau'):
    the town is the place, not a namesake of the institution."""
    return any(town.start > name.end and town.precision == "exact" and names_institution(text[name.end:town.start])
               for town in places)


def names_its_land(people: PlaceMention) -> bool:
    """Whether a people's word the NER found names its land ('Texan', 'European', 'Russian'), not a region that only
    shares its spelling ('Western countries' is not Western Province)."""
    return people.feature_class in DEMONYM_CLASSES \
        and not (people.feature_class == "region" and fold(people.text) == fold(people.name))


MODIFIER_RELATIONS = {"compound", "amod"}  # a word qualifying the noun it depends on, in the parsers' labels


def noun_modifiers(spacy_doc) -> list[tuple[int, int]]:
    """Capitalised words qualifying a lower-case noun after them ('Arab culture', 'Lombard fifth-graders'), unless the
    noun is a place's kind ('Kuchi village'): a people's or a town's adjective, no place of its own."""
    return [(t.idx, t.idx + len(t)) for t in spacy_doc if t.dep_ in MODIFIER_RELATIONS and t.head.i > t.i
            and t.text[:1].isupper() and t.head.text.islower()
            and not followed_by_feature(spacy_doc.text, t.idx + len(t))]


def place_spans(spacy_doc, text: str, spans: list[tuple[int, int]], people: set[str]) -> list[tuple[int, int]]:
    """The spans read as places, the only ones the online service may be asked about: the NER's places and the
    well-known names outside every entity, not a name said of a person nor a lone common noun."""
    return [(s, e) for s, e in spans if text[s:e] not in people
            and not is_common_noun(spacy_doc, s, e)]


def opens_as_common_noun(spacy_doc, start: int, end: int, place_starts: set[int]) -> bool:
    """Whether a mention is one common noun opening a sentence, where a capital says nothing, that the text also
    writes in lower case, with no place listed beside it ('Grenade lancée contre un bus : la grenade...' is a hand
    grenade; 'Guinée : la junte...' and 'Grenade, Séville et Cordoue' are places)."""
    span = spacy_doc.char_span(start, end)
    text = spacy_doc.text
    return span is not None and len(span) == 1 and span[0].pos_ == "NOUN" and span[0].is_sent_start \
        and re.search(rf"(?<!\w){re.escape(span.text.lower())}(?!\w)", text) is not None \
        and not any(s > end and LIST_SEPARATOR.fullmatch(text[end:s]) for s in place_starts)


def is_common_noun(spacy_doc, start: int, end: int) -> bool:
    """Whether a mention is one common noun ("médias d'État"): unplaced, no place at all."""
    span = spacy_doc.char_span(start, end)
    return span is not None and len(span) == 1 and span[0].pos_ == "NOUN"


def assemble(document: Document, spacy_doc, warnings: list[str], online: OnlineGeocoder | None = None) -> Analysis:
    """Combine entities, time expressions, places and events of one parsed document."""
    problems_before = len(online.problems) if online else 0
    language = pack_language(document.language)
    anchor = dt.date.fromisoformat(document.published) if document.published else None
    entities, toponym_spans = extract_entities(spacy_doc)
    guessed = document.published_origin == "inferred" and anchor is not None \
        and not dated_by_dateline(document.text, language, anchor) \
        and not dated_by_publication_line(document.text, language, anchor)
    timexes = tag_timexes(document.text, language, anchor, anchor_guessed=guessed)
    places = located_places(spacy_doc, toponym_spans, entities, language, online, document.published_in)
    place_spans = {(p.start, p.end) for p in places}
    towns = {(p.start, p.end) for p in places if p.feature_class not in DEMONYM_CLASSES}  # a people names no town
    entities = [e for e in entities if not (e.label == "PER" and (e.start, e.end) in place_spans)  # 'the Kursk region'
                and not (e.label == "NORP" and (e.start, e.end) in towns)]  # 'off the coast of Zanzibar'
    if online is not None:
        warnings = [*warnings, *online.problems[problems_before:]]
    events = build_events(spacy_doc, document, places, timexes, entities)
    return Analysis(
        document=document,
        places=places,
        timexes=timexes,
        events=events,
        entities=entities,
        pipeline_version=pipeline_version(online is not None),
        warnings=warnings,
    )
