"""Agreements a newsroom's business and politics stories hold: a purchase or sale told with a
verb, a body's resolution, a venture whose partner is named at its verb, and the later mentions
that refer back to them. What the page shows: each card's name, parties, status."""
import pytest

from generator.model import Actor


def actor(kind, name, *aliases):
    return Actor(id=f"{kind}-{name.lower().replace(' ', '-')}", name=name, type=kind, aliases=list(aliases))


ACTORS = [actor("country", "Norway", "Norwegian"), actor("country", "Sweden", "Swedish"),
          actor("country", "Chile", "Chilean"), actor("organization", "Lund Mills"),
          actor("organization", "Berg Foods"), actor("organization", "Harbour Council")]


@pytest.fixture(scope="module")
def agreements_of(agreement_cards):
    return lambda *paragraphs, actors=ACTORS: agreement_cards(paragraphs, actors)


def test_a_purchase_told_with_a_verb_is_a_deal_and_the_purchase_refers_back_to_it(agreements_of):
    [deal] = agreements_of(
        "Lund Mills agreed on Tuesday to buy Berg Foods for $2 billion.",
        "The purchase will let the two firms share their shops.",
    )
    assert deal.name == "Lund Mills' purchase of Berg Foods"
    assert deal.parties == ["Lund Mills", "Berg Foods"]
    assert deal.status == "reached"
    assert deal.paragraphs == [0, 1]
    assert "agreement.transfer-verb" in deal.rules


def test_a_sale_names_what_was_sold_and_to_whom(agreements_of):
    [sale] = agreements_of("Lund Mills sold its six cargo ferries to Berg Foods last year.")
    assert sale.name == "Lund Mills' sale of its six cargo ferries to Berg Foods"
    assert sale.parties == ["Lund Mills", "Berg Foods"]
    assert sale.status == "reached"
    assert sale.year is None  # "six" and the like are counts, and no year is given


def test_a_purchase_announced_for_later_is_announced(agreements_of):
    [deal] = agreements_of("Lund Mills said on Monday it will acquire Berg Foods.")
    assert deal.name == "Lund Mills' acquisition of Berg Foods"
    assert deal.status == "announced"


@pytest.mark.parametrize("sentence", [
    "Lund Mills could buy Berg Foods.",
    "Lund Mills wants to buy Berg Foods.",
    "Lund Mills did not buy Berg Foods.",
    "If Lund Mills buys Berg Foods, prices will rise.",
    "Shoppers in Chile buy bread from Berg Foods.",
    "Lund Mills has agreed to be acquired by Berg Foods.",  # the subject is what is bought
    "Chile bought most of its grain from Sweden last year.",  # trade between countries, no deal
    "Lund Mills sold 9,000 tonnes of wheat to Berg Foods.",  # a trade figure
    "The sale of tickets began on Monday.",
])
def test_a_deal_that_may_never_be_or_a_habit_is_no_card(agreements_of, sentence):
    assert agreements_of(sentence) == []


def test_a_resolution_a_body_passes_is_its_resolution(agreements_of):
    [resolution] = agreements_of("The Harbour Council passed a resolution to close the northern port.")
    assert resolution.name == "resolution to close the northern port"
    assert resolution.parties == ["Harbour Council"]
    assert resolution.status == "passed"
    assert agreements_of("Norway wants a resolution to the conflict.") == []


def test_who_made_an_agreement_is_named_after_by(agreements_of):
    [accord] = agreements_of("The fishing accord reached on Friday by Norway and Chile ends a long quarrel.")
    assert set(accord.parties) == {"Norway", "Chile"}
    [truce] = agreements_of("Norway and Sweden agreed to a truce mediated by the UN.")
    assert "United Nations" not in truce.parties  # who mediates is no party


def test_a_venture_takes_the_partner_named_at_its_verb(agreements_of):
    [venture] = agreements_of("In 2018, Chile agreed with Norway to open a fish processing plant as a joint venture.")
    assert set(venture.parties) == {"Chile", "Norway"}


def test_a_later_deal_with_the_same_party_is_the_same_deal(agreements_of):
    [deal] = agreements_of(
        "Officials discussed a $2 billion deal with shipbuilder Berg Foods. "
        "Councillor Ana Lind warned about the now-defunct deal to lease 12 ferries from Berg Foods.")
    assert deal.parties == ["Berg Foods"]
    assert "agreement.shared-words" in deal.rules


def test_a_package_is_an_agreement_by_the_word_before_it(agreements_of):
    assert agreements_of("Norway unveiled its overall Social Security reform package.") == []
    [package] = agreements_of("Sweden announced a military aid package for Norway.")
    assert package.parties == ["Norway"]


def test_a_declaration_named_by_its_city_holds_what_it_proposes(agreements_of):
    [declaration] = agreements_of("A common currency is proposed in the Lima declaration.")
    assert declaration.name == "Lima declaration"
    assert declaration.status is None  # the currency is proposed, not the declaration


@pytest.mark.parametrize("sentence, name, parties", [
    ("Lund Mills agreed on Friday to buy a 30 pct stake in Berg Foods.",
     "Lund Mills' purchase of a 30 pct stake in Berg Foods", ["Lund Mills", "Berg Foods"]),
    ("Lund Mills has agreed to acquire the remaining 45 percent of Berg Foods.",
     "Lund Mills' acquisition of the remaining 45 percent of Berg Foods", ["Lund Mills", "Berg Foods"]),
    ("Lund Mills bought Berg Foods' frozen pizza unit last spring.",
     "Lund Mills' purchase of Berg Foods' frozen pizza unit", ["Lund Mills", "Berg Foods"]),
])
def test_a_stake_or_unit_that_changes_hands_makes_its_owner_a_party(agreements_of, sentence, name, parties):
    [deal] = agreements_of(sentence)
    assert deal.name == name
    assert deal.parties == parties


@pytest.mark.parametrize("sentence", [
    "Lund Mills has acquired a 6 pct stake in Berg Foods on the open market.",  # no deal with Berg Foods
    "Lund Mills wants to buy a 30 pct stake in Berg Foods.",
    "Lund Mills bought its stake in the harbour last year.",
])
def test_a_stake_bought_on_the_market_or_only_wanted_is_no_card(agreements_of, sentence):
    assert agreements_of(sentence) == []


def test_a_resolution_a_body_approves_is_its_card_however_long_what_it_says(agreements_of):
    [resolution] = agreements_of("After a long debate, the Harbour Council approved a resolution opposing the decision of "
                                 "the national ferry company to cut the winter crossings to the outer islands.")
    assert resolution.parties == ["Harbour Council"]
    assert resolution.name == "Harbour Council resolution"
    assert "agreement.voted-resolution" in resolution.rules


def test_a_resolution_an_unnamed_body_adopts_is_a_card_and_a_settling_is_not(agreements_of):
    [resolution] = agreements_of("The town council adopted a resolution asking the mayor to report on the ferry talks.")
    assert resolution.name.startswith("resolution asking the mayor")
    assert "agreement.voted-resolution" in resolution.rules
    assert agreements_of("Chile voted for a peaceful resolution of the conflict.") == []
