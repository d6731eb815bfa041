"""What the page lists as a person, an organisation or nothing at all, where the tagger runs a name
on from the words before it or takes an illness for a body; on sentences written for these tests."""
from __future__ import annotations

import pytest

from generator.extract.actors import find_actors


@pytest.mark.parametrize("body, illness", [
    ("Doctors in the valley confirmed three new cases of Lassa fever (LF) on Monday.", "Lassa fever"),
    ("Farmers culled their flocks after Avian Flu was found near the river.", "Avian Flu"),
    ("The Severe Acute Respiratory Syndrome (SARS) spread to four more towns, officials said.",
     "Severe Acute Respiratory Syndrome"),
])
def test_an_illness_is_no_actor(actors_of, body, illness):
    actors = actors_of(body)
    assert not any(illness.lower() in name.lower() for name in actors)
    assert not any(name.isupper() and actors[name] == "organization" for name in actors)  # nor its acronym


def test_a_body_named_after_an_illness_is_still_a_body(actors_of):
    actors = actors_of("The Institute of Tropical Disease sent twelve doctors to the camp on Friday.")
    assert actors.get("Institute of Tropical Disease") == "organization"


def test_a_companys_first_word_alone_is_that_company(parse_text):
    actors = find_actors(parse_text(
        "Ministers meet as the budget talks resume\n\n"
        "Brantley Motor Company said on Monday that it would close two plants.\n\n"
        "Brantley blamed the price of steel. Brantley said sales fell.\n"))[0]
    assert [(a.name, a.type) for a in actors] == [("Brantley Motor Company", "organization")]
    assert "Brantley" in actors[0].aliases


def test_a_first_word_shared_by_two_companies_stays_apart(actors_of):
    actors = actors_of("Brantley Motor Company and Brantley Shipping Ltd. both denied the report on Monday.\n\n"
                       "Brantley said nothing more.")
    orgs = {n for n, k in actors.items() if k == "organization"}
    assert {"Brantley Motor Company", "Brantley Shipping Ltd."} <= orgs


def test_a_legal_form_cut_off_from_its_company_is_no_body(actors_of):
    actors = actors_of("The bakery chain was sold to Vega Equity Partners, LLC on Monday, the seller said.")
    assert actors.get("Vega Equity Partners") == "organization"
    assert "LLC" not in actors


def test_a_continent_two_letters_from_a_country_is_not_that_country(actors_of):
    actors = actors_of("Coffee prices rose across South America this week, traders in Lima said.")
    assert "South Africa" not in actors


@pytest.mark.parametrize("body, law, acronym", [
    ("Ministers signed the Harbour Fishing Treaty (HFT) in Velmar on Monday. The HFT caps each catch.",
     "Harbour Fishing Treaty", "HFT"),
    ("Parliament passed the Clean Rivers Act (CRA) last year. Farmers say the CRA costs them dearly.",
     "Clean Rivers Act", "CRA"),
])
def test_a_law_or_a_treaty_with_its_acronym_is_no_body(actors_of, body, law, acronym):
    actors = actors_of(body)
    assert actors.get(law) != "organization" and actors.get(acronym) != "organization"


def test_a_college_of_law_with_its_acronym_is_a_body(actors_of):
    actors = actors_of("The Velmar College of Law (VCL) admitted forty students, the VCL said on Monday.")
    assert actors.get("Velmar College of Law") == "organization"


def test_a_states_region_that_bears_a_countrys_name_is_a_place_among_that_states_places(actors_of):
    actors = actors_of("Tornadoes flattened barns across Alabama and Georgia on Sunday night.\n\n"
                       "Crews in Georgia restored power to most farms by Tuesday.")
    assert actors.get("Georgia") == "place"


def test_the_country_keeps_its_name_where_the_article_writes_its_people(actors_of):
    actors = actors_of("Georgian troops moved north on Friday. Tornadoes across Alabama and Georgia were "
                       "the talk of Tbilisi the same day.")
    assert actors.get("Georgia") == "country"


@pytest.mark.parametrize("body", [
    "Fourteen fishermen were rescued off the cape on Sunday, according to The Guardian.",
    "Rescuers reached the stranded climbers at dawn, The Guardian reported on Monday.",
])
def test_a_title_written_with_its_the_is_a_body_not_a_peoples_adjective(actors_of, body):
    # "Guardian" ends like a people's adjective ("Guarda" is a town), but "The" written with its capital
    # inside the sentence makes it a newspaper's title
    assert actors_of(body).get("Guardian") == "organization"



def test_a_constitution_is_no_body_though_a_party_named_after_one_is(actors_of):
    actors = actors_of("Lawyers for the farmers said the ban breached the United States Constitution, and the "
                       "Kalvo Constitution Party backed them.")
    assert "United States Constitution" not in actors
    assert actors.get("Kalvo Constitution Party") == "organization"


def test_names_before_a_plural_noun_of_places_are_places(actors_of):
    actors = actors_of("Floods closed schools in the Orvel Masa and Dovan Tarik provinces, Tom Reyes said.")
    assert actors.get("Dovan Tarik") == "place" and actors.get("Tom Reyes") == "person"
