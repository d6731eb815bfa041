"""Which names are people's, and under which name a person is listed, on sentences written for
these tests."""
from __future__ import annotations

import pytest

from generator.extract.actors import find_actors


@pytest.fixture(scope="module")
def actors_of(parse_text):
    def run(body: str) -> dict:
        actors = find_actors(parse_text(f"Campaigner dies at 81\n\n{body}\n"))[0]
        return {a.name: a.type for a in actors}
    return run


@pytest.mark.parametrize("body, kin", [
    ("Vera Olsen died on Tuesday in Bergen. Olsen leaves behind grandson Anders and niece Lotte.",
     {"Anders", "Lotte"}),
    ("Vera Olsen died on Tuesday. \"She never gave up,\" her daughter Sunniva said.", {"Sunniva"}),
    ("Vera Olsen died on Tuesday. Olsen's husband, Harald, died in 1999.", {"Harald"}),
])
def test_a_name_after_a_noun_of_kinship_is_a_person(actors_of, body, kin):
    actors = actors_of(body)
    assert {name for name in kin if actors.get(name) == "person"} == kin


def test_a_name_after_a_kinship_noun_that_also_ties_bodies_is_no_person(actors_of):
    actors = actors_of("Vera Olsen sold the firm. Its parent Norvik said its partner Alvex would pay.")
    assert actors.get("Norvik") != "person" and actors.get("Alvex") != "person"


def test_a_kin_is_listed_with_the_person_the_pronoun_stands_for(parse_text):
    actors = find_actors(parse_text("Campaigner dies at 81\n\nTomas Berg thanked Vera Olsen and her son Anders "
                                    "for their help.\n"))[0]
    roles = {a.name: a.role for a in actors if a.type == "person"}
    assert roles.get("Anders") == "Son of Vera Olsen"


def test_a_kin_whose_owner_is_unsure_gets_no_made_up_tie(parse_text):
    actors = find_actors(parse_text("Campaigner dies at 81\n\nThe post on Norvik said so, and her daughter "
                                    "Sunniva agreed.\n"))[0]
    roles = {a.name: a.role for a in actors if a.type == "person"}
    assert "Sunniva" in roles and not roles["Sunniva"]


BUDGET = ("Budget talks stall\n\nHallen said on Monday that the budget would pass. Treasury secretary Tom Hallin "
          "disagreed. Hallen said again that it would pass. On Tuesday, Hallen said the vote was close. "
          "Late on Wednesday, Hallen said it had passed. On Thursday, Hallen said he was glad.\n")


def test_a_name_written_often_is_not_taken_for_a_slip_of_a_similar_surname(parse_text):
    people = {a.name: a.aliases for a in find_actors(parse_text(BUDGET))[0] if a.type == "person"}
    assert "Hallen" in people and "Hallen" not in people.get("Tom Hallin", [])


def test_a_one_off_slip_of_a_surname_is_still_that_person(parse_text):
    people = {a.name for a in find_actors(parse_text("Budget talks stall\n\nTreasury secretary Tom Hallin said "
                                                      "the budget would pass. Hallen added that talks go on.\n"))[0]
              if a.type == "person"}
    assert people == {"Tom Hallin"}


@pytest.mark.parametrize("body, thing", [
    ("The Worker Fair Pay Act was passed, Tom Reyes said.", "Fair Pay Act"),
])
def test_a_law_or_a_plan_is_no_person(actors_of, body, thing):
    actors = actors_of(body)
    assert actors.get("Tom Reyes") == "person" and actors.get(thing) != "person"


def test_an_adverb_before_a_role_is_no_person(actors_of):
    actors = actors_of("\"Basically, the minister wants the vote delayed,\" Tom Reyes said.\n\nTom Reyes agreed.")
    assert actors.get("Tom Reyes") == "person" and "Basically" not in actors


def test_a_holder_named_after_the_body_of_the_title_is_a_person_with_that_title(parse_text):
    actors = find_actors(parse_text("Talks resume as tension grows\n\nThe plan was backed by the regional "
                                    "director for Europe Karl Weber.\n"))[0]
    people = {a.name: a.role for a in actors if a.type == "person"}
    assert people == {"Karl Weber": "Regional director for Europe"}


def test_a_word_before_a_given_name_of_either_sex_is_no_part_of_the_name(actors_of):
    actors = actors_of("Oregonian Robin Falk and Tomas Berg met on Monday. Robin Falk said the plan would fail.")
    assert actors.get("Robin Falk") == "person" and "Oregonian Robin Falk" not in actors


def test_a_title_with_a_for_phrase_ends_at_the_given_name_after_it(parse_text):
    actors = find_actors(parse_text("Lakes run low\n\nThe Commissioner for Inland Waters Marta Vidal said the "
                                    "lakes were low. Vidal added that rain was late.\n"))[0]
    people = {a.name: a.role for a in actors if a.type == "person"}
    assert people == {"Marta Vidal": "Commissioner for Inland Waters"}


def test_a_name_the_tagger_reads_as_a_body_as_often_as_a_person_with_nothing_for_a_person_is_a_body(actors_of):
    actors = actors_of("The Landesgericht Vorberg ruled on Monday. Lawyers said the Landesgericht Vorberg had erred.")
    assert actors.get("Landesgericht Vorberg") == "organization"


def test_a_full_name_owning_a_government_is_a_person(actors_of):
    actors = actors_of("The country was ruled for a decade by Tomas Berglund's government, which fell in 1990.")
    assert actors.get("Tomas Berglund") == "person"


def test_a_word_that_opens_a_clause_is_no_part_of_the_name_after_it(actors_of):
    # the tagger takes "Though" for a proper noun when it opens a quotation
    people = {n for n, t in actors_of('"Though bin Talal is dead, his movement is not," Ana Lind said.').items()
              if t == "person"}
    assert "bin Talal" in people and not any(n.startswith("Though") for n in people)
