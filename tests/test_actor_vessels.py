"""Names the tagger types wrongly: a ship's name after its prefix and a title standing alone, which are
neither a person nor a body, and a person's name set off as of a body; on sentences written for these tests."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, vessel", [
    ("Insurers paid for the salvage of MV Pellan Star, which ran aground with a cargo of timber.", "Pellan Star"),
    ("The USS Harlan Moore docked at the port on Friday, the embassy said.", "Harlan Moore"),
    ("The hijacked MV Doria Sands is now anchored off the coast, the patrol said.", "Doria Sands"),
])
def test_a_ship_after_its_prefix_is_no_actor(actors_of, text, vessel):
    actors = actors_of(text)
    assert not any(vessel in name for name in actors)


def test_a_rank_standing_alone_is_no_body(actors_of):
    actors = actors_of("The island's navy chief, an Admiral, took charge of the capital on Tuesday, "
                       "the Harbour Council said.")
    assert "Admiral" not in actors
    assert actors.get("Harbour Council") == "organization"


def test_a_name_typed_as_a_bodys_and_set_off_as_of_a_body_is_a_persons(nlp):
    from generator import gazetteer
    from generator.extract.actor_types import classify

    doc = nlp("Tarn Velosko, of the Coastal Hazard Watch Foundation, predicted that the waves would be small.")
    sent = next(doc.sents)
    found = classify(doc, 0, 2, "organization", doc.text, 0, sent, gazetteer.load())
    assert found is not None and found.kind == "person"
