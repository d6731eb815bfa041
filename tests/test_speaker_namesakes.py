"""A surname alone that two people of a story share: the one of them the story shows, else no one.
Stories written for these tests."""


def speaker(explainer, start: str):
    found = [q for q in explainer.quotes if q.text.startswith(start)]
    assert len(found) == 1, [q.text for q in explainer.quotes]
    return found[0].speaker


def test_a_surname_both_were_named_with_at_once_is_given_to_neither(explain):
    explainer = explain("Crash in Dunmore\n\n"
                        "Nils Haugland, a student at the city college, was the son of Petter Haugland, a retired "
                        "judge. A truck struck Haugland on Monday.\n\n"
                        "\"He was a kind boy,\" said his father.\n\n"
                        "Police said Haugland had crossed on a green light.\n\n"
                        "\"The light was green,\" Haugland told reporters.\n")
    assert speaker(explainer, "The light was green") is None


def test_the_one_the_story_called_by_the_surname_alone_keeps_it_after_a_relative_is_named(explain):
    explainer = explain("Mayor fights for the harbour\n\n"
                        "Mayor Ana Lind opened the new ferry terminal on Monday. Lind has led the town since 2019.\n\n"
                        "Lind later thanked her husband, Tom Lind, who built the first pier.\n\n"
                        "The crowd cheered as the first boat came in.\n\n"
                        "\"This harbour belongs to everyone,\" Lind said.\n")
    assert speaker(explainer, "This harbour belongs") == "Ana Lind"


def test_a_surname_after_a_paragraph_whose_subject_is_one_of_them_is_that_one(explain):
    explainer = explain("Divers remembered in Porto Vale\n\n"
                        "Marco Vidal, a diver, died in the harbour in 2019. The town council named a pier after him.\n\n"
                        "On Friday Rosa Vidal, the mother of Marco Vidal, rejected the council's account of the accident.\n\n"
                        "\"Nobody told us the truth,\" Vidal said.\n")
    assert speaker(explainer, "Nobody told us") == "Rosa Vidal"


def test_an_honorific_gives_the_surname_to_the_one_of_its_gender(explain):
    explainer = explain("Couple share prize\n\n"
                        "Sofia Brandt won the town's design prize on Monday with her husband, Erik Brandt.\n\n"
                        "\"We never expected it,\" Mrs Brandt said.\n")
    assert speaker(explainer, "We never expected") == "Sofia Brandt"


def test_a_pronoun_after_a_surname_left_to_neither_is_the_one_of_its_gender(explain):
    explainer = explain("Couple share prize\n\n"
                        "The jury gave its design prize to Sofia Brandt and her husband, Erik Brandt. Brandt "
                        "thanked the jury.\n\n"
                        "\"We never expected it,\" she said.\n")
    assert speaker(explainer, "We never expected") == "Sofia Brandt"
