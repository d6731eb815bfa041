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
