"""A card is named by its core, the agreement noun with its own modifiers; a long clause after it
is what the agreement covers, shown on the card, not its title. A named agreement keeps its name."""
import pytest

from generator.model import Actor


def actor(kind, name, *aliases):
    return Actor(id=f"{kind}-{name.lower().replace(' ', '-')}", name=name, type=kind, aliases=list(aliases))


ACTORS = [actor("country", "Norway", "Norwegian"), actor("country", "Sweden", "Swedish"),
          actor("organization", "Lund Assembly")]


@pytest.fixture
def agreements_of(agreement_cards):
    return lambda *paragraphs, actors=ACTORS: agreement_cards(paragraphs, actors)


@pytest.mark.parametrize("sentence, name, covers", [
    ("The Lund Assembly passed a harbour resolution designating the old lighthouse on the northern cape "
     "a protected landmark.",
     "harbour resolution", "designating the old lighthouse on the northern cape a protected landmark"),
    ("Norway promised steady funding for the fishermen whose boats the storm destroyed last winter.",
     "promise of steady funding", "for the fishermen whose boats the storm destroyed last winter"),
    ("Norway and Sweden agreed to build a bridge across the fjord and to share the cost of its upkeep "
     "over thirty years.",
     "Norway\u2013Sweden agreement to build a bridge across the fjord", "to share the cost of its upkeep over thirty years"),
    ("Norway has reached an agreement with Sweden to build a bridge across the fjord before the winter.",
     "agreement with Sweden", "to build a bridge across the fjord before the winter"),
    ("Norway signed a treaty with Sweden covering the fishing grounds off the northern cape.",
     "treaty with Sweden", "covering the fishing grounds off the northern cape"),
])
def test_a_long_clause_leaves_the_name_for_what_the_card_covers(agreements_of, sentence, name, covers):
    [card] = agreements_of(sentence, actors=ACTORS)
    assert card.name == name
    assert covers in [item.text for item in card.covers]


def test_what_an_agreement_is_about_after_its_parties_leaves_the_name(agreements_of):
    [card] = agreements_of("The accord with Sweden over grazing rights was signed by Norway in May.", actors=ACTORS)
    assert card.name == "accord with Sweden"
    assert "over grazing rights" in card.summary[0]  # the reader still reads it


def test_a_relative_clause_is_not_part_of_a_named_agreement(agreements_of):
    [card] = agreements_of("Norway ratified the Lund Convention on Fishing Rights, which Sweden has not signed.",
                           actors=ACTORS)
    assert card.name == "Lund Convention on Fishing Rights"
    assert "which Sweden has not signed" in card.summary[0]  # the reader still reads it


@pytest.mark.parametrize("sentence, name", [
    ("Norway and Sweden signed the Treaty of Lund in 1990.", "Treaty of Lund"),
    ("Norway and Sweden signed the Lund Agreement on Coastal Fishing in 1990.", "Lund Agreement on Coastal Fishing"),
    ("Norway and Sweden pledged support for the new coastguard.", "Norway\u2013Sweden pledge of support for the new coastguard"),
    # with no parties after the noun, what it is for is what says which agreement it is
    ("Norway and Sweden signed an agreement to build a bridge across the fjord.", "agreement to build a bridge"),
])
def test_a_name_with_no_long_tail_is_kept_as_written(agreements_of, sentence, name):
    [card] = agreements_of(sentence, actors=ACTORS)
    assert card.name == name


def test_the_page_titles_the_card_by_its_core_and_lists_the_clause_under_what_it_covers(explain):
    from generator.render import render_explainer

    page = render_explainer(explain(
        "Assembly backs lighthouse plan\n\nThe Lund Assembly passed a harbour resolution designating the old "
        "lighthouse on the northern cape a protected landmark.\n\nThe vote was close, members said."))
    card = page[page.index("Treaties and agreements"):page.index("## Quotes")]
    assert '"harbour resolution"' in card
    assert "also called" not in card
    covers = card[card.index("What it covers"):]
    assert "designating the old lighthouse" in covers


def test_a_word_an_editor_put_in_brackets_keeps_both_brackets(agreements_of):
    [charter] = agreements_of("She said the city will live up to the values of the [UN] Charter.")
    assert charter.name == "[UN] Charter"


def test_the_body_named_before_a_resolution_is_its_party(agreements_of):
    [resolution] = agreements_of("A Senate resolution on the harbour was debated for a week.",
                                 actors=ACTORS + [actor("organization", "Senate")])
    assert resolution.parties == ["Senate"]
    assert "party.state-modifier" in resolution.rules
