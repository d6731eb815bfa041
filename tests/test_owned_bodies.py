"""An institution named by its owner and a common noun ("the Velmaran government") is listed when
the story has it act, speak or hold a role, not when its words only describe something of its own
("government bonds", "a cabinet meeting"); on sentences written for these tests."""
from __future__ import annotations

import pytest

from generator.extract.actors import find_actors


def _bodies(parse_text, body: str) -> list[str]:
    actors = find_actors(parse_text(f"Talks resume as tension grows\n\n{body}\n"))[0]
    return [a.name for a in actors if a.type == "organization"]


@pytest.mark.parametrize("body", [
    "Pension funds bought Norwegian government bonds all week as rates fell, traders said.",
    "Reporters waited outside a Kenyan cabinet meeting for three hours on Tuesday.",
    "Protesters painted slogans on the walls of Peruvian government offices overnight.",
])
def test_an_institution_written_only_as_a_modifier_is_not_listed(parse_text, body):
    assert _bodies(parse_text, body) == []


@pytest.mark.parametrize("body, name", [
    ("A Syrian government spokesman said the talks had failed.", "Syrian government"),
    ("Malian government troops entered the village of Oster at dawn, residents said.", "Malian government"),
    ("Fishermen sailed past two Chilean Navy ships in the bay.", "Chilean Navy"),
    ("A Danish government investigation of the port fire opened on Monday.", "Danish government"),
    ("The Turkish cabinet met on Friday to discuss the crisis.", "Turkish cabinet"),
    ("She served in the Canadian police force for a decade before she retired.", "Canadian police"),
])
def test_an_institution_that_acts_or_speaks_is_listed(parse_text, body, name):
    assert name in _bodies(parse_text, body)


def test_an_institution_before_a_persons_title_and_name_is_listed(parse_text):
    # a guard: the title before the name is held in the institution
    assert "Velmaran army" in _bodies(parse_text, "Former Velmaran army scout Tomas Reyl died on Sunday, aged 80.")


@pytest.mark.parametrize("body, name", [
    ("The mill survived on Velmaran government support until the war.", "Velmaran government"),
    ("A Velmaran government newsletter warned that grain would cost more by spring.", "Velmaran government"),
])
def test_an_institution_that_acts_through_what_it_owns_is_listed(parse_text, body, name):
    # guards: the noun names what the body does, or does something itself
    assert name in _bodies(parse_text, body)


@pytest.mark.parametrize("body", [
    "Critics of the Tom Reyes government marched through Delmar on Sunday.",
    "Tom Reyes's party lost four seats in the vote, the commission said.",
])
def test_a_persons_government_or_party_is_no_body_of_its_own(parse_text, body):
    assert not any(name.endswith(("government", "party")) for name in _bodies(parse_text, body))


def test_an_administration_named_after_its_leader_is_still_listed(parse_text):
    assert "Lind administration" in _bodies(parse_text, "The Lind administration said the talks would resume.")
