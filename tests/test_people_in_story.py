"""Who the page lists as a person: the leader an administration is named after, though the story names
them no other way; on sentences written for these tests."""
from __future__ import annotations

import pytest


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
    page = explain("Relief pledges grow after the storm\n\nCriticism of the Hadley Administration has grown in "
                   "recent days.\n\nThe Hadley administration has pledged $350 million in aid for the relief effort.\n")
    assert "Hadley" in {a.name for a in page.actors if a.type == "person"}
    assert [card.parties for card in page.agreements] == [["Hadley administration"]]
