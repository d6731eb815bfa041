"""Names the tagger types as a body's or a person's that are neither: a ship's name after its prefix and
a title standing alone; on sentences written for these tests."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, vessel", [
    ("Navy officers confirmed the hijack of MV Pellan Star, with eight pirates on board.", "Pellan Star"),
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
