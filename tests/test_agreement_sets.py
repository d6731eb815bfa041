"""Agreements signed as a set or with a long complement: one card per signing, named from what
they cover, cut at a sensible length."""
import pytest

from generator.model import Actor


def country(name, *aliases):
    return Actor(id=f"country-{name.lower()}", name=name, type="country", aliases=list(aliases))


def body(name, *aliases):
    return Actor(id=f"organization-{name.lower().replace(' ', '-')}", name=name, type="organization", aliases=list(aliases))


ACTORS = [country("Chile", "Chilean"), country("Peru", "Peruvian"),
          body("Lund Oil"), body("Berg Gas"), body("Andean Fuel Company")]


@pytest.fixture(scope="module")
def agreements_of(agreement_cards):
    return lambda *paragraphs: agreement_cards(paragraphs, ACTORS)


def test_accords_signed_as_a_set_are_one_card_named_by_what_they_cover(agreements_of):
    [accords] = agreements_of("Chile and Peru signed accords of cooperation on fishing and mining on Tuesday.")
    assert accords.name == "accords of cooperation on fishing and mining"
    assert set(accords.parties) == {"Chile", "Peru"}
    assert accords.status == "signed"


def test_a_restated_signing_joins_and_another_kind_is_a_card_of_its_own(agreements_of):
    found = agreements_of(
        "Chile and Peru signed accords of collaboration on various subjects.",
        "Chile and Peru signed accords of collaboration on ports, rail, schools, water supply, fisheries "
        "and the mapping of the seabed.",
        "Chile and Peru also signed accords of technical collaboration for seabed surveys.",
    )
    assert [a.name for a in found] == ["accords of collaboration on various subjects",
                                       "accords of technical collaboration for seabed surveys"]
    assert found[0].paragraphs == [0, 1]
    assert all(set(a.parties) == {"Chile", "Peru"} for a in found)


def test_a_protocol_signed_by_two_firms_is_named_by_its_complement(agreements_of):
    [protocol] = agreements_of("Lund Oil and Berg Gas signed a protocol for the building of a pipeline to the coast.")
    assert protocol.name == "protocol for the building of a pipeline to the coast"
    assert set(protocol.parties) == {"Lund Oil", "Berg Gas"}


def test_a_counted_set_signed_in_the_passive_is_a_card(agreements_of):
    found = agreements_of("Chile and Peru signed a fishing pact on Monday.",
                          "Another three agreements were signed in the afternoon.")
    assert [a.name for a in found] == ["Chile–Peru fishing pact", "three agreements"]


def test_a_bracket_that_glosses_a_signer_names_no_other_party(agreements_of):
    [protocol] = agreements_of(
        "Lund Oil (Peruvian Fuel Ltd.) and Berg Gas signed a protocol for the building of a refinery.")
    assert set(protocol.parties) == {"Lund Oil", "Berg Gas"}


@pytest.mark.parametrize("text", [
    "Chile and Peru have signed treaties before.",
    "Chile and Peru may sign accords on fishing and mining.",
    "Chile and Peru did not sign accords on fishing and mining.",
    "Chile and Peru signed no accords on fishing and mining.",
])
def test_agreements_of_a_kind_or_not_signed_are_no_card(agreements_of, text):
    assert agreements_of(text) == []


def test_each_agreement_of_a_signed_list_is_a_card(agreements_of):
    found = agreements_of("Chile and Peru signed a fishing pact and a protocol for the joint patrol of the coast.")
    assert [a.name for a in found] == ["Chile–Peru fishing pact", "protocol for the joint patrol of the coast"]
    assert set(found[1].parties) == {"Chile", "Peru"}


def test_what_a_set_signed_in_the_passive_covers_is_on_its_card(agreements_of):
    found = agreements_of("Chile and Peru signed a fishing pact on Monday.",
                          "Another three agreements were signed covering mining and farming in the north.")
    assert [c.text for c in found[1].covers] == ["covering mining and farming"]


def test_a_states_assurances_of_one_thing_are_its_pledge(agreements_of):
    [pledge] = agreements_of(
        "Peru summoned the envoy over the breach of Chilean assurances that the port would stay open.")
    assert pledge.name == "Chilean assurances"
    assert pledge.parties == ["Chile"]


@pytest.mark.parametrize("text", [
    "Diplomats gave assurances that the port would stay open.",
    "Peru wants Chilean assurances on the port.",
])
def test_assurances_of_no_state_or_of_nothing_said_are_no_card(agreements_of, text):
    assert agreements_of(text) == []
