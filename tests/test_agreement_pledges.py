"""A state's own pledge and the parties a name gives: what the page shows of them (each card's
name, parties, status), and the promises that make no card."""
import pytest

from generator.model import Actor


def actor(kind, name, *aliases):
    return Actor(id=f"{kind}-{name.lower().replace(' ', '-')}", name=name, type=kind, aliases=list(aliases))


ACTORS = [actor("country", "Norway", "Norwegian"), actor("country", "Chile", "Chilean"),
          actor("country", "Peru", "Peruvian"), actor("organization", "Peruvian government"),
          actor("organization", "Lund Mills"), actor("organization", "Berg Foods"),
          actor("organization", "Harbour Council"), actor("place", "Valparaiso"),
          actor("person", "Ana Lind", "Lind")]


@pytest.fixture(scope="module")
def agreements_of(agreement_cards):
    return lambda *paragraphs, actors=ACTORS: agreement_cards(paragraphs, actors)


def test_a_country_that_pledges_to_act_makes_a_pledge_card(agreements_of):
    [pledge] = agreements_of("Chile has pledged to halve its fishing fleet by 2030.")
    assert pledge.name == "pledge to halve its fishing fleet by 2030"
    assert pledge.parties == ["Chile"]
    assert pledge.status == "pledged"
    assert "agreement.state-pledge" in pledge.rules


def test_a_government_that_pledges_a_sum_makes_a_pledge_card(agreements_of):
    [pledge] = agreements_of("The Peruvian government pledged $40 million to rebuild schools in the flooded valleys.")
    assert pledge.name.startswith("pledge of $40 million")
    assert pledge.parties == ["Peruvian government"]
    assert pledge.status == "pledged"


def test_a_pledge_a_state_made_is_a_card_with_that_one_party(agreements_of):
    [pledge] = agreements_of("A $12 million pledge, made by the Peruvian government, will pay for new wharves.")
    assert pledge.name == "$12 million pledge"
    assert pledge.parties == ["Peru"]


def test_a_state_promises_where_it_promised_and_what_in_that_order(agreements_of):
    [pledge] = agreements_of("Norway promised in Valparaiso last week to open its ports to Chilean boats.")
    assert pledge.name.endswith("promise to open its ports to Chilean boats")
    assert pledge.parties == ["Norway"]


@pytest.mark.parametrize("sentence", [
    "Ana Lind pledged to halve the fishing fleet.",  # a person's promise is her own policy
    "Lund Mills has pledged $3 million to the harbour fund.",  # and a firm's
    "Chile has not pledged to halve its fishing fleet.",
    "Chile could pledge to halve its fishing fleet.",
    "Valparaiso pledged to clean its harbour.",  # a city is no state
    "Lind's pledge to cut taxes won votes.",
])
def test_a_promise_of_one_that_is_no_state_or_not_made_is_no_card(agreements_of, sentence):
    assert agreements_of(sentence) == []


@pytest.mark.parametrize("sentence, parties", [
    ("The Norway-Chile fishing pact was signed in 1998.", ["Norway", "Chile"]),
    ("A Peruvian-Chilean accord on salmon took effect on Monday.", ["Peru", "Chile"]),
    ("The Lund Mills - Berg Foods supply deal runs out next year.", ["Lund Mills", "Berg Foods"]),
    ("Fishing resumed under a Norway - Peru truce that Lund Mills brokered.", ["Norway", "Peru"]),
])
def test_two_parties_joined_by_a_dash_before_the_noun_are_its_parties(agreements_of, sentence, parties):
    [card] = agreements_of(sentence)
    assert card.parties == parties
    assert "party.dash-pair" in card.rules


def test_a_dash_inside_a_name_or_before_a_mediator_names_no_pair(agreements_of):
    [truce] = agreements_of("A Norway-brokered truce held in Chile and Peru.")
    assert truce.parties == []
    assert "Norway" in truce.mediators
    [deal] = agreements_of("The Coca-Cola deal with Norway was signed in May.")
    assert deal.parties == ["Norway"]


def test_a_state_s_pledge_in_a_noun_is_a_card_and_a_firm_s_is_not(agreements_of):
    [pledge] = agreements_of("Peru's old pledge to Chile was never kept.")
    assert pledge.name == "Peru's old pledge to Chile"
    assert pledge.parties == ["Peru"]
    assert agreements_of("Lund Mills' old pledge to Chile was never kept.") == []


def test_a_promise_named_by_the_state_that_made_it_is_its_card(agreements_of):
    [promise] = agreements_of("A Chilean promise of fair trials calmed the families of the Norwegian crew.")
    assert promise.name == "Chilean promise of fair trials"
    assert promise.parties == ["Chile"]
    assert "party.state-modifier" in promise.rules
    assert agreements_of("The promise of gold drew many prospectors to the coast.") == []


@pytest.mark.parametrize("sentence, parties", [
    ("The Chile fishing pact was signed in 1998.", ["Chile"]),
    ("A Norwegian grain deal was reached on Monday.", ["Norway"]),
    ("The Valparaiso accord ended the strike.", []),  # a city is no party
    ("Lund Mills praised the Norway\u2013Chile salmon accord.", ["Norway", "Chile"]),  # a pair, read whole
])
def test_the_country_named_before_an_agreement_noun_is_its_party(agreements_of, sentence, parties):
    [card] = agreements_of(sentence)
    assert card.parties == parties


@pytest.mark.parametrize("sentence", [
    "Chile and Peru agreed on Tuesday to meet once more after the harvest.",
    "Late on Friday Peru and Chile reached an agreement to reconvene in Arica.",
    "Peru's government has pledged to begin an attempt at cleaning up the harbour.",
    "Norway and Chile promised to make an effort to settle their quarrel.",
])
def test_a_promise_only_to_meet_or_to_try_is_no_card(agreements_of, sentence):
    assert agreements_of(sentence) == []


@pytest.mark.parametrize("sentence", [
    "Chile and Peru agreed to meet the targets of their salmon quota by 2030.",
    "Chile and Peru agreed to begin withdrawing their boats from the bay.",
])
def test_a_promise_to_meet_a_target_or_to_begin_a_deed_is_still_a_card(agreements_of, sentence):
    [card] = agreements_of(sentence)
    assert set(card.parties) == {"Chile", "Peru"}


@pytest.mark.parametrize("sentence", [
    "Several delegates agreed saying the harbour fees were far too high.",
    "Chile and Peru agreed saying the quotas were set too low.",
])
def test_agreeing_with_what_someone_said_is_no_pledge(agreements_of, sentence):
    assert agreements_of(sentence) == []
