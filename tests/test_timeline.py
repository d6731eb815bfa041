"""The timeline: dates as written, resolved against the article's own date when it gives one."""
import pytest

from generator.extract.background import extract_timeline
from generator.extract.dates import is_point_in_time, resolve
from generator.render import render_explainer


@pytest.mark.parametrize("text, expected", [
    ("Saturday", True), ("five weeks ago", True), ("1994", True), ("last August", True),
    ("January 6, 2004", True), ("yesterday", True), ("the weekend", True),
    ("five weeks", False), ("the last three days", False), ("three-day", False), ("a decade", False),
    ("march", False), ("recent years", False),
])
def test_point_in_time_or_length_of_time(text, expected):
    assert is_point_in_time(text) is expected


@pytest.mark.parametrize("text, base, expected", [
    ("January 6, 2004", None, "2004-01-06"),
    ("in 1994", None, "1994"),
    ("in June of 2006", None, "2006-06"),
    ("on Saturday", None, None),
    ("five weeks ago", None, None),
    ("on Saturday", "2021-03-10", "2021-03-06"),      # a Wednesday: the Saturday before
    ("on Wednesday", "2021-03-10", "2021-03-10"),
    ("yesterday", "2021-03-10", "2021-03-09"),
    ("five weeks ago", "2021-03-10", "2021-02-03"),
    ("last August", "2008-01-15", "2007-08"),
    ("last year", "2008-01-15", "2007"),
    ("September 2", "2008-08-29", "2008-09-02"),
    ("December 30", "2021-01-02", "2020-12-30"),
    ("in March", "2021-06-01", "2021-03"),
])
def test_resolve(text, base, expected):
    assert resolve(text, base) == expected


ARTICLE = """Headline of the story

Troops crossed the border on Saturday, officials said.

The fighting began five weeks ago, and a previous war ended in 1994.
"""


def test_relative_dates_resolve_against_the_front_matter_date(parse_text):
    events = extract_timeline(parse_text("---\ndate: 2021-03-10\n---\n" + ARTICLE))
    assert [(e.when, e.date) for e in events] == [("in 1994", "1994"), ("five weeks ago", "2021-02-03"),
                                                  ("on Saturday", "2021-03-06")]
    war = events[0]
    assert war.text == "a previous war ended in 1994"
    assert war.paragraph == 1


def test_without_a_date_relative_ones_stay_as_written(parse_text):
    events = extract_timeline(parse_text(ARTICLE))
    assert [(e.when, e.date) for e in events] == [("in 1994", "1994"), ("on Saturday", None), ("five weeks ago", None)]


def test_dates_inside_quotes_and_lengths_of_time_are_left_out(parse_text):
    events = extract_timeline(parse_text('Headline\n\n"We waited since 1990," he said on Monday after a three-day visit.'))
    assert [e.when for e in events] == ["on Monday"]


def test_every_event_stands_in_its_paragraph(parse_text):
    parsed = parse_text(ARTICLE)
    for event in extract_timeline(parsed):
        assert event.text in parsed.article.paragraphs[event.paragraph].text


def test_the_page_shows_the_timeline_once_with_dates_resolved(explain):
    page = render_explainer(explain("---\ndate: 2021-03-10\n---\n" + ARTICLE))
    where = page.split("## Where and when", 1)[1].split("\n## ", 1)[0]
    assert where.count("### Timeline") == 1 and page.count("### Timeline") == 1
    assert "2021-03-06" in where and "on Saturday" in where


def test_events_name_how_their_clause_and_date_were_chosen(parse_text):
    from generator.extract.provenance import catalogue

    parsed = parse_text("Headline\n\nThe two countries signed a border treaty in 1994. Talks resumed on Saturday.")
    events = extract_timeline(parsed)
    assert events and all(e.rules and all(r in catalogue() for r in e.rules) for e in events)
    by_when = {e.when: e.rules for e in events}
    assert "timeline.absolute-date" in by_when["in 1994"]
    assert all(r.startswith("timeline.") for e in events for r in e.rules)
