"""Who speaks a quotation reported through a relative clause, an aside or a phrasal speech verb,
or through a pronoun after a sentence opened by a clause, and a quotation no cue reports, on
sentences written for these tests."""
import pytest

from generator.extract.quotes import extract_quotes
from generator.extract.register import Register
from generator.model import Actor

ACTORS = [
    Actor(id="person-ilse-varga", name="Ilse Varga", type="person", aliases=["Varga"]),
    Actor(id="person-ruben-asante", name="Ruben Asante", type="person", aliases=["Asante"]),
    Actor(id="person-cora-blom", name="Cora Blom", type="person", aliases=["Blom"]),
    Actor(id="person-jonas-pell", name="Jonas Pell", type="person", aliases=["Pell"]),
    Actor(id="organization-harbour-trust", name="Harbour Trust", type="organization"),
]
LATE = '"The work should have started last year," he said.'


@pytest.fixture(scope="module")
def quote(parse_text):
    """``quote(body, start)``: the one quotation of the article that starts with ``start``."""
    def run(body: str, start: str):
        found = [q for q in extract_quotes(parse_text("Quay repairs put to a vote\n\n" + body), Register(ACTORS))[0]
                 if q.text.startswith(start)]
        assert len(found) == 1, [q.text for q in found]
        return found[0]

    return run


def test_who_after_a_person_named_in_an_including_phrase_is_that_person(quote):
    q = quote('Many residents came to the hearing, including Ruben Asante, who said: "The quay must be '
              'rebuilt before the winter storms."', "The quay must")
    assert q.speaker == "Ruben Asante"


def test_one_pronoun_reporting_twice_in_a_sentence_is_one_speaker(quote):
    q = quote('Ruben Asante toured the docks on Monday. He said the budget "was never the issue", '
              'while the new cranes, he says, look "far too slow".', "far too slow")
    assert q.speaker == "Ruben Asante" and "speaker.none-two-cues" not in q.rules


def test_a_phrasal_speech_verb_set_against_the_quotation_is_its_cue(quote):
    q = quote('Cora Blom of the Harbour Trust points out, "The old cranes have failed twice this year alone."',
              "The old cranes")
    assert q.speaker == "Cora Blom"


@pytest.mark.parametrize("sentence, speaker", [
    # a clause before the subject tells the circumstances: "he" is still the subject
    ("Standing beside Jonas Pell on the pier, Ruben Asante inspected the cracked quay.", "Ruben Asante"),
    # a subject that hangs on another man: "he" may be either
    ("Jonas Pell's deputy, Ruben Asante, inspected the cracked quay.", None),
    # the man of the clause named again after the subject: either again
    ("Standing beside Jonas Pell on the pier, Ruben Asante showed Pell the cracked quay.", None),
])
def test_he_after_a_sentence_naming_two_men(quote, sentence, speaker):
    assert quote(sentence + "\n\n" + LATE, "The work should").speaker == speaker


def test_a_paragraph_opening_quotation_is_not_given_to_whom_the_paragraph_before_reports(quote):
    # the words may be anyone's: reported speech before them does not introduce them as a cue does
    q = quote('Ilse Varga said the board would vote on the repairs in March.\n\n'
              '"We cannot pay for all of it this year, and no one pretends we can."', "We cannot pay")
    assert q.speaker is None


@pytest.mark.parametrize("cue", ["he said of Asante", "he told Asante", "he said about Ruben Asante"])
def test_a_pronoun_is_never_the_person_its_own_verb_names(quote, cue):
    q = quote("Ruben Asante has questioned the quay budget for weeks. The harbour board, however, wasted no "
              f'time.\n\n"If you listened, he never said what he would cut," {cue}.', "If you listened")
    assert q.speaker is None


def test_a_pronoun_still_speaks_when_its_verb_names_someone_else(quote):
    q = quote("Ruben Asante has questioned the quay budget for weeks.\n\n"
              '"If you listened, she never said what she would cut," he said of Varga.', "If you listened")
    assert q.speaker == "Ruben Asante"


@pytest.mark.parametrize("body, start, speaker", [
    # a participle clause set before the speaker, parsed with the speaker in apposition inside it
    ('Talking to the Quay Post, the chair of the Harbour Trust, Cora Blom, said, "The cranes will be '
     'replaced next spring."', "The cranes", "Cora Blom"),
    ('Ilse Varga took charge of the trust in May.\n\nIn a letter to the Quay Post, her chief of staff, Jonas Pell, '
     'said: "The plan will not survive the winter."', "The plan will", "Jonas Pell"),
])
def test_a_speaker_after_a_phrase_set_before_the_speech_verb(quote, body, start, speaker):
    assert quote(body, start).speaker == speaker


@pytest.mark.parametrize("opening, speaker", [
    ("Speaking to Jonas Pell of the Harbour Trust", "Ruben Asante"),
    ("Asked about the budget by Jonas Pell", "Ruben Asante"),
])
def test_he_after_a_participle_clause_that_names_another_man(quote, opening, speaker):
    q = quote("Ruben Asante toured the docks on Monday.\n\n" + opening + ', he said: "The quay must be '
              'rebuilt before the winter storms."', "The quay must")
    assert q.speaker == speaker


def test_he_after_a_participle_clause_is_never_the_broadcaster_that_reported(quote):
    # "broadcaster QRN" names a body, which no "he" stands for
    q = quote("Radio station QRN reported on Sunday that harbour master Ruben Asante had known about the cracks in "
              "the quay for a year and had kept quiet. Speaking on Monday to QRN's Jonas Pell, he said, "
              '"I should have closed the quay sooner."', "I should have")
    assert q.speaker == "Ruben Asante"


@pytest.mark.parametrize("body, speaker", [
    ('The Harbour Trust cancelled the regatta on Monday. "No other decision could be taken," said a statement '
     "on the Harbour Trust's website.", "Harbour Trust"),
    ('Cora Blom resigned from the board on Friday. "I leave with a heavy heart," read a message on her '
     "Quayside account.", "Cora Blom"),
])
def test_a_document_put_out_on_a_site_is_its_owners(quote, body, speaker):
    q = quote(body, "No other decision" if "regatta" in body else "I leave")
    assert q.speaker == speaker


def test_a_day_a_relative_pronoun_follows_is_no_speaker(quote):
    q = quote('Cora Blom last updated her blog on Tuesday, which read, "In the besieged port. No ferries '
              'since May."', "In the besieged")
    assert q.speaker is None


@pytest.mark.parametrize("body, start, speaker", [
    ('Ilse Varga distributed leaflets which read, "The board is selling the quay to developers behind the '
     'backs of the crews."', "The board is", "Ilse Varga"),
])
def test_the_words_a_document_reads_in_a_relative_clause_are_its_issuers(quote, body, start, speaker):
    assert quote(body, start).speaker == speaker


@pytest.mark.parametrize("body, start, speaker", [
    ('At the meeting Ilse Varga backed the strike by the porters, saying "Nobody here wants to stop work for '
     'long."', "Nobody here", "Ilse Varga"),
    ("Jonas Pell left the board last year. However, Pell believes that the cranes were bought from a foreign "
     'supplier, stating, "I don\'t think the cranes came from the local yard."', "I don't think", "Jonas Pell"),
    ('Ruben Asante, the new chair, praised his predecessor saying, "She built this club from nothing."',
     "She built", "Ruben Asante"),
])
def test_a_speech_participle_after_a_clause_speaks_for_its_subject(quote, body, start, speaker):
    assert quote(body, start).speaker == speaker


@pytest.mark.parametrize("thing", ["a bill", "a video"])
def test_a_speech_participle_on_a_thing_with_words_of_its_own_is_not_the_clause_subject(quote, thing):
    q = quote(f'Cora Blom cited {thing} stating "The quay must close before the winter."', "The quay must")
    assert q.speaker != "Cora Blom"


@pytest.mark.parametrize("body, start, speaker", [
    ('Cora Blom called the plan "reckless". Harbour master Ruben Asante disagreed with her. "The plan is the '
     'only way to keep the ferries running through the winter."', "The plan is", "Ruben Asante"),
    ("Ruben Asante said the storm had damaged the quay. Ilse Varga later clarified the remarks. \"What the "
     'harbour master means is that the quay is closed for now."', "What the harbour", "Ilse Varga"),
    ('Ilse Varga said drones would be kept away from the harbour "for the sake of the pilots." The pilots\' '
     'union chief, Jonas Pell, said he welcomed the ban. "We asked for this two years ago."',
     "We asked for", "Jonas Pell"),
])
def test_a_quotation_standing_as_a_sentence_takes_whom_the_sentence_before_introduced(quote, body, start, speaker):
    assert quote(body, start).speaker == speaker


def test_words_set_inside_a_sentence_are_not_given_to_the_speaker_of_the_sentence_before(quote):
    q = quote('Jonas Pell told the council he had doubts. What troubled him most was a promise made by a rival '
              'in June that "Once I win, the quay closes for good."', "Once I win")
    assert q.speaker != "Jonas Pell"


def test_a_name_beside_a_subject_before_the_quotation_it_follows_does_not_stop_its_continuation(quote):
    # the sister is named before the first quotation, so the second still goes on with it
    q = quote('His sister Cora Blom told the paper, Varga had been upset and said he "wanted to leave the quay", '
              'but what he had asked for was to "fix the roof, not to sell the house".', "fix the roof")
    assert q.speaker == "Ilse Varga"
