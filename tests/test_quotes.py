"""Quotations and their speakers, one attribution shape at a time, on sentences written for
these tests. Actors are given by hand so that each test checks the quote extractor alone."""
import pytest

from generator.extract.quotemarks import find_spans
from generator.extract.quotes import extract_quotes
from generator.extract.register import Register
from generator.model import Actor

ACTORS = [
    Actor(id="person-marta-lindqvist", name="Marta Lindqvist", type="person", aliases=["Lindqvist"],
          role="Minister of Transport of Freedonia"),
    Actor(id="person-tomas-okafor", name="Tomas Okafor", type="person", aliases=["Okafor"], role="Mayor of Eastport"),
    Actor(id="person-helen-draycott", name="Helen Draycott", type="person", aliases=["Draycott"],
          role="Commissioner for Fisheries"),
    Actor(id="country-freedonia", name="Freedonia", type="country"),
    Actor(id="organization-harbour-authority", name="Harbour Authority", type="organization"),
    Actor(id="organization-freedonian-foreign-ministry", name="Freedonian foreign ministry", type="organization",
          aliases=["Freedonia's foreign ministry"]),
]
HEADLINE = "Ferry strike enters its second week\n\n"


@pytest.fixture(scope="module")
def quotes_of(parse_text):
    def run(body: str, actors=ACTORS):
        return extract_quotes(parse_text(HEADLINE + body), Register(actors))

    return run


def one(quotes, start: str):
    found = [q for q in quotes if q.text.startswith(start)]
    assert len(found) == 1, [q.text for q in quotes]
    return found[0]


SHAPES = [
    # "...," he said.
    ("Marta Lindqvist visited the port on Monday. \"The ferries will sail again by Friday,\" she said.",
     "The ferries will sail again", "full", "Marta Lindqvist"),
    # "...," said X.
    ("\"Nobody wants this strike to last,\" said Tomas Okafor.", "Nobody wants this strike", "full", "Tomas Okafor"),
    # X said: "..."
    ("Tomas Okafor said: \"The town depends on the ferries.\"", "The town depends", "full", "Tomas Okafor"),
    # X told Y: "..." (the speaker is X, not Y)
    ("Marta Lindqvist told Tomas Okafor: \"Your harbour will be the first to reopen.\"",
     "Your harbour will be", "full", "Marta Lindqvist"),
    # According to X, "..."
    ("According to Tomas Okafor, \"the queues stretch for three kilometres every morning.\"",
     "the queues stretch", "full", "Tomas Okafor"),
    # X said that "..."
    ("Marta Lindqvist said that \"talks with the unions are going well.\"", "talks with the unions", "partial",
     "Marta Lindqvist"),
    # the ministry said in a statement (a body speaks)
    ("\"Freedonia will send extra boats to the islands,\" Freedonia's foreign ministry said in a statement.",
     "Freedonia will send extra boats", "full", "Freedonian foreign ministry"),
    # "..." -Commissioner X
    ("\"Fishing boats may carry passengers until the strike ends.\" -Commissioner Helen Draycott",
     "Fishing boats may carry", "full", "Helen Draycott"),
    # From X: "..."
    ("From Helen Draycott: \"The catch is rotting on the quays.\"", "The catch is rotting", "full", "Helen Draycott"),
    # Mr X / surname -> the full name
    ("Tomas Okafor met the strikers. \"We cannot go on like this,\" Mr Okafor said.", "We cannot go on", "full",
     "Tomas Okafor"),
    # a role -> the person who holds it
    ("Marta Lindqvist spoke after the meeting. \"The army will not be called in,\" the minister said.",
     "The army will not be called in", "full", "Marta Lindqvist"),
    # an unnamed source, kept as written
    ("\"The offer is final,\" a spokesman for the Harbour Authority said.", "The offer is final", "full",
     "a spokesman for the Harbour Authority"),
    # partial quote in reported speech, attributed to the subject of the reporting clause
    ("Tomas Okafor called the new timetable a \"slap in the face\" for island families.", "slap in the face",
     "partial", "Tomas Okafor"),
    # "it said": the body named before
    ("The Harbour Authority closed the port on Monday. \"Safety comes first,\" it said.", "Safety comes first",
     "full", "Harbour Authority"),
    # "X was quoted as saying"
    ("Helen Draycott was quoted as saying that the boats would \"sail under police escort\".",
     "sail under police escort", "partial", "Helen Draycott"),
    # guillemets
    ("\u00abWe will stay on the quays\u00bb, said Tomas Okafor.", "We will stay on the quays", "full", "Tomas Okafor"),
    # British single quotes, with apostrophes and a decade that are not quote marks
    ("\u2018The island\u2019s ferries haven\u2019t been this late since the \u201990s,\u2019 Mr Okafor said.",
     "The island\u2019s ferries haven\u2019t been this late since the \u201990s,", "full", "Tomas Okafor"),
]


@pytest.mark.parametrize("body, start, kind, speaker", SHAPES, ids=[s[1][:24] for s in SHAPES])
def test_attribution_shapes(quotes_of, body, start, kind, speaker):
    quotes, _ = quotes_of(body)
    q = one(quotes, start)
    assert q.kind == kind
    assert q.speaker == speaker
    assert q.text in body


def test_quote_split_by_its_cue_keeps_one_speaker(quotes_of):
    quotes, _ = quotes_of("\"The boats are ready,\" Marta Lindqvist added, \"but the crews are not.\"")
    assert [q.text for q in quotes] == ["The boats are ready,", "but the crews are not."]
    assert {q.speaker for q in quotes} == {"Marta Lindqvist"}


def test_quote_in_the_paragraph_after_its_cue(quotes_of):
    body = ("The Harbour Authority said in a statement on Tuesday:\n\n"
            "\"All crossings are cancelled until further notice. Passengers will be refunded.\"")
    quotes, _ = quotes_of(body)
    q = one(quotes, "All crossings are cancelled")
    assert q.speaker == "Harbour Authority"
    assert q.paragraph == 1
    assert q.text.endswith("Passengers will be refunded.")


def test_the_statement_said_names_whoever_issued_it(quotes_of):
    body = ("The Harbour Authority issued a statement on Tuesday.\n\n"
            "\"No ship will leave port while the pickets remain,\" the statement said.")
    q = one(quotes_of(body)[0], "No ship will leave")
    assert q.speaker == "Harbour Authority"
    assert q.speaker_id == "organization-harbour-authority"


def test_speaker_of_the_previous_sentence(quotes_of):
    body = ("In a statement today, Helen Draycott condemned the blockade of the fish market. "
            "\"Families on the islands are running out of food.\"")
    q = one(quotes_of(body)[0], "Families on the islands")
    assert q.speaker == "Helen Draycott"


def test_multi_sentence_and_multi_paragraph_quotes(quotes_of):
    body = ("Tomas Okafor said: \"The ferry is our road. Without it the island is cut off.\n\n"
            "\"Children cannot reach their schools. The sick cannot reach the hospital.\"\n\n"
            "The strike began on Monday.")
    quotes, _ = quotes_of(body)
    assert len(quotes) == 1
    q = quotes[0]
    assert q.text.startswith("The ferry is our road. Without it the island is cut off.")
    assert q.text.endswith("The sick cannot reach the hospital.")
    assert q.speaker == "Tomas Okafor" and q.paragraph == 0


def test_nested_quote_stays_inside_the_outer_one(quotes_of):
    quotes, _ = quotes_of("\"The captain told me 'not today', and then he left,\" said Tomas Okafor.")
    assert [q.text for q in quotes] == ["The captain told me 'not today', and then he left,"]
    assert quotes[0].speaker == "Tomas Okafor"


def test_unbalanced_marks_do_not_lose_the_other_quotes(quotes_of):
    body = ("The union called it a \"lockout and walked away from the table.\n\n"
            "\"We are ready to talk at any hour,\" said Marta Lindqvist.")
    quotes, _ = quotes_of(body)
    q = one(quotes, "We are ready to talk")
    assert q.speaker == "Marta Lindqvist"


@pytest.mark.parametrize("body", [
    "The so-called \"ferry war\" has emptied the island's hotels.",
    "The union published a report entitled \"Crossings in Crisis\" last year.",
    "Strikers carried signs reading \"No ferries, no future\" through the port.",
    "The captain, known to everyone as \"the Admiral\", retired last year.",
])
def test_scare_quotes_titles_and_slogans_are_not_quotes(quotes_of, body):
    quotes, _ = quotes_of(body)
    assert quotes == []


def test_uncertain_speaker_is_left_unattributed_with_a_reason(quotes_of):
    quotes, _ = quotes_of("The port was quiet on Sunday. \"Nobody has come to work,\" he said.")
    q = one(quotes, "Nobody has come to work")
    assert q.speaker is None and q.speaker_id is None
    assert q.note


def test_reported_speech_becomes_a_statement_not_a_quote(quotes_of):
    body = "Freedonia said it would send naval ships if the strike lasted another week."
    quotes, statements = quotes_of(body)
    assert quotes == []
    assert len(statements) == 1
    st = statements[0]
    assert st.text == body and st.speaker == "Freedonia" and st.cue == "said"


def test_actors_that_are_odd_or_missing_do_not_break_attribution(quotes_of):
    odd = [Actor(id="x", name="", type="person"), Actor(id="y", name="Okafor", type="organization", aliases=[])]
    quotes, _ = quotes_of("\"The pickets will stay,\" said Tomas Okafor.", actors=odd)
    assert one(quotes, "The pickets will stay").speaker in ("Tomas Okafor", "Okafor")
    quotes, _ = quotes_of("\"The pickets will stay,\" said Tomas Okafor.", actors=[])
    assert one(quotes, "The pickets will stay").speaker == "Tomas Okafor"


@pytest.mark.parametrize("text, expected", [
    ("He said \u201cyes\u201d and \u201cno\u201d.", ["yes", "no"]),
    ("It\u2019s the island\u2019s ferry, built in the \u201980s.", []),
    ("\u2018Never,\u2019 she said.", ["Never,"]),
    ("A stray \" mark and \"a real quote\" here.", ["a real quote"]),
    ("\u00ab Bien s\u00fbr \u00bb, dit-il.", ["Bien s\u00fbr"]),
])
def test_quotation_marks_are_paired(text, expected):
    spans = find_spans(text)
    assert [text[slice(*s.inner(text))] for s in spans] == expected


def test_quotes_page_groups_by_speaker_and_keeps_partial_quotes_in_their_sentence(explain):
    from generator.render import render_explainer

    # The first paragraph is the page's lead, shown above everything: the quotes come after it.
    e = explain(HEADLINE + "The ferry strike entered its second week.\n\n"
                "Tomas Okafor, the mayor of Eastport, called the timetable a \"slap in the face\" and "
                "\"a disgrace\".\n\n"
                "\"We will not give up,\" Mr Okafor said. \"The island needs its boats.\"\n\n"
                "The port was quiet on Sunday. \"Nobody came,\" he said.\n\n"
                "Freedonia said it would send naval ships if the strike lasted another week.")
    page = render_explainer(e)
    section = page.split("## Quotes", 1)[1].split("## Source article", 1)[0]
    okafor = section.split("### Tomas Okafor", 1)[1].split("\n### ", 1)[0]
    assert "We will not give up," in okafor and "The island needs its boats." in okafor
    assert "<mark>slap in the face</mark>" in okafor and "<mark>a disgrace</mark>" in okafor
    assert okafor.count("called the timetable a") == 1  # one sentence, both phrases marked in it
    assert "(#p1)" in okafor and "(#p2)" in okafor
    assert "### Reported statements" in section
    assert "would send naval ships" in section.split("### Reported statements", 1)[1]
    assert e.statements and not any("naval ships" in q.text for q in e.quotes)


def test_unnamed_source_is_kept_as_written_with_the_body_linked(quotes_of):
    quotes, _ = quotes_of("\"The offer is final,\" a spokesman for the Harbour Authority said.")
    q = one(quotes, "The offer is final")
    assert q.speaker == "a spokesman for the Harbour Authority"
    assert q.speaker_id is None
    assert q.body_id == "organization-harbour-authority"


def test_pronoun_skips_people_of_the_other_gender(quotes_of):
    body = ("Ms Lindqvist opened the talks on Monday. Tomas Okafor arrived late.\n\n"
            "Marta Lindqvist met Tomas Okafor again on Tuesday. \"It went well,\" he said afterwards.")
    q = one(quotes_of(body)[0], "It went well")
    assert q.speaker == "Tomas Okafor"


@pytest.mark.parametrize("body", [
    "\"\"\"\n\n'''\n\n\u201c\u201c\u201d",
    "He said \u201cno.\n\n\u201cYes,\u201d she said \u00bb and \u00ab then \" stop.",
    "\u2018Tis the season,\u2019 he said of the \u201990s. The ministers\u2019 meeting ended.",
    "\"Unclosed at the end of the article, said Tomas Okafor",
])
def test_stray_marks_never_break_extraction(quotes_of, body):
    quotes, statements = quotes_of(body)
    for q in quotes:
        assert all(piece in body for piece in q.text.split("\n\n"))
        assert q.text.strip()


def test_quote_opening_a_paragraph_continues_the_speaker_only_if_no_one_spoke_since(quotes_of):
    quotes, _ = quotes_of("\"The pickets will stay,\" said Tomas Okafor.\n\n\"We have food for a month.\"")
    assert one(quotes, "We have food").speaker == "Tomas Okafor"
    quotes, _ = quotes_of("\"The pickets will stay,\" said Tomas Okafor. Marta Lindqvist disagreed.\n\n"
                          "\"The pickets will be gone by Friday.\"")
    assert one(quotes, "The pickets will be gone").speaker is None


def test_quote_after_another_speaker_is_named_is_not_given_to_the_first(quotes_of):
    quotes, _ = quotes_of("\"The pickets will stay,\" said Tomas Okafor. Marta Lindqvist disagreed. "
                          "\"The pickets will be gone by Friday.\"")
    assert one(quotes, "The pickets will stay").speaker == "Tomas Okafor"
    assert one(quotes, "The pickets will be gone").speaker != "Tomas Okafor"


@pytest.mark.parametrize("text, expected", [
    # a mark typed before the space instead of after it still opens the quotation
    ("Okafor said,\" The quays are empty\". He also \"hopes\" for talks.", ["The quays are empty", "hopes"]),
    # but a mark after a full stop closes one, and is left alone when nothing pairs it
    ("The quays are empty.\" Then the mayor spoke.", ["The quays are empty."]),
])
def test_misplaced_opening_mark_is_paired(text, expected):
    spans = find_spans(text)
    assert [text[slice(*s.inner(text))] for s in spans] == expected


def test_quote_closed_in_the_next_paragraph_without_reopening_keeps_its_speaker(quotes_of):
    body = ("Tomas Okafor said, \"The boats are ready.\n\n"
            "The crews are tired. They have waited two weeks and they want to go home.\" The talks resume today.")
    quotes, _ = quotes_of(body)
    q = one(quotes, "The crews are tired.")
    assert q.text == "The crews are tired. They have waited two weeks and they want to go home."
    assert q.speaker == "Tomas Okafor"


@pytest.mark.parametrize("body", [
    "The union runs a website called \"Ferries for Everyone\" from its office.",
    "Okafor is the curator of \"Boats and Harbours of the North\" at the museum.",
    "\"Strike hits island ferries\" \u2014 The Eastport Gazette, March 3, 2021",
])
def test_names_of_works_and_cited_headlines_are_not_quotes(quotes_of, body):
    quotes, _ = quotes_of(body)
    assert quotes == []


@pytest.mark.parametrize("body", [
    # the person named in front of the sentence is as likely as its subject, both of the pronoun's gender
    "For Helen Draycott, Marta Lindqvist was the hero of the week. \"She never gave up,\" she said.",
    # the person named in the pronoun's own sentence is as likely as the last subject
    "Marta Lindqvist spoke first.\n\nTomas Okafor's deputy asked him to wait, but he said \"I will go now\".",
])
def test_pronoun_with_two_candidates_is_left_unattributed(quotes_of, body):
    quotes, _ = quotes_of(body)
    assert len(quotes) == 1
    assert quotes[0].speaker is None and quotes[0].note


@pytest.mark.parametrize("body, start, speaker", [
    # "told Y" names who heard the words, even right after another quotation
    ("Okafor said the crews \"left the quays at dawn\", and told the police, \"everything they had seen\".",
     "everything they had seen", "Tomas Okafor"),
    # a title in front of the name: the person, not the title
    ("CEO of the Harbour Authority Helen Draycott told reporters: \"The cranes stay idle.\"", "The cranes stay idle",
     "Helen Draycott"),
    # a document the body wrote: the body
    ("The Harbour Authority's weekly analysis concluded, \"Freight volumes have halved.\"", "Freight volumes have",
     "Harbour Authority"),
    # "in the words of X"
    ("The port is, in the words of the mayor, Tomas Okafor, \"a ghost town by nine in the evening.\"",
     "a ghost town by nine", "Tomas Okafor"),
])
def test_speaker_is_who_spoke_not_who_heard_or_held_a_title(quotes_of, body, start, speaker):
    assert one(quotes_of(body)[0], start).speaker == speaker


@pytest.mark.parametrize("body, start", [
    # the letter was seen by the channel; the channel did not write it
    ("A leaked letter seen by the Eastport Gazette says \"crews who refuse overtime may be dismissed\", "
     "the newspaper reported.", "crews who refuse overtime"),
    # the nearer speech verb has its own speaker: not the first one
    ("Some travellers reported that all they found at the gate was a notice stating, \"No sailings until further "
     "notice.\"", "No sailings until"),
])
def test_words_are_not_given_to_whoever_saw_or_reported_them(quotes_of, body, start):
    q = one(quotes_of(body)[0], start)
    assert q.speaker not in ("Eastport Gazette", "the Eastport Gazette", "Some travellers")


def test_a_poster_who_writes_is_a_person_not_a_placard(quotes_of):
    body = ("One poster admitted joining the protest, writing in a forum \"I have been on the quays since Monday and "
            "I will stay there.\"")
    q = one(quotes_of(body)[0], "I have been on the quays")
    assert q.speaker == "One poster"


@pytest.mark.parametrize("body, start, speaker", [
    # the paragraph before ends with "X stated,"
    ("Tomas Okafor stated,\n\n\"The ferries will sail on Friday, whatever the unions decide.\"", "The ferries will sail",
     "Tomas Okafor"),
    # a paragraph of quotation after one that ended with its speaker
    ("\"The ferries will sail on Friday. The crews have agreed,\" Tomas Okafor said.\n\n"
     "\"Nobody wants another week of this.\"", "Nobody wants another week", "Tomas Okafor"),
    # "X issued a statement ..." then the quotation as a sentence of its own
    ("Helen Draycott issued a statement on the strike. \"The fishing fleet will carry supplies.\"",
     "The fishing fleet will carry", "Helen Draycott"),
    # "As X told the paper, ..." then the quotation
    ("As Marta Lindqvist told the Eastport Gazette, the talks are slow. \"Both sides want a deal by Friday.\"",
     "Both sides want a deal", "Marta Lindqvist"),
    # "reasoned" reports speech
    ("The Harbour Authority reasoned, \"because the berths are empty, the fees must rise.\"",
     "because the berths are empty", "Harbour Authority"),
])
def test_speaker_carried_from_the_sentence_or_paragraph_that_introduces_the_quote(quotes_of, body, start, speaker):
    assert one(quotes_of(body)[0], start).speaker == speaker


def test_words_mentioned_as_words_are_not_quotes(quotes_of):
    quotes, _ = quotes_of("The new timetable adds the words \"and Islands\" to the company's name.")
    assert quotes == []


def test_quote_with_its_own_byline_does_not_inherit_the_previous_paragraphs_speaker(quotes_of):
    body = ("Tomas Okafor called the strike \"a long and costly fight. Nobody will win it.\"\n\n"
            "\"The quays are empty and the island is waiting.\" A harbour worker, \"Notes from the quay\"")
    q = one(quotes_of(body)[0], "The quays are empty")
    assert q.speaker != "Tomas Okafor"


def test_quotation_goes_on_after_a_caption_set_between_its_paragraphs(quotes_of):
    body = ("Tomas Okafor said, \"The ferries will sail on Friday. The crews have agreed to it.\n\n"
            "The ferry Northern Star at its berth. Image: Harbour Authority.\n\n"
            "\"Nobody wants another week of this on the island.\"")
    quotes, _ = quotes_of(body)
    q = one(quotes, "Nobody wants another week")
    assert q.speaker == "Tomas Okafor"
    assert all(q.text in body for q in quotes)


def test_short_introduction_paragraph_is_not_taken_for_a_caption(quotes_of):
    body = ("\"The ferries will sail on Friday,\" said Tomas Okafor.\n\n"
            "Helen Draycott wrote on her account:\n\n"
            "\"The fishing boats are ready to help.\"")
    assert one(quotes_of(body)[0], "The fishing boats").speaker == "Helen Draycott"


@pytest.mark.parametrize("body, speaker", [
    ("The inspectors say the cranes are unsafe. They call for \"an immediate halt to all loading at night.\"",
     "The inspectors"),
    # another group is the subject in between: no guess
    ("The inspectors say the cranes are unsafe. The dockers disagree. They call for \"an immediate halt to all "
     "loading at night.\"", None),
])
def test_they_after_a_group_that_spoke(quotes_of, body, speaker):
    assert one(quotes_of(body)[0], "an immediate halt").speaker == speaker


def test_quote_signed_with_a_name_and_a_year_is_still_a_quote(quotes_of):
    quotes, _ = quotes_of("\"The harbour will outlive us all.\" - Tomas Okafor, 2019")
    assert one(quotes, "The harbour will outlive").speaker == "Tomas Okafor"


def test_speech_verb_tagged_as_a_plural_noun_still_reports_speech(quotes_of):
    actors = ACTORS + [Actor(id="organization-us-department-of-transport", name="U.S. Department of Transport",
                             type="organization")]
    body = "The U.S. Department of Transport notes, \"Night loading causes more accidents than all other work combined.\""
    q = one(quotes_of(body, actors)[0], "Night loading causes")
    assert q.speaker == "U.S. Department of Transport"


def test_speech_verb_in_a_relative_clause_does_not_take_the_quote(quotes_of):
    body = ("Tomas Okafor said the timetable, which Helen Draycott described as late, was \"a disgrace to the whole "
            "island\".")
    assert one(quotes_of(body)[0], "a disgrace to the whole").speaker == "Tomas Okafor"


def test_quote_after_two_speech_verbs_with_a_clause_between_is_left_unattributed(quotes_of):
    body = ("Harbour officials told the Eastport Gazette every berth will be checked, with Helen Draycott reporting "
            "no boat will be allowed out \"without a full inspection of its hull\".")
    q = one(quotes_of(body)[0], "without a full inspection")
    assert q.speaker in (None, "Helen Draycott")


@pytest.mark.parametrize("body, speaker", [
    # the actor whose name ends the run of names, titles before it
    ("Harbour Authority Commissioner Helen Draycott said the boats were \"ready to sail at an hour's notice\".",
     "Helen Draycott"),
    # not a place named at the start of a newspaper's name
    ("The boats were \"ready to sail at an hour's notice\", according to the Eastport Morning Gazette.",
     "Eastport Morning Gazette"),
])
def test_speaker_name_is_the_one_that_ends_the_phrase(quotes_of, body, speaker):
    actors = ACTORS + [Actor(id="place-eastport", name="Eastport", type="place")]
    assert one(quotes_of(body, actors)[0], "ready to sail").speaker == speaker


def test_words_on_a_plaque_are_an_inscription_not_speech(quotes_of):
    quotes, _ = quotes_of("The plaque on the quay reads \"to the ferrymen who never came home\".")
    assert quotes == []


def test_recommending_reports_the_words_recommended(quotes_of):
    body = "Tickets must be bought online, the Harbour Authority recommending \"a printed copy for the crossing\"."
    assert one(quotes_of(body)[0], "a printed copy").speaker == "Harbour Authority"


# -- provenance: every quote and statement names the rules that made it --------------------------

RULE_SHAPES = [
    # (body, start of the quote, a rule it must carry)
    ("\"Nobody wants this strike to last,\" said Tomas Okafor.", "Nobody wants this strike", "speaker.inverted"),
    ("According to Tomas Okafor, \"the queues stretch for three kilometres every morning.\"", "the queues stretch",
     "speaker.according-to"),
    ("\"Fishing boats may carry passengers until the strike ends.\" -Commissioner Helen Draycott",
     "Fishing boats may carry", "speaker.byline"),
    ("Marta Lindqvist spoke after the meeting. \"The army will not be called in,\" the minister said.",
     "The army will not be called in", "speaker.role-holder"),
    ("Marta Lindqvist visited the port on Monday. \"The ferries will sail again by Friday,\" she said.",
     "The ferries will sail again", "speaker.pronoun"),
    ("\"The offer is final,\" a spokesman for the Harbour Authority said.", "The offer is final",
     "speaker.spokesperson-for-body"),
    ("Helen Draycott was quoted as saying that the boats would \"sail under police escort\".",
     "sail under police escort", "speaker.quoting-object"),
    ("Tomas Okafor called the new timetable a \"slap in the face\" for island families.", "slap in the face",
     "quote.partial"),
    ("Tomas Okafor said: \"The town depends on the ferries.\"", "The town depends", "quote.after-cue"),
    ("The Harbour Authority closed the port on Monday. \"Safety comes first,\" it said.", "Safety comes first",
     "speaker.body-pronoun"),
    ("The Harbour Authority issued a statement on Tuesday.\n\n"
     "\"No ship will leave port while the pickets remain,\" the statement said.", "No ship will leave",
     "speaker.document-issuer"),
    ("Tomas Okafor said: \"The ferry is our road. Without it the island is cut off.\n\n"
     "\"We will not wait for the capital to help us.\"", "The ferry is our road", "quote.multi-paragraph"),
    ("\"The pickets will stay,\" said Tomas Okafor. \"Nobody will move them before the talks.\"", "Nobody will move",
     "speaker.continuation"),
    ("The port was quiet on Sunday. \"Nobody has come to work,\" he said.", "Nobody has come to work",
     "speaker.none-pronoun"),
    ("In the words of Helen Draycott, \"the catch is rotting on the quays.\"", "the catch is rotting",
     "speaker.according-to"),
]


@pytest.mark.parametrize("body, start, speaker, cue", [
    ("According to Tomas Okafor, \"the queues stretch for three kilometres every morning.\"", "the queues stretch",
     "Tomas Okafor", "according to"),
    ("The catch, \"is rotting on the quays,\" in the words of Helen Draycott.", "is rotting on the quays",
     "Helen Draycott", "in the words of"),
])
def test_a_phrase_that_names_the_source_gives_the_speaker_before_or_after_the_words(quotes_of, body, start,
                                                                                    speaker, cue):
    quote = one(quotes_of(body)[0], start)
    assert (quote.speaker, quote.cue) == (speaker, cue)


@pytest.mark.parametrize("body, start, rule_id", RULE_SHAPES, ids=[s[2] for s in RULE_SHAPES])
def test_quote_names_the_rule_that_found_it_and_its_speaker(quotes_of, body, start, rule_id):
    assert rule_id in one(quotes_of(body)[0], start).rules


def test_every_quote_and_statement_carries_catalogued_rules(quotes_of):
    from generator.extract.provenance import catalogue

    body = "\n\n".join(s[0] for s in SHAPES) + "\n\nFreedonia said it would send naval ships if the strike lasted."
    quotes, statements = quotes_of(body)
    assert quotes and statements
    for item in [*quotes, *statements]:
        assert item.rules, item
        assert all(r in catalogue() for r in item.rules), item.rules
    for q in quotes:
        assert q.rules[0].startswith("quote."), q.rules
        assert any(r.startswith("speaker.") for r in q.rules), q.rules  # who spoke, or why no one is named
        unattributed = [r for r in q.rules if r.startswith("speaker.none-")]
        assert bool(unattributed) == (q.speaker is None), q.rules
    for st in statements:
        assert st.rules[0].startswith("statement.") and any(r.startswith("speaker.") for r in st.rules[1:])


@pytest.mark.parametrize("body, rule_id", [
    ("Freedonia said it would send naval ships if the strike lasted another week.", "statement.speech-verb-clause"),
    ("According to Tomas Okafor, the queues at the harbour grow longer every day.", "statement.according-to"),
])
def test_statement_names_the_rule_that_found_it(quotes_of, body, rule_id):
    _, statements = quotes_of(body)
    assert len(statements) == 1 and statements[0].rules[0] == rule_id


def test_a_dash_after_quoted_words_is_a_byline_only_when_a_name_follows_alone(quotes_of):
    body = ("The council backed a \"harbour levy\" \u2014 a charge on every ticket sold by Helen Draycott's office. "
            "\"Fishing boats may carry passengers until the strike ends.\" \u2014 Helen Draycott")
    quotes, _ = quotes_of(body)
    assert one(quotes, "Fishing boats may carry").speaker == "Helen Draycott"
    assert not any(q.text == "harbour levy" and q.speaker for q in quotes)


@pytest.mark.parametrize("body, start", [
    ("Callers to the port heard a recorded message saying \"all crossings are cancelled until Monday\".",
     "all crossings"),
    ("Tomas Okafor pointed to port records which say the harbour is \"losing money every day\".",
     "losing money every day"),
])
def test_words_of_a_thing_only_described_are_left_unattributed(quotes_of, body, start):
    q = one(quotes_of(body)[0], start)
    assert q.speaker is None and q.note
    assert "speaker.none-described" in q.rules


@pytest.mark.parametrize("body, start, speaker", [
    ("The ferry timetable was cut again on Monday. \"Crossings will resume when crews return,\" the notice said.",
     "Crossings will resume", "the notice"),
    ("Fares rose twice last year. \"Island households spend more on travel than on heating,\" the report found.",
     "Island households spend", "the report"),
])
def test_a_document_no_one_is_said_to_have_issued_is_a_source_of_its_own(quotes_of, body, start, speaker):
    q = one(quotes_of(body)[0], start)
    assert q.speaker == speaker and q.speaker_id is None
    assert "speaker.document-as-written" in q.rules


@pytest.mark.parametrize("words", ['a "harbour tsar', "tweeted Harbour spokesman", "said Mr Okafor"])
def test_words_that_are_no_name_are_never_a_speaker(words):
    from generator.extract.attribution import named_or_none
    from generator.extract.speech import Who

    who = named_or_none(Who(words, kind="person"))
    assert who.name is None and who.note and "speaker.none-unresolved" in who.rules


@pytest.mark.parametrize("words", ["Aoife O'Neill", "Liam O’Brien", "the harbour authority"])
def test_names_with_apostrophes_are_names(words):
    from generator.extract.attribution import named_or_none
    from generator.extract.speech import Who

    assert named_or_none(Who(words, kind="person")).name == words


def test_a_document_speaks_for_whoever_issued_it_not_whoever_received_it(quotes_of):
    body = 'Callers to the port heard a recorded message saying "all crossings are cancelled until Monday".'
    assert one(quotes_of(body)[0], "all crossings").speaker != "Callers to the port"


def test_quotes_of_a_built_page_carry_their_rules(explain):
    from generator.extract.provenance import catalogue

    ex = explain("Ferry strike enters its second week\n\n"
                 "Tomas Okafor, the mayor of Eastport, met the strikers on Monday. "
                 "\"We cannot go on like this,\" Okafor said.")
    q = one(ex.quotes, "We cannot go on")
    assert q.speaker == "Tomas Okafor"
    assert q.rules[0] == "quote.sentence" and all(r in catalogue() for r in q.rules)


@pytest.mark.parametrize("body, start, speaker", [
    # an aside verb set against the quotation
    ("Tomas Okafor met the strikers on Monday. \"The boats are our road,\" he points out.", "The boats are our road",
     "Tomas Okafor"),
    ("Tomas Okafor met the strikers on Monday. \"We have waited long enough,\" he continued, \"and so have they.\"",
     "We have waited long enough", "Tomas Okafor"),
    ("\"The fish will keep until Friday,\" Helen Draycott joked.", "The fish will keep", "Helen Draycott"),
    ("\"Nobody reads the timetable anyway,\" quipped Tomas Okafor.", "Nobody reads the timetable", "Tomas Okafor"),
    # the subject of a passive verb speaks the conjunct after it, not its agent
    ("Helen Draycott was joined on the quay by Tomas Okafor and told the crowd, \"We will not move.\"",
     "We will not move", "Helen Draycott"),
])
def test_more_speech_verbs_and_their_speakers(quotes_of, body, start, speaker):
    assert one(quotes_of(body)[0], start).speaker == speaker


def test_continue_reports_nothing_without_quoted_words_beside_it(quotes_of):
    body = "The talks continued on Monday. \"The port stays shut.\""
    q = one(quotes_of(body)[0], "The port stays shut")
    assert q.speaker is None


def test_a_name_taken_whole_from_the_headline_is_not_the_speakers_name(parse_text):
    actors = [Actor(id="person-marta", name="Marta Lindqvist Defends Ferry Timetable", type="person",
                    aliases=["Marta Lindqvist", "Lindqvist"])]
    text = ("Marta Lindqvist Defends Ferry Timetable\n\n"
            "The minister spoke on Monday. \"The boats will sail on time,\" Lindqvist said.")
    quotes, _ = extract_quotes(parse_text(text), Register(actors))
    q = one(quotes, "The boats will sail")
    assert q.speaker == "Marta Lindqvist"


def test_question_takes_the_speech_verb_of_the_short_sentence_after_it(quotes_of):
    body = "Tomas Okafor met the strikers on Monday. \"Who will pay for the lost week?\" Okafor asked."
    assert one(quotes_of(body)[0], "Who will pay").speaker == "Tomas Okafor"
    body = "\"Who will pay for the lost week?\" The strikers left the hall without an answer."
    assert one(quotes_of(body)[0], "Who will pay").speaker is None

