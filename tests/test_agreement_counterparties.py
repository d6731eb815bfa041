"""Deals a party agrees to make with or for another party, told with a verb (``agreed to pay``,
``agreed to merge with``): a card with both parties, named with the verb's noun; and what is no
such deal (a wish, a condition, a duty shared by two, a party nobody names)."""
import pytest

from generator.model import Actor


def actor(kind, name, *aliases):
    return Actor(id=f"{kind}-{name.lower().replace(' ', '-')}", name=name, type=kind, aliases=list(aliases))


ACTORS = [actor("country", "Norway", "Norwegian"), actor("country", "Chile", "Chilean"),
          actor("organization", "Lund Mills"), actor("organization", "Berg Foods"),
          actor("organization", "Harbour Council")]


@pytest.fixture(scope="module")
def agreements_of(agreement_cards):
    return lambda *paragraphs, actors=ACTORS: agreement_cards(paragraphs, actors)


@pytest.mark.parametrize("sentence, name, parties", [
    ("Lund Mills agreed on Monday to pay Berg Foods $4 million for the damaged silos.",
     "Lund Mills' payment to Berg Foods", {"Lund Mills", "Berg Foods"}),
    ("Lund Mills has agreed to merge with Berg Foods, the two firms said.",
     "Lund Mills' merger with Berg Foods", {"Lund Mills", "Berg Foods"}),
    ("Norway agreed to supply Chile with two coastal patrol boats.",
     "Norway's supply to Chile", {"Norway", "Chile"}),
    ("The Harbour Council said it had agreed to lend $2 million to Lund Mills.",
     "Harbour Council's loan to Lund Mills", {"Harbour Council", "Lund Mills"}),
])
def test_a_deal_agreed_with_a_named_party_is_a_card_with_both_parties(agreements_of, sentence, name, parties):
    [deal] = agreements_of(sentence)
    assert deal.name == name
    assert set(deal.parties) == parties
    assert deal.status == "reached"
    assert "agreement.transfer-verb" in deal.rules


def test_the_same_deal_told_twice_is_one_card(agreements_of):
    [merger] = agreements_of("Lund Mills agreed to merge with Berg Foods in March.",
                             "Berg Foods said it had agreed to merge with Lund Mills after a long courtship.")
    assert merger.paragraphs == [0, 1]


@pytest.mark.parametrize("sentence", [
    "Lund Mills would agree to pay Berg Foods only for new silos.",  # a modal
    "Lund Mills did not agree to pay Berg Foods.",  # a negation
    "If Lund Mills agrees to merge with Berg Foods, prices will rise.",  # a condition
    "Lund Mills offered to pay Berg Foods $4 million.",  # a bid, not an agreement
    "Lund Mills wants to merge with Berg Foods.",  # a wish
    "Lund Mills agreed to pay its workers a bonus.",  # no second party named
    "Lund Mills paid Berg Foods $4 million last year.",  # a payment, told with no agreeing
])
def test_what_is_no_deal_agreed_with_a_party_is_no_card(agreements_of, sentence):
    assert agreements_of(sentence) == []


def test_a_deal_the_sentence_names_stays_one_card(agreements_of):
    cards = agreements_of("Under the Harbour Accord, Norway agreed to supply Chile with fuel.")
    assert [c.name for c in cards] == ["Harbour Accord"]


def test_two_firms_that_agree_to_merge_are_both_parties_of_the_merger(agreements_of):
    [merger] = agreements_of("Lund Mills said it and Berg Foods had agreed to merge in a deal worth $40 million.")
    assert merger.name == "Lund Mills' merger with Berg Foods"
    assert set(merger.parties) == {"Lund Mills", "Berg Foods"}
