"""One body, one card: the names an article gives one organisation merge onto it, on sentences
written for these tests."""
from __future__ import annotations

import pytest

from generator.extract.actors import find_actors


def _bodies(parse_text, body: str) -> dict[str, list[str]]:
    actors = find_actors(parse_text(f"Talks resume as tension grows\n\n{body}\n"))[0]
    return {a.name: a.aliases for a in actors if a.type == "organization"}


def test_an_acronym_in_brackets_after_a_bodys_name_is_that_bodys(parse_text):
    # the letters spell the name in another language, not these words
    bodies = _bodies(parse_text, "The Velmar Farmers' Union (SVZ) called a strike on Monday. "
                                 "The SVZ said talks had failed.")
    assert list(bodies) == ["Velmar Farmers' Union"] and "SVZ" in bodies["Velmar Farmers' Union"]


def test_bodies_whose_names_differ_in_how_the_country_is_written_are_one(parse_text):
    bodies = _bodies(parse_text, "The US Department of Agriculture said prices rose. A spokesman for the "
                                 "United States Department of Agriculture declined to comment.")
    assert len(bodies) == 1
    (name, aliases), = bodies.items()
    assert {name, *aliases} == {"US Department of Agriculture", "United States Department of Agriculture"}


def test_a_bodys_short_form_with_the_noun_of_its_kind_is_that_body(parse_text):
    bodies = _bodies(parse_text, "The Front for Civic Renewal (FCR) walked out of the coalition on Monday. "
                                 "Two deputies quit the FCR party a day later, and the FCR said it would not return.")
    assert list(bodies) == ["Front for Civic Renewal"]
    assert {"FCR", "FCR party"} <= set(bodies["Front for Civic Renewal"])


def test_a_party_named_with_its_kind_written_in_capitals_keeps_the_whole_name(parse_text):
    bodies = _bodies(parse_text, "The Kalvo Party won nine seats. Kalvo said it would join the coalition "
                                 "talks on Friday.")
    assert list(bodies) == ["Kalvo Party"] and "Kalvo" in bodies["Kalvo Party"]


def test_two_bodies_whose_names_share_a_first_word_stay_apart(parse_text):
    # a guard: "the Lakeland company" is not "the Lakeland Party" when both are named
    bodies = _bodies(parse_text, "The Lakeland Party said the vote was unfair. Lakeland Foods said its "
                                 "shares fell, and the Lakeland Council said it would meet.")
    assert len(bodies) >= 2


def test_a_body_found_by_two_rules_under_one_name_is_listed_once(parse_text):
    bodies = _bodies(parse_text, "Voters deserted the Chilean Labour Party (CLP) in the north.")
    assert list(bodies) == ["Chilean Labour Party"] and "CLP" in bodies["Chilean Labour Party"]


def test_an_organ_named_after_its_parent_body_is_listed_beside_it(parse_text):
    bodies = _bodies(parse_text, "The United Nations said the talks would resume in May. Delegates told "
                                 "the United Nations Ocean Council that the fleets had left the bay.")
    assert "United Nations" in bodies and "United Nations Ocean Council" in bodies


def test_a_body_written_with_one_more_word_of_its_own_is_still_one(parse_text):
    # a guard: one body's word more ("Department") names the same body, not an organ of it
    bodies = _bodies(parse_text, "Forty new officers will join the Harlow Police Department next spring, the "
                                 "Harlow police announced.")
    assert list(bodies) == ["Harlow Police Department"]


def test_an_outlet_and_its_news_service_are_one_body(parse_text):
    bodies = _bodies(parse_text, "The minister told Tarvo News that the port would reopen. Tarvo said on "
                                 "Tuesday that the first ships had docked.")
    assert len(bodies) == 1
    (name, aliases), = bodies.items()
    assert {name, *aliases} == {"Tarvo", "Tarvo News"}


def test_a_carrier_and_its_trading_name_are_one_body(parse_text):
    bodies = _bodies(parse_text, "Pilots at Selvo Airlines walked out on Friday. Selvo said the strike would cost "
                                 "it millions. Selvo expects to fly again next week.")
    assert list(bodies) == ["Selvo"] and "Selvo Airlines" in bodies["Selvo"]


def test_a_company_with_a_unit_of_its_own_keeps_the_unit_apart(parse_text):
    # a guard: the company's own full name joins it, the unit named after a country does not
    bodies = _bodies(parse_text, "Shares in Dravik Corporation rose on Monday. According to Dravik Chile "
                                 "Limited, sales start in May. Dravik said the phone would cost less.")
    assert set(bodies) == {"Dravik", "Dravik Chile Limited"}
    assert "Dravik Corporation" in bodies["Dravik"]


def test_a_body_whose_two_names_both_act_keeps_them_apart(parse_text):
    # a guard: quotations may be given to either name, and each keeps its own
    bodies = _bodies(parse_text, "Tarvo News said the port would reopen. Tarvo said on Tuesday that the first "
                                 "ships had docked.")
    assert set(bodies) == {"Tarvo", "Tarvo News"}


def test_a_party_named_by_its_members_and_by_its_name_is_one_body(parse_text):
    bodies = _bodies(parse_text, "The Greens blocked the budget in the upper house. A spokeswoman for the Green "
                                 "Party said the vote was a protest against the mine.")
    assert len(bodies) == 1
    (name, aliases), = bodies.items()
    assert {name, *aliases} == {"Greens", "Green Party"}


def test_a_department_named_by_its_portfolio_before_or_after_its_head_is_one_body(parse_text):
    bodies = _bodies(parse_text, "The Department of Harbours fined the ferry company on Monday. "
                                 "The Harbours Department said the fine would stand.")
    assert len(bodies) == 1
    (name, aliases), = bodies.items()
    assert {name, *aliases} == {"Department of Harbours", "Harbours Department"}


def test_a_department_without_its_country_is_the_countrys_department(parse_text):
    bodies = _bodies(parse_text, "The Kenyan Department of Fisheries said quotas would fall. A spokesman "
                                 "for the Fisheries Department, Tom Reyes, said boats would be checked.")
    assert len(bodies) == 1
    (name, aliases), = bodies.items()
    assert {name, *aliases} == {"Kenyan Department of Fisheries", "Fisheries Department"}


@pytest.mark.parametrize("body, names", [
    ("Members of the Velmar Trade Council met twice. Afterwards the VT Council published its budget.",
     {"VT Council", "Velmar Trade Council"}),
    ("The KV Herald reported the fire on Monday. A reporter for the Kessel Valley Herald said two men were hurt.",
     {"The KV Herald", "Kessel Valley Herald"}),
])
def test_a_body_whose_name_opens_with_an_acronym_is_the_body_that_spells_it_out(parse_text, body, names):
    bodies = _bodies(parse_text, body)
    assert len(bodies) == 1
    (name, aliases), = bodies.items()
    assert {name, *aliases} == names
