"""One body, one card: the names an article gives one organisation merge onto it, on sentences
written for these tests."""
from __future__ import annotations

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
