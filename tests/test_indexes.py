"""The cross-article pages: actors, agreements, places and the timeline, merged across explainers."""
import re

import pytest

from generator import site as site_module
from generator.build import BuildResult
from generator.model import Actor, Agreement, Explainer, Quote, Source, TimelineEvent
from generator.site import site_pages, write_pages


def story(slug, title, date, *, actors=(), quotes=(), agreements=(), timeline=()):
    paragraphs = [f"{title}, the first paragraph.", "A second paragraph.", "A third paragraph."]
    return Explainer(source=Source(file=f"{slug}.txt", sha256="0" * 64, title=title, date=date), slug=slug,
                     title=title, lead=paragraphs[0], paragraphs=paragraphs, actors=list(actors), quotes=list(quotes),
                     agreements=list(agreements), timeline=list(timeline))


def person(name, role=None, paragraphs=(0,)):
    return Actor(id=name.lower().replace(" ", "-"), name=name, type="person", role=role, paragraphs=list(paragraphs))


def quote(text, speaker, paragraph=1):
    return Quote(text=text, speaker=speaker, speaker_id=speaker.lower().replace(" ", "-"), paragraph=paragraph)


@pytest.fixture
def two_stories():
    first = story(
        "dam-talks", "Talks on the Vellan dam open", "2023-04-02",
        actors=[person("Mara Quist", "water minister", [0, 1]), person("Tobin Reyes"),
                Actor("kenya", "Kenya", "country", paragraphs=[0]),
                Actor("nairobi", "Nairobi", "place", country="Kenya", lat=-1.28, lon=36.82, paragraphs=[1])],
        quotes=[quote("The river belongs to everyone downstream", "Mara Quist")],
        agreements=[Agreement("Vellan Water Compact", year=2011, paragraphs=[1], summary=["The compact shares the river."])],
        timeline=[TimelineEvent("The compact was signed in 2011.", 1, "in 2011"),
                  TimelineEvent("Talks opened on Monday.", 0, "on Monday")],
    )
    second = story(
        "dam-deal", "Vellan dam deal signed", "2023-09-18",
        actors=[person("Mara  Quist", "minister of water"), Actor("uganda", "Uganda", "country", paragraphs=[0]),
                Actor("kenya", "Kenya", "country", paragraphs=[2]), person("Hidden Person")],
        quotes=[quote("We kept our word", "Mara Quist", 2)],
        agreements=[Agreement("vellan water compact", paragraphs=[0])],
        timeline=[TimelineEvent("The deal was signed on 18 September.", 0, "on 18 September", "2023-09-18"),
                  TimelineEvent("Drought struck in 2017.", 2, "in 2017", "2017")],
    )
    second.actors[-1].hidden = True
    return [first, second]


def test_an_actor_appears_once_with_every_explainer_roles_and_quotes(two_stories):
    page = site_pages(BuildResult(explainers=two_stories))["actors/index.md"]
    assert page.count("## Mara Quist") == 1
    entry = page.split("## Mara Quist", 1)[1].split("\n## ", 1)[0]
    assert "../explainers/dam-talks.md" in entry and "../explainers/dam-deal.md" in entry
    assert "water minister" in entry and "minister of water" in entry
    assert "The river belongs to everyone downstream" in entry and "We kept our word" in entry
    assert "(../explainers/dam-deal.md#p2 " in entry  # each quote links to its paragraph


def test_hidden_actors_stay_off_the_index(two_stories):
    assert "Hidden Person" not in site_pages(BuildResult(explainers=two_stories))["actors/index.md"]


def test_people_are_sorted_by_surname(two_stories):
    page = site_pages(BuildResult(explainers=two_stories))["actors/index.md"]
    assert page.index("## Mara Quist") < page.index("## Tobin Reyes")


def test_agreements_merge_by_name_whatever_the_case(two_stories):
    page = site_pages(BuildResult(explainers=two_stories))["agreements/index.md"]
    assert len(re.findall(r"^## vellan water compact", page, re.IGNORECASE | re.MULTILINE)) == 1
    assert "dam-talks.md" in page and "dam-deal.md" in page
    assert "The compact shares the river." in page


def test_places_are_grouped_by_country(two_stories):
    page = site_pages(BuildResult(explainers=two_stories))["places/index.md"]
    kenya = page.split("## Kenya", 1)[1].split("\n## ", 1)[0]
    assert "dam-talks.md" in kenya and "dam-deal.md" in kenya
    assert "**Nairobi**" in kenya
    assert "## Uganda" in page


def test_timeline_orders_dated_events_across_explainers(two_stories):
    page = site_pages(BuildResult(explainers=two_stories))["timeline/index.md"]
    order = [page.index(text) for text in ("signed in 2011", "Drought struck in 2017", "signed on 18 September")]
    assert order == sorted(order)
    assert "Talks opened on Monday" not in page  # no date to place it by
    assert "## 2011" in page and "## 2023" in page


def test_explainer_pages_link_to_the_index_entries(two_stories):
    pages = site_pages(BuildResult(explainers=two_stories))
    page = pages["explainers/dam-talks.md"]
    assert "[Mara Quist](../actors/index.md#mara-quist)" in page
    assert "[Vellan Water Compact](../agreements/index.md#vellan-water-compact)" in page
    assert "[Kenya](../places/index.md#kenya)" in page


def test_country_tags_in_front_matter(two_stories):
    front = site_pages(BuildResult(explainers=two_stories))["explainers/dam-deal.md"].split("\n---\n", 1)[0]
    assert "tags:\n- Uganda\n- Kenya" in front


def test_a_big_index_is_split_by_letter(two_stories, monkeypatch):
    monkeypatch.setattr(site_module, "PAGE_BUDGET", 1000)
    pages = site_pages(BuildResult(explainers=two_stories))
    assert "## Mara Quist" in pages["actors/q.md"] and "## Tobin Reyes" in pages["actors/r.md"]
    assert "## Mara Quist" not in pages["actors/index.md"]
    assert "(q.md)" in pages["actors/index.md"] and "(r.md)" in pages["actors/index.md"]
    assert "[Mara Quist](../actors/q.md#mara-quist)" in pages["explainers/dam-talks.md"]


def test_a_letter_too_big_for_one_page_is_split_in_parts(monkeypatch):
    people = [person(f"Ana Q{'u' * n}ist") for n in range(1, 6)]
    one = story("crowd", "A crowded story", "2024-01-01", actors=people)
    monkeypatch.setattr(site_module, "PAGE_BUDGET", 1500)
    pages = site_pages(BuildResult(explainers=[one]))
    parts = sorted(p for p in pages if re.fullmatch(r"actors/q(-\d+)?\.md", p))
    assert len(parts) > 1
    assert sum(pages[p].count("\n## Ana ") for p in parts) == 5


def test_the_list_of_explainers_is_paginated(two_stories, monkeypatch):
    monkeypatch.setattr(site_module, "EXPLAINERS_PER_PAGE", 1)
    pages = site_pages(BuildResult(explainers=two_stories))
    assert "dam-deal.md" in pages["explainers/index.md"] and "dam-talks.md" not in pages["explainers/index.md"]
    assert "dam-talks.md" in pages["explainers/page-2.md"]
    assert "(page-2.md)" in pages["explainers/index.md"] and "(index.md)" in pages["explainers/page-2.md"]


def test_the_home_page_shows_the_latest_first_and_is_limited(two_stories, monkeypatch):
    monkeypatch.setattr(site_module, "HOME_LATEST", 1)
    home = site_pages(BuildResult(explainers=two_stories))["index.md"]
    assert "explainers/dam-deal.md" in home and "explainers/dam-talks.md" not in home
    assert "[All 2 explainers" in home


def test_stale_index_pages_are_removed(two_stories, tmp_path, monkeypatch):
    monkeypatch.setattr(site_module, "PAGE_BUDGET", 1000)
    write_pages(site_pages(BuildResult(explainers=two_stories)), tmp_path)
    assert (tmp_path / "actors" / "q.md").is_file()
    monkeypatch.setattr(site_module, "PAGE_BUDGET", 1_000_000)
    report = write_pages(site_pages(BuildResult(explainers=two_stories)), tmp_path)
    assert "actors/q.md" in report.removed and not (tmp_path / "actors" / "q.md").exists()


# -- the same, on the site built from real extraction ------------------------------------------


def html_text(path):
    return " ".join(re.sub(r"<[^>]+>", " ", path.read_text(encoding="utf-8")).split())


def entry_html(site, folder, anchor):
    """The HTML of one index entry, whichever page of the index holds it."""
    for path in sorted((site / folder).rglob("index.html")):
        html = path.read_text(encoding="utf-8")
        if f'id="{anchor}"' in html:
            return html.split(f'id="{anchor}"', 1)[1].split("<h2", 1)[0]
    raise AssertionError(f"{anchor} not in {folder}")


def test_built_actor_index_merges_the_minister_of_both_stories(showcase_site):
    entry = entry_html(showcase_site / "site", "actors", "halvard-brekke")
    assert "norway-and-iceland-agree-to-share-north-atlantic-mackerel-quotas/" in entry
    assert "fishermen-block-tromso-harbour-over-new-quota-rules/" in entry
    assert "give both fleets the certainty" in entry and "The door to my office is open" in entry


def test_built_agreement_index_lists_both_stories(showcase_site):
    entry = entry_html(showcase_site / "site", "agreements", "reykjavik-fisheries-accord")
    assert "norway-and-iceland-agree" in entry and "fishermen-block-tromso" in entry


def test_built_places_index_puts_reykjavik_under_iceland(showcase_site):
    entry = entry_html(showcase_site / "site", "places", "iceland")
    assert "Reykjavik" in entry and "norway-and-iceland-agree" in entry


def test_built_timeline_has_dated_events(showcase_site):
    text = html_text(showcase_site / "site" / "timeline" / "index.html")
    assert "2010" in text and "Coastal States Arrangement" in text
