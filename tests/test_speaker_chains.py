"""Who a pronoun speaker stands for along the story's chain of mentions: the gender its earlier
pronouns gave a person, a person brought in by an indefinite description, the subject of an
infinitive, on sentences written for these tests."""
import pytest

from generator.model import Actor

ACTORS = [
    Actor(id="person-jonas-pell", name="Jonas Pell", type="person", aliases=["Pell"]),
    Actor(id="person-tomas-okafor", name="Tomas Okafor", type="person", aliases=["Okafor"]),
    Actor(id="person-oskari-ravn", name="Oskari Ravn", type="person", aliases=["Ravn"]),
    Actor(id="person-ilkka-tamm", name="Ilkka Tamm", type="person", aliases=["Tamm"]),
    Actor(id="organization-harbour-authority", name="Harbour Authority", type="organization"),
]


@pytest.fixture(scope="module")
def quotes_of(story_quotes):
    return lambda body: story_quotes(body, ACTORS)


def one(quotes, start: str):
    found = [q for q in quotes if q.text.startswith(start)]
    assert len(found) == 1, [q.text for q in quotes]
    return found[0]


def test_the_subject_of_an_infinitive_is_not_the_one_the_story_goes_on_with(quotes_of):
    body = ("Jonas Pell wants Tomas Okafor to explain the delays to the council next week. "
            '"Nobody has told the passengers anything," he said.')
    assert one(quotes_of(body), "Nobody has told").speaker == "Jonas Pell"


# guards: what was right stays right
