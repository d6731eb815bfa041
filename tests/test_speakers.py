"""Who speaks a quotation when the parse is wrong in the ways news sentences often are, and the
speech verbs of the lexicon, on sentences and parses written for these tests."""
import pytest
from spacy.tokens import Doc

from generator.extract.speech import subject_and_rule
from generator.model import Actor

ACTORS = [
    Actor(id="person-marta-lindqvist", name="Marta Lindqvist", type="person", aliases=["Lindqvist"]),
    Actor(id="person-tomas-okafor", name="Tomas Okafor", type="person", aliases=["Okafor"]),
    Actor(id="person-helen-draycott", name="Helen Draycott", type="person", aliases=["Draycott"]),
    Actor(id="person-jonas-pell", name="Jonas Pell", type="person", aliases=["Pell"]),
]


@pytest.fixture(scope="module")
def quotes_of(story_quotes):
    return lambda body, actors=ACTORS: story_quotes(body, actors)


def one(quotes, start: str):
    found = [q for q in quotes if q.text.startswith(start)]
    assert len(found) == 1, [q.text for q in quotes]
    return found[0]


def _doc(nlp, words, heads, deps, pos):
    return Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)


def _quoted(doc, first: int, last: int):
    """The character range of the quotation from token ``first`` to token ``last``."""
    return [(doc[first].idx, doc[last].idx + len(doc[last]))]


def test_a_name_hung_on_the_speech_verb_as_a_compound_is_its_subject(nlp):
    # '"Fares rise," Okafor notes.' with the name read as a modifier of "notes"
    words = ['"', "Fares", "rise", ",", '"', "Okafor", "notes", "."]
    doc = _doc(nlp, words, [6, 2, 6, 6, 6, 6, 6, 6],
               ["punct", "nsubj", "ccomp", "punct", "punct", "compound", "ROOT", "punct"],
               ["PUNCT", "NOUN", "VERB", "PUNCT", "PUNCT", "PROPN", "VERB", "PUNCT"])
    subject, how = subject_and_rule(doc[6], _quoted(doc, 0, 4))
    assert (subject.text, how) == ("Okafor", "speaker.subject-of-cue")


def test_a_compound_that_is_not_right_before_the_verb_is_no_subject(nlp):
    # "harbour fees rise" as a misparse: the compound is a noun, not a name before the verb
    words = ['"', "Fares", "rise", ",", '"', "harbour", "staff", "notes", "."]
    doc = _doc(nlp, words, [7, 2, 7, 7, 7, 7, 7, 7, 7],
               ["punct", "nsubj", "ccomp", "punct", "punct", "compound", "compound", "ROOT", "punct"],
               ["PUNCT", "NOUN", "VERB", "PUNCT", "PUNCT", "NOUN", "NOUN", "VERB", "PUNCT"])
    assert subject_and_rule(doc[7], _quoted(doc, 0, 4)) == (None, None)


def test_a_name_after_the_verb_hung_on_a_later_verb_still_speaks(nlp):
    # '"We stay," said Tomas Okafor, founder of Sail On.' with "Okafor" made subject of "Sail"
    words = ['"', "We", "stay", ",", '"', "said", "Tomas", "Okafor", ",", "founder", "of", "Sail", "On", "."]
    doc = _doc(nlp, words, [5, 2, 5, 5, 5, 5, 7, 11, 7, 7, 9, 5, 11, 5],
               ["punct", "nsubj", "ccomp", "punct", "punct", "ROOT", "compound", "nsubj", "punct", "appos", "prep",
                "ccomp", "prt", "punct"],
               ["PUNCT", "PRON", "VERB", "PUNCT", "PUNCT", "VERB", "PROPN", "PROPN", "PUNCT", "NOUN", "ADP", "VERB",
                "ADP", "PUNCT"])
    subject, how = subject_and_rule(doc[5], _quoted(doc, 0, 4))
    assert (subject.text, how) == ("Okafor", "speaker.inverted")


def test_a_date_after_the_verb_is_no_speaker(nlp):
    # '"We stay," said Monday ...': a day, not a name
    words = ['"', "We", "stay", ",", '"', "said", "Monday", "."]
    doc = _doc(nlp, words, [5, 2, 5, 5, 5, 5, 5, 5],
               ["punct", "nsubj", "ccomp", "punct", "punct", "ROOT", "npadvmod", "punct"],
               ["PUNCT", "PRON", "VERB", "PUNCT", "PUNCT", "VERB", "PROPN", "PUNCT"])
    doc.ents = [doc.char_span(doc[6].idx, doc[6].idx + 6, label="DATE")]
    subject, _ = subject_and_rule(doc[5], _quoted(doc, 0, 4))
    assert subject is None or subject.text != "Monday"


@pytest.mark.parametrize("body, start, speaker", [
    # speech verbs of every kind
    ("\"The timetable is a fiction,\" Helen Draycott fumed.", "The timetable is a fiction", "Helen Draycott"),
    ("\"Sit down and wait your turn,\" Tomas Okafor barked at the crowd.", "Sit down and wait", "Tomas Okafor"),
    ("Marta Lindqvist assured the crews that \"every boat will sail by Friday.\"", "every boat will sail",
     "Marta Lindqvist"),
    ("\"Perhaps the fish will strike next,\" Tomas Okafor mocked.", "Perhaps the fish", "Tomas Okafor"),
    ("\"Who pays for the fuel?\" Helen Draycott wondered.", "Who pays for the fuel", "Helen Draycott"),
    # a pronoun passes over the person the article shows to be of the other gender
    ("Tomas Okafor spoke to his crews on Monday. Helen Draycott answered questions about her plan. "
     "\"The boats will sail,\" he said.", "The boats will sail", "Tomas Okafor"),
    # the person the article shows to be of the pronoun's gender is still its antecedent when last
    ("Jonas Pell took the stand on Monday. Helen Draycott opened her office to the crews. "
     "\"The boats will sail,\" she said.", "The boats will sail", "Helen Draycott"),
    # a pronoun passes over the person whose given name is of the other gender
    ("Helen Draycott opened the meeting. Jonas Pell took the stand on Monday. "
     "\"The boats will sail,\" she said.", "The boats will sail", "Helen Draycott"),
    # an object pronoun is no evidence of gender: "her" is someone the article does not name
    ("Tomas Okafor praised her at the quay on Monday. \"The boats will sail,\" he said.", "The boats will sail",
     "Tomas Okafor"),
    # a participle hung on a passive verb is spoken by its subject, not its agent
    ("Tomas Okafor was interviewed by the local radio, saying \"the ferries will sail by Friday.\"",
     "the ferries will sail", "Tomas Okafor"),
    # an email speaks for whoever sent it
    ("Tomas Okafor sent an email to the crews on Monday. \"The boats will sail on Friday,\" the email said.",
     "The boats will sail", "Tomas Okafor"),
    # a pronoun stands for the subject of the sentence, not for one inside a clause that describes its object
    ("Tomas Okafor signed a deal with the crews under which Jonas Pell left the board. "
     "\"Nobody sails tonight,\" he said.", "Nobody sails tonight", "Tomas Okafor"),
    # "according to X" names the source of what follows, as a speaker is: "he" goes back to X
    ("Marta Lindqvist spoke at the quay on Monday. According to Tomas Okafor, most crews stayed home. "
     "\"They will be back by Friday,\" he told reporters.", "They will be back", "Tomas Okafor"),
    # a title that the article gave one person names that person
    ("The strike was condemned by archbishop Jonas Pell. \"Let the boats sail,\" the archbishop said.",
     "Let the boats sail", "Jonas Pell"),
    # a verb that reports speech only beside quoted words may carry a phrase of where or how
    ("\"Nobody sails tonight,\" Helen Draycott continued in the statement.", "Nobody sails tonight",
     "Helen Draycott"),
    ("Tomas Okafor spoke on the radio, \"The boats will sail by Friday.\"", "The boats will sail", "Tomas Okafor"),
    # a document that "said" in a relative clause speaks for whoever put it out
    ("Marta Lindqvist issued a two-line memo that said: \"Every crew will be paid.\"",
     "Every crew will be paid", "Marta Lindqvist"),
    # nobody: such a verb with words of its own, away from the quotation, reports nothing
    ("The strike continued in the north. \"Nobody sails tonight.\"", "Nobody sails tonight", None),
    # nobody: "wonder" reports nothing without quoted words beside it
    ("Helen Draycott wondered about the weather for days. \"The port stays shut.\"", "The port stays shut", None),
    # nobody: the pronoun may stand for the person a verb acts on
    ("Tomas Okafor thanked Jonas Pell for the timetable, and he added, \"Nobody sails tonight.\"",
     "Nobody sails tonight", None),
])
def test_the_speaker_of_a_quotation(quotes_of, body, start, speaker):
    assert one(quotes_of(body), start).speaker == speaker


@pytest.mark.parametrize("body, start, not_speaker", [
    # a speech verb in a clause of time does not report the words after it
    ("After Marta Lindqvist announced the new timetable on the radio, the strikers were already singing, "
     "\"Not one boat leaves.\"", "Not one boat leaves", "Marta Lindqvist"),
    # the document spoken of is the latest one
    ("Tomas Okafor sent an email to the crews on Monday. The union sent out an email news digest on Tuesday. "
     "\"Every crew must stay home,\" the email said.", "Every crew must", "Tomas Okafor"),
])
def test_who_does_not_speak_a_quotation(quotes_of, body, start, not_speaker):
    assert one(quotes_of(body), start).speaker != not_speaker


def test_it_said_never_goes_to_a_place_or_to_a_body_inside_another_speakers_words(quotes_of):
    actors = ACTORS + [Actor(id="place-port-elder", name="Port Elder", type="place"),
                       Actor(id="organization-harbour-board", name="Harbour Board", type="organization")]
    body = ("Marta Lindqvist said that Port Elder had never seen such queues.\n\n"
            "\"The ferries will run again,\" it said.")
    q = one(quotes_of(body, actors=actors), "The ferries will run")
    assert q.speaker is None and "could not be tied" in q.note
    body = ("Marta Lindqvist said that the Harbour Board had cut the timetable.\n\n"
            "\"The ferries will run again,\" it said.")
    assert one(quotes_of(body, actors=actors), "The ferries will run").speaker is None
    # the body the article's own clause is about still speaks through "it"
    body = "The Harbour Board cut the timetable on Monday. \"The ferries will run again,\" it said."
    assert one(quotes_of(body, actors=actors), "The ferries will run").speaker == "Harbour Board"


def test_a_pronoun_is_the_subject_of_its_own_sentence_when_others_there_hang_on_nouns(quotes_of):
    body = ("Tomas Okafor, reading out the will of Jonas Pell, said the quay would close, and he added, "
            "\"Nobody sails tonight.\"")
    q = one(quotes_of(body), "Nobody sails tonight")
    assert q.speaker == "Tomas Okafor" and "speaker.pronoun-sentence-subject" in q.rules


def test_a_title_cut_from_its_name_is_no_speaker():
    from generator.extract.attribution import named_or_none
    from generator.extract.speech import Who

    assert named_or_none(Who("Harbour Capt.")).name is None
    assert named_or_none(Who("Tomas Okafor")).name == "Tomas Okafor"


def test_a_name_that_owns_what_follows_the_verb_is_not_its_speaker(nlp):
    # '"Late," he wrote, saying Okafor's plan ...': a possessive, not an inverted speaker
    words = ['"', "Late", ",", '"', "saying", "Okafor", "'s", "plan", "failed", "."]
    doc = _doc(nlp, words, [4, 4, 4, 4, 4, 7, 5, 8, 4, 4],
               ["punct", "dep", "punct", "punct", "ROOT", "poss", "case", "nsubj", "ccomp", "punct"],
               ["PUNCT", "ADJ", "PUNCT", "PUNCT", "VERB", "PROPN", "PART", "NOUN", "VERB", "PUNCT"])
    subject, _ = subject_and_rule(doc[4], _quoted(doc, 0, 3))
    assert subject is None or subject.text != "Okafor"


def test_an_outlet_that_reported_the_words_in_an_as_aside_is_not_their_speaker(quotes_of):
    body = "Tomas Okafor said \u2014 as reported by the Daily Clarion \u2014 \"The ferries will run again.\""
    assert one(quotes_of(body), "The ferries will run").speaker == "Tomas Okafor"
    # someone who speaks in an "as" clause of their own still speaks the words after it
    body = "\"There is a man here with a problem,\" Okafor said as the man yelled: \"Go home!\""
    assert one(quotes_of(body), "Go home").speaker == "the man"


def test_a_relative_aside_before_the_quotation_does_not_report_it(nlp):
    # 'Okafor spoke - which the Clarion noted - "Fares rise."' with "noted" hung on "spoke"
    from generator.extract.speech import source_aside

    words = ["Okafor", "spoke", "\u2014", "which", "the", "Clarion", "noted", "\u2014", '"', "Fares", "rise", ".", '"']
    doc = _doc(nlp, words, [1, 10, 1, 6, 5, 6, 1, 1, 10, 10, 10, 10, 10],
               ["nsubj", "ccomp", "punct", "dobj", "det", "nsubj", "ccomp", "punct", "punct", "nsubj", "ROOT",
                "punct", "punct"],
               ["PROPN", "VERB", "PUNCT", "PRON", "DET", "PROPN", "VERB", "PUNCT", "PUNCT", "NOUN", "VERB",
                "PUNCT", "PUNCT"])
    assert source_aside(doc[6]) and not source_aside(doc[1])


def test_a_name_after_a_description_and_a_comma_is_the_speaker_when_both_are_subjects(nlp):
    # 'A member of the board, Piet Vandermeer said, "Fares rise."' parsed with two subjects
    words = ["A", "member", "of", "the", "board", ",", "Piet", "Vandermeer", "said", ",", '"', "Fares", "rise", ".",
             '"']
    doc = _doc(nlp, words, [1, 8, 1, 4, 2, 8, 7, 8, 8, 8, 8, 12, 8, 8, 8],
               ["det", "nsubj", "prep", "det", "pobj", "punct", "compound", "nsubj", "ROOT", "punct", "punct",
                "nsubj", "ccomp", "punct", "punct"],
               ["DET", "NOUN", "ADP", "DET", "NOUN", "PUNCT", "PROPN", "PROPN", "VERB", "PUNCT", "PUNCT", "NOUN",
                "VERB", "PUNCT", "PUNCT"])
    subject, _ = subject_and_rule(doc[8], _quoted(doc, 10, 14))
    assert subject.text == "Vandermeer"


def test_a_body_named_in_apposition_to_one_of_a_group_is_the_speaker(quotes_of):
    body = ("One of these unions, the Dockers Guild, opposed the plan and said it had been given "
            "\"a promise that the quay stays open.\"")
    q = one(quotes_of(body), "a promise that the quay")
    assert q.speaker == "Dockers Guild" and "speaker.name-in-apposition" in q.rules


def test_the_agency_after_according_to_is_not_the_speaker_of_the_person_it_cites(quotes_of):
    body = ("According to the news agency Harbourwire, the port director, Piet Vandermeer, said the quay must "
            "face \"a full inspection\", adding it would close.")
    assert one(quotes_of(body), "a full inspection").speaker == "Piet Vandermeer"


def test_what_a_speaker_cites_before_saying_something_is_not_the_speaker(quotes_of):
    body = ("Tomas Okafor cited Article 9 of the harbour charter and said, \"They must keep the quay open\", "
            "while addressing the press.")
    assert one(quotes_of(body), "They must keep the quay open").speaker == "Tomas Okafor"


def test_he_after_a_sentence_that_reports_what_another_did_is_the_one_who_reported_it(quotes_of):
    body = ("Harbour spokesman Tomas Okafor said Jonas Pell had kept in close touch with the crews all winter.\n\n"
            "\"I would think that would matter to the ferry users,\" he said.")
    q = one(quotes_of(body), "I would think that would matter")
    assert q.speaker == "Tomas Okafor"


def test_the_person_a_body_runs_on_to_through_a_title_is_the_speaker(quotes_of):
    body = ("Quay Trust\u2013Harbour Fund chairman Piet Vandermeer said the fees \"hurt every ferry user\", further "
            "saying, \"Beyond that, it also cuts trade.\"")
    quotes = quotes_of(body)
    assert [q.speaker for q in quotes] == ["Piet Vandermeer", "Piet Vandermeer"]


def test_the_audience_of_a_verb_taken_for_a_participle_is_not_the_speaker(nlp):
    # 'Okafor speaking to the panel called the fees "unfair".' with "called" hung on "panel"
    words = ["Okafor", "speaking", "to", "the", "panel", "called", "the", "fees", '"', "unfair", '"', "."]
    doc = _doc(nlp, words, [0, 0, 1, 4, 2, 4, 7, 5, 9, 5, 9, 0],
               ["ROOT", "acl", "prep", "det", "pobj", "acl", "det", "dobj", "punct", "oprd", "punct", "punct"],
               ["PROPN", "VERB", "ADP", "DET", "NOUN", "VERB", "DET", "NOUN", "PUNCT", "ADJ", "PUNCT", "PUNCT"])
    subject, _ = subject_and_rule(doc[5], _quoted(doc, 8, 10))
    assert subject is None or subject.text != "panel"


def test_a_dateline_that_opens_the_paragraph_is_not_the_speaker(quotes_of):
    actors = ACTORS + [Actor(id="place-riverton", name="Riverton", type="place")]
    body = ("RIVERTON \u2014 Independent state Sen. Tomas Okafor on Friday pummeled the ferry board as slow while "
            "praising the crews as a \"work team, not a show team.\"")
    q = one(quotes_of(body, actors=actors), "work team")
    assert q.speaker is None and "speaker.none-dateline" in q.rules
    # a body written in capitals before a dash is still a body that speaks
    actors = actors + [Actor(id="org-nato", name="NATO", type="organization")]
    body = "NATO \u2014 the alliance of many states \u2014 said on Monday it was \"ready to help.\""
    assert one(quotes_of(body, actors=actors), "ready to help").speaker == "NATO"


def test_a_clause_before_a_colon_that_another_verb_reports_is_that_speakers(quotes_of):
    # the repairs do not speak: the one who is sure of them does
    body = "Helen Draycott seemed sure the repairs would hold: \"The crane is safe now.\""
    q = one(quotes_of(body), "The crane is safe now")
    assert q.speaker == "Helen Draycott" and "speaker.colon-clause-reported" in q.rules
    body = "Helen Draycott is confident that the repairs will hold: \"The crane is safe now.\""
    assert one(quotes_of(body), "The crane is safe now").speaker == "Helen Draycott"


def test_a_reported_clause_whose_verb_reports_speech_keeps_its_own_speaker(quotes_of):
    body = "Jonas Pell said Draycott told him: \"The crane will be fixed by spring.\""
    assert one(quotes_of(body), "The crane will be fixed").speaker == "Helen Draycott"


def test_it_after_a_document_is_whoever_issued_the_document(quotes_of):
    body = ("Jonas Pell sent a letter to the ferry board on Monday. \"We cannot keep the quay open without "
            "repairs,\" it read.")
    q = one(quotes_of(body), "We cannot keep the quay open")
    assert q.speaker == "Jonas Pell" and "speaker.document-pronoun" in q.rules
    body = "Helen Draycott released a statement on Friday.\n\n\"The crane is safe,\" it said."
    assert one(quotes_of(body), "The crane is safe").speaker == "Helen Draycott"


def test_it_after_a_body_named_since_the_document_is_that_body(quotes_of):
    body = ("Jonas Pell sent a letter to the ferry board on Monday. The board met on Tuesday. \"We will reply "
            "within a week,\" it said.")
    assert one(quotes_of(body), "We will reply").speaker != "Jonas Pell"


def test_an_aside_verb_after_a_comma_set_outside_the_marks_is_the_cue(quotes_of):
    body = "\"The ferries are late. The crews are tired\", Pell continued."
    assert one(quotes_of(body), "The ferries are late").speaker == "Jonas Pell"


def test_a_pronoun_after_a_person_the_article_does_not_name_is_left_unattributed(quotes_of):
    body = ("In an interview with the harbour radio's Helen Draycott about her new book, the captain described the "
            "night of the storm. \"The sea came over the bridge twice,\" he said.")
    assert one(quotes_of(body), "The sea came over").speaker is None


def test_a_pronoun_goes_to_the_only_person_named_in_its_paragraph(quotes_of):
    body = ("At the harbour on Monday, reporters met Jonas Pell about the strike. \"The crews will sail again "
            "next week,\" he said.")
    assert one(quotes_of(body), "The crews will sail").speaker == "Jonas Pell"


def test_it_after_a_document_whose_issuer_is_itself_it_ends(explain):
    # "adding" is a speech verb too: the issuer of the documents is the subject of "said", which is "it"
    e = explain("Ferry operator writes to the port\n\n"
                "Harbour Ferries wrote to the port board on Monday.\n\n"
                "The change means adding three documents to every crossing log, it said.\n")
    assert e.failed == {}


@pytest.mark.parametrize("body", [
    'Jonas Pell also rejected a proposal that the Wardens and Keepers should merge. "We stand alone," he said.',
    'Jonas Pell watched as the Wardens voted the plan down. "It was a fair fight," he said.',
])
def test_he_is_never_a_plural_name(quotes_of, body):
    # "the Wardens" is a group: the pronoun goes back to the one person in the sentence
    assert one(quotes_of(body), "").speaker == "Jonas Pell"


def test_he_passes_over_the_subject_of_what_another_hopes(quotes_of):
    # Pell is the subject of what Okafor hopes, not of the sentence: "he" is Okafor
    body = 'Tomas Okafor hopes Jonas Pell will back the plan. "We need the ferries running by May," he said.'
    assert one(quotes_of(body), "We need the ferries").speaker == "Tomas Okafor"


def test_a_title_taken_for_a_name_gives_way_to_the_name_in_apposition(quotes_of):
    body = '"The timetable stands," Green Leader and former Fisheries Minister under Helen Draycott, Tomas Okafor, said today.'
    q = one(quotes_of(body), "The timetable stands")
    assert (q.speaker, "speaker.apposition" in q.rules) == ("Tomas Okafor", True)


def test_a_name_and_a_colon_label_the_words_after_them(quotes_of):
    body = ('The letters were read out in court.\n\n'
            'Deputy Harbour Master Jonas Pell: "We cannot sail in this weather. The crews know it."\n\n'
            'Update: "The port is closed until Monday."')
    quotes = quotes_of(body)
    q = one(quotes, "We cannot sail")
    assert (q.speaker, "speaker.name-label" in q.rules) == ("Jonas Pell", True)
    assert one(quotes, "The port is closed").speaker is None  # "Update" names no one


@pytest.mark.parametrize("body", [
    'During a visit with Jonas Pell, Tomas Okafor said the ferries would sail on Friday. "We are ready for it," he said.',
    'Jonas Pell\'s plan is late, Tomas Okafor said. "Nobody told us," he said.',
    'During a visit with Jonas Pell, Tomas Okafor said the ferries would sail.\n\n"We are ready for it," he said.',
])
def test_he_said_goes_on_with_the_speaker_past_a_name_that_hangs_on_a_noun(quotes_of, body):
    assert one(quotes_of(body), "").speaker == "Tomas Okafor"


@pytest.mark.parametrize("body", [
    # "For Pell, ..." may be what the pronoun goes back to: no one is named rather than the wrong one
    'For Jonas Pell, the new timetable came too late, Tomas Okafor said. "We are ready for it," he said.',
    # a sentence between them: the speaker may have changed
    'During a visit with Jonas Pell, Tomas Okafor said the ferries would sail. The crowd cheered. "We are ready," he said.',
])
def test_he_said_stays_unattributed_where_another_may_be_meant(quotes_of, body):
    assert one(quotes_of(body), "").speaker is None


def test_a_question_takes_the_speaker_of_a_long_sentence_that_opens_with_the_speech_verb(quotes_of):
    body = ('"Why now?" Tomas Okafor asked of the plan, as the council met on Friday to vote on the new '
            'timetable for the ferries.\n\n'
            '"Who pays?" Jonas Pell said the plan was late and the crews were angry about it.')
    quotes = quotes_of(body)
    assert one(quotes, "Why now").speaker == "Tomas Okafor"
    assert one(quotes, "Who pays").speaker is None  # Pell's verb reports words of its own



def test_a_quotation_ending_in_a_full_stop_takes_the_speaker_of_a_sentence_that_is_only_its_cue(quotes_of):
    body = ('Crews gathered at the harbour gates on Monday morning.\n\n'
            '"The ferries will not sail until the rota is fixed." Marta Lindqvist told reporters at the gates.\n\n'
            'Tomas Okafor spoke to the crews on Tuesday.\n\n'
            '"We have waited long enough for an answer." Pell said.\n\n'
            'Helen Draycott arrived at the harbour on Thursday. "The board will meet the crews on Friday." she added.')
    quotes = quotes_of(body)
    assert one(quotes, "The board will meet").speaker == "Helen Draycott"
    assert one(quotes, "The ferries will not sail").speaker == "Marta Lindqvist"
    assert one(quotes, "We have waited long enough").speaker == "Jonas Pell"


def test_a_sentence_after_a_full_stop_that_reports_words_of_its_own_gives_no_speaker(quotes_of):
    body = ('Crews gathered at the harbour gates on Monday morning.\n\n'
            '"The ferries will not sail until the rota is fixed." Jonas Pell said the talks had stalled.\n\n'
            'Crews waited at the gates all day.\n\n'
            '"Nobody has called us back about the rota." Helen Draycott said nothing more about it.')
    quotes = quotes_of(body)
    assert one(quotes, "The ferries will not sail").speaker is None
    assert one(quotes, "Nobody has called us back").speaker is None


@pytest.mark.parametrize("body, speaker", [
    # another given name before the surname: a namesake the register lacks, not Marta Lindqvist
    ('"The pier stays shut until spring," Ingrid Lindqvist said.', "Ingrid Lindqvist"),
    # a title, an office or an initial before the surname gives no other name
    ('"The pier stays shut until spring," Harbour Minister Lindqvist said.', "Marta Lindqvist"),
    ('"The pier stays shut until spring," Marta J. Lindqvist said.', "Marta Lindqvist"),
])
def test_a_full_name_with_another_given_name_is_not_the_register_person(quotes_of, body, speaker):
    assert one(quotes_of(body), "").speaker == speaker


@pytest.mark.parametrize("name, body", [
    ("Jung Hye-seok", 'One protester, Jung Hye-seok, stated, "We only want the rota we were promised."'),
    ("Yusuf al-Hakimi", 'His uncle Yusuf al-Hakimi said "We only want the rota we were promised" on Friday.'),
])
def test_a_hyphenated_name_in_apposition_is_the_speaker(quotes_of, name, body):
    # the tagger splits such names at the hyphen: neither the description nor the hyphen is the speaker
    actors = ACTORS + [Actor(id="person-x", name=name, type="person")]
    assert one(quotes_of(body, actors), "We only want").speaker == name


def test_he_after_a_sentence_whose_reported_clause_names_someone_else_is_its_main_subject(quotes_of):
    # Ravi Sen, whom the register lacks, is the subject of what Okafor believes, not of the sentence
    body = ('Tomas Okafor believes Ravi Sen was not to blame for the closure. '
            'He called the ruling "a sad mistake" on Friday.')
    assert one(quotes_of(body), "a sad mistake").speaker == "Tomas Okafor"


def test_a_paragraph_of_quotation_goes_on_with_the_speaker_of_a_long_cue_before_it(quotes_of):
    body = ('"We never asked for the ferries to stop," Okafor told a radio station in a long interview '
            'from the harbour office on Monday night.\n\n'
            '"The crews will go back to work as soon as the rota is fixed."\n\n'
            '"Nobody asked the crews," Pell said at the gates on Tuesday, as Draycott announced a new '
            'timetable for the ferries.\n\n'
            '"The new timetable changes nothing for them."')
    quotes = quotes_of(body)
    q = one(quotes, "The crews will go back")
    assert (q.speaker, "speaker.continuation-after-cue" in q.rules) == ("Tomas Okafor", True)
    assert one(quotes, "The new timetable changes").speaker is None  # Draycott spoke after Pell


@pytest.mark.parametrize("body, speaker", [
    ('The charity Harbour Aid said, "The claims against our crews are false."', "Harbour Aid"),
    ('In reply, the group Dock Workers United issued a statement saying, "The claims against our crews are false."',
     "Dock Workers United"),
])
def test_a_common_noun_that_classes_the_name_after_it_gives_the_speaker_to_the_name(quotes_of, body, speaker):
    # not "the charity" or "the group": the name the class noun introduces
    assert one(quotes_of(body), "The claims").speaker == speaker


def test_a_hyphenated_given_name_is_the_persons_own(quotes_of):
    actors = ACTORS + [Actor(id="person-jean-luc-varenne", name="Jean-Luc Varenne", type="person", aliases=["Varenne"])]
    body = 'Crews will return on Monday, Harbour Minister Jean-Luc Varenne told the radio. "The quay is safe," he said.'
    quotes = quotes_of(body, actors)
    assert one(quotes, "The quay is safe").speaker == "Jean-Luc Varenne"


def test_a_body_is_never_the_one_he_or_she_stands_for(quotes_of):
    body = ("Marta Lindqvist wrote to the board last month. On Monday the harbour board had voted to close "
            "the quay.\n\n\"We had no other choice,\" he said.")
    q = one(quotes_of(body), "We had no other choice")
    assert q.speaker is None


def test_a_place_after_a_place_in_an_opening_phrase_is_not_the_speaker(quotes_of):
    body = ("At a union hall in Salem, Oregon, Draycott lashed out at Pell, calling him "
            "\u201ca paper captain.\u201d")
    assert one(quotes_of(body), "a paper captain").speaker == "Helen Draycott"


def test_a_body_named_again_by_its_kind_is_that_body(quotes_of):
    actors = ACTORS + [Actor(id="organization-quay-radio", name="Quay Radio", type="organization"),
                       Actor(id="organization-harbour-wire", name="Harbour Wire", type="organization")]
    body = ("Quay Radio, a broadcaster based in Riverton, reported the strike on Monday. "
            "\"The crews will not sail until Friday,\" the broadcaster said.")
    assert one(quotes_of(body, actors=actors), "The crews will not sail").speaker == "Quay Radio"
    body = ("The strike was first reported by the news agency Harbour Wire. "
            "\"The crews will not sail until Friday,\" the agency said.")
    assert one(quotes_of(body, actors=actors), "The crews will not sail").speaker == "Harbour Wire"
    # a news outlet named again by another noun of news outlets
    body = ("Reporters from the independent news network Harbour Wire were held for a day. In a statement, "
            "the news agency said: \"The crews will not sail until Friday.\"")
    assert one(quotes_of(body, actors=actors), "The crews will not sail").speaker == "Harbour Wire"
    # a word that sets another body apart, or a place the parse took for the described one: no one
    body = ("The ruling party Harbour First won the vote. \"The crews will not sail until Friday,\" "
            "the opposition party said.")
    assert one(quotes_of(body, actors=actors), "The crews will not sail").speaker != "Harbour First"
    body = ("Relief reached flooded Riverton, a harbour newspaper reported on Monday. "
            "\"The crews will not sail until Friday,\" the newspaper said.")
    assert one(quotes_of(body, actors=actors), "The crews will not sail").speaker != "Riverton"
    # two bodies of that kind: either could be meant
    body = ("Quay Radio, a broadcaster, reported the strike. Harbour Wire, a broadcaster, reported it too. "
            "\"The crews will not sail until Friday,\" the broadcaster said.")
    assert one(quotes_of(body, actors=actors), "The crews will not sail").speaker not in ("Quay Radio", "Harbour Wire")


def test_a_body_named_again_by_the_noun_that_heads_its_name_is_that_body(quotes_of):
    actors = ACTORS + [Actor(id="organization-coastal-flood-center", name="Coastal Flood Center", type="organization"),
                       Actor(id="organization-river-watch-center", name="River Watch Center", type="organization")]
    # the British spelling of the noun that heads the name
    body = ("The Coastal Flood Center warned of high water on Monday.\n\n"
            "The centre added that \"the quay at Riverton will flood by noon.\"")
    assert one(quotes_of(body, actors=actors), "the quay at Riverton").speaker == "Coastal Flood Center"
    # the one named nearer, when another was named paragraphs before
    body = ("The Coastal Flood Center warned of high water on Monday.\n\nThe ferries stopped.\n\n"
            "Boats were tied up.\n\nThe quay was shut.\n\n"
            "A warning by the River Watch Center said the banks were full.\n\n"
            "The center said that \"the quay at Riverton will flood by noon.\"")
    assert one(quotes_of(body, actors=actors), "the quay at Riverton").speaker == "River Watch Center"
    # two such bodies in the same stretch of the story: either could be meant
    body = ("The Coastal Flood Center and the River Watch Center warned of high water on Monday.\n\n"
            "The center said that \"the quay at Riverton will flood by noon.\"")
    assert one(quotes_of(body, actors=actors), "the quay at Riverton").speaker not in (
        "Coastal Flood Center", "River Watch Center")
    # a word that sets another body apart
    body = ("The Coastal Flood Center warned of high water on Monday.\n\n"
            "The other center said that \"the quay at Riverton will flood by noon.\"")
    assert one(quotes_of(body, actors=actors), "the quay at Riverton").speaker != "Coastal Flood Center"


def test_a_title_that_runs_on_into_a_name_is_that_person(quotes_of):
    body = ("Director-General of HTF Dr Helen Draycott appealed for calm, calling the flood "
            "\"the worst the quay has seen in forty years\".")
    assert one(quotes_of(body), "the worst the quay").speaker == "Helen Draycott"
    body = ("Board member of Quay Action Tomas Okafor condemned the \"reckless\" closure of the quay.")
    assert one(quotes_of(body), "reckless").speaker == "Tomas Okafor"


def test_a_document_named_by_an_office_is_the_holder_of_that_office(quotes_of):
    body = ("Two harbour officials were dismissed for \"neglect\" by Jonas Pell, Velmar's president. "
            "The presidential decree also stated that \"the quay will stay shut until the storm has passed.\"")
    assert one(quotes_of(body), "the quay will stay shut").speaker == "Jonas Pell"
    # two presidents: either could have issued it
    body = ("Jonas Pell, Velmar's president, met Tomas Okafor, the president of Ostra. "
            "The presidential decree also stated that \"the quay will stay shut until the storm has passed.\"")
    assert one(quotes_of(body), "the quay will stay shut").speaker not in ("Jonas Pell", "Tomas Okafor")


def test_the_document_a_speaker_speaks_in_is_no_part_of_the_speaker(quotes_of):
    actors = ACTORS + [Actor(id="organization-quay-action", name="Quay Action", type="organization")]
    body = ("Quay Action volunteers in their joint letter said, \"The closure leaves forty families without "
            "work.\"")
    assert one(quotes_of(body, actors=actors), "The closure leaves").speaker == "Quay Action volunteers"


def test_a_time_or_a_thing_taken_for_the_subject_is_no_speaker(nlp):
    from generator.extract.register import Register
    from generator.extract.speakers import Resolver

    def speaker(words, heads, deps, pos, tags, lemmas, head):
        doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags, lemmas=lemmas)
        return Resolver(Register(ACTORS)).resolve(doc.text, doc[head], [], para_index=0)

    # "Days before the vote said: ..." with the time phrase taken for the subject
    who = speaker(["Days", "before", "the", "vote", "said"], [4, 0, 3, 1, 4], ["nsubj", "prep", "det", "pobj", "ROOT"],
                  ["NOUN", "ADP", "DET", "NOUN", "VERB"], ["NNS", "IN", "DT", "NN", "VBD"],
                  ["day", "before", "the", "vote", "say"], 0)
    assert who is not None and who.name is None
    # a person described by a common noun is still a speaker, as written
    who = speaker(["a", "harbour", "doctor", "said"], [2, 2, 3, 3], ["det", "compound", "nsubj", "ROOT"],
                  ["DET", "NOUN", "NOUN", "VERB"], ["DT", "NN", "NN", "VBD"], ["a", "harbour", "doctor", "say"], 2)
    assert who is not None and who.name == "a harbour doctor"


def test_a_thing_whose_verb_a_speech_participle_hangs_on_is_no_speaker(quotes_of):
    # the participle hung on "restore", whose subject is the pipeline, not on the verb of the one who spoke
    body = ("Okafor told Reuters he expected the repaired pipeline from Ostra to restore fuel supplies within days, "
            "stating: \"Because the depots are empty, we can bypass the usual tender.\"")
    q = one(quotes_of(body), "Because the depots are empty")
    assert q.speaker is None or "pipeline" not in q.speaker
    # a thing that is the subject of the speech verb itself bears the words: kept as written
    body = "The printed card said: \"Every crew will be paid in full by Friday.\""
    assert one(quotes_of(body), "Every crew will be paid").speaker == "The printed card"


def test_a_pronoun_is_not_the_person_its_own_words_name(quotes_of):
    body = ("At the summit, Pell accused the government of Okafor of lying, a charge that Okafor quickly denied. "
            "\"Pell's story is invented from start to finish,\" he said. \"My accounts are open to anyone.\"")
    quotes = quotes_of(body)
    assert one(quotes, "Pell's story is invented").speaker == "Tomas Okafor"
    assert one(quotes, "My accounts are open").speaker == "Tomas Okafor"


def test_a_title_the_parse_made_the_root_of_its_sentence_is_still_its_subject(quotes_of):
    # "reponded", a slip of the article, read as a participle hanging on the title
    body = ("Tomas Okafor moved to Riverton last week. However the Mayor of Riverton, Jonas Pell, reponded by "
            "asking Tomas Okafor what he meant by \"shelter\". \"To do what?\" he said.")
    assert one(quotes_of(body), "To do what?").speaker == "Jonas Pell"


def test_a_statement_named_right_after_its_speaker_spoke_is_theirs(quotes_of):
    actors = ACTORS + [Actor(id="organization-harbour-board", name="Harbour Board", type="organization")]
    body = ("The Harbour Board confirmed on Monday that the crews would be paid.\n\n"
            "The statement said \"every crew will be paid in full by Friday.\"\n\n"
            "The statement continued: \"No boat sails before the quay is repaired.\"")
    quotes = quotes_of(body, actors=actors)
    assert one(quotes, "every crew will be paid").speaker == "Harbour Board"
    assert one(quotes, "No boat sails").speaker == "Harbour Board"
    # a statement named before is that one, whoever spoke in between
    body = ("A statement was read out at the quay on Sunday. The Harbour Board confirmed on Monday that the "
            "crews would be paid. The statement said \"every crew will be paid in full by Friday.\"")
    assert one(quotes_of(body, actors=actors), "every crew will be paid").speaker != "Harbour Board"


GUARD_ACTORS = ACTORS + [
    Actor(id="organization-harbour-police", name="Harbour Police", type="organization"),
    Actor(id="person-ilse-varga", name="Ilse Varga", type="person", aliases=["Varga"]),
]


@pytest.mark.parametrize("body, start, speaker", [
    # a long title that runs on into a name: the name speaks
    ("Senior counselor at the Harbour Trust and former deputy minister of transport Helen Draycott wrote "
     "in the Gazette, \"The crews deserve better.\"", "The crews deserve better", "Helen Draycott"),
    # a possessed thing before a participle says nothing: the subject of the verb it follows speaks
    ("Jonas Pell noted his objection to the timetable saying, \"No crew can work such hours.\"",
     "No crew can work", "Jonas Pell"),
])
def test_the_speaker_is_a_person_not_a_thing_or_body_beside_one(quotes_of, body, start, speaker):
    assert one(quotes_of(body, GUARD_ACTORS), start).speaker == speaker


def test_a_form_of_address_alone_is_no_speaker(quotes_of):
    quote = one(quotes_of("The transport minister, Honourable , said: \"The ferries will sail on time.\""),
                "The ferries will sail")
    assert quote.speaker != "Honourable"


def test_a_relative_clause_left_open_does_not_lend_its_noun_to_the_verb_after_it(nlp):
    # 'Relatives spoke, such as Tomas Okafor, whose brother was on the ferry said, "We sail"', parsed
    # with "said" as a second clause on the name and "ferry" as its subject
    words = ["Relatives", "spoke", ",", "such", "as", "Tomas", "Okafor", ",", "whose", "brother", "was", "on",
             "the", "ferry", "said", ",", '"', "We", "sail", '"', "."]
    doc = Doc(nlp.vocab, words=words, heads=[1, 1, 1, 4, 1, 6, 4, 6, 9, 10, 6, 10, 13, 14, 6, 14, 14, 18, 14, 14, 1],
              deps=["nsubj", "ROOT", "punct", "amod", "prep", "compound", "pobj", "punct", "poss", "nsubj", "relcl",
                    "prep", "det", "nsubj", "relcl", "punct", "punct", "nsubj", "ccomp", "punct", "punct"],
              pos=["NOUN", "VERB", "PUNCT", "ADJ", "ADP", "PROPN", "PROPN", "PUNCT", "DET", "NOUN", "AUX", "ADP",
                   "DET", "NOUN", "VERB", "PUNCT", "PUNCT", "PRON", "VERB", "PUNCT", "PUNCT"],
              tags=["NNS", "VBD", ",", "JJ", "IN", "NNP", "NNP", ",", "WP$", "NN", "VBD", "IN", "DT", "NN", "VBD",
                    ",", "``", "PRP", "VBP", "''", "."])
    subject, how = subject_and_rule(doc[14], _quoted(doc, 16, 19))
    assert (subject.text, how) == ("Okafor", "speaker.subject-of-cue")


def test_a_person_of_a_body_speaks_not_the_body(nlp):
    # 'Inspector Ilse Varga of Police Norland said', parsed as one name headed by the body
    from generator.extract.register import Register
    from generator.extract.speakers import Resolver

    words = ["Inspector", "Ilse", "Varga", "of", "Police", "Norland", "said", "."]
    doc = Doc(nlp.vocab, words=words, heads=[2, 2, 5, 2, 3, 6, 6, 6],
              deps=["compound", "compound", "nmod", "prep", "pobj", "nsubj", "ROOT", "punct"],
              pos=["PROPN", "PROPN", "PROPN", "ADP", "PROPN", "PROPN", "VERB", "PUNCT"])
    resolver = Resolver(Register(GUARD_ACTORS + [
        Actor(id="organization-police-norland", name="Police Norland", type="organization")]))
    who = resolver.resolve(doc.text, doc[5], [], para_index=0)
    assert who is not None and who.name == "Ilse Varga"


def test_the_one_quoted_in_the_passive_speaks_when_the_words_hang_on_quoted(quotes_of):
    # the parse hangs the words on "quoted", and "by the radio" on "saying": the radio only reported them
    actors = ACTORS + [Actor(id="organization-quay-radio", name="Quay Radio", type="organization")]
    body = ("\"Three ferries were kept in port to wait out the gale,\" Marta Lindqvist, head of the harbour "
            "office, was quoted as saying by Quay Radio.")
    q = one(quotes_of(body, actors=actors), "Three ferries were kept")
    assert q.speaker == "Marta Lindqvist" and "speaker.quoting-object" in q.rules


def test_a_speech_verb_joined_to_a_passive_verb_shares_its_subject(quotes_of):
    body = ("Tomas Okafor was elected chairman of the ferry board on Monday and said: \"Nobody expected the "
            "strike to last this long.\"")
    q = one(quotes_of(body), "Nobody expected the strike")
    assert q.speaker == "Tomas Okafor" and "speaker.subject-of-governing-verb" in q.rules
    # a verb of telling joined to the passive is passive too: the subject is the one told, not who tells
    actors = ACTORS + [Actor(id="organization-harbour-police", name="Harbour Police", type="organization")]
    body = ("The Harbour Police were placed on alert on Monday and told to prepare for \"a long night on the "
            "quay\".")
    assert one(quotes_of(body, actors=actors), "a long night").speaker is None


def test_a_statement_its_issuer_put_out_is_theirs_however_the_parse_hangs_it(quotes_of):
    actors = ACTORS + [Actor(id="organization-dock-workers-union", name="Dock Workers Union", type="organization")]
    # the issuer named by the subject of a relative clause
    body = ("The Dock Workers Union ended the strike on Sunday. A statement it released in the evening said the "
            "crews would be back \"by the first tide on Monday.\"")
    q = one(quotes_of(body, actors=actors), "by the first tide")
    assert q.speaker == "Dock Workers Union" and "speaker.document-issuer" in q.rules
    # the statement parsed as hanging on the object of the speech verb: still its subject's
    body = ("The Dock Workers Union claimed victory in a statement. The crews had \"never once refused a safe "
            "shift,\" said the statement.")
    q = one(quotes_of(body, actors=actors), "never once refused")
    assert q.speaker == "Dock Workers Union" and "speaker.document-issuer" in q.rules


@pytest.mark.parametrize("body, start, speaker", [
    ("\"Picture the ferries sailing against the storm,\" mused Tideline co-host Marta Lindqvist.",
     "Picture the ferries", "Marta Lindqvist"),
    ("In 2012, ex-Tideline and Harbour Board chief Jonas Pell said, \"Do we close every quay?\"",
     "Do we close every quay", "Jonas Pell"),
    ("\"The boats will not sail,\" said co-chair Helen Draycott.", "The boats will not sail", "Helen Draycott"),
])
def test_a_word_cut_at_its_hyphen_is_no_speaker_the_name_it_opens_is(quotes_of, body, start, speaker):
    q = one(quotes_of(body), start)
    assert q.speaker == speaker


def test_they_never_stands_for_one_document(quotes_of):
    actors = ACTORS + [Actor(id="organization-harbour-board", name="Harbour Board", type="organization")]
    body = ("According to a Harbour Board report, the crews \"stayed in dock\" all week.\n\n"
            "Marta Lindqvist of the Gazette says the strike was first noticed by angry passengers, who filled "
            "the quay. They called the strike \"a betrayal of the islands.\"")
    q = one(quotes_of(body, actors=actors), "a betrayal of the islands")
    assert q.speaker is None


def test_a_document_given_under_a_name_speaks_for_the_name(quotes_of):
    actors = ACTORS + [Actor(id="organization-harbour-board", name="Harbour Board", type="organization")]
    body = ("The Harbour Board closed the quay on Monday after the storm.\n\n"
            "A Harbour Board statement yesterday read \"The quay will reopen once the moorings are checked.\" "
            "The statement added \"No crew will lose a shift.\"\n\n"
            "A Tideline campaign memo, sent on Tuesday, said \"the quay must stay shut.\"")
    quotes = quotes_of(body, actors=actors)
    for start in ("The quay will reopen", "No crew will lose"):
        assert one(quotes, start).speaker == "Harbour Board"
    assert one(quotes, "the quay must stay shut").speaker != "Tideline"
