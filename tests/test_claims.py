"""One home for each sentence: the sections of a page claim passages in page order, and a later
section refers to the earlier one instead of repeating its words."""
import re

from generator.claims import BACKGROUND, QUOTES, SUMMARY, Claims, page_view
from generator.model import Actor, BackgroundItem, Explainer, Quote, Relation, Source, SummaryPoint, TimelineEvent
from generator.render import render_explainer

PARAGRAPHS = [
    "The river authority closed the northern locks on Monday after a barge struck the gate.",
    "Repairs will take six weeks, engineers said, and cost about 2 million euros.",
    "Harbour master Lena Voss said: \"We have never seen damage like this before.\"",
    "The locks were built in 1931, when the canal was widened for larger ships.",
]


def explainer(**parts) -> Explainer:
    source = Source(file="locks.txt", sha256="0", title="Northern locks closed")
    return Explainer(source=source, slug="locks", title=source.title, lead=PARAGRAPHS[0],
                     paragraphs=list(PARAGRAPHS), **parts)


def test_a_clause_inside_a_claimed_sentence_is_the_same_words():
    claims = Claims(list(PARAGRAPHS))
    assert claims.claim(BACKGROUND, 3, PARAGRAPHS[3]) is None
    assert claims.claim(QUOTES, 3, "when the canal was widened for larger ships") == BACKGROUND
    assert claims.claim(QUOTES, 1, "Repairs will take six weeks") is None  # other words: new


def test_later_sections_refer_to_the_first_that_shows_a_sentence():
    history = BackgroundItem(PARAGRAPHS[3], 3, kind="history")
    event = TimelineEvent("The locks were built in 1931", 3, when="in 1931", date="1931")
    view = page_view(explainer(background=[history], timeline=[event]))
    assert view.background[0].full
    assert not view.timeline[0].full and view.timeline[0].home == BACKGROUND


def test_what_you_need_to_know_comes_first_and_the_sections_after_it_refer_to_it():
    point = SummaryPoint(PARAGRAPHS[1], 1)
    again = SummaryPoint(PARAGRAPHS[0], 0)  # the lead: not a point of its own
    figure = BackgroundItem("cost about 2 million euros", 1, kind="figure")
    relation = Relation("engineers", "backs", "authority", 1, "Repairs will take six weeks")
    view = page_view(explainer(summary=[again, point], background=[figure], relations=[relation]))
    assert view.summary == [point]
    assert view.background[0].home == SUMMARY
    assert not view.relation(relation).full and view.relation(relation).home == SUMMARY


def test_the_lead_is_not_repeated_and_a_quoted_sentence_belongs_to_quotes():
    lead_again = BackgroundItem(PARAGRAPHS[0], 0, kind="context")
    quote = Quote("We have never seen damage like this before.", "Lena Voss", paragraph=2)
    voss = Actor("lena-voss", "Lena Voss", "person", summary=[BackgroundItem(PARAGRAPHS[2], 2)], paragraphs=[2])
    view = page_view(explainer(background=[lead_again], quotes=[quote], actors=[voss]))
    assert not view.background[0].full
    assert view.quote(quote).full
    assert not any(s.full for s in view.doings["lena-voss"])


def test_a_passage_inside_a_longer_one_of_the_same_section_is_left_out():
    whole = BackgroundItem(PARAGRAPHS[3], 3, kind="history")
    part = BackgroundItem("The locks were built in 1931", 3, kind="context")
    view = page_view(explainer(background=[part, whole]))
    assert [s.item for s in view.background] == [whole]


def test_no_sentence_is_printed_twice_above_the_source(seed_explainer):
    page = render_explainer(seed_explainer).split("## Source article", 1)[0]
    text = re.sub(r"&#(\d+);", lambda m: chr(int(m.group(1))), page)
    sentences = [s.strip() for s in re.split(r"(?<=[.!?])[”\"]?\s+|\n", text) if len(s.split()) >= 8]
    repeated = {s for s in sentences if sentences.count(s) > 1}
    assert not repeated
