"""Who a pronoun speaker stands for across paragraphs and titles, on sentences written for these tests."""
import pytest

from generator.model import Actor

ACTORS = [
    Actor(id="person-jonas-pell", name="Jonas Pell", type="person", aliases=["Pell"]),
    Actor(id="person-tomas-okafor", name="Tomas Okafor", type="person", aliases=["Okafor"]),
    Actor(id="person-ines-arlet", name="Ines Arlet", type="person", aliases=["Arlet"]),
]


@pytest.fixture(scope="module")
def quotes_of(story_quotes):
    return lambda body, actors=ACTORS: story_quotes(body, actors)


def one(quotes, start: str):
    found = [q for q in quotes if q.text.startswith(start)]
    assert len(found) == 1, [q.text for q in quotes]
    return found[0]


def test_a_new_paragraph_that_names_someone_else_leaves_he_unattributed(quotes_of):
    body = ('Jonas Pell said the ferries would sail again on Monday.\n\n'
            'The union wrote to Tomas Okafor about the rota on Tuesday. "We will not sign it," he said.')
    assert one(quotes_of(body), "We will not sign").speaker is None


def test_a_new_paragraph_that_names_the_speaker_again_keeps_him(quotes_of):
    body = ('Jonas Pell said the ferries would sail again on Monday.\n\n'
            "Pell's office wrote to Tomas Okafor about the rota on Tuesday. \"We will not sign it,\" he said.")
    assert one(quotes_of(body), "We will not sign").speaker == "Jonas Pell"
