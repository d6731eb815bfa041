"""Names the tagger takes for people's that are no one's: words of the language, acronyms, forms of
address, things named after someone; on sentences written for these tests."""
from __future__ import annotations

import pytest

from generator.extract.actors import find_actors


@pytest.fixture(scope="module")
def people_of(parse_text):
    def run(body: str) -> dict:
        actors = find_actors(parse_text(f"Talks resume as tension grows\n\n{body}\n"))[0]
        return {a.name: a for a in actors if a.type == "person"}
    return run


@pytest.mark.parametrize("body, people", [
    ("Lava flowed from the vent. Lava covered the road, and the lava was hot.", set()),
    ("Campaigners said female genital mutilation must end. Female Genital Mutilation is banned in Velmar, "
     "said Ana Lind.", {"Ana Lind"}),
    ("Officials said COVID had spread. Tom Reyes said so.", {"Tom Reyes"}),
    ("The court found that the advice to Her Majesty was unlawful. Her Majesty had acted on it.", set()),
    ("Tom Reyes's Presidency ended, said Ana Lind.", {"Ana Lind"}),
    ("The Tom Reyes space telescope will study the planet, said Ana Lind.", {"Ana Lind"}),
    # a body's, a meeting's or a building's last word after a title-like word: no one's surname
    ("The suit was brought by the Authors Guild, said Ana Lind, a lawyer. Authors Guild members met on Monday.",
     {"Ana Lind"}),
    ("Pledges were made at the Coastal Investment and Donor Conference in Velmar, said Ana Lind, a minister.",
     {"Ana Lind"}),
    ("The service was held at Mount Notre Dame Convent Chapel in Velmar, said Ana Lind, a nun.", {"Ana Lind"}),
])
def test_a_name_with_nothing_of_a_person_makes_no_card(people_of, body, people):
    assert set(people_of(body)) == people


def test_an_honorific_of_comrades_is_no_part_of_the_name(people_of):
    people = people_of("Cde Tom Reyes died on Friday. Cde Reyes was a hero, said Ana Lind.")
    assert "Tom Reyes" in people and not any(name.startswith("Cde") for name in people)


def test_a_word_the_tagger_ran_a_name_on_from_is_cut_off_but_a_first_name_stays(people_of):
    people = people_of("Former Tom Reyes aides said the plan was former policy. "
                       "Bill Lind said the bill would pass.")
    assert set(people) == {"Tom Reyes", "Bill Lind"}


def test_an_online_service_that_acts_is_a_body_not_a_person(parse_text):
    actors = find_actors(parse_text("Talks resume as tension grows\n\n"
                                    "Twitter said on Friday that it had removed the post.\n"))[0]
    assert {a.name: a.type for a in actors}.get("Twitter") == "organization"


@pytest.mark.parametrize("sentence", [
    "Tom Reyes wrote on Twitter that he would resign.",
    "Tom Reyes said via WhatsApp that she was safe.",
    "Tom Reyes said in a Facebook post that the vote was rigged.",
    "Tom Reyes posted a YouTube video on Monday.",
])
def test_an_online_service_a_message_went_out_on_is_no_actor(parse_text, sentence):
    actors = find_actors(parse_text(f"Talks resume as tension grows\n\n{sentence}\n"))[0]
    assert [(a.name, a.type) for a in actors] == [("Tom Reyes", "person")]


def test_a_brand_written_with_a_capital_inside_is_a_body(parse_text):
    actors = find_actors(parse_text("Talks resume as tension grows\n\n"
                                    "NASA signed a contract with OrbitalX in May. "
                                    "OrbitalX said the capsule was ready.\n"))[0]
    assert {a.name: a.type for a in actors}.get("OrbitalX") == "organization"


def test_a_body_named_in_another_language_is_no_person(parse_text):
    actors = find_actors(parse_text("Talks resume as tension grows\n\n"
                                    "Reporters for Gazeta Velmarska said the deal was signed.\n"))[0]
    assert {a.name: a.type for a in actors}.get("Gazeta Velmarska") == "organization"


def test_a_firm_listed_among_people_is_still_a_body(parse_text):
    actors = find_actors(parse_text("Talks resume as tension grows\n\n"
                                    "Shares of Marlow Holdings rose after Ana Lind, Tom Reyes and Marlow Holdings "
                                    "agreed terms.\n"))[0]
    assert {a.name: a.type for a in actors}.get("Marlow Holdings") == "organization"


def test_a_common_word_opening_a_sentence_is_cut_from_a_name_the_article_writes_elsewhere(people_of):
    people = people_of("Rival Dana Whitfield took the stage first. Her rival, Tom Reyes, spoke later. "
                       "Dana Whitfield thanked her supporters.")
    assert "Dana Whitfield" in people and not any(name.startswith("Rival") for name in people)


@pytest.mark.parametrize("body, name, role", [
    ("Chief Justice Maren Oduya wrote the opinion for the court on Tuesday.", "Maren Oduya", "Chief Justice"),
    ("Supreme Court Justice Tomas Velde dissented from the ruling on Tuesday.", "Tomas Velde",
     "Supreme Court Justice"),
])
def test_justice_before_a_name_is_its_title_not_its_first_name(people_of, body, name, role):
    people = people_of(body + " The Department of Justice declined to comment. The Chief Justice's ruling stands.")
    assert name in people and people[name].role == role
    assert not any(n.startswith("Justice") for n in people)


@pytest.mark.parametrize("body, name, role", [
    ("\"The vote will be close,\" said Senate Majority Whip Tomas Velde on Monday.", "Tomas Velde",
     "Senate Majority Whip"),
    ("FBI Special Agent Marta Kessel said the device had been left by the door.", "Marta Kessel",
     "FBI Special Agent"),
])
def test_a_title_only_written_before_a_name_is_its_role_not_its_first_words(people_of, body, name, role):
    people = people_of(body + " The victim was poisoned with the nerve agent Novichok. The party whip resigned.")
    assert set(people) == {name} and people[name].role == role


@pytest.mark.parametrize("body, name, role", [
    ("The union's Director of Government Affairs Tomas Velde said the bill would cost jobs.", "Tomas Velde",
     "Director of Government Affairs"),
    ("The union's Director of Public Affairs Tomas Velde said the bill would cost jobs.", "Tomas Velde",
     "Director of Public Affairs"),
    ("Chief Financial Officer Marta Kessel said the company would return to profit next year.", "Marta Kessel",
     "Chief Financial Officer"),
    ("Deputy Water Resources Minister Tomas Velde said the dam would open in June.", "Tomas Velde",
     "Deputy Water Resources Minister"),
])
def test_the_words_of_a_title_before_a_name_are_the_role_not_the_name(people_of, body, name, role):
    people = people_of(body)
    assert set(people) == {name} and people[name].role == role


@pytest.mark.parametrize("body, people", [
    # a place's name that ends in the noun of its kind is no one's name
    ("Storms battered Corvo Atoll on Monday, and Tom Reyes said the damage was grave.", {"Tom Reyes"}),
    ("Fishermen in Varna Atoll and Davao City lost boats, Tom Reyes said.", {"Tom Reyes"}),
    # a title after words that qualify it, with no name after it
    ("The company's Chief Technical Officer, Tom Reyes, said the launch would slip.", {"Tom Reyes"}),
    ("Chief Technical Officer said the launch would slip.", set()),
    # a capitalised noun after an article: a people's name, not a person's
    ("Villagers hired a Kurd as guide, Tom Reyes said. The Kurd led them home.", {"Tom Reyes"}),
    # a word after a title that follows an article: a body's name, no title and holder
    ("The studio faces a strike by the Writers Guild, Ana Lind said.", {"Ana Lind"}),
])
def test_a_place_a_title_a_body_or_a_noun_after_an_article_makes_no_card(people_of, body, people):
    assert set(people_of(body)) == people


def test_a_surname_written_without_its_particle_is_the_same_person(people_of):
    people = people_of("Ahmed al-Jabri resigned on Monday. Supporters said Jabri had been right, and Jabri agreed.")
    assert set(people) == {"Ahmed al-Jabri"}
    assert "Jabri" in people["Ahmed al-Jabri"].aliases


@pytest.mark.parametrize("body, name", [
    ("Archive letters sent from Peter Hallam show the deal was signed in May.", "Peter Hallam"),
    ("The winning goal came from Peter Hallam in the second half.", "Peter Hallam"),
])
def test_a_given_name_and_surname_after_a_locative_is_a_person_not_a_place(people_of, body, name):
    assert name in people_of(body)


def test_a_pronoun_after_a_title_is_no_one(people_of):
    people = people_of('"Congratulations on your win. As a two-term governor I can tell you that is when it gets '
                       'hard," Ana Velde told the mayor.')
    assert set(people) == {"Ana Velde"}



def test_a_word_run_on_before_a_full_name_written_elsewhere_is_cut_off(people_of):
    people = people_of("Vermonter Tom Reyes won the primary on Tuesday. Tom Reyes thanked his voters.")
    assert set(people) == {"Tom Reyes"}


def test_a_form_of_address_opening_a_name_is_no_part_of_it(people_of):
    people = people_of('The chair said: "I have the honour to announce that His Excellency Tomas Velde has been '
                       'appointed by acclamation." Tomas Velde thanked the assembly.')
    assert set(people) == {"Tomas Velde"}


def test_a_party_word_before_a_given_name_is_no_part_of_the_name(people_of):
    people = people_of("The bill was backed by Liberal Tom Reyes and by the Greens. Reyes said the bill would pass.")
    assert set(people) == {"Tom Reyes"}


def test_a_name_ending_in_team_is_a_body_not_a_person(parse_text):
    actors = find_actors(parse_text("Talks resume as tension grows\n\n"
                                    "Velmar's Mountain Search Team found the climbers on Sunday, said Ana Lind.\n"))[0]
    assert {a.name: a.type for a in actors}.get("Mountain Search Team") == "organization"


def test_an_epithet_before_a_given_name_is_no_part_of_the_name(people_of):
    people = people_of("Maria Olsen denied it. \"We beat Crooked Maria Olsen before and will beat Crooked Maria "
                       "again,\" said Tom Reyes.")
    assert set(people) == {"Maria Olsen", "Tom Reyes"}


def test_a_word_of_the_language_in_the_baby_name_records_opens_no_name():
    from generator.extract.names import GIVEN_NAMES
    assert not {"crew", "green", "legend"} & set(GIVEN_NAMES)
    assert {"tom", "maria", "will", "rose"} <= set(GIVEN_NAMES)


@pytest.mark.parametrize("body, name", [
    ("The talks were led by the UN High Commissioner for Water Rights Oskar Moe.", "Oskar Moe"),
    ("The talks were led by the Minister for Fisheries Oskar Lindqvist Moe.", "Oskar Lindqvist Moe"),
    ("The talks were led by the Minister for Defence Oskar La Moe. La Moe said they went well.", "Oskar La Moe"),
])
def test_a_title_with_a_for_phrase_before_a_name_is_no_part_of_the_name(people_of, body, name):
    assert set(people_of(body)) == {name}


def test_an_event_or_a_text_after_a_title_is_no_one(parse_text):
    actors = find_actors(parse_text("Labour grabs lead in Velmar General Election campaign\n\n"
                                    "Tom Reyes said the polls opened on Monday.\n"))[0]
    assert {a.name for a in actors if a.type == "person"} == {"Tom Reyes"}
    actors = find_actors(parse_text("Talks go on\n\n\"This Executive Order will protect our coast,\" said "
                                    "Tom Reyes, a critic of the first order.\n"))[0]
    assert {a.name for a in actors if a.type == "person"} == {"Tom Reyes"}


def _as_body(parsed, name: str):
    """The article with ``name`` labelled a body's by the tagger, as it sometimes is."""
    from spacy.tokens import Span

    for paragraph in parsed.paragraphs:
        doc = paragraph.doc
        start = doc.text.find(name)
        if start >= 0:
            span = doc.char_span(start, start + len(name))
            doc.ents = [e for e in doc.ents if e.end <= span.start or e.start >= span.end] + \
                [Span(doc, span.start, span.end, label="ORG")]
    return parsed


@pytest.mark.parametrize("body, name", [
    ("Mr Reyes also dismissed Liberal Wilson Tuckworth, who said the party had lost its way.", "Wilson Tuckworth"),
])
def test_a_person_the_tagger_took_for_a_body_is_one_by_the_party_word_before_the_name(parse_text, body, name):
    written = name if "Liberal" not in body else "Liberal " + name
    parsed = _as_body(parse_text(f"Talks resume as tension grows\n\n{body}\n"), written)
    actors = {a.name: a.type for a in find_actors(parsed)[0]}
    assert actors.get(name) == "person"


@pytest.mark.parametrize("body", [
    "The frigate joined the Velmar Navy's Third Squadron on Monday, Ana Lind said.",
    "Ana Lind, a clerk in the Harbour Bank's Division of Lending, said rates would rise.",
])
def test_a_show_or_unit_a_body_owns_is_no_person(people_of, body):
    assert set(people_of(body)) == {"Ana Lind"}


def test_a_full_name_a_body_owns_is_still_a_person(people_of):
    people = people_of("Orbis TV's Tom Reyes asked the question, and Ana Lind said she would answer it.")
    assert {"Tom Reyes", "Ana Lind"} <= set(people)


@pytest.mark.parametrize("body, name", [
    ("The survey was run by the University of Arvel and Tom Reyes, a diver from Port Velmar.", "Tom Reyes"),
    ("The study was led by the University of Arvel and Chris Fallon of Deepwater Tours.", "Chris Fallon"),
])
def test_a_person_listed_after_a_body_named_after_a_place_is_no_place(people_of, body, name):
    assert name in people_of(body)
