"""The words that describe a place next to its name: an apposition that says what it is and where it lies ('Djibo, a
town in Burkina Faso', 'Walikale, une ville minière du Nord-Kivu')."""
from __future__ import annotations

import re

from core.placelex import article, either, fragments, genitive, spaced

WORD = r"[^\W\d_][\w'’-]*"  # one word of a description ('small', 'minière'), never a number
# ', a (small) town (...) in', ', une ville minière du', ", un village de l'État de": the description and its link
DESCRIPTION = (rf",\s+(?:{either('description_articles')})\s+(?:{WORD}\s+){{0,2}}?"
               rf"(?:{either('described_place_words')})(?:\s+{WORD}){{0,2}}?\s+"
               rf"(?:{spaced(fragments('description_links'))}){article()}"
               rf"(?:(?i:{either('feature_words.region')})\s+{genitive()}?{article()})?")
# ' village (Kebbi state, Nigeria)': a settlement's word after a name, then a bracket of names placing it
SETTLEMENT_BRACKET = rf"\s+(?:{either('words_after.city')})\s*\("
# "Burkina Faso's ": the wider place owning the one named next, in a possessive
OWNER = rf"(?:[A-ZÀ-Ý][\w-]*\s+){{0,2}}[A-ZÀ-Ý][\w-]*(?:{either('possessives')})\s+"
DESCRIBED_LINK = re.compile(rf"\s*{DESCRIPTION}(?:{OWNER})?|{SETTLEMENT_BRACKET}")
DESCRIBED_NAME = re.compile(rf"(?:{DESCRIPTION}|{SETTLEMENT_BRACKET})(?=[A-ZÀ-Ý])")
# ', a volcano in', ', un volcan du', ', an active volcano,': an apposition calling the name a landform (not 'Lesotho, a
# mountain kingdom')
LANDFORM_APPOSITION = re.compile(rf",\s+(?:{either('description_articles')})\s+(?:{WORD}\s+){{0,2}}?"
                                 rf"(?:{either('landform_words')})"
                                 rf"(?=\s*[,.;)]|\s+(?:{spaced(fragments('description_links'))}))")


def describes_place(between: str) -> bool:
    """Whether the words between two names describe the first as a place lying in or near the second ('Djibo, a
    town in Burkina Faso', "Djibo, a town in Burkina Faso's Soum", 'Kuchi, a village near Gusau', 'Walikale, une ville
    minière du Nord-Kivu', 'Katari village (Kebbi')."""
    return bool(DESCRIBED_LINK.fullmatch(between))


def described_as_place(text: str, end: int) -> bool:
    """Whether a name is followed by a description that calls it a place in or near a named one ('Zorbak, a village
    in Zamfara state', 'Katari village (Kebbi state, Nigeria)') or a landform ('Merapi, a volcano'): a place,
    whatever the NER says."""
    return bool(DESCRIBED_NAME.match(text, end)) or described_as_landform(text, end)


def described_as_landform(text: str, end: int) -> bool:
    """Whether a name is followed by an apposition that calls it a landform ('Merapi, a volcano in Central Java', 'le
    Merapi, un volcan du centre de Java')."""
    return bool(LANDFORM_APPOSITION.match(text, end))


INSTITUTION = rf"(?i:\b(?:{either('institution_words')}))"
INSTITUTION_WORD = re.compile(rf"{INSTITUTION}(?![\w'’-])")
NAME_WORDS = r"[A-ZÀ-Ý][\w'’-]*(?:\s+[A-ZÀ-Ý][\w'’-]*){0,2}"  # a name of up to three capitalised words
TOWN_LINK = rf"(?:{spaced(fragments('town_genitives'))}|(?:{either('containment_prepositions')})\s+)"
# 'Federal University Gusau', 'Nasser Hospital in Khan Younis', "hôpital al-Chifa de Gaza": the town ends the name
INSTITUTION_TOWN = re.compile(rf"{INSTITUTION}(?:\s+[\w'’-]+){{0,3}}?\s+{TOWN_LINK}?(?P<town>{NAME_WORDS})$")
# "Gusau's Federal University": the town's possessive opens it
TOWN_INSTITUTION = re.compile(rf"(?P<town>{NAME_WORDS}?)(?:{either('possessives')})\s+"
                              rf"(?:[A-ZÀ-Ý][\w'’-]*\s+){{0,2}}{INSTITUTION}")

# ' Hospital in ', ' University of ': what follows an institution's own name before the town it stands in
INSTITUTION_BEFORE_TOWN = re.compile(rf"\s+(?:[A-ZÀ-Ý][\w'’-]*\s+){{0,2}}{INSTITUTION}\s+{TOWN_LINK}{article()}")


def names_institution(between: str) -> bool:
    """Whether the words between two names make the first an institution's own name and the second the town it
    stands in ('Lincoln Hospital in Gusau': Lincoln is no place)."""
    return bool(INSTITUTION_BEFORE_TOWN.fullmatch(between))


def institution_towns(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of the names that may be the town an institution's name says it stands in: the words ending it
    after an institution word, longest first ('Federal University Gusau' -> 'Gusau'), or the possessive opening it
    ("Gusau's Federal University" -> 'Gusau', the institution's name maybe running on after the entity)."""
    owned = TOWN_INSTITUTION.match(text, start)
    if owned and owned.end("town") <= end:
        return [owned.span("town")]
    found = INSTITUTION_TOWN.search(text, start, end)
    if not found:
        return []
    town_start, town_end = found.span("town")
    starts = [town_start, *(town_start + m.end() for m in re.finditer(r"\S+\s+", text[town_start:town_end]))]
    return [(s, town_end) for s in starts if not INSTITUTION_WORD.match(text, s)]  # 'Teaching Hospital' is none
