"""What you need to know: three to five sentences of the article, verbatim, chosen for salience."""
import re

import pytest

from generator.render import render_explainer

# An invented story: a lead, salient paragraphs (actors, an agreement, figures) and filler.
ARTICLE = """Kenya and Tanzania agree to share the waters of Lake Natron

Kenya and Tanzania agreed on Tuesday to share the waters of Lake Natron, ending a quarrel that had closed a border crossing for a month.

The Natron Water Accord gives each country half of the lake's flow in the dry season and sets up a joint commission to measure it.

More than 40,000 herders on both shores depend on the lake for water during the dry months.

Kenyan President Amos Wekesa said the accord would be signed in Arusha in March.

He spoke after a meeting that lasted most of the afternoon.

Tanzania closed the Namanga crossing in June after Kenya built a weir on a river that feeds the lake.

The weir cost about 12 million dollars and took two years to build.

It rained in Nairobi on Tuesday.

"This is a good day for both our peoples," said Tanzanian Foreign Minister Rehema Kombo.

The accord will be reviewed in five years, and either country may leave it with a year's notice.
"""


@pytest.fixture(scope="module")
def explainer(explain):
    return explain(ARTICLE, "natron.txt")


def test_three_to_five_points_each_verbatim_with_its_paragraph(explainer):
    points = explainer.summary
    assert 3 <= len(points) <= 5
    for p in points:
        assert p.text in explainer.paragraphs[p.paragraph]
        assert p.rules and all(r.startswith("summary.") for r in p.rules)


def test_a_longer_article_gets_more_points_and_the_figures_among_them(explain, monkeypatch):
    from generator.extract import summary

    assert len(explain(ARTICLE, "natron.txt").summary) == 3  # a short story: three points
    monkeypatch.setattr(summary, "WORDS_PER_POINT", 40)  # as if it were five times as long
    longer = explain(ARTICLE, "natron.txt").summary
    assert 4 <= len(longer) <= 5
    assert any("More than 40,000 herders" in p.text for p in longer)


def test_a_brief_has_no_summary_beyond_its_lead(explain):
    e = explain("Ferry delayed\n\nThe morning ferry to the island left two hours late on Monday because of fog.\n\n"
                "Passengers waited in the harbour cafe until the captain decided it was safe to sail.\n")
    assert e.summary == []
    assert "## What you need to know" not in render_explainer(e)


def test_points_come_in_article_order_and_none_repeats_the_lead_or_another(explainer):
    points = explainer.summary
    assert [(p.paragraph, explainer.paragraphs[p.paragraph].index(p.text)) for p in points] == \
        sorted((p.paragraph, explainer.paragraphs[p.paragraph].index(p.text)) for p in points)
    assert all(p.paragraph != 0 for p in points)  # the lead is on the page already
    assert len({p.text for p in points}) == len(points)


def test_salient_sentences_are_chosen_and_asides_are_not(explainer):
    texts = " ".join(p.text for p in explainer.summary)
    assert "The Natron Water Accord gives each country half" in texts
    assert "It rained in Nairobi" not in texts
    assert "He spoke after" not in texts  # opens with a pronoun: it does not stand alone
    assert "a good day" not in texts  # quoted words belong to the Quotes section


def test_a_sentence_that_says_what_another_says_is_passed_over(explain):
    article = ARTICLE.replace("It rained in Nairobi on Tuesday.",
                              "The Natron Water Accord gives each country half of the lake's flow in the dry season.")
    texts = [p.text for p in explain(article, "natron2.txt").summary]
    assert sum("gives each country half" in t for t in texts) == 1


def test_the_choice_is_deterministic(explain, explainer):
    again = explain(ARTICLE, "natron.txt")
    assert [(p.text, p.paragraph, p.rules) for p in again.summary] == \
        [(p.text, p.paragraph, p.rules) for p in explainer.summary]


def test_the_page_opens_with_what_you_need_to_know(explainer):
    page = render_explainer(explainer)
    headings = [line for line in page.splitlines() if line.startswith("## ")]
    assert headings[0] == "## What you need to know"
    section = page.split("## What you need to know", 1)[1].split("\n## ", 1)[0]
    bullets = [line for line in section.splitlines() if line.startswith("- ")]
    assert len(bullets) == len(explainer.summary)
    for bullet, point in zip(bullets, explainer.summary):
        assert re.search(rf"\(#p{point.paragraph}\)\{{: \.ref \}}$", bullet)


def test_a_very_short_article_gets_what_it_has(explain):
    e = explain("Storm\n\nA storm closed the port of Mombasa on Friday, and ships waited offshore.\n", "storm.txt")
    assert e.summary == []
