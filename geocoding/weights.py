"""The weights the resolver adds to a reading's prior, in one place, each with why it has its value.

A reading starts from its prior (geocoding.mentions.prior): up to 1.0, a place's size on a log scale
(log10(population + 10) / SIZE_DIGITS: a town of 1,000 is 0.43, a city of a million 0.86) or its class's prior (the
first weights below).
Every weight below is on that scale; the commit that set or last moved each value is named after it.
"""
from __future__ import annotations

from geocoding.areas import PHYSICAL_CLASSES

# A place's size prior reaches the whole range (1.0) at ten million people, 10 ** SIZE_DIGITS: the world's biggest
# cities are named most, and a town of about 1,400 people scores MIN_SCORE (9e6efb1).
SIZE_DIGITS = 7
# The prior of a name's reading where no population speaks, by its class: a country's own name is the country before
# all else (1.0, the size of a city of ten million); a continent 0.9, and a sea's, a range's or a macro-region's name
# as much, as it is rarely a town's ('in the Black Sea', 'the Atlas'), yet 'Niger' is the country before the river
# unless the words say river (04e93b3); a first-level region 0.8, the size of a city of about 400,000, so a big city
# named like its region competes with it and the words decide (4993aeb); a county 0.6, the size of a town of about
# 16,000: a bare 'Laurel' is the town before the county (72da543).
CLASS_PRIOR = {"country": 1.0, "continent": 0.9, "region": 0.8, "county": 0.6, **dict.fromkeys(PHYSICAL_CLASSES, 0.9)}
# Regions of one name in several countries ('Florida': the US state, a Uruguayan department, a Puerto Rican
# municipality) are told apart by their country's people: a millionth of the prior range at most, so it only breaks
# what would be a tie (a hundredth took 'Nice' in LGL to Ntchisi, Malawi, a region listed under that name).
REGION_COUNTRY_FAME = 0.000001
# A country's fame grows with its people on a log scale: a country of a billion (10 ** 9) has it all.
COUNTRY_FAME_DIGITS = 9
# Another name of a place is meant far less often than its own: a small place's alias keeps 0.3 of its prior (a town
# of 10,000 under an alias scores 0.17, under MIN_SCORE), and so does a county named without 'County' (9e6efb1).
ALTERNATE_NAME_DISCOUNT = 0.3
# The other names of a city of a million or of a capital are its names abroad ('Port-d'Espagne', 'Moscou'): they keep
# three quarters of its prior, so a country named so (1.0) still comes first, 'Mexico' before Mexico City (ee7bc4a).
MAJOR_ALIAS_DISCOUNT = 0.75
# An alias's share of its prior grows with its place's fame, on a log scale of population: from
# ALTERNATE_NAME_DISCOUNT at 10,000 people (10 ** 4) to MAJOR_ALIAS_DISCOUNT at a million (10 ** 6), as a big city's
# other names are its names abroad and a village's are rarely meant (ee7bc4a).
ALIAS_FAME_DIGITS = (4, 6)
# A containing place named beside the name ('Paris, Texas', 'Vostochny, Amur'): the text says where it is, so
# this outweighs the whole range of priors (1.0): no difference of size overrules an explicit container (9e6efb1).
CONTAINER_BONUS = 1.5
# The name's own words say what it is ('the Red Sea', 'Lake Chad'): as much as the whole prior range, so the sea
# beats the bigger state named after it, yet less than an explicit container (5aecf8a).
PHYSICAL_WORD_BONUS = 1.0
# A feature word before the name ('la province de X', 'the city of X', 'cosmodrome de X'): half the prior range,
# enough to pick the kind of place the text names among namesakes of one size class (82c09cf).
FEATURE_BONUS = 0.5
# A reading in a country the text's places lie in: a floor for being there at all, plus a share for how much of
# the text is there; at most 0.65, under the physical-word bonus, so a story's country never makes a sea a village
# (4993aeb).
FOCUS_BONUS, FOCUS_WEIGHT = 0.15, 0.5
# A town or county in a state the text names, by that state's share: counted once, through the focus, not again
# as a neighbour; 0.2 -> 0.3 took 'Denver-based' beside Indiana to Denver, Colorado (2ea6985, GWN 0.764 -> 0.765).
REGION_FOCUS_WEIGHT = 0.3
# A big city named like the region around it ('Marrakech', 'Le Caire', 'Tbilisi'): enough for the city to outrank
# the region's own name, whose class prior (0.8) is near a big city's size (14089da); a bigger namesake city abroad
# gets it too, as it is no less known ('Saida' of a Lebanon story: Sidon, not the seat of Saïda province, Algeria).
REGION_SEAT_BONUS = 0.25
# A region named like the big city inside it, where the words use the name as a town ('in New York', 'à Fès', a
# dateline): as much as a feature word, since a preposition of place or a dateline is one for a town; taken off the
# region only, so 'New York' the city (listed under it as an alias, prior 0.74) outweighs the state (0.8) and a
# small town's nearness, while a namesake town abroad ('in Alexandria', Virginia) loses nothing (f5af59e).
TOWN_USE_PENALTY = 0.5
# A country's capital (the biggest town of the capital's name in its country): a tenth of the prior range, so a capital
# of 200,000 ('Sucre', 'Porto-Novo') outranks a region of its name abroad (0.8) and a tiny capital ('Vatican City',
# 800 people) clears MIN_SCORE, while a big namesake elsewhere ('Victoria', British Columbia) keeps its size (630e3dd).
CAPITAL_BONUS = 0.1
# What makes a city a region's seat: big enough to be known abroad, and within a large region's reach of its
# centre (14089da).
REGION_SEAT_POPULATION, REGION_SEAT_KM = 100_000, 150.0
# Nearness to the other places a text names, scaled by how close (1.0 beside, fading with distance): half the
# prior range, so a story's towns pull each other to the cluster they form; reasons name a neighbour only within
# 300 km, a day's drive (8ccc981).
NEARBY_WEIGHT, NEARBY_KM = 0.5, 300.0
# Another reading of a name vouches for a neighbour, by its prior, only this close: a town and the county of the
# same name lie together, two namesakes 30 km apart rarely both (a8c533a).
NAMESAKE_KM = 30.0
# A local paper's country (from its civic words, spellings, dateline) counts as if two of its places were named:
# a lone 'Paris' in a US local story leans to a US namesake while a place named abroad still wins
# (001a00a, LGL resolution 0.847 -> 0.854).
HOME_WEIGHT = 2
# Below this the best reading is a guess, left to the analyst: the prior of a town of about 1,400 people, so a lone
# small town is read when nothing speaks against it; 0.5 -> 0.45 (a19b00b, LGL 0.885 -> 0.886, end to end unchanged).
MIN_SCORE = 0.45
# A name only the online geocoder could place: it answers the bare name without the story's context, so its
# reading is trusted less than one the text supports, yet kept above MIN_SCORE (5d16833).
ONLINE_CONFIDENCE = 0.7
