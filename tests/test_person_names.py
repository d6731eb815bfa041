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
    ("Vera Olsen died on Tuesday in Bergen. She is survived by son Anders and stepdaughter Lotte.",
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
