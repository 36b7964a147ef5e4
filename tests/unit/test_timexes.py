"""The time tagger: spans, TIMEX3 types and values, resolved against the document date."""
from __future__ import annotations

import datetime as dt

import pytest

from core import timelex as lex
from core.timevalues import interval_of
from extractors.docdate import dated_by_dateline, dated_by_publication_line, infer_document_date
from extractors.timeanchor import Context
from extractors.timecalendar import weekday_value
from extractors.timeliteral import every_value
from extractors.timepatterns import Match
from extractors.timewords import unit_of
from extractors.timexes import tag_timexes

WEDNESDAY = dt.date(2023, 9, 13)


# The cases below follow each language's TimeBank, so they are tagged with its corpus's profile.
CORPUS_PROFILE = {"en": "timeml-timebank", "fr": "timeml-fr-timebank"}


def tagged(text: str, language: str, anchor: dt.date | None = WEDNESDAY) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in tag_timexes(text, language, anchor, CORPUS_PROFILE[language])]


FRENCH = [
    ("Il est arrivé mardi à Moscou.", ("mardi", "DATE", "2023-09-12")),
    ("Ils se verront jeudi prochain.", ("jeudi prochain", "DATE", "2023-09-14")),
    ("Il a parlé le 13 septembre.", ("le 13 septembre", "DATE", "2023-09-13")),
    ("Elle est née le 1er mai 1990.", ("le 1er mai 1990", "DATE", "1990-05-01")),
    ("Les tirs ont eu lieu mercredi matin.", ("mercredi matin", "TIME", "2023-09-13TMO")),
    ("Les discussions ont duré quatre heures.", ("quatre heures", "DURATION", "PT4H")),
    ("Après plus de 18 mois de guerre.", ("plus de 18 mois", "DURATION", "P18M")),
    ("Deux essais cette année.", ("cette année", "DATE", "2023")),
    ("Il s'est rendu à Pyongyang en juillet.", ("juillet", "DATE", "2023-07")),
    ("C'était il y a trois ans.", ("il y a trois ans", "DATE", "2020")),
    ("La réunion a lieu chaque année.", ("chaque année", "SET", "P1Y")),
    ("Au début des années 60, tout a changé.", ("début des années 60", "DATE", "196X")),
    ("Les prix ont doublé les trois derniers mois.", ("les trois derniers mois", "DURATION", "P3M")),
    ("Le traité a été signé le 20 novembre.", ("le 20 novembre", "DATE", "2022-11-20")),
    ("Il partira le 1er septembre prochain.", ("le 1er septembre prochain", "DATE", "2024-09-01")),
    ("Le contrat date du 10 novembre 93.", ("10 novembre 93", "DATE", "1993-11-10")),
]
ENGLISH = [
    ("The leaders met on Tuesday.", ("Tuesday", "DATE", "2023-09-12")),
    ("They will meet on Friday.", ("Friday", "DATE", "2023-09-15")),
    ("It happened on September 13, 2023.", ("September 13, 2023", "DATE", "2023-09-13")),
    ("Sales fell last year.", ("last year", "DATE", "2022")),
    ("Two weeks ago the plant closed.", ("Two weeks ago", "DATE", "2023-W35")),
    ("The talks lasted three hours.", ("three hours", "DURATION", "PT3H")),
    ("Missiles were fired at 11:43 a.m.", ("11:43 a.m.", "TIME", "2023-09-13T11:43")),
    ("The market is open every Monday.", ("every Monday", "SET", "XXXX-WXX-1")),
    ("Prices rose in the 1990s.", ("the 1990s", "DATE", "199")),
    ("Prices are now falling.", ("now", "DATE", "PRESENT_REF")),
    ("Prices fell over the past two months.", ("the past two months", "DURATION", "P2M")),
    ("Profit rose in the 2022 third quarter.", ("the 2022 third quarter", "DATE", "2022-Q3")),
    ("Profit rose from the year-ago second quarter.", ("the year-ago second quarter", "DATE", "2022-Q2")),
    ("Orders grew in next year's first quarter.", ("next year's first quarter", "DATE", "2024-Q1")),
    ("The editorial of Sunday, September 10 said so.", ("Sunday, September 10", "DATE", "2023-09-10")),
    ("The boy must be returned by Jan. 14.", ("Jan. 14", "DATE", "2024-01-14")),
    ("Sites were opened as laid down by the Sept. 1 accord.", ("Sept. 1", "DATE", "2023-09-01")),
]


@pytest.mark.parametrize(("language", "text", "expected"),
                         [("fr", *case) for case in FRENCH] + [("en", *case) for case in ENGLISH])
def test_expressions(language: str, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in tagged(text, language)


def test_clock_time_takes_the_day_named_in_its_sentence() -> None:
    result = tagged("Le 2 septembre, deux missiles ont été tirés entre 11 h 43 et 11 h 53.", "fr")
    assert ("11 h 43", "TIME", "2023-09-02T11:43") in result


def test_words_that_only_look_like_dates_are_left_alone() -> None:
    assert tagged("Elle a été vue avec son frère, il a dit ça.", "fr") == []
    assert tagged("May I come? He marched 1500 km.", "en") == []


def test_a_month_abbreviation_that_is_a_number_is_counted_after_a_preposition() -> None:
    """'à une profondeur de sept kilomètres' counts seven; 'en sept 2023' and 'de mars' are months."""
    assert tagged("Le séisme, à une profondeur de sept kilomètres, a frappé.", "fr") == []
    assert tagged("Ils sont partis en sept 2023, depuis mars.", "fr") == [
        ("sept 2023", "DATE", "2023-09"), ("mars", "DATE", "2023-03")]


def test_without_a_document_date_relative_values_stay_unknown() -> None:
    result = tag_timexes("Il est arrivé mardi.", "fr", None)
    assert [(t.value, t.anchor, t.interval_start) for t in result] == [("XXXX-WXX-2", "none", None)]


def test_intervals_follow_the_precision_of_the_value() -> None:
    assert interval_of("2023-09-13") == ("2023-09-13T00:00", "2023-09-14T00:00", "day")
    assert interval_of("2023-W37") == ("2023-09-11T00:00", "2023-09-18T00:00", "week")
    assert interval_of("2023-09-13TMO") == ("2023-09-13T06:00", "2023-09-13T12:00", "part_of_day")
    assert interval_of("2023-12") == ("2023-12-01T00:00", "2024-01-01T00:00", "month")
    assert interval_of("199") == ("1990-01-01T00:00", "2000-01-01T00:00", "decade")
    assert interval_of("1989-H2") == ("1989-07-01T00:00", "1990-01-01T00:00", "half")
    assert interval_of("19") == ("1900-01-01T00:00", "2000-01-01T00:00", "century")
    assert interval_of("18XX") == ("1800-01-01T00:00", "1900-01-01T00:00", "century")
    assert interval_of("PT4H") == (None, None, "")


def test_document_date_is_read_from_the_head_of_the_article() -> None:
    text = "MOSCOU, 13 septembre 2023 — Vladimir Poutine a reçu mercredi Kim Jong Un."
    assert infer_document_date(text, "fr") == dt.date(2023, 9, 13)
    assert infer_document_date("Kim est arrivé mardi.", "fr") is None


def test_a_weekday_follows_the_tense_of_its_own_clause() -> None:
    said_future = "Officials said the ministers will meet again next month, after talks ended on Monday."
    assert ("Monday", "DATE", "2023-09-11") in tagged(said_future, "en")
    assert ("Friday", "DATE", "2023-09-15") in tagged("On Friday, the leaders will sign the deal.", "en")


def test_a_month_without_year_prefers_the_past_on_a_tie() -> None:
    may = dt.date(1999, 5, 6)
    assert ("November", "DATE", "1998-11") in tagged("Elections were held in November.", "en", may)


def test_a_yearless_date_looks_back_unless_it_is_a_few_months_ahead() -> None:
    october = dt.date(1989, 10, 30)
    assert ("March", "DATE", "1989-03") in tagged("The chairman resigned in March.", "en", october)
    assert ("March 31", "DATE", "1989-03-31") in tagged("Revenue for the year ended March 31 rose.", "en", october)
    assert ("January", "DATE", "1990-01") in tagged("The merger closes in January.", "en", october)


def test_a_first_plan_s_date_is_read_without_the_plan_s_tense() -> None:
    march = dt.date(2024, 3, 25)
    assert ("le 25 février", "DATE", "2024-02-25") in tagged(
        "L'élection, initialement prévue le 25 février, a été reportée.", "fr", march)
    assert ("le 25 février", "DATE", "2025-02-25") in tagged("L'élection est prévue le 25 février.", "fr", march)


def test_a_span_before_later_or_before_is_a_duration_without_the_signal_word() -> None:
    october = dt.date(1989, 10, 30)
    assert ("Three days", "DURATION", "P3D") in tagged("Three days later, the index fell.", "en", october)
    assert ("at least 30 days", "DURATION", "P30D") in tagged("Banks must wait at least 30 days before closing.",
                                                               "en", october)
    assert ("a year earlier", "DATE", "1988") in tagged("Sales rose 5% from a year earlier.", "en", october)


def test_business_quarters_and_frequencies() -> None:
    november = dt.date(1989, 11, 2)
    assert ("third-quarter", "DATE", "1989-Q3") in tagged("The third-quarter results fell.", "en", november)
    assert ("the quarter", "DATE", "1989-Q3") in tagged("Profit rose 5% in the quarter.", "en", november)
    assert ("This quarter", "DATE", "1989-Q4") in tagged("This quarter looks weak.", "en", november)
    assert ("daily", "SET", "P1D") in tagged("The paper is published daily.", "en", november)
    assert tagged("A 6-year-old boy was found.", "en", november) == []


def test_ages_are_not_durations_but_spans_of_time_are() -> None:
    assert tagged("Un homme de 20 ans a été arrêté.", "fr") == []
    assert tagged("Pierre Dupont, 54 ans, a témoigné.", "fr") == []
    assert ("20 ans", "DURATION", "P20Y") in tagged("Il a attendu 20 ans.", "fr")
    assert ("quatre heures", "DURATION", "PT4H") in tagged("Les discussions ont duré quatre heures, a-t-il dit.", "fr")


def test_year_phrases_and_french_references() -> None:
    assert ("l'année 2001", "DATE", "2001") in tagged("Il reviendra dans l'année 2001.", "fr")
    assert ("actuel", "TIME", "PRESENT_REF") in tagged("Le gouvernement actuel hésite.", "fr")
    assert ("annuel", "SET", "P1Y") in tagged("Le salon annuel ouvre.", "fr")


def test_a_weekday_and_a_day_without_year_pin_the_document_date() -> None:
    today = dt.date(2026, 11, 24)
    text = "Poutine a parlé mercredi au cosmodrome. Ils se sont serré la main le 13 septembre."
    assert infer_document_date(text, "fr", today) == dt.date(2023, 9, 13)
    assert infer_document_date("They met on Wednesday, September 13.", "en", today) == dt.date(2023, 9, 13)
    assert infer_document_date("Le 13 septembre, il est parti.", "fr", today) is None


def test_of_weekdays_named_with_a_dateline_s_day_the_latest_year_they_allow_wins() -> None:
    """The lead's 'early on Thursday' is the day before the filing day: 4 October was a Friday in 2024, a Thursday
    in 2018."""
    text = ("PORT-AU-PRINCE, Haiti, Oct 4 (Reuters) - Gang members opened fire early on Thursday, killing 70 people, "
            "the United Nations said on Friday.")
    assert infer_document_date(text, "en", dt.date(2026, 11, 24)) == dt.date(2024, 10, 4)


def test_shifted_expressions_count_from_the_document_date() -> None:
    assert ("almost four years ago", "DATE", "2019") in tagged("It began almost four years ago.", "en")
    assert ("a year", "DURATION", "P1Y") in tagged("The plant reopened a year later.", "en")
    assert ("last November", "DATE", "2022-11") in tagged("Prices fell last November.", "en")
    assert ("juin prochain", "DATE", "2024-06") in tagged("Le scrutin aura lieu en juin prochain.", "fr")
    assert ("le 6 mai dernier", "DATE", "2023-05-06") in tagged("Il est parti le 6 mai dernier.", "fr")


def test_a_year_ago_in_a_story_about_a_quarter_is_that_quarter_a_year_before() -> None:
    november = dt.date(1989, 11, 2)
    text = "Net income rose 5% in the third quarter. Sales were flat compared with a year ago."
    assert ("a year ago", "DATE", "1988-Q3") in tagged(text, "en", november)
    assert ("a year ago", "DATE", "1988") in tagged("Sales were flat compared with a year ago.", "en", november)


def test_parts_of_day_and_clock_times_fall_on_the_day_the_story_is_at() -> None:
    story = ("Le 24 mars, elle avait passé la soirée et la nuit chez un ami. La police est arrivée à 18 h 55. "
             "Le lendemain matin, il s'est échappé. Hier en début d'après-midi, un homme a été heurté.")
    found = tagged(story, "fr", dt.date(2002, 4, 2))
    assert ("la soirée", "TIME", "2002-03-24TEV") in found and ("la nuit", "TIME", "2002-03-24TNI") in found
    assert ("18 h 55", "TIME", "2002-03-24T18:55") in found, "the clock time of a later sentence keeps the story's day"
    assert ("Le lendemain matin", "TIME", "2002-03-25TMO") in found
    assert ("Hier en début d'après-midi", "TIME", "2002-04-01TAF") in found
    last_night = tagged("Il a passé la nuit dernière dehors.", "fr", dt.date(2002, 4, 2))
    assert not any(text == "la nuit" for text, _, _ in last_night)


@pytest.mark.parametrize("story, language, word", [
    ("They marched on March 3. The next day, police arrested the organisers.", "en", "The next day"),
    ("Ils ont défilé le 3 mars. Le jour suivant, la police a arrêté les organisateurs.", "fr", "Le jour suivant"),
])
def test_the_next_day_is_the_day_after_the_story_s_day(story: str, language: str, word: str) -> None:
    assert (word, "DATE", "2023-03-04") in tagged(story, language, dt.date(2023, 7, 27))
    assert ("next day", "DATE", "2023-07-28") in tagged("They will march next day.", "en", dt.date(2023, 7, 27))


@pytest.mark.parametrize("story, language, word", [
    ("Des militaires ont pris le pouvoir mercredi soir. Plus tôt dans la journée, la foule s'était rassemblée.",
     "fr", "la journée"),
])
def test_earlier_in_the_day_is_the_story_s_day(story: str, language: str, word: str) -> None:
    assert (word, "DATE", "2023-07-26") in tagged(story, language, dt.date(2023, 7, 27))


def test_french_ages_newspapers_and_clock_times_of_relative_days() -> None:
    assert tagged("Un chauffeur de bus de 38 ans a été pris à partie.", "fr") == []
    assert tagged("Des ateliers pour les enfants de 2 à 8 ans.", "fr") == []
    assert ("2 ans", "DURATION", "P2Y") in tagged("Ils ont écopé d'une peine de 2 ans de prison.", "fr")
    assert ("plus de vingt ans", "DURATION", "P20Y") in tagged("Leur association durera plus de vingt ans.", "fr")
    assert tagged("Il lit les quotidiens étrangers et la presse quotidienne.", "fr") == []
    assert ("quotidien", "SET", "P1D") in tagged("Les patrouilles sont le lot quotidien des soldats.", "fr")
    assert ("Hier à 10 h", "TIME", "1999-09-03T10:00") in tagged("Hier à 10 h, une dizaine de délégués.", "fr",
                                                                 dt.date(1999, 9, 4))


def test_the_weekend_and_the_year_of_business_news() -> None:
    monday = dt.date(1989, 10, 30)
    assert ("the weekend", "DATE", "1989-W43-WE") in tagged("Over the weekend, McCaw bought more shares.", "en", monday)
    assert ("the weekend", "DATE", "1989-W44-WE") in tagged("Traders squared positions ahead of the weekend.", "en",
                                                          monday)
    assert ("the year", "DURATION", "P1Y") in tagged("Net income for the year ended Aug. 31 rose.", "en", monday)
    assert ("the year", "DATE", "1989") in tagged("Sales rose in the first nine months of the year.", "en", monday)


def test_french_terms_spans_and_nights() -> None:
    assert ("quinquennat", "DURATION", "P5Y") in tagged("Le quinquennat s'achève.", "fr")
    assert ("un demi-siècle", "DURATION", "P50Y") in tagged("Il a régné un demi-siècle.", "fr")
    assert ("Ces derniers jours", "DURATION", "PXD") in tagged("Ces derniers jours, la ville a changé.", "fr")
    assert ("nocturne", "TIME", "TNI") in tagged("Une attaque nocturne a visé le camp.", "fr")
    assert ("fin d'après-midi", "TIME", "2023-09-13TAF") in tagged("En fin d'après-midi, ils sont partis.", "fr")


def test_the_latest_and_year_earlier_periods_of_an_earnings_story() -> None:
    november = dt.date(1989, 11, 1)
    story = "Net income in the third quarter rose 5% from $1.2 billion in the year-earlier period."
    assert ("the year-earlier period", "DATE", "1988-Q3") in tagged(story, "en", november)
    assert ("year-earlier", "DATE", "1988-Q3") in tagged("Profit rose from year-earlier profit of $4 million.", "en",
                                                         november)
    assert ("the latest period", "DATE", "1989-Q3") in tagged("Profit in the latest period rose 10%.", "en", november)
    assert tagged("During a period of calm, prices rose.", "en", november) == []


def test_a_clock_time_takes_the_day_named_after_it() -> None:
    monday = dt.date(2000, 4, 3)
    found = tagged("They have until 9 a.m. Tuesday to sign. He was seized at 10 p.m. Wednesday, police said. "
                   "Talks broke off at noon Thursday. The offer runs until 5 p.m. EST, Nov. 6.", "en", monday)
    assert ("9 a.m. Tuesday", "TIME", "2000-04-04T09:00") in found
    assert ("10 p.m. Wednesday", "TIME", "2000-03-29T22:00") in found
    assert ("noon Thursday", "TIME", "2000-03-30T12:00") in found
    assert ("5 p.m. EST, Nov. 6", "TIME", "2000-11-06T17:00") in found


def test_years_and_decades_read_out_in_transcripts() -> None:
    monday = dt.date(1998, 2, 23)
    found = tagged("Atlanta, nineteen ninety-six. A bomb blast. January nineteen ninety-seven. Atlanta again.", "en",
                   monday)
    assert ("nineteen ninety-six", "DATE", "1996") in found
    assert ("January nineteen ninety-seven", "DATE", "1997-01") in found
    assert ("the year two thousand", "DATE", "2000") in tagged("The approach of the year two thousand worries them.",
                                                               "en", monday)
    assert ("the nineties", "DATE", "199") in tagged("Numbers dropped through the nineties.", "en", monday)
    assert tagged("They kept the secret for more than two thousand years.", "en", monday) == []


def test_holidays_fall_on_their_day_of_the_nearest_year() -> None:
    january = dt.date(2000, 1, 7)
    assert ("Thanksgiving Day", "DATE", "1999-11-25") in tagged("He was found on Thanksgiving Day.", "en", january)
    october = dt.date(1998, 10, 26)
    assert ("Election Day", "DATE", "1998-11-03") in tagged("It will matter on Election Day.", "en", october)
    assert ("Easter", "DATE", "2000-04-23") in tagged("They will meet at Easter.", "en", january)
    assert ("Pentecôte", "DATE", "1999-05-23") in tagged("Les fidèles sont venus pour la Pentecôte.", "fr",
                                                         dt.date(1999, 5, 25))


def test_a_month_with_last_or_this_year_is_that_month_of_that_year() -> None:
    february = dt.date(1998, 2, 19)
    assert ("June last year", "DATE", "1997-06") in tagged("But in June last year, the group split.", "en", february)
    assert ("January this year", "DATE", "1998-01") in tagged("In January this year, police came.", "en", february)


def test_half_units_and_ordinal_centuries() -> None:
    assert ("2 1/2 years", "DURATION", "P2Y6M") in tagged("They lived in camps for 2 1/2 years.", "en")
    assert ("a minute and a half", "DURATION", "PT1M30S") in tagged("It took a minute and a half.", "en")
    assert ("the 20th century", "DATE", "19") in tagged("It was a key event of the 20th century.", "en")
    assert ("la fin du XIXe siècle", "DATE", "18XX") in tagged("La maison date de la fin du XIXe siècle.", "fr")


def test_present_and_future_words_of_business_news() -> None:
    november = dt.date(1989, 11, 1)
    assert ("current", "DATE", "PRESENT_REF") in tagged("Kellogg's current share is under 40%.", "en", november)
    assert ("the near future", "DATE", "FUTURE_REF") in tagged("It will go public in the near future.", "en", november)
    assert ("the full year", "DATE", "1989") in tagged("Sales for the full year rose.", "en", november)
    assert ("mid-1996", "DATE", "1996") in tagged("The group fell apart in mid-1996.", "en", november)


def test_that_year_and_the_following_month_count_from_the_last_date_named() -> None:
    text = "On May 22, 1995, he was made a general, and the following year he was appointed attache."
    assert ("the following year", "DATE", "1996") in tagged(text, "en")
    assert ("later that year", "DATE", "1998") in tagged("He fled in June 1998 and returned later that year.", "en")
    assert ("The following month", "DATE", "1989-04") in tagged(
        "In March 1989, it hired a banker. The following month, the company put itself up for sale.", "en")
    assert ("this coming Sunday", "DATE", "2023-09-17") in tagged("The march is this coming Sunday.", "en")


def test_a_season_of_a_year_and_a_quarter_of_something() -> None:
    march = dt.date(1998, 3, 5)
    assert ("the winter of 1994", "DATE", "1994-WI") in tagged("Prices fell in the winter of 1994.", "en", march)
    assert ("the winter of nineteen ninety-four", "DATE", "1994-WI") in tagged(
        "We saw it in the winter of nineteen ninety-four.", "en", march)
    assert tagged("Iraq imports about three-quarters of its food.", "en", march) == []
    spans = tagged("Costs fall over the next three quarters.", "en", march)
    assert ("the next three quarters", "DURATION", "P3Q") in spans


def test_french_weekdays_every_week_and_nights_between_two_days() -> None:
    assert ("tous les jeudis", "SET", "XXXX-WXX-4") in tagged("Les inscriptions ont lieu tous les jeudis.", "fr")
    assert ("la nuit de lundi à mardi", "TIME", "2023-09-11TNI") in tagged(
        "L'équipée de la nuit de lundi à mardi a été jugée.", "fr")


def test_a_starting_point_or_a_period_end_lies_behind_the_document_date() -> None:
    assert ("novembre", "DATE", "2022-11") in tagged("Il est sans club depuis novembre.", "fr")
    assert ("Nov. 30", "DATE", "2022-11-30") in tagged("For the fiscal year ended Nov. 30, it earned $4 million.", "en")


def test_to_see_the_day_is_to_be_born() -> None:
    assert tagged("Le conseil a vu le jour à Paris.", "fr") == []


def test_french_years_by_their_last_two_digits_and_months_of_the_year_just_named() -> None:
    result = tagged("Deux ruptures en 97 (en janvier rue Haute, en octobre rue Basse), rien en 98.", "fr")
    assert {("97", "DATE", "1997"), ("janvier", "DATE", "1997-01"), ("octobre", "DATE", "1997-10"),
            ("98", "DATE", "1998")} <= set(result)
    assert ("octobre 98", "DATE", "1998-10") in tagged("L'école change ses rythmes dès octobre 98.", "fr")
    assert ("17", "DATE", "1917") not in tagged("Il a gagné 14 victoires en 17 Grands Prix.", "fr")


def test_past_cues_of_english_weekdays() -> None:
    assert ("Thursday", "DATE", "2023-09-14") in tagged("The father would be traveling to the United States Thursday.",
                                                        "en")
    assert ("Monday", "DATE", "2023-09-18") in tagged("They were planning to drive to the airport on Monday.", "en")
    assert ("Thursday", "DATE", "2023-09-07") in tagged("It owns shares bought from Sept. 1 to Thursday.", "en")


def test_a_bare_weekday_with_no_tense_is_the_nearer_one_and_a_possessive_one_is_past() -> None:
    assert ("Thursday", "DATE", "2023-09-14") in tagged("Arafat and Albright meet separately Thursday.", "en")
    assert ("Monday", "DATE", "2023-09-11") in tagged("They look for ways around Monday's ruling.", "en")


def test_seasons_this_past_and_habitual() -> None:
    assert ("this past spring", "DATE", "2023-SP") in tagged("The unit was closed this past spring.", "en")
    assert ("été", "DATE", "XXXX-SU") in tagged("Les ventes de journaux connaissent un boom en été.", "fr")
    assert ("été", "DATE", "2023-SU") in tagged("Il a beaucoup plu en été.", "fr")


def test_the_current_fiscal_year_and_halves_of_a_year() -> None:
    assert ("the current fiscal year", "DATE", "2023") in tagged("Sales in the current fiscal year will rise.", "en")
    assert ("the last half of 1989", "DATE", "1989-H2") in tagged("Earnings fall in the last half of 1989.", "en")
    assert ("le premier semestre 2002", "DATE", "2002-H1") in tagged("Le chiffre a baissé le premier semestre 2002.",
                                                                   "fr")
    assert interval_of("1989-H2") == ("1989-07-01T00:00", "1990-01-01T00:00", "half")


def test_this_weekend_in_a_past_clause_is_the_one_just_past() -> None:
    assert ("ce week-end", "DATE", "2023-W36-WE") in tagged("Les coureurs se sont rendus ce week-end à Metz.", "fr")
    assert ("ce week-end", "DATE", "2023-W37-WE") in tagged("Les coureurs iront ce week-end à Metz.", "fr")


def test_more_and_additional_spans() -> None:
    assert ("at least two more weeks", "DURATION", "P2W") in tagged("He will stay for at least two more weeks.", "en")
    assert ("an additional year", "DURATION", "P1Y") in tagged("The loan may be extended for an additional year.", "en")
    assert ("day-long", "DURATION", "P1D") in tagged("They left their third day-long meeting.", "en")
    assert ("decades-long", "DURATION", "PXY") in tagged("It is a decades-long battle.", "en")


def test_extents_take_modifiers_and_articles_but_not_prepositions() -> None:
    assert ("earlier this year", "DATE", "2023") in tagged("The plant closed earlier this year.", "en")
    assert ("the end of 1990", "DATE", "1990") in tagged("It will be built by the end of 1990.", "en")
    assert ("fiscal 1989", "DATE", "1989") in tagged("In fiscal 1989, it earned $5 million.", "en")
    assert ("the nine months", "DURATION", "P9M") in tagged("For the nine months, net rose.", "en")
    assert ("three years", "DURATION", "P3Y") in tagged("Prices rose over three years.", "en")
    assert ("the past", "DATE", "PAST_REF") in tagged("It happened in the past.", "en")
    assert ("un an", "DURATION", "P1Y") in tagged("Il appelle à une trêve pendant un an.", "fr")
    assert ("30 août", "DATE", "2023-08-30") in tagged("Ils sont auditionnés à partir du 30 août.", "fr")


def test_the_past_before_a_count_is_part_of_a_span() -> None:
    assert [t for t in tagged("Marchers have rioted for the past three summers.", "en") if t[2] == "PAST_REF"] == []


def test_the_first_day_of_a_range_takes_the_month_of_the_second() -> None:
    assert {("19", "DATE", "2023-07-19"), ("23 juillet", "DATE", "2023-07-23")} <= set(
        tagged("Un stage s'est déroulé du 19 au 23 juillet.", "fr"))
    assert ("les 6", "DATE", "2024-04-06") in tagged("Les élections auront lieu les 6 et 13 avril prochains.", "fr")
    assert ("25", "DATE", "2023-04-25") in tagged("A summit was held on April 24 and 25.", "en")


def test_noon_midnight_and_the_same_day_fall_on_the_story_day() -> None:
    assert ("midi", "TIME", "2023-09-12T12:00") in tagged("Hier, vers midi, une femme est tombée.", "fr")
    married = "Il s'est marié hier. Le même jour, elle est partie."
    assert ("Le même jour", "DATE", "2023-09-12") in tagged(married, "fr")
    assert ("midday", "TIME", "2023-09-13T12:00") in tagged("He appears in court at midday.", "en")


def test_ages_ordinals_and_someday_are_no_spans() -> None:
    assert tagged("Il a été arrêté avec Abdelbaky Rahimi, 19 ans.", "fr") == []
    assert tagged("Ils reçoivent Portland une seconde fois.", "fr") == []
    assert tagged("It would be a second betrayal.", "en") == []
    assert ("one day", "DATE", "FUTURE_REF") in tagged("Islam will one day be the second religion.", "en")
    assert ("semestre", "SET", "P6M") not in tagged("Bagdad exporte 5 milliards par semestre.", "fr")
    assert ("par semestre", "SET", "P6M") in tagged("Bagdad exporte 5 milliards par semestre.", "fr")


def test_a_day_alone_is_that_day_of_the_month_the_story_is_in() -> None:
    told = "Le coup d'État a eu lieu le 26 juillet. Le 27, la junte a suspendu la Constitution."
    assert [(t.text, t.value) for t in tag_timexes(told, "fr", dt.date(2023, 8, 2))][-1] == ("Le 27", "2023-07-27")
    alone = tag_timexes("Le 28, les militaires ont fermé les frontières.", "fr", dt.date(2023, 8, 2))
    assert [t.value for t in alone] == ["2023-07-28"]  # still to come this month: the month before
    english = tag_timexes("The talks began on July 3. On the 5th, they collapsed.", "en", dt.date(2023, 7, 30))
    assert english[-1].value == "2023-07-05"
    assert not tag_timexes("Le 26e régiment a défilé.", "fr", dt.date(2023, 8, 2))


@pytest.mark.parametrize("text, language", [
    ("Le bilan s'élève à 2000 morts et 1500 blessés.", "fr"),
    ("The toll rose to 2000 dead, with 1500 injured.", "en"),
    ("Une amende de 1500 € et 2000 kilomètres parcourus.", "fr"),
])
def test_a_count_of_people_or_things_is_no_year(text: str, language: str) -> None:
    assert tagged(text, language) == []


def test_a_place_name_ending_like_a_french_future_verb_does_not_make_a_date_future() -> None:
    text = "Des hommes armés ont attaqué des villages à Zamfara le 3 mai. Il viendra le 3 octobre."
    found = tagged(text, "fr", dt.date(2023, 9, 13))
    assert ("le 3 mai", "DATE", "2023-05-03") in found and ("le 3 octobre", "DATE", "2023-10-03") in found


def test_midnight_and_noon_on_a_twelve_hour_clock() -> None:
    found = tagged("The curfew began at 12 a.m. and ended at 12 p.m.; shelling resumed at 5 pm.", "en")
    assert [value for _, _, value in found] == ["2023-09-13T00:00", "2023-09-13T12:00", "2023-09-13T17:00"]


def test_a_weekday_whose_name_ends_in_s_is_read_whole(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(lex.WEEKDAYS, "en", {**lex.WEEKDAYS["en"], "lunes": 0})  # Spanish writes Monday so
    match = Match(0, 10, "every", {"weekday": "Lunes"})
    assert every_value(match, "cada lunes", Context(None, "en", "", None)) == ("SET", "XXXX-WXX-1", "none")
    assert weekday_value(Match(0, 5, "weekday", {"weekday": "lunes"}), "lunes", Context(None, "en", "", None)) \
        == ("DATE", "XXXX-WXX-1", "none")


@pytest.mark.parametrize("word, language, unit", [
    ("years", "en", "year"), ("centuries", "en", "century"), ("day", "en", "day"), ("années", "fr", "année"),
    ("ans", "fr", "an"), ("mois", "fr", "mois"), ("semaines", "fr", "semaine"), ("moons", "en", None),
])
def test_a_unit_word_is_read_without_the_plural_ending_of_its_pack(word: str, language: str, unit: str | None) -> None:
    assert unit_of(word, language) == (lex.UNITS[language][unit] if unit else None)


@pytest.mark.parametrize("text, language", [
    ("Between 28 and 30 August 2023, clashes took place in El Fasher.", "en"),
    ("Entre le 28 et le 30 août 2023, des affrontements ont eu lieu à El Fasher.", "fr"),
])
def test_a_range_s_first_day_takes_the_month_named_after_the_last(text: str, language: str) -> None:
    values = [value for _, _, value in tagged(text, language)]
    assert values == ["2023-08-28", "2023-08-30"]


@pytest.mark.parametrize("text, value", [
    ("Les syndicats ont annoncé une nouvelle marche le 15 septembre.", "2023-09-15"),
    ("Les syndicats défilent depuis le 15 septembre.", "2022-09-15"),
    ("Les syndicats ont manifesté le 25 septembre.", "2022-09-25"),
])
def test_a_yearless_day_in_the_coming_week_is_the_coming_one_despite_a_past_verb(text: str, value: str) -> None:
    (date,) = [t for t in tag_timexes(text, "fr", WEDNESDAY) if t.type == "DATE"]
    assert date.value == value


@pytest.mark.parametrize("text, language", [
    ("Tout a commencé le 10 septembre. Le lendemain, lundi 11, le mouvement a gagné la capitale.", "fr"),
    ("It all began on September 10. The next day, Monday 11, the movement reached the capital.", "en"),
])
def test_the_next_day_counts_from_the_day_told_before_not_the_one_its_sentence_names(text: str, language: str) -> None:
    values = {t.text.lower(): t.value for t in tag_timexes(text, language, WEDNESDAY)}
    assert values.get("le lendemain", values.get("the next day")) == "2023-09-11", values


@pytest.mark.parametrize("text, value", [
    ("Douze personnes sont mortes du choléra lundi à Goma.", "2023-09-11"),
    ("Deux femmes sont mortes lundi à Goma.", "2023-09-11"),
    ("La caméra a filmé la scène lundi.", "2023-09-11"),
    ("Il partira lundi pour Goma.", "2023-09-18"),
])
def test_a_noun_ending_like_a_future_is_no_future_and_a_feminine_participle_is_a_past(text: str, value: str) -> None:
    (day,) = [t for t in tag_timexes(text, "fr", WEDNESDAY) if t.type == "DATE"]
    assert day.value == value


def test_a_weekday_with_its_day_and_month_is_that_day_even_without_a_document_date() -> None:
    assert tagged("Un séisme a frappé dimanche 30 novembre le centre du pays.", "fr", None)[0][2] == "XXXX-11-30"
    assert ("dimanche 30 novembre 2025", "DATE", "2025-11-30") in \
        tagged("Un séisme a frappé dimanche 30 novembre 2025.", "fr", None)


def test_a_past_weekday_may_follow_a_guessed_anchor_but_not_a_given_one() -> None:
    """A guessed anchor is only the latest day the story names; the day told after it may come later."""
    text = "Le chef de la junte s'est rendu lundi à Meiktila."
    sunday = dt.date(2025, 11, 30)
    assert [t.value for t in tag_timexes(text, "fr", sunday, anchor_guessed=True)] == ["2025-12-01"]
    assert [t.value for t in tag_timexes(text, "fr", sunday)] == ["2025-11-24"]


def test_a_dateline_s_day_is_the_filing_day() -> None:
    dateline = "KHARTOUM, Nov 28 (Reuters) - A drone strike killed 22 people on Thursday."
    assert dated_by_dateline(dateline, "en", dt.date(2024, 11, 28))
    assert not dated_by_dateline("Un séisme a frappé dimanche 30 novembre la Birmanie.", "fr", dt.date(2025, 11, 30))


@pytest.mark.parametrize("text, language, day", [
    ("Published March 14, 2025\n\nIsraeli strikes kill 9 in southern Lebanon", "en", dt.date(2025, 3, 14)),
    ("Publié le 26 août 2024\nBurkina Faso : au moins 80 morts", "fr", dt.date(2024, 8, 26)),
])
def test_a_day_on_a_publication_line_is_the_publication_day(text: str, language: str, day: dt.date) -> None:
    assert dated_by_publication_line(text, language, day)
    assert not dated_by_publication_line("Un séisme a frappé dimanche 30 novembre la Birmanie.", "fr",
                                         dt.date(2025, 11, 30))
