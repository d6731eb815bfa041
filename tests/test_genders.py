"""The gender a person's given name suggests, and what the article shows outweighing it."""
from generator.extract.genders import Genders


def test_a_given_name_borne_mostly_by_one_sex_gives_its_gender():
    g = Genders()
    g.given_names(["Helen Draycott", "Jonas Pell", "Mrs Marta Lindqvist"])
    assert g.known == {"Helen Draycott": "f", "Jonas Pell": "m", "Mrs Marta Lindqvist": "f"}


def test_a_lone_surname_or_a_name_given_to_both_sexes_gives_none():
    g = Genders()
    g.given_names(["Draycott", "Jordan Pell", "Qx Okafor"])
    assert g.known == {}


def test_what_the_article_shows_outweighs_the_given_name():
    g = Genders()
    g.given_names(["Jonas Pell"])
    g.vote("Jonas Pell", "f", 1)  # one pronoun, perhaps misread, is not enough
    assert g.known["Jonas Pell"] == "m"
    g.vote("Jonas Pell", "f", 3)  # "Ms Pell"
    assert g.known["Jonas Pell"] == "f"
