"""Agreements still to be made: an agreement that talks aim at, or that someone wants, fails or
is keen to reach, is no card on the page; one that is due to be signed, or that people met to
sign, is. A signing that failed, was refused or may yet happen gives a card no status."""
import pytest

from generator.model import Actor


def country(name, *aliases):
    return Actor(id=f"country-{name.lower()}", name=name, type="country", aliases=list(aliases))


ACTORS = [country("Chile", "Chilean"), country("Peru", "Peruvian"), country("Bolivia", "Bolivian")]


@pytest.fixture(scope="module")
def agreements_of(agreement_cards):
    return lambda *paragraphs: agreement_cards(paragraphs, ACTORS)


@pytest.mark.parametrize("paragraphs", [
    ("Bolivia has pressed Chile and Peru to strike a deal before the rains.",),
    ("Chile failed to strike a deal with the fishing unions on Monday.",),
    ("Peru is keen to sign a new accord on river water, the minister said.",),
    ("Bolivia's president said Chile and Peru were unable to reach an agreement on the border.",),
    ("Talks between Chile and Peru on a new fishing pact broke down in May.",),
    ("Chile and Peru held negotiations in Lima for a river-water treaty.",),
])
def test_an_agreement_that_is_only_aimed_at_is_no_card(agreements_of, paragraphs):
    assert agreements_of(*paragraphs) == []


def test_an_agreement_due_to_be_signed_is_a_card_with_its_parties(agreements_of):
    [accord] = agreements_of("Chile and Peru are expected to sign a fishing accord on Friday.")
    assert accord.name == "Chile\u2013Peru fishing accord"
    assert set(accord.parties) == {"Chile", "Peru"}
    assert accord.status == "to be signed"


def test_an_agreement_its_parties_met_to_sign_is_a_card_with_its_parties(agreements_of):
    [accord] = agreements_of(
        "Chile and Peru flew to Lima on Monday to sign an accord on river water.")
    assert accord.name == "accord on river water"
    assert set(accord.parties) == {"Chile", "Peru"}
    assert accord.status == "to be signed"


@pytest.mark.parametrize("sentence, status", [
    ("The Chilean and Peruvian envoys met in Quito on Sunday to sign a water-sharing pact.", "to be signed"),
    ("Chile and Peru were due to ratify the Arica Treaty in March.", None),
    ("Chile and Peru are scheduled to reach a grazing deal next week.", None),
    ("Chile will sign a grazing deal with Peru in the spring.", "to be signed"),
])
def test_who_is_to_sign_an_agreement_later_is_its_party_and_it_is_not_yet_signed(agreements_of, sentence, status):
    [card] = agreements_of(sentence)
    assert set(card.parties) == {"Chile", "Peru"}
    assert card.status == status


@pytest.mark.parametrize("sentence", [
    "Communiques of both ministries were read aloud in Chile and Peru.",
    "Statements on the flooding were posted by Chile and Peru.",
])
def test_a_capital_that_only_opens_the_sentence_makes_no_joint_statement(agreements_of, sentence):
    assert agreements_of(sentence) == []


def test_a_named_agreement_still_to_be_made_stays_a_card(agreements_of):
    [pact] = agreements_of("Chile and Peru began talks on a fishing pact with Bolivia in May.")
    assert set(pact.parties) >= {"Bolivia"}


def test_a_joint_promise_is_named_without_the_clause_that_follows_it(agreements_of):
    [pledge] = agreements_of("Chile and Peru pledged to share the river's water until a new dam is built.")
    assert pledge.name == "Chile\u2013Peru pledge to share the river's water"


@pytest.mark.parametrize("sentence", [
    "Chile and Peru failed to ratify the Lima Treaty.",
    "Chile did not sign the Lima Treaty with Peru.",
    "Chile and Peru could sign the Lima Treaty next year.",
    "Bolivia urged Chile and Peru to ratify the Lima Treaty.",
])
def test_a_signing_that_did_not_or_may_not_happen_gives_no_status(agreements_of, sentence):
    [treaty] = agreements_of(sentence)
    assert treaty.name == "Lima Treaty"
    assert treaty.status is None


@pytest.mark.parametrize("sentence, status", [
    ("Chile and Peru voted to ratify the Lima Treaty.", "ratified"),
    ("Chile and Peru are expected to sign the Lima Treaty.", "to be signed"),
    ("Chile and Peru ratified the Lima Treaty in May.", "ratified"),
])
def test_a_signing_that_is_done_or_set_gives_its_status(agreements_of, sentence, status):
    [treaty] = agreements_of(sentence)
    assert treaty.status == status


def test_who_would_never_ratify_an_agreement_is_no_party_to_it(agreements_of):
    [treaty] = agreements_of("Chile and Peru agreed a border treaty. Bolivia would never ratify the treaty, its president said.")
    assert set(treaty.parties) == {"Chile", "Peru"}
    assert treaty.status == "reached"


@pytest.mark.parametrize("sentence, status", [
    ("The Arica Treaty was signed by Chile and Peru in a border town.", "signed"),
    ("A grazing accord was reached by Chile and Peru after long talks.", "reached"),
    ("The grazing accord had been sealed by Chile and Peru before the rains.", "signed"),
])
def test_who_signs_an_agreement_in_the_passive_is_its_party(agreements_of, sentence, status):
    [card] = agreements_of(sentence)
    assert set(card.parties) == {"Chile", "Peru"}
    assert card.status == status
