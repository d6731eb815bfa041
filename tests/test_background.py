"""Background: history, definitions of places and groups, key figures, all verbatim."""
import pytest

from generator.extract.background import extract_background
from generator.model import Actor

ACTORS = [Actor(id="country-ethiopia", name="Ethiopia", type="country"),
          Actor(id="place-tigray", name="Tigray", type="place")]


@pytest.fixture(scope="module")
def background_of(parse_text):
    def run(*paragraphs):
        text = "Headline of the story\n\n" + "\n\n".join(paragraphs)
        return extract_background(parse_text(text), ACTORS)

    return run


def texts(items, kind):
    return [i.text for i in items if i.kind == kind]


def test_an_apposition_defines_a_place(background_of):
    items = background_of("Fighting spread to Tigray, a mountainous region in the north of the country, on Monday.")
    assert texts(items, "context") == ["Tigray, a mountainous region in the north of the country"]


def test_a_non_restrictive_clause_defines_a_place(background_of):
    items = background_of("Aid reached Marseille, which lacks hospital beds and clean water, by road.")
    assert texts(items, "context") == ["Marseille, which lacks hospital beds and clean water"]


@pytest.mark.parametrize("sentence", [
    "The two countries have been rivals since a previous war ended in 1994.",
    "The border was closed more than 20 years ago.",
    "Relations have been tense since the 1998 election.",
    "In 2004, the government had repealed the law.",
])
def test_past_events_are_history(background_of, sentence):
    assert texts(background_of(sentence), "history") == [sentence]


@pytest.mark.parametrize("sentence", [
    "Troops crossed the border on Saturday.",
    "The minister has asked for help under the terms of a 1997 pact.",
])
def test_the_news_itself_is_not_history(background_of, sentence):
    assert texts(background_of(sentence), "history") == []


@pytest.mark.parametrize("sentence, figure", [
    ("The war has killed more than 3,000 people.", "more than 3,000 people"),
    ("The army has taken more than 800 sq km of farmland.", "more than 800 sq km"),
    ("The rebels were about 5 km from the capital.", "about 5 km"),
    ("The loan is worth $2 billion.", "$2 billion"),
])
def test_key_figures_come_with_their_sentence(background_of, sentence, figure):
    [item] = [i for i in background_of(sentence) if i.kind == "figure"]
    assert item.figure == figure
    assert item.text == sentence


def test_quoted_speech_is_not_background(background_of):
    items = background_of('"We have fought them since 1990 and lost 4,000 men," the commander said.')
    assert items == []


def test_every_passage_stands_in_its_paragraph(background_of):
    paragraphs = ["Fighting spread to Tigray, a mountainous region in the north of the country, on Monday.",
                  "The war, which has killed more than 3,000 people since it began in 2019, shows no sign of ending."]
    for item in background_of(*paragraphs):
        assert item.text in paragraphs[item.paragraph]
        assert item.kind in ("history", "context", "figure")


@pytest.mark.parametrize("sentence, kind, rule_id", [
    ("Fighting spread to Tigray, a mountainous region in the north of the country, on Monday.", "context",
     "background.apposition"),
    ("The two armies fought a war that ended in 1994.", "history", "background.past-year"),
    ("The dam cost $4 billion to build.", "figure", "background.figure-money"),
])
def test_items_name_the_rule_that_found_them(background_of, sentence, kind, rule_id):
    from generator.extract.provenance import catalogue

    items = background_of(sentence)
    assert rule_id in [r for i in items if i.kind == kind for r in i.rules]
    assert all(i.rules and all(r in catalogue() for r in i.rules) for i in items)
