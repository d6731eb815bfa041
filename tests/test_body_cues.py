"""Bodies the article names by the words beside them: a publication's noun ("Velora magazine", "the
journal Marine Letters"), an appositive that says what kind of body a name is, a source written with
its capital "The", what a study was published in; and streets and roads that are no body, by the noun
their name ends with or heads. On sentences written for these tests."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("body, name", [
    ("Ana Lind, who edits Velora magazine, said the spring issue sold out in two days.", "Velora"),
    ("The weekly newspaper the Korvan Echo printed the letter on Sunday.", "Korvan Echo"),
    ("The findings appeared in Marine Letters, an online journal, on Tuesday.", "Marine Letters"),
    ("A survey of the reef was published last week in Tidal Review, its authors said.", "Tidal Review"),
    ("Ferry services were cut, Tom Reyes told The Harbour Lantern on Friday.", "Harbour Lantern"),
])
def test_a_publication_named_as_one_is_a_body(actors_of, body, name):
    assert actors_of(body).get(name) == "organization"


def test_a_title_that_is_also_a_peoples_adjective_is_the_paper(actors_of):
    actors = actors_of("Two ferries were cancelled, according to The Norwegian, a daily of the west coast.")
    assert actors.get("The Norwegian") == "organization"


@pytest.mark.parametrize("body, name", [
    ("The attack was claimed by Korvan, the armed group, on Sunday.", "Korvan"),
    ("Fighters of Dalvek, the armed group behind the raid, fled north.", "Dalvek"),
])
def test_a_name_with_an_appositive_kind_of_body_is_a_body(actors_of, body, name):
    assert actors_of(body).get(name) == "organization"


@pytest.mark.parametrize("body, name", [
    ("Ana Lind, a party official, said the vote would be held in May.", "Ana Lind"),
    ("Tom Reyes, the group's founder, said the march would go ahead.", "Tom Reyes"),
])
def test_a_person_with_a_body_in_the_appositive_stays_a_person(actors_of, body, name):
    assert actors_of(body).get(name) == "person"


@pytest.mark.parametrize("body, name", [
    ("A Harlow newspaper said the bridge would close in June.", "Harlow"),
    ("Ines Kalder picked up a French-language newspaper at the station kiosk.", "French-language"),
])
def test_a_word_that_only_describes_a_paper_is_no_body(actors_of, body, name):
    assert actors_of(body).get(name) != "organization"


@pytest.mark.parametrize("body, name", [
    ("The fire began at Dunmore Place in the evening and spread to the market.", "Dunmore Place"),
    ("A lorry burned on the M62 road near the quarry on Monday.", "M62"),
])
def test_a_street_or_a_road_is_no_body(actors_of, body, name):
    assert actors_of(body).get(name) != "organization"


def test_a_surname_after_a_full_name_with_a_generations_suffix_is_that_person(actors_of):
    # the surname is the word before "Sr.", not "Sr."
    actors = actors_of("Carl MacGregor Sr. spoke for the town on Monday. MacGregor argued that the fine was too high.")
    assert actors.get("Carl MacGregor Sr") == "person"
    assert "MacGregor" not in actors


def test_a_partys_own_name_with_its_country_is_kept_as_written(actors_of):
    # not "Chilean Party" and "Norwegian Party": the words before "Party" are the party's own
    actors = actors_of("Delegates of the Agrarian Party of Chile and the Green Party of Norway met in Lisbon on Monday.")
    assert actors.get("Agrarian Party of Chile") == "organization"
    assert actors.get("Green Party of Norway") == "organization"
    assert "Chilean Party" not in actors and "Norwegian Party" not in actors


@pytest.mark.parametrize("body, name", [
    ("The harbour master was hurt in the blast and was taken to hospital; Kestrel24 reported he was stable.",
     "Kestrel24"),
    ("The ferry operator had warned of delays for weeks, Brennock reported on Monday.", "Brennock"),
])
def test_a_name_that_reports_the_news_is_an_outlet(actors_of, body, name):
    assert actors_of(body).get(name) == "organization"


def test_a_capitalised_noun_that_opens_a_sentence_and_reports_is_no_outlet(actors_of):
    actors = actors_of("Ferries were halted at noon. Police reported no injuries, and the police said the pier "
                       "would reopen.")
    assert "Police" not in actors


def test_a_person_who_reports_stays_a_person(actors_of):
    actors = actors_of("Ana Lind, the harbour inspector, reported the leak to the council on Monday.")
    assert actors.get("Ana Lind") == "person"


@pytest.mark.parametrize("body, name", [
    ("The samples were sent from the Halvik Oceanographic Institution to three laboratories.",
     "Halvik Oceanographic Institution"),
    ("The replica was ordered from the Dunmore Shipyard, which built the first ship.", "Dunmore Shipyard"),
    ("Engineers at the Halden Space Center tested the new booster twice.", "Halden Space Center"),
])
def test_a_body_headed_by_the_noun_of_an_institution_is_a_body_though_written_as_a_site(actors_of, body, name):
    assert actors_of(body).get(name) == "organization"


@pytest.mark.parametrize("body, name", [
    ("Calls for an inquiry grew on Monday. Ana Lindqvist MP (Member of Parliament) said the report was "
     "\"a disgrace to the town\".", "Parliament"),
    ("Mara Quist, Speaker of the House since 2019, closed the sitting an hour early. \"We will come back "
     "in March,\" Quist told reporters.", "House"),
])
def test_a_bare_head_written_only_as_what_a_title_is_held_of_is_no_body(actors_of, body, name):
    assert name not in actors_of(body)


def test_a_bare_head_that_acts_is_still_a_body(actors_of):
    # a guard: the same word as the doer of its clause names the body
    actors = actors_of("Parliament voted to delay the bill on Monday. Ana Lindqvist, a Member of Parliament, "
                       "said the delay was \"a disgrace\".")
    assert actors.get("Parliament") == "organization"
