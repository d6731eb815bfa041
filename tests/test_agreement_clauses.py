"""A promise told with a verb in a sentence that names an agreement, and resolutions no body
passed: the agreement stays one card, and a word in passing makes none."""
import pytest

from generator.model import Actor


def actor(kind, name, *aliases):
    return Actor(id=f"{kind}-{name.lower().replace(' ', '-')}", name=name, type=kind, aliases=list(aliases))


ACTORS = [actor("country", "Norway", "Norwegian"), actor("country", "Sweden", "Swedish"),
          actor("country", "Chile", "Chilean"), actor("country", "Peru", "Peruvian"),
          actor("organization", "Lund Assembly"), actor("organization", "Harbour Council")]


@pytest.fixture(scope="module")
def agreements_of(agreement_cards):
    return lambda *paragraphs, actors=ACTORS: agreement_cards(paragraphs, actors)


@pytest.mark.parametrize("paragraphs", [
    ("Chile and Peru signed a fisheries accord in Lima.", "Under the accord, Chile and Peru agreed to share patrol boats."),
    ("Chile and Peru signed a fisheries accord in Lima.", "The accord, which Chile and Peru agreed to honour, ran out in May."),
    ("Chile and Peru signed a fisheries accord in Lima on Monday and agreed to meet again in June.",),
    ("Chile and Peru agreed to sign a fisheries accord in Lima.",),
])
def test_a_promise_that_is_the_agreement_or_one_of_its_terms_makes_no_second_card(agreements_of, paragraphs):
    [accord] = agreements_of(*paragraphs)
    assert "accord" in accord.name
    assert set(accord.parties) == {"Chile", "Peru"}


def test_a_promise_told_in_an_aside_after_the_accord_s_name_is_that_accord(agreements_of):
    [accord] = agreements_of("By straying from the wording of the Lima accord -- that Chile and Peru agreed to share "
                             "patrol boats -- the minister angered both capitals.")
    assert accord.name == "Lima accord"


@pytest.mark.parametrize("sentence", [
    "A resolution of the dispute over the quotas seems far off.",
    "The mayor passed a resolution to the council for its comments.",
    "A resolution drafted by the Harbour Council was never put to a vote.",
])
def test_a_resolution_no_body_passed_is_no_card(agreements_of, sentence):
    assert agreements_of(sentence) == []
