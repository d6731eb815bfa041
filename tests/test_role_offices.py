"""Roles that name their office: the words around a title that belong to it (its holder's tenure,
two portfolios, the body after the name) and those that do not (a date, "current"), on sentences
written for these tests."""
from __future__ import annotations

import pytest

from generator.extract.actors import find_actors


@pytest.fixture(scope="module")
def role_of(parse_text):
    def run(body: str, name: str) -> str | None:
        actors = find_actors(parse_text(f"Council meets as budget talks go on\n\n{body}\n"))[0]
        people = {a.name: a for a in actors if a.type == "person"}
        return people[name].role if name in people else None
    return run


@pytest.mark.parametrize("body, name, role", [
    # "acting" and "retired", which the tagger may read as verbs, stay with the title
    ("Tomas Vireo, the acting Prime Minister of Portugal, opened the session.", "Tomas Vireo",
     "Acting Prime Minister of Portugal"),
    ("The plan was criticised on Monday by acting mayor Tom Reyes.", "Tom Reyes", "Acting Mayor"),
    # "current" and "incumbent" say nothing of which office: the role is the office
    ("The bill was signed by the current president of Chile, Marta Quispe, on Friday.", "Marta Quispe",
     "President of Chile"),
    ("Incumbent governor Dale Renner said the vote would be close.", "Dale Renner", "Governor"),
])
def test_tenure_words_stay_with_a_title_and_present_ones_are_left_out(role_of, body, name, role):
    assert role_of(body, name) == role


def test_a_date_before_a_title_is_not_part_of_it(role_of):
    body = "Last month Peruvian Foreign Minister Rosa Quilla visited Lima and Quito."
    assert role_of(body, "Rosa Quilla") == "Foreign Minister of Peru"


def test_an_acronym_the_tagger_takes_for_a_pronoun_still_owns_the_title(role_of):
    body = "WHO spokesperson Lena Marsh said the figures were provisional."
    assert role_of(body, "Lena Marsh") == "Spokesperson for WHO"


def test_a_title_may_name_two_portfolios(role_of):
    body = "Kenyan trade and industry minister Ana Wanjiru announced the deal in Nairobi."
    assert role_of(body, "Ana Wanjiru") == "Trade and Industry Minister of Kenya"


def test_a_role_noun_before_and_does_not_join_a_second_title_to_the_first(role_of):
    body = "The rally was addressed by retired FBI agent and terrorism specialist Ali Soufan on Monday."
    assert "of FBI" not in (role_of(body, "Ali Soufan") or "")


@pytest.mark.parametrize("body, name, role", [
    ("\"It is too early to say,\" said Professor Ana Lind of Delmar University.", "Ana Lind",
     "Professor at Delmar University"),
    ("Director Tom Reyes of the Halvard Institute announced the trial.", "Tom Reyes",
     "Director of the Halvard Institute"),
])
def test_a_title_before_a_name_takes_the_body_written_after_it(role_of, body, name, role):
    assert role_of(body, name) == role


def test_a_title_before_a_name_and_a_place_after_it_is_no_body(role_of):
    body = "Senator Tom Reyes of Vermont voted against the bill on Tuesday."
    assert role_of(body, "Tom Reyes") == "Senator of Vermont"


def test_the_body_a_place_owns_is_the_role_not_the_place(role_of):
    body = "Mira Hollis of the UK's Serious Fraud Office said the inquiry would continue."
    assert role_of(body, "Mira Hollis") == "UK's Serious Fraud Office"


@pytest.mark.parametrize("body, name, role", [
    ("Dara Kell, who served as mayor of Delmar for a decade, died on Sunday.", "Dara Kell",
     "Former mayor of Delmar"),
    ("The report was written by Ivo Marr, who succeeded her as treasurer, and two aides.", "Ivo Marr",
     "Treasurer"),
    ("Tom Reyes, who works as a nurse in the city, said the ward was full.", "Tom Reyes", "Nurse"),
])
def test_a_relative_clause_that_serves_as_a_role_gives_it(role_of, body, name, role):
    assert role_of(body, name) == role


def test_a_part_played_is_no_office_served(role_of):
    body = "Ana Lind, who served as a witness in the trial, left the court."
    assert role_of(body, "Ana Lind") is None


def test_a_kin_appositive_may_give_the_other_person_s_title(role_of):
    body = "On Friday, Lea Moreau, fiancée of reporter Paul Ostrand, spoke to the press in Geneva."
    assert role_of(body, "Lea Moreau") == "Fiancée of Paul Ostrand, Reporter"


def test_an_owner_written_after_their_own_title_is_found_by_name(role_of):
    body = ("Austrian Chancellor Ana Lind's spokesman, Tom Reyes, said the visit would go ahead. "
            "Lind arrived in Vienna on Monday.")
    assert role_of(body, "Tom Reyes") == "Spokesman for Ana Lind, Chancellor of Austria"


def test_a_role_served_in_the_past_gives_way_to_a_title_written_beside_the_name(role_of):
    body = "Vice President Dara Kell, who served as a senator from Delmar for years, spoke first."
    assert role_of(body, "Dara Kell") == "Vice President"


def test_a_former_role_with_an_owner_keeps_the_owner(role_of):
    body = "The event was run by Ana Lind, who served as Tom Reyes's chief of staff, and two aides. Reyes left early."
    assert role_of(body, "Ana Lind") == "Former chief of staff of Tom Reyes"


def test_a_relative_clause_without_a_comma_still_gives_a_role(role_of):
    body = "The talks stalled, said officials close to Ana Lind who is the treasurer of the Delmar Trust."
    assert role_of(body, "Ana Lind") == "Treasurer of the Delmar Trust"


@pytest.mark.parametrize("body, name, role", [
    ("Labour MP Ana Lind said the vote was a mistake.", "Ana Lind", "Labour Member of Parliament"),
    ("The motion was tabled by Tom Reyes, a Green MEP, on Monday.", "Tom Reyes",
     "Green Member of the European Parliament"),
])
def test_titles_written_as_initials_are_spelled_out(role_of, body, name, role):
    assert role_of(body, name) == role


def test_a_title_joined_to_its_charge_by_for_before_a_name(role_of):
    body = "On a visit to Lima, UN Special Envoy for Peru Ana Lind said the talks would resume."
    assert role_of(body, "Ana Lind") == "UN Special Envoy for Peru"
