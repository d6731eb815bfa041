"""Who the page lists as a person: the leader an administration is named after, though the story names
them no other way; not a body whose name ends in a team's word or a legal form, nor a name a demonym
opens; on sentences written for these tests."""
from __future__ import annotations

import pytest

from generator.extract.actors import find_actors
from generator.model import Actor


@pytest.mark.parametrize("body, leader", [
    ("The Hadley administration said on Monday that it would sign the accord. Critics said the Hadley "
     "administration had waited too long.", "Hadley"),
    ("The Brennan administration announced new tariffs on steel, and the Brennan administration defended "
     "them on Tuesday.", "Brennan"),
])
def test_the_leader_an_administration_is_named_after_is_a_person(actors_of, body, leader):
    actors = actors_of(body)
    assert actors.get(leader) == "person"
    assert actors.get(f"{leader} administration") == "organization"  # the body stays listed too


def test_a_place_or_a_people_before_administration_is_no_person(actors_of):
    actors = actors_of("The Ukrainian administration and the Lisbon administration both denied the report.")
    assert "person" not in actors.values()


def test_an_administrations_pledge_stays_an_agreement_beside_its_leader(explain):
    # the leader is listed, and the administration, written in two cases, still makes the pledge
    page = explain("Flood aid for Velmar\n\nThe Hadley Administration faced questions from the press on Tuesday."
                   "\n\nOn Wednesday the Hadley administration pledged 12 million dollars in aid to the flooded towns.\n")
    assert "Hadley" in {a.name for a in page.actors if a.type == "person"}
    assert [card.parties for card in page.agreements] == [["Hadley Administration"]]


@pytest.mark.parametrize("story, team, player", [
    ("Football: Harlow edges Preston United in the county cup replay\n\nHarlow edged Preston United by two goals "
     "to one in Sunday's replay. Preston United's Tom Reyes was booked after an hour.",
     "Preston United", "Tom Reyes"),
    ("Football: Kessling beats Dunmore United 1-0 in the cup final\n\nKessling defeated Dunmore United 1 – 0 on "
     "Monday. Dunmore United's goalkeeper Ana Lind saved a penalty.", "Dunmore United", "Ana Lind"),
])
def test_a_team_the_tagger_took_for_a_person_is_a_body(parse_text, story, team, player):
    actors = {a.name: a.type for a in find_actors(parse_text(story + "\n"))[0]}
    assert actors.get(team) == "organization"
    assert actors.get(player) == "person"


def test_a_name_ending_in_a_common_word_stays_a_persons(actors_of):
    actors = actors_of("Ana Clubb, the club's treasurer, said the United fans had paid their dues.")
    assert actors.get("Ana Clubb") == "person"


def test_a_demonym_opens_no_persons_name(actors_of):
    actors = actors_of("Swiss Velmbank raised its rates, and Georgian Tarvi said it would follow, traders said.")
    assert "person" not in {actors.get("Swiss Velmbank"), actors.get("Georgian Tarvi")}


def test_a_clipped_form_of_a_demonym_may_open_a_persons_name(actors_of):
    actors = actors_of("Brit Hallam, a television host, said the debate would go ahead.")
    assert actors.get("Brit Hallam") == "person"


def test_the_leader_an_administration_is_named_after_is_no_rival_speaker(story_quotes):
    # "the Hadley administration" names the body: Hadley is named there as no one who could speak next
    actors = [Actor(id="person-tom-brandt", name="Tom Brandt", type="person", aliases=["Brandt"]),
              Actor(id="person-ana-reyes", name="Ana Reyes", type="person", aliases=["Reyes"]),
              Actor(id="person-hadley", name="Hadley", type="person"),
              Actor(id="organization-hadley-administration", name="Hadley administration", type="organization")]
    body = ("When Tom Brandt suggested that the island would sue over the Hadley administration's deal, Ana Reyes "
            "fired back at once.\n\nAnd she went on, mocking the promise of \"a far stronger deal\" with the island.")
    quote = next(q for q in story_quotes(body, actors) if q.text.startswith("a far stronger"))
    assert quote.speaker == "Ana Reyes"
