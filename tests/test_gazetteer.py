"""The offline gazetteer: countries by name, official name, demonym and capital; cities and regions."""
from __future__ import annotations

import pytest

from generator import gazetteer


@pytest.fixture(scope="module")
def gaz():
    return gazetteer.load()


def test_loaded_once_per_process():
    assert gazetteer.load() is gazetteer.load()


@pytest.mark.parametrize("text, country", [
    ("Russia", "Russia"),
    ("the Russian Federation", "Russia"),
    ("Islamic Republic of Iran", "Iran"),
    ("Türkiye", "Turkey"),
    ("U.S.", "United States"),
    ("Britain", "United Kingdom"),
    ("DPRK", "North Korea"),
])
def test_country_by_name_and_official_name(gaz, text, country):
    assert gaz.country(text).name == country


@pytest.mark.parametrize("text", ["ISS", "IRA", "ARE", "CPR"])
def test_initials_of_an_official_name_that_no_one_writes_for_the_country_are_no_country(gaz, text):
    assert gaz.country(text) is None  # a space station's, an army's, a word in capitals, first aid


@pytest.mark.parametrize("text, country", [
    ("Turkish", "Turkey"),
    ("Azerbaijani", "Azerbaijan"),
    ("Azeri", "Azerbaijan"),
    ("Iraqis", "Iraq"),
    ("American", "United States"),   # not a territory that shares the demonym
    ("Indian", "India"),
    ("Saudi", "Saudi Arabia"),
])
def test_demonyms(gaz, text, country):
    assert gaz.demonym(text).name == country


def test_capitals_and_cities_have_country_and_coordinates(gaz):
    moscow = gaz.place("Moscow")
    assert moscow.kind == "capital" and gaz.country_of(moscow).name == "Russia"
    assert 55 < moscow.lat < 56 and 37 < moscow.lon < 38
    peshawar = gaz.place("Peshawar")
    assert peshawar.kind == "city" and peshawar.country_iso2 == "PK" and peshawar.lat is not None


def test_regions_from_subdivisions(gaz):
    region = gaz.place("Maharashtra")
    assert region.kind == "region" and region.country_iso2 == "IN"


def test_accents_do_not_matter(gaz):
    assert gaz.place("Kandahar") is not None  # the data spells it with a macron


@pytest.mark.parametrize("text", ["UN", "EU", "NATO", "troops", "Prime"])
def test_acronyms_and_words_are_not_places(gaz, text):
    assert not gaz.is_place(text)


def test_country_facts_kept(gaz):
    armenia = gaz.countries["Armenia"]
    assert armenia.capital == "Yerevan" and armenia.iso3 == "ARM"
    assert armenia.population and armenia.area and "AZE" in armenia.borders
    assert gaz.by_iso2["AM"] is armenia and gaz.city("Yerevan").country_iso2 == "AM"


@pytest.mark.parametrize("word", ["East", "West", "Hong Kong"])
def test_a_direction_or_an_administrative_region_is_not_a_country(gaz, word):
    assert gaz.country(word) is None and gaz.demonym(word) is None


def test_disputed_regions_have_a_centre_by_name_or_alias_and_some_an_outline(gaz):
    region = gaz.disputed_region("Artsakh")
    assert region is not None and region is gaz.disputed_region("the Nagorno-Karabakh")
    assert 39 < region.lat < 41 and 45 < region.lon < 48
    assert len(region.outline) > 10
    assert all(45 < lon < 48 and 38 < lat < 41 for lon, lat in region.outline)
    assert gaz.disputed_region("Transnistria").outline == ()
    assert gaz.disputed_region("Geneva") is None


@pytest.mark.parametrize("word", ["Costa", "Cape", "Cook", "Solomon", "Sierra", "Central"])
def test_the_first_word_of_a_countrys_name_is_no_demonym(gaz, word):
    # "Costa Rican" is a demonym, "Costa" a surname; "Cook Islander", but "a cook" or "Mr Cook"
    assert gaz.demonym(word) is None


def test_a_surname_that_opens_a_countrys_name_brings_no_country(actors_of):
    actors = actors_of("Nadia Okafor, a nurse, spoke to reporters on Monday.\n\n"
                       "\"We stayed all night,\" Cook said of her colleague Lena Cook.")
    assert "country" not in actors.values()


def test_a_demonym_the_tagger_cut_after_its_first_word_is_the_countrys(nlp, gaz):
    from generator.extract.actor_types import classify

    doc = nlp("Two Sri Lankan fishermen were rescued off the coast on Monday.")
    found = classify(doc, 1, 2, "organization", doc.text, 0, next(doc.sents), gaz)
    assert found is not None and found.kind == "country" and found.name == "Sri Lanka"
