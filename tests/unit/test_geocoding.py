"""The offline gazetteer and the resolver: names to places, chosen by context, with reasons."""
from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pytest

from core.model import Document
from extractors.pipeline import analyze
from geocoding.__main__ import resolve_lines
from geocoding.gazetteer import Gazetteer, GazetteerMissing
from geocoding.names import fold, spelling_variants
from geocoding.offline import OfflineGazetteer
from core.geo import haversine_km
from geocoding.resolve import resolve_places


def spans_of(text: str, *names: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for name in names for m in re.finditer(re.escape(name), text)]


def test_names_fold_to_one_key() -> None:
    assert fold("la Corée du Nord") == fold("Coree du nord") == "coree du nord"
    assert fold("St. Louis") == fold("Saint-Louis")
    assert "amur" in spelling_variants("Amour")


def test_french_and_english_country_names_meet(gazetteer: Gazetteer) -> None:
    for name in ("Corée du Nord", "North Korea", "États-Unis", "Russie"):
        top = max(gazetteer.lookup(name), key=lambda c: c.feature_class == "country")
        assert top.feature_class == "country", name
    assert gazetteer.lookup("Moscou")[0].country_code == "RU"


def test_a_country_s_other_name_is_the_country_even_when_its_data_file_lacks_a_code(gazetteer: Gazetteer) -> None:
    text = "The junta in Burma moved the capital."
    (burma,) = resolve_places(text, spans_of(text, "Burma"), "en", gazetteer)
    assert burma.country_code == "MM" and burma.precision == "country"


def test_context_picks_the_town_in_the_countries_the_text_is_about(gazetteer: Gazetteer) -> None:
    text = "Kim est arrivé en Russie. Lors d'une escale à Khasan, il a salué la Russie."
    places = resolve_places(text, spans_of(text, "Russie", "Khasan"), "fr", gazetteer)
    khasan = next(p for p in places if p.text == "Khasan")
    assert khasan.country_code == "RU"
    assert khasan.alternatives, "the rejected readings are kept for the analyst"


def test_an_unknown_landmark_falls_back_to_the_region_the_text_puts_it_in(gazetteer: Gazetteer) -> None:
    text = "Ils se sont vus au cosmodrome de Vostochny, dans la région de l'Amour, en Russie."
    places = resolve_places(text, spans_of(text, "Vostochny", "Amour", "Russie"), "fr", gazetteer)
    landmark = places[0]
    region = places[1]
    assert region.feature_class == "region" and region.country_code == "RU"
    assert landmark.precision == "region"
    assert haversine_km(landmark.lat, landmark.lon, region.lat, region.lon) < 1
    assert "Amour" in landmark.reason


def test_one_name_gets_one_reading_across_the_document(gazetteer: Gazetteer) -> None:
    text = "Paris, Texas, is small. Paris was quiet. Later, in Paris, the mayor spoke."
    places = resolve_places(text, spans_of(text, "Paris", "Texas"), "en", gazetteer)
    readings = {(p.lat, p.lon) for p in places if p.text == "Paris"}
    assert len(readings) == 1


def test_a_name_with_no_good_reading_is_left_for_the_analyst(gazetteer: Gazetteer) -> None:
    text = "Xqzzyville was quiet."
    (place,) = resolve_places(text, [(0, 10)], "en", gazetteer)
    assert place.precision == "unresolved" and place.lat is None


def test_the_gazetteer_is_a_geopy_geocoder(gazetteer: Gazetteer) -> None:
    location = OfflineGazetteer(gazetteer).geocode("Berlin")
    assert location is not None and location.raw["country_code"] == "DE"
    assert abs(location.latitude - 52.5) < 0.5


def test_a_missing_gazetteer_says_how_to_build_it(tmp_path: Path) -> None:
    with pytest.raises(GazetteerMissing, match="python -m geocoding build"):
        Gazetteer(tmp_path / "none.sqlite")


def test_resolve_command_reads_spans_and_reports_bad_lines(capsys: pytest.CaptureFixture) -> None:
    good = json.dumps({"id": "d1", "text": "She flew to Berlin.", "toponyms": [{"start": 12, "end": 18}]})
    out = __import__("io").StringIO()
    failures = resolve_lines([good, "{oops"], out)
    assert failures == 1
    assert "line 2" in capsys.readouterr().err
    (line,) = [json.loads(x) for x in out.getvalue().splitlines()]
    assert line["id"] == "d1" and line["places"][0]["country_code"] == "DE"


def test_dotted_and_postal_abbreviations_find_their_places(gazetteer: Gazetteer) -> None:
    assert fold("U.S.") == fold("US") == "us"
    assert any(c.country_code == "US" and c.feature_class == "country" for c in gazetteer.lookup("U.S."))
    assert any(c.name == "West Virginia" and c.feature_class == "region" for c in gazetteer.lookup("W.Va."))
    assert any(c.name == "California" for c in gazetteer.lookup("Calif."))


def test_canadian_and_australian_province_abbreviations_find_their_provinces(gazetteer: Gazetteer) -> None:
    assert any(c.name == "Ontario" and c.feature_class == "region" for c in gazetteer.lookup("Ont."))
    assert any(c.name == "British Columbia" for c in gazetteer.lookup("B.C."))
    assert any(c.name == "New South Wales" for c in gazetteer.lookup("NSW"))
    text = "ST. JOHN'S, N.L. -- Ferries were cancelled across Newfoundland and Labrador."
    places = resolve_places(text, spans_of(text, "ST. JOHN'S", "N.L.", "Newfoundland and Labrador"), "en", gazetteer)
    assert [(p.name, p.country_code) for p in places[:2]] == [("St. John's", "CA"), ("Newfoundland and Labrador", "CA")]


def test_a_town_is_read_near_the_other_places_of_the_story(gazetteer: Gazetteer) -> None:
    text = "The fire spread from Gainesville to Ocala and Leesburg, in central Florida."
    places = resolve_places(text, spans_of(text, "Gainesville", "Ocala", "Leesburg", "Florida"), "en", gazetteer)
    gainesville = next(p for p in places if p.text == "Gainesville")
    florida = next(p for p in places if p.text == "Florida")
    assert haversine_km(gainesville.lat, gainesville.lon, florida.lat, florida.lon) < 300
    assert "km from" in gainesville.reason


def test_acronyms_name_countries_not_villages(gazetteer: Gazetteer) -> None:
    text = "The EU and the UK met in Brussels."
    places = resolve_places(text, spans_of(text, "EU", "UK", "Brussels"), "en", gazetteer)
    by_text = {p.text: p for p in places}
    assert by_text["UK"].country_code == "GB" and by_text["UK"].feature_class == "country"
    assert by_text["EU"].feature_class != "city"


def test_telephone_numbers_say_which_state_a_local_story_is_in(gazetteer: Gazetteer) -> None:
    from geocoding.phones import phone_regions

    text = "Tickets: (860) 828-7080 or 1-800-249-2250; the 2008-2009 season ends soon."
    assert phone_regions(text, gazetteer.area_code_region) == [("US", "CT")]
    assert gazetteer.area_code_region("800") is None  # toll-free rings nowhere
    story = "The Jordan volleyball program starts again. Players sign up by calling 952-492-4400."
    [place] = resolve_places(story, spans_of(story, "Jordan"), "en", gazetteer)
    assert (place.country_code, place.feature_class) == ("US", "city")
    assert "Minnesota, where its telephone numbers ring" in place.reason
    abroad = "Jordan closed its border with Syria, the ministry said."
    assert resolve_places(abroad, spans_of(abroad, "Jordan"), "en", gazetteer)[0].country_code == "JO"


def test_a_state_heading_an_agency_name_says_where_the_story_is(gazetteer: Gazetteer) -> None:
    from geocoding.home import states_named_outside

    text = "Albany police and Georgia Bureau of Investigation agents arrested an Albany man."
    spans = spans_of(text, "Albany")
    assert [state[:2] for state in states_named_outside(text, spans, gazetteer)] == [("US", "GA")]
    assert states_named_outside("Drilling near Washington Drive worried Virginia Madsen.", [], gazetteer) == []
    place = resolve_places(text, spans, "en", gazetteer)[0]
    assert (place.country_code, place.name) == ("US", "Albany") and "Georgia, which the text names" in place.reason


def test_a_name_set_in_capitals_is_not_an_acronym() -> None:
    from geocoding.mentions import is_acronym

    assert [is_acronym(name) for name in ("EU", "U.S.", "DPRK", "UAE")] == [True] * 4
    assert [is_acronym(name) for name in ("OMAHA", "HUME", "Omaha")] == [False] * 3


def test_a_dateline_names_a_town_even_when_a_country_shares_its_name(gazetteer: Gazetteer) -> None:
    from geocoding.features import feature_kind

    text = "Book sale opens. MALTA -- About 5,000 books fill the library, the county sheriff and village board said."
    assert feature_kind(text, *spans_of(text, "MALTA")[0]) == "city"
    assert feature_kind("BUTLER COUNTY -- The commissioners met.", 0, 13) == ""  # the name says county
    assert feature_kind("WASHINGTON (AP) -- Congress met.", 0, 10) == "city"
    [place] = resolve_places(text, spans_of(text, "MALTA"), "en", gazetteer)
    assert (place.feature_class, place.country_code) == ("city", "US")


def test_a_country_name_means_the_country_before_its_capital(gazetteer: Gazetteer) -> None:
    text = "Officials in Mexico said the border was calm."
    (place,) = resolve_places(text, spans_of(text, "Mexico"), "en", gazetteer)
    assert place.feature_class == "country" and place.country_code == "MX"


def test_feature_words_and_brackets_say_what_and_where_a_place_is(gazetteer: Gazetteer) -> None:
    text = "Les pluies ont touché la province de Pyongyang."
    (province,) = resolve_places(text, spans_of(text, "Pyongyang"), "fr", gazetteer)
    assert province.feature_class == "region" and "calls it a region" in province.reason
    text = "Un missile a été tiré depuis Sunan (Corée du Nord) mercredi."
    sunan, _ = resolve_places(text, spans_of(text, "Sunan", "Corée du Nord"), "fr", gazetteer)
    assert sunan.country_code == "KP" and "inside North Korea" in sunan.reason


def test_a_village_alias_does_not_vouch_for_itself(gazetteer: Gazetteer) -> None:
    text = "La Russie et la Corée du Nord défient l'Occident, disent les États-Unis."
    places = resolve_places(text, spans_of(text, "Russie", "Corée du Nord", "Occident", "États-Unis"), "fr", gazetteer)
    occident = next(p for p in places if p.text == "Occident")
    assert occident.precision == "unresolved" and occident.name == "" and occident.lat is None
    assert occident.alternatives, "the weak readings stay visible to the analyst"


def test_the_gazetteer_pass_finds_well_known_places_the_ner_missed(gazetteer: Gazetteer) -> None:
    from geocoding.spotter import spot_toponyms

    text = "Officials met on Saturday. Trade with Mexico and the United Arab Emirates grew, the PM said on TV."
    found = [text[s:e] for s, e in spot_toponyms(text, [], gazetteer=gazetteer)]
    assert "Mexico" in found and "United Arab Emirates" in found
    assert not {"Saturday", "PM", "TV", "Officials", "Trade"} & set(found)
    taken = [(text.index("Mexico"), text.index("Mexico") + 6)]
    assert "Mexico" not in [text[s:e] for s, e in spot_toponyms(text, taken, gazetteer=gazetteer)]


def test_us_counties_are_in_the_gazetteer_and_a_bare_county_name_is_an_alias(gazetteer: Gazetteer) -> None:
    counties = [c for c in gazetteer.lookup("Laurel County") if c.feature_class == "county"]
    assert counties and all(c.country_code == "US" and c.name_match == "name" for c in counties)
    kentucky = next(c for c in counties if c.admin1 == "KY")
    assert haversine_km(kentucky.lat, kentucky.lon, 37.11, -84.12) < 50  # London, Ky., its seat
    bare = [c for c in gazetteer.lookup("Laurel") if c.feature_class == "county"]
    assert bare and all(c.name_match == "alternate" for c in bare)


def test_a_county_and_a_town_named_together_are_read_as_the_pair_that_lies_together(gazetteer: Gazetteer) -> None:
    text = "Take a stroll around the Walker County Fairgrounds, a short drive from downtown Huntsville."
    places = resolve_places(text, spans_of(text, "Walker County", "Huntsville"), "en", gazetteer)
    county, town = places
    assert county.country_code == town.country_code == "US"
    assert haversine_km(county.lat, county.lon, town.lat, town.lon) < 30, (county, town)
    assert "from" in town.reason and county.precision == "region"


def test_places_inside_organisation_names_are_found(gazetteer: Gazetteer) -> None:
    from geocoding.spotter import embedded_toponyms

    text = "The Gainesville City Council thanked the University of Texas and the United Way."
    organisations = [spans_of(text, name)[0] for name in ("Gainesville City Council", "University of Texas", "United Way")]
    found = [text[s:e] for s, e in embedded_toponyms(text, organisations, set(), gazetteer)]
    assert found == ["Gainesville", "Texas"]


def test_a_city_an_organisation_name_locates_is_found(gazetteer: Gazetteer) -> None:
    from geocoding.spotter import embedded_toponyms

    text = "Un sit-in devant le ministère de l'Éducation à Rabat; the Ministry of Health in Accra; the Anglo Union."
    organisations = [spans_of(text, name)[0] for name in
                     ("ministère de l'Éducation à Rabat", "Ministry of Health in Accra", "Anglo Union")]
    found = [text[s:e] for s, e in embedded_toponyms(text, organisations, set(), gazetteer)]
    assert found == ["Rabat", "Accra"]


def test_a_name_the_article_calls_a_place_is_a_place_each_time_it_is_said() -> None:
    text = ("MANSFIELD -- The Mansfield Police Department said the Mansfield resident was held in Mansfield, Ohio. "
            "Alexandria police said an Alexandria woman was charged in Alexandria, Virginia.")
    places = analyze(Document(text=text, language="en", published="2009-03-24")).places
    assert [p.start for p in places if p.text.lower() == "mansfield"] == [0, 17, 54, 85]
    assert len([p for p in places if p.text == "Alexandria" and p.country_code == "US"]) == 3
    assert all(p.lat is not None for p in places)


def test_a_people_word_the_data_lacks_names_its_land_by_the_usual_rules(gazetteer: Gazetteer) -> None:
    text = "Palestinians marched in Ramallah while Abkhaz officials met Texan donors."
    spans = [spans_of(text, name)[0] for name in ("Palestinians", "Abkhaz", "Texan")]
    places = {p.text: p for p in resolve_places(text, spans, "en", gazetteer)}
    assert (places["Palestinians"].country_code, places["Palestinians"].feature_class) == ("PS", "country")
    assert (places["Abkhaz"].country_code, places["Abkhaz"].feature_class) == ("GE", "region")
    assert places["Texan"].name == "Texas"


def test_a_us_local_story_leans_to_us_namesakes_an_international_one_does_not(gazetteer: Gazetteer) -> None:
    from geocoding.home import home_country

    local = ("Paris City Council asked the city manager for a plan, and the county sheriff's deputies will "
             "patrol the fair, which costs $5.")
    assert home_country(local) == "US"
    [paris] = resolve_places(local, [spans_of(local, "Paris")[0]], "en", gazetteer)
    assert paris.country_code == "US"
    abroad = "The minister flew to Paris, where the summit will cost $5 million, officials in France said."
    assert home_country(abroad) is None
    paris_fr = resolve_places(abroad, [spans_of(abroad, "Paris")[0], spans_of(abroad, "France")[0]], "en", gazetteer)
    assert paris_fr[0].country_code == "FR"


def test_towns_lean_to_the_state_the_text_names_but_a_country_name_stays_a_country(gazetteer: Gazetteer) -> None:
    text = "Plans to extend Ohio 63 would open routes through Monroe. Italy and Ohio trade grain."
    places = {p.text: p for p in resolve_places(text, spans_of(text, "Ohio", "Monroe", "Italy"), "en", gazetteer)}
    assert "in Ohio, which the text names" in places["Monroe"].reason
    assert abs(places["Monroe"].lat - 39.44) < 0.5 and abs(places["Monroe"].lon + 84.36) < 0.5
    assert places["Italy"].feature_class == "country"


def test_a_list_of_towns_is_not_read_as_one_inside_the_next(gazetteer: Gazetteer) -> None:
    text = "The Chamber of Commerce serving Middletown, Trenton and Monroe backs the Ohio plan."
    places = resolve_places(text, spans_of(text, "Middletown", "Trenton", "Monroe", "Ohio"), "en", gazetteer)
    assert all("inside" not in p.reason for p in places)
    assert {p.text: p for p in places}["Middletown"].reason.count("Ohio") == 1
    state_pair = "She was pastor in Fort Worth, Texas, and Dallas."
    fort_worth = resolve_places(state_pair, spans_of(state_pair, "Fort Worth", "Texas", "Dallas"), "en", gazetteer)[0]
    assert "inside Texas" in fort_worth.reason


def test_abbreviated_mount_and_fort_find_their_places(gazetteer: Gazetteer) -> None:
    assert fold("Mt. Pleasant") == fold("Mount Pleasant") and fold("Ft. Worth") == fold("Fort Worth")
    assert any(c.admin1 == "IA" for c in gazetteer.lookup("Mt. Pleasant"))


def test_a_town_and_its_county_settle_together_instead_of_swapping_forever(gazetteer: Gazetteer) -> None:
    text = ("A Richmond man was charged after Richmond police say he struck a car. "
            "He was lodged in the Madison County Detention Center.")
    richmond, *_, county = resolve_places(text, spans_of(text, "Richmond", "Madison County"), "en", gazetteer)
    assert richmond.country_code == county.country_code == "US"
    assert haversine_km(richmond.lat, richmond.lon, county.lat, county.lon) < 40, (richmond, county)


def test_american_school_and_police_vocabulary_marks_a_us_local_story() -> None:
    from geocoding.home import home_country

    assert home_country("Deer Run Elementary School closed at 10 a.m., state police said.") == "US"
    assert home_country("The talks in Geneva resumed at 10 a.m. local time.") is None
    assert home_country("The state ethics panel fined him; the Parks and Recreation director resigned.") == "US"


def test_a_british_local_story_leans_to_british_namesakes(gazetteer: Gazetteer) -> None:
    from geocoding.home import home_country

    text = "Richmond residents will pay £1.40 for green sacks; the rise is unpopular across the borough, near Kew."
    assert home_country(text) == "GB"
    places = resolve_places(text, spans_of(text, "Richmond", "Kew"), "en", gazetteer)
    assert [p.country_code for p in places] == ["GB", "GB"]


def test_a_short_name_means_the_longer_one_the_text_gives_unless_it_is_a_state(gazetteer: Gazetteer) -> None:
    text = "Decatur and Avondale Estates plan to annex land; Avondale officials object. Kansas City and Kansas."
    places = {p.text: p for p in resolve_places(text, spans_of(text, "Decatur", "Avondale Estates", "Avondale",
                                                                 "Kansas City", "Kansas"), "en", gazetteer)}
    assert places["Avondale"].name == places["Avondale Estates"].name
    assert places["Kansas"].feature_class == "region" and places["Kansas City"].feature_class == "city"


def test_a_state_name_is_no_evidence_for_its_own_city_reading(gazetteer: Gazetteer) -> None:
    text = "She reported for the New York Daily News."
    [place] = resolve_places(text, spans_of(text, "New York"), "en", gazetteer)
    assert "which the text names" not in place.reason


def test_a_word_after_a_list_names_the_kind_of_every_place_in_it(gazetteer: Gazetteer) -> None:
    from geocoding.features import list_kinds

    text = "Jobless rates rose in the Clarke, Madison, Oconee and Oglethorpe counties of Georgia; Athens gained."
    names = ("Clarke", "Madison", "Oconee", "Oglethorpe", "Georgia", "Athens")
    spans = [spans_of(text, name)[0] for name in names]
    assert list_kinds(text, spans, ["", "", "", "region", "", ""]) == ["region"] * 4 + ["", ""]
    places = {p.text: p for p in resolve_places(text, spans, "en", gazetteer)}
    assert all(places[name].feature_class == "county" and places[name].country_code == "US" for name in names[:4])
    assert list_kinds("near the Otter Tail/Grant county line", [(9, 19), (20, 25)], ["", "region"]) == ["region"] * 2
    assert list_kinds("Paris, Lyon and Nice regions", [(0, 5), (7, 11), (16, 20)], ["", "", ""]) == ["", "", ""]


def test_canadian_civic_words_with_dollars_mark_a_canadian_local_story() -> None:
    from geocoding.home import home_country

    assert home_country("Councillors pushed a $160 million plan to make London a cargo hub.") == "CA"
    assert home_country("Councillors said the £2 charge would double across the borough.") == "GB"
    assert home_country("Oil rose to $80 as OPEC met; the centre-right labour minister was in favour.") is None
    bus = "The high school bus leaves at 7 a.m.; the sheriff said the children's behaviour is fine."
    assert home_country(bus) is None and home_country(bus.replace("behaviour", "behavior")) == "US"


def test_a_name_said_twice_does_not_vouch_for_its_own_country(gazetteer: Gazetteer) -> None:
    text = "Rain fell across north Georgia as storms reached metro Atlanta; Georgia reservoirs rose."
    georgia = resolve_places(text, spans_of(text, "Georgia", "Atlanta"), "en", gazetteer)[0]
    assert (georgia.country_code, georgia.feature_class) == ("US", "region")
    abroad = "Houston officials met Texas traders who ship soybeans to China."
    china = resolve_places(abroad, spans_of(abroad, "Houston", "Texas", "China"), "en", gazetteer)[-1]
    assert china.feature_class == "country" and china.country_code == "CN"


def test_towns_carry_the_codes_of_the_regions_the_text_may_name(gazetteer: Gazetteer) -> None:
    london = next(c for c in gazetteer.lookup("London") if c.country_code == "CA")
    ontario = next(c for c in gazetteer.lookup("Ontario") if c.feature_class == "region")
    assert london.admin1 == ontario.admin1 == "ON"
    text = "London city council rejected the clinic; the developers appealed to the Ontario Municipal Board."
    places = resolve_places(text, spans_of(text, "London", "Ontario"), "en", gazetteer)
    assert [p.country_code for p in places] == ["CA", "CA"]


def test_runner_up_readings_carry_their_scores_and_reasons(gazetteer: Gazetteer) -> None:
    text = "Terry Jolly, 60, Lebanon, was arrested in Boone County after a 5 p.m. traffic stop, the sheriff said."
    lebanon = resolve_places(text, spans_of(text, "Lebanon", "Boone County"), "en", gazetteer)[0]
    assert lebanon.alternatives and all(a.reason for a in lebanon.alternatives)
    scores = [a.score for a in lebanon.alternatives]
    assert scores == sorted(scores, reverse=True) and scores[0] > 0


def test_a_state_or_province_holding_the_towns_named_is_preferred_to_its_namesake_town(gazetteer: Gazetteer) -> None:
    text = "Toronto police said the storm crossed Ontario overnight, before it reached New York."
    places = {p.text: p for p in resolve_places(text, spans_of(text, "Toronto", "Ontario", "New York"), "en", gazetteer)}
    assert places["Ontario"].feature_class == "region" and "holds Toronto" in places["Ontario"].reason


def test_where_the_source_is_published_settles_its_towns_namesakes(gazetteer: Gazetteer) -> None:
    text = "COLUMBUS -- The Columbus Police Department said the message was a hoax."
    spans = spans_of(text, "COLUMBUS", "Columbus")
    plain = resolve_places(text, spans, "en", gazetteer)
    local = resolve_places(text, spans, "en", gazetteer, published_in="Columbus, Nebraska")
    assert [p.start for p in local] == [p.start for p in plain]  # the source's place adds no mention of its own
    assert all(haversine_km(p.lat, p.lon, 41.43, -97.37) < 20 for p in local)
    assert all(haversine_km(p.lat, p.lon, 41.43, -97.37) > 500 for p in plain)
    lines = [json.dumps({"id": "a", "text": text, "toponyms": [{"start": s, "end": e} for s, e in spans],
                         "published_in": "Columbus, Nebraska"})]
    out = io.StringIO()
    assert resolve_lines(lines, out) == 0
    assert all(abs(p["lat"] - 41.43) < 0.5 for p in json.loads(out.getvalue())["places"])


def test_an_article_the_ner_took_in_is_left_out_and_a_people_word_may_name_a_continent() -> None:
    text = "Diplomats expelled from the United States flew home, European officials said."
    places = {p.text: p for p in analyze(Document(text=text, language="en", published="2018-04-05")).places}
    assert places["United States"].country_code == "US"
    assert places["European"].feature_class == "continent"


def test_a_country_or_state_the_ner_took_for_a_person_or_organisation_is_a_place(gazetteer: Gazetteer) -> None:
    from geocoding.spotter import mislabelled_toponyms

    text = "Tamil Nadu and Mauritius signed; Tbilisi denied it; the ER was full; Lincoln spoke."
    entities = [spans_of(text, name)[0] for name in ("Tamil Nadu", "Mauritius", "Tbilisi", "ER", "Lincoln")]
    assert [text[s:e] for s, e in mislabelled_toponyms(text, entities, gazetteer)] == [
        "Tamil Nadu", "Mauritius", "Tbilisi"]
    person = "Michael Jordan scored 40 points. Jordan said the team was tired."
    places = analyze(Document(text=person, language="en", published="1998-06-14")).places
    assert not [p for p in places if p.text == "Jordan"]


def test_a_wire_storys_dateline_in_capitals_is_a_place_the_ner_missed(gazetteer: Gazetteer) -> None:
    from geocoding.spotter import dateline_toponym

    def read(text: str) -> str | None:
        span = dateline_toponym(text, gazetteer)
        return text[span[0]:span[1]] if span else None

    assert read("BUFFALO, N.Y. (AP) --\n\nAn abortion foe was charged.") == "BUFFALO"
    assert read("HAVANA (AP) -- Tens of thousands marched.") == "HAVANA"
    assert read("MARSEILLE._ Les retrouvailles de l'OM.") == "MARSEILLE"
    assert read("DAR ES SALAAM, Tanzania (AP) _ Police said.") == "DAR ES SALAAM"
    assert read("Rythmes aménagés.\nLa municipalité a présenté.") is None, "no capitals, no dateline"
    assert read("UPDATED: 5 May") is None and read("ZZXQV (AP) -- Text.") is None, "a name the gazetteer lacks"
    assert read("Des centaines d'arrestations\n\nMOSCOU (AFP) — Plus de 400 personnes.") == "MOSCOU", "below a title"
    assert read("Publié le 26 août 2024\nA title\n\nPARIS (AFP) - Text.") == "PARIS", "below a date line and a title"
    assert read("One\nTwo\nThree\nFour\n\nPARIS (AFP) - Text.") is None, "below three short lines at most"
    assert read(f"{'A long paragraph of the story. ' * 8}\n\nPARIS (AFP) - Text.") is None, "not below a paragraph"


def test_a_compound_name_splits_only_into_well_known_places(gazetteer: Gazetteer) -> None:
    def read(text: str, name: str) -> list[tuple[str, str]]:
        return [(p.text, p.name) for p in resolve_places(text, spans_of(text, name), "fr", gazetteer) if p.resolved]

    assert [t for t, _ in read("La ligne Moscou-Pyongyang est rouverte.", "Moscou-Pyongyang")] == ["Moscou", "Pyongyang"]
    assert read("Elle est décédée à l'hôpital de Nancy-Brabois.", "Nancy-Brabois") == [("Nancy", "Nancy")]
    assert read("Ils ont présenté le contrat au centre Jean-Moulin.", "Jean-Moulin") == [], "a man's name, no town"


def test_a_place_name_the_ner_cut_at_a_hyphen_is_read_whole() -> None:
    analysis = analyze(Document(text="Wagner fighters seized Rostov-on-Don on Saturday.", language="en",
                                published="2023-06-24"))
    assert [(p.text, p.country_code) for p in analysis.places] == [("Rostov-on-Don", "RU")]
    (event,) = analysis.events
    assert event.place.name == "Rostov-on-Don"


def test_a_big_city_named_like_its_region_is_the_city(gazetteer: Gazetteer) -> None:
    def read(text: str, name: str) -> tuple[str, str]:
        (place,) = resolve_places(text, spans_of(text, name), "fr", gazetteer)
        return place.name, place.precision

    assert read("Le séisme a été ressenti à Marrakech.", "Marrakech") == ("Marrakesh", "exact")
    assert read("Les manifestants se sont rassemblés au Caire.", "Caire")[1] == "exact"
    assert read("Le gouverneur de l'État de New York a parlé.", "New York")[1] == "region", "the state's own name"


def test_a_town_in_its_department_is_the_town_whatever_level_the_codes_are_of(gazetteer: Gazetteer) -> None:
    text = "Le train se trouvait à 15 km au nord d'Angers (Maine-et-Loire)."
    angers = resolve_places(text, spans_of(text, "Angers", "Maine-et-Loire"), "fr", gazetteer)[0]
    assert angers.name == "Angers" and angers.precision == "exact"


@pytest.mark.parametrize("text, regions", [
    ("Call the tip line at (404) 555-0199 or 1-770-555-0123.", [("US", "GA")]),
    ("In 2023, 1,234 people fled; 555-12 is no number, nor is 4045550199.", []),
])
def test_a_text_rings_in_the_states_of_its_telephone_numbers_only(text: str, regions: list[tuple[str, str]],
                                                                    gazetteer: Gazetteer) -> None:
    from geocoding.phones import phone_regions

    assert phone_regions(text, gazetteer.area_code_region) == regions
